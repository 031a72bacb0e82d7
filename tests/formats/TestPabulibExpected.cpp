// Counts real elections with every registered rule and compares the winners with those
// pabutools 1.2.3 computed (PBVOTE_DATA_DIR/pabulib/expected/*.expected.json).

#include "formats/PabulibReader.h"
#include "rules/RuleRegistry.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <set>

using pbvote::counting::Instance;
using pbvote::counting::Outcome;

namespace {

QString pabulibDir()
{
    return QStringLiteral(PBVOTE_DATA_DIR "/pabulib");
}

QStringList expectedFiles()
{
    return QDir(pabulibDir() + u"/expected"_qs)
        .entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name);
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestPabulibExpected : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void instanceMatchesExpectedSize_data();
    void instanceMatchesExpectedSize();
    void winnersMatchPabutools_data();
    void winnersMatchPabutools();
    void cleanupTestCase();

private:
    const Instance *instance(const QString &file);

    QHash<QString, Instance> m_instances;
    QStringList m_notChecked; // "instance: rule" of rules not registered (yet)
    int m_checked = 0;
};

void TestPabulibExpected::initTestCase()
{
    QVERIFY2(QDir(pabulibDir()).exists(), qPrintable(u"data folder missing: "_qs + pabulibDir()));
    QVERIFY2(!expectedFiles().isEmpty(), "no expected/*.expected.json files");
}

const Instance *TestPabulibExpected::instance(const QString &file)
{
    auto it = m_instances.find(file);
    if (it == m_instances.end()) {
        auto result = pbvote::formats::readPabulibFile(pabulibDir() + u'/' + file);
        if (!result) {
            qWarning("%s", qPrintable(result.error()));
            return nullptr;
        }
        it = m_instances.insert(file, std::move(*result));
    }
    return &*it;
}

void TestPabulibExpected::instanceMatchesExpectedSize_data()
{
    QTest::addColumn<QString>("expectedFile");
    for (const QString &f : expectedFiles())
        QTest::newRow(qPrintable(f)) << f;
}

void TestPabulibExpected::instanceMatchesExpectedSize()
{
    QFETCH(QString, expectedFile);
    const QJsonObject expected = readJson(pabulibDir() + u"/expected/"_qs + expectedFile);
    QVERIFY2(!expected.isEmpty(), "unreadable expected file");
    const Instance *i = instance(expected.value(u"instance").toString());
    QVERIFY(i);
    QCOMPARE(qint64(i->voters.size()), expected.value(u"voters").toInteger());
    QCOMPARE(qint64(i->projects.size()), expected.value(u"projects").toInteger());
    QCOMPARE(QString::number(i->budget), expected.value(u"budget").toString());
    QVERIFY(!expected.value(u"rules").toObject().isEmpty());
}

void TestPabulibExpected::winnersMatchPabutools_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("winners");
    for (const QString &f : expectedFiles()) {
        const QJsonObject expected = readJson(pabulibDir() + u"/expected/"_qs + f);
        const QString file = expected.value(u"instance").toString();
        const QJsonObject rules = expected.value(u"rules").toObject();
        for (auto it = rules.begin(); it != rules.end(); ++it) {
            QStringList winners;
            for (const QJsonValue &w : it.value().toArray())
                winners << w.toString();
            QTest::addRow("%s %s", qPrintable(QString(file).remove(u".pb"_qs)), qPrintable(it.key()))
                << file << it.key() << winners;
        }
    }
}

void TestPabulibExpected::winnersMatchPabutools()
{
    QFETCH(QString, file);
    QFETCH(QString, rule);
    QFETCH(QStringList, winners);

    const auto *info = pbvote::counting::findRule(rule);
    if (!info) {
        m_notChecked << file + u": "_qs + rule;
        QSKIP("rule not registered");
    }
    const Instance *i = instance(file);
    QVERIFY(i);

    QElapsedTimer timer;
    timer.start();
    const Outcome outcome = info->run(*i, pbvote::counting::RuleOptions{});
    const qint64 ms = timer.elapsed();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    ++m_checked;

    // Winners, as pabutools lists them (sorted as strings).
    QStringList ours;
    for (int w : outcome.winners) {
        QVERIFY(w >= 0 && size_t(w) < i->projects.size());
        ours << i->projects[size_t(w)].id;
    }
    ours.sort();
    QCOMPARE(ours, winners);
    QCOMPARE(std::set<int>(outcome.winners.begin(), outcome.winners.end()).size(), outcome.winners.size());

    // Within budget, and the money adds up.
    int64_t used = 0;
    for (int w : outcome.winners)
        used += i->projects[size_t(w)].cost;
    QCOMPARE(outcome.budget, i->budget);
    QCOMPARE(outcome.budgetUsed, used);
    QVERIFY(used <= i->budget);
    QCOMPARE(outcome.budgetLeft, i->budget - used);
    QCOMPARE(outcome.rule, rule);

    // One verdict per project, in order, agreeing with the winners and with a reason.
    QCOMPARE(outcome.verdicts.size(), i->projects.size());
    std::vector<int> order(i->projects.size(), 0);
    for (size_t k = 0; k < outcome.winners.size(); ++k)
        order[size_t(outcome.winners[k])] = int(k) + 1;
    for (size_t p = 0; p < outcome.verdicts.size(); ++p) {
        const auto &v = outcome.verdicts[p];
        QCOMPARE(v.project, int(p));
        QCOMPARE(v.funded, order[p] > 0);
        QCOMPARE(v.order, order[p]);
        QVERIFY2(!v.reason.trimmed().isEmpty(), qPrintable(u"no reason for project "_qs + i->projects[p].id));
    }
    qInfo("%s %s: %lld ms", qPrintable(file), qPrintable(rule), ms);
}

void TestPabulibExpected::cleanupTestCase()
{
    qInfo("%d rule results checked against pabutools", m_checked);
    if (!m_notChecked.isEmpty())
        qInfo("not checked, rule not registered: %s", qPrintable(m_notChecked.join(u"; ")));
}

QTEST_GUILESS_MAIN(TestPabulibExpected)
#include "TestPabulibExpected.moc"
