#include "ResultsView.h"

#include "rules/Outcome.h"
#include "rules/RuleRegistry.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace pbvote::console {

ResultsView::ResultsView(QWidget *parent) : QWidget(parent)
{
    m_model = new ResultsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ResultsModel::SortRole);
    m_proxy->setSortLocaleAware(true);

    auto *layout = new QVBoxLayout(this);

    // District selector, hidden for rounds without districts.
    m_districtRow = new QWidget(this);
    auto *districtLayout = new QHBoxLayout(m_districtRow);
    districtLayout->setContentsMargins(0, 0, 0, 0);
    m_districtLabel = new QLabel(m_districtRow);
    m_districtLabel->setWordWrap(true);
    m_districtSelector = new QComboBox(m_districtRow);
    m_districtSelector->setObjectName(u"districtSelector"_qs);
    m_districtSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_districtLabel->setBuddy(m_districtSelector);
    districtLayout->addWidget(m_districtLabel);
    districtLayout->addWidget(m_districtSelector);
    districtLayout->addStretch(1);
    layout->addWidget(m_districtRow);
    m_districtRow->setVisible(false);
    connect(m_districtSelector, &QComboBox::currentIndexChanged, this, &ResultsView::onDistrictChosen);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"resultsSummary"_qs);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_budgetBar = new QProgressBar(this);
    m_budgetBar->setObjectName(u"budgetBar"_qs);
    m_budgetBar->setRange(0, 1000);
    m_budgetBar->setTextVisible(false); // the words are in the label below, which wraps
    m_budgetBar->setMaximumHeight(m_budgetBar->fontMetrics().height());
    layout->addWidget(m_budgetBar);
    m_budgetLabel = new QLabel(this);
    m_budgetLabel->setObjectName(u"budgetLabel"_qs);
    m_budgetLabel->setWordWrap(true);
    layout->addWidget(m_budgetLabel);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);

    m_table = new QTableView(split);
    m_table->setObjectName(u"resultsTable"_qs);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ResultsModel::RankColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight); // the full verdict is in the panel below
    m_table->verticalHeader()->setVisible(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ResultsModel::VerdictColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateExplanation(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { updateExplanation(); });

    auto *lower = new QSplitter(Qt::Horizontal, split);
    lower->setChildrenCollapsible(false);
    m_chart = new QChart;
    m_chart->legend()->setVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setLocalizeNumbers(true);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chartView = new QChartView(m_chart, lower);
    m_chartView->setObjectName(u"resultsChart"_qs);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(240, 200);

    auto *explanationBox = new QWidget(lower);
    auto *explanationLayout = new QVBoxLayout(explanationBox);
    explanationLayout->setContentsMargins(0, 0, 0, 0);
    m_explanationTitle = new QLabel(explanationBox);
    m_explanationTitle->setWordWrap(true);
    QFont bold = m_explanationTitle->font();
    bold.setBold(true);
    m_explanationTitle->setFont(bold);
    m_explanation = new QTextBrowser(explanationBox);
    m_explanation->setObjectName(u"explanation"_qs);
    m_explanation->setOpenLinks(false);
    m_explanation->setLineWrapMode(QTextEdit::WidgetWidth);
    m_explanationTitle->setBuddy(m_explanation);
    explanationLayout->addWidget(m_explanationTitle);
    explanationLayout->addWidget(m_explanation, 1);

    lower->addWidget(m_chartView);
    lower->addWidget(explanationBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    lower->setSizes({3000, 2000}); // proportions, scaled to the width available
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 1200});
    layout->addWidget(split, 1);

    refresh();
}

Status ResultsView::showResult(const Round &round, const QJsonObject &result)
{
    m_round = round;
    m_result = result;
    const Status s = m_model->setResult(round, result);
    m_error = s ? QString() : s.error();

    const QSignalBlocker block(m_districtSelector);
    m_districtSelector->clear();
    if (s && !round.districts.empty()) {
        m_districtSelector->addItem(tr("Whole round"), QString());
        const bool anyCityWide = std::any_of(round.projects.begin(), round.projects.end(),
                                             [](const Project &p) { return p.district.isEmpty(); });
        if (anyCityWide)
            m_districtSelector->addItem(tr("City-wide projects"), ResultsModel::cityWideId());
        for (const District &d : round.districts)
            m_districtSelector->addItem(d.name.isEmpty() ? d.id : tr("%1 (%2)", "district name (id)").arg(d.name, d.id),
                                        d.id);
    }
    m_districtRow->setVisible(m_districtSelector->count() > 0);
    refresh();
    return s;
}

