#include "formats/OutcomeJson.h"

#include <QJsonArray>
#include <QTest>

#include <limits>

using pbvote::counting::Instance;
using pbvote::counting::Outcome;
using pbvote::counting::Verdict;
using pbvote::formats::formatMoney;
using pbvote::formats::outcomeToJson;
using pbvote::formats::outcomeToText;

namespace {

Instance threeProjects(int moneyScale)
{
    Instance i;
    i.name = u"city.pb"_qs;
    i.moneyScale = moneyScale;
    i.budget = 1000;
    i.projects.push_back({u"1"_qs, 600, u"Playground"_qs, QString(), QString()});
    i.projects.push_back({u"2"_qs, 500, u"Library books"_qs, u"culture"_qs, QString()});
    i.projects.push_back({u"10"_qs, 300, u"Trees"_qs, QString(), u"North"_qs});
    i.voters.push_back({{0, 2}, {}});
    i.voters.push_back({{1}, {}});
    return i;
}

// "10" chosen first, then "1"; "2" no longer fits.
Outcome twoWinners()
{
    Outcome o;
    o.rule = u"greedy"_qs;
    o.tieBreaking = u"lexicographic-id"_qs;
    o.parameters.insert(u"satisfaction"_qs, u"cost"_qs);
    o.winners = {2, 0};
    o.budget = 1000;
    o.budgetUsed = 900;
    o.budgetLeft = 100;
    for (int p = 0; p < 3; ++p) {
        Verdict v;
        v.project = p;
        v.funded = p != 1;
        v.order = p == 2 ? 1 : (p == 0 ? 2 : 0);
        v.reason = QStringLiteral("Reason for %1.").arg(p);
        v.facts.insert(u"supporters"_qs, 1);
        o.verdicts.push_back(v);
    }
    return o;
}

} // namespace

class TestOutcomeJson : public QObject
{
    Q_OBJECT

private slots:
    void formatsMoney_data();
    void formatsMoney();
    void writesWinnersInOrderChosen();
    void writesEveryProjectWithItsReason();
    void writesMoneyAsIntegersOrDecimalStrings();
    void writesTheErrorOfAFailedCount();
    void rendersTextForPeople();
};

void TestOutcomeJson::formatsMoney_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << 0 << u"0"_qs;
    QTest::newRow("whole") << qint64(1234567) << 0 << u"1234567"_qs;
    QTest::newRow("negative whole") << qint64(-5) << 0 << u"-5"_qs;
    QTest::newRow("cents") << qint64(100050) << 2 << u"1000.50"_qs;
    QTest::newRow("below one") << qint64(5) << 2 << u"0.05"_qs;
    QTest::newRow("negative below one") << qint64(-5) << 2 << u"-0.05"_qs;
    QTest::newRow("zero with scale") << qint64(0) << 3 << u"0.000"_qs;
    QTest::newRow("smallest") << qint64(std::numeric_limits<int64_t>::min()) << 2 << u"-92233720368547758.08"_qs;
    QTest::newRow("largest") << qint64(std::numeric_limits<int64_t>::max()) << 0 << u"9223372036854775807"_qs;
}

void TestOutcomeJson::formatsMoney()
{
    QFETCH(qint64, amount);
    QFETCH(int, scale);
    QFETCH(QString, text);
    QCOMPARE(formatMoney(amount, scale), text);
}

void TestOutcomeJson::writesWinnersInOrderChosen()
{
    const QJsonObject o = outcomeToJson(threeProjects(0), twoWinners());
    QCOMPARE(o.value(u"rule").toString(), u"greedy"_qs);
    QCOMPARE(o.value(u"instance").toString(), u"city.pb"_qs);
    QCOMPARE(o.value(u"tie_breaking").toString(), u"lexicographic-id"_qs);
    QCOMPARE(o.value(u"parameters").toObject().value(u"satisfaction").toString(), u"cost"_qs);
    QCOMPARE(o.value(u"winners").toArray(), (QJsonArray{u"10"_qs, u"1"_qs}));
    QCOMPARE(o.value(u"voters").toInteger(), 2);
    QVERIFY(!o.contains(u"error"));
}

