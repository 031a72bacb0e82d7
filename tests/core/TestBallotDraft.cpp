// BallotDraft: the ballot a voter fills in at a kiosk. Each touch is checked against the
// round's rules at once (a pick that cannot be made is refused with a sentence and the
// ballot stays as it was), the money and point counters follow every change, and what
// the draft says about readiness and the ballot it would cast agree with
// canonicaliseBallot, the validator the store uses.
#include "model/BallotDraft.h"
#include "model/BallotValidator.h"

#include "StoreFixture.h"

#include <QLocale>
#include <QtTest>

#include <algorithm>
#include <functional>

using namespace pbvote;

Q_DECLARE_METATYPE(pbvote::Round)

namespace {

Project project(const QString &id, int64_t cost, const QString &district = {})
{
    Project p;
    p.id = id;
    p.title = u"Project "_qs + id;
    p.cost = cost;
    p.district = district;
    return p;
}

// Five city-wide projects whose costs read with group separators: 120,000.00,
// 100,000.00, 80,000.00, 50,000.00 and 25,000.00 EUR; budget 275,000.00 EUR.
Round knapsackRound()
{
    Round r;
    r.name = u"Knapsack round"_qs;
    r.currency = u"EUR"_qs;
    r.budget = 27'500'000;
    r.rules.kind = BallotKind::Knapsack;
    r.projects = {project(u"K1"_qs, 12'000'000), project(u"K2"_qs, 10'000'000), project(u"K3"_qs, 8'000'000),
        project(u"K4"_qs, 5'000'000), project(u"K5"_qs, 2'500'000)};
    return r;
}

// City-wide budget 1000 for C1 (600) and C2 (500); district N ("North") has 500 for
// N1 (300) and N2 (250); district S ("South") has 400 for S1 (350) and S2 (100).
Round districtRound()
{
    Round r;
    r.name = u"District round"_qs;
    r.budget = 1000;
    r.rules.kind = BallotKind::Knapsack;
    r.districts = {{u"N"_qs, u"North"_qs, 500}, {u"S"_qs, u"South"_qs, 400}};
    r.projects = {project(u"C1"_qs, 600), project(u"C2"_qs, 500), project(u"N1"_qs, 300, u"N"_qs),
        project(u"N2"_qs, 250, u"N"_qs), project(u"S1"_qs, 350, u"S"_qs), project(u"S2"_qs, 100, u"S"_qs)};
    return r;
}

Round approvalRound(int minSelections, int maxSelections)
{
    Round r = testsupport::sampleRound(BallotKind::Approval);
    r.rules.minSelections = minSelections;
    r.rules.maxSelections = maxSelections;
    return r;
}

Round cumulativeRound(int totalPoints, int perProject, int maxSelections, bool mustUseAll = false)
{
    Round r = testsupport::sampleRound(BallotKind::Cumulative);
    r.rules.totalPoints = totalPoints;
    r.rules.maxPointsPerProject = perProject;
    r.rules.maxSelections = maxSelections;
    r.rules.mustUseAllPoints = mustUseAll;
    return r;
}

Round ordinalRound(int k)
{
    Round r = testsupport::sampleRound(BallotKind::Ordinal);
    r.rules.maxSelections = k;
    return r;
}

// The ballot the draft holds, rebuilt from its public accessors only (so it does not
// share BallotDraft::ballot()'s code): chosen positions with 1, the points, or the rank.
Ballot rebuilt(const BallotDraft &d)
{
    Ballot b;
    for (int i = 0; i < d.projectCount(); ++i) {
        switch (d.kind()) {
        case BallotKind::Approval:
        case BallotKind::Knapsack:
            if (d.isChosen(i))
                b.choices.push_back({i, 1});
            break;
        case BallotKind::Cumulative:
            if (d.points(i) > 0)
                b.choices.push_back({i, d.points(i)});
            break;
        case BallotKind::Ordinal:
            if (d.rank(i) > 0)
                b.choices.push_back({i, d.rank(i)});
            break;
        }
    }
    return b;
}

QString describe(const Ballot &b)
{
    QStringList parts;
    for (const BallotChoice &c : b.choices)
        parts << u"%1:%2"_qs.arg(c.project).arg(c.value);
    return u"["_qs + parts.join(u", "_qs) + u"]"_qs;
}

std::vector<int> values(const BallotDraft &d)
{
    std::vector<int> v;
    for (int i = 0; i < d.projectCount(); ++i) {
        switch (d.kind()) {
        case BallotKind::Approval:
        case BallotKind::Knapsack:
            v.push_back(d.isChosen(i) ? 1 : 0);
            break;
        case BallotKind::Cumulative:
            v.push_back(d.points(i));
            break;
        case BallotKind::Ordinal:
            v.push_back(d.rank(i));
            break;
        }
    }
    return v;
}

// readiness() and ballot() against canonicaliseBallot on the same choices.
void checkAgreesWithValidator(const BallotDraft &d, const char *where)
{
    const Ballot raw = rebuilt(d);
    const Result<Ballot> verdict = canonicaliseBallot(d.round(), raw);
    const Status ready = d.readiness();
    QVERIFY2(ready.ok() == verdict.ok(),
        qPrintable(u"%1: readiness %2 (\"%3\") but canonicaliseBallot %4 (\"%5\") for %6"_qs.arg(
            QString::fromUtf8(where), ready.ok() ? u"ok"_qs : u"refused"_qs, ready.error(),
            verdict.ok() ? u"ok"_qs : u"refused"_qs, verdict.error(), describe(raw))));
    if (!verdict.ok()) {
        QCOMPARE(ready.error(), verdict.error());
        QVERIFY(!ready.error().isEmpty());
        return;
    }
    QVERIFY2(d.ballot() == *verdict,
        qPrintable(u"%1: ballot() %2, canonical %3"_qs.arg(
            QString::fromUtf8(where), describe(d.ballot()), describe(*verdict))));
    // Canonical means a fixed point of the validator.
    const Result<Ballot> again = canonicaliseBallot(d.round(), d.ballot());
    QVERIFY(again.ok());
    QCOMPARE(*again, d.ballot());
}

QString defaultMoney(int64_t amount, const QString &currency = u"EUR"_qs)
{
    // The documented default reading: "275,000.00 EUR" (English locale set in initTestCase).
    const QString units = QLocale().toString(qlonglong(amount / 100));
    return units + u'.' + u"%1"_qs.arg(int(amount % 100), 2, 10, QChar(u'0')) + u' ' + currency;
}

} // namespace

