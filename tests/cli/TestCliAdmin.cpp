// The real pbvote binary, driven with QProcess, for what organizers do besides creating a
// round and voting: round settings, project vetting, translations, districts, kiosks, code
// batches and publication. Each check reads the command's --json output (or the files it
// wrote) back.
#include "crypto/Crypto.h"

#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>

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

// The object in `array` whose `key` is `value` (empty when there is none).
QJsonObject find(const QJsonArray &array, const QString &value, const QString &key = u"id"_qs)
{
    for (const QJsonValue &v : array) {
        if (v.toObject()[key].toString() == value)
            return v.toObject();
    }
    return {};
}

QStringList ids(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out << v.toObject()[u"id"_qs].toString();
    return out;
}

} // namespace

// A command that must succeed; on failure the test stops with its output.
#define RUN_OK(r)                                                                                                      \
    do {                                                                                                               \
        const Run &run_ = (r);                                                                                         \
        QVERIFY2(run_.code == 0, qPrintable(u"exit %1: %2"_qs.arg(run_.code).arg(run_.text())));                       \
    } while (false)

// A command that must be refused with `exitCode` and a message on stderr holding `fragment`.
#define RUN_REFUSED(r, exitCode, fragment)                                                                             \
    do {                                                                                                               \
        const Run &run_ = (r);                                                                                         \
        QVERIFY2(run_.code == (exitCode), qPrintable(u"exit %1: %2"_qs.arg(run_.code).arg(run_.text())));              \
        QVERIFY2(QString::fromUtf8(run_.err).contains(fragment), qPrintable(QString::fromUtf8(run_.err)));             \
        QVERIFY2(QString::fromUtf8(run_.err).startsWith(u"pbvote: "_qs), qPrintable(QString::fromUtf8(run_.err)));     \
    } while (false)

class TestCliAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void commandHelp_data();
    void commandHelp();
    void roundSettings();
    void projectsTranslationsAndDistricts();
    void kiosksCodeBatchesAndPublication();
    void publishImportedRound();

private:
    Run pbvote(const QStringList &args) const;
    Run db(const QStringList &args) const { return pbvote(QStringList{u"--db"_qs, dbPath()} + args); }
    QString dbPath() const { return m_dir->filePath(u"admin.db"_qs); }
    QJsonObject showRound(int round = 1) const
    {
        return db({u"round"_qs, u"show"_qs, u"--round"_qs, QString::number(round), u"--json"_qs}).json();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliAdmin::initTestCase()
{
    QVERIFY(crypto::initialize());
    QVERIFY2(QFile::exists(QStringLiteral(PBVOTE_CLI_PATH)), PBVOTE_CLI_PATH);
}

void TestCliAdmin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliAdmin::cleanup()
{
    m_dir.reset();
}

Run TestCliAdmin::pbvote(const QStringList &args) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PBVOTE_PASSPHRASE"_qs, Passphrase);
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

void TestCliAdmin::commandHelp_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");
    auto row = [](const char *name, const QStringList &args, const QStringList &mentions) {
        QTest::newRow(name) << args << mentions;
    };
    row("pbvote", {u"--help"_qs}, {u"\n  kiosk "_qs, u"\n  publish "_qs});
    row("round", {u"round"_qs, u"--help"_qs}, {u"set"_qs});
    row("round set", {u"round"_qs, u"set"_qs, u"--help"_qs},
        {u"--name"_qs, u"--budget"_qs, u"--currency"_qs, u"--categories"_qs, u"--rename-category"_qs, u"--opens"_qs,
         u"--closes"_qs, u"--no-period"_qs, u"--tally-rule"_qs, u"Usage: pbvote round set"_qs});
    row("project", {u"project"_qs, u"--help"_qs}, {u"set"_qs, u"remove"_qs, u"translate"_qs});
    row("project add", {u"project"_qs, u"add"_qs, u"--help"_qs}, {u"--status"_qs});
    row("project set", {u"project"_qs, u"set"_qs, u"--help"_qs},
        {u"--round"_qs, u"--id"_qs, u"--title"_qs, u"--description"_qs, u"--cost"_qs, u"--category"_qs, u"--district"_qs,
         u"--status"_qs, u"--image"_qs, u"--remove-image"_qs});
    row("project remove", {u"project"_qs, u"remove"_qs, u"--help"_qs}, {u"--round"_qs, u"--id"_qs});
    row("project translate", {u"project"_qs, u"translate"_qs, u"--help"_qs},
        {u"--language"_qs, u"--title"_qs, u"--description"_qs, u"--remove"_qs});
    row("district", {u"district"_qs, u"--help"_qs}, {u"remove"_qs});
    row("district remove", {u"district"_qs, u"remove"_qs, u"--help"_qs}, {u"--round"_qs, u"--id"_qs});
    row("kiosk", {u"kiosk"_qs, u"--help"_qs}, {u"list"_qs, u"register"_qs, u"remove"_qs, u"revoke"_qs, u"reinstate"_qs});
    row("kiosk list", {u"kiosk"_qs, u"list"_qs, u"--help"_qs}, {u"--round"_qs, u"--json"_qs});
    row("kiosk register", {u"kiosk"_qs, u"register"_qs, u"--help"_qs},
        {u"--round"_qs, u"--id"_qs, u"--public-key"_qs, u"--name"_qs, u"--location"_qs});
    row("kiosk revoke", {u"kiosk"_qs, u"revoke"_qs, u"--help"_qs}, {u"--round"_qs, u"--id"_qs});
    row("kiosk reinstate", {u"kiosk"_qs, u"reinstate"_qs, u"--help"_qs}, {u"--round"_qs, u"--id"_qs});
    row("kiosk remove", {u"kiosk"_qs, u"remove"_qs, u"--help"_qs}, {u"--round"_qs, u"--id"_qs});
    row("keys create", {u"keys"_qs, u"create"_qs, u"--help"_qs}, {u"--kiosk-name"_qs, u"--location"_qs});
    row("codes", {u"codes"_qs, u"--help"_qs}, {u"batches"_qs, u"void"_qs, u"restore"_qs, u"--label"_qs});
    row("codes issue", {u"codes"_qs, u"issue"_qs, u"--help"_qs}, {u"--label"_qs, u"--district"_qs});
    row("codes batches", {u"codes"_qs, u"batches"_qs, u"--help"_qs}, {u"--round"_qs});
    row("codes void", {u"codes"_qs, u"void"_qs, u"--help"_qs}, {u"--round"_qs, u"--batch"_qs});
    row("codes restore", {u"codes"_qs, u"restore"_qs, u"--help"_qs}, {u"--round"_qs, u"--batch"_qs});
    row("publish", {u"publish"_qs, u"--help"_qs}, {u"--round"_qs, u"--folder"_qs, u"Usage: pbvote publish"_qs});
}

