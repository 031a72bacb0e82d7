#include "formats/PabulibReader.h"
#include "formats/PabulibWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

using pbvote::counting::Instance;
using pbvote::counting::VoteType;
using pbvote::formats::readPabulib;
using pbvote::formats::readPabulibFile;
using pbvote::formats::writePabulib;

namespace {

QString pabulibDir()
{
    return QStringLiteral(PBVOTE_DATA_DIR "/pabulib");
}

QStringList sharedFiles()
{
    return QDir(pabulibDir()).entryList({QStringLiteral("*.pb")}, QDir::Files, QDir::Name);
}

pbvote::Result<Instance> parse(const QByteArray &text)
{
    return readPabulib(text, QStringLiteral("test.pb"));
}

int projectIndex(const Instance &instance, const QString &id)
{
    for (size_t i = 0; i < instance.projects.size(); ++i) {
        if (instance.projects[i].id == id)
            return int(i);
    }
    return -1;
}

QStringList idsOf(const Instance &instance, const std::vector<int> &indices)
{
    QStringList ids;
    for (int i : indices)
        ids << instance.projects[size_t(i)].id;
    return ids;
}

// Empty when equal, else the first difference.
QString difference(const Instance &a, const Instance &b)
{
    if (a.name != b.name)
        return QStringLiteral("name: %1 / %2").arg(a.name, b.name);
    if (a.budget != b.budget || a.moneyScale != b.moneyScale)
        return QStringLiteral("budget: %1e-%2 / %3e-%4").arg(a.budget).arg(a.moneyScale).arg(b.budget).arg(b.moneyScale);
    if (a.voteType != b.voteType)
        return QStringLiteral("vote type");
    if (a.meta != b.meta) {
        for (auto it = a.meta.cbegin(); it != a.meta.cend(); ++it) {
            if (b.meta.value(it.key()) != it.value())
                return QStringLiteral("meta %1: \"%2\" / \"%3\"").arg(it.key(), it.value(), b.meta.value(it.key()));
        }
        return QStringLiteral("meta keys: %1 / %2").arg(a.meta.keys().join(u','), b.meta.keys().join(u','));
    }
    if (a.projects.size() != b.projects.size())
        return QStringLiteral("project count %1 / %2").arg(a.projects.size()).arg(b.projects.size());
    for (size_t i = 0; i < a.projects.size(); ++i) {
        const auto &p = a.projects[i];
        const auto &q = b.projects[i];
        if (p.id != q.id || p.cost != q.cost || p.name != q.name || p.category != q.category
            || p.district != q.district)
            return QStringLiteral("project %1: [%2|%3|%4|%5|%6] / [%7|%8|%9|%10|%11]")
                .arg(i)
                .arg(p.id)
                .arg(p.cost)
                .arg(p.name, p.category, p.district, q.id)
                .arg(q.cost)
                .arg(q.name, q.category, q.district);
    }
    if (a.voters.size() != b.voters.size())
        return QStringLiteral("voter count %1 / %2").arg(a.voters.size()).arg(b.voters.size());
    for (size_t i = 0; i < a.voters.size(); ++i) {
        if (a.voters[i].projects != b.voters[i].projects || a.voters[i].points != b.voters[i].points)
            return QStringLiteral("voter %1").arg(i);
    }
    return QString();
}

const QByteArray kSmall = "META\n"
                          "key;value\n"
                          "num_projects;3\n"
                          "num_votes;3\n"
                          "budget;100\n"
                          "vote_type;approval\n"
                          "PROJECTS\n"
                          "project_id;cost;name\n"
                          "1;60;One\n"
                          "2;50;Two\n"
                          "10;30;Ten\n"
                          "VOTES\n"
                          "voter_id;vote\n"
                          "a;10,1\n"
                          "b;2\n"
                          "c;1,2,10\n";

} // namespace

class TestPabulibReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void readsEverySharedFile_data();
    void readsEverySharedFile();
    void sharedFilesHaveTheExpectedVoteTypes();
    void readsKnownValuesOfWieliczka();
    void keepsCumulativePoints();
    void keepsOrdinalPreferenceOrder();
    void parsesLargestFileQuickly();

    void sortsApprovalVotesByProject();
    void keepsProjectIdsAsWritten();
    void storesEveryMetaPair();
    void unquotesFields();
    void acceptsQuotedLineBreaks();
    void acceptsCrlfLineEnds();
    void skipsByteOrderMark();
    void skipsBlankLinesAndTrailingBlanks();
    void acceptsSectionNamesInAnyCase();
    void scalesDecimalAmounts_data();
    void scalesDecimalAmounts();
    void findsColumnsByName();
    void treatsNoneAsAbsent();
    void acceptsEmptyBallots();
    void acceptsDistinctVoterIds();
    void keepsLastOfRepeatedCumulativeEntries();
    void readsScoringVotes();

    void rejectsMalformedFile_data();
    void rejectsMalformedFile();
    void rejectsEmptyFile();
    void rejectsFileWithoutVotes();
    void reportsUnreadableFile();

    void roundTripsSharedFiles_data();
    void roundTripsSharedFiles();
    void roundTripsAwkwardText();
    void writesDecimalsBack();
    void correctsStaleMetaCounts();
};

void TestPabulibReader::initTestCase()
{
    QVERIFY2(QDir(pabulibDir()).exists(), qPrintable(u"data folder missing: "_qs + pabulibDir()));
    QCOMPARE(sharedFiles().size(), 31);
}

void TestPabulibReader::readsEverySharedFile_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &f : sharedFiles())
        QTest::newRow(qPrintable(f)) << f;
}

