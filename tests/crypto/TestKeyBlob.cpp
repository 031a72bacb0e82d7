#include "crypto/Crypto.h"

#include <QtTest>

#include <cstdint>

using namespace pbvote::crypto;

namespace {
// Offsets of the documented layout (docs/crypto.md).
constexpr int AlgOffset = 8;
constexpr int OpsOffset = 9;
constexpr int MemOffset = 17;
constexpr int SaltOffset = 25;
constexpr int NonceOffset = 41;
constexpr int HeaderBytes = 65;
constexpr int TagBytes = 16;

const QByteArray Ad("PBK-v1/kiosk-key kiosk-07 election-2025");

std::uint64_t readBigEndian64(const QByteArray &blob, int offset)
{
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | uchar(blob[offset + i]);
    return v;
}

void writeBigEndian64(QByteArray &blob, int offset, std::uint64_t v)
{
    for (int i = 7; i >= 0; --i) {
        blob[offset + i] = char(v & 0xff);
        v >>= 8;
    }
}
} // namespace

class TestKeyBlob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void blobRoundTrips();
    void emptySecretRoundTrips();
    void blobLayoutIsAsDocumented();
    void moderateParametersAreRecorded();
    void encryptionIsRandomised();
    void emptyPassphraseRefused();
    void wrongPassphraseFails();
    void otherAssociatedDataFails();
    void flippedByteFails_data();
    void flippedByteFails();
    void truncatedBlobFails_data();
    void truncatedBlobFails();
    void notABlobRefused();
    void unsupportedVersionRefused();
    void unsupportedAlgorithmRefused();
    void absurdParametersRefusedWithoutAttempt_data();
    void absurdParametersRefusedWithoutAttempt();

private:
    SecretBytes m_secret = SecretBytes();
    SecretBytes m_passphrase;
    QByteArray m_blob; // m_secret under m_passphrase and Ad, interactive
};

void TestKeyBlob::initTestCase()
{
    QVERIFY(initialize());
    m_secret = SecretBytes::random(64);
    m_passphrase = SecretBytes::copyOf("correct horse battery staple");
    auto blob = encryptSecret(m_secret, m_passphrase, Ad, KdfStrength::Interactive);
    QVERIFY2(blob.ok(), qPrintable(blob.error()));
    m_blob = *blob;
}

void TestKeyBlob::blobRoundTrips()
{
    const auto secret = decryptSecret(m_blob, m_passphrase, Ad);
    QVERIFY2(secret.ok(), qPrintable(secret.error()));
    QCOMPARE(secret->view(), m_secret.view());
}

void TestKeyBlob::emptySecretRoundTrips()
{
    const auto blob = encryptSecret(SecretBytes(), m_passphrase, Ad, KdfStrength::Interactive);
    QVERIFY2(blob.ok(), qPrintable(blob.error()));
    QCOMPARE(blob->size(), HeaderBytes + TagBytes);
    const auto secret = decryptSecret(*blob, m_passphrase, Ad);
    QVERIFY2(secret.ok(), qPrintable(secret.error()));
    QVERIFY(secret->isEmpty());
}

void TestKeyBlob::blobLayoutIsAsDocumented()
{
    QCOMPARE(m_blob.size(), HeaderBytes + 64 + TagBytes);
    QCOMPARE(m_blob.left(8), QByteArray("PBVKEY01"));
    QCOMPARE(int(uchar(m_blob[AlgOffset])), 2); // crypto_pwhash_ALG_ARGON2ID13
    QCOMPARE(readBigEndian64(m_blob, OpsOffset), std::uint64_t(2)); // OPSLIMIT_INTERACTIVE
    QCOMPARE(readBigEndian64(m_blob, MemOffset), std::uint64_t(64) << 20); // 64 MiB
    // The secret does not appear in the clear.
    QVERIFY(!m_blob.contains(m_secret.view().first(16)));
}

