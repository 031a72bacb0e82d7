// pbvote-audit: the auditor's program. A thin main(): the window (ui/console/AuditorWindow)
// does the work; this only reads the command line and loads the language.
#include "AuditorWindow.h"

#include "crypto/Crypto.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

using namespace pbvote;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"pbvote"_qs);
    QApplication::setApplicationName(u"pbvote-audit"_qs);
    QApplication::setApplicationVersion(QStringLiteral(PBVOTE_VERSION));
    if (!crypto::initialize()) {
        std::fputs("pbvote-audit: libsodium could not be initialised.\n", stderr);
        return 1;
    }
    // The election key may be loaded: no core dumps, no swapping of secure memory.
    crypto::hardenProcess();

    QCommandLineParser p;
    p.setApplicationDescription(
        QApplication::translate("Audit", "Verify a published pbvote election record and save the auditor's report."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(u"record"_qs, QApplication::translate("Audit", "The election record to open."),
        QApplication::translate("Audit", "[RECORD]"));
    p.addOption(
        {u"authority"_qs, QApplication::translate("Audit", "The authority key's fingerprint as the city published it."),
            QApplication::translate("Audit", "FINGERPRINT")});
    p.addOption(
        {u"language"_qs, QApplication::translate("Audit", "Language: en, es, vi, pl or ar (default: the system's)."),
            QApplication::translate("Audit", "CODE")});
    p.process(app);
    if (p.positionalArguments().size() > 1) {
        std::fputs("pbvote-audit: give at most one RECORD (see --help).\n", stderr);
        return 2;
    }

    // The console's languages (translations/); Arabic mirrors the layout.
    const QStringList shipped {u"en"_qs, u"es"_qs, u"vi"_qs, u"pl"_qs, u"ar"_qs};
    QString language = p.isSet(u"language"_qs) ? p.value(u"language"_qs) : QLocale::system().name().left(2);
    if (!shipped.contains(language))
        language = u"en"_qs;
    QTranslator translator;
    if (translator.load(u":/i18n/pbvote_%1.qm"_qs.arg(language)))
        QApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (language != u"en"_qs
        && qtTranslator.load(u"qtbase_%1"_qs.arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QLocale::setDefault(QLocale(language == u"ar"_qs ? u"ar_AE"_qs : language));
    if (language == u"ar"_qs)
        QApplication::setLayoutDirection(Qt::RightToLeft);

    console::AuditorWindow window(p.positionalArguments().value(0));
    window.setAuthorityFingerprint(p.value(u"authority"_qs));
    window.show();
    return app.exec();
}
