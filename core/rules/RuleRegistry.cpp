#include "rules/RuleRegistry.h"

#include "rules/EqualSharesRule.h"
#include "rules/GreedyRule.h"
#include "rules/MaxWelfareRule.h"
#include "rules/PhragmenRule.h"

#include <QCoreApplication>

namespace pbvote::counting {

namespace {

// Untranslated texts (QT_TRANSLATE_NOOP marks them for lupdate, whose context must be the
// literal, not kContext); they are translated when the registry is first built, which is after
// main() has installed the translator. A language chosen later does not reach them: the
// console sets its language once, before its window, and the kiosk shows no rule.
struct RuleText
{
    const char *name;
    const char *title;
    const char *description;
};

constexpr const char *kContext = "pbvote::counting::RuleRegistry";

const RuleText kTexts[] = {
    {"greedy", QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry", "Greedy by votes"),
     QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry",
                       "Projects are taken in order of their number of votes, most votes first. A project that no "
                       "longer fits in the money left is skipped, and the count goes on with the next one until "
                       "every project has had its turn.")},
    {"greedy-per-cost", QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry", "Greedy by votes per cost"),
     QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry",
                       "Projects are taken in order of their number of votes divided by their cost, so cheaper "
                       "projects with many votes come first. A project that no longer fits in the money left is "
                       "skipped, and the count goes on until every project has had its turn.")},
    {"mes-cost", QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry", "Method of Equal Shares (cost)"),
     QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry",
                       "The budget is divided equally among the voters. A project is funded when its supporters can "
                       "pay for it together from their shares, paying as equally as possible; the project whose "
                       "supporters pay the least per unit of benefit goes first, where a project's benefit to a "
                       "supporter is its cost. Money may be left unspent.")},
    {"mes-approval", QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry", "Method of Equal Shares (approval)"),
     QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry",
                       "The budget is divided equally among the voters. A project is funded when its supporters can "
                       "pay for it together from their shares, paying as equally as possible; the project whose "
                       "supporters pay the least each goes first (every supported project counts the same to a "
                       "voter). Money may be left unspent.")},
    {"mes-cost+greedy", QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry", "Equal Shares (cost), then greedy"),
     QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry",
                       "The Method of Equal Shares with benefit equal to cost, then the money left is spent by the "
                       "greedy rule: remaining projects in order of votes, skipping those that no longer fit.")},
    {"mes-approval+greedy", QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry", "Equal Shares (approval), then greedy"),
     QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry",
                       "The Method of Equal Shares with every supported project counting the same, then the money "
                       "left is spent by the greedy rule: remaining projects in order of votes, skipping those that "
                       "no longer fit.")},
    {"mes-cost+add1", QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry", "Equal Shares (cost), raised shares"),
     QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry",
                       "The Method of Equal Shares with benefit equal to cost, rerun with every voter's share raised "
                       "by one unit at a time until the result leaves too little money for any other project or would "
                       "no longer fit in the real budget; the money then left is spent by the greedy rule.")},
    {"mes-approval+add1", QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry", "Equal Shares (approval), raised shares"),
     QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry",
                       "The Method of Equal Shares with every supported project counting the same, rerun with every "
                       "voter's share raised by one unit at a time until the result leaves too little money for any "
                       "other project or would no longer fit in the real budget; the money then left is spent by the "
                       "greedy rule.")},
    {"phragmen", QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry", "Sequential Phragmén"),
     QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry",
                       "Supporters share the cost of each funded project, and the count keeps the largest total any "
                       "voter has paid (their load) as small as possible: each round funds the project whose "
                       "supporters would end with the smallest equal load. The count stops when the next project no "
                       "longer fits in the money left. Approval ballots only.")},
    {"max-welfare", QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry", "Maximum total satisfaction"),
     QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry",
                       "The combination of projects within the budget whose votes, each counted as many times as the "
                       "project costs, add up to the most. Found exactly; a round too large to solve exactly gets an "
                       "error, never an approximation.")},
    {"mes-cost+add1-equalshares",
     QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry", "Equal Shares (cost), raised shares as on equalshares.net"),
     QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry",
                       "The Method of Equal Shares with benefit equal to cost, rerun with every voter's share raised "
                       "by one unit at a time for as long as the result still fits in the budget — also past the "
                       "first result that leaves too little for any other project, as equalshares.net counts (this "
                       "reproduces Wieliczka's official 2023 result); the money then left is spent by the greedy rule.")},
    {"mes-points", QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry", "Method of Equal Shares (points)"),
     QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry",
                       "The Method of Equal Shares for cumulative or scoring ballots: a voter's benefit from a "
                       "project is the number of points they gave it.")},
    {"mes-points+add1", QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry", "Equal Shares (points), raised shares"),
     QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry",
                       "The Method of Equal Shares with points as benefit, rerun with every voter's share raised by "
                       "one unit at a time until the result leaves too little money for any other project or would no "
                       "longer fit in the real budget; the money then left is spent by the greedy rule.")},
    {"mes-borda", QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry", "Method of Equal Shares (ranking)"),
     QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry",
                       "The Method of Equal Shares for ranked ballots: a voter's benefit from a project is the "
                       "number of projects they ranked below it (Borda score).")},
    {"mes-borda+add1", QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry", "Equal Shares (ranking), raised shares"),
     QT_TRANSLATE_NOOP("pbvote::counting::RuleRegistry",
                       "The Method of Equal Shares with Borda scores as benefit, rerun with every voter's share "
                       "raised by one unit at a time until the result leaves too little money for any other project "
                       "or would no longer fit in the real budget; the money then left is spent by the greedy rule.")},
};

