#include "store/RoundCounter.h"

#include "crypto/Crypto.h"
#include "model/BallotValidator.h"
#include "rules/DistrictCount.h"
#include "rules/RuleRegistry.h"

#include <QSet>
#include <QCoreApplication>

#include <algorithm>

namespace pbvote::store {

namespace {
// Translation context "RoundCounter" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RoundCounter)
};
} // namespace

counting::Instance instanceSkeleton(const Round &round, int moneyScale)
{
    counting::Instance inst;
    inst.name = round.name;
    inst.budget = round.budget;
    inst.moneyScale = moneyScale;
    switch (round.rules.kind) {
    case BallotKind::Approval:
    case BallotKind::Knapsack: inst.voteType = counting::VoteType::Approval; break;
    case BallotKind::Cumulative: inst.voteType = counting::VoteType::Cumulative; break;
    case BallotKind::Ordinal: inst.voteType = counting::VoteType::Ordinal; break;
    }
    for (const Project &p : round.projects)
        inst.projects.push_back({p.id, p.cost, p.title, p.category, p.district});
    inst.meta.insert(u"description"_qs, round.name);
    inst.meta.insert(u"currency"_qs, round.currency);

    inst.meta.insert(u"vote_type"_qs, ballotKindName(round.rules.kind));
    return inst;
}

Result<counting::Instance> openBallots(const BallotStore &store, int64_t roundId,
                                       const crypto::SecretBytes &electionSecretKey, size_t *excluded,
                                       std::vector<Ballot> *opened)
{
    using R = Result<counting::Instance>;
    auto r = store.round(roundId);
    if (!r)
        return R::failure(r.error());
    if (r->state != RoundState::Closed && r->state != RoundState::Tallied)
        return R::failure(Tr::tr("Round %1 is %2: ballots are opened only after voting has closed.")
                              .arg(roundId)
                              .arg(roundStateInWords(r->state)));
    auto manifestBytes = store.manifest(roundId);
    if (!manifestBytes)
        return R::failure(manifestBytes.error());
    const record::Manifest &m = *manifestBytes;
    const QByteArray encodedManifest = m.encode();
    auto manifestSig = store.manifestSignature(roundId);
    if (!manifestSig)
        return R::failure(manifestSig.error());
    if (!crypto::verify(m.authorityPublicKey, record::ManifestDomain, encodedManifest, *manifestSig))
        return R::failure(Tr::tr("The round's manifest signature is not valid: the round's rules or projects "
                             "were altered after it opened."));
    if (electionSecretKey.size() != size_t(crypto::BoxSecretKeyBytes))
        return R::failure(Tr::tr("The election secret key has the wrong size."));
    const QByteArray mh = record::manifestHash(encodedManifest);
    const Round manifestRound = m.toRound();

    auto signedBallots = store.ballots(roundId);
    if (!signedBallots)
        return R::failure(signedBallots.error());
    auto kiosks = store.kiosks(roundId);
    if (!kiosks)
        return R::failure(kiosks.error());
    QSet<QString> revoked;
    for (const KioskInfo &k : *kiosks) {
        if (k.revoked)
            revoked.insert(k.id);
    }
    if (excluded)
        *excluded = 0;
    counting::Instance inst = instanceSkeleton(manifestRound);
    inst.voters.reserve(signedBallots->size());
    size_t position = 0;
    for (const BallotStore::SignedBallot &sb : *signedBallots) {
        ++position;
        const QString where = Tr::tr("Ballot %1 of %2 (in ballot-id order, id %3)")
                                  .arg(position)
                                  .arg(signedBallots->size())
                                  .arg(QString::fromLatin1(sb.ballotId.toHex()));
        auto env = record::BallotEnvelope::decode(sb.envelope);
        if (!env)
            return R::failure(where + u": "_qs + env.error());
        auto kiosk = std::find_if(m.kiosks.begin(), m.kiosks.end(),
                                  [&](const record::KioskEntry &k) { return k.id == env->kioskId; });
        if (kiosk == m.kiosks.end())
            return R::failure(where + Tr::tr(": kiosk %1 is not registered in the manifest.").arg(env->kioskId));
        if (!crypto::verify(kiosk->publicKey, record::BallotDomain, sb.envelope, sb.signature))
            return R::failure(where + Tr::tr(": the kiosk signature is not valid."));
        if (env->manifestHash != mh)
            return R::failure(where + Tr::tr(": it was cast in another round (manifest differs)."));
        if (env->ballotId != sb.ballotId || env->kioskId != sb.kioskId || env->batch != sb.batch)
            return R::failure(where + Tr::tr(": the stored columns disagree with the signed envelope."));
        auto plain = crypto::openAndUnpad(m.electionPublicKey, electionSecretKey, env->sealed, m.paddedBallotSize);
        if (!plain)
            return R::failure(where + u": "_qs + plain.error());
        auto decoded = record::BallotPlaintext::decode(plain->view());
        if (!decoded)
            return R::failure(where + u": "_qs + decoded.error());
        if (decoded->manifestHash != mh || decoded->ballotId != env->ballotId)
            return R::failure(where + Tr::tr(": the sealed vote belongs to another ballot or round."));
        if (decoded->kind != m.rules.kind)
            return R::failure(where + Tr::tr(": the sealed vote is of the wrong ballot kind."));
        auto canonical = canonicaliseBallot(manifestRound, decoded->ballot);
        if (!canonical)
            return R::failure(where + Tr::tr(": the vote breaks the round's rules: %1").arg(canonical.error()));
        if (!(*canonical == decoded->ballot))
            return R::failure(where + Tr::tr(": the vote is not in canonical form."));
        if (revoked.contains(env->kioskId)) {
            if (excluded)
                ++*excluded;
            continue;
        }
        if (opened)
            opened->push_back(decoded->ballot);
        counting::Voter v;
        for (const BallotChoice &c : decoded->ballot.choices) {
            v.projects.push_back(c.project);
            if (inst.voteType == counting::VoteType::Cumulative)
                v.points.push_back(c.value);
        }
        inst.voters.push_back(std::move(v));
    }
    return inst;
}

