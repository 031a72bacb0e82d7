#include "util/Money.h"

#include <QLocale>

namespace pbvote {

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
    return formatMoney(n, 0);
}

QString formatMoney(int64_t amount, int scale)
{
    const QLocale locale;
    const bool negative = amount < 0;
    // The magnitude as unsigned, so that INT64_MIN is formatted too.
    const uint64_t magnitude = negative ? uint64_t(0) - uint64_t(amount) : uint64_t(amount);
    QString digits = QString::number(magnitude);
    QString text;
    if (scale <= 0) {
        text = groupDigits(digits, separatorOr(locale.groupSeparator(), u','));
    } else {
        if (digits.size() <= scale)
            digits = QString(scale + 1 - digits.size(), u'0') + digits;
        text = groupDigits(digits.left(digits.size() - scale), separatorOr(locale.groupSeparator(), u','))
            + separatorOr(locale.decimalPoint(), u'.') + digits.right(scale);
    }
    return negative ? u'-' + text : text;
}

bool parseMoney(const QString &text, int64_t *out)
{
    QString t = text.trimmed();
    if (const qsizetype dot = t.indexOf(u'.'); dot >= 0) {
        // ".00" or ".0" only: "1.000" is one thousand in Spanish or Polish, never 1.
        const QString frac = t.mid(dot + 1);
        if (frac.isEmpty() || frac.size() > 2)
            return false;
        for (QChar ch : frac) {
            if (ch != u'0')
                return false;
        }
        t.truncate(dot);
    }
    // Digits, optionally grouped by threes with one kind of separator: "1,234,567",
    // "1 234 567". Anything else ("12,34", "1,5": a decimal comma read as grouping would
    // multiply the amount) is refused.
    static const QString separators = QStringLiteral(", _\u00a0\u202f\u2009");
    QChar separator;
    QString digits;
    qsizetype groupLength = 0;
    bool grouped = false;
    for (QChar ch : t) {
        if (ch.unicode() >= '0' && ch.unicode() <= '9') {
            digits += ch;
            ++groupLength;
            continue;
        }
        if (!separators.contains(ch) || groupLength == 0 || (grouped && groupLength != 3)
            || (!grouped && groupLength > 3) || (!separator.isNull() && ch != separator))
            return false;
        separator = ch;
        grouped = true;
        groupLength = 0;
    }
    if (digits.isEmpty() || (grouped && groupLength != 3))
        return false;
    bool ok = false;
    const qlonglong v = digits.toLongLong(&ok);
    if (!ok)
        return false;
    *out = v;
    return true;
}

} // namespace pbvote
