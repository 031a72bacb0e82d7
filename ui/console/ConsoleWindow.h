#pragma once

#include "store/BallotStore.h"
#include "util/Result.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace pbvote::console {

class ProjectTableModel;
class RoundListModel;

// The organizer's main window: the rounds of a database on the left; for the chosen
// round its overview (state, budget, method, turnout counts — never partial results),
// its projects (sortable, filterable; added while the round is a draft), and imports.
// Every change goes through the core store; its messages appear as dialogs.
class ConsoleWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit ConsoleWindow(QWidget *parent = nullptr);
    ~ConsoleWindow() override;

    // The actions behind the menus, callable without dialogs (tests, scripts).
    Status openDatabase(const QString &path);
    Result<int64_t> createRound(const Round &round);
    Result<int64_t> importPabulib(const QString &path);
    Status addProject(const Project &project);
    Status closeVoting();
    void selectRound(int64_t roundId);
    int64_t currentRoundId() const { return m_roundId; }
    store::BallotStore *store() const { return m_store.get(); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void refresh();            // rounds list and the current round's pages
    void showRound();
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void complain(const QString &what, const QString &message);

    void openDatabaseDialog();
    void newRoundDialog();
    void importPabulibDialog();
    void addProjectDialog();
    void closeVotingDialog();

    std::unique_ptr<store::BallotStore> m_store;
    int64_t m_roundId = 0;
    RoundListModel *m_rounds;
    ProjectTableModel *m_projects;
    QSortFilterProxyModel *m_projectFilter;
    QListView *m_roundList;
    QTabWidget *m_tabs;
    QLabel *m_overview;
    QLineEdit *m_find;
    QTableView *m_projectTable;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newRound = nullptr;
    QAction *m_import = nullptr;
    QAction *m_addProject = nullptr;
    QAction *m_close = nullptr;
};

} // namespace pbvote::console
