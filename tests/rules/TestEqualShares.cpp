// The Method of Equal Shares on small elections worked out by hand.
#include "rules/EqualSharesRule.h"

#include <QTest>

using namespace pbvote::counting;

namespace {

// Projects (id, cost) and approval ballots (lists of project ids).
Instance approval(int64_t budget, const std::vector<std::pair<QString, int64_t>> &projects,
                  const std::vector<std::vector<QString>> &ballots)
{
    Instance in;
    in.name = QStringLiteral("hand-made");
    in.budget = budget;
    for (const auto &[id, cost] : projects) {
        Project p;
        p.id = id;
        p.cost = cost;
        in.projects.push_back(p);
    }
    for (const auto &b : ballots) {
        Voter v;
        for (const QString &id : b) {
            for (size_t i = 0; i < in.projects.size(); ++i) {
                if (in.projects[i].id == id)
                    v.projects.push_back(int(i));
            }
        }
        std::sort(v.projects.begin(), v.projects.end());
        in.voters.push_back(v);
    }
    return in;
}

QStringList ids(const Instance &in, const Outcome &o)
{
    QStringList out;
    for (int p : o.winners)
        out << in.projects[size_t(p)].id;
    return out;
}

int indexOf(const Instance &in, const QString &id)
{
    for (size_t i = 0; i < in.projects.size(); ++i) {
        if (in.projects[i].id == id)
            return int(i);
    }
    return -1;
}

// Four voters, budget 40 (10 each), cost utility.
//   A costs 18, approved by v1 v2 v3; B costs 8, approved by v1; C costs 13, approved by v3 v4.
// Round 1: rho(A) = 6/18 = 1/3 (6 each), rho(B) = 8/8 = 1, rho(C) = 6.5/13 = 1/2 -> A.
//   v1..v3 keep 4, v4 keeps 10.
// Round 2: B: v1 holds 4 < 8, dropped. C: v3 can give only 4, so v4 gives 13 - 4 = 9 <= 10:
//   rho(C) = 9/13 -> C; v3 paid everything, v4 keeps 1.
// Nothing else is affordable: MES = A, C (cost 31); money left 4, 4, 0, 1.
// Greedy completion: 9 left, B (8) fits -> A, C, B.
// add1: with 11, 12 or 13 each the outcome stays {A, C} (B: v1 keeps 5, 6, 7 < 8); with 14
//   each, v1 keeps 8 after A and pays B alone (rho 1) after C (rho 1/2): {A, C, B} costs
//   39 <= 40 and nothing else exists, so it is exhaustive: 4 increments.
Instance fourVoters()
{
    return approval(40, {{QStringLiteral("A"), 18}, {QStringLiteral("B"), 8}, {QStringLiteral("C"), 13}},
                    {{QStringLiteral("A"), QStringLiteral("B")},
                     {QStringLiteral("A")},
                     {QStringLiteral("A"), QStringLiteral("C")},
                     {QStringLiteral("C")}});
}

} // namespace

class TestEqualShares : public QObject
{
    Q_OBJECT

private slots:
    void testHandWorkedRounds();
    void testPaymentsFactsAndMoneyLeft();
    void testGreedyCompletionSpendsLeftover();
    void testAdd1RaisesBudgetUntilExhaustive();
    void testAdd1KeepsPreviousOutcomeWhenOverBudget();
    void testProportionalityAgainstGreedy();
    void testTieGoesToSmallestIdAsString();
    void testTieBreakOptionLowerCost();
    void testFreeProjectCardinalityFundedFirst();
    void testFreeProjectCostUtilityNotFundedByMes();
    void testUnaffordableAndUnsupportedProjects();
    void testNoVoters();
    void testNegativeCostRejected();
    void testCumulativePointsUtility();
    void testBordaUtility();
    void testParametersRecorded();
};

