// pbvote-bench: how fast pbvote reads Pabulib files and counts them, next to the times
// pabutools needed (from the expected/*.expected.json files beside the data).
//
//   pbvote-bench [FOLDER] [--rules a,b] [--instances TEXT] [--runs N] [--parse-only] [--json]
//
// FOLDER defaults to the shared data folder's pabulib/. Every rule run is also checked
// against pabutools' winners when the expected file has them ("match" column).

#include "formats/PabulibReader.h"
#include "rules/RuleRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <optional>

using pbvote::counting::Instance;
using pbvote::counting::Outcome;
using pbvote::counting::RuleInfo;

namespace {

struct Options
{
    QString folder = QStringLiteral(PBVOTE_DATA_DIR "/pabulib");
    QStringList rules;     // empty: all
    QString instances;     // substring filter
    int runs = 5;          // runs of a fast rule (the median is reported)
    bool parseOnly = false;
    bool json = false;
};

// CPU time of this thread in milliseconds: what pabutools' references measure too, and
// steadier than wall time on a machine shared with other work.
class CpuTimer
{
public:
    CpuTimer() { m_start = now(); }
    double elapsedMs() const { return now() - m_start; }

private:
    static double now()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    }
    double m_start;
};

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void usage(QTextStream &out)
{
    out << "Usage: pbvote-bench [FOLDER] [--rules a,b] [--instances TEXT] [--runs N] [--parse-only] [--json]\n\n"
           "Times reading every Pabulib file (.pb) in FOLDER and counting it with every registered\n"
           "rule; shows pabutools' time from FOLDER/expected/<name>.expected.json when present, the\n"
           "speed-up, and whether the winners match pabutools'. Times are CPU times of one\n"
           "thread (pabutools' are CPU times too); parsing and fast rules report the median run.\n\n"
           "  FOLDER            default: "
        << QStringLiteral(PBVOTE_DATA_DIR "/pabulib")
        << "\n"
           "  --rules a,b       only these rules\n"
           "  --instances TEXT  only files whose name contains TEXT\n"
           "  --runs N          runs of rules faster than a second (median reported; default 5)\n"
           "  --parse-only      time parsing only\n"
           "  --json            one JSON object instead of tables\n";
}

std::optional<Options> parseArguments(const QStringList &args, QTextStream &err)
{
    Options o;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size()) {
                err << "pbvote-bench: " << a << " needs a value\n";
                return std::nullopt;
            }
            return args[++i];
        };
        if (a == u"--help" || a == u"-h") {
            QTextStream out(stdout);
            usage(out);
            out.flush(); // std::exit skips the stream's destructor, which would flush it
            std::exit(0);
        } else if (a == u"--json") {
            o.json = true;
        } else if (a == u"--parse-only") {
            o.parseOnly = true;
        } else if (a == u"--rules") {
            const auto v = value();
            if (!v)
                return std::nullopt;
            o.rules = v->split(u',', Qt::SkipEmptyParts);
        } else if (a == u"--instances") {
            const auto v = value();
            if (!v)
                return std::nullopt;
            o.instances = *v;
        } else if (a == u"--runs") {
            const auto v = value();
            if (!v)
                return std::nullopt;
            bool ok = false;
            o.runs = v->toInt(&ok);
            if (!ok || o.runs < 1) {
                err << "pbvote-bench: --runs needs a positive number\n";
                return std::nullopt;
            }
        } else if (a.startsWith(u'-')) {
            err << "pbvote-bench: unknown option " << a << '\n';
            return std::nullopt;
        } else {
            o.folder = a;
        }
    }
    for (const QString &name : std::as_const(o.rules)) {
        if (!pbvote::counting::findRule(name)) {
            QStringList valid;
            for (const auto &r : pbvote::counting::allRules())
                valid << r.name;
            err << "pbvote-bench: unknown rule " << name << "; valid rules: " << valid.join(u", ") << '\n';
            return std::nullopt;
        }
    }
    return o;
}

