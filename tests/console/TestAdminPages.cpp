// The console's Kiosks and Access codes pages, driven through their real widgets over a
// real store: kiosks registered (one removed while the round is a draft), ballots cast
// and checkpoints signed by one, a kiosk revoked and reinstated; batches of codes issued
// (one for a district), used, one voided and restored. The tables show counts and status
// words only; buttons follow the round's state and say why when disabled; the dialogs
// refuse what cannot be right and say what is wrong.

#include "CodeBatchModel.h"
#include "CodesPage.h"
#include "IssueCodesDialog.h"
#include "KioskDialog.h"
#include "KioskTableModel.h"
#include "KiosksPage.h"
#include "StoreFixture.h"
#include "TalliedRound.h"

#include "crypto/Crypto.h"
#include "util/Money.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pbvote;
using namespace pbvote::console;
using pbvote::testsupport::ReadyRound;

namespace {

QString cell(const QAbstractItemModel *m, int row, int column)
{
    return m->index(row, column).data().toString();
}

QString plainText(const QPushButton *b)
{
    return b->text().remove(u'&');
}

// The sample round with a district, North End, that has a budget of its own.
Round roundWithDistrict()
{
    Round r = testsupport::sampleRound(BallotKind::Approval);
    r.districts.push_back({u"north"_qs, u"North End"_qs, 500});
    return r;
}

// Issues a batch and keeps its plain codes (as the PDF and CSV writers would get them).
Result<int> issueBatch(store::BallotStore &s, int64_t roundId, int count, const QString &label,
                       const QString &district, QStringList *codes)
{
    store::CodeBatchOptions options;
    options.label = label;
    options.district = district;
    return s.issueCodeBatch(
        roundId, count,
        [codes](QByteArrayView code) {
            codes->append(QString::fromUtf8(code));
            return Status();
        },
        options);
}

// Clicks the table cell at (row, column), as the organizer chooses a row.
void clickRow(QTableView *view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class TestAdminPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void kioskDialogChecksTheKeyAsTyped();
    void kioskDialogReadsPastedKeys();
    void issueCodesDialogNeedsSomewhereForTheCodes();
    void pagesWithoutARound();
    void kiosksThroughTheRound();
    void codeBatchesThroughTheRound();
    void earlierCodesAreBatchZero();
    void talliedRoundLocksKiosksAndCodes();
    void importedRoundHasNoCodes();
    void screenshots();

private:
    QString dbPath(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestAdminPages::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(crypto::initialize());
    QVERIFY(m_dir.isValid());
}

void TestAdminPages::kioskDialogChecksTheKeyAsTyped()
{
    KioskDialog d;
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QPushButton *ok = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *problem = d.findChild<QLabel *>(u"kioskProblem"_qs);
    auto *fingerprint = d.findChild<QLabel *>(u"kioskFingerprint"_qs);
    auto *keyEdit = d.findChild<QPlainTextEdit *>(u"kioskPublicKey"_qs);
    QVERIFY(ok && problem && fingerprint && keyEdit);

    // Nothing typed: OK disabled, and the sentence says what is missing (not a colour).
    QVERIFY(!ok->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"id"_qs), qPrintable(problem->text()));

    QTest::keyClicks(d.findChild<QLineEdit *>(u"kioskId"_qs), u" LIB-01 "_qs);
    QTest::keyClicks(d.findChild<QLineEdit *>(u"kioskName"_qs), u"Central Library"_qs);
    QTest::keyClicks(d.findChild<QLineEdit *>(u"kioskLocation"_qs), u"Ground floor"_qs);
    QVERIFY(!ok->isEnabled()); // still no key
    QVERIFY2(problem->text().contains(u"64"_qs), qPrintable(problem->text()));

    const QByteArray key = crypto::SigningKeyPair::generate().publicKey;
    const QString hex = QString::fromLatin1(key.toHex());
    // One digit short: refused, and the count is said.
    QTest::keyClicks(keyEdit, hex.left(63));
    QVERIFY(!ok->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"63"_qs), qPrintable(problem->text()));
    QVERIFY(d.publicKey().isEmpty());
    QVERIFY(!fingerprint->isVisible());

    // The last digit makes it whole.
    QTest::keyClicks(keyEdit, hex.right(1));
    QVERIFY(ok->isEnabled());
    QVERIFY(!problem->isVisible());
    QCOMPARE(d.publicKey(), key);

    // A letter that is not a hexadecimal digit is named.
    QTest::keyClicks(keyEdit, u"g"_qs);
    QVERIFY(!ok->isEnabled());
    QVERIFY2(problem->text().contains(u"\"g\""_qs), qPrintable(problem->text()));
    QTest::keyClick(keyEdit, Qt::Key_Backspace);
    QVERIFY(ok->isEnabled());

