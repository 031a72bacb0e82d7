#pragma once

#include "model/Round.h"
#include "store/BallotStore.h"
#include "util/Result.h"

#include <QAbstractTableModel>

#include <vector>

namespace pbvote::console {

// A round's batches of access codes as a table: number, label, district, how many codes
// were issued, used and are still unused, and whether the batch is voided. Only counts:
// the plain codes exist once, in the files written when a batch is issued.
class CodeBatchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        BatchColumn,
        LabelColumn,
        DistrictColumn,
        IssuedColumn,
        UsedColumn,
        UnusedColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        BatchNumberRole = Qt::UserRole + 1, // int, on every cell of a row
        SortRole,                           // raw values (numbers as qlonglong)
    };

    explicit CodeBatchModel(QObject *parent = nullptr);

    // Reads the round (for its districts' names) and its batches from `store`. On failure
    // the table is empty and the store's message is returned.
    Status reload(const store::BallotStore &store, int64_t roundId);
    void clear();

    const store::CodeBatch &batch(int row) const { return m_batches[size_t(row)]; }
    int batchNumber(int row) const; // -1 for a row out of range
    int rowOf(int batchNumber) const; // -1 when not shown
    // Sums over all batches.
    int64_t totalIssued() const;
    int64_t totalUsed() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString districtName(const QString &districtId) const;

    Round m_round;
    std::vector<store::CodeBatch> m_batches;
};

} // namespace pbvote::console