class TestBallotDraft : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void emptyDraftRefusesEverything();
    void knowsItsRound();
    void approvalToggleAddsAndRemoves();
    void approvalRefusesBeyondMaxSelections();
    void approvalCanChooseFollowsTheLimit();
    void knapsackRefusesWhatDoesNotFit();
    void knapsackMessageUsesCustomFormatter();
    void knapsackMessageUsesRoundCurrency();
    void knapsackCountsSpentRemainingTotal();
    void knapsackHonoursMaxSelectionsToo();
    void districtsHaveTheirOwnBudgets();
    void districtBallotOffersOnlyItsProjects();
    void districtBallotRestrictsEveryKind_data();
    void districtBallotRestrictsEveryKind();
    void changingDistrictDropsWhatItDoesNotOffer();
    void canChooseAgreesWithToggle_data();
    void canChooseAgreesWithToggle();
    void cumulativePointsAndCaps();
    void cumulativeRefusesNegativePoints();
    void cumulativeCanChooseAgreesWithSetPoints();
    void ordinalRankingAndRenumbering();
    void ordinalMoveInRanking();
    void ordinalRankLimit();
    void ordinalCanChooseAgreesWithAppend();
    void readinessMatchesValidator();
    void readinessReportsUnmetMinimumSelections();
    void readinessKnapsackMinimumSpend();
    void readinessCumulativeMustUseAllPoints();
    void ballotIsCanonical();
    void clearForgetsEverything_data();
    void clearForgetsEverything();
    void indexOutOfRangeIsRefused_data();
    void indexOutOfRangeIsRefused();
};

