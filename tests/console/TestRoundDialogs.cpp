// The console's round and project dialogs, driven through their real widgets: a new
// round typed as an organizer would, a voting period that ends before it starts (core
// refuses; the dialog stays open with core's words), the category list edited in place,
// a round no longer a draft shown read-only, the counting rule explained as it is chosen;
// a project's status, picture (a real PNG file; one too large is refused), cost above
// its budget (core refuses) and translations, the Arabic one edited right to left.
#include "MoneyText.h"
#include "ProjectDialog.h"
#include "ProjectTableModel.h"
#include "ProjectTranslationModel.h"
#include "RoundSettingsDialog.h"

#include "rules/RuleRegistry.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFont>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTest>

#include <ctime>

using namespace pbvote;
using namespace pbvote::console;

class TestRoundDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void moneyAsPeopleTypeIt_data();
    void moneyAsPeopleTypeIt();
    void moneyRoundTripsInEveryConsoleLanguage();
    void newRoundThroughTheWidgets();
    void periodThatClosesBeforeItOpensKeepsTheDialogOpen();
    void budgetThatIsNotAnAmountKeepsTheDialogOpen();
    void categoryListEditedInPlace();
    void editedDraftKeepsItsPeriodAndRule();
    void readOnlyRoundSaysWhy();
    void ruleDescriptionFollowsTheCombo();
    void projectStatusAndCategoryFromTheRoundsList();
    void pictureChosenFromAFile();
    void pictureTooLargeIsRefused();
    void costAboveTheBudgetIsRefusedByCore();
    void editCheckedAgainstTheRoundWithoutTheProject();
    void translationsEditedThroughTheModelAndEditors();
    void descriptionTranslationNeedsATitle();
    void projectTableListsOffBallotProjects();
    void screenshots();

private:
    static void clickOk(QDialog &d);
    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void TestRoundDialogs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // Local time is not UTC here, so a dialog that forgot to convert would be caught.
    qputenv("TZ", "Europe/Warsaw");
    tzset();
    QVERIFY(QDateTime(QDate(2027, 3, 1), QTime(9, 0)).offsetFromUtc() != 0);
}

void TestRoundDialogs::clickOk(QDialog &d)
{
    auto *buttons = d.findChild<QDialogButtonBox *>();
    QVERIFY(buttons && buttons->button(QDialogButtonBox::Ok));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QString TestRoundDialogs::writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return f.fileName();
}

static QByteArray pngBytes(int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Money ------------------------------------------------------------------------------------

void TestRoundDialogs::moneyAsPeopleTypeIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qlonglong>("cents"); // -1: refused
    QTest::newRow("plain") << u"1500000"_qs << 150000000LL;
    QTest::newRow("spaces") << u"1 500 000"_qs << 150000000LL;
    QTest::newRow("no-break spaces") << u"1\u00a0500\u202f000"_qs << 150000000LL;
    QTest::newRow("commas") << u"1,500,000"_qs << 150000000LL;
    QTest::newRow("commas and cents") << u"1,500,000.50"_qs << 150000050LL;
    QTest::newRow("dots and comma cents") << u"1.500.000,50"_qs << 150000050LL;
    QTest::newRow("spaces and comma cents") << u"1 500 000,50"_qs << 150000050LL;
    QTest::newRow("one decimal") << u"125000.5"_qs << 12500050LL;
    QTest::newRow("zero cents") << u"300.00"_qs << 30000LL;
    QTest::newRow("zero") << u"0"_qs << 0LL;
    QTest::newRow("letters") << u"abc"_qs << -1LL;
    QTest::newRow("empty") << QString() << -1LL;
    QTest::newRow("negative") << u"-5"_qs << -1LL;
    QTest::newRow("fraction of a cent") << u"1.234"_qs << -1LL; // '.' is the decimal point here
    QTest::newRow("bad grouping") << u"1,50,000"_qs << -1LL;
    QTest::newRow("mixed grouping") << u"1,500.000"_qs << -1LL;
    QTest::newRow("four decimals") << u"10.0001"_qs << -1LL;
    QTest::newRow("currency sign") << u"€100"_qs << -1LL;
}

void TestRoundDialogs::moneyAsPeopleTypeIt()
{
    QFETCH(QString, text);
    QFETCH(qlonglong, cents);
    const std::optional<int64_t> parsed = parseMoneyText(text);
    QCOMPARE(parsed.has_value() ? qlonglong(*parsed) : -1LL, cents);
}

