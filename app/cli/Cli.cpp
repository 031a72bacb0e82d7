#include "cli/Cli.h"

#include "util/Version.h"

#include <QTextStream>

namespace pbvote::cli {
int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    if (arguments.contains(QStringLiteral("--version"))) {
        out << "pbvote " << versionString() << Qt::endl;
        return 0;
    }
    QTextStream(stderr) << "pbvote: no command given; see pbvote --help" << Qt::endl;
    return 2;
}
}