std::function<Outcome(const Instance &, const RuleOptions &)> runnerFor(const QString &name)
{
    using R = std::function<Outcome(const Instance &, const RuleOptions &)>;
    auto mes = [](MesUtility utility, MesCompletion completion) -> R {
        return [utility, completion](const Instance &i, const RuleOptions &o) {
            return equalShares(i, o, utility, completion);
        };
    };
    if (name == u"greedy")
        return [](const Instance &i, const RuleOptions &o) { return greedyWelfare(i, o, Satisfaction::Cost); };
    if (name == u"greedy-per-cost")
        return [](const Instance &i, const RuleOptions &o) { return greedyWelfare(i, o, Satisfaction::Cardinality); };
    if (name == u"mes-cost")
        return mes(MesUtility::Cost, MesCompletion::None);
    if (name == u"mes-approval")
        return mes(MesUtility::Cardinality, MesCompletion::None);
    if (name == u"mes-cost+greedy")
        return mes(MesUtility::Cost, MesCompletion::Greedy);
    if (name == u"mes-approval+greedy")
        return mes(MesUtility::Cardinality, MesCompletion::Greedy);
    if (name == u"mes-cost+add1")
        return mes(MesUtility::Cost, MesCompletion::Add1);
    if (name == u"mes-approval+add1")
        return mes(MesUtility::Cardinality, MesCompletion::Add1);
    if (name == u"mes-cost+add1-equalshares")
        return mes(MesUtility::Cost, MesCompletion::Add1UntilOverspend);
    if (name == u"mes-points")
        return mes(MesUtility::Points, MesCompletion::None);
    if (name == u"mes-points+add1")
        return mes(MesUtility::Points, MesCompletion::Add1);
    if (name == u"mes-borda")
        return mes(MesUtility::Borda, MesCompletion::None);
    if (name == u"mes-borda+add1")
        return mes(MesUtility::Borda, MesCompletion::Add1);
    if (name == u"phragmen")
        return [](const Instance &i, const RuleOptions &o) { return sequentialPhragmen(i, o); };
    if (name == u"max-welfare")
        return [](const Instance &i, const RuleOptions &o) { return maxWelfare(i, o); };
    return {};
}

} // namespace

const std::vector<RuleInfo> &allRules()
{
    static const std::vector<RuleInfo> rules = [] {
        std::vector<RuleInfo> list;
        for (const RuleText &text : kTexts) {
            RuleInfo info;
            info.name = QString::fromLatin1(text.name);
            info.title = QCoreApplication::translate(kContext, text.title);
            info.description = QCoreApplication::translate(kContext, text.description);
            info.run = runnerFor(info.name);
            list.push_back(std::move(info));
        }
        return list;
    }();
    return rules;
}

const RuleInfo *findRule(const QString &name)
{
    for (const RuleInfo &rule : allRules()) {
        if (rule.name == name)
            return &rule;
    }
    return nullptr;
}

} // namespace pbvote::counting
