#include "DeathTest.h"

#include "crypto/Crypto.h"

#include <QtTest>

using namespace pbvote::crypto;

namespace {
const QByteArray Domain("PBK-v1/ballot");
const QByteArray Message("PBKBAL01 an envelope to sign");

QByteArray flipped(QByteArray bytes, qsizetype index, char mask = 0x01)
{
    bytes[index] = char(bytes[index] ^ mask);
    return bytes;
}
} // namespace

class TestSignature : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signatureVerifies();
    void emptyMessageCanBeSigned();
    void signingIsDeterministic();
    void flippedMessageByteFails();
    void flippedSignatureByteFails();
    void flippedPublicKeyByteFails();
    void otherKeyPairFails();
    void otherDomainFails();
    void domainWithNulCannotForgeSeparator();
    void wrongSizeInputsFailCleanly_data();
    void wrongSizeInputsFailCleanly();
    void nonCanonicalSignatureRejected();
    void smallOrderPublicKeyRejected();
    void wrongSizeSecretKeyRefused();
    void inconsistentSecretKeyRefused();
    void invalidDomainForSigningAborts();

private:
    SigningKeyPair m_keys;
};

void TestSignature::initTestCase()
{
    QVERIFY(initialize());
    m_keys = SigningKeyPair::generate();
    QCOMPARE(m_keys.publicKey.size(), SignPublicKeyBytes);
    QCOMPARE(m_keys.secretKey.size(), std::size_t(SignSecretKeyBytes));
}

void TestSignature::signatureVerifies()
{
    const QByteArray sig = sign(m_keys.secretKey, Domain, Message);
    QCOMPARE(sig.size(), SignatureBytes);
    QVERIFY(verify(m_keys.publicKey, Domain, Message, sig));
}

void TestSignature::emptyMessageCanBeSigned()
{
    const QByteArray sig = sign(m_keys.secretKey, Domain, {});
    QVERIFY(verify(m_keys.publicKey, Domain, {}, sig));
    QVERIFY(!verify(m_keys.publicKey, Domain, QByteArrayView("\0", 1), sig));
}

void TestSignature::signingIsDeterministic()
{
    // Ed25519 (RFC 8032) derives the nonce from the key and the message.
    QCOMPARE(sign(m_keys.secretKey, Domain, Message), sign(m_keys.secretKey, Domain, Message));
}

void TestSignature::flippedMessageByteFails()
{
    const QByteArray sig = sign(m_keys.secretKey, Domain, Message);
    for (qsizetype i = 0; i < Message.size(); ++i)
        QVERIFY2(!verify(m_keys.publicKey, Domain, flipped(Message, i), sig),
                 qPrintable(QStringLiteral("byte %1").arg(i)));
    QVERIFY(!verify(m_keys.publicKey, Domain, QByteArray(Message + 'x'), sig));
    QVERIFY(!verify(m_keys.publicKey, Domain, Message.chopped(1), sig));
}

void TestSignature::flippedSignatureByteFails()
{
    const QByteArray sig = sign(m_keys.secretKey, Domain, Message);
    for (qsizetype i = 0; i < sig.size(); ++i) {
        for (const char mask : {char(0x01), char(0x80)})
            QVERIFY2(!verify(m_keys.publicKey, Domain, Message, flipped(sig, i, mask)),
                     qPrintable(QStringLiteral("byte %1 mask %2").arg(i).arg(int(uchar(mask)))));
    }
}

void TestSignature::flippedPublicKeyByteFails()
{
    const QByteArray sig = sign(m_keys.secretKey, Domain, Message);
    for (qsizetype i = 0; i < m_keys.publicKey.size(); ++i)
        QVERIFY2(!verify(flipped(m_keys.publicKey, i), Domain, Message, sig),
                 qPrintable(QStringLiteral("byte %1").arg(i)));
}

void TestSignature::otherKeyPairFails()
{
    const SigningKeyPair other = SigningKeyPair::generate();
    QVERIFY(other.publicKey != m_keys.publicKey);
    const QByteArray sig = sign(m_keys.secretKey, Domain, Message);
    QVERIFY(!verify(other.publicKey, Domain, Message, sig));
    QVERIFY(sign(other.secretKey, Domain, Message) != sig);
}

void TestSignature::otherDomainFails()
{
    const QByteArray sig = sign(m_keys.secretKey, Domain, Message);
    QVERIFY(!verify(m_keys.publicKey, "PBK-v1/manifest", Message, sig));
    QVERIFY(!verify(m_keys.publicKey, "PBK-v1/ballo", Message, sig)); // a prefix
    QVERIFY(!verify(m_keys.publicKey, QByteArray(Domain + 't'), Message, sig));
    // Moving bytes between domain and message does not help: the separator is fixed.
    QVERIFY(!verify(m_keys.publicKey, "PBK-v1/ballo", QByteArray("t" + Message), sig));
}