void TestPabulibReader::readsEverySharedFile()
{
    QFETCH(QString, file);
    const auto result = readPabulibFile(pabulibDir() + u'/' + file);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const Instance &instance = *result;
    QCOMPARE(instance.name, file);
    QCOMPARE(qlonglong(instance.voters.size()), instance.meta.value(u"num_votes"_qs).toLongLong());
    QCOMPARE(qlonglong(instance.projects.size()), instance.meta.value(u"num_projects"_qs).toLongLong());
    QCOMPARE(instance.moneyScale, 0);
    QCOMPARE(qlonglong(instance.budget), instance.meta.value(u"budget"_qs).toLongLong());
    QVERIFY(instance.budget > 0);

    std::set<QString> ids;
    for (const auto &p : instance.projects) {
        QVERIFY(!p.id.isEmpty());
        QVERIFY(p.cost >= 0);
        ids.insert(p.id);
    }
    QCOMPARE(ids.size(), instance.projects.size());

    const bool points = instance.voteType == VoteType::Cumulative || instance.voteType == VoteType::Scoring;
    for (const auto &v : instance.voters) {
        std::vector<int> sorted = v.projects;
        std::sort(sorted.begin(), sorted.end());
        QVERIFY(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
        for (int p : v.projects)
            QVERIFY(p >= 0 && size_t(p) < instance.projects.size());
        if (instance.voteType != VoteType::Ordinal)
            QVERIFY(sorted == v.projects);
        QCOMPARE(v.points.size(), points ? v.projects.size() : size_t(0));
    }
}

void TestPabulibReader::sharedFilesHaveTheExpectedVoteTypes()
{
    int approval = 0;
    int cumulative = 0;
    int ordinal = 0;
    for (const QString &f : sharedFiles()) {
        const auto result = readPabulibFile(pabulibDir() + u'/' + f);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        switch (result->voteType) {
        case VoteType::Approval:
            ++approval;
            break;
        case VoteType::Cumulative:
            ++cumulative;
            break;
        case VoteType::Ordinal:
            ++ordinal;
            break;
        case VoteType::Scoring:
            QFAIL("no shared file has scoring votes");
        }
    }
    QCOMPARE(approval, 27);
    QCOMPARE(cumulative, 2);
    QCOMPARE(ordinal, 2);
}

void TestPabulibReader::readsKnownValuesOfWieliczka()
{
    const auto result = readPabulibFile(pabulibDir() + u"/poland_wieliczka_2023.pb"_qs);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const Instance &w = *result;
    QCOMPARE(w.budget, int64_t(1000000));
    QCOMPARE(w.voters.size(), size_t(6586));
    QCOMPARE(w.projects.size(), size_t(64));
    QCOMPARE(w.voteType, VoteType::Approval);
    QCOMPARE(w.meta.value(u"rule"_qs), u"equalshares/add1"_qs);
    // PROJECTS: project_id;name;cost;votes;selected (name before cost)
    QCOMPARE(w.projects[0].id, u"24"_qs);
    QCOMPARE(w.projects[0].cost, int64_t(5000));
    QCOMPARE(w.projects[0].name, u"Zakup 10 fotopułapek przeciwko śmieciarzom i dzikim wysypiskom"_qs);
    // First ballot "70,20,21,25,6", kept as the set of projects in file order.
    QStringList first = idsOf(w, w.voters[0].projects);
    QStringList expected{u"70"_qs, u"20"_qs, u"21"_qs, u"25"_qs, u"6"_qs};
    std::sort(first.begin(), first.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(first, expected);
    // The vote counts in the file's own votes column agree with the ballots.
    std::vector<int> supporters(w.projects.size(), 0);
    for (const auto &v : w.voters) {
        for (int p : v.projects)
            ++supporters[size_t(p)];
    }
    QCOMPARE(supporters[0], 720);
}

void TestPabulibReader::keepsCumulativePoints()
{
    const auto result = readPabulibFile(pabulibDir() + u"/france_toulouse_2019_.pb"_qs);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const Instance &t = *result;
    QCOMPARE(t.voteType, VoteType::Cumulative);
    QCOMPARE(t.meta.value(u"max_sum_points"_qs), u"7"_qs);
    // First ballot: vote 15,22,25,10 with points 2,2,2,1.
    const auto &v = t.voters[0];
    QCOMPARE(v.projects.size(), size_t(4));
    const std::pair<const char16_t *, int64_t> expected[] = {{u"15", 2}, {u"22", 2}, {u"25", 2}, {u"10", 1}};
    for (const auto &[id, points] : expected) {
        const int p = projectIndex(t, QString::fromUtf16(id));
        QVERIFY(p >= 0);
        const auto at = std::find(v.projects.begin(), v.projects.end(), p);
        QVERIFY(at != v.projects.end());
        QCOMPARE(v.points[size_t(at - v.projects.begin())], points);
    }
}

void TestPabulibReader::keepsOrdinalPreferenceOrder()
{
    const auto result = readPabulibFile(pabulibDir() + u"/poland_krakow_2018_bienczyce.pb"_qs);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->voteType, VoteType::Ordinal);
    QCOMPARE(idsOf(*result, result->voters[0].projects), (QStringList{u"12"_qs, u"3"_qs, u"9"_qs}));
}

void TestPabulibReader::parsesLargestFileQuickly()
{
    QFile file(pabulibDir() + u"/poland_lodz_2022_.pb"_qs);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto result = readPabulib(data, file.fileName());
        best = std::min(best, timer.nsecsElapsed());
        QVERIFY(result.ok());
    }
    qInfo("poland_lodz_2022_.pb: %.1f ms, %.0f MB/s", best / 1e6, data.size() / (best / 1e9) / 1e6);
    // The target is under 40 ms; this bound only catches gross regressions on a busy machine.
    QVERIFY2(best < 400'000'000, qPrintable(QStringLiteral("%1 ms").arg(best / 1e6)));
}

void TestPabulibReader::sortsApprovalVotesByProject()
{
    const auto r = parse(kSmall);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->voters.size(), size_t(3));
    QCOMPARE(r->voters[0].projects, (std::vector<int>{0, 2}));
    QCOMPARE(r->voters[1].projects, (std::vector<int>{1}));
    QCOMPARE(r->voters[2].projects, (std::vector<int>{0, 1, 2}));
    QVERIFY(r->voters[0].points.empty());
    QCOMPARE(r->budget, int64_t(100));
    QCOMPARE(r->projects[2].cost, int64_t(30));
    QCOMPARE(r->name, u"test.pb"_qs);
}

void TestPabulibReader::keepsProjectIdsAsWritten()
{
    QByteArray text = kSmall;
    text.replace("10;30;Ten", "0010;30;Ten").replace("a;10,1", "a;0010,1").replace("c;1,2,10", "c;1,2,0010");
    const auto r = parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->projects[2].id, u"0010"_qs);
    QCOMPARE(r->voters[0].projects, (std::vector<int>{0, 2}));
    // "10" is not "0010"
    text.replace("b;2", "b;10");
    const auto bad = parse(text);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains(u"line 15"_qs), qPrintable(bad.error()));
}

