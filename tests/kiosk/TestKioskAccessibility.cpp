// The real kiosk QML, page by page along the voter's path (and the staff screens), in a
// 1280x800 window at 96 dpi, checked against VVSG 2.0 chapter 7:
//  - every button has an accessible name and a button role, is at least 9 mm in both
//    directions (touch target) and lies inside the window horizontally;
//  - 7.1-H: at the largest text size, in every shipped language, no text runs past the
//    window's right or left edge (or out of the area that clips it) and nothing scrolls
//    sideways (no Flickable wider than its view);
//  - keyboard operability: Tab on the ballot page reaches the review button and every
//    card's choose button, and accessibility reports each focus change.
// Offending items are listed with page, language, object name and text so the QML can
// be fixed.
#include "KioskSession.h"
#include "cli/DemoSetup.h"
#include "KioskView.h"
#include "LanguageManager.h"
#include "Theme.h"

#include "StoreFixture.h"

#include "crypto/Crypto.h"

#include <QAccessible>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTemporaryDir>
#include <QtQuickTest/quicktest.h>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <numeric>

using namespace pbvote;
using kiosk::KioskSession;

namespace {

constexpr int WindowWidth = 1280;
constexpr int WindowHeight = 800;
constexpr double Dpi = 96.0;
const char OperatorPin[] = "2468";

// The built-in demo round (12 projects with real titles, categories, a knapsack budget):
// realistic text lengths for the layout checks.
Result<Round> demoRound()
{
    return cli::loadDemoRound();
}

QRectF sceneRect(const QQuickItem *item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

QString shortText(QString text)
{
    text.replace(u'\n', u' ');
    return text.size() > 70 ? text.left(67) + u"..."_qs : text;
}

QString itemLabel(const QQuickItem *item)
{
    QString d = QString::fromLatin1(item->metaObject()->className());
    if (!item->objectName().isEmpty())
        d += u" \""_qs + item->objectName() + u'"';
    const QVariant text = item->property("text");
    if (text.isValid() && !text.toString().isEmpty())
        d += u" text=\""_qs + shortText(text.toString()) + u'"';
    return d;
}

QString rectText(const QRectF &r)
{
    return u"x %1..%2, y %3, %4x%5"_qs.arg(r.left(), 0, 'f', 1)
        .arg(r.right(), 0, 'f', 1)
        .arg(r.top(), 0, 'f', 1)
        .arg(r.width(), 0, 'f', 1)
        .arg(r.height(), 0, 'f', 1);
}

void visibleItems(QQuickItem *item, QList<QQuickItem *> &out)
{
    if (!item || !item->isVisible() || item->opacity() <= 0.0)
        return;
    out << item;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        visibleItems(child, out);
}

// The title of the project card an item sits on.
QString cardTitle(const QQuickItem *item)
{
    for (const QQuickItem *p = item; p; p = p->parentItem()) {
        if (p->metaObject()->indexOfProperty("stateText") >= 0)
            return p->property("title").toString();
    }
    return {};
}

bool isButtonRole(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
    case QAccessible::ComboBox:
        return true;
    default:
        return false;
    }
}

// Calls a helper that may fail (QVERIFY inside it returns from the helper only) and
// stops the caller too.
#define CHECKED(...)                                                                                                   \
    do {                                                                                                               \
        __VA_ARGS__;                                                                                                   \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

// Which checks a page gets.
enum Check { Buttons = 1, Overflow = 2 };

struct WalkOptions
{
    QString language;
    int textSize = kiosk::Theme::DefaultTextSize;
    int checks = Buttons | Overflow;
};

} // namespace

class TestKioskAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void buttonsAreNamedAndLargeEnough_data();
    void buttonsAreNamedAndLargeEnough();
    void noHorizontalOverflowAtLargestText_data();
    void noHorizontalOverflowAtLargestText();
    void tabReachesEveryBallotControl();
    void checksCatchOffenders();

private:
    void settle();
    void waitForPage(KioskSession::Stage stage, const QString &pageName);
    void waitForPopup(const char *objectName, bool open);
    void applyVoterSettings(const WalkOptions &options);
    void checkPage(const QString &page, const WalkOptions &options);
    void walk(const WalkOptions &options);
    QQuickItem *currentPage() const;
    QString takeCode();

