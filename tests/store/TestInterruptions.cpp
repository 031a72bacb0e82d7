// What happens when the disk fills up or the kiosk process dies, and how a voter or a
// poll worker finds out afterwards whether a ballot was recorded.
#include "../support/StoreFixture.h"

#include "audit/ElectionRecordWriter.h"
#include "audit/ReceiptLookup.h"
#include "record/Records.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace pbvote;
using namespace pbvote::testsupport;

class TestInterruptions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fullDiskRefusesTheBallotAndKeepsTheCode();
    void restartAfterACrashLogsRecovery();
    void cleanRestartLogsNothing();
    void codeStatusTellsWhetherABallotWasRecorded();
    void receiptIsFoundInThePublishedRecord();
    void tamperedOrUnknownReceiptIsReported();
    void issuingCodesIsAllOrNothing();

private:
    QString path() const { return m_dir->filePath(u"kiosk.sqlite"_qs); }
    int64_t events(const ReadyRound &rr, record::EventType type) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestInterruptions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

int64_t TestInterruptions::events(const ReadyRound &rr, record::EventType type) const
{
    int64_t n = 0;
    const auto all = rr.store->events(rr.roundId);
    if (!all)
        return -1;
    for (const QByteArray &body : *all) {
        if (record::Event::decode(body)->type == type)
            ++n;
    }
    return n;
}

void TestInterruptions::fullDiskRefusesTheBallotAndKeepsTheCode()
{
    ReadyRound rr;
    ReadyRoundOptions options;
    options.codes = 400;
    QVERIFY(makeReadyRound(rr, path(), sampleRound(), options).ok());
    // Play a full disk: the database may not grow past its size now plus a little.
    const qint64 size = QFileInfo(path()).size();
    store::StoreOptions limited;
    limited.maxDatabaseBytes = size + 8 * 4096;
    QVERIFY(rr.reopen(limited).ok());

    int cast = 0;
    int failedAt = -1;
    QString error;
    for (int i = 0; i < options.codes; ++i) {
        auto receipt = rr.cast(i, approvalBallot({0, 2}));
        if (!receipt) {
            failedAt = i;
            error = receipt.error();
            break;
        }
        ++cast;
    }
    QVERIFY2(failedAt >= 0, "the quota never filled up");
    QVERIFY2(error.contains(u"full"_qs), qPrintable(error));
    // Nothing of the refused ballot is stored, and the store is sound.
    auto counts = rr.store->counts(rr.roundId);
    QCOMPARE(counts->ballots, int64_t(cast));
    QCOMPARE(counts->spentCodes, int64_t(cast));
    QVERIFY(rr.store->integrityCheck().ok());
    QCOMPARE(*rr.store->codeStatus(rr.roundId, rr.codes[failedAt]), store::CodeStatus::Unused);

    // With room again, the same voter's code still votes.
    QVERIFY(rr.reopen().ok());
    auto again = rr.cast(failedAt, approvalBallot({0, 2}));
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(rr.store->counts(rr.roundId)->ballots, int64_t(cast + 1));
}

void TestInterruptions::restartAfterACrashLogsRecovery()
{
    ReadyRound rr;
    QVERIFY(makeReadyRound(rr, path(), sampleRound()).ok());
    QVERIFY(rr.cast(0, approvalBallot({1})).ok());
    QCOMPARE(events(rr, record::EventType::Recovery), int64_t(0));

    // A kiosk process that had the store open and died: its session stays behind.
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    QVERIFY(child > 0);
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    {
        RawConnection raw(path());
        QVERIFY(raw.exec(u"INSERT INTO sessions(token, pid, started) VALUES(?, ?, 0)"_qs,
                         {QByteArray(16, 'x'), qlonglong(child)}));
    }
    QVERIFY(rr.reopen().ok());
    QCOMPARE(events(rr, record::EventType::Recovery), int64_t(1));
    // Logged once: the dead session is gone, and voting goes on.
    QVERIFY(rr.reopen().ok());
    QCOMPARE(events(rr, record::EventType::Recovery), int64_t(1));
    QVERIFY(rr.cast(1, approvalBallot({2})).ok());
}

void TestInterruptions::cleanRestartLogsNothing()
{
    ReadyRound rr;
    QVERIFY(makeReadyRound(rr, path(), sampleRound()).ok());
    QVERIFY(rr.cast(0, approvalBallot({1})).ok());
    for (int i = 0; i < 3; ++i)
        QVERIFY(rr.reopen().ok());
    QCOMPARE(events(rr, record::EventType::Recovery), int64_t(0));
    RawConnection raw(path());
    QCOMPARE(raw.value(u"SELECT count(*) FROM sessions"_qs).toInt(), 1); // only the open store
}

void TestInterruptions::codeStatusTellsWhetherABallotWasRecorded()
{
    ReadyRound rr;
    QVERIFY(makeReadyRound(rr, path(), sampleRound()).ok());
    QCOMPARE(*rr.store->codeStatus(rr.roundId, rr.codes[0]), store::CodeStatus::Unused);
    QVERIFY(rr.cast(0, approvalBallot({1})).ok());
    QCOMPARE(*rr.store->codeStatus(rr.roundId, rr.codes[0]), store::CodeStatus::Used);
    // Typed loosely by a poll worker: lower case, no dashes.
    QCOMPARE(*rr.store->codeStatus(rr.roundId, rr.codes[0].toLower().remove(u'-')), store::CodeStatus::Used);
    QCOMPARE(*rr.store->codeStatus(rr.roundId, u"AAAA-BBBB-CCCC"_qs), store::CodeStatus::Unknown);
    QCOMPARE(*rr.store->codeStatus(rr.roundId, u"nonsense"_qs), store::CodeStatus::Unknown);
}

