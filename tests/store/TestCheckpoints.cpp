// Checkpoints: each suspension and the close sign a checkpoint whose counts and Merkle
// roots match the batch, chained to the previous one, with a witness code.
#include "StoreFixture.h"

#include <QtTest>

#include <algorithm>

using namespace pbvote;
using namespace pbvote::store;
using namespace pbvote::testsupport;

class TestCheckpoints : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void suspendSignsMatchingCheckpoint();
    void checkpointsChainAndCloseIsFinal();
    void witnessCodeFormat();
    void suspendNeedsTheKioskKeyAndAVote();
    void closeWithoutKioskVotesHasNoCheckpoint();

private:
    QString dbPath() const { return m_dir->filePath(u"checkpoints.db"_qs); }
    // Checks checkpoint `index` against the ballots and spent codes of its batch.
    void verifyCheckpoint(const ReadyRound &rr, size_t index, uint32_t batch, uint64_t ballots, uint64_t total,
                          record::CheckpointKind kind, const QByteArray &previous);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCheckpoints::initTestCase()
{
    QVERIFY(crypto::initialize());
}

void TestCheckpoints::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCheckpoints::cleanup()
{
    m_dir.reset();
}

void TestCheckpoints::verifyCheckpoint(const ReadyRound &rr, size_t index, uint32_t batch, uint64_t ballots,
                                       uint64_t total, record::CheckpointKind kind, const QByteArray &previous)
{
    const auto cps = *rr.store->checkpoints(rr.roundId);
    QVERIFY(index < cps.size());
    const auto &stored = cps[index];
    QCOMPARE(stored.kioskId, rr.kioskId);
    QCOMPARE(stored.batch, batch);
    QVERIFY2(crypto::verify(rr.kiosk.publicKey, record::CheckpointDomain, stored.body, stored.signature),
             "the checkpoint signature does not verify");
    QCOMPARE(stored.witness, record::witnessCode(stored.body, stored.signature));
    auto c = record::Checkpoint::decode(stored.body);
    QVERIFY2(c.ok(), qPrintable(c.error()));
    QCOMPARE(c->manifestHash, record::manifestHash(rr.store->manifest(rr.roundId)->encode()));
    QCOMPARE(c->kioskId, rr.kioskId);
    QCOMPARE(c->batch, batch);
    QCOMPARE(c->kind, kind);
    QCOMPARE(c->previous, previous);
    QCOMPARE(c->batchBallots, ballots);
    QCOMPARE(c->totalBallots, total);

    // Recompute the batch's Merkle roots from the stored rows.
    std::vector<QByteArray> leaves;
    const auto storedBallots = *rr.store->ballots(rr.roundId);
    for (const auto &b : storedBallots) { // ballot-id order
        if (b.batch == batch)
            leaves.push_back(record::ballotLeaf(b.envelope, b.signature));
    }
    QCOMPARE(uint64_t(leaves.size()), ballots);
    QCOMPARE(c->batchBallotRoot, crypto::merkleRoot(record::BallotTreePersonal, leaves));
    std::vector<QByteArray> codes;
    const auto spent = *rr.store->spentCodes(rr.roundId);
    for (const auto &s : spent) {
        if (s.batch == batch)
            codes.push_back(s.hash);
    }
    std::sort(codes.begin(), codes.end());
    QCOMPARE(c->batchCodes, uint64_t(codes.size()));
    QCOMPARE(c->batchCodes, ballots);
    QCOMPARE(c->batchCodeRoot, crypto::merkleRoot(record::CodeTreePersonal, codes));

    // The event head is a real event of the chain: the one the checkpoint logged.
    const auto events = *rr.store->events(rr.roundId);
    QVERIFY(c->eventCount >= 1 && c->eventCount <= events.size());
    auto head = record::Event::decode(events[size_t(c->eventCount - 1)]);
    QVERIFY(head.ok());
    QCOMPARE(head->hash(), c->eventHead);
    QCOMPARE(head->type, kind == record::CheckpointKind::Close ? record::EventType::Closed : record::EventType::Suspended);
    QVERIFY(c->time > 0);
}

