#include "formats/OutcomeJson.h"

#include "formats/PabulibReader.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace pbvote::formats {

using counting::Instance;
using counting::Outcome;
using counting::Verdict;

namespace {

QJsonValue moneyJson(int64_t amount, int moneyScale)
{
    if (moneyScale > 0)
        return formatMoney(amount, moneyScale);
    return qint64(amount);
}

// The verdict for each project, or nullptr when the rule gave none.
std::vector<const Verdict *> verdictsByProject(const Instance &instance, const Outcome &outcome)
{
    std::vector<const Verdict *> byProject(instance.projects.size(), nullptr);
    for (const Verdict &v : outcome.verdicts) {
        if (v.project >= 0 && size_t(v.project) < byProject.size())
            byProject[size_t(v.project)] = &v;
    }
    return byProject;
}

QString shortened(const QString &text, int maxLength)
{
    if (text.size() <= maxLength)
        return text;
    return text.left(maxLength - 1) + QChar(0x2026);
}

// The tr() context of the text rendering.
struct OutcomeText
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeText)
};

} // namespace

QString formatMoney(int64_t amount, int moneyScale)
{
    if (moneyScale <= 0)
        return QString::number(amount);
    const bool negative = amount < 0;
    // The magnitude as unsigned, so that INT64_MIN is formatted too.
    const uint64_t magnitude = negative ? uint64_t(0) - uint64_t(amount) : uint64_t(amount);
    QString digits = QString::number(magnitude);
    if (digits.size() <= moneyScale)
        digits = QString(moneyScale + 1 - digits.size(), u'0') + digits;
    digits.insert(digits.size() - moneyScale, u'.');
    return negative ? u'-' + digits : digits;
}

QJsonObject outcomeToJson(const Instance &instance, const Outcome &outcome)
{
    const int scale = instance.moneyScale;
    QJsonObject o;
    o.insert(QStringLiteral("rule"), outcome.rule);
    o.insert(QStringLiteral("instance"), instance.name);
    o.insert(QStringLiteral("vote_type"), voteTypeName(instance.voteType));
    o.insert(QStringLiteral("voters"), qint64(instance.voters.size()));
    o.insert(QStringLiteral("money_scale"), scale);
    o.insert(QStringLiteral("budget"), moneyJson(outcome.ok() ? outcome.budget : instance.budget, scale));
    o.insert(QStringLiteral("budget_used"), moneyJson(outcome.budgetUsed, scale));
    o.insert(QStringLiteral("budget_left"), moneyJson(outcome.budgetLeft, scale));
    o.insert(QStringLiteral("tie_breaking"), outcome.tieBreaking);
    o.insert(QStringLiteral("parameters"), QJsonObject::fromVariantMap(outcome.parameters));
    if (!outcome.ok())
        o.insert(QStringLiteral("error"), outcome.error);

    QJsonArray winners;
    for (int w : outcome.winners) {
        if (w >= 0 && size_t(w) < instance.projects.size())
            winners.append(instance.projects[size_t(w)].id);
    }
    o.insert(QStringLiteral("winners"), winners);

    std::vector<int> order(instance.projects.size(), 0);
    for (size_t i = 0; i < outcome.winners.size(); ++i) {
        const int w = outcome.winners[i];
        if (w >= 0 && size_t(w) < order.size())
            order[size_t(w)] = int(i) + 1;
    }
    const auto verdicts = verdictsByProject(instance, outcome);
    QJsonArray projects;
    for (size_t i = 0; i < instance.projects.size(); ++i) {
        const auto &p = instance.projects[i];
        const Verdict *v = verdicts[i];
        QJsonObject po;
        po.insert(QStringLiteral("id"), p.id);
        po.insert(QStringLiteral("name"), p.name);
        po.insert(QStringLiteral("cost"), moneyJson(p.cost, scale));
        // funded/order follow the winners list, which is what the rule decided.
        po.insert(QStringLiteral("funded"), order[i] > 0);
        po.insert(QStringLiteral("order"), order[i]);
        po.insert(QStringLiteral("reason"), v ? v->reason : QString());
        po.insert(QStringLiteral("facts"), v ? QJsonObject::fromVariantMap(v->facts) : QJsonObject());
        if (!p.category.isEmpty())
            po.insert(QStringLiteral("category"), p.category);
        if (!p.district.isEmpty())
            po.insert(QStringLiteral("district"), p.district);
        projects.append(po);
    }
    o.insert(QStringLiteral("projects"), projects);
    return o;
}

