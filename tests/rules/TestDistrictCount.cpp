#include "TestInstances.h"

#include "rules/DistrictCount.h"
#include "rules/GreedyRule.h"

#include <QLocale>
#include <QTest>

using namespace pbvote::counting;
using namespace pbvote::testing;

class TestDistrictCount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void countsEachDistrictWithItsOwnBudget();
    void restrictsBallotsToTheDistrict();
    void projectsWithoutDistrictNeedCityWideBudget();
    void districtWithoutBudgetIsAnError();
    void errorInOneDistrictIsReported();

private:
    static RuleInfo greedyRule()
    {
        RuleInfo rule;
        rule.name = QStringLiteral("greedy");
        rule.run = [](const Instance &i, const RuleOptions &o) { return greedyWelfare(i, o, Satisfaction::Cost); };
        return rule;
    }
    static Instance city()
    {
        // North: N1 (40), N2 (30), N3 (30); South: S1 (50), S2 (20); city-wide: C1 (100).
        Instance inst = approvalInstance(0, {{u"N1", 40}, {u"S1", 50}, {u"N2", 30}, {u"C1", 100}, {u"N3", 30}, {u"S2", 20}}, {});
        const char16_t *districts[] = {u"North", u"South", u"North", u"", u"North", u"South"};
        for (size_t p = 0; p < inst.projects.size(); ++p)
            inst.projects[p].district = QString::fromUtf16(districts[p]);
        addVoters(inst, 5, {u"N1", u"N2", u"C1"});
        addVoters(inst, 4, {u"N3", u"S1"});
        addVoters(inst, 3, {u"S2"});
        addVoters(inst, 2, {u"C1"});
        return inst;
    }
};

void TestDistrictCount::countsEachDistrictWithItsOwnBudget()
{
    const Instance inst = city();
    const QMap<QString, int64_t> budgets{{QString(), 100}, {QStringLiteral("North"), 70}, {QStringLiteral("South"), 60}};
    const Outcome out = countByDistrict(inst, budgets, greedyRule(), RuleOptions());
    QVERIFY2(out.ok(), qPrintable(out.error));
    // "" first, then North (N1 5 votes, N2 5 votes; N3 4 votes no longer fits), then South
    // (S1 4 votes, S2 3 votes no longer fits: 50 + 20 > 60).
    QCOMPARE(winnerIds(inst, out), QStringList({QStringLiteral("C1"), QStringLiteral("N1"), QStringLiteral("N2"), QStringLiteral("S1")}));
    QCOMPARE(out.budget, 230);
    QCOMPARE(out.budgetUsed, 220);
    QCOMPARE(out.budgetLeft, 10);
    QCOMPARE(out.rule, QStringLiteral("greedy"));
    QCOMPARE(out.verdicts.size(), inst.projects.size());
    for (size_t p = 0; p < out.verdicts.size(); ++p)
        QCOMPARE(out.verdicts[p].project, int(p));
    QCOMPARE(out.verdicts[2].order, 3); // N2: third overall
    QCOMPARE(out.verdicts[2].facts.value(QStringLiteral("orderInDistrict")).toInt(), 2);
    QCOMPARE(out.verdicts[5].reason,
             QStringLiteral("District South: Not funded: 3 votes, but it costs 20 and only 10 was left when its turn came."));
    QVERIFY(out.verdicts[3].reason.startsWith(QStringLiteral("City-wide: Funded 1st")));
    const QVariantMap districts = out.parameters.value(QStringLiteral("districts")).toMap();
    QCOMPARE(districts.size(), 3);
    const QVariantMap south = districts.value(QStringLiteral("South")).toMap();
    QCOMPARE(south.value(QStringLiteral("budget")).toLongLong(), 60);
    QCOMPARE(south.value(QStringLiteral("used")).toLongLong(), 50);
    QCOMPARE(south.value(QStringLiteral("left")).toLongLong(), 10);
    QCOMPARE(south.value(QStringLiteral("winners")).toStringList(), QStringList({QStringLiteral("S1")}));
}

void TestDistrictCount::restrictsBallotsToTheDistrict()
{
    const Instance inst = city();
    const QMap<QString, int64_t> budgets{{QString(), 100}, {QStringLiteral("North"), 70}, {QStringLiteral("South"), 60}};
    const Outcome out = countByDistrict(inst, budgets, greedyRule(), RuleOptions());
    const QVariantMap districts = out.parameters.value(QStringLiteral("districts")).toMap();
    // North: the 5 + 4 voters who chose a North project; South: 4 + 3; city-wide: 5 + 2.
    QCOMPARE(districts.value(QStringLiteral("North")).toMap().value(QStringLiteral("voters")).toInt(), 9);
    QCOMPARE(districts.value(QStringLiteral("South")).toMap().value(QStringLiteral("voters")).toInt(), 7);
    QCOMPARE(districts.value(QString()).toMap().value(QStringLiteral("voters")).toInt(), 7);
    QCOMPARE(out.verdicts[4].facts.value(QStringLiteral("votes")).toInt(), 4);
}

void TestDistrictCount::projectsWithoutDistrictNeedCityWideBudget()
{
    const Instance inst = city();
    const QMap<QString, int64_t> budgets{{QStringLiteral("North"), 70}, {QStringLiteral("South"), 60}};
    const Outcome out = countByDistrict(inst, budgets, greedyRule(), RuleOptions());
    QVERIFY(out.ok());
    QCOMPARE(winnerIds(inst, out), QStringList({QStringLiteral("N1"), QStringLiteral("N2"), QStringLiteral("S1")}));
    QVERIFY(!out.verdicts[3].funded);
    QVERIFY(out.verdicts[3].reason.contains(QStringLiteral("no city-wide budget")));
    QCOMPARE(out.budget, 130);
}

void TestDistrictCount::districtWithoutBudgetIsAnError()
{
    const Instance inst = city();
    const QMap<QString, int64_t> budgets{{QString(), 100}, {QStringLiteral("North"), 70}};
    const Outcome out = countByDistrict(inst, budgets, greedyRule(), RuleOptions());
    QVERIFY(!out.ok());
    QVERIFY(out.error.contains(QStringLiteral("South")));
    QVERIFY(out.winners.empty());
}

void TestDistrictCount::errorInOneDistrictIsReported()
{
    const Instance inst = city();
    RuleInfo failing = greedyRule();
    failing.run = [](const Instance &i, const RuleOptions &o) {
        Outcome r = greedyWelfare(i, o, Satisfaction::Cost);
        if (i.name.contains(QStringLiteral("South")))
            r.error = QStringLiteral("boom");
        return r;
    };
    const QMap<QString, int64_t> budgets{{QString(), 100}, {QStringLiteral("North"), 70}, {QStringLiteral("South"), 60}};
    const Outcome out = countByDistrict(inst, budgets, failing, RuleOptions());
    QCOMPARE(out.error, QStringLiteral("District South: boom"));
    QVERIFY(out.winners.empty());
}

QTEST_GUILESS_MAIN(TestDistrictCount)
#include "TestDistrictCount.moc"