void TestCheckpoints::suspendSignsMatchingCheckpoint()
{
    ReadyRound rr;
    QVERIFY(makeReadyRound(rr, dbPath(), sampleRound()).ok());
    for (int i = 0; i < 3; ++i)
        QVERIFY(rr.cast(i, approvalBallot({i})).ok());
    QVERIFY(!rr.cast(0, approvalBallot({1})).ok()); // a refusal counts for nothing
    auto info = rr.store->suspend(rr.roundId, rr.kiosk.secretKey);
    QVERIFY2(info.ok(), qPrintable(info.error()));
    QCOMPARE(info->kioskId, u"K1"_qs);
    QCOMPARE(info->batch, 1u);
    QCOMPARE(info->ballots, uint64_t(3));
    QVERIFY(!info->final);
    QCOMPARE(rr.store->round(rr.roundId)->state, RoundState::Suspended);
    QCOMPARE(rr.store->checkpoints(rr.roundId)->size(), size_t(1));
    QCOMPARE(rr.store->checkpoints(rr.roundId)->at(0).witness, info->witness);
    verifyCheckpoint(rr, 0, 1, 3, 3, record::CheckpointKind::Suspend, QByteArray(32, '\0'));
    // The verification can fail: a changed row no longer matches the signed root.
    {
        RawConnection raw(dbPath());
        const QByteArray id = rr.store->ballots(rr.roundId)->at(0).ballotId;
        QVERIFY(raw.exec(u"DELETE FROM ballots WHERE round_id=? AND ballot_id=?"_qs, {qlonglong(rr.roundId), id}));
    }
    std::vector<QByteArray> leaves;
    const auto remaining = *rr.store->ballots(rr.roundId);
    for (const auto &b : remaining)
        leaves.push_back(record::ballotLeaf(b.envelope, b.signature));
    auto c = record::Checkpoint::decode(rr.store->checkpoints(rr.roundId)->at(0).body);
    QVERIFY(c->batchBallotRoot != crypto::merkleRoot(record::BallotTreePersonal, leaves));
}

void TestCheckpoints::checkpointsChainAndCloseIsFinal()
{
    ReadyRound rr;
    ReadyRoundOptions opts;
    opts.codes = 20;
    QVERIFY(makeReadyRound(rr, dbPath(), sampleRound(), opts).ok());
    const int perBatch[] = {3, 2, 0, 4};
    int code = 0;
    std::vector<store::CheckpointInfo> infos;
    for (int b = 0; b < 4; ++b) {
        for (int i = 0; i < perBatch[b]; ++i, ++code)
            QVERIFY(rr.cast(code, approvalBallot({code % 5})).ok());
        if (b < 3) {
            auto info = rr.store->suspend(rr.roundId, rr.kiosk.secretKey);
            QVERIFY2(info.ok(), qPrintable(info.error()));
            infos.push_back(*info);
            QVERIFY(rr.store->resume(rr.roundId).ok());
        }
    }
    auto closed = rr.store->close(rr.roundId, &rr.kiosk.secretKey);
    QVERIFY2(closed.ok(), qPrintable(closed.error()));
    QVERIFY(closed->final);
    QCOMPARE(closed->batch, 4u);
    QCOMPARE(closed->ballots, uint64_t(4));
    infos.push_back(*closed);
    QCOMPARE(rr.store->round(rr.roundId)->state, RoundState::Closed);

    const auto cps = *rr.store->checkpoints(rr.roundId);
    QCOMPARE(cps.size(), size_t(4));
    QByteArray previous(32, '\0');
    uint64_t total = 0;
    for (size_t i = 0; i < cps.size(); ++i) {
        QCOMPARE(cps[i].batch, uint32_t(i + 1)); // numbered 1..n
        QCOMPARE(infos[i].batch, uint32_t(i + 1));
        QCOMPARE(infos[i].witness, cps[i].witness);
        total += uint64_t(perBatch[i]);
        verifyCheckpoint(rr, i, uint32_t(i + 1), uint64_t(perBatch[i]), total,
                         i + 1 == cps.size() ? record::CheckpointKind::Close : record::CheckpointKind::Suspend, previous);
        if (QTest::currentTestFailed())
            return;
        previous = record::checkpointHash(cps[i].body, cps[i].signature);
    }
    // Every ballot's envelope is in a batch that has a checkpoint.
    const auto all = *rr.store->ballots(rr.roundId);
    for (const auto &b : all) {
        auto env = record::BallotEnvelope::decode(b.envelope);
        QVERIFY(env.ok());
        QVERIFY(env->batch >= 1 && env->batch <= 4 && env->batch != 3);
    }
    QSet<QString> witnesses;
    for (const auto &c : cps)
        witnesses.insert(c.witness);
    QCOMPARE(witnesses.size(), 4);
}

