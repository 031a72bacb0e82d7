#include "util/LargeMemory.h"

#include <algorithm>
#include <cstdlib>
#include <limits>

#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace pbvote::util {

namespace {

std::size_t mappedSize(std::size_t bytes)
{
    return bytes > std::numeric_limits<std::size_t>::max() - HugePageBytes
        ? bytes
        : (bytes + HugePageBytes - 1) / HugePageBytes * HugePageBytes;
}

} // namespace

std::string tunablesWithHugePageMalloc(const std::string &current)
{
    static const std::string Name = "glibc.malloc.hugetlb";
    // Entries are "name=value", separated by ':'.
    std::size_t from = 0;
    while (from <= current.size()) {
        const std::size_t end = std::min(current.find(':', from), current.size());
        const std::string entry = current.substr(from, end - from);
        if (entry.compare(0, Name.size(), Name) == 0 && (entry.size() == Name.size() || entry[Name.size()] == '='))
            return {};
        from = end + 1;
    }
    return current.empty() ? Name + "=1" : current + ":" + Name + "=1";
}

void restartWithHugePageMalloc(char **argv) noexcept
{
#if defined(__linux__) && defined(__GLIBC__)
    if (!argv || !argv[0])
        return;
    try {
        const char *current = std::getenv("GLIBC_TUNABLES");
        const std::string saved = current ? current : "";
        const std::string wanted = tunablesWithHugePageMalloc(saved);
        if (wanted.empty() || ::setenv("GLIBC_TUNABLES", wanted.c_str(), 1) != 0)
            return;
        ::execv("/proc/self/exe", argv);
        // Not started again: run as it is, with the environment as it was.
        if (current)
            ::setenv("GLIBC_TUNABLES", saved.c_str(), 1);
        else
            ::unsetenv("GLIBC_TUNABLES");
    } catch (...) {
        // No memory for a string: run as it is.
    }
#else
    (void)argv;
#endif
}

void *allocateLarge(std::size_t bytes) noexcept
{
#if defined(__linux__)
    if (bytes >= LargeBlockBytes) {
        bytes = mappedSize(bytes);
        void *block = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (block == MAP_FAILED)
            return nullptr;
#if defined(MADV_HUGEPAGE)
        // Advice only: refused where huge pages are off, and the block works either way.
        (void)::madvise(block, bytes, MADV_HUGEPAGE);
#endif
        return block;
    }
#endif
    return std::malloc(bytes == 0 ? 1 : bytes);
}

void freeLarge(void *block, std::size_t bytes) noexcept
{
    if (!block)
        return;
#if defined(__linux__)
    if (bytes >= LargeBlockBytes) {
        ::munmap(block, mappedSize(bytes));
        return;
    }
#endif
    std::free(block);
}

} // namespace pbvote::util