    QTemporaryDir m_dir;
    testsupport::ReadyRound m_ready;
    std::shared_ptr<int64_t> m_clock = std::make_shared<int64_t>(1'000'000);
    std::unique_ptr<KioskSession> m_session;
    std::unique_ptr<kiosk::KioskView> m_view;
    QQuickWindow *m_window = nullptr;
    QStringList m_codes;
    QStringList m_offences;
    QStringList m_pagesChecked;
    int m_buttonsChecked = 0;
    int m_textsChecked = 0;
};

void TestKioskAccessibility::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    const Result<Round> round = demoRound();
    QVERIFY2(round.ok(), qPrintable(round.error()));
    testsupport::ReadyRoundOptions ro;
    ro.codes = 40;
    const Status made = testsupport::makeReadyRound(m_ready, m_dir.filePath(u"kiosk.db"_qs), *round, ro);
    QVERIFY2(made, qPrintable(made.error()));
    m_codes = m_ready.codes;

    kiosk::KioskSetup setup;
    setup.store = std::move(m_ready.store);
    setup.roundId = m_ready.roundId;
    setup.kioskId = m_ready.kioskId;
    setup.kioskKey = crypto::SecretBytes::copyOf(m_ready.kiosk.secretKey.view());
    const auto pinHash = crypto::hashPin(crypto::SecretBytes::copyOf(QByteArrayView(OperatorPin)));
    QVERIFY2(pinHash.ok(), qPrintable(pinHash.error()));
    setup.operatorPinHash = *pinHash;
    // A clock that only moves when the test moves it: no idle time-out mid-check.
    setup.clock = [clock = m_clock] { return *clock; };
    m_session = std::make_unique<KioskSession>(std::move(setup));

    kiosk::KioskViewOptions vo;
    vo.language = u"en"_qs;
    vo.dpi = Dpi;
    vo.fullScreen = false;
    m_view = std::make_unique<kiosk::KioskView>(m_session.get(), vo);
    const Status loaded = m_view->load();
    QVERIFY2(loaded, qPrintable(loaded.error()));
    m_window = m_view->window();
    QVERIFY(m_window);
    const QSize size(WindowWidth, WindowHeight);
    m_window->setMinimumSize(size);
    m_window->setMaximumSize(size);
    m_window->resize(size);
    m_window->setPosition(0, 0);
    m_window->show();
    m_window->requestActivate();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTRY_COMPARE(m_window->size(), size);
    QCOMPARE(m_view->theme()->dpi(), Dpi);
    CHECKED(waitForPage(KioskSession::Welcome, u"welcomePage"_qs));
}

void TestKioskAccessibility::cleanupTestCase()
{
    m_view.reset();
    m_session.reset();
    qInfo("checked %d buttons and %d texts on: %s", m_buttonsChecked, m_textsChecked,
        qPrintable(m_pagesChecked.join(u", "_qs)));
}

void TestKioskAccessibility::settle()
{
    QCoreApplication::processEvents();
    QVERIFY2(QQuickTest::qWaitForPolish(m_window), "the window's layouts did not settle");
    QTest::qWait(20);
    QVERIFY2(QQuickTest::qWaitForPolish(m_window), "the window's layouts did not settle");
}

QQuickItem *TestKioskAccessibility::currentPage() const
{
    QQuickItem *loader = m_window->findChild<QQuickItem *>(u"pageLoader"_qs);
    return loader ? loader->property("item").value<QQuickItem *>() : nullptr;
}

