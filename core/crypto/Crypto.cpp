// Library start-up, randomness and process hardening.

#include "crypto/Crypto.h"

#include "crypto/CryptoPrivate.h"

#include <QtGlobal>

#include <sodium.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace pbvote::crypto {

namespace {
std::atomic<bool> g_initialized{false};
}

namespace detail {

bool isInitialized()
{
    return g_initialized.load(std::memory_order_acquire);
}

void misuse(const char *function, const char *what)
{
    qFatal("pbvote::crypto::%s: %s", function, what);
    std::abort(); // qFatal does not return; keeps [[noreturn]] honest if a handler returns
}

void requireInitialized(const char *function)
{
    if (!isInitialized())
        misuse(function, "pbvote::crypto::initialize() has not been called (or failed)");
}

} // namespace detail

bool initialize()
{
    // sodium_init() returns 0 on the first success, 1 if already initialised, -1 on
    // failure; it is thread-safe and cheap to call again.
    if (sodium_init() < 0)
        return false;
    g_initialized.store(true, std::memory_order_release);
    return true;
}

QByteArray randomBytes(int size)
{
    if (size < 0)
        detail::misuse("randomBytes", "negative size");
    QByteArray out(size, Qt::Uninitialized);
    if (size > 0)
        randombytes_buf(out.data(), static_cast<std::size_t>(size));
    return out;
}

std::vector<int> randomPermutation(int n)
{
    if (n < 0)
        detail::misuse("randomPermutation", "negative size");
    detail::requireInitialized("randomPermutation");
    std::vector<int> p(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        p[static_cast<std::size_t>(i)] = i;
    for (int i = n - 1; i > 0; --i) {
        const auto j = static_cast<int>(randombytes_uniform(static_cast<uint32_t>(i) + 1));
        std::swap(p[static_cast<std::size_t>(i)], p[static_cast<std::size_t>(j)]);
    }
    return p;
}

void hardenProcess()
{
    // Not dumpable: no core file, /proc/<pid>/mem and ptrace need CAP_SYS_PTRACE even
    // for the same user. (Reset by execve of a set-uid binary, kept across fork.)
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        qWarning("pbvote::crypto::hardenProcess: prctl(PR_SET_DUMPABLE, 0) failed: %s",
                 std::strerror(errno));
    // Belt and braces: no core dumps even if something makes the process dumpable again.
    const rlimit noCore{0, 0};
    if (setrlimit(RLIMIT_CORE, &noCore) != 0)
        qWarning("pbvote::crypto::hardenProcess: setrlimit(RLIMIT_CORE, 0) failed: %s",
                 std::strerror(errno));
}

} // namespace pbvote::crypto
