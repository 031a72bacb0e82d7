// The organizer's console window, driven through its real widgets: a round is made,
// projects are added through the project dialog (which refuses bad input), found with
// the filter, a real Pabulib election is imported as a round, and controls that would
// change a round no longer a draft are disabled with the reason.
#include "ConsoleWindow.h"
#include "ProjectDialog.h"
#include "ProjectTableModel.h"

#include "crypto/Crypto.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pbvote;
using namespace pbvote::console;

class TestConsoleWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundAndProjectsThroughTheWidgets();
    void projectDialogRefusesBadInput();
    void importRealPabulibElection();
    void screenshot();

private:
    QAction *action(ConsoleWindow &w, const QString &text);
    QTemporaryDir m_dir;
};

void TestConsoleWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings in a test location
    QCoreApplication::setOrganizationName(u"pbvote-test"_qs);
    QVERIFY(crypto::initialize());
    QVERIFY(m_dir.isValid());
}

QAction *TestConsoleWindow::action(ConsoleWindow &w, const QString &text)
{
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->text().remove(u'&') == text)
            return a;
    }
    return nullptr;
}

static Round sampleRound()
{
    Round r;
    r.name = u"Test Budget 2027"_qs;
    r.budget = 100000;
    r.rules.kind = BallotKind::Knapsack;
    return r;
}

static void fillProjectDialog(ProjectDialog &d, const QString &id, const QString &title, const QString &cost,
                              const QString &category)
{
    QTest::keyClicks(d.findChild<QLineEdit *>(u"projectId"_qs), id);
    QTest::keyClicks(d.findChild<QLineEdit *>(u"projectTitle"_qs), title);
    QTest::keyClicks(d.findChild<QPlainTextEdit *>(u"projectDescription"_qs), u"About "_qs + title);
    QTest::keyClicks(d.findChild<QLineEdit *>(u"projectCost"_qs), cost);
    QTest::keyClicks(d.findChild<QLineEdit *>(u"projectCategory"_qs), category);
}

void TestConsoleWindow::roundAndProjectsThroughTheWidgets()
{
    ConsoleWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QAction *addProject = action(w, u"Add a project…"_qs);
    QVERIFY(addProject);
    QVERIFY(!addProject->isEnabled()); // no database, no round
    QVERIFY(w.openDatabase(m_dir.filePath(u"console.sqlite"_qs)));
    auto id = w.createRound(sampleRound());
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(w.currentRoundId(), *id);
    QVERIFY(addProject->isEnabled());

    // Three projects through the real dialog, typed as an organizer would.
    const QList<QStringList> projects = {{u"P1"_qs, u"Shade trees"_qs, u"300"_qs, u"Green"_qs},
                                         {u"P2"_qs, u"Bike lane"_qs, u"450.50"_qs, u"Transport"_qs},
                                         {u"P3"_qs, u"Benches"_qs, u"120"_qs, u"Green"_qs}};
    for (const QStringList &p : projects) {
        auto round = w.store()->round(*id);
        QVERIFY(round);
        ProjectDialog d(*round, &w);
        fillProjectDialog(d, p[0], p[1], p[2], p[3]);
        QTest::mouseClick(d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(w.addProject(d.project()));
    }
    auto stored = w.store()->round(*id);
    QCOMPARE(stored->projects.size(), size_t(3));
    QCOMPARE(stored->projects[1].cost, int64_t(45050)); // cents, exactly as typed

    // The table shows them; the filter finds by category.
    auto *table = w.findChild<QTableView *>(u"projectTable"_qs);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 3);
    auto *find = w.findChild<QLineEdit *>(u"projectFilter"_qs);
    QTest::keyClicks(find, u"green"_qs);
    QCOMPARE(table->model()->rowCount(), 2);
    find->clear();
    // Sorting by cost puts the cheapest first.
    table->sortByColumn(ProjectTableModel::CostColumn, Qt::AscendingOrder);
    QCOMPARE(table->model()->index(0, ProjectTableModel::IdColumn).data().toString(), u"P3"_qs);

    // The overview shows the turnout counts and the method.
    auto *overview = w.findChild<QLabel *>(u"roundOverview"_qs);
    QVERIFY(overview->text().contains(u"Test Budget 2027"_qs));
    QVERIFY(overview->text().contains(u"knapsack"_qs));
}

