#include "store/BallotStore.h"

#include "crypto/Crypto.h"
#include "model/BallotValidator.h"
#include "store/Schema.h"
#include "store/StoreInternal.h"
#include "store/SqlHelpers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace pbvote::store {

using record::EventType;

namespace {

// Translation context "BallotStore" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BallotStore)
};

QString rulesToJson(const BallotRules &r)
{
    QJsonObject o;
    o[u"kind"_qs] = ballotKindName(r.kind);
    o[u"min_selections"_qs] = r.minSelections;
    o[u"max_selections"_qs] = r.maxSelections;
    o[u"min_spend_percent"_qs] = r.minSpendPercent;
    o[u"total_points"_qs] = r.totalPoints;
    o[u"max_points_per_project"_qs] = r.maxPointsPerProject;
    o[u"must_use_all_points"_qs] = r.mustUseAllPoints;
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

BallotRules rulesFromJson(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    BallotRules r;
    r.kind = parseBallotKind(o[u"kind"_qs].toString()).value_or(BallotKind::Approval);
    r.minSelections = o[u"min_selections"_qs].toInt();
    r.maxSelections = o[u"max_selections"_qs].toInt();
    r.minSpendPercent = o[u"min_spend_percent"_qs].toInt();
    r.totalPoints = o[u"total_points"_qs].toInt();
    r.maxPointsPerProject = o[u"max_points_per_project"_qs].toInt();
    r.mustUseAllPoints = o[u"must_use_all_points"_qs].toBool();
    return r;
}

} // namespace

// Qt binds a null QString as SQL NULL; text columns here are NOT NULL.
QString nn(const QString &s)
{
    return s.isNull() ? QString(u""_qs) : s;
}

QString categoriesToJson(const QStringList &categories)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(categories)).toJson(QJsonDocument::Compact));
}

QStringList categoriesFromJson(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(v.toString());
    return out;
}

// A planned time as stored: ISO 8601 in UTC, NULL when not planned.
QVariant timeToSql(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODate)) : QVariant();
}

QDateTime timeFromSql(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

Status insertProjectRow(const QSqlDatabase &d, int64_t roundId, int position, const Project &p)
{
    if (auto q = exec(d, u"INSERT INTO projects(round_id, position, id, title, description, cost, category, "
                         "district, status) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs,
                      {qlonglong(roundId), position, p.id, p.title, nn(p.description), qlonglong(p.cost),
                       nn(p.category), nn(p.district), projectStatusName(p.status)});
        !q)
        return Status::failure(q.error());
    return {};
}

namespace {

// A new round's row, districts and projects (in ballot order); returns its id. `source`
// is empty for rounds voted with pbvote.
Result<int64_t> insertRound(const QSqlDatabase &d, const Round &round, RoundState state, const QString &source)
{
    using R = Result<int64_t>;
    auto ins = exec(d, u"INSERT INTO rounds(election_id, name, currency, budget, rules, state, source, categories, "
                       "voting_opens, voting_closes, tally_rule) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs,
                    {crypto::randomBytes(record::ElectionIdBytes), round.name, round.currency,
                     qlonglong(round.budget), rulesToJson(round.rules), roundStateName(state),
                     source.isEmpty() ? QVariant() : QVariant(source), categoriesToJson(round.categories),
                     timeToSql(round.votingOpens), timeToSql(round.votingCloses), nn(round.tallyRule)});
    if (!ins)
        return R::failure(ins.error());
    const int64_t id = ins->lastInsertId().toLongLong();
    for (const District &dist : round.districts) {
        if (auto r = exec(d, u"INSERT INTO districts(round_id, id, name, budget) VALUES(?, ?, ?, ?)"_qs,
                          {qlonglong(id), dist.id, nn(dist.name), qlonglong(dist.budget)});
            !r)
            return R::failure(r.error());
    }
    int position = 0;
    for (const std::vector<Project> *list : {&round.projects, &round.offBallot}) {
        for (const Project &p : *list) {
            if (Status s = insertProjectRow(d, id, position++, p); !s)
                return R::failure(s.error());
        }
    }
    return id;
}

} // namespace

QString keyKindName(KeyKind kind)
{
    switch (kind) {
    case KeyKind::Authority: return QStringLiteral("authority");
    case KeyKind::Election: return QStringLiteral("election");
    case KeyKind::Kiosk: return QStringLiteral("kiosk");
    }
    return QString();
}

bool parseKeyKind(const QString &name, KeyKind *out)
{
    for (KeyKind k : {KeyKind::Authority, KeyKind::Election, KeyKind::Kiosk}) {
        if (keyKindName(k) == name) {
            *out = k;
            return true;
        }
    }
    return false;
}

Result<std::unique_ptr<BallotStore>> BallotStore::open(const QString &path, const StoreOptions &options)
{
    using R = Result<std::unique_ptr<BallotStore>>;
    if (!crypto::initialize())
        return R::failure(Tr::tr("libsodium could not be initialised."));
    std::unique_ptr<BallotStore> store(new BallotStore);
    store->m_path = path;
    store->m_connection = u"pbvote-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (options.clock) {
        store->m_clock = options.clock;
    } else {
        store->m_ownClock = std::make_unique<Clock>();
        store->m_clock = store->m_ownClock.get();
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, store->m_connection);
    db.setDatabaseName(path);
    // Wait for another kiosk process's write transaction instead of failing at once.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=15000"_qs);
    if (!db.open())
        return R::failure(Tr::tr("Cannot open database %1: %2").arg(path, db.lastError().text()));
    if (Status s = store->initialise(options); !s)
        return R::failure(Tr::tr("Database %1: %2").arg(path, s.error()));
    return R(std::move(store));
}

