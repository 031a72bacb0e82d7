#pragma once

#include "store/BallotStore.h"
#include "util/Result.h"

#include <QAbstractTableModel>

#include <vector>

namespace pbvote::console {

// A round's kiosks as a table: id, name, location, key fingerprint, status and what each
// reports — how many ballots this database holds from it and how many its latest signed
// checkpoint states. Counts only: no ballot content ever reaches this model.
class KioskTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        NameColumn,
        LocationColumn,
        FingerprintColumn,
        StatusColumn,
        BallotsColumn,
        ReportedColumn,
        ColumnCount
    };
    enum Role {
        KioskIdRole = Qt::UserRole + 1, // QString, on every cell of a row
        SortRole,                       // raw values (numbers as qlonglong, -1: no checkpoint)
    };

    explicit KioskTableModel(QObject *parent = nullptr);

    // Reads the round's kiosks from `store`. On failure the table is empty and the
    // store's message is returned.
    Status reload(const store::BallotStore &store, int64_t roundId);
    // No round: an empty table.
    void clear();

    // The key's fingerprint as `pbvote keys list` prints it on the kiosk: the first 10
    // bytes of its BLAKE2b hash ("PBV-fingerprint"), base32 in groups of 4
    // ("K7QX-M2PA-R3TE-5FHA"), so the organizer can compare it with the kiosk's.
    static QString fingerprint(const QByteArray &publicKey);
    // "Registered", "Revoked" or "Closed" (its final checkpoint is signed), translated.
    static QString statusText(const store::KioskInfo &kiosk);

    const store::KioskInfo &kiosk(int row) const { return m_kiosks[size_t(row)]; }
    QString kioskId(int row) const;     // empty for a row out of range
    int rowOf(const QString &kioskId) const; // -1 when not shown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<store::KioskInfo> m_kiosks;
};

} // namespace pbvote::console
