// The voter's path through the real kiosk QML, driven by taps (mouse clicks and
// touch-screen taps) and by the keyboard alone: a whole vote for each voting method,
// checked against what the database holds (the sealed ballot opened with the election
// secret key equals what the review screen showed), and nothing stored before the voter
// presses "Cast my vote". Project texts follow the voter's language (the organizers'
// translations); a district access code gets that district's ballot.
#include "IdleMonitor.h"
#include "KioskTestSupport.h"
#include "LanguageManager.h"
#include "ProjectListModel.h"

#include "model/BallotRules.h"
#include "store/BallotStore.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QtTest>

using namespace pbvote;
using namespace pbvote::kiosktest;
using Stage = pbvote::kiosk::KioskSession::Stage;

namespace {
const QRegularExpression ReceiptFormat(QStringLiteral("^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$"));

int firstNumber(const QString &text)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("(\\d+)")).match(text);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QStringList textsUnder(QQuickItem *item)
{
    QStringList out;
    for (QQuickItem *t : findItemsOfClass(item, "QQuickText"))
        out << itemText(t);
    return out;
}

// Knapsack, city-wide budget 1000 for C1 (400) and C2 (300); "North district" has 600
// for N1 (200) and N2 (300); "South district" has 500 for S1 (250) and S2 (200).
Round districtRound()
{
    Round r = testsupport::sampleRound(BallotKind::Knapsack);
    r.projects.clear();
    r.districts = {{QStringLiteral("north"), QStringLiteral("North district"), 600},
                   {QStringLiteral("south"), QStringLiteral("South district"), 500}};
    auto add = [&](const char *id, const char *title, int64_t cost, const char *district) {
        Project p;
        p.id = QString::fromLatin1(id);
        p.title = QString::fromLatin1(title);
        p.cost = cost;
        p.district = QString::fromLatin1(district);
        r.projects.push_back(p);
    };
    add("C1", "City bike lanes", 400, "");
    add("C2", "Library hours", 300, "");
    add("N1", "North playground", 200, "north");
    add("N2", "North trees", 300, "north");
    add("S1", "South pool", 250, "south");
    add("S2", "South benches", 200, "south");
    return r;
}

// The budget bars' names ("City-wide", "North district", ...), top to bottom.
QStringList budgetBarNames(QQuickItem *root)
{
    QStringList out;
    for (QQuickItem *bar : findItems(root, QStringLiteral("budgetBar")))
        out << bar->property("entry").toMap().value(QStringLiteral("name")).toString();
    return out;
}

QString titleOf(const Round &round, int position)
{
    return position >= 0 && size_t(position) < round.projects.size() ? round.projects[size_t(position)].title
                                                                      : QStringLiteral("(no project %1)").arg(position);
}
} // namespace

class TestKioskFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void fullVote_data();
    void fullVote();
    void keyboardOnlyVote_data();
    void keyboardOnlyVote();
    void touchVoteInEveryLanguage_data();
    void touchVoteInEveryLanguage();
    void nothingStoredBeforeConfirm();
    void projectTextsFollowTheLanguage();
    void districtCodeGetsItsDistrictBallot();
    void districtIsWipedWithTheSession();

private:
    // Review → Cast → Done: the receipt and its QR code are shown, the database holds the
    // one ballot, the code is spent, and the opened ballot equals the review screen.
    void castAndCheck(KioskHarness &h, const QString &code, const QList<ReviewRow> &review);
};

void TestKioskFlow::initTestCase()
{
    WarningLog::install();
}

void TestKioskFlow::cleanupTestCase()
{
    WarningLog::uninstall();
}

void TestKioskFlow::cleanup()
{
    const QStringList warnings = WarningLog::take();
    for (const QString &w : warnings)
        qInfo("warning printed during %s: %s", QTest::currentTestFunction(), qPrintable(w));
}

void TestKioskFlow::fullVote_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("pointer");
    QTest::newRow("approval, mouse") << int(BallotKind::Approval) << int(Pointer::Mouse);
    QTest::newRow("knapsack, mouse") << int(BallotKind::Knapsack) << int(Pointer::Mouse);
    QTest::newRow("cumulative, touch") << int(BallotKind::Cumulative) << int(Pointer::Touch);
    QTest::newRow("ordinal, touch") << int(BallotKind::Ordinal) << int(Pointer::Touch);
}

