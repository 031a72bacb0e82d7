#include "rules/MaxWelfareRule.h"

#include "rules/Explain.h"
#include "rules/TieBreakOrder.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace pbvote::counting {

// Translation context "pbvote::counting::MaxWelfare", written out in every translate() call: lupdate reads only
// string literals.

namespace {

using Int = int128;

QString int128Text(Int v)
{
    if (v == 0)
        return QStringLiteral("0");
    const bool negative = v < 0;
    QString digits;
    while (v != 0) {
        int d = int(v % 10);
        digits.prepend(QChar(u'0' + char16_t(negative ? -d : d)));
        v /= 10;
    }
    return negative ? QStringLiteral("-") + digits : digits;
}

struct Item
{
    int project = -1;
    int64_t cost = 0;
    int64_t votes = 0; // profit per unit of cost under Cost_Sat
    Int profit = 0;    // votes * cost
};

// Exact 0/1 knapsack by depth-first branch and bound over items sorted by votes (the
// profit per unit of cost), with Dantzig's fractional bound computed from prefix sums.
class Search
{
public:
    Search(int64_t nodeLimit, int64_t *nodes) : m_limit(nodeLimit), m_nodes(nodes) {}

    // Items must be sorted by votes, descending.
    void setItems(std::vector<Item> items)
    {
        m_items = std::move(items);
        m_prefixCost.assign(m_items.size() + 1, 0);
        m_prefixProfit.assign(m_items.size() + 1, 0);
        for (size_t i = 0; i < m_items.size(); ++i) {
            m_prefixCost[i + 1] = m_prefixCost[i] + m_items[i].cost;
            m_prefixProfit[i + 1] = m_prefixProfit[i] + m_items[i].profit;
        }
    }

    // Largest profit within capacity; the chosen items in *best. Returns false if the node
    // limit was hit.
    bool maximise(Int capacity, Int lowerBound, const std::vector<char> &lowerBoundSet, Int *bestValue,
                  std::vector<char> *bestSet)
    {
        m_mode = Mode::Maximise;
        m_best = lowerBound;
        m_bestSet = lowerBoundSet;
        m_current.assign(m_items.size(), 0);
        m_aborted = false;
        dfs(0, capacity, 0);
        *bestValue = m_best;
        *bestSet = m_bestSet;
        return !m_aborted;
    }

    // Is there a set of profit >= target within capacity? Sets *found and *set if so.
    // Returns false if the node limit was hit.
    bool reach(Int capacity, Int target, bool *found, std::vector<char> *set)
    {
        m_mode = Mode::Reach;
        m_target = target;
        m_found = false;
        m_current.assign(m_items.size(), 0);
        m_aborted = false;
        dfs(0, capacity, 0);
        *found = m_found;
        if (m_found)
            *set = m_bestSet;
        return !m_aborted;
    }

private:
    enum class Mode { Maximise, Reach };

    // Dantzig bound on what items k.. can add within capacity r.
    Int bound(size_t k, Int r) const
    {
        const Int limit = m_prefixCost[k] + r;
        const size_t j = size_t(std::upper_bound(m_prefixCost.begin() + long(k), m_prefixCost.end(), limit)
                                - m_prefixCost.begin()) - 1; // items k..j-1 fit whole
        Int b = m_prefixProfit[j] - m_prefixProfit[k];
        if (j < m_items.size())
            b += (limit - m_prefixCost[j]) * m_items[j].votes;
        return b;
    }

    void dfs(size_t k, Int r, Int value)
    {
        if (m_aborted || (m_mode == Mode::Reach && m_found))
            return;
        if (++*m_nodes > m_limit) {
            m_aborted = true;
            return;
        }
        if (m_mode == Mode::Maximise) {
            if (value > m_best) {
                m_best = value;
                m_bestSet = m_current;
            }
        } else if (value >= m_target) {
            m_found = true;
            m_bestSet = m_current;
            return;
        }
        if (k == m_items.size())
            return;
        const Int ub = value + bound(k, r);
        if (m_mode == Mode::Maximise ? ub <= m_best : ub < m_target)
            return;
        const Item &item = m_items[k];
        if (item.cost <= r) {
            m_current[k] = 1;
            dfs(k + 1, r - item.cost, value + item.profit);
            m_current[k] = 0;
        }
        dfs(k + 1, r, value);
    }

