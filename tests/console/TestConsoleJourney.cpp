// An organizer takes rounds from nothing to a published result with the console alone,
// through its real widgets: the demo round typed into the New round and project dialogs
// (a picture, a Spanish translation), more projects imported from CSV, a district added
// through its prompts, a removed project brought back in its place by Edit > Undo, a
// kiosk registered, codes issued to PDF and CSV, voting opened, ballots cast through the
// core by a kiosk sharing the database, turnout (never partial results), voting closed,
// counted, published and the files read back; a real Pabulib election imported, counted
// (the winners pabutools found) and published. A second console on the same database is
// refused; lifecycle steps ask first; controls that cannot be used say why; the
// passphrase that makes the organizer's keys is not taken from a single typing.
// With PBVOTE_CONSOLE_SHOTS=<folder>, pictures of every page and dialog in English and
// Arabic (right to left) for people to look at.
#include "CodeBatchModel.h"
#include "CodesPage.h"
#include "ConsoleWindow.h"
#include "IssueCodesDialog.h"
#include "KioskDialog.h"
#include "KioskTableModel.h"
#include "KiosksPage.h"
#include "ProjectDialog.h"
#include "ProjectTableModel.h"
#include "ProjectTranslationModel.h"
#include "ResultsModel.h"
#include "ResultsView.h"
#include "RoundSettingsDialog.h"

#include "crypto/Crypto.h"
#include "formats/PabulibReader.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>

using namespace pbvote;
using namespace pbvote::console;

namespace {

using Drive = std::function<void(QWidget *)>;

const QString KioskId = u"LIB-01"_qs;

crypto::SecretBytes organizerPassphrase()
{
    return crypto::SecretBytes::copyOf(QByteArrayView("organizer passphrase"));
}

QString plain(QString text)
{
    return text.remove(u'&');
}

// The window's action with this menu text (without the '&' of its shortcut letter).
QAction *findAction(const QWidget &w, const QString &text)
{
    for (QAction *a : w.findChildren<QAction *>()) {
        if (plain(a->text()) == text)
            return a;
    }
    return nullptr;
}

// Types `text` key by key, as an organizer would (any script: keys without a Latin
// letter carry their text).
void typeText(QWidget *w, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(w, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// The overview's text as the organizer reads it (without the markup).
QString overviewText(const ConsoleWindow &w)
{
    QTextDocument doc;
    doc.setHtml(w.findChild<QLabel *>(u"roundOverview"_qs)->text());
    return doc.toPlainText();
}

void clickButton(QDialogButtonBox *box, QDialogButtonBox::StandardButton which)
{
    QVERIFY(box);
    QPushButton *b = box->button(which);
    QVERIFY2(b, "no such button in the dialog");
    QVERIFY(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

void clickOk(QWidget *dialog)
{
    clickButton(dialog->findChild<QDialogButtonBox *>(), QDialogButtonBox::Ok);
}

void clickRow(QTableView *view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

// Runs `start`, which opens modal dialogs one after the other (a question, then a
// passphrase prompt…), and drives each from inside its exec() with the next of `drives`.
// A dialog a drive leaves open is closed (rejected), so that a failed check cannot leave
// the test waiting. Returns how many dialogs were driven.
int withDialogs(const std::function<void()> &start, const QList<Drive> &drives)
{
    auto driven = std::make_shared<int>(0);
    auto last = std::make_shared<QPointer<QWidget>>(QApplication::activeModalWidget());
    auto *poll = new QTimer;
    poll->setInterval(5);
    QObject::connect(poll, &QTimer::timeout, poll, [=] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || modal == last->data() || *driven >= drives.size())
            return;
        *last = modal;
        QPointer<QWidget> dialog(modal);
        drives[(*driven)++](modal);
        if (dialog && dialog->isVisible()) {
            if (auto *d = qobject_cast<QDialog *>(dialog.data()))
                d->reject();
        }
    });
    poll->start();
    start();
    delete poll;
    return *driven;
}

int withDialog(const std::function<void()> &start, const Drive &drive)
{
    return withDialogs(start, {drive});
}

// Closes any modal dialog nobody drives after a while (a complaint the test did not
// expect), and remembers what it said so that the test fails with it.
class DialogWatch : public QObject
{
public:
    DialogWatch()
    {
        m_timer.setInterval(100);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal != m_seen.data()) {
                m_seen = modal;
                m_since.start();
                return;
            }
            if (m_since.elapsed() < 4000)
                return;
            QString what = modal->windowTitle();
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                what += u": "_qs + box->text();
            m_unexpected << what;
            if (auto *d = qobject_cast<QDialog *>(modal))
                d->reject();
        });
        m_timer.start();
    }
    QStringList takeUnexpected() { return std::exchange(m_unexpected, {}); }

private:
    QTimer m_timer;
    QPointer<QWidget> m_seen;
    QElapsedTimer m_since;
    QStringList m_unexpected;
};

// The demo round (resources/demo/round.json).
QJsonObject demoRound()
{
    QFile f(QStringLiteral(PBVOTE_SOURCE_DIR "/resources/demo/round.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject demoProject(const QString &id)
{
    for (const QJsonValue &p : demoRound().value(u"projects"_qs).toArray()) {
        if (p.toObject().value(u"id"_qs).toString() == id)
            return p.toObject();
    }
    return {};
}

QString csvField(QString value)
{
    return u'"' + value.replace(u'"', u"\"\""_qs) + u'"';
}

// The demo's projects but the first two as a CSV file (docs/projects-csv.md), costs
// written in currency units as a spreadsheet holds them; two with a Spanish title.
QByteArray demoProjectsCsv()
{
    const std::map<QString, QString> spanish
        = {{u"P03"_qs, u"Taller creativo en la biblioteca"_qs}, {u"P06"_qs, u"Red de neveras solidarias"_qs}};
    QString csv = u"id,title,description,cost,category,title:es\r\n"_qs;
    for (const QJsonValue &v : demoRound().value(u"projects"_qs).toArray()) {
        const QJsonObject p = v.toObject();
        const QString id = p.value(u"id"_qs).toString();
        if (id == u"P01"_qs || id == u"P02"_qs)
            continue;
        const qint64 cents = p.value(u"cost"_qs).toInteger();
        const auto es = spanish.find(id);
        csv += QStringList {id, csvField(p.value(u"title"_qs).toString()),
                   csvField(p.value(u"description"_qs).toString()),
                   u"%1.%2"_qs.arg(cents / 100).arg(cents % 100, 2, 10, QChar(u'0')),
                   csvField(p.value(u"category"_qs).toString()), es == spanish.end() ? QString() : csvField(es->second)}
                   .join(u',')
            + u"\r\n"_qs;
    }
    return csv.toUtf8();
}

// Twelve knapsack ballots (each within the 1,000,000.00 budget) with no tie between the
// projects' votes: P01 10, P05 9, P03 8, P07 7, P06 6, P02 5, P08 4, P10 3, P12 2, P09 1.
// Greedy by votes funds P01, P05, P03, P07, P06 (P02 at 420,000.00 no longer fits), P08,
// P10, P12, and leaves 6,000.00.
const QList<QStringList> &demoBallots()
{
    static const QList<QStringList> ballots = [] {
        const QStringList popular = {u"P01"_qs, u"P03"_qs, u"P05"_qs, u"P06"_qs, u"P07"_qs};
        QList<QStringList> b = {{u"P02"_qs, u"P03"_qs, u"P05"_qs, u"P10"_qs},
            {u"P02"_qs, u"P03"_qs, u"P05"_qs, u"P10"_qs}, {u"P01"_qs, u"P02"_qs, u"P08"_qs, u"P09"_qs},
            {u"P01"_qs, u"P02"_qs, u"P08"_qs, u"P12"_qs}, {u"P01"_qs, u"P02"_qs, u"P08"_qs, u"P12"_qs}};
        for (int i = 0; i < 6; ++i)
            b << popular;
        b << QStringList {u"P01"_qs, u"P05"_qs, u"P07"_qs, u"P08"_qs, u"P10"_qs};
        return b;
    }();
    return ballots;
}
const QStringList DemoGreedyWinners
    = {u"P01"_qs, u"P05"_qs, u"P03"_qs, u"P07"_qs, u"P06"_qs, u"P08"_qs, u"P10"_qs, u"P12"_qs};

QStringList readCodes(const QString &csvPath)
{
    QFile f(csvPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList codes;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].trimmed().isEmpty())
            codes << QString::fromLatin1(lines[i].trimmed());
    }
    return codes;
}

// A kiosk sharing the console's database (its own connection, as the kiosk program
// has) casts `ballots` (project ids) with one code each.
Status castAsKiosk(const QString &dbPath, int64_t roundId, const crypto::SigningKeyPair &kiosk,
    const QStringList &codes, const QList<QStringList> &ballots)
{
    auto opened = store::BallotStore::open(dbPath);
    if (!opened)
        return Status::failure(opened.error());
    store::BallotStore &kioskStore = **opened;
    auto round = kioskStore.round(roundId);
    if (!round)
        return Status::failure(round.error());
    if (codes.size() < ballots.size())
        return Status::failure(u"not enough codes"_qs);
    for (qsizetype i = 0; i < ballots.size(); ++i) {
        std::vector<int> positions;
        for (const QString &id : ballots[i]) {
            const auto p = std::find_if(round->projects.begin(), round->projects.end(),
                [&id](const Project &project) { return project.id == id; });
            if (p == round->projects.end())
                return Status::failure(u"no project "_qs + id);
            positions.push_back(int(p - round->projects.begin()));
        }
        std::sort(positions.begin(), positions.end());
        Ballot ballot;
        for (int p : positions)
            ballot.choices.push_back({p, 1});
        auto cast = kioskStore.cast(roundId, KioskId, kiosk.secretKey, codes[i], ballot);
        if (!cast)
            return Status::failure(cast.error());
    }
    return {};
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestConsoleJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void demoRoundToPublishedResult();
    void pabulibElectionToPublishedResult();
    void secondConsoleIsRefused();
    void lifecycleAsksFirst();
    void disabledControlsSayWhy();
    void newKeysAskThePassphraseTwice();
    void screenshots();

private:
    // A draft round of the demo's projects (P01 with its picture and translations), a
    // kiosk and a batch of codes, made through the window's actions without dialogs.
    Result<int64_t> draftDemoRound(
        ConsoleWindow &w, const QString &name, crypto::SigningKeyPair *kiosk, QStringList *codes);
    void shootEverything(const QString &dbPath, int64_t draft, int64_t open, int64_t counted, const QString &folder);

    QTemporaryDir m_dir;
    std::unique_ptr<DialogWatch> m_watch;
};

void TestConsoleJourney::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings in a test location
    QCoreApplication::setOrganizationName(u"pbvote-test"_qs);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(crypto::initialize());
    QVERIFY(m_dir.isValid());
    QVERIFY2(!demoRound().isEmpty(), "resources/demo/round.json unreadable");
    m_watch = std::make_unique<DialogWatch>();
}

void TestConsoleJourney::cleanup()
{
    const QStringList unexpected = m_watch->takeUnexpected();
    QVERIFY2(unexpected.isEmpty(), qPrintable(u"Dialogs nobody expected: "_qs + unexpected.join(u" | "_qs)));
}

// From an empty database to a published result, on the demo data.
void TestConsoleJourney::demoRoundToPublishedResult()
{
    const QString db = m_dir.filePath(u"demo.sqlite"_qs);
    ConsoleWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDatabase(db));
    QCOMPARE(w.currentRoundId(), int64_t(0));
    const QJsonObject demo = demoRound();