void TestKioskFlow::fullVote()
{
    QFETCH(int, kind);
    QFETCH(int, pointer);
    const auto k = BallotKind(kind);
    const auto p = Pointer(pointer);

    KioskHarness h;
    KIOSK_CHECKED(h.start(testsupport::sampleRound(k)));
    QCOMPARE(h.session().ballotKind(), ballotKindName(k));
    const QString code = h.codes().at(3);
    QCOMPARE(h.codeStatus(code), store::CodeStatus::Unused);
    KIOSK_CHECKED(h.enterBallot(code, p));
    QQuickItem *root = h.root();

    auto cardProperty = [&](int row, const char *name) {
        QQuickItem *card = cardForRow(root, row);
        return card ? card->property(name) : QVariant();
    };

    // What the voter does, and what the review screen must then show.
    QStringList expectedTitles;
    QList<int> expectedValues; // 1 (chosen), points, or rank; in review order
    switch (k) {
    case BallotKind::Approval:
        KIOSK_CHECKED(h.tapCard(0, QStringLiteral("choose"), p));
        QTRY_COMPARE(cardProperty(0, "chosen").toBool(), true);
        KIOSK_CHECKED(h.tapCard(2, QStringLiteral("choose"), p));
        QTRY_COMPARE(cardProperty(2, "chosen").toBool(), true);
        KIOSK_CHECKED(h.tapCard(4, QStringLiteral("choose"), p));
        QTRY_COMPARE(cardProperty(4, "chosen").toBool(), true);
        // Changing one's mind: the same button now removes the project.
        QCOMPARE(itemText(cardButton(root, 2, QStringLiteral("choose"))), QStringLiteral("Remove"));
        KIOSK_CHECKED(h.tapCard(2, QStringLiteral("choose"), p));
        QTRY_COMPARE(cardProperty(2, "chosen").toBool(), false);
        QCOMPARE(h.session().chosenCount(), 2);
        expectedTitles = {titleOf(h.round(), 0), titleOf(h.round(), 4)};
        expectedValues = {1, 1};
        break;
    case BallotKind::Knapsack: {
        KIOSK_CHECKED(h.tapCard(1, QStringLiteral("choose"), p));
        QTRY_COMPARE(cardProperty(1, "chosen").toBool(), true);
        KIOSK_CHECKED(h.tapCard(3, QStringLiteral("choose"), p));
        QTRY_COMPARE(cardProperty(3, "chosen").toBool(), true);
        QCOMPARE(h.session().draft().spent(), int64_t(600));
        // The budget bar says what is chosen and what is left, in words.
        QQuickItem *bar = h.item(QStringLiteral("budgetBar"));
        QVERIFY(bar);
        QStringList barTexts;
        for (QQuickItem *t : findItemsOfClass(bar, "QQuickText"))
            barTexts << itemText(t);
        const QString spent = h.session().formatPrice(600);
        const QString left = h.session().formatPrice(400);
        QVERIFY2(mentionsAmount(barTexts.join(u'|'), spent), qPrintable(barTexts.join(u'|')));
        QVERIFY2(mentionsAmount(barTexts.join(u'|'), left), qPrintable(barTexts.join(u'|')));
        expectedTitles = {titleOf(h.round(), 1), titleOf(h.round(), 3)};
        expectedValues = {1, 1};
        break;
    }
    case BallotKind::Cumulative:
        for (int i = 0; i < 3; ++i)
            KIOSK_CHECKED(h.tapCard(4, QStringLiteral("addPoint"), p));
        QTRY_COMPARE(cardProperty(4, "points").toInt(), 3);
        for (int i = 0; i < 2; ++i)
            KIOSK_CHECKED(h.tapCard(1, QStringLiteral("addPoint"), p));
        QTRY_COMPARE(cardProperty(1, "points").toInt(), 2);
        KIOSK_CHECKED(h.tapCard(2, QStringLiteral("addPoint"), p));
        QTRY_COMPARE(cardProperty(2, "points").toInt(), 1);
        KIOSK_CHECKED(h.tapCard(2, QStringLiteral("removePoint"), p));
        QTRY_COMPARE(cardProperty(2, "points").toInt(), 0);
        QCOMPARE(h.session().pointsLeft(), 5);
        QCOMPARE(itemText(h.item(QStringLiteral("selectionSummary"))), h.session().selectionSummary());
        QVERIFY2(itemText(h.item(QStringLiteral("selectionSummary"))).contains(u'5'),
                 qPrintable(itemText(h.item(QStringLiteral("selectionSummary")))));
        expectedTitles = {titleOf(h.round(), 1), titleOf(h.round(), 4)};
        expectedValues = {2, 3};
        break;
    case BallotKind::Ordinal:
        KIOSK_CHECKED(h.tapCard(3, QStringLiteral("rank"), p));
        QTRY_COMPARE(cardProperty(3, "rank").toInt(), 1);
        KIOSK_CHECKED(h.tapCard(0, QStringLiteral("rank"), p));
        QTRY_COMPARE(cardProperty(0, "rank").toInt(), 2);
        KIOSK_CHECKED(h.tapCard(2, QStringLiteral("rank"), p));
        QTRY_COMPARE(cardProperty(2, "rank").toInt(), 3);
        // Third choice moved up to second.
        KIOSK_CHECKED(h.tapCard(2, QStringLiteral("moveUp"), p));
        QTRY_COMPARE(cardProperty(2, "rank").toInt(), 2);
        QCOMPARE(cardProperty(0, "rank").toInt(), 3);
        QCOMPARE(cardProperty(3, "rank").toInt(), 1);
        expectedTitles = {titleOf(h.round(), 3), titleOf(h.round(), 2), titleOf(h.round(), 0)};
        expectedValues = {1, 2, 3};
        break;
    }

    KIOSK_CHECKED(h.tap(QStringLiteral("reviewButton"), p));
    KIOSK_CHECKED(h.waitForStage(Stage::Review, QStringLiteral("reviewPage")));
    const QList<ReviewRow> review = readReviewScreen(h.root());
    QStringList reviewTitles;
    for (const ReviewRow &r : review)
        reviewTitles << r.title;
    QCOMPARE(reviewTitles, expectedTitles);
    for (int i = 0; i < review.size(); ++i) {
        if (k == BallotKind::Cumulative || k == BallotKind::Ordinal)
            QCOMPARE(firstNumber(review[i].detail), expectedValues[i]);
        else
            QVERIFY2(!review[i].detail.isEmpty(), qPrintable(review[i].title));
    }
    KIOSK_CHECKED(castAndCheck(h, code, review));
}

