#pragma once

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace pbvote::kiosk {

// Notices when nobody has touched the kiosk for a while (VVSG 2.0 7.2-O): after
// `idleSeconds` without input it raises a warning that lasts `warningSeconds` (with a
// countdown the view shows, and a button for more time), then emits expired(). Any
// touch, click or key press anywhere in the application starts the wait again; once
// the warning shows, only poke() (the warning's "more time" button) does.
// Time is read from an injected millisecond clock, so tests move time instead of
// sleeping; check() evaluates the clock (a timer calls it four times a second).
class IdleMonitor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the kiosk session")

    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(bool warning READ warning NOTIFY changed)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY changed)
    Q_PROPERTY(int idleSeconds READ idleSeconds NOTIFY changed)
    Q_PROPERTY(int warningSeconds READ warningSeconds NOTIFY changed)

public:
    using MillisecondClock = std::function<int64_t()>;
    explicit IdleMonitor(MillisecondClock clock, QObject *parent = nullptr);

    bool active() const { return m_active; }
    bool warning() const { return m_warning; }
    int secondsLeft() const { return m_secondsLeft; }
    int idleSeconds() const { return m_idleSeconds; }
    int warningSeconds() const { return m_warningSeconds; }

    void setLimits(int idleSeconds, int warningSeconds);
    void start();
    void stop();

    bool eventFilter(QObject *watched, QEvent *event) override;

public slots:
    void poke();  // the voter did something ("I need more time" calls it too)
    void check();

signals:
    void changed();
    void expired();

private:
    MillisecondClock m_clock;
    QTimer m_timer;
    int m_idleSeconds = 150;
    int m_warningSeconds = 30;
    int64_t m_lastInput = 0;
    bool m_active = false;
    bool m_warning = false;
    int m_secondsLeft = 0;
};

} // namespace pbvote::kiosk
