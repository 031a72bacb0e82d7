// Sealed, signed ballots: openBallots gives back exactly what was cast; any change to a
// stored ballot, a ballot from another round, or the wrong election key stops the
// count naming the ballot; sealed boxes all have one length; no plaintext on disk.
#include "StoreFixture.h"
#include "model/BallotValidator.h"
#include "store/RoundCounter.h"

#include <QtTest>

#include <algorithm>

using namespace pbvote;
using namespace pbvote::store;
using namespace pbvote::testsupport;

namespace {

// A voter as counted, as text, for multiset comparison.
QString voterKey(const std::vector<int> &projects, const std::vector<int64_t> &points)
{
    QStringList parts;
    for (size_t i = 0; i < projects.size(); ++i)
        parts << (points.empty() ? QString::number(projects[i]) : u"%1=%2"_qs.arg(projects[i]).arg(points[i]));
    return parts.join(u',');
}

QString ballotKey(const Ballot &b, BallotKind kind)
{
    std::vector<int> projects;
    std::vector<int64_t> points;
    for (const BallotChoice &c : b.choices) {
        projects.push_back(c.project);
        if (kind == BallotKind::Cumulative)
            points.push_back(c.value);
    }
    return voterKey(projects, points);
}

Ballot choices(std::initializer_list<std::pair<int, int>> list)
{
    Ballot b;
    for (const auto &[p, v] : list)
        b.choices.push_back({p, v});
    return b;
}

} // namespace

Q_DECLARE_METATYPE(pbvote::BallotKind)

class TestBallotCrypto : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void openBallotsGivesTheCastChoices_data();
    void openBallotsGivesTheCastChoices();
    void openBallotsOnlyAfterClose();
    void tamperedBallotNamed_data();
    void tamperedBallotNamed();
    void ballotFromAnotherRoundRefused();
    void otherElectionKeyCannotOpen();
    void sealedLengthsAreIdentical();
    void plaintextNeverOnDisk();

private:
    QString dbPath() const { return m_dir->filePath(u"crypto.db"_qs); }
    void castAndClose(ReadyRound &rr, const std::vector<Ballot> &ballots);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBallotCrypto::initTestCase()
{
    QVERIFY(crypto::initialize());
}

void TestBallotCrypto::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBallotCrypto::cleanup()
{
    m_dir.reset();
}

void TestBallotCrypto::castAndClose(ReadyRound &rr, const std::vector<Ballot> &ballots)
{
    for (size_t i = 0; i < ballots.size(); ++i) {
        auto r = rr.cast(int(i), ballots[i]);
        QVERIFY2(r.ok(), qPrintable(r.error()));
    }
    auto closed = rr.store->close(rr.roundId, &rr.kiosk.secretKey);
    QVERIFY2(closed.ok(), qPrintable(closed.error()));
}

void TestBallotCrypto::openBallotsGivesTheCastChoices_data()
{
    QTest::addColumn<BallotKind>("kind");
    QTest::addColumn<std::vector<Ballot>>("ballots");
    QTest::newRow("approval") << BallotKind::Approval
                              << std::vector<Ballot>{choices({{0, 1}}), choices({{4, 1}, {1, 1}}), choices({{0, 1}}),
                                                     choices({{0, 1}, {1, 1}, {2, 1}, {3, 1}, {4, 1}}), Ballot{},
                                                     choices({{1, 1}, {4, 1}})};
    QTest::newRow("knapsack") << BallotKind::Knapsack
                              << std::vector<Ballot>{choices({{4, 1}, {3, 1}, {0, 1}}), choices({{1, 1}}),
                                                     choices({{2, 1}, {1, 1}})};
    QTest::newRow("cumulative") << BallotKind::Cumulative
                                << std::vector<Ballot>{choices({{0, 10}}), choices({{3, 2}, {1, 5}}),
                                                       choices({{1, 5}, {3, 2}}), choices({{4, 1}})};
    QTest::newRow("ordinal") << BallotKind::Ordinal
                             << std::vector<Ballot>{choices({{2, 1}, {0, 2}, {4, 3}}), choices({{4, 1}, {0, 2}}),
                                                    choices({{0, 1}})};
}

