#include "ScreenshotTour.h"

#include "AudioGuide.h"
#include "IdleMonitor.h"
#include "KioskSession.h"
#include "KioskView.h"
#include "LanguageManager.h"
#include "Theme.h"

#include <QDir>
#include <QEventLoop>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

namespace pbvote::kiosk {

namespace {
void settle(int ms = 150)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QObject *findNamed(QQuickWindow *window, const char *name)
{
    return window->findChild<QObject *>(QString::fromLatin1(name));
}
} // namespace

Result<int> ScreenshotTour::run(KioskView &view, const QString &directory, const std::vector<QSize> &sizes,
                                const QStringList &languages, const QString &operatorPin)
{
    using R = Result<int>;
    QQuickWindow *window = view.window();
    KioskSession *session = view.session();
    if (!window || !session)
        return R::failure(QStringLiteral("The kiosk window is not loaded."));
    QStringList codes = session->demoCodes();
    int shots = 0;
    for (const QSize &size : sizes) {
        window->resize(size);
        for (const QString &language : languages) {
            if (codes.isEmpty())
                return R::failure(QStringLiteral("The screenshot tour ran out of unused access codes."));
            const QString dir = directory + u"/%1x%2/%3"_qs.arg(size.width()).arg(size.height()).arg(language);
            if (!QDir().mkpath(dir))
                return R::failure(QStringLiteral("Cannot create the folder %1.").arg(dir));
            int n = 0;
            QString failure;
            auto shot = [&](const QString &name) {
                settle();
                const QImage image = window->grabWindow();
                const QString path = dir + u"/%1-%2.png"_qs.arg(++n, 2, 10, QLatin1Char('0')).arg(name);
                if (image.isNull() || !image.save(path))
                    failure = QStringLiteral("Cannot save the screenshot %1.").arg(path);
                ++shots;
            };
            auto call = [&](const char *object, const char *method) {
                if (QObject *o = findNamed(window, object))
                    QMetaObject::invokeMethod(o, method);
            };

            session->finish();
            if (!view.languages()->setLanguage(language))
                return R::failure(QStringLiteral("Language %1 is not shipped.").arg(language));
            shot(u"welcome"_qs);
            call("languagePanel", "open");
            shot(u"languages"_qs);
            call("languagePanel", "close");
            call("displayPanel", "open");
            view.audio()->setEnabled(true); // shows whether this machine has a voice for the language
            shot(u"display-settings"_qs);
            view.audio()->setEnabled(false);
            call("displayPanel", "close");

            session->begin();
            session->typeCharacter(codes.first().left(7));
            shot(u"access-code"_qs);
            session->submitCode(); // too short: a plain message, not a wrong guess
            shot(u"access-code-incomplete"_qs);
            session->clearCode();
            session->typeCharacter(codes.takeLast());
            if (!session->submitCode())
                return R::failure(QStringLiteral("The demo code was refused: %1").arg(session->accessMessage()));

            // A few choices, then one that does not fit (knapsack) or is too many.
            const int projects = session->draft().projectCount();
            for (int i = 0; i < projects && i < 3; ++i) {
                switch (session->draft().kind()) {
                case BallotKind::Cumulative:
                    session->addPoint(i);
                    session->addPoint(i);
                    break;
                case BallotKind::Ordinal:
                    session->toggleRank(2 - i);
                    break;
                default:
                    session->toggle(i == 2 ? 4 : i);
                    break;
                }
            }
            shot(u"ballot"_qs);
            if (session->draft().kind() == BallotKind::Knapsack)
                session->toggle(6); // over budget: the gentle refusal
            else if (session->draft().kind() == BallotKind::Cumulative)
                for (int i = 0; i < 6; ++i)
                    session->addPoint(3);
            shot(u"ballot-notice"_qs);
            session->clearNotice();
            // The largest text in a high-contrast mode must still fit without sideways
            // scrolling (VVSG 2.0 7.1-C/H).
            view.theme()->setTextSize(int(std::size(Theme::CapHeightsMm)) - 1);
            view.theme()->setContrast(Theme::YellowOnBlack);
            shot(u"ballot-largest-text-yellow-on-black"_qs);
            session->review();
            shot(u"review-largest-text-yellow-on-black"_qs);
            session->backToBallot();
            view.theme()->reset();
            if (QObject *details = findNamed(window, "projectDetails")) {
                QMetaObject::invokeMethod(details, "show", Q_ARG(QVariant, QVariant(1)));
                shot(u"project-details"_qs);
                QMetaObject::invokeMethod(details, "close");
            }
            session->clearNotice();
            session->review();
            shot(u"review"_qs);

            // The idle warning, made to appear at once.
            IdleMonitor *idle = session->idle();
            idle->setLimits(1, 30);
            idle->start();
            settle(1200);
            idle->check();
            shot(u"idle-warning"_qs);
            idle->setLimits(150, 30);
            idle->start();

            if (!session->confirm())
                return R::failure(QStringLiteral("The tour's ballot was not cast: %1").arg(session->castError()));
            shot(u"done"_qs);
            session->finish();
            view.languages()->setLanguage(language);

            if (!operatorPin.isEmpty()) {
                session->showOperator();
                session->typePin(operatorPin.left(2));
                shot(u"staff-pin"_qs);
                session->erasePin();
                session->erasePin();
                session->typePin(operatorPin);
                session->unlockOperator();
                session->suspendVoting();
                shot(u"staff"_qs);
                session->lockOperator();
                shot(u"paused"_qs);
                session->showOperator();
                session->typePin(operatorPin);
                session->unlockOperator();
                session->resumeVoting();
                session->lockOperator();
            }
            if (!failure.isEmpty())
                return R::failure(failure);
        }
    }
    view.languages()->reset();
    return shots;
}

} // namespace pbvote::kiosk
