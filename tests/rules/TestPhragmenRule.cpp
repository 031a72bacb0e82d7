#include "TestInstances.h"

#include "rules/PhragmenRule.h"
#include "rules/TieBreakOrder.h"

#include <QLocale>
#include <QTest>

#include <gmpxx.h>

using namespace pbvote::counting;
using namespace pbvote::testing;

class TestPhragmenRule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void sharesLoadsAsComputedByHand();
    void stopsWhenNextProjectDoesNotFit();
    void stopsWhenAnyTiedProjectDoesNotFit();
    void committeeExampleIsProportional();
    void breaksTiesByIdAsString();
    void unsupportedAndTooExpensiveProjects();
    void refusesNonApprovalBallots();
    void randomInstancesMatchPlainReference();
};

void TestPhragmenRule::sharesLoadsAsComputedByHand()
{
    // Round 1: A 3/3, B 2/2, C 2/2, D 1/1: all 1, A wins the tie; v1..v3 carry 1.
    // Round 2: B (1+1+2)/2 = 2, C (1+0+2)/2 = 3/2, D (0+1)/1 = 1: D; v4 carries 1.
    // Round 3: B (1+1+2)/2 = 2, C (1+1+2)/2 = 2: tied, both cost 2 > 1 left: stop.
    const Instance inst = approvalInstance(5, {{u"A", 3}, {u"B", 2}, {u"C", 2}, {u"D", 1}},
                                           {{u"A", u"B"}, {u"A", u"B"}, {u"A", u"C"}, {u"C", u"D"}});
    const Outcome out = sequentialPhragmen(inst, RuleOptions());
    QVERIFY(out.ok());
    QCOMPARE(out.rule, QStringLiteral("phragmen"));
    QCOMPARE(winnerIds(inst, out), QStringList({QStringLiteral("A"), QStringLiteral("D")}));
    QCOMPARE(out.budgetUsed, 4);
    QCOMPARE(out.budgetLeft, 1);
    QCOMPARE(out.verdicts[0].facts.value(QStringLiteral("load")).toString(), QStringLiteral("1"));
    QCOMPARE(out.verdicts[3].facts.value(QStringLiteral("load")).toString(), QStringLiteral("1"));
    QCOMPARE(out.verdicts[1].facts.value(QStringLiteral("loadAtStop")).toString(), QStringLiteral("2"));
    QCOMPARE(out.verdicts[2].facts.value(QStringLiteral("loadAtStop")).toString(), QStringLiteral("2"));
    QCOMPARE(out.parameters.value(QStringLiteral("stoppedAt")).toString(), QStringLiteral("B"));
    QCOMPARE(out.verdicts[0].reason,
             QStringLiteral("Funded 1st: its 3 votes shared its cost of 3, and each of them ended up with a load of "
                            "about 1.00, the smallest any project could give its supporters at that point."));
    QVERIFY(out.verdicts[1].reason.contains(QStringLiteral("so the count stopped here")));
}

void TestPhragmenRule::stopsWhenNextProjectDoesNotFit()
{
    // X (3 supporters, cost 3) and Z (1 supporter, cost 1) tie at load 1: X. Then Y (load 3/2)
    // comes before Z (load (1+1)/1 = 2) but no longer fits: the count stops, although Z
    // would fit. (Greedy would take Z.)
    Instance inst = approvalInstance(4, {{u"X", 3}, {u"Y", 3}, {u"Z", 1}}, {});
    addVoters(inst, 1, {u"X", u"Z"});
    addVoters(inst, 2, {u"X"});
    addVoters(inst, 2, {u"Y"});
    const Outcome out = sequentialPhragmen(inst, RuleOptions());
    QCOMPARE(winnerIds(inst, out), QStringList({QStringLiteral("X")}));
    QCOMPARE(out.budgetLeft, 1);
    QCOMPARE(out.verdicts[1].facts.value(QStringLiteral("loadAtStop")).toString(), QStringLiteral("3/2"));
    QVERIFY(!out.verdicts[2].funded);
    QVERIFY(out.verdicts[2].reason.contains(QStringLiteral("project Y came next")));
}

