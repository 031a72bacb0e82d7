#include "DeathTest.h"

#include "crypto/Crypto.h"

#include <QtTest>

#include <array>

using namespace pbvote::crypto;

class TestEncoding : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void base32MatchesRfc4648_data();
    void base32MatchesRfc4648();
    void base32UsesWholeAlphabet();
    void shortCodeKnownAnswer();
    void shortCodeGroupsPartialLengths();
    void normaliseCode_data();
    void normaliseCode();
    void accessCodeFormat_data();
    void accessCodeFormat();
    void thousandAccessCodesAreDistinctAndUseAllSymbols();
    void outOfRangeArgumentsAbort();
};

void TestEncoding::initTestCase()
{
    QVERIFY(initialize());
}

void TestEncoding::base32MatchesRfc4648_data()
{
    // RFC 4648 §10, without the '=' padding.
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY");
    QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ");
    QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6");
    QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ");
    QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
    QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI");
    QTest::newRow("zeros") << QByteArray(5, '\0') << QStringLiteral("AAAAAAAA");
    QTest::newRow("ones") << QByteArray(5, '\xff') << QStringLiteral("77777777");
}

void TestEncoding::base32MatchesRfc4648()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QCOMPARE(base32(input), expected);
}

void TestEncoding::base32UsesWholeAlphabet()
{
    // 0x00 0x44 0x32 0x14 0xc7 0x42 0x54 0xb6 0x35 0xcf 0x84 0x65 0x3a 0x56 0xd7 0xc6
    // 0x75 0xbe 0x77 0xdf encodes the 5-bit values 0..31 in order.
    const QByteArray all = QByteArray::fromHex("00443214c74254b635cf84653a56d7c675be77df");
    QCOMPARE(base32(all), QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
}

void TestEncoding::shortCodeKnownAnswer()
{
    // Python 3: base64.b32encode(hashlib.blake2b(b"checkpoint", digest_size=32,
    //                            person=b"PBK-witness-v1").digest()[:10])
    QCOMPARE(shortCode("PBK-witness-v1", "checkpoint"), QStringLiteral("CWYD-GNII-CTY6-LQ4J"));
}

void TestEncoding::shortCodeGroupsPartialLengths()
{
    const QString full = shortCode("PBK-witness-v1", "checkpoint", 32);
    QCOMPARE(full.size(), 52 + 12); // 52 characters in 13 groups
    QVERIFY(full.startsWith(QStringLiteral("CWYD-GNII-CTY6-LQ4J-")));
    const QString three = shortCode("PBK-witness-v1", "checkpoint", 3); // 24 bits: 5 chars
    QCOMPARE(three.size(), 6);
    QCOMPARE(three.left(4), QStringLiteral("CWYD"));
    QCOMPARE(three.at(4), QLatin1Char('-'));
}

void TestEncoding::normaliseCode_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("canonical") << QStringLiteral("K7QX-M2PA-R3TE") << QStringLiteral("K7QXM2PAR3TE");
    QTest::newRow("lower case") << QStringLiteral("k7qx-m2pa-r3te") << QStringLiteral("K7QXM2PAR3TE");
    QTest::newRow("spaces, tabs, no dashes")
        << QStringLiteral(" k7qx m2pa\tr3te \n") << QStringLiteral("K7QXM2PAR3TE");
    QTest::newRow("digit look-alikes") << QStringLiteral("0O-1I-8B") << QStringLiteral("OOIIBB");
    QTest::newRow("L stays L") << QStringLiteral("l1L") << QStringLiteral("LIL");
    QTest::newRow("valid digits 2-7") << QStringLiteral("234567") << QStringLiteral("234567");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only separators") << QStringLiteral(" - - ") << QString();
    QTest::newRow("digit 9") << QStringLiteral("K7QX-9") << QString();
    QTest::newRow("punctuation") << QStringLiteral("K7QX.M2PA") << QString();
    QTest::newRow("underscore") << QStringLiteral("K7QX_M2PA") << QString();
    QTest::newRow("Cyrillic A") << (QStringLiteral("K7QX") + QChar(0x0410)) << QString();
    QTest::newRow("dotless i") << (QStringLiteral("K7QX") + QChar(0x0131)) << QString();
    QTest::newRow("long s") << (QStringLiteral("K7QX") + QChar(0x017F)) << QString();
    QTest::newRow("fullwidth A") << (QStringLiteral("K7QX") + QChar(0xFF21)) << QString();
}

void TestEncoding::normaliseCode()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QCOMPARE(pbvote::crypto::normaliseCode(typed), expected);
}

void TestEncoding::accessCodeFormat_data()
{
    QTest::addColumn<int>("groups");
    QTest::newRow("1") << 1;
    QTest::newRow("3 (default)") << 3;
    QTest::newRow("5") << 5;
}

void TestEncoding::accessCodeFormat()
{
    QFETCH(int, groups);
    const SecretBytes code = groups == 3 ? randomAccessCode() : randomAccessCode(groups);
    QCOMPARE(code.size(), std::size_t(groups * 5 - 1));
    const QString text = QString::fromUtf8(code.view()); // test only: not a real secret
    const QRegularExpression format(
        QStringLiteral("^[A-Z2-7]{4}(-[A-Z2-7]{4}){%1}$").arg(groups - 1));
    QVERIFY2(format.match(text).hasMatch(), qPrintable(text));
    // What a voter types back is accepted unchanged.
    QCOMPARE(pbvote::crypto::normaliseCode(text), QString(text).remove(QLatin1Char('-')));
}

void TestEncoding::thousandAccessCodesAreDistinctAndUseAllSymbols()
{
    // Codes are compared by hash, as the token store does, not kept in plain text.
    constexpr int Count = 1000;
    QSet<QByteArray> seen;
    std::array<int, 32> frequency{};
    const QByteArrayView alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    for (int i = 0; i < Count; ++i) {
        const SecretBytes code = randomAccessCode(3);
        seen.insert(hash("PBK-token-v1", code.view()));
        for (const char c : code.view()) {
            if (c != '-') {
                const qsizetype index = alphabet.indexOf(c);
                QVERIFY(index >= 0);
                ++frequency[std::size_t(index)];
            }
        }
    }
    QCOMPARE(seen.size(), Count);
    // 12,000 symbols, 375 expected per symbol, standard deviation ~19: fewer than 250
    // (6.5 sigma) means the draw is not uniform (e.g. a modulo or alphabet bug).
    for (std::size_t s = 0; s < frequency.size(); ++s)
        QVERIFY2(frequency[s] > 250 && frequency[s] < 500,
                 qPrintable(QStringLiteral("symbol %1 drawn %2 times")
                                .arg(QLatin1Char(alphabet[qsizetype(s)]))
                                .arg(frequency[s])));
}

void TestEncoding::outOfRangeArgumentsAbort()
{
    QVERIFY(abortsInChild([] { shortCode("PBK-witness-v1", "x", 0); }));
    QVERIFY(abortsInChild([] { shortCode("PBK-witness-v1", "x", 33); }));
    QVERIFY(abortsInChild([] { randomAccessCode(0); }));
    QVERIFY(abortsInChild([] { randomAccessCode(-1); }));
    QVERIFY(!abortsInChild([] { shortCode("PBK-witness-v1", "x", 32); }));
}

QTEST_GUILESS_MAIN(TestEncoding)
#include "TestEncoding.moc"
