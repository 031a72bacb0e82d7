#include "cli/TallyPabulib.h"

#include "formats/OutcomeJson.h"
#include "formats/PabulibReader.h"
#include "rules/RuleRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace pbvote::cli {

using counting::Instance;
using counting::VoteType;

namespace {

// The tr() context of the messages below.
struct TallyPabulib
{
    Q_DECLARE_TR_FUNCTIONS(TallyPabulib)
};

const QString kDefaultTieBreak = QStringLiteral("lexicographic-id");

struct TallyArguments
{
    QString file;
    QString rule;
    QString tieBreak = kDefaultTieBreak;
    bool json = false;
    bool help = false;
};

QStringList ruleNames()
{
    QStringList names;
    for (const auto &rule : counting::allRules())
        names << rule.name;
    return names;
}

// Takes the value of "--name VALUE" or "--name=VALUE" at args[*i]; false when the
// argument is another option.
bool takeValue(const QStringList &args, qsizetype *i, const QString &name, QString *value, QString *error)
{
    const QString &arg = args[*i];
    if (arg == name) {
        if (*i + 1 >= args.size() || args[*i + 1].startsWith(u"--")) {
            *error = TallyPabulib::tr("the option %1 needs a value").arg(name);
            return true;
        }
        *value = args[++*i];
        return true;
    }
    if (arg.startsWith(name + u'=')) {
        *value = arg.mid(name.size() + 1);
        return true;
    }
    return false;
}

std::optional<TallyArguments> parseTallyArguments(const QStringList &args, QString *error)
{
    TallyArguments a;
    for (qsizetype i = 0; i < args.size() && error->isEmpty(); ++i) {
        const QString &arg = args[i];
        if (arg == u"--help" || arg == u"-h") {
            a.help = true;
        } else if (arg == u"--json") {
            a.json = true;
        } else if (takeValue(args, &i, QStringLiteral("--pabulib"), &a.file, error)
                   || takeValue(args, &i, QStringLiteral("--rule"), &a.rule, error)
                   || takeValue(args, &i, QStringLiteral("--tie-break"), &a.tieBreak, error)) {
            continue;
        } else if (arg.startsWith(u'-')) {
            *error = TallyPabulib::tr("unknown option %1").arg(arg);
        } else {
            *error = TallyPabulib::tr("unexpected argument %1").arg(arg);
        }
    }
    if (!error->isEmpty())
        return std::nullopt;
    return a;
}

void printTallyHelp(QTextStream &out)
{
    out << TallyPabulib::tr("Usage: pbvote tally --pabulib FILE --rule RULE [--tie-break NAME] [--json]") << "\n\n"
        << TallyPabulib::tr("Counts a participatory budgeting election stored in the Pabulib format\n"
                            "(https://pabulib.org) with one of pbvote's counting rules, and prints the\n"
                            "funded projects and why every project was or was not funded.")
        << "\n\n"
        << TallyPabulib::tr("Options:") << '\n'
        << "  --pabulib FILE    " << TallyPabulib::tr("the election file (.pb)") << '\n'
        << "  --rule RULE       " << TallyPabulib::tr("the counting rule, one of those listed below") << '\n'
        << "  --tie-break NAME  " << TallyPabulib::tr("how exactly tied projects are ordered:") << '\n'
        << "      lexicographic-id  "
        << TallyPabulib::tr("the smallest project id, compared as text, wins (default; as pabutools)") << '\n'
        << "      lower-cost        " << TallyPabulib::tr("the cheaper project wins, then lexicographic-id")
        << '\n'
        << "      more-votes        "
        << TallyPabulib::tr("the project with more supporters wins, then lexicographic-id") << '\n'
        << "  --json            "
        << TallyPabulib::tr("print one JSON object (rule, winners, budget, every project's reason)") << '\n'
        << "  -h, --help        " << TallyPabulib::tr("show this help") << "\n\n"
        << TallyPabulib::tr("Rules:") << '\n';
    qsizetype width = 0;
    for (const auto &rule : counting::allRules())
        width = std::max(width, rule.name.size());
    for (const auto &rule : counting::allRules())
        out << "  " << rule.name.leftJustified(width + 2) << rule.title << '\n';
    if (counting::allRules().empty())
        out << "  " << TallyPabulib::tr("(none available in this build)") << '\n';
    out << '\n'
        << TallyPabulib::tr("Exit status: 0 counted; 1 the file could not be read or counted; 2 wrong usage.")
        << '\n';
}

} // namespace

