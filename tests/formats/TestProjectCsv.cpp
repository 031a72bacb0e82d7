// Projects as CSV (formats/ProjectCsv): round trips, the files spreadsheets write
// (';', BOM, grouped amounts), every malformed case named by line and column, hostile
// input, and pbvote project import / export run in-process against a real store.
#include "cli/CliContext.h"
#include "crypto/Crypto.h"
#include "formats/ProjectCsv.h"
#include "store/BallotStore.h"

#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace pbvote;
using formats::readProjectsCsv;
using formats::writeProjectsCsv;

namespace {

const QString kSource = u"projects.csv"_qs;

Project project(const QString &id, const QString &title, int64_t cost, ProjectStatus status = ProjectStatus::Ballot)
{
    Project p;
    p.id = id;
    p.title = title;
    p.cost = cost;
    p.status = status;
    return p;
}

// A round whose texts need every kind of quoting, in several scripts.
Round awkwardRound()
{
    Round r;
    r.name = u"Budżet obywatelski 2027"_qs;
    r.budget = 500'000'000;
    r.districts = {{u"north"_qs, u"North"_qs, 100'000'000}, {u"old-town"_qs, u"Stare Miasto"_qs, 100'000'000}};
    Project a = project(u"P01"_qs, u"Benches, bins and \"green\" corners"_qs, 15'000'000);
    a.description = u"Two lines:\nfirst, then second.\r\nAnd a third after CRLF; with a semicolon."_qs;
    a.category = u"Green"_qs;
    a.district = u"north"_qs;
    Project b = project(u"P02"_qs, u"Ławki i kosze na Starym Mieście"_qs, 150'050); // 1500.50
    b.description = u"Zażółć gęślą jaźń"_qs;
    b.district = u"old-town"_qs;
    b.category = u"Ulice"_qs;
    Project c = project(u"P03"_qs, u"  spaces around  "_qs, 1); // 0.01
    c.description = u"\"quoted from the start\""_qs;
    Project d = project(u"P04"_qs, u"حديقة المجتمع"_qs, 99'999'999); // 999999.99
    d.description = u"مقاعد، وأشجار، \"وإضاءة\""_qs;
    r.projects = {a, b, c, d};
    Project e = project(u"P05"_qs, u"Under review"_qs, 100'000, ProjectStatus::UnderReview);
    Project f = project(u"P06"_qs, u"Rejected, too costly"_qs, 400'000'000, ProjectStatus::Rejected);
    f.description = u"multi\nline"_qs;
    Project g = project(u"P07"_qs, u"Withdrawn"_qs, 2'500, ProjectStatus::Withdrawn);
    r.offBallot = {e, f, g};
    return r;
}

store::ProjectTranslations awkwardTranslations()
{
    store::ProjectTranslations t;
    t[u"P01"_qs][u"es"_qs] = {u"Bancos, papeleras y rincones \"verdes\""_qs, u"Dos líneas:\nprimera, segunda."_qs};
    t[u"P01"_qs][u"pl"_qs] = {u"Ławki, kosze"_qs, QString()};
    t[u"P01"_qs][u"ar"_qs] = {u"مقاعد وسلال"_qs, u"وصف، مع فاصلة"_qs};
    t[u"P04"_qs][u"es"_qs] = {u"Jardín comunitario"_qs, u"Bancos; árboles"_qs};
    t[u"P06"_qs][u"vi"_qs] = {u"Bị từ chối"_qs, u"Quá tốn kém"_qs};
    return t;
}

std::vector<Project> allProjects(const Round &r)
{
    std::vector<Project> all = r.projects;
    all.insert(all.end(), r.offBallot.begin(), r.offBallot.end());
    return all;
}

QString errorOf(const QByteArray &csv)
{
    auto read = readProjectsCsv(csv, kSource);
    return read ? QString() : read.error();
}

// Runs one of the CLI's command functions in this process with captured streams.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(int (*command)(cli::CliContext &, const QStringList &), const QString &dbPath, const QStringList &args,
    bool json = false)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    {
        cli::CliContext ctx(out, err);
        ctx.dbPath = dbPath;
        ctx.json = json;
        r.exitCode = command(ctx, args);
    } // the store closes here
    out.flush();
    err.flush();
    return r;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestProjectCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void roundTripIsExact();
    void writesExpectedBytes();
    void writesCostsWhateverTheLocale();
    void readsSemicolonFileFromSpreadsheet();
    void readsBomAndLineEnds();
    void skipsEmptyLinesAndTrailingSeparators();
    void readsCosts_data();
    void readsCosts();
    void malformedNamesLineAndColumn_data();
    void malformedNamesLineAndColumn();
    void refusesMoreThanMaxRows();
    void refusesFileOver16MiB();
    void survivesHostileInput();

    void cliImportThenExportGivesSameBytes();
    void cliImportPrintsCountAsJson();
    void cliImportWithBadRowAddsNothing();
    void cliImportReportsReaderErrors();
    void storeAddProjectsIsAllOrNothing();

private:
    QString dbPath() const { return m_dir->filePath(u"pb.db"_qs); }
    int64_t createDraftRound();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProjectCsv::initTestCase()
{
    QVERIFY(crypto::initialize());
}

void TestProjectCsv::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProjectCsv::cleanup()
{
    m_dir.reset();
}

int64_t TestProjectCsv::createDraftRound()
{
    auto st = store::BallotStore::open(dbPath());
    if (!st) {
        qWarning("%s", qPrintable(st.error()));
        return 0;
    }
    Round r = awkwardRound();
    r.projects.clear();
    r.offBallot.clear();
    auto id = (*st)->createRound(r);
    if (!id) {
        qWarning("%s", qPrintable(id.error()));
        return 0;
    }
    return *id;
}

void TestProjectCsv::roundTripIsExact()
{
    const Round r = awkwardRound();
    const store::ProjectTranslations t = awkwardTranslations();
    const QByteArray bytes = writeProjectsCsv(r, t);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.startsWith("id,title,description,cost,category,district,status,title:ar,description:ar,"
                             "title:es,description:es,title:pl,description:pl,title:vi,description:vi\r\n"));
    QVERIFY(bytes.endsWith("\r\n"));

    auto read = readProjectsCsv(bytes, kSource);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->projects.size(), size_t(7));
    for (size_t i = 0; i < read->projects.size(); ++i)
        QVERIFY2(read->projects[i] == allProjects(r)[i], qPrintable(read->projects[i].id));
    QVERIFY(read->translations == t);
    // Lines count the line breaks inside values: P01's description spans three lines
    // and its Spanish description two, so P02 starts on line 6.
    QCOMPARE(read->lines.size(), size_t(7));
    QCOMPARE(read->lines[0], 2);
    QCOMPARE(read->lines[1], 6);

    // Writing what was read gives the same bytes again.
    Round again;
    for (const Project &p : read->projects)
        (p.status == ProjectStatus::Ballot ? again.projects : again.offBallot).push_back(p);
    QCOMPARE(writeProjectsCsv(again, read->translations), bytes);
}

void TestProjectCsv::writesExpectedBytes()
{
    Round r;
    r.projects = {project(u"P1"_qs, u"Park"_qs, 150'050), project(u"P2"_qs, u"Trees, and \"shade\""_qs, 12'000'000)};
    r.projects[1].category = u"Green"_qs;
    r.offBallot = {project(u"P3"_qs, u" Pool"_qs, 100, ProjectStatus::Rejected)};
    store::ProjectTranslations t;
    t[u"P2"_qs][u"es"_qs] = {u"Árboles"_qs, u"Línea 1\nLínea 2"_qs};
    t[u"ZZ"_qs][u"de"_qs] = {u"Not in the round"_qs, QString()}; // ignored: no such project
    const QByteArray expected = "id,title,description,cost,category,district,status,title:es,description:es\r\n"
                                "P1,Park,,1500.50,,,ballot,,\r\n"
                                "P2,\"Trees, and \"\"shade\"\"\",,120000,Green,,ballot,\xC3\x81rboles,"
                                "\"L\xC3\xADnea 1\nL\xC3\xADnea 2\"\r\n"
                                "P3,\" Pool\",,1,,,rejected,,\r\n";
    QCOMPARE(writeProjectsCsv(r, t), expected);
}

void TestProjectCsv::writesCostsWhateverTheLocale()
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::Polish, QLocale::Poland));
    Round r;
    r.projects = {project(u"P1"_qs, u"Park"_qs, 123'456'789)};
    const QByteArray bytes = writeProjectsCsv(r, {});
    QLocale::setDefault(saved);
    QVERIFY2(bytes.contains(",1234567.89,"), bytes.constData());
}

