#include "ConsoleWindow.h"

#include "AuditorWindow.h"
#include "CodeSheetWriter.h"
#include "CodesPage.h"
#include "IssueCodesDialog.h"
#include "KioskDialog.h"
#include "KiosksPage.h"
#include "ProjectDialog.h"
#include "ProjectTableModel.h"
#include "ResultsReport.h"
#include "ResultsView.h"
#include "RoundListModel.h"
#include "RoundSettingsDialog.h"

#include "audit/ElectionRecordWriter.h"
#include "formats/OutcomeJson.h"
#include "record/Records.h"
#include "formats/PabulibReader.h"
#include "formats/ProjectCsv.h"
#include "formats/PabulibRound.h"
#include "store/KeyVault.h"
#include "store/RoundTally.h"
#include "util/Money.h"

#include <sodium.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pbvote::console {

namespace {
constexpr int MaxRecent = 8;
constexpr int TurnoutRefreshMs = 5000;

// A file path inside a sentence: isolated from the text around it (U+2068 … U+2069), so
// that right-to-left languages do not scramble its slashes and dots.
QString shownPath(const QString &path)
{
    return QChar(0x2068) + QDir::toNativeSeparators(path) + QChar(0x2069);
}
const QString AuthorityKeyName = QStringLiteral("city-authority");

QString kindText(BallotKind kind)
{
    switch (kind) {
    case BallotKind::Approval:
        return ConsoleWindow::tr("approval (tick projects)");
    case BallotKind::Knapsack:
        return ConsoleWindow::tr("knapsack (projects within the budget)");
    case BallotKind::Cumulative:
        return ConsoleWindow::tr("cumulative (spread points)");
    case BallotKind::Ordinal:
        return ConsoleWindow::tr("ranking");
    }
    return {};
}
} // namespace

// One change of a round in the Edit > Undo history. The change itself already ran when
// the command is pushed, so the first redo() does nothing.
class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(ConsoleWindow *window, int64_t roundId, const QString &text, std::function<Status()> redo,
                 std::function<Status()> undo)
        : QUndoCommand(text), m_window(window), m_roundId(roundId), m_redo(std::move(redo)), m_undo(std::move(undo))
    {
    }
    void redo() override
    {
        if (m_done) {
            m_done = false;
            return;
        }
        m_window->runHistoryStep(m_roundId, m_redo, ConsoleWindow::tr("Redo %1").arg(text()));
    }
    void undo() override { m_window->runHistoryStep(m_roundId, m_undo, ConsoleWindow::tr("Undo %1").arg(text())); }

private:
    ConsoleWindow *m_window;
    int64_t m_roundId;
    std::function<Status()> m_redo;
    std::function<Status()> m_undo;
    bool m_done = true;
};

ConsoleWindow::ConsoleWindow(QWidget *parent)
    : QMainWindow(parent),
      m_rounds(new RoundListModel(this)),
      m_projects(new ProjectTableModel(this)),
      m_projectFilter(new QSortFilterProxyModel(this)),
      m_roundList(new QListView(this)),
      m_tabs(new QTabWidget(this)),
      m_overview(new QLabel(this)),
      m_find(new QLineEdit(this)),
      m_projectTable(new QTableView(this))
{
    m_undo = new QUndoStack(this);
    setWindowTitle(tr("pbvote console"));
    setObjectName(u"consoleWindow"_qs);

    m_roundList->setObjectName(u"roundList"_qs);
    m_roundList->setModel(m_rounds);
    m_roundList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_roundList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &i) {
        m_roundId = i.data(RoundListModel::RoundIdRole).toLongLong();
        showRound();
    });

    m_overview->setObjectName(u"roundOverview"_qs);
    m_overview->setWordWrap(true);
    m_overview->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    m_overview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overview->setMargin(12);

    m_projectFilter->setSourceModel(m_projects);
    m_projectFilter->setSortRole(ProjectTableModel::SortRole);
    m_projectFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_projectFilter->setFilterKeyColumn(-1);
    m_projectTable->setObjectName(u"projectTable"_qs);
    m_projectTable->setModel(m_projectFilter);
    m_projectTable->setSortingEnabled(true);
    m_projectTable->sortByColumn(ProjectTableModel::IdColumn, Qt::AscendingOrder);
    m_projectTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_projectTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_projectTable->horizontalHeader()->setSectionResizeMode(ProjectTableModel::TitleColumn, QHeaderView::Stretch);
    m_projectTable->setWordWrap(false);
    m_projectTable->verticalHeader()->hide();
    m_find->setObjectName(u"projectFilter"_qs);
    m_find->setPlaceholderText(tr("Find projects by id, title, category or district"));
    m_find->setClearButtonEnabled(true);
    connect(m_find, &QLineEdit::textChanged, m_projectFilter, &QSortFilterProxyModel::setFilterFixedString);

    auto *projectsPage = new QWidget(this);
    auto *projectsLayout = new QVBoxLayout(projectsPage);
    projectsLayout->addWidget(m_find);
    projectsLayout->addWidget(m_projectTable);
    m_tabs->setObjectName(u"roundTabs"_qs);
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(projectsPage, tr("&Projects"));
    m_results = new ResultsView(this);
    m_results->setObjectName(u"resultsView"_qs);
    m_kiosks = new KiosksPage(this);
    m_kiosks->setObjectName(u"kiosksPage"_qs);
    m_tabs->addTab(m_kiosks, tr("&Kiosks"));
    m_codesPage = new CodesPage(this);
    m_codesPage->setObjectName(u"codesPage"_qs);
    m_tabs->addTab(m_codesPage, tr("Access &codes"));
    m_tabs->addTab(m_results, tr("&Results"));
    connect(m_kiosks, &KiosksPage::registerRequested, this, &ConsoleWindow::registerKioskDialog);
    connect(m_kiosks, &KiosksPage::revokeRequested, this, &ConsoleWindow::revokeKioskDialog);
    connect(m_kiosks, &KiosksPage::removeRequested, this, &ConsoleWindow::removeKioskDialog);
    connect(m_codesPage, &CodesPage::issueRequested, this, &ConsoleWindow::issueCodesDialog);
    connect(m_codesPage, &CodesPage::voidRequested, this, &ConsoleWindow::voidBatchDialog);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_roundList);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({fontMetrics().averageCharWidth() * 40, fontMetrics().averageCharWidth() * 120});
    setCentralWidget(splitter);

    buildActions();
    statusBar()->showMessage(tr("Open a database to start (File > Open database)."));

    // Live turnout: while the chosen round is open, kiosks sharing the database keep
    // casting; the counts on the pages that show them follow every few seconds.
    auto *live = new QTimer(this);
    live->setObjectName(u"turnoutTimer"_qs);
    live->setInterval(TurnoutRefreshMs);
    connect(live, &QTimer::timeout, this, &ConsoleWindow::refreshTurnout);
    live->start();

    QSettings settings;
    restoreGeometry(settings.value(u"console/geometry"_qs).toByteArray());
    if (!restoreState(settings.value(u"console/state"_qs).toByteArray()))
        resize(1280, 800);
    showRound();
}

ConsoleWindow::~ConsoleWindow() = default;

void ConsoleWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open database…"), this, &ConsoleWindow::openDatabaseDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    QAction *verify = file->addAction(tr("&Verify an election record…"), this, &ConsoleWindow::verifyRecordDialog);
    verify->setObjectName(u"verifyRecordAction"_qs);
    verify->setToolTip(tr("Run the auditors' checks on an election record and save their report"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(u"undoAction"_qs);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find projects"), this, [this] {
        m_tabs->setCurrentIndex(1);
        m_find->setFocus();
        m_find->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *round = menuBar()->addMenu(tr("&Round"));
    m_newRound = round->addAction(tr("&New round…"), this, &ConsoleWindow::newRoundDialog);
    m_newRound->setShortcut(QKeySequence::New);
    m_settings = round->addAction(tr("Round &settings…"), this, &ConsoleWindow::roundSettingsDialog);
    m_settings->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_import = round->addAction(tr("&Import a Pabulib election…"), this, &ConsoleWindow::importPabulibDialog);
    m_import->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_importCsv = round->addAction(tr("Import projects from &CSV…"), this, &ConsoleWindow::importProjectsCsvDialog);
    m_addProject = round->addAction(tr("&Add a project…"), this, &ConsoleWindow::addProjectDialog);
    m_addProject->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_editProject = round->addAction(tr("&Edit the project…"), this, &ConsoleWindow::editProjectDialog);
    m_removeProject = round->addAction(tr("Re&move the project…"), this, &ConsoleWindow::removeProjectDialog);
    m_removeProject->setShortcut(QKeySequence::Delete);
    m_removeProject->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_projectTable->addAction(m_removeProject);
    connect(m_projectTable, &QAbstractItemView::doubleClicked, this, &ConsoleWindow::editProjectDialog);
    m_addDistrict = round->addAction(tr("Add a &district…"), this, &ConsoleWindow::addDistrictDialog);
    m_removeDistrict = round->addAction(tr("Remove a district…"), this, &ConsoleWindow::removeDistrictDialog);
    m_rules = round->addAction(tr("&Voting rules…"), this, &ConsoleWindow::rulesDialog);
    m_duplicate = round->addAction(tr("D&uplicate this round…"), this, &ConsoleWindow::duplicateDialog);
    m_codes = round->addAction(tr("Issue access &codes…"), this, &ConsoleWindow::issueCodesDialog);
    m_registerKiosk = round->addAction(tr("&Register a kiosk…"), this, &ConsoleWindow::registerKioskDialog);
    round->addSeparator();
    m_open = round->addAction(tr("&Open voting…"), this, &ConsoleWindow::openVotingDialog);
    m_close = round->addAction(tr("&Close voting…"), this, &ConsoleWindow::closeVotingDialog);
    m_count = round->addAction(tr("Coun&t the votes…"), this, &ConsoleWindow::countDialog);
    m_count->setShortcut(QKeySequence(tr("Ctrl+T")));
    round->addSeparator();
    m_export = round->addAction(tr("&Export the election record…"), this, &ConsoleWindow::exportRecordDialog);
    m_export->setShortcut(QKeySequence::Save);
    m_exportResults = round->addAction(tr("Export the &results (PDF report, CSV)…"), this,
                                       &ConsoleWindow::exportResultsDialog);
    m_exportPabulib = round->addAction(tr("Export the votes (&Pabulib)…"), this, &ConsoleWindow::exportPabulibDialog);
    m_exportCsv = round->addAction(tr("Export the projects (CS&V)…"), this, &ConsoleWindow::exportProjectsCsvDialog);
    round->addSeparator();
    m_publish = round->addAction(tr("Pu&blish the result…"), this, &ConsoleWindow::publishDialog);
    m_publish->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));

    QToolBar *bar = addToolBar(tr("Round"));
    bar->setObjectName(u"roundToolBar"_qs);
    bar->addAction(open);
    bar->addAction(m_newRound);
    bar->addAction(m_addProject);
    bar->addAction(m_import);
    updateRecentMenu();
    // Disabled menu items say why, as the toolbar's buttons do.
    for (QMenu *menu : menuBar()->findChildren<QMenu *>())
        menu->setToolTipsVisible(true);
}

void ConsoleWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"console/geometry"_qs, saveGeometry());
    settings.setValue(u"console/state"_qs, saveState());
    event->accept();
}

void ConsoleWindow::complain(const QString &what, const QString &message)
{
    QMessageBox::warning(this, what, message);
    statusBar()->showMessage(message, 10000);
}

// Database --------------------------------------------------------------------------------

Status ConsoleWindow::openDatabase(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_store && QFileInfo(m_store->path()).absoluteFilePath() == absolute) {
        refresh();
        return {};
    }
    // One console per database: a second one would show a state the first changes under
    // it. SQLite keeps the file itself sound either way; the lock file keeps people from
    // working against each other. A lock left by a process that died is taken over.
    auto lock = std::make_unique<QLockFile>(absolute + u".console-lock"_qs);
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString application;
        if (lock->error() == QLockFile::LockFailedError && lock->getLockInfo(&pid, &host, &application))
            return Status::failure(tr("%1 is already open in another pbvote console (process %2 on %3). Close it "
                                      "there first: two consoles changing the same rounds would each show a state "
                                      "the other has changed. Kiosks can keep voting meanwhile.")
                                       .arg(shownPath(absolute))
                                       .arg(pid)
                                       .arg(host.isEmpty() ? tr("this computer") : host));
        return Status::failure(tr("Cannot open %1: the console cannot write its lock file next to it (is the folder "
                                  "read-only?).")
                                   .arg(shownPath(absolute)));
    }
    auto opened = store::BallotStore::open(path);
    if (!opened)
        return Status::failure(opened.error());
    m_undo->clear();
    m_store = std::move(*opened);
    m_lock = std::move(lock); // releases the previous database's lock
    m_roundId = 0;
    rememberRecent(QFileInfo(path).absoluteFilePath());
    setWindowTitle(tr("%1 — pbvote console").arg(QFileInfo(path).fileName()));
    refresh();
    if (m_rounds->rowCount() > 0)
        selectRound(m_rounds->index(0).data(RoundListModel::RoundIdRole).toLongLong());
    statusBar()->showMessage(tr("Opened %1.").arg(shownPath(path)), 5000);
    return {};
}

void ConsoleWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Open or create a database"), QString(),
                                                      tr("pbvote databases (*.sqlite *.db);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (Status s = openDatabase(path); !s)
        complain(tr("Cannot open the database"), s.error());
}

void ConsoleWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(u"console/recent"_qs).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(u"console/recent"_qs, recent.mid(0, MaxRecent));
    updateRecentMenu();
}

void ConsoleWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(u"console/recent"_qs).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(shownPath(path), this, [this, path] {
            if (Status s = openDatabase(path); !s)
                complain(tr("Cannot open the database"), s.error());
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

// Rounds ------------------------------------------------------------------------------------

void ConsoleWindow::refresh()
{
    const int64_t keep = m_roundId;
    if (QString error = m_rounds->reload(m_store.get()); !error.isEmpty())
        complain(tr("Cannot read the rounds"), error);
    if (keep != 0)
        selectRound(keep);
    showRound();
}

void ConsoleWindow::selectRound(int64_t roundId)
{
    const int row = m_rounds->rowOf(roundId);
    if (row < 0)
        return;
    m_roundId = roundId;
    m_roundList->setCurrentIndex(m_rounds->index(row));
    showRound();
}

void ConsoleWindow::showRound()
{
    const bool haveStore = bool(m_store);
    m_newRound->setEnabled(haveStore);
    m_import->setEnabled(haveStore);
    Round round;
    bool haveRound = false;
    if (haveStore && m_roundId != 0) {
        if (auto r = m_store->round(m_roundId)) {
            round = *r;
            haveRound = true;
        }
    }
    const bool imported = haveRound && !m_store->importSource(m_roundId).value().isEmpty();
    m_projects->setRound(round, imported ? 0 : 2);
    m_kiosks->setRound(haveRound ? round : Round(), m_store.get());
    m_codesPage->setRound(haveRound ? round : Round(), m_store.get());

    // Why a control is disabled is said where it is.
    const bool draft = haveRound && round.state == RoundState::Draft;
    m_addProject->setEnabled(draft);
    m_addProject->setToolTip(draft ? tr("Add a project to this round")
                                   : haveRound ? tr("Projects can only be added while the round is a draft: once "
                                                    "voting has opened, nothing that changes the outcome can change.")
                                               : tr("Choose or create a round first."));
    const bool open = haveRound && (round.state == RoundState::Open || round.state == RoundState::Suspended);
    m_close->setEnabled(open);
    m_close->setToolTip(open ? tr("End voting for good") : tr("Only a round whose voting is open can be closed."));
    const QString notDraft = tr("Only while the round is a draft: once voting has opened, nothing that changes the "
                                "outcome can change.");
    m_editProject->setEnabled(draft);
    m_editProject->setToolTip(draft ? tr("Change the chosen project") : notDraft);
    m_removeProject->setEnabled(draft);
    m_removeProject->setToolTip(draft ? tr("Take the chosen project off the ballot") : notDraft);
    m_addDistrict->setEnabled(draft);
    m_addDistrict->setToolTip(draft ? tr("Give part of the budget to a district") : notDraft);
    const bool hasDistricts = draft && !round.districts.empty();
    m_removeDistrict->setEnabled(hasDistricts);
    m_removeDistrict->setToolTip(hasDistricts ? tr("Remove a district that has no projects")
                                              : draft ? tr("This round has no districts.") : notDraft);
    m_settings->setEnabled(haveRound);
    m_settings->setToolTip(draft ? tr("Name, budget, categories, voting period and counting rule")
                                 : tr("See the round's settings (they are fixed once voting has opened)"));
    m_importCsv->setEnabled(draft);
    m_importCsv->setToolTip(draft ? tr("Add projects from a spreadsheet saved as CSV") : notDraft);
    m_exportCsv->setEnabled(haveRound);
    m_exportCsv->setToolTip(tr("The projects as a spreadsheet (CSV), with their translations"));
    m_rules->setEnabled(draft);
    m_rules->setToolTip(draft ? tr("What a ballot may contain") : notDraft);
    m_duplicate->setEnabled(haveRound);
    m_registerKiosk->setEnabled(draft);
    m_registerKiosk->setToolTip(draft ? tr("Let a kiosk sign ballots for this round")
                                      : tr("Kiosks are registered while the round is a draft: the opened round's "
                                           "signed manifest lists them."));
    m_open->setEnabled(draft);
    m_open->setToolTip(draft ? tr("Sign the round's manifest and open voting")
                             : tr("Only a draft round can be opened."));
    const bool countable = haveRound && (round.state == RoundState::Closed || round.state == RoundState::Tallied);
    m_count->setEnabled(countable);
    m_count->setToolTip(countable ? tr("Count the votes with a rule")
                                  : tr("Votes are counted after voting has closed: no partial results."));
    const bool counted = haveRound && round.state == RoundState::Tallied;
    m_publish->setEnabled(counted);
    m_publish->setToolTip(counted ? tr("Write the report, the results, the votes and the election record to one "
                                       "folder, and mark the result published")
                                  : tr("A result is published after the votes are counted."));
    m_exportPabulib->setEnabled(countable);
    m_exportPabulib->setToolTip(countable ? tr("Every vote, without ballot ids, in a random order (Pabulib format)")
                                          : tr("Votes are published only after voting has closed."));
    m_exportResults->setEnabled(counted);
    m_exportResults->setToolTip(counted ? tr("A printable report and a spreadsheet of the result")
                                        : tr("There is a result to export once the votes are counted."));
    const bool issuing = haveRound && !imported && (draft || open);
    m_codes->setEnabled(issuing);
    m_codes->setToolTip(issuing ? tr("Make one-time codes and print them as slips")
                                : tr("Codes are issued for a round voted with pbvote, before or during voting."));
    const bool exportable = haveRound && !imported && round.state != RoundState::Draft;
    m_export->setEnabled(exportable);
    m_export->setToolTip(exportable ? tr("Write the record anyone can verify: manifest, signed ballots, checkpoints, "
                                         "log and results")
                                    : tr("A round has an election record once voting has opened."));
    showResults();

    if (!haveRound) {
        m_overview->setText(haveStore ? tr("Choose a round on the left, or create one (Round > New round).")
                                      : tr("Open a database to start (File > Open database)."));
        return;
    }
    const int scale = imported ? 0 : 2;
    QString text = u"<h2>%1</h2>"_qs.arg(round.name.toHtmlEscaped());
    auto line = [&text](const QString &label, const QString &value) {
        text += u"<p><b>%1</b> %2</p>"_qs.arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(tr("State:"), RoundListModel::stateText(round.state));
    line(tr("Budget:"), tr("%1 %2").arg(formatMoney(round.budget, scale), round.currency));
    line(tr("Voting method:"), kindText(round.rules.kind));
    const counting::RuleInfo *rule = counting::findRule(round.tallyRule);
    line(tr("Counting rule:"), rule ? rule->title : round.tallyRule.isEmpty() ? tr("not chosen yet") : round.tallyRule);
    if (round.votingOpens.isValid() || round.votingCloses.isValid()) {
        const QLocale here;
        auto when = [&here](const QDateTime &t) {
            return t.isValid() ? here.toString(t.toLocalTime(), QLocale::ShortFormat) : ConsoleWindow::tr("not set");
        };
        line(tr("Voting period:"), tr("%1 – %2", "voting opens – closes").arg(when(round.votingOpens), when(round.votingCloses)));
    }
    if (!round.categories.isEmpty())
        line(tr("Categories:"), round.categories.join(u", "_qs));
    line(tr("Projects:"), QString::number(round.projects.size()));
    if (!round.offBallot.empty())
        line(tr("Not on the ballot:"), tr("%n project(s) under review, rejected or withdrawn", nullptr,
                                          int(round.offBallot.size())));
    for (const District &d : round.districts)
        line(tr("District %1:").arg(d.name), tr("budget %1 %2").arg(formatMoney(d.budget, scale), round.currency));
    const BallotRules &rules = round.rules;
    QStringList limits;
    if (rules.minSelections > 0)
        limits << tr("at least %n project(s)", nullptr, rules.minSelections);
    if (rules.maxSelections > 0)
        limits << tr("at most %n project(s)", nullptr, rules.maxSelections);
    if (rules.minSpendPercent > 0)
        limits << tr("spend at least %1% of the budget").arg(rules.minSpendPercent);
    if (rules.kind == BallotKind::Cumulative)
        limits << tr("%n point(s) to give", nullptr, rules.totalPoints);
    if (rules.maxPointsPerProject > 0)
        limits << tr("at most %n point(s) per project", nullptr, rules.maxPointsPerProject);
    if (!limits.isEmpty())
        line(tr("Ballot limits:"), limits.join(u", "_qs));
    if (imported)
        line(tr("Imported from:"), m_store->importSource(m_roundId).value());
    if (auto counts = m_store->counts(m_roundId)) {
        // Turnout only: counts, never partial results.
        line(tr("Access codes issued:"), formatCount(counts->issuedCodes));
        line(tr("Ballots cast:"), formatCount(counts->ballots));
        if (counts->issuedCodes > 0)
            line(tr("Turnout:"), tr("%1%").arg(QLocale().toString(100.0 * double(counts->ballots) / double(counts->issuedCodes), 'f', 1)));
    }
    if (auto kiosks = m_store->kiosks(m_roundId); kiosks && !kiosks->empty()) {
        const auto revoked = std::count_if(kiosks->begin(), kiosks->end(), [](const store::KioskInfo &k) { return k.revoked; });
        line(tr("Kiosks:"), revoked > 0 ? tr("%1 registered, %2 revoked").arg(kiosks->size()).arg(revoked)
                                        : tr("%1 registered").arg(kiosks->size()));
    }
    if (round.published)
        line(tr("Result:"), tr("published"));
    if (!draft)
        text += u"<p>%1</p>"_qs.arg(
            tr("This round is no longer a draft: its projects, budget and rules are fixed.").toHtmlEscaped());
    m_overview->setText(text);
}

Result<int64_t> ConsoleWindow::createRound(const Round &round)
{
    if (!m_store)
        return Result<int64_t>::failure(tr("Open a database first."));
    auto id = m_store->createRound(round);
    if (id) {
        refresh();
        selectRound(*id);
    }
    return id;
}

void ConsoleWindow::newRoundDialog()
{
    store::RoundSettings initial;
    initial.tallyRule = u"greedy"_qs; // the rule most cities use; the organizer may choose another
    RoundSettingsDialog dialog(initial, true, this);
    dialog.setWindowTitle(tr("New round"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const store::RoundSettings s = dialog.settings();
    Round r;
    r.name = s.name;
    r.currency = s.currency;
    r.budget = s.budget;
    r.categories = s.categories;
    r.votingOpens = s.votingOpens;
    r.votingCloses = s.votingCloses;
    r.tallyRule = s.tallyRule;
    r.rules.kind = dialog.kind();
    if (r.rules.kind == BallotKind::Cumulative)
        r.rules.totalPoints = 10;
    if (auto id = createRound(r); !id)
        complain(tr("Round not created"), id.error());
}

void ConsoleWindow::roundSettingsDialog()
{
    auto round = m_store ? m_store->round(m_roundId) : Result<Round>::failure(tr("Open a database first."));
    if (!round)
        return complain(tr("Cannot show the round's settings"), round.error());
    RoundSettingsDialog dialog(store::RoundSettings::of(*round), false, this);
    dialog.setWindowTitle(tr("Settings of %1").arg(round->name));
    dialog.setRound(*round);
    if (round->state != RoundState::Draft)
        dialog.setReadOnly(tr("Voting has opened: nothing that changes the outcome can be edited."));
    if (dialog.exec() != QDialog::Accepted || dialog.isReadOnly())
        return;
    if (Status s = updateRoundSettings(dialog.settings(), dialog.categoryRenames()); !s)
        complain(tr("Settings not changed"), s.error());
}

Result<int64_t> ConsoleWindow::importPabulib(const QString &path)
{
    using R = Result<int64_t>;
    if (!m_store)
        return R::failure(tr("Open a database first."));
    auto instance = formats::readPabulibFile(path);
    if (!instance)
        return R::failure(instance.error());
    auto imported = formats::roundFromPabulib(*instance, path);
    if (!imported)
        return R::failure(imported.error());
    auto id = m_store->importRound(imported->round, imported->ballots, QFileInfo(path).fileName());
    if (id) {
        refresh();
        selectRound(*id);
        statusBar()->showMessage(tr("Imported %1: %n vote(s).", nullptr, int(imported->ballots.size()))
                                     .arg(QFileInfo(path).fileName()),
                                 10000);
    }
    return id;
}

void ConsoleWindow::importPabulibDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a Pabulib election"), QString(),
                                                      tr("Pabulib files (*.pb);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto id = importPabulib(path); !id)
        complain(tr("Nothing was imported"), id.error());
}

// Projects and lifecycle ---------------------------------------------------------------------

Status ConsoleWindow::changeRound(const std::function<Status()> &change)
{
    if (Status s = needRound(); !s)
        return s;
    const Status s = change();
    showRound(); // a refused change may still have been half-read by the view
    return s;
}

Status ConsoleWindow::needRound() const
{
    return m_store && m_roundId != 0 ? Status() : Status::failure(tr("Choose a round first."));
}

Status ConsoleWindow::perform(const QString &text, const std::function<Status()> &redo,
                              const std::function<Status()> &undo)
{
    const Status s = changeRound(redo);
    if (s) {
        m_undo->push(new StoreCommand(this, m_roundId, text, redo, undo));
        statusBar()->showMessage(tr("Done: %1. Edit > Undo takes it back.").arg(text), 5000);
    }
    return s;
}

void ConsoleWindow::runHistoryStep(int64_t roundId, const std::function<Status()> &step, const QString &what)
{
    if (!m_store)
        return;
    if (roundId != m_roundId)
        selectRound(roundId);
    const Status s = step();
    showRound();
    if (!s) {
        complain(tr("%1 failed").arg(what),
                 tr("%1\n\nThe undo history no longer matches the database and has been cleared.").arg(s.error()));
        QTimer::singleShot(0, m_undo, &QUndoStack::clear); // not from inside the stack's own call
    }
}

Result<ConsoleWindow::ProjectSnapshot> ConsoleWindow::snapshotProject(int64_t roundId, const QString &projectId) const
{
    using R = Result<ProjectSnapshot>;
    auto round = m_store->round(roundId);
    if (!round)
        return R::failure(round.error());
    const Project *p = round->findProject(projectId);
    if (!p)
        return R::failure(tr("Round %1 has no project %2.").arg(roundId).arg(projectId));
    auto position = m_store->projectPosition(roundId, projectId);
    auto images = m_store->projectImages(roundId);
    auto translations = m_store->projectTranslations(roundId);
    if (!position || !images || !translations)
        return R::failure(!position ? position.error() : !images ? images.error() : translations.error());
    ProjectSnapshot snap;
    snap.project = *p;
    snap.position = *position;
    if (auto i = images->find(projectId); i != images->end())
        snap.image = i->second;
    if (auto t = translations->find(projectId); t != translations->end())
        snap.translations = t->second;
    return snap;
}

Status ConsoleWindow::applySnapshot(int64_t roundId, const ProjectSnapshot &snap)
{
    auto current = snapshotProject(roundId, snap.project.id);
    if (!current) {
        // Not in the round (any more): add it back where it was.
        if (Status s = m_store->insertProject(roundId, snap.project, snap.position < 0 ? INT_MAX : snap.position); !s)
            return s;
        current = ProjectSnapshot{snap.project, snap.position, {}, {}};
    } else if (!(current->project == snap.project)) {
        if (Status s = m_store->updateProject(roundId, snap.project); !s)
            return s;
    }
    if (current->image != snap.image) {
        if (Status s = m_store->setProjectImage(roundId, snap.project.id, snap.image); !s)
            return s;
    }
    std::map<QString, store::ProjectText> languages = current->translations;
    languages.insert(snap.translations.begin(), snap.translations.end());
    for (const auto &[language, unused] : languages) {
        const auto wanted = snap.translations.find(language);
        const store::ProjectText text = wanted == snap.translations.end() ? store::ProjectText() : wanted->second;
        const auto had = current->translations.find(language);
        if (had != current->translations.end() && had->second == text)
            continue;
        if (Status s = m_store->setProjectTranslation(roundId, snap.project.id, language, text); !s)
            return s;
    }
    return {};
}

Status ConsoleWindow::saveProject(const ProjectEdit &edit, bool isNew)
{
    if (Status s = needRound(); !s)
        return s;
    const int64_t roundId = m_roundId;
    const QString id = edit.project.id;
    std::optional<ProjectSnapshot> before;
    if (!isNew) {
        auto snap = snapshotProject(roundId, id);
        if (!snap)
            return Status::failure(snap.error());
        before = *snap;
    } else if (auto round = m_store->round(roundId); round && round->findProject(id)) {
        return Status::failure(tr("The round already has a project %1.").arg(id));
    }
    ProjectSnapshot after;
    after.project = edit.project;
    after.position = before ? before->position : -1;
    after.image = edit.image ? *edit.image : before ? before->image : QByteArray();
    for (const auto &[language, text] : edit.translations) {
        if (!text.title.trimmed().isEmpty() || !text.description.trimmed().isEmpty())
            after.translations[language] = text;
    }
    // The picture is checked before anything is stored.
    if (Status s = store::BallotStore::checkProjectImage(id, after.image); !s)
        return s;
    auto redo = [this, roundId, after] { return applySnapshot(roundId, after); };
    std::function<Status()> undo;
    if (before)
        undo = [this, roundId, b = *before] { return applySnapshot(roundId, b); };
    else
        undo = [this, roundId, id] { return m_store->removeProject(roundId, id); };
    Status s = perform(isNew ? tr("add project %1").arg(id) : tr("change project %1").arg(id), redo, undo);
    if (!s && isNew) {
        // A picture or translation refused after the project was added: take it out again
        // so that nothing half-done stays.
        if (auto round = m_store->round(roundId); round && round->findProject(id))
            m_store->removeProject(roundId, id);
        showRound();
    }
    return s;
}

Status ConsoleWindow::addProject(const Project &project)
{
    return saveProject({project, std::nullopt, {}}, true);
}

Status ConsoleWindow::updateProject(const Project &project)
{
    if (Status s = needRound(); !s)
        return s;
    auto snap = snapshotProject(m_roundId, project.id);
    if (!snap)
        return Status::failure(snap.error());
    return saveProject({project, std::nullopt, snap->translations}, false);
}

Status ConsoleWindow::removeProject(const QString &projectId)
{
    if (Status s = needRound(); !s)
        return s;
    const int64_t roundId = m_roundId;
    auto snap = snapshotProject(roundId, projectId);
    if (!snap)
        return Status::failure(snap.error());
    return perform(tr("remove project %1").arg(projectId),
                   [this, roundId, projectId] { return m_store->removeProject(roundId, projectId); },
                   [this, roundId, s = *snap] {
                       // Someone may have added a project with this id since: never overwrite it.
                       auto round = m_store->round(roundId);
                       if (!round)
                           return Status::failure(round.error());
                       if (round->findProject(s.project.id))
                           return Status::failure(tr("A project %1 was added after this one was removed; it is "
                                                     "kept as it is.")
                                                      .arg(s.project.id));
                       return applySnapshot(roundId, s);
                   });
}

QString ConsoleWindow::selectedProjectId() const
{
    const QModelIndex current = m_projectTable->currentIndex();
    if (!current.isValid())
        return {};
    return current.sibling(current.row(), ProjectTableModel::IdColumn).data(ProjectTableModel::SortRole).toString();
}

void ConsoleWindow::editProjectDialog()
{
    auto round = m_store ? m_store->round(m_roundId) : Result<Round>::failure(tr("Open a database first."));
    if (!round)
        return complain(tr("Cannot edit the project"), round.error());
    const QString id = selectedProjectId();
    if (!round->findProject(id))
        return complain(tr("Cannot edit the project"), tr("Choose a project in the table first."));
    if (round->state != RoundState::Draft)
        return complain(tr("Cannot edit the project"),
                        tr("Projects can only change while the round is a draft: once voting has opened, nothing "
                           "that changes the outcome can change."));
    auto snap = snapshotProject(m_roundId, id);
    if (!snap)
        return complain(tr("Cannot edit the project"), snap.error());
    ProjectDialog dialog(*round, this, &snap->project, snap->image, snap->translations);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ProjectEdit edit{dialog.project(), std::nullopt, dialog.translations()};
    if (dialog.imageChanged())
        edit.image = dialog.image();
    if (Status s = saveProject(edit, false); !s)
        complain(tr("Project not changed"), s.error());
}

void ConsoleWindow::removeProjectDialog()
{
    const QString id = selectedProjectId();
    if (id.isEmpty())
        return complain(tr("Cannot remove the project"), tr("Choose a project in the table first."));
    const auto answer = QMessageBox::question(this, tr("Remove project %1?").arg(id),
                                              tr("Project %1 will be taken off this draft ballot, with its picture.")
                                                  .arg(id),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = removeProject(id); !s)
        complain(tr("Project not removed"), s.error());
}

Status ConsoleWindow::addDistrict(const District &district)
{
    const int64_t roundId = m_roundId;
    return perform(tr("add district %1").arg(district.name.isEmpty() ? district.id : district.name),
                   [this, roundId, district] { return m_store->addDistrict(roundId, district); },
                   [this, roundId, id = district.id] { return m_store->removeDistrict(roundId, id); });
}

Status ConsoleWindow::removeDistrict(const QString &districtId)
{
    if (Status s = needRound(); !s)
        return s;
    const int64_t roundId = m_roundId;
    auto round = m_store->round(roundId);
    if (!round)
        return Status::failure(round.error());
    const District *d = round->district(districtId);
    if (!d)
        return Status::failure(tr("Round %1 has no district %2.").arg(roundId).arg(districtId));
    return perform(tr("remove district %1").arg(d->name.isEmpty() ? d->id : d->name),
                   [this, roundId, districtId] { return m_store->removeDistrict(roundId, districtId); },
                   [this, roundId, district = *d] { return m_store->addDistrict(roundId, district); });
}

Status ConsoleWindow::setRules(const BallotRules &rules)
{
    if (Status s = needRound(); !s)
        return s;
    const int64_t roundId = m_roundId;
    auto round = m_store->round(roundId);
    if (!round)
        return Status::failure(round.error());
    return perform(tr("change the voting rules"), [this, roundId, rules] { return m_store->setRules(roundId, rules); },
                   [this, roundId, old = round->rules] { return m_store->setRules(roundId, old); });
}

Status ConsoleWindow::updateRoundSettings(const store::RoundSettings &settings,
                                          const std::map<QString, QString> &categoryRenames)
{
    if (Status s = needRound(); !s)
        return s;
    const int64_t roundId = m_roundId;
    auto round = m_store->round(roundId);
    if (!round)
        return Status::failure(round.error());
    const store::RoundSettings old = store::RoundSettings::of(*round);
    Status s = perform(tr("change the round's settings"),
                       [this, roundId, settings, categoryRenames] {
                           return m_store->updateRoundSettings(roundId, settings, categoryRenames);
                       },
                       [this, roundId, old, categoryRenames] {
                           std::map<QString, QString> back;
                           for (const auto &[from, to] : categoryRenames)
                               back[to] = from;
                           return m_store->updateRoundSettings(roundId, old, back);
                       });
    if (s)
        m_rounds->reload(m_store.get()); // the name may have changed
    return s;
}

Result<int> ConsoleWindow::importProjectsCsv(const QString &path)
{
    using R = Result<int>;
    if (Status s = needRound(); !s)
        return R::failure(s.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read %1: %2").arg(shownPath(path), file.errorString()));
    if (file.size() > formats::MaxProjectsCsvBytes)
        return R::failure(tr("%1 is larger than 16 MiB: it is not a list of projects.").arg(QFileInfo(path).fileName()));
    auto csv = formats::readProjectsCsv(file.readAll(), QFileInfo(path).fileName());
    if (!csv)
        return R::failure(csv.error());
    const int64_t roundId = m_roundId;
    QStringList ids;
    for (const Project &p : csv->projects)
        ids << p.id;
    Status s = perform(tr("import %n project(s) from CSV", nullptr, int(ids.size())),
                       [this, roundId, c = *csv] { return m_store->addProjects(roundId, c.projects, c.translations); },
                       [this, roundId, ids] {
                           for (const QString &id : ids) {
                               if (Status r = m_store->removeProject(roundId, id); !r)
                                   return r;
                           }
                           return Status();
                       });
    if (!s)
        return R::failure(s.error());
    return int(ids.size());
}

Status ConsoleWindow::exportProjectsCsv(const QString &path)
{
    if (Status s = needRound(); !s)
        return s;
    auto round = m_store->round(m_roundId);
    auto translations = m_store->projectTranslations(m_roundId);
    if (!round || !translations)
        return Status::failure(!round ? round.error() : translations.error());
    const QByteArray bytes = formats::writeProjectsCsv(*round, *translations);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(shownPath(path), f.errorString()));
    return {};
}

Status ConsoleWindow::exportPabulib(const QString &path, const crypto::SecretBytes &passphrase)
{
    if (Status s = needRound(); !s)
        return s;
    auto bytes = store::pabulibVotes(*m_store, m_roundId, [this, &passphrase](store::KeyKind kind, const QString &name) {
        return store::unlockKey(*m_store, kind, name, passphrase);
    });
    if (!bytes)
        return Status::failure(bytes.error());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size() || !f.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(shownPath(path), f.errorString()));
    return {};
}

Result<int64_t> ConsoleWindow::duplicateRound(const QString &name)
{
    using R = Result<int64_t>;
    if (Status s = needRound(); !s)
        return R::failure(s.error());
    auto source = m_store->round(m_roundId);
    if (!source)
        return R::failure(source.error());
    if (!m_store->importSource(m_roundId).value().isEmpty())
        return R::failure(tr("An imported election is kept for analysis; it cannot be the start of a new round."));
    Round copy = *source;
    copy.id = 0;
    copy.electionId.clear();
    copy.state = RoundState::Draft;
    copy.name = name.trimmed();
    copy.published = false;
    copy.votingOpens = {};
    copy.votingCloses = {};
    auto images = m_store->projectImages(m_roundId);
    auto translations = m_store->projectTranslations(m_roundId);
    if (!images || !translations)
        return R::failure(!images ? images.error() : translations.error());
    auto id = m_store->createRound(copy);
    if (!id)
        return id;
    for (const auto &[projectId, image] : *images) {
        if (Status s = m_store->setProjectImage(*id, projectId, image); !s)
            return R::failure(s.error());
    }
    for (const auto &[projectId, byLanguage] : *translations) {
        for (const auto &[language, text] : byLanguage) {
            if (Status s = m_store->setProjectTranslation(*id, projectId, language, text); !s)
                return R::failure(s.error());
        }
    }
    refresh();
    selectRound(*id);
    return id;
}

void ConsoleWindow::addDistrictDialog()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add a district"), tr("District name:"), QLineEdit::Normal,
                                               QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const QString budget = QInputDialog::getText(this, tr("Add a district"),
                                                 tr("Budget of %1 (whole amount):").arg(name.trimmed()),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    int64_t units = 0;
    if (!parseMoney(budget, &units) || units <= 0) {
        complain(tr("District not added"), tr("The budget must be a whole amount above zero, like 250000."));
        return;
    }
    QString id = name.trimmed().toUpper();
    id.replace(u' ', u'-');
    if (Status s = addDistrict({id, name.trimmed(), units * 100}); !s)
        complain(tr("District not added"), s.error());
}

void ConsoleWindow::removeDistrictDialog()
{
    auto round = m_store->round(m_roundId);
    if (!round)
        return complain(tr("Cannot remove a district"), round.error());
    QStringList names;
    for (const District &d : round->districts)
        names << tr("%1 (%2)", "district name (id)").arg(d.name, d.id);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Remove a district"),
                                                 tr("District to remove (it must have no projects):"), names, 0, false,
                                                 &ok);
    if (!ok)
        return;
    const qsizetype index = names.indexOf(chosen);
    if (index < 0)
        return;
    if (Status s = removeDistrict(round->districts[size_t(index)].id); !s)
        complain(tr("District not removed"), s.error());
}

void ConsoleWindow::importProjectsCsvDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import projects from CSV"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto n = importProjectsCsv(path); !n)
        complain(tr("No project was imported"), n.error());
    else
        statusBar()->showMessage(tr("Imported %n project(s) from %1.", nullptr, *n).arg(QFileInfo(path).fileName()),
                                 10000);
}

void ConsoleWindow::exportDialog(const QString &title, const QString &suggestedName, const QString &filter,
                                 const QString &failure, const std::function<Status(const QString &)> &write)
{
    const QString path = QFileDialog::getSaveFileName(this, title, suggestedName.arg(m_roundId), filter);
    if (path.isEmpty())
        return;
    if (Status s = write(path); !s)
        complain(failure, s.error());
    else
        statusBar()->showMessage(tr("Wrote %1.").arg(shownPath(path)), 10000);
}

void ConsoleWindow::exportProjectsCsvDialog()
{
    exportDialog(tr("Export the projects (CSV)"), u"round-%1-projects.csv"_qs, tr("CSV files (*.csv)"),
                 tr("Projects not exported"), [this](const QString &path) { return exportProjectsCsv(path); });
}

void ConsoleWindow::exportPabulibDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the votes (Pabulib)"),
                                                      u"round-%1-votes.pb"_qs.arg(m_roundId),
                                                      tr("Pabulib files (*.pb)"));
    if (path.isEmpty())
        return;
    crypto::SecretBytes pass;
    if (m_store->importSource(m_roundId).value().isEmpty()) {
        pass = askPassphrase(tr("Passphrase of the election key (the sealed ballots are opened to write the votes):"));
        if (pass.isEmpty())
            return;
    }
    if (Status s = exportPabulib(path, pass); !s)
        complain(tr("Votes not exported"), s.error());
    else
        statusBar()->showMessage(tr("Wrote %1.").arg(shownPath(path)), 10000);
}

