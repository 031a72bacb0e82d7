#include "CodeBatchModel.h"

#include "util/Money.h"

namespace pbvote::console {

CodeBatchModel::CodeBatchModel(QObject *parent) : QAbstractTableModel(parent) {}

Status CodeBatchModel::reload(const store::BallotStore &store, int64_t roundId)
{
    auto round = store.round(roundId);
    auto batches = round ? store.codeBatches(roundId) : Result<std::vector<store::CodeBatch>>::failure(round.error());
    beginResetModel();
    m_round = round ? *round : Round();
    m_batches = batches ? std::move(*batches) : std::vector<store::CodeBatch>();
    endResetModel();
    return batches ? Status() : Status::failure(batches.error());
}

void CodeBatchModel::clear()
{
    beginResetModel();
    m_round = Round();
    m_batches.clear();
    endResetModel();
}

int CodeBatchModel::batchNumber(int row) const
{
    return row >= 0 && row < rowCount() ? m_batches[size_t(row)].number : -1;
}

int CodeBatchModel::rowOf(int batchNumber) const
{
    for (size_t i = 0; i < m_batches.size(); ++i) {
        if (m_batches[i].number == batchNumber)
            return int(i);
    }
    return -1;
}

int64_t CodeBatchModel::totalIssued() const
{
    int64_t n = 0;
    for (const store::CodeBatch &b : m_batches)
        n += b.issued;
    return n;
}

int64_t CodeBatchModel::totalUsed() const
{
    int64_t n = 0;
    for (const store::CodeBatch &b : m_batches)
        n += b.used;
    return n;
}

QString CodeBatchModel::districtName(const QString &districtId) const
{
    if (districtId.isEmpty())
        return tr("City-wide");
    const District *d = m_round.district(districtId);
    return d ? d->name : districtId;
}

int CodeBatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int CodeBatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CodeBatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::CodeBatch &b = m_batches[size_t(index.row())];
    const auto column = Column(index.column());
    const int64_t unused = b.issued - b.used;
    if (role == BatchNumberRole)
        return b.number;
    if (role == Qt::TextAlignmentRole
        && (column == BatchColumn || column == IssuedColumn || column == UsedColumn || column == UnusedColumn))
        return QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (column == BatchColumn && b.number == 0)
            return tr("Codes issued before batches were kept");
        if (column == StatusColumn || column == UnusedColumn) {
            if (b.voided)
                return tr("Voided: its %n unused code(s) are refused; used codes stay used.", nullptr, int(unused));
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (column) {
    case BatchColumn:
        if (sort)
            return qlonglong(b.number);
        return b.number == 0 ? tr("Earlier codes") : formatCount(b.number);
    case LabelColumn:
        return b.label;
    case DistrictColumn:
        return sort ? b.district : districtName(b.district);
    case IssuedColumn:
        return sort ? QVariant(qlonglong(b.issued)) : QVariant(formatCount(b.issued));
    case UsedColumn:
        return sort ? QVariant(qlonglong(b.used)) : QVariant(formatCount(b.used));
    case UnusedColumn:
        return sort ? QVariant(qlonglong(unused)) : QVariant(formatCount(unused));
    case StatusColumn:
        return b.voided ? tr("Voided") : tr("Active");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CodeBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case BatchColumn:
        return tr("Batch");
    case LabelColumn:
        return tr("Label");
    case DistrictColumn:
        return tr("District");
    case IssuedColumn:
        return tr("Issued");
    case UsedColumn:
        return tr("Used");
    case UnusedColumn:
        return tr("Unused");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pbvote::console
