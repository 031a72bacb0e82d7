#include "KioskView.h"

#include "AudioGuide.h"
#include "KioskSession.h"
#include "LanguageManager.h"
#include "QrImageProvider.h"
#include "Theme.h"

#include <QDirIterator>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQuickWindow>
#include <QScreen>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

// The QML module PbVote.Kiosk is a static plugin linked into every program that shows
// the kiosk.
Q_IMPORT_QML_PLUGIN(PbVote_KioskPlugin)

namespace pbvote::kiosk {

namespace {
qreal screenDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const qreal dpi = screen ? screen->physicalDotsPerInch() : 96.0;
    // Some screens (and virtual ones) report nonsense; fall back to a 24" full HD panel.
    return dpi >= 60 && dpi <= 400 ? dpi : 96.0;
}
} // namespace

KioskView::KioskView(KioskSession *session, const KioskViewOptions &options, QObject *parent)
    : QObject(parent),
      m_session(session),
      m_theme(std::make_unique<Theme>(options.dpi > 0 ? options.dpi : screenDpi(), options.fullScreen)),
      m_languages(std::make_unique<LanguageManager>(options.language)),
      m_audio(std::make_unique<AudioGuide>(QLocale(options.language))),
      m_engine(std::make_unique<QQmlApplicationEngine>())
{
    KioskSession::setInstance(session);
    Theme::setInstance(m_theme.get());
    LanguageManager::setInstance(m_languages.get());
    AudioGuide::setInstance(m_audio.get());
    m_languages->setEngine(m_engine.get());
    m_audio->setLanguage(QLocale(m_languages->current()));

    // Project titles and descriptions follow the language too (the organizers' translations).
    session->setLanguage(m_languages->current());
    connect(m_languages.get(), &LanguageManager::changed, session,
            [this] { m_session->setLanguage(m_languages->current()); });
    connect(m_languages.get(), &LanguageManager::changed, m_theme.get(), &Theme::changed);
    connect(m_languages.get(), &LanguageManager::changed, m_audio.get(),
            [this] { m_audio->setLanguage(QLocale(m_languages->current())); });
    // VVSG 2.0 7.1-A: each voter starts with the kiosk's usual language and display.
    connect(session, &KioskSession::voterSessionEnded, m_theme.get(), &Theme::reset);
    connect(session, &KioskSession::voterSessionEnded, m_languages.get(), &LanguageManager::reset);
    connect(session, &KioskSession::voterSessionEnded, m_audio.get(), &AudioGuide::reset);
    // The finished voter's page is destroyed with its stage; collect what the JavaScript
    // heap still holds of it (strings of the review and receipt) once it is gone.
    connect(session, &KioskSession::voterSessionEnded, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (m_engine)
                m_engine->collectGarbage();
        });
    });
}

KioskView::~KioskView()
{
    m_engine.reset();
}

Status KioskView::load()
{
    m_engine->addImageProvider(u"qr"_qs, new QrImageProvider);
    m_engine->addImageProvider(u"project"_qs, new ProjectImageProvider(m_session));
    // Qt 6.4 does not look in the resource root for modules; PbVote.Kiosk is there.
    m_engine->addImportPath(u"qrc:/"_qs);
    QString failure;
    const QMetaObject::Connection collect =
        QObject::connect(m_engine.get(), &QQmlApplicationEngine::warnings, this, [&failure](const QList<QQmlError> &w) {
            for (const QQmlError &e : w)
                failure += e.toString() + u'\n';
        });
    m_engine->load(QUrl(u"qrc:/PbVote/Kiosk/qml/Main.qml"_qs));
    QObject::disconnect(collect);
    if (QQuickWindow *w = window()) {
        if (m_theme->fullScreen()) {
            // Without a window manager (a bare kiosk X session) the full-screen request
            // is not acted on, so cover the screen ourselves too.
            if (const QScreen *screen = w->screen())
                w->setGeometry(screen->geometry());
            w->showFullScreen();
        }
        else
            w->show();
    }
    if (m_engine->rootObjects().isEmpty()) {
        // Say which file is broken: compile each of the module's QML files on its own.
        QDirIterator it(u":/PbVote/Kiosk/qml"_qs, {u"*.qml"_qs}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QQmlComponent component(m_engine.get(), QUrl(u"qrc"_qs + it.next()), QQmlComponent::PreferSynchronous);
            for (const QQmlError &e : component.errors())
                failure += e.toString() + u'\n';
        }
        return Status::failure(tr("The kiosk screen could not be loaded:\n%1").arg(failure));
    }
    return {};
}

QQuickWindow *KioskView::window() const
{
    const auto roots = m_engine->rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
}

} // namespace pbvote::kiosk
