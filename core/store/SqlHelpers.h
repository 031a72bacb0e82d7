#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

namespace pbvote::store {

// Prepares, binds and runs one statement; the error names the statement.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
// First column of the first row (an invalid QVariant when there is no row).
Result<QVariant> queryValue(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});

// BEGIN IMMEDIATE … COMMIT, rolled back on destruction unless committed. IMMEDIATE
// takes the write lock at once, so two kiosks racing on one code serialise here.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db) : m_db(db) {}
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin();
    bool commit();
    const QString &error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace pbvote::store
