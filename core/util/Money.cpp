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
    t.remove(u' ');
    t.remove(u',');
    t.remove(u'_');
    if (const qsizetype dot = t.indexOf(u'.'); dot >= 0) {
        const QString frac = t.mid(dot + 1);
        for (QChar ch : frac) {
            if (ch != u'0')
                return false;
        }
        t.truncate(dot);
    }
    if (t.isEmpty())
        return false;
    for (QChar ch : t) {
        if (!ch.isDigit() || ch.unicode() > '9')
            return false;
    }
    bool ok = false;
    const qlonglong v = t.toLongLong(&ok);
    if (!ok)
        return false;
    *out = v;
    return true;
}

} // namespace pbvote
