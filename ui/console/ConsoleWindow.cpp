#include "ConsoleWindow.h"

#include "CodeSheetWriter.h"
#include "ProjectDialog.h"
#include "ProjectTableModel.h"
#include "ResultsReport.h"
#include "ResultsView.h"
#include "RoundListModel.h"

#include "audit/ElectionRecordWriter.h"
#include "formats/OutcomeJson.h"
#include "record/Records.h"
#include "formats/PabulibReader.h"
#include "formats/PabulibRound.h"
#include "store/KeyVault.h"
#include "store/RoundTally.h"
#include "util/Money.h"

#include <QAction>
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
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace pbvote::console {

namespace {
constexpr int MaxRecent = 8;
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
    m_tabs->addTab(m_results, tr("&Results"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_roundList);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    buildActions();
    statusBar()->showMessage(tr("Open a database to start (File > Open database)."));

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
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find projects"), this, [this] {
        m_tabs->setCurrentIndex(1);
        m_find->setFocus();
        m_find->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *round = menuBar()->addMenu(tr("&Round"));
    m_newRound = round->addAction(tr("&New round…"), this, &ConsoleWindow::newRoundDialog);
    m_newRound->setShortcut(QKeySequence::New);
    m_import = round->addAction(tr("&Import a Pabulib election…"), this, &ConsoleWindow::importPabulibDialog);
    m_import->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_addProject = round->addAction(tr("&Add a project…"), this, &ConsoleWindow::addProjectDialog);
    m_addProject->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_editProject = round->addAction(tr("&Edit the project…"), this, &ConsoleWindow::editProjectDialog);
    m_removeProject = round->addAction(tr("Re&move the project…"), this, &ConsoleWindow::removeProjectDialog);
    m_removeProject->setShortcut(QKeySequence::Delete);
    m_removeProject->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_projectTable->addAction(m_removeProject);
    connect(m_projectTable, &QAbstractItemView::doubleClicked, this, &ConsoleWindow::editProjectDialog);
    m_addDistrict = round->addAction(tr("Add a &district…"), this, &ConsoleWindow::addDistrictDialog);
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

    QToolBar *bar = addToolBar(tr("Round"));
    bar->setObjectName(u"roundToolBar"_qs);
    bar->addAction(open);
    bar->addAction(m_newRound);
    bar->addAction(m_addProject);
    bar->addAction(m_import);
    updateRecentMenu();
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
    auto opened = store::BallotStore::open(path);
    if (!opened)
        return Status::failure(opened.error());
    m_store = std::move(*opened);
    m_roundId = 0;
    rememberRecent(QFileInfo(path).absoluteFilePath());
    setWindowTitle(tr("%1 — pbvote console").arg(QFileInfo(path).fileName()));
    refresh();
    if (m_rounds->rowCount() > 0)
        selectRound(m_rounds->index(0).data(RoundListModel::RoundIdRole).toLongLong());
    statusBar()->showMessage(tr("Opened %1.").arg(QDir::toNativeSeparators(path)), 5000);
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
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
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
    line(tr("State:"), roundStateName(round.state));
    line(tr("Budget:"), tr("%1 %2").arg(formatMoney(round.budget, scale), round.currency));
    line(tr("Voting method:"), kindText(round.rules.kind));
    line(tr("Projects:"), QString::number(round.projects.size()));
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
            line(tr("Turnout:"), tr("%1%").arg(QString::number(100.0 * double(counts->ballots) / double(counts->issuedCodes), 'f', 1)));
    }
    if (!draft)
        text += u"<p><i>%1</i></p>"_qs.arg(
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
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New round"));
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(u"roundName"_qs);
    auto *budget = new QLineEdit(&dialog);
    budget->setObjectName(u"roundBudget"_qs);
    budget->setPlaceholderText(tr("e.g. 1000000"));
    auto *currency = new QLineEdit(u"EUR"_qs, &dialog);
    auto *method = new QComboBox(&dialog);
    for (BallotKind k : {BallotKind::Knapsack, BallotKind::Approval, BallotKind::Cumulative, BallotKind::Ordinal})
        method->addItem(kindText(k), int(k));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Budget:"), budget);
    form->addRow(tr("&Currency:"), currency);
    form->addRow(tr("Voting &method:"), method);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Round r;
    r.name = name->text().trimmed();
    r.currency = currency->text().trimmed().toUpper();
    int64_t units = 0;
    if (!parseMoney(budget->text(), &units) || units <= 0) {
        complain(tr("Round not created"), tr("The budget must be a whole amount above zero, like 1000000."));
        return;
    }
    r.budget = units * 100;
    r.rules.kind = BallotKind(method->currentData().toInt());
    if (r.rules.kind == BallotKind::Cumulative)
        r.rules.totalPoints = 10;
    if (auto id = createRound(r); !id)
        complain(tr("Round not created"), id.error());
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

Status ConsoleWindow::addProject(const Project &project)
{
    return changeRound([&] { return m_store->addProject(m_roundId, project); });
}

Status ConsoleWindow::updateProject(const Project &project)
{
    return changeRound([&] { return m_store->updateProject(m_roundId, project); });
}

Status ConsoleWindow::removeProject(const QString &projectId)
{
    return changeRound([&] { return m_store->removeProject(m_roundId, projectId); });
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
    const int index = round->projectIndex(selectedProjectId());
    if (index < 0)
        return complain(tr("Cannot edit the project"), tr("Choose a project in the table first."));
    if (round->state != RoundState::Draft)
        return complain(tr("Cannot edit the project"),
                        tr("Projects can only change while the round is a draft: once voting has opened, nothing "
                           "that changes the outcome can change."));
    ProjectDialog dialog(*round, this, &round->projects[size_t(index)]);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = updateProject(dialog.project()); !s)
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
    return changeRound([&] { return m_store->addDistrict(m_roundId, district); });
}

Status ConsoleWindow::setRules(const BallotRules &rules)
{
    return changeRound([&] { return m_store->setRules(m_roundId, rules); });
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
    auto images = m_store->projectImages(m_roundId);
    auto id = m_store->createRound(copy);
    if (!id)
        return id;
    if (images) {
        for (const auto &[projectId, image] : *images) {
            if (Status s = m_store->setProjectImage(*id, projectId, image); !s)
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
    r.kind = BallotKind(method->currentData().toInt());
    r.minSelections = minSel->value();
    r.maxSelections = maxSel->value();
    r.minSpendPercent = minSpend->value();
    r.totalPoints = points->value();
    r.maxPointsPerProject = perProject->value();
    r.mustUseAllPoints = allPoints->isChecked();
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
    if (Status s = addProject(dialog.project()); !s)
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

Status ConsoleWindow::registerKiosk(const QString &kioskId, const QString &publicKeyHex)
{
    if (Status s = needRound(); !s)
        return s;
    const QByteArray key = QByteArray::fromHex(publicKeyHex.trimmed().toLatin1());
    if (key.size() != 32 || key.toHex() != publicKeyHex.trimmed().toLower().toLatin1())
        return Status::failure(tr("A kiosk's public key is 64 hexadecimal digits (pbvote keys list --json on the "
                                  "kiosk prints it); \"%1\" is not one.")
                                   .arg(publicKeyHex.trimmed()));
    Status s = m_store->registerKiosk(m_roundId, kioskId.trimmed(), key);
    showRound();
    return s;
}

void ConsoleWindow::registerKioskDialog()
{
    bool ok = false;
    const QString id = QInputDialog::getText(this, tr("Register a kiosk"), tr("Kiosk id (e.g. LIB-01):"),
                                             QLineEdit::Normal, QString(), &ok);
    if (!ok || id.trimmed().isEmpty())
        return;
    const QString key = QInputDialog::getText(this, tr("Register a kiosk"),
                                              tr("Public key of kiosk %1 (64 hexadecimal digits):").arg(id),
                                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (Status s = registerKiosk(id, key); !s)
        complain(tr("Kiosk not registered"), s.error());
    else
        statusBar()->showMessage(tr("Kiosk %1 registered.").arg(id.trimmed()), 5000);
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
    const auto answer = QMessageBox::question(
        this, tr("Open voting?"),
        tr("Opening signs this round's projects, budget, rules and kiosks; none of them can change afterwards. "
           "Open voting now?"),
        QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Open)
        return;
    const crypto::SecretBytes pass = askPassphrase(tr("Passphrase that protects the organizer's keys:"));
    if (pass.isEmpty())
        return;
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
    QStringList rules;
    for (const counting::RuleInfo &r : counting::allRules())
        rules << r.name;
    bool ok = false;
    const QString rule = QInputDialog::getItem(this, tr("Count the votes"), tr("Counting rule:"), rules,
                                               std::max<qsizetype>(0, rules.indexOf(u"mes-cost+add1"_qs)), false, &ok);
    if (!ok)
        return;
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

Status ConsoleWindow::issueCodes(int count, const QString &pdfPath, const QString &csvPath)
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
    Status issued = m_store->issueCodes(m_roundId, count, [&](QByteArrayView code) {
        if (pdf) {
            if (Status s = pdf->add(code); !s)
                return s;
        }
        return csv ? csv->add(code) : Status();
    });
    if (!issued)
        return issued; // nothing stored; the writers discard their files
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
    bool ok = false;
    const int count = QInputDialog::getInt(this, tr("Issue access codes"),
                                           tr("How many one-time codes? Each lets one resident vote once."), 100, 1,
                                           1'000'000, 1, &ok);
    if (!ok)
        return;
    const QString pdf = QFileDialog::getSaveFileName(this, tr("Save the code slips (PDF, to print)"),
                                                     u"round-%1-codes.pdf"_qs.arg(m_roundId), tr("PDF files (*.pdf)"));
    if (pdf.isEmpty())
        return;
    if (Status s = issueCodes(count, pdf, {}); !s)
        complain(tr("Codes not issued"), s.error());
    else
        statusBar()->showMessage(tr("Issued %n code(s); the slips are in %1.", nullptr, count)
                                     .arg(QDir::toNativeSeparators(pdf)),
                                 10000);
}

Status ConsoleWindow::exportResults(const QString &pdfPath, const QString &csvPath)
{
    if (Status s = needRound(); !s)
        return s;
    auto round = m_store->round(m_roundId);
    auto results = m_store->results(m_roundId);
    if (!round || !results)
        return Status::failure(!round ? round.error() : results.error());
    if (results->empty())
        return Status::failure(tr("Round %1 has not been counted yet.").arg(m_roundId));
    const QJsonObject latest = QJsonDocument::fromJson(results->back().resultJson).object();
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
        statusBar()->showMessage(tr("Wrote %1 and %2.").arg(QDir::toNativeSeparators(pdf), QDir::toNativeSeparators(csv)),
                                 10000);
}

Status ConsoleWindow::exportRecord(const QString &path)
{
    if (Status s = needRound(); !s)
        return s;
    Status s = audit::writeElectionRecord(*m_store, m_roundId, path);
    if (s)
        m_store->logEvent(m_roundId, record::EventType::Exported, tr("Election record exported"));
    return s;
}

void ConsoleWindow::exportRecordDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the election record"),
                                                      u"round-%1-record.json"_qs.arg(m_roundId),
                                                      tr("Election records (*.json)"));
    if (path.isEmpty())
        return;
    if (Status s = exportRecord(path); !s)
        complain(tr("Record not exported"), s.error());
    else
        statusBar()->showMessage(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)), 10000);
}

void ConsoleWindow::showResults()
{
    if (!m_results)
        return;
    // The latest count of the round (each rule's count is kept; the last one made shows).
    auto round = m_store && m_roundId ? m_store->round(m_roundId) : Result<Round>::failure({});
    auto results = m_store && m_roundId ? m_store->results(m_roundId)
                                        : Result<std::vector<store::BallotStore::StoredResult>>::failure({});
    if (!round || !results || results->empty()) {
        m_results->clear();
        return;
    }
    const QJsonObject latest = QJsonDocument::fromJson(results->back().resultJson).object();
    if (Status s = m_results->showResult(*round, latest); !s)
        statusBar()->showMessage(s.error(), 10000);
}

} // namespace pbvote::console
