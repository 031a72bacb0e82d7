#pragma once

#include "crypto/SecretBytes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

// The auditor's verifier: every check an independent party can run on a published
// election record (docs/election-record.md), from the record alone, plus what the
// auditor brings: the authority's key fingerprint, the poll workers' witness codes, a
// voter's receipt, and (supervised) the election secret key. GUI-free; the CLI's
// `pbvote verify` prints its report.
namespace pbvote::audit {

// The record format this verifier reads (docs/election-record.md, "Versions").
inline constexpr int ElectionRecordVersion = 2;
// A batch with fewer ballots than this (but some) gets the SMALL_BATCH warning.
inline constexpr int MinBatchBallots = 5;
// Larger files are refused before they are read.
inline constexpr qint64 MaxRecordBytes = qint64(2) * 1024 * 1024 * 1024;

// One check of the report. `problems` say exactly what is wrong: the ballot by its index
// in the record's "ballots" array and its ballot id, the kiosk and batch of a
// checkpoint, the JSON field. A warning passes but needs a person's attention; a skipped
// check did not run (nothing to check, or an option not given), and passes.
struct CheckResult
{
    QString id; // UPPER_SNAKE, e.g. "BALLOT_SIG"; stable, documented
    QString title; // what is checked, for people
    bool passed = true;
    bool warning = false;
    bool skipped = false;
    QStringList problems; // failures, or the reasons of a warning
    QStringList notes; // what was checked (counts), or why the check was skipped

    QString status() const; // "PASS", "WARN", "FAIL" or "SKIP"
};

struct VerifyOptions
{
    // The authority key's fingerprint as published (pbvote keys list). Empty: the key in
    // the record is used and MANIFEST_SIG warns that nothing pins it.
    QString authorityFingerprint;
    // The round's X25519 election secret key (32 bytes), to open every sealed ballot and
    // compare with the published opened ballots. Empty: ELECTION_KEY is skipped.
    crypto::SecretBytes electionSecretKey;
    // Witness codes the poll workers wrote down at each checkpoint.
    QStringList witnessCodes;
    // A voter's receipt code to look up.
    QString receipt;
    // Threads for signature checks (0: one per core).
    int threads = 0;
    // The moment of verification in seconds since the epoch (0: now). EVENT_TIME fails an
    // event dated more than a day after it.
    qint64 now = 0;
};

// The answer to --receipt.
struct ReceiptAnswer
{
    bool asked = false;
    bool found = false;
    bool signatureValid = false; // its kiosk's signature verifies against the manifest
    bool counted = false; // its kiosk is not revoked in any tally statement
    qsizetype index = -1; // in the record's "ballots"
    QString ballotId; // hex
    QString kioskId;
    uint32_t batch = 0;
};

// How long a phase of the verification took: wall-clock, and CPU time of all threads.
struct PhaseTiming
{
    QString phase;
    qint64 wallMs = 0;
    qint64 cpuMs = 0;
};

struct VerifyReport
{
    std::vector<CheckResult> checks; // in the documented order
    ReceiptAnswer receipt;
    // What the record says, once it could be read (for the report's heading).
    int version = 0;
    QString electionName;
    QString electionId; // hex
    QString authorityFingerprint; // of the key in the manifest
    bool authorityPinned = false; // --authority given and equal
    qint64 ballots = 0;
    qint64 kiosks = 0;
    qint64 checkpoints = 0;
    qint64 events = 0;
    qint64 results = 0;
    std::vector<PhaseTiming> timings; // in order; the sum is the whole verification

    // True when no check failed (warnings and skipped checks pass).
    bool ok() const;
    const CheckResult *check(const QString &id) const;
    QStringList failedIds() const;
    QStringList warningIds() const;
    QJsonObject toJson() const;
    QString toText() const;
};

// Runs every check on the bytes of a record. Never throws, whatever the bytes.
VerifyReport verifyRecord(QByteArrayView recordBytes, const VerifyOptions &options);
// Reads `path` (refused over MaxRecordBytes or unreadable: RECORD_FORMAT fails with the
// reason) and verifies it.
VerifyReport verifyRecordFile(const QString &path, const VerifyOptions &options);

// Reads an election secret key file: 64 hex digits (surrounding white space allowed),
// straight into secure memory.
Result<crypto::SecretBytes> readElectionKeyFile(const QString &path);

// The JSON text without its insignificant white space (space, tab, CR, LF outside
// strings); string contents are left as they are. The canonical-JSON rule compares this
// with the compact re-serialisation of the parsed document.
QByteArray stripJsonWhitespace(QByteArrayView json);

} // namespace pbvote::audit