void TestRoundDialogs::moneyRoundTripsInEveryConsoleLanguage()
{
    for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::Spanish, QLocale::Spain), QLocale(QLocale::Polish, QLocale::Poland),
                                  QLocale(QLocale::Vietnamese, QLocale::Vietnam),
                                  QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates)}) {
        QLocale::setDefault(locale);
        for (int64_t cents : {int64_t(0), int64_t(5), int64_t(30000), int64_t(150000050), int64_t(123456789012)}) {
            const QString shown = moneyText(cents);
            QCOMPARE_EQ(parseMoneyText(shown).value_or(-1), cents);
        }
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// Round settings ---------------------------------------------------------------------------

void TestRoundDialogs::newRoundThroughTheWidgets()
{
    RoundSettingsDialog d(store::RoundSettings(), true, nullptr);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QTest::keyClicks(d.findChild<QLineEdit *>(u"roundName"_qs), u"Budget 2027"_qs);
    QTest::keyClicks(d.findChild<QLineEdit *>(u"roundBudget"_qs), u"1 500 000,50"_qs);
    auto *currency = d.findChild<QLineEdit *>(u"roundCurrency"_qs);
    QCOMPARE(currency->text(), u"EUR"_qs);
    currency->selectAll();
    QTest::keyClicks(currency, u"pln1"_qs); // three letters, no digits
    QCOMPARE(currency->text(), u"pln"_qs);
    auto *method = d.findChild<QComboBox *>(u"votingMethod"_qs);
    QVERIFY(method);
    method->setCurrentIndex(method->findData(int(BallotKind::Cumulative)));
    auto *rule = d.findChild<QComboBox *>(u"tallyRule"_qs);
    rule->setCurrentIndex(rule->findData(u"mes-cost"_qs));

    // The voting period: planned, in local time.
    auto *noPeriod = d.findChild<QCheckBox *>(u"noVotingPeriod"_qs);
    auto *opens = d.findChild<QDateTimeEdit *>(u"votingOpens"_qs);
    auto *closes = d.findChild<QDateTimeEdit *>(u"votingCloses"_qs);
    QVERIFY(noPeriod->isChecked());
    QVERIFY(!opens->isEnabled());
    QTest::keyClick(noPeriod, Qt::Key_Space);
    QVERIFY(!noPeriod->isChecked());
    QVERIFY(opens->isEnabled() && opens->calendarPopup());
    const QDateTime localOpens(QDate(2027, 3, 1), QTime(9, 0));
    const QDateTime localCloses(QDate(2027, 3, 14), QTime(20, 0));
    opens->setDateTime(localOpens);
    closes->setDateTime(localCloses);

    // Categories: typed and added with the button and with Enter (which does not press OK).
    auto *newCategory = d.findChild<QLineEdit *>(u"newCategory"_qs);
    QTest::keyClicks(newCategory, u"Green spaces"_qs);
    QTest::mouseClick(d.findChild<QPushButton *>(u"addCategory"_qs), Qt::LeftButton);
    QTest::keyClicks(newCategory, u"Transport"_qs);
    QTest::keyClick(newCategory, Qt::Key_Return);
    QVERIFY(d.isVisible());
    QCOMPARE(newCategory->text(), QString());

    clickOk(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const store::RoundSettings s = d.settings();
    QCOMPARE(s.name, u"Budget 2027"_qs);
    QCOMPARE(s.budget, int64_t(150000050));
    QCOMPARE(s.currency, u"PLN"_qs);
    QCOMPARE(s.categories, QStringList({u"Green spaces"_qs, u"Transport"_qs}));
    QCOMPARE(s.votingOpens, localOpens.toUTC());
    QCOMPARE(s.votingOpens.timeSpec(), Qt::UTC);
    QCOMPARE(s.votingOpens.time(), QTime(8, 0)); // Warsaw in March: UTC+1
    QCOMPARE(s.votingCloses, localCloses.toUTC());
    QCOMPARE(s.tallyRule, u"mes-cost"_qs);
    QCOMPARE(d.kind(), BallotKind::Cumulative);
}

void TestRoundDialogs::periodThatClosesBeforeItOpensKeepsTheDialogOpen()
{
    store::RoundSettings initial;
    initial.name = u"Budget 2027"_qs;
    initial.budget = 100000;
    RoundSettingsDialog d(initial, true, nullptr);
    d.show();
    QTest::keyClick(d.findChild<QCheckBox *>(u"noVotingPeriod"_qs), Qt::Key_Space);
    d.findChild<QDateTimeEdit *>(u"votingOpens"_qs)->setDateTime(QDateTime(QDate(2027, 3, 14), QTime(9, 0)));
    d.findChild<QDateTimeEdit *>(u"votingCloses"_qs)->setDateTime(QDateTime(QDate(2027, 3, 1), QTime(9, 0)));
    clickOk(d);
    auto *error = d.findChild<QLabel *>(u"roundError"_qs);
    QVERIFY(d.isVisible());
    QVERIFY(d.result() != QDialog::Accepted);
    // Core's words, not the dialog's.
    Round r;
    r.name = u"x"_qs;
    r.votingOpens = QDateTime(QDate(2027, 3, 14), QTime(9, 0), Qt::UTC);
    r.votingCloses = QDateTime(QDate(2027, 3, 1), QTime(9, 0), Qt::UTC);
    const QString coreMessage = r.validate().error();
    QVERIFY(!coreMessage.isEmpty());
    QVERIFY(error->isVisible());
    QVERIFY(error->wordWrap());
    QCOMPARE(error->text(), coreMessage);

    // Corrected, it is accepted.
    d.findChild<QDateTimeEdit *>(u"votingCloses"_qs)->setDateTime(QDateTime(QDate(2027, 3, 28), QTime(20, 0)));
    clickOk(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QVERIFY(!d.isVisible());
}

void TestRoundDialogs::budgetThatIsNotAnAmountKeepsTheDialogOpen()
{
    RoundSettingsDialog d(store::RoundSettings(), true, nullptr);
    d.show();
    QTest::keyClicks(d.findChild<QLineEdit *>(u"roundName"_qs), u"Budget 2027"_qs);
    QTest::keyClicks(d.findChild<QLineEdit *>(u"roundBudget"_qs), u"a lot"_qs);
    clickOk(d);
    QVERIFY(d.isVisible());
    auto *error = d.findChild<QLabel *>(u"roundError"_qs);
    QVERIFY2(error->isVisible() && error->text().contains(u"budget"_qs), qPrintable(error->text()));
    QCOMPARE(d.settings().budget, int64_t(-1));
    // A round without a name: core says so.
    d.findChild<QLineEdit *>(u"roundName"_qs)->clear();
    d.findChild<QLineEdit *>(u"roundBudget"_qs)->setText(u"1000"_qs);
    clickOk(d);
    QVERIFY(d.isVisible());
    Round nameless;
    QCOMPARE(error->text(), nameless.validate().error());
}

void TestRoundDialogs::categoryListEditedInPlace()
{
    store::RoundSettings initial;
    initial.name = u"Budget 2027"_qs;
    initial.budget = 100000000;
    initial.categories = {u"Green"_qs, u"Transport"_qs, u"Culture"_qs};
    Round round;
    round.name = initial.name;
    round.budget = initial.budget;
    round.categories = initial.categories;
    round.projects.push_back({u"P1"_qs, u"Bike lane"_qs, {}, 5000, u"Transport"_qs, {}});
    round.projects.push_back({u"P2"_qs, u"Trees"_qs, {}, 5000, u"Green"_qs, {}});
    QVERIFY(round.validate());

    RoundSettingsDialog d(initial, false, nullptr);
    d.setRound(round);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(!d.findChild<QComboBox *>(u"votingMethod"_qs)); // only for a new round
    auto *list = d.findChild<QListView *>(u"roundCategories"_qs);
    QAbstractItemModel *model = list->model();
    QCOMPARE(model->rowCount(), 3);
    auto *rename = d.findChild<QPushButton *>(u"renameCategory"_qs);
    auto *remove = d.findChild<QPushButton *>(u"removeCategory"_qs);
    auto *up = d.findChild<QPushButton *>(u"moveCategoryUp"_qs);
    QVERIFY(!rename->isEnabled()); // nothing chosen yet

    // Rename "Transport" in place: the button opens the editor, Enter commits.
    list->setCurrentIndex(model->index(1, 0));
    QVERIFY(rename->isEnabled());
    QTest::mouseClick(rename, Qt::LeftButton);
    auto *editor = list->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"Mobility"_qs);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model->index(1, 0).data().toString(), u"Mobility"_qs); // the view commits a moment later
    QVERIFY(d.isVisible());
    // Move "Culture" up, remove "Green".
    list->setCurrentIndex(model->index(2, 0));
    QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(list->currentIndex().row(), 1);
    list->setCurrentIndex(model->index(0, 0));
    QVERIFY(!up->isEnabled()); // already first
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(d.settings().categories, QStringList({u"Culture"_qs, u"Mobility"_qs}));
    QCOMPARE(d.categoryRenames(), (std::map<QString, QString>{{u"Transport"_qs, u"Mobility"_qs}}));

    // P2 is still in "Green", which is gone: core names it. P1 moved along with the rename.
    clickOk(d);
    QVERIFY(d.isVisible());
    auto *error = d.findChild<QLabel *>(u"roundError"_qs);
    QVERIFY2(error->text().contains(u"P2"_qs) && error->text().contains(u"Green"_qs), qPrintable(error->text()));
    QVERIFY2(!error->text().contains(u"P1"_qs), qPrintable(error->text()));

    // "Green" back, and "Culture" listed twice: core says so.
    auto *newCategory = d.findChild<QLineEdit *>(u"newCategory"_qs);
    QTest::keyClicks(newCategory, u"Green"_qs);
    QTest::mouseClick(d.findChild<QPushButton *>(u"addCategory"_qs), Qt::LeftButton);
    QTest::keyClicks(newCategory, u"Culture"_qs);
    QTest::keyClick(newCategory, Qt::Key_Return);
    clickOk(d);
    QVERIFY(d.isVisible());
    QVERIFY2(error->text().contains(u"twice"_qs), qPrintable(error->text()));
    QTest::mouseClick(remove, Qt::LeftButton); // the added duplicate is the current one
    clickOk(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.settings().categories, QStringList({u"Culture"_qs, u"Mobility"_qs, u"Green"_qs}));
}

void TestRoundDialogs::editedDraftKeepsItsPeriodAndRule()
{
    store::RoundSettings initial;
    initial.name = u"Budget 2027"_qs;
    initial.currency = u"PLN"_qs;
    initial.budget = 150000050;
    initial.categories = {u"Green"_qs};
    initial.votingOpens = QDateTime(QDate(2027, 6, 1), QTime(6, 30), Qt::UTC);
    initial.votingCloses = QDateTime(QDate(2027, 6, 15), QTime(18, 0), Qt::UTC);
    initial.tallyRule = u"greedy"_qs;
    RoundSettingsDialog d(initial, false, nullptr);
    d.show();
    QCOMPARE(d.findChild<QLineEdit *>(u"roundBudget"_qs)->text(), u"1,500,000.50"_qs);
    QVERIFY(!d.findChild<QCheckBox *>(u"noVotingPeriod"_qs)->isChecked());
    // Shown in local time (Warsaw, summer: UTC+2).
    QCOMPARE(d.findChild<QDateTimeEdit *>(u"votingOpens"_qs)->time(), QTime(8, 30));
    QCOMPARE(d.settings(), initial); // nothing changed, nothing lost
    clickOk(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));

    // "No planned period yet" clears the period.
    RoundSettingsDialog cleared(initial, false, nullptr);
    cleared.show();
    QTest::keyClick(cleared.findChild<QCheckBox *>(u"noVotingPeriod"_qs), Qt::Key_Space);
    QVERIFY(!cleared.settings().votingOpens.isValid());
    QVERIFY(!cleared.settings().votingCloses.isValid());
}