void TestSignature::domainWithNulCannotForgeSeparator()
{
    // sign("A", "B\0C") covers "A\0B\0C"; so would verify("A\0B", "C") without the
    // rule that domains contain no NUL byte.
    const QByteArray message("B\0C", 3);
    const QByteArray sig = sign(m_keys.secretKey, "A", message);
    QVERIFY(verify(m_keys.publicKey, "A", message, sig));
    QVERIFY(!verify(m_keys.publicKey, QByteArrayView("A\0B", 3), "C", sig));
    QVERIFY(!verify(m_keys.publicKey, {}, QByteArrayView("A\0B\0C", 5).sliced(2), sig));
}

void TestSignature::wrongSizeInputsFailCleanly_data()
{
    QTest::addColumn<int>("publicKeySize");
    QTest::addColumn<int>("signatureSize");
    QTest::newRow("empty key") << 0 << SignatureBytes;
    QTest::newRow("short key") << SignPublicKeyBytes - 1 << SignatureBytes;
    QTest::newRow("long key") << SignPublicKeyBytes + 1 << SignatureBytes;
    QTest::newRow("secret-key-sized key") << SignSecretKeyBytes << SignatureBytes;
    QTest::newRow("empty signature") << SignPublicKeyBytes << 0;
    QTest::newRow("short signature") << SignPublicKeyBytes << SignatureBytes - 1;
    QTest::newRow("long signature") << SignPublicKeyBytes << SignatureBytes + 1;
}

void TestSignature::wrongSizeInputsFailCleanly()
{
    QFETCH(int, publicKeySize);
    QFETCH(int, signatureSize);
    const QByteArray sig = sign(m_keys.secretKey, Domain, Message);
    // Correct bytes, padded or cut: only the size is wrong.
    const QByteArray pk = QByteArray(m_keys.publicKey + QByteArray(64, 'k')).left(publicKeySize);
    const QByteArray s = QByteArray(sig + QByteArray(64, 's')).left(signatureSize);
    QVERIFY(!verify(pk, Domain, Message, s));
}

void TestSignature::nonCanonicalSignatureRejected()
{
    // S + l (l = group order) satisfies the verification equation too; libsodium 1.0.18
    // rejects S >= l, so signatures are not malleable.
    const QByteArray sig = sign(m_keys.secretKey, Domain, Message);
    static const unsigned char l[32] = {0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58,
                                        0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
                                        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                                        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10};
    QByteArray malleated = sig;
    unsigned carry = 0;
    for (int i = 0; i < 32; ++i) {
        const unsigned sum = uchar(sig[32 + i]) + l[i] + carry;
        malleated[32 + i] = char(sum & 0xff);
        carry = sum >> 8;
    }
    QCOMPARE(carry, 0u); // S < l < 2^253, so S + l fits in 32 bytes
    QVERIFY(malleated != sig);
    QVERIFY(!verify(m_keys.publicKey, Domain, Message, malleated));
}

void TestSignature::smallOrderPublicKeyRejected()
{
    // A = identity, R = identity, S = 0 satisfies S·B = R + h·A for every message.
    QByteArray identity(32, '\0');
    identity[0] = 0x01;
    const QByteArray sig = identity + QByteArray(32, '\0');
    QVERIFY(!verify(identity, Domain, Message, sig));
    QVERIFY(!verify(identity, Domain, "anything else", sig));
}

void TestSignature::wrongSizeSecretKeyRefused()
{
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("not signing")));
    QVERIFY(sign(SecretBytes(32), Domain, Message).isEmpty());
}

void TestSignature::inconsistentSecretKeyRefused()
{
    // seed ‖ public key where the public half belongs to another key.
    const SigningKeyPair other = SigningKeyPair::generate();
    SecretBytes mixed = SecretBytes::copyOf(m_keys.secretKey.view());
    std::memcpy(mixed.data() + 32, other.publicKey.constData(), 32);
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("inconsistent")));
    QVERIFY(sign(mixed, Domain, Message).isEmpty());
}

void TestSignature::invalidDomainForSigningAborts()
{
    QVERIFY(abortsInChild([this] { sign(m_keys.secretKey, {}, Message); }));
    QVERIFY(abortsInChild([this] { sign(m_keys.secretKey, QByteArrayView("a\0b", 3), Message); }));
    // The harness itself: a valid call does not abort.
    QVERIFY(!abortsInChild([this] { sign(m_keys.secretKey, Domain, Message); }));
}

QTEST_GUILESS_MAIN(TestSignature)
#include "TestSignature.moc"
