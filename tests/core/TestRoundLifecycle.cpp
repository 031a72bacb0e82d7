// Round lifecycle: exactly the documented transitions are allowed, every other pair is
// refused with a message naming both states; Round::validate names each problem.
#include "model/Round.h"

#include <QtTest>

#include <functional>

using namespace pbvote;

Q_DECLARE_METATYPE(pbvote::RoundState)

namespace {

const RoundState AllStates[] = {RoundState::Draft, RoundState::Open, RoundState::Suspended, RoundState::Closed,
                                RoundState::Tallied};

bool documentedAllowed(RoundState from, RoundState to)
{
    using S = RoundState;
    static const std::pair<S, S> allowed[] = {{S::Draft, S::Open},     {S::Open, S::Suspended},
                                              {S::Suspended, S::Open}, {S::Open, S::Closed},
                                              {S::Suspended, S::Closed}, {S::Closed, S::Tallied}};
    for (const auto &[f, t] : allowed) {
        if (f == from && t == to)
            return true;
    }
    return false;
}

Round validRound()
{
    Round r;
    r.name = u"Spring round"_qs;
    r.budget = 1000;
    r.districts.push_back({u"N"_qs, u"North"_qs, 500});
    r.projects.push_back({u"P1"_qs, u"Benches"_qs, QString(), 100, QString(), QString()});
    r.projects.push_back({u"P2"_qs, u"Trees"_qs, QString(), 200, QString(), u"N"_qs});
    return r;
}

using Mutation = std::function<void(Round &)>;

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestRoundLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data();
    void transitions();
    void stateNamesRoundTrip();
    void validRoundPasses();
    void validateNamesTheProblem_data();
    void validateNamesTheProblem();
};

void TestRoundLifecycle::transitions_data()
{
    QTest::addColumn<RoundState>("from");
    QTest::addColumn<RoundState>("to");
    QTest::addColumn<bool>("allowed");
    int allowedCount = 0;
    for (RoundState from : AllStates) {
        for (RoundState to : AllStates) {
            const bool allowed = documentedAllowed(from, to);
            allowedCount += allowed ? 1 : 0;
            QTest::addRow("%s -> %s", qPrintable(roundStateName(from)), qPrintable(roundStateName(to)))
                << from << to << allowed;
        }
    }
    Q_ASSERT(allowedCount == 6);
}

void TestRoundLifecycle::transitions()
{
    QFETCH(RoundState, from);
    QFETCH(RoundState, to);
    QFETCH(bool, allowed);
    const Status s = checkTransition(from, to);
    if (allowed) {
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QVERIFY(s.error().isEmpty());
        return;
    }
    QVERIFY2(!s.ok(), "a forbidden transition was allowed");
    QVERIFY2(s.error().contains(roundStateName(from)), qPrintable(s.error()));
    QVERIFY2(s.error().contains(roundStateName(to)), qPrintable(s.error()));
    // The message says why, after the "from X to Y:" part.
    const qsizetype colon = s.error().indexOf(u':');
    QVERIFY2(colon > 0 && s.error().mid(colon + 1).trimmed().size() > 10, qPrintable(s.error()));
    if (from == to)
        QVERIFY2(s.error().contains(u"already"_qs), qPrintable(s.error()));
    if (from == RoundState::Closed || from == RoundState::Tallied)
        QVERIFY2(from == to || s.error().contains(u"closed round"_qs), qPrintable(s.error()));
}

void TestRoundLifecycle::stateNamesRoundTrip()
{
    QSet<QString> names;
    for (RoundState s : AllStates) {
        const QString name = roundStateName(s);
        QVERIFY(!name.isEmpty());
        names.insert(name);
        QCOMPARE(parseRoundState(name), std::optional<RoundState>(s));
    }
    QCOMPARE(names.size(), 5);
    QVERIFY(!parseRoundState(u"Open"_qs).has_value());
    QVERIFY(!parseRoundState(u"archived"_qs).has_value());
    QVERIFY(!parseRoundState(QString()).has_value());
}

void TestRoundLifecycle::validRoundPasses()
{
    const Status s = validRound().validate();
    QVERIFY2(s.ok(), qPrintable(s.error()));
}

