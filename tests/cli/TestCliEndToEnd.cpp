// The real pbvote binary, driven with QProcess: help for every command, a whole round
// by hand (create, keys, codes, open, cast, close, tally, export), the demo, wrong usage
// (exit 2), a wrong passphrase and a non-database file (exit 1, clear messages).
#include "cli/CliContext.h"
#include "crypto/Crypto.h"
#include "record/Records.h"
#include "util/Version.h"

#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace pbvote;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QString text() const { return QString::fromUtf8(out + err); }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

const QString Passphrase = u"test-passphrase"_qs;

} // namespace

class TestCliEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void version();
    void helpListsEveryCommand();
    void commandHelp_data();
    void commandHelp();
    void fullRoundByHand();
    void demoRound();
    void wrongUsageExitsTwo_data();
    void wrongUsageExitsTwo();
    void wrongPassphraseFails();
    void textFileAsDatabaseFails();
    void voterChecksCodeAndReceipt();
    void pabulibImportTallyAndExport();

private:
    Run pbvote(const QStringList &args, const QString &passphrase = Passphrase) const;
    Run pbvoteDb(const QStringList &args, const QString &passphrase = Passphrase) const
    {
        return pbvote(QStringList{u"--db"_qs, dbPath()} + args, passphrase);
    }
    QString dbPath() const { return m_dir->filePath(u"cli.db"_qs); }
    // A round ready for voting made through the CLI; returns its codes.
    QStringList setUpOpenRound();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliEndToEnd::initTestCase()
{
    QVERIFY(crypto::initialize());
    QVERIFY2(QFile::exists(QStringLiteral(PBVOTE_CLI_PATH)), PBVOTE_CLI_PATH);
}

void TestCliEndToEnd::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliEndToEnd::cleanup()
{
    m_dir.reset();
}