BallotStore::~BallotStore()
{
    if (!m_sessionToken.isEmpty())
        exec(db(), u"DELETE FROM sessions WHERE token=?"_qs, {m_sessionToken});
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase BallotStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

Status BallotStore::initialise(const StoreOptions &options)
{
    QSqlDatabase d = db();
    // Identify the file before touching it: refuse another application's database.
    auto appId = queryValue(d, u"PRAGMA application_id"_qs);
    if (!appId)
        return Status::failure(Tr::tr("not a readable SQLite database (%1)").arg(appId.error()));
    auto version = queryValue(d, u"PRAGMA user_version"_qs);
    if (!version)
        return Status::failure(version.error());
    auto tables = queryValue(d, u"SELECT count(*) FROM sqlite_schema"_qs);
    if (!tables)
        return Status::failure(tables.error());
    const int64_t app = appId->toLongLong();
    if (app != ApplicationId) {
        if (app != 0 || tables->toLongLong() != 0)
            return Status::failure(Tr::tr("this is not a pbvote database (application id 0x%1)")
                                       .arg(QString::number(uint32_t(app), 16)));
    }
    if (version->toInt() > SchemaVersion)
        return Status::failure(Tr::tr("the database was written by a newer pbvote (schema %1; this "
                                  "version knows up to %2)")
                                   .arg(version->toInt())
                                   .arg(SchemaVersion));

    // Durability settings; WAL must really be on (it silently is not on some file systems).
    auto mode = queryValue(d, u"PRAGMA journal_mode=WAL"_qs);
    if (!mode)
        return Status::failure(mode.error());
    if (mode->toString().toLower() != u"wal"_qs)
        return Status::failure(Tr::tr("could not switch to write-ahead logging (journal mode is %1)")
                                   .arg(mode->toString()));
    for (const QString &pragma : {u"PRAGMA synchronous=FULL"_qs, u"PRAGMA foreign_keys=ON"_qs,
                                  u"PRAGMA secure_delete=ON"_qs}) {
        if (auto r = exec(d, pragma); !r)
            return Status::failure(r.error());
    }
    auto fk = queryValue(d, u"PRAGMA foreign_keys"_qs);
    if (!fk || fk->toInt() != 1)
        return Status::failure(Tr::tr("foreign key enforcement could not be turned on"));
    auto sync = queryValue(d, u"PRAGMA synchronous"_qs);
    if (!sync || sync->toInt() != 2)
        return Status::failure(Tr::tr("synchronous=FULL could not be set"));

    if (Status s = migrate(); !s)
        return s;

    auto quick = queryValue(d, u"PRAGMA quick_check"_qs);
    if (!quick || quick->toString() != u"ok"_qs)
        return Status::failure(Tr::tr("the database is damaged: %1")
                                   .arg(quick ? quick->toString() : quick.error()));

    if (options.maxDatabaseBytes > 0) {
        auto pageSize = queryValue(d, u"PRAGMA page_size"_qs);
        if (!pageSize || pageSize->toLongLong() <= 0)
            return Status::failure(Tr::tr("cannot read the page size"));
        const int64_t pages = std::max<int64_t>(1, options.maxDatabaseBytes / pageSize->toLongLong());
        if (auto r = exec(d, u"PRAGMA max_page_count=%1"_qs.arg(pages)); !r)
            return Status::failure(r.error());
    }

    auto bound = queryValue(d, u"SELECT value FROM settings WHERE key='kiosk_id'"_qs);
    if (bound && bound->isValid())
        m_boundKiosk = bound->toString();
    if (!options.kioskId.isEmpty() && !m_boundKiosk.isEmpty() && m_boundKiosk != options.kioskId)
        return Status::failure(Tr::tr("this database belongs to kiosk %1, not to kiosk %2")
                                   .arg(m_boundKiosk, options.kioskId));
    // Not being able to note this process (a full disk, a read-only copy) must not stop
    // anyone from reading the store or closing a round: it is reported, not fatal.
    if (Status s = startSession(); !s)
        m_startupWarning = Tr::tr("crash detection is off for this session: %1").arg(s.error());
    return {};
}

// Registers this process in `sessions`. A session left behind by a process that no longer
// runs means that process was killed or crashed: every round open at that moment gets a
// RECOVERY event, so auditors see the interruption in the log.
Status BallotStore::startSession()
{
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin()) {
        // A read-only file or a full disk: the store still opens for reading.
        return {};
    }
    auto q = exec(d, u"SELECT token, pid FROM sessions"_qs);
    if (!q)
        return Status::failure(q.error());
    std::vector<QByteArray> dead;
    while (q->next()) {
        const qint64 pid = q->value(1).toLongLong();
        if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno == ESRCH))
            dead.push_back(q->value(0).toByteArray());
    }
    if (!dead.empty()) {
        for (const QByteArray &token : dead) {
            if (auto r = exec(d, u"DELETE FROM sessions WHERE token=?"_qs, {token}); !r)
                return Status::failure(r.error());
        }
        auto open = exec(d, u"SELECT id FROM rounds WHERE state IN ('open', 'suspended') ORDER BY id"_qs);
        if (!open)
            return Status::failure(open.error());
        std::vector<int64_t> rounds;
        while (open->next())
            rounds.push_back(open->value(0).toLongLong());
        for (int64_t round : rounds) {
            if (Status s = appendEvent(round, EventType::Recovery,
                                       Tr::tr("Restarted after an interruption (a process that had the store open "
                                          "stopped without closing it)"),
                                       m_boundKiosk);
                !s)
                return s;
        }
    }
    m_sessionToken = crypto::randomBytes(16);
    if (auto r = exec(d, u"INSERT INTO sessions(token, pid, started) VALUES(?, ?, ?)"_qs,
                      {m_sessionToken, qlonglong(::getpid()), qlonglong(m_clock->now())});
        !r)
        return Status::failure(r.error());
    if (!tx.commit()) {
        m_sessionToken.clear();
        return Status::failure(tx.error());
    }
    return {};
}

