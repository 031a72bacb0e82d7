#include "ResultsModel.h"

#include "rules/RuleRegistry.h"
#include "util/Money.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <limits>

namespace pbvote::console {

namespace {

// Money in the result JSON: an integer when money_scale is 0, else a decimal string
// with at most money_scale decimals ("1000.50"). Read into minor units, exactly.
bool readMoney(const QJsonValue &value, int scale, int64_t *out)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        const qint64 i = value.toInteger(std::numeric_limits<qint64>::min());
        if (i == std::numeric_limits<qint64>::min() || double(i) != d)
            return false;
        int64_t v = i;
        for (int k = 0; k < scale; ++k) {
            if (v > std::numeric_limits<int64_t>::max() / 10 || v < std::numeric_limits<int64_t>::min() / 10)
                return false;
            v *= 10;
        }
        *out = v;
        return true;
    }
    if (!value.isString())
        return false;
    QString text = value.toString().trimmed();
    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text.remove(0, 1);
    }
    const qsizetype dot = text.indexOf(u'.');
    QString whole = dot < 0 ? text : text.left(dot);
    QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    if (whole.isEmpty() || fraction.size() > scale || (dot >= 0 && fraction.isEmpty()))
        return false;
    fraction += QString(scale - fraction.size(), u'0');
    const QString digits = whole + fraction;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return false;
    }
    bool ok = false;
    const qlonglong v = digits.toLongLong(&ok);
    if (!ok)
        return false;
    *out = negative ? -v : v;
    return true;
}

// A raw integer (facts and per-district figures are written as plain integers).
bool readInteger(const QJsonValue &value, int64_t *out)
{
    if (!value.isDouble())
        return false;
    const qint64 i = value.toInteger(std::numeric_limits<qint64>::min());
    if (i == std::numeric_limits<qint64>::min() || double(i) != value.toDouble())
        return false;
    *out = i;
    return true;
}

} // namespace

ResultsModel::ResultsModel(QObject *parent) : QAbstractTableModel(parent) {}

QString ResultsModel::cityWideId()
{
    // Not a valid district id in practice: starts with a control character.
    return QString(QChar(0x1F)) + u"city-wide"_qs;
}

void ResultsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_loaded = false;
    m_districtId.clear();
    m_rule.clear();
    m_tieBreaking.clear();
    m_currency.clear();
    m_moneyScale = 2;
    m_budget = m_budgetUsed = m_budgetLeft = m_ballots = 0;
    endResetModel();
}