    // The fingerprint shown is the one `pbvote keys list` prints on the kiosk.
    QVERIFY(fingerprint->isVisible());
    const QString expected = crypto::shortCode("PBV-fingerprint", key, 10);
    QCOMPARE(KioskTableModel::fingerprint(key), expected);
    QVERIFY(QRegularExpression(u"^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$"_qs).match(expected).hasMatch());
    QVERIFY2(fingerprint->text().contains(expected), qPrintable(fingerprint->text()));

    QCOMPARE(d.kioskId(), u"LIB-01"_qs);
    QCOMPARE(d.name(), u"Central Library"_qs);
    QCOMPARE(d.location(), u"Ground floor"_qs);
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(d.result(), int(QDialog::Accepted));
}

void TestAdminPages::kioskDialogReadsPastedKeys()
{
    const QByteArray key = crypto::SigningKeyPair::generate().publicKey;
    const QString hex = QString::fromLatin1(key.toHex());
    // As copied from a terminal: upper case, in groups, over two lines, with a tab.
    QString pasted;
    for (int i = 0; i < 64; i += 8)
        pasted += hex.mid(i, 8).toUpper() + (i == 24 ? u"\n"_qs : i == 40 ? u"\t"_qs : u" "_qs);

    KioskDialog d;
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QPushButton *ok = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *keyEdit = d.findChild<QPlainTextEdit *>(u"kioskPublicKey"_qs);
    QTest::keyClicks(d.findChild<QLineEdit *>(u"kioskId"_qs), u"LIB-02"_qs);
    QApplication::clipboard()->setText(pasted);
    keyEdit->setFocus();
    QTest::keySequence(keyEdit, QKeySequence::Paste);
    if (keyEdit->toPlainText().isEmpty())
        keyEdit->insertPlainText(pasted); // a platform without a clipboard: paste by hand
    QCOMPARE(keyEdit->toPlainText(), pasted);
    QVERIFY(ok->isEnabled());
    QCOMPARE(d.publicKey(), key);

    // The parser on its own: quotes from JSON are fine; too long, too short, empty are not.
    auto quoted = KioskDialog::parsePublicKey(u"  \"%1\"\n"_qs.arg(hex));
    QVERIFY2(quoted, qPrintable(quoted.error()));
    QCOMPARE(*quoted, key);
    auto tooLong = KioskDialog::parsePublicKey(hex + u"0"_qs);
    QVERIFY(!tooLong);
    QVERIFY2(tooLong.error().contains(u"65"_qs), qPrintable(tooLong.error()));
    QVERIFY(!KioskDialog::parsePublicKey(hex.left(63)));
    QVERIFY(!KioskDialog::parsePublicKey(u" \n "_qs));
    QVERIFY(!KioskDialog::parsePublicKey(hex.left(62) + u"é1"_qs));
}

