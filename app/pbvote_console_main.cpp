// pbvote-console: the organizer's desktop console. A thin main(): the window does the work.
#include "ConsoleWindow.h"

#include "crypto/Crypto.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTabWidget>
#include <QLibraryInfo>
#include <QTranslator>

#include <map>

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
    p.addOption({u"page"_qs,
                 QApplication::translate("Console", "Show this page first: overview, projects, kiosks, codes or results."),
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
    // Qt's own words too (OK, Cancel, Yes, the file dialog), from qt6-translations-l10n.
    QTranslator qtTranslator;
    if (language != u"en"_qs
        && qtTranslator.load(u"qtbase_%1"_qs.arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
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
        // Each page by the object name of a widget on it (the tabs' order may change).
        const std::map<QString, QString> pages{{u"overview"_qs, u"roundOverview"_qs},
                                               {u"projects"_qs, u"projectTable"_qs},
                                               {u"kiosks"_qs, u"kiosksPage"_qs},
                                               {u"codes"_qs, u"codesPage"_qs},
                                               {u"results"_qs, u"resultsView"_qs}};
        const auto page = pages.find(p.value(u"page"_qs));
        auto *tabs = window.findChild<QTabWidget *>(u"roundTabs"_qs);
        int index = -1;
        if (page != pages.end() && tabs) {
            for (QWidget *w = window.findChild<QWidget *>(page->second); w && index < 0; w = w->parentWidget())
                index = tabs->indexOf(w);
        }
        if (index < 0) {
            std::fprintf(stderr, "pbvote-console: unknown page \"%s\" (overview, projects, kiosks, codes or results)\n",
                         qPrintable(p.value(u"page"_qs)));
            return 2;
        }
        tabs->setCurrentIndex(index);
    }
    window.resize(1280, 800);
    window.show();
    if (p.isSet(u"screenshot"_qs)) {
        QApplication::processEvents();
        return window.grab().save(p.value(u"screenshot"_qs)) ? 0 : 1;
    }
    return app.exec();
}
