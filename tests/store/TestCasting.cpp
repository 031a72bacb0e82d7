// BallotStore::cast: one code, one ballot, one receipt; every refusal leaves the
// database as it was; the event log is a hash chain that holds no ballot id or code.
#include "StoreFixture.h"

#include <QtTest>

using namespace pbvote;
using namespace pbvote::store;
using namespace pbvote::testsupport;

class TestCasting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void castStoresBallotAndReturnsReceipt();
    void typedCodeVariantsAccepted_data();
    void typedCodeVariantsAccepted();
    void spentCodeRefused();
    void unknownCodeRefused();
    void mistypedCodeRefused_data();
    void mistypedCodeRefused();
    void castOutsideOpenVotingRefused();
    void invalidBallotRefusedAndNothingStored();
    void wrongKioskOrKeyRefused();
    void eventLogHoldsNoBallotIdOrCode();
    void eventChainLinks();

private:
    QString dbPath() const { return m_dir->filePath(u"cast.db"_qs); }
    RoundCounts counts() const { return *m_rr.store->counts(m_rr.roundId); }
    void expectUnchanged(const RoundCounts &before, int extraRefusalEvents);
    std::unique_ptr<QTemporaryDir> m_dir;
    ReadyRound m_rr;
};

void TestCasting::initTestCase()
{
    QVERIFY(crypto::initialize());
}

void TestCasting::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_rr = ReadyRound();
    Round round = sampleRound(BallotKind::Approval);
    round.rules.maxSelections = 3;
    const Status s = makeReadyRound(m_rr, dbPath(), round);
    QVERIFY2(s.ok(), qPrintable(s.error()));
}

void TestCasting::cleanup()
{
    m_rr = ReadyRound();
    m_dir.reset();
}

void TestCasting::expectUnchanged(const RoundCounts &before, int extraRefusalEvents)
{
    const RoundCounts after = counts();
    QCOMPARE(after.ballots, before.ballots);
    QCOMPARE(after.spentCodes, before.spentCodes);
    QCOMPARE(after.issuedCodes, before.issuedCodes);
    QCOMPARE(after.checkpoints, before.checkpoints);
    QCOMPARE(after.events, before.events + extraRefusalEvents);
}

void TestCasting::castStoresBallotAndReturnsReceipt()
{
    const RoundCounts before = counts();
    QCOMPARE(before.ballots, 0);
    auto receipt = m_rr.cast(0, approvalBallot({2, 0}));
    QVERIFY2(receipt.ok(), qPrintable(receipt.error()));
    QVERIFY2(QRegularExpression(u"^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$"_qs).match(receipt->receipt).hasMatch(),
             qPrintable(receipt->receipt));
    const RoundCounts after = counts();
    QCOMPARE(after.ballots, 1);
    QCOMPARE(after.spentCodes, 1);
    QCOMPARE(after.events, before.events + 1);
    const auto ballots = *m_rr.store->ballots(m_rr.roundId);
    QCOMPARE(ballots.size(), size_t(1));
    const auto &b = ballots[0];
    QCOMPARE(record::receiptCode(b.envelope, b.signature), receipt->receipt);
    QCOMPARE(b.kioskId, u"K1"_qs);
    QCOMPARE(b.batch, 1u);
    QVERIFY(crypto::verify(m_rr.kiosk.publicKey, record::BallotDomain, b.envelope, b.signature));
    auto env = record::BallotEnvelope::decode(b.envelope);
    QVERIFY2(env.ok(), qPrintable(env.error()));
    QCOMPARE(env->ballotId, b.ballotId);
    QCOMPARE(env->manifestHash, record::manifestHash(m_rr.store->manifest(m_rr.roundId)->encode()));
    // The spent code is the hash of the code used.
    const auto spent = *m_rr.store->spentCodes(m_rr.roundId);
    QCOMPARE(spent.size(), size_t(1));
    QCOMPARE(spent[0].hash, record::accessCodeHash(m_rr.round.electionId, crypto::normaliseCode(m_rr.codes[0])));
    // Two ballots get two different receipts.
    auto second = m_rr.cast(1, approvalBallot({2, 0}));
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QVERIFY(second->receipt != receipt->receipt);
}

void TestCasting::typedCodeVariantsAccepted_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("lower case") << 0;
    QTest::newRow("spaces instead of dashes") << 1;
    QTest::newRow("no separators") << 2;
}