    std::vector<Item> m_items;
    std::vector<Int> m_prefixCost;
    std::vector<Int> m_prefixProfit;
    std::vector<char> m_current;
    std::vector<char> m_bestSet;
    Int m_best = 0;
    Int m_target = 0;
    bool m_found = false;
    bool m_aborted = false;
    Mode m_mode = Mode::Maximise;
    int64_t m_limit;
    int64_t *m_nodes;
};

bool byDensity(const Item &a, const Item &b, const std::vector<int> &rank)
{
    if (a.votes != b.votes)
        return a.votes > b.votes;
    return rank[size_t(a.project)] < rank[size_t(b.project)];
}

// Dynamic programme over capacities in units of g = gcd(costs): best[i][c] is the largest
// profit items i.. (in tie-breaking order) reach within c. Reading it from the first item,
// taking an item whenever a best set with it exists, gives the preferred best set.
std::vector<char> solveByTable(const std::vector<Item> &items, int64_t capacityUnits, int64_t g, Int *optimum)
{
    const size_t m = items.size();
    const size_t width = size_t(capacityUnits) + 1;
    std::vector<int64_t> table((m + 1) * width, 0);
    for (size_t i = m; i-- > 0;) {
        const size_t w = size_t(items[i].cost / g);
        const int64_t p = int64_t(items[i].profit);
        int64_t *row = &table[i * width];
        const int64_t *next = &table[(i + 1) * width];
        for (size_t c = 0; c < width; ++c) {
            int64_t v = next[c];
            if (w <= c)
                v = std::max(v, p + next[c - w]);
            row[c] = v;
        }
    }
    std::vector<char> chosen(m, 0);
    size_t c = size_t(capacityUnits);
    for (size_t i = 0; i < m; ++i) {
        const size_t w = size_t(items[i].cost / g);
        if (w <= c && int64_t(items[i].profit) + table[(i + 1) * width + c - w] == table[i * width + c]) {
            chosen[i] = 1;
            c -= w;
        }
    }
    *optimum = table[size_t(capacityUnits)];
    return chosen;
}

constexpr int64_t kMaxTableCells = 4'000'000; // 32 MB of int64

} // namespace

