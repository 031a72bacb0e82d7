#pragma once

#include "store/BallotStore.h"
#include "util/Result.h"

#include <QJsonObject>

namespace pbvote::audit {

// The election record (audit bundle) of a round: everything an auditor needs to
// re-verify every signature, the event chain and the checkpoints, and — with the
// election key — to recount. Ballots, codes and checkpoints are written in a fixed
// order that does not follow cast order (ballot id, code hash). See docs/election-record.md.
Result<QJsonObject> buildElectionRecord(const store::BallotStore &store, int64_t roundId);
// Writes the record atomically (QSaveFile): a failed write leaves no partial file.
Status writeElectionRecord(const store::BallotStore &store, int64_t roundId, const QString &path);

} // namespace pbvote::audit