    // Round > New round: typed into the dialog.
    QStringList categories;
    for (const QJsonValue &c : demo.value(u"categories"_qs).toArray())
        categories << c.toString();
    const int newRound = withDialog([&] { findAction(w, u"New round…"_qs)->trigger(); },
        [&](QWidget *modal) {
            auto *d = qobject_cast<RoundSettingsDialog *>(modal);
            QVERIFY(d);
            QCOMPARE(d->windowTitle(), u"New round"_qs);
            typeText(d->findChild<QLineEdit *>(u"roundName"_qs), demo.value(u"name"_qs).toString());
            typeText(d->findChild<QLineEdit *>(u"roundBudget"_qs), u"1 000 000"_qs);
            QCOMPARE(d->findChild<QLineEdit *>(u"roundCurrency"_qs)->text(), u"EUR"_qs);
            auto *method = d->findChild<QComboBox *>(u"votingMethod"_qs);
            method->setCurrentIndex(method->findData(int(BallotKind::Knapsack)));
            auto *rule = d->findChild<QComboBox *>(u"tallyRule"_qs);
            QVERIFY(rule->findData(u"greedy"_qs) > 0);
            rule->setCurrentIndex(0);
            rule->setCurrentIndex(rule->findData(u"greedy"_qs));
            auto *newCategory = d->findChild<QLineEdit *>(u"newCategory"_qs);
            for (const QString &c : categories) {
                typeText(newCategory, c);
                QTest::keyClick(newCategory, Qt::Key_Return); // adds it; does not press OK
            }
            QVERIFY(d->isVisible());
            clickOk(d);
            QCOMPARE(d->result(), int(QDialog::Accepted));
        });
    QCOMPARE(newRound, 1);
    const int64_t id = w.currentRoundId();
    QVERIFY(id != 0);
    {
        auto round = w.store()->round(id);
        QVERIFY(round);
        QCOMPARE(round->name, demo.value(u"name"_qs).toString());
        QCOMPARE(round->budget, int64_t(100000000));
        QCOMPARE(round->currency, u"EUR"_qs);
        QCOMPARE(round->rules.kind, BallotKind::Knapsack);
        QCOMPARE(round->tallyRule, u"greedy"_qs);
        QCOMPARE(round->categories, categories);
        QCOMPARE(round->state, RoundState::Draft);
        auto *list = w.findChild<QListView *>(u"roundList"_qs);
        QCOMPARE(list->model()->rowCount(), 1);
        QVERIFY(list->currentIndex().data().toString().contains(round->name));
    }

