// verifyAll gives, item by item, exactly crypto::verify's answer, whatever the thread
// count: valid signatures, tampered ones, wrong keys and domains, malformed sizes.
// No timings here: performance is measured by pbvote-bench-verify (docs/performance.md).
#include "crypto/BatchVerify.h"
#include "crypto/Crypto.h"

#include <QTest>
#include <QThread>

#include <algorithm>
#include <deque>

using namespace pbvote::crypto;

namespace {

const QByteArray BallotDomain("pbvote/v1/ballot");

// What one item is made of; the items hold views into these.
struct Owned
{
    QByteArray publicKey;
    QByteArray domain;
    QByteArray message;
    QByteArray signature;
};

QByteArray flipped(QByteArray bytes, qsizetype index)
{
    bytes[index] = char(bytes[index] ^ 0x01);
    return bytes;
}

// A reference answer per item, computed with the single-threaded crypto::verify.
std::vector<uint8_t> expectedFor(const std::vector<SignedItem> &items)
{
    std::vector<uint8_t> out;
    out.reserve(items.size());
    for (const SignedItem &i : items)
        out.push_back(verify(i.publicKey, i.domain, i.message, i.signature) ? 1 : 0);
    return out;
}

int countValid(const std::vector<uint8_t> &v)
{
    return int(std::count(v.begin(), v.end(), uint8_t(1)));
}

} // namespace

class TestBatchVerify : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mixMatchesVerify_data();
    void mixMatchesVerify();
    void framedMatchesVerify_data();
    void framedMatchesVerify();
    void emptyInput();
    void oneItem();
    void moreThreadsThanItems();
    void threadCount();

private:
    void addItem(QByteArray publicKey, QByteArray domain, QByteArray message, QByteArray signature);
    void buildMix(int count);

    SigningKeyPair m_keys;
    SigningKeyPair m_otherKeys;
    std::deque<Owned> m_owned; // a deque: views into earlier elements stay valid
    std::vector<SignedItem> m_items;
    std::vector<uint8_t> m_expected;
};

void TestBatchVerify::initTestCase()
{
    QVERIFY(initialize());
    m_keys = SigningKeyPair::generate();
    m_otherKeys = SigningKeyPair::generate();
    buildMix(2000);
    m_expected = expectedFor(m_items);
    // The mix must exercise both answers, or equality would prove little.
    QVERIFY(countValid(m_expected) > 400);
    QVERIFY(countValid(m_expected) < 1600);
}

void TestBatchVerify::addItem(QByteArray publicKey, QByteArray domain, QByteArray message, QByteArray signature)
{
    const Owned &o = m_owned.emplace_back(
        Owned {std::move(publicKey), std::move(domain), std::move(message), std::move(signature)});
    m_items.push_back({o.publicKey, o.domain, o.message, o.signature});
}

// Items of many kinds in a fixed rotation, messages from 0 to ~1.5 KB so the per-thread
// framing buffer grows and then serves shorter messages again.
void TestBatchVerify::buildMix(int count)
{
    const QByteArray &pk = m_keys.publicKey;
    for (int i = 0; i < count; ++i) {
        const int length = (i * 37) % 1500;
        const QByteArray message = randomBytes(length);
        const QByteArray sig = sign(m_keys.secretKey, BallotDomain, message);
        switch (i % 16) {
        case 0:
        case 1:
        case 2:
        case 3:
        case 4:
        case 5:
        case 6:
            addItem(pk, BallotDomain, message, sig); // valid
            break;
        case 7: // a message byte changed (or, if empty, a byte added)
            addItem(pk, BallotDomain, message.isEmpty() ? QByteArray(1, 'x') : flipped(message, length / 2), sig);
            break;
        case 8: // a signature byte changed, in R or in S
            addItem(pk, BallotDomain, message, flipped(sig, (i / 16) % SignatureBytes));
            break;
        case 9: // another key
            addItem(m_otherKeys.publicKey, BallotDomain, message, sig);
            break;
        case 10: // another domain
            addItem(pk, QByteArray("pbvote/v1/checkpoint"), message, sig);
            break;
        case 11: { // a domain with a NUL byte framing to the very bytes signed: refused
            // Signed: "pbvote/v1/ballot" 0 "A" 0 rest; presented: domain "pbvote/v1/ballot" 0 "A",
            // message rest. Framed naively, that would verify.
            const QByteArray signedMessage = QByteArray("A", 1) + '\0' + message;
            addItem(pk, BallotDomain + '\0' + 'A', message, sign(m_keys.secretKey, BallotDomain, signedMessage));
            break;
        }
        case 12: // empty domain
            addItem(pk, QByteArray(), message, sig);
            break;
        case 13: { // malformed key sizes
            static const int sizes[] = {0, 1, 31, 33, 64};
            addItem(pk.left(sizes[(i / 16) % 5]) + QByteArray(std::max(0, sizes[(i / 16) % 5] - 32), '\x01'),
                BallotDomain, message, sig);
            break;
        }
        case 14: { // malformed signature sizes
            static const int sizes[] = {0, 1, 63, 65, 128};
            const int n = sizes[(i / 16) % 5];
            addItem(pk, BallotDomain, message, n <= 64 ? sig.left(n) : sig + QByteArray(n - 64, '\0'));
            break;
        }
        case 15: // the all-zero (small-order) key and a non-canonical S
            addItem((i / 16) % 2 ? QByteArray(32, '\0') : pk, BallotDomain, message,
                (i / 16) % 2 ? sig : sig.left(32) + QByteArray(32, '\xff'));
            break;
        }
    }
}

