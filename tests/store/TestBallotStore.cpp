// BallotStore: the file it creates (schema, application id, WAL), reopening, and the
// files it refuses (other applications, non-SQLite, newer schema, another kiosk's).
#include "StoreFixture.h"

#include <QtEndian>
#include <QtTest>

using namespace pbvote;
using namespace pbvote::store;
using namespace pbvote::testsupport;

class TestBallotStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void newFileGetsSchemaAndWal();
    void sqliteCliSeesTheSameHeader();
    void reopenKeepsEverything();
    void otherApplicationDatabaseRefused_data();
    void otherApplicationDatabaseRefused();
    void nonSqliteFileRefusedAndLeftAlone();
    void newerSchemaRefused();
    void otherKioskDatabaseRefused();
    void draftOnlyEditing();
    void openRoundNeedsKeysAndKiosk();
    void openingNeedsZeroTotals();
    void closedRoundNeverReopens();

private:
    QString dbPath() const { return m_dir->filePath(u"pbvote.db"_qs); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBallotStore::initTestCase()
{
    QVERIFY(crypto::initialize());
}

void TestBallotStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBallotStore::cleanup()
{
    m_dir.reset();
}

void TestBallotStore::newFileGetsSchemaAndWal()
{
    QVERIFY(!QFile::exists(dbPath()));
    {
        auto st = BallotStore::open(dbPath());
        QVERIFY2(st.ok(), qPrintable(st.error()));
        RawConnection raw(dbPath());
        QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
        QCOMPARE(raw.value(u"PRAGMA journal_mode"_qs).toString(), u"wal"_qs);
        QCOMPARE(raw.value(u"PRAGMA application_id"_qs).toLongLong(), qlonglong(0x50425654));
        QCOMPARE(raw.value(u"PRAGMA user_version"_qs).toInt(), SchemaVersion); // 1 when this test was written
        QVERIFY(SchemaVersion >= 1);
        for (const QString &table : {u"rounds"_qs, u"ballots"_qs, u"spent_codes"_qs, u"access_codes"_qs,
                                     u"events"_qs, u"checkpoints"_qs, u"keys"_qs, u"settings"_qs}) {
            QVERIFY2(raw.value(u"SELECT count(*) FROM sqlite_schema WHERE type='table' AND name=?"_qs, {table}).toInt()
                         == 1,
                     qPrintable(table));
        }
        QVERIFY2((*st)->integrityCheck().ok(), qPrintable((*st)->integrityCheck().error()));
    }
    // The header on disk says so too (application_id at offset 68, big-endian).
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray header = f.read(100);
    QVERIFY(header.startsWith("SQLite format 3"));
    QCOMPARE(header.mid(68, 4), QByteArray("PBVT"));
    QCOMPARE(qFromBigEndian<quint32>(header.constData() + 60), quint32(SchemaVersion)); // user_version
    QCOMPARE(int(header[18]), 2); // file format 2 = WAL
}

void TestBallotStore::sqliteCliSeesTheSameHeader()
{
    {
        auto st = BallotStore::open(dbPath());
        QVERIFY2(st.ok(), qPrintable(st.error()));
    }
    const QString sqlite = QStandardPaths::findExecutable(u"sqlite3"_qs);
    if (sqlite.isEmpty())
        QSKIP("the sqlite3 command-line tool is not installed");
    QProcess p;
    p.start(sqlite, {dbPath(), u"PRAGMA journal_mode; PRAGMA application_id; PRAGMA user_version;"_qs});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines, (QStringList{u"wal"_qs, QString::number(0x50425654), QString::number(SchemaVersion)}));
}

