// The voting half of BallotStore: opening a round, casting, checkpoints, closing.
#include "store/BallotStore.h"

#include "crypto/Crypto.h"
#include "model/BallotValidator.h"
#include "store/RoundCounter.h"
#include "store/SqlHelpers.h"
#include "store/StoreInternal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pbvote::store {

using record::CheckpointKind;
using record::EventType;

namespace {

// Translation context "BallotStore" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BallotStore)
};

// libsodium's Ed25519 secret key is seed ‖ public key.
bool keyMatches(const crypto::SecretBytes &secretKey, QByteArrayView publicKey)
{
    return secretKey.size() == size_t(crypto::SignSecretKeyBytes) && publicKey.size() == crypto::SignPublicKeyBytes
        && std::equal(publicKey.begin(), publicKey.end(),
                      reinterpret_cast<const char *>(secretKey.data()) + 32);
}

} // namespace

Status BallotStore::checkCanOpen(int64_t roundId) const
{
    auto r = round(roundId);
    if (!r)
        return Status::failure(r.error());
    if (Status s = checkTransition(r->state, RoundState::Open); !s || r->state != RoundState::Draft)
        return s ? Status::failure(Tr::tr("Round %1 is %2; only a draft round can be opened (a suspended "
                                      "round is resumed).")
                                       .arg(roundId)
                                       .arg(roundStateInWords(r->state)))
                 : s;
    if (Status s = r->validate(); !s)
        return s;
    if (r->projects.empty())
        return Status::failure(Tr::tr("Round %1 has no projects on its ballot.").arg(roundId));
    for (const Project &p : r->offBallot) {
        if (p.status == ProjectStatus::UnderReview)
            return Status::failure(Tr::tr("Project %1 is still under review: put it on the ballot or set it aside "
                                          "before voting opens.")
                                       .arg(p.id));
    }
    if (r->tallyRule.isEmpty())
        return Status::failure(Tr::tr("Round %1 has no counting rule yet: choose it before voting opens, so that "
                                      "everyone knows how the votes will be counted.")
                                   .arg(roundId));
    // The chosen rule must be able to count this round's ballots (e.g. Phragmén counts
    // approval ballots only): find out now, not after voting.
    if (auto dryRun = countRound(*r, instanceSkeleton(*r), r->tallyRule, {}); !dryRun)
        return Status::failure(Tr::tr("The counting rule %1 cannot count round %2: %3")
                                   .arg(r->tallyRule)
                                   .arg(roundId)
                                   .arg(dryRun.error()));
    auto kiosks = queryValue(db(), u"SELECT count(*) FROM round_kiosks WHERE round_id=?"_qs, {qlonglong(roundId)});
    if (!kiosks)
        return Status::failure(kiosks.error());
    if (kiosks->toLongLong() == 0)
        return Status::failure(Tr::tr("Round %1 has no registered kiosk: register the public key made on each kiosk "
                                      "before voting opens.")
                                   .arg(roundId));
    return {};
}

