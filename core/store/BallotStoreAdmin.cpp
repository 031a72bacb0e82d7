// What organizers change about a round before and during voting: projects (on and off
// the ballot, in order), the round's settings, translations, kiosks and access code
// batches. Every change is one transaction and leaves a line in the round's event log.

#include "store/BallotStore.h"

#include "crypto/Crypto.h"
#include "rules/RuleRegistry.h"
#include "store/RoundCounter.h"
#include "store/SqlHelpers.h"
#include "store/StoreInternal.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pbvote::store {

using record::EventType;

namespace {

// Translation context "BallotStore", as in BallotStore.cpp.
struct AdminTr
{
    Q_DECLARE_TR_FUNCTIONS(BallotStore)
};

QString noProject(int64_t roundId, const QString &projectId)
{
    return AdminTr::tr("Round %1 has no project %2.").arg(roundId).arg(projectId);
}

// Project ids of a round in the organizers' order (ballot and off-ballot together).
Result<std::vector<QString>> projectOrder(const QSqlDatabase &d, int64_t roundId)
{
    using R = Result<std::vector<QString>>;
    auto q = exec(d, u"SELECT id FROM projects WHERE round_id=? ORDER BY position"_qs, {qlonglong(roundId)});
    if (!q)
        return R::failure(q.error());
    std::vector<QString> ids;
    while (q->next())
        ids.push_back(q->value(0).toString());
    return ids;
}

// Gives the round's projects the positions 0, 1, ... in `ids` order. Positions are a key,
// so they first move out of the way (to distinct negative numbers).
Status renumber(const QSqlDatabase &d, int64_t roundId, const std::vector<QString> &ids)
{
    if (auto q = exec(d, u"UPDATE projects SET position=-position-1 WHERE round_id=?"_qs, {qlonglong(roundId)}); !q)
        return Status::failure(q.error());
    QSqlQuery u(d);
    u.prepare(u"UPDATE projects SET position=? WHERE round_id=? AND id=?"_qs);
    for (size_t i = 0; i < ids.size(); ++i) {
        u.bindValue(0, int(i));
        u.bindValue(1, qlonglong(roundId));
        u.bindValue(2, ids[i]);
        if (!u.exec())
            return Status::failure(AdminTr::tr("Cannot reorder the projects: %1").arg(u.lastError().text()));
    }
    return {};
}

// The round as it would be with `project` in place of the project with its id (or
// added, when it has none), in the list its status puts it in.
Round withProject(const Round &round, const Project &project)
{
    Round changed = round;
    for (std::vector<Project> *list : {&changed.projects, &changed.offBallot}) {
        list->erase(std::remove_if(list->begin(), list->end(), [&](const Project &p) { return p.id == project.id; }),
                    list->end());
    }
    (project.status == ProjectStatus::Ballot ? changed.projects : changed.offBallot).push_back(project);
    return changed;
}

Round withoutProject(const Round &round, const QString &projectId)
{
    Round changed = round;
    for (std::vector<Project> *list : {&changed.projects, &changed.offBallot}) {
        list->erase(std::remove_if(list->begin(), list->end(), [&](const Project &p) { return p.id == projectId; }),
                    list->end());
    }
    return changed;
}

// Whether `project` may join `round` (which does not hold it): core's project checks,
// then the whole round's.
Status checkJoining(const Round &round, const Project &project)
{
    if (round.findProject(project.id))
        return Status::failure(AdminTr::tr("The round already has a project %1.").arg(project.id));
    if (Status s = round.checkProject(project); !s)
        return s;
    return withProject(round, project).validate();
}

Result<QSqlQuery> roundKiosk(const QSqlDatabase &d, int64_t roundId, const QString &kioskId)
{
    return exec(d, u"SELECT revoked FROM round_kiosks WHERE round_id=? AND kiosk_id=?"_qs, {qlonglong(roundId), kioskId});
}

} // namespace

RoundSettings RoundSettings::of(const Round &round)
{
    return {round.name, round.currency, round.budget, round.categories, round.votingOpens, round.votingCloses,
            round.tallyRule};
}

// Projects --------------------------------------------------------------------------------