void TestBallotDraft::initTestCase()
{
    // Fixed separators for the default money reading ("275,000.00 EUR").
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestBallotDraft::emptyDraftRefusesEverything()
{
    BallotDraft d;
    QCOMPARE(d.projectCount(), 0);
    QVERIFY(!d.toggle(0));
    QVERIFY(!d.canChoose(0));
    QVERIFY(!d.isChosen(0));
    QVERIFY(!d.setPoints(0, 1));
    QVERIFY(!d.appendToRanking(0));
    QCOMPARE(d.chosenCount(), 0);
    QVERIFY(d.chosen().empty());
    QVERIFY(d.ballot().choices.empty());
}

void TestBallotDraft::knowsItsRound()
{
    const Round r = districtRound();
    BallotDraft d(r);
    QCOMPARE(d.round().name, r.name);
    QCOMPARE(d.kind(), BallotKind::Knapsack);
    QCOMPARE(d.projectCount(), 6);
    for (int i = 0; i < d.projectCount(); ++i) {
        QVERIFY(!d.isChosen(i));
        QVERIFY(d.canChoose(i));
    }
    QCOMPARE(d.chosenCount(), 0);
    QCOMPARE(d.totalCost(), 0);
}

void TestBallotDraft::approvalToggleAddsAndRemoves()
{
    BallotDraft d(approvalRound(0, 0));
    QVERIFY(d.toggle(3));
    QVERIFY(d.isChosen(3));
    QVERIFY(d.toggle(1));
    QCOMPARE(d.chosenCount(), 2);
    QCOMPARE(d.chosen(), (std::vector<int> {1, 3}));
    // No limit: everything can be chosen.
    QVERIFY(d.toggle(0));
    QVERIFY(d.toggle(2));
    QVERIFY(d.toggle(4));
    QCOMPARE(d.chosenCount(), 5);
    // Toggling a chosen project removes it.
    QVERIFY(d.toggle(3));
    QVERIFY(!d.isChosen(3));
    QCOMPARE(d.chosen(), (std::vector<int> {0, 1, 2, 4}));
    QCOMPARE(d.totalCost(), 100 + 200 + 300 + 500);
}

void TestBallotDraft::approvalRefusesBeyondMaxSelections()
{
    BallotDraft d(approvalRound(0, 2));
    QVERIFY(d.toggle(0));
    QVERIFY(d.toggle(4));
    const std::vector<int> before = values(d);
    const Status third = d.toggle(2);
    QVERIFY(!third);
    QVERIFY2(third.error().contains(u"up to 2 project"_qs), qPrintable(third.error()));
    QVERIFY2(third.error().contains(u"remove another"_qs), qPrintable(third.error()));
    // Nothing changed.
    QCOMPARE(values(d), before);
    QVERIFY(!d.isChosen(2));
    QCOMPARE(d.chosenCount(), 2);
    QCOMPARE(d.chosen(), (std::vector<int> {0, 4}));
    // After removing one, the refused project can be chosen.
    QVERIFY(d.toggle(0));
    QVERIFY(d.toggle(2));
    QCOMPARE(d.chosen(), (std::vector<int> {2, 4}));
    // maxSelections = 1: the message is still about the number of projects.
    BallotDraft one(approvalRound(0, 1));
    QVERIFY(one.toggle(1));
    const Status second = one.toggle(2);
    QVERIFY(!second);
    QVERIFY2(second.error().contains(u"up to 1 project"_qs), qPrintable(second.error()));
    QCOMPARE(one.chosen(), (std::vector<int> {1}));
}

void TestBallotDraft::approvalCanChooseFollowsTheLimit()
{
    BallotDraft d(approvalRound(0, 2));
    QVERIFY(d.canChoose(1));
    QVERIFY(d.toggle(1));
    QVERIFY(!d.canChoose(1)); // already chosen
    QVERIFY(d.canChoose(2));
    QVERIFY(d.toggle(2));
    for (int i : {0, 3, 4})
        QVERIFY2(!d.canChoose(i), qPrintable(u"project %1 should not be choosable on a full ballot"_qs.arg(i)));
    QVERIFY(d.toggle(1));
    for (int i : {0, 1, 3, 4})
        QVERIFY(d.canChoose(i));
}

void TestBallotDraft::knapsackRefusesWhatDoesNotFit()
{
    BallotDraft d(knapsackRound());
    QVERIFY(d.toggle(0)); // 120,000
    QVERIFY(d.toggle(1)); // 100,000 → 220,000 spent, 55,000 left
    QCOMPARE(d.spent(), 22'000'000);
    QCOMPARE(d.remaining(), 5'500'000);
    QVERIFY(!d.canChoose(2)); // 80,000 does not fit
    const std::vector<int> before = values(d);
    const Status s = d.toggle(2);
    QVERIFY(!s);
    QCOMPARE(values(d), before);
    QCOMPARE(d.spent(), 22'000'000);
    // The message names both amounts, in the default reading.
    QCOMPARE(defaultMoney(8'000'000), u"80,000.00 EUR"_qs);
    QVERIFY2(s.error().contains(u"80,000.00 EUR"_qs), qPrintable(s.error()));
    QVERIFY2(s.error().contains(u"55,000.00 EUR"_qs), qPrintable(s.error()));
    QVERIFY2(s.error().indexOf(u"80,000.00 EUR"_qs) < s.error().indexOf(u"55,000.00 EUR"_qs),
        qPrintable(u"the cost comes first, then what is left: "_qs + s.error()));
    // 50,000 fits exactly up to 270,000; then 25,000 does not (5,000 left).
    QVERIFY(d.canChoose(3));
    QVERIFY(d.toggle(3));
    QCOMPARE(d.remaining(), 500'000);
    const Status t = d.toggle(4);
    QVERIFY(!t);
    QVERIFY2(t.error().contains(u"25,000.00 EUR"_qs) && t.error().contains(u"5,000.00 EUR"_qs), qPrintable(t.error()));
    // One cent too dear is refused; exactly what is left fits.
    Round tight = knapsackRound();
    tight.budget = 12'000'000 + 2'500'000 - 1;
    BallotDraft c(tight);
    QVERIFY(c.toggle(0));
    QCOMPARE(c.remaining(), 2'499'999);
    QVERIFY(!c.canChoose(4));
    const Status cent = c.toggle(4);
    QVERIFY(!cent);
    QVERIFY2(cent.error().contains(u"25,000.00 EUR"_qs) && cent.error().contains(u"24,999.99 EUR"_qs),
        qPrintable(cent.error()));
    QVERIFY(!c.isChosen(4));
    Round exact = knapsackRound();
    exact.budget = 12'000'000 + 2'500'000;
    BallotDraft e(exact);
    QVERIFY(e.toggle(0));
    QVERIFY(e.canChoose(4));
    QVERIFY(e.toggle(4));
    QCOMPARE(e.remaining(), 0);
    QVERIFY(!e.canChoose(3));
}

void TestBallotDraft::knapsackMessageUsesCustomFormatter()
{
    BallotDraft d(knapsackRound());
    QStringList asked;
    d.setMoneyFormatter([&asked](int64_t amount) {
        const QString text = u"€%1 (cents %2)"_qs.arg(amount / 100).arg(amount);
        asked << text;
        return text;
    });
    QVERIFY(d.toggle(0));
    QVERIFY(d.toggle(1));
    const Status s = d.toggle(2);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(u"€80000 (cents 8000000)"_qs), qPrintable(s.error()));
    QVERIFY2(s.error().contains(u"€55000 (cents 5500000)"_qs), qPrintable(s.error()));
    QVERIFY2(!s.error().contains(u"EUR"_qs), qPrintable(u"the default reading leaked: "_qs + s.error()));
    QVERIFY(asked.contains(u"€80000 (cents 8000000)"_qs));
}

void TestBallotDraft::knapsackMessageUsesRoundCurrency()
{
    Round r = knapsackRound();
    r.currency = u"PLN"_qs;
    BallotDraft d(r);
    QVERIFY(d.toggle(0));
    QVERIFY(d.toggle(1));
    const Status s = d.toggle(2);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(defaultMoney(8'000'000, u"PLN"_qs)), qPrintable(s.error()));
    QVERIFY2(s.error().contains(u"55,000.00 PLN"_qs), qPrintable(s.error()));
}

void TestBallotDraft::knapsackCountsSpentRemainingTotal()
{
    BallotDraft d(knapsackRound());
    QCOMPARE(d.budget(), 27'500'000);
    QCOMPARE(d.spent(), 0);
    QCOMPARE(d.remaining(), 27'500'000);
    QCOMPARE(d.totalCost(), 0);
    QVERIFY(d.toggle(2));
    QVERIFY(d.toggle(4));
    QCOMPARE(d.spent(), 10'500'000);
    QCOMPARE(d.remaining(), 17'000'000);
    QCOMPARE(d.totalCost(), 10'500'000);
    QVERIFY(d.toggle(2)); // removed
    QCOMPARE(d.spent(), 2'500'000);
    QCOMPARE(d.remaining(), 25'000'000);
    QCOMPARE(d.totalCost(), 2'500'000);
}

void TestBallotDraft::knapsackHonoursMaxSelectionsToo()
{
    Round r = knapsackRound();
    r.rules.maxSelections = 2;
    BallotDraft d(r);
    QVERIFY(d.toggle(3));
    QVERIFY(d.toggle(4));
    QVERIFY(d.remaining() > r.projects[2].cost); // money is not the reason
    QVERIFY(!d.canChoose(2));
    const Status s = d.toggle(2);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(u"up to 2 project"_qs), qPrintable(s.error()));
    QCOMPARE(d.chosen(), (std::vector<int> {3, 4}));
}

