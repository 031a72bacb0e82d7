#include "ProjectListModel.h"

#include "KioskSession.h"

namespace pbvote::kiosk {

ProjectListModel::ProjectListModel(const KioskSession *session, QObject *parent)
    : QAbstractListModel(parent), m_session(session)
{
}

int ProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_session->draft().projectCount();
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BallotDraft &draft = m_session->draft();
    const int row = index.row();
    const Project &p = draft.round().projects[size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return m_session->projectTitle(row);
    case RowRole:
        return row;
    case ProjectIdRole:
        return p.id;
    case DescriptionRole:
        return m_session->projectDescription(row);
    case CostRole:
        return qint64(p.cost);
    case CostTextRole:
        return m_session->formatPrice(p.cost);
    case CategoryRole:
        return p.category;
    case DistrictRole: {
        const District *d = draft.round().district(p.district);
        return d ? d->name : QString();
    }
    case ChosenRole:
        return draft.isChosen(row);
    case PointsRole:
        return draft.kind() == BallotKind::Cumulative ? draft.points(row) : 0;
    case RankRole:
        return draft.kind() == BallotKind::Ordinal ? draft.rank(row) : 0;
    case CanChooseRole:
        return draft.canChoose(row);
    case OfferedRole:
        return draft.isOffered(row);
    case ImageRole:
        // Keyed by round too, so the image cache never shows another round's picture.
        return m_session->hasImage(p.id) ? u"image://project/%1/%2"_qs.arg(m_session->roundId()).arg(p.id) : QString();
    }
    return {};
}

QHash<int, QByteArray> ProjectListModel::roleNames() const
{
    return {
        {RowRole, "row"},
        {ProjectIdRole, "projectId"},
        {TitleRole, "title"},
        {DescriptionRole, "description"},
        {CostRole, "cost"},
        {CostTextRole, "costText"},
        {CategoryRole, "category"},
        {DistrictRole, "district"},
        {ChosenRole, "chosen"},
        {PointsRole, "points"},
        {RankRole, "rank"},
        {CanChooseRole, "canChoose"},
        {ImageRole, "image"},
        {OfferedRole, "offered"},
    };
}

void ProjectListModel::refresh()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

void ProjectListModel::reload()
{
    beginResetModel();
    endResetModel();
}

ProjectFilterModel::ProjectFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void ProjectFilterModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateRowsFilter();
}

void ProjectFilterModel::refilter()
{
    invalidateRowsFilter();
}

bool ProjectFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!i.data(ProjectListModel::OfferedRole).toBool())
        return false;
    return m_category.isEmpty() || i.data(ProjectListModel::CategoryRole).toString() == m_category;
}

} // namespace pbvote::kiosk