void TestCliAdmin::commandHelp()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    const Run r = pbvote(args);
    RUN_OK(r);
    const QString out = QString::fromUtf8(r.out);
    for (const QString &m : mentions)
        QVERIFY2(out.contains(m), qPrintable(u"the help does not mention "_qs + m + u":\n"_qs + out));
}

void TestCliAdmin::roundSettings()
{
    RUN_OK(db({u"round"_qs, u"create"_qs, u"--name"_qs, u"Green budget"_qs, u"--budget"_qs, u"1000"_qs}));
    RUN_OK(db({u"round"_qs, u"set"_qs, u"--round"_qs, u"1"_qs, u"--categories"_qs, u"Parks, Streets"_qs}));
    RUN_OK(db({u"project"_qs, u"add"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"P1"_qs, u"--title"_qs, u"Benches"_qs,
               u"--cost"_qs, u"400"_qs, u"--category"_qs, u"Parks"_qs}));

    Run r = db({u"round"_qs, u"set"_qs, u"--round"_qs, u"1"_qs, u"--name"_qs, u"Green budget 2027"_qs, u"--budget"_qs,
                u"2000"_qs, u"--currency"_qs, u"pln"_qs, u"--opens"_qs, u"2027-05-01T08:00:00+02:00"_qs, u"--closes"_qs,
                u"2027-05-15T20:00:00"_qs, u"--tally-rule"_qs, u"mes-approval"_qs, u"--rename-category"_qs,
                u"Parks=Green spaces"_qs, u"--json"_qs});
    RUN_OK(r);
    QCOMPARE(r.json()[u"name"_qs].toString(), u"Green budget 2027"_qs);
    QJsonObject round = showRound();
    QCOMPARE(round[u"name"_qs].toString(), u"Green budget 2027"_qs);
    QCOMPARE(round[u"budget"_qs].toInteger(), 2000);
    QCOMPARE(round[u"currency"_qs].toString(), u"PLN"_qs);
    QCOMPARE(round[u"tally_rule"_qs].toString(), u"mes-approval"_qs);
    // The offset is kept as the same instant in UTC; a time without one is UTC.
    QCOMPARE(round[u"voting_opens"_qs].toString(), u"2027-05-01T06:00:00Z"_qs);
    QCOMPARE(round[u"voting_closes"_qs].toString(), u"2027-05-15T20:00:00Z"_qs);
    // The renamed category took the old one's place, and its project moved along.
    QCOMPARE(round[u"categories"_qs].toArray(), (QJsonArray{u"Green spaces"_qs, u"Streets"_qs}));
    QCOMPARE(find(round[u"projects"_qs].toArray(), u"P1"_qs)[u"category"_qs].toString(), u"Green spaces"_qs);
    QCOMPARE(round[u"published"_qs].toBool(true), false);
    // Settings not given keep their value.
    RUN_OK(db({u"round"_qs, u"set"_qs, u"--round"_qs, u"1"_qs, u"--budget"_qs, u"1500"_qs}));
    round = showRound();
    QCOMPARE(round[u"budget"_qs].toInteger(), 1500);
    QCOMPARE(round[u"name"_qs].toString(), u"Green budget 2027"_qs);
    QCOMPARE(round[u"tally_rule"_qs].toString(), u"mes-approval"_qs);
    QCOMPARE(round[u"voting_opens"_qs].toString(), u"2027-05-01T06:00:00Z"_qs);
    r = db({u"round"_qs, u"show"_qs, u"--round"_qs, u"1"_qs});
    RUN_OK(r);
    QVERIFY2(QString::fromUtf8(r.out).contains(u"Voting period: 2027-05-01T06:00:00Z to 2027-05-15T20:00:00Z"_qs),
             r.out.constData());
    QVERIFY2(QString::fromUtf8(r.out).contains(u"Categories: Green spaces, Streets"_qs), r.out.constData());
    QVERIFY2(QString::fromUtf8(r.out).contains(u"Counting rule: mes-approval"_qs), r.out.constData());

    // Refused: voting closing before it opens (the store's check, exit 1), an unknown rule,
    // a time that is not ISO 8601, a period both set and cleared, nothing to change (exit 2).
    RUN_REFUSED(db({u"round"_qs, u"set"_qs, u"--round"_qs, u"1"_qs, u"--closes"_qs, u"2027-04-01T00:00:00Z"_qs}), 1,
                u"Voting must close after it opens"_qs);
    RUN_REFUSED(db({u"round"_qs, u"set"_qs, u"--round"_qs, u"1"_qs, u"--tally-rule"_qs, u"borda-count"_qs}), 2,
                u"\"borda-count\""_qs);
    RUN_REFUSED(db({u"round"_qs, u"set"_qs, u"--round"_qs, u"1"_qs, u"--opens"_qs, u"next tuesday"_qs}), 2,
                u"--opens"_qs);
    RUN_REFUSED(db({u"round"_qs, u"set"_qs, u"--round"_qs, u"1"_qs, u"--opens"_qs, u"2027-05-01T08:00:00Z"_qs,
                    u"--no-period"_qs}),
                2, u"--no-period"_qs);
    RUN_REFUSED(db({u"round"_qs, u"set"_qs, u"--round"_qs, u"1"_qs}), 2, u"at least one setting"_qs);
    RUN_REFUSED(db({u"round"_qs, u"set"_qs, u"--round"_qs, u"1"_qs, u"--categories"_qs, u"Streets"_qs}), 1,
                u"Green spaces"_qs); // P1 is still in that category
    RUN_REFUSED(db({u"round"_qs, u"set"_qs, u"--round"_qs, u"1"_qs, u"--rename-category"_qs, u"Lakes=Rivers"_qs}), 1,
                u"\"Lakes\""_qs);
    RUN_REFUSED(db({u"round"_qs, u"set"_qs, u"--round"_qs, u"7"_qs, u"--budget"_qs, u"5"_qs}), 1, u"7"_qs);
    // Nothing changed by the refused ones.
    QCOMPARE(showRound(), round);

    RUN_OK(db({u"round"_qs, u"set"_qs, u"--round"_qs, u"1"_qs, u"--no-period"_qs}));
    round = showRound();
    QVERIFY(round[u"voting_opens"_qs].isNull());
    QVERIFY(round[u"voting_closes"_qs].isNull());
}

