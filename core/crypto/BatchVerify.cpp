// Ed25519 signature checks spread over threads (see BatchVerify.h, docs/performance.md).

#include "crypto/BatchVerify.h"

#include "crypto/Crypto.h"
#include "crypto/CryptoPrivate.h"
#include "util/Parallel.h"

#include <sodium.h>

#include <algorithm>
#include <cstring>

namespace pbvote::crypto {

namespace {

const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

bool hasSignatureSizes(QByteArrayView publicKey, QByteArrayView signature)
{
    return publicKey.size() == SignPublicKeyBytes && signature.size() == SignatureBytes;
}

// The rule of crypto::verify (Signature.cpp): a domain is non-empty and has no NUL byte,
// so  domain ‖ 0x00 ‖ message  has exactly one parse.
bool isValidDomain(QByteArrayView domain)
{
    return !domain.isEmpty() && !domain.contains('\0');
}

struct FramedChecker
{
    bool operator()(const FramedItem &item) const
    {
        if (!hasSignatureSizes(item.publicKey, item.signature))
            return false;
        return crypto_sign_verify_detached(bytes(item.signature), bytes(item.signedBytes),
                   static_cast<unsigned long long>(item.signedBytes.size()), bytes(item.publicKey))
            == 0;
    }
};

// Each chunk writes only its own range of `results`, so no locks.
template<typename Checker, typename Item> std::vector<uint8_t> verifyInChunks(std::span<const Item> items, int threads)
{
    detail::requireInitialized("verifyAll");
    std::vector<uint8_t> results(items.size(), 0);
    util::parallelChunks(items.size(), threads, [&items, &results](std::size_t begin, std::size_t end) {
        Checker check;
        for (std::size_t i = begin; i < end; ++i)
            results[i] = check(items[i]) ? 1 : 0;
    });
    return results;
}

} // namespace

FramingVerifier::FramingVerifier()
{
    m_buffer.resize(512);
}

bool FramingVerifier::operator()(const SignedItem &item)
{
    if (!hasSignatureSizes(item.publicKey, item.signature) || !isValidDomain(item.domain))
        return false;
    const auto domainSize = static_cast<std::size_t>(item.domain.size());
    const auto messageSize = static_cast<std::size_t>(item.message.size());
    const std::size_t size = domainSize + 1 + messageSize;
    if (size > m_buffer.size())
        m_buffer.resize(std::max(size, 2 * m_buffer.size()));
    std::memcpy(m_buffer.data(), item.domain.data(), domainSize);
    m_buffer[domainSize] = 0x00;
    if (messageSize > 0)
        std::memcpy(m_buffer.data() + domainSize + 1, item.message.data(), messageSize);
    return crypto_sign_verify_detached(bytes(item.signature), m_buffer.data(), size, bytes(item.publicKey)) == 0;
}

int verifyThreadCount(std::size_t items, int threads)
{
    return util::workerCount(items, threads);
}

std::vector<uint8_t> verifyAll(std::span<const SignedItem> items, int threads)
{
    return verifyInChunks<FramingVerifier>(items, threads);
}

std::vector<uint8_t> verifyAll(std::span<const FramedItem> items, int threads)
{
    return verifyInChunks<FramedChecker>(items, threads);
}

} // namespace pbvote::crypto
