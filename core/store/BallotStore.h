#pragma once

#include "crypto/SecretBytes.h"
#include "model/Ballot.h"
#include "model/Round.h"
#include "record/Records.h"
#include "store/Clock.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <vector>

class QSqlDatabase;

namespace pbvote::store {

inline constexpr int32_t ApplicationId = 0x50425654; // "PBVT"
inline constexpr int SchemaVersion = 6;

enum class KeyKind { Authority, Election, Kiosk };
QString keyKindName(KeyKind kind);
bool parseKeyKind(const QString &name, KeyKind *out);

struct StoredKey
{
    KeyKind kind = KeyKind::Kiosk;
    QString name;
    QByteArray publicKey;
    QByteArray encryptedSecret; // crypto::encryptSecret blob
};

struct StoreOptions
{
    // When set, the database must belong to this kiosk (or to none yet: it is then
    // bound to it at the first ballot). A database of another kiosk is refused.
    QString kioskId;
    const Clock *clock = nullptr; // default: system clock
    // Largest size the database may grow to (0: no limit): a quota for a kiosk's disk.
    // When it is reached a cast fails cleanly ("database or disk is full") and nothing
    // of that ballot is stored; tests use it to play a full disk.
    int64_t maxDatabaseBytes = 0;
};

enum class CodeStatus { Unknown, Unused, Used, Voided };

// What organizers may change about a draft round as a whole.
struct RoundSettings
{
    QString name;
    QString currency = QStringLiteral("EUR");
    int64_t budget = 0;
    QStringList categories;
    QDateTime votingOpens;   // invalid: not planned
    QDateTime votingCloses;  // invalid: not planned
    QString tallyRule;       // a counting rule name (see counting::allRules); empty: not chosen

    static RoundSettings of(const Round &round);
    bool operator==(const RoundSettings &) const = default;
};

// A project's title and description in one of the kiosk's languages.
struct ProjectText
{
    QString title;
    QString description;
    bool operator==(const ProjectText &) const = default;
};
// Project id → language code ("es", "vi", ...) → text.
using ProjectTranslations = std::map<QString, std::map<QString, ProjectText>>;

// A kiosk registered for a round, and what it reports: counts only, never content.
struct KioskInfo
{
    QString id;
    QString name;       // e.g. "Central Library, ground floor"
    QString location;
    QByteArray publicKey;
    bool revoked = false;
    int64_t ballots = 0;    // signed ballots from it in this database
    int64_t reported = -1;  // ballots its latest signed checkpoint states (-1: none yet)
    bool closed = false;    // its final checkpoint is signed
};

// A batch of access codes issued together (optionally for one district).
struct CodeBatchOptions
{
    QString label;     // e.g. "Central Library, week 1"
    QString district;  // empty: city-wide; else the voter of such a code votes in it
};

struct CodeBatch
{
    int number = 0;    // 0: codes issued before batches were kept
    QString label;
    QString district;
    int64_t issued = 0;
    int64_t used = 0;
    bool voided = false; // its unused codes are refused
};

struct CastReceipt
{
    QString receipt;   // the voter's receipt code
};

struct CheckpointInfo
{
    QString kioskId;
    uint32_t batch = 0;
    uint64_t ballots = 0;
    QString witness;
    bool final = false;
};

struct RoundCounts
{
    int64_t issuedCodes = 0;
    int64_t spentCodes = 0;
    int64_t ballots = 0;
    int64_t events = 0;
    int64_t checkpoints = 0;
};

// The durable store of one pbvote installation (organizer console or kiosk): rounds,
// keys (encrypted), access code hashes, signed sealed ballots, checkpoints and the
// event log, in SQLite through Qt SQL. See docs/storage.md.
class BallotStore
{
public:
    static Result<std::unique_ptr<BallotStore>> open(const QString &path, const StoreOptions &options = {});
    ~BallotStore();
    BallotStore(const BallotStore &) = delete;
    BallotStore &operator=(const BallotStore &) = delete;

    QString path() const { return m_path; }
    QString boundKioskId() const;
    // Non-fatal problems met while opening (empty when there were none).
    QString startupWarning() const { return m_startupWarning; }