    // Round > Add a project, twice: P01 with its picture and a Spanish translation.
    const QString picture = m_dir.filePath(u"p01.png"_qs);
    QVERIFY(QFile::copy(QStringLiteral(PBVOTE_SOURCE_DIR "/resources/demo/images/p01.png"), picture));
    const store::ProjectText p01es {u"Árboles de sombra en la Plaza del Mercado"_qs,
        u"Cuarenta árboles grandes con riego alrededor de la plaza."_qs};
    for (const QString &projectId : {u"P01"_qs, u"P02"_qs}) {
        const QJsonObject p = demoProject(projectId);
        const int added = withDialog([&] { findAction(w, u"Add a project…"_qs)->trigger(); },
            [&](QWidget *modal) {
                auto *d = qobject_cast<ProjectDialog *>(modal);
                QVERIFY(d);
                typeText(d->findChild<QLineEdit *>(u"projectId"_qs), projectId);
                typeText(d->findChild<QLineEdit *>(u"projectTitle"_qs), p.value(u"title"_qs).toString());
                typeText(
                    d->findChild<QPlainTextEdit *>(u"projectDescription"_qs), p.value(u"description"_qs).toString());
                typeText(d->findChild<QLineEdit *>(u"projectCost"_qs),
                    QString::number(p.value(u"cost"_qs).toInteger() / 100));
                auto *category = d->findChild<QComboBox *>(u"projectCategoryChoice"_qs);
                category->setCurrentIndex(category->findData(p.value(u"category"_qs).toString()));
                QVERIFY(category->currentIndex() > 0);
                if (projectId == u"P01"_qs) {
                    const Status taken = d->setImageFile(picture);
                    QVERIFY2(taken, qPrintable(taken.error()));
                    auto *tabs = d->findChild<QTabWidget *>(u"projectTabs"_qs);
                    tabs->setCurrentIndex(1);
                    auto *table = d->findChild<QTableView *>(u"projectTranslations"_qs);
                    QCOMPARE(table->model()->index(0, ProjectTranslationModel::LanguageColumn).data().toString(),
                        u"Español"_qs);
                    clickRow(table, 0);
                    typeText(d->findChild<QLineEdit *>(u"translationTitle"_qs), p01es.title);
                    typeText(d->findChild<QPlainTextEdit *>(u"translationDescription"_qs), p01es.description);
                }
                clickOk(d);
                QCOMPARE(d->result(), int(QDialog::Accepted));
            });
        QCOMPARE(added, 1);
    }
    {
        auto round = w.store()->round(id);
        QCOMPARE(round->projects.size(), size_t(2));
        QCOMPARE(round->projects[0].id, u"P01"_qs);
        QCOMPARE(round->projects[0].cost, int64_t(18500000));
        QCOMPARE(round->projects[0].category, u"Green spaces"_qs);
        QCOMPARE(round->projects[1].title, demoProject(u"P02"_qs).value(u"title"_qs).toString());
        QCOMPARE(w.store()->projectImages(id)->at(u"P01"_qs), fileBytes(picture));
        QCOMPARE(w.store()->projectTranslations(id)->at(u"P01"_qs).at(u"es"_qs), p01es);
    }

