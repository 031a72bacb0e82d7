#pragma once

#include "rules/RuleRegistry.h"

#include <QMap>
#include <QString>

namespace pbvote::counting {

// Counts a round whose projects belong to districts (Project::district), each district
// with its own budget: every district is counted apart with `rule`, on its own projects
// and the ballots restricted to them (voters who chose none of the district's projects
// take no part in that district's count, so they do not dilute rules such as the Method
// of Equal Shares that share the budget among voters). Projects with an empty district
// are counted with the budget under the key "" if there is one; otherwise they are not
// counted and are reported as not funded. A district with projects but no budget is an
// error.
//
// The results are merged: winners ordered by district (in QMap order, "" first), then by
// their order within it; one verdict per project of `instance`, prefixed with its
// district; parameters["districts"] holds, per district, its budget, what was used and
// left, its winners and how many voters took part.
Outcome countByDistrict(const Instance &instance, const QMap<QString, int64_t> &districtBudgets,
                        const RuleInfo &rule, const RuleOptions &options);

} // namespace pbvote::counting