void TestPabulibReader::storesEveryMetaPair()
{
    QByteArray text = kSmall;
    text.replace("vote_type;approval\n", "vote_type;approval\nmax_length;2\nmin_sum_cost;10\ncomment;a, b: c\n");
    const auto r = parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->meta.size(), 7);
    QCOMPARE(r->meta.value(u"max_length"_qs), u"2"_qs);
    QCOMPARE(r->meta.value(u"min_sum_cost"_qs), u"10"_qs);
    QCOMPARE(r->meta.value(u"comment"_qs), u"a, b: c"_qs);
    QCOMPARE(r->meta.value(u"budget"_qs), u"100"_qs);
}

void TestPabulibReader::unquotesFields()
{
    QByteArray text = kSmall;
    text.replace("1;60;One", "1;60;\"Park; \"\"Green\"\" corner\"")
        .replace("2;50;Two", "\"2\";\"50\";  \"Two\"  ")
        .replace("vote_type;approval", "vote_type;approval\n\"description\";\"A; B\"");
    const auto r = parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->projects[0].name, u"Park; \"Green\" corner"_qs);
    QCOMPARE(r->projects[1].id, u"2"_qs);
    QCOMPARE(r->projects[1].cost, int64_t(50));
    QCOMPARE(r->projects[1].name, u"Two"_qs);
    QCOMPARE(r->meta.value(u"description"_qs), u"A; B"_qs);
}

void TestPabulibReader::acceptsQuotedLineBreaks()
{
    QByteArray text = kSmall;
    text.replace("1;60;One", "1;60;\"First line\nsecond line\"");
    const auto r = parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->projects[0].name, u"First line\nsecond line"_qs);
    // Line numbers after the quoted break still match the file.
    text.replace("b;2", "b;7");
    const auto bad = parse(text);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().startsWith(u"test.pb: line 16: "_qs), qPrintable(bad.error()));
}

void TestPabulibReader::acceptsCrlfLineEnds()
{
    QByteArray text = kSmall;
    text.replace("\n", "\r\n");
    const auto r = parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const auto lf = parse(kSmall);
    QCOMPARE(difference(*r, *lf), QString());
    QCOMPARE(r->projects[0].name, u"One"_qs);
    QCOMPARE(r->meta.value(u"vote_type"_qs), u"approval"_qs);
}

void TestPabulibReader::skipsByteOrderMark()
{
    const auto r = parse(QByteArray("\xEF\xBB\xBF" + kSmall));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(difference(*r, *parse(kSmall)), QString());
}

void TestPabulibReader::skipsBlankLinesAndTrailingBlanks()
{
    QByteArray text = kSmall;
    text.replace("PROJECTS\n", "\n  \nPROJECTS  \n")
        .replace("2;50;Two", "2 ; 50 ;Two\t")
        .replace("b;2\n", "b;2 \n\n")
        .append("\n\n");
    const auto r = parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(difference(*r, *parse(kSmall)), QString());
}

void TestPabulibReader::acceptsSectionNamesInAnyCase()
{
    QByteArray text = kSmall;
    text.replace("META", "meta").replace("PROJECTS", "Projects").replace("VOTES", "votes");
    const auto r = parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(difference(*r, *parse(kSmall)), QString());
}

void TestPabulibReader::scalesDecimalAmounts_data()
{
    QTest::addColumn<QByteArray>("budget");
    QTest::addColumn<QByteArray>("cost");
    QTest::addColumn<int>("scale");
    QTest::addColumn<qint64>("budgetUnits");
    QTest::addColumn<qint64>("costUnits");
    QTest::newRow("whole") << QByteArray("100") << QByteArray("30") << 0 << qint64(100) << qint64(30);
    QTest::newRow("budget decimals") << QByteArray("1000000.50") << QByteArray("30") << 2 << qint64(100000050)
                                     << qint64(3000);
    QTest::newRow("cost decimals, comma") << QByteArray("100") << QByteArray("30,5") << 1 << qint64(1000)
                                          << qint64(305);
    QTest::newRow("both") << QByteArray("99.9") << QByteArray("0.125") << 3 << qint64(99900) << qint64(125);
}

