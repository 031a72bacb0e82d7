// The auditor's window (ui/console/AuditorWindow) driven through its real widgets: a
// genuine election record, built here as organizers make one, verified with the
// authority's fingerprint typed in and the Verify button clicked; a copy with one
// ballot's signature altered fails, with the failing check shown and its problem naming
// the ballot; the report saved as HTML and PDF; the inputs (witness log, election key,
// receipt) and their errors; a dropped file; the console's menu; Arabic right to left.
// With PBVOTE_AUDIT_SHOTS=<folder>, pictures of the window (passed, failed, Arabic) and
// of the report's first page for people to look at.
#include "AuditRecordFixture.h"

#include "AuditorWindow.h"
#include "ConsoleWindow.h"

#include "audit/AuditReport.h"
#include "audit/Verifier.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFrame>
#include <QTranslator>
#include <QUrl>

using namespace pbvote;
using namespace pbvote::console;

namespace {

constexpr int VerifyTimeoutMs = 60000;

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

template<typename T> T *child(QWidget &w, const char *name)
{
    T *c = w.findChild<T *>(QString::fromLatin1(name));
    if (!c)
        qWarning("no child %s", name);
    return c;
}

} // namespace

class TestAuditorWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void genuineRecordPasses();
    void tamperedRecordFailsAndShowsTheBallot();
    void everyInputUsed();
    void inputErrorsAreShown();
    void droppedRecordIsOpened();
    void consoleMenuOpensTheAuditor();
    void arabicIsRightToLeft();

private:
    // Clicks Verify and waits for the verdict.
    void clickVerify(AuditorWindow &w);
    // Each row of the checks table against the verifier's own report on the same inputs.
    void compareRows(AuditorWindow &w, const audit::VerifyReport &expected);
    void shot(QWidget &w, const QString &name);
    void shotReport(const QString &html, const QString &name, Qt::LayoutDirection direction);

    QTemporaryDir m_dir;
    testsupport::GenuineRecord m_g;
    QString m_tampered;
    QString m_tamperedBallotId;
    QTranslator m_english;
    QString m_shots;
};

void TestAuditorWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(crypto::initialize());
    QVERIFY(m_dir.isValid());
    // English as the programs load it (plural forms).
    QVERIFY(m_english.load(u":/i18n/pbvote_en.qm"_qs));
    QCoreApplication::installTranslator(&m_english);
    QVERIFY(testsupport::makeGenuineRecord(
        m_g, m_dir.filePath(u"round.sqlite"_qs), m_dir.filePath(u"round-1-record.json"_qs)));
    const QByteArray tampered = testsupport::withBallotSignatureAltered(m_g.bytes, 1, &m_tamperedBallotId);
    QVERIFY(!tampered.isEmpty());
    m_tampered = m_dir.filePath(u"tampered-record.json"_qs);
    QFile f(m_tampered);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(tampered), tampered.size());
    f.close();
    m_shots = qEnvironmentVariable("PBVOTE_AUDIT_SHOTS");
    if (!m_shots.isEmpty())
        QVERIFY(QDir().mkpath(m_shots));
}

