#include "rules/Explain.h"

#include "util/Money.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace pbvote::counting::explain {

QString formatCount(int64_t n)
{
    return pbvote::formatCount(n);
}

QString formatMoney(int64_t amount, int moneyScale)
{
    return pbvote::formatMoney(amount, moneyScale);
}

QString votes(int64_t n)
{
    if (n == 1)
        return QCoreApplication::translate("pbvote::counting::Explain", "1 vote");
    // Computed apart: lupdate (Qt 6.4) never finishes parsing a template argument list
    // inside translate()'s arguments.
    const int plural = int(std::clamp<int64_t>(n, 0, INT32_MAX));
    return QCoreApplication::translate("pbvote::counting::Explain", "%1 votes", nullptr, plural).arg(formatCount(n));
}

QString ordinal(int n)
{
    const QString number = QString::number(n);
    const int lastTwo = n % 100;
    if (lastTwo >= 11 && lastTwo <= 13)
        return QCoreApplication::translate("pbvote::counting::Explain", "%1th", "ordinal: 11th, 12th, 13th, 4th, ...").arg(number);
    switch (n % 10) {
    case 1:
        return QCoreApplication::translate("pbvote::counting::Explain", "%1st", "ordinal: 1st, 21st, ...").arg(number);
    case 2:
        return QCoreApplication::translate("pbvote::counting::Explain", "%1nd", "ordinal: 2nd, 22nd, ...").arg(number);
    case 3:
        return QCoreApplication::translate("pbvote::counting::Explain", "%1rd", "ordinal: 3rd, 23rd, ...").arg(number);
    default:
        return QCoreApplication::translate("pbvote::counting::Explain", "%1th", "ordinal: 11th, 12th, 13th, 4th, ...").arg(number);
    }
}

} // namespace pbvote::counting::explain
