#include "model/BallotDraft.h"

#include "model/BallotValidator.h"
#include "util/Money.h"

#include <QCoreApplication>

#include <algorithm>

namespace pbvote {

namespace {
// Translation context "Ballot" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ballot)
};
} // namespace

BallotDraft::BallotDraft(Round round) : m_round(std::move(round)), m_values(m_round.projects.size(), 0) {}

Status BallotDraft::checkIndex(int project) const
{
    if (project < 0 || project >= projectCount())
        return Status::failure(Tr::tr("There is no project number %1 on this ballot.").arg(project + 1));
    return {};
}

Status BallotDraft::checkOffered(int project) const
{
    if (isOffered(project))
        return {};
    auto nameOf = [this](const QString &districtId) {
        const District *d = m_round.district(districtId);
        return d && !d->name.isEmpty() ? d->name : districtId;
    };
    return Status::failure(Tr::tr("This project is in %1. Your ballot is for %2, so you can choose projects in %2 "
                                  "and city-wide projects.")
                               .arg(nameOf(m_round.projects[size_t(project)].district), nameOf(m_district)));
}

Status BallotDraft::setDistrict(const QString &districtId)
{
    if (!districtId.isEmpty() && !m_round.district(districtId))
        return Status::failure(Tr::tr("This round has no district \"%1\".").arg(districtId));
    m_district = districtId;
    for (int i = 0; i < projectCount(); ++i) {
        if (isOffered(i) || m_values[size_t(i)] == 0)
            continue;
        if (kind() == BallotKind::Ordinal)
            removeFromRanking(i);
        else
            m_values[size_t(i)] = 0;
    }
    return {};
}

bool BallotDraft::isOffered(int project) const
{
    if (!checkIndex(project))
        return false;
    const QString &d = m_round.projects[size_t(project)].district;
    return m_district.isEmpty() || d.isEmpty() || d == m_district;
}

int BallotDraft::offeredCount() const
{
    int n = 0;
    for (int i = 0; i < projectCount(); ++i)
        n += isOffered(i) ? 1 : 0;
    return n;
}

QString BallotDraft::money(int64_t amount) const
{
    return m_money ? m_money(amount) : formatMoney(amount) + u' ' + m_round.currency;
}

bool BallotDraft::isChosen(int project) const
{
    return checkIndex(project) && m_values[size_t(project)] > 0;
}

int BallotDraft::chosenCount() const
{
    return int(std::count_if(m_values.begin(), m_values.end(), [](int v) { return v > 0; }));
}

int64_t BallotDraft::spent(const QString &districtId) const
{
    int64_t sum = 0;
    for (size_t i = 0; i < m_values.size(); ++i) {
        if (m_values[i] > 0 && m_round.projects[i].district == districtId)
            sum += m_round.projects[i].cost;
    }
    return sum;
}

int64_t BallotDraft::totalCost() const
{
    int64_t sum = 0;
    for (size_t i = 0; i < m_values.size(); ++i) {
        if (m_values[i] > 0)
            sum += m_round.projects[i].cost;
    }
    return sum;
}

int64_t BallotDraft::budget(const QString &districtId) const
{
    if (districtId.isEmpty())
        return m_round.budget;
    const District *d = m_round.district(districtId);
    return d ? d->budget : 0;
}

bool BallotDraft::canChoose(int project) const
{
    if (!isOffered(project) || m_values[size_t(project)] > 0)
        return false;
    const BallotRules &r = m_round.rules;
    if (r.kind != BallotKind::Ordinal && r.maxSelections > 0 && chosenCount() >= r.maxSelections)
        return false;
    if (r.kind == BallotKind::Ordinal && chosenCount() >= rankLimit())
        return false;
    if (r.kind == BallotKind::Knapsack) {
        const Project &p = m_round.projects[size_t(project)];
        return p.cost <= remaining(p.district);
    }
    if (r.kind == BallotKind::Cumulative)
        return pointsLeft() > 0;
    return true;
}

Status BallotDraft::toggle(int project)
{
    if (Status s = checkIndex(project); !s)
        return s;
    const BallotRules &r = m_round.rules;
    if (r.kind != BallotKind::Approval && r.kind != BallotKind::Knapsack)
        return Status::failure(Tr::tr("On this ballot, give points or ranks to projects instead."));
    int &v = m_values[size_t(project)];
    if (v > 0) {
        v = 0;
        return {};
    }
    if (Status s = checkOffered(project); !s)
        return s;
    if (r.maxSelections > 0 && chosenCount() >= r.maxSelections)
        return Status::failure(Tr::tr("You can choose up to %n project(s). To choose this one, first remove another.",
                                      nullptr, r.maxSelections));
    if (r.kind == BallotKind::Knapsack) {
        const Project &p = m_round.projects[size_t(project)];
        const int64_t left = remaining(p.district);
        if (p.cost > left)
            return Status::failure(
                Tr::tr("This project costs %1, but only %2 of the budget is left. Remove a project to make room, or "
                       "choose one that costs less.")
                    .arg(money(p.cost), money(left)));
    }
    v = 1;
    return {};
}