void TestBallotDraft::districtsHaveTheirOwnBudgets()
{
    BallotDraft d(districtRound());
    QCOMPARE(d.budget(), 1000);
    QCOMPARE(d.budget(u"N"_qs), 500);
    QCOMPARE(d.budget(u"S"_qs), 400);
    QCOMPARE(d.budget(u"nowhere"_qs), 0);

    QVERIFY(d.toggle(2)); // N1 300
    QCOMPARE(d.spent(u"N"_qs), 300);
    QCOMPARE(d.remaining(u"N"_qs), 200);
    QCOMPARE(d.spent(), 0); // the city-wide budget is untouched
    QCOMPARE(d.spent(u"S"_qs), 0);
    QCOMPARE(d.totalCost(), 300);

    // N2 (250) does not fit North's 200 even though the city-wide budget has 1000 left.
    QVERIFY(!d.canChoose(3));
    const Status s = d.toggle(3);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(u"2.50 EUR"_qs) && s.error().contains(u"2.00 EUR"_qs), qPrintable(s.error()));
    QVERIFY(!d.isChosen(3));

    // Other budgets are independent.
    QVERIFY(d.canChoose(0));
    QVERIFY(d.toggle(0)); // C1 600
    QVERIFY(d.toggle(4)); // S1 350
    QCOMPARE(d.spent(), 600);
    QCOMPARE(d.remaining(), 400);
    QCOMPARE(d.spent(u"S"_qs), 350);
    QCOMPARE(d.remaining(u"S"_qs), 50);
    QVERIFY(!d.canChoose(1)); // C2 500 > 400 left city-wide
    QVERIFY(!d.canChoose(5)); // S2 100 > 50 left in South
    const Status south = d.toggle(5);
    QVERIFY(!south);
    QVERIFY2(
        south.error().contains(u"1.00 EUR"_qs) && south.error().contains(u"0.50 EUR"_qs), qPrintable(south.error()));
    QCOMPARE(d.totalCost(), 300 + 600 + 350);
    // Removing N1 frees North's budget only.
    QVERIFY(d.toggle(2));
    QCOMPARE(d.remaining(u"N"_qs), 500);
    QVERIFY(d.canChoose(3));
    QVERIFY(!d.canChoose(5));
    checkAgreesWithValidator(d, "districts");
}

// A voter of North (their access code says so): city-wide projects and North's are
// offered, South's are refused with a sentence naming both districts; the budgets and
// the ballot hold only what was offered; clear() forgets the district.
void TestBallotDraft::districtBallotOffersOnlyItsProjects()
{
    BallotDraft d(districtRound());
    QCOMPARE(d.district(), QString());
    QCOMPARE(d.offeredCount(), 6);
    QVERIFY(d.setDistrict(u"N"_qs));
    QCOMPARE(d.district(), u"N"_qs);
    QCOMPARE(d.offeredCount(), 4);
    const std::vector<bool> offered = {true, true, true, true, false, false}; // C1 C2 N1 N2 S1 S2
    for (int i = 0; i < d.projectCount(); ++i) {
        QCOMPARE(d.isOffered(i), offered[size_t(i)]);
        QCOMPARE(d.canChoose(i), offered[size_t(i)]);
    }
    QVERIFY(!d.isOffered(-1));
    QVERIFY(!d.isOffered(6));

    const Status south = d.toggle(4); // S1
    QVERIFY(!south);
    QVERIFY2(south.error().contains(u"South"_qs) && south.error().contains(u"North"_qs), qPrintable(south.error()));
    QVERIFY(!d.isChosen(4));
    QCOMPARE(d.chosenCount(), 0);

    QVERIFY(d.toggle(0)); // C1 600
    QVERIFY(d.toggle(2)); // N1 300
    QCOMPARE(d.spent(), 600);
    QCOMPARE(d.spent(u"N"_qs), 300);
    QCOMPARE(d.spent(u"S"_qs), 0);
    QVERIFY(!d.toggle(5));
    QCOMPARE(d.ballot(), testsupport::approvalBallot({0, 2}));
    checkAgreesWithValidator(d, "North voter");

    // An unknown district is refused and changes nothing.
    const Status unknown = d.setDistrict(u"nowhere"_qs);
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().contains(u"nowhere"_qs), qPrintable(unknown.error()));
    QCOMPARE(d.district(), u"N"_qs);
    QCOMPARE(d.chosenCount(), 2);

    // The next voter starts from nothing, city-wide.
    d.clear();
    QCOMPARE(d.district(), QString());
    QCOMPARE(d.chosenCount(), 0);
    QCOMPARE(d.offeredCount(), 6);
    QVERIFY(d.canChoose(4));
    QVERIFY(d.toggle(4));
}

void TestBallotDraft::districtBallotRestrictsEveryKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("approval") << int(BallotKind::Approval);
    QTest::newRow("knapsack") << int(BallotKind::Knapsack);
    QTest::newRow("cumulative") << int(BallotKind::Cumulative);
    QTest::newRow("ordinal") << int(BallotKind::Ordinal);
}

void TestBallotDraft::districtBallotRestrictsEveryKind()
{
    QFETCH(int, kind);
    Round r = districtRound();
    r.rules = {};
    r.rules.kind = BallotKind(kind);
    if (r.rules.kind == BallotKind::Cumulative)
        r.rules.totalPoints = 10;
    QVERIFY2(r.validate(), qPrintable(r.validate().error()));
    BallotDraft d(r);
    QVERIFY(d.setDistrict(u"S"_qs));
    const int north = 2; // N1
    const int south = 5; // S2
    QVERIFY(!d.canChoose(north));
    QVERIFY(d.canChoose(south));
    Status refused;
    switch (r.rules.kind) {
    case BallotKind::Approval:
    case BallotKind::Knapsack:
        refused = d.toggle(north);
        QVERIFY(d.toggle(south));
        break;
    case BallotKind::Cumulative:
        refused = d.setPoints(north, 2);
        QVERIFY(d.setPoints(south, 2));
        QCOMPARE(d.pointsLeft(), 8);
        break;
    case BallotKind::Ordinal:
        // k is what the voter can rank: the 4 projects offered, not the round's 6.
        QCOMPARE(d.rankLimit(), 4);
        refused = d.appendToRanking(north);
        QVERIFY(d.appendToRanking(south));
        break;
    }
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"North"_qs) && refused.error().contains(u"South"_qs),
             qPrintable(refused.error()));
    QCOMPARE(values(d)[size_t(north)], 0);
    QCOMPARE(d.chosen(), std::vector<int>{south});
    checkAgreesWithValidator(d, "South voter");
}