QString outcomeToText(const Instance &instance, const Outcome &outcome)
{
    const int scale = instance.moneyScale;
    QString text;
    text += OutcomeText::tr("Rule: %1 (tie-breaking: %2)").arg(outcome.rule, outcome.tieBreaking) + u'\n';
    text += OutcomeText::tr("Election: %1, %2 voters, %3 projects")
                .arg(instance.name)
                .arg(instance.voters.size())
                .arg(instance.projects.size())
            + u'\n';
    if (!outcome.ok()) {
        text += OutcomeText::tr("No result: %1").arg(outcome.error) + u'\n';
        return text;
    }
    text += OutcomeText::tr("Budget: %1, used: %2, left: %3")
                .arg(formatMoney(outcome.budget, scale), formatMoney(outcome.budgetUsed, scale),
                     formatMoney(outcome.budgetLeft, scale))
            + u'\n';
    if (!outcome.parameters.isEmpty()) {
        QStringList parameters;
        for (auto it = outcome.parameters.cbegin(); it != outcome.parameters.cend(); ++it)
            parameters << it.key() + u'=' + it.value().toString();
        text += OutcomeText::tr("Parameters: %1").arg(parameters.join(QStringLiteral(", "))) + u'\n';
    }
    text += u'\n';

    // The funded projects, in the order chosen.
    const QString hOrder = OutcomeText::tr("#");
    const QString hId = OutcomeText::tr("Project");
    const QString hCost = OutcomeText::tr("Cost");
    const QString hName = OutcomeText::tr("Name");
    qsizetype wOrder = std::max<qsizetype>(hOrder.size(), QString::number(outcome.winners.size()).size());
    qsizetype wId = hId.size();
    qsizetype wCost = std::max(hCost.size(), formatMoney(outcome.budgetUsed, scale).size());
    for (int w : outcome.winners) {
        if (w < 0 || size_t(w) >= instance.projects.size())
            continue;
        wId = std::max(wId, instance.projects[size_t(w)].id.size());
        wCost = std::max(wCost, formatMoney(instance.projects[size_t(w)].cost, scale).size());
    }
    text += OutcomeText::tr("Funded projects (%1), in the order chosen:").arg(outcome.winners.size()) + u'\n';
    const QString sep = QStringLiteral("  ");
    text += sep + hOrder.rightJustified(wOrder) + sep + hId.leftJustified(wId) + sep
            + hCost.rightJustified(wCost) + sep + hName + u'\n';
    for (size_t i = 0; i < outcome.winners.size(); ++i) {
        const int w = outcome.winners[i];
        if (w < 0 || size_t(w) >= instance.projects.size())
            continue;
        const auto &p = instance.projects[size_t(w)];
        text += sep + QString::number(i + 1).rightJustified(wOrder) + sep + p.id.leftJustified(wId) + sep
                + formatMoney(p.cost, scale).rightJustified(wCost) + sep + shortened(p.name, 70) + u'\n';
    }
    text += sep + QString().rightJustified(wOrder) + sep + OutcomeText::tr("Total").leftJustified(wId) + sep
            + formatMoney(outcome.budgetUsed, scale).rightJustified(wCost) + u'\n';
    text += u'\n';

    // Every project's reason, in the file's order.
    text += OutcomeText::tr("Why each project won or lost:") + u'\n';
    std::vector<int> order(instance.projects.size(), 0);
    for (size_t i = 0; i < outcome.winners.size(); ++i) {
        const int w = outcome.winners[i];
        if (w >= 0 && size_t(w) < order.size())
            order[size_t(w)] = int(i) + 1;
    }
    const auto verdicts = verdictsByProject(instance, outcome);
    for (size_t i = 0; i < instance.projects.size(); ++i) {
        const auto &p = instance.projects[i];
        const QString status = order[i] > 0 ? OutcomeText::tr("funded, #%1").arg(order[i]) : OutcomeText::tr("not funded");
        text += sep + p.id + QStringLiteral(" (") + status + QStringLiteral(", ")
                + formatMoney(p.cost, scale) + QStringLiteral(")");
        if (!p.name.isEmpty())
            text += QStringLiteral(" ") + shortened(p.name, 70);
        text += u'\n';
        const QString reason = verdicts[i] ? verdicts[i]->reason : QString();
        text += sep + sep + (reason.isEmpty() ? OutcomeText::tr("(no reason given)") : reason) + u'\n';
    }
    return text;
}

} // namespace pbvote::formats