    // Rounds (draft editing) ------------------------------------------------------
    Result<int64_t> createRound(const Round &round);
    Result<Round> round(int64_t id) const;
    Result<std::vector<Round>> rounds() const;
    Status addProject(int64_t roundId, const Project &project);
    // Adds several projects (with their translations) in one transaction: all or none,
    // e.g. an imported CSV file. Each is checked like addProject.
    Status addProjects(int64_t roundId, const std::vector<Project> &projects,
                       const ProjectTranslations &translations = {});
    Status addDistrict(int64_t roundId, const District &district);
    // Draft rounds only. A project keeps its id (ballots and pictures refer to it); its
    // other fields change. Removing a project removes its picture and keeps the others'
    // ballot order.
    Status updateProject(int64_t roundId, const Project &project);
    Status removeProject(int64_t roundId, const QString &projectId);
    Status setRules(int64_t roundId, const BallotRules &rules);
    // Draft rounds only: name, currency, budget, categories, voting period, tally rule.
    // `categoryRenames` (old name → new name) moves the projects of a renamed category
    // along, in the same transaction.
    Status updateRoundSettings(int64_t roundId, const RoundSettings &settings,
                               const std::map<QString, QString> &categoryRenames = {});
    // Draft rounds only; refused while a project is in the district.
    Status removeDistrict(int64_t roundId, const QString &districtId);
    // Puts a project at `position` in the organizers' order (ballot and off-ballot
    // projects share one order), e.g. to undo removeProject. Draft rounds only.
    Status insertProject(int64_t roundId, const Project &project, int position);
    // Position of a project in the organizers' order (-1 when unknown).
    Result<int> projectPosition(int64_t roundId, const QString &projectId) const;
    // A project's title and description in `language` for the kiosk (draft rounds only);
    // an empty title removes the translation. Like pictures, translations are shown to
    // voters but are not part of the signed manifest.
    Status setProjectTranslation(int64_t roundId, const QString &projectId, const QString &language,
                                 const ProjectText &text);
    Result<ProjectTranslations> projectTranslations(int64_t roundId) const;
    // A picture for a project's card on the kiosk (draft rounds only): PNG or JPEG bytes,
    // at most MaxProjectImageBytes; an empty array removes it. Pictures are shown to
    // voters but are not part of the signed manifest (titles and costs are).
    static constexpr qsizetype MaxProjectImageBytes = 2 * 1024 * 1024;
    Status setProjectImage(int64_t roundId, const QString &projectId, const QByteArray &image);
    // Whether `image` can be a project's picture (PNG or JPEG, small enough); names the
    // project in the message. Checked by setProjectImage too.
    static Status checkProjectImage(const QString &projectId, const QByteArray &image);
    // Project id → picture bytes, for the projects that have one.
    Result<std::map<QString, QByteArray>> projectImages(int64_t roundId) const;

    // Rounds imported from published data (e.g. a Pabulib file) for analysis: created
    // closed, with the votes as already-cast plain ballots (no keys, no codes).
    Result<int64_t> importRound(const Round &round, const std::vector<Ballot> &ballots, const QString &source);
    // Empty for rounds voted with pbvote.
    Result<QString> importSource(int64_t roundId) const;
    Result<std::vector<Ballot>> importedBallots(int64_t roundId) const;

    // Keys ----------------------------------------------------------------------------
    Status storeKey(const StoredKey &key);
    Result<StoredKey> key(KeyKind kind, const QString &name) const;
    Result<std::vector<StoredKey>> keys() const;
    Status setElectionKey(int64_t roundId, const QString &keyName);
    struct RoundKeys
    {
        QString election;  // empty until set
        QString authority; // empty until the round opens
    };
    Result<RoundKeys> roundKeys(int64_t roundId) const;
    Status registerKiosk(int64_t roundId, const QString &kioskId, const QByteArray &publicKey,
                         const QString &name = {}, const QString &location = {});
    // Draft rounds only (its key is not in a signed manifest yet).
    Status unregisterKiosk(int64_t roundId, const QString &kioskId);
    // Once voting opened: a revoked kiosk can cast no more, and its ballots are not
    // counted (they stay stored). Reversible until the round is tallied.
    Status setKioskRevoked(int64_t roundId, const QString &kioskId, bool revoked);
    // Sorted by id.
    Result<std::vector<KioskInfo>> kiosks(int64_t roundId) const;

    // Access codes: the plain codes exist only in the returned list; the store keeps
    // keyed hashes.
    // Issues `count` codes in one transaction, handing each plain code (UTF-8, e.g.
    // "K7QX-M2PA-R3TE") to `sink` as it is made, so a million codes never sit in memory
    // together; the sink writes them out (to a file that is committed after this returns
    // ok). A failing sink rolls everything back.
    using CodeSink = std::function<Status(QByteArrayView code)>;
    Status issueCodes(int64_t roundId, int count, const CodeSink &sink);
    // The same as one batch with a label and optionally a district; returns its number.
    Result<int> issueCodeBatch(int64_t roundId, int count, const CodeSink &sink, const CodeBatchOptions &options);
    Result<std::vector<CodeBatch>> codeBatches(int64_t roundId) const; // by number
    // Voiding refuses the batch's unused codes (used ones stay used); reversible until
    // the round closes.
    Status setCodeBatchVoided(int64_t roundId, int batch, bool voided);
    // The district a code votes in (empty: city-wide), for the kiosk to show that
    // district's ballot; fails for a code that is not the round's.
    Result<QString> codeDistrict(int64_t roundId, const QString &accessCode) const;
    // Convenience for small counts (tests, the demo): the codes in secure memory.
    Result<std::vector<crypto::SecretBytes>> issueCodes(int64_t roundId, int count);
    // What a poll worker can tell a voter whose confirmation never appeared: whether the
    // code was used (the ballot was recorded), is still unused, or is not a code of the round.
    Result<CodeStatus> codeStatus(int64_t roundId, const QString &accessCode) const;