void TestBallotCrypto::openBallotsGivesTheCastChoices()
{
    QFETCH(BallotKind, kind);
    QFETCH(std::vector<Ballot>, ballots);
    ReadyRound rr;
    QVERIFY(makeReadyRound(rr, dbPath(), sampleRound(kind)).ok());
    castAndClose(rr, ballots);
    if (QTest::currentTestFailed())
        return;
    auto inst = openBallots(*rr.store, rr.roundId, rr.election.secretKey);
    QVERIFY2(inst.ok(), qPrintable(inst.error()));
    QStringList expected;
    for (const Ballot &b : ballots) {
        auto canonical = canonicaliseBallot(rr.round, b);
        QVERIFY(canonical.ok());
        expected << ballotKey(*canonical, kind);
    }
    QStringList got;
    for (const counting::Voter &v : inst->voters)
        got << voterKey(v.projects, v.points);
    expected.sort();
    got.sort();
    QCOMPARE(got, expected);
    QCOMPARE(inst->projects.size(), rr.round.projects.size());
    QCOMPARE(inst->budget, rr.round.budget);
}

void TestBallotCrypto::openBallotsOnlyAfterClose()
{
    ReadyRound rr;
    QVERIFY(makeReadyRound(rr, dbPath(), sampleRound()).ok());
    QVERIFY(rr.cast(0, approvalBallot({1})).ok());
    auto early = openBallots(*rr.store, rr.roundId, rr.election.secretKey);
    QVERIFY2(!early.ok(), "ballots were opened while voting was open");
    QVERIFY2(early.error().contains(u"closed"_qs), qPrintable(early.error()));
}

void TestBallotCrypto::tamperedBallotNamed_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("offset"); // from the start (>= 0) or from the end (< 0)
    QTest::addColumn<QString>("fragment");
    QTest::newRow("envelope: magic") << u"envelope"_qs << 2 << u"envelope"_qs;
    QTest::newRow("envelope: manifest hash") << u"envelope"_qs << 8 << u"signature"_qs;
    QTest::newRow("envelope: batch number") << u"envelope"_qs << 8 + 32 + 6 + 3 << u"signature"_qs;
    QTest::newRow("envelope: ballot id") << u"envelope"_qs << 8 + 32 + 6 + 4 + 5 << u"signature"_qs;
    QTest::newRow("envelope: sealed box, first byte") << u"envelope"_qs << 8 + 32 + 6 + 4 + 16 + 4 << u"signature"_qs;
    QTest::newRow("envelope: sealed box, last byte") << u"envelope"_qs << -1 << u"signature"_qs;
    QTest::newRow("signature: first byte") << u"signature"_qs << 0 << u"signature"_qs;
    QTest::newRow("signature: last byte (S)") << u"signature"_qs << -1 << u"signature"_qs;
}

void TestBallotCrypto::tamperedBallotNamed()
{
    QFETCH(QString, column);
    QFETCH(int, offset);
    QFETCH(QString, fragment);
    ReadyRound rr;
    QVERIFY(makeReadyRound(rr, dbPath(), sampleRound()).ok());
    castAndClose(rr, {approvalBallot({0}), approvalBallot({1, 2}), approvalBallot({3}), approvalBallot({4})});
    QVERIFY(openBallots(*rr.store, rr.roundId, rr.election.secretKey).ok());

    const auto ballots = *rr.store->ballots(rr.roundId);
    const auto &victim = ballots[2]; // third in ballot-id order
    {
        RawConnection raw(dbPath());
        QByteArray bytes = raw.value(u"SELECT %1 FROM ballots WHERE round_id=? AND ballot_id=?"_qs.arg(column),
                                     {qlonglong(rr.roundId), victim.ballotId})
                               .toByteArray();
        QVERIFY(!bytes.isEmpty());
        const qsizetype at = offset >= 0 ? offset : bytes.size() + offset;
        bytes[at] = char(bytes[at] ^ 0x01);
        QVERIFY2(raw.exec(u"UPDATE ballots SET %1=? WHERE round_id=? AND ballot_id=?"_qs.arg(column),
                          {bytes, qlonglong(rr.roundId), victim.ballotId}),
                 qPrintable(raw.lastError()));
    }
    auto inst = openBallots(*rr.store, rr.roundId, rr.election.secretKey);
    QVERIFY2(!inst.ok(), "a tampered ballot was counted");
    QVERIFY2(inst.error().contains(u"Ballot 3 of 4"_qs), qPrintable(inst.error()));
    QVERIFY2(inst.error().contains(QString::fromLatin1(victim.ballotId.toHex())), qPrintable(inst.error()));
    QVERIFY2(inst.error().contains(fragment), qPrintable(inst.error()));
}