    // The other ten from a spreadsheet.
    const QString csv = m_dir.filePath(u"demo-projects.csv"_qs);
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(demoProjectsCsv());
    }
    auto imported = w.importProjectsCsv(csv);
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(*imported, 10);
    auto *projectTable = w.findChild<QTableView *>(u"projectTable"_qs);
    QCOMPARE(projectTable->model()->rowCount(), 12);
    QCOMPARE(w.store()->projectTranslations(id)->at(u"P06"_qs).at(u"es"_qs).title, u"Red de neveras solidarias"_qs);

    // Round > Add a district: its name, then its budget.
    const int districtPrompts = withDialogs([&] { findAction(w, u"Add a district…"_qs)->trigger(); },
        {[](QWidget *modal) {
             QVERIFY(qobject_cast<QInputDialog *>(modal));
             typeText(modal->findChild<QLineEdit *>(), u"North End"_qs);
             clickOk(modal);
         },
            [](QWidget *modal) {
                QVERIFY(qobject_cast<QInputDialog *>(modal));
                typeText(modal->findChild<QLineEdit *>(), u"100000"_qs);
                clickOk(modal);
            }});
    QCOMPARE(districtPrompts, 2);
    {
        auto round = w.store()->round(id);
        QCOMPARE(round->districts.size(), size_t(1));
        QCOMPARE(round->districts[0].name, u"North End"_qs);
        QCOMPARE(round->districts[0].budget, int64_t(10000000));
        QVERIFY2(overviewText(w).contains(u"North End"_qs), qPrintable(overviewText(w)));
    }

    // P01 removed by mistake (the Projects tab, P01 chosen in the table, Delete, Yes)…
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTabBar *tabBar = w.findChild<QTabWidget *>(u"roundTabs"_qs)->tabBar();
    QTest::mouseClick(tabBar, Qt::LeftButton, {}, tabBar->tabRect(1).center());
    QVERIFY(projectTable->isVisible());
    projectTable->sortByColumn(ProjectTableModel::IdColumn, Qt::AscendingOrder);
    clickRow(projectTable, 0);
    QVERIFY(projectTable->hasFocus());
    QCOMPARE(projectTable->currentIndex().siblingAtColumn(ProjectTableModel::IdColumn).data().toString(), u"P01"_qs);
    const int removed = withDialog([&] { QTest::keyClick(projectTable, Qt::Key_Delete); },
        [](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            QVERIFY2(box->text().contains(u"P01"_qs), qPrintable(box->text()));
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
    QCOMPARE(removed, 1);
    QVERIFY(!w.store()->round(id)->findProject(u"P01"_qs));
    QCOMPARE(projectTable->model()->rowCount(), 11);
    QVERIFY(!w.store()->projectImages(id)->count(u"P01"_qs));
    // …and brought back by Edit > Undo, in its place, with its picture and translation.
    QAction *undo = w.findChild<QAction *>(u"undoAction"_qs);
    QVERIFY(undo && undo->isEnabled());
    QVERIFY2(undo->text().contains(u"P01"_qs), qPrintable(undo->text()));
    const int before = w.undoStack()->index();
    undo->trigger();
    QCOMPARE(w.undoStack()->index(), before - 1);
    {
        auto round = w.store()->round(id);
        QCOMPARE(round->projects.size(), size_t(12));
        QCOMPARE(round->projects[0].id, u"P01"_qs);
        QCOMPARE(round->projects[0].cost, int64_t(18500000));
        QCOMPARE(*w.store()->projectPosition(id, u"P01"_qs), 0);
        QCOMPARE(w.store()->projectImages(id)->at(u"P01"_qs), fileBytes(picture));
        QCOMPARE(w.store()->projectTranslations(id)->at(u"P01"_qs).at(u"es"_qs), p01es);
        QCOMPARE(projectTable->model()->rowCount(), 12);
    }

    // A kiosk, by the public key made on it (Kiosks page > Register kiosk…)…
    const crypto::SigningKeyPair kiosk = crypto::SigningKeyPair::generate();
    QTest::mouseClick(tabBar, Qt::LeftButton, {}, tabBar->tabRect(2).center());
    QCOMPARE(w.findChild<QTabWidget *>(u"roundTabs"_qs)->currentWidget(), w.kiosksPage());
    QSignalSpy registerRequests(w.kiosksPage(), &KiosksPage::registerRequested);
    QCOMPARE(withDialog([&] { QTest::mouseClick(w.kiosksPage()->registerButton(), Qt::LeftButton); },
                 [&kiosk](QWidget *modal) {
                     auto *d = qobject_cast<KioskDialog *>(modal);
                     QVERIFY(d);
                     typeText(d->findChild<QLineEdit *>(u"kioskId"_qs), KioskId);
                     typeText(d->findChild<QLineEdit *>(u"kioskName"_qs), u"Central Library"_qs);
                     typeText(d->findChild<QLineEdit *>(u"kioskLocation"_qs), u"Ground floor"_qs);
                     typeText(d->findChild<QPlainTextEdit *>(u"kioskPublicKey"_qs),
                         QString::fromLatin1(kiosk.publicKey.toHex()));
                     QVERIFY2(d->problem().isEmpty(), qPrintable(d->problem()));
                     clickOk(d);
                 }),
        1);
    QCOMPARE(registerRequests.size(), 1);
    {
        auto kiosks = w.store()->kiosks(id);
        QVERIFY(kiosks);
        QCOMPARE(kiosks->size(), size_t(1));
        QCOMPARE(kiosks->front().publicKey, kiosk.publicKey);
        QCOMPARE(kiosks->front().name, u"Central Library"_qs);
    }
    QCOMPARE(w.kiosksPage()->model()->rowCount(), 1);
    QCOMPARE(w.kiosksPage()->model()->index(0, KioskTableModel::IdColumn).data().toString(), KioskId);

    // …and codes for the library desk, as slips (PDF) and a list (CSV): Access codes page
    // > Issue codes….
    const QString slips = m_dir.filePath(u"demo-slips.pdf"_qs);
    const QString codesCsv = m_dir.filePath(u"demo-codes.csv"_qs);
    QTest::mouseClick(tabBar, Qt::LeftButton, {}, tabBar->tabRect(3).center());
    QSignalSpy issueRequests(w.codesPage(), &CodesPage::issueRequested);
    QCOMPARE(withDialog([&] { QTest::mouseClick(w.codesPage()->issueButton(), Qt::LeftButton); },
                 [&](QWidget *modal) {
                     auto *d = qobject_cast<IssueCodesDialog *>(modal);
                     QVERIFY(d);
                     auto *count = d->findChild<QSpinBox *>(u"codeCount"_qs);
                     count->selectAll();
                     typeText(count, u"20"_qs);
                     typeText(d->findChild<QLineEdit *>(u"codeLabel"_qs), u"Central Library desk"_qs);
                     typeText(d->findChild<QLineEdit *>(u"codePdfPath"_qs), slips);
                     typeText(d->findChild<QLineEdit *>(u"codeCsvPath"_qs), codesCsv);
                     QCOMPARE(d->count(), 20);
                     QVERIFY2(d->problem().isEmpty(), qPrintable(d->problem()));
                     clickOk(d);
                 }),
        1);
    QCOMPARE(issueRequests.size(), 1);
    QVERIFY(fileBytes(slips).startsWith("%PDF"));
    const QStringList codes = readCodes(codesCsv);
    QCOMPARE(codes.size(), 20);
    QCOMPARE(w.codesPage()->model()->rowCount(), 1);
    QCOMPARE(
        w.codesPage()->model()->index(0, CodeBatchModel::LabelColumn).data().toString(), u"Central Library desk"_qs);
    QVERIFY2(overviewText(w).contains(u"Access codes issued: 20"_qs), qPrintable(overviewText(w)));

    // Voting opens; the kiosk takes twelve ballots.
    Status opened = w.openVoting(organizerPassphrase(), crypto::KdfStrength::Interactive);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(w.store()->round(id)->state, RoundState::Open);
    Status cast = castAsKiosk(db, id, kiosk, codes, demoBallots());
    QVERIFY2(cast, qPrintable(cast.error()));

    // Turnout follows the kiosk's casts (the window's live refresh, made quick here), and
    // there are no partial results.
    auto *live = w.findChild<QTimer *>(u"turnoutTimer"_qs);
    QVERIFY(live && live->isActive());
    QVERIFY(live->interval() <= 10000);
    live->setInterval(10);
    QCOMPARE(w.findChild<QTabWidget *>(u"roundTabs"_qs)->currentWidget(), w.codesPage());
    QTest::mouseClick(tabBar, Qt::LeftButton, {}, tabBar->tabRect(0).center());
    QTRY_VERIFY2_WITH_TIMEOUT(overviewText(w).contains(u"Ballots cast: 12"_qs), qPrintable(overviewText(w)), 2000);
    const QString overview = overviewText(w);
    QVERIFY2(overview.contains(u"Ballots cast: 12"_qs), qPrintable(overview));
    QVERIFY2(overview.contains(u"Access codes issued: 20"_qs), qPrintable(overview));
    QVERIFY2(overview.contains(u"Turnout: 60.0%"_qs), qPrintable(overview));
    QVERIFY2(!overview.contains(u"Shade trees"_qs), qPrintable(overview)); // no project's votes
    QCOMPARE(w.kiosksPage()->model()->index(0, KioskTableModel::BallotsColumn).data().toString(), u"12"_qs);
    auto *resultsView = w.findChild<ResultsView *>(u"resultsView"_qs);
    QVERIFY(resultsView);
    QVERIFY(!resultsView->resultsModel()->isLoaded());
    QCOMPARE(resultsView->resultsModel()->rowCount(), 0);
    QCOMPARE(w.findChild<QTableView *>(u"resultsTable"_qs)->model()->rowCount(), 0);
    QVERIFY(!findAction(w, u"Count the votes…"_qs)->isEnabled());
    QVERIFY(!findAction(w, u"Export the results (PDF report, CSV)…"_qs)->isEnabled());
    QVERIFY(!findAction(w, u"Publish the result…"_qs)->isEnabled());
    QVERIFY(!w.countVotes(u"greedy"_qs, organizerPassphrase())); // not even through the API
    QVERIFY(!w.publish(m_dir.filePath(u"too-early"_qs), organizerPassphrase()));

    // Closed, counted with the round's rule: the ranking and the funded projects.
    Status closed = w.closeVoting();
    QVERIFY2(closed, qPrintable(closed.error()));
    QCOMPARE(w.store()->round(id)->state, RoundState::Closed);
    auto counted = w.countVotes(w.store()->round(id)->tallyRule, organizerPassphrase());
    QVERIFY2(counted, qPrintable(counted.error()));
    QCOMPARE(counted->value(u"ballots"_qs).toInt(), 12);
    QCOMPARE(w.findChild<QTabWidget *>(u"roundTabs"_qs)->currentWidget(), resultsView);
    ResultsModel *results = resultsView->resultsModel();
    QVERIFY(results->isLoaded());
    QCOMPARE(results->rowCount(), 12);
    QCOMPARE(results->winners(), DemoGreedyWinners);
    QCOMPARE(results->budgetUsed(), int64_t(99400000));
    QCOMPARE(results->index(results->rowOfProject(u"P01"_qs), ResultsModel::VotesColumn)
                 .data(ResultsModel::VotesRole)
                 .toLongLong(),
        10LL);
    QVERIFY(!results->index(results->rowOfProject(u"P02"_qs), 0).data(ResultsModel::FundedRole).toBool());

    // Published into one folder: four files, each readable.
    const QString folder = m_dir.filePath(u"demo-published"_qs);
    auto written = w.publish(folder, organizerPassphrase());
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written->size(), 4);
    QStringList suffixes;
    for (const QString &f : *written) {
        QVERIFY2(QFileInfo(f).size() > 0, qPrintable(f));
        QCOMPARE(QFileInfo(f).absolutePath(), QFileInfo(folder).absoluteFilePath());
        suffixes << QFileInfo(f).fileName().section(u'-', 2);
    }
    QCOMPARE(suffixes, QStringList({u"results.pdf"_qs, u"results.csv"_qs, u"votes.pb"_qs, u"record.json"_qs}));
    QVERIFY(fileBytes(written->at(0)).startsWith("%PDF"));
    QCOMPARE(fileBytes(written->at(1)).trimmed().split('\n').size(), 13); // header + 12 projects
    auto votes = formats::readPabulibFile(written->at(2));
    QVERIFY2(votes, qPrintable(votes.error()));
    QCOMPARE(votes->voters.size(), size_t(12));
    QCOMPARE(votes->projects.size(), size_t(12));
    const QJsonObject record = QJsonDocument::fromJson(fileBytes(written->at(3))).object();
    QCOMPARE(record.value(u"ballots"_qs).toArray().size(), 12);
    QVERIFY(w.store()->round(id)->published);
    QVERIFY2(overviewText(w).contains(u"Result: published"_qs), qPrintable(overviewText(w)));
    // The list of rounds says which ones are published (the organizer's overview of a year).
    auto *list = w.findChild<QListView *>(u"roundList"_qs);
    QVERIFY2(list->currentIndex().data().toString().contains(u"published"_qs),
        qPrintable(list->currentIndex().data().toString()));
}