void TestEqualShares::testHandWorkedRounds()
{
    const Instance in = fourVoters();
    const Outcome o = equalShares(in, RuleOptions{}, MesUtility::Cost, MesCompletion::None);
    QVERIFY2(o.ok(), qPrintable(o.error));
    QCOMPARE(o.rule, QStringLiteral("mes-cost"));
    QCOMPARE(ids(in, o), (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
    QCOMPARE(o.budgetUsed, int64_t(31));
    QCOMPARE(o.budgetLeft, int64_t(9));
    const Verdict &a = o.verdicts[size_t(indexOf(in, QStringLiteral("A")))];
    QVERIFY(a.funded);
    QCOMPARE(a.order, 1);
    QCOMPARE(a.facts.value(QStringLiteral("rho")).toString(), QStringLiteral("1/3"));
    QCOMPARE(a.facts.value(QStringLiteral("share")).toString(), QStringLiteral("6"));
    QVERIFY(!o.verdicts[size_t(indexOf(in, QStringLiteral("B")))].funded);
}

void TestEqualShares::testPaymentsFactsAndMoneyLeft()
{
    const Instance in = fourVoters();
    const Outcome o = equalShares(in, RuleOptions{}, MesUtility::Cost, MesCompletion::None);
    const Verdict &c = o.verdicts[size_t(indexOf(in, QStringLiteral("C")))];
    QCOMPARE(c.order, 2);
    QCOMPARE(c.facts.value(QStringLiteral("round")).toInt(), 2);
    QCOMPARE(c.facts.value(QStringLiteral("rho")).toString(), QStringLiteral("9/13"));
    QCOMPARE(c.facts.value(QStringLiteral("share")).toString(), QStringLiteral("9"));
    QCOMPARE(c.facts.value(QStringLiteral("paidFullShare")).toLongLong(), 1);
    QCOMPARE(c.facts.value(QStringLiteral("paidAllTheyHad")).toLongLong(), 1);
    QCOMPARE(c.facts.value(QStringLiteral("hadNothingLeft")).toLongLong(), 0);
    QVERIFY2(c.reason.contains(QStringLiteral("everything they had left")), qPrintable(c.reason));

    const Verdict &b = o.verdicts[size_t(indexOf(in, QStringLiteral("B")))];
    QCOMPARE(b.facts.value(QStringLiteral("supportersMoneyLeft")).toString(), QStringLiteral("4"));
    QVERIFY2(b.reason.contains(QStringLiteral("only 4 of the 8")), qPrintable(b.reason));

    const std::vector<QString> left = equalSharesMoneyLeft(in, RuleOptions{}, MesUtility::Cost);
    QCOMPARE(left, (std::vector<QString>{QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("0"),
                                         QStringLiteral("1")}));
}

void TestEqualShares::testGreedyCompletionSpendsLeftover()
{
    const Instance in = fourVoters();
    const Outcome o = equalShares(in, RuleOptions{}, MesUtility::Cost, MesCompletion::Greedy);
    QVERIFY2(o.ok(), qPrintable(o.error));
    QCOMPARE(o.rule, QStringLiteral("mes-cost+greedy"));
    QCOMPARE(ids(in, o), (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B")}));
    const Verdict &b = o.verdicts[size_t(indexOf(in, QStringLiteral("B")))];
    QCOMPARE(b.facts.value(QStringLiteral("stage")).toString(), QStringLiteral("completion"));
    QVERIFY2(b.reason.contains(QStringLiteral("left over")), qPrintable(b.reason));
    QCOMPARE(o.budgetLeft, int64_t(1));
}

void TestEqualShares::testAdd1RaisesBudgetUntilExhaustive()
{
    const Instance in = fourVoters();
    const Outcome o = equalShares(in, RuleOptions{}, MesUtility::Cost, MesCompletion::Add1);
    QVERIFY2(o.ok(), qPrintable(o.error));
    QCOMPARE(ids(in, o), (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B")}));
    QCOMPARE(o.parameters.value(QStringLiteral("increments")).toLongLong(), 4);
    QCOMPARE(o.parameters.value(QStringLiteral("finalVoterBudget")).toString(), QStringLiteral("14"));
    // B is bought by equal shares in the raised run, not by the completion.
    const Verdict &b = o.verdicts[size_t(indexOf(in, QStringLiteral("B")))];
    QCOMPARE(b.facts.value(QStringLiteral("stage")).toString(), QStringLiteral("equal-shares"));
    QCOMPARE(b.facts.value(QStringLiteral("round")).toInt(), 3);
}

// Two voters, budget 10 (5 each). X costs 6 (both), Y costs 4 (voter 1 only).
// k = 0: X (3 each) -> 2 each left; Y: voter 1 holds 2 < 4. {X}, not exhaustive (6 + 4 <= 10).
// k = 1 (6 each): X -> 3 left each; Y: 3 < 4. {X}.  k = 2 (7 each): X -> 4 left; Y: voter 1
// pays 4 -> {X, Y} costs 10: feasible and exhaustive, kept with 2 increments.
//
// Budget 100, two voters (50 each); X costs 60 (both), Y 30 (voter 1), Z 30 (voter 2).
// k = 0: X (30 each), 20 left each, Y and Z dropped: {X}, not exhaustive (60 + 30 <= 100).
// The same up to k = 9 (59 each, 29 left < 30). k = 10: 30 left each, Y and Z are both
// bought (rho 1, tie to "Y"): {X, Y, Z} costs 120 > 100, so the k = 9 outcome {X} is kept
// (9 increments) and the greedy completion adds Y (tied with Z on votes; 30 of the 40 left).
// (With Y and Z at 45, k = 0 gives {X} and neither fits in the 40 left: exhaustive at once.)
void TestEqualShares::testAdd1KeepsPreviousOutcomeWhenOverBudget()
{
    const Instance fits = approval(10, {{QStringLiteral("X"), 6}, {QStringLiteral("Y"), 4}},
                                   {{QStringLiteral("X"), QStringLiteral("Y")}, {QStringLiteral("X")}});
    const Outcome a = equalShares(fits, RuleOptions{}, MesUtility::Cost, MesCompletion::Add1);
    QCOMPARE(ids(fits, a), (QStringList{QStringLiteral("X"), QStringLiteral("Y")}));
    QCOMPARE(a.parameters.value(QStringLiteral("increments")).toLongLong(), 2);

    const Instance over =
        approval(100, {{QStringLiteral("X"), 60}, {QStringLiteral("Y"), 30}, {QStringLiteral("Z"), 30}},
                 {{QStringLiteral("X"), QStringLiteral("Y")}, {QStringLiteral("X"), QStringLiteral("Z")}});
    const Outcome b = equalShares(over, RuleOptions{}, MesUtility::Cost, MesCompletion::Add1);
    QCOMPARE(ids(over, b), (QStringList{QStringLiteral("X"), QStringLiteral("Y")}));
    QCOMPARE(b.parameters.value(QStringLiteral("increments")).toLongLong(), 9);
    QCOMPARE(b.parameters.value(QStringLiteral("finalVoterBudget")).toString(), QStringLiteral("59"));
    QCOMPARE(b.verdicts[1].facts.value(QStringLiteral("stage")).toString(), QStringLiteral("completion"));
    QCOMPARE(b.budgetLeft, int64_t(10));

    const Instance exhaustedAtOnce =
        approval(100, {{QStringLiteral("X"), 60}, {QStringLiteral("Y"), 45}, {QStringLiteral("Z"), 45}},
                 {{QStringLiteral("X"), QStringLiteral("Y")}, {QStringLiteral("X"), QStringLiteral("Z")}});
    const Outcome c = equalShares(exhaustedAtOnce, RuleOptions{}, MesUtility::Cost, MesCompletion::Add1);
    QCOMPARE(ids(exhaustedAtOnce, c), (QStringList{QStringLiteral("X")}));
    QCOMPARE(c.parameters.value(QStringLiteral("increments")).toLongLong(), 0);
}

// The textbook contrast (Peters & Skowron, "Proportional participatory budgeting with
// additive utilities"): 10 voters, budget 100 (10 each). 7 voters want X (60) and Z (40),
// 3 voters want Y (30). Greedy funds X and Z, the majority's projects, the whole budget.
// MES: X and Z both have rho 1/7 (every supporter pays 1/7 of the cost per unit of cost);
// the tie goes to "X"; its 7 supporters keep 10 - 60/7 = 10/7 each, 10 in all, < 40, so Z
// is dropped, while Y is paid by its 3 supporters alone (10 each, rho 1/3): X, Y.
void TestEqualShares::testProportionalityAgainstGreedy()
{
    std::vector<std::vector<QString>> ballots;
    for (int i = 0; i < 7; ++i)
        ballots.push_back({QStringLiteral("X"), QStringLiteral("Z")});
    for (int i = 0; i < 3; ++i)
        ballots.push_back({QStringLiteral("Y")});
    const Instance in =
        approval(100, {{QStringLiteral("X"), 60}, {QStringLiteral("Y"), 30}, {QStringLiteral("Z"), 40}}, ballots);
    const Outcome o = equalShares(in, RuleOptions{}, MesUtility::Cost, MesCompletion::None);
    QCOMPARE(ids(in, o), (QStringList{QStringLiteral("X"), QStringLiteral("Y")}));
    const Verdict &y = o.verdicts[size_t(indexOf(in, QStringLiteral("Y")))];
    QCOMPARE(y.facts.value(QStringLiteral("rho")).toString(), QStringLiteral("1/3"));
    const Verdict &z = o.verdicts[size_t(indexOf(in, QStringLiteral("Z")))];
    QCOMPARE(z.facts.value(QStringLiteral("supportersMoneyLeft")).toString(), QStringLiteral("10"));
    const Outcome g = greedyWelfare(in, RuleOptions{}, Satisfaction::Cost);
    QVERIFY(g.winners != o.winners);
}

// Equal rho: "10" comes before "9" as a string, though 9 < 10 as a number.
void TestEqualShares::testTieGoesToSmallestIdAsString()
{
    const Instance in = approval(10, {{QStringLiteral("9"), 6}, {QStringLiteral("10"), 6}},
                                 {{QStringLiteral("9"), QStringLiteral("10")},
                                  {QStringLiteral("9"), QStringLiteral("10")}});
    for (MesUtility u : {MesUtility::Cost, MesUtility::Cardinality}) {
        const Outcome o = equalShares(in, RuleOptions{}, u, MesCompletion::None);
        QCOMPARE(ids(in, o), (QStringList{QStringLiteral("10")}));
    }
}

void TestEqualShares::testTieBreakOptionLowerCost()
{
    // Cost utility, every supporter rich: rho = 1 / supporters, equal for A (cost 8) and
    // B (cost 6). Default: "A"; lower-cost: B.
    const Instance in = approval(10, {{QStringLiteral("A"), 8}, {QStringLiteral("B"), 6}},
                                 {{QStringLiteral("A"), QStringLiteral("B")},
                                  {QStringLiteral("A"), QStringLiteral("B")}});
    QCOMPARE(ids(in, equalShares(in, RuleOptions{}, MesUtility::Cost, MesCompletion::None)),
             (QStringList{QStringLiteral("A")}));
    RuleOptions cheap;
    cheap.tieBreak = TieBreak::LowerCost;
    const Outcome o = equalShares(in, cheap, MesUtility::Cost, MesCompletion::None);
    QCOMPARE(ids(in, o), (QStringList{QStringLiteral("B")}));
    QCOMPARE(o.tieBreaking, QStringLiteral("lower-cost"));
}

void TestEqualShares::testFreeProjectCardinalityFundedFirst()
{
    const Instance in = approval(10, {{QStringLiteral("A"), 10}, {QStringLiteral("F"), 0}},
                                 {{QStringLiteral("A")}, {QStringLiteral("A"), QStringLiteral("F")}});
    const Outcome o = equalShares(in, RuleOptions{}, MesUtility::Cardinality, MesCompletion::None);
    QCOMPARE(ids(in, o), (QStringList{QStringLiteral("F"), QStringLiteral("A")}));
    const Verdict &f = o.verdicts[size_t(indexOf(in, QStringLiteral("F")))];
    QCOMPARE(f.order, 1);
    QVERIFY2(f.reason.contains(QStringLiteral("costs nothing")), qPrintable(f.reason));
}

void TestEqualShares::testFreeProjectCostUtilityNotFundedByMes()
{
    // Cost_Sat gives a free project utility 0: MES never takes it, the completion does.
    const Instance in = approval(10, {{QStringLiteral("A"), 10}, {QStringLiteral("F"), 0}},
                                 {{QStringLiteral("A")}, {QStringLiteral("A"), QStringLiteral("F")}});
    const Outcome plain = equalShares(in, RuleOptions{}, MesUtility::Cost, MesCompletion::None);
    QCOMPARE(ids(in, plain), (QStringList{QStringLiteral("A")}));
    const Verdict &f = plain.verdicts[size_t(indexOf(in, QStringLiteral("F")))];
    QVERIFY(!f.funded);
    QVERIFY2(f.reason.contains(QStringLiteral("costs nothing")), qPrintable(f.reason));
    const Outcome completed = equalShares(in, RuleOptions{}, MesUtility::Cost, MesCompletion::Greedy);
    QVERIFY(ids(in, completed).contains(QStringLiteral("F")));
}

void TestEqualShares::testUnaffordableAndUnsupportedProjects()
{
    // 3 voters, budget 30. Big (25) has 2 supporters holding 20: never affordable.
    // Nobody wants Lonely (1). Small (9): all three, 3 each.
    const Instance in =
        approval(30, {{QStringLiteral("Big"), 25}, {QStringLiteral("Lonely"), 1}, {QStringLiteral("Small"), 9}},
                 {{QStringLiteral("Big"), QStringLiteral("Small")},
                  {QStringLiteral("Big"), QStringLiteral("Small")},
                  {QStringLiteral("Small")}});
    const Outcome o = equalShares(in, RuleOptions{}, MesUtility::Cost, MesCompletion::None);
    QCOMPARE(ids(in, o), (QStringList{QStringLiteral("Small")}));
    const Verdict &big = o.verdicts[size_t(indexOf(in, QStringLiteral("Big")))];
    QVERIFY2(big.reason.contains(QStringLiteral("only 20 of the 25")), qPrintable(big.reason));
    QVERIFY2(big.reason.contains(QStringLiteral("even before")), qPrintable(big.reason));
    const Verdict &lonely = o.verdicts[size_t(indexOf(in, QStringLiteral("Lonely")))];
    QVERIFY2(lonely.reason.contains(QStringLiteral("nobody")), qPrintable(lonely.reason));
    // The greedy completion may still buy them from what is left (21).
    const Outcome g = equalShares(in, RuleOptions{}, MesUtility::Cost, MesCompletion::Greedy);
    QVERIFY(ids(in, g).contains(QStringLiteral("Lonely")));
    QVERIFY(!ids(in, g).contains(QStringLiteral("Big")));
}

void TestEqualShares::testNoVoters()
{
    const Instance in = approval(10, {{QStringLiteral("A"), 5}}, {});
    const Outcome o = equalShares(in, RuleOptions{}, MesUtility::Cost, MesCompletion::Add1);
    QVERIFY2(o.ok(), qPrintable(o.error));
    // Nobody takes part, so MES buys nothing; the greedy completion still may.
    QCOMPARE(o.parameters.value(QStringLiteral("mesWinners")).toInt(), 0);
}

void TestEqualShares::testNegativeCostRejected()
{
    const Instance in = approval(10, {{QStringLiteral("A"), -5}}, {{QStringLiteral("A")}});
    const Outcome o = equalShares(in, RuleOptions{}, MesUtility::Cost, MesCompletion::None);
    QVERIFY(!o.ok());
    QVERIFY2(o.error.contains(QStringLiteral("A")), qPrintable(o.error));
}

// Cumulative ballots, Additive_Cardinal_Sat (utility = points). 2 voters, budget 10 (5 each).
// P costs 6: voter 1 gives 2 points, voter 2 gives 1. rho: 6 / 3 points = 2 per point ->
// voter 1 would pay 4 <= 5, voter 2 pays 2: rho(P) = 2. Q costs 4: voter 2 gives 1 point,
// rho 4. P first; voter 1 keeps 1, voter 2 keeps 3 < 4: Q dropped.
// With cost utility (points ignored) both have 1 supporter per unit... P: 3 each, rho 1/2;
// Q: voter 2 alone, 4, rho 1 -> P, then voter 2 keeps 2 < 4: {P} as well, but the money
// left differs: 2 and 2.
void TestEqualShares::testCumulativePointsUtility()
{
    Instance in = approval(10, {{QStringLiteral("P"), 6}, {QStringLiteral("Q"), 4}},
                           {{QStringLiteral("P")}, {QStringLiteral("P"), QStringLiteral("Q")}});
    in.voteType = VoteType::Cumulative;
    in.voters[0].points = {2};
    in.voters[1].points = {1, 1};
    const Outcome o = equalShares(in, RuleOptions{}, MesUtility::Points, MesCompletion::None);
    QVERIFY2(o.ok(), qPrintable(o.error));
    QCOMPARE(ids(in, o), (QStringList{QStringLiteral("P")}));
    QCOMPARE(o.verdicts[0].facts.value(QStringLiteral("rho")).toString(), QStringLiteral("2"));
    QCOMPARE(equalSharesMoneyLeft(in, RuleOptions{}, MesUtility::Points),
             (std::vector<QString>{QStringLiteral("1"), QStringLiteral("3")}));
    QCOMPARE(equalSharesMoneyLeft(in, RuleOptions{}, MesUtility::Cost),
             (std::vector<QString>{QStringLiteral("2"), QStringLiteral("2")}));
}

// Ordinal ballots, Additive_Borda_Sat: a project ranked r-th of L gets L - r (the last one
// 0). 2 voters, budget 12 (6 each): voter 1 ranks A > B > C, voter 2 ranks C > B > A.
// Utilities: A (2, 0), B (1, 1), C (0, 2). A costs 4: only voter 1, rho 4/2 = 2 (pays 4).
// B costs 6: rho 6/2 = 3. C costs 5: only voter 2, rho 5/2. A first (voter 1 keeps 2), then
// C (rho 5/2, voter 2 keeps 1); B: 3 left < 6. Borda needs ordinal ballots.
void TestEqualShares::testBordaUtility()
{
    Instance in = approval(12, {{QStringLiteral("A"), 4}, {QStringLiteral("B"), 6}, {QStringLiteral("C"), 5}},
                           {{}, {}});
    in.voteType = VoteType::Ordinal;
    in.voters[0].projects = {0, 1, 2};
    in.voters[1].projects = {2, 1, 0};
    const Outcome o = equalShares(in, RuleOptions{}, MesUtility::Borda, MesCompletion::None);
    QVERIFY2(o.ok(), qPrintable(o.error));
    QCOMPARE(ids(in, o), (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
    QCOMPARE(o.verdicts[2].facts.value(QStringLiteral("rho")).toString(), QStringLiteral("5/2"));
    in.voteType = VoteType::Approval;
    QVERIFY(!equalShares(in, RuleOptions{}, MesUtility::Borda, MesCompletion::None).ok());
}

void TestEqualShares::testParametersRecorded()
{
    const Instance in = fourVoters();
    const Outcome o = equalShares(in, RuleOptions{}, MesUtility::Cardinality, MesCompletion::Add1);
    QCOMPARE(o.rule, QStringLiteral("mes-approval+add1"));
    QCOMPARE(o.parameters.value(QStringLiteral("utility")).toString(), QStringLiteral("cardinality"));
    QCOMPARE(o.parameters.value(QStringLiteral("completion")).toString(), QStringLiteral("add1"));
    QCOMPARE(o.parameters.value(QStringLiteral("voterBudget")).toString(), QStringLiteral("10"));
    QCOMPARE(o.parameters.value(QStringLiteral("budgetIncrement")).toString(), QStringLiteral("1"));
    QVERIFY(o.parameters.contains(QStringLiteral("increments")));
    QCOMPARE(o.tieBreaking, QStringLiteral("lexicographic-id"));
    for (const Verdict &v : o.verdicts)
        QVERIFY2(!v.reason.isEmpty(), qPrintable(in.projects[size_t(v.project)].id));
}

QTEST_GUILESS_MAIN(TestEqualShares)
#include "TestEqualShares.moc"
