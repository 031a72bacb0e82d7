#pragma once

#include "ResultsModel.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QChart;
class QChartView;

namespace pbvote::console {

// Turnout and results of a tallied round: a summary, the ranking as a sortable table and
// a bar chart of the votes (funded and not funded as two labelled bar sets), the budget
// used and left, and the selected project's verdict in full. With districts, a selector
// shows the whole round or one district at a time.
class ResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsView(QWidget *parent = nullptr);

    // Shows `result` (formats::outcomeToJson, as stored) for `round`, whole round first.
    // Refuses a result that does not match the round, with the model's message.
    Status showResult(const Round &round, const QJsonObject &result);
    // Nothing to show (a round not counted yet).
    void clear();
    // Switches to one district (ResultsModel::cityWideId() for city-wide projects, empty
    // for the whole round).
    Status showDistrict(const QString &districtId);

    ResultsModel *resultsModel() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QString currentDistrict() const { return m_model->districtId(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void onDistrictChosen(int index);
    void refresh();
    void updateSummary();
    QString officialNote() const; // whether the shown count is the official one
    void updateChart();
    void updateExplanation();

    Round m_round;
    QJsonObject m_result;
    QString m_error;
    ResultsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QWidget *m_districtRow = nullptr;
    QLabel *m_districtLabel = nullptr;
    QComboBox *m_districtSelector = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_budgetBar = nullptr;
    QLabel *m_budgetLabel = nullptr;
    QTableView *m_table = nullptr;
    QChartView *m_chartView = nullptr;
    QChart *m_chart = nullptr;
    QLabel *m_explanationTitle = nullptr;
    QTextBrowser *m_explanation = nullptr;
};

} // namespace pbvote::console
