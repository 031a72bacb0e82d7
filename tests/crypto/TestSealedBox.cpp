#include "crypto/Crypto.h"

#include <QtTest>

#include <sodium.h>

using namespace pbvote::crypto;

namespace {
constexpr std::size_t PaddedSize = 256;
}

class TestSealedBox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sealedBoxOpens();
    void emptyPlaintextRoundTrips();
    void otherSecretKeyFails();
    void mismatchedPublicKeyFails();
    void paddedLengthIsIndependentOfPlaintext();
    void tamperedBoxFails();
    void truncatedOrExtendedBoxRefused();
    void plaintextTooLongRefused_data();
    void plaintextTooLongRefused();
    void wrongKeySizesRefused();
    void invalidPaddingInsideAuthenticBoxRefused();
    void sealingIsRandomised();

private:
    BoxKeyPair m_keys;
};

void TestSealedBox::initTestCase()
{
    QVERIFY(initialize());
    m_keys = BoxKeyPair::generate();
    QCOMPARE(m_keys.publicKey.size(), BoxPublicKeyBytes);
    QCOMPARE(m_keys.secretKey.size(), std::size_t(BoxSecretKeyBytes));
}

void TestSealedBox::sealedBoxOpens()
{
    const QByteArray plaintext("PBKPT01\0 selections 3 7 12", 27);
    const auto sealed = padAndSeal(m_keys.publicKey, plaintext, PaddedSize);
    QVERIFY2(sealed.ok(), qPrintable(sealed.error()));
    const auto opened = openAndUnpad(m_keys.publicKey, m_keys.secretKey, *sealed, PaddedSize);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(opened->view(), QByteArrayView(plaintext));
}

void TestSealedBox::emptyPlaintextRoundTrips()
{
    const auto sealed = padAndSeal(m_keys.publicKey, {}, PaddedSize);
    QVERIFY2(sealed.ok(), qPrintable(sealed.error()));
    const auto opened = openAndUnpad(m_keys.publicKey, m_keys.secretKey, *sealed, PaddedSize);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(opened->isEmpty());
}

void TestSealedBox::otherSecretKeyFails()
{
    const BoxKeyPair other = BoxKeyPair::generate();
    const auto sealed = padAndSeal(m_keys.publicKey, "ballot", PaddedSize);
    QVERIFY(sealed.ok());
    const auto opened = openAndUnpad(other.publicKey, other.secretKey, *sealed, PaddedSize);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("not made for this key")),
             qPrintable(opened.error()));
    // ...and the right key still opens it.
    QVERIFY(openAndUnpad(m_keys.publicKey, m_keys.secretKey, *sealed, PaddedSize).ok());
}

void TestSealedBox::mismatchedPublicKeyFails()
{
    // The box nonce is derived from the ephemeral and the recipient public key.
    const BoxKeyPair other = BoxKeyPair::generate();
    const auto sealed = padAndSeal(m_keys.publicKey, "ballot", PaddedSize);
    QVERIFY(sealed.ok());
    QVERIFY(!openAndUnpad(other.publicKey, m_keys.secretKey, *sealed, PaddedSize).ok());
}

void TestSealedBox::paddedLengthIsIndependentOfPlaintext()
{
    const QByteArray small(1, 'x');
    const QByteArray large(PaddedSize - 1, 'y'); // the longest that fits
    const auto a = padAndSeal(m_keys.publicKey, small, PaddedSize);
    const auto b = padAndSeal(m_keys.publicKey, large, PaddedSize);
    QVERIFY2(a.ok(), qPrintable(a.error()));
    QVERIFY2(b.ok(), qPrintable(b.error()));
    QCOMPARE(a->size(), qsizetype(PaddedSize + SealOverheadBytes));
    QCOMPARE(b->size(), a->size());
    const auto openedA = openAndUnpad(m_keys.publicKey, m_keys.secretKey, *a, PaddedSize);
    const auto openedB = openAndUnpad(m_keys.publicKey, m_keys.secretKey, *b, PaddedSize);
    QVERIFY(openedA.ok() && openedB.ok());
    QCOMPARE(openedA->view(), QByteArrayView(small));
    QCOMPARE(openedB->view(), QByteArrayView(large));
}