Status BallotStore::migrate()
{
    QSqlDatabase d = db();
    auto version = queryValue(d, u"PRAGMA user_version"_qs);
    if (!version)
        return Status::failure(version.error());
    int current = version->toInt();
    const std::vector<QStringList> &steps = schemaMigrations();
    while (current < int(steps.size())) {
        Transaction tx(d);
        if (!tx.begin())
            return Status::failure(tx.error());
        for (const QString &sql : steps[size_t(current)]) {
            if (auto r = exec(d, sql); !r)
                return Status::failure(Tr::tr("migration to schema %1 failed: %2").arg(current + 1).arg(r.error()));
        }
        if (current == 0) {
            if (auto r = exec(d, u"PRAGMA application_id=%1"_qs.arg(ApplicationId)); !r)
                return Status::failure(r.error());
            if (auto r = exec(d, u"INSERT INTO settings(key, value) VALUES('installation_id', ?)"_qs,
                              {QUuid::createUuid().toString(QUuid::WithoutBraces)});
                !r)
                return Status::failure(r.error());
        }
        if (auto r = exec(d, u"PRAGMA user_version=%1"_qs.arg(current + 1)); !r)
            return Status::failure(r.error());
        if (!tx.commit())
            return Status::failure(tx.error());
        ++current;
    }
    return {};
}

QString BallotStore::boundKioskId() const
{
    return m_boundKiosk;
}

Status BallotStore::integrityCheck() const
{
    auto r = queryValue(db(), u"PRAGMA integrity_check"_qs);
    if (!r)
        return Status::failure(r.error());
    if (r->toString() != u"ok"_qs)
        return Status::failure(Tr::tr("integrity check failed: %1").arg(r->toString()));
    return {};
}