void TestKioskAccessibility::waitForPage(KioskSession::Stage stage, const QString &pageName)
{
    QTRY_COMPARE_WITH_TIMEOUT(m_session->stage(), stage, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(currentPage() && currentPage()->objectName() == pageName, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(currentPage()->width() > 0 && currentPage()->height() > 0, 5000);
    CHECKED(settle());
}

void TestKioskAccessibility::waitForPopup(const char *objectName, bool open)
{
    QObject *popup = m_window->findChild<QObject *>(QString::fromLatin1(objectName));
    QVERIFY2(popup, objectName);
    QTRY_COMPARE_WITH_TIMEOUT(popup->property("opened").toBool(), open, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(popup->property("visible").toBool(), open, 5000);
    CHECKED(settle());
}

QString TestKioskAccessibility::takeCode()
{
    return m_codes.isEmpty() ? QString() : m_codes.takeFirst();
}

// The session resets language and display for each new voter; a walk sets them again
// after every voter.
void TestKioskAccessibility::applyVoterSettings(const WalkOptions &options)
{
    QVERIFY2(m_view->languages()->setLanguage(options.language),
        qPrintable(u"setLanguage(%1) refused"_qs.arg(options.language)));
    m_view->theme()->setTextSize(options.textSize);
    QCOMPARE(m_view->languages()->current(), options.language);
    QCOMPARE(m_view->theme()->textSize(), options.textSize);
    CHECKED(settle());
    // The QML follows: the window's font is the theme's size.
    QCOMPARE(m_window->property("font").value<QFont>().pixelSize(), m_view->theme()->fontSize());
}

void TestKioskAccessibility::checkPage(const QString &page, const WalkOptions &options)
{
    CHECKED(settle());
    const QString where = u"[%1, text size %2] %3: "_qs.arg(options.language).arg(options.textSize).arg(page);
    m_pagesChecked << u"%1/%2/%3"_qs.arg(options.language).arg(options.textSize).arg(page);
    const double width = m_window->width();
    const kiosk::Theme *theme = m_view->theme();
    const double minTarget = theme->pixels(kiosk::Theme::MinTargetMm);

    QList<QQuickItem *> items;
    visibleItems(m_window->contentItem(), items);
    QVERIFY(!items.isEmpty());
    int buttons = 0;
    for (QQuickItem *item : std::as_const(items)) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        const bool isButton = item->inherits("QQuickAbstractButton")
            || (iface && isButtonRole(iface->role()) && !item->inherits("QQuickText"));
        if ((options.checks & Buttons) && isButton) {
            ++buttons;
            ++m_buttonsChecked;
            const QRectF r = sceneRect(item);
            const QString label = itemLabel(item);
            if (!iface) {
                m_offences << where + label + u": no accessible interface"_qs;
            } else {
                if (iface->text(QAccessible::Name).trimmed().isEmpty())
                    m_offences << where + label + u": empty accessible name"_qs;
                if (!isButtonRole(iface->role()))
                    m_offences << where + label
                            + u": accessible role %1 is not a button role"_qs.arg(int(iface->role()));
            }
            if (r.width() < minTarget || r.height() < minTarget)
                m_offences << where + label
                        + u": touch target %1x%2 px is below 9 mm (%3 px at %4 dpi) [%5]"_qs.arg(r.width(), 0, 'f', 1)
                              .arg(r.height(), 0, 'f', 1)
                              .arg(minTarget)
                              .arg(theme->dpi())
                              .arg(rectText(r));
            if (r.left() < -1.0 || r.right() > width + 1.0)
                m_offences << where + label
                        + u": outside the window horizontally (%1; window width %2)"_qs.arg(rectText(r)).arg(width);
        }
        if (!(options.checks & Overflow))
            continue;
        if (item->inherits("QQuickText")) {
            if (item->property("text").toString().trimmed().isEmpty())
                continue;
            ++m_textsChecked;
            // QQuickText's boundingRect() is the laid-out text, including any overflow.
            const QRectF r = item->mapRectToScene(item->boundingRect());
            if (r.left() < -1.0 || r.right() > width + 1.0) {
                m_offences << where + itemLabel(item)
                        + u": text runs outside the window (%1; window width %2)"_qs.arg(rectText(r)).arg(width);
                continue;
            }
            // Text cut off sideways by an ancestor that clips (a scrolling page, a card).
            for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
                if (!p->clip())
                    continue;
                const QRectF c = sceneRect(p);
                if (r.left() < c.left() - 1.0 || r.right() > c.right() + 1.0) {
                    m_offences << where + itemLabel(item)
                            + u": text is cut off by the clipping %1 (text %2; clip %3)"_qs.arg(
                                itemLabel(p), rectText(r), rectText(c));
                    break;
                }
            }
        }
        if (item->inherits("QQuickFlickable")) {
            const double contentWidth = item->property("contentWidth").toDouble();
            if (contentWidth > item->width() + 1.0)
                m_offences << where + itemLabel(item)
                        + u": scrolls sideways (contentWidth %1 > width %2)"_qs.arg(contentWidth).arg(item->width());
            QQuickItem *content = item->property("contentItem").value<QQuickItem *>();
            if (content) {
                const QRectF children = content->childrenRect();
                if (children.right() > item->width() + 1.0 && contentWidth > 0)
                    m_offences << where + itemLabel(item)
                            + u": content %1 px wide in a %2 px view"_qs.arg(children.right()).arg(item->width());
            }
        }
    }
    if (options.checks & Buttons)
        QVERIFY2(buttons > 0, qPrintable(where + u"no buttons found: the walk is not looking at the page"_qs));
}

// One voter's path and the staff screens, checking each screen.
void TestKioskAccessibility::walk(const WalkOptions &options)
{
    KioskSession *s = m_session.get();
    if (s->stage() == KioskSession::Operator)
        s->lockOperator();
    if (s->stage() != KioskSession::Welcome)
        s->finish();
    QTRY_COMPARE(s->stage(), KioskSession::Welcome);
    CHECKED(applyVoterSettings(options));
    CHECKED(waitForPage(KioskSession::Welcome, u"welcomePage"_qs));
    CHECKED(checkPage(u"welcome"_qs, options));
    // The page really is in the language under test.
    QQuickItem *start = m_window->findChild<QQuickItem *>(u"startButton"_qs);
    QVERIFY(start);
    QCOMPARE(start->property("text").toString(), QCoreApplication::translate("WelcomePage", "Start voting"));
    if (options.language != u"en"_qs)
        QVERIFY2(start->property("text").toString() != u"Start voting"_qs,
            qPrintable(u"the welcome page is still in English in %1"_qs.arg(options.language)));

    for (const char *panel : {"languagePanel", "displayPanel"}) {
        QObject *p = m_window->findChild<QObject *>(QString::fromLatin1(panel));
        QVERIFY2(p, panel);
        QVERIFY(QMetaObject::invokeMethod(p, "open"));
        CHECKED(waitForPopup(panel, true));
        CHECKED(checkPage(QString::fromLatin1(panel), options));
        QVERIFY(QMetaObject::invokeMethod(p, "close"));
        CHECKED(waitForPopup(panel, false));
    }

    s->begin();
    CHECKED(waitForPage(KioskSession::Access, u"accessPage"_qs));
    CHECKED(checkPage(u"access"_qs, options));
    const QString code = takeCode();
    QVERIFY2(!code.isEmpty(), "the test ran out of access codes");
    s->typeCharacter(code.left(5));
    QVERIFY(!s->submitCode()); // too short: the message banner
    QVERIFY(!s->accessMessage().isEmpty());
    CHECKED(checkPage(u"access, message"_qs, options));
    s->clearCode();
    s->typeCharacter(code);
    QVERIFY2(s->submitCode(), qPrintable(s->accessMessage()));
    CHECKED(waitForPage(KioskSession::Ballot, u"ballotPage"_qs));
    CHECKED(checkPage(u"ballot"_qs, options));

    // Choose the dearest projects first until one does not fit: the refusal notice.
    std::vector<int> rows(size_t(s->draft().projectCount()));
    std::iota(rows.begin(), rows.end(), 0);
    std::sort(rows.begin(), rows.end(), [&](int a, int b) {
        return s->draft().round().projects[size_t(a)].cost > s->draft().round().projects[size_t(b)].cost;
    });
    for (int row : rows) {
        s->toggle(row);
        if (!s->notice().isEmpty())
            break;
    }
    QVERIFY(s->chosenCount() > 0);
    QVERIFY2(!s->notice().isEmpty(), "no pick was refused: the notice banner is not checked");
    CHECKED(checkPage(u"ballot, notice"_qs, options));
    // Filtered by a category.
    if (s->categories().size() > 1) {
        s->setCategoryFilter(s->categories().first());
        CHECKED(checkPage(u"ballot, filtered"_qs, options));
        s->setCategoryFilter({});
    }

    QObject *details = m_window->findChild<QObject *>(u"projectDetails"_qs);
    QVERIFY(details);
    QVERIFY(QMetaObject::invokeMethod(details, "show", Q_ARG(QVariant, QVariant(rows.front()))));
    CHECKED(waitForPopup("projectDetails", true));
    CHECKED(checkPage(u"project details"_qs, options));
    QVERIFY(QMetaObject::invokeMethod(details, "close"));
    CHECKED(waitForPopup("projectDetails", false));
    s->clearNotice();

    QVERIFY2(s->review(), qPrintable(s->notice()));
    CHECKED(waitForPage(KioskSession::Review, u"reviewPage"_qs));
    CHECKED(checkPage(u"review"_qs, options));

    // The idle warning: move the clock past the idle limit.
    *m_clock += int64_t(s->idle()->idleSeconds()) * 1000 + 1000;
    s->idle()->check();
    QVERIFY(s->idle()->warning());
    CHECKED(waitForPopup("idleWarning", true));
    CHECKED(checkPage(u"idle warning"_qs, options));
    s->idle()->poke();
    CHECKED(waitForPopup("idleWarning", false));

    QVERIFY2(s->confirm(), qPrintable(s->castError()));
    CHECKED(waitForPage(KioskSession::Done, u"donePage"_qs));
    CHECKED(checkPage(u"done"_qs, options));

    // Staff screens (the next voter's settings are the defaults: set them again).
    s->finish();
    CHECKED(waitForPage(KioskSession::Welcome, u"welcomePage"_qs));
    CHECKED(applyVoterSettings(options));
    s->showOperator();
    CHECKED(waitForPage(KioskSession::Operator, u"operatorPage"_qs));
    CHECKED(checkPage(u"operator PIN"_qs, options));
    s->typePin(u"1357"_qs);
    QVERIFY(!s->unlockOperator());
    QVERIFY(!s->operatorMessage().isEmpty());
    CHECKED(checkPage(u"operator PIN, wrong"_qs, options));
    s->typePin(QString::fromLatin1(OperatorPin));
    QVERIFY2(s->unlockOperator(), qPrintable(s->operatorMessage()));
    QTRY_VERIFY(s->operatorUnlocked());
    CHECKED(checkPage(u"operator"_qs, options));
    QVERIFY2(s->suspendVoting(), qPrintable(s->operatorMessage()));
    CHECKED(checkPage(u"operator, paused"_qs, options));
    s->lockOperator();
    CHECKED(waitForPage(KioskSession::Unavailable, u"unavailablePage"_qs));
    CHECKED(checkPage(u"unavailable"_qs, options));
    s->showOperator();
    CHECKED(waitForPage(KioskSession::Operator, u"operatorPage"_qs));
    s->typePin(QString::fromLatin1(OperatorPin));
    QVERIFY2(s->unlockOperator(), qPrintable(s->operatorMessage()));
    QVERIFY2(s->resumeVoting(), qPrintable(s->operatorMessage()));
    s->lockOperator();
    CHECKED(waitForPage(KioskSession::Welcome, u"welcomePage"_qs));
}

void TestKioskAccessibility::buttonsAreNamedAndLargeEnough_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("textSize");
    QTest::newRow("en, standard text") << u"en"_qs << int(kiosk::Theme::DefaultTextSize);
    // The touch-target rule does not depend on the text size or the language.
    for (const auto &l : kiosk::LanguageManager::shipped())
        QTest::addRow("%s, largest text", qPrintable(l.code)) << l.code << 3;
}