void TestAuditorWindow::cleanup()
{
    QApplication::setLayoutDirection(Qt::LeftToRight);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestAuditorWindow::clickVerify(AuditorWindow &w)
{
    auto *button = child<QPushButton>(w, "verifyButton");
    QVERIFY(button && button->isEnabled());
    QSignalSpy finished(&w, &AuditorWindow::verificationFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    // Busy at once, and the inputs wait; the verdict comes back through the event loop.
    QVERIFY(w.isVerifying());
    QVERIFY(child<QProgressBar>(w, "verifyingIndicator")->isVisible());
    QVERIFY(!button->isEnabled());
    QVERIFY(!child<QLineEdit>(w, "authorityFingerprint")->isEnabled());
    QCOMPARE(child<QLabel>(w, "verdictHeadline")->text(), AuditorWindow::tr("Verifying the record…"));
    QCOMPARE(child<QTableWidget>(w, "checksTable")->rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!w.isVerifying(), VerifyTimeoutMs);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!child<QProgressBar>(w, "verifyingIndicator")->isVisible());
    QVERIFY(button->isEnabled());
    QVERIFY(w.report());
}

void TestAuditorWindow::compareRows(AuditorWindow &w, const audit::VerifyReport &expected)
{
    auto *table = child<QTableWidget>(w, "checksTable");
    QVERIFY(table);
    QVERIFY(!expected.checks.empty());
    QCOMPARE(table->rowCount(), int(expected.checks.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const audit::CheckResult &c = expected.checks[size_t(row)];
        QCOMPARE(table->item(row, 1)->text(), c.id);
        QCOMPARE(table->item(row, 0)->text(), audit::statusWord(c));
        QString title = table->item(row, 2)->text();
        title.remove(QChar(0x200E)).remove(QChar(0x200F)); // direction marks
        QCOMPARE(title, c.title);
    }
}

void TestAuditorWindow::shot(QWidget &w, const QString &name)
{
    if (m_shots.isEmpty())
        return;
    w.resize(1280, 860); // a desktop's window (the offscreen screen is 800 by 800)
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    QVERIFY2(w.grab().save(m_shots + u'/' + name + u".png"_qs), qPrintable(name));
}

// The report's first page as the PDF lays it out (A4, 2 cm margins), for people to look at.
void TestAuditorWindow::shotReport(const QString &html, const QString &name, Qt::LayoutDirection direction)
{
    if (m_shots.isEmpty())
        return;
    QImage image(QSize(1240, 1754), QImage::Format_RGB32); // A4 at 150 dpi
    image.setDotsPerMeterX(qRound(150 / 0.0254));
    image.setDotsPerMeterY(qRound(150 / 0.0254));
    image.fill(Qt::white);
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&image);
    QTextOption option = doc.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(direction);
    doc.setDefaultTextOption(option);
    QFont font = doc.defaultFont();
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    QTextFrameFormat fmt = doc.rootFrame()->frameFormat();
    fmt.setMargin(150 * 2 / 2.54);
    doc.rootFrame()->setFrameFormat(fmt);
    doc.setPageSize(image.size());
    QPainter painter(&image);
    doc.drawContents(&painter, QRectF(QPointF(0, 0), image.size()));
    painter.end();
    QVERIFY(image.save(m_shots + u'/' + name + u".png"_qs));
}

void TestAuditorWindow::genuineRecordPasses()
{
    AuditorWindow w(m_g.path);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.recordPath(), m_g.path);
    QCOMPARE(child<QLabel>(w, "verdictHeadline")->text(), u"Not verified yet"_qs);
    QVERIFY(!child<QPushButton>(w, "saveReportButton")->isEnabled());
    QCOMPARE(child<QTableWidget>(w, "checksTable")->rowCount(), 0);
    QVERIFY(!w.saveReport(m_dir.filePath(u"nothing.html"_qs)));

    // Keyboard: from the record's field, Tab reaches its Open button, then the fingerprint.
    child<QLineEdit>(w, "recordPath")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QPushButton>(w, "openRecordButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(w, "authorityFingerprint"));
    QTest::keyClicks(QApplication::focusWidget(), m_g.fingerprint);
    // Every control says what it is to a screen reader.
    for (const char *name :
        {"recordPath", "authorityFingerprint", "witnessCodes", "electionKeyFile", "receiptCode", "openRecordButton",
            "loadWitnessButton", "chooseKeyButton", "checksTable", "checkDetails", "saveReportButton", "verdictBanner"})
        QVERIFY2(!child<QWidget>(w, name)->accessibleName().isEmpty(), name);
    clickVerify(w);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(w.report()->ok());

    // The verdict in words, and what was not verified said plainly.
    const QString headline = child<QLabel>(w, "verdictHeadline")->text();
    QVERIFY2(headline.startsWith(u"The published result matches the ballots"_qs), qPrintable(headline));
    const QString detail = child<QLabel>(w, "verdictDetail")->text();
    QVERIFY(detail.contains(u"compared with the fingerprint you gave"_qs));
    QVERIFY(detail.contains(u"No witness codes were given"_qs));
    QVERIFY(detail.contains(u"The election key was not used"_qs));
    QCOMPARE(child<QLabel>(w, "verdictSign")->accessibleName(), headline);
    QVERIFY(!child<QLabel>(w, "verdictSign")->pixmap().isNull());

    audit::VerifyOptions options;
    options.authorityFingerprint = m_g.fingerprint;
    const audit::VerifyReport expected = audit::verifyRecordFile(m_g.path, options);
    QCOMPARE(headline, audit::verdictHeadline(expected));
    compareRows(w, expected);
    auto *table = child<QTableWidget>(w, "checksTable");
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY(table->item(row, 0)->text() != u"FAILED"_qs);
    // Choosing a check shows what it checked.
    table->setCurrentCell(3, 0);
    const QString details = child<QTextBrowser>(w, "checkDetails")->toPlainText();
    QVERIFY(details.contains(expected.checks[3].id));
    QVERIFY(details.contains(expected.checks[3].title));
    shot(w, u"auditor-passed"_qs);

    // The report, as a web page and as a PDF.
    QVERIFY(child<QPushButton>(w, "saveReportButton")->isEnabled());
    const QString html = m_dir.filePath(u"passed.html"_qs);
    QVERIFY(w.saveReport(html));
    const QString page = readText(html);
    QVERIFY(page.startsWith(u"<!DOCTYPE html>"_qs));
    QVERIFY(page.contains(headline));
    for (const audit::CheckResult &c : expected.checks)
        QVERIFY2(page.contains(u"<code>"_qs + c.id + u"</code>"_qs), qPrintable(c.id));
    QVERIFY(page.contains(u"round-1-record.json"_qs));
    QCOMPARE(w.reportHtml(), page);
    shotReport(w.reportHtml(audit::ReportFlavour::QtRichText), u"report-passed-page1"_qs, Qt::LeftToRight);
    const QString pdf = m_dir.filePath(u"passed.PDF"_qs);
    QVERIFY(w.saveReport(pdf));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(4), QByteArray("%PDF"));
    QVERIFY(f.size() > 2000);
    // A file that cannot be written: said, and nothing left behind.
    const QString bad = m_dir.filePath(u"no/such/folder/report.pdf"_qs);
    const Status s = w.saveReport(bad);
    QVERIFY(!s);
    QVERIFY(s.error().contains(u"report.pdf"_qs));
    QVERIFY(!w.saveReport(m_dir.filePath(u"no/such/folder/report.html"_qs)));

    // Changing an input after the verdict: the window says to verify again.
    QTest::keyClick(child<QLineEdit>(w, "authorityFingerprint"), Qt::Key_Backspace);
    QVERIFY(child<QLabel>(w, "verdictDetail")->text().contains(u"press Verify again"_qs));
}

