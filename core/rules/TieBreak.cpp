#include "rules/TieBreakOrder.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace pbvote::counting {

QString tieBreakName(TieBreak t)
{
    switch (t) {
    case TieBreak::LexicographicId:
        return QStringLiteral("lexicographic-id");
    case TieBreak::LowerCost:
        return QStringLiteral("lower-cost");
    case TieBreak::MoreVotes:
        return QStringLiteral("more-votes");
    }
    return QString();
}

QString tieBreakTitle(TieBreak t)
{
    switch (t) {
    case TieBreak::LexicographicId:
        return QCoreApplication::translate("pbvote::counting::TieBreak",
                                           "project id, the smallest as text first (\"10\" before \"9\")",
                                           "tie-breaking, after \"ties broken by\"");
    case TieBreak::LowerCost:
        return QCoreApplication::translate("pbvote::counting::TieBreak", "lower cost first, then project id",
                                           "tie-breaking, after \"ties broken by\"");
    case TieBreak::MoreVotes:
        return QCoreApplication::translate("pbvote::counting::TieBreak", "more votes first, then project id",
                                           "tie-breaking, after \"ties broken by\"");
    }
    return QString();
}

QString tieBreakTitle(const QString &name)
{
    TieBreak t = TieBreak::LexicographicId;
    return parseTieBreak(name, &t) ? tieBreakTitle(t) : name;
}

bool parseTieBreak(const QString &name, TieBreak *out)
{
    static const TieBreak all[] = {TieBreak::LexicographicId, TieBreak::LowerCost, TieBreak::MoreVotes};
    for (TieBreak t : all) {
        if (name == tieBreakName(t)) {
            if (out)
                *out = t;
            return true;
        }
    }
    return false;
}

namespace {

// Next code point of s at *i (advancing *i); a lone surrogate counts as itself, as in Python.
char32_t nextCodePoint(const QString &s, qsizetype *i)
{
    const char16_t c = s.at(*i).unicode();
    ++*i;
    if (QChar::isHighSurrogate(c) && *i < s.size() && QChar::isLowSurrogate(s.at(*i).unicode())) {
        const char16_t low = s.at(*i).unicode();
        ++*i;
        return QChar::surrogateToUcs4(c, low);
    }
    return c;
}

} // namespace

int compareProjectIds(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const char32_t ca = nextCodePoint(a, &i);
        const char32_t cb = nextCodePoint(b, &j);
        if (ca != cb)
            return ca < cb ? -1 : 1;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
}

std::vector<int64_t> supporterCounts(const Instance &instance)
{
    std::vector<int64_t> counts(instance.projects.size(), 0);
    for (const Voter &v : instance.voters) {
        for (int p : v.projects) {
            if (p >= 0 && size_t(p) < counts.size())
                ++counts[size_t(p)];
        }
    }
    return counts;
}

std::vector<int> tieBreakRanks(const Instance &instance, TieBreak tieBreak, const std::vector<int64_t> *supporters)
{
    const size_t n = instance.projects.size();
    std::vector<int64_t> counted;
    if (tieBreak == TieBreak::MoreVotes && (!supporters || supporters->size() != n)) {
        counted = supporterCounts(instance);
        supporters = &counted;
    }
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Project &pa = instance.projects[size_t(a)];
        const Project &pb = instance.projects[size_t(b)];
        if (tieBreak == TieBreak::LowerCost && pa.cost != pb.cost)
            return pa.cost < pb.cost;
        if (tieBreak == TieBreak::MoreVotes && (*supporters)[size_t(a)] != (*supporters)[size_t(b)])
            return (*supporters)[size_t(a)] > (*supporters)[size_t(b)];
        return compareProjectIds(pa.id, pb.id) < 0;
    });
    std::vector<int> rank(n);
    for (size_t pos = 0; pos < n; ++pos)
        rank[size_t(order[pos])] = int(pos);
    return rank;
}

} // namespace pbvote::counting
