#pragma once

#include "rules/Outcome.h"

namespace pbvote::counting {

// Maximum utilitarian welfare with cost satisfaction (pabutools
// max_additive_utilitarian_welfare with Cost_Sat): the set of projects with the largest
// sum of (supporters x cost) whose total cost fits in the budget, found exactly (integer
// branch and bound, or a dynamic programme over costs when budget / gcd(costs) is small).
//
// Only projects that add to that sum can be funded: a project nobody supports, or one that
// costs nothing, adds 0 and is never funded (as in pabutools' primal/dual algorithm).
// Among several best sets (pabutools leaves this to its solver), pbvote takes the one that
// includes the project first in the tie-breaking order if any best set does, then the
// next, and so on (lexicographic preference in RuleOptions::tieBreak order).
//
// If the exact search would need more than RuleOptions::maxWelfareNodeLimit steps, the
// Outcome carries an error and no winners: never an approximate answer.
Outcome maxWelfare(const Instance &instance, const RuleOptions &options);

} // namespace pbvote::counting
