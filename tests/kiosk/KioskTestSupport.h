#pragma once

// Support for the kiosk GUI flow tests (TestKioskFlow*): a kiosk on a fresh temporary
// database with the real QML loaded in a fixed-size window, helpers that find items by
// objectName and tap them the way a voter would (mouse or touch at the item's centre,
// after scrolling it into view), and readers for what the database holds (sealed
// ballots opened with the election secret key).
//
// Helpers that check things use QTest macros, so they return void (or a value) and mark
// the current test failed; call them through KIOSK_CHECKED(...) to stop the test there.

#include "KioskSession.h"
#include "KioskView.h"

#include "crypto/Crypto.h"
#include "model/Ballot.h"
#include "model/Round.h"
#include "StoreFixture.h"

#include <QList>
#include <QPointF>
#include <QPointer>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <functional>
#include <memory>
#include <vector>

class QPointingDevice;
class QQuickItem;
class QQuickWindow;

// Runs a helper and returns from the test function when it failed.
#define KIOSK_CHECKED(expr)                                                                                            \
    do {                                                                                                               \
        expr;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

namespace pbvote::kiosktest {

// The size every flow test runs the kiosk at (a common 10" kiosk panel).
inline constexpr int WindowWidth = 1280;
inline constexpr int WindowHeight = 800;

// How a tap is made: a mouse click or a touch-screen tap (press and release).
enum class Pointer { Mouse, Touch };

// Item lookup ------------------------------------------------------------------------------

// Depth-first over the visual item tree (popups included: they live in the window's
// overlay, which is a child of the root item). visibleOnly skips hidden items and
// everything below them.
QList<QQuickItem *> findItems(QQuickItem *root, const QString &objectName, bool visibleOnly = true);
QQuickItem *findItem(QQuickItem *root, const QString &objectName, bool visibleOnly = true);
// Every item below root (in tree order) whose class inherits `className` (e.g. "QQuickText").
QList<QQuickItem *> findItemsOfClass(QQuickItem *root, const char *className, bool visibleOnly = true);
// The ballot card (ProjectCard) showing round position `row`, or nullptr.
QQuickItem *cardForRow(QQuickItem *root, int row);
// A visible button of a card, e.g. "choose", "rank", "addPoint", "moveUp".
QQuickItem *cardButton(QQuickItem *root, int row, const QString &objectName);
// The item's "text" property.
QString itemText(const QQuickItem *item);
// Centre of the item in window (scene) coordinates.
QPointF sceneCentre(const QQuickItem *item);
QRectF sceneRect(const QQuickItem *item);

// Input -------------------------------------------------------------------------------------

// Scrolls the Flickable (PageScroller) around `item`, if any, so the item is entirely in
// its viewport.
void scrollIntoView(QQuickItem *item);
// The item a press at `scenePos` would go to (an approximation of Qt Quick's delivery:
// the topmost visible, enabled item there that takes mouse buttons), or nullptr.
QQuickItem *itemAt(QQuickWindow *window, const QPointF &scenePos);
// Why a tap at the item's centre would not reach it (empty when it would): hidden,
// disabled, zero size, outside the window, clipped away by a scrolling ancestor, or
// covered by another item that takes the press there.
QString unreachableReason(QQuickWindow *window, QQuickItem *item);

// The kiosk in a window -----------------------------------------------------------------------

struct HarnessOptions
{
    bool fakeClock = false;     // drive the session's clock by hand (see advanceClock)
    int codes = 10;             // access codes issued for the round
    QString language = QStringLiteral("en");
    bool fullDisk = false;      // the database may not grow any more (a full disk)
    // Runs on the draft round (keys registered, codes issued) before it opens, for what
    // only a draft takes, e.g. project translations.
    std::function<Status(store::BallotStore &, int64_t roundId)> beforeOpen;
};

// One voter kiosk: a fresh database in a temporary directory, a ready round of the given
// shape, a KioskSession and the real QML (KioskView) in a 1280×800 window, shown and
// active. Tear-down order: view, session, database.
class KioskHarness
{
public:
    KioskHarness();
    ~KioskHarness();
    KioskHarness(const KioskHarness &) = delete;
    KioskHarness &operator=(const KioskHarness &) = delete;

    // Builds everything; QTest-fails (check with KIOSK_CHECKED) when something cannot be made.
    void start(const Round &round, const HarnessOptions &options = {});

    kiosk::KioskSession &session() const { return *m_session; }
    kiosk::KioskView &view() const { return *m_view; }
    QQuickWindow *window() const { return m_window; }
    QQuickItem *root() const; // the window's root item (overlay included)
    store::BallotStore &store() const { return m_session->store(); }
    int64_t roundId() const { return m_ready.roundId; }
    const Round &round() const { return m_ready.round; }
    const QStringList &codes() const { return m_ready.codes; }
    const testsupport::ReadyRound &ready() const { return m_ready; }
    QString databasePath() const { return m_path; }

    // The fake clock (options.fakeClock): milliseconds.
    int64_t now() const { return *m_clock; }
    void advanceClock(int64_t ms) { *m_clock += ms; }

    // The page the Loader shows ("welcomePage", "accessPage", ...), or nullptr.
    QQuickItem *page() const;
    QString pageName() const;
    // Waits until the session's stage and the page shown agree on `stage`, and the page is
    // laid out.
    void waitForStage(kiosk::KioskSession::Stage stage, const QString &pageObjectName);
    // Waits until nothing in the window waits for polish (layouts settled).
    void settle();

    // Finds a visible item by objectName anywhere in the window (QTest-fails when absent).
    QQuickItem *item(const QString &objectName);
    // A QObject (e.g. a Popup) by objectName among the window's descendants, or nullptr.
    QObject *object(const QString &objectName) const;
    // Taps `target` the way a voter would: scrolls it into view, checks a tap at its
    // centre reaches it, then clicks or touches there.
    void tap(QQuickItem *target, Pointer pointer = Pointer::Mouse);
    void tap(const QString &objectName, Pointer pointer = Pointer::Mouse);
    // A tap at a point of the window (no checks).
    void tapAt(const QPointF &scenePos, Pointer pointer = Pointer::Mouse);
    void tapCard(int row, const QString &buttonName, Pointer pointer = Pointer::Mouse);
    // Types an access code on the on-screen keypad (dashes skipped) and checks the
    // session received exactly it.
    void typeOnKeypad(const QString &code, Pointer pointer = Pointer::Mouse);
    // Welcome → Start → code → Continue → ballot page.
    void enterBallot(const QString &code, Pointer pointer = Pointer::Mouse);

    // What the database holds.
    int ballotCount() const;
    store::CodeStatus codeStatus(const QString &code) const;

    // Casts directly through the store with the kiosk's key (setup for refusal tests).
    Result<store::CastReceipt> castDirectly(const QString &code, const Ballot &ballot);

private:
    QTemporaryDir m_dir;
    QString m_path;
    testsupport::ReadyRound m_ready;
    std::shared_ptr<int64_t> m_clock;
    std::unique_ptr<kiosk::KioskSession> m_session;
    std::unique_ptr<kiosk::KioskView> m_view;
    QQuickWindow *m_window = nullptr;
    QPointingDevice *m_touch = nullptr;
};

// Sealed ballots --------------------------------------------------------------------------------

struct OpenedBallot
{
    BallotKind kind = BallotKind::Approval;
    Ballot ballot;
    QString receipt;     // receipt code derived from the stored envelope and signature
    bool signatureValid = false;
};

// Every ballot of the round in the database, opened with the election secret key the
// way the counter does it (BallotEnvelope::decode, openAndUnpad, BallotPlaintext::decode),
// with the kiosk signature checked against the manifest.
Result<std::vector<OpenedBallot>> openStoredBallots(const store::BallotStore &store, int64_t roundId,
                                                    const crypto::SecretBytes &electionSecretKey);

// One row of the review screen as the voter reads it.
struct ReviewRow
{
    QString title;  // the "reviewTitle" text
    QString detail; // "Chosen", "Choice 2", "3 points", ...
    qreal y = 0;
};
// The review page's rows, top to bottom.
QList<ReviewRow> readReviewScreen(QQuickItem *root);

// Whether `text` names the amount `amount` (e.g. "€1") as a whole: not as the start of
// a longer number ("€10").
bool mentionsAmount(const QString &text, const QString &amount);
// The ProjectCard row an item belongs to (-1 when it is not on a card).
int cardRowOf(const QQuickItem *item);
// Types text on a physical keyboard (letters, digits, '-'), each character a key press
// and release carrying that text.
void typeOnKeyboard(QQuickWindow *window, const QString &text);
// Presses `key` (with modifiers) until the window's active focus item satisfies
// `reached`; false after maxPresses presses.
bool moveFocusUntil(QQuickWindow *window, Qt::Key key, Qt::KeyboardModifiers modifiers,
                    const std::function<bool(QQuickItem *)> &reached, int maxPresses = 80);
// Share of dark pixels (grey < 128) in the window's rendering of `item` (0..1), or -1
// when the window cannot be grabbed.
double darkShare(QQuickWindow *window, const QQuickItem *item);

// The main() of a flow test executable: software rendering, Basic style, the
// offscreen platform unless another is set, QGuiApplication, libsodium; then `run`.
int kioskTestMain(int argc, char **argv, const std::function<int(int, char **)> &run);

// QML / Qt warnings printed while a test runs.
class WarningLog
{
public:
    static void install();
    static void uninstall();
    static QStringList take();
};

} // namespace pbvote::kiosktest