void TestInterruptions::receiptIsFoundInThePublishedRecord()
{
    ReadyRound rr;
    QVERIFY(makeReadyRound(rr, path(), sampleRound()).ok());
    QStringList receipts;
    for (int i = 0; i < 5; ++i) {
        auto r = rr.cast(i, approvalBallot({i % 5}));
        QVERIFY(r.ok());
        receipts << r->receipt;
    }
    QVERIFY(rr.store->close(rr.roundId, &rr.kiosk.secretKey).ok());
    auto record = audit::buildElectionRecord(*rr.store, rr.roundId);
    QVERIFY2(record.ok(), qPrintable(record.error()));
    for (const QString &receipt : receipts) {
        auto check = audit::checkReceipt(*record, receipt);
        QVERIFY2(check.ok(), qPrintable(check.error()));
        QVERIFY(check->found);
        QVERIFY(check->signatureValid);
        QCOMPARE(check->kioskId, rr.kioskId);
        QCOMPARE(check->batch, quint32(1));
    }
    // Typed with the usual slips (lower case, no dashes) it is still found.
    QVERIFY(audit::checkReceipt(*record, receipts[0].toLower().remove(u'-'))->found);
}

void TestInterruptions::tamperedOrUnknownReceiptIsReported()
{
    ReadyRound rr;
    QVERIFY(makeReadyRound(rr, path(), sampleRound()).ok());
    auto receipt = rr.cast(0, approvalBallot({1}));
    QVERIFY(receipt.ok());
    QVERIFY(rr.store->close(rr.roundId, &rr.kiosk.secretKey).ok());
    auto record = audit::buildElectionRecord(*rr.store, rr.roundId);
    QVERIFY(record.ok());

    auto unknown = audit::checkReceipt(*record, u"AAAA-BBBB-CCCC-DDDD"_qs);
    QVERIFY(unknown.ok());
    QVERIFY(!unknown->found);
    QVERIFY(!audit::checkReceipt(*record, u"not a receipt"_qs).ok());
    QVERIFY(!audit::checkReceipt(QJsonObject{{u"format"_qs, u"other"_qs}}, receipt->receipt).ok());

    // The record's published "receipt" field is not trusted: a ballot whose signature was
    // replaced keeps its listed receipt but is no longer found under the voter's code.
    QJsonObject tampered = *record;
    QJsonArray ballots = tampered[u"ballots"_qs].toArray();
    QJsonObject b = ballots[0].toObject();
    QByteArray sig = QByteArray::fromBase64(b[u"signature"_qs].toString().toLatin1());
    sig[10] = char(sig[10] ^ 0x01);
    b[u"signature"_qs] = QString::fromLatin1(sig.toBase64());
    ballots[0] = b;
    tampered[u"ballots"_qs] = ballots;
    QVERIFY(!audit::checkReceipt(tampered, receipt->receipt)->found);

    // A manifest re-signed by someone else: the ballot is found, its signature chain is not valid.
    QJsonObject forged = *record;
    QByteArray msig = QByteArray::fromBase64(forged[u"manifest_signature"_qs].toString().toLatin1());
    msig[3] = char(msig[3] ^ 0x40);
    forged[u"manifest_signature"_qs] = QString::fromLatin1(msig.toBase64());
    auto check = audit::checkReceipt(forged, receipt->receipt);
    QVERIFY(check->found);
    QVERIFY(!check->signatureValid);
}

void TestInterruptions::issuingCodesIsAllOrNothing()
{
    ReadyRound rr;
    QVERIFY(makeReadyRound(rr, path(), sampleRound()).ok());
    const int64_t before = rr.store->counts(rr.roundId)->issuedCodes;
    // The printer jams after three codes: none of the batch may stay valid.
    int written = 0;
    Status s = rr.store->issueCodes(rr.roundId, 10, [&](QByteArrayView) {
        return ++written <= 3 ? Status() : Status::failure(u"printer jammed"_qs);
    });
    QVERIFY(!s.ok());
    QCOMPARE(s.error(), u"printer jammed"_qs);
    QCOMPARE(rr.store->counts(rr.roundId)->issuedCodes, before);
    // A working sink sees every code once, in the shape voters type.
    QStringList seen;
    s = rr.store->issueCodes(rr.roundId, 25, [&](QByteArrayView code) {
        seen << QString::fromLatin1(code);
        return Status();
    });
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(seen.size(), 25);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 25);
    for (const QString &c : seen)
        QCOMPARE(*rr.store->codeStatus(rr.roundId, c), store::CodeStatus::Unused);
    QCOMPARE(rr.store->counts(rr.roundId)->issuedCodes, before + 25);
}

QTEST_GUILESS_MAIN(TestInterruptions)
#include "TestInterruptions.moc"