void TestKeyBlob::moderateParametersAreRecorded()
{
    // The one Moderate run (~0.5 s, 256 MiB): check the header it writes.
    const auto blob = encryptSecret(m_secret, m_passphrase, Ad, KdfStrength::Moderate);
    QVERIFY2(blob.ok(), qPrintable(blob.error()));
    QCOMPARE(blob->left(8), QByteArray("PBVKEY01"));
    QCOMPARE(int(uchar(blob->at(AlgOffset))), 2);
    QCOMPARE(readBigEndian64(*blob, OpsOffset), std::uint64_t(3)); // OPSLIMIT_MODERATE
    QCOMPARE(readBigEndian64(*blob, MemOffset), std::uint64_t(256) << 20); // 256 MiB
}

void TestKeyBlob::encryptionIsRandomised()
{
    const auto again = encryptSecret(m_secret, m_passphrase, Ad, KdfStrength::Interactive);
    QVERIFY(again.ok());
    QVERIFY(again->mid(SaltOffset, 16) != m_blob.mid(SaltOffset, 16));
    QVERIFY(again->mid(NonceOffset, 24) != m_blob.mid(NonceOffset, 24));
    QVERIFY(again->mid(HeaderBytes) != m_blob.mid(HeaderBytes));
}

void TestKeyBlob::emptyPassphraseRefused()
{
    const auto blob = encryptSecret(m_secret, SecretBytes(), Ad, KdfStrength::Interactive);
    QVERIFY(!blob.ok());
    QVERIFY2(blob.error().contains(QStringLiteral("empty passphrase")), qPrintable(blob.error()));
}

void TestKeyBlob::wrongPassphraseFails()
{
    const auto secret = decryptSecret(m_blob, SecretBytes::copyOf("correct horse battery stapler"), Ad);
    QVERIFY(!secret.ok());
    QVERIFY2(secret.error().contains(QStringLiteral("passphrase is wrong")), qPrintable(secret.error()));
}

void TestKeyBlob::otherAssociatedDataFails()
{
    const auto secret = decryptSecret(m_blob, m_passphrase, "PBK-v1/kiosk-key kiosk-08 election-2025");
    QVERIFY(!secret.ok());
    QVERIFY2(secret.error().contains(QStringLiteral("another key")), qPrintable(secret.error()));
    QVERIFY(!decryptSecret(m_blob, m_passphrase, {}).ok());
}

void TestKeyBlob::flippedByteFails_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("expected"); // part of the message
    QTest::newRow("magic") << 0 << QStringLiteral("not a pbvote key blob");
    QTest::newRow("version") << 7 << QStringLiteral("Unsupported key blob version");
    QTest::newRow("algorithm") << AlgOffset << QStringLiteral("not supported");
    QTest::newRow("opslimit high byte") << OpsOffset << QStringLiteral("Refusing");
    QTest::newRow("opslimit low byte: 2 -> 3") << OpsOffset + 7 << QStringLiteral("passphrase is wrong");
    QTest::newRow("salt") << SaltOffset << QStringLiteral("passphrase is wrong");
    QTest::newRow("nonce") << NonceOffset + 23 << QStringLiteral("passphrase is wrong");
    QTest::newRow("ciphertext") << HeaderBytes + 10 << QStringLiteral("passphrase is wrong");
    QTest::newRow("tag (last byte)") << HeaderBytes + 64 + TagBytes - 1
                                     << QStringLiteral("passphrase is wrong");
}

void TestKeyBlob::flippedByteFails()
{
    QFETCH(int, offset);
    QFETCH(QString, expected);
    QByteArray tampered = m_blob;
    tampered[offset] = char(tampered[offset] ^ 0x01);
    const auto secret = decryptSecret(tampered, m_passphrase, Ad);
    QVERIFY(!secret.ok());
    QVERIFY2(secret.error().contains(expected), qPrintable(secret.error()));
}