void TestConsoleWindow::projectDialogRefusesBadInput()
{
    Round r = sampleRound();
    r.projects.push_back({u"P1"_qs, u"Trees"_qs, {}, 100, {}, {}});
    struct Case
    {
        QString id, title, cost, expected;
    };
    const QList<Case> cases = {
        {u"P2"_qs, u"Lamps"_qs, u"abc"_qs, u"cost"_qs},
        {u"P2"_qs, u"Lamps"_qs, u"0"_qs, u"cost"_qs},
        {{}, u"Lamps"_qs, u"10"_qs, u"id"_qs},
        {u"P1"_qs, u"Again"_qs, u"10"_qs, u"P1"_qs}, // duplicate id: core's validation says so
    };
    for (const Case &c : cases) {
        ProjectDialog d(r);
        d.show();
        fillProjectDialog(d, c.id, c.title, c.cost, {});
        QTest::mouseClick(d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        auto *error = d.findChild<QLabel *>(u"projectError"_qs);
        QVERIFY2(d.isVisible() && d.result() != QDialog::Accepted, qPrintable(c.cost));
        QVERIFY2(error->isVisible() && error->text().contains(c.expected, Qt::CaseInsensitive),
                 qPrintable(error->text()));
    }
}

void TestConsoleWindow::importRealPabulibElection()
{
    ConsoleWindow w;
    QVERIFY(w.openDatabase(m_dir.filePath(u"import.sqlite"_qs)));
    const QString file = QStringLiteral(PBVOTE_DATA_DIR "/pabulib/poland_czestochowa_2020_.pb");
    auto id = w.importPabulib(file);
    QVERIFY2(id, qPrintable(id.error()));
    auto round = w.store()->round(*id);
    QVERIFY(round);
    QVERIFY(round->projects.size() > 5);
    auto *table = w.findChild<QTableView *>(u"projectTable"_qs);
    QCOMPARE(table->model()->rowCount(), int(round->projects.size()));
    // An imported round is closed: adding projects is refused, and the console says why.
    QAction *addProject = action(w, u"Add a project…"_qs);
    QVERIFY(!addProject->isEnabled());
    QVERIFY2(addProject->toolTip().contains(u"draft"_qs), qPrintable(addProject->toolTip()));
    QVERIFY(!w.addProject({u"X1"_qs, u"Late"_qs, {}, 10, {}, {}}));
    // A broken file is refused with a message naming it, and adds no round.
    QFile broken(m_dir.filePath(u"broken.pb"_qs));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("META\nkey;value\nnum_projects;x\n");
    broken.close();
    const int before = int(w.store()->rounds()->size());
    auto refused = w.importPabulib(broken.fileName());
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"broken.pb"_qs), qPrintable(refused.error()));
    QCOMPARE(int(w.store()->rounds()->size()), before);
}

void TestConsoleWindow::screenshot()
{
    ConsoleWindow w;
    w.resize(1280, 800);
    QVERIFY(w.openDatabase(m_dir.filePath(u"console.sqlite"_qs)));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString dir = qEnvironmentVariable("PBVOTE_SCREENSHOT_DIR", QDir::tempPath());
    QVERIFY(w.grab().save(dir + u"/console-overview.png"_qs));
    w.findChild<QTabWidget *>(u"roundTabs"_qs)->setCurrentIndex(1);
    QVERIFY(w.grab().save(dir + u"/console-projects.png"_qs));
}

QTEST_MAIN(TestConsoleWindow)
#include "TestConsoleWindow.moc"