void TestProjectCsv::readsSemicolonFileFromSpreadsheet()
{
    // As LibreOffice or Excel in Polish write it: ';', CRLF, grouped thousands with a
    // no-break space, a quoted value with ';' and ',' inside, upper-case column names.
    const QByteArray csv = "\xEF\xBB\xBFID;Title;Cost;Status;District;Title:PL;Description:PL\r\n"
                           "P1;\"Ławki; kosze, latarnie\";150\xC2\xA0"
                           "000;Ballot;north;Ławki;Opis\r\n"
                           "P2;Drzewa;1 234 567.5;review;;;\r\n";
    auto read = readProjectsCsv(csv, kSource);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->projects.size(), size_t(2));
    QCOMPARE(read->projects[0].title, u"Ławki; kosze, latarnie"_qs);
    QCOMPARE(read->projects[0].cost, int64_t(15'000'000));
    QCOMPARE(read->projects[0].district, u"north"_qs);
    QCOMPARE(read->projects[0].status, ProjectStatus::Ballot);
    QCOMPARE(read->projects[1].cost, int64_t(123'456'750));
    QCOMPARE(read->projects[1].status, ProjectStatus::UnderReview);
    QCOMPARE(read->translations.size(), size_t(1));
    QCOMPARE(read->translations.at(u"P1"_qs).at(u"pl"_qs), (store::ProjectText {u"Ławki"_qs, u"Opis"_qs}));
}