Run TestCliEndToEnd::pbvote(const QStringList &args, const QString &passphrase) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PBVOTE_PASSPHRASE"_qs, passphrase);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir->path());
    p.start(QStringLiteral(PBVOTE_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestCliEndToEnd::version()
{
    const Run r = pbvote({u"--version"_qs});
    QCOMPARE(r.code, 0);
    QCOMPARE(QString::fromUtf8(r.out).trimmed(), u"pbvote "_qs + versionString());
    QVERIFY(QRegularExpression(u"^pbvote \\d+\\.\\d+\\.\\d+"_qs).match(QString::fromUtf8(r.out)).hasMatch());
}

void TestCliEndToEnd::helpListsEveryCommand()
{
    const Run r = pbvote({u"--help"_qs});
    QCOMPARE(r.code, 0);
    const QString out = QString::fromUtf8(r.out);
    for (const char *c : {"demo", "round", "project", "district", "keys", "codes", "cast", "tally", "rules", "export",
                          "receipt", "import", "pabulib-info", "bench"})
        QVERIFY2(out.contains(u"\n  "_qs + QString::fromLatin1(c) + u' '), c);
    for (const char *o : {"--db", "--json", "--passphrase-file", "--version"})
        QVERIFY2(out.contains(QString::fromLatin1(o)), o);
    // No command at all: the help goes to stderr and the exit code says "usage".
    const Run none = pbvote({});
    QCOMPARE(none.code, 2);
    QVERIFY(QString::fromUtf8(none.err).contains(u"Commands:"_qs));
}

void TestCliEndToEnd::commandHelp_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");
    auto row = [](const char *name, const QStringList &args, const QStringList &mentions) {
        QTest::newRow(name) << args << mentions;
    };
    row("round", {u"round"_qs, u"--help"_qs}, {u"create"_qs, u"open"_qs, u"close"_qs, u"suspend"_qs});
    row("round create", {u"round"_qs, u"create"_qs, u"--help"_qs},
        {u"--name"_qs, u"--budget"_qs, u"--method"_qs, u"--min-spend"_qs, u"--points"_qs, u"Usage: pbvote round create"_qs});
    row("round list", {u"round"_qs, u"list"_qs, u"--help"_qs}, {u"--db"_qs, u"--json"_qs});
    row("round show", {u"round"_qs, u"show"_qs, u"--help"_qs}, {u"--round"_qs});
    row("round open", {u"round"_qs, u"open"_qs, u"--help"_qs}, {u"--round"_qs, u"--authority"_qs});
    row("round suspend", {u"round"_qs, u"suspend"_qs, u"--help"_qs}, {u"--round"_qs, u"--kiosk"_qs});
    row("round resume", {u"round"_qs, u"resume"_qs, u"--help"_qs}, {u"--round"_qs});
    row("round close", {u"round"_qs, u"close"_qs, u"--help"_qs}, {u"--round"_qs, u"--kiosk"_qs});
    row("project", {u"project"_qs, u"--help"_qs}, {u"add"_qs, u"list"_qs});
    row("project add", {u"project"_qs, u"add"_qs, u"--help"_qs},
        {u"--id"_qs, u"--title"_qs, u"--cost"_qs, u"--district"_qs});
    row("project list", {u"project"_qs, u"list"_qs, u"--help"_qs}, {u"--round"_qs});
    row("district", {u"district"_qs, u"--help"_qs}, {u"--round"_qs, u"--budget"_qs});
    row("district add", {u"district"_qs, u"add"_qs, u"--help"_qs}, {u"--id"_qs, u"--name"_qs, u"--budget"_qs});
    row("keys", {u"keys"_qs, u"--help"_qs}, {u"create"_qs, u"list"_qs});
    row("keys create", {u"keys"_qs, u"create"_qs, u"--help"_qs},
        {u"--kind"_qs, u"--name"_qs, u"--round"_qs, u"--kdf"_qs});
    row("keys list", {u"keys"_qs, u"list"_qs, u"--help"_qs}, {u"--json"_qs});
    row("codes", {u"codes"_qs, u"--help"_qs}, {u"--round"_qs, u"--count"_qs});
    row("codes issue", {u"codes"_qs, u"issue"_qs, u"--help"_qs}, {u"--round"_qs, u"--count"_qs, u"--out"_qs});
    row("cast", {u"cast"_qs, u"--help"_qs},
        {u"--round"_qs, u"--kiosk"_qs, u"--code"_qs, u"--choose"_qs, u"--points"_qs, u"--rank"_qs});
    row("tally", {u"tally"_qs, u"--help"_qs}, {u"--round"_qs, u"--rule"_qs, u"--tie-break"_qs, u"--pabulib"_qs});
    row("export", {u"export"_qs, u"--help"_qs}, {u"--round"_qs, u"--out"_qs});
    row("demo", {u"demo"_qs, u"--help"_qs}, {u"--ballots"_qs, u"--seed"_qs});
    row("pabulib-info", {u"pabulib-info"_qs, u"--help"_qs}, {u"--json"_qs, u"FILE"_qs});
    row("bench", {u"bench"_qs, u"--help"_qs}, {u"--ballots"_qs});
    row("rules", {u"rules"_qs, u"--help"_qs}, {u"greedy"_qs});
}

void TestCliEndToEnd::commandHelp()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    const Run r = pbvote(args);
    QVERIFY2(r.code == 0, qPrintable(u"exit %1: %2"_qs.arg(r.code).arg(r.text())));
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(!out.trimmed().isEmpty(), "no help on stdout");
    for (const QString &m : mentions)
        QVERIFY2(out.contains(m), qPrintable(u"the help does not mention "_qs + m + u":\n"_qs + out));
    // The help names the program, not the build path.
    QVERIFY2(!out.contains(QStringLiteral(PBVOTE_CLI_PATH)), qPrintable(out));
}

