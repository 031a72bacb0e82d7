#include "KioskTestSupport.h"

#include "record/Records.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QPointingDevice>
#include <QImage>
#include <QQuickItem>
#include <QQuickStyle>
#include <QSGRendererInterface>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QtQuickTest/quicktest.h>
#include <QtTest/QTest>

#include <algorithm>

namespace pbvote::kiosktest {

// Item lookup ------------------------------------------------------------------------------

namespace {
void collect(QQuickItem *item, const std::function<bool(QQuickItem *)> &match, bool visibleOnly,
             QList<QQuickItem *> &out)
{
    if (!item || (visibleOnly && !item->isVisible()))
        return;
    if (match(item))
        out << item;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        collect(child, match, visibleOnly, out);
}

QString describe(const QQuickItem *item)
{
    if (!item)
        return QStringLiteral("(null item)");
    QString d = QString::fromLatin1(item->metaObject()->className());
    if (!item->objectName().isEmpty())
        d += QStringLiteral(" \"%1\"").arg(item->objectName());
    const QString text = itemText(item);
    if (!text.isEmpty())
        d += QStringLiteral(" text=\"%1\"").arg(text);
    const QRectF r = sceneRect(item);
    d += QStringLiteral(" at (%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    return d;
}

// The item a press at scenePos goes to: the topmost enabled, visible item under the
// point that takes mouse buttons, looking into children before parents and honouring
// clipping. An approximation of Qt Quick's delivery that is good enough to tell a
// button from something covering it.
QQuickItem *receiverAt(QQuickItem *item, const QPointF &scenePos)
{
    if (!item || !item->isVisible() || !item->isEnabled())
        return nullptr;
    const QPointF local = item->mapFromScene(scenePos);
    if (item->clip() && !item->contains(local))
        return nullptr;
    QList<QQuickItem *> children = item->childItems();
    std::stable_sort(children.begin(), children.end(),
                     [](const QQuickItem *a, const QQuickItem *b) { return a->z() < b->z(); });
    for (auto it = children.crbegin(); it != children.crend(); ++it) {
        if (QQuickItem *hit = receiverAt(*it, scenePos))
            return hit;
    }
    if ((item->acceptedMouseButtons() & Qt::LeftButton) && item->contains(local))
        return item;
    return nullptr;
}

QPointingDevice *touchDevice()
{
    static QPointingDevice *device = QTest::createTouchDevice();
    return device;
}
} // namespace

QList<QQuickItem *> findItems(QQuickItem *root, const QString &objectName, bool visibleOnly)
{
    QList<QQuickItem *> out;
    collect(root, [&](QQuickItem *i) { return i->objectName() == objectName; }, visibleOnly, out);
    return out;
}

QQuickItem *findItem(QQuickItem *root, const QString &objectName, bool visibleOnly)
{
    const QList<QQuickItem *> all = findItems(root, objectName, visibleOnly);
    return all.isEmpty() ? nullptr : all.first();
}

QList<QQuickItem *> findItemsOfClass(QQuickItem *root, const char *className, bool visibleOnly)
{
    QList<QQuickItem *> out;
    collect(root, [&](QQuickItem *i) { return i->inherits(className); }, visibleOnly, out);
    return out;
}

QQuickItem *cardForRow(QQuickItem *root, int row)
{
    QList<QQuickItem *> cards;
    collect(root,
            [](QQuickItem *i) {
                const QMetaObject *m = i->metaObject();
                return m->indexOfProperty("canChoose") >= 0 && m->indexOfProperty("stateText") >= 0
                       && m->indexOfProperty("row") >= 0;
            },
            true, cards);
    for (QQuickItem *card : cards) {
        if (card->property("row").toInt() == row)
            return card;
    }
    return nullptr;
}

QQuickItem *cardButton(QQuickItem *root, int row, const QString &objectName)
{
    QQuickItem *card = cardForRow(root, row);
    return card ? findItem(card, objectName) : nullptr;
}

QString itemText(const QQuickItem *item)
{
    return item ? item->property("text").toString() : QString();
}

QRectF sceneRect(const QQuickItem *item)
{
    return item ? item->mapRectToScene(QRectF(0, 0, item->width(), item->height())) : QRectF();
}

QPointF sceneCentre(const QQuickItem *item)
{
    return sceneRect(item).center();
}

// Input -------------------------------------------------------------------------------------

void scrollIntoView(QQuickItem *item)
{
    if (!item)
        return;
    constexpr qreal margin = 8;
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable"))
            continue;
        QQuickItem *content = p->property("contentItem").value<QQuickItem *>();
        if (!content)
            continue;
        const QRectF r = item->mapRectToItem(content, QRectF(0, 0, item->width(), item->height()));
        const qreal contentY = p->property("contentY").toReal();
        const qreal viewport = p->height();
        const qreal maxY = std::max<qreal>(0, p->property("contentHeight").toReal() - viewport);
        qreal target = contentY;
        if (r.top() < contentY)
            target = r.top() - margin;
        else if (r.bottom() > contentY + viewport)
            target = r.bottom() - viewport + margin;
        target = std::clamp<qreal>(target, 0, maxY);
        if (!qFuzzyCompare(target + 1, contentY + 1))
            p->setProperty("contentY", target);
    }
}

QQuickItem *itemAt(QQuickWindow *window, const QPointF &scenePos)
{
    return window ? receiverAt(window->contentItem(), scenePos) : nullptr;
}

QString unreachableReason(QQuickWindow *window, QQuickItem *item)
{
    if (!item)
        return QStringLiteral("no such item");
    if (!item->isVisible())
        return QStringLiteral("%1 is hidden").arg(describe(item));
    if (!item->isEnabled())
        return QStringLiteral("%1 is disabled").arg(describe(item));
    if (item->width() <= 0 || item->height() <= 0)
        return QStringLiteral("%1 has no size").arg(describe(item));
    const QPointF centre = sceneCentre(item);
    const QRectF windowRect(0, 0, window->width(), window->height());
    if (!windowRect.contains(centre))
        return QStringLiteral("the centre of %1 is outside the %2x%3 window")
            .arg(describe(item))
            .arg(window->width())
            .arg(window->height());
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (p->clip() && !sceneRect(p).contains(centre))
            return QStringLiteral("the centre of %1 is clipped away by %2").arg(describe(item), describe(p));
    }
    QQuickItem *hit = receiverAt(window->contentItem(), centre);
    if (hit != item && !item->isAncestorOf(hit))
        return QStringLiteral("a press at the centre of %1 would go to %2").arg(describe(item), describe(hit));
    return {};
}