Outcome maxWelfare(const Instance &instance, const RuleOptions &options)
{
    using namespace explain;
    Outcome out;
    out.rule = QStringLiteral("max-welfare");
    out.tieBreaking = tieBreakName(options.tieBreak);
    const size_t n = instance.projects.size();
    const int64_t budget = instance.budget;
    out.budget = budget;
    for (const Project &p : instance.projects) {
        if (p.cost < 0) {
            out.error = QCoreApplication::translate("pbvote::counting::MaxWelfare",
                                                    "%1: project %2 has a negative cost (%3).")
                            .arg(instance.name, p.id, QString::number(p.cost));
            return out;
        }
    }

    const std::vector<int64_t> supporters = supporterCounts(instance);
    const std::vector<int> rank = tieBreakRanks(instance, options.tieBreak, &supporters);

    // Candidates: projects that add to the welfare and fit in the budget on their own.
    std::vector<Item> items;
    Int totalProfit = 0;
    for (size_t p = 0; p < n; ++p) {
        const Project &project = instance.projects[p];
        if (supporters[p] > 0 && project.cost > 0 && project.cost <= budget) {
            Item item;
            item.project = int(p);
            item.cost = project.cost;
            item.votes = supporters[p];
            item.profit = Int(supporters[p]) * project.cost;
            totalProfit += item.profit;
            items.push_back(item);
        }
    }
    // Tie-breaking order.
    std::sort(items.begin(), items.end(),
              [&](const Item &a, const Item &b) { return rank[size_t(a.project)] < rank[size_t(b.project)]; });
    const size_t m = items.size();

    int64_t nodes = 0;
    std::vector<char> chosen(m, 0); // in tie-breaking order
    Int optimum = 0;
    QString method;

    int64_t g = 0;
    for (const Item &item : items)
        g = std::gcd(g, item.cost);
    const int64_t capacityUnits = g > 0 ? budget / g : 0;
    const bool tableFits = g > 0 && capacityUnits < kMaxTableCells
        && Int(m + 1) * Int(capacityUnits + 1) <= Int(std::min<int64_t>(kMaxTableCells, options.maxWelfareNodeLimit))
        && totalProfit < Int(INT64_MAX);

    if (m == 0) {
        method = QStringLiteral("none");
    } else if (tableFits) {
        method = QStringLiteral("dynamic-programming");
        nodes = int64_t(m + 1) * (capacityUnits + 1);
        chosen = solveByTable(items, capacityUnits, g, &optimum);
    } else {
        method = QStringLiteral("branch-and-bound");
        // 1. The optimum value, starting from the greedy fill as a lower bound.
        std::vector<Item> dense = items;
        std::sort(dense.begin(), dense.end(), [&](const Item &a, const Item &b) { return byDensity(a, b, rank); });
        std::vector<int> denseToPref(m); // position in `dense` -> position in `items`
        {
            std::vector<int> prefPos(n, -1);
            for (size_t i = 0; i < m; ++i)
                prefPos[size_t(items[i].project)] = int(i);
            for (size_t i = 0; i < m; ++i)
                denseToPref[i] = prefPos[size_t(dense[i].project)];
        }
        std::vector<char> greedySet(m, 0);
        Int greedyValue = 0;
        Int left = budget;
        for (size_t i = 0; i < m; ++i) {
            if (dense[i].cost <= left) {
                greedySet[i] = 1;
                left -= dense[i].cost;
                greedyValue += dense[i].profit;
            }
        }
        Search search(options.maxWelfareNodeLimit, &nodes);
        search.setItems(dense);
        std::vector<char> witnessDense;
        bool complete = search.maximise(budget, greedyValue, greedySet, &optimum, &witnessDense);

        // 2. Among best sets, the preferred one: decide items in tie-breaking order.
        std::vector<char> witness(m, 0);
        for (size_t i = 0; i < m && complete; ++i)
            witness[size_t(denseToPref[i])] = witnessDense[i];
        std::vector<char> decided(m, 0);
        Int fixedCost = 0;
        Int fixedProfit = 0;
        for (size_t i = 0; i < m && complete; ++i) {
            if (!witness[i]) {
                // Is there a best set with items[i] and every item taken so far, and none of
                // those left out so far?
                const Int capacity = Int(budget) - fixedCost - items[i].cost;
                if (capacity >= 0) {
                    std::vector<Item> freeItems;
                    std::vector<int> freeToPref;
                    for (size_t d = 0; d < m; ++d) {
                        const size_t pi = size_t(denseToPref[d]);
                        if (pi > i) {
                            freeItems.push_back(dense[d]);
                            freeToPref.push_back(int(pi));
                        }
                    }
                    search.setItems(freeItems);
                    bool found = false;
                    std::vector<char> set;
                    complete = search.reach(capacity, optimum - fixedProfit - items[i].profit, &found, &set);
                    if (complete && found) {
                        for (size_t f = 0; f < freeItems.size(); ++f)
                            witness[size_t(freeToPref[f])] = set[f];
                        witness[i] = 1;
                    }
                }
            }
            decided[i] = 1;
            if (witness[i]) {
                fixedCost += items[i].cost;
                fixedProfit += items[i].profit;
            }
        }
        if (!complete) {
            out.error = QCoreApplication::translate("pbvote::counting::MaxWelfare",
                                                    "%1 is too large to find the best combination of projects "
                                                    "exactly: the search went past %2 steps (the configured "
                                                    "limit). No result is given rather than one that might "
                                                    "not be the best.")
                            .arg(instance.name, formatCount(options.maxWelfareNodeLimit));
            out.parameters.insert(QStringLiteral("searchNodes"), qlonglong(nodes));
            out.parameters.insert(QStringLiteral("nodeLimit"), qlonglong(options.maxWelfareNodeLimit));
            return out;
        }
        chosen = witness;
    }

    std::vector<char> funded(n, 0);
    Int used = 0;
    Int welfare = 0;
    for (size_t i = 0; i < m; ++i) {
        if (chosen[i]) {
            out.winners.push_back(items[i].project);
            funded[size_t(items[i].project)] = 1;
            used += items[i].cost;
            welfare += items[i].profit;
        }
    }
    Q_ASSERT(welfare == optimum);
    out.budgetUsed = int64_t(used);
    out.budgetLeft = int64_t(Int(budget) - used);

    std::vector<int> order(n, 0);
    for (size_t i = 0; i < out.winners.size(); ++i)
        order[size_t(out.winners[i])] = int(i) + 1;
    const QString optimumText = int128Text(optimum);
    out.verdicts.resize(n);
    for (size_t p = 0; p < n; ++p) {
        const Project &project = instance.projects[p];
        Verdict &v = out.verdicts[p];
        v.project = int(p);
        v.funded = funded[p] != 0;
        v.order = order[p];
        v.facts.insert(QStringLiteral("votes"), qlonglong(supporters[p]));
        v.facts.insert(QStringLiteral("cost"), qlonglong(project.cost));
        v.facts.insert(QStringLiteral("welfare"), int128Text(Int(supporters[p]) * project.cost));
        const QString costText = money(instance, project.cost);
        if (v.funded) {
            v.reason = QCoreApplication::translate("pbvote::counting::MaxWelfare",
                                                   "Funded: %1 for %2. It is part of the best combination: "
                                                   "the projects whose votes, each counted as many times as "
                                                   "the project costs, add up to the most without going over "
                                                   "the budget of %3.")
                           .arg(votes(supporters[p]), costText, money(instance, budget));
        } else if (project.cost > budget) {
            v.reason = QCoreApplication::translate("pbvote::counting::MaxWelfare",
                                                   "Not funded: it costs %1, more than the whole budget of %2.")
                           .arg(costText, money(instance, budget));
        } else if (supporters[p] == 0) {
            v.reason = QCoreApplication::translate("pbvote::counting::MaxWelfare", "Not funded: nobody voted for it.");
        } else if (project.cost == 0) {
            v.reason = QCoreApplication::translate("pbvote::counting::MaxWelfare",
                                                   "Not funded: it costs nothing, so under this rule (votes "
                                                   "counted as many times as the project costs) it adds "
                                                   "nothing to the total, and the rule funds only projects "
                                                   "that do.");
        } else {
            v.reason = QCoreApplication::translate("pbvote::counting::MaxWelfare",
                                                   "Not funded: %1 for %2. The best combination of projects "
                                                   "within the budget of %3 does not include it.")
                           .arg(votes(supporters[p]), costText, money(instance, budget));
        }
    }
    out.parameters.insert(QStringLiteral("budget"), qlonglong(budget));
    out.parameters.insert(QStringLiteral("moneyScale"), instance.moneyScale);
    out.parameters.insert(QStringLiteral("satisfaction"), QStringLiteral("cost"));
    out.parameters.insert(QStringLiteral("welfare"), optimumText);
    out.parameters.insert(QStringLiteral("method"), method);
    out.parameters.insert(QStringLiteral("searchNodes"), qlonglong(nodes));
    out.parameters.insert(QStringLiteral("tieBreakingAmongBestSets"),
                          QStringLiteral("prefer the project first in the tie-breaking order, then the next, ..."));
    return out;
}

} // namespace pbvote::counting
