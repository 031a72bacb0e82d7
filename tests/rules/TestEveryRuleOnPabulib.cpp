// Every registered rule on every shared real election: a result within the budget with a
// reason for every project, or a clear error (a rule for another ballot type); rules with
// a completion leave no project unfunded that still fits.
#include "formats/PabulibReader.h"
#include "rules/RuleRegistry.h"

#include <QDir>
#include <QTest>

using namespace pbvote;

class TestEveryRuleOnPabulib : public QObject
{
    Q_OBJECT

private slots:
    void soundOnEveryFile_data();
    void soundOnEveryFile();
};

void TestEveryRuleOnPabulib::soundOnEveryFile_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(PBVOTE_DATA_DIR) + u"/pabulib"_qs);
    const QStringList files = dir.entryList({u"*.pb"_qs}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 31, qPrintable(dir.path()));
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestEveryRuleOnPabulib::soundOnEveryFile()
{
    QFETCH(QString, file);
    auto instance = formats::readPabulibFile(file);
    QVERIFY2(instance.ok(), qPrintable(instance.error()));
    int counted = 0;
    for (const counting::RuleInfo &rule : counting::allRules()) {
        const counting::Outcome o = rule.run(*instance, {});
        const QString what = rule.name + u": "_qs;
        if (!o.ok()) {
            // Only rules that do not apply to this ballot type, or an instance too large to
            // solve exactly, may refuse — and they must say so.
            QVERIFY2(rule.name == u"phragmen"_qs || rule.name.startsWith(u"mes-borda"_qs)
                         || rule.name.startsWith(u"mes-points"_qs) || rule.name == u"max-welfare"_qs,
                     qPrintable(what + o.error));
            QVERIFY2(!o.error.isEmpty(), qPrintable(what));
            QVERIFY(o.winners.empty());
            continue;
        }
        ++counted;
        QCOMPARE(o.rule, rule.name);
        QVERIFY2(o.budgetUsed <= instance->budget, qPrintable(what + QString::number(o.budgetUsed)));
        QCOMPARE(o.budgetUsed + o.budgetLeft, instance->budget);
        int64_t sum = 0;
        std::vector<char> funded(instance->projects.size(), 0);
        for (int p : o.winners) {
            QVERIFY2(!funded[size_t(p)], qPrintable(what + u"a project won twice"_qs));
            funded[size_t(p)] = 1;
            sum += instance->projects[size_t(p)].cost;
        }
        QCOMPARE(sum, o.budgetUsed);
        QCOMPARE(o.verdicts.size(), instance->projects.size());
        for (const counting::Verdict &v : o.verdicts) {
            QVERIFY2(!v.reason.trimmed().isEmpty(), qPrintable(what + instance->projects[size_t(v.project)].id));
            QCOMPARE(v.funded, bool(funded[size_t(v.project)]));
        }
        if (rule.name.contains(u'+') || rule.name.startsWith(u"greedy"_qs)) {
            for (size_t p = 0; p < instance->projects.size(); ++p) {
                if (!funded[p])
                    QVERIFY2(instance->projects[p].cost > o.budgetLeft,
                             qPrintable(what + u"project "_qs + instance->projects[p].id + u" still fits"_qs));
            }
        }
    }
    QVERIFY(counted >= 8);
}

QTEST_GUILESS_MAIN(TestEveryRuleOnPabulib)
#include "TestEveryRuleOnPabulib.moc"