void TestPabulibReader::scalesDecimalAmounts()
{
    QFETCH(QByteArray, budget);
    QFETCH(QByteArray, cost);
    QFETCH(int, scale);
    QFETCH(qint64, budgetUnits);
    QFETCH(qint64, costUnits);
    QByteArray text = kSmall;
    text.replace("budget;100", QByteArray("budget;" + budget)).replace("10;30;Ten", QByteArray("10;" + cost + ";Ten"));
    const auto r = parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->moneyScale, scale);
    QCOMPARE(qint64(r->budget), budgetUnits);
    QCOMPARE(qint64(r->projects[2].cost), costUnits);
    QCOMPARE(qint64(r->projects[0].cost), qint64(60) * qint64(std::pow(10, scale)));
    QCOMPARE(r->meta.value(u"budget"_qs), QString::fromLatin1(budget));
}

void TestPabulibReader::findsColumnsByName()
{
    const QByteArray text = "META\n"
                            "key;value\n"
                            "budget;500\n"
                            "vote_type;cumulative\n"
                            "PROJECTS\n"
                            "votes;name;latitude;category;cost;selected;project_id;district\n"
                            "3;Trees;50.1;greenery,sport;200;1;T1;North\n"
                            "1;Bench;50.2;;100;0;B2;\n"
                            "VOTES\n"
                            "age;points;sex;vote;voter_id;neighbourhood\n"
                            "30;1,4;F;B2,T1;v1;x\n"
                            "41;5;M;T1;v2;y\n";
    const auto r = parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->voteType, VoteType::Cumulative);
    QCOMPARE(r->projects.size(), size_t(2));
    QCOMPARE(r->projects[0].id, u"T1"_qs);
    QCOMPARE(r->projects[0].cost, int64_t(200));
    QCOMPARE(r->projects[0].name, u"Trees"_qs);
    QCOMPARE(r->projects[0].category, u"greenery,sport"_qs);
    QCOMPARE(r->projects[0].district, u"North"_qs);
    QCOMPARE(r->projects[1].district, QString());
    // Voter 1 gave B2 one point and T1 four: stored by project index.
    QCOMPARE(r->voters[0].projects, (std::vector<int>{0, 1}));
    QCOMPARE(r->voters[0].points, (std::vector<int64_t>{4, 1}));
    QCOMPARE(r->voters[1].points, (std::vector<int64_t>{5}));
}

void TestPabulibReader::treatsNoneAsAbsent()
{
    QByteArray text = kSmall;
    text.replace("project_id;cost;name", "project_id;cost;name;category")
        .replace("1;60;One", "1;60;One;None")
        .replace("2;50;Two", "2;50;None;\"None\"")
        .replace("10;30;Ten", "10;30;Ten;sport")
        .replace("b;2", "b;none");
    const auto r = parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->projects[0].category, QString());
    QCOMPARE(r->projects[1].name, QString());
    QCOMPARE(r->projects[1].category, u"None"_qs); // quoted: literally "None"
    QVERIFY(r->voters[1].projects.empty());
}

void TestPabulibReader::acceptsDistinctVoterIds()
{
    // Numbers out of order, and ids that are equal as numbers but not as text.
    QByteArray text = kSmall;
    text.replace("a;10,1", "7;10,1").replace("b;2", "007;2").replace("c;1,2,10", "3;1,2,10");
    const auto r = parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->voters.size(), size_t(3));
}