void TestBallotStore::reopenKeepsEverything()
{
    ReadyRound rr;
    Round round = sampleRound(BallotKind::Knapsack);
    round.districts.push_back({u"N"_qs, u"North"_qs, 700});
    round.projects[4].district = u"N"_qs;
    round.rules.minSelections = 1;
    round.rules.minSpendPercent = 10;
    QVERIFY2(makeReadyRound(rr, dbPath(), round).ok(), "setup");
    auto receipt = rr.cast(0, approvalBallot({0, 1}));
    QVERIFY2(receipt.ok(), qPrintable(receipt.error()));

    const Round before = *rr.store->round(rr.roundId);
    const RoundCounts countsBefore = *rr.store->counts(rr.roundId);
    const QByteArray manifestBefore = rr.store->manifest(rr.roundId)->encode();
    const auto ballotsBefore = *rr.store->ballots(rr.roundId);
    const auto eventsBefore = *rr.store->events(rr.roundId);
    const auto keysBefore = *rr.store->keys();
    QCOMPARE(countsBefore.ballots, 1);
    QCOMPARE(countsBefore.issuedCodes, 10);

    QVERIFY(rr.reopen().ok());
    auto after = rr.store->round(rr.roundId);
    QVERIFY2(after.ok(), qPrintable(after.error()));
    QCOMPARE(after->name, before.name);
    QCOMPARE(after->state, RoundState::Open);
    QCOMPARE(after->electionId, before.electionId);
    QVERIFY(after->rules == before.rules);
    QVERIFY(after->projects == before.projects);
    QVERIFY(after->districts == before.districts);
    QCOMPARE(rr.store->boundKioskId(), u"K1"_qs);
    const RoundCounts countsAfter = *rr.store->counts(rr.roundId);
    QCOMPARE(countsAfter.ballots, countsBefore.ballots);
    QCOMPARE(countsAfter.spentCodes, countsBefore.spentCodes);
    QCOMPARE(countsAfter.issuedCodes, countsBefore.issuedCodes);
    QCOMPARE(countsAfter.events, countsBefore.events);
    QCOMPARE(rr.store->manifest(rr.roundId)->encode(), manifestBefore);
    const auto ballotsAfter = *rr.store->ballots(rr.roundId);
    QCOMPARE(ballotsAfter.size(), ballotsBefore.size());
    QCOMPARE(ballotsAfter[0].envelope, ballotsBefore[0].envelope);
    QCOMPARE(ballotsAfter[0].signature, ballotsBefore[0].signature);
    QCOMPARE(*rr.store->events(rr.roundId), eventsBefore);
    QCOMPARE(rr.store->keys()->size(), keysBefore.size());
    // And voting goes on after the reopen.
    auto second = rr.cast(1, approvalBallot({2}));
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QVERIFY(second->receipt != receipt->receipt);
}

void TestBallotStore::otherApplicationDatabaseRefused_data()
{
    QTest::addColumn<qlonglong>("applicationId");
    QTest::addColumn<bool>("withTable");
    QTest::newRow("application id 0 with a table") << qlonglong(0) << true;
    QTest::newRow("another application's id, empty") << qlonglong(0x12345678) << false;
    QTest::newRow("another application's id with a table") << qlonglong(0x47504B47) << true; // GeoPackage
}

void TestBallotStore::otherApplicationDatabaseRefused()
{
    QFETCH(qlonglong, applicationId);
    QFETCH(bool, withTable);
    {
        RawConnection raw(dbPath());
        QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
        QVERIFY(raw.exec(u"PRAGMA application_id=%1"_qs.arg(applicationId)));
        if (withTable) {
            QVERIFY(raw.exec(u"CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)"_qs));
            QVERIFY(raw.exec(u"INSERT INTO notes(body) VALUES('keep me')"_qs));
        } else {
            // Make sure the header is written.
            QVERIFY(raw.exec(u"PRAGMA user_version=0"_qs));
            QVERIFY(raw.exec(u"CREATE TABLE t(x)"_qs));
            QVERIFY(raw.exec(u"DROP TABLE t"_qs));
        }
    }
    auto st = BallotStore::open(dbPath());
    QVERIFY2(!st.ok(), "another application's database was opened");
    QVERIFY2(st.error().contains(u"not a pbvote database"_qs), qPrintable(st.error()));
    QVERIFY2(st.error().contains(dbPath()), qPrintable(st.error()));
    QVERIFY2(st.error().contains(QString::number(applicationId, 16)), qPrintable(st.error()));
    // Nothing was added to it.
    RawConnection raw(dbPath());
    QCOMPARE(raw.value(u"SELECT count(*) FROM sqlite_schema WHERE name='rounds'"_qs).toInt(), 0);
    QCOMPARE(raw.value(u"PRAGMA application_id"_qs).toLongLong(), applicationId);
}

