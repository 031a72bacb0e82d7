#include "model/BallotValidator.h"

#include "util/Money.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace pbvote {

namespace {
// Costs and budgets come from manifests an auditor did not write, so sums are taken in
// 128 bits (no overflow for any int64 costs) and shown held to the int64 range.
__extension__ using Wide = __int128;
int64_t shown(Wide v)
{
    return v > INT64_MAX ? INT64_MAX : v < INT64_MIN ? INT64_MIN : int64_t(v);
}

// Translation context "Ballot" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ballot)
};
} // namespace

int maxBallotChoices(const Round &round)
{
    const int projects = int(round.projects.size());
    const BallotRules &r = round.rules;
    int most = projects;
    if (r.maxSelections > 0)
        most = std::min(most, r.maxSelections);
    if (r.kind == BallotKind::Cumulative && r.totalPoints > 0)
        most = std::min(most, r.totalPoints);
    return most;
}

Result<Ballot> canonicaliseBallot(const Round &round, const Ballot &ballot)
{
    const BallotRules &rules = round.rules;
    const int projects = int(round.projects.size());
    Ballot out = ballot;

    QHash<int, int> seen;
    for (const BallotChoice &c : out.choices) {
        if (c.project < 0 || c.project >= projects)
            return Result<Ballot>::failure(
                Tr::tr("The ballot names a project that is not on this round's ballot (position %1).")
                    .arg(c.project + 1));
        if (seen.contains(c.project))
            return Result<Ballot>::failure(
                Tr::tr("Project %1 is chosen more than once.").arg(round.projects[size_t(c.project)].id));
        seen.insert(c.project, 1);
    }

    const int n = int(out.choices.size());
    if (n < rules.minSelections)
        return Result<Ballot>::failure(
            Tr::tr("Choose at least %n project(s); this ballot has %1.", nullptr, rules.minSelections).arg(n));
    if (rules.kind != BallotKind::Ordinal && rules.maxSelections > 0 && n > rules.maxSelections)
        return Result<Ballot>::failure(
            Tr::tr("Choose at most %n project(s); this ballot has %1.", nullptr, rules.maxSelections).arg(n));

    switch (rules.kind) {
    case BallotKind::Approval:
    case BallotKind::Knapsack: {
        std::sort(out.choices.begin(), out.choices.end(),
                  [](const BallotChoice &a, const BallotChoice &b) { return a.project < b.project; });
        for (BallotChoice &c : out.choices)
            c.value = 1;
        if (rules.kind == BallotKind::Knapsack) {
            // The selection must fit each budget it draws on: the district's for a
            // district project, the round's for a city-wide one.
            QHash<QString, Wide> spent;
            Wide total = 0;
            for (const BallotChoice &c : out.choices) {
                const Project &p = round.projects[size_t(c.project)];
                spent[p.district] += p.cost;
                total += p.cost;
            }
            for (auto it = spent.cbegin(); it != spent.cend(); ++it) {
                const District *d = it.key().isEmpty() ? nullptr : round.district(it.key());
                const int64_t limit = d ? d->budget : round.budget;
                if (it.value() > limit) {
                    const QString where = d ? Tr::tr("the %1 budget").arg(d->name)
                                            : Tr::tr("the budget");
                    return Result<Ballot>::failure(
                        Tr::tr("The chosen projects cost %1 %3, more than %2 of %4 %3.")
                            .arg(formatMoney(shown(it.value())), where, round.currency, formatMoney(limit)));
                }
            }
            if (rules.minSpendPercent > 0) {
                Wide available = round.budget;
                for (const District &d : round.districts)
                    available += d.budget;
                // total * 100 >= available * percent, in integers.
                if (total * 100 < available * rules.minSpendPercent)
                    return Result<Ballot>::failure(
                        Tr::tr("Choose projects worth at least %1% of the budget; this selection uses %2 of %3 %4.")
                            .arg(rules.minSpendPercent)
                            .arg(formatMoney(shown(total)), formatMoney(shown(available)), round.currency));
            }
        }
        break;
    }
    case BallotKind::Cumulative: {
        std::sort(out.choices.begin(), out.choices.end(),
                  [](const BallotChoice &a, const BallotChoice &b) { return a.project < b.project; });
        int64_t sum = 0;
        for (const BallotChoice &c : out.choices) {
            const QString &pid = round.projects[size_t(c.project)].id;
            if (c.value <= 0)
                return Result<Ballot>::failure(
                    Tr::tr("Project %1 is given %2 points; give each chosen project at least 1 point.")
                        .arg(pid).arg(c.value));
            if (rules.maxPointsPerProject > 0 && c.value > rules.maxPointsPerProject)
                return Result<Ballot>::failure(
                    Tr::tr("Project %1 is given %2 points; at most %3 points may go to one project.")
                        .arg(pid).arg(c.value).arg(rules.maxPointsPerProject));
            sum += c.value;
        }
        if (sum > rules.totalPoints)
            return Result<Ballot>::failure(
                Tr::tr("This ballot gives %1 points; only %2 points can be spread.")
                    .arg(sum).arg(rules.totalPoints));
        if (rules.mustUseAllPoints && sum != rules.totalPoints)
            return Result<Ballot>::failure(
                Tr::tr("This ballot gives %1 points; all %2 points must be given.")
                    .arg(sum).arg(rules.totalPoints));
        break;
    }
    case BallotKind::Ordinal: {
        // Preference order is the order of the choices (or, if ranks are given, rank
        // order); ranks must be distinct.
        std::stable_sort(out.choices.begin(), out.choices.end(),
                         [](const BallotChoice &a, const BallotChoice &b) { return a.value < b.value; });
        for (size_t i = 1; i < out.choices.size(); ++i) {
            if (out.choices[i].value == out.choices[i - 1].value)
                return Result<Ballot>::failure(
                    Tr::tr("Two projects share rank %1; give each project its own rank.")
                        .arg(out.choices[i].value));
        }
        const int k = rules.maxSelections > 0 ? rules.maxSelections : projects;
        if (n > k)
            return Result<Ballot>::failure(
                Tr::tr("Rank at most %n project(s); this ballot ranks %1.", nullptr, k).arg(n));
        for (int i = 0; i < n; ++i)
            out.choices[size_t(i)].value = i + 1;
        break;
    }
    }
    return out;
}

} // namespace pbvote