// Setting a district on a draft that already holds choices (not what a kiosk does, but
// the draft stays consistent): the choices it does not offer go, a ranking closes up.
void TestBallotDraft::changingDistrictDropsWhatItDoesNotOffer()
{
    Round r = districtRound();
    r.rules = {};
    r.rules.kind = BallotKind::Ordinal;
    BallotDraft d(r);
    QVERIFY(d.appendToRanking(4)); // S1 first
    QVERIFY(d.appendToRanking(2)); // N1 second
    QVERIFY(d.appendToRanking(0)); // C1 third
    QVERIFY(d.setDistrict(u"N"_qs));
    QCOMPARE(d.chosen(), (std::vector<int>{2, 0}));
    QCOMPARE(d.rank(2), 1);
    QCOMPARE(d.rank(0), 2);
    QCOMPARE(d.rank(4), 0);
    checkAgreesWithValidator(d, "ranking after the district was set");
}

void TestBallotDraft::canChooseAgreesWithToggle_data()
{
    QTest::addColumn<Round>("round");
    QTest::newRow("approval, no limit") << approvalRound(0, 0);
    QTest::newRow("approval, at most 3") << approvalRound(1, 3);
    QTest::newRow("knapsack") << [] {
        Round r = testsupport::sampleRound(BallotKind::Knapsack);
        return r;
    }();
    QTest::newRow("knapsack, at most 2") << [] {
        Round r = testsupport::sampleRound(BallotKind::Knapsack);
        r.rules.maxSelections = 2;
        return r;
    }();
    QTest::newRow("knapsack with districts") << districtRound();
}

// Every ballot reachable by touches: for each project not chosen, canChoose says
// exactly what toggle then does, an accepted pick never overdraws a budget, and the
// draft and the validator agree on the result.
void TestBallotDraft::canChooseAgreesWithToggle()
{
    QFETCH(Round, round);
    const int n = int(round.projects.size());
    int reachable = 0;
    int refusals = 0;
    for (int mask = 0; mask < (1 << n); ++mask) {
        BallotDraft d(round);
        bool ok = true;
        for (int i = 0; i < n && ok; ++i) {
            if (mask & (1 << i))
                ok = bool(d.toggle(i));
        }
        if (!ok)
            continue;
        ++reachable;
        for (int p = 0; p < n; ++p) {
            if (d.isChosen(p))
                continue;
            BallotDraft copy = d;
            const bool can = d.canChoose(p);
            const Status s = copy.toggle(p);
            QVERIFY2(can == s.ok(),
                qPrintable(u"mask %1, project %2: canChoose says %3 but toggle %4 (%5)"_qs.arg(mask).arg(p).arg(
                    can ? u"yes"_qs : u"no"_qs, s.ok() ? u"accepts"_qs : u"refuses"_qs, s.error())));
            if (!s) {
                ++refusals;
                QVERIFY(!s.error().isEmpty());
                QCOMPARE(values(copy), values(d)); // a refusal changes nothing
                continue;
            }
            QVERIFY(copy.isChosen(p));
            QCOMPARE(copy.chosenCount(), d.chosenCount() + 1);
            QVERIFY(copy.spent() <= copy.budget() || round.rules.kind == BallotKind::Approval);
            for (const District &dist : round.districts)
                QVERIFY(copy.spent(dist.id) <= copy.budget(dist.id));
            if (round.rules.kind == BallotKind::Knapsack && round.rules.minSelections == 0)
                QVERIFY2(copy.readiness().ok(), qPrintable(copy.readiness().error()));
        }
        checkAgreesWithValidator(d, "reachable ballot");
    }
    QVERIFY(reachable > 1);
    if (round.rules.kind == BallotKind::Knapsack || round.rules.maxSelections > 0)
        QVERIFY2(refusals > 0, "the data row never exercised a refusal");
}

void TestBallotDraft::cumulativePointsAndCaps()
{
    // 10 points, at most 4 on one project, at most 3 projects.
    BallotDraft d(cumulativeRound(10, 4, 3));
    QCOMPARE(d.pointsGiven(), 0);
    QCOMPARE(d.pointsLeft(), 10);

    const Status tooMany = d.setPoints(0, 5);
    QVERIFY(!tooMany);
    QVERIFY2(tooMany.error().contains(u"at most 4 point"_qs), qPrintable(tooMany.error()));
    QCOMPARE(d.points(0), 0);

    QVERIFY(d.setPoints(0, 4));
    QVERIFY(d.setPoints(1, 4));
    QCOMPARE(d.pointsGiven(), 8);
    QCOMPARE(d.pointsLeft(), 2);
    QCOMPARE(d.chosenCount(), 2);

    // 3 more than the 2 left: refused, nothing changes.
    const Status over = d.setPoints(2, 3);
    QVERIFY(!over);
    QVERIFY(!over.error().isEmpty());
    QCOMPARE(d.points(2), 0);
    QCOMPARE(d.pointsLeft(), 2);

    QVERIFY(d.setPoints(2, 2));
    QCOMPARE(d.pointsLeft(), 0);
    QCOMPARE(d.pointsGiven(), 10);
    QVERIFY(!d.canChoose(3));
    const Status none = d.setPoints(3, 1);
    QVERIFY(!none);
    QVERIFY2(none.error().contains(u"All 10 point"_qs), qPrintable(none.error()));
    QCOMPARE(d.points(3), 0);

    // Lowering always works and frees points.
    QVERIFY(d.setPoints(0, 2));
    QCOMPARE(d.pointsLeft(), 2);
    // Three projects already have points: a fourth is refused even with points left.
    QVERIFY(!d.canChoose(3));
    const Status fourth = d.setPoints(3, 1);
    QVERIFY(!fourth);
    QVERIFY2(fourth.error().contains(u"up to 3 project"_qs), qPrintable(fourth.error()));
    QCOMPARE(d.points(3), 0);
    // Raising a project that already has points is not a new project.
    QVERIFY(d.setPoints(2, 3));
    QCOMPARE(d.pointsLeft(), 1);
    // Taking all points from one frees a place.
    QVERIFY(d.setPoints(1, 0));
    QCOMPARE(d.chosenCount(), 2);
    QVERIFY(d.canChoose(3));
    QVERIFY(d.setPoints(3, 4));
    QCOMPARE(d.pointsLeft(), 1);
    QCOMPARE(d.chosen(), (std::vector<int> {0, 2, 3}));
    QCOMPARE(d.ballot(), (Ballot {{{0, 2}, {2, 3}, {3, 4}}}));
    checkAgreesWithValidator(d, "cumulative");

    // Setting the same value again is accepted and changes nothing.
    QVERIFY(d.setPoints(3, 4));
    QCOMPARE(d.pointsGiven(), 9);
}

