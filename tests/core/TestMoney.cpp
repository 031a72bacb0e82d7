// Amounts as organizers type them: grouping is accepted, anything that could be misread
// (a decimal comma taken for grouping would multiply a budget by 100) is refused.
#include "util/Money.h"

#include <QTest>

using namespace pbvote;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void formatReadsBack();
};

void TestMoney::accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("value");
    QTest::newRow("plain") << u"1234567"_qs << qint64(1234567);
    QTest::newRow("commas") << u"1,234,567"_qs << qint64(1234567);
    QTest::newRow("spaces") << u" 1 234 567 "_qs << qint64(1234567);
    QTest::newRow("no-break spaces") << u"1\u00a0234\u00a0567"_qs << qint64(1234567);
    QTest::newRow("narrow no-break spaces") << u"12\u202f000"_qs << qint64(12000);
    QTest::newRow("underscores") << u"1_000"_qs << qint64(1000);
    QTest::newRow("zero cents") << u"1500.00"_qs << qint64(1500);
    QTest::newRow("short first group") << u"12,000"_qs << qint64(12000);
}

void TestMoney::accepted()
{
    QFETCH(QString, text);
    QFETCH(qint64, value);
    int64_t out = -1;
    QVERIFY(parseMoney(text, &out));
    QCOMPARE(out, value);
}

void TestMoney::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("decimal comma") << u"1500,50"_qs;
    QTest::newRow("decimal comma, one digit") << u"1,5"_qs;
    QTest::newRow("European grouping with decimal comma") << u"1 500 000,50"_qs;
    QTest::newRow("group of two") << u"12,34"_qs;
    QTest::newRow("group of four") << u"1,2345"_qs;
    QTest::newRow("first group of four") << u"1234,567"_qs;
    QTest::newRow("mixed separators") << u"1,234 567"_qs;
    QTest::newRow("separator at the start") << u",123"_qs;
    QTest::newRow("separator at the end") << u"123,"_qs;
    QTest::newRow("doubled separator") << u"1,,234"_qs;
    QTest::newRow("cents") << u"1500.50"_qs;
    QTest::newRow("dot only") << u"1500."_qs;
    QTest::newRow("Spanish thousands") << u"1.000"_qs;
    QTest::newRow("Spanish grouping") << u"1.234.567"_qs;
    QTest::newRow("negative") << u"-100"_qs;
    QTest::newRow("letters") << u"12O00"_qs;
    QTest::newRow("Arabic-Indic digits") << u"١٢٣"_qs;
    QTest::newRow("empty") << QString();
    QTest::newRow("too large") << u"99999999999999999999"_qs;
}

void TestMoney::refused()
{
    QFETCH(QString, text);
    int64_t out = 42;
    QVERIFY(!parseMoney(text, &out));
    QCOMPARE(out, int64_t(42)); // untouched
}

void TestMoney::formatReadsBack()
{
    // What the English console and CLI print is read back as the same amount.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    for (int64_t v : {int64_t(0), int64_t(7), int64_t(1000), int64_t(1234567), int64_t(100000000)}) {
        int64_t out = -1;
        QVERIFY2(parseMoney(formatCount(v), &out), qPrintable(formatCount(v)));
        QCOMPARE(out, v);
    }
}

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
