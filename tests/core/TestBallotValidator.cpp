// canonicaliseBallot: every voting method's valid ballots come back in canonical form,
// and every invalid one is refused with a message that names the rule it breaks.
#include "model/BallotValidator.h"
#include "util/Money.h"

#include <QtTest>

using namespace pbvote;

Q_DECLARE_METATYPE(pbvote::Round)
Q_DECLARE_METATYPE(pbvote::Ballot)

namespace {

// Five city-wide projects P1..P5 costing 100..500; budget 1000.
Round baseRound(BallotKind kind)
{
    Round r;
    r.name = u"Validator round"_qs;
    r.budget = 1000;
    r.rules.kind = kind;
    for (int i = 1; i <= 5; ++i)
        r.projects.push_back({u"P%1"_qs.arg(i), u"Project %1"_qs.arg(i), QString(), 100 * i, QString(), QString()});
    return r;
}

Round approval(int minSel, int maxSel)
{
    Round r = baseRound(BallotKind::Approval);
    r.rules.minSelections = minSel;
    r.rules.maxSelections = maxSel;
    return r;
}

Round knapsack(int minSpendPercent = 0)
{
    Round r = baseRound(BallotKind::Knapsack);
    r.rules.minSpendPercent = minSpendPercent;
    return r;
}

// City budget 1000; district N ("North") has 500 for P6 (300) and P7 (250).
Round knapsackWithDistrict()
{
    Round r = baseRound(BallotKind::Knapsack);
    r.districts.push_back({u"N"_qs, u"North"_qs, 500});
    r.projects.push_back({u"P6"_qs, u"North park"_qs, QString(), 300, QString(), u"N"_qs});
    r.projects.push_back({u"P7"_qs, u"North library"_qs, QString(), 250, QString(), u"N"_qs});
    return r;
}

Round cumulative(int points, int perProject, bool mustUseAll)
{
    Round r = baseRound(BallotKind::Cumulative);
    r.rules.totalPoints = points;
    r.rules.maxPointsPerProject = perProject;
    r.rules.mustUseAllPoints = mustUseAll;
    return r;
}

Round ordinal(int k)
{
    Round r = baseRound(BallotKind::Ordinal);
    r.rules.maxSelections = k;
    return r;
}

Ballot ballot(std::initializer_list<std::pair<int, int>> choices)
{
    Ballot b;
    for (const auto &[project, value] : choices)
        b.choices.push_back({project, value});
    return b;
}

Ballot ticks(std::initializer_list<int> positions)
{
    Ballot b;
    for (int p : positions)
        b.choices.push_back({p, 1});
    return b;
}

QString describe(const Ballot &b)
{
    QStringList parts;
    for (const BallotChoice &c : b.choices)
        parts << u"%1:%2"_qs.arg(c.project).arg(c.value);
    return u"["_qs + parts.join(u", "_qs) + u"]"_qs;
}

} // namespace

class TestBallotValidator : public QObject
{
    Q_OBJECT

private slots:
    void validBallotsAreCanonicalised_data();
    void validBallotsAreCanonicalised();
    void invalidBallotsNameTheRule_data();
    void invalidBallotsNameTheRule();
    void canonicalFormIsIdempotent_data();
    void canonicalFormIsIdempotent();
    void maxBallotChoicesBoundsEveryValidBallot_data();
    void maxBallotChoicesBoundsEveryValidBallot();
    void hugeCostsDoNotOverflow();
};

void TestBallotValidator::validBallotsAreCanonicalised_data()
{
    QTest::addColumn<Round>("round");
    QTest::addColumn<Ballot>("input");
    QTest::addColumn<Ballot>("canonical");

    QTest::newRow("approval: empty ballot allowed without a minimum") << approval(0, 0) << Ballot{} << Ballot{};
    QTest::newRow("approval: sorted, values set to 1")
        << approval(0, 0) << ballot({{3, 7}, {0, 1}, {2, 0}}) << ticks({0, 2, 3});
    QTest::newRow("approval: exactly at least j") << approval(2, 3) << ticks({4, 1}) << ticks({1, 4});
    QTest::newRow("approval: exactly at most k") << approval(2, 3) << ticks({4, 1, 0}) << ticks({0, 1, 4});
    QTest::newRow("approval: every project") << approval(0, 0) << ticks({4, 3, 2, 1, 0}) << ticks({0, 1, 2, 3, 4});
    QTest::newRow("knapsack: exactly the budget (400+500+100)")
        << knapsack() << ticks({4, 3, 0}) << ticks({0, 3, 4});
    QTest::newRow("knapsack: min spend 50% met exactly (500)") << knapsack(50) << ticks({4}) << ticks({4});
    QTest::newRow("knapsack: district project within its district budget")
        << knapsackWithDistrict() << ticks({6, 0, 4}) << ticks({0, 4, 6});
    QTest::newRow("knapsack: city budget full, district project counted apart")
        << knapsackWithDistrict() << ticks({5, 4, 3, 0}) << ticks({0, 3, 4, 5});
    QTest::newRow("cumulative: sorted by position, points kept")
        << cumulative(10, 0, false) << ballot({{4, 3}, {1, 2}}) << ballot({{1, 2}, {4, 3}});
    QTest::newRow("cumulative: all points on one project without a cap")
        << cumulative(10, 0, false) << ballot({{2, 10}}) << ballot({{2, 10}});
    QTest::newRow("cumulative: at the per-project cap")
        << cumulative(10, 4, false) << ballot({{0, 4}, {1, 4}, {2, 2}}) << ballot({{0, 4}, {1, 4}, {2, 2}});
    QTest::newRow("cumulative: must use all, all used")
        << cumulative(10, 0, true) << ballot({{3, 6}, {0, 4}}) << ballot({{0, 4}, {3, 6}});
    QTest::newRow("ordinal: ranks renumbered 1..n in rank order")
        << ordinal(3) << ballot({{2, 7}, {0, 2}, {4, 5}}) << ballot({{0, 1}, {4, 2}, {2, 3}});
    QTest::newRow("ordinal: already canonical") << ordinal(3) << ballot({{3, 1}, {1, 2}}) << ballot({{3, 1}, {1, 2}});
    QTest::newRow("ordinal: k = 0 ranks all") << ordinal(0) << ballot({{4, 1}, {3, 2}, {2, 3}, {1, 4}, {0, 5}})
                                              << ballot({{4, 1}, {3, 2}, {2, 3}, {1, 4}, {0, 5}});
}

