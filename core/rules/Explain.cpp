#include "rules/Explain.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace pbvote::counting::explain {

namespace {

QString groupDigits(QString digits, const QString &separator)
{
    for (qsizetype pos = digits.size() - 3; pos > 0; pos -= 3)
        digits.insert(pos, separator);
    return digits;
}

QString separatorOr(const QString &s, QChar fallback)
{
    return s.isEmpty() ? QString(fallback) : s;
}

} // namespace

QString formatCount(int64_t n)
{
    const QLocale locale;
    const bool negative = n < 0;
    // Magnitude as unsigned, so INT64_MIN does not overflow.
    const uint64_t magnitude = negative ? uint64_t(0) - uint64_t(n) : uint64_t(n);
    const QString text = groupDigits(QString::number(magnitude), separatorOr(locale.groupSeparator(), u','));
    return negative ? QStringLiteral("-") + text : text;
}

QString formatMoney(int64_t amount, int moneyScale)
{
    if (moneyScale <= 0)
        return formatCount(amount);
    const QLocale locale;
    const bool negative = amount < 0;
    const uint64_t magnitude = negative ? uint64_t(0) - uint64_t(amount) : uint64_t(amount);
    QString digits = QString::number(magnitude);
    if (digits.size() <= moneyScale)
        digits = QString(moneyScale + 1 - digits.size(), u'0') + digits;
    const QString whole = digits.left(digits.size() - moneyScale);
    const QString fraction = digits.right(moneyScale);
    const QString text = groupDigits(whole, separatorOr(locale.groupSeparator(), u','))
        + separatorOr(locale.decimalPoint(), u'.') + fraction;
    return negative ? QStringLiteral("-") + text : text;
}

QString votes(int64_t n)
{
    if (n == 1)
        return QCoreApplication::translate("pbvote::counting::Explain", "1 vote");
    return QCoreApplication::translate("pbvote::counting::Explain", "%1 votes", nullptr, int(std::clamp<int64_t>(n, 0, INT32_MAX)))
        .arg(formatCount(n));
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