void TestBallotDraft::cumulativeRefusesNegativePoints()
{
    BallotDraft d(cumulativeRound(5, 0, 0));
    QVERIFY(d.setPoints(1, 2));
    const Status s = d.setPoints(1, -1);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(u"below zero"_qs), qPrintable(s.error()));
    QCOMPARE(d.points(1), 2);
    // No per-project cap: all points on one project.
    QVERIFY(d.setPoints(1, 5));
    QCOMPARE(d.pointsLeft(), 0);
    QVERIFY(!d.setPoints(1, 6));
    QCOMPARE(d.points(1), 5);
    // No points left: no other project can be given one (no limit on projects here).
    for (int p : {0, 2, 3, 4}) {
        QVERIFY2(!d.canChoose(p), qPrintable(u"project %1 choosable with no points left"_qs.arg(p)));
        BallotDraft copy = d;
        QVERIFY(!copy.setPoints(p, 1));
    }
}

void TestBallotDraft::cumulativeCanChooseAgreesWithSetPoints()
{
    const Round r = cumulativeRound(4, 2, 2);
    // Every assignment of 0..2 points to 5 projects reachable by setPoints.
    int checked = 0;
    for (int code = 0; code < 243; ++code) {
        BallotDraft d(r);
        bool ok = true;
        int c = code;
        for (int i = 0; i < 5 && ok; ++i, c /= 3) {
            if (c % 3)
                ok = bool(d.setPoints(i, c % 3));
        }
        if (!ok)
            continue;
        QVERIFY(d.pointsLeft() >= 0);
        QVERIFY(d.chosenCount() <= 2);
        for (int p = 0; p < 5; ++p) {
            if (d.points(p) > 0)
                continue;
            BallotDraft copy = d;
            QCOMPARE(d.canChoose(p), bool(copy.setPoints(p, 1)));
            ++checked;
        }
        checkAgreesWithValidator(d, "cumulative reachable");
    }
    QVERIFY(checked > 20);
}

void TestBallotDraft::ordinalRankingAndRenumbering()
{
    BallotDraft d(ordinalRound(3));
    QVERIFY(d.appendToRanking(2));
    QVERIFY(d.appendToRanking(0));
    QVERIFY(d.appendToRanking(4));
    QCOMPARE(d.rank(2), 1);
    QCOMPARE(d.rank(0), 2);
    QCOMPARE(d.rank(4), 3);
    QCOMPARE(d.rank(1), 0);
    QCOMPARE(d.chosen(), (std::vector<int> {2, 0, 4}));

    // Ranking a ranked project again changes nothing.
    QVERIFY(d.appendToRanking(0));
    QCOMPARE(d.rank(0), 2);
    QCOMPARE(d.chosenCount(), 3);

    // A fourth is refused (k = 3), with the limit in the message.
    const Status s = d.appendToRanking(1);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(u"up to 3 project"_qs), qPrintable(s.error()));
    QCOMPARE(d.rank(1), 0);
    QCOMPARE(d.chosen(), (std::vector<int> {2, 0, 4}));

    // Removing the first renumbers the rest without gaps.
    d.removeFromRanking(2);
    QCOMPARE(d.rank(2), 0);
    QCOMPARE(d.rank(0), 1);
    QCOMPARE(d.rank(4), 2);
    QCOMPARE(d.chosen(), (std::vector<int> {0, 4}));
    // Removing one that is not ranked changes nothing.
    d.removeFromRanking(3);
    QCOMPARE(d.chosen(), (std::vector<int> {0, 4}));
    // The freed place can be used; the new one goes last.
    QVERIFY(d.appendToRanking(1));
    QCOMPARE(d.rank(1), 3);
    // Removing the middle one.
    d.removeFromRanking(4);
    QCOMPARE(d.rank(0), 1);
    QCOMPARE(d.rank(1), 2);
    QCOMPARE(d.chosen(), (std::vector<int> {0, 1}));
    QCOMPARE(d.ballot(), (Ballot {{{0, 1}, {1, 2}}}));
    checkAgreesWithValidator(d, "ordinal");
}

void TestBallotDraft::ordinalMoveInRanking()
{
    BallotDraft d(ordinalRound(0)); // rank all five
    for (int p : {0, 1, 2, 3})
        QVERIFY(d.appendToRanking(p));
    QCOMPARE(d.chosen(), (std::vector<int> {0, 1, 2, 3}));

    QVERIFY(d.moveInRanking(2, -1)); // up one
    QCOMPARE(d.chosen(), (std::vector<int> {0, 2, 1, 3}));
    QVERIFY(d.moveInRanking(0, 1)); // down one
    QCOMPARE(d.chosen(), (std::vector<int> {2, 0, 1, 3}));
    QVERIFY(d.moveInRanking(3, -2)); // up two
    QCOMPARE(d.chosen(), (std::vector<int> {2, 3, 0, 1}));
    QVERIFY(d.moveInRanking(3, -10)); // clamped at first
    QCOMPARE(d.chosen(), (std::vector<int> {3, 2, 0, 1}));
    QVERIFY(d.moveInRanking(3, -1)); // already first: stays
    QCOMPARE(d.chosen(), (std::vector<int> {3, 2, 0, 1}));
    QVERIFY(d.moveInRanking(2, 99)); // clamped at last ranked, not at the project count
    QCOMPARE(d.chosen(), (std::vector<int> {3, 0, 1, 2}));
    QCOMPARE(d.rank(2), 4);
    QVERIFY(d.moveInRanking(1, 0));
    QCOMPARE(d.chosen(), (std::vector<int> {3, 0, 1, 2}));
    // Ranks stay 1..n without gaps or repeats.
    std::vector<int> ranks;
    for (int p = 0; p < 5; ++p) {
        if (d.rank(p))
            ranks.push_back(d.rank(p));
    }
    std::sort(ranks.begin(), ranks.end());
    QCOMPARE(ranks, (std::vector<int> {1, 2, 3, 4}));

    // An unranked project cannot move.
    const Status s = d.moveInRanking(4, -1);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(u"not ranked"_qs), qPrintable(s.error()));
    QCOMPARE(d.rank(4), 0);
    QCOMPARE(d.ballot(), (Ballot {{{3, 1}, {0, 2}, {1, 3}, {2, 4}}}));
    checkAgreesWithValidator(d, "moved");
}