Status ResultsModel::setResult(const Round &round, const QJsonObject &result, const QString &districtId)
{
    clear();
    const auto fail = [](const QString &message) { return Status::failure(message); };
    const QString roundLabel = tr("round %1 (\"%2\")").arg(round.id).arg(round.name);

    if (result.isEmpty())
        return fail(tr("The result of %1 is empty.").arg(roundLabel));
    if (result.contains(u"error"_qs))
        return fail(tr("The count of %1 gave no result: %2").arg(roundLabel, result.value(u"error"_qs).toString()));
    if (result.contains(u"round"_qs) && round.id != 0 && result.value(u"round"_qs).toInteger(-1) != round.id)
        return fail(tr("The result is for round %1, not for %2.")
                        .arg(result.value(u"round"_qs).toInteger(-1))
                        .arg(roundLabel));
    const QString rule = result.value(u"rule"_qs).toString();
    if (rule.isEmpty())
        return fail(tr("The result of %1 does not name its counting rule.").arg(roundLabel));
    const QJsonValue scaleValue = result.value(u"money_scale"_qs);
    const int scale = scaleValue.toInt(-1);
    if (!scaleValue.isDouble() || scale < 0 || scale > 18)
        return fail(tr("The result of %1 has no valid money_scale.").arg(roundLabel));

    const bool cityWide = districtId == cityWideId();
    if (!districtId.isEmpty() && !cityWide && !round.district(districtId))
        return fail(tr("%1 has no district \"%2\".").arg(roundLabel, districtId));

    // Every project of the result, checked against the round.
    const QJsonValue projectsValue = result.value(u"projects"_qs);
    if (!projectsValue.isArray())
        return fail(tr("The result of %1 has no list of projects.").arg(roundLabel));
    std::vector<Row> all;
    QSet<QString> seen;
    for (const QJsonValue &v : projectsValue.toArray()) {
        const QJsonObject p = v.toObject();
        const QString id = p.value(u"id"_qs).toString();
        if (id.isEmpty())
            return fail(tr("The result of %1 lists a project without an id.").arg(roundLabel));
        const int index = round.projectIndex(id);
        if (index < 0)
            return fail(tr("The result names project \"%1\", which %2 does not have.").arg(id, roundLabel));
        if (seen.contains(id))
            return fail(tr("The result lists project \"%1\" twice.").arg(id));
        seen.insert(id);
        const Project &project = round.projects[size_t(index)];
        Row row;
        row.id = id;
        row.title = project.title;
        row.district = project.district;
        row.cost = project.cost;
        int64_t cost = 0;
        if (!readMoney(p.value(u"cost"_qs), scale, &cost))
            return fail(tr("The cost of project \"%1\" in the result is not an amount.").arg(id));
        if (cost != project.cost)
            return fail(tr("Project \"%1\" costs %2 in the result but %3 in %4.")
                            .arg(id, formatMoney(cost, scale), formatMoney(project.cost, scale), roundLabel));
        row.funded = p.value(u"funded"_qs).toBool();
        row.globalOrder = p.value(u"order"_qs).toInt();
        if (row.funded != (row.globalOrder > 0))
            return fail(tr("Project \"%1\" in the result is marked %2 but has order %3.")
                            .arg(id, row.funded ? tr("funded") : tr("not funded"))
                            .arg(row.globalOrder));
        row.reason = p.value(u"reason"_qs).toString();
        const QJsonObject facts = p.value(u"facts"_qs).toObject();
        int64_t votes = -1;
        if (!readInteger(facts.value(u"votes"_qs), &votes) && !readInteger(facts.value(u"supporters"_qs), &votes))
            votes = -1;
        row.votes = votes;
        all.push_back(row);
    }
    for (const Project &project : round.projects) {
        if (!seen.contains(project.id))
            return fail(tr("The result has no entry for project \"%1\" of %2.").arg(project.id, roundLabel));
    }
    const QJsonArray winnersJson = result.value(u"winners"_qs).toArray();
    for (const QJsonValue &w : winnersJson) {
        const QString id = w.toString();
        if (round.projectIndex(id) < 0)
            return fail(tr("The result names project \"%1\", which %2 does not have.").arg(id, roundLabel));
        const auto it = std::find_if(all.begin(), all.end(), [&](const Row &r) { return r.id == id; });
        if (it == all.end() || !it->funded)
            return fail(tr("Project \"%1\" is a winner in the result but not marked funded.").arg(id));
    }

    // Only the rows of the district asked for.
    std::vector<Row> rows;
    for (const Row &r : all) {
        if (districtId.isEmpty() || (cityWide && r.district.isEmpty()) || (!cityWide && r.district == districtId))
            rows.push_back(r);
    }
    // Rank: the order chosen among the rows shown.
    std::vector<Row *> funded;
    for (Row &r : rows) {
        if (r.funded)
            funded.push_back(&r);
    }
    std::sort(funded.begin(), funded.end(), [](const Row *a, const Row *b) { return a->globalOrder < b->globalOrder; });
    for (size_t i = 0; i < funded.size(); ++i)
        funded[i]->order = int(i) + 1;

    // Budget figures: the whole round's, or the district's own count.
    int64_t budget = 0, used = 0, left = 0, ballots = 0;
    if (districtId.isEmpty()) {
        if (!readMoney(result.value(u"budget"_qs), scale, &budget) || !readMoney(result.value(u"budget_used"_qs), scale, &used)
            || !readMoney(result.value(u"budget_left"_qs), scale, &left))
            return fail(tr("The result of %1 has no valid budget, budget_used and budget_left.").arg(roundLabel));
        if (!readInteger(result.value(u"ballots"_qs), &ballots) && !readInteger(result.value(u"voters"_qs), &ballots))
            return fail(tr("The result of %1 does not say how many ballots were counted.").arg(roundLabel));
    } else {
        const QJsonObject districts = result.value(u"parameters"_qs).toObject().value(u"districts"_qs).toObject();
        const QString key = cityWide ? QString() : districtId;
        if (!districts.contains(key))
            return fail(cityWide ? tr("The result of %1 has no count of the city-wide projects.").arg(roundLabel)
                                 : tr("The result of %1 has no count for district \"%2\".").arg(roundLabel, districtId));
        const QJsonObject info = districts.value(key).toObject();
        // Written by DistrictCount as plain integers in minor units, whatever money_scale.
        if (!readInteger(info.value(u"budget"_qs), &budget) || !readInteger(info.value(u"used"_qs), &used)
            || !readInteger(info.value(u"left"_qs), &left) || !readInteger(info.value(u"voters"_qs), &ballots))
            return fail(tr("The count of district \"%1\" in the result of %2 is incomplete.")
                            .arg(cityWide ? tr("city-wide") : districtId, roundLabel));
        const QStringList districtWinners = info.value(u"winners"_qs).toVariant().toStringList();
        QStringList shown;
        for (const Row *r : funded)
            shown << r->id;
        if (districtWinners != shown)
            return fail(tr("The winners of district \"%1\" (%2) do not match the funded projects (%3).")
                            .arg(cityWide ? tr("city-wide") : districtId, districtWinners.join(u", "_qs), shown.join(u", "_qs)));
    }

    beginResetModel();
    m_rows = std::move(rows);
    m_loaded = true;
    m_districtId = districtId;
    m_rule = rule;
    m_tieBreaking = result.value(u"tie_breaking"_qs).toString();
    m_currency = round.currency;
    m_moneyScale = scale;
    m_budget = budget;
    m_budgetUsed = used;
    m_budgetLeft = left;
    m_ballots = ballots;
    endResetModel();
    return {};
}