void TestProjectCsv::readsBomAndLineEnds()
{
    const QByteArray body[]
        = {"id,title,cost\nP1,A,5\nP2,B,6\n", "id,title,cost\r\nP1,A,5\r\nP2,B,6", "id,title,cost\rP1,A,5\rP2,B,6\r"};
    for (const QByteArray &b : body) {
        for (const QByteArray &bom : {QByteArray(), QByteArray("\xEF\xBB\xBF")}) {
            auto read = readProjectsCsv(QByteArray(bom + b), kSource);
            QVERIFY2(read.ok(), qPrintable(read.error()));
            QCOMPARE(read->projects.size(), size_t(2));
            QCOMPARE(read->projects[0].id, u"P1"_qs); // not "\uFEFFP1" nor a BOM in the header
            QCOMPARE(read->projects[1].cost, int64_t(600));
            QCOMPARE(read->lines, (std::vector<int> {2, 3}));
        }
    }
}

void TestProjectCsv::skipsEmptyLinesAndTrailingSeparators()
{
    const QByteArray csv = "\r\n"
                           "id,title,cost,,\r\n"
                           "\r\n"
                           "P1 , Park , 10 ,,\r\n"
                           ",,,,\r\n"
                           "   \r\n"
                           "P2,\" Pool \",20\r\n";
    auto read = readProjectsCsv(csv, kSource);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->projects.size(), size_t(2));
    QCOMPARE(read->projects[0].id, u"P1"_qs); // blanks around unquoted values go
    QCOMPARE(read->projects[0].title, u"Park"_qs);
    QCOMPARE(read->projects[1].title, u" Pool "_qs); // quoted ones stay
    QCOMPARE(read->lines, (std::vector<int> {4, 7}));
}

