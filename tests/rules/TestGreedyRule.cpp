#include "TestInstances.h"

#include "rules/Explain.h"
#include "rules/GreedyRule.h"
#include "rules/TieBreakOrder.h"

#include <QLocale>
#include <QTest>

#include <numeric>

using namespace pbvote::counting;
using namespace pbvote::testing;

class TestGreedyRule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void skipsTooExpensiveProjectAndContinues();
    void breaksTiesByIdAsString();
    void otherTieBreakingOptions();
    void perCostRanksByVotesPerCost();
    void comparesDensitiesExactly();
    void zeroCostProjects();
    void fundsUnsupportedProjectsWhenMoneyIsLeft();
    void completesAfterEarlierStage();
    void readsCumulativeBallotsAsSets();
    void verdictsExplainEveryProject();
    void randomInstancesMatchRoundByRoundReference();
};

void TestGreedyRule::skipsTooExpensiveProjectAndContinues()
{
    Instance inst = approvalInstance(10, {{u"A", 6}, {u"B", 5}, {u"C", 4}, {u"D", 1}}, {});
    addVoters(inst, 5, {u"A"});
    addVoters(inst, 4, {u"B"});
    addVoters(inst, 3, {u"C"});
    addVoters(inst, 1, {u"D"});
    const Outcome out = greedyWelfare(inst, RuleOptions(), Satisfaction::Cost);
    QVERIFY(out.ok());
    QCOMPARE(out.rule, QStringLiteral("greedy"));
    QCOMPARE(winnerIds(inst, out), QStringList({QStringLiteral("A"), QStringLiteral("C")}));
    QCOMPARE(out.budget, 10);
    QCOMPARE(out.budgetUsed, 10);
    QCOMPARE(out.budgetLeft, 0);
    const Verdict &b = out.verdicts[1];
    QVERIFY(!b.funded);
    QCOMPARE(b.facts.value(QStringLiteral("availableAtTurn")).toLongLong(), 4);
    QCOMPARE(b.reason, QStringLiteral("Not funded: 4 votes, but it costs 5 and only 4 was left when its turn came."));
    const Verdict &c = out.verdicts[2];
    QVERIFY(c.funded);
    QCOMPARE(c.order, 2);
    QCOMPARE(c.reason, QStringLiteral("Funded 2nd: 3 votes; it cost 4 and 4 was still available."));
    QCOMPARE(out.verdicts[3].reason,
             QStringLiteral("Not funded: 1 vote, but it costs 1 and only 0 was left when its turn came."));
}

void TestGreedyRule::breaksTiesByIdAsString()
{
    // Same votes, same cost, room for one: "10" < "9" as strings.
    Instance inst = approvalInstance(6, {{u"9", 6}, {u"10", 6}, {u"100", 7}}, {});
    addVoters(inst, 3, {u"9", u"10"});
    for (Satisfaction sat : {Satisfaction::Cost, Satisfaction::Cardinality}) {
        const Outcome out = greedyWelfare(inst, RuleOptions(), sat);
        QCOMPARE(winnerIds(inst, out), QStringList({QStringLiteral("10")}));
        QCOMPARE(out.tieBreaking, QStringLiteral("lexicographic-id"));
    }
    // Code point order, not UTF-16 order: U+FF21 (fullwidth A) < U+1F600 (emoji).
    QVERIFY(compareProjectIds(QStringLiteral("\uFF21"), QString::fromUcs4(U"\U0001F600")) < 0);
    QVERIFY(QString(QStringLiteral("\uFF21")).compare(QString::fromUcs4(U"\U0001F600")) > 0);
    QVERIFY(compareProjectIds(QStringLiteral("10"), QStringLiteral("9")) < 0);
    QVERIFY(compareProjectIds(QStringLiteral("B"), QStringLiteral("a")) < 0);
    QVERIFY(compareProjectIds(QStringLiteral("ab"), QStringLiteral("a")) > 0);
    QCOMPARE(compareProjectIds(QStringLiteral("x"), QStringLiteral("x")), 0);
}

