// Access codes: two connections racing on one code give exactly one ballot, and the
// database holds only keyed hashes of the codes.
#include "StoreFixture.h"

#include <QtTest>

#include <barrier>
#include <thread>

using namespace pbvote;
using namespace pbvote::store;
using namespace pbvote::testsupport;

class TestAccessCodes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void racingCastsSpendACodeOnce();
    void codesStoredOnlyAsHashes();
    void issueCodesRefusesBadCountsAndClosedRounds();

private:
    QString dbPath() const { return m_dir->filePath(u"codes.db"_qs); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAccessCodes::initTestCase()
{
    QVERIFY(crypto::initialize());
}

void TestAccessCodes::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAccessCodes::cleanup()
{
    m_dir.reset();
}

void TestAccessCodes::racingCastsSpendACodeOnce()
{
    constexpr int Rounds = 50;
    ReadyRound rr;
    ReadyRoundOptions opts;
    opts.codes = Rounds;
    QVERIFY(makeReadyRound(rr, dbPath(), sampleRound(), opts).ok());
    rr.store.reset(); // each thread has its own connection

    struct Outcome
    {
        bool ok = false;
        QString error;
    };
    std::vector<Outcome> outcomes[2] = {std::vector<Outcome>(Rounds), std::vector<Outcome>(Rounds)};
    QString openError[2];
    std::barrier sync(2);
    auto voter = [&](int who) {
        StoreOptions o;
        o.kioskId = rr.kioskId;
        auto st = BallotStore::open(dbPath(), o);
        if (!st)
            openError[who] = st.error();
        for (int i = 0; i < Rounds; ++i) {
            sync.arrive_and_wait(); // both casts start together
            if (!st)
                continue;
            auto r = (*st)->cast(rr.roundId, rr.kioskId, rr.kiosk.secretKey, rr.codes[i], approvalBallot({who, 2}));
            outcomes[who][size_t(i)] = {r.ok(), r.ok() ? QString() : r.error()};
        }
    };
    std::thread a(voter, 0);
    std::thread b(voter, 1);
    a.join();
    b.join();
    QVERIFY2(openError[0].isEmpty(), qPrintable(openError[0]));
    QVERIFY2(openError[1].isEmpty(), qPrintable(openError[1]));

    int wins[2] = {0, 0};
    for (int i = 0; i < Rounds; ++i) {
        const Outcome &x = outcomes[0][size_t(i)];
        const Outcome &y = outcomes[1][size_t(i)];
        QVERIFY2(x.ok != y.ok, qPrintable(u"code %1: %2 successes (errors: \"%3\" / \"%4\")"_qs.arg(i)
                                               .arg(int(x.ok) + int(y.ok))
                                               .arg(x.error, y.error)));
        const QString &loser = x.ok ? y.error : x.error;
        QVERIFY2(loser.contains(u"already been used"_qs),
                 qPrintable(u"code %1: the losing cast failed for another reason: %2"_qs.arg(i).arg(loser)));
        ++wins[x.ok ? 0 : 1];
    }
    qInfo("wins: thread A %d, thread B %d", wins[0], wins[1]);

    auto st = BallotStore::open(dbPath());
    QVERIFY(st.ok());
    const RoundCounts c = *(*st)->counts(rr.roundId);
    QCOMPARE(c.ballots, qint64(Rounds));
    QCOMPARE(c.spentCodes, qint64(Rounds));
    QVERIFY((*st)->integrityCheck().ok());
}

void TestAccessCodes::codesStoredOnlyAsHashes()
{
    ReadyRound rr;
    ReadyRoundOptions opts;
    opts.codes = 40;
    QVERIFY(makeReadyRound(rr, dbPath(), sampleRound(), opts).ok());
    for (int i = 0; i < 10; ++i)
        QVERIFY(rr.cast(i, approvalBallot({i % 5})).ok());
    QVERIFY(!rr.cast(0, approvalBallot({1})).ok());
    const QByteArray electionId = rr.round.electionId;
    const auto issued = *rr.store->issuedCodeHashes(rr.roundId);
    QCOMPARE(issued.size(), size_t(40));
    for (int pass = 0; pass < 2; ++pass) {
        if (pass == 1)
            rr.store.reset();
        const QByteArray disk = diskBytes(dbPath());
        for (const QString &code : rr.codes) {
            QCOMPARE(code.size(), 14);
            QVERIFY2(!disk.contains(code.toLatin1()), "a plain access code is in the database file");
            QVERIFY2(!disk.contains(crypto::normaliseCode(code).toLatin1()),
                     "a normalised access code is in the database file");
            QVERIFY2(!disk.contains(code.left(9).toLatin1()), "the first two groups of a code are in the file");
            QVERIFY2(!disk.contains(code.toLatin1().toHex()), "a hex access code is in the database file");
            // Sanity: the keyed hash is what is stored, and the search sees it.
            const QByteArray h = record::accessCodeHash(electionId, crypto::normaliseCode(code));
            QVERIFY(std::find(issued.begin(), issued.end(), h) != issued.end());
            QVERIFY2(disk.contains(h), "the code hash is not found in the file: the search is blind");
        }
    }
}

void TestAccessCodes::issueCodesRefusesBadCountsAndClosedRounds()
{
    ReadyRound rr;
    QVERIFY(makeReadyRound(rr, dbPath(), sampleRound()).ok());
    for (int bad : {0, -1, 10'000'001}) {
        auto r = rr.store->issueCodes(rr.roundId, bad);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(u"between 1 and"_qs), qPrintable(r.error()));
    }
    // More codes while open are fine, and unique.
    auto more = rr.store->issueCodes(rr.roundId, 5);
    QVERIFY(more.ok());
    QCOMPARE(rr.store->counts(rr.roundId)->issuedCodes, 15);
    QVERIFY(rr.store->close(rr.roundId, nullptr).ok());
    auto late = rr.store->issueCodes(rr.roundId, 1);
    QVERIFY(!late.ok());
    QVERIFY2(late.error().contains(u"closed"_qs), qPrintable(late.error()));
    QCOMPARE(rr.store->counts(rr.roundId)->issuedCodes, 15);
}

QTEST_GUILESS_MAIN(TestAccessCodes)
#include "TestAccessCodes.moc"
