// The organizer console's results: a real voted round is closed, its ballots opened and
// counted as `pbvote tally` does, the signed result stored and read back, and shown.

#include "ResultsModel.h"
#include "ResultsView.h"
#include "StoreFixture.h"
#include "TalliedRound.h"

#include "crypto/Crypto.h"
#include "formats/OutcomeJson.h"
#include "record/Records.h"
#include "store/RoundCounter.h"
#include "util/Money.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

#include <map>

using namespace pbvote;
using namespace pbvote::console;
using pbvote::testsupport::ReadyRound;

namespace {

using Tallied = testsupport::TalliedRound;

// Eight knapsack ballots (each within the budget of 1000) on P1..P5.
const std::vector<std::vector<int>> kBallots = {{0, 1}, {0, 2}, {1, 3}, {0, 1, 2}, {4}, {2, 4}, {0}, {1, 2, 3}};

QString cellText(const QAbstractItemModel *m, int row, int column)
{
    return m->index(row, column).data().toString();
}

} // namespace

class TestResultsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void showsGreedyResultOfVotedRound();
    void showsRuleNameOfAnotherRule();
    void refusesUnknownProject();
    void switchesBetweenDistricts();
    void rendersScreenshot();

private:
    QTemporaryDir m_dir;
    void checkView(ResultsView &view, const Tallied &t);
};

void TestResultsView::checkView(ResultsView &view, const Tallied &t)
{
    ResultsModel *model = view.resultsModel();
    QSortFilterProxyModel *proxy = view.proxyModel();

    // One row per project.
    QCOMPARE(model->rowCount(), int(t.round.projects.size()));

    // Funded rows are the outcome's winners, ranked in the order chosen.
    QStringList expectedWinners;
    for (int w : t.outcome.winners)
        expectedWinners << t.instance.projects[size_t(w)].id;
    QVERIFY(!expectedWinners.isEmpty());
    QCOMPARE(model->winners(), expectedWinners);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->index(row, 0).data(ResultsModel::ProjectIdRole).toString();
        const qsizetype pos = expectedWinners.indexOf(id);
        QCOMPARE(model->index(row, 0).data(ResultsModel::FundedRole).toBool(), pos >= 0);
        QCOMPARE(model->index(row, 0).data(ResultsModel::OrderRole).toInt(), int(pos + 1));
        QCOMPARE(cellText(model, row, ResultsModel::RankColumn), pos >= 0 ? QString::number(pos + 1) : QString());
        QCOMPARE(cellText(model, row, ResultsModel::FundedColumn), pos >= 0 ? u"Funded"_qs : u"Not funded"_qs);
        // Votes are the ballots that chose the project.
        QCOMPARE(model->index(row, 0).data(ResultsModel::VotesRole).toLongLong(), t.votes.at(id));
        QCOMPARE(cellText(model, row, ResultsModel::VotesColumn), QString::number(t.votes.at(id)));
        const Project &p = t.round.projects[size_t(t.round.projectIndex(id))];
        QCOMPARE(model->index(row, 0).data(ResultsModel::CostRole).toLongLong(), p.cost);
        QCOMPARE(cellText(model, row, ResultsModel::CostColumn), formatMoney(p.cost, 2) + u" EUR"_qs);
        QVERIFY(cellText(model, row, ResultsModel::ProjectColumn).contains(p.title));
    }

    // Summary: budget used and left as counted; the number of ballots.
    QCOMPARE(model->budget(), t.outcome.budget);
    QCOMPARE(model->budgetUsed(), t.outcome.budgetUsed);
    QCOMPARE(model->budgetLeft(), t.outcome.budgetLeft);
    QCOMPARE(model->ballots(), int64_t(kBallots.size()));
    QCOMPARE(model->ruleName(), t.outcome.rule);
    QCOMPARE(model->tieBreaking(), t.outcome.tieBreaking);
    auto *summary = view.findChild<QLabel *>(u"resultsSummary"_qs);
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(model->money(t.outcome.budgetUsed)), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(model->money(t.outcome.budgetLeft)), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(u"8 ballot"_qs), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(t.outcome.rule), qPrintable(summary->text()));

    // Sorting by votes through the proxy.
    auto *table = view.findChild<QTableView *>(u"resultsTable"_qs);
    QVERIFY(table);
    QCOMPARE(table->model(), proxy);
    table->sortByColumn(ResultsModel::VotesColumn, Qt::DescendingOrder);
    QList<qlonglong> sorted;
    for (int row = 0; row < proxy->rowCount(); ++row)
        sorted << proxy->index(row, ResultsModel::VotesColumn).data(ResultsModel::VotesRole).toLongLong();
    QList<qlonglong> expected = sorted;
    std::sort(expected.begin(), expected.end(), std::greater<>());
    QCOMPARE(sorted, expected);
    QVERIFY(sorted.first() > sorted.last());
    table->sortByColumn(ResultsModel::VotesColumn, Qt::AscendingOrder);
    QCOMPARE(proxy->index(0, 0).data(ResultsModel::VotesRole).toLongLong(), expected.last());

    // Selecting a row shows that project's verdict in full.
    auto *explanation = view.findChild<QTextBrowser *>(u"explanation"_qs);
    QVERIFY(explanation);
    for (int row : {0, proxy->rowCount() - 1}) {
        table->selectRow(row);
        const QString id = proxy->index(row, 0).data(ResultsModel::ProjectIdRole).toString();
        const auto &verdict = t.outcome.verdicts[size_t(t.round.projectIndex(id))];
        QVERIFY(!verdict.reason.isEmpty());
        QVERIFY2(explanation->toPlainText().contains(verdict.reason),
                 qPrintable(id + u": "_qs + explanation->toPlainText()));
    }

    // The chart: two bar series, funded and not funded, with the table's votes.
    auto *chartView = view.findChild<QChartView *>(u"resultsChart"_qs);
    QVERIFY(chartView);
    // (Two QBarSets, each a legend entry, in one stacked series so that bars stay centred.)
    const auto series = chartView->chart()->series();
    QCOMPARE(series.size(), 1);
    auto *stacked = qobject_cast<QHorizontalStackedBarSeries *>(series.at(0));
    QVERIFY(stacked);
    QCOMPARE(stacked->count(), 2);
    QBarSet *fundedSet = stacked->barSets().at(0);
    QBarSet *notFundedSet = stacked->barSets().at(1);
    QCOMPARE(fundedSet->label(), u"Funded"_qs);
    QCOMPARE(notFundedSet->label(), u"Not funded"_qs);
    QCOMPARE(chartView->chart()->legend()->markers(stacked).size(), 2);
    QVERIFY(chartView->chart()->legend()->isVisible());
    const auto axes = chartView->chart()->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    auto *categories = qobject_cast<QBarCategoryAxis *>(axes.first());
    QVERIFY(categories);
    QCOMPARE(categories->count(), model->rowCount());
    for (int i = 0; i < categories->count(); ++i) {
        const QString id = categories->at(i);
        const int row = model->rowOfProject(id);
        QVERIFY2(row >= 0, qPrintable(id));
        const bool isFunded = model->index(row, 0).data(ResultsModel::FundedRole).toBool();
        const double votes = double(model->index(row, 0).data(ResultsModel::VotesRole).toLongLong());
        QCOMPARE(fundedSet->at(i), isFunded ? votes : 0.0);
        QCOMPARE(notFundedSet->at(i), isFunded ? 0.0 : votes);
    }

    // No districts: no selector.
    auto *selector = view.findChild<QComboBox *>(u"districtSelector"_qs);
    QVERIFY(selector);
    QVERIFY(!selector->isVisibleTo(&view));
}