void TestBallotValidator::validBallotsAreCanonicalised()
{
    QFETCH(Round, round);
    QFETCH(Ballot, input);
    QFETCH(Ballot, canonical);
    QVERIFY2(round.validate().ok(), qPrintable(round.validate().error()));
    const Result<Ballot> out = canonicaliseBallot(round, input);
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QVERIFY2(*out == canonical, qPrintable(u"got "_qs + describe(*out) + u", expected "_qs + describe(canonical)));
}

void TestBallotValidator::invalidBallotsNameTheRule_data()
{
    QTest::addColumn<Round>("round");
    QTest::addColumn<Ballot>("input");
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("approval: fewer than at least j")
        << approval(2, 3) << ticks({1}) << QStringList{u"at least 2"_qs, u"has 1"_qs};
    QTest::newRow("approval: empty with a minimum")
        << approval(1, 0) << Ballot{} << QStringList{u"at least 1"_qs, u"has 0"_qs};
    QTest::newRow("approval: more than at most k")
        << approval(0, 2) << ticks({0, 1, 2}) << QStringList{u"at most 2"_qs, u"has 3"_qs};
    QTest::newRow("knapsack: over the budget")
        << knapsack() << ticks({4, 3, 1}) << QStringList{formatMoney(1100) + u" EUR"_qs, u"more than the budget"_qs, formatMoney(1000) + u" EUR"_qs};
    QTest::newRow("knapsack: over a district's budget")
        << knapsackWithDistrict() << ticks({5, 6})
        << QStringList{formatMoney(550) + u" EUR"_qs, u"North budget"_qs, formatMoney(500) + u" EUR"_qs};
    QTest::newRow("knapsack: city projects over the city budget even with a district")
        << knapsackWithDistrict() << ticks({4, 3, 2})
        << QStringList{formatMoney(1200), u"more than the budget"_qs};
    QTest::newRow("knapsack: below the minimum spend")
        << knapsack(50) << ticks({0, 2}) << QStringList{u"at least 50%"_qs, u"uses "_qs + formatMoney(400) + u" of "_qs + formatMoney(1000)};
    QTest::newRow("knapsack: empty ballot below the minimum spend")
        << knapsack(10) << Ballot{} << QStringList{u"at least 10%"_qs};
    QTest::newRow("cumulative: more than the points")
        << cumulative(10, 0, false) << ballot({{0, 6}, {1, 5}}) << QStringList{u"gives 11 points"_qs, u"only 10"_qs};
    QTest::newRow("cumulative: over the per-project cap")
        << cumulative(10, 4, false) << ballot({{0, 5}, {1, 1}})
        << QStringList{u"P1"_qs, u"5 points"_qs, u"at most 4 points"_qs};
    QTest::newRow("cumulative: must use all points")
        << cumulative(10, 0, true) << ballot({{0, 3}, {1, 4}})
        << QStringList{u"gives 7 points"_qs, u"all 10 points must be given"_qs};
    QTest::newRow("cumulative: zero points on a project")
        << cumulative(10, 0, false) << ballot({{0, 5}, {2, 0}}) << QStringList{u"P3"_qs, u"at least 1 point"_qs};
    QTest::newRow("cumulative: negative points on a project")
        << cumulative(10, 0, false) << ballot({{0, 12}, {2, -3}}) << QStringList{u"P3"_qs, u"at least 1 point"_qs};
    QTest::newRow("ordinal: more than k ranks")
        << ordinal(3) << ballot({{0, 1}, {1, 2}, {2, 3}, {3, 4}}) << QStringList{u"Rank at most 3"_qs, u"ranks 4"_qs};
    QTest::newRow("ordinal: duplicate rank")
        << ordinal(3) << ballot({{0, 1}, {1, 2}, {2, 2}}) << QStringList{u"share rank 2"_qs};
    QTest::newRow("unknown project position (past the end)")
        << approval(0, 0) << ticks({0, 5}) << QStringList{u"not on this round's ballot"_qs, u"position 6"_qs};
    QTest::newRow("unknown project position (negative)")
        << knapsack() << ticks({-1}) << QStringList{u"not on this round's ballot"_qs};
    QTest::newRow("unknown project in a cumulative ballot")
        << cumulative(10, 0, false) << ballot({{99, 1}}) << QStringList{u"not on this round's ballot"_qs};
    QTest::newRow("duplicate project (approval)")
        << approval(0, 0) << ticks({1, 3, 1}) << QStringList{u"P2"_qs, u"more than once"_qs};
    QTest::newRow("duplicate project (ordinal, distinct ranks)")
        << ordinal(3) << ballot({{2, 1}, {2, 2}}) << QStringList{u"P3"_qs, u"more than once"_qs};
    QTest::newRow("duplicate project (cumulative)")
        << cumulative(10, 0, false) << ballot({{0, 1}, {0, 2}}) << QStringList{u"P1"_qs, u"more than once"_qs};
}