int BallotDraft::points(int project) const
{
    return checkIndex(project) ? m_values[size_t(project)] : 0;
}

int BallotDraft::pointsGiven() const
{
    int sum = 0;
    for (int v : m_values)
        sum += v;
    return sum;
}

int BallotDraft::pointsLeft() const
{
    return m_round.rules.totalPoints - pointsGiven();
}

Status BallotDraft::setPoints(int project, int points)
{
    if (Status s = checkIndex(project); !s)
        return s;
    const BallotRules &r = m_round.rules;
    if (points < 0)
        return Status::failure(Tr::tr("Points cannot go below zero."));
    int &v = m_values[size_t(project)];
    if (points > v) {
        if (Status s = checkOffered(project); !s)
            return s;
        if (r.maxPointsPerProject > 0 && points > r.maxPointsPerProject)
            return Status::failure(Tr::tr("One project can get at most %n point(s).", nullptr, r.maxPointsPerProject));
        if (points - v > pointsLeft()) {
            if (pointsLeft() == 0)
                return Status::failure(Tr::tr("All %n point(s) are given. Take a point from another project first.",
                                              nullptr, r.totalPoints));
            return Status::failure(Tr::tr("Only %n point(s) are left. Take points from another project first.",
                                          nullptr, pointsLeft()));
        }
        if (v == 0 && r.maxSelections > 0 && chosenCount() >= r.maxSelections)
            return Status::failure(Tr::tr("You can give points to up to %n project(s). Take all points from "
                                          "another project first.",
                                          nullptr, r.maxSelections));
    }
    v = points;
    return {};
}

int BallotDraft::rankLimit() const
{
    const int k = m_round.rules.maxSelections;
    const int offered = offeredCount();
    return k > 0 ? std::min(k, offered) : offered;
}

int BallotDraft::rank(int project) const
{
    return checkIndex(project) ? m_values[size_t(project)] : 0;
}

Status BallotDraft::appendToRanking(int project)
{
    if (Status s = checkIndex(project); !s)
        return s;
    if (m_values[size_t(project)] > 0)
        return {};
    if (Status s = checkOffered(project); !s)
        return s;
    const int n = chosenCount();
    if (n >= rankLimit())
        return Status::failure(Tr::tr("You can rank up to %n project(s). To rank this one, first remove another.",
                                      nullptr, rankLimit()));
    m_values[size_t(project)] = n + 1;
    return {};
}

void BallotDraft::removeFromRanking(int project)
{
    if (!checkIndex(project))
        return;
    const int removed = m_values[size_t(project)];
    if (removed == 0)
        return;
    m_values[size_t(project)] = 0;
    for (int &v : m_values) {
        if (v > removed)
            --v;
    }
}

Status BallotDraft::moveInRanking(int project, int delta)
{
    if (Status s = checkIndex(project); !s)
        return s;
    const int from = m_values[size_t(project)];
    if (from == 0)
        return Status::failure(Tr::tr("This project is not ranked yet."));
    const int to = std::clamp(from + delta, 1, chosenCount());
    for (int &v : m_values) {
        if (v == 0)
            continue;
        if (to < from && v >= to && v < from)
            ++v;
        else if (to > from && v > from && v <= to)
            --v;
    }
    m_values[size_t(project)] = to;
    return {};
}

std::vector<int> BallotDraft::chosen() const
{
    std::vector<int> out;
    for (size_t i = 0; i < m_values.size(); ++i) {
        if (m_values[i] > 0)
            out.push_back(int(i));
    }
    if (kind() == BallotKind::Ordinal)
        std::sort(out.begin(), out.end(), [this](int a, int b) { return m_values[size_t(a)] < m_values[size_t(b)]; });
    return out;
}

Ballot BallotDraft::ballot() const
{
    Ballot b;
    for (int i : chosen()) {
        const int v = m_values[size_t(i)];
        b.choices.push_back({i, kind() == BallotKind::Cumulative || kind() == BallotKind::Ordinal ? v : 1});
    }
    if (auto canonical = canonicaliseBallot(m_round, b))
        return *canonical;
    return b;
}

Status BallotDraft::readiness() const
{
    Ballot b;
    for (int i : chosen())
        b.choices.push_back({i, m_values[size_t(i)]});
    if (auto canonical = canonicaliseBallot(m_round, b); !canonical)
        return Status::failure(canonical.error());
    return {};
}

void BallotDraft::clear()
{
    std::fill(m_values.begin(), m_values.end(), 0);
    m_district.clear();
}

} // namespace pbvote