void TestPhragmenRule::stopsWhenAnyTiedProjectDoesNotFit()
{
    // C (2 supporters, cost 1) first at 1/2. Then A (cost 1) and B (cost 2) tie at load 1:
    // A would fit and wins the tie, but B does not fit, and pabutools stops in that case.
    Instance inst = approvalInstance(2, {{u"A", 1}, {u"B", 2}, {u"C", 1}}, {});
    addVoters(inst, 1, {u"A"});
    addVoters(inst, 2, {u"B"});
    addVoters(inst, 2, {u"C"});
    const Outcome out = sequentialPhragmen(inst, RuleOptions());
    QCOMPARE(winnerIds(inst, out), QStringList({QStringLiteral("C")}));
    QCOMPARE(out.parameters.value(QStringLiteral("stoppedAt")).toString(), QStringLiteral("B"));
}

void TestPhragmenRule::committeeExampleIsProportional()
{
    // Unit costs (a committee of 3): 6 voters want a1, a2, a3; 3 voters want b1, b2.
    // Phragmén gives the larger group 2 seats and the smaller 1 (Brill et al., AAAI 2017):
    // a1 at 1/6; then a2 at (6/6+1)/6 = 1/3, tied with b1 at 1/3 ("a2" < "b1" wins);
    // then b1 at 1/3, while a3 would be (6/3+1)/6 = 1/2.
    Instance inst = approvalInstance(3, {{u"a1", 1}, {u"a2", 1}, {u"a3", 1}, {u"b1", 1}, {u"b2", 1}}, {});
    addVoters(inst, 6, {u"a1", u"a2", u"a3"});
    addVoters(inst, 3, {u"b1", u"b2"});
    const Outcome out = sequentialPhragmen(inst, RuleOptions());
    QCOMPARE(winnerIds(inst, out), QStringList({QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("b1")}));
    QCOMPARE(out.verdicts[0].facts.value(QStringLiteral("load")).toString(), QStringLiteral("1/6"));
    QCOMPARE(out.verdicts[1].facts.value(QStringLiteral("load")).toString(), QStringLiteral("1/3"));
    QCOMPARE(out.verdicts[3].facts.value(QStringLiteral("load")).toString(), QStringLiteral("1/3"));
}

void TestPhragmenRule::breaksTiesByIdAsString()
{
    Instance inst = approvalInstance(5, {{u"9", 5}, {u"10", 5}}, {});
    addVoters(inst, 4, {u"9", u"10"});
    QCOMPARE(winnerIds(inst, sequentialPhragmen(inst, RuleOptions())), QStringList({QStringLiteral("10")}));
    RuleOptions byCost;
    byCost.tieBreak = TieBreak::LowerCost;
    Instance cheaper = approvalInstance(5, {{u"a", 2}, {u"b", 1}}, {});
    addVoters(cheaper, 2, {u"a"});
    addVoters(cheaper, 1, {u"b"});
    // Both at load 1: "a" by id, "b" by lower cost.
    QCOMPARE(winnerIds(cheaper, sequentialPhragmen(cheaper, RuleOptions())).first(), QStringLiteral("a"));
    QCOMPARE(winnerIds(cheaper, sequentialPhragmen(cheaper, byCost)).first(), QStringLiteral("b"));
}

void TestPhragmenRule::unsupportedAndTooExpensiveProjects()
{
    // E costs more than the budget: never considered, so it does not stop the count.
    // U and W have no supporters: they come last and are funded while all of them fit.
    Instance inst = approvalInstance(10, {{u"A", 4}, {u"E", 11}, {u"U", 3}, {u"W", 3}}, {});
    addVoters(inst, 2, {u"A", u"E"});
    const Outcome out = sequentialPhragmen(inst, RuleOptions());
    QCOMPARE(winnerIds(inst, out), QStringList({QStringLiteral("A"), QStringLiteral("U"), QStringLiteral("W")}));
    QVERIFY(out.verdicts[1].reason.contains(QStringLiteral("more than the whole budget")));
    // With no room for either after A, the count stops there.
    inst.budget = 6;
    const Outcome tight = sequentialPhragmen(inst, RuleOptions());
    QCOMPARE(winnerIds(inst, tight), QStringList({QStringLiteral("A")}));
    QVERIFY(tight.verdicts[2].reason.contains(QStringLiteral("nobody voted for it")));
}