// A real election from Pabulib, imported as a round, counted, published.
void TestConsoleJourney::pabulibElectionToPublishedResult()
{
    const QString name = u"poland_warszawa_2017_miedzeszyn.pb"_qs; // 17 KB, approval, 8 projects, 545 votes
    const QString file = QStringLiteral(PBVOTE_DATA_DIR "/pabulib/") + name;
    if (!QFile::exists(file))
        QSKIP(qPrintable(file + u" is not there (PBVOTE_DATA_DIR)"_qs));
    // pabutools' winners for this file (PBVOTE_DATA_DIR/pabulib/expected), when known.
    QStringList reference;
    const QJsonObject expected = QJsonDocument::fromJson(fileBytes(QStringLiteral(PBVOTE_DATA_DIR "/pabulib/expected/")
                                                             + QString(name).replace(u".pb"_qs, u".expected.json"_qs)))
                                     .object();
    for (const QJsonValue &v : expected.value(u"rules"_qs).toObject().value(u"greedy"_qs).toArray())
        reference << v.toString();

    ConsoleWindow w;
    w.show();
    QVERIFY(w.openDatabase(m_dir.filePath(u"pabulib.sqlite"_qs)));
    auto id = w.importPabulib(file);
    QVERIFY2(id, qPrintable(id.error()));
    auto round = w.store()->round(*id);
    QCOMPARE(round->state, RoundState::Closed);
    QCOMPARE(round->projects.size(), size_t(8));
    QCOMPARE(w.findChild<QTableView *>(u"projectTable"_qs)->model()->rowCount(), 8);
    QVERIFY2(overviewText(w).contains(name), qPrintable(overviewText(w)));
    QVERIFY(findAction(w, u"Count the votes…"_qs)->isEnabled());
    QVERIFY(!findAction(w, u"Issue access codes…"_qs)->isEnabled());

    // Counted without a passphrase: an imported round has no keys.
    auto counted = w.countVotes(u"greedy"_qs, crypto::SecretBytes());
    QVERIFY2(counted, qPrintable(counted.error()));
    QCOMPARE(counted->value(u"ballots"_qs).toInt(), 545);
    ResultsModel *results = w.findChild<ResultsView *>(u"resultsView"_qs)->resultsModel();
    QCOMPARE(results->rowCount(), 8);
    QStringList winners = results->winners();
    QVERIFY(!winners.isEmpty());
    QVERIFY(results->budgetUsed() <= round->budget);
    if (!reference.isEmpty()) {
        winners.sort();
        QCOMPARE(winners, reference);
    } else {
        qWarning("no reference result for %s: winners not compared", qPrintable(name));
    }

    // Published: the report, the results and the votes (no election record: nobody voted
    // with pbvote).
    const QString folder = m_dir.filePath(u"pabulib-published"_qs);
    auto written = w.publish(folder, crypto::SecretBytes());
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written->size(), 3);
    for (const QString &f : *written)
        QVERIFY2(QFileInfo(f).size() > 0, qPrintable(f));
    QVERIFY(fileBytes(written->at(0)).startsWith("%PDF"));
    QVERIFY(written->at(1).endsWith(u"-results.csv"_qs));
    QCOMPARE(fileBytes(written->at(1)).trimmed().split('\n').size(), 9);
    auto votes = formats::readPabulibFile(written->at(2));
    QVERIFY2(votes, qPrintable(votes.error()));
    auto original = formats::readPabulibFile(file);
    QVERIFY(original);
    QCOMPARE(votes->voters.size(), size_t(545));
    QCOMPARE(votes->projects.size(), original->projects.size());
    QCOMPARE(votes->budget, original->budget);
    QVERIFY(w.store()->round(*id)->published);
    QVERIFY2(overviewText(w).contains(u"Result: published"_qs), qPrintable(overviewText(w)));
}

void TestConsoleJourney::secondConsoleIsRefused()
{
    const QString db = m_dir.filePath(u"shared.sqlite"_qs);
    auto first = std::make_unique<ConsoleWindow>();
    QVERIFY(first->openDatabase(db));
    Round r;
    r.name = u"Budget 2027"_qs;
    r.budget = 100000;
    QVERIFY(first->createRound(r));

    ConsoleWindow second;
    const Status refused = second.openDatabase(db);
    QVERIFY(!refused);
    QVERIFY2(
        refused.error().contains(QString::number(QCoreApplication::applicationPid())), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(u"shared.sqlite"_qs), qPrintable(refused.error()));
    QVERIFY(!second.store());
    QVERIFY(!findAction(second, u"New round…"_qs)->isEnabled());
    // The same path written another way is the same database.
    QVERIFY(!second.openDatabase(m_dir.path() + u"/./shared.sqlite"_qs));

    // Once the first console is gone, the second opens it, with the round made there.
    first.reset();
    const Status opened = second.openDatabase(db);
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(second.store());
    QCOMPARE(second.findChild<QListView *>(u"roundList"_qs)->model()->rowCount(), 1);
    QVERIFY(second.currentRoundId() != 0);
}

