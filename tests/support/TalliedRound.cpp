#include "TalliedRound.h"

#include "crypto/Crypto.h"
#include "formats/OutcomeJson.h"
#include "record/Records.h"
#include "store/RoundCounter.h"

#include <QDebug>
#include <QJsonDocument>

namespace pbvote::testsupport {

// Casts `ballots`, closes the round, opens and counts it like the CLI's tallyRound, stores
// the signed result and returns the JSON read back from the store.
bool tallyReadyRound(TalliedRound &t, const QString &dbPath, const Round &shape, const std::vector<std::vector<int>> &ballots,
           const QString &rule)
{
    if (Status s = testsupport::makeReadyRound(t.ready, dbPath, shape); !s) {
        qWarning() << "makeReadyRound:" << s.error();
        return false;
    }
    for (const Project &p : shape.projects)
        t.votes[p.id] = 0;
    for (size_t i = 0; i < ballots.size(); ++i) {
        Ballot b;
        for (int p : ballots[i]) {
            b.choices.push_back({p, 1});
            ++t.votes[shape.projects[size_t(p)].id];
        }
        auto receipt = t.ready.cast(int(i), b);
        if (!receipt) {
            qWarning() << "cast" << i << receipt.error();
            return false;
        }
    }
    auto closed = t.ready.store->close(t.ready.roundId, &t.ready.kiosk.secretKey);
    if (!closed) {
        qWarning() << "close:" << closed.error();
        return false;
    }
    auto round = t.ready.store->round(t.ready.roundId);
    if (!round) {
        qWarning() << "round:" << round.error();
        return false;
    }
    t.round = *round;
    auto instance = store::openBallots(*t.ready.store, t.ready.roundId, t.ready.election.secretKey);
    if (!instance) {
        qWarning() << "openBallots:" << instance.error();
        return false;
    }
    t.instance = *instance;
    auto outcome = store::countRound(t.round, t.instance, rule, {});
    if (!outcome) {
        qWarning() << "countRound:" << outcome.error();
        return false;
    }
    t.outcome = *outcome;
    QJsonObject json = formats::outcomeToJson(t.instance, t.outcome);
    json[u"round"_qs] = qint64(t.ready.roundId);
    json[u"ballots"_qs] = qint64(t.instance.voters.size());
    const QByteArray canonical = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const QByteArray signature = crypto::sign(t.ready.authority.secretKey, record::ResultDomain, canonical);
    if (Status s = t.ready.store->markTallied(t.ready.roundId, rule, canonical, signature); !s) {
        qWarning() << "markTallied:" << s.error();
        return false;
    }
    auto stored = t.ready.store->results(t.ready.roundId);
    if (!stored || stored->empty()) {
        qWarning() << "results:" << (stored ? u"none"_qs : stored.error());
        return false;
    }
    auto round2 = t.ready.store->round(t.ready.roundId);
    if (round2)
        t.round = *round2; // now tallied
    t.json = QJsonDocument::fromJson(stored->back().resultJson).object();
    return !t.json.isEmpty();
}


} // namespace pbvote::testsupport