Status BallotStore::addProject(int64_t roundId, const Project &project)
{
    return addProjects(roundId, {project});
}

Status BallotStore::addProjects(int64_t roundId, const std::vector<Project> &projects,
                                const ProjectTranslations &translations)
{
    auto r = round(roundId);
    if (Status s = requireDraft(r, roundId); !s)
        return s;
    if (projects.empty())
        return Status::failure(AdminTr::tr("There are no projects to add."));
    Round changed = *r;
    for (const Project &p : projects) {
        if (Status s = checkJoining(changed, p); !s)
            return s;
        changed = withProject(changed, p);
    }
    for (const auto &[projectId, byLanguage] : translations) {
        if (!changed.findProject(projectId))
            return Status::failure(AdminTr::tr("A translation names project %1, which is not in the round.").arg(projectId));
        for (const auto &[language, text] : byLanguage) {
            if (text.title.trimmed().isEmpty())
                return Status::failure(AdminTr::tr("The %1 translation of project %2 has no title.").arg(language, projectId));
        }
    }
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return Status::failure(tx.error());
    auto count = queryValue(d, u"SELECT count(*) FROM projects WHERE round_id=?"_qs, {qlonglong(roundId)});
    if (!count)
        return Status::failure(count.error());
    int position = count->toInt();
    for (const Project &p : projects) {
        if (Status s = insertProjectRow(d, roundId, position++, p); !s)
            return s;
    }
    for (const auto &[projectId, byLanguage] : translations) {
        for (const auto &[language, text] : byLanguage) {
            if (auto q = exec(d, u"INSERT INTO project_translations(round_id, project_id, language, title, description) "
                                 "VALUES(?, ?, ?, ?, ?)"_qs,
                              {qlonglong(roundId), projectId, language, text.title, nn(text.description)});
                !q)
                return Status::failure(q.error());
        }
    }
    const QString detail = projects.size() == 1 ? AdminTr::tr("Project %1 added").arg(projects.front().id)
                                                : AdminTr::tr("%1 projects added").arg(projects.size());
    if (Status s = appendEvent(roundId, EventType::ProjectsChanged, detail, {}); !s)
        return s;
    return tx.commit() ? Status() : Status::failure(tx.error());
}

Status BallotStore::updateProject(int64_t roundId, const Project &project)
{
    auto r = round(roundId);
    if (Status s = requireDraft(r, roundId); !s)
        return s;
    if (!r->findProject(project.id))
        return Status::failure(noProject(roundId, project.id));
    if (Status s = checkJoining(withoutProject(*r, project.id), project); !s)
        return s;
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return Status::failure(tx.error());
    if (auto q = exec(d, u"UPDATE projects SET title=?, description=?, cost=?, category=?, district=?, status=? "
                         "WHERE round_id=? AND id=?"_qs,
                      {project.title, nn(project.description), qlonglong(project.cost), nn(project.category),
                       nn(project.district), projectStatusName(project.status), qlonglong(roundId), project.id});
        !q)
        return Status::failure(q.error());
    if (Status s = appendEvent(roundId, EventType::ProjectsChanged, AdminTr::tr("Project %1 changed").arg(project.id), {});
        !s)
        return s;
    return tx.commit() ? Status() : Status::failure(tx.error());
}

Status BallotStore::removeProject(int64_t roundId, const QString &projectId)
{
    auto r = round(roundId);
    if (Status s = requireDraft(r, roundId); !s)
        return s;
    if (!r->findProject(projectId))
        return Status::failure(noProject(roundId, projectId));
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return Status::failure(tx.error());
    for (const QString &sql : {u"DELETE FROM projects WHERE round_id=? AND id=?"_qs,
                               u"DELETE FROM project_images WHERE round_id=? AND project_id=?"_qs,
                               u"DELETE FROM project_translations WHERE round_id=? AND project_id=?"_qs}) {
        if (auto q = exec(d, sql, {qlonglong(roundId), projectId}); !q)
            return Status::failure(q.error());
    }
    auto order = projectOrder(d, roundId);
    if (!order)
        return Status::failure(order.error());
    if (Status s = renumber(d, roundId, *order); !s)
        return s;
    if (Status s = appendEvent(roundId, EventType::ProjectsChanged, AdminTr::tr("Project %1 removed").arg(projectId), {});
        !s)
        return s;
    return tx.commit() ? Status() : Status::failure(tx.error());
}

