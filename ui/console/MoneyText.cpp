#include "MoneyText.h"

#include "util/Money.h"

#include <QLocale>
#include <QStringList>

#include <limits>

namespace pbvote::console {

namespace {

bool allDigits(QStringView s)
{
    for (QChar ch : s) {
        if (ch < u'0' || ch > u'9')
            return false;
    }
    return !s.isEmpty();
}

bool isSeparator(QChar ch)
{
    return ch == u'.' || ch == u',';
}

} // namespace

std::optional<int64_t> parseMoneyText(const QString &text)
{
    const QLocale locale;
    const QString localeDecimal = locale.decimalPoint();
    const QString localeGroup = locale.groupSeparator();
    // Other scripts' separators (Arabic U+066B, U+066C; Swiss apostrophes) become ours.
    QString t;
    for (QChar ch : text) {
        if (ch.isSpace() || ch == u'_' || ch == u'\'' || ch == QChar(0x2019))
            continue;
        if (localeGroup.size() == 1 && ch == localeGroup[0] && !isSeparator(ch))
            continue;
        if (localeDecimal.size() == 1 && ch == localeDecimal[0] && !isSeparator(ch))
            ch = u'.';
        t += ch;
    }

    // Cents: a last separator followed by one or two digits.
    int64_t cents = 0;
    QChar decimal;
    const qsizetype last = std::max(t.lastIndexOf(u'.'), t.lastIndexOf(u','));
    if (last >= 0) {
        const qsizetype tail = t.size() - last - 1;
        if (tail == 1 || tail == 2) {
            const QStringView digits = QStringView(t).mid(last + 1);
            if (!allDigits(digits))
                return std::nullopt;
            cents = digits.toInt() * (tail == 1 ? 10 : 1);
            decimal = t[last];
            t.truncate(last);
        } else if (tail != 3) {
            return std::nullopt;
        }
    }

    // Whole units: any other separators group digits by three, all the same character.
    QChar group;
    int separators = 0;
    for (QChar ch : std::as_const(t)) {
        if (!isSeparator(ch))
            continue;
        if (!group.isNull() && ch != group)
            return std::nullopt;
        group = ch;
        ++separators;
    }
    if (separators > 0) {
        if (group == decimal)
            return std::nullopt;
        // "1.000" where '.' is the decimal point: one thousand or one with three decimals?
        if (decimal.isNull() && separators == 1 && QString(group) == localeDecimal)
            return std::nullopt;
        const QStringList parts = t.split(group);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (!allDigits(parts[i]) || (i == 0 ? parts[i].size() > 3 : parts[i].size() != 3))
                return std::nullopt;
        }
        t.remove(group);
    }
    int64_t units = 0;
    if (!allDigits(t) || !parseMoney(t, &units))
        return std::nullopt;
    if (units > (std::numeric_limits<int64_t>::max() - 99) / 100)
        return std::nullopt;
    return units * 100 + cents;
}

QString moneyText(int64_t cents)
{
    return formatMoney(cents, 2);
}

} // namespace pbvote::console
