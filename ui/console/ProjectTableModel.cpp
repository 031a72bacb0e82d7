#include "ProjectTableModel.h"

#include <QGuiApplication>

#include "util/Money.h"

#include <QFont>

namespace pbvote::console {

ProjectTableModel::ProjectTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProjectTableModel::setRound(const Round &round, int moneyScale)
{
    beginResetModel();
    m_round = round;
    m_scale = moneyScale;
    endResetModel();
}

const Project *ProjectTableModel::projectAt(int row) const
{
    if (row < 0)
        return nullptr;
    if (size_t(row) < m_round.projects.size())
        return &m_round.projects[size_t(row)];
    const size_t off = size_t(row) - m_round.projects.size();
    return off < m_round.offBallot.size() ? &m_round.offBallot[off] : nullptr;
}

QString ProjectTableModel::statusText(ProjectStatus status)
{
    switch (status) {
    case ProjectStatus::Ballot:
        return tr("On the ballot");
    case ProjectStatus::UnderReview:
        return tr("Under review");
    case ProjectStatus::Rejected:
        return tr("Rejected");
    case ProjectStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

int ProjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_round.projects.size() + m_round.offBallot.size());
}

int ProjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Project &p = *projectAt(index.row());
    const bool onBallot = size_t(index.row()) < m_round.projects.size();
    if (role == Qt::TextAlignmentRole && index.column() == CostColumn)
        return QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return p.description;
    if (role == Qt::FontRole && !onBallot) {
        // Not on the ballot: italics, and the Status column says so in words.
        QFont font;
        font.setItalic(QGuiApplication::layoutDirection() == Qt::LeftToRight); // no Arabic italics in DejaVu
        return font;
    }
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
    case StatusColumn:
        if (role == SortRole)
            return int(p.status);
        return statusText(p.status);
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
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pbvote::console
