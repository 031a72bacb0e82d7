#pragma once

#include <QString>

#include <cstdint>

namespace pbvote {

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