void TestAdminPages::issueCodesDialogNeedsSomewhereForTheCodes()
{
    Round round = roundWithDistrict();
    round.id = 7;
    IssueCodesDialog d(round);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QPushButton *ok = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *problem = d.findChild<QLabel *>(u"codesProblem"_qs);
    auto *count = d.findChild<QSpinBox *>(u"codeCount"_qs);
    auto *district = d.findChild<QComboBox *>(u"codeDistrict"_qs);
    auto *pdf = d.findChild<QLineEdit *>(u"codePdfPath"_qs);
    auto *csv = d.findChild<QLineEdit *>(u"codeCsvPath"_qs);
    QVERIFY(ok && problem && count && district && pdf && csv);
    QVERIFY(d.findChild<QPushButton *>(u"codePdfBrowse"_qs));
    QVERIFY(d.findChild<QPushButton *>(u"codeCsvBrowse"_qs));

    // The sentence about codes shown once and stored as hashes is there.
    const QString notice = d.findChild<QLabel *>(u"codesNotice"_qs)->text();
    QVERIFY2(notice.contains(u"only once"_qs) && notice.contains(u"hashes"_qs), qPrintable(notice));

    QCOMPARE(count->minimum(), 1);
    QCOMPARE(count->maximum(), 100000);
    QCOMPARE(district->count(), 2);
    QCOMPARE(district->itemText(0), u"City-wide"_qs);
    QCOMPARE(district->itemText(1), u"North End"_qs);
    QCOMPARE(d.district(), QString());

    // Nowhere for the codes to go: OK disabled, with the reason.
    QVERIFY(!ok->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY(!problem->text().isEmpty());

    const QString csvPath = dbPath(u"codes.csv"_qs);
    QTest::keyClicks(csv, csvPath);
    QVERIFY(ok->isEnabled());
    QVERIFY(!problem->isVisible());
    // The same file for both is refused.
    QTest::keyClicks(pdf, csvPath);
    QVERIFY(!ok->isEnabled());
    QVERIFY(problem->isVisible());
    pdf->clear();
    QTest::keyClicks(pdf, dbPath(u"codes.pdf"_qs));
    QVERIFY(ok->isEnabled());
    // CSV alone was enough; PDF alone is too.
    csv->clear();
    QVERIFY(ok->isEnabled());

    count->selectAll();
    QTest::keyClicks(count, u"250"_qs);
    QTest::keyClicks(d.findChild<QLineEdit *>(u"codeLabel"_qs), u"North End, week 1"_qs);
    district->setCurrentIndex(1);
    QCOMPARE(d.count(), 250);
    QCOMPARE(d.label(), u"North End, week 1"_qs);
    QCOMPARE(d.district(), u"north"_qs);
    QCOMPARE(d.options().district, u"north"_qs);
    QCOMPARE(d.options().label, u"North End, week 1"_qs);
    QCOMPARE(d.pdfPath(), dbPath(u"codes.pdf"_qs));
    QCOMPARE(d.csvPath(), QString());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(d.result(), int(QDialog::Accepted));
}

void TestAdminPages::pagesWithoutARound()
{
    const QString why = u"Choose or create a round first."_qs;
    KiosksPage kiosks;
    CodesPage codes;
    for (int pass = 0; pass < 2; ++pass) {
        for (QPushButton *b : {kiosks.registerButton(), kiosks.revokeButton(), kiosks.removeButton(),
                               codes.issueButton(), codes.voidButton()}) {
            QVERIFY2(!b->isEnabled(), qPrintable(b->objectName()));
            QCOMPARE(b->toolTip(), why);
        }
        QCOMPARE(kiosks.model()->rowCount(), 0);
        QCOMPARE(codes.model()->rowCount(), 0);
        kiosks.setRound(Round(), nullptr); // the same when set explicitly
        codes.setRound(Round(), nullptr);
    }
}

void TestAdminPages::kiosksThroughTheRound()
{
    ReadyRound rr;
    testsupport::ReadyRoundOptions options;
    options.codes = 0;
    options.open = false;
    Status made = testsupport::makeReadyRound(rr, dbPath(u"kiosks.sqlite"_qs), roundWithDistrict(), options);
    QVERIFY2(made, qPrintable(made.error()));
    store::BallotStore &store = *rr.store;
    const int64_t id = rr.roundId;
    const QByteArray libraryKey = crypto::SigningKeyPair::generate().publicKey;
    Status s = store.registerKiosk(id, u"LIB-02"_qs, libraryKey, u"Central Library"_qs, u"Ground floor"_qs);
    QVERIFY2(s, qPrintable(s.error()));
    s = store.registerKiosk(id, u"TMP-03"_qs, crypto::SigningKeyPair::generate().publicKey, u"Spare"_qs, {});
    QVERIFY2(s, qPrintable(s.error()));

    KiosksPage page;
    KioskTableModel *m = page.model();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(900, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy registerSpy(&page, &KiosksPage::registerRequested);
    QSignalSpy revokeSpy(&page, &KiosksPage::revokeRequested);
    QSignalSpy removeSpy(&page, &KiosksPage::removeRequested);

    // Draft: three kiosks, sorted by id, nothing reported yet.
    page.setRound(*store.round(id), &store);
    QCOMPARE(m->rowCount(), 3);
    QCOMPARE(cell(m, 0, KioskTableModel::IdColumn), u"K1"_qs);
    QCOMPARE(cell(m, 1, KioskTableModel::IdColumn), u"LIB-02"_qs);
    QCOMPARE(cell(m, 2, KioskTableModel::IdColumn), u"TMP-03"_qs);
    QCOMPARE(m->index(1, KioskTableModel::StatusColumn).data(KioskTableModel::KioskIdRole).toString(), u"LIB-02"_qs);
    QCOMPARE(m->kioskId(2), u"TMP-03"_qs);
    QCOMPARE(cell(m, 1, KioskTableModel::NameColumn), u"Central Library"_qs);
    QCOMPARE(cell(m, 1, KioskTableModel::LocationColumn), u"Ground floor"_qs);
    QCOMPARE(cell(m, 1, KioskTableModel::FingerprintColumn), crypto::shortCode("PBV-fingerprint", libraryKey, 10));
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(cell(m, row, KioskTableModel::StatusColumn), u"Registered"_qs);
        QCOMPARE(cell(m, row, KioskTableModel::BallotsColumn), u"0"_qs);
        QCOMPARE(cell(m, row, KioskTableModel::ReportedColumn), u"—"_qs);
    }
    QCOMPARE(m->index(0, KioskTableModel::BallotsColumn).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignTrailing | Qt::AlignVCenter));

    QVERIFY(page.registerButton()->isEnabled());
    QTest::mouseClick(page.registerButton(), Qt::LeftButton);
    QCOMPARE(registerSpy.count(), 1);
    QVERIFY(!page.revokeButton()->isEnabled());
    QVERIFY2(page.revokeButton()->toolTip().contains(u"remove the kiosk instead"_qs),
             qPrintable(page.revokeButton()->toolTip()));
    QVERIFY(!page.removeButton()->isEnabled()); // nothing chosen
    QCOMPARE(page.removeButton()->toolTip(), u"Choose a kiosk in the table first."_qs);

    // Removing a kiosk while the round is a draft: the page asks, the store does it.
    clickRow(page.view(), 2);
    QCOMPARE(page.selectedKioskId(), u"TMP-03"_qs);
    QVERIFY(page.removeButton()->isEnabled());
    QVERIFY(!page.revokeButton()->isEnabled());
    QTest::mouseClick(page.removeButton(), Qt::LeftButton);
    QCOMPARE(removeSpy.count(), 1);
    QCOMPARE(removeSpy.takeFirst().value(0).toString(), u"TMP-03"_qs);
    s = store.unregisterKiosk(id, u"TMP-03"_qs);
    QVERIFY2(s, qPrintable(s.error()));
    page.reload();
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(page.selectedKioskId(), QString());
    QVERIFY(!page.removeButton()->isEnabled());

    // Open: K1 casts two ballots. Nothing can be registered or removed now.
    QStringList codes;
    auto batch = issueBatch(store, id, 5, u"Library"_qs, {}, &codes);
    QVERIFY2(batch, qPrintable(batch.error()));
    s = store.openRound(id, u"org-%1"_qs.arg(id), rr.authority.secretKey);
    QVERIFY2(s, qPrintable(s.error()));
    for (int i = 0; i < 2; ++i) {
        auto cast = store.cast(id, u"K1"_qs, rr.kiosk.secretKey, codes[i], testsupport::approvalBallot({i}));
        QVERIFY2(cast, qPrintable(cast.error()));
    }
    page.setRound(*store.round(id), &store);
    QCOMPARE(cell(m, 0, KioskTableModel::BallotsColumn), u"2"_qs);
    QCOMPARE(cell(m, 0, KioskTableModel::ReportedColumn), u"—"_qs);
    QCOMPARE(cell(m, 1, KioskTableModel::BallotsColumn), u"0"_qs);
    QVERIFY(!page.registerButton()->isEnabled());
    QCOMPARE(page.registerButton()->toolTip(), u"Kiosks are registered while the round is a draft: the opened "
                                               "round's signed manifest lists them."_qs);
    QVERIFY(!page.removeButton()->isEnabled());
    QCOMPARE(page.removeButton()->toolTip(),
             u"Kiosks can only be removed while the round is a draft; revoke it instead."_qs);
    QVERIFY(!page.revokeButton()->isEnabled());
    QCOMPARE(page.revokeButton()->toolTip(), u"Choose a kiosk in the table first."_qs);
    QTest::mouseClick(page.registerButton(), Qt::LeftButton); // disabled: no request
    QCOMPARE(registerSpy.count(), 1);

    // Revoke, then reinstate, the library's kiosk.
    clickRow(page.view(), 1);
    QVERIFY(page.revokeButton()->isEnabled());
    QCOMPARE(plainText(page.revokeButton()), u"Revoke…"_qs);
    QTest::mouseClick(page.revokeButton(), Qt::LeftButton);
    QCOMPARE(revokeSpy.count(), 1);
    QCOMPARE(revokeSpy.first().value(0).toString(), u"LIB-02"_qs);
    QCOMPARE(revokeSpy.takeFirst().value(1).toBool(), true);
    s = store.setKioskRevoked(id, u"LIB-02"_qs, true);
    QVERIFY2(s, qPrintable(s.error()));
    page.reload();
    QCOMPARE(page.selectedKioskId(), u"LIB-02"_qs); // the choice survives the reload
    QCOMPARE(cell(m, 1, KioskTableModel::StatusColumn), u"Revoked"_qs);
    QCOMPARE(cell(m, 0, KioskTableModel::StatusColumn), u"Registered"_qs);
    QCOMPARE(plainText(page.revokeButton()), u"Reinstate"_qs);
    QTest::mouseClick(page.revokeButton(), Qt::LeftButton);
    QCOMPARE(revokeSpy.count(), 1);
    QCOMPARE(revokeSpy.first().value(0).toString(), u"LIB-02"_qs);
    QCOMPARE(revokeSpy.takeFirst().value(1).toBool(), false);
    s = store.setKioskRevoked(id, u"LIB-02"_qs, false);
    QVERIFY2(s, qPrintable(s.error()));
    page.reload();
    QCOMPARE(cell(m, 1, KioskTableModel::StatusColumn), u"Registered"_qs);
    QCOMPARE(plainText(page.revokeButton()), u"Revoke…"_qs);

    // A checkpoint states two ballots; one more is cast after it.
    auto checkpoint = store.suspend(id, rr.kiosk.secretKey);
    QVERIFY2(checkpoint, qPrintable(checkpoint.error()));
    s = store.resume(id);
    QVERIFY2(s, qPrintable(s.error()));
    auto third = store.cast(id, u"K1"_qs, rr.kiosk.secretKey, codes[2], testsupport::approvalBallot({4}));
    QVERIFY2(third, qPrintable(third.error()));
    page.reload();
    QCOMPARE(cell(m, 0, KioskTableModel::BallotsColumn), u"3"_qs);
    QCOMPARE(cell(m, 0, KioskTableModel::ReportedColumn), u"2"_qs);
    QCOMPARE(cell(m, 0, KioskTableModel::StatusColumn), u"Registered"_qs);

    // Closing signs K1's final checkpoint: it shows as closed, with all three reported.
    auto closed = store.close(id, &rr.kiosk.secretKey);
    QVERIFY2(closed, qPrintable(closed.error()));
    page.setRound(*store.round(id), &store);
    QCOMPARE(cell(m, 0, KioskTableModel::StatusColumn), u"Closed"_qs);
    QCOMPARE(cell(m, 0, KioskTableModel::ReportedColumn), u"3"_qs);
    QCOMPARE(cell(m, 1, KioskTableModel::StatusColumn), u"Registered"_qs);
    // Still reversible until the votes are counted: the page offers it and the store does it.
    clickRow(page.view(), 1);
    QVERIFY(page.revokeButton()->isEnabled());
    s = store.setKioskRevoked(id, u"LIB-02"_qs, true);
    QVERIFY2(s, qPrintable(s.error()));
    page.reload();
    QCOMPARE(cell(m, 1, KioskTableModel::StatusColumn), u"Revoked"_qs);

    // Counts and words only: nothing of a ballot (its envelope, signature, id) is in the table.
    auto ballots = store.ballots(id);
    QVERIFY(ballots);
    QCOMPARE(ballots->size(), size_t(3));
    for (int row = 0; row < m->rowCount(); ++row) {
        for (int column = 0; column < m->columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                const QString text = m->index(row, column).data(role).toString();
                for (const auto &b : *ballots) {
                    QVERIFY(!text.contains(QString::fromLatin1(b.ballotId.toHex())));
                    QVERIFY(!text.contains(QString::fromLatin1(b.envelope.toHex().left(16))));
                    QVERIFY(!text.contains(crypto::base32(b.envelope).left(16)));
                }
            }
        }
    }
}