// Opening and closing voting cannot be undone: the menu asks first, and Cancel changes
// nothing. Counting and publishing through the menus ask for the passphrase.
void TestConsoleJourney::lifecycleAsksFirst()
{
    ConsoleWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDatabase(m_dir.filePath(u"lifecycle.sqlite"_qs)));
    Round r;
    r.name = u"Budget 2027"_qs;
    r.budget = 100000;
    r.rules.kind = BallotKind::Approval;
    r.tallyRule = u"greedy"_qs;
    auto id = w.createRound(r);
    QVERIFY(id);
    QVERIFY(w.addProject({u"P1"_qs, u"Trees"_qs, {}, 40000, {}, {}}));
    QVERIFY(w.addProject({u"P2"_qs, u"Lamps"_qs, {}, 30000, {}, {}}));
    QVERIFY(w.registerKiosk(KioskId, QString::fromLatin1(crypto::SigningKeyPair::generate().publicKey.toHex())));

    QAction *open = findAction(w, u"Open voting…"_qs);
    QCOMPARE(withDialog([&] { open->trigger(); },
                 [](QWidget *modal) {
                     auto *box = qobject_cast<QMessageBox *>(modal);
                     QVERIFY(box);
                     QVERIFY2(box->text().contains(u"can change"_qs), qPrintable(box->text()));
                     QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
                     QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
                 }),
        1);
    QCOMPARE(w.store()->round(*id)->state, RoundState::Draft);
    Status opened = w.openVoting(organizerPassphrase(), crypto::KdfStrength::Interactive);
    QVERIFY2(opened, qPrintable(opened.error()));

    QAction *close = findAction(w, u"Close voting…"_qs);
    QVERIFY(close->isEnabled());
    auto answer = [](QMessageBox::StandardButton button) {
        return [button](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            QCOMPARE(box->icon(), QMessageBox::Question);
            QVERIFY2(box->text().contains(u"cannot be undone"_qs), qPrintable(box->text()));
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel)); // Enter does not close voting
            QVERIFY(box->button(button));
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        };
    };
    QCOMPARE(withDialog([&] { close->trigger(); }, answer(QMessageBox::Cancel)), 1);
    QCOMPARE(w.store()->round(*id)->state, RoundState::Open);
    QVERIFY(close->isEnabled());
    QCOMPARE(withDialog([&] { close->trigger(); }, answer(QMessageBox::Close)), 1);
    QCOMPARE(w.store()->round(*id)->state, RoundState::Closed);
    QVERIFY(!close->isEnabled());

    // Round > Count the votes: the rule (the round's is offered), then the passphrase.
    auto typePassphrase = [](QWidget *modal) {
        auto *d = qobject_cast<QInputDialog *>(modal);
        QVERIFY(d);
        auto *edit = d->findChild<QLineEdit *>();
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        typeText(edit, u"organizer passphrase"_qs);
        clickOk(d);
    };
    QCOMPARE(withDialogs([&] { findAction(w, u"Count the votes…"_qs)->trigger(); },
                 {[](QWidget *modal) {
                      auto *d = qobject_cast<QInputDialog *>(modal);
                      QVERIFY(d);
                      QVERIFY2(d->textValue().endsWith(u"(greedy)"_qs), qPrintable(d->textValue())); // the official rule, by its title
                      clickOk(d);
                  },
                     typePassphrase}),
        2);
    QCOMPARE(w.store()->round(*id)->state, RoundState::Tallied);

    // Round > Publish the result: the folder, the question, the passphrase, what was written.
    const QString folder = m_dir.filePath(u"lifecycle-published"_qs);
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(withDialogs([&] { findAction(w, u"Publish the result…"_qs)->trigger(); },
                 {[&folder](QWidget *modal) {
                      auto *d = qobject_cast<QFileDialog *>(modal);
                      QVERIFY(d);
                      d->setDirectory(folder);
                      static_cast<QDialog *>(d)->accept(); // QFileDialog::accept() is protected
                  },
                     [](QWidget *modal) {
                         auto *box = qobject_cast<QMessageBox *>(modal);
                         QVERIFY(box);
                         QVERIFY2(box->text().contains(u"Budget 2027"_qs), qPrintable(box->text()));
                         QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
                     },
                     typePassphrase,
                     [](QWidget *modal) {
                         auto *box = qobject_cast<QMessageBox *>(modal);
                         QVERIFY(box);
                         QVERIFY2(box->text().contains(u"-votes.pb"_qs), qPrintable(box->text()));
                         box->accept();
                     }}),
        4);
    QVERIFY(w.store()->round(*id)->published);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 4);
}

// Once voting has opened, what would change the outcome is disabled, and says why
// where the organizer looks: the action's tool tip, shown in the menu.
void TestConsoleJourney::disabledControlsSayWhy()
{
    ConsoleWindow w;
    w.show();
    QAction *addProject = findAction(w, u"Add a project…"_qs);
    QVERIFY(addProject);
    QVERIFY(!addProject->isEnabled());
    QVERIFY2(addProject->toolTip().contains(u"round"_qs), qPrintable(addProject->toolTip()));
    QVERIFY(w.openDatabase(m_dir.filePath(u"disabled.sqlite"_qs)));
    Round r;
    r.name = u"Budget 2027"_qs;
    r.budget = 100000;
    r.tallyRule = u"greedy"_qs;
    auto id = w.createRound(r);
    QVERIFY(id);
    QVERIFY(w.addProject({u"P1"_qs, u"Trees"_qs, {}, 40000, {}, {}}));
    QVERIFY(addProject->isEnabled());
    QVERIFY(w.registerKiosk(KioskId, QString::fromLatin1(crypto::SigningKeyPair::generate().publicKey.toHex())));
    const Status opened = w.openVoting(organizerPassphrase(), crypto::KdfStrength::Interactive);
    QVERIFY2(opened, qPrintable(opened.error()));

    for (const QString &text :
        {u"Add a project…"_qs, u"Edit the project…"_qs, u"Remove the project…"_qs, u"Import projects from CSV…"_qs,
            u"Add a district…"_qs, u"Voting rules…"_qs, u"Register a kiosk…"_qs, u"Open voting…"_qs}) {
        QAction *a = findAction(w, text);
        QVERIFY2(a, qPrintable(text));
        QVERIFY2(!a->isEnabled(), qPrintable(text));
        const QString why = a->toolTip();
        QVERIFY2(why != plain(a->text()) && (why.contains(u"draft"_qs) || why.contains(u"opened"_qs)),
            qPrintable(text + u": "_qs + why));
    }
    QVERIFY(!w.addProject({u"P2"_qs, u"Late"_qs, {}, 10, {}, {}})); // nor through the API

    // The Kiosks page's button says the same.
    QPushButton *registerButton = w.kiosksPage()->registerButton();
    QVERIFY(!registerButton->isEnabled());
    QVERIFY2(!registerButton->toolTip().isEmpty(), "the Register button does not say why it is disabled");

    // Round settings stay open to read, but read-only, with the reason.
    QAction *settings = findAction(w, u"Round settings…"_qs);
    QVERIFY(settings->isEnabled());
    QCOMPARE(withDialog([&] { settings->trigger(); },
                 [](QWidget *modal) {
                     auto *d = qobject_cast<RoundSettingsDialog *>(modal);
                     QVERIFY(d);
                     QVERIFY(d->isReadOnly());
                     auto *reason = d->findChild<QLabel *>(u"readOnlyReason"_qs);
                     QVERIFY(reason->isVisible());
                     QVERIFY2(reason->text().contains(u"opened"_qs), qPrintable(reason->text()));
                     QVERIFY(!d->findChild<QLineEdit *>(u"roundName"_qs)->isEnabled());
                     QVERIFY(!d->findChild<QLineEdit *>(u"roundBudget"_qs)->isEnabled());
                     QVERIFY(!d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
                     clickButton(d->findChild<QDialogButtonBox *>(), QDialogButtonBox::Close);
                 }),
        1);
    QCOMPARE(w.store()->round(*id)->name, u"Budget 2027"_qs);

    // A tool tip helps only where it shows: menus show them only when asked to.
    const QList<QObject *> shownIn = addProject->associatedObjects();
    QMenu *roundMenu = nullptr;
    for (QObject *o : shownIn) {
        if (auto *m = qobject_cast<QMenu *>(o))
            roundMenu = m;
    }
    QVERIFY(roundMenu);
    QVERIFY2(roundMenu->toolTipsVisible(),
        "Round menu: the disabled actions' reasons are set as tool tips, but the menu does not show tool tips");
}

// The first time voting opens in a database, the organizer's keys are made with the
// passphrase typed then: a typo there would lock everyone out of counting, so it is asked
// twice, and two that differ make nothing.
void TestConsoleJourney::newKeysAskThePassphraseTwice()
{
    ConsoleWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDatabase(m_dir.filePath(u"typo.sqlite"_qs)));
    Round r;
    r.name = u"Budget 2027"_qs;
    r.budget = 100000;
    r.tallyRule = u"greedy"_qs;
    auto id = w.createRound(r);
    QVERIFY(id);
    QVERIFY(w.addProject({u"P1"_qs, u"Trees"_qs, {}, 40000, {}, {}}));
    QVERIFY(w.registerKiosk(KioskId, QString::fromLatin1(crypto::SigningKeyPair::generate().publicKey.toHex())));
    auto type = [](const QString &passphrase) {
        return [passphrase](QWidget *modal) {
            auto *d = qobject_cast<QInputDialog *>(modal);
            QVERIFY2(d, qPrintable(modal->windowTitle()));
            typeText(d->findChild<QLineEdit *>(), passphrase);
            clickOk(d);
        };
    };
    const int dialogs = withDialogs([&] { findAction(w, u"Open voting…"_qs)->trigger(); },
        {[](QWidget *modal) {
             auto *box = qobject_cast<QMessageBox *>(modal);
             QVERIFY(box);
             QTest::mouseClick(box->button(QMessageBox::Open), Qt::LeftButton);
         },
            type(u"organizer passphrase"_qs), type(u"organiser passphrase"_qs),
            [](QWidget *modal) {
                if (auto *box = qobject_cast<QMessageBox *>(modal)) // "they differ"
                    box->accept();
            }});
    QVERIFY2(dialogs >= 3,
        "The passphrase that protects the organizer's new keys was asked only once: a typo "
        "there leaves nobody able to count the votes");
    QCOMPARE(w.store()->round(*id)->state, RoundState::Draft);
}

