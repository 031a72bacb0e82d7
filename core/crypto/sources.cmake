# sources of core/crypto: libsodium wrappers (see docs/crypto.md)
target_sources(pbvote_core PRIVATE
    crypto/SecretBytes.h crypto/SecretBytes.cpp
    crypto/Crypto.h crypto/CryptoPrivate.h crypto/Crypto.cpp
    crypto/Signature.cpp
    crypto/BatchVerify.h crypto/BatchVerify.cpp
    crypto/SealedBox.cpp
    crypto/Hash.cpp
    crypto/Encoding.cpp
    crypto/KeyBlob.cpp
    crypto/Passphrase.cpp
    crypto/PinHash.cpp)
