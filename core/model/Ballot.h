#pragma once

#include <cstdint>
#include <vector>

namespace pbvote {

// A voter's choices, by project position in the round (Round::projects index).
// Canonical form (see BallotValidator::canonicalise):
//  approval/knapsack: ascending positions, value 1;
//  cumulative: ascending positions, value = points (>0);
//  ordinal: in preference order, value = rank 1..n.
struct BallotChoice
{
    int project = -1;
    int value = 1;
    bool operator==(const BallotChoice &) const = default;
};

struct Ballot
{
    std::vector<BallotChoice> choices;
    bool operator==(const Ballot &) const = default;
};

} // namespace pbvote