void TestGreedyRule::otherTieBreakingOptions()
{
    Instance inst = approvalInstance(10, {{u"a", 6}, {u"b", 5}, {u"c", 5}}, {});
    addVoters(inst, 2, {u"a", u"b", u"c"});
    RuleOptions lower;
    lower.tieBreak = TieBreak::LowerCost;
    // All have 2 votes: by id "a" first; by lower cost "b" then "c".
    QCOMPARE(winnerIds(inst, greedyWelfare(inst, RuleOptions(), Satisfaction::Cost)), QStringList({QStringLiteral("a")}));
    const Outcome out = greedyWelfare(inst, lower, Satisfaction::Cost);
    QCOMPARE(winnerIds(inst, out), QStringList({QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(out.tieBreaking, QStringLiteral("lower-cost"));
    TieBreak parsed = TieBreak::LexicographicId;
    QVERIFY(parseTieBreak(QStringLiteral("more-votes"), &parsed));
    QCOMPARE(parsed, TieBreak::MoreVotes);
    QVERIFY(!parseTieBreak(QStringLiteral("random"), &parsed));
    QCOMPARE(tieBreakName(TieBreak::LowerCost), QStringLiteral("lower-cost"));
}

void TestGreedyRule::perCostRanksByVotesPerCost()
{
    Instance inst = approvalInstance(110, {{u"A", 100}, {u"B", 10}, {u"C", 50}}, {});
    addVoters(inst, 10, {u"A"});
    addVoters(inst, 2, {u"B"});
    addVoters(inst, 6, {u"C"});
    // Per cost: B 0.2, C 0.12, A 0.1.
    const Outcome perCost = greedyWelfare(inst, RuleOptions(), Satisfaction::Cardinality);
    QCOMPARE(perCost.rule, QStringLiteral("greedy-per-cost"));
    QCOMPARE(winnerIds(inst, perCost), QStringList({QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(perCost.verdicts[0].facts.value(QStringLiteral("availableAtTurn")).toLongLong(), 50);
    QCOMPARE(perCost.verdicts[0].facts.value(QStringLiteral("score")).toString(), QStringLiteral("10/100"));
    // By votes: A, then C no longer fits, then B.
    const Outcome byVotes = greedyWelfare(inst, RuleOptions(), Satisfaction::Cost);
    QCOMPARE(winnerIds(inst, byVotes), QStringList({QStringLiteral("A"), QStringLiteral("B")}));
}

void TestGreedyRule::comparesDensitiesExactly()
{
    // 3 / (3e18 + 1) < 1 / 1e18 by 3e-37: equal in double precision, where the tie would go
    // to "a". Exactly, "b" comes first and "a" no longer fits.
    Instance inst = approvalInstance(3'000'000'000'000'000'001, {{u"a", 3'000'000'000'000'000'001}, {u"b", 1'000'000'000'000'000'000}}, {});
    addVoters(inst, 3, {u"a"});
    addVoters(inst, 1, {u"b"});
    const Outcome out = greedyWelfare(inst, RuleOptions(), Satisfaction::Cardinality);
    QCOMPARE(winnerIds(inst, out), QStringList({QStringLiteral("b")}));
    QCOMPARE(out.budgetLeft, 2'000'000'000'000'000'001);
}

void TestGreedyRule::zeroCostProjects()
{
    Instance inst = approvalInstance(10, {{u"A", 10}, {u"Z", 0}, {u"Y", 0}}, {});
    addVoters(inst, 3, {u"A"});
    addVoters(inst, 5, {u"Z"});
    // Cost satisfaction: a free project adds 0 satisfaction, so it comes after every project
    // with votes (pabutools: density 0), but it is still funded since it always fits.
    const Outcome byVotes = greedyWelfare(inst, RuleOptions(), Satisfaction::Cost);
    QCOMPARE(winnerIds(inst, byVotes), QStringList({QStringLiteral("A"), QStringLiteral("Y"), QStringLiteral("Z")}));
    QCOMPARE(byVotes.verdicts[1].reason, QStringLiteral("Funded 3rd: 5 votes; it costs nothing."));
    // Cardinality satisfaction: supported and free means infinite votes per cost: first.
    const Outcome perCost = greedyWelfare(inst, RuleOptions(), Satisfaction::Cardinality);
    QCOMPARE(winnerIds(inst, perCost), QStringList({QStringLiteral("Z"), QStringLiteral("A"), QStringLiteral("Y")}));
    QCOMPARE(perCost.verdicts[1].facts.value(QStringLiteral("score")).toString(), QStringLiteral("inf"));
}

void TestGreedyRule::fundsUnsupportedProjectsWhenMoneyIsLeft()
{
    Instance inst = approvalInstance(10, {{u"A", 5}, {u"U", 5}, {u"V", 6}}, {});
    addVoters(inst, 2, {u"A"});
    const Outcome out = greedyWelfare(inst, RuleOptions(), Satisfaction::Cost);
    QCOMPARE(winnerIds(inst, out), QStringList({QStringLiteral("A"), QStringLiteral("U")}));
    QVERIFY(out.verdicts[1].reason.contains(QStringLiteral("nobody voted for it")));
    QVERIFY(!out.verdicts[2].funded);
}

void TestGreedyRule::completesAfterEarlierStage()
{
    Instance inst = approvalInstance(100, {{u"A", 50}, {u"B", 40}, {u"C", 30}, {u"D", 20}}, {});
    addVoters(inst, 9, {u"A"});
    addVoters(inst, 8, {u"B"});
    addVoters(inst, 7, {u"C"});
    addVoters(inst, 1, {u"D"});
    // C was funded earlier; then A (50 of the 70 left), B no longer fits, D does.
    const Outcome out = greedyWelfare(inst, RuleOptions(), Satisfaction::Cost, {2});
    QCOMPARE(winnerIds(inst, out), QStringList({QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("D")}));
    QCOMPARE(out.budgetUsed, 100);
    QCOMPARE(out.verdicts[2].order, 1);
    QCOMPARE(out.verdicts[2].facts.value(QStringLiteral("stage")).toString(), QStringLiteral("earlier"));
    QCOMPARE(out.verdicts[0].order, 2);
    QCOMPARE(out.parameters.value(QStringLiteral("alreadyFunded")).toStringList(), QStringList({QStringLiteral("C")}));
    // An explicit budget replaces the instance's.
    const Outcome smaller = greedyWelfare(inst, RuleOptions(), Satisfaction::Cost, {}, 60);
    QCOMPARE(winnerIds(inst, smaller), QStringList({QStringLiteral("A")}));
    QCOMPARE(smaller.budget, 60);
    QCOMPARE(smaller.budgetLeft, 10);
    // An invalid earlier stage is an error, not a guess.
    QVERIFY(!greedyWelfare(inst, RuleOptions(), Satisfaction::Cost, {7}).ok());
    QVERIFY(!greedyWelfare(inst, RuleOptions(), Satisfaction::Cost, {1, 1}).ok());
}

void TestGreedyRule::readsCumulativeBallotsAsSets()
{
    // pabutools' Cost_Sat/Cardinality_Sat only ask whether a project is on the ballot.
    Instance inst = approvalInstance(10, {{u"A", 10}, {u"B", 10}}, {});
    inst.voteType = VoteType::Cumulative;
    Voter heavy;
    heavy.projects = {0};
    heavy.points = {100};
    Voter light1;
    light1.projects = {1};
    light1.points = {1};
    inst.voters = {heavy, light1, light1};
    const Outcome out = greedyWelfare(inst, RuleOptions(), Satisfaction::Cost);
    QCOMPARE(winnerIds(inst, out), QStringList({QStringLiteral("B")}));
}

void TestGreedyRule::verdictsExplainEveryProject()
{
    Instance inst = approvalInstance(400'000, {{u"P1", 120'000}, {u"P2", 300'000}, {u"P3", 500'000}}, {});
    addVoters(inst, 1234, {u"P1"});
    addVoters(inst, 900, {u"P2", u"P3"});
    const Outcome out = greedyWelfare(inst, RuleOptions(), Satisfaction::Cost);
    QCOMPARE(out.verdicts.size(), inst.projects.size());
    for (size_t p = 0; p < out.verdicts.size(); ++p) {
        QCOMPARE(out.verdicts[p].project, int(p));
        QVERIFY(!out.verdicts[p].reason.isEmpty());
        QVERIFY(out.verdicts[p].facts.contains(QStringLiteral("votes")));
        QVERIFY(out.verdicts[p].facts.contains(QStringLiteral("cost")));
    }
    QCOMPARE(out.verdicts[0].reason, QStringLiteral("Funded 1st: 1,234 votes; it cost 120,000 and 400,000 was still available."));
    QCOMPARE(out.verdicts[1].reason,
             QStringLiteral("Not funded: 900 votes, but it costs 300,000 and only 280,000 was left when its turn came."));
    QCOMPARE(out.verdicts[2].reason,
             QStringLiteral("Not funded: 900 votes, but it costs 500,000, more than the whole budget of 400,000."));
    // Amounts with decimals (moneyScale 2: units of 0.01).
    inst.moneyScale = 2;
    const Outcome scaled = greedyWelfare(inst, RuleOptions(), Satisfaction::Cost);
    QCOMPARE(scaled.verdicts[0].reason, QStringLiteral("Funded 1st: 1,234 votes; it cost 1,200.00 and 4,000.00 was still available."));
    QCOMPARE(scaled.parameters.value(QStringLiteral("moneyScale")).toInt(), 2);
}

namespace {

// Reference: pabutools' general (non-additive) scheme, round by round: among the projects
// that still fit, take one with the largest satisfaction per cost (free ones with positive
// satisfaction first), ties to the smallest id; stop when nothing fits.
std::vector<int> referenceGreedy(const Instance &inst, Satisfaction sat)
{
    using pbvote::counting::int128;
    const std::vector<int64_t> votes = supporterCounts(inst);
    const std::vector<int> rank = tieBreakRanks(inst, TieBreak::LexicographicId);
    struct Score
    {
        bool infinite;
        int128 num;
        int128 den;
    };
    auto score = [&](size_t p) {
        const int64_t cost = inst.projects[p].cost;
        const int128 total = sat == Satisfaction::Cost ? int128(votes[p]) * cost : int128(votes[p]);
        if (total > 0 && cost == 0)
            return Score{true, 0, 1};
        return Score{false, total, cost == 0 ? 1 : int128(cost)};
    };
    std::vector<char> taken(inst.projects.size(), 0);
    std::vector<int> winners;
    int64_t left = inst.budget;
    while (true) {
        int best = -1;
        for (size_t p = 0; p < inst.projects.size(); ++p) {
            if (taken[p] || inst.projects[p].cost > left)
                continue;
            if (best < 0) {
                best = int(p);
                continue;
            }
            const Score a = score(p);
            const Score b = score(size_t(best));
            int cmp = 0; // a vs b
            if (a.infinite || b.infinite)
                cmp = int(a.infinite) - int(b.infinite);
            else if (a.num * b.den != b.num * a.den)
                cmp = a.num * b.den > b.num * a.den ? 1 : -1;
            if (cmp > 0 || (cmp == 0 && rank[p] < rank[size_t(best)]))
                best = int(p);
        }
        if (best < 0)
            break;
        taken[size_t(best)] = 1;
        winners.push_back(best);
        left -= inst.projects[size_t(best)].cost;
    }
    return winners;
}

} // namespace

void TestGreedyRule::randomInstancesMatchRoundByRoundReference()
{
    QRandomGenerator rng(20240611);
    for (int round = 0; round < 300; ++round) {
        const bool smallCosts = round % 2 == 0;
        Instance inst = randomInstance(rng, 2 + int(rng.bounded(25)), 1 + int(rng.bounded(40)), smallCosts ? 1 : 1000,
                                       smallCosts ? 6 : 1'000'000, round % 3 == 0);
        for (Satisfaction sat : {Satisfaction::Cost, Satisfaction::Cardinality}) {
            const Outcome out = greedyWelfare(inst, RuleOptions(), sat);
            QVERIFY(out.ok());
            QCOMPARE(out.winners, referenceGreedy(inst, sat));
            int64_t used = 0;
            for (int p : out.winners)
                used += inst.projects[size_t(p)].cost;
            QCOMPARE(out.budgetUsed, used);
            QVERIFY(used <= inst.budget);
            QCOMPARE(out.budgetLeft, inst.budget - used);
            // Exhaustive: nothing left out would still fit.
            for (const Verdict &v : out.verdicts) {
                if (!v.funded)
                    QVERIFY2(inst.projects[size_t(v.project)].cost > out.budgetLeft, qPrintable(v.reason));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestGreedyRule)
#include "TestGreedyRule.moc"
