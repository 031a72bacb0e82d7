#pragma once

#include "model/Round.h"

#include <QAbstractTableModel>

namespace pbvote::console {

// A round's projects as a table (id, title, category, district, cost), for a sortable,
// filterable view. Raw values for sorting come with SortRole.
class ProjectTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, TitleColumn, CategoryColumn, DistrictColumn, CostColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit ProjectTableModel(QObject *parent = nullptr);
    // moneyScale: digits after the decimal point in the round's amounts (2 for rounds
    // voted with pbvote, 0 for rounds imported from Pabulib).
    void setRound(const Round &round, int moneyScale = 2);
    const Round &round() const { return m_round; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Round m_round;
    int m_scale = 2;
};

} // namespace pbvote::console
