#pragma once

// Test support: a round voted, closed, opened and counted step by step like the CLI's
// tally (so tests can compare with the instance and outcome), its signed result stored
// and read back.

#include "StoreFixture.h"

#include "rules/Instance.h"
#include "rules/Outcome.h"

#include <QJsonObject>

#include <map>
#include <vector>

namespace pbvote::testsupport {

struct TalliedRound
{
    ReadyRound ready;
    Round round;
    counting::Instance instance;
    counting::Outcome outcome;
    QJsonObject json;
    std::map<QString, int64_t> votes; // ballots that chose each project, counted here
};

// Casts `ballots` (project positions, approval-style), closes the round, opens and counts
// it with `rule`, stores the signed result and keeps the JSON read back from the store.
// False (with a warning naming the step) when a step fails.
bool tallyReadyRound(TalliedRound &t, const QString &dbPath, const Round &shape,
                     const std::vector<std::vector<int>> &ballots, const QString &rule);

} // namespace pbvote::testsupport
