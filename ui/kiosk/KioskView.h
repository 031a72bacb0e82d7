#pragma once

#include "util/Result.h"

#include <QObject>
#include <QQmlApplicationEngine>

#include <memory>

class QQuickWindow;

namespace pbvote::kiosk {

class AudioGuide;
class KioskSession;
class LanguageManager;
class Theme;

struct KioskViewOptions
{
    QString language = QStringLiteral("en"); // the language each voter starts in
    qreal dpi = 0;                           // physical dots per inch (0: ask the screen)
    bool fullScreen = true;
};

// The kiosk's QML view over a session: makes the display settings, languages and audio
// guide, hands them and the session to QML, and loads the window. Used by
// pbvote-kiosk, its screenshot mode and the tests, so all three run the same QML.
class KioskView : public QObject
{
    Q_OBJECT
public:
    KioskView(KioskSession *session, const KioskViewOptions &options, QObject *parent = nullptr);
    ~KioskView() override;

    Status load();
    QQuickWindow *window() const;
    QQmlApplicationEngine &engine() { return *m_engine; }
    KioskSession *session() const { return m_session; }
    Theme *theme() const { return m_theme.get(); }
    LanguageManager *languages() const { return m_languages.get(); }
    AudioGuide *audio() const { return m_audio.get(); }

private:
    KioskSession *m_session;
    std::unique_ptr<Theme> m_theme;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<AudioGuide> m_audio;
    std::unique_ptr<QQmlApplicationEngine> m_engine; // destroyed first
};

} // namespace pbvote::kiosk