QString ResultsModel::ruleTitle() const
{
    const counting::RuleInfo *info = counting::findRule(m_rule);
    return info && !info->title.isEmpty() ? info->title : m_rule;
}

QStringList ResultsModel::winners() const
{
    std::vector<const Row *> funded;
    for (const Row &r : m_rows) {
        if (r.funded)
            funded.push_back(&r);
    }
    std::sort(funded.begin(), funded.end(), [](const Row *a, const Row *b) { return a->order < b->order; });
    QStringList ids;
    for (const Row *r : funded)
        ids << r->id;
    return ids;
}

int ResultsModel::rowOfProject(const QString &projectId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == projectId)
            return int(i);
    }
    return -1;
}

QString ResultsModel::money(int64_t amount) const
{
    return tr("%1 %2", "amount, currency").arg(formatMoney(amount, m_moneyScale), m_currency);
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || size_t(index.row()) >= m_rows.size())
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case ProjectIdRole: return r.id;
    case TitleRole: return r.title;
    case OrderRole: return r.order;
    case VotesRole: return qlonglong(r.votes);
    case CostRole: return qlonglong(r.cost);
    case FundedRole: return r.funded;
    case VerdictRole: return r.reason;
    case DistrictRole: return r.district;
    case SortRole:
        switch (index.column()) {
        case RankColumn: return qlonglong(r.order > 0 ? r.order : std::numeric_limits<int>::max());
        case ProjectColumn: return r.id;
        case VotesColumn: return qlonglong(r.votes);
        case CostColumn: return qlonglong(r.cost);
        case FundedColumn: return r.funded ? 1 : 0;
        case VerdictColumn: return r.reason;
        default: return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn: return r.order > 0 ? QString::number(r.order) : QString();
        case ProjectColumn: return r.title.isEmpty() ? r.id : tr("%1: %2", "project id: title").arg(r.id, r.title);
        case VotesColumn: return r.votes >= 0 ? formatCount(r.votes) : tr("n/a");
        case CostColumn: return money(r.cost);
        case FundedColumn: return r.funded ? tr("Funded") : tr("Not funded");
        case VerdictColumn: return r.reason.isEmpty() ? tr("(no reason given)") : r.reason;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == VerdictColumn || index.column() == ProjectColumn)
            return r.reason;
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case RankColumn:
        case VotesColumn:
        case CostColumn: return int(Qt::AlignTrailing | Qt::AlignVCenter);
        default: return int(Qt::AlignLeading | Qt::AlignVCenter);
        }
    default: return {};
    }
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RankColumn: return tr("Rank");
        case ProjectColumn: return tr("Project");
        case VotesColumn: return tr("Votes");
        case CostColumn: return tr("Cost");
        case FundedColumn: return tr("Funded");
        case VerdictColumn: return tr("Why");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RankColumn: return tr("Order in which the rule chose the project; blank when not funded.");
        case VotesColumn: return tr("Ballots that chose the project (the rule's support figure).");
        case VerdictColumn: return tr("Why the project won or lost under the rule used.");
        default: return {};
        }
    }
    return {};
}

} // namespace pbvote::console
