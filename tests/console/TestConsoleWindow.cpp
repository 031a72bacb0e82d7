// The organizer's console window, driven through its real widgets: a round is made,
// projects are added through the project dialog (which refuses bad input), found with
// the filter, a real Pabulib election is imported as a round, and controls that would
// change a round no longer a draft are disabled with the reason.
#include "ConsoleWindow.h"
#include "ProjectDialog.h"
#include "ProjectTableModel.h"

#include "crypto/Crypto.h"
#include "store/KeyVault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextBrowser>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
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
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

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
    void districtsRulesAndDuplicate();
    void rulesDialogOffersOnlyTheMethodsFields();
    void wholeRoundFromDraftToResult();
    void turnoutFollowsTheKiosks();
    void draftChangesCanBeUndone();
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

static Round sampleRound();

// While voting is open the overview's counts follow what kiosks cast into the shared
// database, without the organizer doing anything; never a partial result.
void TestConsoleWindow::turnoutFollowsTheKiosks()
{
    ConsoleWindow w;
    QVERIFY(w.openDatabase(m_dir.filePath(u"live.sqlite"_qs)));
    auto id = w.createRound(sampleRound());
    QVERIFY(id);
    QVERIFY(w.addProject({u"P1"_qs, u"Trees"_qs, {}, 40000, {}, {}}));
    crypto::SigningKeyPair kiosk = crypto::SigningKeyPair::generate();
    QVERIFY(w.registerKiosk(u"LIB-01"_qs, QString::fromLatin1(kiosk.publicKey.toHex())));
    auto codes = w.store()->issueCodes(*id, 3);
    QVERIFY(codes);
    QVERIFY(w.openVoting(crypto::SecretBytes::copyOf(QByteArrayView("pass")), crypto::KdfStrength::Interactive));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *overview = w.findChild<QLabel *>(u"roundOverview"_qs);
    QVERIFY(overview);
    QVERIFY2(overview->text().contains(u"Ballots cast:</b> 0"_qs), qPrintable(overview->text()));
    auto *timer = w.findChild<QTimer *>(u"turnoutTimer"_qs);
    QVERIFY(timer);
    timer->setInterval(20);
    const crypto::SecretBytes &c = codes->front();
    QVERIFY(w.store()->cast(*id, u"LIB-01"_qs, kiosk.secretKey,
                            QString::fromLatin1(reinterpret_cast<const char *>(c.data()), qsizetype(c.size())),
                            Ballot{{{0, 1}}}));
    QTRY_VERIFY2(overview->text().contains(u"Ballots cast:</b> 1"_qs), qPrintable(overview->text()));
    QVERIFY(overview->text().contains(u"33.3%"_qs));
    QVERIFY(!w.store()->results(*id)->size());
}

