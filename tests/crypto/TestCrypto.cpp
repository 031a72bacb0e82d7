#include "crypto/Crypto.h"

#include <QtTest>

#include <algorithm>
#include <map>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace pbvote::crypto;

class TestCrypto : public QObject
{
    Q_OBJECT

private slots:
    void randomPermutationIsAPermutationInEveryOrder();
    void initTestCase();
    void initializeCanBeCalledAgain();
    void randomBytesHasRequestedSize();
    void randomBytesDiffer();
    void kdfStrengthNamesRoundTrip();
    void unknownKdfStrengthNameRejected();
    void hardenProcessDisablesDumpsAndCoreFiles();
};

void TestCrypto::initTestCase()
{
    QVERIFY(initialize());
}

void TestCrypto::initializeCanBeCalledAgain()
{
    QVERIFY(initialize());
    QVERIFY(initialize());
}

void TestCrypto::randomBytesHasRequestedSize()
{
    QCOMPARE(randomBytes(0).size(), 0);
    QCOMPARE(randomBytes(1).size(), 1);
    QCOMPARE(randomBytes(16).size(), 16);
    QCOMPARE(randomBytes(1000).size(), 1000);
}

void TestCrypto::randomBytesDiffer()
{
    // 128-bit values: a repeat means the generator is broken (or not called).
    const QByteArray a = randomBytes(16);
    const QByteArray b = randomBytes(16);
    QVERIFY(a != b);
    QVERIFY(a != QByteArray(16, '\0'));
}

void TestCrypto::kdfStrengthNamesRoundTrip()
{
    for (const KdfStrength s : {KdfStrength::Interactive, KdfStrength::Moderate,
                                KdfStrength::Sensitive}) {
        KdfStrength parsed = s == KdfStrength::Interactive ? KdfStrength::Sensitive
                                                           : KdfStrength::Interactive;
        QVERIFY(parseKdfStrength(kdfStrengthName(s), &parsed));
        QCOMPARE(parsed, s);
    }
    QCOMPARE(kdfStrengthName(KdfStrength::Interactive), QStringLiteral("interactive"));
    QCOMPARE(kdfStrengthName(KdfStrength::Moderate), QStringLiteral("moderate"));
    QCOMPARE(kdfStrengthName(KdfStrength::Sensitive), QStringLiteral("sensitive"));
    KdfStrength parsed = KdfStrength::Interactive;
    QVERIFY(parseKdfStrength(QStringLiteral("Sensitive"), &parsed));
    QCOMPARE(parsed, KdfStrength::Sensitive);
}

void TestCrypto::unknownKdfStrengthNameRejected()
{
    KdfStrength parsed = KdfStrength::Moderate;
    QVERIFY(!parseKdfStrength(QStringLiteral("paranoid"), &parsed));
    QVERIFY(!parseKdfStrength(QString(), &parsed));
    QCOMPARE(parsed, KdfStrength::Moderate); // untouched on failure
}

void TestCrypto::hardenProcessDisablesDumpsAndCoreFiles()
{
    hardenProcess();
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
    QCOMPARE(limit.rlim_cur, rlim_t(0));
    QCOMPARE(limit.rlim_max, rlim_t(0));
}

void TestCrypto::randomPermutationIsAPermutationInEveryOrder()
{
    QVERIFY(pbvote::crypto::randomPermutation(0).empty());
    QCOMPARE(pbvote::crypto::randomPermutation(1), std::vector<int>{0});
    // n = 4: all 24 orders appear, none far from its expected 10,000 / 24 ≈ 417 share, and
    // every element lands in every position.
    std::map<std::vector<int>, int> seen;
    int position[4][4] = {};
    for (int run = 0; run < 10'000; ++run) {
        const std::vector<int> p = pbvote::crypto::randomPermutation(4);
        std::vector<int> sorted = p;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, (std::vector<int>{0, 1, 2, 3}));
        ++seen[p];
        for (int i = 0; i < 4; ++i)
            ++position[i][p[size_t(i)]];
    }
    QCOMPARE(int(seen.size()), 24);
    for (const auto &[order, count] : seen)
        QVERIFY2(count > 300 && count < 540, qPrintable(QString::number(count)));
    for (auto &row : position) {
        for (int count : row)
            QVERIFY(count > 2'200 && count < 2'800);
    }
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "TestCrypto.moc"