// Rounds ------------------------------------------------------------------------------

Result<int64_t> BallotStore::createRound(const Round &round)
{
    using R = Result<int64_t>;
    if (Status s = round.validate(); !s)
        return R::failure(s.error());
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return R::failure(tx.error());
    auto inserted = insertRound(d, round, RoundState::Draft, {});
    if (!inserted)
        return R::failure(inserted.error());
    const int64_t id = *inserted;
    if (Status s = appendEvent(id, EventType::RoundCreated,
                               Tr::tr("Round \"%1\" created with %2 projects").arg(round.name).arg(round.projects.size()),
                               {});
        !s)
        return R::failure(s.error());
    if (!tx.commit())
        return R::failure(tx.error());
    return id;
}

Result<int64_t> BallotStore::importRound(const Round &round, const std::vector<Ballot> &ballots,
                                        const QString &source)
{
    using R = Result<int64_t>;
    if (Status s = round.validate(); !s)
        return R::failure(s.error());
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return R::failure(tx.error());
    auto inserted = insertRound(d, round, RoundState::Closed, source);
    if (!inserted)
        return R::failure(inserted.error());
    const int64_t id = *inserted;
    QSqlQuery q(d);
    q.prepare(u"INSERT INTO imported_ballots(round_id, voter, choices) VALUES(?, ?, ?)"_qs);
    qlonglong voter = 0;
    for (const Ballot &b : ballots) {
        QByteArray choices;
        choices.reserve(qsizetype(b.choices.size()) * 6);
        for (const BallotChoice &c : b.choices) {
            if (c.project < 0 || c.project >= int(round.projects.size()))
                return R::failure(Tr::tr("Imported vote %1 names a project that is not in the round.").arg(voter + 1));
            const uint16_t project = uint16_t(c.project);
            const uint32_t value = uint32_t(c.value);
            const char bytes[6] = {char(project >> 8), char(project), char(value >> 24), char(value >> 16),
                                   char(value >> 8), char(value)};
            choices.append(bytes, 6);
        }
        q.bindValue(0, qlonglong(id));
        q.bindValue(1, ++voter);
        q.bindValue(2, choices);
        if (!q.exec())
            return R::failure(Tr::tr("Cannot store imported vote %1: %2").arg(voter).arg(q.lastError().text()));
    }
    if (Status s = appendEvent(id, EventType::RoundCreated,
                               Tr::tr("Round \"%1\" imported from %2 with %3 projects and %4 votes, for analysis")
                                   .arg(round.name, source)
                                   .arg(round.projects.size())
                                   .arg(ballots.size()),
                               {});
        !s)
        return R::failure(s.error());
    if (!tx.commit())
        return R::failure(tx.error());
    return id;
}

Result<QString> BallotStore::importSource(int64_t roundId) const
{
    auto v = queryValue(db(), u"SELECT source FROM rounds WHERE id=?"_qs, {qlonglong(roundId)});
    if (!v)
        return Result<QString>::failure(v.error());
    return v->isNull() ? QString() : v->toString();
}

Result<std::vector<Ballot>> BallotStore::importedBallots(int64_t roundId) const
{
    using R = Result<std::vector<Ballot>>;
    auto q = exec(db(), u"SELECT choices FROM imported_ballots WHERE round_id=? ORDER BY voter"_qs, {qlonglong(roundId)});
    if (!q)
        return R::failure(q.error());
    std::vector<Ballot> out;
    while (q->next()) {
        const QByteArray c = q->value(0).toByteArray();
        Ballot b;
        for (qsizetype i = 0; i + 6 <= c.size(); i += 6) {
            const auto u = [&](qsizetype k) { return uint32_t(uint8_t(c[i + k])); };
            b.choices.push_back({int((u(0) << 8) | u(1)), int((u(2) << 24) | (u(3) << 16) | (u(4) << 8) | u(5))});
        }
        out.push_back(std::move(b));
    }
    return out;
}

