#pragma once

#include <QByteArrayView>

#include <cstdint>
#include <span>
#include <vector>

// Many Ed25519 signature checks at once, spread over worker threads. libsodium has no
// batch verification: each signature is still one crypto_sign_verify_detached, but the
// auditor's verifier (tens of thousands of ballots) runs them on every core.
// Timings and method: docs/performance.md.
namespace pbvote::crypto {

// One signature to check, exactly the arguments of crypto::verify. The views must stay
// valid until verifyAll returns.
struct SignedItem
{
    QByteArrayView publicKey; // 32 bytes
    QByteArrayView domain; // non-empty, no NUL byte (e.g. "pbvote/v1/ballot")
    QByteArrayView message; // the record; signed as  domain ‖ 0x00 ‖ message
    QByteArrayView signature; // 64 bytes
};

// One signature over bytes the caller has already framed as  domain ‖ 0x00 ‖ message
// (e.g. one buffer per record kept for the purpose), so nothing is copied.
struct FramedItem
{
    QByteArrayView publicKey; // 32 bytes
    QByteArrayView signedBytes; // domain ‖ 0x00 ‖ message, passed to libsodium as is
    QByteArrayView signature; // 64 bytes
};

// Checks one SignedItem after another with one framing buffer that only grows, so
// ballots of similar size allocate once. For workers that do more than verify (the
// auditor's per-ballot phase). Not thread-safe: one per thread.
class FramingVerifier
{
public:
    FramingVerifier();
    bool operator()(const SignedItem &item);

private:
    std::vector<unsigned char> m_buffer;
};

// The number of worker threads verifyAll uses when asked for `threads`: `threads` if
// positive, else QThread::idealThreadCount() (at least 1); never more than `items`, and
// at least 1.
int verifyThreadCount(std::size_t items, int threads = 0);

// Checks every item and returns one byte per item, in the same order: 1 if the signature
// is valid, 0 if not. The answer for each item is exactly crypto::verify's: wrong-size
// keys or signatures, an empty domain or one with a NUL byte give 0 without calling
// libsodium. Work is split into contiguous chunks, one per thread (the calling thread
// takes the first); each thread frames messages in one reusable buffer, so there is no
// allocation per item once the buffer has grown to the longest message. If a thread
// cannot be started its chunk runs on the calling thread. threads <= 0: see
// verifyThreadCount. Requires initialize().
std::vector<uint8_t> verifyAll(std::span<const SignedItem> items, int threads = 0);

// The same for pre-framed bytes (no copy at all). An item is 0 if its key or signature
// has the wrong size; the framing itself is the caller's business.
std::vector<uint8_t> verifyAll(std::span<const FramedItem> items, int threads = 0);

} // namespace pbvote::crypto