QStringList TestCliEndToEnd::setUpOpenRound()
{
    Run r = pbvoteDb({u"round"_qs, u"create"_qs, u"--name"_qs, u"Green budget"_qs, u"--budget"_qs, u"1000"_qs,
                      u"--method"_qs, u"knapsack"_qs, u"--json"_qs});
    if (r.code != 0) {
        qWarning("%s", qPrintable(r.text()));
        return {};
    }
    if (r.json()[u"round"_qs].toInteger() != 1) {
        qWarning("round create --json: %s", r.out.constData());
        return {};
    }
    const QList<QStringList> projects = {{u"P1"_qs, u"Benches"_qs, u"400"_qs},
                                         {u"P2"_qs, u"Trees"_qs, u"300"_qs},
                                         {u"P3"_qs, u"Library"_qs, u"500"_qs}};
    for (const QStringList &p : projects) {
        r = pbvoteDb({u"project"_qs, u"add"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, p[0], u"--title"_qs, p[1],
                      u"--cost"_qs, p[2]});
        if (r.code != 0) {
            qWarning("project add: %s", qPrintable(r.text()));
            return {};
        }
    }
    const QList<QStringList> keys = {
        {u"keys"_qs, u"create"_qs, u"--kind"_qs, u"authority"_qs, u"--name"_qs, u"org"_qs, u"--kdf"_qs, u"interactive"_qs},
        {u"keys"_qs, u"create"_qs, u"--kind"_qs, u"election"_qs, u"--round"_qs, u"1"_qs, u"--kdf"_qs, u"interactive"_qs},
        {u"keys"_qs, u"create"_qs, u"--kind"_qs, u"kiosk"_qs, u"--name"_qs, u"K1"_qs, u"--round"_qs, u"1"_qs, u"--kdf"_qs,
         u"interactive"_qs}};
    for (const QStringList &k : keys) {
        r = pbvoteDb(k);
        if (r.code != 0) {
            qWarning("keys create: %s", qPrintable(r.text()));
            return {};
        }
    }
    r = pbvoteDb({u"codes"_qs, u"issue"_qs, u"--round"_qs, u"1"_qs, u"--count"_qs, u"3"_qs, u"--json"_qs});
    if (r.code != 0) {
        qWarning("codes issue: %s", qPrintable(r.text()));
        return {};
    }
    QStringList codes;
    for (const QJsonValue &v : r.json()[u"codes"_qs].toArray())
        codes << v.toString();
    r = pbvoteDb({u"round"_qs, u"open"_qs, u"--round"_qs, u"1"_qs, u"--authority"_qs, u"org"_qs});
    if (r.code != 0) {
        qWarning("round open: %s", qPrintable(r.text()));
        return {};
    }
    return codes;
}