void TestAdminPages::codeBatchesThroughTheRound()
{
    ReadyRound rr;
    testsupport::ReadyRoundOptions options;
    options.codes = 0;
    options.open = false;
    Status made = testsupport::makeReadyRound(rr, dbPath(u"codes.sqlite"_qs), roundWithDistrict(), options);
    QVERIFY2(made, qPrintable(made.error()));
    store::BallotStore &store = *rr.store;
    const int64_t id = rr.roundId;

    CodesPage page;
    CodeBatchModel *m = page.model();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(900, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy issueSpy(&page, &CodesPage::issueRequested);
    QSignalSpy voidSpy(&page, &CodesPage::voidRequested);
    auto *summary = page.findChild<QLabel *>(u"codesSummary"_qs);

    page.setRound(*store.round(id), &store);
    QCOMPARE(m->rowCount(), 0);
    QVERIFY(page.issueButton()->isEnabled());
    QTest::mouseClick(page.issueButton(), Qt::LeftButton);
    QCOMPARE(issueSpy.count(), 1);
    QVERIFY(!page.voidButton()->isEnabled());
    QCOMPARE(page.voidButton()->toolTip(), u"Choose a batch in the table first."_qs);
    QCOMPARE(summary->text(), u"Codes issued: 0. Used: 0. Unused: 0."_qs);

    // A city-wide batch large enough for group separators, and a district's batch.
    QStringList cityCodes, northCodes;
    auto city = issueBatch(store, id, 1234, u"Library, week 1"_qs, {}, &cityCodes);
    QVERIFY2(city, qPrintable(city.error()));
    auto north = issueBatch(store, id, 3, u"North End slips"_qs, u"north"_qs, &northCodes);
    QVERIFY2(north, qPrintable(north.error()));
    QVERIFY(*city != *north);
    QCOMPARE(cityCodes.size(), 1234);
    page.reload();
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->batchNumber(0), *city);
    QCOMPARE(m->batchNumber(1), *north);
    QCOMPARE(cell(m, 0, CodeBatchModel::BatchColumn), formatCount(*city));
    QCOMPARE(cell(m, 0, CodeBatchModel::LabelColumn), u"Library, week 1"_qs);
    QCOMPARE(cell(m, 0, CodeBatchModel::DistrictColumn), u"City-wide"_qs);
    QCOMPARE(cell(m, 0, CodeBatchModel::IssuedColumn), u"1,234"_qs);
    QCOMPARE(cell(m, 0, CodeBatchModel::UsedColumn), u"0"_qs);
    QCOMPARE(cell(m, 0, CodeBatchModel::UnusedColumn), u"1,234"_qs);
    QCOMPARE(cell(m, 0, CodeBatchModel::StatusColumn), u"Active"_qs);
    QCOMPARE(cell(m, 1, CodeBatchModel::DistrictColumn), u"North End"_qs);
    QCOMPARE(cell(m, 1, CodeBatchModel::IssuedColumn), u"3"_qs);
    QCOMPARE(m->index(1, CodeBatchModel::LabelColumn).data(CodeBatchModel::BatchNumberRole).toInt(), *north);
    for (int column : {CodeBatchModel::IssuedColumn, CodeBatchModel::UsedColumn, CodeBatchModel::UnusedColumn})
        QCOMPARE(m->index(0, column).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignTrailing | Qt::AlignVCenter));
    QCOMPARE(m->index(0, CodeBatchModel::IssuedColumn).data(CodeBatchModel::SortRole).toLongLong(), 1234);

    // Two city-wide codes are used.
    Status s = store.openRound(id, u"org-%1"_qs.arg(id), rr.authority.secretKey);
    QVERIFY2(s, qPrintable(s.error()));
    for (int i = 0; i < 2; ++i) {
        auto cast = store.cast(id, u"K1"_qs, rr.kiosk.secretKey, cityCodes[i], testsupport::approvalBallot({i}));
        QVERIFY2(cast, qPrintable(cast.error()));
    }
    page.setRound(*store.round(id), &store);
    QCOMPARE(cell(m, 0, CodeBatchModel::UsedColumn), u"2"_qs);
    QCOMPARE(cell(m, 0, CodeBatchModel::UnusedColumn), u"1,232"_qs);
    QCOMPARE(summary->text(), u"Codes issued: 1,237. Used: 2. Unused: 1,235."_qs);
    QVERIFY(page.issueButton()->isEnabled());

    // Void the district's batch (its slips were lost), then restore it.
    clickRow(page.view(), 1);
    QCOMPARE(page.selectedBatch(), *north);
    QVERIFY(page.voidButton()->isEnabled());
    QCOMPARE(plainText(page.voidButton()), u"Void batch…"_qs);
    QTest::mouseClick(page.voidButton(), Qt::LeftButton);
    QCOMPARE(voidSpy.count(), 1);
    QCOMPARE(voidSpy.first().value(0).toInt(), *north);
    QCOMPARE(voidSpy.takeFirst().value(1).toBool(), true);
    s = store.setCodeBatchVoided(id, *north, true);
    QVERIFY2(s, qPrintable(s.error()));
    page.reload();
    QCOMPARE(page.selectedBatch(), *north);
    QCOMPARE(cell(m, 1, CodeBatchModel::StatusColumn), u"Voided"_qs);
    QCOMPARE(cell(m, 0, CodeBatchModel::StatusColumn), u"Active"_qs);
    QCOMPARE(plainText(page.voidButton()), u"Restore batch"_qs);
    auto status = store.codeStatus(id, northCodes[0]);
    QVERIFY2(status, qPrintable(status.error()));
    QCOMPARE(*status, store::CodeStatus::Voided);
    QTest::mouseClick(page.voidButton(), Qt::LeftButton);
    QCOMPARE(voidSpy.count(), 1);
    QCOMPARE(voidSpy.first().value(0).toInt(), *north);
    QCOMPARE(voidSpy.takeFirst().value(1).toBool(), false);
    s = store.setCodeBatchVoided(id, *north, false);
    QVERIFY2(s, qPrintable(s.error()));
    page.reload();
    QCOMPARE(cell(m, 1, CodeBatchModel::StatusColumn), u"Active"_qs);
    QCOMPARE(*store.codeStatus(id, northCodes[0]), store::CodeStatus::Unused);

    // Void it for good; once voting closes, nothing about batches can change.
    s = store.setCodeBatchVoided(id, *north, true);
    QVERIFY2(s, qPrintable(s.error()));
    auto closed = store.close(id, &rr.kiosk.secretKey);
    QVERIFY2(closed, qPrintable(closed.error()));
    page.setRound(*store.round(id), &store);
    QCOMPARE(cell(m, 1, CodeBatchModel::StatusColumn), u"Voided"_qs);
    QVERIFY(!page.issueButton()->isEnabled());
    QCOMPARE(page.issueButton()->toolTip(), u"Voting has closed: no more codes can be issued."_qs);
    QVERIFY(!page.voidButton()->isEnabled());
    QCOMPARE(page.voidButton()->toolTip(), u"Voting has closed: a batch can no longer be voided or restored."_qs);
    QVERIFY(!store.setCodeBatchVoided(id, *north, false)); // the store agrees
}

