#pragma once

#include "crypto/Crypto.h"
#include "rules/RuleRegistry.h"
#include "store/BallotStore.h"
#include "util/Result.h"

#include <QJsonObject>

#include <QMainWindow>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QLabel;
class QLockFile;
class QUndoStack;
class QLineEdit;
class QListView;
class QMenu;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace pbvote::console {

class CodesPage;
class KiosksPage;
class ProjectTableModel;
class StoreCommand;
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

    // A project as the editor hands it over: the project, its picture (when changed) and
    // its translations for the kiosk's languages.
    struct ProjectEdit
    {
        Project project;
        std::optional<QByteArray> image; // unset: keep the current picture; empty: none
        std::map<QString, store::ProjectText> translations; // language → text (empty: none)
    };

    // The actions behind the menus, callable without dialogs (tests, scripts). Changes
    // to a draft round can be undone (Edit > Undo); voting lifecycle steps cannot, and
    // ask first.
    // Opens (or creates) a database. A database that another console has open is refused
    // with a message naming that process (kiosks may share the database; consoles don't).
    Status openDatabase(const QString &path);
    Result<int64_t> createRound(const Round &round);
    Result<int64_t> importPabulib(const QString &path);
    Status addProject(const Project &project);
    Status updateProject(const Project &project);
    // Adds (isNew) or changes a project with its picture and translations.
    Status saveProject(const ProjectEdit &edit, bool isNew);
    // Draft rounds: name, budget, currency, categories, voting period, counting rule.
    Status updateRoundSettings(const store::RoundSettings &settings,
                               const std::map<QString, QString> &categoryRenames = {});
    Status removeDistrict(const QString &districtId);
    // Projects from a CSV file (docs/projects-csv.md), all or none; one undo step.
    Result<int> importProjectsCsv(const QString &path);
    Status exportProjectsCsv(const QString &path);
    // The round's votes as a Pabulib file (sealed ballots opened with the election key;
    // a fresh random order).
    Status exportPabulib(const QString &path, const crypto::SecretBytes &passphrase);
    Status removeProject(const QString &projectId);
    Status addDistrict(const District &district);
    Status setRules(const BallotRules &rules);
    // A new draft round with this round's projects (and pictures), districts and rules,
    // e.g. to start this year's round from last year's.
    Result<int64_t> duplicateRound(const QString &name);
    Status closeVoting();
    // Registers a kiosk by the public key made on it (64 hex digits, from
    // `pbvote keys list --json` on the kiosk).
    Status registerKiosk(const QString &kioskId, const QString &publicKeyHex, const QString &name = {},
                         const QString &location = {});
    Status unregisterKiosk(const QString &kioskId);
    // Once voting has opened: the kiosk casts no more and its ballots are not counted.
    Status setKioskRevoked(const QString &kioskId, bool revoked);
    Status setCodeBatchVoided(int batch, bool voided);
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
    Status issueCodes(int count, const QString &pdfPath, const QString &csvPath,
                      const store::CodeBatchOptions &batch = {});
    // Writes the latest count as a printable PDF report and/or CSV (either path may be
    // empty).
    Status exportResults(const QString &pdfPath, const QString &csvPath);
    // Writes the round's election record (the audit bundle) to `path`.
    Status exportRecord(const QString &path);
    // Publication in one step, into `folder`: the results report (PDF), the results (CSV),
    // the votes (Pabulib) and the election record; then the round is marked published.
    // Returns the files written.
    Result<QStringList> publish(const QString &folder, const crypto::SecretBytes &passphrase);
    QUndoStack *undoStack() const { return m_undo; }
    void selectRound(int64_t roundId);
    int64_t currentRoundId() const { return m_roundId; }
    KiosksPage *kiosksPage() const { return m_kiosks; }
    CodesPage *codesPage() const { return m_codesPage; }
    store::BallotStore *store() const { return m_store.get(); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    friend class StoreCommand;
    void buildActions();
    // Runs `redo` on the chosen round; when it succeeds, Edit > Undo can run `undo`.
    Status perform(const QString &text, const std::function<Status()> &redo, const std::function<Status()> &undo);
    // An undo or redo step of a round (shown first); failures are reported and the
    // history cleared, since it no longer matches the database.
    void runHistoryStep(int64_t roundId, const std::function<Status()> &step, const QString &what);
    struct ProjectSnapshot
    {
        Project project;
        int position = -1;
        QByteArray image;
        std::map<QString, store::ProjectText> translations;
    };
    Result<ProjectSnapshot> snapshotProject(int64_t roundId, const QString &projectId) const;
    // Makes the project exactly as in the snapshot (adding it at its position if needed).
    Status applySnapshot(int64_t roundId, const ProjectSnapshot &snapshot);
    // The count to show and publish: the one with the round's counting rule, else the
    // latest.
    std::optional<QJsonObject> officialResult(const Round &round) const;
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
    void removeDistrictDialog();
    void roundSettingsDialog();
    void importProjectsCsvDialog();
    // Asks where to save (suggestedName's %1: the round id), writes, reports.
    void exportDialog(const QString &title, const QString &suggestedName, const QString &filter,
                      const QString &failure, const std::function<Status(const QString &)> &write);
    void exportProjectsCsvDialog();
    void exportPabulibDialog();
    void publishDialog();
    void editProjectDialog();
    void removeProjectDialog();
    QString selectedProjectId() const;
    void rulesDialog();
    void duplicateDialog();
    void closeVotingDialog();
    void registerKioskDialog();
    void revokeKioskDialog(const QString &kioskId, bool revoke);
    void removeKioskDialog(const QString &kioskId);
    void voidBatchDialog(int batch, bool voided);
    void openVotingDialog();
    void countDialog();
    void exportRecordDialog();
    // The auditor's window, with the chosen round's record when this console exported it.
    void verifyRecordDialog();
    void issueCodesDialog();
    void exportResultsDialog();
    void showResults();
    void refreshTurnout(); // the counts of an open round, as kiosks cast
    // Asks for the key passphrase (no echo); empty when the organizer cancels.
    crypto::SecretBytes askPassphrase(const QString &why);

    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<store::BallotStore> m_store;
    QUndoStack *m_undo = nullptr;
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
    QAction *m_settings = nullptr;
    QAction *m_removeDistrict = nullptr;
    QAction *m_importCsv = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportPabulib = nullptr;
    QAction *m_publish = nullptr;
    ResultsView *m_results = nullptr;
    KiosksPage *m_kiosks = nullptr;
    CodesPage *m_codesPage = nullptr;
    std::map<int64_t, QString> m_exportedRecords; // round → the record file last exported
};

} // namespace pbvote::console