void TestKeyBlob::truncatedBlobFails_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << 0 << QStringLiteral("empty");
    QTest::newRow("inside the magic") << 3 << QStringLiteral("truncated");
    QTest::newRow("inside the version") << 7 << QStringLiteral("truncated");
    QTest::newRow("inside the header") << 40 << QStringLiteral("truncated");
    QTest::newRow("header only") << HeaderBytes << QStringLiteral("truncated");
    QTest::newRow("one byte short of a tag") << HeaderBytes + TagBytes - 1 << QStringLiteral("truncated");
    // Long enough to parse, so only the AEAD notices.
    QTest::newRow("last byte missing") << HeaderBytes + 64 + TagBytes - 1
                                       << QStringLiteral("passphrase is wrong");
}

void TestKeyBlob::truncatedBlobFails()
{
    QFETCH(int, length);
    QFETCH(QString, expected);
    const auto secret = decryptSecret(m_blob.left(length), m_passphrase, Ad);
    QVERIFY(!secret.ok());
    QVERIFY2(secret.error().contains(expected), qPrintable(secret.error()));
}

void TestKeyBlob::notABlobRefused()
{
    for (const QByteArray &junk : {QByteArray("hello"), QByteArray("-----BEGIN PRIVATE KEY-----"),
                                   QByteArray(100, '\0')}) {
        const auto secret = decryptSecret(junk, m_passphrase, Ad);
        QVERIFY(!secret.ok());
        QVERIFY2(secret.error().contains(QStringLiteral("not a pbvote key blob")),
                 qPrintable(secret.error()));
    }
}

void TestKeyBlob::unsupportedVersionRefused()
{
    QByteArray future = m_blob;
    future[7] = '2'; // "PBVKEY02"
    const auto secret = decryptSecret(future, m_passphrase, Ad);
    QVERIFY(!secret.ok());
    QVERIFY2(secret.error().contains(QStringLiteral("version \"02\"")), qPrintable(secret.error()));
}

void TestKeyBlob::unsupportedAlgorithmRefused()
{
    QByteArray argon2i = m_blob;
    argon2i[AlgOffset] = 1; // crypto_pwhash_ALG_ARGON2I13
    const auto secret = decryptSecret(argon2i, m_passphrase, Ad);
    QVERIFY(!secret.ok());
    QVERIFY2(secret.error().contains(QStringLiteral("algorithm 1")), qPrintable(secret.error()));
}

void TestKeyBlob::absurdParametersRefusedWithoutAttempt_data()
{
    QTest::addColumn<quint64>("opslimit");
    QTest::addColumn<quint64>("memlimit");
    QTest::newRow("memlimit 1 TiB") << quint64(2) << (quint64(1) << 40);
    QTest::newRow("memlimit just above SENSITIVE") << quint64(4) << (quint64(1) << 30) + 1024;
    QTest::newRow("memlimit 2^64-1") << quint64(2) << ~quint64(0);
    QTest::newRow("memlimit below minimum") << quint64(2) << quint64(8191);
    QTest::newRow("opslimit 0") << quint64(0) << (quint64(64) << 20);
    QTest::newRow("opslimit above SENSITIVE") << quint64(5) << (quint64(64) << 20);
    QTest::newRow("opslimit 2^63") << (quint64(1) << 63) << (quint64(64) << 20);
}

void TestKeyBlob::absurdParametersRefusedWithoutAttempt()
{
    QFETCH(quint64, opslimit);
    QFETCH(quint64, memlimit);
    QByteArray absurd = m_blob;
    writeBigEndian64(absurd, OpsOffset, opslimit);
    writeBigEndian64(absurd, MemOffset, memlimit);
    QElapsedTimer timer;
    timer.start();
    const auto secret = decryptSecret(absurd, m_passphrase, Ad);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!secret.ok());
    QVERIFY2(secret.error().contains(QStringLiteral("Refusing the key blob")), qPrintable(secret.error()));
    // Refused from the header alone: an Argon2id run with these parameters takes seconds.
    QVERIFY2(elapsed < 200, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
}

QTEST_GUILESS_MAIN(TestKeyBlob)
#include "TestKeyBlob.moc"
