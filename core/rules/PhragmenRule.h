#pragma once

#include "rules/Outcome.h"

namespace pbvote::counting {

// Sequential Phragmén (pabutools sequential_phragmen), in exact rational arithmetic.
// Supporters of a funded project share its cost so that the largest total "load" any of
// them carries stays as small as possible: in each round, the project whose supporters
// would end with the smallest equal load, (their current loads + cost) / supporters, is
// funded and every supporter's load becomes that value. The count stops for good as soon
// as a project with that smallest load (or any project tied with it) no longer fits in
// the money left. Projects nobody supports come last (infinite load); projects costing
// more than the whole budget are never considered. Approval ballots only (pabutools
// refuses other ballot types; so do we, with an error).
Outcome sequentialPhragmen(const Instance &instance, const RuleOptions &options);

} // namespace pbvote::counting
