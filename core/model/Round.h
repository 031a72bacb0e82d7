#pragma once

#include "model/BallotRules.h"
#include "model/Project.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace pbvote {

// Lifecycle: Draft → Open → Closed → Tallied. Open ⇄ Suspended is a pause (a kiosk
// checkpoint is signed at each suspension). Nothing else is allowed.
enum class RoundState : uint8_t { Draft = 1, Open = 2, Suspended = 3, Closed = 4, Tallied = 5 };

QString roundStateName(RoundState state); // "draft", "open", "suspended", "closed", "tallied"
std::optional<RoundState> parseRoundState(const QString &name);
// Ok when `from → to` is an allowed transition; otherwise a message saying why not.
Status checkTransition(RoundState from, RoundState to);

struct Round
{
    int64_t id = 0;              // local number, for people and the CLI
    QByteArray electionId;       // 16 random bytes: the round's identity in signed records
    QString name;
    QString currency = QStringLiteral("EUR");
    int64_t budget = 0;          // minor units, for city-wide projects
    BallotRules rules;
    RoundState state = RoundState::Draft;
    std::vector<Project> projects;   // ballot order; ballots refer to positions here
    std::vector<District> districts;

    int projectIndex(const QString &projectId) const; // -1 when unknown
    const District *district(const QString &districtId) const;
    // Budget that covers a project: its district's, or the round's for city-wide ones.
    int64_t budgetFor(const Project &project) const;
    // Checks the round itself is sound (ids unique, costs positive, districts known,
    // rules consistent with the projects); names the first problem found.
    Status validate() const;
};

} // namespace pbvote
