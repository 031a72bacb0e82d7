#include "LanguageManager.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJSEngine>
#include <QQmlEngine>

namespace pbvote::kiosk {

const std::vector<LanguageManager::Language> &LanguageManager::shipped()
{
    static const std::vector<Language> languages = {
        {u"en"_qs, u"English"_qs, false, u"en_GB"_qs},
        {u"es"_qs, u"Español"_qs, false, u"es_ES"_qs},
        {u"vi"_qs, u"Tiếng Việt"_qs, false, u"vi_VN"_qs},
        {u"pl"_qs, u"Polski"_qs, false, u"pl_PL"_qs},
        {u"ar"_qs, u"العربية"_qs, true, u"ar_AE"_qs},
    };
    return languages;
}

LanguageManager::LanguageManager(const QString &defaultLanguage, QObject *parent)
    : QObject(parent), m_default(defaultLanguage.isEmpty() ? u"en"_qs : defaultLanguage)
{
    setLanguage(m_default);
}

LanguageManager::~LanguageManager()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QVariantList LanguageManager::languages() const
{
    QVariantList out;
    for (const Language &l : shipped())
        out << QVariantMap{{u"code"_qs, l.code}, {u"name"_qs, l.nativeName}, {u"rightToLeft"_qs, l.rightToLeft}};
    return out;
}

QString LanguageManager::currentName() const
{
    for (const Language &l : shipped()) {
        if (l.code == m_current)
            return l.nativeName;
    }
    return m_current;
}

bool LanguageManager::rightToLeft() const
{
    for (const Language &l : shipped()) {
        if (l.code == m_current)
            return l.rightToLeft;
    }
    return false;
}

bool LanguageManager::setLanguage(const QString &code)
{
    const auto it = std::find_if(shipped().begin(), shipped().end(), [&](const Language &l) { return l.code == code; });
    if (it == shipped().end())
        return false;
    if (code == m_current)
        return true;
    auto translator = std::make_unique<QTranslator>();
    // English too has a file: it turns "%n project(s)" into "1 project" / "2 projects".
    if (!translator->load(u":/i18n/pbvote_%1.qm"_qs.arg(code))) {
        qWarning("pbvote-kiosk: no translation for language %s in this build", qPrintable(code));
        return false;
    }
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(translator);
    QCoreApplication::installTranslator(m_translator.get());
    m_current = code;
    QLocale::setDefault(QLocale(it->locale));
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(it->rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    if (m_engine)
        m_engine->retranslate();
    emit changed();
    return true;
}

void LanguageManager::reset()
{
    setLanguage(m_default);
}

} // namespace pbvote::kiosk