void TestProjectCsv::readsCosts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents"); // -1: refused
    QTest::addColumn<QString>("message");
    auto ok = [](const char *name, const QString &text, qint64 cents) {
        QTest::newRow(name) << text << cents << QString();
    };
    auto bad = [](const char *name, const QString &text, const QString &message) {
        QTest::newRow(name) << text << qint64(-1) << message;
    };
    ok("plain", u"150000"_qs, 15'000'000);
    ok("spaces", u"150 000"_qs, 15'000'000);
    ok("no-break space", u"150\u00a0000"_qs, 15'000'000);
    ok("narrow no-break space", u"1\u202f500\u202f000"_qs, 150'000'000);
    ok("commas", u"150,000"_qs, 15'000'000);
    ok("millions", u"1,234,567.89"_qs, 123'456'789);
    ok("zero cents", u"150000.00"_qs, 15'000'000);
    ok("more zeros", u"150000.000"_qs, 15'000'000);
    ok("cents", u"1500.50"_qs, 150'050);
    ok("one decimal", u"1500.5"_qs, 150'050);
    ok("one cent", u"0.01"_qs, 1);
    ok("blanks around", u"  42  "_qs, 4'200);
    bad("letter O", u"12O00"_qs, u"\"12O00\" is not an amount"_qs);
    bad("currency sign", u"€100"_qs, u"is not an amount"_qs);
    bad("negative", u"-100"_qs, u"is not an amount"_qs);
    bad("German decimals", u"1.234,50"_qs, u"write decimals after a '.'"_qs);
    bad("decimal comma", u"1234,50"_qs, u"write decimals after a '.'"_qs);
    bad("decimal comma short", u"12,5"_qs, u"write decimals after a '.'"_qs);
    bad("two dots", u"1.234.567"_qs, u"write decimals after a '.'"_qs);
    bad("bad groups", u"1,23,456"_qs, u"write decimals after a '.'"_qs);
    bad("mixed groups", u"1 234,567"_qs, u"write decimals after a '.'"_qs);
    bad("dot thousands", u"1.234"_qs, u"more than two decimals"_qs);
    bad("fraction of a cent", u"10.005"_qs, u"more than two decimals"_qs);
    bad("zero", u"0"_qs, u"more than zero"_qs);
    bad("zero cents only", u"0.00"_qs, u"more than zero"_qs);
    bad("too large", u"99999999999999999999"_qs, u"too large"_qs);
    bad("too large for cents", u"92233720368547758"_qs, u"too large"_qs);
    bad("only a fraction", u".50"_qs, u"is not an amount"_qs);
    bad("exponent", u"1e6"_qs, u"is not an amount"_qs);
}

void TestProjectCsv::readsCosts()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    QFETCH(QString, message);
    const QByteArray csv = "id,title,cost\r\nP1,Park,\"" + text.toUtf8() + "\"\r\n";
    auto read = readProjectsCsv(csv, kSource);
    if (cents >= 0) {
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->projects.at(0).cost, int64_t(cents));
        // And the writer's form reads back the same.
        Round r;
        r.projects = read->projects;
        auto again = readProjectsCsv(writeProjectsCsv(r, {}), kSource);
        QVERIFY(again.ok());
        QCOMPARE(again->projects.at(0).cost, int64_t(cents));
    } else {
        QVERIFY2(!read.ok(), qPrintable(text));
        QVERIFY2(read.error().startsWith(u"projects.csv line 2, column \"cost\": "_qs), qPrintable(read.error()));
        QVERIFY2(read.error().contains(message), qPrintable(read.error()));
    }
}

