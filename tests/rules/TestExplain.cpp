#include "rules/Explain.h"

#include <QLocale>
#include <QTest>

#include <cstdint>

using namespace pbvote::counting;

class TestExplain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void formatsMoneyWithSeparatorsAndScale();
    void formatsCountsAndVotes();
    void writesOrdinals();
    void usesTheDefaultLocaleSeparators();
};

void TestExplain::formatsMoneyWithSeparatorsAndScale()
{
    QCOMPARE(explain::formatMoney(0, 0), QStringLiteral("0"));
    QCOMPARE(explain::formatMoney(999, 0), QStringLiteral("999"));
    QCOMPARE(explain::formatMoney(1000, 0), QStringLiteral("1,000"));
    QCOMPARE(explain::formatMoney(6112868, 0), QStringLiteral("6,112,868"));
    QCOMPARE(explain::formatMoney(123456789, 2), QStringLiteral("1,234,567.89"));
    QCOMPARE(explain::formatMoney(5, 2), QStringLiteral("0.05"));
    QCOMPARE(explain::formatMoney(-120050, 2), QStringLiteral("-1,200.50"));
    QCOMPARE(explain::formatMoney(INT64_MIN, 0), QStringLiteral("-9,223,372,036,854,775,808"));
    QCOMPARE(explain::formatMoney(INT64_MAX, 4), QStringLiteral("922,337,203,685,477.5807"));
}

void TestExplain::formatsCountsAndVotes()
{
    QCOMPARE(explain::formatCount(1234), QStringLiteral("1,234"));
    QCOMPARE(explain::votes(0), QStringLiteral("0 votes"));
    QCOMPARE(explain::votes(1), QStringLiteral("1 vote"));
    QCOMPARE(explain::votes(90494), QStringLiteral("90,494 votes"));
}

void TestExplain::writesOrdinals()
{
    const QStringList expected{QStringLiteral("1st"),  QStringLiteral("2nd"),  QStringLiteral("3rd"),
                               QStringLiteral("4th"),  QStringLiteral("11th"), QStringLiteral("12th"),
                               QStringLiteral("13th"), QStringLiteral("21st"), QStringLiteral("102nd"),
                               QStringLiteral("111th")};
    const int numbers[] = {1, 2, 3, 4, 11, 12, 13, 21, 102, 111};
    for (int i = 0; i < 10; ++i)
        QCOMPARE(explain::ordinal(numbers[i]), expected[i]);
}

void TestExplain::usesTheDefaultLocaleSeparators()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(explain::formatMoney(123456789, 2), QStringLiteral("1.234.567,89"));
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(TestExplain)
#include "TestExplain.moc"