Result<counting::Instance> importedInstance(const BallotStore &store, int64_t roundId)
{
    using R = Result<counting::Instance>;
    auto r = store.round(roundId);
    if (!r)
        return R::failure(r.error());
    auto ballots = store.importedBallots(roundId);
    if (!ballots)
        return R::failure(ballots.error());
    counting::Instance inst = instanceSkeleton(*r, 0);
    inst.voters.reserve(ballots->size());
    for (const Ballot &b : *ballots) {
        counting::Voter v;
        for (const BallotChoice &c : b.choices) {
            v.projects.push_back(c.project);
            if (inst.voteType == counting::VoteType::Cumulative)
                v.points.push_back(c.value);
        }
        inst.voters.push_back(std::move(v));
    }
    return inst;
}

Result<counting::Outcome> countRound(const Round &round, const counting::Instance &instance,
                                     const QString &ruleName, const counting::RuleOptions &options)
{
    using R = Result<counting::Outcome>;
    const counting::RuleInfo *rule = counting::findRule(ruleName);
    if (!rule) {
        QStringList names;
        for (const counting::RuleInfo &info : counting::allRules())
            names << info.name;
        return R::failure(Tr::tr("Unknown counting rule \"%1\"; known rules: %2").arg(ruleName, names.join(u", "_qs)));
    }
    counting::Outcome outcome;
    if (round.districts.empty()) {
        outcome = rule->run(instance, options);
    } else {
        QMap<QString, int64_t> budgets;
        budgets.insert(QString(), round.budget);
        for (const District &d : round.districts)
            budgets.insert(d.id, d.budget);
        outcome = counting::countByDistrict(instance, budgets, *rule, options);
    }
    if (!outcome.ok())
        return R::failure(outcome.error);
    return outcome;
}

} // namespace pbvote::store