void TestCliEndToEnd::fullRoundByHand()
{
    const QStringList codes = setUpOpenRound();
    QCOMPARE(codes.size(), 3);
    for (const QString &c : codes)
        QVERIFY2(QRegularExpression(u"^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$"_qs).match(c).hasMatch(), qPrintable(c));

    const QStringList castBase = {u"cast"_qs, u"--round"_qs, u"1"_qs, u"--kiosk"_qs, u"K1"_qs};
    Run r = pbvoteDb(castBase + QStringList{u"--code"_qs, codes[0], u"--choose"_qs, u"P1,P2"_qs});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    const QRegularExpressionMatch receipt =
        QRegularExpression(u"Receipt: ([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4})"_qs).match(QString::fromUtf8(r.out));
    QVERIFY2(receipt.hasMatch(), r.out.constData());

    r = pbvoteDb(castBase + QStringList{u"--code"_qs, codes[0], u"--choose"_qs, u"P3"_qs});
    QCOMPARE(r.code, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(u"already been used"_qs), r.err.constData());
    QVERIFY(!r.out.contains("Receipt"));

    r = pbvoteDb(castBase + QStringList{u"--code"_qs, codes[1], u"--choose"_qs, u"P1,P2,P3"_qs});
    QCOMPARE(r.code, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(u"more than the budget"_qs), r.err.constData());

    // The refused over-budget ballot did not spend the code.
    r = pbvoteDb(castBase + QStringList{u"--code"_qs, codes[1], u"--choose"_qs, u"P3,P2"_qs, u"--json"_qs});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QCOMPARE(r.json()[u"cast"_qs].toBool(), true);
    const QString receipt2 = r.json()[u"receipt"_qs].toString();
    QVERIFY(!receipt2.isEmpty());

    r = pbvoteDb({u"round"_qs, u"close"_qs, u"--round"_qs, u"1"_qs, u"--json"_qs});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QCOMPARE(r.json()[u"state"_qs].toString(), u"closed"_qs);
    QCOMPARE(r.json()[u"checkpoint"_qs].toObject()[u"ballots"_qs].toInteger(), 2);

    r = pbvoteDb({u"tally"_qs, u"--round"_qs, u"1"_qs, u"--json"_qs});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    const QJsonObject tally = r.json();
    QCOMPARE(tally[u"ballots"_qs].toInteger(), 2);
    // Greedy: P2 has 2 votes (300), then P1 and P3 have 1 each: P1 (400) fits, P3 (500) not.
    QStringList winners;
    for (const QJsonValue &v : tally[u"winners"_qs].toArray())
        winners << v.toString();
    winners.sort();
    QCOMPARE(winners, (QStringList{u"P1"_qs, u"P2"_qs}));

    const QString recordPath = m_dir->filePath(u"f.json"_qs);
    r = pbvoteDb({u"export"_qs, u"--round"_qs, u"1"_qs, u"--out"_qs, recordPath});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QFile f(recordPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray recordBytes = f.readAll();
    const QJsonObject record = QJsonDocument::fromJson(recordBytes).object();
    QCOMPARE(record[u"format"_qs].toString(), u"pbvote-election-record"_qs);
    const QJsonArray ballots = record[u"ballots"_qs].toArray();
    QCOMPARE(ballots.size(), 2);
    QStringList receipts;
    QList<QByteArray> ids;
    QList<QByteArray> sealed;
    for (const QJsonValue &v : ballots) {
        const QJsonObject o = v.toObject();
        QStringList keys = o.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"envelope"_qs, u"receipt"_qs, u"signature"_qs}));
        auto env = record::BallotEnvelope::decode(QByteArray::fromBase64(o[u"envelope"_qs].toString().toLatin1()));
        QVERIFY2(env.ok(), qPrintable(env.error()));
        ids << env->ballotId;
        sealed << env->sealed;
        receipts << o[u"receipt"_qs].toString();
    }
    QVERIFY2(ids[0] < ids[1], "the exported ballots are not sorted by ballot id");
    QVERIFY(receipts.contains(receipt.captured(1)));
    QVERIFY(receipts.contains(receipt2));

    // No plaintext choices: open each sealed box with the election key (unlocked here
    // from the database) and look for the plaintext in the exported file.
    QByteArray electionBlob;
    QByteArray manifestBytes;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"cli-raw"_qs);
        d.setDatabaseName(dbPath());
        QVERIFY(d.open());
        QSqlQuery q(d);
        QVERIFY(q.exec(u"SELECT secret FROM keys WHERE kind='election' AND name='election-1'"_qs) && q.next());
        electionBlob = q.value(0).toByteArray();
        QSqlQuery m(d);
        QVERIFY(m.exec(u"SELECT manifest FROM rounds WHERE id=1"_qs) && m.next());
        manifestBytes = m.value(0).toByteArray();
    }
    QSqlDatabase::removeDatabase(u"cli-raw"_qs);
    auto manifest = record::Manifest::decode(manifestBytes);
    QVERIFY(manifest.ok());
    const QByteArray pass = Passphrase.toUtf8();
    auto electionSk = crypto::decryptSecret(electionBlob, crypto::SecretBytes::copyOf(pass),
                                            cli::keyAssociatedData(store::KeyKind::Election, u"election-1"_qs));
    QVERIFY2(electionSk.ok(), qPrintable(electionSk.error()));
    QList<QList<int>> choices;
    for (const QByteArray &box : sealed) {
        auto plain = crypto::openAndUnpad(manifest->electionPublicKey, *electionSk, box, manifest->paddedBallotSize);
        QVERIFY2(plain.ok(), qPrintable(plain.error()));
        const QByteArray bytes(plain->view().data(), plain->view().size());
        auto decoded = record::BallotPlaintext::decode(bytes);
        QVERIFY(decoded.ok());
        QList<int> c;
        for (const BallotChoice &x : decoded->ballot.choices)
            c << x.project;
        choices << c;
        const QByteArray tail = bytes.mid(8 + 32); // after magic and manifest hash: id, kind, choices
        for (const QByteArray &form : {bytes, tail, tail.toBase64(), tail.toHex(), bytes.toBase64()})
            QVERIFY2(!recordBytes.contains(form), "the election record holds a ballot's plaintext");
    }
    std::sort(choices.begin(), choices.end());
    QCOMPARE(choices, (QList<QList<int>>{{0, 1}, {1, 2}}));
    QVERIFY(!recordBytes.contains("PBVBAL01"));
    QVERIFY(!recordBytes.contains(QByteArray("PBVBAL01").toBase64()));
}

