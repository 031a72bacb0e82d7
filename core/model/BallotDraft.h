#pragma once

#include "model/Ballot.h"
#include "model/Round.h"
#include "util/Result.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace pbvote {

// A ballot while a voter is filling it in at a kiosk: the rules of the round applied to
// each touch, so that a pick that cannot be made is refused at once with a sentence the
// voter understands (not at the end). Holds no code, no voter and no time. The kiosk UI
// shows it; the store casts draft.ballot() once the voter confirms.
class BallotDraft
{
public:
    BallotDraft() = default;
    explicit BallotDraft(Round round);

    const Round &round() const { return m_round; }
    // How amounts read in the messages (default: "275,000.00 EUR"); a kiosk passes its
    // own, e.g. "€275,000" in the voter's language.
    using MoneyFormatter = std::function<QString(int64_t)>;
    void setMoneyFormatter(MoneyFormatter formatter) { m_money = std::move(formatter); }
    BallotKind kind() const { return m_round.rules.kind; }
    int projectCount() const { return int(m_round.projects.size()); }

    // Districts -------------------------------------------------------------------------
    // The district the voter votes in (their access code says which): only city-wide
    // projects and that district's are offered, and picking another district's project
    // is refused with a sentence that says why. "" (the default) offers every project.
    // Choices the new district does not offer are dropped. Fails, changing nothing, for a
    // district the round does not have. clear() forgets it.
    Status setDistrict(const QString &districtId);
    const QString &district() const { return m_district; }
    // Whether the voter may pick `project` at all (city-wide, or in their district).
    bool isOffered(int project) const;
    int offeredCount() const;

    // Approval and knapsack -----------------------------------------------------------
    bool isChosen(int project) const;
    // Adds or removes a project. Adding is refused (with the reason) when the ballot is
    // full or, for a knapsack ballot, when the project does not fit what is left.
    Status toggle(int project);
    // Whether choosing `project` now would be accepted.
    bool canChoose(int project) const;

    // Cumulative ----------------------------------------------------------------------
    int points(int project) const;
    Status setPoints(int project, int points);
    int pointsGiven() const;
    int pointsLeft() const;

    // Ordinal ---------------------------------------------------------------------------
    int rank(int project) const; // 1 = first choice; 0 = not ranked
    Status appendToRanking(int project);
    void removeFromRanking(int project);
    // Moves a ranked project `delta` places (negative: towards first).
    Status moveInRanking(int project, int delta);
    int rankLimit() const; // k: how many projects may be ranked (at most those offered)

    // All kinds ---------------------------------------------------------------------------
    int chosenCount() const;
    // Projects on the ballot: by position, or in preference order for ordinal ballots.
    std::vector<int> chosen() const;
    // Money the chosen projects cost, and the budget they draw on. For a round with
    // districts, `districtId` selects the district ("" = city-wide budget).
    int64_t spent(const QString &districtId = {}) const;
    int64_t budget(const QString &districtId = {}) const;
    int64_t remaining(const QString &districtId = {}) const { return budget(districtId) - spent(districtId); }
    int64_t totalCost() const;
    // Ok when the ballot may be cast as it is; otherwise what still has to change.
    Status readiness() const;
    // The ballot as it would be cast (canonical form).
    Ballot ballot() const;
    // Forgets every choice and the district (the next voter starts from nothing).
    void clear();

private:
    Status checkIndex(int project) const;
    // Ok when `project` (a valid index) is offered; otherwise why it cannot be picked.
    Status checkOffered(int project) const;
    QString money(int64_t amount) const;
    Round m_round;
    MoneyFormatter m_money;
    QString m_district; // "": every project is offered
    std::vector<int> m_values; // per project: 1/0 chosen, points, or rank
};

} // namespace pbvote