Status BallotStore::insertProject(int64_t roundId, const Project &project, int position)
{
    auto r = round(roundId);
    if (Status s = requireDraft(r, roundId); !s)
        return s;
    if (Status s = checkJoining(*r, project); !s)
        return s;
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return Status::failure(tx.error());
    auto order = projectOrder(d, roundId);
    if (!order)
        return Status::failure(order.error());
    if (Status s = insertProjectRow(d, roundId, -int(order->size()) - 1, project); !s)
        return s;
    order->insert(order->begin() + std::clamp<qsizetype>(position, 0, qsizetype(order->size())), project.id);
    if (Status s = renumber(d, roundId, *order); !s)
        return s;
    if (Status s = appendEvent(roundId, EventType::ProjectsChanged, AdminTr::tr("Project %1 added").arg(project.id), {});
        !s)
        return s;
    return tx.commit() ? Status() : Status::failure(tx.error());
}

Result<int> BallotStore::projectPosition(int64_t roundId, const QString &projectId) const
{
    auto v = queryValue(db(), u"SELECT position FROM projects WHERE round_id=? AND id=?"_qs, {qlonglong(roundId), projectId});
    if (!v)
        return Result<int>::failure(v.error());
    return v->isValid() ? v->toInt() : -1;
}

// Round settings --------------------------------------------------------------------------

Status BallotStore::updateRoundSettings(int64_t roundId, const RoundSettings &settings,
                                        const std::map<QString, QString> &categoryRenames)
{
    auto r = round(roundId);
    if (!r)
        return Status::failure(r.error());
    if (r->state != RoundState::Draft)
        return Status::failure(AdminTr::tr("Round %1 is %2: its settings can only change while it is a draft.")
                                   .arg(roundId)
                                   .arg(roundStateInWords(r->state)));
    if (!settings.tallyRule.isEmpty() && !counting::findRule(settings.tallyRule))
        return Status::failure(AdminTr::tr("There is no counting rule \"%1\".").arg(settings.tallyRule));
    Round changed = *r;
    changed.name = settings.name.trimmed();
    changed.currency = settings.currency.trimmed().toUpper();
    changed.budget = settings.budget;
    changed.categories = settings.categories;
    changed.votingOpens = settings.votingOpens;
    changed.votingCloses = settings.votingCloses;
    changed.tallyRule = settings.tallyRule;
    for (std::vector<Project> *list : {&changed.projects, &changed.offBallot}) {
        for (Project &p : *list) {
            if (auto renamed = categoryRenames.find(p.category); renamed != categoryRenames.end())
                p.category = renamed->second;
        }
    }
    if (Status s = changed.validate(); !s)
        return s;
    if (!changed.tallyRule.isEmpty()) {
        if (auto dryRun = countRound(changed, instanceSkeleton(changed), changed.tallyRule, {}); !dryRun)
            return Status::failure(AdminTr::tr("The counting rule %1 cannot count this round: %2")
                                       .arg(changed.tallyRule, dryRun.error()));
    }
    for (const std::vector<Project> *list : {&changed.projects, &changed.offBallot}) {
        for (const Project &p : *list) {
            if (Status s = changed.checkProject(p); !s)
                return s;
        }
    }
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return Status::failure(tx.error());
    if (auto q = exec(d, u"UPDATE rounds SET name=?, currency=?, budget=?, categories=?, voting_opens=?, "
                         "voting_closes=?, tally_rule=? WHERE id=?"_qs,
                      {changed.name, changed.currency, qlonglong(changed.budget), categoriesToJson(changed.categories),
                       timeToSql(changed.votingOpens), timeToSql(changed.votingCloses), nn(changed.tallyRule),
                       qlonglong(roundId)});
        !q)
        return Status::failure(q.error());
    for (const auto &[from, to] : categoryRenames) {
        if (from == to)
            continue;
        if (auto q = exec(d, u"UPDATE projects SET category=? WHERE round_id=? AND category=?"_qs,
                          {nn(to), qlonglong(roundId), from});
            !q)
            return Status::failure(q.error());
    }
    if (Status s = appendEvent(roundId, EventType::RoundChanged, AdminTr::tr("Round settings changed"), {}); !s)
        return s;
    return tx.commit() ? Status() : Status::failure(tx.error());
}

