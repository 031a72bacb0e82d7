#pragma once

#include "rules/Outcome.h"

#include <QString>

#include <functional>
#include <vector>

namespace pbvote::counting {

struct RuleInfo
{
    QString name;         // CLI name: greedy, greedy-per-cost, mes-cost, ...
    QString title;        // short translated title for people
    QString description;  // one translated paragraph: how winners are chosen
    std::function<Outcome(const Instance &, const RuleOptions &)> run;
};

// Every counting rule pbvote knows, in a stable order.
const std::vector<RuleInfo> &allRules();
// nullptr when no rule has that name.
const RuleInfo *findRule(const QString &name);

} // namespace pbvote::counting
