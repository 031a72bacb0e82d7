// Secrets at rest: Argon2id13 key derivation + XChaCha20-Poly1305-IETF, in a
// self-describing blob (layout in docs/crypto.md).

#include "crypto/Crypto.h"

#include "crypto/CryptoPrivate.h"

#include <QCoreApplication>

#include <sodium.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>

namespace pbvote::crypto {

namespace {

constexpr char Magic[] = "PBVKEY";   // 6 bytes: what the file is
constexpr char Version[] = "01";     // 2 bytes: the layout below
constexpr std::size_t MagicBytes = 6;
constexpr std::size_t VersionBytes = 2;
constexpr std::size_t AlgOffset = MagicBytes + VersionBytes;          // 8
constexpr std::size_t OpsOffset = AlgOffset + 1;                      // 9
constexpr std::size_t MemOffset = OpsOffset + 8;                      // 17
constexpr std::size_t SaltOffset = MemOffset + 8;                     // 25
constexpr std::size_t NonceOffset = SaltOffset + crypto_pwhash_SALTBYTES; // 41
constexpr std::size_t HeaderBytes =
    NonceOffset + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;       // 65
constexpr std::size_t TagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES; // 16
constexpr std::size_t KeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES; // 32
constexpr unsigned char AlgArgon2id13 = crypto_pwhash_ALG_ARGON2ID13; // 2

static_assert(crypto_pwhash_SALTBYTES == 16);
static_assert(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES == 24);
static_assert(HeaderBytes == 65);
static_assert(KeyBytes >= crypto_pwhash_BYTES_MIN);

// Decryption never runs Argon2id with more than SENSITIVE asks for: a blob can not make
// the kiosk spend minutes or gigabytes before the passphrase is even checked.
constexpr std::uint64_t MinOps = crypto_pwhash_argon2id_OPSLIMIT_MIN;
constexpr std::uint64_t MaxOps = crypto_pwhash_argon2id_OPSLIMIT_SENSITIVE;
constexpr std::uint64_t MinMem = crypto_pwhash_argon2id_MEMLIMIT_MIN;
constexpr std::uint64_t MaxMem = crypto_pwhash_argon2id_MEMLIMIT_SENSITIVE;
static_assert(MaxOps <= crypto_pwhash_argon2id_OPSLIMIT_MAX);
static_assert(MaxMem <= crypto_pwhash_argon2id_MEMLIMIT_MAX);

struct KdfParameters
{
    std::uint64_t opslimit;
    std::uint64_t memlimit;
};

KdfParameters parametersFor(KdfStrength strength)
{
    switch (strength) {
    case KdfStrength::Interactive:
        return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE,
                crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
    case KdfStrength::Moderate:
        return {crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE};
    case KdfStrength::Sensitive:
        return {crypto_pwhash_argon2id_OPSLIMIT_SENSITIVE,
                crypto_pwhash_argon2id_MEMLIMIT_SENSITIVE};
    }
    detail::misuse("encryptSecret", "unknown KdfStrength");
}

void putBigEndian64(unsigned char *out, std::uint64_t v)
{
    for (int i = 7; i >= 0; --i) {
        out[i] = static_cast<unsigned char>(v & 0xff);
        v >>= 8;
    }
}

std::uint64_t getBigEndian64(const unsigned char *in)
{
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | in[i];
    return v;
}

// The AEAD's associated data: the whole header, then the caller's data. The header has a
// fixed length, so the concatenation is unambiguous; binding it means no header byte can
// be changed without failing authentication (the KDF parameters and salt are bound
// through the key as well).
QByteArray aeadAssociatedData(const unsigned char *header, QByteArrayView associatedData)
{
    QByteArray ad(reinterpret_cast<const char *>(header), qsizetype(HeaderBytes));
    ad.append(associatedData);
    return ad;
}

Result<SecretBytes> deriveKey(const SecretBytes &passphrase, const unsigned char *salt,
                              const KdfParameters &params)
{
    SecretBytes key(KeyBytes);
    if (crypto_pwhash(key.data(), KeyBytes, reinterpret_cast<const char *>(passphrase.data()),
                      passphrase.size(), salt, params.opslimit,
                      static_cast<std::size_t>(params.memlimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Result<SecretBytes>::failure(
            QCoreApplication::translate("Crypto",
                                        "Key derivation (Argon2id, %1 MiB) failed: probably not "
                                        "enough memory.")
                .arg(params.memlimit / (1024 * 1024)));
    return Result<SecretBytes>(std::move(key));
}

// The version field as text if it is printable ASCII, else as hex (never raw bytes).
QString printable(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (c < 0x20 || c > 0x7e)
            return QStringLiteral("0x") + QString::fromLatin1(bytes.toByteArray().toHex());
    }
    return QString::fromLatin1(bytes);
}

} // namespace

QString kdfStrengthName(KdfStrength s)
{
    switch (s) {
    case KdfStrength::Interactive:
        return QStringLiteral("interactive");
    case KdfStrength::Moderate:
        return QStringLiteral("moderate");
    case KdfStrength::Sensitive:
        return QStringLiteral("sensitive");
    }
    return {};
}

bool parseKdfStrength(const QString &name, KdfStrength *out)
{
    for (const KdfStrength s : {KdfStrength::Interactive, KdfStrength::Moderate,
                                KdfStrength::Sensitive}) {
        if (name.compare(kdfStrengthName(s), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = s;
            return true;
        }
    }
    return false;
}

Result<QByteArray> encryptSecret(const SecretBytes &secret, const SecretBytes &passphrase,
                                 QByteArrayView associatedData, KdfStrength strength)
{
    detail::requireInitialized("encryptSecret");
    if (passphrase.isEmpty())
        return Result<QByteArray>::failure(QCoreApplication::translate(
            "Crypto", "Refusing to encrypt a key under an empty passphrase."));
    const KdfParameters params = parametersFor(strength);

    QByteArray blob(qsizetype(HeaderBytes + secret.size() + TagBytes), Qt::Uninitialized);
    auto *b = reinterpret_cast<unsigned char *>(blob.data());
    std::memcpy(b, Magic, MagicBytes);
    std::memcpy(b + MagicBytes, Version, VersionBytes);
    b[AlgOffset] = AlgArgon2id13;
    putBigEndian64(b + OpsOffset, params.opslimit);
    putBigEndian64(b + MemOffset, params.memlimit);
    randombytes_buf(b + SaltOffset, crypto_pwhash_SALTBYTES);
    randombytes_buf(b + NonceOffset, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);

    Result<SecretBytes> key = deriveKey(passphrase, b + SaltOffset, params);
    if (!key)
        return Result<QByteArray>::failure(key.error());
    const QByteArray ad = aeadAssociatedData(b, associatedData);
    unsigned long long cipherLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        b + HeaderBytes, &cipherLength, secret.data(), secret.size(),
        reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr, b + NonceOffset, key->data());
    Q_ASSERT(cipherLength == secret.size() + TagBytes);
    return blob;
}

Result<SecretBytes> decryptSecret(QByteArrayView blob, const SecretBytes &passphrase,
                                  QByteArrayView associatedData)
{
    detail::requireInitialized("decryptSecret");
    using R = Result<SecretBytes>;
    const auto size = static_cast<std::size_t>(blob.size());
    const std::size_t magicSeen = std::min(size, MagicBytes);
    if (magicSeen == 0)
        return R::failure(QCoreApplication::translate("Crypto", "The key blob is empty."));
    if (std::memcmp(blob.data(), Magic, magicSeen) != 0)
        return R::failure(QCoreApplication::translate(
            "Crypto", "This is not a pbvote key blob (it does not start with \"PBVKEY\")."));
    if (size < MagicBytes + VersionBytes)
        return R::failure(QCoreApplication::translate(
            "Crypto", "The key blob is truncated: %1 bytes, a key blob has at least %2.")
                              .arg(size)
                              .arg(HeaderBytes + TagBytes));
    if (std::memcmp(blob.data() + MagicBytes, Version, VersionBytes) != 0)
        return R::failure(
            QCoreApplication::translate("Crypto",
                                        "Unsupported key blob version \"%1\" (this program reads "
                                        "version \"%2\"); a newer pbvote may be needed.")
                .arg(printable(blob.sliced(MagicBytes, VersionBytes)), QLatin1String(Version)));
    if (size < HeaderBytes + TagBytes)
        return R::failure(QCoreApplication::translate(
            "Crypto", "The key blob is truncated: %1 bytes, a key blob has at least %2.")
                              .arg(size)
                              .arg(HeaderBytes + TagBytes));

    const auto *b = reinterpret_cast<const unsigned char *>(blob.data());
    if (b[AlgOffset] != AlgArgon2id13)
        return R::failure(QCoreApplication::translate(
            "Crypto", "The key blob uses key derivation algorithm %1, which is not supported "
                      "(only %2, Argon2id).")
                              .arg(b[AlgOffset])
                              .arg(AlgArgon2id13));
    const KdfParameters params{getBigEndian64(b + OpsOffset), getBigEndian64(b + MemOffset)};
    if (params.opslimit < MinOps || params.opslimit > MaxOps || params.memlimit < MinMem
        || params.memlimit > MaxMem)
        return R::failure(
            QCoreApplication::translate("Crypto",
                                        "Refusing the key blob: its key derivation parameters "
                                        "(opslimit %1, memlimit %2 bytes) are outside the accepted "
                                        "range (opslimit %3 to %4, memlimit %5 to %6 bytes). The "
                                        "blob is damaged or was not written by pbvote.")
                .arg(params.opslimit)
                .arg(params.memlimit)
                .arg(MinOps)
                .arg(MaxOps)
                .arg(MinMem)
                .arg(MaxMem));

    R key = deriveKey(passphrase, b + SaltOffset, params);
    if (!key)
        return key;
    const QByteArray ad = aeadAssociatedData(b, associatedData);
    const std::size_t cipherLength = size - HeaderBytes;
    SecretBytes secret(cipherLength - TagBytes);
    unsigned long long plainLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            secret.data(), &plainLength, nullptr, b + HeaderBytes, cipherLength,
            reinterpret_cast<const unsigned char *>(ad.constData()),
            static_cast<unsigned long long>(ad.size()), b + NonceOffset, key->data())
        != 0)
        return R::failure(QCoreApplication::translate(
            "Crypto", "Cannot decrypt the key: the passphrase is wrong, the blob was made for "
                      "another key (different associated data), or it has been damaged. "
                      "(The authenticated encryption cannot tell these cases apart.)"));
    secret.truncate(static_cast<std::size_t>(plainLength));
    return R(std::move(secret));
}

} // namespace pbvote::crypto