Status BallotStore::removeDistrict(int64_t roundId, const QString &districtId)
{
    auto r = round(roundId);
    if (Status s = requireDraft(r, roundId); !s)
        return s;
    if (!r->district(districtId))
        return Status::failure(AdminTr::tr("Round %1 has no district %2.").arg(roundId).arg(districtId));
    for (const std::vector<Project> *list : {&r->projects, &r->offBallot}) {
        for (const Project &p : *list) {
            if (p.district == districtId)
                return Status::failure(AdminTr::tr("District %1 still has projects (%2 first): move or remove them "
                                                   "before removing the district.")
                                           .arg(districtId, p.id));
        }
    }
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return Status::failure(tx.error());
    if (auto q = exec(d, u"DELETE FROM districts WHERE round_id=? AND id=?"_qs, {qlonglong(roundId), districtId}); !q)
        return Status::failure(q.error());
    if (Status s = appendEvent(roundId, EventType::RoundChanged, AdminTr::tr("District %1 removed").arg(districtId), {});
        !s)
        return s;
    return tx.commit() ? Status() : Status::failure(tx.error());
}

// Translations ----------------------------------------------------------------------------

Status BallotStore::setProjectTranslation(int64_t roundId, const QString &projectId, const QString &language,
                                          const ProjectText &text)
{
    auto r = round(roundId);
    if (Status s = requireDraft(r, roundId); !s)
        return s;
    if (!r->findProject(projectId))
        return Status::failure(noProject(roundId, projectId));
    static const QRegularExpression languageCode(u"^[a-z]{2,3}(_[A-Z]{2})?$"_qs);
    if (!languageCode.match(language).hasMatch())
        return Status::failure(AdminTr::tr("\"%1\" is not a language code such as es or pl.").arg(language));
    if (text.title.trimmed().isEmpty() && !text.description.trimmed().isEmpty())
        return Status::failure(AdminTr::tr("The %1 translation of project %2 has a description but no title.")
                                   .arg(language, projectId));
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return Status::failure(tx.error());
    if (auto q = exec(d, u"DELETE FROM project_translations WHERE round_id=? AND project_id=? AND language=?"_qs,
                      {qlonglong(roundId), projectId, language});
        !q)
        return Status::failure(q.error());
    if (!text.title.trimmed().isEmpty()) {
        if (auto q = exec(d, u"INSERT INTO project_translations(round_id, project_id, language, title, description) "
                             "VALUES(?, ?, ?, ?, ?)"_qs,
                          {qlonglong(roundId), projectId, language, text.title.trimmed(), nn(text.description)});
            !q)
            return Status::failure(q.error());
    }
    if (Status s = appendEvent(roundId, EventType::ProjectsChanged,
                               AdminTr::tr("Translation (%1) of project %2 changed").arg(language, projectId), {});
        !s)
        return s;
    return tx.commit() ? Status() : Status::failure(tx.error());
}

Result<ProjectTranslations> BallotStore::projectTranslations(int64_t roundId) const
{
    using R = Result<ProjectTranslations>;
    auto q = exec(db(), u"SELECT project_id, language, title, description FROM project_translations WHERE round_id=?"_qs,
                  {qlonglong(roundId)});
    if (!q)
        return R::failure(q.error());
    ProjectTranslations out;
    while (q->next())
        out[q->value(0).toString()][q->value(1).toString()] = {q->value(2).toString(), q->value(3).toString()};
    return out;
}

// Kiosks ------------------------------------------------------------------------------------