Result<Round> BallotStore::round(int64_t id) const
{
    using R = Result<Round>;
    QSqlDatabase d = db();
    auto q = exec(d, u"SELECT election_id, name, currency, budget, rules, state, categories, voting_opens, "
                     "voting_closes, tally_rule, published FROM rounds WHERE id=?"_qs,
                  {qlonglong(id)});
    if (!q)
        return R::failure(q.error());
    if (!q->next())
        return R::failure(Tr::tr("There is no round %1 in this database.").arg(id));
    Round r;
    r.id = id;
    r.electionId = q->value(0).toByteArray();
    r.name = q->value(1).toString();
    r.currency = q->value(2).toString();
    r.budget = q->value(3).toLongLong();
    r.rules = rulesFromJson(q->value(4).toString());
    const auto state = parseRoundState(q->value(5).toString());
    if (!state)
        return R::failure(Tr::tr("Round %1 has an unknown state \"%2\".").arg(id).arg(q->value(5).toString()));
    r.state = *state;
    r.categories = categoriesFromJson(q->value(6).toString());
    r.votingOpens = timeFromSql(q->value(7));
    r.votingCloses = timeFromSql(q->value(8));
    r.tallyRule = q->value(9).toString();
    r.published = q->value(10).toInt() != 0;
    auto ds = exec(d, u"SELECT id, name, budget FROM districts WHERE round_id=? ORDER BY id"_qs, {qlonglong(id)});
    if (!ds)
        return R::failure(ds.error());
    while (ds->next())
        r.districts.push_back({ds->value(0).toString(), ds->value(1).toString(), ds->value(2).toLongLong()});
    auto ps = exec(d, u"SELECT id, title, description, cost, category, district, status FROM projects "
                      "WHERE round_id=? ORDER BY position"_qs,
                   {qlonglong(id)});
    if (!ps)
        return R::failure(ps.error());
    while (ps->next()) {
        Project p{ps->value(0).toString(), ps->value(1).toString(), ps->value(2).toString(),
                  ps->value(3).toLongLong(), ps->value(4).toString(), ps->value(5).toString()};
        p.status = parseProjectStatus(ps->value(6).toString()).value_or(ProjectStatus::UnderReview);
        (p.status == ProjectStatus::Ballot ? r.projects : r.offBallot).push_back(std::move(p));
    }
    return r;
}

Result<std::vector<Round>> BallotStore::rounds() const
{
    using R = Result<std::vector<Round>>;
    auto q = exec(db(), u"SELECT id FROM rounds ORDER BY id"_qs);
    if (!q)
        return R::failure(q.error());
    std::vector<int64_t> ids;
    while (q->next())
        ids.push_back(q->value(0).toLongLong());
    std::vector<Round> out;
    for (int64_t id : ids) {
        auto r = round(id);
        if (!r)
            return R::failure(r.error());
        out.push_back(std::move(*r));
    }
    return out;
}

Status requireDraft(const Result<Round> &r, int64_t id)
{
    if (!r)
        return Status::failure(r.error());
    if (r->state != RoundState::Draft)
        return Status::failure(QCoreApplication::translate("BallotStore",
                                   "Round %1 is %2: its ballot can only change while it is a draft.")
                                   .arg(id)
                                   .arg(roundStateInWords(r->state)));
    return {};
}

Status BallotStore::setProjectImage(int64_t roundId, const QString &projectId, const QByteArray &image)
{
    auto r = round(roundId);
    if (Status s = requireDraft(r, roundId); !s)
        return s;
    if (r->projectIndex(projectId) < 0)
        return Status::failure(Tr::tr("Round %1 has no project %2.").arg(roundId).arg(projectId));
    if (Status s = checkProjectImage(projectId, image); !s)
        return s;
    const QString mediaType = image.startsWith("\x89PNG") ? u"image/png"_qs : u"image/jpeg"_qs;
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return Status::failure(tx.error());
    if (auto q = exec(d, u"DELETE FROM project_images WHERE round_id=? AND project_id=?"_qs,
                      {qlonglong(roundId), projectId});
        !q)
        return Status::failure(q.error());
    if (!image.isEmpty()) {
        if (auto q = exec(d, u"INSERT INTO project_images(round_id, project_id, media_type, data) VALUES(?, ?, ?, ?)"_qs,
                          {qlonglong(roundId), projectId, mediaType, image});
            !q)
            return Status::failure(q.error());
    }
    if (Status s = appendEvent(roundId, EventType::ProjectsChanged,
                               image.isEmpty() ? Tr::tr("Picture of project %1 removed").arg(projectId)
                                               : Tr::tr("Picture of project %1 set").arg(projectId),
                               {});
        !s)
        return s;
    return tx.commit() ? Status() : Status::failure(tx.error());
}

