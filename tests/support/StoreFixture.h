#pragma once

// Test support: rounds ready for voting, built in memory (keys are generated here and
// never encrypted with a passphrase), and small helpers to look at the raw database.

#include "crypto/Crypto.h"
#include "model/Ballot.h"
#include "model/Round.h"
#include "store/BallotStore.h"
#include "util/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <memory>

namespace pbvote::testsupport {

// A small valid round of the given kind: five city-wide projects P1..P5 costing
// 100, 200, 300, 400, 500 with a budget of 1000 (cumulative: 10 points, ordinal: 3 ranks).
Round sampleRound(BallotKind kind = BallotKind::Approval);

// Approval-style ballot (value 1) on the given project positions.
Ballot approvalBallot(std::initializer_list<int> positions);

struct ReadyRoundOptions
{
    QString kioskId = QStringLiteral("K1");
    int codes = 10;
    bool open = true;                    // false: stays a draft (keys registered, codes issued)
    store::StoreOptions storeOptions = {}; // kioskId left empty unless set here
};

// Everything a test needs to vote in a round: the open store, the round id, the secret
// halves of the authority, election and kiosk keys, and the plain access codes.
struct ReadyRound
{
    std::unique_ptr<store::BallotStore> store;
    int64_t roundId = 0;
    Round round;
    QString kioskId;
    crypto::SigningKeyPair authority;
    crypto::BoxKeyPair election;
    crypto::SigningKeyPair kiosk;
    QStringList codes;

    // Casts `ballot` with the kiosk key and codes[codeIndex].
    Result<store::CastReceipt> cast(int codeIndex, const Ballot &ballot);
    // Reopens the store (closing the current connection first).
    Status reopen(const store::StoreOptions &options = {});
};

// Creates the database at `path` (or adds to it), a round from `round`, fresh keys
// (kiosk key reused from `sameKioskKey` when given), registers the kiosk, issues codes
// and opens the round. Fails with the store's message.
Status makeReadyRound(ReadyRound &out, const QString &path, const Round &round,
                      const ReadyRoundOptions &options = {}, const crypto::SigningKeyPair *sameKioskKey = nullptr);

// The database file followed by its -wal file (if any): what is on disk.
QByteArray diskBytes(const QString &dbPath);

// A separate Qt SQL connection on the same file (for raw reads and tampering), closed
// and removed on destruction.
class RawConnection
{
public:
    explicit RawConnection(const QString &path);
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    QSqlDatabase db() const;
    bool isOpen() const;
    // First column of the first row; invalid QVariant on no row or error (see lastError).
    QVariant value(const QString &sql, const QVariantList &binds = {}) const;
    // Runs a statement; false on error (see lastError).
    bool exec(const QString &sql, const QVariantList &binds = {}) const;
    QString lastError() const { return m_lastError; }

private:
    QString m_name;
    mutable QString m_lastError;
};

} // namespace pbvote::testsupport