void TestCliAdmin::projectsTranslationsAndDistricts()
{
    RUN_OK(db({u"round"_qs, u"create"_qs, u"--name"_qs, u"Districts"_qs, u"--budget"_qs, u"1000"_qs}));
    RUN_OK(db({u"district"_qs, u"add"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"D1"_qs, u"--name"_qs, u"North"_qs,
               u"--budget"_qs, u"500"_qs}));
    const QStringList add = {u"project"_qs, u"add"_qs, u"--round"_qs, u"1"_qs};
    Run r = db(add + QStringList{u"--id"_qs, u"P1"_qs, u"--title"_qs, u"Benches"_qs, u"--cost"_qs, u"400"_qs, u"--json"_qs});
    RUN_OK(r);
    QCOMPARE(r.json()[u"status"_qs].toString(), u"ballot"_qs);
    r = db(add + QStringList{u"--id"_qs, u"P2"_qs, u"--title"_qs, u"Skate park"_qs, u"--cost"_qs, u"900"_qs,
                             u"--status"_qs, u"review"_qs, u"--json"_qs});
    RUN_OK(r);
    QCOMPARE(r.json()[u"status"_qs].toString(), u"review"_qs);
    RUN_OK(db(add + QStringList{u"--id"_qs, u"P3"_qs, u"--title"_qs, u"North trees"_qs, u"--cost"_qs, u"300"_qs,
                                u"--district"_qs, u"D1"_qs}));
    RUN_REFUSED(db(add + QStringList{u"--id"_qs, u"P4"_qs, u"--title"_qs, u"X"_qs, u"--cost"_qs, u"1"_qs, u"--status"_qs,
                                     u"maybe"_qs}),
                2, u"\"maybe\""_qs);

    r = db({u"project"_qs, u"list"_qs, u"--round"_qs, u"1"_qs, u"--json"_qs});
    RUN_OK(r);
    QCOMPARE(ids(r.json()[u"projects"_qs].toArray()), (QStringList{u"P1"_qs, u"P3"_qs}));
    QCOMPARE(ids(r.json()[u"off_ballot"_qs].toArray()), QStringList{u"P2"_qs});
    QCOMPARE(find(r.json()[u"off_ballot"_qs].toArray(), u"P2"_qs)[u"status"_qs].toString(), u"review"_qs);
    QCOMPARE(find(r.json()[u"projects"_qs].toArray(), u"P3"_qs)[u"district"_qs].toString(), u"D1"_qs);
    // The text list shows off-ballot projects too, the status in the last column.
    r = db({u"project"_qs, u"list"_qs, u"--round"_qs, u"1"_qs});
    RUN_OK(r);
    QVERIFY2(QRegularExpression(u"\nP2\t[^\t]+\tSkate park\t\t\treview\n"_qs).match(QString::fromUtf8(r.out)).hasMatch(),
             r.out.constData());

    // project set: only the fields given change; a status moves it on or off the ballot.
    r = db({u"project"_qs, u"set"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"P2"_qs, u"--status"_qs, u"ballot"_qs,
            u"--cost"_qs, u"600"_qs, u"--description"_qs, u"Ramps and rails"_qs, u"--json"_qs});
    RUN_OK(r);
    const QJsonObject p2 = r.json()[u"project"_qs].toObject();
    QCOMPARE(p2[u"title"_qs].toString(), u"Skate park"_qs);
    QCOMPARE(p2[u"cost"_qs].toInteger(), 600);
    QCOMPARE(p2[u"status"_qs].toString(), u"ballot"_qs);
    RUN_OK(db({u"project"_qs, u"set"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"P1"_qs, u"--status"_qs, u"rejected"_qs}));
    QJsonObject round = showRound();
    QCOMPARE(ids(round[u"projects"_qs].toArray()), (QStringList{u"P2"_qs, u"P3"_qs}));
    QCOMPARE(ids(round[u"off_ballot"_qs].toArray()), QStringList{u"P1"_qs});
    QCOMPARE(find(round[u"off_ballot"_qs].toArray(), u"P1"_qs)[u"status"_qs].toString(), u"rejected"_qs);
    QCOMPARE(find(round[u"projects"_qs].toArray(), u"P2"_qs)[u"description"_qs].toString(), u"Ramps and rails"_qs);
    r = db({u"round"_qs, u"show"_qs, u"--round"_qs, u"1"_qs});
    QVERIFY2(QRegularExpression(u"Off the ballot:\n  P1  \\S+  Benches  \\(rejected\\)\n"_qs).match(QString::fromUtf8(r.out)).hasMatch(),
             r.out.constData());
    RUN_REFUSED(db({u"project"_qs, u"set"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"P9"_qs, u"--title"_qs, u"X"_qs}), 1,
                u"P9"_qs);
    RUN_REFUSED(db({u"project"_qs, u"set"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"P2"_qs, u"--cost"_qs, u"5000"_qs}), 1,
                u"P2"_qs); // more than the budget
    RUN_REFUSED(db({u"project"_qs, u"set"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"P2"_qs}), 2, u"something to change"_qs);

    // Translations: set, listed with the project, replaced, removed.
    const QStringList translate = {u"project"_qs, u"translate"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"P2"_qs};
    RUN_OK(db(translate + QStringList{u"--language"_qs, u"es"_qs, u"--title"_qs, u"Pista de skate"_qs, u"--description"_qs,
                                      u"Rampas"_qs}));
    RUN_OK(db(translate + QStringList{u"--language"_qs, u"pl"_qs, u"--title"_qs, u"Skatepark"_qs}));
    r = db({u"project"_qs, u"list"_qs, u"--round"_qs, u"1"_qs, u"--json"_qs});
    QJsonObject texts = find(r.json()[u"projects"_qs].toArray(), u"P2"_qs)[u"translations"_qs].toObject();
    QCOMPARE(texts[u"es"_qs].toObject()[u"title"_qs].toString(), u"Pista de skate"_qs);
    QCOMPARE(texts[u"es"_qs].toObject()[u"description"_qs].toString(), u"Rampas"_qs);
    QCOMPARE(texts[u"pl"_qs].toObject()[u"title"_qs].toString(), u"Skatepark"_qs);
    QVERIFY(find(r.json()[u"projects"_qs].toArray(), u"P3"_qs)[u"translations"_qs].toObject().isEmpty());
    r = db(translate + QStringList{u"--language"_qs, u"es"_qs, u"--remove"_qs, u"--json"_qs});
    RUN_OK(r);
    QCOMPARE(r.json()[u"removed"_qs].toBool(), true);
    r = db({u"project"_qs, u"list"_qs, u"--round"_qs, u"1"_qs, u"--json"_qs});
    texts = find(r.json()[u"projects"_qs].toArray(), u"P2"_qs)[u"translations"_qs].toObject();
    QCOMPARE(texts.keys(), QStringList{u"pl"_qs});
    RUN_REFUSED(db(translate + QStringList{u"--language"_qs, u"es"_qs, u"--remove"_qs}), 1, u"no es translation"_qs);
    RUN_REFUSED(db(translate + QStringList{u"--language"_qs, u"Spanish"_qs, u"--title"_qs, u"X"_qs}), 1, u"Spanish"_qs);
    RUN_REFUSED(db(translate + QStringList{u"--language"_qs, u"es"_qs}), 2, u"--title"_qs);

    // A district with a project in it stays; once the project moves, it goes.
    RUN_REFUSED(db({u"district"_qs, u"remove"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"D1"_qs}), 1, u"P3"_qs);
    QCOMPARE(showRound()[u"districts"_qs].toArray().size(), 1);
    RUN_OK(db({u"project"_qs, u"set"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"P3"_qs, u"--district"_qs, QString()}));
    r = db({u"district"_qs, u"remove"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"D1"_qs, u"--json"_qs});
    RUN_OK(r);
    QCOMPARE(r.json()[u"removed"_qs].toBool(), true);
    QVERIFY(showRound()[u"districts"_qs].toArray().isEmpty());
    RUN_REFUSED(db({u"district"_qs, u"remove"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"D1"_qs}), 1, u"D1"_qs);

    // project remove takes it, and its translations, away.
    r = db({u"project"_qs, u"remove"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"P2"_qs, u"--json"_qs});
    RUN_OK(r);
    QCOMPARE(r.json()[u"removed"_qs].toBool(), true);
    round = showRound();
    QCOMPARE(ids(round[u"projects"_qs].toArray()), QStringList{u"P3"_qs});
    QCOMPARE(ids(round[u"off_ballot"_qs].toArray()), QStringList{u"P1"_qs});
    RUN_REFUSED(db({u"project"_qs, u"remove"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"P2"_qs}), 1, u"P2"_qs);
}

