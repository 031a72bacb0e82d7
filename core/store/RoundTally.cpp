#include "store/RoundTally.h"

#include "crypto/Crypto.h"
#include "formats/OutcomeJson.h"
#include "formats/PabulibRound.h"
#include "formats/PabulibWriter.h"
#include "record/Records.h"
#include "store/RoundCounter.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <optional>

namespace pbvote::store {

namespace {
// Translation context "Store" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};
} // namespace

namespace {
// The ballots of a closed round: an imported round's public votes, or the sealed
// ballots opened with the election key (`authority` receives the round's authority key
// name, empty for imported rounds).
Result<counting::Instance> roundInstance(const BallotStore &store, int64_t roundId, const KeyUnlocker &unlock,
                                         QString *authority = nullptr, size_t *excluded = nullptr,
                                         std::vector<Ballot> *opened = nullptr)
{
    using R = Result<counting::Instance>;
    auto source = store.importSource(roundId);
    if (!source)
        return R::failure(source.error());
    if (!source->isEmpty())
        return importedInstance(store, roundId);
    auto names = store.roundKeys(roundId);
    if (!names)
        return R::failure(names.error());
    if (names->election.isEmpty() || names->authority.isEmpty())
        return R::failure(Tr::tr("Round %1 was never opened, so it has no ballots.").arg(roundId));
    auto electionSk = unlock(KeyKind::Election, names->election);
    if (!electionSk)
        return R::failure(electionSk.error());
    if (authority)
        *authority = names->authority;
    return openBallots(store, roundId, *electionSk, excluded, opened);
}

Result<record::TallyStatement> tallyStatement(const BallotStore &store, int64_t roundId, const QString &rule,
                                              const counting::RuleOptions &options, const QByteArray &resultJson,
                                              const std::vector<Ballot> &opened, size_t counted, size_t excluded)
{
    using R = Result<record::TallyStatement>;
    auto manifest = store.manifest(roundId);
    auto issued = store.issuedCodeHashes(roundId);
    auto kiosks = store.kiosks(roundId);
    auto events = store.events(roundId);
    if (!manifest || !issued || !kiosks || !events)
        return R::failure(!manifest ? manifest.error()
                                    : !issued ? issued.error() : !kiosks ? kiosks.error() : events.error());
    record::TallyStatement t;
    t.manifestHash = record::manifestHash(manifest->encode());
    t.rule = rule;
    t.tieBreak = counting::tieBreakName(options.tieBreak);
    t.issuedCodes = issued->size();
    t.issuedCodeRoot = record::issuedCodeRoot(*issued);
    for (const KioskInfo &k : *kiosks) {
        if (k.revoked)
            t.revokedKiosks.push_back(k.id);
    }
    std::sort(t.revokedKiosks.begin(), t.revokedKiosks.end());
    t.ballotsCounted = counted;
    t.ballotsExcluded = excluded;
    t.openedBallotsHash = record::openedBallotsHash(record::encodeOpenedBallots(opened));
    t.eventCount = events->size();
    t.eventHead = QByteArray(32, '\0');
    if (!events->empty()) {
        auto last = record::Event::decode(events->back());
        if (!last)
            return R::failure(last.error());
        t.eventHead = last->hash();
    }
    t.resultHash = record::resultHash(resultJson);
    return t;
}
} // namespace

Result<TallyOutput> tallyRound(BallotStore &store, int64_t roundId, const QString &rule,
                               const counting::RuleOptions &options, const KeyUnlocker &unlock)
{
    using R = Result<TallyOutput>;
    auto round = store.round(roundId);
    if (!round)
        return R::failure(round.error());

    // The ballots: public votes of an imported round, or the sealed ballots opened.
    QString authority;
    size_t excluded = 0;
    std::vector<Ballot> opened;
    auto instance = roundInstance(store, roundId, unlock, &authority, &excluded, &opened);
    if (!instance)
        return R::failure(instance.error());

    auto outcome = countRound(*round, *instance, rule, options);
    if (!outcome)
        return R::failure(outcome.error());
    TallyOutput out;
    out.result = formats::outcomeToJson(*instance, *outcome);
    out.result[u"round"_qs] = qint64(roundId);
    out.result[u"ballots"_qs] = qint64(instance->voters.size());
    if (excluded > 0) // ballots of revoked kiosks: stored, checked, not counted
        out.result[u"excluded_ballots"_qs] = qint64(excluded);
    const QByteArray canonical = QJsonDocument(out.result).toJson(QJsonDocument::Compact);
    // Imported rounds have no authority: their votes were public already.
    QByteArray signature;
    if (!authority.isEmpty()) {
        auto authoritySk = unlock(KeyKind::Authority, authority);
        if (!authoritySk)
            return R::failure(authoritySk.error());
        signature = crypto::sign(*authoritySk, record::ResultDomain, canonical);
    }
    // One stored result per rule and tie-breaking: another tie-breaking is another count.
    const QString key = options.tieBreak == counting::TieBreak::LexicographicId
        ? rule
        : rule + u'/' + counting::tieBreakName(options.tieBreak);
    if (Status s = store.markTallied(roundId, key, canonical, signature); !s)
        return R::failure(s.error());
    if (!authority.isEmpty()) {
        // What the count covered, signed: auditors check the published opened ballots,
        // the issued codes and the revocations against it (docs/records.md).
        auto statement = tallyStatement(store, roundId, key, options, canonical, opened,
                                        size_t(instance->voters.size()), excluded);
        if (!statement)
            return R::failure(statement.error());
        auto authoritySk = unlock(KeyKind::Authority, authority);
        if (!authoritySk)
            return R::failure(authoritySk.error());
        const QByteArray statementBytes = statement->encode();
        if (Status s = store.setTallyStatement(roundId, key, statementBytes,
                                               crypto::sign(*authoritySk, record::TallyDomain, statementBytes),
                                               record::encodeOpenedBallots(opened));
            !s)
            return R::failure(s.error());
    }
    out.text = formats::outcomeToText(*instance, *outcome);
    return out;
}

Result<QByteArray> pabulibVotes(const BallotStore &store, int64_t roundId, const KeyUnlocker &unlock, int64_t *votes)
{
    using R = Result<QByteArray>;
    auto round = store.round(roundId);
    if (!round)
        return R::failure(round.error());
    auto instance = roundInstance(store, roundId, unlock);
    if (!instance)
        return R::failure(instance.error());
    counting::Instance &inst = *instance;
    std::vector<counting::Voter> shuffled;
    shuffled.reserve(inst.voters.size());
    for (int i : crypto::randomPermutation(int(inst.voters.size())))
        shuffled.push_back(std::move(inst.voters[size_t(i)]));
    inst.voters = std::move(shuffled);
    formats::fillPabulibMeta(*round, inst);
    if (votes)
        *votes = int64_t(inst.voters.size());
    return formats::writePabulib(inst);
}

} // namespace pbvote::store
