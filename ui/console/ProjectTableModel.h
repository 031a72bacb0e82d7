#pragma once

#include "model/Round.h"

#include <QAbstractTableModel>

namespace pbvote::console {

// A round's projects as a table (id, title, category, district, cost, status), for a
// sortable, filterable view: the ballot's projects in ballot order, then those off the
// ballot (under review, rejected, withdrawn), shown in italics and with their status in
// words. Raw values for sorting come with SortRole.
class ProjectTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, TitleColumn, CategoryColumn, DistrictColumn, CostColumn, StatusColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit ProjectTableModel(QObject *parent = nullptr);
    // moneyScale: digits after the decimal point in the round's amounts (2 for rounds
    // voted with pbvote, 0 for rounds imported from Pabulib).
    void setRound(const Round &round, int moneyScale = 2);
    const Round &round() const { return m_round; }
    // The project shown in `row` (ballot projects first, then off-ballot ones); nullptr
    // when there is no such row.
    const Project *projectAt(int row) const;
    // A status in the organizer's words ("On the ballot", "Under review", ...).
    static QString statusText(ProjectStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Round m_round;
    int m_scale = 2;
};

} // namespace pbvote::console
