#pragma once

#include "crypto/Crypto.h"
#include "model/Ballot.h"
#include "model/Round.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <functional>
#include <cstdint>
#include <span>
#include <vector>

// The signed records of a round: every byte that is signed or hashed is produced here,
// and docs/records.md describes each layout. Decoders re-encode and compare, so only
// canonical bytes are accepted.
namespace pbvote::record {

// Signature domains (signed bytes are domain ‖ 0x00 ‖ record).
inline constexpr char ManifestDomain[] = "pbvote/v1/manifest";
inline constexpr char BallotDomain[] = "pbvote/v1/ballot";
inline constexpr char CheckpointDomain[] = "pbvote/v1/checkpoint";
inline constexpr char ResultDomain[] = "pbvote/v1/result";
inline constexpr char TallyDomain[] = "pbvote/v1/tally";
// BLAKE2b personalisations (≤ 16 bytes).
inline constexpr char ManifestHashPersonal[] = "PBV-manifest-v1";
inline constexpr char BallotLeafPersonal[] = "PBV-ballot-v1";
inline constexpr char BallotTreePersonal[] = "PBV-btree-v1";
inline constexpr char CodeTreePersonal[] = "PBV-ctree-v1";
inline constexpr char CodeHashPersonal[] = "PBV-code-v1";
inline constexpr char EventHashPersonal[] = "PBV-event-v1";
inline constexpr char CheckpointPersonal[] = "PBV-checkpt-v1";
inline constexpr char WitnessPersonal[] = "PBV-witness-v1";
inline constexpr char ReceiptPersonal[] = "PBV-receipt-v1";

inline constexpr int BallotIdBytes = 16;
inline constexpr int MagicBytes = 8; // every binary record starts with 8 bytes naming its kind
inline constexpr int ElectionIdBytes = 16;

struct KioskEntry
{
    QString id;
    QByteArray publicKey; // Ed25519, 32 bytes
    bool operator==(const KioskEntry &) const = default;
};

// What the organizer signs when a round opens: everything a ballot is cast against.
struct Manifest
{
    QByteArray electionId;          // 16 bytes
    QString name;
    QString currency;
    int64_t budget = 0;
    BallotRules rules;
    std::vector<District> districts;
    std::vector<Project> projects;  // ballot order
    QByteArray electionPublicKey;   // X25519, 32 bytes
    QByteArray authorityPublicKey;  // Ed25519, 32 bytes
    std::vector<KioskEntry> kiosks; // sorted by id, unique
    uint32_t paddedBallotSize = 0;  // every sealed plaintext is padded to this length
    // Format 2 ("PBVMAN02") adds the counting rule chosen before opening and the planned
    // voting period; format 1 ("PBVMAN01", rounds opened before) has neither and still
    // decodes (version 1, empty rule, no period).
    int version = 2;
    QString tallyRule;              // a counting rule name, e.g. "greedy"
    int64_t votingOpens = 0;        // seconds since the epoch, UTC; 0: not planned
    int64_t votingCloses = 0;

    QByteArray encode() const;
    static Result<Manifest> decode(QByteArrayView bytes);
    // Round's content as cast against (state/ids local to a database are not included).
    Round toRound() const;
    bool operator==(const Manifest &) const = default;
};

QByteArray manifestHash(QByteArrayView manifestBytes);

// What the authority signs when it counts a closed round: everything about the count
// that is not in the manifest, so that an auditor can check the published result, the
// published opened ballots and the access codes against signed data.
struct TallyStatement
{
    QByteArray manifestHash;          // 32
    QString rule;                     // counting rule name
    QString tieBreak;                 // tie-breaking name
    uint64_t issuedCodes = 0;         // access codes issued for the round
    QByteArray issuedCodeRoot;        // 32: Merkle root (PBV-itree-v1) of the issued code hashes, sorted
    std::vector<QString> revokedKiosks; // sorted, unique: their ballots are not counted
    uint64_t ballotsCounted = 0;
    uint64_t ballotsExcluded = 0;     // ballots of revoked kiosks
    QByteArray openedBallotsHash;     // 32: BLAKE2b (PBV-opened-v1) of the opened ballots list
    uint64_t eventCount = 0;          // events in the round's log when it was counted
    QByteArray eventHead;             // 32: hash of the last of them
    QByteArray resultHash;            // 32: BLAKE2b (PBV-result-v1) of the result JSON bytes

    QByteArray encode() const;
    static Result<TallyStatement> decode(QByteArrayView bytes);
    bool operator==(const TallyStatement &) const = default;
};
// The Merkle root of the issued code hashes in ascending order (sorted here if they are not).
QByteArray issuedCodeRoot(std::span<const QByteArray> hashes);
QByteArray resultHash(QByteArrayView resultJson);
// The opened ballots of a round, published without their ballot ids: each is the
// canonical choices (u16 count, then per choice u16 position and u32 value), and the
// list is sorted by those bytes, so that its order says nothing about casting or about
// the sealed ballots' order. Encoded as u32 count ‖ (bytes-prefixed entries).
QByteArray encodeOpenedBallots(std::vector<Ballot> ballots);
Result<std::vector<Ballot>> decodeOpenedBallots(QByteArrayView bytes);
QByteArray openedBallotsHash(QByteArrayView encodedOpenedBallots);
// Padded plaintext length for a round: room for its largest valid ballot, plus padding.
uint32_t paddedBallotSizeFor(const Round &round);

// The plaintext sealed inside a ballot: bound to the manifest and the ballot id so a
// sealed box cannot be moved into another ballot or another round.
struct BallotPlaintext
{
    QByteArray manifestHash; // 32
    QByteArray ballotId;     // 16
    BallotKind kind = BallotKind::Approval;
    Ballot ballot;           // canonical

