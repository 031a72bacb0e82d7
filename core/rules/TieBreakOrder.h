#pragma once

#include "rules/Outcome.h"

#include <cstdint>
#include <vector>

namespace pbvote::counting {

// Compares two project ids the way pabutools (Python) compares strings: by Unicode code
// point, so "10" < "9" and "A" < "a". QString::compare() compares UTF-16 code units, which
// differs for characters outside the Basic Multilingual Plane; this does not.
// Returns <0, 0 or >0.
int compareProjectIds(const QString &a, const QString &b);

// Number of voters whose ballot contains each project (any vote type: a ballot is read as
// the set of projects it names, as pabutools' Cost_Sat/Cardinality_Sat and approval
// scores do).
std::vector<int64_t> supporterCounts(const Instance &instance);

// The position of every project in the tie-breaking order: rank[p] < rank[q] means p wins a
// tie against q. A total order (ties of the criterion fall back to the id as a string, and
// identical ids to the file order), so rules stay deterministic.
//   LexicographicId: smallest id as a string first (pabutools lexico_tie_breaking)
//   LowerCost:       cheaper first, then id
//   MoreVotes:       more supporters first, then id
// `supporters` may be passed when already computed (same size as instance.projects).
std::vector<int> tieBreakRanks(const Instance &instance, TieBreak tieBreak,
                               const std::vector<int64_t> *supporters = nullptr);

} // namespace pbvote::counting
