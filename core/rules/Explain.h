#pragma once

#include "rules/Instance.h"

#include <QString>

#include <cstdint>

namespace pbvote::counting {

// 128-bit integers for exact cross-multiplication of 64-bit amounts (GCC/Clang extension;
// __extension__ keeps -pedantic quiet).
__extension__ typedef __int128 int128;

} // namespace pbvote::counting

// Helpers shared by the counting rules to write verdicts residents can read.
namespace pbvote::counting::explain {

// An integer amount of money in units of 10^-moneyScale, as text with thousands
// separators: formatMoney(123456789, 2) == "1,234,567.89" (separators of the default
// QLocale; a ',' and '.' in the C locale). Never goes through floating point.
QString formatMoney(int64_t amount, int moneyScale);
inline QString money(const Instance &instance, int64_t amount)
{
    return formatMoney(amount, instance.moneyScale);
}

// A whole number with thousands separators: 1234 -> "1,234".
QString formatCount(int64_t n);

// "1 vote" / "1,234 votes" (translated).
QString votes(int64_t n);

// "1st", "2nd", "3rd", "4th", "11th", "21st" ... (translated).
QString ordinal(int n);

} // namespace pbvote::counting::explain