void TestAuditorWindow::tamperedRecordFailsAndShowsTheBallot()
{
    AuditorWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setRecordPath(m_tampered);
    w.setAuthorityFingerprint(m_g.fingerprint);
    clickVerify(w);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!w.report()->ok());
    QVERIFY(child<QLabel>(w, "verdictHeadline")->text().startsWith(u"Verification FAILED: "_qs));
    QVERIFY(child<QLabel>(w, "verdictDetail")->text().contains(u"BALLOT_SIG"_qs));

    audit::VerifyOptions options;
    options.authorityFingerprint = m_g.fingerprint;
    const audit::VerifyReport expected = audit::verifyRecordFile(m_tampered, options);
    QVERIFY(expected.failedIds().contains(u"BALLOT_SIG"_qs));
    compareRows(w, expected);

    // A failing check is chosen and its problem shown: the first one in the list.
    auto *table = child<QTableWidget>(w, "checksTable");
    auto *details = child<QTextBrowser>(w, "checkDetails");
    const int first = table->currentRow();
    QVERIFY(first >= 0);
    QCOMPARE(table->item(first, 0)->text(), u"FAILED"_qs);
    QCOMPARE(table->item(first, 1)->text(), expected.failedIds().first());
    QVERIFY(details->isVisible());
    QVERIFY(details->toPlainText().contains(u"Problems found:"_qs));

    // BALLOT_SIG, clicked: its problem names the ballot by its place and id.
    int sigRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->text() == u"BALLOT_SIG"_qs)
            sigRow = row;
    }
    QVERIFY(sigRow >= 0);
    QCOMPARE(table->item(sigRow, 0)->text(), u"FAILED"_qs);
    table->scrollToItem(table->item(sigRow, 2));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(sigRow, 2)).center());
    QCOMPARE(table->currentRow(), sigRow);
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(u"ballots[1], id "_qs + m_tamperedBallotId), qPrintable(text));
    QVERIFY(text.contains(u"is not valid"_qs));
    QVERIFY(text.contains(u"FAILED"_qs));
    shot(w, u"auditor-failed"_qs);

    const QString html = m_dir.filePath(u"failed.html"_qs);
    QVERIFY(w.saveReport(html));
    const QString page = readText(html);
    QVERIFY(page.contains(u"Verification FAILED"_qs));
    QVERIFY(page.contains(u"ballots[1], id "_qs + m_tamperedBallotId));
    for (const audit::CheckResult &c : expected.checks)
        QVERIFY(page.contains(u"<code>"_qs + c.id + u"</code>"_qs));
    shotReport(w.reportHtml(audit::ReportFlavour::QtRichText), u"report-failed-page1"_qs, Qt::LeftToRight);
    const QString pdf = m_dir.filePath(u"failed.pdf"_qs);
    QVERIFY(w.saveReport(pdf));
    QCOMPARE(readText(pdf).left(4), u"%PDF"_qs);
}

