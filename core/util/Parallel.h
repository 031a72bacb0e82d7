#pragma once

#include <cstddef>
#include <functional>

// Work split over threads in contiguous chunks: the auditor's verifier decodes, hashes
// and checks the signatures of tens of thousands of ballots, each independent of the
// others. No thread pool: a verification starts its threads once per phase.
namespace pbvote::util {

// How many threads parallelChunks uses for `items` when asked for `threads`: `threads`
// if positive, else QThread::idealThreadCount() (at least 1); never more than `items`,
// and at least 1.
int workerCount(std::size_t items, int threads = 0);

// Calls work(begin, end) on contiguous ranges covering [0, items), one range per worker
// (the calling thread takes the first), and returns when all are done. Each call must
// write only what belongs to its own range. If a thread cannot be started its range runs
// on the calling thread. `work` must not throw.
void parallelChunks(std::size_t items, int threads, const std::function<void(std::size_t, std::size_t)> &work);

// The same, with ranges of at most `block` items (at least 1) that the workers take in
// turn, so that a worker slowed down (a thread started late, memory mapped in, another
// program) leaves the rest to the others instead of keeping them waiting at the end.
// Calls work(worker, begin, end), `worker` in [0, blockWorkerCount(items, threads, block))
// naming the thread (its own state, if it keeps any). Every range is handed out exactly once;
// in what order, and to which worker, varies.
std::size_t blockWorkerCount(std::size_t items, int threads, std::size_t block);
void parallelBlocks(std::size_t items, int threads, std::size_t block,
    const std::function<void(std::size_t, std::size_t, std::size_t)> &work);

} // namespace pbvote::util