void TestCasting::typedCodeVariantsAccepted()
{
    QFETCH(int, variant);
    QString typed = m_rr.codes[0];
    if (variant == 0)
        typed = typed.toLower();
    else if (variant == 1)
        typed.replace(u'-', u' ');
    else
        typed.remove(u'-');
    QVERIFY(typed != m_rr.codes[0]);
    auto r = m_rr.store->cast(m_rr.roundId, m_rr.kioskId, m_rr.kiosk.secretKey, typed, approvalBallot({1}));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    // ... and it is the same code: the original spelling is now spent.
    auto again = m_rr.cast(0, approvalBallot({1}));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(u"already been used"_qs), qPrintable(again.error()));
}

void TestCasting::spentCodeRefused()
{
    auto first = m_rr.cast(3, approvalBallot({1}));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    const RoundCounts before = counts();
    const auto ballotsBefore = *m_rr.store->ballots(m_rr.roundId);
    auto second = m_rr.cast(3, approvalBallot({2, 4}));
    QVERIFY2(!second.ok(), "a spent code cast a second ballot");
    QVERIFY2(second.error().contains(u"already been used"_qs), qPrintable(second.error()));
    expectUnchanged(before, 1);
    const auto ballotsAfter = *m_rr.store->ballots(m_rr.roundId);
    QCOMPARE(ballotsAfter.size(), ballotsBefore.size());
    QCOMPARE(ballotsAfter[0].envelope, ballotsBefore[0].envelope);
}

void TestCasting::unknownCodeRefused()
{
    // Well-formed, but never issued (the odds of a clash with 10 codes are 10 in 2^60).
    const RoundCounts before = counts();
    auto r = m_rr.store->cast(m_rr.roundId, m_rr.kioskId, m_rr.kiosk.secretKey, u"AAAA-BBBB-CCCC"_qs,
                              approvalBallot({1}));
    QVERIFY2(!r.ok(), "an unknown code was accepted");
    QVERIFY2(r.error().contains(u"not valid for this round"_qs), qPrintable(r.error()));
    expectUnchanged(before, 1);
    // A code of another round is unknown here as well.
    ReadyRound other;
    QVERIFY(makeReadyRound(other, m_dir->filePath(u"other.db"_qs), sampleRound()).ok());
    auto foreign = m_rr.store->cast(m_rr.roundId, m_rr.kioskId, m_rr.kiosk.secretKey, other.codes[0],
                                    approvalBallot({1}));
    QVERIFY(!foreign.ok());
    QVERIFY2(foreign.error().contains(u"not valid for this round"_qs), qPrintable(foreign.error()));
    expectUnchanged(before, 2);
}

void TestCasting::mistypedCodeRefused_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("one character missing") << 0;
    QTest::newRow("one character too many") << 1;
    QTest::newRow("a 9 (not in the alphabet)") << 2;
    QTest::newRow("punctuation") << 3;
    QTest::newRow("empty") << 4;
    QTest::newRow("Cyrillic look-alike") << 5;
}

void TestCasting::mistypedCodeRefused()
{
    QFETCH(int, kind);
    QString typed = m_rr.codes[0];
    switch (kind) {
    case 0: typed.chop(1); break;
    case 1: typed += u'A'; break;
    case 2: typed[0] = u'9'; break;
    case 3: typed[0] = u'!'; break;
    case 4: typed.clear(); break;
    case 5: typed[0] = QChar(0x0410); break; // А
    }
    const RoundCounts before = counts();
    auto r = m_rr.store->cast(m_rr.roundId, m_rr.kioskId, m_rr.kiosk.secretKey, typed, approvalBallot({1}));
    QVERIFY2(!r.ok(), qPrintable(u"a mistyped code was accepted: "_qs + typed));
    QVERIFY2(r.error().contains(u"not an access code"_qs), qPrintable(r.error()));
    expectUnchanged(before, 1);
    // The real code still works.
    QVERIFY(m_rr.cast(0, approvalBallot({1})).ok());
}

