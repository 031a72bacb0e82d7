#pragma once

#include "rules/Outcome.h"

#include <vector>

namespace pbvote::counting {

// How much a voter gains from a funded project.
enum class Satisfaction {
    Cost,        // the project's cost, if the voter supports it (pabutools Cost_Sat)
    Cardinality, // 1 per supported project (pabutools Cardinality_Sat)
};

// Utilitarian greedy (pabutools greedy_utilitarian_welfare): repeatedly fund the
// affordable project with the highest marginal satisfaction per unit of cost; skip
// projects that no longer fit and go on to the end of the list.
// `alreadyFunded` (in order) are kept as funded first and their cost is taken from the
// budget; this is how completion after the Method of Equal Shares calls it.
// `budget` < 0 means the instance's budget.
Outcome greedyWelfare(const Instance &instance, const RuleOptions &options, Satisfaction sat,
                      const std::vector<int> &alreadyFunded = {}, int64_t budget = -1);

} // namespace pbvote::counting