Status BallotStore::openRound(int64_t roundId, const QString &authorityKeyName,
                              const crypto::SecretBytes &authoritySecretKey)
{
    if (Status s = checkCanOpen(roundId); !s)
        return s;
    auto r = round(roundId);
    if (!r)
        return Status::failure(r.error());
    QSqlDatabase d = db();
    auto electionKeyName = queryValue(d, u"SELECT election_key FROM rounds WHERE id=?"_qs, {qlonglong(roundId)});
    if (!electionKeyName)
        return Status::failure(electionKeyName.error());
    if (electionKeyName->isNull())
        return Status::failure(Tr::tr("Round %1 has no election key yet: create one with "
                                  "\"pbvote keys create --kind election --round %1\".")
                                   .arg(roundId));
    auto electionKey = key(KeyKind::Election, electionKeyName->toString());
    if (!electionKey)
        return Status::failure(electionKey.error());
    auto authority = key(KeyKind::Authority, authorityKeyName);
    if (!authority)
        return Status::failure(authority.error());
    if (!keyMatches(authoritySecretKey, authority->publicKey))
        return Status::failure(Tr::tr("The unlocked secret key is not the authority key \"%1\".").arg(authorityKeyName));

    record::Manifest m;
    m.electionId = r->electionId;
    m.name = r->name;
    m.currency = r->currency;
    m.budget = r->budget;
    m.rules = r->rules;
    m.districts = r->districts;
    m.projects = r->projects;
    m.electionPublicKey = electionKey->publicKey;
    m.authorityPublicKey = authority->publicKey;
    auto kq = exec(d, u"SELECT kiosk_id, public_key FROM round_kiosks WHERE round_id=? ORDER BY kiosk_id"_qs,
                   {qlonglong(roundId)});
    if (!kq)
        return Status::failure(kq.error());
    while (kq->next())
        m.kiosks.push_back({kq->value(0).toString(), kq->value(1).toByteArray()});
    if (m.kiosks.empty())
        return Status::failure(Tr::tr("Round %1 has no registered kiosk: create one with "
                                  "\"pbvote keys create --kind kiosk --name K1 --round %1\".")
                                   .arg(roundId));
    std::sort(m.kiosks.begin(), m.kiosks.end(),
              [](const record::KioskEntry &a, const record::KioskEntry &b) { return a.id < b.id; });
    m.paddedBallotSize = record::paddedBallotSizeFor(*r);
    m.tallyRule = r->tallyRule;
    m.votingOpens = r->votingOpens.isValid() ? r->votingOpens.toSecsSinceEpoch() : 0;
    m.votingCloses = r->votingCloses.isValid() ? r->votingCloses.toSecsSinceEpoch() : 0;
    const QByteArray bytes = m.encode();
    const QByteArray signature = crypto::sign(authoritySecretKey, record::ManifestDomain, bytes);

    Transaction tx(d);
    if (!tx.begin())
        return Status::failure(tx.error());
    // Zero totals: nothing may be recorded for a round before it opens.
    auto existing = queryValue(d, u"SELECT count(*) FROM ballots WHERE round_id=?"_qs, {qlonglong(roundId)});
    if (!existing || existing->toLongLong() != 0)
        return Status::failure(Tr::tr("Round %1 cannot open: the database already holds ballots for it.").arg(roundId));
    if (auto q = exec(d, u"UPDATE rounds SET manifest=?, manifest_signature=?, authority_key=? WHERE id=?"_qs,
                      {bytes, signature, authorityKeyName, qlonglong(roundId)});
        !q)
        return Status::failure(q.error());
    if (Status s = setState(roundId, RoundState::Draft, RoundState::Open); !s)
        return s;
    if (Status s = appendEvent(roundId, EventType::Opened,
                               Tr::tr("Voting opened; manifest %1").arg(crypto::base32(record::manifestHash(bytes)).left(16)),
                               {});
        !s)
        return s;
    return tx.commit() ? Status() : Status::failure(tx.error());
}

Result<record::Manifest> BallotStore::manifest(int64_t roundId) const
{
    using R = Result<record::Manifest>;
    auto v = queryValue(db(), u"SELECT manifest FROM rounds WHERE id=?"_qs, {qlonglong(roundId)});
    if (!v)
        return R::failure(v.error());
    if (!v->isValid() || v->isNull())
        return R::failure(Tr::tr("Round %1 has not been opened, so it has no signed manifest yet.").arg(roundId));
    return record::Manifest::decode(v->toByteArray());
}

Result<QByteArray> BallotStore::manifestSignature(int64_t roundId) const
{
    using R = Result<QByteArray>;
    auto v = queryValue(db(), u"SELECT manifest_signature FROM rounds WHERE id=?"_qs, {qlonglong(roundId)});
    if (!v)
        return R::failure(v.error());
    if (!v->isValid() || v->isNull())
        return R::failure(Tr::tr("Round %1 has not been opened, so it has no signed manifest yet.").arg(roundId));
    return v->toByteArray();
}