Status BallotStore::checkProjectImage(const QString &projectId, const QByteArray &image)
{
    if (!image.isEmpty() && !image.startsWith("\x89PNG\r\n\x1a\n") && !image.startsWith("\xff\xd8\xff"))
        return Status::failure(Tr::tr("The picture for project %1 is neither a PNG nor a JPEG file.").arg(projectId));
    if (image.size() > MaxProjectImageBytes)
        return Status::failure(Tr::tr("The picture for project %1 is %2 bytes; at most %3 bytes are allowed.")
                                   .arg(projectId)
                                   .arg(image.size())
                                   .arg(MaxProjectImageBytes));
    return {};
}

Result<std::map<QString, QByteArray>> BallotStore::projectImages(int64_t roundId) const
{
    using R = Result<std::map<QString, QByteArray>>;
    auto q = exec(db(), u"SELECT project_id, data FROM project_images WHERE round_id=?"_qs, {qlonglong(roundId)});
    if (!q)
        return R::failure(q.error());
    std::map<QString, QByteArray> out;
    while (q->next())
        out[q->value(0).toString()] = q->value(1).toByteArray();
    return out;
}

Status BallotStore::addDistrict(int64_t roundId, const District &district)
{
    auto r = round(roundId);
    if (Status s = requireDraft(r, roundId); !s)
        return s;
    Round changed = *r;
    changed.districts.push_back(district);
    if (Status s = changed.validate(); !s)
        return s;
    if (auto q = exec(db(), u"INSERT INTO districts(round_id, id, name, budget) VALUES(?, ?, ?, ?)"_qs,
                      {qlonglong(roundId), district.id, nn(district.name), qlonglong(district.budget)});
        !q)
        return Status::failure(q.error());
    return {};
}

Status BallotStore::setRules(int64_t roundId, const BallotRules &rules)
{
    auto r = round(roundId);
    if (Status s = requireDraft(r, roundId); !s)
        return s;
    Round changed = *r;
    changed.rules = rules;
    if (Status s = changed.validate(); !s)
        return s;
    if (auto q = exec(db(), u"UPDATE rounds SET rules=? WHERE id=?"_qs, {rulesToJson(rules), qlonglong(roundId)}); !q)
        return Status::failure(q.error());
    return {};
}

// Keys ------------------------------------------------------------------------------------

Status BallotStore::storeKey(const StoredKey &key)
{
    if (key.name.trimmed().isEmpty())
        return Status::failure(Tr::tr("A key needs a name."));
    auto q = exec(db(), u"INSERT INTO keys(kind, name, public_key, secret) VALUES(?, ?, ?, ?)"_qs,
                  {keyKindName(key.kind), key.name, key.publicKey, key.encryptedSecret});
    if (!q)
        return Status::failure(Tr::tr("Cannot store the %1 key \"%2\" (does it exist already?): %3")
                                   .arg(keyKindName(key.kind), key.name, q.error()));
    return {};
}

Result<StoredKey> BallotStore::key(KeyKind kind, const QString &name) const
{
    using R = Result<StoredKey>;
    auto q = exec(db(), u"SELECT public_key, secret FROM keys WHERE kind=? AND name=?"_qs, {keyKindName(kind), name});
    if (!q)
        return R::failure(q.error());
    if (!q->next())
        return R::failure(Tr::tr("There is no %1 key named \"%2\" in this database.").arg(keyKindName(kind), name));
    return StoredKey{kind, name, q->value(0).toByteArray(), q->value(1).toByteArray()};
}

Result<std::vector<StoredKey>> BallotStore::keys() const
{
    using R = Result<std::vector<StoredKey>>;
    auto q = exec(db(), u"SELECT kind, name, public_key FROM keys ORDER BY kind, name"_qs);
    if (!q)
        return R::failure(q.error());
    std::vector<StoredKey> out;
    while (q->next()) {
        StoredKey k;
        parseKeyKind(q->value(0).toString(), &k.kind);
        k.name = q->value(1).toString();
        k.publicKey = q->value(2).toByteArray();
        out.push_back(k);
    }
    return out;
}

Status BallotStore::setElectionKey(int64_t roundId, const QString &keyName)
{
    auto r = round(roundId);
    if (Status s = requireDraft(r, roundId); !s)
        return s;
    auto k = key(KeyKind::Election, keyName);
    if (!k)
        return Status::failure(k.error());
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return Status::failure(tx.error());
    if (auto q = exec(d, u"UPDATE rounds SET election_key=? WHERE id=?"_qs, {keyName, qlonglong(roundId)}); !q)
        return Status::failure(q.error());
    if (Status s = appendEvent(roundId, EventType::KeyRegistered,
                               Tr::tr("Election key %1 set").arg(crypto::base32(k->publicKey).left(16)), {});
        !s)
        return s;
    return tx.commit() ? Status() : Status::failure(tx.error());
}