void TestBatchVerify::mixMatchesVerify_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("1 thread") << 1;
    QTest::newRow("2 threads") << 2;
    QTest::newRow("3 threads") << 3;
    QTest::newRow("7 threads") << 7;
    QTest::newRow("default") << 0;
}

void TestBatchVerify::mixMatchesVerify()
{
    QFETCH(int, threads);
    const std::vector<uint8_t> got = verifyAll(std::span<const SignedItem>(m_items), threads);
    QCOMPARE(got.size(), m_items.size());
    for (std::size_t i = 0; i < got.size(); ++i)
        QVERIFY2(got[i] == m_expected[i],
            qPrintable(QStringLiteral("item %1 (kind %2): got %3, verify says %4")
                           .arg(i)
                           .arg(i % 16)
                           .arg(got[i])
                           .arg(m_expected[i])));
}

void TestBatchVerify::framedMatchesVerify_data()
{
    mixMatchesVerify_data();
}

void TestBatchVerify::framedMatchesVerify()
{
    QFETCH(int, threads);
    // Framed items for every item whose domain crypto::verify accepts (the framing of the
    // others is the caller's business).
    std::vector<QByteArray> framed;
    std::vector<std::size_t> index;
    framed.reserve(m_items.size());
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const SignedItem &it = m_items[i];
        if (it.domain.isEmpty() || it.domain.contains('\0'))
            continue;
        framed.push_back(it.domain.toByteArray() + '\0' + it.message.toByteArray());
        index.push_back(i);
    }
    std::vector<FramedItem> items;
    for (std::size_t k = 0; k < framed.size(); ++k)
        items.push_back({m_items[index[k]].publicKey, framed[k], m_items[index[k]].signature});
    const std::vector<uint8_t> got = verifyAll(std::span<const FramedItem>(items), threads);
    QCOMPARE(got.size(), items.size());
    for (std::size_t k = 0; k < got.size(); ++k)
        QVERIFY2(got[k] == m_expected[index[k]], qPrintable(QStringLiteral("item %1").arg(index[k])));
}

void TestBatchVerify::emptyInput()
{
    for (int threads : {0, 1, 4}) {
        QVERIFY(verifyAll(std::span<const SignedItem>(), threads).empty());
        QVERIFY(verifyAll(std::span<const FramedItem>(), threads).empty());
    }
}

void TestBatchVerify::oneItem()
{
    const QByteArray sig = sign(m_keys.secretKey, BallotDomain, "one ballot");
    const SignedItem good {m_keys.publicKey, BallotDomain, "one ballot", sig};
    const SignedItem bad {m_keys.publicKey, BallotDomain, "one ballon", sig};
    for (int threads : {0, 1, 4}) {
        QCOMPARE(verifyAll(std::span(&good, 1), threads), std::vector<uint8_t> {1});
        QCOMPARE(verifyAll(std::span(&bad, 1), threads), std::vector<uint8_t> {0});
    }
}

void TestBatchVerify::moreThreadsThanItems()
{
    const std::span<const SignedItem> five(m_items.data(), 5);
    const std::vector<uint8_t> expected(m_expected.begin(), m_expected.begin() + 5);
    QCOMPARE(verifyAll(five, 64), expected);
    QCOMPARE(verifyAll(five, 5), expected);
    QCOMPARE(verifyAll(five, 6), expected);
}

void TestBatchVerify::threadCount()
{
    QCOMPARE(verifyThreadCount(0, 0), 1);
    QCOMPARE(verifyThreadCount(0, 8), 1);
    QCOMPARE(verifyThreadCount(5, 64), 5);
    QCOMPARE(verifyThreadCount(1000, 3), 3);
    QCOMPARE(verifyThreadCount(1000, -1), std::max(1, QThread::idealThreadCount()));
    QCOMPARE(verifyThreadCount(1000, 0), std::max(1, QThread::idealThreadCount()));
}

QTEST_GUILESS_MAIN(TestBatchVerify)
#include "TestBatchVerify.moc"