Status BallotStore::registerKiosk(int64_t roundId, const QString &kioskId, const QByteArray &publicKey,
                                  const QString &name, const QString &location)
{
    auto r = round(roundId);
    if (!r)
        return Status::failure(r.error());
    if (r->state != RoundState::Draft)
        return Status::failure(AdminTr::tr("Round %1 is %2: kiosks can only be registered before voting opens, "
                                           "because the signed manifest lists every kiosk's key.")
                                   .arg(roundId)
                                   .arg(roundStateInWords(r->state)));
    if (kioskId.trimmed().isEmpty() || kioskId.size() > 64 || publicKey.size() != crypto::SignPublicKeyBytes)
        return Status::failure(AdminTr::tr("A kiosk needs an id (at most 64 characters) and a 32-byte Ed25519 public key."));
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return Status::failure(tx.error());
    auto sameKey = queryValue(d, u"SELECT kiosk_id FROM round_kiosks WHERE round_id=? AND public_key=?"_qs,
                              {qlonglong(roundId), publicKey});
    if (!sameKey)
        return Status::failure(sameKey.error());
    if (sameKey->isValid())
        return Status::failure(AdminTr::tr("Kiosk %1 is already registered with this key; every kiosk makes its "
                                           "own key.")
                                   .arg(sameKey->toString()));
    if (auto q = exec(d, u"INSERT INTO round_kiosks(round_id, kiosk_id, public_key, name, location) VALUES(?, ?, ?, ?, ?)"_qs,
                      {qlonglong(roundId), kioskId, publicKey, nn(name).trimmed(), nn(location).trimmed()});
        !q)
        return Status::failure(AdminTr::tr("Kiosk %1 cannot be registered (already registered?): %2").arg(kioskId, q.error()));
    if (Status s = appendEvent(roundId, EventType::KeyRegistered,
                               AdminTr::tr("Kiosk %1 registered with key %2")
                                   .arg(kioskId, crypto::base32(publicKey).left(16)),
                               {});
        !s)
        return s;
    return tx.commit() ? Status() : Status::failure(tx.error());
}

Status BallotStore::unregisterKiosk(int64_t roundId, const QString &kioskId)
{
    auto r = round(roundId);
    if (!r)
        return Status::failure(r.error());
    if (r->state != RoundState::Draft)
        return Status::failure(AdminTr::tr("Round %1 is %2: a kiosk in the signed manifest cannot be removed; "
                                           "revoke it instead.")
                                   .arg(roundId)
                                   .arg(roundStateInWords(r->state)));
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return Status::failure(tx.error());
    auto q = exec(d, u"DELETE FROM round_kiosks WHERE round_id=? AND kiosk_id=?"_qs, {qlonglong(roundId), kioskId});
    if (!q)
        return Status::failure(q.error());
    if (q->numRowsAffected() != 1)
        return Status::failure(AdminTr::tr("Kiosk %1 is not registered for round %2.").arg(kioskId).arg(roundId));
    if (Status s = appendEvent(roundId, EventType::KeyRegistered, AdminTr::tr("Kiosk %1 removed").arg(kioskId), {}); !s)
        return s;
    return tx.commit() ? Status() : Status::failure(tx.error());
}

Status BallotStore::setKioskRevoked(int64_t roundId, const QString &kioskId, bool revoked)
{
    auto r = round(roundId);
    if (!r)
        return Status::failure(r.error());
    if (r->state == RoundState::Draft)
        return Status::failure(AdminTr::tr("Round %1 is a draft: remove the kiosk instead of revoking it.").arg(roundId));
    if (r->state == RoundState::Tallied)
        return Status::failure(AdminTr::tr("Round %1 is tallied: which kiosks count can no longer change.").arg(roundId));
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return Status::failure(tx.error());
    auto current = roundKiosk(d, roundId, kioskId);
    if (!current)
        return Status::failure(current.error());
    if (!current->next())
        return Status::failure(AdminTr::tr("Kiosk %1 is not registered for round %2.").arg(kioskId).arg(roundId));
    if ((current->value(0).toInt() != 0) == revoked)
        return Status::failure(revoked ? AdminTr::tr("Kiosk %1 is already revoked.").arg(kioskId)
                                       : AdminTr::tr("Kiosk %1 is not revoked.").arg(kioskId));
    if (auto q = exec(d, u"UPDATE round_kiosks SET revoked=? WHERE round_id=? AND kiosk_id=?"_qs,
                      {revoked ? 1 : 0, qlonglong(roundId), kioskId});
        !q)
        return Status::failure(q.error());
    if (Status s = appendEvent(roundId, EventType::KioskRevoked,
                               revoked ? AdminTr::tr("Kiosk %1 revoked: it casts no more and its ballots are not counted")
                                             .arg(kioskId)
                                       : AdminTr::tr("Kiosk %1 reinstated").arg(kioskId),
                               kioskId); // the kiosk concerned: auditors match it with tally statements
        !s)
        return s;
    return tx.commit() ? Status() : Status::failure(tx.error());
}

