#pragma once

#include "audit/AuditReport.h"
#include "audit/Verifier.h"
#include "util/Result.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <optional>

class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace pbvote::console {

// The auditor's window: an election record verified with core/audit's verifier (the
// checks of `pbvote verify`), for people who are not experts. The auditor opens a record
// (File > Open, dropped on the window, or given at construction), may bring the
// authority's fingerprint, witness codes, the election key file and a voter's receipt,
// and presses Verify. The verification runs on a pool thread; the window stays usable
// and shows that it is busy. Then a banner gives the verdict in words with a sign, a
// table lists every check with its status as a word, and choosing a check shows its
// problems and notes. The report is saved as an HTML page or an A4 PDF
// (core/audit/AuditReport). The window holds no rule of its own: every finding is the
// verifier's.
class AuditorWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit AuditorWindow(const QString &recordPath = {}, QWidget *parent = nullptr);
    ~AuditorWindow() override;

    QString recordPath() const;
    // Chooses the record to verify; the verdict shown for another record goes away.
    void setRecordPath(const QString &path);
    void setAuthorityFingerprint(const QString &fingerprint);
    // Witness codes as a poll worker's log: one per line (see audit::witnessCodesFromText).
    void setWitnessCodes(const QString &text);
    void setElectionKeyFile(const QString &path);
    void setReceipt(const QString &receipt);

    // Starts verifying the record with the inputs as they are. Fails (and says why in the
    // window) when no record is chosen, the election key file cannot be read, or a
    // verification is already running.
    Status verify();
    bool isVerifying() const;
    // The last finished verification's report; null before the first one.
    const audit::VerifyReport *report() const;

    // The last report as HTML (empty before the first verification): for browsers, or for
    // Qt's rich text as the PDF lays it out.
    QString reportHtml(audit::ReportFlavour flavour = audit::ReportFlavour::Html5) const;
    // Writes the last report to `path`: a PDF when the name ends in ".pdf", otherwise an
    // HTML page. Fails when nothing was verified yet or the file cannot be written.
    Status saveReport(const QString &path);
    // The report's HTML laid out on A4 pages (page numbers at the foot), right to left
    // when `direction` says so, written atomically.
    static Status writeReportPdf(
        const QString &path, const QString &html, const QString &title, Qt::LayoutDirection direction);

signals:
    void verificationFinished(bool passed);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Verification
    {
        audit::VerifyReport report;
        audit::AuditReportInfo info;
    };

    void buildMenus();
    void retranslate();
    void openRecordDialog();
    void loadWitnessFileDialog();
    void chooseElectionKeyDialog();
    void saveReportDialog();
    void finished();
    void showVerdict();
    void showChecks();
    void showCheck(int row);
    void inputsChanged();
    void setProblem(const QString &message);
    void setBusy(bool busy);

    QLineEdit *m_record;
    QLineEdit *m_authority;
    QPlainTextEdit *m_witness;
    QLineEdit *m_electionKey;
    QLineEdit *m_receipt;
    QPushButton *m_openRecord;
    QPushButton *m_loadWitness;
    QPushButton *m_chooseKey;
    QPushButton *m_verify;
    QPushButton *m_save;
    QProgressBar *m_busy;
    QLabel *m_problem;
    QFrame *m_banner;
    QLabel *m_bannerIcon;
    QLabel *m_headline;
    QLabel *m_detail;
    QTableWidget *m_checks;
    QTextBrowser *m_details;
    // Labels and hints, kept to be translated again.
    QLabel *m_recordLabel;
    QLabel *m_recordHint;
    QLabel *m_bringLabel;
    QLabel *m_authorityLabel;
    QLabel *m_authorityHint;
    QLabel *m_witnessLabel;
    QLabel *m_witnessHint;
    QLabel *m_keyLabel;
    QLabel *m_keyHint;
    QLabel *m_receiptLabel;
    QLabel *m_receiptHint;
    QLabel *m_checksLabel;
    QLabel *m_detailsLabel;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_closeAction = nullptr;
    QMenu *m_fileMenu = nullptr;

    QFutureWatcher<Verification> *m_watcher;
    std::optional<Verification> m_last;
    bool m_running = false;
    bool m_stale = false; // the inputs changed since the verification shown
};

} // namespace pbvote::console
