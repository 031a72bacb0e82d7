#include "audit/ElectionRecordWriter.h"

#include "crypto/Crypto.h"
#include "record/Records.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace pbvote::audit {

namespace {
// Translation context "ElectionRecord" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ElectionRecord)
};
QString b64(const QByteArray &b)
{
    return QString::fromLatin1(b.toBase64());
}
QString hex(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex());
}
} // namespace

Result<QJsonObject> buildElectionRecord(const store::BallotStore &store, int64_t roundId)
{
    using R = Result<QJsonObject>;
    auto manifest = store.manifest(roundId);
    if (!manifest)
        return R::failure(manifest.error());
    auto manifestSig = store.manifestSignature(roundId);
    if (!manifestSig)
        return R::failure(manifestSig.error());
    const QByteArray manifestBytes = manifest->encode();

    QJsonObject rec;
    rec[u"format"_qs] = u"pbvote-election-record"_qs;
    // Version 2: canonical JSON, nothing that the signed records do not determine (the
    // round's state, which changes after export, is left out). docs/election-record.md.
    rec[u"version"_qs] = 2;
    rec[u"round"_qs] = QJsonObject{{u"name"_qs, manifest->name}, {u"election_id"_qs, hex(manifest->electionId)}};
    rec[u"manifest"_qs] = b64(manifestBytes);
    rec[u"manifest_signature"_qs] = b64(*manifestSig);
    rec[u"manifest_hash"_qs] = hex(record::manifestHash(manifestBytes));
    rec[u"authority_public_key"_qs] = hex(manifest->authorityPublicKey);
    rec[u"authority_fingerprint"_qs] = crypto::shortCode("PBV-fingerprint", manifest->authorityPublicKey, 10);

    auto issued = store.issuedCodeHashes(roundId);
    if (!issued)
        return R::failure(issued.error());
    QJsonArray issuedArr;
    for (const QByteArray &h : *issued)
        issuedArr.append(hex(h));
    rec[u"issued_code_hashes"_qs] = issuedArr;

    auto spent = store.spentCodes(roundId);
    if (!spent)
        return R::failure(spent.error());
    QJsonArray spentArr;
    for (const auto &s : *spent)
        spentArr.append(QJsonObject{{u"kiosk"_qs, s.kioskId}, {u"batch"_qs, qint64(s.batch)}, {u"hash"_qs, hex(s.hash)}});
    rec[u"spent_codes"_qs] = spentArr;

    auto ballots = store.ballots(roundId); // ballot-id order
    if (!ballots)
        return R::failure(ballots.error());
    QJsonArray ballotArr;
    for (const auto &b : *ballots) {
        ballotArr.append(QJsonObject{{u"envelope"_qs, b64(b.envelope)},
                                     {u"signature"_qs, b64(b.signature)},
                                     {u"receipt"_qs, record::receiptCode(b.envelope, b.signature)}});
    }
    rec[u"ballots"_qs] = ballotArr;

    auto checkpoints = store.checkpoints(roundId);
    if (!checkpoints)
        return R::failure(checkpoints.error());
    QJsonArray cpArr;
    for (const auto &c : *checkpoints) {
        cpArr.append(QJsonObject{{u"kiosk"_qs, c.kioskId},
                                 {u"batch"_qs, qint64(c.batch)},
                                 {u"body"_qs, b64(c.body)},
                                 {u"signature"_qs, b64(c.signature)},
                                 {u"witness"_qs, c.witness}});
    }
    rec[u"checkpoints"_qs] = cpArr;

    auto results = store.results(roundId);
    if (!results)
        return R::failure(results.error());

    // The log up to the last event a signature covers: the latest checkpoint's or tally
    // statement's event head. Later events (the export itself, publication) are signed by
    // nothing yet, so anyone could rewrite them; they go out with the next signed record.
    uint64_t signedUpTo = 0;
    for (const auto &c : *checkpoints) {
        if (auto cp = record::Checkpoint::decode(c.body))
            signedUpTo = std::max(signedUpTo, cp->eventCount);
    }
    for (const auto &r : *results) {
        if (r.statement.isEmpty())
            continue;
        if (auto st = record::TallyStatement::decode(r.statement))
            signedUpTo = std::max(signedUpTo, st->eventCount);
    }
    auto events = store.events(roundId);
    if (!events)
        return R::failure(events.error());
    QJsonArray evArr;
    for (const QByteArray &body : *events) {
        auto e = record::Event::decode(body);
        if (!e)
            return R::failure(Tr::tr("The event log is damaged: %1").arg(e.error()));
        if (e->seq > signedUpTo)
            break;
        evArr.append(QJsonObject{{u"body"_qs, b64(body)},
                                 {u"seq"_qs, qint64(e->seq)},
                                 {u"type"_qs, record::eventTypeName(e->type)},
                                 {u"time"_qs, qint64(e->time)},
                                 {u"kiosk"_qs, e->kioskId},
                                 {u"detail"_qs, e->detail},
                                 {u"hash"_qs, hex(e->hash())}});
    }
    rec[u"events"_qs] = evArr;

    QJsonArray resArr;
    for (const auto &r : *results) {
        QJsonObject entry{{u"rule"_qs, r.rule},
                          {u"result"_qs, QString::fromUtf8(r.resultJson)},
                          {u"signature"_qs, b64(r.signature)}};
        if (!r.statement.isEmpty()) {
            entry[u"statement"_qs] = b64(r.statement);
            entry[u"statement_signature"_qs] = b64(r.statementSignature);
            entry[u"opened_ballots"_qs] = b64(r.openedBallots);
        }
        resArr.append(entry);
    }
    rec[u"results"_qs] = resArr;
    return rec;
}

Status writeElectionRecord(const store::BallotStore &store, int64_t roundId, const QString &path)
{
    auto rec = buildElectionRecord(store, roundId);
    if (!rec)
        return Status::failure(rec.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = QJsonDocument(*rec).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace pbvote::audit
