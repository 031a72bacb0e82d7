#include "util/Parallel.h"

#include <QThread>

#include <algorithm>
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

} // namespace pbvote::util