void ResultsView::clear()
{
    m_round = Round();
    m_result = QJsonObject();
    m_error.clear();
    m_model->clear();
    m_districtSelector->clear();
    m_districtRow->setVisible(false);
    refresh();
}

Status ResultsView::showDistrict(const QString &districtId)
{
    for (int i = 0; i < m_districtSelector->count(); ++i) {
        if (m_districtSelector->itemData(i).toString() == districtId) {
            if (m_districtSelector->currentIndex() != i) {
                m_districtSelector->setCurrentIndex(i); // onDistrictChosen loads it
                return m_error.isEmpty() ? Status() : Status::failure(m_error);
            }
            break;
        }
    }
    const Status s = m_model->setResult(m_round, m_result, districtId);
    m_error = s ? QString() : s.error();
    refresh();
    return s;
}

void ResultsView::onDistrictChosen(int index)
{
    if (index < 0)
        return;
    const Status s = m_model->setResult(m_round, m_result, m_districtSelector->itemData(index).toString());
    m_error = s ? QString() : s.error();
    refresh();
}

void ResultsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

void ResultsView::refresh()
{
    m_districtLabel->setText(tr("Show results for:"));
    m_explanationTitle->setText(tr("Why this project won or lost"));
    m_budgetBar->setAccessibleName(tr("Budget used"));
    m_table->setAccessibleName(tr("Ranking of the projects"));
    m_chartView->setAccessibleName(tr("Chart of the votes per project"));
    updateSummary();
    updateChart();
    updateExplanation();
}

void ResultsView::updateSummary()
{
    if (!m_error.isEmpty()) {
        m_summary->setText(tr("This result cannot be shown: %1").arg(m_error));
        m_budgetBar->setValue(0);
        m_budgetLabel->clear();
        return;
    }
    if (!m_model->isLoaded()) {
        m_summary->setText(tr("No result to show yet: tally the round first."));
        m_budgetBar->setValue(0);
        m_budgetLabel->clear();
        return;
    }
    const ResultsModel &m = *m_model;
    QString where;
    if (m.districtId() == ResultsModel::cityWideId())
        where = tr("City-wide projects: ");
    else if (!m.districtId().isEmpty()) {
        const District *d = m_round.district(m.districtId());
        where = tr("District %1: ").arg(d && !d->name.isEmpty() ? d->name : m.districtId());
    }
    const QString rule = m.ruleTitle() == m.ruleName()
        ? m.ruleName()
        : tr("%1 (%2)", "rule title (rule name)").arg(m.ruleTitle(), m.ruleName());
    const QString ties = m.tieBreaking().isEmpty() ? tr("(not stated)") : counting::tieBreakTitle(m.tieBreaking());
    const QString ballots = m.districtId().isEmpty()
        ? tr("%n ballot(s) counted.", "", int(m.ballots()))
        : tr("%n ballot(s) chose a project here.", "", int(m.ballots()));
    const QString funded = tr("%n project(s) funded", "", int(m.winners().size()));
    const int64_t budget = m.budget();
    const int permille = budget > 0 ? int(std::clamp<int64_t>(m.budgetUsed() * 1000 / budget, 0, 1000)) : 0;
    m_summary->setText(where
                       + tr("Counted with the rule %1, ties broken by %2. %3 %4 out of %5.")
                             .arg(rule, ties, ballots, funded, QString::number(m.rowCount()))
                       + u'\n' + officialNote() + u'\n'
                       + tr("Budget used: %1 of %2. Left unspent: %3.")
                             .arg(m.money(m.budgetUsed()), m.money(budget), m.money(m.budgetLeft())));
    m_budgetBar->setValue(permille);
    m_budgetLabel->setText(tr("%1% of the budget used, %2% left.")
                               .arg(QString::number(permille / 10), QString::number(100 - permille / 10)));
}

QString ResultsView::officialNote() const
{
    const QString used = m_model->ruleName();
    if (m_round.tallyRule.isEmpty())
        return tr("No counting rule was chosen before voting for this round: every count is for analysis.");
    const counting::RuleInfo *official = counting::findRule(m_round.tallyRule);
    const QString officialTitle = official ? official->title : m_round.tallyRule;
    if (used == m_round.tallyRule)
        return tr("This is the official result: %1 is the rule chosen before voting opened.").arg(officialTitle);
    return tr("For comparison only: the official result is counted with %1, the rule chosen before voting opened.")
        .arg(officialTitle);
}