Result<std::vector<KioskInfo>> BallotStore::kiosks(int64_t roundId) const
{
    using R = Result<std::vector<KioskInfo>>;
    QSqlDatabase d = db();
    auto q = exec(d, u"SELECT k.kiosk_id, k.name, k.location, k.public_key, k.revoked, "
                     "(SELECT count(*) FROM ballots b WHERE b.round_id=k.round_id AND b.kiosk_id=k.kiosk_id) "
                     "FROM round_kiosks k WHERE k.round_id=? ORDER BY k.kiosk_id"_qs,
                  {qlonglong(roundId)});
    if (!q)
        return R::failure(q.error());
    std::vector<KioskInfo> out;
    while (q->next()) {
        KioskInfo k;
        k.id = q->value(0).toString();
        k.name = q->value(1).toString();
        k.location = q->value(2).toString();
        k.publicKey = q->value(3).toByteArray();
        k.revoked = q->value(4).toInt() != 0;
        k.ballots = q->value(5).toLongLong();
        out.push_back(std::move(k));
    }
    // What each kiosk's latest signed checkpoint states.
    auto c = exec(d, u"SELECT kiosk_id, body FROM checkpoints WHERE round_id=? ORDER BY kiosk_id, batch"_qs,
                  {qlonglong(roundId)});
    if (!c)
        return R::failure(c.error());
    while (c->next()) {
        auto body = record::Checkpoint::decode(c->value(1).toByteArray());
        if (!body)
            return R::failure(AdminTr::tr("A checkpoint of kiosk %1 cannot be read: %2")
                                  .arg(c->value(0).toString(), body.error()));
        for (KioskInfo &k : out) {
            if (k.id == body->kioskId) {
                k.reported = int64_t(body->totalBallots);
                k.closed = body->kind == record::CheckpointKind::Close;
            }
        }
    }
    return out;
}

// Access codes ---------------------------------------------------------------------------

Status BallotStore::issueCodes(int64_t roundId, int count, const CodeSink &sink)
{
    auto batch = issueCodeBatch(roundId, count, sink, {});
    return batch ? Status() : Status::failure(batch.error());
}