void TestKioskFlow::castAndCheck(KioskHarness &h, const QString &code, const QList<ReviewRow> &review)
{
    const BallotKind kind = h.round().rules.kind;
    QCOMPARE(h.ballotCount(), 0);
    KIOSK_CHECKED(h.tap(QStringLiteral("castButton")));
    KIOSK_CHECKED(h.waitForStage(Stage::Done, QStringLiteral("donePage")));

    // The receipt, as the voter reads it, and its QR code.
    QQuickItem *receiptItem = h.item(QStringLiteral("receipt"));
    QVERIFY(receiptItem);
    const QString receipt = itemText(receiptItem);
    QVERIFY2(ReceiptFormat.match(receipt).hasMatch(), qPrintable(receipt));
    QCOMPARE(receipt, h.session().receipt());
    QQuickItem *qr = h.item(QStringLiteral("receiptQr"));
    QVERIFY(qr);
    QTRY_COMPARE(qr->property("status").toInt(), 1); // Image.Ready
    QCOMPARE(qr->property("source").toUrl().toString(), QStringLiteral("image://qr/") + receipt);
    QVERIFY(qr->width() > 40 && qr->height() > 40);
    QVERIFY2(QRectF(0, 0, WindowWidth, WindowHeight).contains(sceneRect(qr)), "the QR code is not on the screen");
    const double dark = darkShare(h.window(), qr);
    QVERIFY2(dark > 0.15 && dark < 0.85, qPrintable(QStringLiteral("QR image dark share %1").arg(dark)));

    // The database: exactly this ballot, the code spent.
    QCOMPARE(h.ballotCount(), 1);
    QCOMPARE(h.codeStatus(code), store::CodeStatus::Used);
    auto opened = openStoredBallots(h.store(), h.roundId(), h.ready().election.secretKey);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(opened->size(), size_t(1));
    const OpenedBallot &b = opened->front();
    QVERIFY(b.signatureValid);
    QCOMPARE(int(b.kind), int(kind));
    QCOMPARE(b.receipt, receipt);

    // What landed in the database equals what the review screen showed.
    QStringList storedTitles;
    for (const BallotChoice &c : b.ballot.choices)
        storedTitles << titleOf(h.round(), c.project);
    QStringList reviewTitles;
    for (const ReviewRow &r : review)
        reviewTitles << r.title;
    QCOMPARE(storedTitles, reviewTitles);
    for (size_t i = 0; i < b.ballot.choices.size(); ++i) {
        const BallotChoice &c = b.ballot.choices[i];
        switch (kind) {
        case BallotKind::Approval:
        case BallotKind::Knapsack:
            QCOMPARE(c.value, 1);
            break;
        case BallotKind::Cumulative:
            QCOMPARE(c.value, firstNumber(review[int(i)].detail)); // points as shown
            break;
        case BallotKind::Ordinal:
            QCOMPARE(c.value, int(i) + 1);                          // ranking order
            QCOMPARE(firstNumber(review[int(i)].detail), c.value);  // "Choice n" as shown
            break;
        }
    }
}

