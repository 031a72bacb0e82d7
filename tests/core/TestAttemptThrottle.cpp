// AttemptThrottle: a few free attempts, then a lock that doubles with each further
// failure up to a ceiling, read from an injected clock (no sleeping); and the operator
// PIN hashes it protects (Argon2id, salted, never the PIN itself).
#include "crypto/Crypto.h"
#include "util/AttemptThrottle.h"

#include <QtTest>

#include <cstdint>
#include <memory>

using namespace pbvote;

namespace {

// A clock the test moves by hand.
struct FakeClock
{
    std::shared_ptr<int64_t> now = std::make_shared<int64_t>(1'000'000);
    AttemptThrottle::MillisecondClock function() const
    {
        return [n = now] { return *n; };
    }
    void advance(int64_t ms) const { *now += ms; }
};

crypto::SecretBytes secret(const char *text)
{
    return crypto::SecretBytes::copyOf(QByteArrayView(text));
}

} // namespace

class TestAttemptThrottle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void freshThrottleAllowsAtOnce();
    void freeAttemptsCostNothing();
    void delaysDoubleUpToTheCeiling();
    void waitCountsDownWithTheClock();
    void failureWhileLockedStartsTheNextDelayNow();
    void manyFailuresStayAtTheCeiling();
    void resetForgetsFailuresAndLock();
    void kioskCodeSchedule();

    void rightPinVerifies();
    void wrongPinDoesNot();
    void emptyPinIsRefused();
    void hashIsNotThePin();
    void hashesAreSalted();
    void damagedHashDoesNotVerify();
};

void TestAttemptThrottle::initTestCase()
{
    QVERIFY(crypto::initialize());
}

void TestAttemptThrottle::freshThrottleAllowsAtOnce()
{
    FakeClock clock;
    AttemptThrottle t(3, 1000, 8000, clock.function());
    QCOMPARE(t.failures(), 0);
    QCOMPARE(t.waitMs(), int64_t(0));
    QVERIFY(t.allowed());
}

void TestAttemptThrottle::freeAttemptsCostNothing()
{
    FakeClock clock;
    AttemptThrottle t(3, 1000, 8000, clock.function());
    // Three free attempts: the first two failures leave the next attempt open...
    t.recordFailure();
    QCOMPARE(t.failures(), 1);
    QVERIFY(t.allowed());
    QCOMPARE(t.waitMs(), int64_t(0));
    t.recordFailure();
    QCOMPARE(t.failures(), 2);
    QVERIFY(t.allowed());
    // ...and the third failure (the last free attempt used up) locks for the first delay.
    t.recordFailure();
    QCOMPARE(t.failures(), 3);
    QVERIFY(!t.allowed());
    QCOMPARE(t.waitMs(), int64_t(1000));
}

void TestAttemptThrottle::delaysDoubleUpToTheCeiling()
{
    FakeClock clock;
    AttemptThrottle t(3, 1000, 8000, clock.function());
    t.recordFailure();
    t.recordFailure();
    const int64_t expected[] = {1000, 2000, 4000, 8000, 8000, 8000};
    for (int64_t delay : expected) {
        t.recordFailure();
        QCOMPARE(t.waitMs(), delay);
        QVERIFY(!t.allowed());
        clock.advance(delay - 1);
        QCOMPARE(t.waitMs(), int64_t(1));
        QVERIFY(!t.allowed());
        clock.advance(1);
        QCOMPARE(t.waitMs(), int64_t(0));
        QVERIFY(t.allowed());
    }
    QCOMPARE(t.failures(), 8);
    // A ceiling that is not a power-of-two multiple of the first delay still caps.
    AttemptThrottle odd(1, 3000, 10000, clock.function());
    const int64_t oddExpected[] = {3000, 6000, 10000, 10000};
    for (int64_t delay : oddExpected) {
        odd.recordFailure();
        QCOMPARE(odd.waitMs(), delay);
        clock.advance(delay);
    }
}