void TestRoundDialogs::readOnlyRoundSaysWhy()
{
    store::RoundSettings initial;
    initial.name = u"Budget 2026"_qs;
    initial.budget = 100000;
    initial.categories = {u"Green"_qs};
    initial.tallyRule = u"greedy"_qs;
    RoundSettingsDialog d(initial, false, nullptr);
    const QString why = u"Voting has opened: nothing that changes the outcome can be edited."_qs;
    d.setReadOnly(why);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(d.isReadOnly());
    auto *reason = d.findChild<QLabel *>(u"readOnlyReason"_qs);
    QVERIFY(reason->isVisible());
    QVERIFY(reason->wordWrap());
    QCOMPARE(reason->text(), why);
    for (const char *name : {"roundName", "roundBudget", "roundCurrency", "tallyRule", "noVotingPeriod", "votingOpens",
                             "votingCloses", "roundCategories", "newCategory", "addCategory", "renameCategory",
                             "removeCategory", "moveCategoryUp", "moveCategoryDown"}) {
        auto *w = d.findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(w, name);
        QVERIFY2(!w->isEnabled(), name);
    }
    // Values still shown.
    QCOMPARE(d.findChild<QLineEdit *>(u"roundName"_qs)->text(), u"Budget 2026"_qs);
    QCOMPARE(d.findChild<QComboBox *>(u"tallyRule"_qs)->currentData().toString(), u"greedy"_qs);
    // Only Close: nothing to save.
    auto *buttons = d.findChild<QDialogButtonBox *>();
    QVERIFY(!buttons->button(QDialogButtonBox::Ok));
    QVERIFY(buttons->button(QDialogButtonBox::Close));
    d.findChild<QListView *>(u"roundCategories"_qs)->setCurrentIndex(
        d.findChild<QListView *>(u"roundCategories"_qs)->model()->index(0, 0));
    QVERIFY(!d.findChild<QPushButton *>(u"removeCategory"_qs)->isEnabled());
    d.accept();
    QCOMPARE(d.result(), int(QDialog::Rejected));
}

