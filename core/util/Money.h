#pragma once

#include <QString>

#include <cstdint>

namespace pbvote {

// An integer amount of 10^-scale currency units for people, with the default locale's
// group and decimal separators: formatMoney(123456789, 2) == "1,234,567.89" in English.
// Rounds keep money in cents, hence the default scale of 2. Exact: no floating point.
QString formatMoney(int64_t amount, int scale = 2);
// A whole number with group separators: formatCount(6112868) == "6,112,868".
QString formatCount(int64_t n);
// Parses "1234567", "1 234 567", "1,234,567" or "1234567.00" as whole minor units.
// Groups must be of three digits with one kind of separator (comma, space, no-break or
// thin space, underscore): "12,34" or "1,5" (decimal commas) are refused, never read as
// 1234 or 15. Fails on anything else (fractions of a minor unit, signs, letters).
bool parseMoney(const QString &text, int64_t *out);

} // namespace pbvote