void TestAuditorWindow::everyInputUsed()
{
    const QString keyFile = m_dir.filePath(u"election.key"_qs);
    {
        QFile f(keyFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_g.rr.election.secretKey.view().toByteArray().toHex() + "\n");
    }
    AuditorWindow w(m_g.path);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setAuthorityFingerprint(m_g.fingerprint.toLower());
    // Typed as a poll worker's log: a comment, then each code with the time written down.
    auto *witness = child<QPlainTextEdit>(w, "witnessCodes");
    QTest::keyClicks(witness, u"# Central Library, closing"_qs);
    for (const QString &code : m_g.witnesses) {
        QTest::keyClick(witness, Qt::Key_Return);
        QTest::keyClicks(witness, code + u" 18:00"_qs);
    }
    w.setElectionKeyFile(keyFile);
    QTest::keyClicks(child<QLineEdit>(w, "receiptCode"), m_g.receipts.at(2));
    clickVerify(w);
    if (QTest::currentTestFailed())
        return;
    const audit::VerifyReport &r = *w.report();
    QVERIFY2(r.ok(), qPrintable(r.toText()));
    QVERIFY(!r.warningIds().contains(u"MANIFEST_SIG"_qs)); // pinned
    QVERIFY(r.receipt.asked && r.receipt.found && r.receipt.counted);
    // The witness codes, the key and the receipt were all used.
    for (const QString &id : {u"WITNESS"_qs, u"ELECTION_KEY"_qs, u"RECEIPT"_qs})
        QCOMPARE(r.check(id)->status(), u"PASS"_qs);
    QCOMPARE(child<QLabel>(w, "verdictHeadline")->text(), audit::verdictHeadline(r));
    const QString detail = child<QLabel>(w, "verdictDetail")->text();
    QVERIFY(detail.contains(u"%1 witness code"_qs.arg(m_g.witnesses.size())));
    QVERIFY(detail.contains(u"The election key was used"_qs));
    QVERIFY(detail.contains(m_g.receipts.at(2)));
    const QString html = m_dir.filePath(u"everything.html"_qs);
    QVERIFY(w.saveReport(html));
    QVERIFY(readText(html).contains(u"It is counted in the result."_qs));
}

void TestAuditorWindow::inputErrorsAreShown()
{
    AuditorWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *problem = child<QLabel>(w, "inputProblem");
    QVERIFY(!problem->isVisible());
    // No record: said where the auditor looks, nothing starts.
    QTest::mouseClick(child<QPushButton>(w, "verifyButton"), Qt::LeftButton);
    QVERIFY(!w.isVerifying());
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(u"Choose the election record"_qs));

    // A key file that holds no key: refused before anything runs, naming the file.
    const QString badKey = m_dir.filePath(u"bad.key"_qs);
    {
        QFile f(badKey);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a key\n");
    }
    w.setRecordPath(m_g.path);
    w.setElectionKeyFile(badKey);
    const Status s = w.verify();
    QVERIFY(!s);
    QVERIFY(!w.isVerifying());
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(u"bad.key"_qs));

    // A record that does not exist: the verifier's RECORD_FORMAT says so.
    w.setElectionKeyFile({});
    w.setRecordPath(m_dir.filePath(u"missing.json"_qs));
    QVERIFY(!problem->isVisible());
    clickVerify(w);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(child<QLabel>(w, "verdictHeadline")->text().startsWith(u"Verification FAILED"_qs));
    QVERIFY(child<QTextBrowser>(w, "checkDetails")->toPlainText().contains(u"missing.json does not exist"_qs));
    // Another record: the old verdict goes.
    w.setRecordPath(m_g.path);
    QVERIFY(!w.report());
    QCOMPARE(child<QTableWidget>(w, "checksTable")->rowCount(), 0);
    QCOMPARE(child<QLabel>(w, "verdictHeadline")->text(), u"Not verified yet"_qs);
}

void TestAuditorWindow::droppedRecordIsOpened()
{
    AuditorWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.acceptDrops());
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(m_g.path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &drop);
    QCOMPARE(w.recordPath(), m_g.path);
    // Not a local file: refused.
    QMimeData web;
    web.setUrls({QUrl(u"https://example.org/record.json"_qs)});
    QDragEnterEvent webEnter(QPoint(10, 10), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
    webEnter.setAccepted(false);
    QCoreApplication::sendEvent(&w, &webEnter);
    QVERIFY(!webEnter.isAccepted());
}