static void everyLanguage()
{
    QTest::addColumn<QString>("language");
    for (const char *code : {"en", "es", "vi", "pl", "ar"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

void TestKioskFlow::keyboardOnlyVote_data()
{
    everyLanguage();
}

// A voter in each shipped language, by touch alone: the keypad, two projects, review,
// cast; the ballot stored equals the review screen.
void TestKioskFlow::touchVoteInEveryLanguage_data()
{
    everyLanguage();
}

void TestKioskFlow::touchVoteInEveryLanguage()
{
    QFETCH(QString, language);
    KioskHarness h;
    HarnessOptions options;
    options.language = language;
    KIOSK_CHECKED(h.start(testsupport::sampleRound(BallotKind::Knapsack), options));
    QCOMPARE(h.view().languages()->current(), language);
    const QString code = h.codes().at(2);
    KIOSK_CHECKED(h.enterBallot(code, Pointer::Touch));
    KIOSK_CHECKED(h.tapCard(0, QStringLiteral("choose"), Pointer::Touch));
    KIOSK_CHECKED(h.tapCard(4, QStringLiteral("choose"), Pointer::Touch));
    QTRY_COMPARE(h.session().chosenCount(), 2);
    KIOSK_CHECKED(h.tap(QStringLiteral("reviewButton"), Pointer::Touch));
    KIOSK_CHECKED(h.waitForStage(Stage::Review, QStringLiteral("reviewPage")));
    const QList<ReviewRow> review = readReviewScreen(h.root());
    QCOMPARE(review.size(), 2);
    QCOMPARE(review.at(0).title, titleOf(h.round(), 0));
    QCOMPARE(review.at(1).title, titleOf(h.round(), 4));
    KIOSK_CHECKED(castAndCheck(h, code, review));
}

void TestKioskFlow::keyboardOnlyVote()
{
    QFETCH(QString, language);
    // Arrow keys follow the reading direction: Left moves on in Arabic.
    const Qt::Key onward = language == u"ar" ? Qt::Key_Left : Qt::Key_Right;
    KioskHarness h;
    HarnessOptions options;
    options.language = language;
    KIOSK_CHECKED(h.start(testsupport::sampleRound(BallotKind::Approval), options));
    QCOMPARE(h.view().languages()->current(), language);
    QQuickWindow *w = h.window();
    const QString code = h.codes().at(0);
    auto named = [](const QString &name) {
        return [name](QQuickItem *i) { return i && i->objectName() == name; };
    };

    // Welcome: Start has the focus; Return presses it.
    QTRY_VERIFY(named(QStringLiteral("startButton"))(w->activeFocusItem()));
    QTest::keyClick(w, Qt::Key_Return);
    KIOSK_CHECKED(h.waitForStage(Stage::Access, QStringLiteral("accessPage")));

    // Access: the code typed on a physical keyboard, in lower case.
    QVERIFY(w->activeFocusItem());
    KIOSK_CHECKED(typeOnKeyboard(w, code.toLower().remove(u'-')));
    QTRY_COMPARE(h.session().typedCode(), code);
    // Tab through the keypad to Continue, then Return.
    QVERIFY2(moveFocusUntil(w, Qt::Key_Tab, Qt::NoModifier, named(QStringLiteral("submitCode"))),
             "Tab never reached Continue");
    QTest::keyClick(w, Qt::Key_Return);
    KIOSK_CHECKED(h.waitForStage(Stage::Ballot, QStringLiteral("ballotPage")));

    // Ballot: arrow keys move through the cards' buttons; Space and Return press them.
    auto chooseOn = [](int row) {
        return [row](QQuickItem *i) { return i && i->objectName() == u"choose" && cardRowOf(i) == row; };
    };
    QVERIFY2(moveFocusUntil(w, Qt::Key_Down, Qt::NoModifier, chooseOn(1)), "Down never reached Choose on card 2");
    KIOSK_CHECKED(h.settle());
    // The focused button is scrolled into view (sighted keyboard users see where they are).
    QVERIFY2(unreachableReason(w, w->activeFocusItem()).isEmpty(), qPrintable(unreachableReason(w, w->activeFocusItem())));
    QTest::keyClick(w, Qt::Key_Space);
    QTRY_COMPARE(cardForRow(h.root(), 1)->property("chosen").toBool(), true);
    QVERIFY2(moveFocusUntil(w, onward, Qt::NoModifier, chooseOn(3)), "Right (Left in Arabic) never reached Choose on card 4");
    KIOSK_CHECKED(h.settle());
    QVERIFY2(unreachableReason(w, w->activeFocusItem()).isEmpty(), qPrintable(unreachableReason(w, w->activeFocusItem())));
    QTest::keyClick(w, Qt::Key_Return);
    QTRY_COMPARE(cardForRow(h.root(), 3)->property("chosen").toBool(), true);
    QCOMPARE(h.session().chosenCount(), 2);
    QVERIFY2(moveFocusUntil(w, Qt::Key_Tab, Qt::ShiftModifier, named(QStringLiteral("reviewButton"))),
             "Shift+Tab never reached Review my ballot");
    QTest::keyClick(w, Qt::Key_Return);
    KIOSK_CHECKED(h.waitForStage(Stage::Review, QStringLiteral("reviewPage")));

    // Review: Cast has the focus.
    QTRY_VERIFY(named(QStringLiteral("castButton"))(w->activeFocusItem()));
    QCOMPARE(h.ballotCount(), 0);
    QTest::keyClick(w, Qt::Key_Return);
    KIOSK_CHECKED(h.waitForStage(Stage::Done, QStringLiteral("donePage")));
    QVERIFY(ReceiptFormat.match(itemText(h.item(QStringLiteral("receipt")))).hasMatch());
    QCOMPARE(h.ballotCount(), 1);
    QCOMPARE(h.codeStatus(code), store::CodeStatus::Used);
    auto opened = openStoredBallots(h.store(), h.roundId(), h.ready().election.secretKey);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(opened->size(), size_t(1));
    QCOMPARE(opened->front().ballot, testsupport::approvalBallot({1, 3}));
}

void TestKioskFlow::nothingStoredBeforeConfirm()
{
    KioskHarness h;
    KIOSK_CHECKED(h.start(testsupport::sampleRound(BallotKind::Approval)));
    const QString code = h.codes().at(5);
    KIOSK_CHECKED(h.enterBallot(code));
    KIOSK_CHECKED(h.tapCard(1, QStringLiteral("choose")));
    KIOSK_CHECKED(h.tapCard(2, QStringLiteral("choose")));
    QTRY_COMPARE(h.session().chosenCount(), 2);

    KIOSK_CHECKED(h.tap(QStringLiteral("reviewButton")));
    KIOSK_CHECKED(h.waitForStage(Stage::Review, QStringLiteral("reviewPage")));
    QCOMPARE(readReviewScreen(h.root()).size(), 2);
    QCOMPARE(h.ballotCount(), 0);
    QCOMPARE(h.store().counts(h.roundId())->spentCodes, int64_t(0));
    QCOMPARE(h.codeStatus(code), store::CodeStatus::Unused);

    // "Change my choices": back on the ballot with the choices kept, still nothing stored.
    KIOSK_CHECKED(h.tap(QStringLiteral("changeButton")));
    KIOSK_CHECKED(h.waitForStage(Stage::Ballot, QStringLiteral("ballotPage")));
    QCOMPARE(cardForRow(h.root(), 1)->property("chosen").toBool(), true);
    QCOMPARE(cardForRow(h.root(), 2)->property("chosen").toBool(), true);
    QCOMPARE(h.ballotCount(), 0);
    QCOMPARE(h.codeStatus(code), store::CodeStatus::Unused);
    KIOSK_CHECKED(h.tap(QStringLiteral("reviewButton")));
    KIOSK_CHECKED(h.waitForStage(Stage::Review, QStringLiteral("reviewPage")));
    const QList<ReviewRow> review = readReviewScreen(h.root());
    QCOMPARE(review.size(), 2);
    QCOMPARE(h.ballotCount(), 0);
    QCOMPARE(h.codeStatus(code), store::CodeStatus::Unused);

    // Only "Cast my vote" stores it.
    KIOSK_CHECKED(castAndCheck(h, code, review));
}

// The organizers translated project 2 into Spanish (and project 4 into Vietnamese): in
// Spanish its card, details, spoken texts and review row read the Spanish text, the
// others their original; back in English, the original again.
void TestKioskFlow::projectTextsFollowTheLanguage()
{
    const QString spanishTitle = QStringLiteral("Proyecto dos: jardín de la biblioteca");
    const QString spanishDescription = QStringLiteral("Un jardín detrás de la biblioteca.");
    HarnessOptions options;
    options.beforeOpen = [&](store::BallotStore &st, int64_t roundId) {
        if (Status s = st.setProjectTranslation(roundId, QStringLiteral("P2"), QStringLiteral("es"),
                                                {spanishTitle, spanishDescription});
            !s)
            return s;
        return st.setProjectTranslation(roundId, QStringLiteral("P4"), QStringLiteral("vi"),
                                        {QStringLiteral("Dự án bốn"), QString()});
    };
    KioskHarness h;
    Round round = testsupport::sampleRound(BallotKind::Approval);
    round.projects[1].description = QStringLiteral("A garden behind the library.");
    KIOSK_CHECKED(h.start(round, options));
    const QString original = titleOf(h.round(), 1);
    QCOMPARE(original, QStringLiteral("Project 2"));
    KIOSK_CHECKED(h.enterBallot(h.codes().at(0)));
    QTRY_COMPARE(cardForRow(h.root(), 1)->property("title").toString(), original);

    // The voter switches to Spanish on the ballot page.
    KIOSK_CHECKED(h.tap(QStringLiteral("languageButton")));
    KIOSK_CHECKED(h.tap(QStringLiteral("language_es")));
    QTRY_COMPARE(h.view().languages()->current(), QStringLiteral("es"));
    KIOSK_CHECKED(h.settle());
    QQuickItem *card = cardForRow(h.root(), 1);
    QVERIFY(card);
    QTRY_COMPARE(card->property("title").toString(), spanishTitle);
    QVERIFY2(textsUnder(card).contains(spanishTitle), qPrintable(textsUnder(card).join(u'|')));
    QVERIFY2(textsUnder(card).contains(spanishDescription), qPrintable(textsUnder(card).join(u'|')));
    QVERIFY(!textsUnder(card).contains(original));
    // What the audio guide and a screen reader say names it in Spanish too.
    const QString spoken = cardButton(h.root(), 1, QStringLiteral("choose"))->property("spoken").toString();
    QVERIFY2(spoken.contains(spanishTitle), qPrintable(spoken));
    // Untranslated (and translated into another language only): the original.
    QCOMPARE(cardForRow(h.root(), 0)->property("title").toString(), titleOf(h.round(), 0));
    QCOMPARE(cardForRow(h.root(), 3)->property("title").toString(), titleOf(h.round(), 3));

    // The details view.
    KIOSK_CHECKED(h.tapCard(1, QStringLiteral("details")));
    QObject *details = h.object(QStringLiteral("projectDetails"));
    QVERIFY(details);
    QTRY_VERIFY(details->property("opened").toBool());
    QQuickItem *detailsContent = details->property("contentItem").value<QQuickItem *>();
    QVERIFY(detailsContent);
    QTRY_VERIFY2(textsUnder(detailsContent).contains(spanishTitle), qPrintable(textsUnder(detailsContent).join(u'|')));
    QVERIFY(textsUnder(detailsContent).contains(spanishDescription));
    QMetaObject::invokeMethod(details, "close");
    QTRY_VERIFY(!details->property("visible").toBool());

    // The review page.
    KIOSK_CHECKED(h.tapCard(1, QStringLiteral("choose")));
    KIOSK_CHECKED(h.tapCard(3, QStringLiteral("choose")));
    QTRY_COMPARE(h.session().chosenCount(), 2);
    KIOSK_CHECKED(h.tap(QStringLiteral("reviewButton")));
    KIOSK_CHECKED(h.waitForStage(Stage::Review, QStringLiteral("reviewPage")));
    QList<ReviewRow> review = readReviewScreen(h.root());
    QCOMPARE(review.size(), 2);
    QCOMPARE(review.at(0).title, spanishTitle);
    QCOMPARE(review.at(1).title, titleOf(h.round(), 3));
    QVERIFY2(h.page()->property("spoken").toString().contains(spanishTitle),
             qPrintable(h.page()->property("spoken").toString()));

    // Back to English: the original text everywhere.
    KIOSK_CHECKED(h.tap(QStringLiteral("languageButton")));
    KIOSK_CHECKED(h.tap(QStringLiteral("language_en")));
    QTRY_COMPARE(h.view().languages()->current(), QStringLiteral("en"));
    QTRY_COMPARE(readReviewScreen(h.root()).value(0).title, original);
    KIOSK_CHECKED(h.tap(QStringLiteral("changeButton")));
    KIOSK_CHECKED(h.waitForStage(Stage::Ballot, QStringLiteral("ballotPage")));
    card = cardForRow(h.root(), 1);
    QVERIFY(card);
    QCOMPARE(card->property("title").toString(), original);
    QVERIFY2(textsUnder(card).contains(QStringLiteral("A garden behind the library.")),
             qPrintable(textsUnder(card).join(u'|')));
    QVERIFY(!textsUnder(card).contains(spanishTitle));
}

// A code from a batch for North district: only city-wide and North projects are
// offered, the budget bars are the city-wide one and North's, the ballot says where the
// voter votes; the stored ballot holds only such projects. The next voter, with a
// city-wide code, sees every project again.
void TestKioskFlow::districtCodeGetsItsDistrictBallot()
{
    KioskHarness h;
    KIOSK_CHECKED(h.start(districtRound()));
    QStringList northCodes;
    auto batch = h.store().issueCodeBatch(
        h.roundId(), 2,
        [&](QByteArrayView code) {
            northCodes << QString::fromLatin1(code);
            return Status();
        },
        {QStringLiteral("North library"), QStringLiteral("north")});
    QVERIFY2(batch, qPrintable(batch.error()));
    QCOMPARE(northCodes.size(), 2);
    auto district = h.store().codeDistrict(h.roundId(), northCodes.at(0));
    QVERIFY2(district, qPrintable(district.error()));
    QCOMPARE(*district, QStringLiteral("north"));
    // The store refuses a North code's ballot with a South project whatever the kiosk shows.
    QVERIFY(!h.castDirectly(northCodes.at(1), testsupport::approvalBallot({4})));
    QCOMPARE(h.codeStatus(northCodes.at(1)), store::CodeStatus::Unused);
    QCOMPARE(h.ballotCount(), 0);

    KIOSK_CHECKED(h.enterBallot(northCodes.at(0)));
    QCOMPARE(h.session().draft().district(), QStringLiteral("north"));
    // Cards: city-wide and North only.
    for (int row = 0; row < 4; ++row)
        QVERIFY2(cardForRow(h.root(), row), qPrintable(QStringLiteral("no card for row %1").arg(row)));
    QVERIFY2(!cardForRow(h.root(), 4), "a South project is offered to a North voter");
    QVERIFY2(!cardForRow(h.root(), 5), "a South project is offered to a North voter");
    QCOMPARE(h.session().filteredProjects()->rowCount(), 4);
    // One sentence says where the voter votes.
    QCOMPARE(itemText(h.item(QStringLiteral("districtSentence"))),
             QStringLiteral("You are voting for projects in North district and city-wide."));
    QVERIFY2(h.page()->property("spoken").toString().contains(QStringLiteral("North district")),
             qPrintable(h.page()->property("spoken").toString()));
    // Budget bars: city-wide and North.
    QCOMPARE(budgetBarNames(h.root()), (QStringList{QStringLiteral("City-wide"), QStringLiteral("North district")}));
    // A South project cannot be picked even through the session.
    h.session().toggle(4);
    QVERIFY(!h.session().draft().isChosen(4));
    QVERIFY2(h.session().notice().contains(QStringLiteral("South district")), qPrintable(h.session().notice()));
    h.session().clearNotice();

    KIOSK_CHECKED(h.tapCard(0, QStringLiteral("choose")));
    KIOSK_CHECKED(h.tapCard(2, QStringLiteral("choose")));
    KIOSK_CHECKED(h.tapCard(3, QStringLiteral("choose")));
    QTRY_COMPARE(h.session().chosenCount(), 3);
    QCOMPARE(h.session().draft().spent(QStringLiteral("north")), int64_t(500));
    KIOSK_CHECKED(h.tap(QStringLiteral("reviewButton")));
    KIOSK_CHECKED(h.waitForStage(Stage::Review, QStringLiteral("reviewPage")));
    // Out of the budgets this voter draws on: 1000 city-wide + 600 North.
    QVERIFY2(mentionsAmount(h.session().reviewSummary(), h.session().formatPrice(1600)),
             qPrintable(h.session().reviewSummary()));
    const QList<ReviewRow> review = readReviewScreen(h.root());
    QCOMPARE(review.size(), 3);
    KIOSK_CHECKED(castAndCheck(h, northCodes.at(0), review));
    auto opened = openStoredBallots(h.store(), h.roundId(), h.ready().election.secretKey);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(opened->front().ballot, testsupport::approvalBallot({0, 2, 3}));
    for (const BallotChoice &c : opened->front().ballot.choices) {
        const QString d = h.round().projects[size_t(c.project)].district;
        QVERIFY2(d.isEmpty() || d == u"north", qPrintable(titleOf(h.round(), c.project)));
    }

    // The next voter has a city-wide code: every project, every budget, no district.
    KIOSK_CHECKED(h.tap(QStringLiteral("finishButton")));
    KIOSK_CHECKED(h.waitForStage(Stage::Welcome, QStringLiteral("welcomePage")));
    QCOMPARE(h.session().draft().district(), QString());
    KIOSK_CHECKED(h.enterBallot(h.codes().at(0)));
    for (int row = 0; row < 6; ++row)
        QVERIFY2(cardForRow(h.root(), row), qPrintable(QStringLiteral("no card for row %1").arg(row)));
    QVERIFY(!findItem(h.root(), QStringLiteral("districtSentence")));
    QCOMPARE(budgetBarNames(h.root()), (QStringList{QStringLiteral("City-wide"), QStringLiteral("North district"),
                                                    QStringLiteral("South district")}));
    KIOSK_CHECKED(h.tapCard(4, QStringLiteral("choose")));
    QTRY_VERIFY(h.session().draft().isChosen(4));
}

// A North voter walks away: the idle wipe forgets the district with the rest, and the
// next voter's city-wide code sees every project.
void TestKioskFlow::districtIsWipedWithTheSession()
{
    KioskHarness h;
    HarnessOptions options;
    options.fakeClock = true;
    KIOSK_CHECKED(h.start(districtRound(), options));
    QStringList northCodes;
    auto batch = h.store().issueCodeBatch(
        h.roundId(), 1,
        [&](QByteArrayView code) {
            northCodes << QString::fromLatin1(code);
            return Status();
        },
        {QStringLiteral("North library"), QStringLiteral("north")});
    QVERIFY2(batch, qPrintable(batch.error()));
    KIOSK_CHECKED(h.enterBallot(northCodes.at(0)));
    QCOMPARE(h.session().draft().district(), QStringLiteral("north"));
    QVERIFY(!cardForRow(h.root(), 4));

    kiosk::IdleMonitor *idle = h.session().idle();
    h.advanceClock(151'000);
    idle->check();
    QTRY_VERIFY(idle->warning());
    h.advanceClock(31'000);
    idle->check();
    KIOSK_CHECKED(h.waitForStage(Stage::Welcome, QStringLiteral("welcomePage")));
    QCOMPARE(h.session().draft().district(), QString());
    QCOMPARE(h.session().districtSentence(), QString());
    QCOMPARE(h.session().filteredProjects()->rowCount(), 6);
    QCOMPARE(h.session().budgets().size(), 3);

    KIOSK_CHECKED(h.enterBallot(h.codes().at(0)));
    QVERIFY(cardForRow(h.root(), 4));
    QVERIFY(cardForRow(h.root(), 5));
}

int main(int argc, char **argv)
{
    return kioskTestMain(argc, argv, [](int c, char **v) {
        TestKioskFlow tc;
        return QTest::qExec(&tc, c, v);
    });
}

#include "TestKioskFlow.moc"