void TestBallotStore::nonSqliteFileRefusedAndLeftAlone()
{
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray text = QByteArray("These are my notes, not a database.\n").repeated(200);
    f.write(text);
    f.close();
    auto st = BallotStore::open(dbPath());
    QVERIFY2(!st.ok(), "a text file was opened as a database");
    QVERIFY2(st.error().contains(u"not a readable SQLite database"_qs), qPrintable(st.error()));
    QVERIFY2(st.error().contains(dbPath()), qPrintable(st.error()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), text);
}

void TestBallotStore::newerSchemaRefused()
{
    {
        auto st = BallotStore::open(dbPath());
        QVERIFY2(st.ok(), qPrintable(st.error()));
    }
    {
        RawConnection raw(dbPath());
        QVERIFY(raw.exec(u"PRAGMA user_version=%1"_qs.arg(SchemaVersion + 1)));
    }
    auto st = BallotStore::open(dbPath());
    QVERIFY2(!st.ok(), "a database of a newer schema was opened");
    QVERIFY2(st.error().contains(u"newer pbvote"_qs) && st.error().contains(u"schema %1"_qs.arg(SchemaVersion + 1)), qPrintable(st.error()));
    RawConnection raw(dbPath());
    QCOMPARE(raw.value(u"PRAGMA user_version"_qs).toInt(), SchemaVersion + 1);
}

void TestBallotStore::otherKioskDatabaseRefused()
{
    ReadyRound rr;
    QVERIFY(makeReadyRound(rr, dbPath(), sampleRound()).ok());
    QVERIFY(rr.store->boundKioskId().isEmpty());
    auto receipt = rr.cast(0, approvalBallot({1}));
    QVERIFY2(receipt.ok(), qPrintable(receipt.error()));
    QCOMPARE(rr.store->boundKioskId(), u"K1"_qs);
    rr.store.reset();

    StoreOptions k2;
    k2.kioskId = u"K2"_qs;
    auto wrong = BallotStore::open(dbPath(), k2);
    QVERIFY2(!wrong.ok(), "kiosk K2 opened kiosk K1's database");
    QVERIFY2(wrong.error().contains(u"K1"_qs) && wrong.error().contains(u"K2"_qs), qPrintable(wrong.error()));

    StoreOptions k1;
    k1.kioskId = u"K1"_qs;
    auto right = BallotStore::open(dbPath(), k1);
    QVERIFY2(right.ok(), qPrintable(right.error()));
    right->reset();
    auto organizer = BallotStore::open(dbPath());
    QVERIFY2(organizer.ok(), qPrintable(organizer.error()));
    QCOMPARE((*organizer)->boundKioskId(), u"K1"_qs);
}