void TestCliEndToEnd::voterChecksCodeAndReceipt()
{
    const QStringList codes = setUpOpenRound();
    const QStringList check = {u"codes"_qs, u"check"_qs, u"--round"_qs, u"1"_qs, u"--json"_qs, u"--code"_qs};
    Run r = pbvoteDb(check + QStringList{codes[0]});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QCOMPARE(r.json()[u"status"_qs].toString(), u"unused"_qs);

    r = pbvoteDb({u"cast"_qs, u"--round"_qs, u"1"_qs, u"--kiosk"_qs, u"K1"_qs, u"--code"_qs, codes[0], u"--choose"_qs,
                  u"P1"_qs, u"--json"_qs});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    const QString receipt = r.json()[u"receipt"_qs].toString();
    r = pbvoteDb(check + QStringList{codes[0].toLower()});
    QCOMPARE(r.json()[u"status"_qs].toString(), u"used"_qs);
    r = pbvoteDb(check + QStringList{u"ZZZZ-ZZZZ-ZZZZ"_qs});
    QCOMPARE(r.json()[u"status"_qs].toString(), u"unknown"_qs);

    QVERIFY(pbvoteDb({u"round"_qs, u"close"_qs, u"--round"_qs, u"1"_qs}).code == 0);
    const QString record = m_dir->filePath(u"record.json"_qs);
    QVERIFY(pbvoteDb({u"export"_qs, u"--round"_qs, u"1"_qs, u"--out"_qs, record}).code == 0);
    r = pbvote({u"receipt"_qs, u"--record"_qs, record, u"--code"_qs, receipt});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QVERIFY2(QString::fromUtf8(r.out).contains(u"signature is valid"_qs), r.out.constData());
    r = pbvote({u"receipt"_qs, u"--record"_qs, record, u"--code"_qs, u"AAAA-BBBB-CCCC-DDDD"_qs, u"--json"_qs});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.json()[u"found"_qs].toBool(), false);
    r = pbvote({u"receipt"_qs, u"--record"_qs, m_dir->filePath(u"missing.json"_qs), u"--code"_qs, receipt});
    QCOMPARE(r.code, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(u"missing.json"_qs), r.err.constData());
}

void TestCliEndToEnd::pabulibImportTallyAndExport()
{
    const QString file = QStringLiteral(PBVOTE_DATA_DIR) + u"/pabulib/poland_warszawa_2018_muranow.pb"_qs;
    QVERIFY2(QFile::exists(file), qPrintable(file));
    Run r = pbvoteDb({u"import"_qs, u"--pabulib"_qs, file, u"--json"_qs});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    const qint64 round = r.json()[u"round"_qs].toInteger();
    QCOMPARE(r.json()[u"votes"_qs].toInteger(), 882);

    const Run direct = pbvote({u"tally"_qs, u"--pabulib"_qs, file, u"--rule"_qs, u"mes-cost+add1"_qs, u"--json"_qs});
    QVERIFY2(direct.code == 0, qPrintable(direct.text()));
    r = pbvoteDb({u"tally"_qs, u"--round"_qs, QString::number(round), u"--rule"_qs, u"mes-cost+add1"_qs, u"--json"_qs});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QCOMPARE(r.json()[u"winners"_qs].toArray(), direct.json()[u"winners"_qs].toArray());

    const QString out = m_dir->filePath(u"muranow.pb"_qs);
    r = pbvoteDb({u"export"_qs, u"--round"_qs, QString::number(round), u"--pabulib"_qs, out});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    const Run again = pbvote({u"tally"_qs, u"--pabulib"_qs, out, u"--rule"_qs, u"mes-cost+add1"_qs, u"--json"_qs});
    QVERIFY2(again.code == 0, qPrintable(again.text()));
    QCOMPARE(again.json()[u"winners"_qs].toArray(), direct.json()[u"winners"_qs].toArray());
    QCOMPARE(again.json()[u"budget_used"_qs], direct.json()[u"budget_used"_qs]);

    // A malformed file is refused with its line number, and no round is created.
    QFile bad(m_dir->filePath(u"bad.pb"_qs));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;abc\nVOTES\nvoter_id;vote\n");
    bad.close();
    r = pbvoteDb({u"import"_qs, u"--pabulib"_qs, bad.fileName()});
    QCOMPARE(r.code, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(u"line 7"_qs), r.err.constData());
    r = pbvoteDb({u"round"_qs, u"list"_qs, u"--json"_qs});
    QCOMPARE(r.json()[u"rounds"_qs].toArray().size(), 1);
}

void TestCliEndToEnd::demoRound()
{
    const Run r = pbvote({u"--db"_qs, m_dir->filePath(u"demo.db"_qs), u"demo"_qs, u"--ballots"_qs, u"20"_qs,
                          u"--json"_qs});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u": "_qs + QString::fromUtf8(r.out)));
    QVERIFY(doc.isObject());
    QVERIFY2(doc.object().contains(u"round"_qs), r.out.constData());
    QVERIFY(doc.object()[u"round"_qs].toInteger() >= 1);
}

