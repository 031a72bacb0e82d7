// Pure Ed25519 signatures over  domain ‖ 0x00 ‖ message.

#include "crypto/Crypto.h"

#include "crypto/CryptoPrivate.h"

#include <QtGlobal>

#include <sodium.h>

#include <cstring>
#include <vector>

namespace pbvote::crypto {

static_assert(SignPublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(SignSecretKeyBytes == crypto_sign_SECRETKEYBYTES);
static_assert(SignatureBytes == crypto_sign_BYTES);

namespace {

// A domain must be non-empty and free of NUL bytes, so that  domain ‖ 0x00 ‖ message
// has exactly one parse and no domain is a prefix of another's signed bytes.
bool isValidDomain(QByteArrayView domain)
{
    return !domain.isEmpty() && !domain.contains('\0');
}

std::vector<unsigned char> signedBytes(QByteArrayView domain, QByteArrayView message)
{
    std::vector<unsigned char> buf(static_cast<std::size_t>(domain.size()) + 1
                                   + static_cast<std::size_t>(message.size()));
    std::memcpy(buf.data(), domain.data(), static_cast<std::size_t>(domain.size()));
    buf[static_cast<std::size_t>(domain.size())] = 0x00;
    if (!message.isEmpty())
        std::memcpy(buf.data() + domain.size() + 1, message.data(),
                    static_cast<std::size_t>(message.size()));
    return buf;
}

} // namespace

SigningKeyPair SigningKeyPair::generate()
{
    detail::requireInitialized("SigningKeyPair::generate");
    SigningKeyPair pair;
    pair.publicKey = QByteArray(SignPublicKeyBytes, Qt::Uninitialized);
    pair.secretKey = SecretBytes(SignSecretKeyBytes);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                        pair.secretKey.data());
    return pair;
}

QByteArray sign(const SecretBytes &secretKey, QByteArrayView domain, QByteArrayView message)
{
    detail::requireInitialized("sign");
    if (!isValidDomain(domain))
        detail::misuse("sign", "the domain must be non-empty and must not contain NUL bytes");
    if (secretKey.size() != SignSecretKeyBytes) {
        qCritical("pbvote::crypto::sign: the secret key has %zu bytes, not %d; not signing",
                  secretKey.size(), SignSecretKeyBytes);
        return {};
    }
    // libsodium 1.0.18 takes the public key from the second half of the secret key
    // without checking it. A mismatched half yields signatures that do not verify and,
    // if an attacker could choose it, leaks the private scalar. Re-derive and compare.
    {
        // A stack buffer wiped at once (as libsodium does internally), not SecretBytes:
        // a sodium_malloc per signature costs more syscalls than the signature itself.
        unsigned char derivedPk[crypto_sign_PUBLICKEYBYTES];
        unsigned char scratch[crypto_sign_SECRETKEYBYTES];
        crypto_sign_seed_keypair(derivedPk, scratch, secretKey.data());
        sodium_memzero(scratch, sizeof scratch);
        if (sodium_memcmp(derivedPk, secretKey.data() + crypto_sign_SEEDBYTES,
                          crypto_sign_PUBLICKEYBYTES) != 0) {
            qCritical("pbvote::crypto::sign: the secret key is inconsistent (its public "
                      "half does not match its seed); not signing");
            return {};
        }
    }
    const std::vector<unsigned char> bytes = signedBytes(domain, message);
    QByteArray signature(SignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         bytes.data(), bytes.size(), secretKey.data());
    return signature;
}

bool verify(QByteArrayView publicKey, QByteArrayView domain, QByteArrayView message,
            QByteArrayView signature)
{
    detail::requireInitialized("verify");
    if (publicKey.size() != SignPublicKeyBytes || signature.size() != SignatureBytes
        || !isValidDomain(domain))
        return false;
    const std::vector<unsigned char> bytes = signedBytes(domain, message);
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.data()),
                                       bytes.data(), bytes.size(),
                                       reinterpret_cast<const unsigned char *>(publicKey.data()))
        == 0;
}

} // namespace pbvote::crypto
