// Operator PIN hashes (crypto_pwhash_str: Argon2id with its parameters in the string).

#include "crypto/Crypto.h"

#include "crypto/CryptoPrivate.h"

#include <QCoreApplication>

#include <sodium.h>

#include <algorithm>

namespace pbvote::crypto {

namespace {
// Translation context "Crypto" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crypto)
};
} // namespace

Result<QByteArray> hashPin(const SecretBytes &pin)
{
    detail::requireInitialized("hashPin");
    if (pin.isEmpty())
        return Result<QByteArray>::failure(Tr::tr("An empty operator PIN is not allowed."));
    char out[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str(out, reinterpret_cast<const char *>(pin.data()), pin.size(),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return Result<QByteArray>::failure(Tr::tr("Not enough memory to hash the operator PIN."));
    return QByteArray(out);
}

bool verifyPin(QByteArrayView storedHash, const SecretBytes &pin)
{
    detail::requireInitialized("verifyPin");
    if (pin.isEmpty() || storedHash.isEmpty() || storedHash.size() >= crypto_pwhash_STRBYTES)
        return false;
    char stored[crypto_pwhash_STRBYTES] = {};
    std::copy(storedHash.begin(), storedHash.end(), stored);
    return crypto_pwhash_str_verify(stored, reinterpret_cast<const char *>(pin.data()), pin.size()) == 0;
}

} // namespace pbvote::crypto