void TestRoundDialogs::ruleDescriptionFollowsTheCombo()
{
    RoundSettingsDialog d(store::RoundSettings(), true, nullptr);
    d.show();
    auto *rule = d.findChild<QComboBox *>(u"tallyRule"_qs);
    auto *description = d.findChild<QLabel *>(u"tallyRuleDescription"_qs);
    QVERIFY(description->wordWrap());
    // A draft may leave it for later, and says what it is for.
    QCOMPARE(rule->currentIndex(), 0);
    QCOMPARE(d.settings().tallyRule, QString());
    const QString notChosen = description->text();
    QVERIFY(!notChosen.isEmpty());
    QCOMPARE(rule->count(), int(counting::allRules().size()) + 1);
    for (const counting::RuleInfo &info : counting::allRules()) {
        const int index = rule->findData(info.name);
        QVERIFY2(index > 0, qPrintable(info.name));
        QCOMPARE(rule->itemText(index), info.title);
        rule->setCurrentIndex(index);
        QCOMPARE(description->text(), info.description);
        QCOMPARE(d.settings().tallyRule, info.name);
    }
    rule->setCurrentIndex(0);
    QCOMPARE(description->text(), notChosen);

    // A rule this version does not know is kept, not silently dropped.
    store::RoundSettings old;
    old.name = u"Old"_qs;
    old.tallyRule = u"borda-2031"_qs;
    RoundSettingsDialog unknown(old, false, nullptr);
    QCOMPARE(unknown.settings().tallyRule, u"borda-2031"_qs);
}

// Projects ---------------------------------------------------------------------------------

static Round projectRound()
{
    Round r;
    r.name = u"Budget 2027"_qs;
    r.budget = 100000; // 1,000.00
    r.rules.kind = BallotKind::Knapsack;
    r.categories = {u"Green"_qs, u"Transport"_qs};
    r.districts.push_back({u"N"_qs, u"North"_qs, 50000});
    r.projects.push_back({u"P1"_qs, u"Trees"_qs, {}, 30000, u"Green"_qs, {}});
    return r;
}