// A database from before batches were kept: its codes are batch 0 (as the schema's
// migration files them), shown as "Earlier codes".
void TestAdminPages::earlierCodesAreBatchZero()
{
    const QString path = dbPath(u"earlier.sqlite"_qs);
    auto opened = store::BallotStore::open(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    store::BallotStore &store = **opened;
    auto id = store.createRound(roundWithDistrict());
    QVERIFY2(id, qPrintable(id.error()));
    {
        testsupport::RawConnection raw(path);
        QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
        QVERIFY2(raw.exec(u"INSERT INTO code_batches(round_id, batch) VALUES(?, 0)"_qs, {qlonglong(*id)}),
                 qPrintable(raw.lastError()));
        for (int i = 0; i < 3; ++i)
            QVERIFY2(raw.exec(u"INSERT INTO access_codes(round_id, code_hash, batch) VALUES(?, ?, 0)"_qs,
                              {qlonglong(*id), crypto::randomBytes(32)}),
                     qPrintable(raw.lastError()));
    }
    QStringList codes;
    auto batch = issueBatch(store, *id, 2, u"Town hall"_qs, {}, &codes);
    QVERIFY2(batch, qPrintable(batch.error()));

    CodesPage page;
    page.setRound(*store.round(*id), &store);
    CodeBatchModel *m = page.model();
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->batchNumber(0), 0);
    QCOMPARE(cell(m, 0, CodeBatchModel::BatchColumn), u"Earlier codes"_qs);
    QCOMPARE(cell(m, 0, CodeBatchModel::DistrictColumn), u"City-wide"_qs);
    QCOMPARE(cell(m, 0, CodeBatchModel::IssuedColumn), u"3"_qs);
    QCOMPARE(cell(m, 0, CodeBatchModel::UnusedColumn), u"3"_qs);
    QCOMPARE(cell(m, 1, CodeBatchModel::BatchColumn), formatCount(*batch));
    QCOMPARE(cell(m, 1, CodeBatchModel::LabelColumn), u"Town hall"_qs);
    QCOMPARE(page.findChild<QLabel *>(u"codesSummary"_qs)->text(), u"Codes issued: 5. Used: 0. Unused: 5."_qs);
}

