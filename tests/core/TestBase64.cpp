// util::decodeCanonicalBase64 and decodeLowerHex: exactly the texts the election record
// allows (one text per byte string), checked against Qt's decoder on random inputs; and
// the decoders that write into a caller's block (the verifier's) give the same answers
// and never write past the room they promise to need.
#include "util/Base64.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace pbvote;

namespace {

// The reference: Qt decodes it strictly and encodes it back to the same text.
std::optional<QByteArray> reference(const QByteArray &text)
{
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != text)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

class TestBase64 : public QObject
{
    Q_OBJECT

private slots:
    void knownTexts_data();
    void knownTexts();
    void agreesWithQtOnRandomTexts();
    void hex();
};

void TestBase64::knownTexts_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray() << true << QByteArray();
    QTest::newRow("f") << QByteArray("Zg==") << true << QByteArray("f");
    QTest::newRow("fo") << QByteArray("Zm8=") << true << QByteArray("fo");
    QTest::newRow("foo") << QByteArray("Zm9v") << true << QByteArray("foo");
    QTest::newRow("foobar") << QByteArray("Zm9vYmFy") << true << QByteArray("foobar");
    QTest::newRow("all 64 characters")
        << QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") << true
        << QByteArray::fromBase64("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    QTest::newRow("no padding") << QByteArray("Zg") << false << QByteArray();
    QTest::newRow("unused bits set (==)") << QByteArray("Zh==") << false << QByteArray();
    QTest::newRow("unused bits set (=)") << QByteArray("Zm9=") << false << QByteArray();
    QTest::newRow("url-safe alphabet") << QByteArray("-_-_") << false << QByteArray();
    QTest::newRow("padding inside") << QByteArray("Zg==Zg==") << false << QByteArray();
    QTest::newRow("three padding") << QByteArray("Z===") << false << QByteArray();
    QTest::newRow("only padding") << QByteArray("====") << false << QByteArray();
    QTest::newRow("space") << QByteArray("Zm9 v") << false << QByteArray();
    QTest::newRow("line break") << QByteArray("Zm9v\nZm9v") << false << QByteArray();
    QTest::newRow("NUL byte") << QByteArray("Zm9\0", 4) << false << QByteArray();
    QTest::newRow("high byte") << QByteArray("Zm9\xc3") << false << QByteArray();
}

void TestBase64::knownTexts()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(QByteArray, bytes);
    const auto decoded = util::decodeCanonicalBase64(text);
    QCOMPARE(decoded.has_value(), valid);
    if (valid)
        QCOMPARE(*decoded, bytes);
    QCOMPARE(decoded.has_value(), reference(text).has_value());
}

void TestBase64::agreesWithQtOnRandomTexts()
{
    // Genuine encodings of random bytes, then the same with one character changed to
    // anything (often another base64 character, sometimes padding or a stray byte).
    QRandomGenerator rng(4648);
    const QByteArray pool("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ \n\0\xff", 70);
    int accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray bytes(int(rng.bounded(0, 40)), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(rng.bounded(256));
        QByteArray text = bytes.toBase64();
        QCOMPARE(util::decodeCanonicalBase64(text), std::optional<QByteArray>(bytes));
        if (!text.isEmpty()) {
            text[rng.bounded(text.size())] = pool.at(rng.bounded(pool.size()));
            if (rng.bounded(4) == 0)
                text.chop(rng.bounded(1, 3));
        }
        const auto mine = util::decodeCanonicalBase64(text);
        const auto theirs = reference(text);
        QVERIFY2(mine == theirs, text.constData());
        accepted += mine.has_value();

        // Into a block: text.size() / 4 * 3 bytes of room, then a guard byte.
        const qsizetype room = text.size() / 4 * 3;
        QByteArray block(room + 1, '\x5a');
        const qsizetype written = util::decodeCanonicalBase64To(text, block.data());
        QCOMPARE(written >= 0, mine.has_value());
        if (mine)
            QCOMPARE(block.first(written), *mine);
        QCOMPARE(block.at(room), '\x5a');
    }
    QVERIFY(accepted > 1000); // the mutations were not all refusals
}

void TestBase64::hex()
{
    QCOMPARE(util::decodeLowerHex("00ff7a", 3), std::optional<QByteArray>(QByteArray("\x00\xff\x7a", 3)));
    QCOMPARE(util::decodeLowerHex("", 0), std::optional<QByteArray>(QByteArray()));
    QVERIFY(!util::decodeLowerHex("00FF7A", 3)); // upper case
    QVERIFY(!util::decodeLowerHex("00ff7", 3)); // short
    QVERIFY(!util::decodeLowerHex("00ff7a00", 3)); // long
    QVERIFY(!util::decodeLowerHex("0g", 1));
    QVERIFY(!util::decodeLowerHex(" 0", 1));

    char out[4] = {0, 0, 0, 0x5a};
    QCOMPARE(util::decodeLowerHexTo("00ff7a", 3, out), 3);
    QCOMPARE(QByteArrayView(out, 3), QByteArrayView("\x00\xff\x7a", 3));
    QCOMPARE(out[3], '\x5a');
    QCOMPARE(util::decodeLowerHexTo("00FF7A", 3, out), -1);
    QCOMPARE(util::decodeLowerHexTo("00ff7", 3, out), -1);
    QCOMPARE(util::decodeLowerHexTo("00ff7a00", 3, out), -1);
}

QTEST_GUILESS_MAIN(TestBase64)
#include "TestBase64.moc"
