#pragma once

#include "rules/Instance.h"
#include "rules/Outcome.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace pbvote::formats {

// An amount in units of 10^-moneyScale as a decimal string: formatMoney(100050, 2) is
// "1000.50", formatMoney(1000, 0) is "1000". No thousands separators (machine-readable).
QString formatMoney(int64_t amount, int moneyScale);

// The outcome of a count as one JSON object:
//   rule, instance, vote_type, voters, money_scale, budget, budget_used, budget_left,
//   tie_breaking, parameters, winners (project ids as written, in the order chosen),
//   projects: [{id, name, cost, funded, order, reason, facts}] in the instance's order,
//   and error when the rule gave no result.
// Money is a JSON integer when moneyScale is 0, else a decimal string ("1000.50").
QJsonObject outcomeToJson(const counting::Instance &instance, const counting::Outcome &outcome);

// The same for people: a summary, a table of the funded projects with their cost, then
// every project's reason.
QString outcomeToText(const counting::Instance &instance, const counting::Outcome &outcome);

} // namespace pbvote::formats
