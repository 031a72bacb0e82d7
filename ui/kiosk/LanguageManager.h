#pragma once

#include "QmlInstance.h"

#include <QLocale>
#include <QObject>
#include <QTranslator>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace pbvote::kiosk {

// The kiosk's languages, each named in itself (flags are not languages), and the
// switch between them: installs the translation, sets the locale for numbers and
// money, mirrors the layout for right-to-left scripts and asks QML to re-read every
// qsTr(). The kiosk returns to its default language for each new voter.
class LanguageManager : public QObject, public QmlInstance<LanguageManager>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Languages)
    QML_SINGLETON

    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(QString current READ current NOTIFY changed)
    Q_PROPERTY(QString currentName READ currentName NOTIFY changed)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY changed)

public:
    struct Language
    {
        QString code;       // BCP 47, e.g. "vi"
        QString nativeName; // in its own language and script
        bool rightToLeft = false;
        // Numbers and money: Arabic uses a locale with Western digits, like the codes,
        // counts and receipts around them.
        QString locale;
    };
    static const std::vector<Language> &shipped();

    explicit LanguageManager(const QString &defaultLanguage, QObject *parent = nullptr);
    ~LanguageManager() override;

    void setEngine(QQmlEngine *engine) { m_engine = engine; }
    QVariantList languages() const;
    QString current() const { return m_current; }
    QString currentName() const;
    bool rightToLeft() const;
    QString defaultLanguage() const { return m_default; }

public slots:
    // False when the language is not shipped or its translation cannot be loaded.
    bool setLanguage(const QString &code);
    void reset();

signals:
    void changed();

private:
    QString m_default;
    QString m_current;
    std::unique_ptr<QTranslator> m_translator;
    QQmlEngine *m_engine = nullptr;
};

} // namespace pbvote::kiosk