QJsonObject expectedFor(const QString &folder, const QString &file)
{
    QFile f(folder + u"/expected/" + QFileInfo(file).completeBaseName() + u".expected.json");
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

struct RuleTiming
{
    QString rule;
    double ms = 0;
    int runs = 0;
    std::optional<double> pabutoolsSeconds;
    bool pabutoolsTimedOut = false;
    std::optional<bool> winnersMatch;
    QString error;
};

RuleTiming timeRule(const RuleInfo &rule, const Instance &instance, const QJsonObject &expected, int runs)
{
    RuleTiming t;
    t.rule = rule.name;
    const pbvote::counting::RuleOptions options;
    std::vector<double> times;
    Outcome outcome;
    double total = 0;
    for (int i = 0; i < runs; ++i) {
        const CpuTimer timer;
        outcome = rule.run(instance, options);
        const double ms = timer.elapsedMs();
        times.push_back(ms);
        total += ms;
        if (!outcome.ok() || ms > 1000 || total > 3000)
            break; // slow rules are timed once
    }
    t.ms = median(times);
    t.runs = int(times.size());
    if (!outcome.ok())
        t.error = outcome.error;

    const QJsonValue seconds = expected.value(u"seconds").toObject().value(rule.name);
    if (seconds.isDouble())
        t.pabutoolsSeconds = seconds.toDouble();
    const QJsonArray timeouts = expected.value(u"timeouts").toArray();
    t.pabutoolsTimedOut = timeouts.contains(rule.name);
    const QJsonValue winners = expected.value(u"rules").toObject().value(rule.name);
    if (winners.isArray() && outcome.ok()) {
        QStringList ours;
        for (int w : outcome.winners)
            ours << instance.projects[size_t(w)].id;
        ours.sort();
        QStringList theirs;
        for (const QJsonValue &v : winners.toArray())
            theirs << v.toString();
        theirs.sort();
        t.winnersMatch = ours == theirs;
    }
    return t;
}

QString fixed(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto options = parseArguments(QCoreApplication::arguments(), err);
    if (!options) {
        err.flush();
        return 2;
    }
    const QDir dir(options->folder);
    if (!dir.exists()) {
        err << "pbvote-bench: no folder " << options->folder << Qt::endl;
        return 1;
    }
    QStringList files = dir.entryList({QStringLiteral("*.pb")}, QDir::Files, QDir::Name);
    if (!options->instances.isEmpty())
        files = files.filter(options->instances);

    std::vector<const RuleInfo *> rules;
    if (!options->parseOnly) {
        for (const auto &r : pbvote::counting::allRules()) {
            if (options->rules.isEmpty() || options->rules.contains(r.name))
                rules.push_back(&r);
        }
    }

    const QString row = QStringLiteral("%1 %2 %3 %4 %5 %6");
    int fileWidth = 8;
    for (const QString &file : std::as_const(files))
        fileWidth = std::max(fileWidth, int(file.size()));
    if (!options->json) {
        out << row.arg(u"instance"_qs, -fileWidth)
                   .arg(u"voters"_qs, 7)
                   .arg(u"projects"_qs, 8)
                   .arg(u"MB"_qs, 6)
                   .arg(u"parse ms"_qs, 9)
                   .arg(u"MB/s"_qs, 6)
            << Qt::endl;
    }

    QJsonArray jsonInstances;
    std::vector<std::pair<QString, RuleTiming>> allTimings;
    double totalBytes = 0;
    double totalParseMs = 0;
    int failures = 0;
    for (const QString &file : std::as_const(files)) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            err << "pbvote-bench: cannot read " << f.fileName() << Qt::endl;
            ++failures;
            continue;
        }
        const QByteArray data = f.readAll();

        // At least 5 runs, and more (up to 20) while they take less than half a second.
        std::vector<double> parseTimes;
        std::optional<pbvote::Result<Instance>> parsed;
        double spent = 0;
        while (parseTimes.size() < 5 || (spent < 500 && parseTimes.size() < 20)) {
            const CpuTimer timer;
            auto r = pbvote::formats::readPabulib(data, file);
            const double ms = timer.elapsedMs();
            parseTimes.push_back(ms);
            spent += ms;
            parsed.emplace(std::move(r));
            if (!parsed->ok())
                break;
        }
        if (!parsed->ok()) {
            err << "pbvote-bench: " << parsed->error() << Qt::endl;
            ++failures;
            continue;
        }
        const Instance &instance = parsed->value();
        const double parseMs = median(parseTimes);
        const double mb = double(data.size()) / 1e6;
        const double mbPerSecond = parseMs > 0 ? mb / (parseMs / 1000) : 0;
        totalBytes += double(data.size());
        totalParseMs += parseMs;
        if (!options->json) {
            out << row.arg(file, -fileWidth)
                       .arg(instance.voters.size(), 7)
                       .arg(instance.projects.size(), 8)
                       .arg(fixed(mb, 2), 6)
                       .arg(fixed(parseMs, 2), 9)
                       .arg(fixed(mbPerSecond, 0), 6)
                << Qt::endl;
        }

        const QJsonObject expected = expectedFor(options->folder, file);
        QJsonObject jsonRules;
        for (const RuleInfo *rule : rules) {
            RuleTiming t = timeRule(*rule, instance, expected, options->runs);
            QJsonObject jr;
            jr.insert(u"ms"_qs, t.ms);
            jr.insert(u"runs"_qs, t.runs);
            if (t.pabutoolsSeconds) {
                jr.insert(u"pabutools_seconds"_qs, *t.pabutoolsSeconds);
                if (t.ms > 0)
                    jr.insert(u"speedup"_qs, *t.pabutoolsSeconds * 1000 / t.ms);
            }
            if (t.pabutoolsTimedOut)
                jr.insert(u"pabutools_timeout"_qs, true);
            if (t.winnersMatch)
                jr.insert(u"winners_match"_qs, *t.winnersMatch);
            if (!t.error.isEmpty())
                jr.insert(u"error"_qs, t.error);
            jsonRules.insert(t.rule, jr);
            allTimings.emplace_back(file, std::move(t));
            if (!options->json)
                err << '.' << Qt::flush; // progress; the table follows
        }

        QJsonObject ji;
        ji.insert(u"instance"_qs, file);
        ji.insert(u"voters"_qs, qint64(instance.voters.size()));
        ji.insert(u"projects"_qs, qint64(instance.projects.size()));
        ji.insert(u"bytes"_qs, qint64(data.size()));
        ji.insert(u"parse_ms"_qs, parseMs);
        ji.insert(u"mb_per_s"_qs, mbPerSecond);
        if (!rules.empty())
            ji.insert(u"rules"_qs, jsonRules);
        jsonInstances.append(ji);
    }
    if (!options->json) {
        out << row.arg(u"all"_qs, -fileWidth)
                   .arg(QString(), 7)
                   .arg(QString(), 8)
                   .arg(fixed(totalBytes / 1e6, 2), 6)
                   .arg(fixed(totalParseMs, 2), 9)
                   .arg(fixed(totalParseMs > 0 ? totalBytes / 1e6 / (totalParseMs / 1000) : 0, 0), 6)
            << Qt::endl;
    }

    if (options->json) {
        QJsonObject o;
        o.insert(u"folder"_qs, options->folder);
        o.insert(u"instances"_qs, jsonInstances);
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        out.flush();
        return failures ? 1 : 0;
    }
    if (allTimings.empty())
        return failures ? 1 : 0;

    err << Qt::endl;
    const QString ruleRow = QStringLiteral("%1 %2 %3 %4 %5 %6");
    int nameWidth = 8;
    for (const auto &[file, t] : allTimings)
        nameWidth = std::max(nameWidth, int(file.size()) - 3); // without ".pb"
    out << '\n'
        << ruleRow.arg(u"instance"_qs, -nameWidth)
               .arg(u"rule"_qs, -20)
               .arg(u"ours ms"_qs, 10)
               .arg(u"pabutools s"_qs, 11)
               .arg(u"speed-up"_qs, 9)
               .arg(u"winners"_qs)
        << Qt::endl;
    for (const auto &[file, t] : allTimings) {
        QString theirs = t.pabutoolsTimedOut ? u"> 90"_qs : QString();
        QString speedup;
        if (t.pabutoolsSeconds) {
            theirs = fixed(*t.pabutoolsSeconds, 3);
            if (t.ms > 0)
                speedup = fixed(*t.pabutoolsSeconds * 1000 / t.ms, 0) + u'x';
        } else if (t.pabutoolsTimedOut && t.ms > 0) {
            speedup = u"> "_qs + fixed(90'000 / t.ms, 0) + u'x';
        }
        QString match;
        if (!t.error.isEmpty())
            match = u"error: "_qs + t.error;
        else if (t.winnersMatch)
            match = *t.winnersMatch ? u"= pabutools"_qs : u"DIFFERENT from pabutools"_qs;
        out << ruleRow.arg(QString(file).remove(u".pb"_qs), -nameWidth)
                   .arg(t.rule, -20)
                   .arg(fixed(t.ms, t.ms < 10 ? 3 : 1), 10)
                   .arg(theirs, 11)
                   .arg(speedup, 9)
                   .arg(match)
            << Qt::endl;
    }
    return failures ? 1 : 0;
}
