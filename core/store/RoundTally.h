#pragma once

#include "crypto/SecretBytes.h"
#include "rules/RuleRegistry.h"
#include "store/BallotStore.h"
#include "util/Result.h"

#include <QJsonObject>

#include <functional>

namespace pbvote::store {

// Unlocks a stored key's secret half when the tally needs it (the CLI asks for the
// passphrase, the console shows a dialog).
using KeyUnlocker = std::function<Result<crypto::SecretBytes>(KeyKind kind, const QString &name)>;

struct TallyOutput
{
    QJsonObject result; // formats::outcomeToJson plus "round" and "ballots"
    QString text;       // the same for people (formats::outcomeToText)
};

// Counts a closed round with `rule` and stores the signed result: an imported round's
// public votes as they are; a voted round's sealed ballots opened with the election key
// (every ballot checked, see openBallots), the result signed with the round's authority
// key. One stored result per rule and tie-breaking.
Result<TallyOutput> tallyRound(BallotStore &store, int64_t roundId, const QString &rule,
                               const counting::RuleOptions &options, const KeyUnlocker &unlock);

// A closed round's votes in the Pabulib format (with META from the round), for
// publication: an imported round's votes as they are, a voted round's sealed ballots
// opened with the election key. Votes are written in a fresh random order: ballot-id
// order must not reach a file of plaintext votes (the election record lists ballots and
// receipts in that order, so the k-th vote would be the k-th receipt's).
Result<QByteArray> pabulibVotes(const BallotStore &store, int64_t roundId, const KeyUnlocker &unlock,
                                int64_t *votes = nullptr);

} // namespace pbvote::store