Result<const BallotStore::OpenRound *> BallotStore::openRoundData(int64_t roundId) const
{
    using R = Result<const OpenRound *>;
    if (auto it = m_openRounds.find(roundId); it != m_openRounds.end())
        return R(&it->second);
    auto v = queryValue(db(), u"SELECT manifest FROM rounds WHERE id=?"_qs, {qlonglong(roundId)});
    if (!v)
        return R::failure(v.error());
    if (!v->isValid())
        return R::failure(Tr::tr("There is no round %1 in this database.").arg(roundId));
    if (v->isNull())
        return R::failure(Tr::tr("Round %1 is not open for voting.").arg(roundId));
    auto m = record::Manifest::decode(v->toByteArray());
    if (!m)
        return R::failure(m.error());
    OpenRound data{*m, record::manifestHash(v->toByteArray()), m->toRound()};
    auto [it, inserted] = m_openRounds.emplace(roundId, std::move(data));
    Q_UNUSED(inserted);
    return R(&it->second);
}

Status BallotStore::bindKiosk(const QString &kioskId)
{
    // Another connection may have bound the database since this one opened (we are inside the cast's write transaction).
    if (auto stored = queryValue(db(), u"SELECT value FROM settings WHERE key='kiosk_id'"_qs); stored && stored->isValid()) m_boundKiosk = stored->toString();
    if (m_boundKiosk == kioskId)
        return {};
    if (!m_boundKiosk.isEmpty())
        return Status::failure(Tr::tr("This database belongs to kiosk %1; kiosk %2 cannot record ballots in it.")
                                   .arg(m_boundKiosk, kioskId));
    if (auto q = exec(db(), u"INSERT INTO settings(key, value) VALUES('kiosk_id', ?)"_qs, {kioskId}); !q)
        return Status::failure(q.error());
    m_boundKiosk = kioskId;
    return {};
}

