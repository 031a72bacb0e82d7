#include "IdleMonitor.h"

#include <QCoreApplication>
#include <QEvent>

namespace pbvote::kiosk {

IdleMonitor::IdleMonitor(MillisecondClock clock, QObject *parent) : QObject(parent), m_clock(std::move(clock))
{
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &IdleMonitor::check);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

void IdleMonitor::setLimits(int idleSeconds, int warningSeconds)
{
    m_idleSeconds = std::max(1, idleSeconds);
    m_warningSeconds = std::max(0, warningSeconds);
    emit changed();
}

void IdleMonitor::start()
{
    m_active = true;
    m_lastInput = m_clock();
    m_warning = false;
    m_secondsLeft = m_idleSeconds + m_warningSeconds;
    m_timer.start();
    emit changed();
}

void IdleMonitor::stop()
{
    m_timer.stop();
    const bool wasVisible = m_active || m_warning;
    m_active = false;
    m_warning = false;
    if (wasVisible)
        emit changed();
}

void IdleMonitor::poke()
{
    if (!m_active)
        return;
    m_lastInput = m_clock();
    if (m_warning) {
        m_warning = false;
        emit changed();
    }
}

void IdleMonitor::check()
{
    if (!m_active)
        return;
    const int64_t idleMs = m_clock() - m_lastInput;
    const int64_t totalMs = int64_t(m_idleSeconds + m_warningSeconds) * 1000;
    const int left = int((totalMs - idleMs + 999) / 1000);
    const bool warn = idleMs >= int64_t(m_idleSeconds) * 1000 && m_warningSeconds > 0;
    if (idleMs >= totalMs) {
        stop();
        emit expired();
        return;
    }
    if (warn != m_warning || left != m_secondsLeft) {
        m_warning = warn;
        m_secondsLeft = left;
        emit changed();
    }
}

bool IdleMonitor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        // While the warning is up, only its own buttons answer it ("I need more time"
        // calls poke()): a press that cleared it here would hide the popup before Qt
        // Quick delivered the press, which would then land on the ballot underneath.
        if (!m_warning)
            poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pbvote::kiosk
