// pbvote-console: the organizer's desktop console. A thin main(): the window does the work.
#include "ConsoleWindow.h"

#include "crypto/Crypto.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTabWidget>
#include <QTranslator>

#include <algorithm>

#include <cstdio>

using namespace pbvote;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"pbvote"_qs);
    QApplication::setApplicationName(u"pbvote-console"_qs);
    QApplication::setApplicationVersion(QStringLiteral(PBVOTE_VERSION));
    if (!crypto::initialize()) {
        std::fputs("pbvote-console: libsodium could not be initialised.\n", stderr);
        return 1;
    }
    crypto::hardenProcess();

    QCommandLineParser p;
    p.setApplicationDescription(QApplication::translate("Console", "The organizer's console for pbvote rounds."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(u"database"_qs, QApplication::translate("Console", "The database to open."));
    p.addOption({u"screenshot"_qs,
                 QApplication::translate("Console", "Save a picture of the window to FILE (PNG) and exit."),
                 QApplication::translate("Console", "FILE")});
    p.addOption({u"page"_qs, QApplication::translate("Console", "Show this page first: overview, projects or results."),
                 QApplication::translate("Console", "PAGE")});
    p.addOption({u"language"_qs,
                 QApplication::translate("Console", "Language of the console: en, es, vi, pl or ar (default: the system's)."),
                 QApplication::translate("Console", "CODE")});
    p.process(app);

    // The console speaks the kiosk's languages (translations/); Arabic mirrors the layout.
    const QStringList shipped{u"en"_qs, u"es"_qs, u"vi"_qs, u"pl"_qs, u"ar"_qs};
    QString language = p.isSet(u"language"_qs) ? p.value(u"language"_qs) : QLocale::system().name().left(2);
    if (!shipped.contains(language))
        language = u"en"_qs;
    QTranslator translator;
    if (translator.load(u":/i18n/pbvote_%1.qm"_qs.arg(language)))
        QApplication::installTranslator(&translator);
    // Numbers and money in the language's usual form (Arabic with Western digits, as on
    // the kiosk).
    QLocale::setDefault(QLocale(language == u"ar"_qs ? u"ar_AE"_qs : language));
    if (language == u"ar"_qs)
        QApplication::setLayoutDirection(Qt::RightToLeft);

    console::ConsoleWindow window;
    if (!p.positionalArguments().isEmpty()) {
        if (Status s = window.openDatabase(p.positionalArguments().first()); !s) {
            std::fprintf(stderr, "pbvote-console: %s\n", qPrintable(s.error()));
            return 1;
        }
    }
    if (p.isSet(u"page"_qs)) {
        const QStringList pages{u"overview"_qs, u"projects"_qs, u"results"_qs};
        if (auto *tabs = window.findChild<QTabWidget *>(u"roundTabs"_qs))
            tabs->setCurrentIndex(std::max<qsizetype>(0, pages.indexOf(p.value(u"page"_qs))));
    }
    window.resize(1280, 800);
    window.show();
    if (p.isSet(u"screenshot"_qs)) {
        QApplication::processEvents();
        return window.grab().save(p.value(u"screenshot"_qs)) ? 0 : 1;
    }
    return app.exec();
}
