#pragma once

#include "model/Ballot.h"
#include "model/Round.h"
#include "util/Result.h"

namespace pbvote {

// Puts a ballot in canonical form (sorted positions for approval, knapsack and
// cumulative; ranks renumbered 1..n in preference order for ordinal) and checks it
// against the round's rules. The message names the rule a refused ballot breaks,
// in words the voter understands.
Result<Ballot> canonicaliseBallot(const Round &round, const Ballot &ballot);

// Most choices any valid ballot of this round can hold (for fixed-length padding).
int maxBallotChoices(const Round &round);

} // namespace pbvote