void TestKioskAccessibility::buttonsAreNamedAndLargeEnough()
{
    QFETCH(QString, language);
    QFETCH(int, textSize);
    m_offences.clear();
    const int before = m_buttonsChecked;
    CHECKED(walk({language, textSize, Buttons}));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_buttonsChecked - before > 50);
    QVERIFY2(m_offences.isEmpty(), qPrintable(u"\n"_qs + m_offences.join(u"\n"_qs)));
}

void TestKioskAccessibility::noHorizontalOverflowAtLargestText_data()
{
    QTest::addColumn<QString>("language");
    QCOMPARE(kiosk::LanguageManager::shipped().size(), size_t(5));
    for (const auto &l : kiosk::LanguageManager::shipped())
        QTest::newRow(qPrintable(l.code)) << l.code;
}

// VVSG 7.1-H: no horizontal scrolling at up to 200 % (the largest size is 8.5 mm
// capitals, 177 % of the default 4.8 mm).
void TestKioskAccessibility::noHorizontalOverflowAtLargestText()
{
    QFETCH(QString, language);
    m_offences.clear();
    const int before = m_textsChecked;
    CHECKED(walk({language, 3, Overflow}));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_textsChecked - before > 100);
    QVERIFY2(m_offences.isEmpty(), qPrintable(u"\n"_qs + m_offences.join(u"\n"_qs)));
}