void TestProjectCsv::malformedNamesLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("where"); // the start of the message
    QTest::addColumn<QString>("what"); // a part of the reason
    auto row = [](const char *name, const QByteArray &csv, const QString &where, const QString &what) {
        QTest::newRow(name) << csv << where << what;
    };
    row("empty file", "", u"projects.csv line 1: "_qs, u"no header"_qs);
    row("only blank lines", "\r\n\r\n", u"projects.csv line 3: "_qs, u"no header"_qs);
    row("unknown column", "id,title,cost,budget\r\nP1,A,5,7\r\n", u"projects.csv line 1, column \"budget\": "_qs,
        u"unknown column"_qs);
    row("no header", "P1,Park,100\r\n", u"projects.csv line 1, column \"P1\": "_qs, u"first line must name"_qs);
    row("duplicate column", "id,Title,cost,title\r\n", u"projects.csv line 1, column \"title\": "_qs,
        u"columns 2 and 4"_qs);
    row("duplicate translation column", "id,title,cost,title:es,TITLE:ES\r\n",
        u"projects.csv line 1, column \"TITLE:ES\": "_qs, u"appears twice"_qs);
    row("missing cost column", "id,title,description\r\nP1,A,B\r\n", u"projects.csv line 1, column \"cost\": "_qs,
        u"required"_qs);
    row("missing id column", "\r\ntitle,cost\r\nA,5\r\n", u"projects.csv line 2, column \"id\": "_qs, u"required"_qs);
    row("bad language", "id,title,cost,title:spanish\r\n", u"projects.csv line 1, column \"title:spanish\": "_qs,
        u"not a language code"_qs);
    row("description translation alone", "id,title,cost,description:es\r\n",
        u"projects.csv line 1, column \"description:es\": "_qs, u"title:es"_qs);
    row("description translation without title",
        "id,title,cost,title:es,description:es\r\nP1,A,5,Uno,Uno\r\nP2,B,6,,Dos\r\n",
        u"projects.csv line 3, column \"description:es\": "_qs, u"without a title"_qs);
    row("duplicate id", "id,title,cost\r\nP1,A,5\r\nP2,B,5\r\n\r\nP1,C,5\r\n",
        u"projects.csv line 5, column \"id\": "_qs, u"already on line 2"_qs);
    row("missing id", "id,title,cost\r\nP1,A,5\r\n,B,5\r\n", u"projects.csv line 3, column \"id\": "_qs, u"missing"_qs);
    row("missing title", "id,title,cost\r\nP1,\"  \",5\r\n", u"projects.csv line 2, column \"title\": "_qs,
        u"missing"_qs);
    row("short row", "id,title,cost\r\nP1,A\r\n", u"projects.csv line 2, column \"cost\": "_qs, u"missing"_qs);
    row("bad cost", "id,title,cost\r\nP1,A,5\r\nP2,B,5\r\nP3,C,5\r\nP4,D,5\r\nP5,E,5\r\nP7,G,12O00\r\n",
        u"projects.csv line 7, column \"cost\": "_qs, u"\"12O00\" is not an amount"_qs);
    row("unknown status", "id,title,cost,status\r\nP1,A,5,approved\r\n", u"projects.csv line 2, column \"status\": "_qs,
        u"\"approved\" is not a status"_qs);
    row("unclosed quote", "id,title,cost\r\nP1,\"Park,5\r\nP2,B,6\r\n", u"projects.csv line 2, column \"title\": "_qs,
        u"not closed"_qs);
    row("text after quote", "id,title,cost\r\nP1,\"Park\" North,5\r\n", u"projects.csv line 2, column \"title\": "_qs,
        u"after the closing quote"_qs);
    row("value beyond header", "id,title,cost\r\nP1,A,5,extra\r\n", u"projects.csv line 2, column 4: "_qs,
        u"beyond the last column"_qs);
    row("value under unnamed column", "id,,title,cost\r\nP1,x,A,5\r\n", u"projects.csv line 2, column 2: "_qs,
        u"no name"_qs);
    row("not UTF-8",
        "id,title,cost\r\nP1,\xA3\xB1"
        "awki,5\r\n",
        u"projects.csv line 2, column \"title\": "_qs, u"not UTF-8"_qs);
    row("truncated UTF-8", "id,title,cost\r\nP1,\xC5,5\r\n", u"projects.csv line 2, column \"title\": "_qs,
        u"not UTF-8"_qs);
    row("control character", QByteArray("id,title,cost\r\nP1,A") + '\0' + QByteArray("B,5\r\n"),
        u"projects.csv line 2, column \"title\": "_qs, u"control character"_qs);
    // A value spanning lines moves the following lines' numbers.
    row("after multi-line value", "id,title,description,cost\r\nP1,A,\"one\r\ntwo\nthree\",5\r\nP2,B,,x\r\n",
        u"projects.csv line 5, column \"cost\": "_qs, u"\"x\" is not an amount"_qs);
    row("semicolon file", "id;title;cost\r\nP1;A;5,5\r\n", u"projects.csv line 2, column \"cost\": "_qs,
        u"write decimals after a '.'"_qs);
    row("id across lines", "id,title,cost\r\n\"P\n1\",A,5\r\n", u"projects.csv line 2, column \"id\": "_qs,
        u"several lines"_qs);
}