void TestBallotStore::draftOnlyEditing()
{
    ReadyRound rr;
    ReadyRoundOptions opts;
    opts.open = false;
    QVERIFY(makeReadyRound(rr, dbPath(), sampleRound(), opts).ok());
    BallotStore &st = *rr.store;
    // While a draft, the ballot can change.
    QVERIFY2(st.addProject(rr.roundId, {u"P6"_qs, u"Fountain"_qs, QString(), 50, QString(), QString()}).ok(),
             "adding a project to a draft");
    QVERIFY(st.addDistrict(rr.roundId, {u"N"_qs, u"North"_qs, 100}).ok());
    BallotRules rules = rr.round.rules;
    rules.maxSelections = 3;
    QVERIFY(st.setRules(rr.roundId, rules).ok());
    // A change that breaks the round is refused even in a draft.
    const Status dup = st.addProject(rr.roundId, {u"P6"_qs, u"Again"_qs, QString(), 50, QString(), QString()});
    QVERIFY(!dup.ok());
    QVERIFY2(dup.error().contains(u"P6"_qs), qPrintable(dup.error()));

    const auto authority = st.roundKeys(rr.roundId);
    QVERIFY(authority.ok());
    QVERIFY(st.openRound(rr.roundId, u"org-%1"_qs.arg(rr.roundId), rr.authority.secretKey).ok());
    const Round opened = *st.round(rr.roundId);
    QCOMPARE(opened.projects.size(), size_t(6));

    const Status p = st.addProject(rr.roundId, {u"P7"_qs, u"Late"_qs, QString(), 10, QString(), QString()});
    QVERIFY2(!p.ok(), "a project was added to an open round");
    QVERIFY2(p.error().contains(u"draft"_qs) && p.error().contains(u"open"_qs), qPrintable(p.error()));
    QVERIFY(!st.addDistrict(rr.roundId, {u"S"_qs, u"South"_qs, 100}).ok());
    rules.maxSelections = 1;
    QVERIFY(!st.setRules(rr.roundId, rules).ok());
    QVERIFY(!st.registerKiosk(rr.roundId, u"K9"_qs, crypto::SigningKeyPair::generate().publicKey).ok());
    QVERIFY(!st.setElectionKey(rr.roundId, u"election-%1"_qs.arg(rr.roundId)).ok());
    const Round still = *st.round(rr.roundId);
    QVERIFY(still.projects == opened.projects);
    QVERIFY(still.districts == opened.districts);
    QVERIFY(still.rules == opened.rules);
    // The manifest still matches the round as stored.
    QVERIFY(st.manifest(rr.roundId)->projects == still.projects);
    // A round opens once.
    const Status again = st.openRound(rr.roundId, u"org-%1"_qs.arg(rr.roundId), rr.authority.secretKey);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(u"already open"_qs), qPrintable(again.error()));
}

void TestBallotStore::openRoundNeedsKeysAndKiosk()
{
    auto opened = BallotStore::open(dbPath());
    QVERIFY(opened.ok());
    BallotStore &st = **opened;
    auto id = st.createRound(sampleRound());
    QVERIFY(id.ok());
    const crypto::SigningKeyPair authority = crypto::SigningKeyPair::generate();
    QVERIFY(st.storeKey({KeyKind::Authority, u"org"_qs, authority.publicKey, QByteArray("x")}).ok());
    Status s = st.openRound(*id, u"org"_qs, authority.secretKey);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u"kiosk"_qs), qPrintable(s.error()));
    QVERIFY2(st.checkCanOpen(*id).error() == s.error(), qPrintable(st.checkCanOpen(*id).error()));
    QVERIFY(st.registerKiosk(*id, u"K1"_qs, crypto::SigningKeyPair::generate().publicKey).ok());
    QVERIFY(st.checkCanOpen(*id)); // keys apart, it could open
    s = st.openRound(*id, u"org"_qs, authority.secretKey);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u"election key"_qs), qPrintable(s.error()));
    const crypto::BoxKeyPair election = crypto::BoxKeyPair::generate();
    QVERIFY(st.storeKey({KeyKind::Election, u"e"_qs, election.publicKey, QByteArray("x")}).ok());
    QVERIFY(st.setElectionKey(*id, u"e"_qs).ok());
    // The wrong secret key for the named authority is refused.
    const crypto::SigningKeyPair impostor = crypto::SigningKeyPair::generate();
    s = st.openRound(*id, u"org"_qs, impostor.secretKey);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u"not the authority key"_qs), qPrintable(s.error()));
    QCOMPARE(st.round(*id)->state, RoundState::Draft);
    s = st.openRound(*id, u"org"_qs, authority.secretKey);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(st.round(*id)->state, RoundState::Open);
}