void TestBallotDraft::ordinalRankLimit()
{
    QCOMPARE(BallotDraft(ordinalRound(3)).rankLimit(), 3);
    QCOMPARE(BallotDraft(ordinalRound(0)).rankLimit(), 5); // 0: rank all
    QCOMPARE(BallotDraft(ordinalRound(9)).rankLimit(), 5); // never more than the projects
    QCOMPARE(BallotDraft(ordinalRound(1)).rankLimit(), 1);
    BallotDraft all(ordinalRound(0));
    for (int p = 4; p >= 0; --p)
        QVERIFY(all.appendToRanking(p));
    QCOMPARE(all.chosen(), (std::vector<int> {4, 3, 2, 1, 0}));
    checkAgreesWithValidator(all, "all ranked");
}

void TestBallotDraft::ordinalCanChooseAgreesWithAppend()
{
    BallotDraft d(ordinalRound(2));
    for (int p = 0; p < 5; ++p) {
        BallotDraft copy = d;
        QCOMPARE(d.canChoose(p), bool(copy.appendToRanking(p)));
    }
    QVERIFY(d.appendToRanking(1));
    QVERIFY(!d.canChoose(1)); // ranked already
    QVERIFY(d.canChoose(3));
    QVERIFY(d.appendToRanking(3));
    for (int p : {0, 2, 4}) {
        BallotDraft copy = d;
        QVERIFY(!d.canChoose(p));
        QVERIFY(!copy.appendToRanking(p));
    }
}

void TestBallotDraft::readinessMatchesValidator()
{
    // A walk through each kind, comparing after every step.
    {
        BallotDraft d(approvalRound(2, 3));
        checkAgreesWithValidator(d, "approval empty");
        for (int p : {4, 0, 2, 1, 0, 3}) {
            d.toggle(p);
            checkAgreesWithValidator(d, "approval walk");
        }
    }
    {
        BallotDraft d(districtRound());
        for (int p : {5, 2, 0, 3, 4, 1, 2, 3}) {
            d.toggle(p);
            checkAgreesWithValidator(d, "knapsack walk");
        }
    }
    {
        Round r = cumulativeRound(6, 3, 0);
        r.rules.minSelections = 2;
        BallotDraft d(r);
        const std::pair<int, int> steps[] = {{1, 3}, {4, 1}, {4, 2}, {0, 1}, {1, 0}, {2, 3}};
        for (const auto &[p, pts] : steps) {
            d.setPoints(p, pts);
            checkAgreesWithValidator(d, "cumulative walk");
        }
    }
    {
        Round r = ordinalRound(3);
        r.rules.minSelections = 2;
        BallotDraft d(r);
        d.appendToRanking(3);
        checkAgreesWithValidator(d, "ordinal one");
        d.appendToRanking(1);
        checkAgreesWithValidator(d, "ordinal two");
        d.moveInRanking(1, -1);
        checkAgreesWithValidator(d, "ordinal moved");
        d.removeFromRanking(1);
        checkAgreesWithValidator(d, "ordinal removed");
    }
}

void TestBallotDraft::readinessReportsUnmetMinimumSelections()
{
    const Round r = approvalRound(2, 0);
    BallotDraft d(r);
    QVERIFY(d.toggle(3));
    const Status s = d.readiness();
    QVERIFY(!s);
    const Result<Ballot> v = canonicaliseBallot(r, testsupport::approvalBallot({3}));
    QVERIFY(!v);
    QCOMPARE(s.error(), v.error());
    QVERIFY2(s.error().contains(u"at least 2 project"_qs), qPrintable(s.error()));
    QVERIFY(d.toggle(1));
    QVERIFY2(d.readiness().ok(), qPrintable(d.readiness().error()));
    QCOMPARE(d.ballot(), testsupport::approvalBallot({1, 3}));
    // An empty ballot is fine when no minimum applies (a blank ballot).
    BallotDraft blank(approvalRound(0, 2));
    QVERIFY(blank.readiness().ok());
    QVERIFY(blank.ballot().choices.empty());
}

void TestBallotDraft::readinessKnapsackMinimumSpend()
{
    Round r = testsupport::sampleRound(BallotKind::Knapsack); // budget 1000
    r.rules.minSpendPercent = 50;
    BallotDraft d(r);
    QVERIFY(d.toggle(3)); // 400: 40 %
    const Status s = d.readiness();
    QVERIFY(!s);
    QVERIFY2(s.error().contains(u"50%"_qs), qPrintable(s.error()));
    checkAgreesWithValidator(d, "under the minimum spend");
    QVERIFY(d.toggle(0)); // 500: 50 %
    QVERIFY2(d.readiness().ok(), qPrintable(d.readiness().error()));
    checkAgreesWithValidator(d, "at the minimum spend");
}

void TestBallotDraft::readinessCumulativeMustUseAllPoints()
{
    BallotDraft d(cumulativeRound(5, 0, 0, true));
    QVERIFY(d.setPoints(0, 3));
    QVERIFY(!d.readiness());
    checkAgreesWithValidator(d, "points left");
    QVERIFY(d.setPoints(2, 2));
    QVERIFY2(d.readiness().ok(), qPrintable(d.readiness().error()));
    checkAgreesWithValidator(d, "all points given");
}