void TestCasting::castOutsideOpenVotingRefused()
{
    // A draft round (not open) takes no ballots.
    {
        ReadyRound draft;
        ReadyRoundOptions opts;
        opts.open = false;
        QVERIFY(makeReadyRound(draft, m_dir->filePath(u"draft.db"_qs), sampleRound(), opts).ok());
        auto r = draft.cast(0, approvalBallot({1}));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(u"not open"_qs), qPrintable(r.error()));
        QCOMPARE(draft.store->counts(draft.roundId)->ballots, 0);
    }
    QVERIFY(m_rr.cast(0, approvalBallot({1})).ok());
    auto cp = m_rr.store->suspend(m_rr.roundId, m_rr.kiosk.secretKey);
    QVERIFY2(cp.ok(), qPrintable(cp.error()));
    RoundCounts before = counts();
    auto whileSuspended = m_rr.cast(1, approvalBallot({1}));
    QVERIFY2(!whileSuspended.ok(), "a ballot was cast while voting was suspended");
    QVERIFY2(whileSuspended.error().contains(u"suspended"_qs), qPrintable(whileSuspended.error()));
    expectUnchanged(before, 0);
    QVERIFY(m_rr.store->resume(m_rr.roundId).ok());
    // The same code works once voting resumes: the refused attempt did not spend it.
    QVERIFY(m_rr.cast(1, approvalBallot({1})).ok());
    auto closed = m_rr.store->close(m_rr.roundId, &m_rr.kiosk.secretKey);
    QVERIFY2(closed.ok(), qPrintable(closed.error()));
    before = counts();
    auto afterClose = m_rr.cast(2, approvalBallot({1}));
    QVERIFY2(!afterClose.ok(), "a ballot was cast after the close");
    QVERIFY2(afterClose.error().contains(u"closed"_qs), qPrintable(afterClose.error()));
    expectUnchanged(before, 0);
}

void TestCasting::invalidBallotRefusedAndNothingStored()
{
    const RoundCounts before = counts();
    auto tooMany = m_rr.cast(0, approvalBallot({0, 1, 2, 3}));
    QVERIFY2(!tooMany.ok(), "a ballot over the maximum was accepted");
    QVERIFY2(tooMany.error().contains(u"at most 3"_qs), qPrintable(tooMany.error()));
    auto unknown = m_rr.cast(0, approvalBallot({7}));
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().contains(u"not on this round's ballot"_qs), qPrintable(unknown.error()));
    expectUnchanged(before, 2);
    QVERIFY(m_rr.store->spentCodes(m_rr.roundId)->empty());
    // The code was not spent by the refused ballots.
    auto ok = m_rr.cast(0, approvalBallot({0, 1, 2}));
    QVERIFY2(ok.ok(), qPrintable(ok.error()));
    QCOMPARE(counts().ballots, 1);
}

void TestCasting::wrongKioskOrKeyRefused()
{
    const RoundCounts before = counts();
    auto unregistered = m_rr.store->cast(m_rr.roundId, u"K9"_qs, m_rr.kiosk.secretKey, m_rr.codes[0],
                                         approvalBallot({1}));
    QVERIFY(!unregistered.ok());
    QVERIFY2(unregistered.error().contains(u"K9"_qs), qPrintable(unregistered.error()));
    const crypto::SigningKeyPair impostor = crypto::SigningKeyPair::generate();
    auto wrongKey = m_rr.store->cast(m_rr.roundId, m_rr.kioskId, impostor.secretKey, m_rr.codes[0],
                                     approvalBallot({1}));
    QVERIFY(!wrongKey.ok());
    QVERIFY2(wrongKey.error().contains(u"not kiosk K1's registered key"_qs), qPrintable(wrongKey.error()));
    expectUnchanged(before, 0);
}

