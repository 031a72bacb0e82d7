#pragma once

#include <QStringList>

namespace pbvote::cli {
// Runs the pbvote command line (arguments as from QCoreApplication::arguments());
// returns the process exit code.
int run(const QStringList &arguments);
}