void TestPhragmenRule::refusesNonApprovalBallots()
{
    Instance inst = approvalInstance(10, {{u"A", 4}}, {{u"A"}});
    inst.voteType = VoteType::Cumulative;
    inst.voters[0].points = {3};
    const Outcome out = sequentialPhragmen(inst, RuleOptions());
    QVERIFY(!out.ok());
    QVERIFY(out.winners.empty());
    QVERIFY(out.error.contains(QStringLiteral("approval")));
}

namespace {

// Straightforward reference with one rational load per voter (pabutools' loop, unoptimised).
std::vector<int> referencePhragmen(const Instance &inst)
{
    const size_t n = inst.projects.size();
    const std::vector<int> rank = tieBreakRanks(inst, TieBreak::LexicographicId);
    const std::vector<int64_t> votes = supporterCounts(inst);
    std::vector<mpq_class> load(inst.voters.size(), mpq_class(0));
    std::vector<char> open(n, 0);
    for (size_t p = 0; p < n; ++p)
        open[p] = inst.projects[p].cost <= inst.budget;
    int64_t used = 0;
    std::vector<int> winners;
    while (true) {
        std::vector<int> tied;
        mpq_class best;
        bool bestInfinite = true;
        for (size_t p = 0; p < n; ++p) {
            if (!open[p])
                continue;
            if (votes[p] == 0) {
                if (bestInfinite)
                    tied.push_back(int(p));
                continue;
            }
            mpq_class sum = inst.projects[p].cost;
            for (size_t v = 0; v < inst.voters.size(); ++v) {
                const auto &b = inst.voters[v].projects;
                if (std::find(b.begin(), b.end(), int(p)) != b.end())
                    sum += load[v];
            }
            sum /= votes[p];
            if (bestInfinite || sum < best) {
                best = sum;
                bestInfinite = false;
                tied = {int(p)};
            } else if (sum == best) {
                tied.push_back(int(p));
            }
        }
        if (tied.empty())
            break;
        for (int p : tied) {
            if (used + inst.projects[size_t(p)].cost > inst.budget)
                return winners;
        }
        const int chosen = *std::min_element(tied.begin(), tied.end(), [&](int a, int b) { return rank[size_t(a)] < rank[size_t(b)]; });
        if (!bestInfinite) {
            for (size_t v = 0; v < inst.voters.size(); ++v) {
                const auto &b = inst.voters[v].projects;
                if (std::find(b.begin(), b.end(), chosen) != b.end())
                    load[v] = best;
            }
        }
        open[size_t(chosen)] = 0;
        used += inst.projects[size_t(chosen)].cost;
        winners.push_back(chosen);
    }
    return winners;
}

} // namespace

void TestPhragmenRule::randomInstancesMatchPlainReference()
{
    QRandomGenerator rng(77);
    for (int round = 0; round < 200; ++round) {
        const Instance inst = randomInstance(rng, 2 + int(rng.bounded(14)), 1 + int(rng.bounded(30)), 1,
                                             round % 2 ? 5 : 100, round % 4 == 0);
        const Outcome out = sequentialPhragmen(inst, RuleOptions());
        QVERIFY(out.ok());
        QCOMPARE(out.winners, referencePhragmen(inst));
        QVERIFY(out.budgetUsed <= inst.budget);
        QCOMPARE(out.budgetUsed + out.budgetLeft, inst.budget);
        QCOMPARE(out.verdicts.size(), inst.projects.size());
    }
}

QTEST_GUILESS_MAIN(TestPhragmenRule)
#include "TestPhragmenRule.moc"