void TestProjectCsv::malformedNamesLineAndColumn()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, where);
    QFETCH(QString, what);
    const QString error = errorOf(csv);
    QVERIFY2(!error.isEmpty(), "accepted");
    QVERIFY2(error.startsWith(where), qPrintable(error));
    QVERIFY2(error.contains(what), qPrintable(error));
}

void TestProjectCsv::refusesMoreThanMaxRows()
{
    QByteArray csv = "id,title,cost\n";
    csv.reserve(formats::MaxProjectsCsvRows * 16);
    for (int i = 1; i <= formats::MaxProjectsCsvRows; ++i)
        csv += "P" + QByteArray::number(i) + ",T,1\n";
    auto read = readProjectsCsv(csv, kSource);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->projects.size(), size_t(formats::MaxProjectsCsvRows));
    csv += "\nP65536,T,1\n"; // after a blank line: line 65,538
    const QString error = errorOf(csv);
    QVERIFY2(error.startsWith(u"projects.csv line 65538: more than 65,535 projects"_qs), qPrintable(error));
}

void TestProjectCsv::refusesFileOver16MiB()
{
    QByteArray csv = "id,title,description,cost\nP1,A,\"";
    const qsizetype description = formats::MaxProjectsCsvBytes - csv.size() - 4;
    csv += QByteArray(description, 'x');
    csv += "\",5\n";
    QCOMPARE(csv.size(), formats::MaxProjectsCsvBytes);
    auto read = readProjectsCsv(csv, kSource);
    QVERIFY2(read.ok(), qPrintable(read.error())); // exactly 16 MiB is fine
    QCOMPARE(read->projects.at(0).description.size(), description);
    csv.insert(csv.size() - 4, 'x');
    const QString error = errorOf(csv);
    QVERIFY2(error.startsWith(u"projects.csv is larger than 16 MiB"_qs), qPrintable(error));
}

void TestProjectCsv::survivesHostileInput()
{
    // Millions of empty values: one empty record, not millions of kept values.
    auto commas = readProjectsCsv(QByteArray("id,title,cost\n" + QByteArray(8 * 1024 * 1024, ',')), kSource);
    QVERIFY2(commas.ok(), qPrintable(commas.error()));
    QVERIFY(commas->projects.empty());
    QString error = errorOf("id,title,cost\nP1,A,5" + QByteArray(8 * 1024 * 1024, ',') + "x\n");
    QVERIFY2(error.startsWith(u"projects.csv line 2, column 8388611: "_qs), qPrintable(error));
    // A 4 MiB column name is named in the message, but cut short.
    error = errorOf(QByteArray(4 * 1024 * 1024, 'a') + ",b,c");
    QVERIFY2(error.contains(u"unknown column"_qs), qPrintable(error.left(200)));
    QVERIFY(error.size() < 1000);
    error = errorOf(QByteArray(8 * 1024 * 1024 + 1, '"'));
    QVERIFY2(error.startsWith(u"projects.csv line 1, column 1: "_qs), qPrintable(error.left(200)));
    QVERIFY(error.size() < 1000);
    // More columns than any header needs (each language takes two).
    QByteArray manyColumns = "id,title,cost";
    for (char a = 'a'; a <= 'z'; ++a) {
        for (char b = 'a'; b <= 'z'; ++b)
            manyColumns += QByteArray(",title:x") + a + b + ",description:x" + a + b;
    }
    error = errorOf(manyColumns + "\nP1,A,5\n");
    QVERIFY2(error.startsWith(u"projects.csv line 1, column 1025: the header has more than 1024 columns"_qs),
        qPrintable(error));
    // Random bytes and random arrangements of the special characters: never a crash.
    QRandomGenerator random(20270401);
    const char alphabet[] = {'"', ',', ';', '\r', '\n', ' ', 'a', '1', '.', '\xC5', '\x82', '\0', ':'};
    for (int round = 0; round < 3000; ++round) {
        QByteArray csv = round % 2 ? QByteArray("id,title,cost,status,title:es,description:es\n") : QByteArray();
        const int length = int(random.bounded(400));
        for (int i = 0; i < length; ++i)
            csv += round % 3 == 0 ? char(random.bounded(256)) : alphabet[random.bounded(int(sizeof alphabet))];
        auto read = readProjectsCsv(csv, kSource);
        if (!read.ok())
            QVERIFY2(read.error().startsWith(kSource + u' '), qPrintable(read.error()));
    }
}