void TestOutcomeJson::writesEveryProjectWithItsReason()
{
    const QJsonArray projects = outcomeToJson(threeProjects(0), twoWinners()).value(u"projects").toArray();
    QCOMPARE(projects.size(), 3);
    const QJsonObject first = projects[0].toObject();
    QCOMPARE(first.value(u"id").toString(), u"1"_qs);
    QCOMPARE(first.value(u"name").toString(), u"Playground"_qs);
    QCOMPARE(first.value(u"cost").toInteger(), 600);
    QCOMPARE(first.value(u"funded").toBool(), true);
    QCOMPARE(first.value(u"order").toInt(), 2);
    QCOMPARE(first.value(u"reason").toString(), u"Reason for 0."_qs);
    QCOMPARE(first.value(u"facts").toObject().value(u"supporters").toInt(), 1);
    const QJsonObject second = projects[1].toObject();
    QCOMPARE(second.value(u"funded").toBool(), false);
    QCOMPARE(second.value(u"order").toInt(), 0);
    QCOMPARE(second.value(u"category").toString(), u"culture"_qs);
    const QJsonObject third = projects[2].toObject();
    QCOMPARE(third.value(u"id").toString(), u"10"_qs);
    QCOMPARE(third.value(u"order").toInt(), 1);
    QCOMPARE(third.value(u"district").toString(), u"North"_qs);
}

void TestOutcomeJson::writesMoneyAsIntegersOrDecimalStrings()
{
    const QJsonObject whole = outcomeToJson(threeProjects(0), twoWinners());
    QVERIFY(whole.value(u"budget").isDouble());
    QCOMPARE(whole.value(u"budget").toInteger(), 1000);
    QCOMPARE(whole.value(u"budget_used").toInteger(), 900);
    QCOMPARE(whole.value(u"budget_left").toInteger(), 100);
    QCOMPARE(whole.value(u"money_scale").toInt(), 0);

    const QJsonObject cents = outcomeToJson(threeProjects(2), twoWinners());
    QCOMPARE(cents.value(u"budget").toString(), u"10.00"_qs);
    QCOMPARE(cents.value(u"budget_used").toString(), u"9.00"_qs);
    QCOMPARE(cents.value(u"budget_left").toString(), u"1.00"_qs);
    QCOMPARE(cents.value(u"projects").toArray()[2].toObject().value(u"cost").toString(), u"3.00"_qs);
    QCOMPARE(cents.value(u"money_scale").toInt(), 2);
}

void TestOutcomeJson::writesTheErrorOfAFailedCount()
{
    Outcome failed;
    failed.rule = u"max-welfare"_qs;
    failed.error = u"too large"_qs;
    const QJsonObject o = outcomeToJson(threeProjects(0), failed);
    QCOMPARE(o.value(u"error").toString(), u"too large"_qs);
    QVERIFY(o.value(u"winners").toArray().isEmpty());
    QCOMPARE(o.value(u"projects").toArray().size(), 3);
    QVERIFY(outcomeToText(threeProjects(0), failed).contains(u"too large"_qs));
}

void TestOutcomeJson::rendersTextForPeople()
{
    const QString text = outcomeToText(threeProjects(2), twoWinners());
    QVERIFY2(text.contains(u"greedy"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"Funded projects (2)"_qs), qPrintable(text));
    // The table lists "10" before "1", with their costs.
    const qsizetype trees = text.indexOf(u"Trees"_qs);
    const qsizetype playground = text.indexOf(u"Playground"_qs);
    QVERIFY(trees >= 0 && playground > trees);
    QVERIFY2(text.contains(u"3.00"_qs) && text.contains(u"6.00"_qs) && text.contains(u"9.00"_qs), qPrintable(text));
    for (int p = 0; p < 3; ++p)
        QVERIFY2(text.contains(QStringLiteral("Reason for %1.").arg(p)), qPrintable(text));
    QVERIFY2(text.contains(u"not funded"_qs), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestOutcomeJson)
#include "TestOutcomeJson.moc"
