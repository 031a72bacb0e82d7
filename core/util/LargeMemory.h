#pragma once

#include <cstddef>
#include <limits>
#include <memory>
#include <new>
#include <string>
#include <utility>
#include <vector>

// Large blocks of memory: an election record's text, its parser's nodes, the verifier's
// per-ballot arrays. Touching fresh memory costs one page fault per 4 KiB page (about
// 60,000 for a 100,000-ballot record's 250 MB), and on a virtual machine a fault can cost
// several microseconds: as much as parsing the bytes. Blocks of LargeBlockBytes or more
// are therefore mapped on their own and, on Linux, advised for transparent huge pages
// (2 MiB, one fault each) where the system allows them (Debian's default "madvise"
// mode does), in whole huge pages. Smaller blocks come from malloc. Only the speed changes: the memory and its
// contents are the same.
namespace pbvote::util {

inline constexpr std::size_t LargeBlockBytes = std::size_t(2) << 20;
// A large block is mapped in whole huge pages (its size rounded up), so that the kernel
// aligns it and backs all of it with them, not only the 2 MiB pages that fit inside.
inline constexpr std::size_t HugePageBytes = std::size_t(2) << 20;

// malloc's own heaps (every small allocation: strings, lists) get transparent huge pages
// only when glibc is told so as the program starts: the tunable glibc.malloc.hugetlb=1
// (glibc 2.35 and later; Debian 12 has 2.36) in the environment variable GLIBC_TUNABLES.
// tunablesWithHugePageMalloc gives the value that variable should have, given its
// current one, or "" when it already names glibc.malloc.hugetlb (the user's choice
// stands, and a program started again with it is not started again).
std::string tunablesWithHugePageMalloc(const std::string &current);
// Starts this program again (exec, same process, same arguments) with that tunable, when
// it is not set yet; call it first in main(), before any thread. Returns, with nothing
// changed, where that cannot be done (not Linux with glibc, no /proc/self/exe). Only the
// speed changes: a verification of 100,000 ballots takes 7,000 fewer page faults.
void restartWithHugePageMalloc(char **argv) noexcept;

// `bytes` of uninitialised memory, aligned for any type; nullptr when none is to be had.
void *allocateLarge(std::size_t bytes) noexcept;
// Frees what allocateLarge(bytes) returned (the same `bytes`). Null is ignored.
void freeLarge(void *block, std::size_t bytes) noexcept;

// An allocator for std::vector that uses allocateLarge.
template<typename T>
struct LargeAllocator
{
    using value_type = T;
    LargeAllocator() noexcept = default;
    template<typename U>
    LargeAllocator(const LargeAllocator<U> &) noexcept
    {
    }
    T *allocate(std::size_t n)
    {
        if (n > std::numeric_limits<std::size_t>::max() / sizeof(T))
            throw std::bad_array_new_length();
        void *block = allocateLarge(n * sizeof(T));
        if (!block)
            throw std::bad_alloc();
        return static_cast<T *>(block);
    }
    void deallocate(T *block, std::size_t n) noexcept { freeLarge(block, n * sizeof(T)); }
    template<typename U>
    bool operator==(const LargeAllocator<U> &) const noexcept
    {
        return true;
    }
};

template<typename T>
using LargeVector = std::vector<T, LargeAllocator<T>>;

// An uninitialised block of bytes owned like a unique_ptr.
class LargeBytes
{
public:
    LargeBytes() = default;
    explicit LargeBytes(std::size_t size) : m_data(static_cast<char *>(allocateLarge(size))), m_size(m_data ? size : 0)
    {
    }
    LargeBytes(LargeBytes &&other) noexcept : m_data(other.m_data), m_size(other.m_size)
    {
        other.m_data = nullptr;
        other.m_size = 0;
    }
    LargeBytes &operator=(LargeBytes &&other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
        return *this;
    }
    LargeBytes(const LargeBytes &) = delete;
    LargeBytes &operator=(const LargeBytes &) = delete;
    ~LargeBytes() { freeLarge(m_data, m_size); }

    bool isNull() const { return m_data == nullptr; }
    char *data() { return m_data; }
    const char *data() const { return m_data; }
    std::size_t size() const { return m_size; }

private:
    char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace pbvote::util