Result<CastReceipt> BallotStore::cast(int64_t roundId, const QString &kioskId, const crypto::SecretBytes &kioskSecretKey,
                                      const QString &accessCode, const Ballot &ballot)
{
    using R = Result<CastReceipt>;
    auto data = openRoundData(roundId);
    if (!data)
        return R::failure(data.error());
    const OpenRound &open = **data;
    auto kiosk = std::find_if(open.manifest.kiosks.begin(), open.manifest.kiosks.end(),
                              [&](const record::KioskEntry &k) { return k.id == kioskId; });
    if (kiosk == open.manifest.kiosks.end())
        return R::failure(Tr::tr("Kiosk %1 is not registered for round %2.").arg(kioskId).arg(roundId));
    if (!keyMatches(kioskSecretKey, kiosk->publicKey))
        return R::failure(Tr::tr("The unlocked key is not kiosk %1's registered key.").arg(kioskId));

    auto canonical = canonicaliseBallot(open.round, ballot);
    if (!canonical) {
        // The log says a ballot was refused, never what it held.
        logEvent(roundId, EventType::CastRefused, Tr::tr("A ballot that breaks the round's rules was refused"), kioskId);
        return R::failure(canonical.error());
    }
    const QString code = crypto::normaliseCode(accessCode);
    if (code.size() != 12) {
        logEvent(roundId, EventType::CastRefused, Tr::tr("A mistyped access code was refused"), kioskId);
        return R::failure(Tr::tr("This is not an access code: a code has 12 letters and digits, like K7QX-M2PA-R3TE."));
    }
    const QByteArray codeHash = record::accessCodeHash(open.manifest.electionId, code);

    QSqlDatabase d = db();
    QString refusal;
    QString logged = Tr::tr("An access code that is unknown, used, withdrawn or for another district was refused");
    {
        Transaction tx(d);
        if (!tx.begin())
            return R::failure(tx.error());
        auto state = queryValue(d, u"SELECT state FROM rounds WHERE id=?"_qs, {qlonglong(roundId)});
        if (!state)
            return R::failure(state.error());
        if (state->toString() != roundStateName(RoundState::Open)) {
            const auto current = parseRoundState(state->toString());
            return R::failure(Tr::tr("Voting in round %1 is not open (the round is %2).")
                                  .arg(roundId)
                                  .arg(current ? roundStateInWords(*current) : state->toString()));
        }
        if (Status s = bindKiosk(kioskId); !s)
            return R::failure(s.error());
        auto batch = queryValue(d, u"SELECT batch FROM kiosk_batches WHERE round_id=? AND kiosk_id=?"_qs,
                                {qlonglong(roundId), kioskId});
        if (!batch)
            return R::failure(batch.error());
        uint32_t batchNo = 1;
        if (batch->isValid()) {
            batchNo = uint32_t(batch->toLongLong());
        } else if (auto q = exec(d, u"INSERT INTO kiosk_batches(round_id, kiosk_id, batch, previous_checkpoint) "
                                    "VALUES(?, ?, 1, ?)"_qs,
                                 {qlonglong(roundId), kioskId, QByteArray(32, '\0')});
                   !q) {
            return R::failure(q.error());
        }
        auto revoked = queryValue(d, u"SELECT revoked FROM round_kiosks WHERE round_id=? AND kiosk_id=?"_qs,
                                  {qlonglong(roundId), kioskId});
        if (!revoked)
            return R::failure(revoked.error());
        if (revoked->toInt() != 0) {
            refusal = Tr::tr("Kiosk %1 was revoked by the organizers: it cannot record ballots.").arg(kioskId);
            logged = Tr::tr("A ballot from a revoked kiosk was refused");
        }
        auto codeRow = lookUpCode(d, roundId, codeHash);
        if (!codeRow)
            return R::failure(codeRow.error());
        const bool issued = codeRow->issued;
        const QString codeDistrict = codeRow->district;
        const auto outsideDistrict = std::find_if(canonical->choices.begin(), canonical->choices.end(),
                                                  [&](const BallotChoice &c) {
                                                      const QString &district = open.round.projects[size_t(c.project)].district;
                                                      return !codeDistrict.isEmpty() && !district.isEmpty()
                                                          && district != codeDistrict;
                                                  });
        if (!refusal.isEmpty()) {
            // refused above
        } else if (!issued) {
            refusal = Tr::tr("This access code is not valid for this round. Check it and try again, or ask a poll worker.");
        } else if (codeRow->spent) {
            refusal = Tr::tr("This access code has already been used to vote.");
        } else if (codeRow->voided) {
            refusal = Tr::tr("This access code was withdrawn by the organizers. A poll worker can give you a new one.");
        } else if (outsideDistrict != canonical->choices.end()) {
            const QString other = open.round.projects[size_t(outsideDistrict->project)].district;
            refusal = Tr::tr("This access code is for district %1; project %2 is in district %3.")
                          .arg(codeDistrict, open.round.projects[size_t(outsideDistrict->project)].id, other);
        } else {
            if (auto q = exec(d, u"INSERT INTO spent_codes(round_id, code_hash, kiosk_id, batch) VALUES(?, ?, ?, ?)"_qs,
                              {qlonglong(roundId), codeHash, kioskId, qlonglong(batchNo)});
                !q)
                return R::failure(q.error());

            record::BallotPlaintext plain;
            plain.manifestHash = open.manifestHash;
            plain.ballotId = crypto::randomBytes(record::BallotIdBytes);
            plain.kind = open.round.rules.kind;
            plain.ballot = *canonical;
            auto sealed = crypto::padAndSeal(open.manifest.electionPublicKey, plain.encode(),
                                             open.manifest.paddedBallotSize);
            if (!sealed)
                return R::failure(sealed.error());
            record::BallotEnvelope env;
            env.manifestHash = open.manifestHash;
            env.kioskId = kioskId;
            env.batch = batchNo;
            env.ballotId = plain.ballotId;
            env.sealed = *sealed;
            const QByteArray envelope = env.encode();
            const QByteArray signature = crypto::sign(kioskSecretKey, record::BallotDomain, envelope);
            if (auto q = exec(d, u"INSERT INTO ballots(round_id, ballot_id, kiosk_id, batch, envelope, signature) "
                                 "VALUES(?, ?, ?, ?, ?, ?)"_qs,
                              {qlonglong(roundId), env.ballotId, kioskId, qlonglong(batchNo), envelope, signature});
                !q)
                return R::failure(q.error());
            if (Status s = appendEvent(roundId, EventType::Cast, Tr::tr("Ballot cast"), kioskId); !s)
                return R::failure(s.error());
            if (!tx.commit())
                return R::failure(Tr::tr("The ballot was NOT recorded: %1").arg(tx.error()));
            return CastReceipt{record::receiptCode(envelope, signature)};
        }
    } // rolled back
    logEvent(roundId, EventType::CastRefused, logged, kioskId);
    return R::failure(refusal);
}

