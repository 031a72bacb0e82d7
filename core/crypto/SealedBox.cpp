// Anonymous sealed boxes (X25519 + XSalsa20-Poly1305) over fixed-size padded plaintexts.

#include "crypto/Crypto.h"

#include "crypto/CryptoPrivate.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstring>
#include <utility>

namespace pbvote::crypto {

static_assert(BoxPublicKeyBytes == crypto_box_PUBLICKEYBYTES);
static_assert(BoxSecretKeyBytes == crypto_box_SECRETKEYBYTES);
static_assert(SealOverheadBytes == crypto_box_SEALBYTES);

namespace {
// Far above any ballot; keeps paddedSize + overhead clear of any overflow.
constexpr std::size_t MaxPaddedSize = std::size_t(64) * 1024 * 1024;
} // namespace

BoxKeyPair BoxKeyPair::generate()
{
    detail::requireInitialized("BoxKeyPair::generate");
    BoxKeyPair pair;
    pair.publicKey = QByteArray(BoxPublicKeyBytes, Qt::Uninitialized);
    pair.secretKey = SecretBytes(BoxSecretKeyBytes);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                       pair.secretKey.data());
    return pair;
}

Result<QByteArray> padAndSeal(QByteArrayView publicKey, QByteArrayView plaintext,
                              std::size_t paddedSize)
{
    detail::requireInitialized("padAndSeal");
    if (publicKey.size() != BoxPublicKeyBytes)
        return Result<QByteArray>::failure(
            QCoreApplication::translate("Crypto",
                                        "Cannot seal: the public key has %1 bytes instead of %2.")
                .arg(publicKey.size())
                .arg(BoxPublicKeyBytes));
    if (paddedSize == 0 || paddedSize > MaxPaddedSize)
        return Result<QByteArray>::failure(
            QCoreApplication::translate("Crypto",
                                        "Cannot seal: the padded size %1 is not between 1 and %2 bytes.")
                .arg(paddedSize)
                .arg(MaxPaddedSize));
    const auto plainSize = static_cast<std::size_t>(plaintext.size());
    // sodium_pad always appends at least one byte (0x80), so the plaintext must be
    // strictly shorter than the block for the result to be exactly one block.
    if (plainSize >= paddedSize)
        return Result<QByteArray>::failure(
            QCoreApplication::translate("Crypto",
                                        "Cannot seal: the plaintext has %1 bytes, but at most %2 "
                                        "fit into a padded size of %3 bytes.")
                .arg(plainSize)
                .arg(paddedSize - 1)
                .arg(paddedSize));

    // The padded plaintext is a ballot: keep it in secure memory.
    SecretBytes padded(paddedSize);
    if (plainSize > 0)
        std::memcpy(padded.data(), plaintext.data(), plainSize);
    std::size_t paddedLength = 0;
    if (sodium_pad(&paddedLength, padded.data(), plainSize, paddedSize, paddedSize) != 0
        || paddedLength != paddedSize)
        return Result<QByteArray>::failure(
            QCoreApplication::translate("Crypto", "Cannot seal: padding failed."));

    QByteArray sealed(static_cast<qsizetype>(paddedSize + crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), padded.data(), paddedSize,
                        reinterpret_cast<const unsigned char *>(publicKey.data()))
        != 0)
        return Result<QByteArray>::failure(QCoreApplication::translate(
            "Crypto", "Cannot seal: the public key is not a valid X25519 key."));
    return sealed;
}

Result<SecretBytes> openAndUnpad(QByteArrayView publicKey, const SecretBytes &secretKey,
                                 QByteArrayView sealed, std::size_t paddedSize)
{
    detail::requireInitialized("openAndUnpad");
    if (publicKey.size() != BoxPublicKeyBytes)
        return Result<SecretBytes>::failure(
            QCoreApplication::translate("Crypto",
                                        "Cannot open: the public key has %1 bytes instead of %2.")
                .arg(publicKey.size())
                .arg(BoxPublicKeyBytes));
    if (secretKey.size() != BoxSecretKeyBytes)
        return Result<SecretBytes>::failure(
            QCoreApplication::translate("Crypto",
                                        "Cannot open: the secret key has %1 bytes instead of %2.")
                .arg(secretKey.size())
                .arg(BoxSecretKeyBytes));
    if (paddedSize == 0 || paddedSize > MaxPaddedSize)
        return Result<SecretBytes>::failure(
            QCoreApplication::translate("Crypto",
                                        "Cannot open: the padded size %1 is not between 1 and %2 bytes.")
                .arg(paddedSize)
                .arg(MaxPaddedSize));
    if (static_cast<std::size_t>(sealed.size()) != paddedSize + crypto_box_SEALBYTES)
        return Result<SecretBytes>::failure(
            QCoreApplication::translate("Crypto",
                                        "Cannot open: the sealed box has %1 bytes, but a box of "
                                        "this election has exactly %2 bytes.")
                .arg(sealed.size())
                .arg(paddedSize + crypto_box_SEALBYTES));

    SecretBytes plain(paddedSize);
    if (crypto_box_seal_open(plain.data(), reinterpret_cast<const unsigned char *>(sealed.data()),
                             static_cast<unsigned long long>(sealed.size()),
                             reinterpret_cast<const unsigned char *>(publicKey.data()),
                             secretKey.data())
        != 0)
        return Result<SecretBytes>::failure(QCoreApplication::translate(
            "Crypto", "Cannot open: the sealed box was not made for this key or has been "
                      "damaged or altered."));
    std::size_t unpaddedLength = 0;
    if (sodium_unpad(&unpaddedLength, plain.data(), paddedSize, paddedSize) != 0)
        return Result<SecretBytes>::failure(QCoreApplication::translate(
            "Crypto", "Cannot open: the sealed box is authentic but its padding is invalid."));
    plain.truncate(unpaddedLength);
    return Result<SecretBytes>(std::move(plain));
}

} // namespace pbvote::crypto