// The kiosk in a window -----------------------------------------------------------------------

namespace {
QLocale s_localeBefore;
Qt::LayoutDirection s_directionBefore = Qt::LeftToRight;
} // namespace

KioskHarness::KioskHarness()
{
    s_localeBefore = QLocale();
    s_directionBefore = QGuiApplication::layoutDirection();
}

KioskHarness::~KioskHarness()
{
    // The engine (and the window) first, then the session it shows, then the database.
    m_view.reset();
    m_session.reset();
    QLocale::setDefault(s_localeBefore);
    QGuiApplication::setLayoutDirection(s_directionBefore);
}

void KioskHarness::start(const Round &round, const HarnessOptions &options)
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    m_path = m_dir.filePath(QStringLiteral("kiosk.db"));
    testsupport::ReadyRoundOptions ro;
    ro.codes = options.codes;
    ro.open = !options.beforeOpen;
    const Status made = testsupport::makeReadyRound(m_ready, m_path, round, ro);
    QVERIFY2(made, qPrintable(made.error()));
    QCOMPARE(m_ready.codes.size(), options.codes);
    if (options.beforeOpen) {
        const Status prepared = options.beforeOpen(*m_ready.store, m_ready.roundId);
        QVERIFY2(prepared, qPrintable(prepared.error()));
        // Opened as makeReadyRound would have, with the authority key it stored.
        auto keys = m_ready.store->keys();
        QVERIFY2(keys, qPrintable(keys.error()));
        const auto authority = std::find_if(keys->begin(), keys->end(), [&](const store::StoredKey &k) {
            return k.kind == store::KeyKind::Authority && k.publicKey == m_ready.authority.publicKey;
        });
        QVERIFY(authority != keys->end());
        const Status opened = m_ready.store->openRound(m_ready.roundId, authority->name, m_ready.authority.secretKey);
        QVERIFY2(opened, qPrintable(opened.error()));
        auto back = m_ready.store->round(m_ready.roundId);
        QVERIFY2(back, qPrintable(back.error()));
        m_ready.round = *back;
    }
    if (options.fullDisk) {
        store::StoreOptions limited;
        limited.maxDatabaseBytes = QFileInfo(m_path).size();
        const Status reopened = m_ready.reopen(limited);
        QVERIFY2(reopened, qPrintable(reopened.error()));
    }

    kiosk::KioskSetup setup;
    setup.store = std::move(m_ready.store);
    setup.roundId = m_ready.roundId;
    setup.kioskId = m_ready.kioskId;
    setup.kioskKey = crypto::SecretBytes::copyOf(m_ready.kiosk.secretKey.view());
    if (options.fakeClock) {
        m_clock = std::make_shared<int64_t>(1'000'000);
        setup.clock = [clock = m_clock] { return *clock; };
    }
    m_session = std::make_unique<kiosk::KioskSession>(std::move(setup));

    kiosk::KioskViewOptions vo;
    vo.language = options.language;
    vo.dpi = 96; // the same sizes on every machine
    vo.fullScreen = false;
    m_view = std::make_unique<kiosk::KioskView>(m_session.get(), vo);
    const Status loaded = m_view->load();
    QVERIFY2(loaded, qPrintable(loaded.error()));
    m_window = m_view->window();
    QVERIFY(m_window);
    const QSize size(WindowWidth, WindowHeight);
    m_window->resize(size);
    m_window->setPosition(0, 0);
    m_window->show();
    m_window->requestActivate();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTRY_COMPARE(m_window->size(), size);
    KIOSK_CHECKED(waitForStage(kiosk::KioskSession::Welcome, QStringLiteral("welcomePage")));
}