Result<int64_t> TestConsoleJourney::draftDemoRound(
    ConsoleWindow &w, const QString &name, crypto::SigningKeyPair *kiosk, QStringList *codes)
{
    using R = Result<int64_t>;
    const QJsonObject demo = demoRound();
    Round r;
    r.name = name;
    r.budget = demo.value(u"budget"_qs).toInteger();
    r.currency = demo.value(u"currency"_qs).toString();
    r.tallyRule = demo.value(u"tally_rule"_qs).toString();
    r.rules.kind = BallotKind::Knapsack;
    for (const QJsonValue &c : demo.value(u"categories"_qs).toArray())
        r.categories << c.toString();
    auto id = w.createRound(r);
    if (!id)
        return id;
    for (const QString &projectId : {u"P01"_qs, u"P02"_qs}) {
        const QJsonObject p = demoProject(projectId);
        ConsoleWindow::ProjectEdit edit;
        edit.project = {projectId, p.value(u"title"_qs).toString(), p.value(u"description"_qs).toString(),
            p.value(u"cost"_qs).toInteger(), p.value(u"category"_qs).toString(), {}};
        edit.image = fileBytes(QStringLiteral(PBVOTE_SOURCE_DIR "/resources/demo/") + p.value(u"image"_qs).toString());
        if (projectId == u"P01"_qs)
            edit.translations = {{u"es"_qs, {u"Árboles de sombra en la Plaza del Mercado"_qs, {}}},
                {u"ar"_qs, {u"أشجار الظل في ساحة السوق"_qs, u"زراعة أربعين شجرة كبيرة حول ساحة السوق."_qs}}};
        if (Status s = w.saveProject(edit, true); !s)
            return R::failure(s.error());
    }
    const QString csv = m_dir.filePath(name + u"-projects.csv"_qs);
    QFile f(csv);
    if (!f.open(QIODevice::WriteOnly) || f.write(demoProjectsCsv()) < 0)
        return R::failure(f.errorString());
    f.close();
    if (auto n = w.importProjectsCsv(csv); !n)
        return R::failure(n.error());
    *kiosk = crypto::SigningKeyPair::generate();
    if (Status s = w.registerKiosk(KioskId, QString::fromLatin1(kiosk->publicKey.toHex()), u"Central Library"_qs,
            u"Ground floor, by the lifts"_qs);
        !s)
        return R::failure(s.error());
    const QString codesCsv = m_dir.filePath(name + u"-codes.csv"_qs);
    store::CodeBatchOptions batch;
    batch.label = u"Central Library, week 1"_qs;
    if (Status s = w.issueCodes(20, {}, codesCsv, batch); !s)
        return R::failure(s.error());
    *codes = readCodes(codesCsv);
    return id;
}