Result<CheckpointInfo> BallotStore::signCheckpoint(int64_t roundId, const crypto::SecretBytes &kioskSecretKey,
                                                   CheckpointKind kind)
{
    using R = Result<CheckpointInfo>;
    QSqlDatabase d = db();
    auto data = openRoundData(roundId);
    if (!data)
        return R::failure(data.error());
    const OpenRound &open = **data;
    const QString kioskId = m_boundKiosk;
    auto kiosk = std::find_if(open.manifest.kiosks.begin(), open.manifest.kiosks.end(),
                              [&](const record::KioskEntry &k) { return k.id == kioskId; });
    if (kiosk == open.manifest.kiosks.end() || !keyMatches(kioskSecretKey, kiosk->publicKey))
        return R::failure(Tr::tr("The unlocked key is not kiosk %1's registered key.").arg(kioskId));
    auto row = exec(d, u"SELECT batch, previous_checkpoint FROM kiosk_batches WHERE round_id=? AND kiosk_id=?"_qs,
                    {qlonglong(roundId), kioskId});
    if (!row)
        return R::failure(row.error());
    uint32_t batch = 1;
    QByteArray previous(32, '\0');
    const bool hasRow = row->next();
    if (hasRow) {
        batch = uint32_t(row->value(0).toLongLong());
        previous = row->value(1).toByteArray();
    }

    record::Checkpoint c;
    c.manifestHash = open.manifestHash;
    c.kioskId = kioskId;
    c.batch = batch;
    c.kind = kind;
    c.previous = previous;
    std::vector<QByteArray> leaves;
    auto bq = exec(d, u"SELECT envelope, signature FROM ballots WHERE round_id=? AND kiosk_id=? AND batch=? "
                      "ORDER BY ballot_id"_qs,
                   {qlonglong(roundId), kioskId, qlonglong(batch)});
    if (!bq)
        return R::failure(bq.error());
    while (bq->next())
        leaves.push_back(record::ballotLeaf(bq->value(0).toByteArray(), bq->value(1).toByteArray()));
    c.batchBallots = leaves.size();
    c.batchBallotRoot = crypto::merkleRoot(record::BallotTreePersonal, leaves);
    std::vector<QByteArray> codes;
    auto cq = exec(d, u"SELECT code_hash FROM spent_codes WHERE round_id=? AND kiosk_id=? AND batch=? "
                      "ORDER BY code_hash"_qs,
                   {qlonglong(roundId), kioskId, qlonglong(batch)});
    if (!cq)
        return R::failure(cq.error());
    while (cq->next())
        codes.push_back(cq->value(0).toByteArray());
    c.batchCodes = codes.size();
    c.batchCodeRoot = crypto::merkleRoot(record::CodeTreePersonal, codes);
    auto total = queryValue(d, u"SELECT count(*) FROM ballots WHERE round_id=? AND kiosk_id=?"_qs,
                            {qlonglong(roundId), kioskId});
    if (!total)
        return R::failure(total.error());
    c.totalBallots = uint64_t(total->toLongLong());

    const QString detail = kind == CheckpointKind::Close
        ? Tr::tr("Final checkpoint of batch %1: %2 ballots").arg(batch).arg(c.batchBallots)
        : Tr::tr("Voting paused; checkpoint of batch %1: %2 ballots").arg(batch).arg(c.batchBallots);
    if (Status s = appendEvent(roundId, kind == CheckpointKind::Close ? EventType::Closed : EventType::Suspended,
                               detail, kioskId);
        !s)
        return R::failure(s.error());
    auto head = exec(d, u"SELECT seq, hash, body FROM events WHERE round_id=? ORDER BY seq DESC LIMIT 1"_qs,
                     {qlonglong(roundId)});
    if (!head || !head->next())
        return R::failure(head ? Tr::tr("the event log is empty") : head.error());
    c.eventCount = uint64_t(head->value(0).toLongLong());
    c.eventHead = head->value(1).toByteArray();
    // The time of the event it signs, so the two agree (the verifier's EVENT_TIME).
    auto headEvent = record::Event::decode(head->value(2).toByteArray());
    c.time = headEvent ? headEvent->time : m_clock->now();

    const QByteArray body = c.encode();
    const QByteArray signature = crypto::sign(kioskSecretKey, record::CheckpointDomain, body);
    const QString witness = record::witnessCode(body, signature);
    if (auto q = exec(d, u"INSERT INTO checkpoints(round_id, kiosk_id, batch, body, signature, witness) "
                         "VALUES(?, ?, ?, ?, ?, ?)"_qs,
                      {qlonglong(roundId), kioskId, qlonglong(batch), body, signature, witness});
        !q)
        return R::failure(q.error());
    const QByteArray thisHash = record::checkpointHash(body, signature);
    auto upsert = hasRow
        ? exec(d, u"UPDATE kiosk_batches SET batch=?, previous_checkpoint=? WHERE round_id=? AND kiosk_id=?"_qs,
               {qlonglong(batch + 1), thisHash, qlonglong(roundId), kioskId})
        : exec(d, u"INSERT INTO kiosk_batches(round_id, kiosk_id, batch, previous_checkpoint) VALUES(?, ?, ?, ?)"_qs,
               {qlonglong(roundId), kioskId, qlonglong(batch + 1), thisHash});
    if (!upsert)
        return R::failure(upsert.error());
    return CheckpointInfo{kioskId, batch, c.batchBallots, witness, kind == CheckpointKind::Close};
}