Result<BallotStore::RoundKeys> BallotStore::roundKeys(int64_t roundId) const
{
    using R = Result<RoundKeys>;
    auto q = exec(db(), u"SELECT election_key, authority_key FROM rounds WHERE id=?"_qs, {qlonglong(roundId)});
    if (!q)
        return R::failure(q.error());
    if (!q->next())
        return R::failure(Tr::tr("There is no round %1 in this database.").arg(roundId));
    return RoundKeys{q->value(0).toString(), q->value(1).toString()};
}

Result<std::vector<crypto::SecretBytes>> BallotStore::issueCodes(int64_t roundId, int count)
{
    using R = Result<std::vector<crypto::SecretBytes>>;
    std::vector<crypto::SecretBytes> codes;
    Status s = issueCodes(roundId, count, [&](QByteArrayView code) {
        codes.push_back(crypto::SecretBytes::copyOf(code));
        return Status();
    });
    if (!s)
        return R::failure(s.error());
    return R(std::move(codes));
}

// Event log ------------------------------------------------------------------------------

Status BallotStore::appendEvent(int64_t roundId, EventType type, const QString &detail, const QString &kioskId)
{
    QSqlDatabase d = db();
    auto last = exec(d, u"SELECT seq, hash, body FROM events WHERE round_id=? ORDER BY seq DESC LIMIT 1"_qs,
                     {qlonglong(roundId)});
    if (!last)
        return Status::failure(last.error());
    record::Event e;
    e.seq = 1;
    e.previous = QByteArray(32, '\0');
    e.time = m_clock->now();
    if (last->next()) {
        e.seq = uint64_t(last->value(0).toLongLong()) + 1;
        e.previous = last->value(1).toByteArray();
        // The log's times never go backwards (the verifier's EVENT_TIME): a clock set
        // back, e.g. by a time server, records the previous event's time again.
        if (auto previous = record::Event::decode(last->value(2).toByteArray()); previous && previous->time > e.time)
            e.time = previous->time;
    }
    e.type = type;
    e.kioskId = kioskId;
    e.detail = detail;
    if (auto q = exec(d, u"INSERT INTO events(round_id, seq, body, hash) VALUES(?, ?, ?, ?)"_qs,
                      {qlonglong(roundId), qlonglong(e.seq), e.encode(), e.hash()});
        !q)
        return Status::failure(q.error());
    return {};
}

Status BallotStore::logEvent(int64_t roundId, EventType type, const QString &detail, const QString &kioskId)
{
    QSqlDatabase d = db();
    Transaction tx(d);
    if (!tx.begin())
        return Status::failure(tx.error());
    if (Status s = appendEvent(roundId, type, detail, kioskId); !s)
        return s;
    return tx.commit() ? Status() : Status::failure(tx.error());
}

Status BallotStore::setState(int64_t roundId, RoundState from, RoundState to)
{
    if (Status s = checkTransition(from, to); !s)
        return s;
    auto q = exec(db(), u"UPDATE rounds SET state=? WHERE id=? AND state=?"_qs,
                  {roundStateName(to), qlonglong(roundId), roundStateName(from)});
    if (!q)
        return Status::failure(q.error());
    if (q->numRowsAffected() != 1) {
        // The round is not in `from`: say what it really is and why `to` is not allowed.
        auto actual = queryValue(db(), u"SELECT state FROM rounds WHERE id=?"_qs, {qlonglong(roundId)});
        if (!actual)
            return Status::failure(actual.error());
        if (!actual->isValid())
            return Status::failure(Tr::tr("There is no round %1 in this database.").arg(roundId));
        const auto state = parseRoundState(actual->toString());
        if (state) {
            if (Status s = checkTransition(*state, to); !s)
                return Status::failure(Tr::tr("Round %1: %2").arg(roundId).arg(s.error()));
        }
        return Status::failure(Tr::tr("Round %1 is %2, not %3; try again.")
                                   .arg(roundId)
                                   .arg(state ? roundStateInWords(*state) : actual->toString(),
                                        roundStateInWords(from)));
    }
    return {};
}

// Reading back ---------------------------------------------------------------------------