void TestCliAdmin::kiosksCodeBatchesAndPublication()
{
    RUN_OK(db({u"round"_qs, u"create"_qs, u"--name"_qs, u"Kiosks"_qs, u"--budget"_qs, u"1000"_qs}));
    RUN_OK(db({u"district"_qs, u"add"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"D1"_qs, u"--budget"_qs, u"500"_qs}));
    for (const QStringList &p : {QStringList{u"P1"_qs, u"Benches"_qs, u"400"_qs, QString()},
                                 QStringList{u"P2"_qs, u"Trees"_qs, u"300"_qs, QString()},
                                 QStringList{u"P3"_qs, u"North park"_qs, u"200"_qs, u"D1"_qs}}) {
        RUN_OK(db({u"project"_qs, u"add"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, p[0], u"--title"_qs, p[1], u"--cost"_qs,
                   p[2], u"--district"_qs, p[3]}));
    }
    RUN_OK(db({u"project"_qs, u"add"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"P4"_qs, u"--title"_qs, u"Fountain"_qs,
               u"--cost"_qs, u"100"_qs, u"--status"_qs, u"withdrawn"_qs}));
    const QString interactive = u"--kdf=interactive"_qs;
    RUN_OK(db({u"keys"_qs, u"create"_qs, u"--kind"_qs, u"authority"_qs, u"--name"_qs, u"org"_qs, interactive}));
    RUN_OK(db({u"keys"_qs, u"create"_qs, u"--kind"_qs, u"election"_qs, u"--round"_qs, u"1"_qs, interactive}));
    RUN_OK(db({u"keys"_qs, u"create"_qs, u"--kind"_qs, u"kiosk"_qs, u"--name"_qs, u"K1"_qs, u"--round"_qs, u"1"_qs,
               u"--kiosk-name"_qs, u"Central Library"_qs, u"--location"_qs, u"Main Street 1"_qs, interactive}));
    RUN_REFUSED(db({u"keys"_qs, u"create"_qs, u"--kind"_qs, u"authority"_qs, u"--name"_qs, u"x"_qs, u"--location"_qs,
                    u"Hall"_qs, interactive}),
                2, u"--kind kiosk --round"_qs);

    // Two kiosks that made their keys on their own machines (their own databases).
    const QStringList other = {u"--db"_qs, m_dir->filePath(u"kiosks.db"_qs)};
    QString k2Key;
    QString k3Key;
    QString k2Fingerprint;
    for (const QString &name : {u"K2"_qs, u"K3"_qs}) {
        const Run made = pbvote(other + QStringList{u"keys"_qs, u"create"_qs, u"--kind"_qs, u"kiosk"_qs, u"--name"_qs, name,
                                                    interactive, u"--json"_qs});
        RUN_OK(made);
        (name == u"K2"_qs ? k2Key : k3Key) = made.json()[u"public_key"_qs].toString();
        if (name == u"K2"_qs)
            k2Fingerprint = made.json()[u"fingerprint"_qs].toString();
    }
    QCOMPARE(k2Key.size(), 64);
    const QStringList reg = {u"kiosk"_qs, u"register"_qs, u"--round"_qs, u"1"_qs};
    Run r = db(reg + QStringList{u"--id"_qs, u"K2"_qs, u"--public-key"_qs, k2Key, u"--name"_qs, u"Town hall"_qs,
                                 u"--location"_qs, u"Market Square"_qs, u"--json"_qs});
    RUN_OK(r);
    QCOMPARE(r.json()[u"fingerprint"_qs].toString(), k2Fingerprint);
    RUN_REFUSED(db(reg + QStringList{u"--id"_qs, u"K9"_qs, u"--public-key"_qs, k2Key}), 1, u"K2"_qs); // same key
    RUN_REFUSED(db(reg + QStringList{u"--id"_qs, u"K9"_qs, u"--public-key"_qs, u"abcd"_qs}), 2, u"--public-key"_qs);
    RUN_OK(db(reg + QStringList{u"--id"_qs, u"K3"_qs, u"--public-key"_qs, k3Key}));
    r = db({u"kiosk"_qs, u"remove"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"K3"_qs, u"--json"_qs});
    RUN_OK(r);
    QCOMPARE(r.json()[u"removed"_qs].toBool(), true);
    RUN_REFUSED(db({u"kiosk"_qs, u"remove"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"K3"_qs}), 1, u"K3"_qs);

    const QStringList kioskList = {u"kiosk"_qs, u"list"_qs, u"--round"_qs, u"1"_qs, u"--json"_qs};
    r = db(kioskList);
    RUN_OK(r);
    QJsonArray kiosks = r.json()[u"kiosks"_qs].toArray();
    QCOMPARE(ids(kiosks), (QStringList{u"K1"_qs, u"K2"_qs}));
    QJsonObject k1 = find(kiosks, u"K1"_qs);
    QCOMPARE(k1[u"name"_qs].toString(), u"Central Library"_qs);
    QCOMPARE(k1[u"location"_qs].toString(), u"Main Street 1"_qs);
    QCOMPARE(k1[u"revoked"_qs].toBool(true), false);
    QCOMPARE(k1[u"ballots"_qs].toInteger(-1), 0);
    QVERIFY(k1[u"checkpoint_ballots"_qs].isNull());
    QCOMPARE(find(kiosks, u"K2"_qs)[u"fingerprint"_qs].toString(), k2Fingerprint);
    QCOMPARE(find(kiosks, u"K2"_qs)[u"location"_qs].toString(), u"Market Square"_qs);
    // The fingerprint is the one keys list prints for K1.
    r = db({u"keys"_qs, u"list"_qs, u"--json"_qs});
    QCOMPARE(k1[u"fingerprint"_qs].toString(), find(r.json()[u"keys"_qs].toArray(), u"K1"_qs, u"name"_qs)[u"fingerprint"_qs].toString());

    // Code batches: a city-wide one and one for district D1.
    const QStringList issue = {u"codes"_qs, u"issue"_qs, u"--round"_qs, u"1"_qs};
    r = db(issue + QStringList{u"--count"_qs, u"3"_qs, u"--label"_qs, u"Library, week 1"_qs, u"--json"_qs});
    RUN_OK(r);
    QCOMPARE(r.json()[u"batch"_qs].toInteger(), 1);
    QStringList cityCodes;
    for (const QJsonValue &v : r.json()[u"codes"_qs].toArray())
        cityCodes << v.toString();
    QCOMPARE(cityCodes.size(), 3);
    const QString districtFile = m_dir->filePath(u"d1-codes.txt"_qs);
    r = db(issue + QStringList{u"--count"_qs, u"2"_qs, u"--district"_qs, u"D1"_qs, u"--label"_qs, u"North"_qs, u"--out"_qs,
                               districtFile, u"--json"_qs});
    RUN_OK(r);
    QCOMPARE(r.json()[u"batch"_qs].toInteger(), 2);
    QFile f(districtFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList districtCodes = QString::fromLatin1(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(districtCodes.size(), 2);
    RUN_REFUSED(db(issue + QStringList{u"--count"_qs, u"1"_qs, u"--district"_qs, u"D7"_qs}), 1, u"D7"_qs);

    RUN_OK(db({u"round"_qs, u"open"_qs, u"--round"_qs, u"1"_qs, u"--authority"_qs, u"org"_qs}));
    RUN_REFUSED(db({u"round"_qs, u"set"_qs, u"--round"_qs, u"1"_qs, u"--budget"_qs, u"5"_qs}), 1, u"draft"_qs);
    RUN_REFUSED(db({u"kiosk"_qs, u"remove"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"K2"_qs}), 1, u"revoke"_qs);
    RUN_REFUSED(db({u"project"_qs, u"set"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"P1"_qs, u"--title"_qs, u"X"_qs}), 1,
                u"draft"_qs);

    const QStringList cast = {u"cast"_qs, u"--round"_qs, u"1"_qs, u"--kiosk"_qs, u"K1"_qs, u"--json"_qs};
    RUN_OK(db(cast + QStringList{u"--code"_qs, cityCodes[0], u"--choose"_qs, u"P1,P2"_qs}));

    // Voiding batch 2: its codes are withdrawn and refused; restored, they vote again.
    r = db({u"codes"_qs, u"void"_qs, u"--round"_qs, u"1"_qs, u"--batch"_qs, u"2"_qs, u"--json"_qs});
    RUN_OK(r);
    QCOMPARE(r.json()[u"voided"_qs].toBool(), true);
    RUN_REFUSED(db({u"codes"_qs, u"void"_qs, u"--round"_qs, u"1"_qs, u"--batch"_qs, u"2"_qs}), 1, u"already void"_qs);
    RUN_REFUSED(db({u"codes"_qs, u"void"_qs, u"--round"_qs, u"1"_qs, u"--batch"_qs, u"9"_qs}), 1, u"9"_qs);
    const QStringList check = {u"codes"_qs, u"check"_qs, u"--round"_qs, u"1"_qs, u"--code"_qs, districtCodes[0]};
    r = db(check + QStringList{u"--json"_qs});
    RUN_OK(r);
    QCOMPARE(r.json()[u"status"_qs].toString(), u"withdrawn"_qs);
    r = db(check);
    RUN_OK(r);
    QVERIFY2(QString::fromUtf8(r.out).contains(u"withdrawn"_qs), r.out.constData());
    RUN_REFUSED(db(cast + QStringList{u"--code"_qs, districtCodes[0], u"--choose"_qs, u"P3"_qs}), 1, u"withdrawn"_qs);
    r = db({u"codes"_qs, u"batches"_qs, u"--round"_qs, u"1"_qs, u"--json"_qs});
    RUN_OK(r);
    QJsonArray batches = r.json()[u"batches"_qs].toArray();
    QCOMPARE(batches.size(), 2);
    QCOMPARE(batches[0].toObject(), (QJsonObject{{u"batch"_qs, 1}, {u"label"_qs, u"Library, week 1"_qs},
                                                 {u"district"_qs, QString()}, {u"issued"_qs, 3}, {u"used"_qs, 1},
                                                 {u"unused"_qs, 2}, {u"voided"_qs, false}}));
    QCOMPARE(batches[1].toObject(), (QJsonObject{{u"batch"_qs, 2}, {u"label"_qs, u"North"_qs}, {u"district"_qs, u"D1"_qs},
                                                 {u"issued"_qs, 2}, {u"used"_qs, 0}, {u"unused"_qs, 2},
                                                 {u"voided"_qs, true}}));
    r = db({u"codes"_qs, u"restore"_qs, u"--round"_qs, u"1"_qs, u"--batch"_qs, u"2"_qs, u"--json"_qs});
    RUN_OK(r);
    QCOMPARE(r.json()[u"voided"_qs].toBool(true), false);
    r = db(check + QStringList{u"--json"_qs});
    QCOMPARE(r.json()[u"status"_qs].toString(), u"unused"_qs);
    // A district code votes for city-wide projects and its district's.
    RUN_OK(db(cast + QStringList{u"--code"_qs, districtCodes[0], u"--choose"_qs, u"P2,P3"_qs}));

    // A revoked kiosk casts no more; reinstated, it does.
    r = db({u"kiosk"_qs, u"revoke"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"K1"_qs, u"--json"_qs});
    RUN_OK(r);
    QCOMPARE(r.json()[u"revoked"_qs].toBool(), true);
    RUN_REFUSED(db({u"kiosk"_qs, u"revoke"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"K1"_qs}), 1, u"already revoked"_qs);
    RUN_REFUSED(db(cast + QStringList{u"--code"_qs, cityCodes[1], u"--choose"_qs, u"P2"_qs}), 1, u"revoked"_qs);
    r = db(kioskList);
    k1 = find(r.json()[u"kiosks"_qs].toArray(), u"K1"_qs);
    QCOMPARE(k1[u"revoked"_qs].toBool(), true);
    QCOMPARE(k1[u"ballots"_qs].toInteger(), 2);
    r = db({u"kiosk"_qs, u"reinstate"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"K1"_qs, u"--json"_qs});
    RUN_OK(r);
    QCOMPARE(r.json()[u"revoked"_qs].toBool(true), false);
    RUN_OK(db(cast + QStringList{u"--code"_qs, cityCodes[1], u"--choose"_qs, u"P2"_qs}));
    RUN_REFUSED(db({u"kiosk"_qs, u"revoke"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"K7"_qs}), 1, u"K7"_qs);

    // Publication waits for the count.
    const QString folder = m_dir->filePath(u"published"_qs);
    const QStringList publish = {u"publish"_qs, u"--round"_qs, u"1"_qs, u"--folder"_qs, folder};
    RUN_REFUSED(db(publish), 1, u"tally"_qs);
    QVERIFY(!QFileInfo::exists(folder));

    RUN_OK(db({u"round"_qs, u"close"_qs, u"--round"_qs, u"1"_qs}));
    r = db(kioskList);
    kiosks = r.json()[u"kiosks"_qs].toArray();
    k1 = find(kiosks, u"K1"_qs);
    QCOMPARE(k1[u"ballots"_qs].toInteger(), 3);
    QCOMPARE(k1[u"checkpoint_ballots"_qs].toInteger(-1), 3);
    QCOMPARE(k1[u"closed"_qs].toBool(), true);
    QCOMPARE(find(kiosks, u"K2"_qs)[u"ballots"_qs].toInteger(-1), 0);
    QVERIFY(find(kiosks, u"K2"_qs)[u"checkpoint_ballots"_qs].isNull());
    RUN_REFUSED(db({u"codes"_qs, u"void"_qs, u"--round"_qs, u"1"_qs, u"--batch"_qs, u"1"_qs}), 1, u"closed"_qs);
    RUN_REFUSED(db(publish), 1, u"closed"_qs);

    r = db({u"tally"_qs, u"--round"_qs, u"1"_qs, u"--json"_qs});
    RUN_OK(r);
    const QJsonObject tally = r.json();
    QCOMPARE(tally[u"ballots"_qs].toInteger(), 3);
    RUN_REFUSED(db({u"kiosk"_qs, u"reinstate"_qs, u"--round"_qs, u"1"_qs, u"--id"_qs, u"K1"_qs}), 1, u"tallied"_qs);

    r = db(publish + QStringList{u"--json"_qs});
    RUN_OK(r);
    const QJsonObject published = r.json();
    QCOMPARE(published[u"published"_qs].toBool(), true);
    QCOMPARE(published[u"votes"_qs].toInteger(), 3);
    QCOMPARE(published[u"rule"_qs].toString(), u"greedy"_qs);
    const QDir dir(folder);
    for (const QString &name : {u"round-1-votes.pb"_qs, u"round-1-record.json"_qs, u"round-1-result.json"_qs})
        QVERIFY2(QFileInfo::exists(dir.filePath(name)), qPrintable(name));
    QCOMPARE(published[u"votes_file"_qs].toString(), dir.filePath(u"round-1-votes.pb"_qs));

    // The result file is the stored count; the record is an election record with 3 ballots;
    // the votes file counts to the same winners.
    QFile result(dir.filePath(u"round-1-result.json"_qs));
    QVERIFY(result.open(QIODevice::ReadOnly));
    const QJsonObject resultJson = QJsonDocument::fromJson(result.readAll()).object();
    QCOMPARE(resultJson[u"winners"_qs].toArray(), tally[u"winners"_qs].toArray());
    QCOMPARE(resultJson[u"ballots"_qs].toInteger(), 3);
    QFile record(dir.filePath(u"round-1-record.json"_qs));
    QVERIFY(record.open(QIODevice::ReadOnly));
    const QJsonObject recordJson = QJsonDocument::fromJson(record.readAll()).object();
    QCOMPARE(recordJson[u"format"_qs].toString(), u"pbvote-election-record"_qs);
    QCOMPARE(recordJson[u"ballots"_qs].toArray().size(), 3);
    r = pbvote({u"tally"_qs, u"--pabulib"_qs, dir.filePath(u"round-1-votes.pb"_qs), u"--rule"_qs, u"greedy"_qs, u"--json"_qs});
    RUN_OK(r);
    QStringList fromFile;
    for (const QJsonValue &v : r.json()[u"winners"_qs].toArray())
        fromFile << v.toString();
    QStringList fromTally;
    for (const QJsonValue &v : tally[u"winners"_qs].toArray())
        fromTally << v.toString();
    fromFile.sort();
    fromTally.sort();
    QCOMPARE(fromFile, fromTally);

    const QJsonObject round = showRound();
    QCOMPARE(round[u"published"_qs].toBool(), true);
    QCOMPARE(round[u"state"_qs].toString(), u"tallied"_qs);
    QCOMPARE(find(round[u"off_ballot"_qs].toArray(), u"P4"_qs)[u"status"_qs].toString(), u"withdrawn"_qs);
    r = db({u"round"_qs, u"show"_qs, u"--round"_qs, u"1"_qs});
    QVERIFY2(QString::fromUtf8(r.out).contains(u"State: tallied, result published"_qs), r.out.constData());
}

void TestCliAdmin::publishImportedRound()
{
    // An imported round needs no key and has no election record: votes and result only.
    const QString file = QStringLiteral(PBVOTE_DATA_DIR) + u"/pabulib/poland_warszawa_2018_muranow.pb"_qs;
    QVERIFY2(QFile::exists(file), qPrintable(file));
    RUN_OK(db({u"import"_qs, u"--pabulib"_qs, file}));
    const QString folder = m_dir->filePath(u"out"_qs);
    RUN_REFUSED(db({u"publish"_qs, u"--round"_qs, u"1"_qs, u"--folder"_qs, folder}), 1, u"closed"_qs);
    RUN_OK(db({u"tally"_qs, u"--round"_qs, u"1"_qs, u"--rule"_qs, u"mes-cost+add1"_qs}));
    const Run r = db({u"publish"_qs, u"--round"_qs, u"1"_qs, u"--folder"_qs, folder, u"--json"_qs});
    RUN_OK(r);
    QCOMPARE(r.json()[u"votes"_qs].toInteger(), 882);
    QVERIFY(r.json()[u"record_file"_qs].isNull());
    QVERIFY(QFileInfo::exists(folder + u"/round-1-votes.pb"_qs));
    QVERIFY(QFileInfo::exists(folder + u"/round-1-result.json"_qs));
    QVERIFY(!QFileInfo::exists(folder + u"/round-1-record.json"_qs));
    QCOMPARE(showRound()[u"published"_qs].toBool(), true);
}

QTEST_GUILESS_MAIN(TestCliAdmin)
#include "TestCliAdmin.moc"
