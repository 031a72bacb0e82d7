#pragma once

#include "model/Ballot.h"
#include "model/Round.h"
#include "rules/Instance.h"
#include "util/Result.h"

#include <vector>

namespace pbvote::formats {

struct ImportedRound
{
    Round round;
    std::vector<Ballot> ballots; // one per Pabulib voter, in file order
};

// A Pabulib election as a pbvote round: projects, budget and the ballot rules its META
// states (vote_type; min_length/max_length; max_sum_cost → knapsack; max_sum_points,
// max_points → cumulative). Scoring elections have no pbvote ballot kind and are refused.
Result<ImportedRound> roundFromPabulib(const counting::Instance &instance, const QString &sourceName);

// The META a Pabulib file of a round should carry (description, budget, vote_type,
// num_projects, num_votes, constraints), merged into the instance.
void fillPabulibMeta(const Round &round, counting::Instance &instance);

} // namespace pbvote::formats
