#pragma once

#include "crypto/Crypto.h"
#include "rules/RuleRegistry.h"
#include "store/BallotStore.h"
#include "util/Result.h"

#include <QJsonObject>

#include <QMainWindow>

#include <functional>
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
class ResultsView;
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
    Status updateProject(const Project &project);
    Status removeProject(const QString &projectId);
    Status addDistrict(const District &district);
    Status setRules(const BallotRules &rules);
    // A new draft round with this round's projects (and pictures), districts and rules,
    // e.g. to start this year's round from last year's.
    Result<int64_t> duplicateRound(const QString &name);
    Status closeVoting();
    // Registers a kiosk by the public key made on it (64 hex digits, from
    // `pbvote keys list --json` on the kiosk).
    Status registerKiosk(const QString &kioskId, const QString &publicKeyHex);
    // Makes the authority key (once) and the round's election key when missing, signs
    // the manifest and opens voting. Keys are encrypted with `passphrase`.
    Status openVoting(const crypto::SecretBytes &passphrase,
                      crypto::KdfStrength strength = crypto::KdfStrength::Moderate);
    // Opens the sealed ballots with the election key, counts with `rule`, signs and
    // stores the result, and shows it.
    Result<QJsonObject> countVotes(const QString &rule, const crypto::SecretBytes &passphrase);
    // Issues `count` one-time access codes for the round, written as they are made to a
    // PDF sheet of slips and/or a CSV file (either path may be empty, not both). The
    // store keeps only their hashes; all or nothing.
    Status issueCodes(int count, const QString &pdfPath, const QString &csvPath);
    // Writes the latest count as a printable PDF report and/or CSV (either path may be
    // empty).
    Status exportResults(const QString &pdfPath, const QString &csvPath);
    // Writes the round's election record (the audit bundle) to `path`.
    Status exportRecord(const QString &path);
    void selectRound(int64_t roundId);
    int64_t currentRoundId() const { return m_roundId; }
    store::BallotStore *store() const { return m_store.get(); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    Status needRound() const; // a database and a chosen round, or why not
    // Applies a store change to the chosen round and shows the round again.
    Status changeRound(const std::function<Status()> &change);
    void refresh();            // rounds list and the current round's pages
    void showRound();
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void complain(const QString &what, const QString &message);

    void openDatabaseDialog();
    void newRoundDialog();
    void importPabulibDialog();
    void addProjectDialog();
    void addDistrictDialog();
    void editProjectDialog();
    void removeProjectDialog();
    QString selectedProjectId() const;
    void rulesDialog();
    void duplicateDialog();
    void closeVotingDialog();
    void registerKioskDialog();
    void openVotingDialog();
    void countDialog();
    void exportRecordDialog();
    void issueCodesDialog();
    void exportResultsDialog();
    void showResults();
    // Asks for the key passphrase (no echo); empty when the organizer cancels.
    crypto::SecretBytes askPassphrase(const QString &why);

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
    QAction *m_addDistrict = nullptr;
    QAction *m_editProject = nullptr;
    QAction *m_removeProject = nullptr;
    QAction *m_rules = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_registerKiosk = nullptr;
    QAction *m_open = nullptr;
    QAction *m_count = nullptr;
    QAction *m_export = nullptr;
    QAction *m_codes = nullptr;
    QAction *m_exportResults = nullptr;
    ResultsView *m_results = nullptr;
};

} // namespace pbvote::console