void ResultsView::updateChart()
{
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_chart->setTitle(tr("Votes per project"));
    if (!m_model->isLoaded())
        return;

    // Most votes at the top: categories go bottom to top in a horizontal bar chart.
    std::vector<int> rows(size_t(m_model->rowCount()));
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = int(i);
    const auto votesOf = [this](int row) {
        return m_model->index(row, 0).data(ResultsModel::VotesRole).toLongLong();
    };
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return votesOf(a) < votesOf(b); });

    auto *fundedSet = new QBarSet(tr("Funded"));
    auto *notFundedSet = new QBarSet(tr("Not funded"));
    fundedSet->setColor(QColor(0x1b, 0x6a, 0xa5));
    notFundedSet->setColor(QColor(0xa0, 0xa0, 0xa0));
    fundedSet->setPen(Qt::NoPen);
    notFundedSet->setPen(Qt::NoPen);
    QStringList categories;
    qlonglong most = 0;
    for (int row : rows) {
        const QModelIndex i = m_model->index(row, 0);
        const qlonglong votes = std::max<qlonglong>(0, i.data(ResultsModel::VotesRole).toLongLong());
        const bool isFunded = i.data(ResultsModel::FundedRole).toBool();
        *fundedSet << (isFunded ? double(votes) : 0.0);
        *notFundedSet << (isFunded ? 0.0 : double(votes));
        most = std::max(most, votes);
        categories << i.data(ResultsModel::ProjectIdRole).toString();
    }

    // Funded and not funded as two bar sets (the legend's two series) stacked in one
    // series: each project has a bar in one of them only, centred on its category. (Two
    // separate bar series would be drawn side by side, half as wide and off-centre.)
    auto *series = new QHorizontalStackedBarSeries;
    series->setObjectName(u"votesSeries"_qs);
    series->append(fundedSet);
    series->append(notFundedSet);
    series->setBarWidth(0.6);
    m_chart->addSeries(series);

    auto *projects = new QBarCategoryAxis;
    projects->append(categories);
    projects->setTitleText(tr("Project"));
    // Project ids are short: show them whole (Qt Charts would elide them to "…" when it
    // misjudges the room beside a horizontal bar chart).
    projects->setTruncateLabels(false);
    // and small enough that a label fits each bar's row (else Qt drops every other one).
    QFont small = projects->labelsFont();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.75));
    projects->setLabelsFont(small);
    auto *votes = new QValueAxis;
    votes->setTitleText(tr("Votes"));
    votes->setRange(0, double(std::max<qlonglong>(most, 1)));
    votes->setLabelFormat(u"%.0f"_qs);
    votes->setTickCount(int(std::min<qlonglong>(std::max<qlonglong>(most, 1), 10)) + 1);
    if (most > 10)
        votes->applyNiceNumbers();
    m_chart->addAxis(projects, Qt::AlignLeft);
    m_chart->addAxis(votes, Qt::AlignBottom);
    series->attachAxis(projects);
    series->attachAxis(votes);
}

void ResultsView::updateExplanation()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!m_model->isLoaded() || !current.isValid()) {
        m_explanation->setPlainText(m_model->isLoaded() ? tr("Select a project in the table to see why it won or lost.")
                                                        : QString());
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(current);
    const auto value = [&](int role) { return m_model->index(source.row(), 0).data(role); };
    const QString id = value(ResultsModel::ProjectIdRole).toString();
    const QString title = value(ResultsModel::TitleRole).toString();
    const int order = value(ResultsModel::OrderRole).toInt();
    const qlonglong votes = value(ResultsModel::VotesRole).toLongLong();
    const QString reason = value(ResultsModel::VerdictRole).toString();

    QString html = u"<p><b>"_qs + (title.isEmpty() ? id : tr("%1: %2", "project id: title").arg(id, title)).toHtmlEscaped()
        + u"</b></p><p>"_qs;
    QStringList facts;
    facts << (order > 0 ? tr("Funded, chosen in position %1.").arg(order) : tr("Not funded."));
    if (votes >= 0)
        facts << tr("%n vote(s).", "", int(votes));
    facts << tr("Cost: %1.").arg(m_model->money(value(ResultsModel::CostRole).toLongLong()));
    html += facts.join(u' ').toHtmlEscaped() + u"</p><p>"_qs;
    html += (reason.isEmpty() ? tr("The result gives no reason for this project.") : reason).toHtmlEscaped();
    html += u"</p>"_qs;
    m_explanation->setHtml(html);
}

} // namespace pbvote::console