void TestBallotCrypto::ballotFromAnotherRoundRefused()
{
    ReadyRound rr;
    QVERIFY(makeReadyRound(rr, dbPath(), sampleRound()).ok());
    // Another round, same kiosk id and same kiosk key: a genuine, validly signed ballot.
    ReadyRound other;
    QVERIFY(makeReadyRound(other, m_dir->filePath(u"other.db"_qs), sampleRound(), {}, &rr.kiosk).ok());
    QVERIFY(other.election.publicKey != rr.election.publicKey);
    QVERIFY(other.cast(0, approvalBallot({2})).ok());
    const auto foreign = other.store->ballots(other.roundId)->at(0);
    QVERIFY(crypto::verify(rr.kiosk.publicKey, record::BallotDomain, foreign.envelope, foreign.signature));

    castAndClose(rr, {approvalBallot({0}), approvalBallot({1})});
    QVERIFY(openBallots(*rr.store, rr.roundId, rr.election.secretKey).ok());
    {
        RawConnection raw(dbPath());
        QVERIFY2(raw.exec(u"INSERT INTO ballots(round_id, ballot_id, kiosk_id, batch, envelope, signature) "
                          "VALUES(?, ?, ?, ?, ?, ?)"_qs,
                          {qlonglong(rr.roundId), foreign.ballotId, foreign.kioskId, qlonglong(foreign.batch),
                           foreign.envelope, foreign.signature}),
                 qPrintable(raw.lastError()));
    }
    auto inst = openBallots(*rr.store, rr.roundId, rr.election.secretKey);
    QVERIFY2(!inst.ok(), "a ballot of another round was counted");
    QVERIFY2(inst.error().contains(QString::fromLatin1(foreign.ballotId.toHex())), qPrintable(inst.error()));
    QVERIFY2(inst.error().contains(u"another round"_qs), qPrintable(inst.error()));
}

void TestBallotCrypto::otherElectionKeyCannotOpen()
{
    ReadyRound rr;
    QVERIFY(makeReadyRound(rr, dbPath(), sampleRound()).ok());
    castAndClose(rr, {approvalBallot({0, 3})});
    const crypto::BoxKeyPair other = crypto::BoxKeyPair::generate();
    auto inst = openBallots(*rr.store, rr.roundId, other.secretKey);
    QVERIFY2(!inst.ok(), "another election key opened the ballots");
    QVERIFY2(inst.error().contains(u"Ballot 1 of 1"_qs), qPrintable(inst.error()));

    const auto b = rr.store->ballots(rr.roundId)->at(0);
    auto env = record::BallotEnvelope::decode(b.envelope);
    QVERIFY(env.ok());
    const uint32_t padded = rr.store->manifest(rr.roundId)->paddedBallotSize;
    QVERIFY(!crypto::openAndUnpad(other.publicKey, other.secretKey, env->sealed, padded).ok());
    QVERIFY(!crypto::openAndUnpad(rr.election.publicKey, other.secretKey, env->sealed, padded).ok());
    auto plain = crypto::openAndUnpad(rr.election.publicKey, rr.election.secretKey, env->sealed, padded);
    QVERIFY2(plain.ok(), qPrintable(plain.error()));
    auto decoded = record::BallotPlaintext::decode(plain->view());
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->ballotId, b.ballotId);
    QVERIFY(decoded->ballot == approvalBallot({0, 3}));
}

