#include "util/Parallel.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <system_error>
#include <thread>
#include <vector>

namespace pbvote::util {

int workerCount(std::size_t items, int threads)
{
    std::size_t n = threads > 0 ? std::size_t(threads) : std::size_t(std::max(1, QThread::idealThreadCount()));
    n = std::min(n, std::max<std::size_t>(items, 1));
    return static_cast<int>(n);
}

void parallelChunks(std::size_t items, int threads, const std::function<void(std::size_t, std::size_t)> &work)
{
    if (items == 0)
        return;
    const auto chunks = static_cast<std::size_t>(workerCount(items, threads));
    const auto start = [&](std::size_t k) { return items * k / chunks; };
    std::vector<std::thread> workers;
    workers.reserve(chunks - 1);
    for (std::size_t k = 1; k < chunks; ++k) {
        try {
            workers.emplace_back(work, start(k), start(k + 1));
        } catch (const std::system_error &) {
            work(start(k), start(k + 1)); // no thread to be had: do it here
        }
    }
    work(0, start(1));
    for (std::thread &t : workers)
        t.join();
}

namespace {

std::size_t blockCount(std::size_t items, std::size_t block)
{
    block = std::max<std::size_t>(block, 1);
    return items / block + (items % block != 0 ? 1 : 0);
}

} // namespace

std::size_t blockWorkerCount(std::size_t items, int threads, std::size_t block)
{
    return std::size_t(workerCount(blockCount(items, block), threads));
}

void parallelBlocks(std::size_t items, int threads, std::size_t block,
    const std::function<void(std::size_t, std::size_t, std::size_t)> &work)
{
    if (items == 0)
        return;
    block = std::max<std::size_t>(block, 1);
    const std::size_t blocks = blockCount(items, block);
    const std::size_t workers = blockWorkerCount(items, threads, block);
    std::atomic<std::size_t> next {0}; // the next block
    // One chunk per worker: chunk k is worker k.
    parallelChunks(workers, int(workers), [&](std::size_t worker, std::size_t) {
        for (;;) {
            const std::size_t b = next.fetch_add(1, std::memory_order_relaxed);
            if (b >= blocks)
                break;
            work(worker, b * block, std::min(items, b * block + block));
        }
    });
}

} // namespace pbvote::util
