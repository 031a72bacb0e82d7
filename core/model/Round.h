#pragma once

#include "model/BallotRules.h"
#include "model/Project.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace pbvote {

// Lifecycle: Draft → Open → Closed → Tallied. Open ⇄ Suspended is a pause (a kiosk
// checkpoint is signed at each suspension). Nothing else is allowed.
enum class RoundState : uint8_t { Draft = 1, Open = 2, Suspended = 3, Closed = 4, Tallied = 5 };

QString roundStateName(RoundState state); // "draft", "open", "suspended", "closed", "tallied"
// The same in words for messages, translated (context Round); roundStateName is what is
// stored and written to files.
QString roundStateInWords(RoundState state);
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
    // Proposals vetted out or still under review (status says which), in their place in
    // the organizers' order; never on a ballot, never in the manifest.
    std::vector<Project> offBallot;
    // The round's categories. When not empty, every project's category is one of them.
    QStringList categories;
    // The planned voting period (UTC), shown to organizers and voters; invalid when not set.
    QDateTime votingOpens;
    QDateTime votingCloses;
    // The counting rule (a counting::RuleInfo name) chosen before voting opens: the
    // official result is counted with it. Empty: not chosen yet.
    QString tallyRule;
    bool published = false; // the result was published (after tallying)

    int projectIndex(const QString &projectId) const; // -1 when unknown
    const District *district(const QString &districtId) const;
    // A project on the ballot or off it; nullptr when the round has none with that id.
    const Project *findProject(const QString &projectId) const;
    // Whether `project` may join or change in this round as organizers edit it: the
    // round-level checks of validate() plus "the cost is not above its budget" (when the
    // budget is set). Names the problem.
    Status checkProject(const Project &project) const;
    // Budget that covers a project: its district's, or the round's for city-wide ones.
    int64_t budgetFor(const Project &project) const;
    // Checks the round itself is sound (ids unique, costs positive, districts known,
    // rules consistent with the projects); names the first problem found.
    Status validate() const;
};

} // namespace pbvote
