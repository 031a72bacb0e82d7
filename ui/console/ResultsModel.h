#pragma once

#include "model/Round.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace pbvote::console {

// One tallied result (the JSON of formats::outcomeToJson, as BallotStore::results()
// returns it) as a table: the whole round, or one district of it. Checked against the
// Round it claims to count: a result naming a project the round does not have is refused.
class ResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RankColumn, ProjectColumn, VotesColumn, CostColumn, FundedColumn, VerdictColumn, ColumnCount };

    // Raw values. SortRole gives each column's sort key (used by the view's proxy);
    // the others give one fact whatever the column.
    enum Role {
        SortRole = Qt::UserRole + 1,
        ProjectIdRole,  // QString
        TitleRole,      // QString
        OrderRole,      // int: rank in the order chosen (within the district when showing one), 0 if not funded
        VotesRole,      // qlonglong: the rule's support figure; -1 when the result gives none
        CostRole,       // qlonglong: minor units (10^-moneyScale)
        FundedRole,     // bool
        VerdictRole,    // QString: the rule's explanation, in full
        DistrictRole,   // QString: the project's district id, empty for city-wide
    };

    explicit ResultsModel(QObject *parent = nullptr);

    // Loads `result` for `round`. districtId: empty for the whole round, a district id of
    // the round, or cityWideId() for the projects of no district. On failure the model is
    // left empty and the message says what does not match.
    Status setResult(const Round &round, const QJsonObject &result, const QString &districtId = {});
    void clear();

    // The key setResult() takes for the city-wide projects of a round with districts.
    static QString cityWideId();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Summary of what is shown (the district's own figures when showing one).
    bool isLoaded() const { return m_loaded; }
    QString districtId() const { return m_districtId; }
    QString ruleName() const { return m_rule; }      // registry name, e.g. "mes-cost"
    QString ruleTitle() const;                       // translated title, or the name if unknown
    QString tieBreaking() const { return m_tieBreaking; }
    int64_t budget() const { return m_budget; }      // minor units
    int64_t budgetUsed() const { return m_budgetUsed; }
    int64_t budgetLeft() const { return m_budgetLeft; }
    int64_t ballots() const { return m_ballots; }    // ballots counted (in the district: those taking part)
    int moneyScale() const { return m_moneyScale; }
    QString currency() const { return m_currency; }
    QStringList winners() const;                     // project ids, in the order chosen
    int rowOfProject(const QString &projectId) const; // -1 when not shown
    // "1,234.50 EUR": amount in minor units, with the round's currency.
    QString money(int64_t amount) const;

private:
    struct Row
    {
        QString id;
        QString title;
        QString district;
        int64_t cost = 0;
        int64_t votes = -1;
        bool funded = false;
        int globalOrder = 0;
        int order = 0;
        QString reason;
    };

    std::vector<Row> m_rows;
    bool m_loaded = false;
    QString m_districtId;
    QString m_rule;
    QString m_tieBreaking;
    QString m_currency;
    int m_moneyScale = 2;
    int64_t m_budget = 0;
    int64_t m_budgetUsed = 0;
    int64_t m_budgetLeft = 0;
    int64_t m_ballots = 0;
};

} // namespace pbvote::console
