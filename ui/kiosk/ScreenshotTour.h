#pragma once

#include "util/Result.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <vector>

namespace pbvote::kiosk {

class KioskView;

// Walks the kiosk through every screen of the voter's path (and the panels, the idle
// warning and the staff screens) and saves each as a PNG, for each language and window
// size: DIR/<width>x<height>/<language>/NN-screen.png. Casts one real ballot per
// language and size, so the session needs that many unused codes in its demo codes.
// `operatorPin` unlocks the staff screens (skipped when empty).
struct ScreenshotTour
{
    static Result<int> run(KioskView &view, const QString &directory, const std::vector<QSize> &sizes,
                           const QStringList &languages, const QString &operatorPin);
};

} // namespace pbvote::kiosk