Result<CheckpointInfo> BallotStore::suspend(int64_t roundId, const crypto::SecretBytes &kioskSecretKey)
{
    using R = Result<CheckpointInfo>;
    if (m_boundKiosk.isEmpty())
        return R::failure(Tr::tr("No kiosk has voted in this database yet, so there is nothing to checkpoint."));
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return R::failure(tx.error());
    if (Status s = setState(roundId, RoundState::Open, RoundState::Suspended); !s)
        return R::failure(s.error());
    auto info = signCheckpoint(roundId, kioskSecretKey, CheckpointKind::Suspend);
    if (!info)
        return info;
    if (!tx.commit())
        return R::failure(tx.error());
    return info;
}

Status BallotStore::resume(int64_t roundId)
{
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return Status::failure(tx.error());
    if (Status s = setState(roundId, RoundState::Suspended, RoundState::Open); !s)
        return s;
    if (Status s = appendEvent(roundId, EventType::Resumed, Tr::tr("Voting resumed"), m_boundKiosk); !s)
        return s;
    return tx.commit() ? Status() : Status::failure(tx.error());
}

Result<CheckpointInfo> BallotStore::close(int64_t roundId, const crypto::SecretBytes *kioskSecretKey)
{
    using R = Result<CheckpointInfo>;
    auto r = round(roundId);
    if (!r)
        return R::failure(r.error());
    if (Status s = checkTransition(r->state, RoundState::Closed); !s)
        return R::failure(s.error());
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return R::failure(tx.error());
    CheckpointInfo info;
    bool kioskVotedHere = false;
    if (!m_boundKiosk.isEmpty()) {
        auto row = queryValue(d, u"SELECT count(*) FROM kiosk_batches WHERE round_id=? AND kiosk_id=?"_qs,
                              {qlonglong(roundId), m_boundKiosk});
        if (!row)
            return R::failure(row.error());
        kioskVotedHere = row->toLongLong() > 0;
    }
    if (Status s = setState(roundId, r->state, RoundState::Closed); !s)
        return R::failure(s.error());
    if (kioskVotedHere) {
        if (!kioskSecretKey)
            return R::failure(Tr::tr("Kiosk %1 voted in this database: its key must sign the final checkpoint.")
                                  .arg(m_boundKiosk));
        auto signedInfo = signCheckpoint(roundId, *kioskSecretKey, CheckpointKind::Close);
        if (!signedInfo)
            return signedInfo;
        info = *signedInfo;
    } else if (Status s = appendEvent(roundId, EventType::Closed, Tr::tr("Voting closed"), {}); !s) {
        return R::failure(s.error());
    }
    if (!tx.commit())
        return R::failure(tx.error());
    m_openRounds.erase(roundId);
    return info;
}