void TestResultsView::showsGreedyResultOfVotedRound()
{
    QVERIFY(m_dir.isValid());
    Tallied t;
    QVERIFY(testsupport::tallyReadyRound(t, m_dir.filePath(u"greedy.db"_qs), testsupport::sampleRound(BallotKind::Knapsack), kBallots,
                  u"greedy"_qs));
    ResultsView view;
    const Status s = view.showResult(t.round, t.json);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    checkView(view, t);
}

void TestResultsView::showsRuleNameOfAnotherRule()
{
    Tallied t;
    QVERIFY(testsupport::tallyReadyRound(t, m_dir.filePath(u"mes.db"_qs), testsupport::sampleRound(BallotKind::Knapsack), kBallots,
                  u"mes-cost"_qs));
    ResultsView view;
    const Status s = view.showResult(t.round, t.json);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(view.resultsModel()->ruleName(), u"mes-cost"_qs);
    auto *summary = view.findChild<QLabel *>(u"resultsSummary"_qs);
    QVERIFY(summary->text().contains(u"mes-cost"_qs));
    QVERIFY(!summary->text().contains(u"greedy"_qs));
    checkView(view, t);
}

void TestResultsView::refusesUnknownProject()
{
    Tallied t;
    QVERIFY(testsupport::tallyReadyRound(t, m_dir.filePath(u"unknown.db"_qs), testsupport::sampleRound(BallotKind::Knapsack), kBallots,
                  u"greedy"_qs));
    QJsonObject bad = t.json;
    QJsonArray projects = bad.value(u"projects"_qs).toArray();
    QJsonObject p = projects.at(2).toObject();
    p[u"id"_qs] = u"P99"_qs;
    projects[2] = p;
    bad[u"projects"_qs] = projects;

    ResultsModel model;
    const Status s = model.setResult(t.round, bad);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u"P99"_qs), qPrintable(s.error()));
    QCOMPARE(model.rowCount(), 0);

    ResultsView view;
    QVERIFY(view.showResult(t.round, t.json).ok());
    const Status v = view.showResult(t.round, bad);
    QVERIFY(!v.ok());
    QVERIFY(v.error().contains(u"P99"_qs));
    QCOMPARE(view.resultsModel()->rowCount(), 0);
    QVERIFY(view.findChild<QLabel *>(u"resultsSummary"_qs)->text().contains(u"P99"_qs));

    // An unknown winner is refused too, and a well-formed result still loads.
    QJsonObject badWinner = t.json;
    badWinner[u"winners"_qs] = QJsonArray{u"X7"_qs};
    const Status w = model.setResult(t.round, badWinner);
    QVERIFY(!w.ok());
    QVERIFY2(w.error().contains(u"X7"_qs), qPrintable(w.error()));
    QVERIFY(model.setResult(t.round, t.json).ok());
}