    QByteArray encode() const;
    static Result<BallotPlaintext> decode(QByteArrayView bytes);
};

// What the kiosk signs for each ballot.
struct BallotEnvelope
{
    QByteArray manifestHash; // 32
    QString kioskId;
    uint32_t batch = 0;
    QByteArray ballotId;     // 16, random
    QByteArray sealed;       // crypto_box_seal of the padded plaintext

    QByteArray encode() const;
    static Result<BallotEnvelope> decode(QByteArrayView bytes);
    // decode() for a reader that keeps `bytes` alive and unchanged while it uses the result
    // (the verifier, which decodes 100,000 envelopes): the binary fields are views of
    // `bytes` (QByteArray::fromRawData), and the kiosk id is `sharedKioskId(raw)` when that
    // gives a string (it must be the id those bytes spell), so that a well-formed envelope
    // allocates nothing. Anything else (a kiosk id that is not ASCII, any malformed
    // envelope) goes through decode(): the result, and every refusal, are decode()'s.
    static Result<BallotEnvelope> decodeShared(
        const QByteArray &bytes, const std::function<QString(QByteArrayView)> &sharedKioskId = {});
};

// The short code a voter takes away: derived from the signed envelope, reveals nothing
// of the vote. Format XXXX-XXXX-XXXX-XXXX (80 bits).
QString receiptCode(QByteArrayView envelope, QByteArrayView signature);
// The same code as ASCII held by value (for the verifier, which makes one per ballot).
inline constexpr int ReceiptCodeBytes = 10;
using ReceiptCodeText = std::array<char, crypto::shortCodeLength(ReceiptCodeBytes)>;
ReceiptCodeText receiptCodeText(QByteArrayView envelope, QByteArrayView signature);
// Leaf hash of a signed ballot for the Merkle tree in checkpoints.
QByteArray ballotLeaf(QByteArrayView envelope, QByteArrayView signature);
crypto::Digest ballotLeafDigest(QByteArrayView envelope, QByteArrayView signature);
// Hash under which an access code is stored: keyed BLAKE2b of the normalised code,
// keyed by the round's election id.
QByteArray accessCodeHash(QByteArrayView electionId, const QString &normalisedCode);

enum class CheckpointKind : uint8_t { Suspend = 1, Close = 2 };

// Signed by the kiosk at each suspension and at the close: how many ballots and spent
// codes the batch holds, their Merkle roots, the event log head, and the previous
// checkpoint's hash. Poll workers write down its witness code.
struct Checkpoint
{
    QByteArray manifestHash;     // 32
    QString kioskId;
    uint32_t batch = 0;          // 1, 2, ...
    CheckpointKind kind = CheckpointKind::Suspend;
    QByteArray previous;         // hash of the previous signed checkpoint, 32 zero bytes first
    uint64_t batchBallots = 0;
    QByteArray batchBallotRoot;  // merkle over ballotLeaf() in ballot-id order
    uint64_t batchCodes = 0;
    QByteArray batchCodeRoot;    // merkle over spent code hashes in byte order
    uint64_t totalBallots = 0;   // this kiosk, all batches so far
    uint64_t eventCount = 0;     // events in the round's log so far
    QByteArray eventHead;        // hash of the last event, 32
    int64_t time = 0;            // seconds since the epoch, UTC

    QByteArray encode() const;
    static Result<Checkpoint> decode(QByteArrayView bytes);
};

QByteArray checkpointHash(QByteArrayView body, QByteArrayView signature);
QString witnessCode(QByteArrayView body, QByteArrayView signature);

enum class EventType : uint8_t {
    RoundCreated = 1,
    ProjectsChanged = 2,
    KeyRegistered = 3,
    CodesIssued = 4,
    Opened = 5,
    Cast = 6,
    CastRefused = 7,
    Suspended = 8,
    Resumed = 9,
    Closed = 10,
    Tallied = 11,
    Exported = 12,
    Recovery = 13,
    KioskStarted = 14,   // a kiosk program started on this database
    OperatorAccess = 15, // the operator PIN was entered right, or wrongly too often
    RoundChanged = 16,   // a draft round's settings, districts or rules changed
    KioskRevoked = 17,   // a kiosk revoked (or reinstated)
    CodesVoided = 18,    // a batch of access codes voided (or restored)
    Published = 19,      // the result was published
};
QString eventTypeName(EventType type);

// One entry of the round's hash-chained log. Holds no ballot id, no selection and
// no access code.
struct Event
{
    uint64_t seq = 0;        // 1, 2, ...
    QByteArray previous;     // hash of event seq-1 (32 zero bytes for the first)
    EventType type = EventType::RoundCreated;
    int64_t time = 0;        // seconds since the epoch, UTC
    QString kioskId;         // empty for organizer actions
    QString detail;          // human-readable, no personal data

    QByteArray encode() const;
    static Result<Event> decode(QByteArrayView bytes);
    // decode() for a reader that keeps `bytes` alive and unchanged while it uses the result
    // (the verifier, which decodes every event of a log): `previous` is a view of `bytes`,
    // and the kiosk id and detail are `sharedText(raw)` when that gives a string (it must
    // be the text those bytes spell), so that a well-formed event of ASCII text allocates
    // nothing. Anything else (text that is not ASCII, any malformed event) goes through
    // decode(): the result, and every refusal, are decode()'s.
    static Result<Event> decodeShared(
        const QByteArray &bytes, const std::function<QString(QByteArrayView)> &sharedText = {});
    QByteArray hash() const;
};

} // namespace pbvote::record