void TestSealedBox::tamperedBoxFails()
{
    const auto sealed = padAndSeal(m_keys.publicKey, "ballot", PaddedSize);
    QVERIFY(sealed.ok());
    for (qsizetype i = 0; i < sealed->size(); ++i) {
        QByteArray tampered = *sealed;
        tampered[i] = char(tampered[i] ^ 0x01);
        const auto opened = openAndUnpad(m_keys.publicKey, m_keys.secretKey, tampered, PaddedSize);
        QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("byte %1").arg(i)));
    }
}

void TestSealedBox::truncatedOrExtendedBoxRefused()
{
    const auto sealed = padAndSeal(m_keys.publicKey, "ballot", PaddedSize);
    QVERIFY(sealed.ok());
    for (const QByteArray &wrong : {sealed->chopped(1), sealed->left(SealOverheadBytes), QByteArray(),
                                    QByteArray(*sealed + '\0')}) {
        const auto opened = openAndUnpad(m_keys.publicKey, m_keys.secretKey, wrong, PaddedSize);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QString::number(PaddedSize + SealOverheadBytes)),
                 qPrintable(opened.error()));
    }
    // The box must also match the padded size the caller expects.
    QVERIFY(!openAndUnpad(m_keys.publicKey, m_keys.secretKey, *sealed, PaddedSize * 2).ok());
}

void TestSealedBox::plaintextTooLongRefused_data()
{
    QTest::addColumn<int>("plaintextSize");
    QTest::addColumn<int>("paddedSize");
    QTest::newRow("exactly the padded size") << int(PaddedSize) << int(PaddedSize);
    QTest::newRow("longer than the padded size") << int(PaddedSize) + 10 << int(PaddedSize);
    QTest::newRow("padded size zero") << 0 << 0;
    QTest::newRow("one byte into one") << 1 << 1;
}

void TestSealedBox::plaintextTooLongRefused()
{
    QFETCH(int, plaintextSize);
    QFETCH(int, paddedSize);
    const auto sealed = padAndSeal(m_keys.publicKey, QByteArray(plaintextSize, 'p'),
                                   std::size_t(paddedSize));
    QVERIFY(!sealed.ok());
    QVERIFY(!sealed.error().isEmpty());
}

void TestSealedBox::wrongKeySizesRefused()
{
    QVERIFY(!padAndSeal(m_keys.publicKey.left(31), "x", PaddedSize).ok());
    QVERIFY(!padAndSeal(QByteArray(), "x", PaddedSize).ok());
    const auto sealed = padAndSeal(m_keys.publicKey, "x", PaddedSize);
    QVERIFY(sealed.ok());
    QVERIFY(!openAndUnpad(QByteArray(m_keys.publicKey + 'x'), m_keys.secretKey, *sealed, PaddedSize).ok());
    QVERIFY(!openAndUnpad(m_keys.publicKey, SecretBytes(31), *sealed, PaddedSize).ok());
    QVERIFY(!openAndUnpad(m_keys.publicKey, SecretBytes(), *sealed, PaddedSize).ok());
}

void TestSealedBox::invalidPaddingInsideAuthenticBoxRefused()
{
    // A box sealed without sodium_pad (all zeros: no 0x80 marker) is authentic but not
    // a pbvote plaintext.
    QByteArray sealed(qsizetype(PaddedSize + crypto_box_SEALBYTES), Qt::Uninitialized);
    const QByteArray zeros(qsizetype(PaddedSize), '\0');
    QCOMPARE(crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()),
                             reinterpret_cast<const unsigned char *>(zeros.constData()),
                             PaddedSize,
                             reinterpret_cast<const unsigned char *>(m_keys.publicKey.constData())),
             0);
    const auto opened = openAndUnpad(m_keys.publicKey, m_keys.secretKey, sealed, PaddedSize);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("padding")), qPrintable(opened.error()));
}

void TestSealedBox::sealingIsRandomised()
{
    // Fresh ephemeral key per box: equal ballots give unlinkable boxes.
    const auto a = padAndSeal(m_keys.publicKey, "same", PaddedSize);
    const auto b = padAndSeal(m_keys.publicKey, "same", PaddedSize);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(*a != *b);
}

QTEST_GUILESS_MAIN(TestSealedBox)
#include "TestSealedBox.moc"