void TestPabulibReader::keepsLastOfRepeatedCumulativeEntries()
{
    const auto result = readPabulibFile(pabulibDir() + u"/poland_czestochowa_2020_.pb"_qs);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    // Line 11739: "13026;579,579,579,579;1,1,1,1;" gives project 579 one point (the last
    // entry counts, as in pabutools).
    const int p579 = projectIndex(*result, u"579"_qs);
    QVERIFY(p579 >= 0);
    int found = 0;
    for (const auto &v : result->voters) {
        if (v.projects == std::vector<int>{p579} && v.points == std::vector<int64_t>{1})
            ++found;
    }
    QVERIFY(found >= 1);

    QByteArray text = kSmall;
    text.replace("vote_type;approval", "vote_type;cumulative")
        .replace("voter_id;vote", "voter_id;vote;points")
        .replace("a;10,1", "a;10,1,10;2,1,3")
        .replace("b;2", "b;2;1")
        .replace("c;1,2,10", "c;;");
    const auto r = parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->voters[0].projects, (std::vector<int>{0, 2}));
    QCOMPARE(r->voters[0].points, (std::vector<int64_t>{1, 3}));
    // In a scoring ballot a repeated project is contradictory.
    text.replace("vote_type;cumulative", "vote_type;scoring");
    const auto scoring = parse(text);
    QVERIFY(!scoring.ok());
    QVERIFY2(scoring.error().startsWith(u"test.pb: line 14: "_qs), qPrintable(scoring.error()));
}

void TestPabulibReader::acceptsEmptyBallots()
{
    QByteArray text = kSmall;
    text.replace("b;2", "b;").replace("c;1,2,10", "c;1,,2,");
    const auto r = parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QVERIFY(r->voters[1].projects.empty());
    QCOMPARE(r->voters[2].projects, (std::vector<int>{0, 1}));
}

void TestPabulibReader::readsScoringVotes()
{
    QByteArray text = kSmall;
    text.replace("vote_type;approval", "vote_type;scoring")
        .replace("voter_id;vote", "voter_id;vote;points")
        .replace("a;10,1", "a;10,1;-2,3")
        .replace("b;2", "b;2;0")
        .replace("c;1,2,10", "c;;");
    const auto r = parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->voteType, VoteType::Scoring);
    QCOMPARE(r->voters[0].projects, (std::vector<int>{0, 2}));
    QCOMPARE(r->voters[0].points, (std::vector<int64_t>{3, -2}));
    QCOMPARE(r->voters[1].points, (std::vector<int64_t>{0}));
    QVERIFY(r->voters[2].projects.empty());
}