static void fillProject(ProjectDialog &d, const QString &id, const QString &title, const QString &cost)
{
    QTest::keyClicks(d.findChild<QLineEdit *>(u"projectId"_qs), id);
    QTest::keyClicks(d.findChild<QLineEdit *>(u"projectTitle"_qs), title);
    QTest::keyClicks(d.findChild<QLineEdit *>(u"projectCost"_qs), cost);
}

void TestRoundDialogs::projectStatusAndCategoryFromTheRoundsList()
{
    ProjectDialog d(projectRound());
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    fillProject(d, u"P2"_qs, u"Bike racks"_qs, u"250"_qs);
    // The round has a category list: a choice, no free text.
    auto *category = d.findChild<QComboBox *>(u"projectCategoryChoice"_qs);
    QVERIFY(!category->isEditable());
    QVERIFY(!d.findChild<QLineEdit *>(u"projectCategory"_qs));
    QCOMPARE(category->count(), 3); // none, Green, Transport
    category->setCurrentIndex(category->findData(u"Transport"_qs));
    auto *status = d.findChild<QComboBox *>(u"projectStatus"_qs);
    QCOMPARE(status->currentText(), u"On the ballot"_qs);
    QStringList words;
    for (int i = 0; i < status->count(); ++i)
        words << status->itemText(i);
    QCOMPARE(words, QStringList({u"On the ballot"_qs, u"Under review"_qs, u"Rejected"_qs, u"Withdrawn"_qs}));
    status->setCurrentIndex(status->findText(u"Under review"_qs));
    auto *district = d.findChild<QComboBox *>(u"projectDistrict"_qs);
    district->setCurrentIndex(district->findData(u"N"_qs));
    clickOk(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const Project p = d.project();
    QCOMPARE(p.id, u"P2"_qs);
    QCOMPARE(p.cost, int64_t(25000));
    QCOMPARE(p.category, u"Transport"_qs);
    QCOMPARE(p.district, u"N"_qs);
    QCOMPARE(p.status, ProjectStatus::UnderReview);
    QVERIFY(!d.imageChanged());
    QVERIFY(d.image().isEmpty());

    // Without a category list the category is free text.
    Round free = projectRound();
    free.categories.clear();
    ProjectDialog f(free);
    QVERIFY(f.findChild<QComboBox *>(u"projectCategoryChoice"_qs)->isEditable());
    fillProject(f, u"P3"_qs, u"Benches"_qs, u"120"_qs);
    QTest::keyClicks(f.findChild<QLineEdit *>(u"projectCategory"_qs), u"Street furniture"_qs);
    QCOMPARE(f.project().category, u"Street furniture"_qs);
}

void TestRoundDialogs::pictureChosenFromAFile()
{
    const QByteArray png = pngBytes(640, 480, QColor(40, 140, 60));
    const QString path = writeFile(m_dir, u"trees.png"_qs, png);
    QVERIFY(!path.isEmpty());
    Round r = projectRound();
    ProjectDialog d(r, nullptr, &r.projects[0]);
    d.show();
    auto *preview = d.findChild<QLabel *>(u"projectPicture"_qs);
    auto *remove = d.findChild<QPushButton *>(u"removePicture"_qs);
    QVERIFY(preview->pixmap().isNull());
    QVERIFY(!remove->isEnabled());
    const Status taken = d.setImageFile(path);
    QVERIFY2(taken, qPrintable(taken.error()));
    QCOMPARE(d.image(), png);
    QVERIFY(d.imageChanged());
    // A preview, scaled down to the dialog, keeping its shape.
    QVERIFY(!preview->pixmap().isNull());
    QVERIFY(preview->pixmap().width() < 640);
    QVERIFY(qAbs(preview->pixmap().width() * 3 - preview->pixmap().height() * 4) <= 4);
    QVERIFY(d.findChild<QLabel *>(u"projectPictureInfo"_qs)->text().contains(u"640"_qs));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(d.image().isEmpty());
    QVERIFY(!d.imageChanged()); // back to none, as it opened

    // An existing picture: shown, and removing it is a change.
    ProjectDialog withPicture(r, nullptr, &r.projects[0], png);
    QVERIFY(!withPicture.findChild<QLabel *>(u"projectPicture"_qs)->pixmap().isNull());
    QVERIFY(!withPicture.imageChanged());
    withPicture.removeImage();
    QVERIFY(withPicture.imageChanged());
    clickOk(withPicture);
    QCOMPARE(withPicture.result(), int(QDialog::Accepted));
    QVERIFY(withPicture.image().isEmpty());

    // Not a picture at all: core's check refuses it.
    const QString text = writeFile(m_dir, u"notes.png"_qs, "just some text");
    ProjectDialog other(r, nullptr, &r.projects[0], png);
    other.show();
    QVERIFY(!other.setImageFile(text));
    QCOMPARE(other.image(), png); // the picture it had stays
    auto *error = other.findChild<QLabel *>(u"projectError"_qs);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"notes.png"_qs), qPrintable(error->text()));
    QVERIFY2(error->text().contains(store::BallotStore::checkProjectImage(u"P1"_qs, "just some text").error()),
             qPrintable(error->text()));
}

