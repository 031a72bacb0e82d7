// BLAKE2b-256 with personalisation, and Merkle roots (RFC 6962 shape).

#include "crypto/Crypto.h"

#include "crypto/CryptoPrivate.h"

#include <sodium.h>

#include <array>
#include <cstring>

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

QByteArray subtreeRoot(const Personal &personal, const std::vector<QByteArray> &leaves,
                       std::size_t begin, std::size_t end)
{
    const std::size_t n = end - begin;
    if (n == 1) {
        Hasher h(personal);
        h.add(static_cast<unsigned char>(0x00));
        h.add(QByteArrayView(leaves[begin]));
        return h.finish();
    }
    // RFC 6962 §2.1: k is the largest power of two smaller than n.
    std::size_t k = 1;
    while (k * 2 < n)
        k *= 2;
    const QByteArray left = subtreeRoot(personal, leaves, begin, begin + k);
    const QByteArray right = subtreeRoot(personal, leaves, begin + k, end);
    Hasher h(personal);
    h.add(static_cast<unsigned char>(0x01));
    h.add(QByteArrayView(left));
    h.add(QByteArrayView(right));
    return h.finish();
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

QByteArray merkleRoot(QByteArrayView personal, const std::vector<QByteArray> &leaves)
{
    const Personal p = personalisation("merkleRoot", personal);
    if (leaves.empty())
        return Hasher(p).finish();
    return subtreeRoot(p, leaves, 0, leaves.size());
}

} // namespace pbvote::crypto
