#pragma once

// Small helpers for the counting-rule tests: hand-written instances and seeded random ones.

#include "rules/Instance.h"
#include "rules/Outcome.h"

#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <initializer_list>
#include <utility>
#include <vector>

namespace pbvote::testing {

struct ProjectSpec
{
    const char16_t *id;
    int64_t cost;
};

// Projects (id, cost) and approval ballots naming projects by id.
inline counting::Instance approvalInstance(int64_t budget, std::initializer_list<ProjectSpec> projects,
                                           std::initializer_list<std::initializer_list<const char16_t *>> ballots)
{
    counting::Instance inst;
    inst.name = QStringLiteral("test");
    inst.budget = budget;
    for (const ProjectSpec &p : projects) {
        counting::Project project;
        project.id = QString::fromUtf16(p.id);
        project.cost = p.cost;
        project.name = project.id;
        inst.projects.push_back(project);
    }
    for (const auto &ballot : ballots) {
        counting::Voter v;
        for (const char16_t *id : ballot) {
            for (size_t i = 0; i < inst.projects.size(); ++i) {
                if (inst.projects[i].id == QString::fromUtf16(id))
                    v.projects.push_back(int(i));
            }
        }
        std::sort(v.projects.begin(), v.projects.end());
        inst.voters.push_back(v);
    }
    return inst;
}

// `count` identical approval ballots.
inline void addVoters(counting::Instance &inst, int count, std::initializer_list<const char16_t *> ballot)
{
    counting::Voter v;
    for (const char16_t *id : ballot) {
        for (size_t i = 0; i < inst.projects.size(); ++i) {
            if (inst.projects[i].id == QString::fromUtf16(id))
                v.projects.push_back(int(i));
        }
    }
    std::sort(v.projects.begin(), v.projects.end());
    for (int k = 0; k < count; ++k)
        inst.voters.push_back(v);
}

inline QStringList winnerIds(const counting::Instance &inst, const counting::Outcome &out)
{
    QStringList ids;
    for (int p : out.winners)
        ids << inst.projects[size_t(p)].id;
    return ids;
}

inline int indexOf(const counting::Instance &inst, const QString &id)
{
    for (size_t i = 0; i < inst.projects.size(); ++i) {
        if (inst.projects[i].id == id)
            return int(i);
    }
    return -1;
}

// A random approval instance: ids are numbers (so "10" vs "9" ties happen), costs in
// [minCost, maxCost] (some zero if zeroCosts), approval probability per project varies.
inline counting::Instance randomInstance(QRandomGenerator &rng, int projects, int voters, int64_t minCost,
                                         int64_t maxCost, bool zeroCosts)
{
    counting::Instance inst;
    inst.name = QStringLiteral("random");
    int64_t total = 0;
    std::vector<int> popularity;
    for (int i = 0; i < projects; ++i) {
        counting::Project p;
        p.id = QString::number(rng.bounded(1, 40)) + (rng.bounded(3) == 0 ? QStringLiteral("a") : QString())
            + QString::number(i);
        p.cost = minCost + int64_t(rng.bounded(quint64(maxCost - minCost + 1)));
        if (zeroCosts && rng.bounded(10) == 0)
            p.cost = 0;
        total += p.cost;
        inst.projects.push_back(p);
        popularity.push_back(int(rng.bounded(0, 60)));
    }
    inst.budget = total / 2 + int64_t(rng.bounded(quint64(total / 4 + 1)));
    for (int v = 0; v < voters; ++v) {
        counting::Voter voter;
        for (int i = 0; i < projects; ++i) {
            if (int(rng.bounded(100)) < popularity[size_t(i)])
                voter.projects.push_back(i);
        }
        inst.voters.push_back(voter);
    }
    return inst;
}

} // namespace pbvote::testing