QQuickItem *KioskHarness::root() const
{
    return m_window ? m_window->contentItem() : nullptr;
}

QQuickItem *KioskHarness::page() const
{
    QQuickItem *loader = findItem(root(), QStringLiteral("pageLoader"), false);
    return loader ? loader->property("item").value<QQuickItem *>() : nullptr;
}

QString KioskHarness::pageName() const
{
    QQuickItem *p = page();
    return p ? p->objectName() : QString();
}

void KioskHarness::settle()
{
    QVERIFY2(QQuickTest::qWaitForPolish(m_window), "the window's layouts did not settle");
}

void KioskHarness::waitForStage(kiosk::KioskSession::Stage stage, const QString &pageObjectName)
{
    QTRY_COMPARE_WITH_TIMEOUT(m_session->stage(), stage, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(pageName(), pageObjectName, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(page()->width() > 0 && page()->height() > 0, 5000);
    KIOSK_CHECKED(settle());
}

QQuickItem *KioskHarness::item(const QString &objectName)
{
    QQuickItem *found = findItem(root(), objectName);
    [&] { QVERIFY2(found, qPrintable(QStringLiteral("no visible item \"%1\" on %2").arg(objectName, pageName()))); }();
    return found;
}

void KioskHarness::tap(QQuickItem *target, Pointer pointer)
{
    QVERIFY2(target, "tap: no item to tap");
    QPointer<QQuickItem> guard(target);
    // Layout first (a card may just have grown), then scroll, then layout again.
    KIOSK_CHECKED(settle());
    QVERIFY2(guard, "tap: the item went away while the window settled");
    scrollIntoView(target);
    KIOSK_CHECKED(settle());
    QVERIFY2(guard, "tap: the item went away while the window settled");
    const QString why = unreachableReason(m_window, target);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    tapAt(sceneCentre(target), pointer);
}

void KioskHarness::tapAt(const QPointF &scenePos, Pointer pointer)
{
    const QPoint at = scenePos.toPoint();
    if (pointer == Pointer::Mouse) {
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, at);
    } else {
        QTest::touchEvent(m_window, touchDevice()).press(0, at, m_window);
        QTest::touchEvent(m_window, touchDevice()).release(0, at, m_window);
    }
}

void KioskHarness::tap(const QString &objectName, Pointer pointer)
{
    QQuickItem *target = item(objectName);
    if (QTest::currentTestFailed())
        return;
    tap(target, pointer);
}

void KioskHarness::tapCard(int row, const QString &buttonName, Pointer pointer)
{
    QQuickItem *button = cardButton(root(), row, buttonName);
    QVERIFY2(button, qPrintable(QStringLiteral("no visible \"%1\" button on the card of row %2").arg(buttonName).arg(row)));
    tap(button, pointer);
}

void KioskHarness::typeOnKeypad(const QString &code, Pointer pointer)
{
    QString typed;
    for (const QChar c : code) {
        if (c == u'-')
            continue;
        KIOSK_CHECKED(tap(QStringLiteral("key_") + c.toUpper(), pointer));
        typed += c.toUpper();
        // Each tap lands at once: the session holds exactly what was tapped so far.
        QTRY_COMPARE(m_session->typedCode().remove(u'-'), typed);
    }
    QCOMPARE(m_session->typedCode(), code.toUpper());
}

void KioskHarness::enterBallot(const QString &code, Pointer pointer)
{
    QCOMPARE(m_session->stage(), kiosk::KioskSession::Welcome);
    KIOSK_CHECKED(tap(QStringLiteral("startButton"), pointer));
    KIOSK_CHECKED(waitForStage(kiosk::KioskSession::Access, QStringLiteral("accessPage")));
    KIOSK_CHECKED(typeOnKeypad(code, pointer));
    KIOSK_CHECKED(tap(QStringLiteral("submitCode"), pointer));
    KIOSK_CHECKED(waitForStage(kiosk::KioskSession::Ballot, QStringLiteral("ballotPage")));
}

int KioskHarness::ballotCount() const
{
    auto c = m_session->store().counts(m_ready.roundId);
    return c ? int(c->ballots) : -1;
}

store::CodeStatus KioskHarness::codeStatus(const QString &code) const
{
    auto s = m_session->store().codeStatus(m_ready.roundId, code);
    return s ? *s : store::CodeStatus::Unknown;
}

Result<store::CastReceipt> KioskHarness::castDirectly(const QString &code, const Ballot &ballot)
{
    return m_session->store().cast(m_ready.roundId, m_ready.kioskId, m_ready.kiosk.secretKey, code, ballot);
}

// Sealed ballots --------------------------------------------------------------------------------

Result<std::vector<OpenedBallot>> openStoredBallots(const store::BallotStore &store, int64_t roundId,
                                                    const crypto::SecretBytes &electionSecretKey)
{
    using R = Result<std::vector<OpenedBallot>>;
    auto manifest = store.manifest(roundId);
    if (!manifest)
        return R::failure(manifest.error());
    const QByteArray mh = record::manifestHash(manifest->encode());
    auto stored = store.ballots(roundId);
    if (!stored)
        return R::failure(stored.error());
    std::vector<OpenedBallot> out;
    for (const store::BallotStore::SignedBallot &sb : *stored) {
        auto env = record::BallotEnvelope::decode(sb.envelope);
        if (!env)
            return R::failure(QStringLiteral("envelope: ") + env.error());
        OpenedBallot opened;
        const auto kiosk = std::find_if(manifest->kiosks.begin(), manifest->kiosks.end(),
                                        [&](const record::KioskEntry &k) { return k.id == env->kioskId; });
        opened.signatureValid = kiosk != manifest->kiosks.end() && env->manifestHash == mh
                                && crypto::verify(kiosk->publicKey, record::BallotDomain, sb.envelope, sb.signature);
        auto plain = crypto::openAndUnpad(manifest->electionPublicKey, electionSecretKey, env->sealed,
                                          manifest->paddedBallotSize);
        if (!plain)
            return R::failure(QStringLiteral("sealed box: ") + plain.error());
        auto decoded = record::BallotPlaintext::decode(plain->view());
        if (!decoded)
            return R::failure(QStringLiteral("plaintext: ") + decoded.error());
        if (decoded->ballotId != env->ballotId || decoded->manifestHash != mh)
            return R::failure(QStringLiteral("the sealed vote belongs to another ballot or round"));
        opened.kind = decoded->kind;
        opened.ballot = decoded->ballot;
        opened.receipt = record::receiptCode(sb.envelope, sb.signature);
        out.push_back(std::move(opened));
    }
    return out;
}

QList<ReviewRow> readReviewScreen(QQuickItem *root)
{
    QList<ReviewRow> rows;
    const QList<QQuickItem *> items = findItems(root, QStringLiteral("reviewItem"));
    for (QQuickItem *item : items) {
        ReviewRow row;
        row.title = itemText(findItem(item, QStringLiteral("reviewTitle")));
        // The row reads: title, detail (chosen / rank / points), cost.
        const QList<QQuickItem *> texts = findItemsOfClass(item, "QQuickText");
        if (texts.size() >= 2)
            row.detail = itemText(texts.at(1));
        row.y = sceneRect(item).y();
        rows << row;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const ReviewRow &a, const ReviewRow &b) { return a.y < b.y; });
    return rows;
}

