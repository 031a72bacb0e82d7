#pragma once

#include "rules/Instance.h"

#include <QString>
#include <QVariantMap>

#include <cstdint>
#include <vector>

namespace pbvote::counting {

// Tie-breaking among projects that a rule finds exactly equal.
enum class TieBreak {
    LexicographicId, // the project whose id is smallest as a string wins (pabutools default)
    LowerCost,       // the cheaper project wins; then LexicographicId
    MoreVotes,       // the project with more supporters wins; then LexicographicId
};

QString tieBreakName(TieBreak t);               // "lexicographic-id", "lower-cost", "more-votes"
bool parseTieBreak(const QString &name, TieBreak *out);
// The tie-breaking in words for people, translated: what follows "ties broken by" (the
// name above stays the identifier of files, results and the command line).
QString tieBreakTitle(TieBreak t);
// The title of a tieBreakName(); a name pbvote does not know is returned as it is.
QString tieBreakTitle(const QString &name);

struct RuleOptions
{
    TieBreak tieBreak = TieBreak::LexicographicId;
    // max-welfare refuses instances whose exact search would exceed this many nodes.
    int64_t maxWelfareNodeLimit = 50'000'000;
};

// Why a project won or lost, in words a resident understands, plus the facts behind it.
struct Verdict
{
    int project = -1;     // index into Instance::projects
    bool funded = false;
    int order = 0;        // 1-based position in the order of selection; 0 if not funded
    QString reason;       // one or two plain sentences, translated (tr)
    QVariantMap facts;    // machine-readable details (supporters, payments, rho, ...)
};

struct Outcome
{
    QString rule;               // registry name, e.g. "mes-cost+add1"
    QVariantMap parameters;     // every parameter that influenced the result
    QString tieBreaking;        // tieBreakName() of the tie-breaking used
    std::vector<int> winners;   // project indices, in the order chosen
    int64_t budget = 0;
    int64_t budgetUsed = 0;
    int64_t budgetLeft = 0;
    std::vector<Verdict> verdicts; // one per project, in Instance::projects order
    QString error;              // non-empty: no result (e.g. instance too large for max-welfare)

    bool ok() const { return error.isEmpty(); }
};

} // namespace pbvote::counting
