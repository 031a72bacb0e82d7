// A file mapped read-only, guarded against SIGBUS and checked for change (MappedFile.h).

#include "util/MappedFile.h"

#include <QFile>

#if defined(__linux__)
#include <atomic>
#include <cerrno>
#include <csignal>
#include <mutex>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace pbvote::util {

#if defined(__linux__)

namespace {

// The ranges the SIGBUS handler answers for. A slot is claimed through `used`; `end` is
// published before `begin`, and `begin` cleared first, so the handler never pairs a
// begin with a stale end.
struct GuardedRange
{
    std::atomic<bool> used {false};
    std::atomic<std::uintptr_t> begin {0};
    std::atomic<std::uintptr_t> end {0};
    std::atomic<bool> faulted {false};
};

GuardedRange g_ranges[MappedFile::MaxMapped];
struct sigaction g_previous;
std::uintptr_t g_pageSize = 4096;
bool g_installed = false;
std::once_flag g_installOnce;

// Only async-signal-safe calls here: mmap, sigaction.
void onSigbus(int signal, siginfo_t *info, void *context)
{
    const auto address = reinterpret_cast<std::uintptr_t>(info->si_addr);
    for (GuardedRange &r : g_ranges) {
        const std::uintptr_t begin = r.begin.load(std::memory_order_acquire);
        if (begin == 0 || address < begin)
            continue;
        const std::uintptr_t end = r.end.load(std::memory_order_acquire);
        if (address >= end)
            continue;
        // Zero pages in place of the rest of the range (the file was cut short, or this
        // page could not be read): the reader goes on, sees zeros, and its owner learns
        // from changed() that the bytes are not the file's.
        const std::uintptr_t page = address & ~(g_pageSize - 1);
        r.faulted.store(true, std::memory_order_release);
        if (::mmap(reinterpret_cast<void *>(page), end - page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
                   -1, 0)
            != MAP_FAILED)
            return;
        break; // cannot repair it: die as without us
    }
    // Not a MappedFile's: whoever handled SIGBUS before, or the default (the faulting
    // access runs again and the signal kills the program, as it would have).
    if ((g_previous.sa_flags & SA_SIGINFO) && g_previous.sa_sigaction) {
        g_previous.sa_sigaction(signal, info, context);
        return;
    }
    if (!(g_previous.sa_flags & SA_SIGINFO) && g_previous.sa_handler != SIG_DFL && g_previous.sa_handler != SIG_IGN) {
        g_previous.sa_handler(signal);
        return;
    }
    struct sigaction fallback = {};
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    ::sigaction(SIGBUS, &fallback, nullptr);
}

void installHandler()
{
    const long page = ::sysconf(_SC_PAGESIZE);
    if (page > 0)
        g_pageSize = std::uintptr_t(page);
    struct sigaction action = {};
    action.sa_sigaction = onSigbus;
    action.sa_flags = SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    g_installed = ::sigaction(SIGBUS, &action, &g_previous) == 0;
}

// The file's identity, size and times, in MappedFile's own struct (named there).
template<typename Identity>
Identity identityOf(const struct stat &st)
{
    return Identity {static_cast<unsigned long long>(st.st_dev), static_cast<unsigned long long>(st.st_ino),
                     static_cast<long long>(st.st_size),         static_cast<long long>(st.st_mtim.tv_sec),
                     static_cast<long long>(st.st_mtim.tv_nsec), static_cast<long long>(st.st_ctim.tv_sec),
                     static_cast<long long>(st.st_ctim.tv_nsec)};
}

} // namespace

MappedFile::~MappedFile()
{
    if (m_slot >= 0) {
        GuardedRange &r = g_ranges[m_slot];
        r.begin.store(0, std::memory_order_release);
        r.end.store(0, std::memory_order_release);
    }
    if (m_data)
        ::munmap(const_cast<char *>(m_data), m_mappedBytes);
    if (m_slot >= 0) {
        g_ranges[m_slot].faulted.store(false, std::memory_order_relaxed);
        g_ranges[m_slot].used.store(false, std::memory_order_release);
    }
    if (m_fd >= 0)
        ::close(m_fd);
}

bool MappedFile::map(const QString &path)
{
    if (m_fd >= 0 || m_data)
        return false;
    std::call_once(g_installOnce, installHandler);
    if (!g_installed)
        return false;
    const QByteArray name = QFile::encodeName(path);
    int fd;
    do {
        fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return false;
    m_fd = fd;
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0)
        return false;
    m_identity = identityOf<Identity>(st);
    const auto size = static_cast<std::size_t>(st.st_size);
    const std::size_t mapped = (size + g_pageSize - 1) & ~(g_pageSize - 1);

    int slot = -1;
    for (int i = 0; i < MaxMapped && slot < 0; ++i) {
        bool expected = false;
        if (g_ranges[i].used.compare_exchange_strong(expected, true, std::memory_order_acq_rel))
            slot = i;
    }
    if (slot < 0)
        return false;
    m_slot = slot;

    // MAP_POPULATE: the page tables for the whole file in one call, rather than a fault
    // for every few pages as the parser walks through it.
    void *data = ::mmap(nullptr, mapped, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (data == MAP_FAILED)
        return false;
    m_data = static_cast<const char *>(data);
    m_size = size;
    m_mappedBytes = mapped;
    GuardedRange &r = g_ranges[slot];
    r.faulted.store(false, std::memory_order_relaxed);
    r.end.store(reinterpret_cast<std::uintptr_t>(data) + mapped, std::memory_order_release);
    r.begin.store(reinterpret_cast<std::uintptr_t>(data), std::memory_order_release);
    return true;
}

bool MappedFile::changed() const
{
    if (!m_data)
        return false;
    if (g_ranges[m_slot].faulted.load(std::memory_order_acquire))
        return true;
    struct stat st;
    if (::fstat(m_fd, &st) != 0)
        return true;
    return !(identityOf<Identity>(st) == m_identity);
}

#else

MappedFile::~MappedFile() = default;

bool MappedFile::map(const QString &)
{
    return false;
}

bool MappedFile::changed() const
{
    return false;
}

#endif

} // namespace pbvote::util