void TestBallotStore::openingNeedsZeroTotals()
{
    // INTEGRITY.md §c 48 (VVSG 1.1.3-B, zero totals): a round opens only while it holds no
    // ballot. One smuggled into a draft round's table (a tampered or reused database)
    // stops it opening, and nothing is signed.
    ReadyRoundOptions opts;
    opts.open = false;
    ReadyRound rr;
    QVERIFY(makeReadyRound(rr, dbPath(), sampleRound(), opts).ok());
    {
        RawConnection raw(dbPath());
        const QVariantList values{qlonglong(rr.roundId), crypto::randomBytes(16), QByteArray("PBVENV01"),
                                  QByteArray(64, '\0')};
        QVERIFY2(raw.exec(u"INSERT INTO ballots(round_id, ballot_id, kiosk_id, batch, envelope, signature) "
                          "VALUES(?, ?, 'K1', 1, ?, ?)"_qs,
                          values),
                 qPrintable(raw.lastError()));
    }
    const int64_t events = rr.store->counts(rr.roundId)->events;
    const Status open = rr.store->openRound(rr.roundId, u"org-%1"_qs.arg(rr.roundId), rr.authority.secretKey);
    QVERIFY(!open.ok());
    QVERIFY2(open.error().contains(u"already holds ballots"_qs), qPrintable(open.error()));
    QCOMPARE(rr.store->round(rr.roundId)->state, RoundState::Draft);
    QCOMPARE(rr.store->counts(rr.roundId)->events, events); // no "opened" event
    RawConnection raw(dbPath());
    QVERIFY(raw.value(u"SELECT manifest FROM rounds WHERE id=?"_qs, {qlonglong(rr.roundId)}).isNull());
    // Once the stray ballot is gone, the round opens.
    QVERIFY(raw.exec(u"DELETE FROM ballots WHERE round_id=?"_qs, {qlonglong(rr.roundId)}));
    const Status reopened = rr.store->openRound(rr.roundId, u"org-%1"_qs.arg(rr.roundId), rr.authority.secretKey);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
}

void TestBallotStore::closedRoundNeverReopens()
{
    // INTEGRITY.md §c 49 (VVSG 1.1.7-E): after the final close nothing takes voting up
    // again, before or after a restart: not opening, resuming, suspending, closing again
    // or casting. pbvote has no override (closed -> open is no transition); only a hand
    // edit of the database could, and the verifier sees the voting events it leaves
    // after the close (EVENT_AFTER_CLOSE).
    ReadyRound rr;
    QVERIFY(makeReadyRound(rr, dbPath(), sampleRound()).ok());
    QVERIFY(rr.cast(0, approvalBallot({1})).ok());
    QVERIFY(rr.store->close(rr.roundId, &rr.kiosk.secretKey).ok());
    const RoundCounts before = *rr.store->counts(rr.roundId);
    for (int restart = 0; restart < 2; ++restart) {
        if (restart)
            QVERIFY(rr.reopen().ok());
        const Status open = rr.store->openRound(rr.roundId, u"org-%1"_qs.arg(rr.roundId), rr.authority.secretKey);
        QVERIFY(!open.ok());
        QVERIFY2(open.error().contains(u"closed"_qs), qPrintable(open.error()));
        QVERIFY(!rr.store->resume(rr.roundId).ok());
        QVERIFY(!rr.store->suspend(rr.roundId, rr.kiosk.secretKey).ok());
        QVERIFY(!rr.store->close(rr.roundId, &rr.kiosk.secretKey).ok());
        auto late = rr.cast(1, approvalBallot({2}));
        QVERIFY(!late.ok());
        QVERIFY2(late.error().contains(u"closed"_qs), qPrintable(late.error()));
        QCOMPARE(rr.store->round(rr.roundId)->state, RoundState::Closed);
    }
    const RoundCounts after = *rr.store->counts(rr.roundId);
    QCOMPARE(after.ballots, before.ballots);
    QCOMPARE(after.spentCodes, before.spentCodes);
    QCOMPARE(after.checkpoints, before.checkpoints);
    QCOMPARE(*rr.store->codeStatus(rr.roundId, rr.codes[1]), CodeStatus::Unused);
}

QTEST_GUILESS_MAIN(TestBallotStore)
#include "TestBallotStore.moc"
