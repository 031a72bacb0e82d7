#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace pbvote::console {

// Money as organizers type it into the console, in cents: "1500000", "1 500 000",
// "1,500,000.50", "1.500.000,50", "1 500 000,50", "125000.5". A final '.' or ',' followed
// by one or two digits starts the cents; other '.' and ',' must group digits by three
// (a lone "1.000" is refused where '.' is the locale's decimal point: it would be
// ambiguous). Spaces of any width and '_' are ignored. The whole units go through
// pbvote::parseMoney. nullopt for anything else (signs, letters, fractions of a cent).
std::optional<int64_t> parseMoneyText(const QString &text);

// Cents as the console shows them in a field that parseMoneyText reads back: the
// locale's separators, always two decimals ("1,500,000.50", "300.00").
QString moneyText(int64_t cents);

} // namespace pbvote::console