void TestAttemptThrottle::waitCountsDownWithTheClock()
{
    FakeClock clock;
    AttemptThrottle t(1, 30'000, 1'800'000, clock.function());
    t.recordFailure();
    QCOMPARE(t.waitMs(), int64_t(30'000));
    clock.advance(10'000);
    QCOMPARE(t.waitMs(), int64_t(20'000));
    clock.advance(19'999);
    QCOMPARE(t.waitMs(), int64_t(1));
    clock.advance(1);
    QCOMPARE(t.waitMs(), int64_t(0));
    clock.advance(3'600'000); // long after: still 0, never negative
    QCOMPARE(t.waitMs(), int64_t(0));
    QVERIFY(t.allowed());
    // The count of failures is kept: the next one waits twice as long.
    t.recordFailure();
    QCOMPARE(t.waitMs(), int64_t(60'000));
}

void TestAttemptThrottle::failureWhileLockedStartsTheNextDelayNow()
{
    FakeClock clock;
    AttemptThrottle t(1, 1000, 100'000, clock.function());
    t.recordFailure();
    clock.advance(400);
    QCOMPARE(t.waitMs(), int64_t(600));
    t.recordFailure(); // a caller that did not wait
    QCOMPARE(t.waitMs(), int64_t(2000));
}

void TestAttemptThrottle::manyFailuresStayAtTheCeiling()
{
    FakeClock clock;
    AttemptThrottle t(5, 10'000, 300'000, clock.function());
    for (int i = 0; i < 200; ++i) {
        t.recordFailure();
        QVERIFY(t.waitMs() <= 300'000);
        QVERIFY(t.waitMs() >= 0);
    }
    QCOMPARE(t.failures(), 200);
    QCOMPARE(t.waitMs(), int64_t(300'000));
}

void TestAttemptThrottle::resetForgetsFailuresAndLock()
{
    FakeClock clock;
    AttemptThrottle t(2, 1000, 8000, clock.function());
    for (int i = 0; i < 4; ++i)
        t.recordFailure();
    QCOMPARE(t.waitMs(), int64_t(4000));
    t.reset();
    QCOMPARE(t.failures(), 0);
    QCOMPARE(t.waitMs(), int64_t(0));
    QVERIFY(t.allowed());
    // The free attempts are back, and the delays start again from the first.
    t.recordFailure();
    QVERIFY(t.allowed());
    t.recordFailure();
    QCOMPARE(t.waitMs(), int64_t(1000));
}

void TestAttemptThrottle::kioskCodeSchedule()
{
    // The kiosk's access codes (KioskSession): 5 free tries, then 10 s doubling to 5 min.
    FakeClock clock;
    AttemptThrottle t(5, 10'000, 300'000, clock.function());
    for (int i = 0; i < 4; ++i) {
        t.recordFailure();
        QVERIFY(t.allowed());
    }
    const int64_t expected[] = {10'000, 20'000, 40'000, 80'000, 160'000, 300'000, 300'000};
    for (int64_t delay : expected) {
        t.recordFailure();
        QCOMPARE(t.waitMs(), delay);
        clock.advance(delay);
    }
}

void TestAttemptThrottle::rightPinVerifies()
{
    const auto hash = crypto::hashPin(secret("73915824"));
    QVERIFY2(hash.ok(), qPrintable(hash.error()));
    QVERIFY(crypto::verifyPin(*hash, secret("73915824")));
}

void TestAttemptThrottle::wrongPinDoesNot()
{
    const auto hash = crypto::hashPin(secret("73915824"));
    QVERIFY(hash.ok());
    QVERIFY(!crypto::verifyPin(*hash, secret("73915825")));
    QVERIFY(!crypto::verifyPin(*hash, secret("7391582"))); // a prefix
    QVERIFY(!crypto::verifyPin(*hash, secret("739158240"))); // one digit more
    QVERIFY(!crypto::verifyPin(*hash, crypto::SecretBytes()));
}

void TestAttemptThrottle::emptyPinIsRefused()
{
    const auto hash = crypto::hashPin(crypto::SecretBytes());
    QVERIFY(!hash.ok());
    QVERIFY(!hash.error().isEmpty());
    QVERIFY2(hash.error().contains(u"empty"_qs, Qt::CaseInsensitive), qPrintable(hash.error()));
    // Nor does an empty stored hash accept anything.
    QVERIFY(!crypto::verifyPin(QByteArrayView(), secret("1234")));
}

void TestAttemptThrottle::hashIsNotThePin()
{
    const QByteArray pin("73915824");
    const auto hash = crypto::hashPin(crypto::SecretBytes::copyOf(pin));
    QVERIFY(hash.ok());
    QVERIFY(*hash != pin);
    QVERIFY2(!hash->contains(pin), hash->constData());
    // Argon2id in libsodium's self-describing string form.
    QVERIFY2(hash->startsWith("$argon2id$"), hash->constData());
    QVERIFY(hash->size() > 60);
}

void TestAttemptThrottle::hashesAreSalted()
{
    const auto a = crypto::hashPin(secret("2468"));
    const auto b = crypto::hashPin(secret("2468"));
    QVERIFY(a.ok() && b.ok());
    QVERIFY2(*a != *b, "two hashes of the same PIN are identical: no salt");
    QVERIFY(crypto::verifyPin(*a, secret("2468")));
    QVERIFY(crypto::verifyPin(*b, secret("2468")));
}

void TestAttemptThrottle::damagedHashDoesNotVerify()
{
    auto hash = crypto::hashPin(secret("2468"));
    QVERIFY(hash.ok());
    QByteArray damaged = *hash;
    damaged[damaged.size() - 2] = damaged[damaged.size() - 2] == 'A' ? 'B' : 'A';
    QVERIFY(!crypto::verifyPin(damaged, secret("2468")));
    QVERIFY(!crypto::verifyPin(QByteArray("not a hash"), secret("2468")));
    QVERIFY(!crypto::verifyPin(QByteArray(200, 'x'), secret("2468"))); // longer than any hash
}

QTEST_GUILESS_MAIN(TestAttemptThrottle)
#include "TestAttemptThrottle.moc"