void TestAuditorWindow::consoleMenuOpensTheAuditor()
{
    // The organizer's database, once the fixture lets go of it.
    const QString db = m_g.rr.store->path();
    const int64_t roundId = m_g.rr.roundId;
    m_g.rr.store.reset();
    ConsoleWindow console;
    QVERIFY(console.openDatabase(db));
    console.selectRound(roundId);
    QAction *action = console.findChild<QAction *>(u"verifyRecordAction"_qs);
    QVERIFY(action);
    QVERIFY(action->isEnabled());

    // Nothing exported in this console yet: the auditor opens empty.
    action->trigger();
    QList<AuditorWindow *> auditors = console.findChildren<AuditorWindow *>();
    QCOMPARE(auditors.size(), 1);
    QVERIFY(auditors.first()->isVisible());
    QVERIFY(auditors.first()->isWindow());
    QVERIFY(auditors.first()->recordPath().isEmpty());
    QVERIFY(auditors.first()->testAttribute(Qt::WA_DeleteOnClose));
    auditors.first()->close();
    QTRY_VERIFY(console.findChildren<AuditorWindow *>().isEmpty());

    // Exported: the auditor opens with that record, ready to verify.
    const QString exported = m_dir.filePath(u"exported-record.json"_qs);
    QVERIFY(console.exportRecord(exported));
    action->trigger();
    auditors = console.findChildren<AuditorWindow *>();
    QCOMPARE(auditors.size(), 1);
    AuditorWindow &w = *auditors.first();
    QCOMPARE(w.recordPath(), QFileInfo(exported).absoluteFilePath());
    w.setAuthorityFingerprint(m_g.fingerprint);
    clickVerify(w);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(w.report()->ok());
    w.close();
    QTRY_VERIFY(console.findChildren<AuditorWindow *>().isEmpty());
}

void TestAuditorWindow::arabicIsRightToLeft()
{
    QTranslator arabic;
    QVERIFY(arabic.load(u":/i18n/pbvote_ar.qm"_qs));
    QCoreApplication::installTranslator(&arabic);
    const auto english = qScopeGuard([&arabic] { QCoreApplication::removeTranslator(&arabic); });
    QApplication::setLayoutDirection(Qt::RightToLeft);
    QLocale::setDefault(QLocale(u"ar_AE"_qs));
    {
        AuditorWindow w(m_tampered);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.layoutDirection(), Qt::RightToLeft);
        auto *verify = child<QPushButton>(w, "verifyButton");
        QVERIFY(!verify->text().isEmpty());
        QVERIFY(verify->text() != u"&Verify"_qs); // translated
        QVERIFY(w.windowTitle() != u"Verify an election record"_qs);
        clickVerify(w);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!w.report()->ok());
        const QString headline = child<QLabel>(w, "verdictHeadline")->text();
        QVERIFY(!headline.startsWith(u"Verification FAILED"_qs)); // in Arabic
        QVERIFY(!headline.isEmpty());

        // Mirrored: the sign right of the words, the inputs right of the results, the
        // status column on the right.
        const auto x = [&w](QWidget *c) { return c->mapTo(&w, QPoint(0, 0)).x(); };
        QVERIFY(x(child<QLabel>(w, "verdictSign")) > x(child<QLabel>(w, "verdictHeadline")));
        QVERIFY(x(child<QWidget>(w, "auditorInputs")) > x(child<QFrame>(w, "verdictBanner")));
        auto *table = child<QTableWidget>(w, "checksTable");
        QVERIFY(table->visualItemRect(table->item(0, 0)).x() > table->visualItemRect(table->item(0, 2)).x());
        // Nothing cut off: the banner's words fit the width they were given.
        auto *detail = child<QLabel>(w, "verdictDetail");
        QVERIFY(detail->heightForWidth(detail->width()) <= detail->height());
        shot(w, u"auditor-arabic-failed"_qs);

        const QString html = m_dir.filePath(u"arabic.html"_qs);
        QVERIFY(w.saveReport(html));
        const QString page = readText(html);
        QVERIFY(page.contains(u"<html lang=\"ar"_qs));
        QVERIFY(page.contains(u"dir=\"rtl\""_qs));
        QVERIFY(page.contains(headline.toHtmlEscaped()));
        shotReport(w.reportHtml(audit::ReportFlavour::QtRichText), u"report-arabic-page1"_qs, Qt::RightToLeft);
        const QString pdf = m_dir.filePath(u"arabic.pdf"_qs);
        QVERIFY(w.saveReport(pdf));
        QCOMPARE(readText(pdf).left(4), u"%PDF"_qs);
    }
}

QTEST_MAIN(TestAuditorWindow)
#include "TestAuditorWindow.moc"