// Warnings ----------------------------------------------------------------------------------------

namespace {
QMutex s_warningMutex;
QStringList s_warnings;
QtMessageHandler s_previousHandler = nullptr;

void recordWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
        QMutexLocker lock(&s_warningMutex);
        const QString category = context.category ? QString::fromLatin1(context.category) : QString();
        s_warnings << (category.isEmpty() || category == u"default" ? message : category + QStringLiteral(": ") + message);
    }
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}
} // namespace

void WarningLog::install()
{
    s_previousHandler = qInstallMessageHandler(recordWarning);
}

void WarningLog::uninstall()
{
    qInstallMessageHandler(s_previousHandler);
    s_previousHandler = nullptr;
}

QStringList WarningLog::take()
{
    QMutexLocker lock(&s_warningMutex);
    QStringList out;
    out.swap(s_warnings);
    return out;
}

} // namespace pbvote::kiosktest

namespace pbvote::kiosktest {

QObject *KioskHarness::object(const QString &objectName) const
{
    return m_window ? m_window->findChild<QObject *>(objectName) : nullptr;
}

bool mentionsAmount(const QString &text, const QString &amount)
{
    return !amount.isEmpty()
           && QRegularExpression(QRegularExpression::escape(amount) + QStringLiteral("(?![\\d.,]\\d|\\d)"))
                  .match(text)
                  .hasMatch();
}

int cardRowOf(const QQuickItem *item)
{
    for (const QQuickItem *p = item; p; p = p->parentItem()) {
        const QMetaObject *m = p->metaObject();
        if (m->indexOfProperty("canChoose") >= 0 && m->indexOfProperty("stateText") >= 0)
            return p->property("row").toInt();
    }
    return -1;
}

void typeOnKeyboard(QQuickWindow *window, const QString &text)
{
    for (const QChar c : text) {
        Qt::Key key = Qt::Key_unknown;
        const QChar upper = c.toUpper();
        if (upper >= u'A' && upper <= u'Z')
            key = Qt::Key(Qt::Key_A + (upper.unicode() - u'A'));
        else if (c >= u'0' && c <= u'9')
            key = Qt::Key(Qt::Key_0 + (c.unicode() - u'0'));
        else if (c == u'-')
            key = Qt::Key_Minus;
        QVERIFY2(key != Qt::Key_unknown, qPrintable(QStringLiteral("no key for '%1'").arg(c)));
        QTest::sendKeyEvent(QTest::Click, window, key, QString(c), c.isUpper() ? Qt::ShiftModifier : Qt::NoModifier);
    }
}

bool moveFocusUntil(QQuickWindow *window, Qt::Key key, Qt::KeyboardModifiers modifiers,
                    const std::function<bool(QQuickItem *)> &reached, int maxPresses)
{
    for (int i = 0; i <= maxPresses; ++i) {
        if (reached(window->activeFocusItem()))
            return true;
        if (i < maxPresses)
            QTest::keyClick(window, key, modifiers);
    }
    return false;
}

double darkShare(QQuickWindow *window, const QQuickItem *item)
{
    const QImage shot = window->grabWindow();
    if (shot.isNull())
        return -1;
    const qreal dpr = shot.devicePixelRatio();
    const QRect r = QRectF(sceneRect(item).topLeft() * dpr, sceneRect(item).size() * dpr).toAlignedRect()
                        .intersected(shot.rect());
    if (r.isEmpty())
        return -1;
    qint64 dark = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            if (qGray(shot.pixel(x, y)) < 128)
                ++dark;
        }
    }
    return double(dark) / double(qint64(r.width()) * r.height());
}

int kioskTestMain(int argc, char **argv, const std::function<int(int, char **)> &run)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // As pbvote-kiosk's main() does, before the application exists.
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QGuiApplication app(argc, argv);
    if (!crypto::initialize()) {
        qCritical("libsodium could not be initialised");
        return 1;
    }
    return run(argc, argv);
}

} // namespace pbvote::kiosktest