void TestPabulibReader::rejectsMalformedFile_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");

    const auto row = [](const char *name, QByteArray text, int line, const char16_t *reason) {
        QTest::newRow(name) << text << line << QString::fromUtf16(reason);
    };
    const auto replaced = [](const char *before, const char *after) {
        return QByteArray(kSmall).replace(before, after);
    };
    // kSmall: 1 META, 2 key;value, 3 num_projects, 4 num_votes, 5 budget, 6 vote_type,
    // 7 PROJECTS, 8 header, 9-11 projects, 12 VOTES, 13 header, 14-16 votes.
    row("unknown project in vote", replaced("b;2", "b;7"), 15, u"\"7\"");
    row("project voted twice", replaced("b;2", "b;2,2"), 15, u"twice");
    row("missing cost", replaced("2;50;Two", "2;;Two"), 10, u"no cost");
    row("non-numeric cost", replaced("2;50;Two", "2;fifty;Two"), 10, u"\"fifty\"");
    row("negative cost", replaced("2;50;Two", "2;-50;Two"), 10, u"\"-50\"");
    row("cost with two separators", replaced("2;50;Two", "2;1.000.000;Two"), 10, u"\"1.000.000\"");
    row("duplicate project id", replaced("2;50;Two", "1;50;Two"), 10, u"line 9");
    row("project id with a comma", replaced("2;50;Two", "2,5;50;Two"), 10, u"comma");
    row("empty project id", replaced("2;50;Two", ";50;Two"), 10, u"project_id");
    row("no budget", replaced("budget;100\n", "rule;greedy\n"), 1, u"budget");
    row("budget not a number", replaced("budget;100", "budget;lots"), 5, u"\"lots\"");
    row("no vote_type", replaced("vote_type;approval\n", "rule;greedy\n"), 1, u"vote_type");
    row("unknown vote_type", replaced("vote_type;approval", "vote_type;ranking"), 6, u"ranking");
    row("too many fields in a vote", replaced("b;2", "b;2;x"), 15, u"fields: 3 in this row");
    row("too few fields in a project", replaced("2;50;Two", "2;50"), 10, u"fields: 2 in this row");
    row("too many fields in META", replaced("budget;100", "budget;100;PLN"), 5, u"fields: 3 in this row");
    row("unknown section", replaced("VOTES\n", "COMMENTS\nVOTES\n"), 12, u"COMMENTS");
    row("section before META", QByteArray("HELLO\n" + kSmall), 1, u"HELLO");
    row("not a Pabulib file", "name,cost\na,1\n", 1, u"META");
    row("second section of a kind", QByteArray(kSmall + "PROJECTS\n"), 17, u"line 7");
    row("quote not closed", replaced("1;60;One", "1;60;\"One"), 9, u"not closed");
    row("text after closing quote", replaced("1;60;One", "1;60;\"One\"x"), 9, u"quote");
    row("num_votes disagrees", replaced("num_votes;3", "num_votes;4"), 4, u"num_votes");
    row("num_projects disagrees", replaced("num_projects;3", "num_projects;2"), 3, u"num_projects");
    row("duplicate META key", replaced("budget;100", "num_votes;3"), 5, u"line 4");
    row("PROJECTS without cost column", replaced("project_id;cost;name", "project_id;price;name"), 8, u"cost");
    row("PROJECTS without project_id", replaced("project_id;cost;name", "id;cost;name"), 8, u"project_id");
    row("VOTES without vote column", replaced("voter_id;vote", "voter_id;choice"), 13, u"vote");
    row("header names a column twice", replaced("project_id;cost;name", "project_id;cost;cost"), 8, u"cost");
    row("duplicate voter id", replaced("b;2", "a;2"), 15, u"line 14");
    const QByteArray numbered = QByteArray(kSmall).replace("a;10,1", "5;10,1").replace("b;2", "3;2");
    row("voter id repeats an earlier, larger one", QByteArray(numbered).replace("c;1,2,10", "5;1"), 16, u"line 14");
    row("voter id repeats one out of order", QByteArray(numbered).replace("c;1,2,10", "3;1"), 16, u"line 15");
    row("VOTES before PROJECTS",
        "META\nkey;value\nbudget;1\nvote_type;approval\nVOTES\nvoter_id;vote\nPROJECTS\nproject_id;cost\n", 5,
        u"PROJECTS");
    row("section without header", replaced("VOTES\nvoter_id;vote\na;10,1\nb;2\nc;1,2,10\n", "VOTES\n"), 12,
        u"header");
    const QByteArray cumulative = QByteArray(kSmall)
                                      .replace("vote_type;approval", "vote_type;cumulative")
                                      .replace("voter_id;vote", "voter_id;vote;points")
                                      .replace("a;10,1", "a;10,1;2,1")
                                      .replace("b;2", "b;2;3")
                                      .replace("c;1,2,10", "c;1;3");
    row("points missing for a project", QByteArray(cumulative).replace("b;2;3", "b;2,1;3"), 15, u"points");
    row("points not a number", QByteArray(cumulative).replace("b;2;3", "b;2;three"), 15, u"\"three\"");
    row("negative cumulative points", QByteArray(cumulative).replace("b;2;3", "b;2;-3"), 15, u"\"-3\"");
    row("cumulative without points column", QByteArray(cumulative).replace("voter_id;vote;points", "voter_id;vote"),
        13, u"points");
}

void TestPabulibReader::rejectsMalformedFile()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, reason);
    const auto r = parse(text);
    QVERIFY2(!r.ok(), "a malformed file was accepted");
    const QString prefix = QStringLiteral("test.pb: line %1: ").arg(line);
    QVERIFY2(r.error().startsWith(prefix), qPrintable(r.error()));
    QVERIFY2(r.error().contains(reason), qPrintable(r.error()));
}

void TestPabulibReader::rejectsEmptyFile()
{
    const auto r = parse(QByteArray());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(u"test.pb: "_qs), qPrintable(r.error()));
    QVERIFY(!parse("\xEF\xBB\xBF").ok());
    QVERIFY(!parse("\n\n").ok());
}

void TestPabulibReader::rejectsFileWithoutVotes()
{
    QByteArray text = kSmall;
    text.truncate(text.indexOf("VOTES"));
    const auto r = parse(text);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(u"VOTES"_qs), qPrintable(r.error()));
}

