#pragma once

#include "rules/GreedyRule.h"

namespace pbvote::counting {

// Method of Equal Shares (pabutools method_of_equal_shares), exact arithmetic.
enum class MesUtility {
    Cost,        // approval ballots: utility = project cost (Cost_Sat)
    Cardinality, // approval ballots: utility 1 per project (Cardinality_Sat)
    // cumulative / ordinal ballots use the utilities pabutools uses for them; the rule
    // picks them from Instance::voteType when Cost or Cardinality does not apply.
    //
    // Cost and Cardinality apply to every vote type exactly as in pabutools, whose
    // Cost_Sat / Cardinality_Sat read any ballot as the set of projects it names
    // (`project in ballot`): points and ranks are then ignored. The two below are the
    // satisfaction classes pabutools provides for the other ballot types:
    Points, // cumulative / scoring ballots: utility = the points given (Additive_Cardinal_Sat)
    Borda,  // ordinal ballots: utility = number of projects ranked below it (Additive_Borda_Sat:
            // len(ballot) - position - 1, so the last-ranked project gives 0 and its voter does
            // not count as a supporter of it)
};

enum class MesCompletion {
    None,       // plain MES; may leave money unspent
    Greedy,     // then greedyWelfare(Cost) on what is left (mes-*+greedy)
    Add1,       // raise every voter's budget by 1 unit at a time, then greedy (mes-*+add1)
    Add1UntilOverspend, // like Add1, but do not stop at the first exhaustive outcome: keep
                        // raising while the outcome fits the budget and keep the last one
                        // that does (equalshares.net's add1, as counted in Wieliczka 2023)
};

Outcome equalShares(const Instance &instance, const RuleOptions &options, MesUtility utility,
                    MesCompletion completion);

// "cost", "cardinality", "points", "borda".
QString mesUtilityName(MesUtility utility);

// For audits and tests: the money every voter has left (in Instance::voters order) at the
// end of one plain MES run in which each voter starts with budget / n + extraPerVoter, as
// exact reduced fractions "p/q" (or "p") in units of 10^-moneyScale.
std::vector<QString> equalSharesMoneyLeft(const Instance &instance, const RuleOptions &options,
                                          MesUtility utility, int64_t extraPerVoter = 0);

} // namespace pbvote::counting
