// util::LargeMemory: large blocks (mapped on their own) and small ones (malloc) hold what
// is written to them, vectors grow across the boundary, and LargeBytes owns its block.
#include "util/LargeMemory.h"

#include <QtTest>

#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace pbvote;

class TestLargeMemory : public QObject
{
    Q_OBJECT

private slots:
    void blocksHoldTheirBytes_data();
    void blocksHoldTheirBytes();
    void vectorGrowsPastTheBoundary();
    void largeBytesMovesItsBlock();
    void hugePageMallocTunable();
};

void TestLargeMemory::blocksHoldTheirBytes_data()
{
    QTest::addColumn<qulonglong>("size");
    QTest::newRow("empty") << qulonglong(0);
    QTest::newRow("small") << qulonglong(100);
    QTest::newRow("just under large") << qulonglong(util::LargeBlockBytes - 1);
    QTest::newRow("large") << qulonglong(util::LargeBlockBytes);
    QTest::newRow("large, not a whole page") << qulonglong(util::LargeBlockBytes * 3 + 12345);
}

void TestLargeMemory::blocksHoldTheirBytes()
{
    QFETCH(qulonglong, size);
    void *block = util::allocateLarge(size);
    QVERIFY(block);
    QCOMPARE(reinterpret_cast<std::uintptr_t>(block) % alignof(std::max_align_t), std::uintptr_t(0));
    auto *bytes = static_cast<unsigned char *>(block);
    for (std::size_t i = 0; i < size; i += 4093)
        bytes[i] = static_cast<unsigned char>(i * 7);
    if (size)
        bytes[size - 1] = 0xa5;
    for (std::size_t i = 0; i + 1 < size; i += 4093)
        QCOMPARE(bytes[i], static_cast<unsigned char>(i * 7));
    if (size)
        QCOMPARE(bytes[size - 1], 0xa5);
    util::freeLarge(block, size);
    util::freeLarge(nullptr, size); // ignored
}

void TestLargeMemory::vectorGrowsPastTheBoundary()
{
    // From a malloc'd block to mapped ones as it grows: the elements survive each move.
    util::LargeVector<std::uint64_t> v;
    const std::size_t n = util::LargeBlockBytes / sizeof(std::uint64_t) * 3;
    for (std::size_t i = 0; i < n; ++i)
        v.push_back(i * 2654435761u);
    QCOMPARE(v.size(), n);
    for (std::size_t i = 0; i < n; i += 997)
        QCOMPARE(v[i], i * 2654435761u);
    util::LargeVector<std::uint64_t> copy = v;
    v.clear();
    v.shrink_to_fit();
    QCOMPARE(copy.back(), (n - 1) * 2654435761u);
}

void TestLargeMemory::largeBytesMovesItsBlock()
{
    util::LargeBytes a(util::LargeBlockBytes + 1);
    QVERIFY(!a.isNull());
    QCOMPARE(a.size(), util::LargeBlockBytes + 1);
    std::memset(a.data(), 'x', a.size());
    const char *data = a.data();
    util::LargeBytes b(std::move(a));
    QVERIFY(a.isNull());
    QCOMPARE(a.size(), std::size_t(0));
    QCOMPARE(b.data(), data);
    QCOMPARE(b.data()[b.size() - 1], 'x');
    util::LargeBytes c(16);
    c = std::move(b); // c's old block goes to b, freed with it
    QCOMPARE(c.data(), data);
    QCOMPARE(b.size(), std::size_t(16));
}

void TestLargeMemory::hugePageMallocTunable()
{
    QCOMPARE(util::tunablesWithHugePageMalloc(""), std::string("glibc.malloc.hugetlb=1"));
    // Other tunables are kept.
    QCOMPARE(util::tunablesWithHugePageMalloc("glibc.malloc.arena_max=2"),
        std::string("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1"));
    // Already said, whatever the value: nothing to do (no restart, no loop).
    QCOMPARE(util::tunablesWithHugePageMalloc("glibc.malloc.hugetlb=0"), std::string());
    QCOMPARE(util::tunablesWithHugePageMalloc("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1"), std::string());
    QCOMPARE(util::tunablesWithHugePageMalloc("glibc.malloc.hugetlb"), std::string());
    // A longer name that only starts the same is another tunable.
    QCOMPARE(util::tunablesWithHugePageMalloc("glibc.malloc.hugetlbx=1"),
        std::string("glibc.malloc.hugetlbx=1:glibc.malloc.hugetlb=1"));
}

QTEST_GUILESS_MAIN(TestLargeMemory)
#include "TestLargeMemory.moc"
