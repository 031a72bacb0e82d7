#include "model/Round.h"

#include <QCoreApplication>
#include <QSet>

namespace pbvote {

namespace {
// Translation context "Round" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Round)
};
} // namespace

QString ballotKindName(BallotKind kind)
{
    switch (kind) {
    case BallotKind::Approval: return QStringLiteral("approval");
    case BallotKind::Knapsack: return QStringLiteral("knapsack");
    case BallotKind::Cumulative: return QStringLiteral("cumulative");
    case BallotKind::Ordinal: return QStringLiteral("ordinal");
    }
    return QString();
}

std::optional<BallotKind> parseBallotKind(const QString &name)
{
    for (BallotKind k : {BallotKind::Approval, BallotKind::Knapsack, BallotKind::Cumulative,
                         BallotKind::Ordinal}) {
        if (ballotKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QString roundStateName(RoundState state)
{
    switch (state) {
    case RoundState::Draft: return QStringLiteral("draft");
    case RoundState::Open: return QStringLiteral("open");
    case RoundState::Suspended: return QStringLiteral("suspended");
    case RoundState::Closed: return QStringLiteral("closed");
    case RoundState::Tallied: return QStringLiteral("tallied");
    }
    return QString();
}

QString roundStateInWords(RoundState state)
{
    switch (state) {
    case RoundState::Draft: return Tr::tr("draft", "round state");
    case RoundState::Open: return Tr::tr("open", "round state");
    case RoundState::Suspended: return Tr::tr("suspended", "round state");
    case RoundState::Closed: return Tr::tr("closed", "round state");
    case RoundState::Tallied: return Tr::tr("tallied", "round state");
    }
    return QString();
}

std::optional<RoundState> parseRoundState(const QString &name)
{
    for (RoundState s : {RoundState::Draft, RoundState::Open, RoundState::Suspended,
                         RoundState::Closed, RoundState::Tallied}) {
        if (roundStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

Status checkTransition(RoundState from, RoundState to)
{
    const bool allowed = (from == RoundState::Draft && to == RoundState::Open)
        || (from == RoundState::Open && to == RoundState::Suspended)
        || (from == RoundState::Suspended && to == RoundState::Open)
        || (from == RoundState::Open && to == RoundState::Closed)
        || (from == RoundState::Suspended && to == RoundState::Closed)
        || (from == RoundState::Closed && to == RoundState::Tallied);
    if (allowed)
        return {};
    QString why;
    if (from == to)
        why = Tr::tr("the round is already %1.").arg(roundStateInWords(from));
    else if (from == RoundState::Closed || from == RoundState::Tallied)
        why = Tr::tr("a closed round can never be opened again or changed.");
    else if (from == RoundState::Draft)
        why = Tr::tr("a draft round must be opened first.");
    else if (to == RoundState::Tallied)
        why = Tr::tr("a round can only be tallied after it is closed.");
    else
        why = Tr::tr("that step is not part of a round's lifecycle.");
    return Status::failure(Tr::tr("Cannot move the round from %1 to %2: %3")
                               .arg(roundStateInWords(from), roundStateInWords(to), why));
}

QString projectStatusName(ProjectStatus status)
{
    switch (status) {
    case ProjectStatus::Ballot: return QStringLiteral("ballot");
    case ProjectStatus::UnderReview: return QStringLiteral("review");
    case ProjectStatus::Rejected: return QStringLiteral("rejected");
    case ProjectStatus::Withdrawn: return QStringLiteral("withdrawn");
    }
    return QString();
}

std::optional<ProjectStatus> parseProjectStatus(const QString &name)
{
    for (ProjectStatus s : {ProjectStatus::Ballot, ProjectStatus::UnderReview, ProjectStatus::Rejected,
                            ProjectStatus::Withdrawn}) {
        if (projectStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

const Project *Round::findProject(const QString &projectId) const
{
    for (const std::vector<Project> *list : {&projects, &offBallot}) {
        for (const Project &p : *list) {
            if (p.id == projectId)
                return &p;
        }
    }
    return nullptr;
}

Status Round::checkProject(const Project &project) const
{
    if (project.id.trimmed().isEmpty())
        return Status::failure(Tr::tr("A project needs an id."));
    if (project.title.trimmed().isEmpty())
        return Status::failure(Tr::tr("Project %1 has no title.").arg(project.id));
    if (project.cost <= 0)
        return Status::failure(Tr::tr("Project %1 must cost more than zero.").arg(project.id));
    if (!project.district.isEmpty() && !district(project.district))
        return Status::failure(Tr::tr("Project %1 is in district \"%2\", which the round does not have.")
                                   .arg(project.id, project.district));
    const int64_t available = budgetFor(project);
    if (available > 0 && project.cost > available)
        return Status::failure(Tr::tr("Project %1 costs more than the whole budget it competes for.").arg(project.id));
    return {};
}

int Round::projectIndex(const QString &projectId) const
{
    for (size_t i = 0; i < projects.size(); ++i) {
        if (projects[i].id == projectId)
            return int(i);
    }
    return -1;
}

const District *Round::district(const QString &districtId) const
{
    for (const District &d : districts) {
        if (d.id == districtId)
            return &d;
    }
    return nullptr;
}

int64_t Round::budgetFor(const Project &project) const
{
    if (const District *d = project.district.isEmpty() ? nullptr : district(project.district))
        return d->budget;
    return budget;
}

Status Round::validate() const
{
    if (name.trimmed().isEmpty())
        return Status::failure(Tr::tr("The round has no name."));
    if (budget < 0)
        return Status::failure(Tr::tr("The round's budget cannot be negative."));
    if (currency.size() != 3)
        return Status::failure(Tr::tr("The currency must be a three-letter code such as EUR, got \"%1\".")
                                   .arg(currency));
    QSet<QString> districtIds;
    for (const District &d : districts) {
        if (d.id.isEmpty() || districtIds.contains(d.id))
            return Status::failure(Tr::tr("District id \"%1\" is empty or used twice.").arg(d.id));
        if (d.budget < 0)
            return Status::failure(Tr::tr("District %1 has a negative budget.").arg(d.id));
        districtIds.insert(d.id);
    }
    QSet<QString> ids;
    for (const std::vector<Project> *list : {&projects, &offBallot}) {
        for (const Project &p : *list) {
            if (p.id.isEmpty() || ids.contains(p.id))
                return Status::failure(Tr::tr("Project id \"%1\" is empty or used twice.").arg(p.id));
            ids.insert(p.id);
            if (p.cost <= 0)
                return Status::failure(Tr::tr("Project %1 must cost more than zero.").arg(p.id));
            if (p.title.trimmed().isEmpty())
                return Status::failure(Tr::tr("Project %1 has no title.").arg(p.id));
            if (!p.district.isEmpty() && !districtIds.contains(p.district))
                return Status::failure(Tr::tr("Project %1 is in district \"%2\", which the round does not have.")
                                           .arg(p.id, p.district));
            if (!categories.isEmpty() && !p.category.isEmpty() && !categories.contains(p.category))
                return Status::failure(Tr::tr("Project %1 is in category \"%2\", which is not one of the round's "
                                              "categories.")
                                           .arg(p.id, p.category));
            if (list == &projects && p.status != ProjectStatus::Ballot)
                return Status::failure(
                    Tr::tr("Project %1 is listed on the ballot, but its status says it is not on the ballot.")
                        .arg(p.id));
            if (list != &projects && p.status == ProjectStatus::Ballot)
                return Status::failure(
                    Tr::tr("Project %1 is kept off the ballot, but its status says it is on the ballot.").arg(p.id));
        }
    }
    for (qsizetype i = 0; i < categories.size(); ++i) {
        if (categories[i].trimmed().isEmpty() || categories.indexOf(categories[i]) != i)
            return Status::failure(Tr::tr("Category \"%1\" is empty or listed twice.").arg(categories[i]));
    }
    if (votingOpens.isValid() && votingCloses.isValid() && votingCloses <= votingOpens)
        return Status::failure(Tr::tr("Voting must close after it opens."));
    if (projects.size() > 65535)
        return Status::failure(Tr::tr("A round can hold at most 65,535 projects."));
    const BallotRules &r = rules;
    if (r.minSelections < 0 || r.maxSelections < 0)
        return Status::failure(Tr::tr("The number of projects to choose cannot be negative."));
    if (r.maxSelections > 0 && r.minSelections > r.maxSelections)
        return Status::failure(Tr::tr("The minimum number of projects to choose is above the maximum."));
    if (!projects.empty() && r.minSelections > int(projects.size()))
        return Status::failure(Tr::tr("The minimum number of projects to choose is more than the ballot has."));
    if (r.minSpendPercent < 0 || r.minSpendPercent > 100)
        return Status::failure(Tr::tr("The minimum share of the budget must be between 0 and 100%."));
    if (r.minSpendPercent > 0 && r.kind != BallotKind::Knapsack)
        return Status::failure(Tr::tr("A minimum share of the budget only applies to knapsack ballots."));
    if (r.kind == BallotKind::Cumulative) {
        if (r.totalPoints <= 0)
            return Status::failure(Tr::tr("A cumulative ballot needs a number of points to spread."));
        if (r.maxPointsPerProject < 0)
            return Status::failure(Tr::tr("The points allowed per project cannot be negative."));
    } else if (r.totalPoints != 0 || r.maxPointsPerProject != 0 || r.mustUseAllPoints) {
        return Status::failure(Tr::tr("Points only apply to cumulative ballots."));
    }
    return {};
}

} // namespace pbvote
