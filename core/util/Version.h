#pragma once

#include <QString>

namespace pbvote {
QString versionString();
}
