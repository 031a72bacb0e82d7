// Real elections decided with the Method of Equal Shares, against their official results.
#include "formats/PabulibReader.h"
#include "rules/RuleRegistry.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace pbvote;

class TestOfficialOutcomes : public QObject
{
    Q_OBJECT

private slots:
    void wieliczkaGreenBudget2023();
};

// The project ids marked 1 in the PROJECTS section's `selected` column.
static QSet<QString> officialWinners(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = f.readAll().split('\n');
    QSet<QString> out;
    int selected = -1;
    bool inProjects = false;
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line == "PROJECTS") {
            inProjects = true;
            continue;
        }
        if (line == "VOTES")
            break;
        if (!inProjects)
            continue;
        const QList<QByteArray> fields = line.split(';');
        if (selected < 0) {
            selected = int(fields.indexOf("selected"));
            continue;
        }
        if (selected < fields.size() && fields[selected] == "1")
            out.insert(QString::fromUtf8(fields[0]));
    }
    return out;
}

void TestOfficialOutcomes::wieliczkaGreenBudget2023()
{
    const QString path = QStringLiteral(PBVOTE_DATA_DIR) + u"/pabulib/poland_wieliczka_2023.pb"_qs;
    const QSet<QString> official = officialWinners(path);
    QCOMPARE(official.size(), 30);
    auto instance = formats::readPabulibFile(path);
    QVERIFY2(instance.ok(), qPrintable(instance.error()));
    auto winners = [&](const char *rule) {
        const counting::RuleInfo *info = counting::findRule(QString::fromLatin1(rule));
        const counting::Outcome o = info->run(*instance, {});
        QSet<QString> ids;
        for (int p : o.winners)
            ids.insert(instance->projects[size_t(p)].id);
        return std::make_pair(ids, o);
    };
    // equalshares.net's add1 (raise while the outcome fits) gives the official result...
    const auto [equalShares, outcome] = winners("mes-cost+add1-equalshares");
    QCOMPARE(equalShares, official);
    QCOMPARE(outcome.budgetUsed, int64_t(995'079));
    QCOMPARE(outcome.parameters.value(u"increments"_qs).toLongLong(), 164);
    // ...while pabutools' add1 stops at the first exhaustive outcome (150 złoty per voter).
    const auto [pabutools, pabutoolsOutcome] = winners("mes-cost+add1");
    QCOMPARE(pabutools - official, (QSet<QString>{u"66"_qs, u"67"_qs}));
    QCOMPARE(official - pabutools, (QSet<QString>{u"46"_qs}));
    QCOMPARE(pabutoolsOutcome.parameters.value(u"increments"_qs).toLongLong(), 150);
}

QTEST_GUILESS_MAIN(TestOfficialOutcomes)
#include "TestOfficialOutcomes.moc"
