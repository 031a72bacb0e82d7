#pragma once

#include "QmlInstance.h"

#include <QLocale>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;
class QTextToSpeech;

namespace pbvote::kiosk {

// The optional audio ballot: reads screens and choices aloud through Qt TextToSpeech
// when the voter turns it on. When the kiosk has no speech engine, or no voice for the
// voter's language, it says so on screen (`status`) and stays silent: nothing breaks.
// The speech engine starts only when first asked for, so the kiosk starts fast.
class AudioGuide : public QObject, public QmlInstance<AudioGuide>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Audio)
    QML_SINGLETON

    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY changed)
    Q_PROPERTY(bool speaking READ speaking NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(int rate READ rate WRITE setRate NOTIFY changed)
    Q_PROPERTY(QStringList rateNames READ rateNames NOTIFY changed)
    Q_PROPERTY(QString lastSpoken READ lastSpoken NOTIFY spoke)

public:
    // Not default-constructible on purpose: Qt 6.4 would then let QML make its own
    // instance instead of calling create().
    explicit AudioGuide(const QLocale &locale, QObject *parent = nullptr);
    ~AudioGuide() override;

    bool enabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    bool speaking() const;
    QString status() const { return m_status; }
    // Speech rate step: 0 (slowest) .. 6 (fastest); 2 is about 120 words a minute.
    int rate() const { return m_rate; }
    void setRate(int rate);
    QStringList rateNames() const;
    QString lastSpoken() const { return m_lastSpoken; }

public slots:
    // Reads `text` aloud (interrupting what was being read) when audio is on.
    void say(const QString &text);
    void stop();
    void setLanguage(const QLocale &locale);
    void reset();

signals:
    void changed();
    void spoke();

private:
    bool ensureEngine();
    void updateStatus();

    QTextToSpeech *m_speech = nullptr;
    bool m_engineTried = false;
    bool m_enabled = false;
    bool m_voiceForLanguage = false;
    int m_rate = 2;
    QLocale m_locale;
    QString m_status;
    QString m_lastSpoken;
};

} // namespace pbvote::kiosk