void TestProjectCsv::cliImportThenExportGivesSameBytes()
{
    const int64_t roundId = createDraftRound();
    QVERIFY(roundId > 0);
    const QByteArray original = writeProjectsCsv(awkwardRound(), awkwardTranslations());
    const QString in = m_dir->filePath(u"in.csv"_qs);
    const QString out = m_dir->filePath(u"out.csv"_qs);
    QVERIFY(writeFile(in, original));
    const QString round = QString::number(roundId);

    const CliRun imported
        = runCli(cli::projectCommand, dbPath(), {u"import"_qs, u"--round"_qs, round, u"--csv"_qs, in});
    QVERIFY2(imported.exitCode == cli::ExitOk, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(u"Imported 7 projects into round "_qs + round), qPrintable(imported.out));

    const CliRun exported
        = runCli(cli::projectCommand, dbPath(), {u"export"_qs, u"--round"_qs, round, u"--csv"_qs, out});
    QVERIFY2(exported.exitCode == cli::ExitOk, qPrintable(exported.err));
    QCOMPARE(readFile(out), original);

    // The store holds the same round: four on the ballot, three off it, all translations.
    auto st = store::BallotStore::open(dbPath());
    QVERIFY2(st.ok(), qPrintable(st.error()));
    auto r = (*st)->round(roundId);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->projects, awkwardRound().projects);
    QCOMPARE(r->offBallot, awkwardRound().offBallot);
    auto t = (*st)->projectTranslations(roundId);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QVERIFY(*t == awkwardTranslations());
}

void TestProjectCsv::cliImportPrintsCountAsJson()
{
    const int64_t roundId = createDraftRound();
    QVERIFY(roundId > 0);
    const QString in = m_dir->filePath(u"in.csv"_qs);
    QVERIFY(writeFile(in, "id;title;cost;status\nA;Park;1 000;\nB;Pool;2 000;withdrawn\n"));
    const CliRun r = runCli(
        cli::projectCommand, dbPath(), {u"import"_qs, u"--round"_qs, QString::number(roundId), u"--csv"_qs, in}, true);
    QVERIFY2(r.exitCode == cli::ExitOk, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"\"imported\": 2"_qs), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"\"ballot\": 1"_qs), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"\"off_ballot\": 1"_qs), qPrintable(r.out));

    const CliRun help = runCli(cli::projectCommand, dbPath(), {u"import"_qs, u"--help"_qs});
    QCOMPARE(help.exitCode, cli::ExitOk);
    QVERIFY2(help.out.contains(u"--csv"_qs) && help.out.contains(u"--round"_qs), qPrintable(help.out));
    const CliRun usage = runCli(cli::projectCommand, dbPath(), {u"export"_qs, u"--round"_qs, u"1"_qs});
    QCOMPARE(usage.exitCode, cli::ExitUsage);
    QVERIFY2(usage.err.contains(u"--csv"_qs), qPrintable(usage.err));
}

