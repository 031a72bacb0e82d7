#pragma once

#include "crypto/Crypto.h"
#include "store/BallotStore.h"
#include "util/Result.h"

namespace pbvote::store {

// Associated data that binds an encrypted key to its kind and name (see crypto.md).
QByteArray keyAssociatedData(KeyKind kind, const QString &name);

// Makes a key pair (Ed25519 for authority and kiosk keys, X25519 for election keys),
// stores the secret half encrypted under `passphrase`, and returns the secret half in
// secure memory (*publicKey receives the public half).
Result<crypto::SecretBytes> createKey(BallotStore &store, KeyKind kind, const QString &name,
                                      const crypto::SecretBytes &passphrase, crypto::KdfStrength strength,
                                      QByteArray *publicKey = nullptr);

// Decrypts a stored key's secret half into secure memory; the message says which key.
Result<crypto::SecretBytes> unlockKey(const BallotStore &store, KeyKind kind, const QString &name,
                                      const crypto::SecretBytes &passphrase);

} // namespace pbvote::store
