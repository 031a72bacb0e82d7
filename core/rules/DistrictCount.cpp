#include "rules/DistrictCount.h"

#include "rules/Explain.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace pbvote::counting {

// Translation context "pbvote::counting::DistrictCount", written out in every translate() call:
// lupdate reads only string literals.

Outcome countByDistrict(const Instance &instance, const QMap<QString, int64_t> &districtBudgets,
                        const RuleInfo &rule, const RuleOptions &options)
{
    Outcome out;
    out.rule = rule.name;
    out.tieBreaking = tieBreakName(options.tieBreak);
    const size_t n = instance.projects.size();
    if (!rule.run) {
        out.error = QCoreApplication::translate("pbvote::counting::DistrictCount",
                                                "Rule %1 cannot be run.").arg(rule.name);
        return out;
    }

    QMap<QString, std::vector<int>> byDistrict;
    for (size_t p = 0; p < n; ++p)
        byDistrict[instance.projects[p].district].push_back(int(p));
    for (auto it = byDistrict.cbegin(); it != byDistrict.cend(); ++it) {
        if (!it.key().isEmpty() && !districtBudgets.contains(it.key())) {
            out.error = QCoreApplication::translate("pbvote::counting::DistrictCount",
                                                    "%1: no budget was given for district %2, which has %3 "
                                                    "project(s).")
                            .arg(instance.name, it.key(), QString::number(it.value().size()));
            return out;
        }
    }
    for (auto it = districtBudgets.cbegin(); it != districtBudgets.cend(); ++it) {
        if (it.value() < 0) {
            out.error = QCoreApplication::translate("pbvote::counting::DistrictCount",
                                                    "%1: the budget of district %2 is negative.")
                            .arg(instance.name, it.key());
            return out;
        }
    }

    out.verdicts.resize(n);
    QVariantMap districtsInfo;
    int128 totalBudget = 0;
    int128 totalUsed = 0;

    // Districts in QMap order ("" first); a budgeted district without projects is reported too.
    QStringList names = districtBudgets.keys();
    for (auto it = byDistrict.cbegin(); it != byDistrict.cend(); ++it) {
        if (!names.contains(it.key()))
            names << it.key();
    }
    std::sort(names.begin(), names.end());

    for (const QString &district : names) {
        const std::vector<int> globalIndex = byDistrict.value(district);
        const QString label = district.isEmpty()
            ? QCoreApplication::translate("pbvote::counting::DistrictCount", "City-wide")
            : QCoreApplication::translate("pbvote::counting::DistrictCount", "District %1").arg(district);
        if (!districtBudgets.contains(district)) {
            // Projects of no district, and no city-wide budget: not counted.
            for (int p : globalIndex) {
                Verdict &v = out.verdicts[size_t(p)];
                v.project = p;
                v.funded = false;
                v.reason = QCoreApplication::translate("pbvote::counting::DistrictCount",
                                                       "Not funded: it belongs to no district, and this count "
                                                       "has no city-wide budget.");
                v.facts.insert(QStringLiteral("district"), district);
                v.facts.insert(QStringLiteral("cost"), qlonglong(instance.projects[size_t(p)].cost));
            }
            continue;
        }
        const int64_t budget = districtBudgets.value(district);

        Instance sub;
        sub.name = instance.name + QStringLiteral(" / ") + label;
        sub.budget = budget;
        sub.moneyScale = instance.moneyScale;
        sub.voteType = instance.voteType;
        sub.meta = instance.meta;
        std::vector<int> localIndex(n, -1);
        for (int p : globalIndex) {
            localIndex[size_t(p)] = int(sub.projects.size());
            sub.projects.push_back(instance.projects[size_t(p)]);
        }
        const bool withPoints = instance.voteType == VoteType::Cumulative || instance.voteType == VoteType::Scoring;
        for (const Voter &voter : instance.voters) {
            Voter restricted;
            for (size_t k = 0; k < voter.projects.size(); ++k) {
                const int p = voter.projects[k];
                if (p < 0 || size_t(p) >= n || localIndex[size_t(p)] < 0)
                    continue;
                restricted.projects.push_back(localIndex[size_t(p)]);
                if (withPoints && k < voter.points.size())
                    restricted.points.push_back(voter.points[k]);
            }
            if (!restricted.projects.empty())
                sub.voters.push_back(std::move(restricted));
        }

        const Outcome part = rule.run(sub, options);
        if (!part.ok()) {
            out.error = QCoreApplication::translate("pbvote::counting::DistrictCount", "%1: %2").arg(label, part.error);
            out.winners.clear();
            out.verdicts.clear();
            return out;
        }
        QStringList winnerIds;
        const int firstOrder = int(out.winners.size());
        for (int local : part.winners) {
            const int global = globalIndex[size_t(local)];
            out.winners.push_back(global);
            winnerIds << instance.projects[size_t(global)].id;
        }
        for (size_t local = 0; local < part.verdicts.size() && local < globalIndex.size(); ++local) {
            const Verdict &pv = part.verdicts[local];
            const int global = globalIndex[local];
            Verdict &v = out.verdicts[size_t(global)];
            v.project = global;
            v.funded = pv.funded;
            v.order = pv.funded ? firstOrder + pv.order : 0;
            v.reason = QCoreApplication::translate("pbvote::counting::DistrictCount", "%1: %2").arg(label, pv.reason);
            v.facts = pv.facts;
            v.facts.insert(QStringLiteral("district"), district);
            v.facts.insert(QStringLiteral("orderInDistrict"), pv.order);
        }
        QVariantMap info;
        info.insert(QStringLiteral("budget"), qlonglong(budget));
        info.insert(QStringLiteral("used"), qlonglong(part.budgetUsed));
        info.insert(QStringLiteral("left"), qlonglong(part.budgetLeft));
        info.insert(QStringLiteral("winners"), winnerIds);
        info.insert(QStringLiteral("projects"), qlonglong(sub.projects.size()));
        info.insert(QStringLiteral("voters"), qlonglong(sub.voters.size()));
        info.insert(QStringLiteral("parameters"), part.parameters);
        districtsInfo.insert(district, info);
        totalBudget += budget;
        totalUsed += part.budgetUsed;
        out.tieBreaking = part.tieBreaking.isEmpty() ? out.tieBreaking : part.tieBreaking;
    }
    for (size_t p = 0; p < n; ++p)
        out.verdicts[p].project = int(p);

    out.budget = int64_t(totalBudget);
    out.budgetUsed = int64_t(totalUsed);
    out.budgetLeft = int64_t(totalBudget - totalUsed);
    out.parameters.insert(QStringLiteral("rule"), rule.name);
    out.parameters.insert(QStringLiteral("byDistrict"), true);
    out.parameters.insert(QStringLiteral("districts"), districtsInfo);
    out.parameters.insert(QStringLiteral("moneyScale"), instance.moneyScale);
    return out;
}

} // namespace pbvote::counting
