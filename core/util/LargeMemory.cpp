#include "util/LargeMemory.h"

#include <cstdlib>
#include <limits>

#if defined(__linux__)
#include <sys/mman.h>
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