    // Lifecycle -------------------------------------------------------------------------
    // Whether the round could open now, keys apart: a draft, valid, with projects on its
    // ballot and none still under review, a counting rule that can count its ballots,
    // and at least one registered kiosk. openRound checks the same first.
    Status checkCanOpen(int64_t roundId) const;
    // Builds the manifest from the round, its election key and kiosks, signs it with
    // the authority key and opens the round.
    Status openRound(int64_t roundId, const QString &authorityKeyName,
                     const crypto::SecretBytes &authoritySecretKey);
    Result<record::Manifest> manifest(int64_t roundId) const;
    Result<QByteArray> manifestSignature(int64_t roundId) const;

    // One transaction: spend the code, store the sealed signed ballot, log the cast.
    // Returns only after the commit succeeded.
    Result<CastReceipt> cast(int64_t roundId, const QString &kioskId,
                             const crypto::SecretBytes &kioskSecretKey, const QString &accessCode,
                             const Ballot &ballot);
    // Signs a checkpoint for this database's kiosk and pauses voting.
    Result<CheckpointInfo> suspend(int64_t roundId, const crypto::SecretBytes &kioskSecretKey);
    Status resume(int64_t roundId);
    // Signs the final checkpoint (when a kiosk cast here) and closes the round for good.
    Result<CheckpointInfo> close(int64_t roundId, const crypto::SecretBytes *kioskSecretKey);
    Status markTallied(int64_t roundId, const QString &rule, const QByteArray &resultJson,
                       const QByteArray &signature);
    // Stores the signed tally statement and the opened ballots with the count of `rule`.
    Status setTallyStatement(int64_t roundId, const QString &rule, const QByteArray &statement,
                             const QByteArray &signature, const QByteArray &openedBallots);
    // Tallied rounds only: records that the result was published (`detail` says where).
    Status markPublished(int64_t roundId, const QString &detail);

    // Reading back ----------------------------------------------------------------------
    struct SignedBallot
    {
        QByteArray ballotId;
        QString kioskId;
        uint32_t batch = 0;
        QByteArray envelope;
        QByteArray signature;
    };
    // In ballot-id order (never cast order).
    Result<std::vector<SignedBallot>> ballots(int64_t roundId) const;
    struct StoredCheckpoint
    {
        QString kioskId;
        uint32_t batch = 0;
        QByteArray body;
        QByteArray signature;
        QString witness;
    };
    Result<std::vector<StoredCheckpoint>> checkpoints(int64_t roundId) const;
    Result<std::vector<QByteArray>> events(int64_t roundId) const; // encoded, in seq order
    Result<std::vector<QByteArray>> issuedCodeHashes(int64_t roundId) const; // sorted
    struct SpentCode
    {
        QString kioskId;
        uint32_t batch = 0;
        QByteArray hash;
    };
    Result<std::vector<SpentCode>> spentCodes(int64_t roundId) const; // by kiosk, batch, hash
    struct StoredResult
    {
        QString rule;
        QByteArray resultJson;
        QByteArray signature;
        QByteArray statement;          // record::TallyStatement (empty for imported rounds
        QByteArray statementSignature; // and counts made before schema 6)
        QByteArray openedBallots;      // record::encodeOpenedBallots
    };
    Result<std::vector<StoredResult>> results(int64_t roundId) const;
    Result<RoundCounts> counts(int64_t roundId) const;
    Status logEvent(int64_t roundId, record::EventType type, const QString &detail,
                    const QString &kioskId = {});
    // PRAGMA integrity_check; ok when the database is sound.
    Status integrityCheck() const;

private:
    BallotStore() = default;
    Status initialise(const StoreOptions &options);
    Status migrate();
    Status startSession();
    Status appendEvent(int64_t roundId, record::EventType type, const QString &detail,
                       const QString &kioskId);
    Status setState(int64_t roundId, RoundState from, RoundState to);
    Result<CheckpointInfo> signCheckpoint(int64_t roundId, const crypto::SecretBytes &kioskSecretKey,
                                          record::CheckpointKind kind);
    Status bindKiosk(const QString &kioskId);
    QSqlDatabase db() const;

    struct OpenRound
    {
        record::Manifest manifest;
        QByteArray manifestHash;
        Round round;
    };
    // Manifests never change once a round is open, so casts read them once.
    Result<const OpenRound *> openRoundData(int64_t roundId) const;
    mutable std::map<int64_t, OpenRound> m_openRounds;

    QString m_path;
    QString m_connection;
    QString m_boundKiosk;
    QByteArray m_sessionToken;
    QString m_startupWarning;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock = nullptr;
};

} // namespace pbvote::store