void TestProjectCsv::cliImportWithBadRowAddsNothing()
{
    const int64_t roundId = createDraftRound();
    QVERIFY(roundId > 0);
    const QString round = QString::number(roundId);
    const QString in = m_dir->filePath(u"bad.csv"_qs);
    // Row 3 is in a district the round does not have: the file is read fine, the round refuses it.
    QVERIFY(writeFile(in,
        "id,title,cost,district,title:es\r\n"
        "P1,Park,100,north,Parque\r\n"
        "P2,Pool,100,south,Piscina\r\n"
        "P3,Trees,100,,\r\n"));
    const CliRun r = runCli(cli::projectCommand, dbPath(), {u"import"_qs, u"--round"_qs, round, u"--csv"_qs, in});
    QCOMPARE(r.exitCode, cli::ExitFailed);
    QVERIFY2(r.err.contains(in + u" line 3: "_qs), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"south"_qs), qPrintable(r.err));

    // An id the round already has: nothing of the file is added either.
    QVERIFY(writeFile(in, "id,title,cost\r\nP9,Nine,100\r\n"));
    QCOMPARE(runCli(cli::projectCommand, dbPath(), {u"import"_qs, u"--round"_qs, round, u"--csv"_qs, in}).exitCode,
        cli::ExitOk);
    QVERIFY(writeFile(in, "id,title,cost\r\nP8,Eight,100\r\nP9,Nine again,100\r\n"));
    const CliRun twice = runCli(cli::projectCommand, dbPath(), {u"import"_qs, u"--round"_qs, round, u"--csv"_qs, in});
    QCOMPARE(twice.exitCode, cli::ExitFailed);
    QVERIFY2(twice.err.contains(in + u" line 3: "_qs), qPrintable(twice.err));

    auto st = store::BallotStore::open(dbPath());
    QVERIFY2(st.ok(), qPrintable(st.error()));
    auto after = (*st)->round(roundId);
    QVERIFY(after.ok());
    QCOMPARE(after->projects.size(), size_t(1));
    QCOMPARE(after->projects[0].id, u"P9"_qs);
    QVERIFY(after->offBallot.empty());
    auto t = (*st)->projectTranslations(roundId);
    QVERIFY(t.ok());
    QVERIFY(t->empty());
}

void TestProjectCsv::cliImportReportsReaderErrors()
{
    const int64_t roundId = createDraftRound();
    QVERIFY(roundId > 0);
    const QString in = m_dir->filePath(u"typo.csv"_qs);
    QVERIFY(writeFile(in, "id,title,cost\nP1,Park,100\nP2,Pool,12O00\n"));
    const CliRun r = runCli(
        cli::projectCommand, dbPath(), {u"import"_qs, u"--round"_qs, QString::number(roundId), u"--csv"_qs, in});
    QCOMPARE(r.exitCode, cli::ExitFailed);
    QVERIFY2(r.err.contains(in + u" line 3, column \"cost\": \"12O00\" is not an amount"_qs), qPrintable(r.err));
    const CliRun missing = runCli(cli::projectCommand, dbPath(),
        {u"import"_qs, u"--round"_qs, QString::number(roundId), u"--csv"_qs, m_dir->filePath(u"none.csv"_qs)});
    QCOMPARE(missing.exitCode, cli::ExitFailed);
    QVERIFY2(missing.err.contains(u"none.csv"_qs), qPrintable(missing.err));

    QVERIFY(writeFile(in, "id,title,cost\r\n\r\n"));
    const CliRun empty = runCli(
        cli::projectCommand, dbPath(), {u"import"_qs, u"--round"_qs, QString::number(roundId), u"--csv"_qs, in});
    QCOMPARE(empty.exitCode, cli::ExitFailed);
    QVERIFY2(empty.err.contains(u"lists no projects"_qs), qPrintable(empty.err));

    auto st = store::BallotStore::open(dbPath());
    QVERIFY(st.ok());
    auto after = (*st)->round(roundId);
    QVERIFY(after.ok());
    QVERIFY(after->projects.empty());
}

void TestProjectCsv::storeAddProjectsIsAllOrNothing()
{
    const int64_t roundId = createDraftRound();
    QVERIFY(roundId > 0);
    auto st = store::BallotStore::open(dbPath());
    QVERIFY2(st.ok(), qPrintable(st.error()));
    auto read = readProjectsCsv("id,title,cost,district,title:es\r\n"
                                "P1,Park,100,north,Parque\r\n"
                                "P2,Pool,100,nowhere,Piscina\r\n",
        kSource);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QVERIFY(!(*st)->addProjects(roundId, read->projects, read->translations).ok());
    auto after = (*st)->round(roundId);
    QVERIFY(after.ok());
    QVERIFY(after->projects.empty());
    auto t = (*st)->projectTranslations(roundId);
    QVERIFY(t.ok());
    QVERIFY(t->empty());
}

QTEST_GUILESS_MAIN(TestProjectCsv)
#include "TestProjectCsv.moc"
