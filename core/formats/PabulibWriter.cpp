#include "formats/PabulibWriter.h"

#include "formats/OutcomeJson.h"
#include "formats/PabulibReader.h"

#include <QStringList>

namespace pbvote::formats {

using counting::Instance;
using counting::VoteType;

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

// Quotes a field when the reader would otherwise split, trim or reinterpret it.
QByteArray field(const QByteArray &text)
{
    bool quote = false;
    if (!text.isEmpty() && (isBlank(text.front()) || isBlank(text.back()) || text.front() == '"'))
        quote = true;
    if (!quote) {
        for (char c : text) {
            if (c == ';' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
    }
    // Unquoted, "none" means absent, and a lone section name would start a section.
    const QByteArray lower = text.toLower();
    if (lower == "none" || lower == "meta" || lower == "projects" || lower == "votes")
        quote = true;
    if (!quote)
        return text;
    QByteArray quoted;
    quoted.reserve(text.size() + 2);
    quoted += '"';
    for (char c : text) {
        quoted += c;
        if (c == '"')
            quoted += '"';
    }
    quoted += '"';
    return quoted;
}

QByteArray field(const QString &text)
{
    return field(text.toUtf8());
}

QByteArray money(int64_t amount, int moneyScale)
{
    return formatMoney(amount, moneyScale).toLatin1();
}

void appendRow(QByteArray &out, std::initializer_list<QByteArray> fields)
{
    bool first = true;
    for (const QByteArray &f : fields) {
        if (!first)
            out += ';';
        out += f;
        first = false;
    }
    out += '\n';
}

bool sameVoteType(const QString &metaValue, VoteType type)
{
    const QString v = metaValue.trimmed().toLower();
    switch (type) {
    case VoteType::Approval:
        return v == u"approval" || v == u"choose-1";
    case VoteType::Cumulative:
        return v == u"cumulative";
    case VoteType::Scoring:
        return v == u"scoring";
    case VoteType::Ordinal:
        return v == u"ordinal";
    }
    return false;
}

bool sameCount(const QString &metaValue, size_t count)
{
    bool ok = false;
    const qulonglong value = metaValue.trimmed().toULongLong(&ok);
    return ok && value == count;
}

} // namespace

QByteArray writePabulib(const Instance &instance)
{
    QByteArray out;
    out.reserve(qsizetype(64 * instance.projects.size() + 24 * instance.voters.size() + 1024));

    // META: the values a reader derives from the sections always agree with them.
    QMap<QString, QString> meta = instance.meta;
    const QString budgetKey = QStringLiteral("budget");
    const auto metaBudget = parsePabulibAmount(meta.value(budgetKey).toUtf8(), instance.moneyScale);
    if (!meta.contains(budgetKey) || metaBudget != instance.budget)
        meta.insert(budgetKey, formatMoney(instance.budget, instance.moneyScale));
    const QString typeKey = QStringLiteral("vote_type");
    if (!meta.contains(typeKey) || !sameVoteType(meta.value(typeKey), instance.voteType))
        meta.insert(typeKey, voteTypeName(instance.voteType));
    // The counts are corrected when present; they are not added, so that reading the
    // file gives back exactly this META.
    const QString projectsKey = QStringLiteral("num_projects");
    if (meta.contains(projectsKey) && !sameCount(meta.value(projectsKey), instance.projects.size()))
        meta.insert(projectsKey, QString::number(instance.projects.size()));
    const QString votesKey = QStringLiteral("num_votes");
    if (meta.contains(votesKey) && !sameCount(meta.value(votesKey), instance.voters.size()))
        meta.insert(votesKey, QString::number(instance.voters.size()));

    out += "META\nkey;value\n";
    // Pabulib's usual order first, then the rest alphabetically.
    static const char *const kOrder[] = {"description", "country",      "unit",   "subunit",
                                         "instance",    "district",     "num_projects",
                                         "num_votes",   "budget",       "vote_type",
                                         "rule",        "date_begin",   "date_end"};
    for (const char *key : kOrder) {
        const QString k = QLatin1String(key);
        const auto it = meta.constFind(k);
        if (it != meta.cend()) {
            appendRow(out, {field(k), field(*it)});
            meta.erase(it);
        }
    }
    for (auto it = meta.cbegin(); it != meta.cend(); ++it)
        appendRow(out, {field(it.key()), field(it.value())});

    // PROJECTS
    bool anyCategory = false;
    bool anyDistrict = false;
    for (const auto &p : instance.projects) {
        anyCategory = anyCategory || !p.category.isEmpty();
        anyDistrict = anyDistrict || !p.district.isEmpty();
    }
    out += "PROJECTS\nproject_id;cost;name";
    if (anyCategory)
        out += ";category";
    if (anyDistrict)
        out += ";district";
    out += '\n';
    for (const auto &p : instance.projects) {
        out += field(p.id);
        out += ';';
        out += money(p.cost, instance.moneyScale);
        out += ';';
        out += field(p.name);
        if (anyCategory) {
            out += ';';
            out += field(p.category);
        }
        if (anyDistrict) {
            out += ';';
            out += field(p.district);
        }
        out += '\n';
    }

    // VOTES
    const bool points = instance.voteType == VoteType::Cumulative || instance.voteType == VoteType::Scoring;
    out += points ? "VOTES\nvoter_id;vote;points\n" : "VOTES\nvoter_id;vote\n";
    std::vector<QByteArray> ids;
    ids.reserve(instance.projects.size());
    for (const auto &p : instance.projects)
        ids.push_back(p.id.toUtf8());
    QByteArray vote;
    for (size_t v = 0; v < instance.voters.size(); ++v) {
        const auto &voter = instance.voters[v];
        out += QByteArray::number(qulonglong(v + 1));
        out += ';';
        vote.clear();
        for (size_t i = 0; i < voter.projects.size(); ++i) {
            if (i > 0)
                vote += ',';
            vote += ids[size_t(voter.projects[i])];
        }
        out += field(vote);
        if (points) {
            out += ';';
            for (size_t i = 0; i < voter.points.size(); ++i) {
                if (i > 0)
                    out += ',';
                out += QByteArray::number(qlonglong(voter.points[i]));
            }
        }
        out += '\n';
    }
    return out;
}

} // namespace pbvote::formats