void TestResultsView::switchesBetweenDistricts()
{
    // North (budget 3.00): P1, P2; South (budget 4.00): P3, P4; P5 city-wide (budget 5.00).
    Round shape = testsupport::sampleRound(BallotKind::Approval);
    shape.budget = 500;
    shape.districts = {{u"N"_qs, u"North"_qs, 300}, {u"S"_qs, u"South"_qs, 400}};
    shape.projects[0].district = u"N"_qs;
    shape.projects[1].district = u"N"_qs;
    shape.projects[2].district = u"S"_qs;
    shape.projects[3].district = u"S"_qs;
    Tallied t;
    QVERIFY(testsupport::tallyReadyRound(t, m_dir.filePath(u"districts.db"_qs), shape, kBallots, u"greedy"_qs));
    if (!t.json.value(u"parameters"_qs).toObject().contains(u"districts"_qs))
        QSKIP("The result JSON has no per-district figures (parameters.districts).");

    ResultsView view;
    const Status s = view.showResult(t.round, t.json);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    auto *selector = view.findChild<QComboBox *>(u"districtSelector"_qs);
    QVERIFY(selector);
    QVERIFY(selector->isVisibleTo(&view));
    QStringList items;
    for (int i = 0; i < selector->count(); ++i)
        items << selector->itemText(i);
    QCOMPARE(items, QStringList({u"Whole round"_qs, u"City-wide projects"_qs, u"North (N)"_qs, u"South (S)"_qs}));
    ResultsModel *model = view.resultsModel();
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->budgetUsed(), t.outcome.budgetUsed);

    const QVariantMap districts = t.outcome.parameters.value(u"districts"_qs).toMap();
    const auto rowsShown = [&] {
        QStringList ids;
        for (int r = 0; r < model->rowCount(); ++r)
            ids << model->index(r, 0).data(ResultsModel::ProjectIdRole).toString();
        return ids;
    };

    selector->setCurrentIndex(2); // North
    QCOMPARE(view.currentDistrict(), u"N"_qs);
    QCOMPARE(rowsShown(), QStringList({u"P1"_qs, u"P2"_qs}));
    const QVariantMap north = districts.value(u"N"_qs).toMap();
    QCOMPARE(model->budget(), 300);
    QCOMPARE(model->budgetUsed(), north.value(u"used"_qs).toLongLong());
    QCOMPARE(model->winners(), north.value(u"winners"_qs).toStringList());
    QCOMPARE(model->ballots(), north.value(u"voters"_qs).toLongLong());
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString id = model->index(r, 0).data(ResultsModel::ProjectIdRole).toString();
        QCOMPARE(model->index(r, 0).data(ResultsModel::VotesRole).toLongLong(), t.votes.at(id));
        const qsizetype pos = model->winners().indexOf(id);
        QCOMPARE(model->index(r, 0).data(ResultsModel::OrderRole).toInt(), int(pos + 1)); // rank within North
    }
    auto *chartView = view.findChild<QChartView *>(u"resultsChart"_qs);
    auto *categories = qobject_cast<QBarCategoryAxis *>(chartView->chart()->axes(Qt::Vertical).first());
    QCOMPARE(categories->count(), 2);
    QVERIFY(view.findChild<QLabel *>(u"resultsSummary"_qs)->text().contains(u"North"_qs));

    selector->setCurrentIndex(3); // South
    QCOMPARE(rowsShown(), QStringList({u"P3"_qs, u"P4"_qs}));
    QCOMPARE(model->budget(), 400);
    QCOMPARE(model->winners(), districts.value(u"S"_qs).toMap().value(u"winners"_qs).toStringList());

    selector->setCurrentIndex(1); // city-wide
    QCOMPARE(rowsShown(), QStringList({u"P5"_qs}));
    QCOMPARE(model->budget(), 500);

    QVERIFY(view.showDistrict(QString()).ok());
    QCOMPARE(selector->currentIndex(), 0);
    QCOMPARE(model->rowCount(), 5);
    QVERIFY(!view.showDistrict(u"nowhere"_qs).ok());
}

void TestResultsView::rendersScreenshot()
{
    Tallied t;
    QVERIFY(testsupport::tallyReadyRound(t, m_dir.filePath(u"shot.db"_qs), testsupport::sampleRound(BallotKind::Knapsack), kBallots,
                  u"mes-cost"_qs));
    ResultsView view;
    QVERIFY(view.showResult(t.round, t.json).ok());
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *table = view.findChild<QTableView *>(u"resultsTable"_qs);
    table->selectRow(3);
    QCoreApplication::processEvents();
    const QImage image = view.grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 800));
    QVERIFY(image.save(u"/tmp/results-view.png"_qs));
}

QTEST_MAIN(TestResultsView)
#include "TestResultsView.moc"
