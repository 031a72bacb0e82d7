// util::parallelChunks and util::parallelBlocks: every item is handed out exactly once,
// to a worker in range, whatever the number of items, threads and the block size.
#include "util/Parallel.h"

#include <QtTest>

#include <atomic>
#include <cstddef>
#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

using namespace pbvote;

class TestParallel : public QObject
{
    Q_OBJECT

private slots:
    void chunksCoverEveryItemOnce_data();
    void chunksCoverEveryItemOnce();
    void blocksCoverEveryItemOnce_data();
    void blocksCoverEveryItemOnce();
    void aSlowWorkerLeavesItsShareToTheOthers();
};

void TestParallel::chunksCoverEveryItemOnce_data()
{
    QTest::addColumn<qulonglong>("items");
    QTest::addColumn<int>("threads");
    QTest::newRow("none") << 0ull << 4;
    QTest::newRow("one") << 1ull << 4;
    QTest::newRow("fewer items than threads") << 3ull << 8;
    QTest::newRow("many, two threads") << 10007ull << 2;
    QTest::newRow("many, all cores") << 10007ull << 0;
}

void TestParallel::chunksCoverEveryItemOnce()
{
    QFETCH(qulonglong, items);
    QFETCH(int, threads);
    std::vector<std::atomic<int>> seen(items);
    util::parallelChunks(items, threads, [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i)
            seen[i].fetch_add(1);
    });
    for (std::size_t i = 0; i < items; ++i)
        QCOMPARE(seen[i].load(), 1);
}

void TestParallel::blocksCoverEveryItemOnce_data()
{
    QTest::addColumn<qulonglong>("items");
    QTest::addColumn<int>("threads");
    QTest::addColumn<qulonglong>("block");
    QTest::newRow("none") << 0ull << 2 << 16ull;
    QTest::newRow("fewer items than a block") << 5ull << 4 << 16ull;
    QTest::newRow("whole blocks") << 4096ull << 2 << 1024ull;
    QTest::newRow("a last part block") << 10007ull << 3 << 1024ull;
    QTest::newRow("block 0 means 1") << 37ull << 2 << 0ull;
    QTest::newRow("more threads than blocks") << 100ull << 16 << 40ull;
    QTest::newRow("all cores") << 100000ull << 0 << 1024ull;
}

void TestParallel::blocksCoverEveryItemOnce()
{
    QFETCH(qulonglong, items);
    QFETCH(int, threads);
    QFETCH(qulonglong, block);
    const std::size_t workers = util::blockWorkerCount(items, threads, block);
    QVERIFY(workers >= 1);
    std::vector<std::atomic<int>> seen(items);
    std::vector<std::atomic<int>> used(workers);
    std::atomic<int> badWorker {0};
    std::atomic<int> badRange {0};
    // Two calls with the same worker never run at once: each worker's own state is safe.
    std::vector<std::unique_ptr<std::atomic<int>>> busy;
    for (std::size_t w = 0; w < workers; ++w)
        busy.push_back(std::make_unique<std::atomic<int>>(0));
    std::atomic<int> overlapping {0};
    util::parallelBlocks(items, threads, block, [&](std::size_t worker, std::size_t begin, std::size_t end) {
        if (worker >= workers) {
            badWorker.fetch_add(1);
            return;
        }
        if (busy[worker]->fetch_add(1) != 0)
            overlapping.fetch_add(1);
        used[worker].fetch_add(1);
        if (begin >= end || end > items || (end - begin) > std::max<qulonglong>(block, 1))
            badRange.fetch_add(1);
        for (std::size_t i = begin; i < end && i < items; ++i)
            seen[i].fetch_add(1);
        busy[worker]->fetch_sub(1);
    });
    QCOMPARE(badWorker.load(), 0);
    QCOMPARE(badRange.load(), 0);
    QCOMPARE(overlapping.load(), 0);
    for (std::size_t i = 0; i < items; ++i)
        QCOMPARE(seen[i].load(), 1);
}

void TestParallel::aSlowWorkerLeavesItsShareToTheOthers()
{
    // With contiguous chunks, a worker held up at its first item would keep half of the
    // items; with blocks taken in turn, the others take what it has not started.
    const std::size_t items = 64;
    std::mutex mutex;
    std::set<std::size_t> slowBlocks;
    std::atomic<bool> first {true};
    std::atomic<std::size_t> slowWorker {~std::size_t(0)};
    util::parallelBlocks(items, 2, 1, [&](std::size_t worker, std::size_t begin, std::size_t) {
        if (first.exchange(false)) {
            slowWorker = worker;
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
        }
        if (worker == slowWorker.load()) {
            const std::lock_guard lock(mutex);
            slowBlocks.insert(begin);
        }
    });
    // The slow worker did its first block and, in 300 ms, the other did nearly all the rest.
    QVERIFY2(slowBlocks.size() < items / 2, qPrintable(QString::number(slowBlocks.size())));
}

QTEST_APPLESS_MAIN(TestParallel)
#include "TestParallel.moc"