void TestKioskAccessibility::tabReachesEveryBallotControl()
{
    KioskSession *s = m_session.get();
    if (s->stage() != KioskSession::Welcome)
        s->finish();
    CHECKED(applyVoterSettings({u"en"_qs, kiosk::Theme::DefaultTextSize, 0}));
    s->begin();
    CHECKED(waitForPage(KioskSession::Access, u"accessPage"_qs));
    const QString code = takeCode();
    QVERIFY(!code.isEmpty());
    s->typeCharacter(code);
    QVERIFY2(s->submitCode(), qPrintable(s->accessMessage()));
    CHECKED(waitForPage(KioskSession::Ballot, u"ballotPage"_qs));

    QQuickItem *page = currentPage();
    QList<QQuickItem *> items;
    visibleItems(page, items);
    QQuickItem *review = nullptr;
    QList<QQuickItem *> chooseButtons;
    for (QQuickItem *i : std::as_const(items)) {
        if (i->objectName() == u"reviewButton"_qs)
            review = i;
        else if (i->objectName() == u"choose"_qs)
            chooseButtons << i;
    }
    QVERIFY(review);
    QCOMPARE(chooseButtons.size(), s->draft().projectCount());

    QAccessibleInterface *windowIface = QAccessible::queryAccessibleInterface(m_window);
    QVERIFY2(windowIface, "the kiosk window has no accessible interface");

    QTRY_VERIFY(m_window->activeFocusItem());
    QQuickItem *first = m_window->activeFocusItem();
    QList<QQuickItem *> chain;
    QStringList problems;
    for (int press = 0; press < 400; ++press) {
        QQuickItem *focused = m_window->activeFocusItem();
        QVERIFY(focused);
        if (!chain.contains(focused)) {
            chain << focused;
            if (!focused->isVisible())
                problems << u"focus on an invisible item: "_qs + itemLabel(focused);
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(focused);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                problems << u"focus on an item without an accessible name: "_qs + itemLabel(focused);
            else if (!iface->state().focused)
                problems << u"accessibility does not report the focused item as focused: "_qs + itemLabel(focused);
            // What a screen reader asks: which of the window's children has the focus.
            QAccessibleInterface *focusChild = windowIface->focusChild();
            if (!focusChild || focusChild->object() != focused)
                problems << u"the window's accessible focus child is %1, not the focused "_qs.arg(
                                focusChild && focusChild->object()
                                    ? QString::fromLatin1(focusChild->object()->metaObject()->className())
                                    : u"nothing"_qs)
                        + itemLabel(focused);
        } else if (focused == first && chain.size() > 1) {
            break; // round the whole chain
        }
        QTest::keyClick(m_window, Qt::Key_Tab);
        QCoreApplication::processEvents();
    }
    const bool wentRound = m_window->activeFocusItem() == first && chain.size() > 1;

    QStringList missing;
    if (!chain.contains(review))
        missing << itemLabel(review);
    for (QQuickItem *b : std::as_const(chooseButtons)) {
        if (!chain.contains(b))
            missing << itemLabel(b) + u" of card \""_qs + cardTitle(b) + u'"';
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(u"Tab never reaches (chain of %1 items): "_qs.arg(chain.size()) + missing.join(u"; "_qs)));
    QVERIFY2(wentRound, "Tab did not come back to where it started within 400 presses");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_qs)));

    s->cancel();
}

