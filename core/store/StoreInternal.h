#pragma once

// Helpers shared by the store's source files (not part of its interface).

#include "model/Round.h"
#include "util/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace pbvote::store {

// Qt binds a null QString as SQL NULL; text columns here are NOT NULL.
QString nn(const QString &s);
QString categoriesToJson(const QStringList &categories);
QStringList categoriesFromJson(const QString &text);
QVariant timeToSql(const QDateTime &t);
QDateTime timeFromSql(const QVariant &v);
Status insertProjectRow(const QSqlDatabase &d, int64_t roundId, int position, const Project &p);
// What the store knows about one access code (by its hash) of a round.
struct CodeRow
{
    bool issued = false;
    bool spent = false;
    bool voided = false;   // its batch is void
    QString district;      // its batch's district (empty: city-wide)
};
Result<CodeRow> lookUpCode(const QSqlDatabase &d, int64_t roundId, const QByteArray &hash);

// Ok for a draft round; else why its ballot cannot change.
Status requireDraft(const Result<Round> &r, int64_t id);

} // namespace pbvote::store
