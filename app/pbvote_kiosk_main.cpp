// pbvote-kiosk: the resident's ballot at a library kiosk. A thin main(): options, the
// database and key, then the QML view from ui/kiosk.
#include "cli/CliContext.h"
#include "cli/DemoSetup.h"

#include "KioskSession.h"
#include "KioskView.h"
#include "ScreenshotTour.h"

#include "crypto/Crypto.h"
#include "record/Records.h"
#include "store/KeyVault.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace pbvote;

namespace {
// Translation context "Kiosk" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kiosk)
};

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0 || std::strncmp(argv[i], name, std::strlen(name)) == 0)
            return true;
    }
    return false;
}

int64_t residentKilobytes()
{
    QFile f(u"/proc/self/status"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

Result<crypto::SecretBytes> readSecretOption(const QCommandLineParser &p, const QString &fileOption,
                                             const char *environment)
{
    if (p.isSet(fileOption))
        return crypto::readPassphraseFile(p.value(fileOption));
    if (qEnvironmentVariableIsSet(environment))
        return crypto::passphraseFromEnvironment(environment);
    return Result<crypto::SecretBytes>::failure(QString());
}
} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    const bool screenshots = hasArgument(argc, argv, "--screenshots");
    const bool help = hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h");
    if (screenshots && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!help && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY")
        && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY")) {
        std::fputs("pbvote-kiosk: this machine has no screen to show the kiosk on (neither DISPLAY nor "
                   "WAYLAND_DISPLAY is set).\n"
                   "  To try it without a monitor, run it in a virtual display:\n"
                   "      xvfb-run -s '-screen 0 1920x1080x24' pbvote-kiosk --demo --db kiosk-demo.sqlite --windowed\n"
                   "  or render every screen to PNG files:\n"
                   "      pbvote-kiosk --demo --db kiosk-demo.sqlite --screenshots DIR\n",
                   stderr);
        return 3;
    }
    // Software rendering: a kiosk's UI needs no GPU, and this works on any machine
    // (including virtual displays). PBVOTE_KIOSK_GPU=1 uses the GPU instead.
    if (!qEnvironmentVariableIsSet("PBVOTE_KIOSK_GPU"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQuickStyle::setStyle(u"Basic"_qs);

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"pbvote-kiosk"_qs);
    QGuiApplication::setApplicationVersion(QStringLiteral(PBVOTE_VERSION));
    if (!crypto::initialize()) {
        std::fputs("pbvote-kiosk: libsodium could not be initialised.\n", stderr);
        return 1;
    }
    crypto::hardenProcess();

    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("The resident's ballot for a library kiosk."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOption({u"db"_qs, Tr::tr("The kiosk's SQLite database."), Tr::tr("FILE")});
    p.addOption({u"round"_qs, Tr::tr("The round this kiosk takes votes for."), Tr::tr("ID")});
    p.addOption({u"kiosk"_qs, Tr::tr("This kiosk's id (its signing key has the same name)."), Tr::tr("ID")});
    p.addOption({u"passphrase-file"_qs, Tr::tr("Read the key passphrase from FILE (default: PBVOTE_PASSPHRASE)."),
                 Tr::tr("FILE")});
    p.addOption({u"operator-pin-file"_qs,
                 Tr::tr("Read the staff PIN (4 to 12 digits) from FILE (default: PBVOTE_OPERATOR_PIN)."),
                 Tr::tr("FILE")});
    p.addOption({u"demo"_qs, Tr::tr("Set up the built-in demo round in the database and take votes on it "
                                    "(passphrase pbvote-demo, staff PIN 2468 unless given).")});
    p.addOption({u"method"_qs, Tr::tr("Demo only: voting method approval, knapsack (default), cumulative or ordinal."),
                 Tr::tr("KIND")});
    p.addOption({u"windowed"_qs, Tr::tr("Show the kiosk in a window instead of full screen.")});
    p.addOption({u"language"_qs, Tr::tr("The language each voter starts in (default en)."), Tr::tr("CODE"), u"en"_qs});
    p.addOption({u"dpi"_qs, Tr::tr("The screen's real density in dots per inch, when it reports a wrong one."),
                 Tr::tr("N")});
    p.addOption({u"screenshots"_qs, Tr::tr("Render every screen in every language to PNG files in DIR and exit."),
                 Tr::tr("DIR")});
    p.addOption({u"sizes"_qs, Tr::tr("Screenshot window sizes (default 1280x800,1920x1080)."), Tr::tr("LIST"),
                 u"1280x800,1920x1080"_qs});
    p.addOption({u"languages"_qs, Tr::tr("Screenshot languages (default: all shipped)."), Tr::tr("LIST"),
                 u"en,es,vi,pl,ar"_qs});
    p.addOption({u"idle-seconds"_qs,
                 Tr::tr("Seconds without a touch before the voter is asked whether they need more time (120 to 300, "
                        "default 150)."),
                 Tr::tr("N"), u"150"_qs});
    p.addOption({u"warning-seconds"_qs,
                 Tr::tr("How long that question stays before the ballot is cleared (20 to 45, default 30)."),
                 Tr::tr("N"), u"30"_qs});
    p.addOption({u"measure"_qs, Tr::tr("Print the start-up time to the first shown frame and the memory in use, "
                                       "then exit.")});
    p.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    auto fail = [&err](const QString &message) {
        err << u"pbvote-kiosk: "_qs << message << Qt::endl;
        return 1;
    };

    const bool demo = p.isSet(u"demo"_qs);
    QString dbPath = p.value(u"db"_qs);
    if (dbPath.isEmpty())
        return fail(Tr::tr("Which database? Give --db FILE (or --demo --db FILE to try the demo round)."));
    if (demo && !p.isSet(u"passphrase-file"_qs) && !qEnvironmentVariableIsSet("PBVOTE_PASSPHRASE"))
        qputenv("PBVOTE_PASSPHRASE", cli::DemoPassphrase);

    kiosk::KioskSetup setup;
    // VVSG 2.0 7.2-O: the alert comes after 2 to 5 minutes and lasts 20 to 45 seconds.
    bool idleOk = false, warningOk = false;
    setup.idleSeconds = p.value(u"idle-seconds"_qs).toInt(&idleOk);
    setup.warningSeconds = p.value(u"warning-seconds"_qs).toInt(&warningOk);
    if (!idleOk || setup.idleSeconds < 120 || setup.idleSeconds > 300)
        return fail(Tr::tr("--idle-seconds must be a whole number from 120 to 300, not \"%1\".")
                        .arg(p.value(u"idle-seconds"_qs)));
    if (!warningOk || setup.warningSeconds < 20 || setup.warningSeconds > 45)
        return fail(Tr::tr("--warning-seconds must be a whole number from 20 to 45, not \"%1\".")
                        .arg(p.value(u"warning-seconds"_qs)));
    setup.kioskId = p.isSet(u"kiosk"_qs) ? p.value(u"kiosk"_qs) : (demo ? u"LIB-01"_qs : QString());
    if (setup.kioskId.isEmpty())
        return fail(Tr::tr("Which kiosk is this? Give --kiosk ID."));
    store::StoreOptions options;
    options.kioskId = setup.kioskId;
    auto opened = store::BallotStore::open(dbPath, options);
    if (!opened)
        return fail(opened.error());
    setup.store = std::move(*opened);
    if (!setup.store->startupWarning().isEmpty())
        err << u"pbvote-kiosk: warning: "_qs << setup.store->startupWarning() << Qt::endl;

    auto passphrase = readSecretOption(p, u"passphrase-file"_qs, "PBVOTE_PASSPHRASE");
    if (!passphrase && passphrase.error().isEmpty()) {
        cli::CliContext ctx(out, err);
        passphrase = ctx.passphrase();
    }
    if (!passphrase)
        return fail(passphrase.error());

    QString demoPin;
    if (demo) {
        std::optional<BallotKind> kind;
        if (p.isSet(u"method"_qs)) {
            kind = parseBallotKind(p.value(u"method"_qs));
            if (!kind)
                return fail(Tr::tr("--method must be approval, knapsack, cumulative or ordinal, not \"%1\".")
                                .arg(p.value(u"method"_qs)));
        }
        auto round = cli::loadDemoRound(kind);
        if (!round)
            return fail(round.error());
        auto prepared = cli::prepareDemoKiosk(*setup.store, *passphrase, *round, setup.kioskId, 60);
        if (!prepared)
            return fail(prepared.error());
        setup.roundId = prepared->roundId;
        setup.kioskKey = std::move(prepared->kioskKey);
        for (int i = 0; i < prepared->codeCount; ++i)
            setup.demoCodes << prepared->code(i);
        demoPin = u"2468"_qs;
    } else {
        bool ok = false;
        setup.roundId = p.value(u"round"_qs).toLongLong(&ok);
        if (!ok || setup.roundId <= 0)
            return fail(Tr::tr("Which round? Give --round ID (see pbvote round list)."));
        auto round = setup.store->round(setup.roundId);
        if (!round)
            return fail(round.error());
        auto key = setup.store->key(store::KeyKind::Kiosk, setup.kioskId);
        if (!key)
            return fail(key.error());
        // Once a round is open its signed manifest lists the kiosks that may vote: refuse
        // to start a kiosk whose ballots would all be refused.
        if (round->state != RoundState::Draft) {
            auto manifest = setup.store->manifest(setup.roundId);
            if (!manifest)
                return fail(manifest.error());
            const auto &kiosks = manifest->kiosks;
            const auto it = std::find_if(kiosks.begin(), kiosks.end(),
                                         [&](const record::KioskEntry &k) { return k.id == setup.kioskId; });
            if (it == kiosks.end())
                return fail(Tr::tr("Kiosk %1 is not registered for round %2 (\"%3\"); the organizer registers its "
                                   "public key before opening the round.")
                                .arg(setup.kioskId)
                                .arg(setup.roundId)
                                .arg(round->name));
            if (it->publicKey != key->publicKey)
                return fail(Tr::tr("Kiosk %1's key in this database is not the key registered for round %2.")
                                .arg(setup.kioskId)
                                .arg(setup.roundId));
        }
        auto secret = store::unlockKey(*setup.store, store::KeyKind::Kiosk, setup.kioskId, *passphrase);
        if (!secret)
            return fail(secret.error());
        setup.kioskKey = std::move(*secret);
    }

    auto pin = readSecretOption(p, u"operator-pin-file"_qs, "PBVOTE_OPERATOR_PIN");
    if (!pin && !pin.error().isEmpty())
        return fail(pin.error());
    if (!pin && demoPin.isEmpty())
        return fail(Tr::tr("The kiosk needs a staff PIN: give --operator-pin-file FILE or set PBVOTE_OPERATOR_PIN."));
    crypto::SecretBytes pinBytes = pin ? std::move(*pin) : crypto::SecretBytes::copyOf(demoPin.toUtf8());
    if (pinBytes.size() < 4 || pinBytes.size() > 12
        || !std::all_of(pinBytes.data(), pinBytes.data() + pinBytes.size(), [](unsigned char c) { return c >= '0' && c <= '9'; }))
        return fail(Tr::tr("The staff PIN must be 4 to 12 digits."));
    auto pinHash = crypto::hashPin(pinBytes);
    if (!pinHash)
        return fail(pinHash.error());
    setup.operatorPinHash = *pinHash;
    const QString tourPin = demo ? demoPin : QString();

    setup.store->logEvent(setup.roundId, record::EventType::KioskStarted, u"Kiosk program started"_qs, setup.kioskId);
    if (demo && !screenshots) {
        out << Tr::tr("Demo round %1 is open at kiosk %2. Access codes you can vote with:").arg(setup.roundId).arg(setup.kioskId)
            << Qt::endl;
        for (int i = 0; i < 5; ++i)
            out << u"    "_qs << setup.demoCodes.value(i) << Qt::endl;
        out << Tr::tr("Staff PIN: %1 (\"Staff only\" on the welcome screen; quitting needs it).").arg(demoPin) << Qt::endl;
    }

    kiosk::KioskSession session(std::move(setup));
    kiosk::KioskViewOptions viewOptions;
    viewOptions.language = p.value(u"language"_qs);
    viewOptions.dpi = p.value(u"dpi"_qs).toDouble();
    viewOptions.fullScreen = !p.isSet(u"windowed"_qs) && !screenshots;
    kiosk::KioskView view(&session, viewOptions);
    if (Status s = view.load(); !s)
        return fail(s.error());

    if (screenshots) {
        std::vector<QSize> sizes;
        for (const QString &s : p.value(u"sizes"_qs).split(u','))
            sizes.emplace_back(s.section(u'x', 0, 0).toInt(), s.section(u'x', 1, 1).toInt());
        auto shots = kiosk::ScreenshotTour::run(view, p.value(u"screenshots"_qs), sizes,
                                                p.value(u"languages"_qs).split(u','), tourPin);
        if (!shots)
            return fail(shots.error());
        out << Tr::tr("Saved %1 screenshots in %2.").arg(*shots).arg(p.value(u"screenshots"_qs)) << Qt::endl;
        return 0;
    }

    if (p.isSet(u"measure"_qs)) {
        QObject::connect(view.window(), &QQuickWindow::frameSwapped, &app, [&] {
            out << Tr::tr("First frame after %1 ms; resident memory %2 MiB.")
                       .arg(sinceStart.elapsed())
                       .arg(double(residentKilobytes()) / 1024.0, 0, 'f', 1)
                << Qt::endl;
            QCoreApplication::exit(0);
        }, Qt::SingleShotConnection);
    }
    return app.exec();
}