int tallyPabulib(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString error;
    const auto a = parseTallyArguments(args, &error);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h")) || (a && a->help)) {
        printTallyHelp(out);
        out.flush();
        return 0;
    }
    if (!a) {
        err << "pbvote tally: " << error << '\n'
            << TallyPabulib::tr("Run pbvote tally --pabulib --help to see the options.") << Qt::endl;
        return 2;
    }
    if (a->file.isEmpty()) {
        err << "pbvote tally: " << TallyPabulib::tr("no election file given (--pabulib FILE)") << Qt::endl;
        return 2;
    }
    if (a->rule.isEmpty()) {
        err << "pbvote tally: "
            << TallyPabulib::tr("no rule given (--rule RULE); valid rules: %1")
                   .arg(ruleNames().join(QStringLiteral(", ")))
            << Qt::endl;
        return 2;
    }
    const counting::RuleInfo *rule = counting::findRule(a->rule);
    if (!rule) {
        err << "pbvote tally: "
            << TallyPabulib::tr("unknown rule \"%1\"; valid rules: %2")
                   .arg(a->rule, ruleNames().join(QStringLiteral(", ")))
            << Qt::endl;
        return 2;
    }
    counting::RuleOptions options;
    if (!counting::parseTieBreak(a->tieBreak, &options.tieBreak)) {
        err << "pbvote tally: "
            << TallyPabulib::tr("unknown tie-breaking \"%1\"; valid: lexicographic-id, lower-cost, more-votes")
                   .arg(a->tieBreak)
            << Qt::endl;
        return 2;
    }

    const auto instance = formats::readPabulibFile(a->file);
    if (!instance) {
        err << "pbvote tally: " << instance.error() << Qt::endl;
        return 1;
    }
    const counting::Outcome outcome = rule->run(*instance, options);
    if (!outcome.ok()) {
        err << "pbvote tally: "
            << TallyPabulib::tr("the rule %1 gave no result for %2: %3").arg(rule->name, a->file, outcome.error)
            << Qt::endl;
        return 1;
    }
    if (a->json)
        out << QString::fromUtf8(QJsonDocument(formats::outcomeToJson(*instance, outcome)).toJson(QJsonDocument::Indented));
    else
        out << formats::outcomeToText(*instance, outcome);
    out.flush();
    return 0;
}

namespace {

struct BallotStats
{
    size_t empty = 0;
    size_t shortest = 0;
    size_t longest = 0;
    double mean = 0;
};

BallotStats ballotStats(const Instance &instance)
{
    BallotStats s;
    if (instance.voters.empty())
        return s;
    s.shortest = instance.voters.front().projects.size();
    size_t total = 0;
    for (const auto &v : instance.voters) {
        const size_t n = v.projects.size();
        s.empty += n == 0 ? 1 : 0;
        s.shortest = std::min(s.shortest, n);
        s.longest = std::max(s.longest, n);
        total += n;
    }
    s.mean = double(total) / double(instance.voters.size());
    return s;
}

void printInfoHelp(QTextStream &out)
{
    out << TallyPabulib::tr("Usage: pbvote pabulib-info FILE [--json]") << "\n\n"
        << TallyPabulib::tr("Describes a Pabulib (.pb) election file: vote type, voters, projects, budget,\n"
                            "the total cost of all projects, ballot lengths and each project's supporters.\n"
                            "Use it to check a file before counting it with pbvote tally.")
        << "\n\n"
        << TallyPabulib::tr("Options:") << '\n'
        << "  --json      " << TallyPabulib::tr("print one JSON object") << '\n'
        << "  -h, --help  " << TallyPabulib::tr("show this help") << '\n';
}

} // namespace

