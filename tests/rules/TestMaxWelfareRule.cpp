#include "TestInstances.h"

#include "rules/Explain.h"
#include "rules/MaxWelfareRule.h"
#include "rules/TieBreakOrder.h"

#include <QLocale>
#include <QTest>

using namespace pbvote::counting;
using namespace pbvote::testing;

class TestMaxWelfareRule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void findsBestCombinationGreedyMisses();
    void prefersSmallestIdAmongBestCombinations();
    void neverFundsProjectsThatAddNothing();
    void equalsBruteForceOnSmallInstances_data();
    void equalsBruteForceOnSmallInstances();
    void refusesInstanceTooLargeToSolveExactly();
};

void TestMaxWelfareRule::findsBestCombinationGreedyMisses()
{
    // Greedy by votes takes A (10 votes) and nothing else fits; B + C give
    // 9*5 + 8*5 = 85 > 10*6 = 60.
    Instance inst = approvalInstance(10, {{u"A", 6}, {u"B", 5}, {u"C", 5}}, {});
    addVoters(inst, 10, {u"A"});
    addVoters(inst, 9, {u"B"});
    addVoters(inst, 8, {u"C"});
    const Outcome out = maxWelfare(inst, RuleOptions());
    QVERIFY(out.ok());
    QCOMPARE(out.rule, QStringLiteral("max-welfare"));
    QCOMPARE(winnerIds(inst, out), QStringList({QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(out.parameters.value(QStringLiteral("welfare")).toString(), QStringLiteral("85"));
    QCOMPARE(out.budgetUsed, 10);
    QVERIFY(out.verdicts[1].reason.startsWith(QStringLiteral("Funded: 9 votes for 5.")));
    QVERIFY(out.verdicts[0].reason.contains(QStringLiteral("does not include it")));
}

void TestMaxWelfareRule::prefersSmallestIdAmongBestCombinations()
{
    // {10, 9} and {8, 7}: both 2*(3+3) = 12 = 2*(2+4); "10" comes first as a string.
    Instance inst = approvalInstance(6, {{u"9", 3}, {u"10", 3}, {u"7", 2}, {u"8", 4}}, {});
    addVoters(inst, 2, {u"9", u"10", u"7", u"8"});
    QCOMPARE(winnerIds(inst, maxWelfare(inst, RuleOptions())), QStringList({QStringLiteral("10"), QStringLiteral("9")}));
    RuleOptions lower;
    lower.tieBreak = TieBreak::LowerCost;
    // Cheapest first: "7" (2), then "8" must complete the best set.
    QCOMPARE(winnerIds(inst, maxWelfare(inst, lower)), QStringList({QStringLiteral("7"), QStringLiteral("8")}));

    // Equally good sets with different vote counts, solved by branch and bound (costs in
    // millions, gcd 1): {A, one} = 2*3e6 + 1 = {B, one} = 3*2e6 + 1. The search meets
    // {B, one} first (B has more votes per unit of cost); "A" < "B" must still win.
    Instance big = approvalInstance(3'000'001, {{u"A", 3'000'000}, {u"B", 2'000'000}, {u"one", 1}}, {});
    addVoters(big, 2, {u"A"});
    addVoters(big, 3, {u"B"});
    addVoters(big, 1, {u"one"});
    const Outcome out = maxWelfare(big, RuleOptions());
    QCOMPARE(out.parameters.value(QStringLiteral("method")).toString(), QStringLiteral("branch-and-bound"));
    QCOMPARE(winnerIds(big, out), QStringList({QStringLiteral("A"), QStringLiteral("one")}));
    QCOMPARE(out.parameters.value(QStringLiteral("welfare")).toString(), QStringLiteral("6000001"));
}

void TestMaxWelfareRule::neverFundsProjectsThatAddNothing()
{
    Instance inst = approvalInstance(100, {{u"A", 10}, {u"Free", 0}, {u"Nobody", 5}, {u"Huge", 101}}, {});
    addVoters(inst, 3, {u"A", u"Free", u"Huge"});
    const Outcome out = maxWelfare(inst, RuleOptions());
    QCOMPARE(winnerIds(inst, out), QStringList({QStringLiteral("A")}));
    QVERIFY(out.verdicts[1].reason.contains(QStringLiteral("costs nothing")));
    QCOMPARE(out.verdicts[2].reason, QStringLiteral("Not funded: nobody voted for it."));
    QVERIFY(out.verdicts[3].reason.contains(QStringLiteral("more than the whole budget of 100")));
}

namespace {

using pbvote::counting::int128;

// Every subset; the best by welfare, then by preference: the first project in tie-breaking
// order that one best set has and the other lacks decides. Zero-welfare projects excluded.
std::vector<int> bruteForce(const Instance &inst, int128 *best)
{
    const size_t n = inst.projects.size();
    const std::vector<int64_t> votes = supporterCounts(inst);
    const std::vector<int> rank = tieBreakRanks(inst, TieBreak::LexicographicId);
    std::vector<int> byRank(n);
    for (size_t p = 0; p < n; ++p)
        byRank[size_t(rank[p])] = int(p);
    *best = -1;
    uint32_t bestMask = 0;
    for (uint32_t mask = 0; mask < (1u << n); ++mask) {
        int128 cost = 0;
        int128 welfare = 0;
        bool useless = false;
        for (size_t p = 0; p < n; ++p) {
            if (mask & (1u << p)) {
                cost += inst.projects[p].cost;
                welfare += int128(votes[p]) * inst.projects[p].cost;
                useless = useless || votes[p] == 0 || inst.projects[p].cost == 0;
            }
        }
        if (useless || cost > inst.budget)
            continue;
        bool better = welfare > *best;
        if (welfare == *best) {
            for (int p : byRank) {
                const bool inNew = mask & (1u << p);
                const bool inOld = bestMask & (1u << p);
                if (inNew != inOld) {
                    better = inNew;
                    break;
                }
            }
        }
        if (better) {
            *best = welfare;
            bestMask = mask;
        }
    }
    std::vector<int> winners;
    for (int p : byRank) {
        if (bestMask & (1u << p))
            winners.push_back(p);
    }
    return winners;
}

} // namespace

void TestMaxWelfareRule::equalsBruteForceOnSmallInstances_data()
{
    QTest::addColumn<int64_t>("minCost");
    QTest::addColumn<int64_t>("maxCost");
    QTest::addColumn<int64_t>("scale");
    QTest::addColumn<QString>("method");
    // Small costs: many ties, solved by the table over costs.
    QTest::newRow("small costs") << int64_t(1) << int64_t(8) << int64_t(1) << QStringLiteral("dynamic-programming");
    // Large costs with gcd 1: too many capacities for a table, branch and bound.
    QTest::newRow("large costs") << int64_t(1'000'000) << int64_t(9'000'000) << int64_t(1)
                                 << QStringLiteral("branch-and-bound");
    // Small costs times a million, plus one project costing 1 (so the gcd is 1): branch
    // and bound with many equally good sets, where the preferred one must be found.
    QTest::newRow("large costs with ties") << int64_t(1) << int64_t(8) << int64_t(1'000'000)
                                           << QStringLiteral("branch-and-bound");
}

void TestMaxWelfareRule::equalsBruteForceOnSmallInstances()
{
    QFETCH(int64_t, minCost);
    QFETCH(int64_t, maxCost);
    QFETCH(int64_t, scale);
    QFETCH(QString, method);
    QRandomGenerator rng(4242);
    int methodSeen = 0;
    for (int round = 0; round < 250; ++round) {
        Instance inst = randomInstance(rng, 1 + int(rng.bounded(scale > 1 ? 14 : 15)), int(rng.bounded(12)), minCost,
                                       maxCost, round % 5 == 0);
        if (rng.bounded(4) == 0) {
            // Make every project equally liked: welfare is then proportional to the money
            // spent, with many equal best sets.
            for (Voter &v : inst.voters) {
                v.projects.resize(inst.projects.size());
                std::iota(v.projects.begin(), v.projects.end(), 0);
            }
        }
        if (scale > 1) {
            for (Project &p : inst.projects)
                p.cost *= scale;
            inst.budget *= scale;
            Project one;
            one.id = QStringLiteral("one");
            one.cost = 1;
            inst.projects.push_back(one);
            if (!inst.voters.empty())
                inst.voters.front().projects.push_back(int(inst.projects.size()) - 1);
        }
        int128 best = 0;
        const std::vector<int> expected = bruteForce(inst, &best);
        const Outcome out = maxWelfare(inst, RuleOptions());
        QVERIFY2(out.ok(), qPrintable(out.error));
        QCOMPARE(out.winners, expected);
        int128 welfare = 0;
        const std::vector<int64_t> votes = supporterCounts(inst);
        for (int p : out.winners)
            welfare += int128(votes[size_t(p)]) * inst.projects[size_t(p)].cost;
        QCOMPARE(welfare, best);
        QVERIFY(out.budgetUsed <= inst.budget);
        if (out.parameters.value(QStringLiteral("method")).toString() == method)
            ++methodSeen;
    }
    QVERIFY2(methodSeen > 150, qPrintable(QStringLiteral("the intended algorithm ran %1 times of 250").arg(methodSeen)));
}

void TestMaxWelfareRule::refusesInstanceTooLargeToSolveExactly()
{
    // Every voter likes every project: the best set spends as much as possible, a
    // subset-sum problem on 60 random 40-bit costs that no bound can cut short.
    QRandomGenerator rng(9);
    Instance inst;
    inst.name = QStringLiteral("huge");
    int64_t total = 0;
    for (int i = 0; i < 60; ++i) {
        Project p;
        p.id = QString::number(i);
        p.cost = int64_t(rng.bounded(quint64(1) << 40)) + 1;
        total += p.cost;
        inst.projects.push_back(p);
    }
    inst.budget = total / 2;
    Voter all;
    for (int i = 0; i < 60; ++i)
        all.projects.push_back(i);
    inst.voters = {all, all, all};
    RuleOptions options;
    options.maxWelfareNodeLimit = 200'000;
    const Outcome out = maxWelfare(inst, options);
    QVERIFY(!out.ok());
    QVERIFY(out.winners.empty());
    QVERIFY(out.verdicts.empty());
    QVERIFY(out.error.contains(QStringLiteral("too large to find the best combination of projects exactly")));
    QVERIFY(out.error.contains(QStringLiteral("200,000")));
}

QTEST_GUILESS_MAIN(TestMaxWelfareRule)
#include "TestMaxWelfareRule.moc"