void TestRoundDialogs::pictureTooLargeIsRefused()
{
    // A real PNG header, then 3 MiB.
    QByteArray big = pngBytes(8, 8, Qt::red);
    big.append(QByteArray(3 * 1024 * 1024, '\0'));
    const QString path = writeFile(m_dir, u"huge.png"_qs, big);
    QVERIFY(!path.isEmpty());
    Round r = projectRound();
    ProjectDialog d(r, nullptr, &r.projects[0]);
    d.show();
    const Status refused = d.setImageFile(path);
    QVERIFY(!refused);
    QVERIFY(d.image().isEmpty());
    QVERIFY(!d.imageChanged());
    auto *error = d.findChild<QLabel *>(u"projectError"_qs);
    QVERIFY(error->isVisible());
    QVERIFY(error->wordWrap());
    const QString coreMessage = store::BallotStore::checkProjectImage(u"P1"_qs, big).error();
    QVERIFY(!coreMessage.isEmpty());
    QVERIFY2(error->text().contains(coreMessage), qPrintable(error->text()));
    QCOMPARE(refused.error(), error->text());
    // A good one afterwards clears the message.
    QVERIFY(d.setImageFile(writeFile(m_dir, u"small.png"_qs, pngBytes(40, 30, Qt::blue))));
    QVERIFY(!error->isVisible());
}

void TestRoundDialogs::costAboveTheBudgetIsRefusedByCore()
{
    const Round r = projectRound();
    ProjectDialog d(r);
    d.show();
    fillProject(d, u"P9"_qs, u"Tram line"_qs, u"1 500"_qs); // the whole budget is 1,000.00
    clickOk(d);
    QVERIFY(d.isVisible());
    QVERIFY(d.result() != QDialog::Accepted);
    const QString coreMessage = r.checkProject(d.project()).error();
    QVERIFY(!coreMessage.isEmpty());
    auto *error = d.findChild<QLabel *>(u"projectError"_qs);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), coreMessage);

    // In district North (500.00) even 600 is too much; city-wide it fits.
    auto *cost = d.findChild<QLineEdit *>(u"projectCost"_qs);
    cost->setText(u"600"_qs);
    auto *district = d.findChild<QComboBox *>(u"projectDistrict"_qs);
    district->setCurrentIndex(district->findData(u"N"_qs));
    clickOk(d);
    QVERIFY(d.isVisible());
    QCOMPARE(error->text(), r.checkProject(d.project()).error());
    district->setCurrentIndex(0);
    clickOk(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.project().cost, int64_t(60000));
}

void TestRoundDialogs::editCheckedAgainstTheRoundWithoutTheProject()
{
    Round r = projectRound();
    r.offBallot.push_back({u"P5"_qs, u"Skate park"_qs, {}, 90000, u"Green"_qs, {}, ProjectStatus::Rejected});
    QVERIFY2(r.validate(), qPrintable(r.validate().error()));
    // Editing P5 (off the ballot) does not trip over its own id; it can go on the ballot.
    ProjectDialog d(r, nullptr, &r.offBallot[0]);
    d.show();
    auto *status = d.findChild<QComboBox *>(u"projectStatus"_qs);
    QCOMPARE(status->currentData().toInt(), int(ProjectStatus::Rejected));
    QCOMPARE(d.findChild<QComboBox *>(u"projectCategoryChoice"_qs)->currentText(), u"Green"_qs);
    QCOMPARE(d.findChild<QLineEdit *>(u"projectCost"_qs)->text(), u"900.00"_qs);
    status->setCurrentIndex(status->findData(int(ProjectStatus::Ballot)));
    clickOk(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.project().status, ProjectStatus::Ballot);
    QCOMPARE(d.project().id, u"P5"_qs);

    // A new project may not take an id in use, even one off the ballot.
    ProjectDialog n(r);
    n.show();
    fillProject(n, u"P5"_qs, u"Another"_qs, u"10"_qs);
    clickOk(n);
    QVERIFY(n.isVisible());
    QVERIFY2(n.findChild<QLabel *>(u"projectError"_qs)->text().contains(u"P5"_qs),
             qPrintable(n.findChild<QLabel *>(u"projectError"_qs)->text()));
}