int pabulibInfo(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString file;
    bool json = false;
    for (const QString &arg : args) {
        if (arg == u"--help" || arg == u"-h") {
            printInfoHelp(out);
            out.flush();
            return 0;
        }
        if (arg == u"--json") {
            json = true;
        } else if (arg.startsWith(u'-')) {
            err << "pbvote pabulib-info: " << TallyPabulib::tr("unknown option %1").arg(arg) << Qt::endl;
            return 2;
        } else if (file.isEmpty()) {
            file = arg;
        } else {
            err << "pbvote pabulib-info: " << TallyPabulib::tr("only one file, please") << Qt::endl;
            return 2;
        }
    }
    if (file.isEmpty()) {
        err << "pbvote pabulib-info: " << TallyPabulib::tr("no file given; see pbvote pabulib-info --help")
            << Qt::endl;
        return 2;
    }
    const auto result = formats::readPabulibFile(file);
    if (!result) {
        err << "pbvote pabulib-info: " << result.error() << Qt::endl;
        return 1;
    }
    const Instance &instance = *result;
    const int scale = instance.moneyScale;

    int64_t totalCost = 0;
    std::vector<int64_t> supporters(instance.projects.size(), 0);
    std::vector<int64_t> points(instance.projects.size(), 0);
    for (const auto &p : instance.projects)
        totalCost += p.cost;
    for (const auto &v : instance.voters) {
        for (size_t i = 0; i < v.projects.size(); ++i) {
            ++supporters[size_t(v.projects[i])];
            if (i < v.points.size())
                points[size_t(v.projects[i])] += v.points[i];
        }
    }
    const bool hasPoints = instance.voteType == VoteType::Cumulative || instance.voteType == VoteType::Scoring;
    const BallotStats stats = ballotStats(instance);
    const auto money = [scale](int64_t amount) -> QJsonValue {
        if (scale > 0)
            return formats::formatMoney(amount, scale);
        return qint64(amount);
    };

    if (json) {
        QJsonObject o;
        o.insert(QStringLiteral("instance"), instance.name);
        o.insert(QStringLiteral("vote_type"), formats::voteTypeName(instance.voteType));
        o.insert(QStringLiteral("voters"), qint64(instance.voters.size()));
        o.insert(QStringLiteral("projects_count"), qint64(instance.projects.size()));
        o.insert(QStringLiteral("budget"), money(instance.budget));
        o.insert(QStringLiteral("total_cost"), money(totalCost));
        o.insert(QStringLiteral("money_scale"), scale);
        o.insert(QStringLiteral("empty_ballots"), qint64(stats.empty));
        o.insert(QStringLiteral("shortest_ballot"), qint64(stats.shortest));
        o.insert(QStringLiteral("longest_ballot"), qint64(stats.longest));
        o.insert(QStringLiteral("mean_ballot"), stats.mean);
        QJsonObject meta;
        for (auto it = instance.meta.cbegin(); it != instance.meta.cend(); ++it)
            meta.insert(it.key(), it.value());
        o.insert(QStringLiteral("meta"), meta);
        QJsonArray projects;
        for (size_t i = 0; i < instance.projects.size(); ++i) {
            const auto &p = instance.projects[i];
            QJsonObject po;
            po.insert(QStringLiteral("id"), p.id);
            po.insert(QStringLiteral("name"), p.name);
            po.insert(QStringLiteral("cost"), money(p.cost));
            po.insert(QStringLiteral("supporters"), qint64(supporters[i]));
            if (hasPoints)
                po.insert(QStringLiteral("points"), qint64(points[i]));
            projects.append(po);
        }
        o.insert(QStringLiteral("projects"), projects);
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        out.flush();
        return 0;
    }

    const QString description = instance.meta.value(QStringLiteral("description"));
    out << instance.name << '\n';
    if (!description.isEmpty())
        out << "  " << description << '\n';
    out << TallyPabulib::tr("Vote type: %1").arg(formats::voteTypeName(instance.voteType)) << '\n'
        << TallyPabulib::tr("Voters: %1 (%2 empty ballots; ballots list %3 to %4 projects, %5 on average)")
               .arg(instance.voters.size())
               .arg(stats.empty)
               .arg(stats.shortest)
               .arg(stats.longest)
               .arg(stats.mean, 0, 'f', 2)
        << '\n'
        << TallyPabulib::tr("Projects: %1").arg(instance.projects.size()) << '\n'
        << TallyPabulib::tr("Budget: %1").arg(formats::formatMoney(instance.budget, scale)) << '\n'
        << TallyPabulib::tr("Total cost of all projects: %1 (%2 times the budget)")
               .arg(formats::formatMoney(totalCost, scale))
               .arg(instance.budget > 0 ? double(totalCost) / double(instance.budget) : 0.0, 0, 'f', 2)
        << "\n\n";

    qsizetype wId = TallyPabulib::tr("Project").size();
    qsizetype wCost = TallyPabulib::tr("Cost").size();
    qsizetype wSupporters = TallyPabulib::tr("Supporters").size();
    for (size_t i = 0; i < instance.projects.size(); ++i) {
        wId = std::max(wId, instance.projects[i].id.size());
        wCost = std::max(wCost, formats::formatMoney(instance.projects[i].cost, scale).size());
        wSupporters = std::max(wSupporters, QString::number(supporters[i]).size());
    }
    out << "  " << TallyPabulib::tr("Project").leftJustified(wId) << "  "
        << TallyPabulib::tr("Cost").rightJustified(wCost) << "  "
        << TallyPabulib::tr("Supporters").rightJustified(wSupporters) << "  ";
    if (hasPoints)
        out << TallyPabulib::tr("Points") << "  ";
    out << TallyPabulib::tr("Name") << '\n';
    for (size_t i = 0; i < instance.projects.size(); ++i) {
        const auto &p = instance.projects[i];
        out << "  " << p.id.leftJustified(wId) << "  " << formats::formatMoney(p.cost, scale).rightJustified(wCost)
            << "  " << QString::number(supporters[i]).rightJustified(wSupporters) << "  ";
        if (hasPoints)
            out << QString::number(points[i]).rightJustified(TallyPabulib::tr("Points").size()) << "  ";
        out << p.name << '\n';
    }
    out.flush();
    return 0;
}

} // namespace pbvote::cli