void TestCliEndToEnd::wrongUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_qs} << u"Unknown command \"frobnicate\""_qs;
    QTest::newRow("unknown global option") << QStringList{u"--colour"_qs, u"round"_qs, u"list"_qs} << u"--colour"_qs;
    QTest::newRow("missing --round (round show)") << QStringList{u"round"_qs, u"show"_qs} << u"--round"_qs;
    QTest::newRow("missing --round (codes issue)")
        << QStringList{u"codes"_qs, u"issue"_qs, u"--count"_qs, u"3"_qs} << u"--round"_qs;
    QTest::newRow("missing --round (tally)") << QStringList{u"tally"_qs} << u"--round"_qs;
    QTest::newRow("non-numeric --round") << QStringList{u"round"_qs, u"show"_qs, u"--round"_qs, u"one"_qs} << u"\"one\""_qs;
    QTest::newRow("non-numeric --budget")
        << QStringList{u"round"_qs, u"create"_qs, u"--name"_qs, u"X"_qs, u"--budget"_qs, u"lots"_qs} << u"--budget"_qs;
    QTest::newRow("unknown --method")
        << QStringList{u"round"_qs, u"create"_qs, u"--name"_qs, u"X"_qs, u"--budget"_qs, u"5"_qs, u"--method"_qs,
                       u"borda"_qs}
        << u"borda"_qs;
    QTest::newRow("unknown option of a command")
        << QStringList{u"round"_qs, u"list"_qs, u"--everything"_qs} << u"everything"_qs;
    QTest::newRow("unknown subcommand") << QStringList{u"round"_qs, u"delete"_qs} << u"delete"_qs;
}

void TestCliEndToEnd::wrongUsageExitsTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, fragment);
    const Run r = pbvoteDb(args);
    QVERIFY2(r.code == 2, qPrintable(u"exit %1: %2"_qs.arg(r.code).arg(r.text())));
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(fragment), qPrintable(err));
    QVERIFY2(err.startsWith(u"pbvote: "_qs), qPrintable(err));
    // Nothing was created by a wrong command line.
    QVERIFY(!QFile::exists(dbPath()));
}

void TestCliEndToEnd::wrongPassphraseFails()
{
    const QStringList codes = setUpOpenRound();
    QCOMPARE(codes.size(), 3);
    const QStringList cast = {u"cast"_qs, u"--round"_qs, u"1"_qs, u"--kiosk"_qs, u"K1"_qs, u"--code"_qs, codes[2],
                              u"--choose"_qs, u"P1"_qs};
    Run r = pbvoteDb(cast, u"not-the-passphrase"_qs);
    QCOMPARE(r.code, 1);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(u"Cannot unlock the kiosk key \"K1\""_qs), qPrintable(err));
    QVERIFY2(err.contains(u"passphrase"_qs, Qt::CaseInsensitive), qPrintable(err));
    QVERIFY(!r.out.contains("Receipt"));
    // The code was not spent: with the right passphrase it votes.
    r = pbvoteDb(cast);
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    // Same for the authority key when closing and the election key when counting.
    r = pbvoteDb({u"round"_qs, u"close"_qs, u"--round"_qs, u"1"_qs}, u"wrong"_qs);
    QCOMPARE(r.code, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(u"Cannot unlock"_qs), r.err.constData());
    r = pbvoteDb({u"round"_qs, u"close"_qs, u"--round"_qs, u"1"_qs});
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    r = pbvoteDb({u"tally"_qs, u"--round"_qs, u"1"_qs}, u"wrong"_qs);
    QCOMPARE(r.code, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(u"Cannot unlock the election key"_qs), r.err.constData());
}

void TestCliEndToEnd::textFileAsDatabaseFails()
{
    const QString path = m_dir->filePath(u"notes.txt"_qs);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray text = QByteArray("Shopping list: milk, bread, a participatory budget.\n").repeated(100);
    f.write(text);
    f.close();
    const Run r = pbvote({u"--db"_qs, path, u"round"_qs, u"list"_qs});
    QCOMPARE(r.code, 1);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(path), qPrintable(err));
    QVERIFY2(err.contains(u"not a readable SQLite database"_qs), qPrintable(err));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), text);
}

QTEST_GUILESS_MAIN(TestCliEndToEnd)
#include "TestCliEndToEnd.moc"