// The checks themselves: items made to break each rule are reported, each for its rule.
void TestKioskAccessibility::checksCatchOffenders()
{
    QQmlComponent component(&m_view->engine());
    component.setData(R"(
        import QtQuick
        import QtQuick.Controls
        Item {
            anchors.fill: parent
            z: 1000
            Text { objectName: "wideText"; x: 1000; y: 100; text: "A line far too long to fit"; font.pixelSize: 40 }
            Button { objectName: "tinyButton"; x: 10; y: 10; width: 12; height: 12; Accessible.role: Accessible.Button }
            Button { objectName: "offsideButton"; x: 1250; y: 200; width: 60; height: 60; text: "Off"; Accessible.name: text }
            Button { objectName: "silentButton"; x: 10; y: 600; width: 80; height: 80; text: "No a11y" }
            Flickable { objectName: "sidewaysFlickable"; y: 300; width: 100; height: 100; contentWidth: 400 }
            Item {
                objectName: "clipper"; y: 450; width: 200; height: 100; clip: true
                Text { objectName: "clippedText"; x: 150; text: "cut off at the edge"; font.pixelSize: 30 }
            }
        }
    )",
        QUrl(u"qrc:/checks.qml"_qs));
    std::unique_ptr<QObject> object(component.create());
    QVERIFY2(object, qPrintable(component.errorString()));
    auto *item = qobject_cast<QQuickItem *>(object.get());
    QVERIFY(item);
    item->setParentItem(m_window->contentItem());
    m_offences.clear();
    const WalkOptions options {u"en"_qs, kiosk::Theme::DefaultTextSize, Buttons | Overflow};
    CHECKED(checkPage(u"self-test"_qs, options));
    const QString all = m_offences.join(u"\n"_qs);
    auto reported = [&](const char *name, const char *what) {
        for (const QString &o : std::as_const(m_offences)) {
            if (o.contains(u"\""_qs + QString::fromLatin1(name) + u'"') && o.contains(QString::fromLatin1(what)))
                return true;
        }
        return false;
    };
    QVERIFY2(reported("wideText", "text runs outside the window"), qPrintable(all));
    QVERIFY2(reported("tinyButton", "below 9 mm"), qPrintable(all));
    QVERIFY2(reported("tinyButton", "empty accessible name"), qPrintable(all));
    QVERIFY2(reported("offsideButton", "outside the window horizontally"), qPrintable(all));
    QVERIFY2(reported("silentButton", "no accessible interface"), qPrintable(all));
    QVERIFY2(reported("sidewaysFlickable", "scrolls sideways"), qPrintable(all));
    QVERIFY2(reported("clippedText", "cut off by the clipping"), qPrintable(all));
    // Nothing else: the real page underneath is clean (its label inside offsideButton
    // runs out of the window with it).
    QVERIFY2(m_offences.size() == 8, qPrintable(all));
    m_offences.clear();
}

int main(int argc, char **argv)
{
    // As pbvote-kiosk's main(): software rendering and the Basic style, before the app.
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQuickStyle::setStyle(u"Basic"_qs);
    QGuiApplication app(argc, argv);
    if (!crypto::initialize())
        return 1;
    TestKioskAccessibility test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestKioskAccessibility.moc"