void TestCasting::eventLogHoldsNoBallotIdOrCode()
{
    for (int i = 0; i < 6; ++i)
        QVERIFY(m_rr.cast(i, approvalBallot({i % 5})).ok());
    QVERIFY(!m_rr.cast(0, approvalBallot({1})).ok());          // spent
    QVERIFY(!m_rr.cast(7, approvalBallot({0, 1, 2, 3})).ok()); // invalid
    QVERIFY(m_rr.store->suspend(m_rr.roundId, m_rr.kiosk.secretKey).ok());
    QVERIFY(m_rr.store->resume(m_rr.roundId).ok());
    QVERIFY(m_rr.cast(8, approvalBallot({2})).ok());
    QVERIFY(m_rr.store->close(m_rr.roundId, &m_rr.kiosk.secretKey).ok());

    const auto events = *m_rr.store->events(m_rr.roundId);
    const auto ballots = *m_rr.store->ballots(m_rr.roundId);
    const auto spent = *m_rr.store->spentCodes(m_rr.roundId);
    const auto issued = *m_rr.store->issuedCodeHashes(m_rr.roundId);
    QCOMPARE(ballots.size(), size_t(7));
    QCOMPARE(issued.size(), size_t(10));
    QByteArray allBodies;
    for (const QByteArray &body : events)
        allBodies += body;
    QVERIFY(!allBodies.isEmpty());
    // Sanity: the search finds what is there (the kiosk id and the manifest-free detail).
    QVERIFY(allBodies.contains("K1"));
    for (const auto &b : ballots) {
        QVERIFY2(!allBodies.contains(b.ballotId), "an event body holds a ballot id");
        QVERIFY2(!allBodies.contains(b.ballotId.toHex()), "an event body holds a ballot id in hex");
        QVERIFY2(!allBodies.contains(record::receiptCode(b.envelope, b.signature).toLatin1()),
                 "an event body holds a receipt");
        // Nor any 8-byte window of the ballot id (a truncated id would still link).
        for (int i = 0; i + 8 <= b.ballotId.size(); ++i)
            QVERIFY(!allBodies.contains(b.ballotId.mid(i, 8)));
    }
    for (const QByteArray &h : issued) {
        QVERIFY2(!allBodies.contains(h), "an event body holds a code hash");
        QVERIFY2(!allBodies.contains(h.left(8)), "an event body holds part of a code hash");
        QVERIFY(!allBodies.contains(h.toHex()));
    }
    for (const QString &code : m_rr.codes) {
        QVERIFY2(!allBodies.contains(code.toLatin1()), "an event body holds an access code");
        QVERIFY(!allBodies.contains(crypto::normaliseCode(code).toLatin1()));
    }
    // And the decoded details as well (the text is part of the body, but say it).
    for (const QByteArray &body : events) {
        auto e = record::Event::decode(body);
        QVERIFY2(e.ok(), qPrintable(e.error()));
        for (const auto &b : ballots)
            QVERIFY(!e->detail.contains(QString::fromLatin1(b.ballotId.toHex()), Qt::CaseInsensitive));
    }
}

void TestCasting::eventChainLinks()
{
    for (int i = 0; i < 4; ++i)
        QVERIFY(m_rr.cast(i, approvalBallot({i})).ok());
    QVERIFY(!m_rr.cast(0, approvalBallot({1})).ok());
    QVERIFY(m_rr.store->suspend(m_rr.roundId, m_rr.kiosk.secretKey).ok());
    QVERIFY(m_rr.store->resume(m_rr.roundId).ok());
    QVERIFY(m_rr.store->close(m_rr.roundId, &m_rr.kiosk.secretKey).ok());

    const auto bodies = *m_rr.store->events(m_rr.roundId);
    QVERIFY(bodies.size() >= 10);
    QByteArray previousHash(32, '\0');
    int casts = 0;
    QList<record::EventType> types;
    for (size_t i = 0; i < bodies.size(); ++i) {
        auto e = record::Event::decode(bodies[i]);
        QVERIFY2(e.ok(), qPrintable(e.error()));
        QCOMPARE(e->seq, uint64_t(i + 1));
        QVERIFY2(e->previous == previousHash, qPrintable(u"event %1 does not link to event %2"_qs.arg(i + 1).arg(i)));
        QVERIFY(e->time > 0);
        previousHash = e->hash();
        casts += e->type == record::EventType::Cast ? 1 : 0;
        types << e->type;
    }
    QCOMPARE(casts, 4);
    QCOMPARE(types.first(), record::EventType::RoundCreated);
    QVERIFY(types.contains(record::EventType::Opened));
    QVERIFY(types.contains(record::EventType::CastRefused));
    QVERIFY(types.contains(record::EventType::Suspended));
    QVERIFY(types.contains(record::EventType::Resumed));
    QCOMPARE(types.last(), record::EventType::Closed);
    // The stored hash column agrees with the bodies (the chain can be checked from either).
    RawConnection raw(dbPath());
    QCOMPARE(raw.value(u"SELECT hash FROM events WHERE round_id=? ORDER BY seq DESC LIMIT 1"_qs, {qlonglong(m_rr.roundId)})
                 .toByteArray(),
             previousHash);
    // The check above can fail: a removed event breaks the chain.
    QVERIFY(raw.exec(u"DELETE FROM events WHERE round_id=? AND seq=3"_qs, {qlonglong(m_rr.roundId)}));
    const auto cut = *m_rr.store->events(m_rr.roundId);
    auto e3 = record::Event::decode(cut[2]);
    auto e2 = record::Event::decode(cut[1]);
    QVERIFY(e3->previous != e2->hash());
}

QTEST_GUILESS_MAIN(TestCasting)
#include "TestCasting.moc"