// Draft changes are one Ctrl+Z away: a removed project comes back in its place with
// its picture and translation; settings and rules go back to what they were.
void TestConsoleWindow::draftChangesCanBeUndone()
{
    ConsoleWindow w;
    QVERIFY(w.openDatabase(m_dir.filePath(u"undo.sqlite"_qs)));
    auto id = w.createRound(sampleRound());
    QVERIFY(id);
    for (const Project &p : {Project{u"P1"_qs, u"Trees"_qs, {}, 100, {}, {}}, Project{u"P2"_qs, u"Lamps"_qs, {}, 200, {}, {}},
                             Project{u"P3"_qs, u"Bench"_qs, {}, 300, {}, {}}})
        QVERIFY(w.addProject(p));
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'p');
    ConsoleWindow::ProjectEdit edit{*w.store()->round(*id)->findProject(u"P2"_qs), png,
                                    {{u"es"_qs, {u"Farolas"_qs, u"Nuevas farolas"_qs}}}};
    QVERIFY(w.saveProject(edit, false));
    QVERIFY(w.removeProject(u"P2"_qs));
    QCOMPARE(w.store()->round(*id)->projects.size(), size_t(2));
    QVERIFY(w.undoStack()->canUndo());
    QVERIFY2(w.undoStack()->undoText().contains(u"P2"_qs), qPrintable(w.undoStack()->undoText()));

    // Ctrl+Z, as the organizer presses it.
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QTest::keySequence(&w, QKeySequence::Undo);
    Round r = *w.store()->round(*id);
    QCOMPARE(r.projects.size(), size_t(3));
    QCOMPARE(r.projects[1].id, u"P2"_qs); // in its place
    QCOMPARE(w.store()->projectImages(*id)->at(u"P2"_qs), png);
    QCOMPARE(w.store()->projectTranslations(*id)->at(u"P2"_qs).at(u"es"_qs).title, u"Farolas"_qs);
    w.undoStack()->redo(); // removed again
    QCOMPARE(w.store()->round(*id)->projects.size(), size_t(2));
    w.undoStack()->undo();

    // The picture edit itself is undone next: P2 is back to no picture, no translation.
    w.undoStack()->undo();
    QCOMPARE(w.store()->projectImages(*id)->count(u"P2"_qs), size_t(0));
    QCOMPARE(w.store()->projectTranslations(*id)->count(u"P2"_qs), size_t(0));

    // Settings and rules.
    store::RoundSettings s = store::RoundSettings::of(*w.store()->round(*id));
    const QString oldName = s.name;
    s.name = u"Renamed"_qs;
    s.budget = 500000;
    QVERIFY(w.updateRoundSettings(s));
    QCOMPARE(w.store()->round(*id)->name, u"Renamed"_qs);
    w.undoStack()->undo();
    QCOMPARE(w.store()->round(*id)->name, oldName);
    QCOMPARE(w.store()->round(*id)->budget, int64_t(100000));

    // A step the database no longer allows is reported and the history cleared.
    QVERIFY(w.removeProject(u"P3"_qs));
    QVERIFY(w.store()->addProject(*id, {u"P3"_qs, u"Someone else's bench"_qs, {}, 300, {}, {}})); // behind its back
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
    });
    w.undoStack()->undo();
    QTRY_COMPARE(w.undoStack()->count(), 0);
    QCOMPARE(w.store()->round(*id)->findProject(u"P3"_qs)->title, u"Someone else's bench"_qs);
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
    r.tallyRule = u"greedy"_qs;
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

    // Editing through the dialog keeps the id; removing keeps the others in order.
    {
        auto round = w.store()->round(*id);
        ProjectDialog d(*round, &w, &round->projects[0]);
        auto *idField = d.findChild<QLineEdit *>(u"projectId"_qs);
        QVERIFY(idField->isReadOnly());
        QCOMPARE(idField->text(), u"P1"_qs);
        QCOMPARE(d.findChild<QLineEdit *>(u"projectCost"_qs)->text(), u"300.00"_qs);
        auto *title = d.findChild<QLineEdit *>(u"projectTitle"_qs);
        title->clear();
        QTest::keyClicks(title, u"Shade trees on the square"_qs);
        QTest::mouseClick(d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(w.updateProject(d.project()));
        QCOMPARE(w.store()->round(*id)->projects[0].title, u"Shade trees on the square"_qs);
        QCOMPARE(w.store()->round(*id)->projects[0].cost, int64_t(30000));
    }
    QVERIFY(w.addProject({u"P4"_qs, u"Temporary"_qs, {}, 100, {}, {}}));
    QVERIFY(w.removeProject(u"P4"_qs));
    QCOMPARE(w.store()->round(*id)->projects.size(), size_t(3));

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

// Districts with their own budgets, ballot limits, and next year's round from this
// year's; none of it once voting has opened.
void TestConsoleWindow::districtsRulesAndDuplicate()
{
    ConsoleWindow w;
    QVERIFY(w.openDatabase(m_dir.filePath(u"districts.sqlite"_qs)));
    auto id = w.createRound(sampleRound());
    QVERIFY(id);
    QVERIFY(w.addDistrict({u"N"_qs, u"North"_qs, 50000}));
    QVERIFY(!w.addDistrict({u"N"_qs, u"North again"_qs, 50000})); // ids are unique: core says so
    QVERIFY(w.addProject({u"P1"_qs, u"North park"_qs, {}, 20000, {}, u"N"_qs}));
    QVERIFY(!w.addProject({u"P2"_qs, u"Nowhere"_qs, {}, 20000, {}, u"Z"_qs})); // unknown district
    BallotRules rules;
    rules.kind = BallotKind::Approval;
    rules.maxSelections = 3;
    QVERIFY(w.setRules(rules));
    QCOMPARE(w.store()->round(*id)->rules.maxSelections, 3);
    auto *overview = w.findChild<QLabel *>(u"roundOverview"_qs);
    QVERIFY2(overview->text().contains(u"North"_qs) && overview->text().contains(u"at most 3"_qs),
             qPrintable(overview->text()));

    auto copy = w.duplicateRound(u"Test Budget 2028"_qs);
    QVERIFY2(copy, qPrintable(copy.error()));
    QVERIFY(*copy != *id);
    auto dup = w.store()->round(*copy);
    QCOMPARE(dup->name, u"Test Budget 2028"_qs);
    QCOMPARE(dup->state, RoundState::Draft);
    QCOMPARE(dup->projects, w.store()->round(*id)->projects);
    QCOMPARE(dup->districts.size(), size_t(1));
    QCOMPARE(dup->rules, rules);
    QVERIFY(dup->electionId != w.store()->round(*id)->electionId); // a new round, not the same one
    QCOMPARE(w.currentRoundId(), *copy);
    QVERIFY(action(w, u"Add a district…"_qs)->isEnabled());
}

// The Voting rules dialog enables only the fields of the chosen method, and a round
// switched from cumulative to knapsack keeps no points (the core would refuse them).
void TestConsoleWindow::rulesDialogOffersOnlyTheMethodsFields()
{
    ConsoleWindow w;
    QVERIFY(w.openDatabase(m_dir.filePath(u"rules-dialog.sqlite"_qs)));
    QVERIFY(w.createRound(sampleRound()));
    BallotRules cumulative;
    cumulative.kind = BallotKind::Cumulative;
    cumulative.totalPoints = 10;
    cumulative.maxPointsPerProject = 4;
    QVERIFY(w.setRules(cumulative));
    bool driven = false;
    QTimer poll;
    poll.setInterval(5);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || driven)
            return;
        driven = true;
        auto *method = dialog->findChild<QComboBox *>(u"rulesMethod"_qs);
        auto *points = dialog->findChild<QSpinBox *>(u"rulesPoints"_qs);
        auto *minSpend = dialog->findChild<QSpinBox *>(u"rulesMinSpend"_qs);
        auto *allPoints = dialog->findChild<QCheckBox *>(u"rulesAllPoints"_qs);
        if (!method || !points || !minSpend || !allPoints)
            return dialog->reject();
        const bool cumulativeShown = points->isEnabled() && points->value() == 10 && allPoints->isEnabled()
            && !minSpend->isEnabled();
        method->setCurrentIndex(method->findData(int(BallotKind::Knapsack)));
        const bool knapsackShown = !points->isEnabled() && !allPoints->isEnabled() && minSpend->isEnabled();
        if (cumulativeShown && knapsackShown)
            dialog->accept();
        else
            dialog->reject();
    });
    poll.start();
    action(w, u"Voting rules…"_qs)->trigger();
    poll.stop();
    QVERIFY(driven);
    const BallotRules after = w.store()->round(w.currentRoundId())->rules;
    QCOMPARE(after.kind, BallotKind::Knapsack); // accepted: the fields followed the method
    QCOMPARE(after.totalPoints, 0);
    QCOMPARE(after.maxPointsPerProject, 0);
}

