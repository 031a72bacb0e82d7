#include "store/SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlError>

namespace pbvote::store {

namespace {
QString describe(const QSqlError &e, const QString &sql)
{
    return QCoreApplication::translate("BallotStore", "database error in \"%1\": %2")
        .arg(sql.simplified().left(80), e.text());
}
} // namespace

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Result<QSqlQuery>::failure(describe(q.lastError(), sql));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec())
        return Result<QSqlQuery>::failure(describe(q.lastError(), sql));
    return q;
}

Result<QVariant> queryValue(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    auto q = exec(db, sql, binds);
    if (!q)
        return Result<QVariant>::failure(q.error());
    if (!q->next())
        return QVariant();
    return q->value(0);
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

bool Transaction::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = describe(q.lastError(), QStringLiteral("BEGIN IMMEDIATE"));
        return false;
    }
    m_active = true;
    return true;
}

bool Transaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = describe(q.lastError(), QStringLiteral("COMMIT"));
        return false;
    }
    m_active = false;
    return true;
}

} // namespace pbvote::store