void TestCheckpoints::witnessCodeFormat()
{
    ReadyRound rr;
    QVERIFY(makeReadyRound(rr, dbPath(), sampleRound()).ok());
    QVERIFY(rr.cast(0, approvalBallot({0})).ok());
    auto info = rr.store->suspend(rr.roundId, rr.kiosk.secretKey);
    QVERIFY(info.ok());
    static const QRegularExpression format(u"^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$"_qs);
    QVERIFY2(format.match(info->witness).hasMatch(), qPrintable(info->witness));
    QVERIFY(rr.store->resume(rr.roundId).ok());
    auto last = rr.store->close(rr.roundId, &rr.kiosk.secretKey);
    QVERIFY(last.ok());
    QVERIFY2(format.match(last->witness).hasMatch(), qPrintable(last->witness));
    QVERIFY(last->witness != info->witness);
    QVERIFY(!format.match(u"ABCD-EFGH-IJKL-MNO1"_qs).hasMatch()); // the pattern can fail
}

void TestCheckpoints::suspendNeedsTheKioskKeyAndAVote()
{
    ReadyRound rr;
    QVERIFY(makeReadyRound(rr, dbPath(), sampleRound()).ok());
    auto nothing = rr.store->suspend(rr.roundId, rr.kiosk.secretKey);
    QVERIFY2(!nothing.ok(), "a checkpoint was signed before any kiosk voted");
    QVERIFY2(nothing.error().contains(u"No kiosk has voted"_qs), qPrintable(nothing.error()));
    QVERIFY(rr.cast(0, approvalBallot({0})).ok());
    const crypto::SigningKeyPair impostor = crypto::SigningKeyPair::generate();
    auto forged = rr.store->suspend(rr.roundId, impostor.secretKey);
    QVERIFY2(!forged.ok(), "another key signed the kiosk's checkpoint");
    QVERIFY2(forged.error().contains(u"K1"_qs), qPrintable(forged.error()));
    // The refused suspension changed nothing.
    QCOMPARE(rr.store->round(rr.roundId)->state, RoundState::Open);
    QCOMPARE(rr.store->counts(rr.roundId)->checkpoints, 0);
    QVERIFY(rr.cast(1, approvalBallot({1})).ok());
    QVERIFY(rr.store->suspend(rr.roundId, rr.kiosk.secretKey).ok());
    // Suspending twice is not a transition.
    auto twice = rr.store->suspend(rr.roundId, rr.kiosk.secretKey);
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().contains(u"Round 1"_qs), qPrintable(twice.error()));
    QVERIFY2(twice.error().contains(u"already suspended"_qs), qPrintable(twice.error()));
    QCOMPARE(rr.store->counts(rr.roundId)->checkpoints, 1);
    // Closing needs the kiosk key once the kiosk voted here.
    auto noKey = rr.store->close(rr.roundId, nullptr);
    QVERIFY(!noKey.ok());
    QVERIFY2(noKey.error().contains(u"final checkpoint"_qs), qPrintable(noKey.error()));
    QCOMPARE(rr.store->round(rr.roundId)->state, RoundState::Suspended);
    auto closed = rr.store->close(rr.roundId, &rr.kiosk.secretKey); // from suspended
    QVERIFY2(closed.ok(), qPrintable(closed.error()));
    QCOMPARE(closed->batch, 2u);
    QCOMPARE(closed->ballots, uint64_t(0));
}

void TestCheckpoints::closeWithoutKioskVotesHasNoCheckpoint()
{
    ReadyRound rr;
    QVERIFY(makeReadyRound(rr, dbPath(), sampleRound()).ok());
    auto closed = rr.store->close(rr.roundId, nullptr);
    QVERIFY2(closed.ok(), qPrintable(closed.error()));
    QCOMPARE(closed->batch, 0u);
    QCOMPARE(rr.store->counts(rr.roundId)->checkpoints, 0);
    QCOMPARE(rr.store->round(rr.roundId)->state, RoundState::Closed);
    auto again = rr.store->close(rr.roundId, nullptr);
    QVERIFY(!again.ok());
    QVERIFY(!rr.store->resume(rr.roundId).ok());
}

QTEST_GUILESS_MAIN(TestCheckpoints)
#include "TestCheckpoints.moc"