void TestBallotCrypto::sealedLengthsAreIdentical()
{
    ReadyRound rr;
    Round round = sampleRound(BallotKind::Approval);
    for (int i = 6; i <= 40; ++i)
        round.projects.push_back({u"P%1"_qs.arg(i), u"Project %1"_qs.arg(i), QString(), 10, QString(), QString()});
    ReadyRoundOptions opts;
    opts.codes = 4;
    QVERIFY(makeReadyRound(rr, dbPath(), round, opts).ok());
    Ballot all;
    for (int i = 0; i < 40; ++i)
        all.choices.push_back({i, 1});
    castAndClose(rr, {Ballot{}, approvalBallot({7}), approvalBallot({0, 1, 2}), all});
    const uint32_t padded = rr.store->manifest(rr.roundId)->paddedBallotSize;
    const auto ballots = *rr.store->ballots(rr.roundId);
    QCOMPARE(ballots.size(), size_t(4));
    QSet<qsizetype> sealedSizes;
    QSet<qsizetype> envelopeSizes;
    for (const auto &b : ballots) {
        auto env = record::BallotEnvelope::decode(b.envelope);
        QVERIFY(env.ok());
        sealedSizes.insert(env->sealed.size());
        envelopeSizes.insert(b.envelope.size());
    }
    QCOMPARE(sealedSizes.size(), 1);
    QCOMPARE(envelopeSizes.size(), 1);
    QCOMPARE(*sealedSizes.begin(), qsizetype(padded) + crypto::SealOverheadBytes);
    // The 40-choice ballot needs more than one 64-byte block, so padding was at work.
    QVERIFY(padded > 64 + 40 * 6);
    auto inst = openBallots(*rr.store, rr.roundId, rr.election.secretKey);
    QVERIFY2(inst.ok(), qPrintable(inst.error()));
}

void TestBallotCrypto::plaintextNeverOnDisk()
{
    ReadyRound rr;
    QVERIFY(makeReadyRound(rr, dbPath(), sampleRound(BallotKind::Cumulative)).ok());
    castAndClose(rr, {choices({{1, 7}, {3, 3}}), choices({{0, 10}}), choices({{2, 4}, {4, 6}})});
    const uint32_t padded = rr.store->manifest(rr.roundId)->paddedBallotSize;
    QList<QByteArray> plaintexts;
    QList<QByteArray> ballotIds;
    const auto stored = *rr.store->ballots(rr.roundId);
    for (const auto &b : stored) {
        auto env = record::BallotEnvelope::decode(b.envelope);
        QVERIFY(env.ok());
        auto plain = crypto::openAndUnpad(rr.election.publicKey, rr.election.secretKey, env->sealed, padded);
        QVERIFY2(plain.ok(), qPrintable(plain.error()));
        plaintexts << QByteArray(plain->view().data(), plain->view().size());
        ballotIds << b.ballotId;
    }
    for (int pass = 0; pass < 2; ++pass) {
        // pass 0: with the store open (WAL file present); pass 1: after it closed.
        if (pass == 1)
            rr.store.reset();
        const QByteArray disk = diskBytes(dbPath());
        QVERIFY(disk.size() > 4096);
        for (int i = 0; i < plaintexts.size(); ++i) {
            // Sanity: the search finds what is stored in the clear (the ballot id).
            QVERIFY2(disk.contains(ballotIds[i]), "the search does not see the database contents");
            QVERIFY2(!disk.contains(plaintexts[i]), "a ballot's plaintext is in the database file");
            // Nor the part after the (public) manifest hash and ballot id: kind, count, choices.
            QVERIFY2(!disk.contains(plaintexts[i].mid(8 + 32)), "a ballot's choices are in the database file");
        }
        QVERIFY(!disk.contains("PBVBAL01"));
    }
}

QTEST_GUILESS_MAIN(TestBallotCrypto)
#include "TestBallotCrypto.moc"
