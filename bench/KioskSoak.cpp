// pbvote-kiosk-soak: many voters, one after another, on one kiosk process with the real
// QML loaded (offscreen): each voter types a code, chooses, reviews and casts through
// KioskSession, the page changes are rendered, and the kiosk returns to the welcome
// screen. Prints the time per voter and the resident memory as the voters go by, so a
// leak (a page, an image or a model kept per voter) shows up as growth.
//
//   pbvote-kiosk-soak [VOTERS]        default 300
#include "KioskSession.h"
#include "KioskView.h"

#include "cli/DemoSetup.h"
#include "crypto/Crypto.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace pbvote;

namespace {
double residentMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

void spin(QQuickWindow *window)
{
    // Let the page change render once, as it would on a screen.
    QEventLoop loop;
    QTimer::singleShot(0, &loop, &QEventLoop::quit);
    loop.exec();
    window->grabWindow();
}
} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QGuiApplication app(argc, argv);
    if (!crypto::initialize())
        return 1;
    const int voters = argc > 1 ? std::max(1, atoi(argv[1])) : 300;

    QTemporaryDir dir;
    auto opened = store::BallotStore::open(dir.filePath(QStringLiteral("soak.sqlite")), {QStringLiteral("LIB-01")});
    if (!opened)
        return std::fprintf(stderr, "%s\n", qPrintable(opened.error())), 1;
    auto pass = crypto::SecretBytes::copyOf(QByteArrayView("soak-passphrase"));
    auto round = cli::loadDemoRound();
    auto demo = cli::prepareDemoKiosk(**opened, pass, *round, QStringLiteral("LIB-01"), voters);
    if (!demo)
        return std::fprintf(stderr, "%s\n", qPrintable(demo.error())), 1;

    kiosk::KioskSetup setup;
    setup.store = std::move(*opened);
    setup.roundId = demo->roundId;
    setup.kioskId = demo->kioskId;
    setup.kioskKey = std::move(demo->kioskKey);
    kiosk::KioskSession session(std::move(setup));
    kiosk::KioskViewOptions options;
    options.fullScreen = false;
    options.dpi = 96;
    kiosk::KioskView view(&session, options);
    if (Status s = view.load(); !s)
        return std::fprintf(stderr, "%s\n", qPrintable(s.error())), 1;
    QQuickWindow *window = view.window();
    window->resize(1280, 800);
    spin(window);

    std::printf("voters  ms/voter  resident MiB\n");
    std::printf("%6d  %8s  %12.1f\n", 0, "-", residentMiB());
    QElapsedTimer batch;
    batch.start();
    const int step = std::max(1, voters / 6);
    for (int i = 0; i < voters; ++i) {
        session.begin();
        spin(window);
        session.typeCharacter(demo->code(i));
        if (!session.submitCode())
            return std::fprintf(stderr, "voter %d: %s\n", i + 1, qPrintable(session.accessMessage())), 1;
        spin(window);
        for (int p = i % 4; p < 12; p += 4)
            session.toggle(p); // some do not fit: refused, as on a real ballot
        spin(window);
        if (!session.review() || (spin(window), !session.confirm()))
            return std::fprintf(stderr, "voter %d: %s%s\n", i + 1, qPrintable(session.notice()),
                                qPrintable(session.castError())), 1;
        spin(window);
        session.finish();
        spin(window);
        if ((i + 1) % step == 0 || i + 1 == voters) {
            const int n = (i + 1) % step == 0 ? step : (i + 1) % step;
            std::printf("%6d  %8.1f  %12.1f\n", i + 1, double(batch.elapsed()) / n, residentMiB());
            batch.restart();
        }
    }
    return 0;
}