void ConsoleWindow::publishDialog()
{
    auto round = m_store->round(m_roundId);
    if (!round)
        return complain(tr("Cannot publish"), round.error());
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder to publish into"));
    if (folder.isEmpty())
        return;
    const QString base = u"round-%1"_qs.arg(m_roundId);
    QStringList existing;
    for (const QString &suffix : {u"-results.pdf"_qs, u"-results.csv"_qs, u"-votes.pb"_qs, u"-record.json"_qs}) {
        if (QFileInfo::exists(QDir(folder).filePath(base + suffix)))
            existing << base + suffix;
    }
    QString question = tr("Publishing writes the results report (PDF), the results (CSV), every vote without ballot "
                          "ids (Pabulib) and the election record for auditors to %1, and marks the result of "
                          "\"%2\" published.")
                           .arg(shownPath(folder), round->name);
    if (!existing.isEmpty())
        question += u"\n\n"_qs + tr("These files are already there and will be replaced: %1").arg(existing.join(u", "_qs));
    const auto answer = QMessageBox::question(this, tr("Publish the result?"), question,
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    crypto::SecretBytes pass;
    if (m_store->importSource(m_roundId).value().isEmpty()) {
        pass = askPassphrase(tr("Passphrase of the election key (the votes are published without ballot ids):"));
        if (pass.isEmpty())
            return;
    }
    auto written = publish(folder, pass);
    if (!written)
        return complain(tr("Result not published"), written.error());
    QStringList names;
    for (const QString &f : *written)
        names << QFileInfo(f).fileName();
    QMessageBox::information(this, tr("Result published"),
                             tr("Wrote to %1:\n%2").arg(shownPath(folder), names.join(u'\n')));
}

void ConsoleWindow::rulesDialog()
{
    auto round = m_store->round(m_roundId);
    if (!round)
        return complain(tr("Cannot change the rules"), round.error());
    BallotRules r = round->rules;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Voting rules"));
    auto *method = new QComboBox(&dialog);
    for (BallotKind k : {BallotKind::Knapsack, BallotKind::Approval, BallotKind::Cumulative, BallotKind::Ordinal})
        method->addItem(kindText(k), int(k));
    method->setCurrentIndex(method->findData(int(r.kind)));
    auto spin = [&dialog](int value, int max) {
        auto *box = new QSpinBox(&dialog);
        box->setRange(0, max);
        box->setValue(value);
        box->setSpecialValueText(ConsoleWindow::tr("no limit"));
        return box;
    };
    QSpinBox *minSel = spin(r.minSelections, 1000);
    QSpinBox *maxSel = spin(r.maxSelections, 1000);
    QSpinBox *minSpend = spin(r.minSpendPercent, 100);
    QSpinBox *points = spin(r.totalPoints, 100000);
    QSpinBox *perProject = spin(r.maxPointsPerProject, 100000);
    auto *allPoints = new QCheckBox(tr("Every point must be given"), &dialog);
    allPoints->setChecked(r.mustUseAllPoints);
    method->setObjectName(u"rulesMethod"_qs);
    minSpend->setObjectName(u"rulesMinSpend"_qs);
    points->setObjectName(u"rulesPoints"_qs);
    perProject->setObjectName(u"rulesPerProject"_qs);
    allPoints->setObjectName(u"rulesAllPoints"_qs);
    // Only the fields of the chosen method can be set: a minimum spend for knapsack
    // ballots, points for cumulative ones.
    const auto chosen = [method] { return BallotKind(method->currentData().toInt()); };
    const auto enableFields = [=] {
        minSpend->setEnabled(chosen() == BallotKind::Knapsack);
        for (QWidget *w : std::initializer_list<QWidget *> {points, perProject, allPoints})
            w->setEnabled(chosen() == BallotKind::Cumulative);
    };
    enableFields();
    connect(method, &QComboBox::currentIndexChanged, &dialog, enableFields);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Voting &method:"), method);
    form->addRow(tr("At &least (projects):"), minSel);
    form->addRow(tr("At &most (projects or ranks):"), maxSel);
    form->addRow(tr("Knapsack: spend at least (%):"), minSpend);
    form->addRow(tr("Cumulative: &points to give:"), points);
    form->addRow(tr("Cumulative: at most per project:"), perProject);
    form->addRow(QString(), allPoints);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    r.kind = chosen();
    r.minSelections = minSel->value();
    r.maxSelections = maxSel->value();
    // What does not apply to the method is cleared (a round switched from cumulative to
    // knapsack keeps no points).
    r.minSpendPercent = minSpend->isEnabled() ? minSpend->value() : 0;
    r.totalPoints = points->isEnabled() ? points->value() : 0;
    r.maxPointsPerProject = perProject->isEnabled() ? perProject->value() : 0;
    r.mustUseAllPoints = allPoints->isEnabled() && allPoints->isChecked();
    if (Status s = setRules(r); !s)
        complain(tr("Rules not changed"), s.error());
}

void ConsoleWindow::duplicateDialog()
{
    auto round = m_store->round(m_roundId);
    if (!round)
        return complain(tr("Cannot duplicate"), round.error());
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Duplicate this round"), tr("Name of the new round:"),
                                               QLineEdit::Normal, tr("%1 (copy)").arg(round->name), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (auto id = duplicateRound(name); !id)
        complain(tr("Round not duplicated"), id.error());
}

void ConsoleWindow::addProjectDialog()
{
    auto round = m_store ? m_store->round(m_roundId) : Result<Round>::failure(tr("Open a database first."));
    if (!round) {
        complain(tr("Cannot add a project"), round.error());
        return;
    }
    ProjectDialog dialog(*round, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ProjectEdit edit{dialog.project(), std::nullopt, dialog.translations()};
    if (!dialog.image().isEmpty())
        edit.image = dialog.image();
    if (Status s = saveProject(edit, true); !s)
        complain(tr("Project not added"), s.error());
}

Status ConsoleWindow::closeVoting()
{
    if (Status s = needRound(); !s)
        return s;
    auto closed = m_store->close(m_roundId, nullptr);
    showRound();
    refresh();
    return closed ? Status() : Status::failure(closed.error());
}

void ConsoleWindow::closeVotingDialog()
{
    const auto answer = QMessageBox::question(
        this, tr("Close voting?"),
        tr("Closing ends voting in this round for good: no kiosk can take another ballot. This cannot be undone."),
        QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Close)
        return;
    if (Status s = closeVoting(); !s)
        complain(tr("Voting not closed"), s.error());
}

Status ConsoleWindow::registerKiosk(const QString &kioskId, const QString &publicKeyHex, const QString &name,
                                    const QString &location)
{
    if (Status s = needRound(); !s)
        return s;
    QString hex = publicKeyHex;
    hex.remove(QRegularExpression(u"\\s"_qs));
    const QByteArray key = QByteArray::fromHex(hex.toLatin1());
    if (key.size() != 32 || key.toHex() != hex.toLower().toLatin1())
        return Status::failure(tr("A kiosk's public key is 64 hexadecimal digits (pbvote keys list --json on the "
                                  "kiosk prints it); \"%1\" is not one.")
                                   .arg(publicKeyHex.trimmed()));
    const int64_t roundId = m_roundId;
    const QString id = kioskId.trimmed();
    return perform(tr("register kiosk %1").arg(id),
                   [this, roundId, id, key, name, location] {
                       return m_store->registerKiosk(roundId, id, key, name, location);
                   },
                   [this, roundId, id] { return m_store->unregisterKiosk(roundId, id); });
}

Status ConsoleWindow::unregisterKiosk(const QString &kioskId)
{
    if (Status s = needRound(); !s)
        return s;
    const int64_t roundId = m_roundId;
    auto kiosks = m_store->kiosks(roundId);
    if (!kiosks)
        return Status::failure(kiosks.error());
    const auto k = std::find_if(kiosks->begin(), kiosks->end(), [&](const store::KioskInfo &i) { return i.id == kioskId; });
    if (k == kiosks->end())
        return Status::failure(tr("Kiosk %1 is not registered for this round.").arg(kioskId));
    return perform(tr("remove kiosk %1").arg(kioskId),
                   [this, roundId, kioskId] { return m_store->unregisterKiosk(roundId, kioskId); },
                   [this, roundId, info = *k] {
                       return m_store->registerKiosk(roundId, info.id, info.publicKey, info.name, info.location);
                   });
}

Status ConsoleWindow::setKioskRevoked(const QString &kioskId, bool revoked)
{
    if (Status s = needRound(); !s)
        return s;
    const int64_t roundId = m_roundId;
    return perform(revoked ? tr("revoke kiosk %1").arg(kioskId) : tr("reinstate kiosk %1").arg(kioskId),
                   [this, roundId, kioskId, revoked] { return m_store->setKioskRevoked(roundId, kioskId, revoked); },
                   [this, roundId, kioskId, revoked] { return m_store->setKioskRevoked(roundId, kioskId, !revoked); });
}

Status ConsoleWindow::setCodeBatchVoided(int batch, bool voided)
{
    if (Status s = needRound(); !s)
        return s;
    const int64_t roundId = m_roundId;
    return perform(voided ? tr("void batch %1 of codes").arg(batch) : tr("restore batch %1 of codes").arg(batch),
                   [this, roundId, batch, voided] { return m_store->setCodeBatchVoided(roundId, batch, voided); },
                   [this, roundId, batch, voided] { return m_store->setCodeBatchVoided(roundId, batch, !voided); });
}

void ConsoleWindow::registerKioskDialog()
{
    KioskDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = registerKiosk(dialog.kioskId(), QString::fromLatin1(dialog.publicKey().toHex()), dialog.name(),
                                 dialog.location());
        !s)
        complain(tr("Kiosk not registered"), s.error());
    else
        statusBar()->showMessage(tr("Kiosk %1 registered.").arg(dialog.kioskId()), 5000);
}

void ConsoleWindow::revokeKioskDialog(const QString &kioskId, bool revoke)
{
    if (revoke) {
        int64_t ballots = 0;
        if (auto kiosks = m_store->kiosks(m_roundId)) {
            for (const store::KioskInfo &k : *kiosks) {
                if (k.id == kioskId)
                    ballots = k.ballots;
            }
        }
        const auto answer = QMessageBox::question(
            this, tr("Revoke kiosk %1?").arg(kioskId),
            tr("Revoke a kiosk that was lost, stolen or tampered with. It can record no more ballots, and the "
               "%n ballot(s) it holds in this database will not be counted (they stay stored, and auditors see "
               "the revocation). You can reinstate it until the votes are counted.",
               nullptr, int(ballots)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    if (Status s = setKioskRevoked(kioskId, revoke); !s)
        complain(revoke ? tr("Kiosk not revoked") : tr("Kiosk not reinstated"), s.error());
}

void ConsoleWindow::removeKioskDialog(const QString &kioskId)
{
    const auto answer = QMessageBox::question(this, tr("Remove kiosk %1?").arg(kioskId),
                                              tr("Kiosk %1 will not be able to sign ballots for this round. Edit > "
                                                 "Undo registers it again.")
                                                  .arg(kioskId),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = unregisterKiosk(kioskId); !s)
        complain(tr("Kiosk not removed"), s.error());
}

void ConsoleWindow::voidBatchDialog(int batch, bool voided)
{
    if (voided) {
        const auto answer = QMessageBox::question(
            this, tr("Void batch %1?").arg(batch),
            tr("Void a batch whose slips were lost or handed out wrongly: its unused codes will be refused at the "
               "kiosks. Codes already used stay counted. Edit > Undo restores the batch."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    if (Status s = setCodeBatchVoided(batch, voided); !s)
        complain(voided ? tr("Batch not voided") : tr("Batch not restored"), s.error());
}

crypto::SecretBytes ConsoleWindow::askPassphrase(const QString &why)
{
    bool ok = false;
    QString text = QInputDialog::getText(this, tr("Key passphrase"), why, QLineEdit::Password, QString(), &ok);
    crypto::SecretBytes out = ok ? crypto::SecretBytes::copyOf(text.toUtf8()) : crypto::SecretBytes();
    text.fill(u'\0'); // best effort: Qt may hold other copies
    return out;
}

Status ConsoleWindow::openVoting(const crypto::SecretBytes &passphrase, crypto::KdfStrength strength)
{
    if (Status s = needRound(); !s)
        return s;
    if (passphrase.isEmpty())
        return Status::failure(tr("An empty passphrase is not allowed."));
    // Everything but the keys first: no key is made for a round that cannot open.
    if (Status s = m_store->checkCanOpen(m_roundId); !s)
        return s;
    auto existing = m_store->key(store::KeyKind::Authority, AuthorityKeyName);
    auto authority = existing ? store::unlockKey(*m_store, store::KeyKind::Authority, AuthorityKeyName, passphrase)
                              : store::createKey(*m_store, store::KeyKind::Authority, AuthorityKeyName, passphrase,
                                                 strength);
    if (!authority)
        return Status::failure(authority.error());
    auto keys = m_store->roundKeys(m_roundId);
    if (!keys)
        return Status::failure(keys.error());
    if (keys->election.isEmpty()) {
        const QString name = u"election-%1"_qs.arg(m_roundId);
        if (!m_store->key(store::KeyKind::Election, name)) {
            if (auto made = store::createKey(*m_store, store::KeyKind::Election, name, passphrase, strength); !made)
                return Status::failure(made.error());
        }
        if (Status s = m_store->setElectionKey(m_roundId, name); !s)
            return s;
    }
    Status s = m_store->openRound(m_roundId, AuthorityKeyName, *authority);
    refresh();
    return s;
}

void ConsoleWindow::openVotingDialog()
{
    if (Status s = m_store->checkCanOpen(m_roundId); !s)
        return complain(tr("Voting cannot open yet"), s.error());
    const auto answer = QMessageBox::question(
        this, tr("Open voting?"),
        tr("Opening signs this round's projects, budget, rules and kiosks; none of them can change afterwards. "
           "Open voting now?"),
        QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Open)
        return;
    const bool newKeys = !m_store->key(store::KeyKind::Authority, AuthorityKeyName)
        || m_store->roundKeys(m_roundId).value().election.isEmpty();
    const crypto::SecretBytes pass = askPassphrase(
        newKeys ? tr("Choose the passphrase that will protect the organizer's keys. Without it the votes cannot be "
                     "counted: keep it safe.")
                : tr("Passphrase that protects the organizer's keys:"));
    if (pass.isEmpty())
        return;
    if (newKeys) {
        // A typing mistake here would lock the votes away for good: ask twice.
        const crypto::SecretBytes again = askPassphrase(tr("Type the same passphrase again:"));
        if (again.isEmpty())
            return;
        if (again.size() != pass.size() || sodium_memcmp(again.data(), pass.data(), pass.size()) != 0)
            return complain(tr("Voting not opened"), tr("The two passphrases differ; nothing was changed."));
    }
    if (Status s = openVoting(pass); !s)
        complain(tr("Voting not opened"), s.error());
    else
        statusBar()->showMessage(tr("Voting is open."), 5000);
}

Result<QJsonObject> ConsoleWindow::countVotes(const QString &rule, const crypto::SecretBytes &passphrase)
{
    using R = Result<QJsonObject>;
    if (Status s = needRound(); !s)
        return R::failure(s.error());
    auto out = store::tallyRound(*m_store, m_roundId, rule, {},
                                 [this, &passphrase](store::KeyKind kind, const QString &name) {
                                     return store::unlockKey(*m_store, kind, name, passphrase);
                                 });
    refresh();
    if (!out)
        return R::failure(out.error());
    m_tabs->setCurrentWidget(m_results);
    return out->result;
}

void ConsoleWindow::countDialog()
{
    auto round = m_store->round(m_roundId);
    if (!round)
        return complain(tr("Cannot count"), round.error());
    QStringList names;
    QStringList titles;
    for (const counting::RuleInfo &r : counting::allRules()) {
        names << r.name;
        titles << tr("%1 (%2)", "rule title (rule name)").arg(r.title, r.name);
    }
    const QString preferred = round->tallyRule.isEmpty() ? u"mes-cost+add1"_qs : round->tallyRule;
    const counting::RuleInfo *official = counting::findRule(round->tallyRule);
    bool ok = false;
    const QString prompt = official
        ? tr("Counting rule (the official result uses %1, chosen before voting opened; any other rule is a comparison):")
              .arg(official->title)
        : tr("Counting rule:");
    const QString chosen = QInputDialog::getItem(this, tr("Count the votes"), prompt, titles,
                                                 std::max<qsizetype>(0, names.indexOf(preferred)), false, &ok);
    if (!ok || titles.indexOf(chosen) < 0)
        return;
    const QString rule = names[titles.indexOf(chosen)];
    const bool imported = !m_store->importSource(m_roundId).value().isEmpty();
    crypto::SecretBytes pass;
    if (!imported) {
        pass = askPassphrase(tr("Passphrase of the election and authority keys:"));
        if (pass.isEmpty())
            return;
    }
    if (auto r = countVotes(rule, pass); !r)
        complain(tr("Votes not counted"), r.error());
}

Status ConsoleWindow::issueCodes(int count, const QString &pdfPath, const QString &csvPath,
                                 const store::CodeBatchOptions &batch)
{
    if (Status s = needRound(); !s)
        return s;
    if (pdfPath.isEmpty() && csvPath.isEmpty())
        return Status::failure(tr("Choose where the codes go (a PDF sheet, a CSV file or both): they are shown only "
                                  "once."));
    auto round = m_store->round(m_roundId);
    if (!round)
        return Status::failure(round.error());
    std::unique_ptr<CodeSheetWriter> pdf;
    std::unique_ptr<CodeCsvWriter> csv;
    if (!pdfPath.isEmpty()) {
        CodeSheetOptions options;
        options.roundName = round->name;
        if (const District *d = round->district(batch.district))
            options.roundName = tr("%1 — %2", "round name — district name").arg(round->name, d->name.isEmpty() ? d->id : d->name);
        auto made = CodeSheetWriter::createPdf(pdfPath, options);
        if (!made)
            return Status::failure(made.error());
        pdf = std::move(*made);
    }
    if (!csvPath.isEmpty()) {
        auto made = CodeCsvWriter::create(csvPath);
        if (!made)
            return Status::failure(made.error());
        csv = std::move(*made);
    }
    auto issued = m_store->issueCodeBatch(m_roundId, count, [&](QByteArrayView code) {
        if (pdf) {
            if (Status s = pdf->add(code); !s)
                return s;
        }
        return csv ? csv->add(code) : Status();
    }, batch);
    if (!issued)
        return Status::failure(issued.error()); // nothing stored; the writers discard their files
    // The codes are stored now: a file that cannot be finished loses them for good, so
    // say so plainly.
    for (Status s : {pdf ? pdf->finish() : Status(), csv ? csv->finish() : Status()}) {
        if (!s)
            return Status::failure(tr("The %n code(s) were issued, but %1. Those codes cannot be shown again: "
                                      "issue a new batch and do not hand out this one.",
                                      nullptr, count)
                                       .arg(s.error()));
    }
    showRound();
    return {};
}

void ConsoleWindow::issueCodesDialog()
{
    auto round = m_store ? m_store->round(m_roundId) : Result<Round>::failure(tr("Open a database first."));
    if (!round)
        return complain(tr("Cannot issue codes"), round.error());
    IssueCodesDialog dialog(*round, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = issueCodes(dialog.count(), dialog.pdfPath(), dialog.csvPath(), dialog.options()); !s)
        complain(tr("Codes not issued"), s.error());
    else
        statusBar()->showMessage(tr("Issued %n code(s).", nullptr, dialog.count()), 10000);
}

Status ConsoleWindow::exportResults(const QString &pdfPath, const QString &csvPath)
{
    if (Status s = needRound(); !s)
        return s;
    auto round = m_store->round(m_roundId);
    auto results = m_store->results(m_roundId);
    if (!round || !results)
        return Status::failure(!round ? round.error() : results.error());
    const std::optional<QJsonObject> official = officialResult(*round);
    if (results->empty() || !official)
        return Status::failure(tr("Round %1 has not been counted yet.").arg(m_roundId));
    const QJsonObject &latest = *official;
    if (!pdfPath.isEmpty()) {
        if (Status s = writeResultsPdf(pdfPath, *round, latest); !s)
            return s;
    }
    if (!csvPath.isEmpty()) {
        if (Status s = writeResultsCsv(csvPath, *round, latest); !s)
            return s;
    }
    return {};
}

void ConsoleWindow::exportResultsDialog()
{
    const QString pdf = QFileDialog::getSaveFileName(this, tr("Save the results report (PDF)"),
                                                     u"round-%1-results.pdf"_qs.arg(m_roundId), tr("PDF files (*.pdf)"));
    if (pdf.isEmpty())
        return;
    QString csv = pdf;
    csv.replace(QRegularExpression(u"\\.pdf$"_qs, QRegularExpression::CaseInsensitiveOption), u".csv"_qs);
    if (csv == pdf)
        csv += u".csv"_qs;
    if (Status s = exportResults(pdf, csv); !s)
        complain(tr("Results not exported"), s.error());
    else
        statusBar()->showMessage(tr("Wrote %1 and %2.").arg(shownPath(pdf), shownPath(csv)),
                                 10000);
}

Status ConsoleWindow::exportRecord(const QString &path)
{
    if (Status s = needRound(); !s)
        return s;
    Status s = audit::writeElectionRecord(*m_store, m_roundId, path);
    if (s) {
        m_store->logEvent(m_roundId, record::EventType::Exported, tr("Election record exported"));
        m_exportedRecords[m_roundId] = QFileInfo(path).absoluteFilePath();
    }
    return s;
}

void ConsoleWindow::verifyRecordDialog()
{
    QString record;
    if (const auto exported = m_exportedRecords.find(m_roundId);
        exported != m_exportedRecords.end() && QFileInfo(exported->second).isFile())
        record = exported->second;
    // Its own window (QMainWindow is one even with a parent), gone when closed.
    auto *auditor = new AuditorWindow(record, this);
    auditor->setAttribute(Qt::WA_DeleteOnClose);
    auditor->show();
}

void ConsoleWindow::exportRecordDialog()
{
    exportDialog(tr("Export the election record"), u"round-%1-record.json"_qs, tr("Election records (*.json)"),
                 tr("Record not exported"), [this](const QString &path) { return exportRecord(path); });
}

std::optional<QJsonObject> ConsoleWindow::officialResult(const Round &round) const
{
    auto results = m_store->results(round.id);
    if (!results || results->empty())
        return std::nullopt;
    for (const store::BallotStore::StoredResult &r : *results) {
        if (!round.tallyRule.isEmpty() && r.rule == round.tallyRule)
            return QJsonDocument::fromJson(r.resultJson).object();
    }
    return QJsonDocument::fromJson(results->back().resultJson).object();
}

Result<QStringList> ConsoleWindow::publish(const QString &folder, const crypto::SecretBytes &passphrase)
{
    using R = Result<QStringList>;
    if (Status s = needRound(); !s)
        return R::failure(s.error());
    auto round = m_store->round(m_roundId);
    if (!round)
        return R::failure(round.error());
    if (round->state != RoundState::Tallied)
        return R::failure(tr("Count the votes before publishing the result."));
    if (!round->tallyRule.isEmpty()) {
        auto results = m_store->results(m_roundId);
        if (!results)
            return R::failure(results.error());
        if (std::none_of(results->begin(), results->end(),
                         [&](const store::BallotStore::StoredResult &r) { return r.rule == round->tallyRule; }))
            return R::failure(tr("The votes have not been counted with the round's rule (%1) yet: only the official "
                                 "count is published.")
                                  .arg(round->tallyRule));
    }
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return R::failure(tr("Cannot create the folder %1.").arg(shownPath(folder)));
    const bool imported = !m_store->importSource(m_roundId).value().isEmpty();
    const QString base = u"round-%1"_qs.arg(m_roundId);
    QStringList written;
    const QString pdf = dir.filePath(base + u"-results.pdf"_qs);
    const QString csv = dir.filePath(base + u"-results.csv"_qs);
    if (Status s = exportResults(pdf, csv); !s)
        return R::failure(s.error());
    written << pdf << csv;
    const QString votes = dir.filePath(base + u"-votes.pb"_qs);
    if (Status s = exportPabulib(votes, passphrase); !s)
        return R::failure(tr("The report and results were written, but not the votes: %1").arg(s.error()));
    written << votes;
    if (!imported) {
        const QString record = dir.filePath(base + u"-record.json"_qs);
        if (Status s = exportRecord(record); !s)
            return R::failure(tr("The report, results and votes were written, but not the election record: %1")
                                  .arg(s.error()));
        written << record;
    }
    QStringList names;
    for (const QString &f : written)
        names << QFileInfo(f).fileName();
    if (Status s = m_store->markPublished(m_roundId, tr("Published to %1: %2").arg(folder, names.join(u", "_qs))); !s)
        return R::failure(s.error());
    refresh();
    return written;
}

void ConsoleWindow::refreshTurnout()
{
    if (!m_store || m_roundId == 0 || !isVisible() || QApplication::activeModalWidget())
        return;
    QWidget *page = m_tabs->currentWidget();
    if (page != m_overview && page != m_kiosks && page != m_codesPage)
        return; // the projects' and results' tables do not change while voting
    auto round = m_store->round(m_roundId);
    if (round && (round->state == RoundState::Open || round->state == RoundState::Suspended))
        showRound();
}

void ConsoleWindow::showResults()
{
    if (!m_results)
        return;
    // The latest count of the round (each rule's count is kept; the last one made shows).
    auto round = m_store && m_roundId ? m_store->round(m_roundId) : Result<Round>::failure({});
    auto results = m_store && m_roundId ? m_store->results(m_roundId)
                                        : Result<std::vector<store::BallotStore::StoredResult>>::failure({});
    const std::optional<QJsonObject> official = round ? officialResult(*round) : std::nullopt;
    if (!round || !results || results->empty() || !official) {
        m_results->clear();
        return;
    }
    const QJsonObject &latest = *official;
    if (Status s = m_results->showResult(*round, latest); !s)
        statusBar()->showMessage(s.error(), 10000);
}

} // namespace pbvote::console
