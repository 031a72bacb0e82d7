// BLAKE2b-256 with personalisation, and Merkle roots (RFC 6962 shape).

#include "crypto/Crypto.h"

#include "crypto/CryptoPrivate.h"
#include "util/LargeMemory.h"

#include <sodium.h>

#include <array>
#include <cstring>
#include <vector>

namespace pbvote::crypto {

static_assert(HashBytes >= crypto_generichash_blake2b_BYTES_MIN
              && HashBytes <= crypto_generichash_blake2b_BYTES_MAX);

namespace {

using Personal = std::array<unsigned char, crypto_generichash_blake2b_PERSONALBYTES>;

// At most 16 bytes, no NUL, zero-padded (as Python's hashlib.blake2b(person=...) does).
Personal personalisation(const char *function, QByteArrayView personal)
{
    if (personal.size() > qsizetype(crypto_generichash_blake2b_PERSONALBYTES))
        detail::misuse(function, "the personalisation is longer than 16 bytes");
    // Zero padding would make "abc" and "abc\0" the same personalisation.
    if (personal.contains('\0'))
        detail::misuse(function, "the personalisation contains a NUL byte");
    Personal p{};
    if (!personal.isEmpty())
        std::memcpy(p.data(), personal.data(), static_cast<std::size_t>(personal.size()));
    return p;
}

class Hasher
{
public:
    explicit Hasher(const Personal &personal, QByteArrayView key = {})
    {
        crypto_generichash_blake2b_init_salt_personal(
            &m_state, reinterpret_cast<const unsigned char *>(key.data()),
            static_cast<std::size_t>(key.size()), HashBytes, nullptr, personal.data());
    }
    ~Hasher() { sodium_memzero(&m_state, sizeof m_state); }
    Hasher(const Hasher &) = delete;
    Hasher &operator=(const Hasher &) = delete;

    void add(QByteArrayView bytes)
    {
        if (!bytes.isEmpty())
            crypto_generichash_blake2b_update(
                &m_state, reinterpret_cast<const unsigned char *>(bytes.data()),
                static_cast<unsigned long long>(bytes.size()));
    }
    void add(unsigned char byte) { crypto_generichash_blake2b_update(&m_state, &byte, 1); }
    void finishTo(unsigned char *out) { crypto_generichash_blake2b_final(&m_state, out, HashBytes); }
    QByteArray finish()
    {
        QByteArray out(HashBytes, Qt::Uninitialized);
        crypto_generichash_blake2b_final(&m_state, reinterpret_cast<unsigned char *>(out.data()),
                                         HashBytes);
        return out;
    }

private:
    crypto_generichash_blake2b_state m_state;
};

// One BLAKE2b-256 of  prefix ‖ a ‖ b  from a state already set up with the
// personalisation (a copy of it is cheaper than setting up a new one), into `out`.
void hashNode(const crypto_generichash_blake2b_state &initial, unsigned char prefix, QByteArrayView a,
              QByteArrayView b, unsigned char *out)
{
    crypto_generichash_blake2b_state st = initial;
    crypto_generichash_blake2b_update(&st, &prefix, 1);
    if (!a.isEmpty())
        crypto_generichash_blake2b_update(&st, reinterpret_cast<const unsigned char *>(a.data()),
                                          static_cast<unsigned long long>(a.size()));
    if (!b.isEmpty())
        crypto_generichash_blake2b_update(&st, reinterpret_cast<const unsigned char *>(b.data()),
                                          static_cast<unsigned long long>(b.size()));
    crypto_generichash_blake2b_final(&st, out, HashBytes); // public data: no wiping
}

QByteArrayView bytesOf(const Digest &d)
{
    return QByteArrayView(reinterpret_cast<const char *>(d.data()), qsizetype(d.size()));
}

QByteArrayView bytesOf(const QByteArray &b)
{
    return QByteArrayView(b);
}

} // namespace

QByteArray hash(QByteArrayView personal, QByteArrayView data, QByteArrayView key)
{
    const Personal p = personalisation("hash", personal);
    if (!key.isEmpty()
        && (key.size() < qsizetype(crypto_generichash_blake2b_KEYBYTES_MIN)
            || key.size() > qsizetype(crypto_generichash_blake2b_KEYBYTES_MAX)))
        detail::misuse("hash", "a hash key must have 16 to 64 bytes");
    Hasher h(p, key);
    h.add(data);
    return h.finish();
}

QByteArray hashParts(QByteArrayView personal, std::initializer_list<QByteArrayView> parts)
{
    Hasher h(personalisation("hashParts", personal));
    for (QByteArrayView part : parts)
        h.add(part);
    return h.finish();
}

Digest hashPartsDigest(QByteArrayView personal, std::initializer_list<QByteArrayView> parts)
{
    Hasher h(personalisation("hashPartsDigest", personal));
    for (QByteArrayView part : parts)
        h.add(part);
    Digest out;
    h.finishTo(out.data());
    return out;
}

namespace {

// RFC 6962 §2.1 splits n leaves at k, the largest power of two below n, so every left
// subtree is complete. Level by level that is: hash neighbours in pairs from the left and
// carry an odd last node up unchanged. Done in place, with no allocation per node.
template<typename Leaves>
QByteArray merkleRootOf(QByteArrayView personal, const Leaves &leaves)
{
    const Personal p = personalisation("merkleRoot", personal);
    if (leaves.empty())
        return Hasher(p).finish();
    crypto_generichash_blake2b_state initial;
    crypto_generichash_blake2b_init_salt_personal(&initial, nullptr, 0, HashBytes, nullptr, p.data());
    util::LargeVector<Digest> level(leaves.size()); // 3.2 MB for 100,000 leaves: huge pages
    for (std::size_t i = 0; i < leaves.size(); ++i)
        hashNode(initial, 0x00, bytesOf(leaves[i]), {}, level[i].data());
    std::size_t n = level.size();
    while (n > 1) {
        std::size_t out = 0;
        for (std::size_t i = 0; i + 1 < n; i += 2) {
            Digest parent;
            hashNode(initial, 0x01, bytesOf(level[i]), bytesOf(level[i + 1]), parent.data());
            level[out++] = parent;
        }
        if (n % 2 == 1)
            level[out++] = level[n - 1];
        n = out;
    }
    return QByteArray(reinterpret_cast<const char *>(level[0].data()), HashBytes);
}

} // namespace

QByteArray merkleRoot(QByteArrayView personal, std::span<const QByteArray> leaves)
{
    return merkleRootOf(personal, leaves);
}

QByteArray merkleRootOfDigests(QByteArrayView personal, std::span<const Digest> leaves)
{
    return merkleRootOf(personal, leaves);
}

} // namespace pbvote::crypto