Result<int> BallotStore::issueCodeBatch(int64_t roundId, int count, const CodeSink &sink,
                                        const CodeBatchOptions &options)
{
    using R = Result<int>;
    if (count <= 0 || count > 10'000'000)
        return R::failure(AdminTr::tr("The number of codes must be between 1 and 10,000,000."));
    auto r = round(roundId);
    if (!r)
        return R::failure(r.error());
    if (r->state == RoundState::Closed || r->state == RoundState::Tallied)
        return R::failure(AdminTr::tr("Round %1 is closed: no more access codes can be issued.").arg(roundId));
    if (!options.district.isEmpty() && !r->district(options.district))
        return R::failure(AdminTr::tr("Round %1 has no district %2.").arg(roundId).arg(options.district));
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return R::failure(tx.error());
    auto last = queryValue(d, u"SELECT max(batch) FROM code_batches WHERE round_id=?"_qs, {qlonglong(roundId)});
    if (!last)
        return R::failure(last.error());
    const int batch = last->isNull() ? 1 : last->toInt() + 1;
    if (auto q = exec(d, u"INSERT INTO code_batches(round_id, batch, label, district) VALUES(?, ?, ?, ?)"_qs,
                      {qlonglong(roundId), batch, nn(options.label).trimmed(), nn(options.district)});
        !q)
        return R::failure(q.error());
    QSqlQuery ins(d);
    ins.prepare(u"INSERT INTO access_codes(round_id, code_hash, batch) VALUES(?, ?, ?)"_qs);
    int issued = 0;
    while (issued < count) {
        const crypto::SecretBytes code = crypto::randomAccessCode(3);
        const QByteArrayView text = code.view();
        ins.bindValue(0, qlonglong(roundId));
        ins.bindValue(1, record::accessCodeHash(r->electionId, crypto::normaliseCode(QString::fromLatin1(text))));
        ins.bindValue(2, batch);
        if (!ins.exec()) {
            // A collision of 60-bit codes is astronomically rare; draw again.
            if (ins.lastError().nativeErrorCode() == u"2067"_qs || ins.lastError().nativeErrorCode() == u"1555"_qs)
                continue;
            return R::failure(AdminTr::tr("Cannot store access codes: %1").arg(ins.lastError().text()));
        }
        if (Status s = sink(text); !s)
            return R::failure(s.error());
        ++issued;
    }
    QString detail = AdminTr::tr("%1 access codes issued (batch %2)").arg(count).arg(batch);
    if (!options.district.isEmpty())
        detail += u" · "_qs + AdminTr::tr("district %1").arg(options.district);
    if (Status s = appendEvent(roundId, EventType::CodesIssued, detail, {}); !s)
        return R::failure(s.error());
    if (!tx.commit())
        return R::failure(tx.error());
    return batch;
}

Result<std::vector<CodeBatch>> BallotStore::codeBatches(int64_t roundId) const
{
    using R = Result<std::vector<CodeBatch>>;
    auto q = exec(db(), u"SELECT b.batch, b.label, b.district, b.voided, "
                         "(SELECT count(*) FROM access_codes a WHERE a.round_id=b.round_id AND a.batch=b.batch), "
                         "(SELECT count(*) FROM access_codes a JOIN spent_codes s ON s.round_id=a.round_id "
                         "AND s.code_hash=a.code_hash WHERE a.round_id=b.round_id AND a.batch=b.batch) "
                         "FROM code_batches b WHERE b.round_id=? ORDER BY b.batch"_qs,
                  {qlonglong(roundId)});
    if (!q)
        return R::failure(q.error());
    std::vector<CodeBatch> out;
    while (q->next()) {
        CodeBatch b;
        b.number = q->value(0).toInt();
        b.label = q->value(1).toString();
        b.district = q->value(2).toString();
        b.voided = q->value(3).toInt() != 0;
        b.issued = q->value(4).toLongLong();
        b.used = q->value(5).toLongLong();
        out.push_back(std::move(b));
    }
    return out;
}

Status BallotStore::setCodeBatchVoided(int64_t roundId, int batch, bool voided)
{
    auto r = round(roundId);
    if (!r)
        return Status::failure(r.error());
    if (r->state == RoundState::Closed || r->state == RoundState::Tallied)
        return Status::failure(AdminTr::tr("Round %1 is closed: its access codes can no longer change.").arg(roundId));
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return Status::failure(tx.error());
    auto current = queryValue(d, u"SELECT voided FROM code_batches WHERE round_id=? AND batch=?"_qs,
                              {qlonglong(roundId), batch});
    if (!current)
        return Status::failure(current.error());
    if (!current->isValid())
        return Status::failure(AdminTr::tr("Round %1 has no batch %2 of access codes.").arg(roundId).arg(batch));
    if ((current->toInt() != 0) == voided)
        return Status::failure(voided ? AdminTr::tr("Batch %1 is already void.").arg(batch)
                                      : AdminTr::tr("Batch %1 is not void.").arg(batch));
    if (auto q = exec(d, u"UPDATE code_batches SET voided=? WHERE round_id=? AND batch=?"_qs,
                      {voided ? 1 : 0, qlonglong(roundId), batch});
        !q)
        return Status::failure(q.error());
    if (Status s = appendEvent(roundId, EventType::CodesVoided,
                               voided ? AdminTr::tr("Access codes of batch %1 voided").arg(batch)
                                      : AdminTr::tr("Access codes of batch %1 restored").arg(batch),
                               {});
        !s)
        return s;
    return tx.commit() ? Status() : Status::failure(tx.error());
}

