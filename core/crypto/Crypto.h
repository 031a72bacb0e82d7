#pragma once

#include "crypto/SecretBytes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <initializer_list>
#include <span>
#include <vector>

// Thin wrappers over libsodium 1.0.18. Every signature and hash is domain-separated:
// signatures are over  domain ‖ 0x00 ‖ message, hashes use a 16-byte BLAKE2b
// personalisation per object type. See docs/ for the byte layouts.
namespace pbvote::crypto {

// sodium_init(); safe to call many times. Returns false if libsodium cannot start.
// Call it once at start-up, before anything else here (SecretBytes included): using the
// library before a successful initialize() stops the process with a message.
// Programming errors on constant arguments (a domain with a NUL byte, a personalisation
// over 16 bytes, shortCode bytes outside 1..32, ...) also stop the process (qFatal)
// rather than return something that could pass for a valid signature, hash or code.
bool initialize();

// Ed25519 ---------------------------------------------------------------------------
inline constexpr int SignPublicKeyBytes = 32;
inline constexpr int SignSecretKeyBytes = 64;
inline constexpr int SignatureBytes = 64;

struct SigningKeyPair
{
    QByteArray publicKey; // 32 bytes
    SecretBytes secretKey; // 64 bytes (libsodium's seed ‖ pk form)
    static SigningKeyPair generate();
};

// `domain` must be non-empty and contain no NUL byte (else qFatal). Returns an empty
// QByteArray (and logs with qCritical) if the secret key is not 64 bytes or its public
// half does not match its seed; callers must check.
QByteArray sign(const SecretBytes &secretKey, QByteArrayView domain, QByteArrayView message);
// False for any wrong-size key or signature, an empty domain or one with a NUL byte.
bool verify(QByteArrayView publicKey, QByteArrayView domain, QByteArrayView message,
            QByteArrayView signature);

// X25519 sealed boxes (crypto_box_seal) ---------------------------------------------
inline constexpr int BoxPublicKeyBytes = 32;
inline constexpr int BoxSecretKeyBytes = 32;
inline constexpr int SealOverheadBytes = 48;

struct BoxKeyPair
{
    QByteArray publicKey; // 32 bytes
    SecretBytes secretKey; // 32 bytes
    static BoxKeyPair generate();
};

// Pads `plaintext` with sodium_pad to exactly `paddedSize` bytes (fails if it does not
// fit: paddedSize must be > plaintext size, and at most 64 MiB) and seals it to `publicKey`.
// The result is always paddedSize + 48 bytes.
Result<QByteArray> padAndSeal(QByteArrayView publicKey, QByteArrayView plaintext,
                              std::size_t paddedSize);
// Opens a sealed box and removes the padding; the plaintext stays in secure memory.
Result<SecretBytes> openAndUnpad(QByteArrayView publicKey, const SecretBytes &secretKey,
                                 QByteArrayView sealed, std::size_t paddedSize);

// Hashing -----------------------------------------------------------------------------
inline constexpr int HashBytes = 32;
// BLAKE2b-256 with a personalisation string (at most 16 bytes, no NUL byte, zero-padded),
// e.g. "PBV-manifest-v1". Optional key (16..64 bytes) for keyed hashing. Out-of-range
// personalisation or key: qFatal (they are constants, so this is a programming error).
QByteArray hash(QByteArrayView personal, QByteArrayView data, QByteArrayView key = {});
// The same (unkeyed) over the concatenation of `parts`, without building it.
QByteArray hashParts(QByteArrayView personal, std::initializer_list<QByteArrayView> parts);
// A digest held by value, for the many hashes a verifier keeps (no allocation each).
using Digest = std::array<unsigned char, HashBytes>;
Digest hashPartsDigest(QByteArrayView personal, std::initializer_list<QByteArrayView> parts);

// Merkle root over leaves (each hashed with a 0x00 prefix, nodes with 0x01, RFC 6962
// split: the left subtree holds the largest power of two < n). Leaves are used in the
// order given (callers sort them). The root of no leaves is hash(personal, "").
QByteArray merkleRoot(QByteArrayView personal, std::span<const QByteArray> leaves);
// The same over leaves that are digests (each still hashed with the 0x00 prefix).
QByteArray merkleRootOfDigests(QByteArrayView personal, std::span<const Digest> leaves);

// Encodings ---------------------------------------------------------------------------
// RFC 4648 base32 without padding, upper case (A-Z, 2-7).
QString base32(QByteArrayView bytes);
// A short code people can read aloud and write down: the first `bytes` bytes of
// hash(personal, data), base32, in groups of 4 separated by '-'. E.g. "K7QX-M2PA-3RTE-…".
QString shortCode(QByteArrayView personal, QByteArrayView data, int bytes = 10);
// The same for a digest already computed (shortCode(p, d, n) is shortCodeOfDigest(hash(p, d), n)).
QString shortCodeOfDigest(QByteArrayView digest, int bytes = 10);
// The length of such a code in characters (19 for 10 bytes: 16 letters, 3 dashes), and the
// same code written as ASCII to `out`, which has room for shortCodeLength(bytes).
constexpr qsizetype shortCodeLength(int bytes)
{
    const qsizetype letters = (qsizetype(bytes) * 8 + 4) / 5;
    return letters + (letters + 3) / 4 - 1;
}
void shortCodeOfDigestTo(QByteArrayView digest, int bytes, char *out);
// Normalises what a person typed (ASCII case, white space, dashes, digit look-alikes:
// 0→O, 1→I, 8→B) back to canonical base32 without separators. 'L' is a valid base32
// letter and stays 'L'. Returns an empty string if anything else remains (9, punctuation,
// non-ASCII look-alikes such as Cyrillic А or dotless ı).
QString normaliseCode(const QString &typed);

// Random ------------------------------------------------------------------------------
QByteArray randomBytes(int size); // size >= 0
// A uniformly random permutation of 0..n-1 (Fisher–Yates over randombytes_uniform).
// Used wherever an order must carry nothing: e.g. plaintext ballots in a Pabulib export
// must not follow ballot-id order, or receipts would reveal votes.
std::vector<int> randomPermutation(int n);
// A voter access code: `groups` groups of 4 base32 characters (5 bits each), e.g.
// "K7QX-M2PA-R3TE" for groups=3 (60 bits). Returned in secure memory as UTF-8 text.
// groups: 1..64. Each SecretBytes is a separate mapping with guard pages: hash codes as
// they are made rather than holding tens of thousands of them at once.
SecretBytes randomAccessCode(int groups = 3);

// Secrets at rest ----------------------------------------------------------------------
enum class KdfStrength { Interactive, Moderate, Sensitive };
QString kdfStrengthName(KdfStrength s); // "interactive", "moderate", "sensitive"
bool parseKdfStrength(const QString &name, KdfStrength *out);

// Encrypts `secret` under a key derived from `passphrase` with crypto_pwhash (Argon2id)
// and XChaCha20-Poly1305 (AEAD, `associatedData` bound in). The returned blob is
// self-describing: "PBVKEY01" ‖ alg(1) ‖ opslimit(8, BE) ‖ memlimit(8, BE) ‖ salt(16) ‖
// nonce(24) ‖ ciphertext (secret + 16-byte tag). The AEAD's associated data is the 65-byte
// header followed by `associatedData`. An empty passphrase is refused. Layout and
// reasons: docs/crypto.md.
Result<QByteArray> encryptSecret(const SecretBytes &secret, const SecretBytes &passphrase,
                                 QByteArrayView associatedData, KdfStrength strength);
// Fails with a clear message on a wrong passphrase, a blob for other associated data, a
// damaged or truncated blob. Refuses, before running Argon2id, parameters outside
// libsodium's minimum .. SENSITIVE (at most 4 passes, 1 GiB).
Result<SecretBytes> decryptSecret(QByteArrayView blob, const SecretBytes &passphrase,
                                  QByteArrayView associatedData);

// Passphrases ---------------------------------------------------------------------------
// Reads a passphrase (first line, without "\n" or "\r\n") straight into secure memory with
// read(2). Refuses a missing or unreadable file, a directory, an empty first line and a
// first line over 1024 bytes; messages name the path.
Result<SecretBytes> readPassphraseFile(const QString &path);
// Copies the environment variable into secure memory and makes no other copy. The
// environment itself still holds the passphrase and cannot be wiped reliably; the
// variable is deliberately left set (tests and child processes rely on it). Prefer
// readPassphraseFile on kiosks. Not thread-safe against setenv: call at start-up.
Result<SecretBytes> passphraseFromEnvironment(const char *variable);

// Operator PINs ---------------------------------------------------------------------
// A kiosk keeps only an Argon2id hash of its operator PIN (crypto_pwhash_str, interactive
// limits: about 0.2 s per check, which also slows guessing). An empty PIN is refused.
Result<QByteArray> hashPin(const SecretBytes &pin);
bool verifyPin(QByteArrayView storedHash, const SecretBytes &pin);

// Process hardening: no core dumps, not ptrace-attachable by the same user
// (prctl(PR_SET_DUMPABLE, 0) and RLIMIT_CORE = 0). Failures are logged with qWarning.
void hardenProcess();

} // namespace pbvote::crypto
