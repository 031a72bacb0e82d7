#pragma once

// Test support for the auditor's report and window: a genuine election record built as
// organizers make one (a round opened, ballots cast at a kiosk, voting closed, counted
// with the round's rule, the record written), and a copy with one ballot's signature
// altered. Header-only, for tests/audit and tests/console.

#include "StoreFixture.h"

#include "audit/ElectionRecordWriter.h"
#include "crypto/Crypto.h"
#include "record/Records.h"
#include "store/RoundTally.h"

#include <QDebug>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pbvote::testsupport {

struct GenuineRecord
{
    ReadyRound rr;
    QString path; // the record file
    QByteArray bytes; // as written
    QString fingerprint; // the authority key's, as the city publishes it
    QStringList receipts; // in cast order
    QStringList witnesses; // of every checkpoint in the record
};

// Round "Test round" (sampleRound, approval) at kiosk K1: `ballots` ballots cast (by
// default enough that the verifier finds no batch too small to keep its voters apart),
// voting closed, counted with greedy, the record written to `recordPath`. False (with a warning
// naming the step) when a step fails.
inline bool makeGenuineRecord(GenuineRecord &g, const QString &dbPath, const QString &recordPath, int ballots = 8)
{
    if (Status s = makeReadyRound(g.rr, dbPath, sampleRound(BallotKind::Approval), {.codes = ballots}); !s) {
        qWarning() << "makeReadyRound:" << s.error();
        return false;
    }
    for (int i = 0; i < ballots; ++i) {
        auto receipt = g.rr.cast(i, approvalBallot({i % 5, (i + 2) % 5}));
        if (!receipt) {
            qWarning() << "cast" << i << receipt.error();
            return false;
        }
        g.receipts << receipt->receipt;
    }
    if (auto closed = g.rr.store->close(g.rr.roundId, &g.rr.kiosk.secretKey); !closed) {
        qWarning() << "close:" << closed.error();
        return false;
    }
    auto unlock = [&g](store::KeyKind kind, const QString &) -> Result<crypto::SecretBytes> {
        return crypto::SecretBytes::copyOf(
            (kind == store::KeyKind::Election ? g.rr.election.secretKey : g.rr.authority.secretKey).view());
    };
    if (auto t = store::tallyRound(*g.rr.store, g.rr.roundId, u"greedy"_qs, {}, unlock); !t) {
        qWarning() << "tallyRound:" << t.error();
        return false;
    }
    if (Status s = audit::writeElectionRecord(*g.rr.store, g.rr.roundId, recordPath); !s) {
        qWarning() << "writeElectionRecord:" << s.error();
        return false;
    }
    QFile f(recordPath);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    g.path = recordPath;
    g.bytes = f.readAll();
    g.fingerprint = crypto::shortCode("PBV-fingerprint", g.rr.authority.publicKey, 10);
    const QJsonObject record = QJsonDocument::fromJson(g.bytes).object();
    for (const QJsonValue &c : record[u"checkpoints"_qs].toArray())
        g.witnesses << c.toObject()[u"witness"_qs].toString();
    return true;
}

// The record's bytes with one character in the middle of ballot `index`'s signature
// (base64) replaced by another base64 character: still valid JSON and base64, but a
// different signature. `ballotIdHex` receives that ballot's id. Empty on failure.
inline QByteArray withBallotSignatureAltered(const QByteArray &recordBytes, qsizetype index, QString *ballotIdHex)
{
    const QJsonObject record = QJsonDocument::fromJson(recordBytes).object();
    const QJsonObject ballot = record[u"ballots"_qs].toArray().at(index).toObject();
    const QByteArray signature = ballot[u"signature"_qs].toString().toLatin1();
    auto envelope
        = record::BallotEnvelope::decode(QByteArray::fromBase64(ballot[u"envelope"_qs].toString().toLatin1()));
    if (signature.size() < 40 || !envelope || recordBytes.count(signature) != 1)
        return {};
    if (ballotIdHex)
        *ballotIdHex = QString::fromLatin1(envelope->ballotId.toHex());
    QByteArray altered = signature;
    altered[20] = altered[20] == 'A' ? 'B' : 'A';
    QByteArray out = recordBytes;
    out.replace(signature, altered);
    return out;
}

} // namespace pbvote::testsupport
