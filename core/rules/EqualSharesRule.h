#pragma once

#include "rules/GreedyRule.h"

namespace pbvote::counting {

// Method of Equal Shares (pabutools method_of_equal_shares), exact arithmetic.
enum class MesUtility {
    Cost,        // approval ballots: utility = project cost (Cost_Sat)
    Cardinality, // approval ballots: utility 1 per project (Cardinality_Sat)
    // cumulative / ordinal ballots use the utilities pabutools uses for them; the rule
    // picks them from Instance::voteType when Cost or Cardinality does not apply.
};

enum class MesCompletion {
    None,       // plain MES; may leave money unspent
    Greedy,     // then greedyWelfare(Cost) on what is left (mes-*+greedy)
    Add1,       // raise every voter's budget by 1 unit at a time, then greedy (mes-*+add1)
};

Outcome equalShares(const Instance &instance, const RuleOptions &options, MesUtility utility,
                    MesCompletion completion);

} // namespace pbvote::counting
