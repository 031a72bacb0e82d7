#include "AudioGuide.h"

#include <QJSEngine>
#include <QTextToSpeech>

namespace pbvote::kiosk {

namespace {
// QTextToSpeech rates run from -1 (slowest) to 1 (fastest), 0 being the engine's own
// pace (about 160-180 words a minute). VVSG 2.0 7.1-K asks for a default of 120-125
// words a minute and steps from about 60 to 250.
constexpr double Rates[] = {-0.65, -0.45, -0.3, -0.1, 0.15, 0.45, 0.8};
} // namespace

AudioGuide::AudioGuide(const QLocale &locale, QObject *parent) : QObject(parent), m_locale(locale)
{
    updateStatus();
}

AudioGuide::~AudioGuide()
{
}

bool AudioGuide::ensureEngine()
{
    if (m_engineTried)
        return m_speech && m_speech->state() != QTextToSpeech::Error;
    m_engineTried = true;
    if (QTextToSpeech::availableEngines().isEmpty())
        return false;
    m_speech = new QTextToSpeech(this);
    if (m_speech->state() == QTextToSpeech::Error)
        return false;
    connect(m_speech, &QTextToSpeech::stateChanged, this, &AudioGuide::changed);
    m_speech->setRate(Rates[m_rate]);
    setLanguage(m_locale);
    return true;
}

void AudioGuide::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (enabled)
        ensureEngine();
    else
        stop();
    updateStatus();
    emit changed();
}

bool AudioGuide::speaking() const
{
    return m_speech && m_speech->state() == QTextToSpeech::Speaking;
}

void AudioGuide::setRate(int rate)
{
    rate = std::clamp(rate, 0, int(std::size(Rates)) - 1);
    if (rate == m_rate)
        return;
    m_rate = rate;
    if (m_speech)
        m_speech->setRate(Rates[rate]);
    emit changed();
}

QStringList AudioGuide::rateNames() const
{
    return {tr("Slowest"), tr("Slower"), tr("Normal speed"), tr("A little faster"), tr("Faster"), tr("Much faster"),
            tr("Fastest")};
}

void AudioGuide::setLanguage(const QLocale &locale)
{
    m_locale = locale;
    m_voiceForLanguage = false;
    if (m_speech && m_speech->state() != QTextToSpeech::Error) {
        for (const QLocale &l : m_speech->availableLocales()) {
            if (l.language() == locale.language()) {
                m_speech->setLocale(l);
                m_voiceForLanguage = true;
                break;
            }
        }
    }
    updateStatus();
    emit changed();
}

void AudioGuide::updateStatus()
{
    if (!m_enabled)
        m_status = tr("Audio is off.");
    else if (!m_speech || m_speech->state() == QTextToSpeech::Error)
        m_status = tr("Sorry, this kiosk cannot read aloud. Please ask a librarian for help.");
    else if (!m_voiceForLanguage)
        m_status = tr("Sorry, this kiosk has no voice for this language. Choose another language, or ask a "
                      "librarian for help.");
    else
        m_status = tr("Audio is on: the screen is read aloud.");
}

void AudioGuide::say(const QString &text)
{
    if (!m_enabled || text.isEmpty())
        return;
    m_lastSpoken = text;
    emit spoke();
    if (!ensureEngine() || !m_voiceForLanguage)
        return;
    m_speech->stop();
    m_speech->say(text);
}

void AudioGuide::stop()
{
    if (m_speech)
        m_speech->stop();
}

void AudioGuide::reset()
{
    stop();
    m_lastSpoken.clear();
    const bool changedAny = m_enabled || m_rate != 2;
    m_enabled = false;
    m_rate = 2;
    if (m_speech)
        m_speech->setRate(Rates[m_rate]);
    updateStatus();
    if (changedAny)
        emit changed();
}

} // namespace pbvote::kiosk
