#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>

namespace pbvote {

// What a ballot may contain. One kind per round.
enum class BallotKind : uint8_t {
    Approval = 1,   // tick any projects (optionally at least / at most a number)
    Knapsack = 2,   // tick projects whose costs fit within the budget (cost-limited approval)
    Cumulative = 3, // spread a number of points over projects
    Ordinal = 4,    // rank up to k projects, best first
};

QString ballotKindName(BallotKind kind); // "approval", "knapsack", "cumulative", "ordinal"
std::optional<BallotKind> parseBallotKind(const QString &name);

struct BallotRules
{
    BallotKind kind = BallotKind::Approval;
    int minSelections = 0;       // all kinds: fewest projects on a ballot (0: may be empty)
    int maxSelections = 0;       // approval/knapsack/cumulative: most projects (0: no limit);
                                 // ordinal: k, the number of ranks (0: rank all)
    int minSpendPercent = 0;     // knapsack: the selection must cost at least this share
                                 // of the budget (0..100)
    int totalPoints = 0;         // cumulative: points to spread (> 0)
    int maxPointsPerProject = 0; // cumulative: at most this many on one project (0: no limit)
    bool mustUseAllPoints = false; // cumulative: every point must be given

    bool operator==(const BallotRules &) const = default;
};

} // namespace pbvote