void TestRoundLifecycle::validateNamesTheProblem_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("no name") << Mutation([](Round &r) { r.name = u"  "_qs; }) << u"no name"_qs;
    QTest::newRow("negative budget") << Mutation([](Round &r) { r.budget = -1; }) << u"negative"_qs;
    QTest::newRow("currency not three letters") << Mutation([](Round &r) { r.currency = u"EURO"_qs; }) << u"EURO"_qs;
    QTest::newRow("duplicate district")
        << Mutation([](Round &r) { r.districts.push_back({u"N"_qs, u"Again"_qs, 1}); }) << u"\"N\""_qs;
    QTest::newRow("empty district id")
        << Mutation([](Round &r) { r.districts.push_back({QString(), u"Nowhere"_qs, 1}); }) << u"District id"_qs;
    QTest::newRow("negative district budget")
        << Mutation([](Round &r) { r.districts[0].budget = -5; }) << u"District N"_qs;
    QTest::newRow("duplicate project id")
        << Mutation([](Round &r) { r.projects.push_back(r.projects[0]); }) << u"\"P1\""_qs;
    QTest::newRow("empty project id")
        << Mutation([](Round &r) { r.projects[1].id.clear(); }) << u"Project id"_qs;
    QTest::newRow("zero cost") << Mutation([](Round &r) { r.projects[1].cost = 0; }) << u"P2 must cost"_qs;
    QTest::newRow("no title") << Mutation([](Round &r) { r.projects[0].title = u" "_qs; }) << u"P1 has no title"_qs;
    QTest::newRow("ballot project not on the ballot by status")
        << Mutation([](Round &r) { r.projects[0].status = ProjectStatus::Withdrawn; })
        << u"P1 is listed on the ballot, but its status says it is not"_qs;
    QTest::newRow("off-ballot project on the ballot by status")
        << Mutation([](Round &r) {
               Project extra = r.projects[1];
               extra.id = u"P9"_qs;
               r.offBallot.push_back(extra); // status still Ballot
           })
        << u"P9 is kept off the ballot, but its status says it is on the ballot"_qs;
    QTest::newRow("unknown district")
        << Mutation([](Round &r) { r.projects[1].district = u"S"_qs; }) << u"\"S\""_qs;
    QTest::newRow("negative min selections")
        << Mutation([](Round &r) { r.rules.minSelections = -1; }) << u"negative"_qs;
    QTest::newRow("min above max")
        << Mutation([](Round &r) { r.rules.minSelections = 2; r.rules.maxSelections = 1; }) << u"above the maximum"_qs;
    QTest::newRow("min above number of projects")
        << Mutation([](Round &r) { r.rules.minSelections = 3; }) << u"more than the ballot has"_qs;
    QTest::newRow("min spend over 100")
        << Mutation([](Round &r) { r.rules.kind = BallotKind::Knapsack; r.rules.minSpendPercent = 101; })
        << u"between 0 and 100"_qs;
    QTest::newRow("min spend on approval")
        << Mutation([](Round &r) { r.rules.minSpendPercent = 10; }) << u"only applies to knapsack"_qs;
    QTest::newRow("cumulative without points")
        << Mutation([](Round &r) { r.rules.kind = BallotKind::Cumulative; }) << u"number of points"_qs;
    QTest::newRow("cumulative negative per-project cap")
        << Mutation([](Round &r) {
               r.rules.kind = BallotKind::Cumulative;
               r.rules.totalPoints = 5;
               r.rules.maxPointsPerProject = -1;
           })
        << u"per project"_qs;
    QTest::newRow("points on an approval round")
        << Mutation([](Round &r) { r.rules.totalPoints = 5; }) << u"only apply to cumulative"_qs;
    QTest::newRow("must-use-all on an ordinal round")
        << Mutation([](Round &r) { r.rules.kind = BallotKind::Ordinal; r.rules.mustUseAllPoints = true; })
        << u"only apply to cumulative"_qs;
}

void TestRoundLifecycle::validateNamesTheProblem()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, fragment);
    Round r = validRound();
    mutate(r);
    const Status s = r.validate();
    QVERIFY2(!s.ok(), "a broken round was accepted");
    QVERIFY2(s.error().contains(fragment), qPrintable(u"message \""_qs + s.error() + u"\" lacks \""_qs + fragment + u"\""_qs));
}

QTEST_GUILESS_MAIN(TestRoundLifecycle)
#include "TestRoundLifecycle.moc"
