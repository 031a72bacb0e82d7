#include "util/Version.h"

#ifndef PBVOTE_VERSION
#define PBVOTE_VERSION "unknown"
#endif

namespace pbvote {
QString versionString()
{
    return QStringLiteral(PBVOTE_VERSION);
}
}
