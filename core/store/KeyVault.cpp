#include "store/KeyVault.h"

#include <QCoreApplication>

namespace pbvote::store {

namespace {
// Translation context "Store" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};
} // namespace

QByteArray keyAssociatedData(KeyKind kind, const QString &name)
{
    return QByteArray("pbvote/v1/key") + '\0' + keyKindName(kind).toUtf8() + '\0' + name.toUtf8();
}

Result<crypto::SecretBytes> createKey(BallotStore &store, KeyKind kind, const QString &name,
                                      const crypto::SecretBytes &passphrase, crypto::KdfStrength strength,
                                      QByteArray *publicKey)
{
    using R = Result<crypto::SecretBytes>;
    StoredKey key;
    key.kind = kind;
    key.name = name;
    crypto::SecretBytes secret;
    if (kind == KeyKind::Election) {
        crypto::BoxKeyPair pair = crypto::BoxKeyPair::generate();
        key.publicKey = pair.publicKey;
        secret = std::move(pair.secretKey);
    } else {
        crypto::SigningKeyPair pair = crypto::SigningKeyPair::generate();
        key.publicKey = pair.publicKey;
        secret = std::move(pair.secretKey);
    }
    auto blob = crypto::encryptSecret(secret, passphrase, keyAssociatedData(kind, name), strength);
    if (!blob)
        return R::failure(blob.error());
    key.encryptedSecret = *blob;
    if (Status s = store.storeKey(key); !s)
        return R::failure(s.error());
    if (publicKey)
        *publicKey = key.publicKey;
    return R(std::move(secret));
}

Result<crypto::SecretBytes> unlockKey(const BallotStore &store, KeyKind kind, const QString &name,
                                      const crypto::SecretBytes &passphrase)
{
    using R = Result<crypto::SecretBytes>;
    auto key = store.key(kind, name);
    if (!key)
        return R::failure(key.error());
    auto secret = crypto::decryptSecret(key->encryptedSecret, passphrase, keyAssociatedData(kind, name));
    if (!secret)
        return R::failure(Tr::tr("Cannot unlock the %1 key \"%2\": %3").arg(keyKindName(kind), name, secret.error()));
    return secret;
}

} // namespace pbvote::store
