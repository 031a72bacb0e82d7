#include "rules/GreedyRule.h"

#include "rules/Explain.h"
#include "rules/TieBreakOrder.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <numeric>

namespace pbvote::counting {

// Translation context "pbvote::counting::Greedy", written out in every translate() call: lupdate reads only
// string literals.

namespace {

// A project's place in the greedy ranking: total satisfaction per unit of cost, as pabutools'
// satisfaction_density computes it: 0 when the total satisfaction is 0 (nobody supports it,
// or, for Cost_Sat, it costs nothing), infinite when it is positive and the project is free,
// otherwise total/cost kept as an exact fraction num/den (den > 0).
struct Density
{
    bool infinite = false;
    int64_t num = 0;
    int64_t den = 1;
};

// a > b, exactly (cross-multiplication in 128 bits: num < 2^63, den < 2^63).
bool greater(const Density &a, const Density &b)
{
    if (a.infinite || b.infinite)
        return a.infinite && !b.infinite;
    return static_cast<int128>(a.num) * b.den > static_cast<int128>(b.num) * a.den;
}

bool equal(const Density &a, const Density &b)
{
    if (a.infinite || b.infinite)
        return a.infinite == b.infinite;
    return static_cast<int128>(a.num) * b.den == static_cast<int128>(b.num) * a.den;
}

Density densityOf(int64_t supporters, int64_t cost, Satisfaction sat)
{
    Density d;
    // Total satisfaction: Cost_Sat gives supporters * cost, Cardinality_Sat supporters.
    const bool positive = supporters > 0 && (sat == Satisfaction::Cardinality || cost > 0);
    if (!positive)
        return d; // 0
    if (cost == 0) {
        d.infinite = true;
        return d;
    }
    if (sat == Satisfaction::Cost) {
        d.num = supporters; // (supporters * cost) / cost, reduced
        d.den = 1;
    } else {
        d.num = supporters;
        d.den = cost;
    }
    return d;
}

QString densityText(const Density &d)
{
    if (d.infinite)
        return QStringLiteral("inf");
    if (d.den == 1)
        return QString::number(d.num);
    return QString::number(d.num) + u'/' + QString::number(d.den);
}

Outcome failure(const QString &rule, const QString &message)
{
    Outcome out;
    out.rule = rule;
    out.error = message;
    return out;
}

} // namespace

Outcome greedyWelfare(const Instance &instance, const RuleOptions &options, Satisfaction sat,
                      const std::vector<int> &alreadyFunded, int64_t budget)
{
    using namespace explain;
    const QString ruleName = sat == Satisfaction::Cost ? QStringLiteral("greedy") : QStringLiteral("greedy-per-cost");
    const size_t n = instance.projects.size();
    const int64_t limit = budget < 0 ? instance.budget : budget;

    for (const Project &p : instance.projects) {
        if (p.cost < 0) {
            return failure(ruleName, QCoreApplication::translate("pbvote::counting::Greedy",
                                                                 "%1: project %2 has a negative cost (%3).")
                                         .arg(instance.name, p.id, QString::number(p.cost)));
        }
    }
    std::vector<char> funded(n, 0);
    int128 initialCost = 0;
    for (int p : alreadyFunded) {
        if (p < 0 || size_t(p) >= n || funded[size_t(p)]) {
            return failure(ruleName, QCoreApplication::translate("pbvote::counting::Greedy",
                                                                 "%1: the projects funded before the greedy "
                                                                 "step are invalid (index %2).")
                                         .arg(instance.name, QString::number(p)));
        }
        funded[size_t(p)] = 1;
        initialCost += instance.projects[size_t(p)].cost;
    }

    const std::vector<int64_t> supporters = supporterCounts(instance);
    const std::vector<int> rank = tieBreakRanks(instance, options.tieBreak, &supporters);

    std::vector<Density> density(n);
    std::vector<int> ranking;
    ranking.reserve(n);
    for (size_t p = 0; p < n; ++p) {
        density[p] = densityOf(supporters[p], instance.projects[p].cost, sat);
        if (!funded[p])
            ranking.push_back(int(p));
    }
    // Highest density first; equal densities in tie-breaking order (pabutools sorts by
    // (-density, position in the tie-breaking order)).
    std::sort(ranking.begin(), ranking.end(), [&](int a, int b) {
        if (!equal(density[size_t(a)], density[size_t(b)]))
            return greater(density[size_t(a)], density[size_t(b)]);
        return rank[size_t(a)] < rank[size_t(b)];
    });

    Outcome out;
    out.rule = ruleName;
    out.tieBreaking = tieBreakName(options.tieBreak);
    out.budget = limit;
    out.winners = alreadyFunded;
    out.verdicts.resize(n);

    // Money left; may start negative if the earlier stage overspent the given budget, in
    // which case nothing more fits (as in pabutools).
    int128 remaining = static_cast<int128>(limit) - initialCost;
    std::vector<int64_t> availableAtTurn(n, 0);
    std::vector<int> turn(n, 0);
    int position = 0;
    for (int p : ranking) {
        const Project &project = instance.projects[size_t(p)];
        turn[size_t(p)] = ++position;
        availableAtTurn[size_t(p)] = remaining < INT64_MIN ? INT64_MIN : int64_t(remaining);
        if (project.cost <= remaining) {
            funded[size_t(p)] = 1;
            out.winners.push_back(p);
            remaining -= project.cost;
        }
    }

    int128 used = 0;
    for (int p : out.winners)
        used += instance.projects[size_t(p)].cost;
    out.budgetUsed = int64_t(used);
    out.budgetLeft = int64_t(static_cast<int128>(limit) - used);

    std::vector<int> order(n, 0);
    for (size_t i = 0; i < out.winners.size(); ++i)
        order[size_t(out.winners[i])] = int(i) + 1;
    std::vector<char> earlier(n, 0);
    for (int p : alreadyFunded)
        earlier[size_t(p)] = 1;

    QStringList earlierIds;
    for (int p : alreadyFunded)
        earlierIds << instance.projects[size_t(p)].id;

    for (size_t p = 0; p < n; ++p) {
        const Project &project = instance.projects[p];
        Verdict &v = out.verdicts[p];
        v.project = int(p);
        v.funded = funded[p] != 0;
        v.order = order[p];
        v.facts.insert(QStringLiteral("votes"), qlonglong(supporters[p]));
        v.facts.insert(QStringLiteral("cost"), qlonglong(project.cost));
        if (earlier[p]) {
            v.facts.insert(QStringLiteral("stage"), QStringLiteral("earlier"));
            v.reason = QCoreApplication::translate("pbvote::counting::Greedy",
                                                   "Funded %1, in the earlier stage of the count (%2; it cost %3).")
                           .arg(ordinal(v.order), votes(supporters[p]), money(instance, project.cost));
            continue;
        }
        const int64_t available = availableAtTurn[p];
        v.facts.insert(QStringLiteral("stage"), QStringLiteral("greedy"));
        v.facts.insert(QStringLiteral("turn"), turn[p]);
        v.facts.insert(QStringLiteral("availableAtTurn"), qlonglong(available));
        v.facts.insert(QStringLiteral("score"), densityText(density[p]));
        const QString votesText = votes(supporters[p]);
        const QString costText = money(instance, project.cost);
        const QString availableText = money(instance, std::max<int64_t>(available, 0));
        if (v.funded) {
            if (project.cost == 0) {
                v.reason = QCoreApplication::translate("pbvote::counting::Greedy", "Funded %1: %2; it costs nothing.")
                               .arg(ordinal(v.order), votesText);
            } else if (supporters[p] == 0) {
                v.reason = QCoreApplication::translate("pbvote::counting::Greedy",
                                                       "Funded %1: nobody voted for it, but it cost %2 and %3 "
                                                       "was still available once every project with votes had "
                                                       "had its turn.")
                               .arg(ordinal(v.order), costText, availableText);
            } else if (sat == Satisfaction::Cost) {
                v.reason = QCoreApplication::translate("pbvote::counting::Greedy",
                                                       "Funded %1: %2; it cost %3 and %4 was still available.")
                               .arg(ordinal(v.order), votesText, costText, availableText);
            } else {
                v.reason = QCoreApplication::translate("pbvote::counting::Greedy",
                                                       "Funded %1: %2 for a cost of %3 (projects are taken by "
                                                       "votes per unit of cost); %4 was still available.")
                               .arg(ordinal(v.order), votesText, costText, availableText);
            }
        } else if (project.cost > limit) {
            v.reason = QCoreApplication::translate("pbvote::counting::Greedy",
                                                   "Not funded: %1, but it costs %2, more than the whole "
                                                   "budget of %3.")
                           .arg(votesText, costText, money(instance, limit));
        } else if (sat == Satisfaction::Cost) {
            v.reason = QCoreApplication::translate("pbvote::counting::Greedy",
                                                   "Not funded: %1, but it costs %2 and only %3 was left "
                                                   "when its turn came.")
                           .arg(votesText, costText, availableText);
        } else {
            v.reason = QCoreApplication::translate("pbvote::counting::Greedy",
                                                   "Not funded: %1 for a cost of %2 (projects are taken by "
                                                   "votes per unit of cost), and only %3 was left when its "
                                                   "turn came.")
                           .arg(votesText, costText, availableText);
        }
    }

    out.parameters.insert(QStringLiteral("satisfaction"),
                          sat == Satisfaction::Cost ? QStringLiteral("cost") : QStringLiteral("cardinality"));
    out.parameters.insert(QStringLiteral("budget"), qlonglong(limit));
    out.parameters.insert(QStringLiteral("moneyScale"), instance.moneyScale);
    if (!alreadyFunded.empty()) {
        out.parameters.insert(QStringLiteral("alreadyFunded"), earlierIds);
        out.parameters.insert(QStringLiteral("alreadyFundedCost"), qlonglong(int64_t(initialCost)));
    }
    return out;
}

} // namespace pbvote::counting