namespace {
// A result with every "reason" (explanation text in the counting machine's language)
// taken out, to compare two counts by what they decided.
QJsonValue withoutReasons(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        o.remove(u"reason"_qs);
        for (auto it = o.begin(); it != o.end(); ++it)
            *it = withoutReasons(*it);
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = withoutReasons(a[i]);
        return a;
    }
    return v;
}
} // namespace

Status BallotStore::markTallied(int64_t roundId, const QString &rule, const QByteArray &resultJson,
                                const QByteArray &signature)
{
    auto r = round(roundId);
    if (!r)
        return Status::failure(r.error());
    if (r->state != RoundState::Closed && r->state != RoundState::Tallied)
        return Status::failure(Tr::tr("Round %1 is %2: it can only be tallied once it is closed.")
                                   .arg(roundId)
                                   .arg(roundStateInWords(r->state)));
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return Status::failure(tx.error());
    auto existing = exec(d, u"SELECT result FROM results WHERE round_id=? AND rule=?"_qs, {qlonglong(roundId), rule});
    if (!existing)
        return Status::failure(existing.error());
    if (existing->next()) {
        // The same count made in another language differs only in the words of each
        // project's "reason": the stored result stands, and nothing is wrong.
        if (existing->value(0).toByteArray() != resultJson
            && withoutReasons(QJsonDocument::fromJson(existing->value(0).toByteArray()).object())
                != withoutReasons(QJsonDocument::fromJson(resultJson).object()))
            return Status::failure(Tr::tr("Round %1 was already tallied with %2 and the new count differs from the "
                                      "stored one; the stored result is kept. Investigate before publishing.")
                                       .arg(roundId)
                                       .arg(rule));
        return {};
    }
    if (auto q = exec(d, u"INSERT INTO results(round_id, rule, result, signature) VALUES(?, ?, ?, ?)"_qs,
                      {qlonglong(roundId), rule, resultJson, signature.isNull() ? QByteArray("") : signature});
        !q)
        return Status::failure(q.error());
    if (r->state == RoundState::Closed) {
        if (Status s = setState(roundId, RoundState::Closed, RoundState::Tallied); !s)
            return s;
    }
    if (Status s = appendEvent(roundId, EventType::Tallied, Tr::tr("Counted with %1").arg(rule), {}); !s)
        return s;
    return tx.commit() ? Status() : Status::failure(tx.error());
}

} // namespace pbvote::store
