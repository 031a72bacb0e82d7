#include "TestInstances.h"

#include "rules/GreedyRule.h"
#include "rules/RuleRegistry.h"

#include <QSet>
#include <QTest>

using namespace pbvote::counting;
using namespace pbvote::testing;

class TestRuleRegistry : public QObject
{
    Q_OBJECT

private slots:
    void listsRulesInStableOrder();
    void everyRuleIsDescribedAndRunnable();
    void findsRulesByName();
    void registryRunsTheRuleItNames();
};

void TestRuleRegistry::listsRulesInStableOrder()
{
    QStringList names;
    for (const RuleInfo &rule : allRules())
        names << rule.name;
    const QStringList expected{QStringLiteral("greedy"),          QStringLiteral("greedy-per-cost"),
                               QStringLiteral("mes-cost"),        QStringLiteral("mes-approval"),
                               QStringLiteral("mes-cost+greedy"), QStringLiteral("mes-approval+greedy"),
                               QStringLiteral("mes-cost+add1"),   QStringLiteral("mes-approval+add1"),
                               QStringLiteral("phragmen"),        QStringLiteral("max-welfare"),
                               QStringLiteral("mes-cost+add1-equalshares"),
                               QStringLiteral("mes-points"),      QStringLiteral("mes-points+add1"),
                               QStringLiteral("mes-borda"),       QStringLiteral("mes-borda+add1")};
    QCOMPARE(names, expected);
}

void TestRuleRegistry::everyRuleIsDescribedAndRunnable()
{
    QSet<QString> titles;
    for (const RuleInfo &rule : allRules()) {
        QVERIFY2(!rule.title.isEmpty(), qPrintable(rule.name));
        QVERIFY2(rule.description.size() > 40, qPrintable(rule.name));
        QVERIFY2(bool(rule.run), qPrintable(rule.name));
        titles.insert(rule.title);
    }
    QCOMPARE(titles.size(), int(allRules().size()));
}

void TestRuleRegistry::findsRulesByName()
{
    QVERIFY(findRule(QStringLiteral("phragmen")));
    QCOMPARE(findRule(QStringLiteral("max-welfare"))->name, QStringLiteral("max-welfare"));
    QCOMPARE(findRule(QStringLiteral("mes-cost+add1")), &allRules()[6]);
    QVERIFY(!findRule(QStringLiteral("Greedy")));
    QVERIFY(!findRule(QString()));
}

void TestRuleRegistry::registryRunsTheRuleItNames()
{
    // Greedy: A, D. Per cost (D 2, B 1.8, A 1.67, C 1.6): D, B. Phragmén: D (load 1/2),
    // B (5/9), then A (3/5) no longer fits. Max welfare: B + C (85 > A + D = 62).
    Instance inst = approvalInstance(10, {{u"A", 6}, {u"B", 5}, {u"C", 5}, {u"D", 1}}, {});
    addVoters(inst, 10, {u"A"});
    addVoters(inst, 9, {u"B"});
    addVoters(inst, 8, {u"C"});
    addVoters(inst, 2, {u"D"});
    const RuleOptions options;
    auto run = [&](const char16_t *name) {
        const RuleInfo *rule = findRule(QString::fromUtf16(name));
        const Outcome out = rule->run(inst, options);
        return winnerIds(inst, out);
    };
    QCOMPARE(run(u"greedy"), QStringList({QStringLiteral("A"), QStringLiteral("D")}));
    QCOMPARE(run(u"greedy-per-cost"), QStringList({QStringLiteral("D"), QStringLiteral("B")}));
    QCOMPARE(run(u"phragmen"), QStringList({QStringLiteral("D"), QStringLiteral("B")}));
    QCOMPARE(run(u"max-welfare"), QStringList({QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(findRule(QStringLiteral("greedy"))->run(inst, options).rule, QStringLiteral("greedy"));
    QCOMPARE(findRule(QStringLiteral("phragmen"))->run(inst, options).rule, QStringLiteral("phragmen"));
}

QTEST_GUILESS_MAIN(TestRuleRegistry)
#include "TestRuleRegistry.moc"