void TestRoundDialogs::translationsEditedThroughTheModelAndEditors()
{
    Round r = projectRound();
    const std::map<QString, store::ProjectText> initial = {
        {u"es"_qs, {u"Árboles"_qs, u"Sombra en la plaza"_qs}}};
    ProjectDialog d(r, nullptr, &r.projects[0], {}, initial);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    d.findChild<QTabWidget *>(u"projectTabs"_qs)->setCurrentIndex(1);
    auto *table = d.findChild<QTableView *>(u"projectTranslations"_qs);
    QAbstractItemModel *model = table->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 4);
    QStringList languages;
    for (int row = 0; row < model->rowCount(); ++row)
        languages << model->index(row, ProjectTranslationModel::LanguageColumn).data().toString();
    QCOMPARE(languages, QStringList({u"Español"_qs, u"Tiếng Việt"_qs, u"Polski"_qs, u"العربية"_qs}));
    QCOMPARE(model->index(0, ProjectTranslationModel::TitleColumn).data().toString(), u"Árboles"_qs);
    QVERIFY(!(model->flags(model->index(0, ProjectTranslationModel::LanguageColumn)) & Qt::ItemIsEditable));

    // Through the model (as the table's in-place editors do).
    QVERIFY(model->setData(model->index(2, ProjectTranslationModel::TitleColumn), u"Drzewa"_qs));
    QVERIFY(model->setData(model->index(2, ProjectTranslationModel::DescriptionColumn), u"Cień na placu"_qs));

    // Through the editors below the table, for the chosen language.
    auto *title = d.findChild<QLineEdit *>(u"translationTitle"_qs);
    auto *description = d.findChild<QPlainTextEdit *>(u"translationDescription"_qs);
    table->setCurrentIndex(model->index(1, ProjectTranslationModel::TitleColumn));
    QCOMPARE(title->layoutDirection(), Qt::LeftToRight);
    QTest::keyClicks(title, u"Cay xanh"_qs);
    QTest::keyClicks(description, u"Bong mat"_qs);
    QCOMPARE(model->index(1, ProjectTranslationModel::TitleColumn).data().toString(), u"Cay xanh"_qs);
    QCOMPARE(model->index(1, ProjectTranslationModel::DescriptionColumn).data().toString(), u"Bong mat"_qs);

    // Arabic: the editors run right to left, and take Arabic text.
    table->setCurrentIndex(model->index(3, ProjectTranslationModel::TitleColumn));
    QCOMPARE(title->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(description->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(description->document()->defaultTextOption().textDirection(), Qt::RightToLeft);
    QCOMPARE(title->text(), QString()); // the Vietnamese text is not carried over
    const QString arabic = u"أشجار"_qs;
    for (QChar ch : arabic)
        QTest::sendKeyEvent(QTest::Click, title, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    QCOMPARE(model->index(3, ProjectTranslationModel::TitleColumn).data().toString(), arabic);
    // The table's own editor for an Arabic cell is right to left too.
    table->edit(model->index(3, ProjectTranslationModel::DescriptionColumn));
    auto *cellEditor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(cellEditor);
    QCOMPARE(cellEditor->layoutDirection(), Qt::RightToLeft);
    QTest::keyClick(cellEditor, Qt::Key_Escape);
    // Back to Spanish: left to right again, with its text.
    table->setCurrentIndex(model->index(0, ProjectTranslationModel::TitleColumn));
    QCOMPARE(title->layoutDirection(), Qt::LeftToRight);
    QCOMPARE(title->text(), u"Árboles"_qs);
    QCOMPARE(description->toPlainText(), u"Sombra en la plaza"_qs);
    // The organizer clears the Spanish text: the translation goes.
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    description->selectAll();
    QTest::keyClick(description, Qt::Key_Delete);
    QCOMPARE(model->index(0, ProjectTranslationModel::TitleColumn).data().toString(), QString());

    clickOk(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const std::map<QString, store::ProjectText> expected = {
        {u"es"_qs, {}},
        {u"vi"_qs, {u"Cay xanh"_qs, u"Bong mat"_qs}},
        {u"pl"_qs, {u"Drzewa"_qs, u"Cień na placu"_qs}},
        {u"ar"_qs, {arabic, {}}},
    };
    QCOMPARE(d.translations(), expected);
}

void TestRoundDialogs::descriptionTranslationNeedsATitle()
{
    Round r = projectRound();
    ProjectDialog d(r, nullptr, &r.projects[0]);
    d.show();
    auto *table = d.findChild<QTableView *>(u"projectTranslations"_qs);
    auto *tabs = d.findChild<QTabWidget *>(u"projectTabs"_qs);
    QVERIFY(table->model()->setData(table->model()->index(2, ProjectTranslationModel::DescriptionColumn),
                                    u"Cień na placu"_qs));
    QCOMPARE(tabs->currentIndex(), 0);
    clickOk(d);
    QVERIFY(d.isVisible());
    auto *error = d.findChild<QLabel *>(u"projectError"_qs);
    QVERIFY2(error->isVisible() && error->text().contains(u"Polski"_qs) && error->text().contains(u"title"_qs),
             qPrintable(error->text()));
    QCOMPARE(tabs->currentIndex(), 1); // where the problem is
    QVERIFY(table->model()->setData(table->model()->index(2, ProjectTranslationModel::TitleColumn), u"Drzewa"_qs));
    clickOk(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
}

// The projects table --------------------------------------------------------------------------

void TestRoundDialogs::projectTableListsOffBallotProjects()
{
    Round r = projectRound();
    r.projects.push_back({u"P2"_qs, u"Lamps"_qs, {}, 20000, {}, u"N"_qs});
    r.offBallot.push_back({u"P7"_qs, u"Fountain"_qs, {}, 40000, {}, {}, ProjectStatus::Withdrawn});
    r.offBallot.push_back({u"P8"_qs, u"Stage"_qs, {}, 40000, {}, {}, ProjectStatus::UnderReview});
    ProjectTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRound(r);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(ProjectTableModel::ColumnCount));
    QCOMPARE(model.headerData(ProjectTableModel::StatusColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             u"Status"_qs);
    const QStringList ids = {u"P1"_qs, u"P2"_qs, u"P7"_qs, u"P8"_qs};
    const QStringList statuses = {u"On the ballot"_qs, u"On the ballot"_qs, u"Withdrawn"_qs, u"Under review"_qs};
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(model.index(row, ProjectTableModel::IdColumn).data().toString(), ids[row]);
        QCOMPARE(model.projectAt(row)->id, ids[row]);
        // Off the ballot: said in words, and in italics (not by colour alone).
        QCOMPARE(model.index(row, ProjectTableModel::StatusColumn).data().toString(), statuses[row]);
        const QVariant font = model.index(row, ProjectTableModel::TitleColumn).data(Qt::FontRole);
        QCOMPARE(font.isValid() && font.value<QFont>().italic(), row >= 2);
    }
    QCOMPARE(model.index(1, ProjectTableModel::DistrictColumn).data().toString(), u"North"_qs);
    QCOMPARE(model.index(2, ProjectTableModel::StatusColumn).data(ProjectTableModel::SortRole).toInt(),
             int(ProjectStatus::Withdrawn));
    QVERIFY(!model.projectAt(4));
    QVERIFY(!model.projectAt(-1));
}

// Pictures of each dialog, for people to look at (PBVOTE_DIALOG_SHOTS=directory).
void TestRoundDialogs::screenshots()
{
    const QString dir = qEnvironmentVariable("PBVOTE_DIALOG_SHOTS");
    if (dir.isEmpty())
        QSKIP("Set PBVOTE_DIALOG_SHOTS to a directory to get pictures of the dialogs.");
    QVERIFY(QDir().mkpath(dir));
    const bool rtl = qEnvironmentVariableIsSet("PBVOTE_DIALOG_SHOTS_RTL");
    if (rtl)
        QApplication::setLayoutDirection(Qt::RightToLeft);
    auto shoot = [&dir](QWidget &w, const QString &name) {
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.grab().save(dir + u'/' + name + u".png"_qs));
    };
    {
        RoundSettingsDialog d(store::RoundSettings(), true, nullptr);
        shoot(d, u"new-round"_qs);
    }
    store::RoundSettings s;
    s.name = u"Participatory Budget 2027"_qs;
    s.budget = 150000050;
    s.currency = u"PLN"_qs;
    s.categories = {u"Green spaces"_qs, u"Transport"_qs, u"Culture and sport"_qs, u"Safety"_qs};
    s.votingOpens = QDateTime(QDate(2027, 6, 1), QTime(6, 0), Qt::UTC);
    s.votingCloses = QDateTime(QDate(2027, 6, 15), QTime(18, 0), Qt::UTC);
    s.tallyRule = u"mes-cost+add1"_qs;
    {
        RoundSettingsDialog d(s, false, nullptr);
        shoot(d, u"edit-round"_qs);
        d.findChild<QCheckBox *>(u"noVotingPeriod"_qs)->setChecked(false);
        d.findChild<QDateTimeEdit *>(u"votingCloses"_qs)->setDateTime(QDateTime(QDate(2027, 5, 1), QTime(9, 0)));
        clickOk(d);
        QVERIFY(d.grab().save(dir + u"/edit-round-error.png"_qs));
    }
    {
        RoundSettingsDialog d(s, false, nullptr);
        d.setReadOnly(u"Voting has opened: nothing that changes the outcome can be edited."_qs);
        shoot(d, u"read-only-round"_qs);
    }
    {
        Round r = projectRound();
        r.projects[0].description = u"Forty new trees around the market square, with benches in their shade."_qs;
        QImage image(800, 500, QImage::Format_RGB32);
        image.fill(QColor(60, 140, 80));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const std::map<QString, store::ProjectText> translations = {
            {u"es"_qs, {u"Árboles en la plaza"_qs, u"Cuarenta árboles nuevos alrededor de la plaza del mercado."_qs}},
            {u"ar"_qs, {u"أشجار في الساحة"_qs, u"أربعون شجرة جديدة حول ساحة السوق."_qs}}};
        ProjectDialog d(r, nullptr, &r.projects[0], png, translations);
        shoot(d, u"project"_qs);
        d.findChild<QTabWidget *>(u"projectTabs"_qs)->setCurrentIndex(1);
        auto *table = d.findChild<QTableView *>(u"projectTranslations"_qs);
        table->setCurrentIndex(table->model()->index(3, ProjectTranslationModel::TitleColumn));
        QVERIFY(d.grab().save(dir + u"/project-translations.png"_qs));
        d.findChild<QTabWidget *>(u"projectTabs"_qs)->setCurrentIndex(0);
        d.findChild<QLineEdit *>(u"projectCost"_qs)->setText(u"1 500"_qs);
        clickOk(d);
        QVERIFY(d.grab().save(dir + u"/project-error.png"_qs));
    }
    if (rtl)
        QApplication::setLayoutDirection(Qt::LeftToRight);
}

QTEST_MAIN(TestRoundDialogs)
#include "TestRoundDialogs.moc"