void TestAdminPages::talliedRoundLocksKiosksAndCodes()
{
    testsupport::TalliedRound t;
    QVERIFY(testsupport::tallyReadyRound(t, dbPath(u"tallied.sqlite"_qs),
                                         testsupport::sampleRound(BallotKind::Approval), {{0}, {1, 2}, {3}},
                                         u"greedy"_qs));
    store::BallotStore &store = *t.ready.store;
    const int64_t id = t.ready.roundId;
    auto round = store.round(id);
    QVERIFY(round);
    QCOMPARE(round->state, RoundState::Tallied);

    KiosksPage kiosks;
    kiosks.show();
    QVERIFY(QTest::qWaitForWindowExposed(&kiosks));
    kiosks.setRound(*round, &store);
    QCOMPARE(kiosks.model()->rowCount(), 1);
    QCOMPARE(cell(kiosks.model(), 0, KioskTableModel::BallotsColumn), u"3"_qs);
    QCOMPARE(cell(kiosks.model(), 0, KioskTableModel::StatusColumn), u"Closed"_qs);
    clickRow(kiosks.view(), 0);
    QCOMPARE(kiosks.selectedKioskId(), t.ready.kioskId);
    QVERIFY(!kiosks.registerButton()->isEnabled());
    QVERIFY(!kiosks.revokeButton()->isEnabled());
    QCOMPARE(kiosks.revokeButton()->toolTip(),
             u"The votes are counted: a kiosk can no longer be revoked or reinstated."_qs);
    QVERIFY(!kiosks.removeButton()->isEnabled());
    QCOMPARE(kiosks.removeButton()->toolTip(), u"Kiosks can only be removed while the round is a draft."_qs);
    QVERIFY(!store.setKioskRevoked(id, t.ready.kioskId, true)); // the store agrees

    // The fixture's ten codes came through the plain issueCodes; three were used.
    CodesPage codes;
    codes.show();
    QVERIFY(QTest::qWaitForWindowExposed(&codes));
    codes.setRound(*round, &store);
    CodeBatchModel *m = codes.model();
    QVERIFY(m->rowCount() >= 1);
    QCOMPARE(m->totalIssued(), int64_t(10));
    QCOMPARE(m->totalUsed(), int64_t(3));
    if (m->batchNumber(0) == 0)
        QCOMPARE(cell(m, 0, CodeBatchModel::BatchColumn), u"Earlier codes"_qs);
    clickRow(codes.view(), 0);
    QVERIFY(codes.selectedBatch() >= 0);
    QVERIFY(!codes.issueButton()->isEnabled());
    QVERIFY(!codes.voidButton()->isEnabled());
    QCOMPARE(codes.voidButton()->toolTip(), u"Voting has closed: a batch can no longer be voided or restored."_qs);
}