// An organizer takes a round from nothing to a counted result with the console; the
// voters vote through the core, as a kiosk does.
void TestConsoleWindow::wholeRoundFromDraftToResult()
{
    ConsoleWindow w;
    QVERIFY(w.openDatabase(m_dir.filePath(u"whole.sqlite"_qs)));
    auto id = w.createRound(sampleRound());
    QVERIFY(id);
    for (const Project &p : {Project{u"P1"_qs, u"Trees"_qs, {}, 40000, {}, {}}, Project{u"P2"_qs, u"Lamps"_qs, {}, 30000, {}, {}},
                             Project{u"P3"_qs, u"Bench"_qs, {}, 50000, {}, {}}})
        QVERIFY(w.addProject(p));
    const auto pass = crypto::SecretBytes::copyOf(QByteArrayView("organizer passphrase"));

    // A kiosk made its key on its own machine; the organizer registers the public half.
    crypto::SigningKeyPair kiosk = crypto::SigningKeyPair::generate();
    QVERIFY(!w.registerKiosk(u"LIB-01"_qs, u"not-a-key"_qs)); // refused with a reason
    QVERIFY(w.registerKiosk(u"LIB-01"_qs, QString::fromLatin1(kiosk.publicKey.toHex())));
    QAction *count = action(w, u"Count the votes…"_qs);
    QVERIFY(!count->isEnabled()); // no partial results: nothing to count before closing
    QVERIFY2(count->toolTip().contains(u"closed"_qs), qPrintable(count->toolTip()));

    // Codes for the libraries' desks: a sheet of slips and a CSV; only hashes are kept.
    QVERIFY(!w.issueCodes(10, {}, {})); // nowhere to show them: refused
    QVERIFY(w.issueCodes(10, m_dir.filePath(u"slips.pdf"_qs), m_dir.filePath(u"codes.csv"_qs)));
    QVERIFY(QFile::exists(m_dir.filePath(u"slips.pdf"_qs)));
    QFile csv(m_dir.filePath(u"codes.csv"_qs));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 11); // header + 10
    QCOMPARE(w.store()->codeStatus(*id, QString::fromLatin1(lines[1].trimmed())).value(), store::CodeStatus::Unused);
    QCOMPARE(w.store()->counts(*id)->issuedCodes, int64_t(10));
    // A sheet that cannot be written issues nothing.
    QVERIFY(!w.issueCodes(5, m_dir.filePath(u"missing/slips.pdf"_qs), {}));
    QCOMPARE(w.store()->counts(*id)->issuedCodes, int64_t(10));
    auto codes = w.store()->issueCodes(*id, 4);
    QVERIFY(codes);
    Status opened = w.openVoting(pass, crypto::KdfStrength::Interactive);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(w.store()->round(*id)->state, RoundState::Open);
    QVERIFY(!action(w, u"Add a project…"_qs)->isEnabled());

    // Four voters at the kiosk: P1 three times, P2 twice, P3 once.
    const QList<Ballot> ballots = {Ballot{{{0, 1}, {1, 1}}}, Ballot{{{0, 1}}}, Ballot{{{0, 1}, {1, 1}}},
                                   Ballot{{{2, 1}}}};
    for (int i = 0; i < ballots.size(); ++i) {
        const crypto::SecretBytes &c = (*codes)[size_t(i)];
        auto cast = w.store()->cast(*id, u"LIB-01"_qs, kiosk.secretKey,
                                    QString::fromUtf8(reinterpret_cast<const char *>(c.data()), qsizetype(c.size())),
                                    ballots[i]);
        QVERIFY2(cast, qPrintable(cast.error()));
    }
    // The kiosk voted in this very database (one machine, as in a demo), so its key must
    // sign the final checkpoint: the console says so instead of closing without it.
    const Status unsigned_ = w.closeVoting();
    QVERIFY(!unsigned_);
    QVERIFY2(unsigned_.error().contains(u"LIB-01"_qs), qPrintable(unsigned_.error()));
    QCOMPARE(w.store()->round(*id)->state, RoundState::Open);
    QVERIFY(w.store()->close(*id, &kiosk.secretKey)); // the kiosk closes itself
    w.selectRound(*id);
    QVERIFY(count->isEnabled());

    // A wrong passphrase counts nothing and says which key it could not unlock.
    auto wrong = w.countVotes(u"greedy"_qs, crypto::SecretBytes::copyOf(QByteArrayView("wrong")));
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().contains(u"election"_qs), qPrintable(wrong.error()));

    auto result = w.countVotes(u"greedy"_qs, pass);
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(result->value(u"ballots"_qs).toInt(), 4);
    QCOMPARE(w.store()->round(*id)->state, RoundState::Tallied);
    auto stored = w.store()->results(*id);
    QVERIFY(stored && stored->size() == 1);
    QCOMPARE(stored->front().rule, u"greedy"_qs);
    QVERIFY(!stored->front().signature.isEmpty()); // signed by the authority key
    // Greedy by votes with a budget of 1000.00: P1 (3 votes, 400.00) and P2 (2, 300.00) fit; P3 does not.
    const QByteArray json = stored->front().resultJson;
    QVERIFY2(json.contains("\"P1\"") && json.contains("\"P2\""), json.constData());
    auto *summary = w.findChild<QLabel *>(u"resultsSummary"_qs);
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(u"greedy"_qs), qPrintable(summary->text()));
    auto *resultsTable = w.findChild<QTableView *>(u"resultsTable"_qs);
    QCOMPARE(resultsTable->model()->rowCount(), 3);

    // Publication: a printable report and a spreadsheet of the result...
    QVERIFY(w.exportResults(m_dir.filePath(u"results.pdf"_qs), m_dir.filePath(u"results.csv"_qs)));
    QFile pdf(m_dir.filePath(u"results.pdf"_qs));
    QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(4) == "%PDF");
    QFile resultsCsv(m_dir.filePath(u"results.csv"_qs));
    QVERIFY(resultsCsv.open(QIODevice::ReadOnly));
    QCOMPARE(resultsCsv.readAll().trimmed().split('\n').size(), 4); // header + 3 projects
    // ...and the election record holds the four signed ballots.
    const QString record = m_dir.filePath(u"record.json"_qs);
    QVERIFY(w.exportRecord(record));
    QFile f(record);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(o[u"ballots"_qs].toArray().size(), 4);
    QVERIFY(!w.exportRecord(m_dir.filePath(u"no/such/dir/record.json"_qs)));
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