void TestBallotValidator::invalidBallotsNameTheRule()
{
    QFETCH(Round, round);
    QFETCH(Ballot, input);
    QFETCH(QStringList, fragments);
    QVERIFY2(round.validate().ok(), qPrintable(round.validate().error()));
    const Result<Ballot> out = canonicaliseBallot(round, input);
    QVERIFY2(!out.ok(), qPrintable(u"accepted "_qs + describe(input)));
    QVERIFY(!out.error().isEmpty());
    for (const QString &f : fragments)
        QVERIFY2(out.error().contains(f), qPrintable(u"message \""_qs + out.error() + u"\" lacks \""_qs + f + u"\""_qs));
}

void TestBallotValidator::canonicalFormIsIdempotent_data()
{
    QTest::addColumn<Round>("round");
    QTest::addColumn<Ballot>("input");
    QTest::newRow("approval") << approval(0, 0) << ballot({{4, 9}, {0, 3}});
    QTest::newRow("knapsack") << knapsack() << ticks({3, 1});
    QTest::newRow("cumulative") << cumulative(10, 0, false) << ballot({{4, 2}, {0, 3}});
    QTest::newRow("ordinal") << ordinal(3) << ballot({{4, 30}, {0, 10}, {2, 20}});
}

void TestBallotValidator::canonicalFormIsIdempotent()
{
    QFETCH(Round, round);
    QFETCH(Ballot, input);
    const Result<Ballot> once = canonicaliseBallot(round, input);
    QVERIFY2(once.ok(), qPrintable(once.error()));
    QVERIFY2(!(*once == input), "the input was already canonical: the row tests nothing");
    const Result<Ballot> twice = canonicaliseBallot(round, *once);
    QVERIFY2(twice.ok(), qPrintable(twice.error()));
    QCOMPARE(describe(*twice), describe(*once));
}

void TestBallotValidator::maxBallotChoicesBoundsEveryValidBallot_data()
{
    QTest::addColumn<Round>("round");
    QTest::addColumn<int>("expected");
    QTest::newRow("approval, no limit") << approval(0, 0) << 5;
    QTest::newRow("approval, at most 2") << approval(0, 2) << 2;
    QTest::newRow("cumulative, 3 points") << cumulative(3, 0, false) << 3;
    QTest::newRow("cumulative, 10 points") << cumulative(10, 0, false) << 5;
    QTest::newRow("ordinal, k=3") << ordinal(3) << 3;
    QTest::newRow("ordinal, all") << ordinal(0) << 5;
}

void TestBallotValidator::maxBallotChoicesBoundsEveryValidBallot()
{
    QFETCH(Round, round);
    QFETCH(int, expected);
    QCOMPARE(maxBallotChoices(round), expected);
}

// Costs near the int64 limit (a hostile manifest the auditor checks ballots against):
// two projects whose sum passes 2^63 are refused as over budget, never wrapped round to
// a small or negative total that fits.
void TestBallotValidator::hugeCostsDoNotOverflow()
{
    Round r = baseRound(BallotKind::Knapsack);
    r.budget = INT64_MAX;
    r.projects[0].cost = INT64_MAX - 1;
    r.projects[1].cost = INT64_MAX - 1;
    r.projects[2].cost = 2;
    QVERIFY(canonicaliseBallot(r, ticks({0})).ok());
    QVERIFY(canonicaliseBallot(r, ticks({2})).ok());
    const Result<Ballot> both = canonicaliseBallot(r, ticks({0, 1}));
    QVERIFY(!both.ok());
    QVERIFY2(both.error().contains(u"more than"_qs), qPrintable(both.error()));
    QVERIFY(!canonicaliseBallot(r, ticks({0, 2})).ok());
}

QTEST_GUILESS_MAIN(TestBallotValidator)
#include "TestBallotValidator.moc"
