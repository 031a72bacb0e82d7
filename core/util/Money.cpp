#include "util/Money.h"

namespace pbvote {

QString formatMoney(int64_t amount)
{
    const bool negative = amount < 0;
    // Work on the unsigned magnitude so INT64_MIN is safe.
    uint64_t magnitude = negative ? uint64_t(0) - uint64_t(amount) : uint64_t(amount);
    QString digits = QString::number(magnitude);
    QString out;
    const int len = int(digits.size());
    for (int i = 0; i < len; ++i) {
        if (i > 0 && (len - i) % 3 == 0)
            out += u',';
        out += digits[i];
    }
    return negative ? u'-' + out : out;
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
