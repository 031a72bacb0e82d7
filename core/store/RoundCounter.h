#pragma once

#include "crypto/SecretBytes.h"
#include "rules/Outcome.h"
#include "store/BallotStore.h"
#include "util/Result.h"

namespace pbvote::store {

// Opens a closed round's ballots with the election secret key, on the organizer's
// machine. Every ballot is checked before it counts: its kiosk is registered in the
// manifest, the kiosk signature is valid, the envelope is bound to this round's
// manifest, the sealed box opens, the plaintext is bound to the same manifest and
// ballot id, and the choices follow the round's rules. One failure stops the count
// with a message naming the ballot (by position in ballot-id order, never by cast
// order) and the check that failed: nothing is counted from data that fails a check.
//
// Ballots of kiosks the organizers revoked are checked like the others but not counted;
// `excluded` (when given) receives how many, `opened` (when given) the counted ballots'
// canonical choices.
//
// The instance lists voters in ballot-id order.
Result<counting::Instance> openBallots(const BallotStore &store, int64_t roundId,
                                       const crypto::SecretBytes &electionSecretKey, size_t *excluded = nullptr,
                                       std::vector<Ballot> *opened = nullptr);

// The votes of a round imported from published data (BallotStore::importRound), in
// file order; no key is needed since they were public already.
Result<counting::Instance> importedInstance(const BallotStore &store, int64_t roundId);

// Counts with a registered rule; rounds with districts are counted per district.
Result<counting::Outcome> countRound(const Round &round, const counting::Instance &instance,
                                     const QString &ruleName, const counting::RuleOptions &options);

// Builds the counting instance shape of a round without ballots (projects, budget).
// Rounds voted with pbvote keep money in cents (moneyScale 2); imported rounds keep the
// units of their source (moneyScale 0).
counting::Instance instanceSkeleton(const Round &round, int moneyScale = 2);

} // namespace pbvote::store