namespace {
// Every row of a query on one round, each turned into a T by makeRow(query).
template<typename T, typename MakeRow>
Result<std::vector<T>> readRows(const QSqlDatabase &d, const QString &sql, int64_t roundId, MakeRow makeRow)
{
    auto q = exec(d, sql, {qlonglong(roundId)});
    if (!q)
        return Result<std::vector<T>>::failure(q.error());
    std::vector<T> out;
    while (q->next())
        out.push_back(makeRow(*q));
    return out;
}

QByteArray firstBlob(const QSqlQuery &q)
{
    return q.value(0).toByteArray();
}
} // namespace

Result<std::vector<BallotStore::SignedBallot>> BallotStore::ballots(int64_t roundId) const
{
    return readRows<SignedBallot>(db(),
                                  u"SELECT ballot_id, kiosk_id, batch, envelope, signature FROM ballots "
                                  "WHERE round_id=? ORDER BY ballot_id"_qs,
                                  roundId, [](const QSqlQuery &q) {
                                      return SignedBallot{q.value(0).toByteArray(), q.value(1).toString(),
                                                          uint32_t(q.value(2).toLongLong()), q.value(3).toByteArray(),
                                                          q.value(4).toByteArray()};
                                  });
}

Result<std::vector<BallotStore::StoredCheckpoint>> BallotStore::checkpoints(int64_t roundId) const
{
    return readRows<StoredCheckpoint>(db(),
                                      u"SELECT kiosk_id, batch, body, signature, witness FROM checkpoints "
                                      "WHERE round_id=? ORDER BY kiosk_id, batch"_qs,
                                      roundId, [](const QSqlQuery &q) {
                                          return StoredCheckpoint{q.value(0).toString(),
                                                                  uint32_t(q.value(1).toLongLong()),
                                                                  q.value(2).toByteArray(), q.value(3).toByteArray(),
                                                                  q.value(4).toString()};
                                      });
}

Result<std::vector<QByteArray>> BallotStore::events(int64_t roundId) const
{
    return readRows<QByteArray>(db(), u"SELECT body FROM events WHERE round_id=? ORDER BY seq"_qs, roundId,
                                firstBlob);
}

Result<std::vector<QByteArray>> BallotStore::issuedCodeHashes(int64_t roundId) const
{
    return readRows<QByteArray>(db(), u"SELECT code_hash FROM access_codes WHERE round_id=? ORDER BY code_hash"_qs,
                                roundId, firstBlob);
}

Result<std::vector<BallotStore::SpentCode>> BallotStore::spentCodes(int64_t roundId) const
{
    return readRows<SpentCode>(db(),
                               u"SELECT kiosk_id, batch, code_hash FROM spent_codes WHERE round_id=? "
                               "ORDER BY kiosk_id, batch, code_hash"_qs,
                               roundId, [](const QSqlQuery &q) {
                                   return SpentCode{q.value(0).toString(), uint32_t(q.value(1).toLongLong()),
                                                    q.value(2).toByteArray()};
                               });
}

Result<std::vector<BallotStore::StoredResult>> BallotStore::results(int64_t roundId) const
{
    return readRows<StoredResult>(db(),
                                  u"SELECT rule, result, signature, statement, statement_signature, opened_ballots "
                                  "FROM results WHERE round_id=? ORDER BY rule"_qs,
                                  roundId, [](const QSqlQuery &q) {
                                      return StoredResult{q.value(0).toString(), q.value(1).toByteArray(),
                                                          q.value(2).toByteArray(), q.value(3).toByteArray(),
                                                          q.value(4).toByteArray(), q.value(5).toByteArray()};
                                  });
}

Result<RoundCounts> BallotStore::counts(int64_t roundId) const
{
    using R = Result<RoundCounts>;
    RoundCounts c;
    const std::pair<const char *, int64_t *> items[] = {
        {"SELECT count(*) FROM access_codes WHERE round_id=?", &c.issuedCodes},
        {"SELECT count(*) FROM spent_codes WHERE round_id=?", &c.spentCodes},
        {"SELECT count(*) FROM ballots WHERE round_id=?", &c.ballots},
        {"SELECT count(*) FROM events WHERE round_id=?", &c.events},
        {"SELECT count(*) FROM checkpoints WHERE round_id=?", &c.checkpoints},
    };
    for (const auto &[sql, target] : items) {
        auto v = queryValue(db(), QString::fromLatin1(sql), {qlonglong(roundId)});
        if (!v)
            return R::failure(v.error());
        *target = v->toLongLong();
    }
    return c;
}

} // namespace pbvote::store
