#include "ProjectTableModel.h"

#include "util/Money.h"

namespace pbvote::console {

ProjectTableModel::ProjectTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProjectTableModel::setRound(const Round &round, int moneyScale)
{
    beginResetModel();
    m_round = round;
    m_scale = moneyScale;
    endResetModel();
}

int ProjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_round.projects.size());
}

int ProjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Project &p = m_round.projects[size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() == CostColumn)
        return QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return p.description;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case IdColumn:
        return p.id;
    case TitleColumn:
        return p.title;
    case CategoryColumn:
        return p.category;
    case DistrictColumn: {
        const District *d = m_round.district(p.district);
        return d ? d->name : (role == SortRole ? QString() : tr("City-wide"));
    }
    case CostColumn:
        if (role == SortRole)
            return qlonglong(p.cost);
        return tr("%1 %2").arg(formatMoney(p.cost, m_scale), m_round.currency);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn:
        return tr("Id");
    case TitleColumn:
        return tr("Title");
    case CategoryColumn:
        return tr("Category");
    case DistrictColumn:
        return tr("District");
    case CostColumn:
        return tr("Cost");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pbvote::console