void TestPabulibReader::reportsUnreadableFile()
{
    const QString path = QStringLiteral("/nonexistent/folder/x.pb");
    const auto r = readPabulibFile(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(path), qPrintable(r.error()));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bad = dir.filePath(u"broken.pb"_qs);
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(kSmall).replace("b;2", "b;99"));
    f.close();
    const auto broken = readPabulibFile(bad);
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().startsWith(bad + u": line 15: "_qs), qPrintable(broken.error()));
}

void TestPabulibReader::roundTripsSharedFiles_data()
{
    readsEverySharedFile_data();
}

void TestPabulibReader::roundTripsSharedFiles()
{
    QFETCH(QString, file);
    const auto original = readPabulibFile(pabulibDir() + u'/' + file);
    QVERIFY2(original.ok(), qPrintable(original.error()));
    const QByteArray written = writePabulib(*original);
    const auto again = readPabulib(written, file);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(difference(*original, *again), QString());
    // Writing is deterministic.
    QCOMPARE(writePabulib(*again), written);
}

void TestPabulibReader::roundTripsAwkwardText()
{
    Instance i;
    i.name = u"awkward.pb"_qs;
    i.budget = 1000;
    i.voteType = VoteType::Ordinal;
    i.meta.insert(u"budget"_qs, u"1000"_qs);
    i.meta.insert(u"vote_type"_qs, u"ordinal"_qs);
    // No num_projects/num_votes: the writer does not add keys the Instance lacks.
    i.meta.insert(u"description"_qs, u"semi; colon \"quoted\"\nand a new line"_qs);
    i.meta.insert(u"padded"_qs, u"  spaces kept  "_qs);
    i.meta.insert(u"empty"_qs, QString());
    i.projects.push_back({u"a;b"_qs, 10, u"None"_qs, u"x,y"_qs, u"North"_qs});
    i.projects.push_back({u"META"_qs, 20, u"\"Quoted\" name"_qs, QString(), QString()});
    i.projects.push_back({u"Łódź-1"_qs, 0, u" leading blank"_qs, u"none"_qs, u"South"_qs});
    i.projects.push_back({u"x\"y"_qs, 5, QString(), QString(), QString()});
    i.voters.push_back({{2, 0, 1}, {}});
    i.voters.push_back({{3}, {}});
    const QByteArray written = writePabulib(i);
    const auto r = readPabulib(written, i.name);
    QVERIFY2(r.ok(), qPrintable(r.error() + u'\n' + QString::fromUtf8(written)));
    QCOMPARE(difference(i, *r), QString());
}

void TestPabulibReader::writesDecimalsBack()
{
    QByteArray text = kSmall;
    text.replace("vote_type;approval", "vote_type;cumulative")
        .replace("budget;100", "budget;100,5")
        .replace("10;30;Ten", "10;0.25;Ten")
        .replace("voter_id;vote", "voter_id;vote;points")
        .replace("a;10,1", "a;10,1;2,1")
        .replace("b;2", "b;2;3")
        .replace("c;1,2,10", "c;;");
    const auto r = parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->moneyScale, 2);
    const QByteArray written = writePabulib(*r);
    QVERIFY2(written.contains("\n1;60.00;One\n"), written.constData());
    QVERIFY2(written.contains("\n10;0.25;Ten\n"), written.constData());
    QVERIFY2(written.contains("\nbudget;100,5\n"), written.constData()); // the META value as written
    const auto again = parse(written);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(difference(*r, *again), QString());
}

void TestPabulibReader::correctsStaleMetaCounts()
{
    auto r = parse(kSmall);
    QVERIFY(r.ok());
    Instance changed = *r;
    changed.voters.pop_back();
    changed.budget = 90;
    const auto again = readPabulib(writePabulib(changed), u"test.pb"_qs);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->voters.size(), size_t(2));
    QCOMPARE(again->budget, int64_t(90));
    QCOMPARE(again->meta.value(u"num_votes"_qs), u"2"_qs);
    QCOMPARE(again->meta.value(u"budget"_qs), u"90"_qs);
}

QTEST_GUILESS_MAIN(TestPabulibReader)
#include "TestPabulibReader.moc"