void TestBallotDraft::ballotIsCanonical()
{
    // Approval: ascending positions, whatever the order of the touches.
    BallotDraft a(approvalRound(0, 0));
    QVERIFY(a.toggle(4));
    QVERIFY(a.toggle(1));
    QVERIFY(a.toggle(3));
    QCOMPARE(a.ballot(), testsupport::approvalBallot({1, 3, 4}));
    QCOMPARE(*canonicaliseBallot(a.round(), testsupport::approvalBallot({4, 1, 3})), a.ballot());
    // Knapsack: values are 1.
    BallotDraft k(knapsackRound());
    QVERIFY(k.toggle(4));
    QVERIFY(k.toggle(2));
    QCOMPARE(k.ballot(), testsupport::approvalBallot({2, 4}));
    // Cumulative: ascending positions with the points.
    BallotDraft c(cumulativeRound(10, 0, 0));
    QVERIFY(c.setPoints(3, 2));
    QVERIFY(c.setPoints(0, 5));
    QCOMPARE(c.ballot(), (Ballot {{{0, 5}, {3, 2}}}));
    // Ordinal: preference order, ranks 1..n.
    BallotDraft o(ordinalRound(3));
    QVERIFY(o.appendToRanking(4));
    QVERIFY(o.appendToRanking(0));
    QCOMPARE(o.ballot(), (Ballot {{{4, 1}, {0, 2}}}));
    QCOMPARE(*canonicaliseBallot(o.round(), Ballot {{{0, 7}, {4, 3}}}), o.ballot());
    for (const BallotDraft *d : {&a, &k, &c, &o})
        checkAgreesWithValidator(*d, "canonical");
}

void TestBallotDraft::clearForgetsEverything_data()
{
    QTest::addColumn<Round>("round");
    QTest::newRow("approval") << approvalRound(0, 0);
    QTest::newRow("knapsack with districts") << districtRound();
    QTest::newRow("cumulative") << cumulativeRound(10, 0, 0);
    QTest::newRow("ordinal") << ordinalRound(3);
}

void TestBallotDraft::clearForgetsEverything()
{
    QFETCH(Round, round);
    BallotDraft d(round);
    switch (round.rules.kind) {
    case BallotKind::Approval:
    case BallotKind::Knapsack:
        QVERIFY(d.toggle(0));
        QVERIFY(d.toggle(d.projectCount() - 1)); // the last one too
        break;
    case BallotKind::Cumulative:
        QVERIFY(d.setPoints(0, 4));
        QVERIFY(d.setPoints(d.projectCount() - 1, 2));
        break;
    case BallotKind::Ordinal:
        QVERIFY(d.appendToRanking(d.projectCount() - 1));
        QVERIFY(d.appendToRanking(0));
        break;
    }
    QCOMPARE(d.chosenCount(), 2);
    d.clear();
    QCOMPARE(d.chosenCount(), 0);
    QVERIFY(d.chosen().empty());
    QVERIFY(d.ballot().choices.empty());
    QCOMPARE(d.totalCost(), 0);
    QCOMPARE(d.spent(), 0);
    QCOMPARE(d.remaining(), d.budget());
    for (const District &dist : round.districts) {
        QCOMPARE(d.spent(dist.id), 0);
        QCOMPARE(d.remaining(dist.id), dist.budget);
    }
    QCOMPARE(d.pointsGiven(), 0);
    QCOMPARE(d.pointsLeft(), round.rules.totalPoints);
    for (int i = 0; i < d.projectCount(); ++i) {
        QVERIFY(!d.isChosen(i));
        QCOMPARE(d.points(i), 0);
        QCOMPARE(d.rank(i), 0);
    }
    QCOMPARE(values(d), std::vector<int>(size_t(d.projectCount()), 0));
    // The rules stay: the next voter gets the same ballot.
    QCOMPARE(d.projectCount(), int(round.projects.size()));
    QCOMPARE(d.round().rules, round.rules);
    // And it is usable again: an ordinal ranking restarts at 1.
    if (round.rules.kind == BallotKind::Ordinal) {
        QVERIFY(d.appendToRanking(4));
        QCOMPARE(d.rank(4), 1);
    }
}

void TestBallotDraft::indexOutOfRangeIsRefused_data()
{
    QTest::addColumn<Round>("round");
    QTest::addColumn<int>("index");
    for (int index : {-1, 5, 1000}) {
        QTest::addRow("approval %d", index) << approvalRound(0, 0) << index;
        QTest::addRow("cumulative %d", index) << cumulativeRound(10, 0, 0) << index;
        QTest::addRow("ordinal %d", index) << ordinalRound(3) << index;
    }
}

void TestBallotDraft::indexOutOfRangeIsRefused()
{
    QFETCH(Round, round);
    QFETCH(int, index);
    BallotDraft d(round);
    // Something chosen already, to see that refusals keep it.
    if (round.rules.kind == BallotKind::Cumulative)
        QVERIFY(d.setPoints(0, 2));
    else if (round.rules.kind == BallotKind::Ordinal)
        QVERIFY(d.appendToRanking(0));
    else
        QVERIFY(d.toggle(0));
    const std::vector<int> before = values(d);
    const QString expected = u"There is no project number %1 on this ballot."_qs.arg(index + 1);

    const Status t = d.toggle(index);
    QVERIFY(!t);
    QCOMPARE(t.error(), expected);
    const Status p = d.setPoints(index, 1);
    QVERIFY(!p);
    QCOMPARE(p.error(), expected);
    const Status a = d.appendToRanking(index);
    QVERIFY(!a);
    QCOMPARE(a.error(), expected);
    const Status m = d.moveInRanking(index, -1);
    QVERIFY(!m);
    QCOMPARE(m.error(), expected);
    d.removeFromRanking(index); // no effect, no crash
    QVERIFY(!d.canChoose(index));
    QVERIFY(!d.isChosen(index));
    QCOMPARE(d.points(index), 0);
    QCOMPARE(d.rank(index), 0);
    QCOMPARE(values(d), before);
    QCOMPARE(d.chosenCount(), 1);
}

QTEST_GUILESS_MAIN(TestBallotDraft)
#include "TestBallotDraft.moc"
