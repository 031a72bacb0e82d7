#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace pbvote {

// Where a proposal stands while organizers vet it. Only Ballot projects are on the
// ballot (Round::projects); the others are kept with the round (Round::offBallot) so the
// vetting is on record. A round cannot open while a project is still UnderReview.
enum class ProjectStatus : uint8_t { Ballot = 1, UnderReview = 2, Rejected = 3, Withdrawn = 4 };
QString projectStatusName(ProjectStatus status); // "ballot", "review", "rejected", "withdrawn"
std::optional<ProjectStatus> parseProjectStatus(const QString &name);

// A project on a round's ballot. Money is always an integer number of minor units
// (cents, grosze): never floating point.
struct Project
{
    QString id;          // organizer-chosen, unique in the round (e.g. "P07")
    QString title;
    QString description;
    int64_t cost = 0;    // minor units
    QString category;    // empty: none
    QString district;    // district id; empty: city-wide
    ProjectStatus status = ProjectStatus::Ballot;

    bool operator==(const Project &) const = default;
};

struct District
{
    QString id;
    QString name;
    int64_t budget = 0;  // minor units available for this district's projects

    bool operator==(const District &) const = default;
};

} // namespace pbvote
