#include "StoreFixture.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace pbvote::testsupport {

Round sampleRound(BallotKind kind)
{
    Round r;
    r.name = QStringLiteral("Test round");
    r.currency = QStringLiteral("EUR");
    r.budget = 1000;
    r.rules.kind = kind;
    r.tallyRule = QStringLiteral("greedy");
    for (int i = 1; i <= 5; ++i) {
        Project p;
        p.id = QStringLiteral("P%1").arg(i);
        p.title = QStringLiteral("Project %1").arg(i);
        p.cost = 100 * i;
        r.projects.push_back(p);
    }
    if (kind == BallotKind::Cumulative)
        r.rules.totalPoints = 10;
    if (kind == BallotKind::Ordinal)
        r.rules.maxSelections = 3;
    return r;
}

Ballot approvalBallot(std::initializer_list<int> positions)
{
    Ballot b;
    for (int p : positions)
        b.choices.push_back({p, 1});
    return b;
}

namespace {
crypto::SigningKeyPair copyKey(const crypto::SigningKeyPair &k)
{
    crypto::SigningKeyPair c;
    c.publicKey = k.publicKey;
    c.secretKey = crypto::SecretBytes::copyOf(k.secretKey.view());
    return c;
}

// Keys live in memory in tests; the database only needs their public halves.
const QByteArray PlaceholderSecret("test fixture: secret kept in memory");
} // namespace

Status makeReadyRound(ReadyRound &out, const QString &path, const Round &round, const ReadyRoundOptions &options,
                      const crypto::SigningKeyPair *sameKioskKey)
{
    if (!crypto::initialize())
        return Status::failure(QStringLiteral("libsodium did not start"));
    auto opened = store::BallotStore::open(path, options.storeOptions);
    if (!opened)
        return Status::failure(opened.error());
    out.store = std::move(*opened);
    out.kioskId = options.kioskId;
    out.authority = crypto::SigningKeyPair::generate();
    out.election = crypto::BoxKeyPair::generate();
    out.kiosk = sameKioskKey ? copyKey(*sameKioskKey) : crypto::SigningKeyPair::generate();

    auto id = out.store->createRound(round);
    if (!id)
        return Status::failure(id.error());
    out.roundId = *id;
    const QString suffix = QString::number(out.roundId);
    const QString authorityName = QStringLiteral("org-") + suffix;
    const QString electionName = QStringLiteral("election-") + suffix;
    const QString kioskKeyName = options.kioskId + QStringLiteral("-") + suffix;
    if (Status s = out.store->storeKey({store::KeyKind::Authority, authorityName, out.authority.publicKey,
                                        PlaceholderSecret});
        !s)
        return s;
    if (Status s = out.store->storeKey({store::KeyKind::Election, electionName, out.election.publicKey,
                                        PlaceholderSecret});
        !s)
        return s;
    if (Status s = out.store->storeKey({store::KeyKind::Kiosk, kioskKeyName, out.kiosk.publicKey, PlaceholderSecret});
        !s)
        return s;
    if (Status s = out.store->setElectionKey(out.roundId, electionName); !s)
        return s;
    if (Status s = out.store->registerKiosk(out.roundId, options.kioskId, out.kiosk.publicKey); !s)
        return s;
    out.codes.clear();
    if (options.codes > 0) {
        auto codes = out.store->issueCodes(out.roundId, options.codes);
        if (!codes)
            return Status::failure(codes.error());
        for (const crypto::SecretBytes &c : *codes)
            out.codes << QString::fromUtf8(reinterpret_cast<const char *>(c.data()), qsizetype(c.size()));
    }
    if (options.open) {
        if (Status s = out.store->openRound(out.roundId, authorityName, out.authority.secretKey); !s)
            return s;
    }
    auto back = out.store->round(out.roundId);
    if (!back)
        return Status::failure(back.error());
    out.round = *back;
    return {};
}

Result<store::CastReceipt> ReadyRound::cast(int codeIndex, const Ballot &ballot)
{
    return store->cast(roundId, kioskId, kiosk.secretKey, codes.value(codeIndex), ballot);
}

Status ReadyRound::reopen(const store::StoreOptions &options)
{
    const QString path = store->path();
    store.reset();
    auto opened = store::BallotStore::open(path, options);
    if (!opened)
        return Status::failure(opened.error());
    store = std::move(*opened);
    return {};
}

QByteArray diskBytes(const QString &dbPath)
{
    QByteArray all;
    for (const QString &p : QStringList{dbPath, dbPath + QStringLiteral("-wal")}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

RawConnection::RawConnection(const QString &path)
    : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    d.setDatabaseName(path);
    d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    if (!d.open())
        m_lastError = d.lastError().text();
}

RawConnection::~RawConnection()
{
    {
        QSqlDatabase d = QSqlDatabase::database(m_name, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

bool RawConnection::isOpen() const
{
    return db().isOpen();
}

QVariant RawConnection::value(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(db());
    if (!q.prepare(sql)) {
        m_lastError = q.lastError().text();
        return {};
    }
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return {};
    }
    if (!q.next())
        return {};
    return q.value(0);
}

bool RawConnection::exec(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(db());
    if (!q.prepare(sql)) {
        m_lastError = q.lastError().text();
        return false;
    }
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace pbvote::testsupport