Result<CodeRow> lookUpCode(const QSqlDatabase &d, int64_t roundId, const QByteArray &hash)
{
    using R = Result<CodeRow>;
    auto q = exec(d, u"SELECT b.voided, b.district, "
                     "EXISTS(SELECT 1 FROM spent_codes s WHERE s.round_id=a.round_id AND s.code_hash=a.code_hash) "
                     "FROM access_codes a LEFT JOIN code_batches b ON b.round_id=a.round_id AND b.batch=a.batch "
                     "WHERE a.round_id=? AND a.code_hash=?"_qs,
                  {qlonglong(roundId), hash});
    if (!q)
        return R::failure(q.error());
    CodeRow row;
    if (q->next()) {
        row.issued = true;
        row.voided = q->value(0).toInt() != 0;
        row.district = q->value(1).toString();
        row.spent = q->value(2).toInt() != 0;
    }
    return row;
}

Result<CodeStatus> BallotStore::codeStatus(int64_t roundId, const QString &accessCode) const
{
    using R = Result<CodeStatus>;
    auto r = round(roundId);
    if (!r)
        return R::failure(r.error());
    const QString code = crypto::normaliseCode(accessCode);
    if (code.size() != 12)
        return CodeStatus::Unknown;
    auto row = lookUpCode(db(), roundId, record::accessCodeHash(r->electionId, code));
    if (!row)
        return R::failure(row.error());
    if (!row->issued)
        return CodeStatus::Unknown;
    if (row->spent)
        return CodeStatus::Used;
    return row->voided ? CodeStatus::Voided : CodeStatus::Unused;
}

Result<QString> BallotStore::codeDistrict(int64_t roundId, const QString &accessCode) const
{
    using R = Result<QString>;
    auto r = round(roundId);
    if (!r)
        return R::failure(r.error());
    const QString code = crypto::normaliseCode(accessCode);
    auto row = lookUpCode(db(), roundId, record::accessCodeHash(r->electionId, code));
    if (!row)
        return R::failure(row.error());
    if (code.size() != 12 || !row->issued)
        return R::failure(AdminTr::tr("This access code is not valid for this round."));
    return row->district;
}

// Publication ----------------------------------------------------------------------------

Status BallotStore::setTallyStatement(int64_t roundId, const QString &rule, const QByteArray &statement,
                                      const QByteArray &signature, const QByteArray &openedBallots)
{
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return Status::failure(tx.error());
    auto existing = exec(d, u"SELECT statement FROM results WHERE round_id=? AND rule=?"_qs, {qlonglong(roundId), rule});
    if (!existing)
        return Status::failure(existing.error());
    if (!existing->next())
        return Status::failure(AdminTr::tr("Round %1 has no count with %2.").arg(roundId).arg(rule));
    if (!existing->value(0).isNull())
        return {}; // a count is stored once; the same count made again adds nothing
    if (auto q = exec(d, u"UPDATE results SET statement=?, statement_signature=?, opened_ballots=? "
                         "WHERE round_id=? AND rule=?"_qs,
                      {statement, signature, openedBallots, qlonglong(roundId), rule});
        !q)
        return Status::failure(q.error());
    return tx.commit() ? Status() : Status::failure(tx.error());
}

Status BallotStore::markPublished(int64_t roundId, const QString &detail)
{
    auto r = round(roundId);
    if (!r)
        return Status::failure(r.error());
    if (r->state != RoundState::Tallied)
        return Status::failure(AdminTr::tr("Round %1 is %2: a result can only be published after the votes are counted.")
                                   .arg(roundId)
                                   .arg(roundStateInWords(r->state)));
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return Status::failure(tx.error());
    if (auto q = exec(d, u"UPDATE rounds SET published=1 WHERE id=?"_qs, {qlonglong(roundId)}); !q)
        return Status::failure(q.error());
    if (Status s = appendEvent(roundId, EventType::Published, detail, {}); !s)
        return s;
    return tx.commit() ? Status() : Status::failure(tx.error());
}

} // namespace pbvote::store
