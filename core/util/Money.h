#pragma once

#include <QString>

#include <cstdint>

namespace pbvote {

// "1,234,567" style grouping of an integer amount, locale-neutral, so that terminals,
// logs and scripts show it the same everywhere.
QString formatMoney(int64_t amount);
// Parses "1234567", "1 234 567", "1,234,567" or "1234567.00" as whole minor units.
// Fails on anything else (fractions of a minor unit, signs, letters).
bool parseMoney(const QString &text, int64_t *out);

} // namespace pbvote