void TestAdminPages::importedRoundHasNoCodes()
{
    auto opened = store::BallotStore::open(dbPath(u"imported.sqlite"_qs));
    QVERIFY2(opened, qPrintable(opened.error()));
    store::BallotStore &store = **opened;
    auto id = store.importRound(testsupport::sampleRound(BallotKind::Approval), {testsupport::approvalBallot({0})},
                                u"poland_warszawa_2023.pb"_qs);
    QVERIFY2(id, qPrintable(id.error()));
    CodesPage page;
    page.setRound(*store.round(*id), &store);
    QVERIFY(!page.issueButton()->isEnabled());
    QVERIFY2(page.issueButton()->toolTip().contains(u"imported"_qs), qPrintable(page.issueButton()->toolTip()));
    KiosksPage kiosks;
    kiosks.setRound(*store.round(*id), &store);
    QCOMPARE(kiosks.model()->rowCount(), 0);
    QVERIFY(!kiosks.registerButton()->isEnabled());
}

// Pictures of the pages and dialogs (left-to-right and right-to-left), to look at.
void TestAdminPages::screenshots()
{
    ReadyRound rr;
    testsupport::ReadyRoundOptions options;
    options.codes = 0;
    options.open = false;
    QVERIFY(testsupport::makeReadyRound(rr, dbPath(u"shots.sqlite"_qs), roundWithDistrict(), options));
    store::BallotStore &store = *rr.store;
    const int64_t id = rr.roundId;
    QVERIFY(store.registerKiosk(id, u"LIB-02"_qs, crypto::SigningKeyPair::generate().publicKey,
                                u"Central Library"_qs, u"Ground floor, by the entrance"_qs));
    QVERIFY(store.registerKiosk(id, u"MKT-03"_qs, crypto::SigningKeyPair::generate().publicKey,
                                u"Market hall"_qs, u"Stand 14"_qs));
    QStringList codes, ignored;
    QVERIFY(issueBatch(store, id, 2500, u"Central Library, week 1"_qs, {}, &codes));
    auto north = issueBatch(store, id, 400, u"North End door to door"_qs, u"north"_qs, &ignored);
    QVERIFY(north);
    QVERIFY(store.openRound(id, u"org-%1"_qs.arg(id), rr.authority.secretKey));
    for (int i = 0; i < 4; ++i)
        QVERIFY(store.cast(id, u"K1"_qs, rr.kiosk.secretKey, codes[i], testsupport::approvalBallot({i})));
    QVERIFY(store.suspend(id, rr.kiosk.secretKey));
    QVERIFY(store.resume(id));
    QVERIFY(store.cast(id, u"K1"_qs, rr.kiosk.secretKey, codes[4], testsupport::approvalBallot({4})));
    QVERIFY(store.setKioskRevoked(id, u"MKT-03"_qs, true));
    QVERIFY(store.setCodeBatchVoided(id, *north, true));
    const Round round = *store.round(id);

    const QString dir = qEnvironmentVariable("PBVOTE_SCREENSHOT_DIR", QDir::tempPath());
    for (Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        QApplication::setLayoutDirection(direction);
        const QString suffix = direction == Qt::RightToLeft ? u"-rtl"_qs : QString();
        KiosksPage kiosks;
        kiosks.resize(1000, 360);
        kiosks.setRound(round, &store);
        kiosks.show();
        QVERIFY(QTest::qWaitForWindowExposed(&kiosks));
        clickRow(kiosks.view(), 2);
        QVERIFY(kiosks.grab().save(dir + u"/admin-kiosks%1.png"_qs.arg(suffix)));
        CodesPage codesPage;
        codesPage.resize(1000, 360);
        codesPage.setRound(round, &store);
        codesPage.show();
        QVERIFY(QTest::qWaitForWindowExposed(&codesPage));
        clickRow(codesPage.view(), 1);
        QVERIFY(codesPage.grab().save(dir + u"/admin-codes%1.png"_qs.arg(suffix)));
        KioskDialog kd;
        kd.show();
        QVERIFY(QTest::qWaitForWindowExposed(&kd));
        QTest::keyClicks(kd.findChild<QLineEdit *>(u"kioskId"_qs), u"LIB-04"_qs);
        QTest::keyClicks(kd.findChild<QPlainTextEdit *>(u"kioskPublicKey"_qs), u"3f2a 91c0 77de"_qs);
        QCoreApplication::processEvents(); // the layout follows the sentence shown
        QVERIFY(kd.grab().save(dir + u"/admin-kiosk-dialog%1.png"_qs.arg(suffix)));
        kd.findChild<QPlainTextEdit *>(u"kioskPublicKey"_qs)
            ->setPlainText(QString::fromLatin1(crypto::SigningKeyPair::generate().publicKey.toHex()));
        QCoreApplication::processEvents();
        QVERIFY(kd.grab().save(dir + u"/admin-kiosk-dialog-ok%1.png"_qs.arg(suffix)));
        IssueCodesDialog cd(round);
        cd.show();
        QVERIFY(QTest::qWaitForWindowExposed(&cd));
        QVERIFY(cd.grab().save(dir + u"/admin-issue-codes%1.png"_qs.arg(suffix)));
    }
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

QTEST_MAIN(TestAdminPages)
#include "TestAdminPages.moc"