// Pictures of every page and dialog, in English and in Arabic (right to left), for
// people to look at: PBVOTE_CONSOLE_SHOTS=<folder>.
void TestConsoleJourney::screenshots()
{
    const QString folder = qEnvironmentVariable("PBVOTE_CONSOLE_SHOTS");
    if (folder.isEmpty())
        QSKIP("Set PBVOTE_CONSOLE_SHOTS to a folder to get pictures of the console's pages and dialogs.");
    QVERIFY(QDir().mkpath(folder));
    const QString db = m_dir.filePath(u"shots.sqlite"_qs);
    int64_t draft = 0, open = 0, counted = 0;
    {
        ConsoleWindow w;
        QVERIFY(w.openDatabase(db));
        crypto::SigningKeyPair kiosk;
        QStringList codes;
        // A round voted, closed and counted…
        auto id = draftDemoRound(w, demoRound().value(u"name"_qs).toString(), &kiosk, &codes);
        QVERIFY2(id, qPrintable(id.error()));
        counted = *id;
        QVERIFY(w.addDistrict({u"north"_qs, u"North End"_qs, 10000000}));
        QVERIFY(w.openVoting(organizerPassphrase(), crypto::KdfStrength::Interactive));
        QVERIFY(castAsKiosk(db, counted, kiosk, codes, demoBallots()));
        QVERIFY(w.closeVoting());
        auto result = w.countVotes(u"greedy"_qs, organizerPassphrase());
        QVERIFY2(result, qPrintable(result.error()));
        // …one open, and one still a draft.
        auto o = draftDemoRound(w, u"Riverton Youth Budget 2027"_qs, &kiosk, &codes);
        QVERIFY(o);
        open = *o;
        QVERIFY(w.openVoting(organizerPassphrase(), crypto::KdfStrength::Interactive));
        auto d = draftDemoRound(w, u"Riverton Participatory Budget 2028"_qs, &kiosk, &codes);
        QVERIFY(d);
        draft = *d;
    }
    shootEverything(db, draft, open, counted, folder + u"/en"_qs);

    QTranslator arabic;
    QVERIFY(arabic.load(u":/i18n/pbvote_ar.qm"_qs));
    QCoreApplication::installTranslator(&arabic);
    QApplication::setLayoutDirection(Qt::RightToLeft);
    QLocale::setDefault(QLocale(u"ar_AE"_qs));
    shootEverything(db, draft, open, counted, folder + u"/ar"_qs);
    QCoreApplication::removeTranslator(&arabic);
    QApplication::setLayoutDirection(Qt::LeftToRight);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestConsoleJourney::shootEverything(
    const QString &dbPath, int64_t draft, int64_t open, int64_t counted, const QString &folder)
{
    QVERIFY(QDir().mkpath(folder));
    ConsoleWindow w;
    w.resize(1280, 800);
    QVERIFY(w.openDatabase(dbPath));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto save = [&folder](QWidget *widget, const QString &name) {
        QVERIFY(widget);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // as it would be on screen
        QCoreApplication::processEvents();
        QVERIFY2(widget->grab().save(folder + u'/' + name + u".png"_qs), qPrintable(name));
    };
    auto shot = [&](const QString &name) { return [&save, name](QWidget *modal) { save(modal, name); }; };
    // By the menu text in the code, translated as the window shows it.
    auto trigger = [&w](const char *source) {
        return [&w, source] {
            const QString text = ConsoleWindow::tr(source);
            QAction *a = nullptr;
            for (QAction *candidate : w.findChildren<QAction *>()) {
                if (candidate->text() == text)
                    a = candidate;
            }
            if (!a || !a->isEnabled()) {
                QTest::qFail(qPrintable(text + u": no such action, or disabled"_qs), __FILE__, __LINE__);
                return;
            }
            a->trigger();
        };
    };

    // The main window on each tab, for the counted round.
    w.selectRound(counted);
    auto *tabs = w.findChild<QTabWidget *>(u"roundTabs"_qs);
    const QStringList tabNames = {u"overview"_qs, u"projects"_qs, u"kiosks"_qs, u"codes"_qs, u"results"_qs};
    QCOMPARE(tabs->count(), int(tabNames.size()));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(20); // the chart lays itself out
        save(&w, u"window-"_qs + tabNames[i]);
    }
    QCOMPARE(withDialog(trigger("Round &settings…"), shot(u"round-settings-read-only"_qs)), 1);
    QCOMPARE(withDialog(trigger("Coun&t the votes…"), shot(u"count-rule"_qs)), 1);
    const QString publishTo = m_dir.filePath(u"shots-publish"_qs);
    QVERIFY(QDir().mkpath(publishTo));
    QCOMPARE(withDialogs(trigger("Pu&blish the result…"),
                 {[&publishTo, &save](QWidget *modal) {
                      auto *d = qobject_cast<QFileDialog *>(modal);
                      QVERIFY(d);
                      save(d, u"publish-folder"_qs);
                      d->setDirectory(publishTo);
                      static_cast<QDialog *>(d)->accept(); // QFileDialog::accept() is protected
                  },
                     shot(u"publish-question"_qs)}),
        2);

    // Voting open: closing asks first.
    w.selectRound(open);
    tabs->setCurrentIndex(0);
    save(&w, u"window-open-overview"_qs);
    QCOMPARE(withDialog(trigger("&Close voting…"), shot(u"close-voting-question"_qs)), 1);

    // A draft: every dialog that changes it.
    w.selectRound(draft);
    save(&w, u"window-draft-overview"_qs);
    tabs->setCurrentIndex(1);
    save(&w, u"window-draft-projects"_qs);
    QCOMPARE(withDialog(trigger("&New round…"), shot(u"new-round"_qs)), 1);
    QCOMPARE(withDialog(trigger("Round &settings…"), shot(u"round-settings"_qs)), 1);
    QCOMPARE(withDialog(trigger("&Add a project…"), shot(u"project-new"_qs)), 1);
    auto *table = w.findChild<QTableView *>(u"projectTable"_qs);
    table->sortByColumn(ProjectTableModel::IdColumn, Qt::AscendingOrder);
    table->setCurrentIndex(table->model()->index(0, 0));
    QCOMPARE(withDialog(trigger("&Edit the project…"),
                 [&save](QWidget *modal) {
                     save(modal, u"project-details"_qs);
                     auto *projectTabs = modal->findChild<QTabWidget *>(u"projectTabs"_qs);
                     QVERIFY(projectTabs);
                     projectTabs->setCurrentIndex(1);
                     auto *translations = modal->findChild<QTableView *>(u"projectTranslations"_qs);
                     translations->setCurrentIndex(
                         translations->model()->index(3, ProjectTranslationModel::TitleColumn));
                     save(modal, u"project-translations"_qs);
                 }),
        1);
    QCOMPARE(withDialog(trigger("&Register a kiosk…"),
                 [&save](QWidget *modal) {
                     save(modal, u"kiosk-empty"_qs);
                     QTest::keyClicks(modal->findChild<QLineEdit *>(u"kioskId"_qs), u"LIB-02"_qs);
                     QTest::keyClicks(modal->findChild<QLineEdit *>(u"kioskName"_qs), u"Town Hall"_qs);
                     QTest::keyClicks(modal->findChild<QLineEdit *>(u"kioskLocation"_qs), u"Entrance hall"_qs);
                     modal->findChild<QPlainTextEdit *>(u"kioskPublicKey"_qs)
                         ->setPlainText(QString::fromLatin1(crypto::SigningKeyPair::generate().publicKey.toHex()));
                     save(modal, u"kiosk-filled"_qs);
                 }),
        1);
    QCOMPARE(withDialog(trigger("Issue access &codes…"),
                 [&save](QWidget *modal) {
                     save(modal, u"issue-codes-empty"_qs);
                     modal->findChild<QSpinBox *>(u"codeCount"_qs)->setValue(250);
                     QTest::keyClicks(modal->findChild<QLineEdit *>(u"codeLabel"_qs), u"Town Hall, week 1"_qs);
                     QTest::keyClicks(modal->findChild<QLineEdit *>(u"codePdfPath"_qs), u"/tmp/slips.pdf"_qs);
                     save(modal, u"issue-codes-filled"_qs);
                 }),
        1);
    QCOMPARE(withDialog(trigger("&Voting rules…"), shot(u"voting-rules"_qs)), 1);
    QCOMPARE(withDialogs(trigger("Add a &district…"), {shot(u"district-name"_qs)}), 1);
    QCOMPARE(withDialog(trigger("D&uplicate this round…"), shot(u"duplicate-round"_qs)), 1);
    QCOMPARE(withDialogs(trigger("&Open voting…"),
                 {[&save](QWidget *modal) {
                      save(modal, u"open-voting-question"_qs);
                      auto *box = qobject_cast<QMessageBox *>(modal);
                      QVERIFY(box);
                      QTest::mouseClick(box->button(QMessageBox::Open), Qt::LeftButton);
                  },
                     shot(u"passphrase"_qs)}),
        2);
    // Cancelled at the passphrase: still a draft.
    QCOMPARE(w.store()->round(draft)->state, RoundState::Draft);
    // Projects and kiosks tables of the draft, a tab each.
    tabs->setCurrentIndex(2);
    save(&w, u"window-draft-kiosks"_qs);
}

QTEST_MAIN(TestConsoleJourney)
#include "TestConsoleJourney.moc"
