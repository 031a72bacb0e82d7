// pbvote round …, pbvote project …, pbvote district …
#include "cli/CliContext.h"

#include "formats/ProjectCsv.h"
#include "rules/RuleRegistry.h"
#include "util/Money.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace pbvote::cli {

namespace {

// Translation context "Cli" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QJsonObject roundJson(const Round &r, const store::RoundCounts *counts)
{
    QJsonObject rules{{u"kind"_qs, ballotKindName(r.rules.kind)},
                      {u"min_selections"_qs, r.rules.minSelections},
                      {u"max_selections"_qs, r.rules.maxSelections},
                      {u"min_spend_percent"_qs, r.rules.minSpendPercent},
                      {u"total_points"_qs, r.rules.totalPoints},
                      {u"max_points_per_project"_qs, r.rules.maxPointsPerProject},
                      {u"must_use_all_points"_qs, r.rules.mustUseAllPoints}};
    QJsonArray projects;
    for (const Project &p : r.projects)
        projects.append(projectJson(p));
    QJsonArray offBallot;
    for (const Project &p : r.offBallot)
        offBallot.append(projectJson(p));
    QJsonArray districts;
    for (const District &d : r.districts)
        districts.append(QJsonObject{{u"id"_qs, d.id}, {u"name"_qs, d.name}, {u"budget"_qs, qint64(d.budget)}});
    QJsonObject o{{u"round"_qs, qint64(r.id)},
                  {u"name"_qs, r.name},
                  {u"state"_qs, roundStateName(r.state)},
                  {u"currency"_qs, r.currency},
                  {u"budget"_qs, qint64(r.budget)},
                  {u"tally_rule"_qs, r.tallyRule},
                  {u"categories"_qs, QJsonArray::fromStringList(r.categories)},
                  {u"voting_opens"_qs, timeJson(r.votingOpens)},
                  {u"voting_closes"_qs, timeJson(r.votingCloses)},
                  {u"published"_qs, r.published},
                  {u"rules"_qs, rules},
                  {u"projects"_qs, projects},
                  {u"off_ballot"_qs, offBallot},
                  {u"districts"_qs, districts}};
    if (counts) {
        o[u"issued_codes"_qs] = qint64(counts->issuedCodes);
        o[u"ballots"_qs] = qint64(counts->ballots);
        o[u"spent_codes"_qs] = qint64(counts->spentCodes);
        o[u"checkpoints"_qs] = qint64(counts->checkpoints);
        o[u"events"_qs] = qint64(counts->events);
    }
    return o;
}

QString rulesText(const BallotRules &r)
{
    QString s = ballotKindName(r.kind);
    if (r.minSelections > 0)
        s += Tr::tr(", at least %1").arg(r.minSelections);
    if (r.maxSelections > 0)
        s += Tr::tr(", at most %1").arg(r.maxSelections);
    if (r.minSpendPercent > 0)
        s += Tr::tr(", spend at least %1% of the budget").arg(r.minSpendPercent);
    if (r.kind == BallotKind::Cumulative)
        s += Tr::tr(", %1 points%2").arg(r.totalPoints).arg(r.mustUseAllPoints ? Tr::tr(" (all must be used)") : QString());
    return s;
}

int roundCreate(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"name"_qs, Tr::tr("Name of the round, e.g. \"Green Budget 2027\"."), Tr::tr("NAME")});
    p.addOption({u"budget"_qs, Tr::tr("Budget for city-wide projects, in minor units (cents)."), Tr::tr("AMOUNT")});
    p.addOption({u"currency"_qs, Tr::tr("Three-letter currency code (default EUR)."), Tr::tr("CODE"), u"EUR"_qs});
    p.addOption({u"method"_qs, Tr::tr("Ballot: approval, knapsack, cumulative or ordinal (default approval)."), Tr::tr("KIND"),
                 u"approval"_qs});
    p.addOption({u"min"_qs, Tr::tr("Fewest projects a ballot must choose."), Tr::tr("N"), u"0"_qs});
    p.addOption({u"max"_qs, Tr::tr("Most projects a ballot may choose (ordinal: ranks); 0 = no limit."), Tr::tr("N"), u"0"_qs});
    p.addOption({u"min-spend"_qs, Tr::tr("Knapsack: the selection must cost at least this % of the budget."), Tr::tr("PERCENT"),
                 u"0"_qs});
    p.addOption({u"points"_qs, Tr::tr("Cumulative: points each voter spreads."), Tr::tr("N"), u"0"_qs});
    p.addOption({u"max-points-per-project"_qs, Tr::tr("Cumulative: most points on one project; 0 = no limit."), Tr::tr("N"),
                 u"0"_qs});
    p.addOption({u"all-points"_qs, Tr::tr("Cumulative: every point must be given.")});
    p.addOption({u"tally-rule"_qs, Tr::tr("Counting rule of the official result, chosen before voting opens (see "
                                          "pbvote rules; default greedy, the rule most cities use)."),
                 Tr::tr("RULE"), u"greedy"_qs});
    int code = 0;
    if (!ctx.parse(p, u"round create"_qs, Tr::tr("Create a draft round."), args, &code))
        return code;
    if (!p.isSet(u"name"_qs) || !p.isSet(u"budget"_qs))
        return ctx.usage(Tr::tr("round create needs --name and --budget."));
    Round r;
    r.name = p.value(u"name"_qs);
    r.currency = p.value(u"currency"_qs).toUpper();
    auto budget = moneyOption(p, u"budget"_qs);
    if (!budget)
        return ctx.usage(budget.error());
    r.budget = *budget;
    const auto kind = parseBallotKind(p.value(u"method"_qs));
    if (!kind)
        return ctx.usage(Tr::tr("Unknown --method \"%1\": use approval, knapsack, cumulative or ordinal.")
                             .arg(p.value(u"method"_qs)));
    r.rules.kind = *kind;
    const std::pair<const char *, int *> ints[] = {{"min", &r.rules.minSelections},
                                                   {"max", &r.rules.maxSelections},
                                                   {"min-spend", &r.rules.minSpendPercent},
                                                   {"points", &r.rules.totalPoints},
                                                   {"max-points-per-project", &r.rules.maxPointsPerProject}};
    for (const auto &[name, target] : ints) {
        auto v = intOption(p, QString::fromLatin1(name), 0, 1'000'000);
        if (!v)
            return ctx.usage(v.error());
        *target = int(*v);
    }
    r.rules.mustUseAllPoints = p.isSet(u"all-points"_qs);
    r.tallyRule = p.value(u"tally-rule"_qs);
    if (!counting::findRule(r.tallyRule))
        return ctx.usage(Tr::tr("Unknown --tally-rule \"%1\": see pbvote rules.").arg(r.tallyRule));
    if (Status s = r.validate(); !s)
        return ctx.fail(s.error());
    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    auto id = (*st)->createRound(r);
    if (!id)
        return ctx.fail(id.error());
    if (ctx.json)
        ctx.printJson({{u"round"_qs, qint64(*id)}, {u"state"_qs, u"draft"_qs}});
    else
        ctx.out() << Tr::tr("Created round %1 \"%2\" (draft).").arg(*id).arg(r.name) << Qt::endl;
    return ExitOk;
}

int roundList(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!ctx.parse(p, u"round list"_qs, Tr::tr("List the rounds in the database."), args, &code))
        return code;
    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    auto rounds = (*st)->rounds();
    if (!rounds)
        return ctx.fail(rounds.error());
    if (ctx.json) {
        QJsonArray arr;
        for (const Round &r : *rounds)
            arr.append(QJsonObject{{u"round"_qs, qint64(r.id)},
                                   {u"name"_qs, r.name},
                                   {u"state"_qs, roundStateName(r.state)},
                                   {u"budget"_qs, qint64(r.budget)},
                                   {u"projects"_qs, qint64(r.projects.size())}});
        ctx.printJson({{u"rounds"_qs, arr}});
        return ExitOk;
    }
    if (rounds->empty())
        ctx.out() << Tr::tr("No rounds yet: create one with pbvote round create.") << Qt::endl;
    for (const Round &r : *rounds) {
        ctx.out() << Tr::tr("%1  %2  [%3]  %4 %5, %6 projects")
                         .arg(r.id)
                         .arg(r.name, roundStateName(r.state), formatMoney(r.budget), r.currency)
                         .arg(r.projects.size())
                  << Qt::endl;
    }
    return ExitOk;
}

int roundShow(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"round"_qs, Tr::tr("Round id."), Tr::tr("ID")});
    int code = 0;
    if (!ctx.parse(p, u"round show"_qs, Tr::tr("Show a round: rules, projects and turnout."), args, &code))
        return code;
    auto id = roundOption(p);
    if (!id)
        return ctx.usage(id.error());
    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    auto r = (*st)->round(*id);
    if (!r)
        return ctx.fail(r.error());
    auto counts = (*st)->counts(*id);
    if (!counts)
        return ctx.fail(counts.error());
    if (ctx.json) {
        ctx.printJson(roundJson(*r, &*counts));
        return ExitOk;
    }
    QTextStream &o = ctx.out();
    o << Tr::tr("Round %1: %2").arg(r->id).arg(r->name) << Qt::endl
      << Tr::tr("State: %1").arg(r->published ? Tr::tr("%1, result published").arg(roundStateName(r->state))
                                              : roundStateName(r->state))
      << Qt::endl
      << Tr::tr("Budget: %1 %2").arg(formatMoney(r->budget), r->currency) << Qt::endl
      << Tr::tr("Ballot: %1").arg(rulesText(r->rules)) << Qt::endl
      << Tr::tr("Counting rule: %1").arg(r->tallyRule.isEmpty() ? Tr::tr("not chosen yet") : r->tallyRule) << Qt::endl;
    if (r->votingOpens.isValid() || r->votingCloses.isValid()) {
        const auto when = [](const QDateTime &t) {
            return t.isValid() ? t.toUTC().toString(Qt::ISODate) : Tr::tr("not planned");
        };
        o << Tr::tr("Voting period: %1 to %2").arg(when(r->votingOpens), when(r->votingCloses)) << Qt::endl;
    } else {
        o << Tr::tr("Voting period: not planned") << Qt::endl;
    }
    if (!r->categories.isEmpty())
        o << Tr::tr("Categories: %1").arg(r->categories.join(u", "_qs)) << Qt::endl;
    for (const District &d : r->districts)
        o << Tr::tr("District %1 (%2): budget %3").arg(d.id, d.name, formatMoney(d.budget)) << Qt::endl;
    o << Tr::tr("Projects:") << Qt::endl;
    for (const Project &pr : r->projects) {
        o << u"  "_qs << pr.id << u"  "_qs << formatMoney(pr.cost) << u"  "_qs << pr.title;
        if (!pr.district.isEmpty())
            o << u"  ["_qs << pr.district << u"]"_qs;
        o << Qt::endl;
    }
    if (!r->offBallot.empty()) {
        o << Tr::tr("Off the ballot:") << Qt::endl;
        for (const Project &pr : r->offBallot) {
            o << u"  "_qs << pr.id << u"  "_qs << formatMoney(pr.cost) << u"  "_qs << pr.title << u"  ("_qs
              << projectStatusName(pr.status) << u")"_qs << Qt::endl;
        }
    }
    o << Tr::tr("Access codes issued: %1, used: %2; ballots: %3; checkpoints: %4")
             .arg(counts->issuedCodes)
             .arg(counts->spentCodes)
             .arg(counts->ballots)
             .arg(counts->checkpoints)
      << Qt::endl;
    return ExitOk;
}

int roundOpen(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"round"_qs, Tr::tr("Round id."), Tr::tr("ID")});
    p.addOption({u"authority"_qs, Tr::tr("Name of the authority key that signs the manifest."), Tr::tr("NAME")});
    int code = 0;
    if (!ctx.parse(p, u"round open"_qs, Tr::tr("Sign the round's manifest and open voting."), args, &code))
        return code;
    auto id = roundOption(p);
    if (!id)
        return ctx.usage(id.error());
    if (!p.isSet(u"authority"_qs))
        return ctx.usage(Tr::tr("round open needs --authority NAME (see pbvote keys list)."));
    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    auto sk = ctx.unlock(store::KeyKind::Authority, p.value(u"authority"_qs));
    if (!sk)
        return ctx.fail(sk.error());
    if (Status s = (*st)->openRound(*id, p.value(u"authority"_qs), *sk); !s)
        return ctx.fail(s.error());
    auto m = (*st)->manifest(*id);
    const QString mh = m ? crypto::base32(record::manifestHash(m->encode())).left(16) : QString();
    if (ctx.json)
        ctx.printJson({{u"round"_qs, qint64(*id)}, {u"state"_qs, u"open"_qs}, {u"manifest"_qs, mh}});
    else
        ctx.out() << Tr::tr("Round %1 is open. Manifest %2 signed.").arg(*id).arg(mh) << Qt::endl;
    return ExitOk;
}

int printCheckpoint(CliContext &ctx, int64_t round, const QString &state, const store::CheckpointInfo &info)
{
    if (ctx.json) {
        QJsonObject o{{u"round"_qs, qint64(round)}, {u"state"_qs, state}};
        if (info.batch > 0) {
            o[u"checkpoint"_qs] = QJsonObject{{u"kiosk"_qs, info.kioskId},
                                              {u"batch"_qs, qint64(info.batch)},
                                              {u"ballots"_qs, qint64(info.ballots)},
                                              {u"witness"_qs, info.witness}};
        }
        ctx.printJson(o);
        return ExitOk;
    }
    ctx.out() << Tr::tr("Round %1 is %2.").arg(round).arg(state) << Qt::endl;
    if (info.batch > 0) {
        ctx.out() << Tr::tr("Kiosk %1, batch %2: %3 ballots.").arg(info.kioskId).arg(info.batch).arg(info.ballots)
                  << Qt::endl
                  << Tr::tr("Witness code (write it on the poll log): %1").arg(info.witness) << Qt::endl;
    }
    return ExitOk;
}

int roundSuspendOrClose(CliContext &ctx, const QStringList &args, bool close)
{
    QCommandLineParser p;
    p.addOption({u"round"_qs, Tr::tr("Round id."), Tr::tr("ID")});
    p.addOption({u"kiosk"_qs, Tr::tr("Kiosk whose key signs the checkpoint (default: the kiosk that voted here)."),
                 Tr::tr("ID")});
    int code = 0;
    const QString name = close ? u"round close"_qs : u"round suspend"_qs;
    const QString summary = close ? Tr::tr("Close voting for good; the kiosk signs its final checkpoint.")
                                  : Tr::tr("Pause voting; the kiosk signs a checkpoint.");
    if (!ctx.parse(p, name, summary, args, &code))
        return code;
    auto id = roundOption(p);
    if (!id)
        return ctx.usage(id.error());
    auto st = ctx.store(p.value(u"kiosk"_qs));
    if (!st)
        return ctx.fail(st.error());
    const QString kiosk = p.isSet(u"kiosk"_qs) ? p.value(u"kiosk"_qs) : (*st)->boundKioskId();
    std::optional<crypto::SecretBytes> sk;
    if (!kiosk.isEmpty()) {
        auto unlocked = ctx.unlock(store::KeyKind::Kiosk, kiosk);
        if (!unlocked)
            return ctx.fail(unlocked.error());
        sk = std::move(*unlocked);
    }
    if (close) {
        auto info = (*st)->close(*id, sk ? &*sk : nullptr);
        if (!info)
            return ctx.fail(info.error());
        return printCheckpoint(ctx, *id, u"closed"_qs, *info);
    }
    if (!sk)
        return ctx.fail(Tr::tr("No kiosk has voted in this database, so there is no checkpoint to sign."));
    auto info = (*st)->suspend(*id, *sk);
    if (!info)
        return ctx.fail(info.error());
    return printCheckpoint(ctx, *id, u"suspended"_qs, *info);
}

int roundResume(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"round"_qs, Tr::tr("Round id."), Tr::tr("ID")});
    int code = 0;
    if (!ctx.parse(p, u"round resume"_qs, Tr::tr("Resume voting after a pause."), args, &code))
        return code;
    auto id = roundOption(p);
    if (!id)
        return ctx.usage(id.error());
    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    if (Status s = (*st)->resume(*id); !s)
        return ctx.fail(s.error());
    return printCheckpoint(ctx, *id, u"open"_qs, {});
}

} // namespace

int roundCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"create"_qs) return roundCreate(ctx, rest);
    if (sub == u"set"_qs) return roundSetCommand(ctx, rest);
    if (sub == u"list"_qs) return roundList(ctx, rest);
    if (sub == u"show"_qs) return roundShow(ctx, rest);
    if (sub == u"open"_qs) return roundOpen(ctx, rest);
    if (sub == u"suspend"_qs) return roundSuspendOrClose(ctx, rest, false);
    if (sub == u"resume"_qs) return roundResume(ctx, rest);
    if (sub == u"close"_qs) return roundSuspendOrClose(ctx, rest, true);
    if (sub.isEmpty() || sub == u"--help"_qs || sub == u"-h"_qs) {
        ctx.out() << Tr::tr("Usage: pbvote [--db FILE] round create|set|list|show|open|suspend|resume|close [options]\n"
                        "Run pbvote round SUBCOMMAND --help for each one's options.")
                  << Qt::endl;
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    return ctx.usage(Tr::tr("Unknown round subcommand \"%1\".").arg(sub));
}

namespace {

// pbvote project import --round N --csv FILE: every project of the file, or none.
int projectImport(CliContext &ctx, QCommandLineParser &p, const QStringList &args)
{
    p.addOption({u"csv"_qs, Tr::tr("CSV file of projects: id, title, cost and optional columns (see "
                                   "docs/projects-csv.md)."),
                 Tr::tr("FILE")});
    int code = 0;
    if (!ctx.parse(p, u"project import"_qs,
                   Tr::tr("Add a draft round's projects from a CSV file (UTF-8, ',' or ';'): all of them or none."),
                   args, &code))
        return code;
    auto id = roundOption(p);
    if (!id)
        return ctx.usage(id.error());
    if (!p.isSet(u"csv"_qs))
        return ctx.usage(Tr::tr("project import needs --csv FILE."));
    const QString path = p.value(u"csv"_qs);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail(Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    // One byte more than allowed, so that the reader names a file that is too large.
    const QByteArray bytes = f.read(formats::MaxProjectsCsvBytes + 1);
    if (f.error() != QFileDevice::NoError)
        return ctx.fail(Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    auto csv = formats::readProjectsCsv(bytes, path);
    if (!csv)
        return ctx.fail(csv.error());
    if (csv->projects.empty())
        return ctx.fail(Tr::tr("%1 lists no projects: nothing was imported.").arg(path));
    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    auto r = (*st)->round(*id);
    if (!r)
        return ctx.fail(r.error());
    // The round's own checks first, so that a problem is reported with its line; the
    // store checks again and adds all the projects in one transaction.
    for (size_t i = 0; i < csv->projects.size(); ++i) {
        const Project &pr = csv->projects[i];
        const QString line = QString::number(csv->lines[i]);
        if (r->findProject(pr.id))
            return ctx.fail(Tr::tr("%1 line %2: round %3 already has a project %4; nothing was imported.")
                                .arg(path, line, QString::number(*id), pr.id));
        if (Status s = r->checkProject(pr); !s)
            return ctx.fail(Tr::tr("%1 line %2: %3 Nothing was imported.").arg(path, line, s.error()));
    }
    if (Status s = (*st)->addProjects(*id, csv->projects, csv->translations); !s)
        return ctx.fail(Tr::tr("%1: nothing was imported: %2").arg(path, s.error()));
    qint64 onBallot = 0;
    for (const Project &pr : csv->projects)
        onBallot += pr.status == ProjectStatus::Ballot ? 1 : 0;
    const qint64 total = qint64(csv->projects.size());
    if (ctx.json) {
        ctx.printJson({{u"round"_qs, qint64(*id)},
                       {u"imported"_qs, total},
                       {u"ballot"_qs, onBallot},
                       {u"off_ballot"_qs, total - onBallot},
                       {u"translated"_qs, qint64(csv->translations.size())}});
    } else {
        ctx.out() << Tr::tr("Imported %1 projects into round %2 (%3 on the ballot, %4 off it).")
                         .arg(total)
                         .arg(*id)
                         .arg(onBallot)
                         .arg(total - onBallot)
                  << Qt::endl;
    }
    return ExitOk;
}

// pbvote project export --round N --csv FILE: the file project import reads back.
int projectExport(CliContext &ctx, QCommandLineParser &p, const QStringList &args)
{
    p.addOption({u"csv"_qs, Tr::tr("CSV file to write (replaced if it exists)."), Tr::tr("FILE")});
    int code = 0;
    if (!ctx.parse(p, u"project export"_qs,
                   Tr::tr("Write a round's projects, with their translations, to a CSV file (UTF-8, ',')."), args,
                   &code))
        return code;
    auto id = roundOption(p);
    if (!id)
        return ctx.usage(id.error());
    if (!p.isSet(u"csv"_qs))
        return ctx.usage(Tr::tr("project export needs --csv FILE."));
    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    auto r = (*st)->round(*id);
    if (!r)
        return ctx.fail(r.error());
    auto translations = (*st)->projectTranslations(*id);
    if (!translations)
        return ctx.fail(translations.error());
    const QByteArray bytes = formats::writeProjectsCsv(*r, *translations);
    const QString path = p.value(u"csv"_qs);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return ctx.fail(Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
    const qint64 total = qint64(r->projects.size() + r->offBallot.size());
    if (ctx.json)
        ctx.printJson({{u"round"_qs, qint64(*id)}, {u"projects"_qs, total}, {u"csv"_qs, path}});
    else
        ctx.out() << Tr::tr("Wrote %1 projects of round %2 to %3.").arg(total).arg(*id).arg(path) << Qt::endl;
    return ExitOk;
}

} // namespace

int projectCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser p;
    p.addOption({u"round"_qs, Tr::tr("Round id."), Tr::tr("ID")});
    int code = 0;
    if (sub == u"add"_qs) {
        p.addOption({u"id"_qs, Tr::tr("Project id, unique in the round (e.g. P07)."), Tr::tr("ID")});
        p.addOption({u"title"_qs, Tr::tr("Title shown on the ballot."), Tr::tr("TEXT")});
        p.addOption({u"description"_qs, Tr::tr("Longer description."), Tr::tr("TEXT")});
        p.addOption({u"cost"_qs, Tr::tr("Cost in minor units (cents)."), Tr::tr("AMOUNT")});
        p.addOption({u"category"_qs, Tr::tr("Category."), Tr::tr("TEXT")});
        p.addOption({u"district"_qs, Tr::tr("District id (empty: city-wide)."), Tr::tr("ID")});
        p.addOption({u"image"_qs, Tr::tr("A picture for the kiosk's card (PNG or JPEG, at most 2 MiB)."), Tr::tr("FILE")});
        p.addOption({u"status"_qs, Tr::tr("ballot (default), review, rejected or withdrawn: only ballot projects are "
                                          "voted on, and a round cannot open while one is under review."),
                     Tr::tr("STATUS"), u"ballot"_qs});
        if (!ctx.parse(p, u"project add"_qs, Tr::tr("Add a project to a draft round."), args.mid(1), &code))
            return code;
        auto id = roundOption(p);
        if (!id)
            return ctx.usage(id.error());
        if (!p.isSet(u"id"_qs) || !p.isSet(u"title"_qs) || !p.isSet(u"cost"_qs))
            return ctx.usage(Tr::tr("project add needs --id, --title and --cost."));
        auto cost = moneyOption(p, u"cost"_qs);
        if (!cost)
            return ctx.usage(cost.error());
        const auto status = parseProjectStatus(p.value(u"status"_qs));
        if (!status)
            return ctx.usage(Tr::tr("Unknown --status \"%1\": use ballot, review, rejected or withdrawn.")
                                 .arg(p.value(u"status"_qs)));
        Project pr{p.value(u"id"_qs), p.value(u"title"_qs), p.value(u"description"_qs), *cost,
                   p.value(u"category"_qs), p.value(u"district"_qs), *status};
        auto st = ctx.store();
        if (!st)
            return ctx.fail(st.error());
        QByteArray image;
        if (p.isSet(u"image"_qs)) {
            QFile f(p.value(u"image"_qs));
            if (!f.open(QIODevice::ReadOnly) || f.size() > store::BallotStore::MaxProjectImageBytes)
                return ctx.fail(Tr::tr("Cannot use the picture %1: %2")
                                    .arg(p.value(u"image"_qs),
                                         f.isOpen() ? Tr::tr("larger than 2 MiB") : f.errorString()));
            image = f.readAll();
            // Checked before the project is added, so a bad picture adds nothing.
            if (Status s = store::BallotStore::checkProjectImage(pr.id, image); !s)
                return ctx.fail(s.error());
        }
        if (Status s = (*st)->addProject(*id, pr); !s)
            return ctx.fail(s.error());
        if (!image.isEmpty()) {
            if (Status s = (*st)->setProjectImage(*id, pr.id, image); !s)
                return ctx.fail(s.error());
        }
        if (ctx.json)
            ctx.printJson({{u"round"_qs, qint64(*id)}, {u"project"_qs, pr.id}, {u"status"_qs, projectStatusName(pr.status)}});
        else if (pr.status == ProjectStatus::Ballot)
            ctx.out() << Tr::tr("Added project %1 to round %2.").arg(pr.id).arg(*id) << Qt::endl;
        else
            ctx.out() << Tr::tr("Added project %1 to round %2, off the ballot (%3).")
                             .arg(pr.id)
                             .arg(*id)
                             .arg(projectStatusName(pr.status))
                      << Qt::endl;
        return ExitOk;
    }
    if (sub == u"list"_qs) {
        if (!ctx.parse(p, u"project list"_qs, Tr::tr("List a round's projects."), args.mid(1), &code))
            return code;
        auto id = roundOption(p);
        if (!id)
            return ctx.usage(id.error());
        auto st = ctx.store();
        if (!st)
            return ctx.fail(st.error());
        auto r = (*st)->round(*id);
        if (!r)
            return ctx.fail(r.error());
        if (ctx.json) {
            auto translations = (*st)->projectTranslations(*id);
            if (!translations)
                return ctx.fail(translations.error());
            const auto list = [&](const std::vector<Project> &projects) {
                QJsonArray arr;
                for (const Project &pr : projects) {
                    QJsonObject o = projectJson(pr);
                    QJsonObject texts;
                    if (auto t = translations->find(pr.id); t != translations->end()) {
                        for (const auto &[language, text] : t->second)
                            texts[language] = QJsonObject{{u"title"_qs, text.title}, {u"description"_qs, text.description}};
                    }
                    o[u"translations"_qs] = texts;
                    arr.append(o);
                }
                return arr;
            };
            ctx.printJson({{u"round"_qs, qint64(*id)}, {u"projects"_qs, list(r->projects)}, {u"off_ballot"_qs, list(r->offBallot)}});
            return ExitOk;
        }
        // Ballot projects first (in ballot order), then the others; the status is the last column.
        for (const std::vector<Project> *projects : {&r->projects, &r->offBallot}) {
            for (const Project &pr : *projects) {
                ctx.out() << pr.id << u"\t"_qs << formatMoney(pr.cost) << u"\t"_qs << pr.title << u"\t"_qs << pr.category
                          << u"\t"_qs << pr.district << u"\t"_qs << projectStatusName(pr.status) << Qt::endl;
            }
        }
        return ExitOk;
    }
    if (sub == u"set"_qs)
        return projectSetCommand(ctx, args.mid(1));
    if (sub == u"remove"_qs)
        return projectRemoveCommand(ctx, args.mid(1));
    if (sub == u"translate"_qs)
        return projectTranslateCommand(ctx, args.mid(1));
    if (sub == u"import"_qs)
        return projectImport(ctx, p, args.mid(1));
    if (sub == u"export"_qs)
        return projectExport(ctx, p, args.mid(1));
    if (sub == u"--help"_qs || sub.isEmpty()) {
        ctx.out() << Tr::tr("Usage: pbvote project add|set|remove|translate|list|import|export [options]\n"
                            "Run pbvote project SUBCOMMAND --help for each one's options.")
                  << Qt::endl;
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    return ctx.usage(Tr::tr("Unknown project subcommand \"%1\".").arg(sub));
}

int districtCommand(CliContext &ctx, const QStringList &args)
{
    if (args.value(0) == u"remove"_qs)
        return districtRemoveCommand(ctx, args.mid(1));
    if (args.value(0) != u"add"_qs) {
        const QString usage = Tr::tr("Usage: pbvote district add --round ID --id ID --name NAME --budget AMOUNT\n"
                                     "       pbvote district remove --round ID --id ID");
        if (args.value(0) == u"--help"_qs) {
            ctx.out() << usage << Qt::endl;
            return ExitOk;
        }
        return ctx.usage(usage);
    }
    QCommandLineParser p;
    p.addOption({u"round"_qs, Tr::tr("Round id."), Tr::tr("ID")});
    p.addOption({u"id"_qs, Tr::tr("District id."), Tr::tr("ID")});
    p.addOption({u"name"_qs, Tr::tr("District name."), Tr::tr("NAME")});
    p.addOption({u"budget"_qs, Tr::tr("The district's own budget, in minor units."), Tr::tr("AMOUNT")});
    int code = 0;
    if (!ctx.parse(p, u"district add"_qs, Tr::tr("Add a district with its own budget to a draft round."), args.mid(1),
                   &code))
        return code;
    auto id = roundOption(p);
    if (!id)
        return ctx.usage(id.error());
    if (!p.isSet(u"id"_qs) || !p.isSet(u"budget"_qs))
        return ctx.usage(Tr::tr("district add needs --id and --budget."));
    auto budget = moneyOption(p, u"budget"_qs);
    if (!budget)
        return ctx.usage(budget.error());
    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    District d{p.value(u"id"_qs), p.isSet(u"name"_qs) ? p.value(u"name"_qs) : p.value(u"id"_qs), *budget};
    if (Status s = (*st)->addDistrict(*id, d); !s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson({{u"round"_qs, qint64(*id)}, {u"district"_qs, d.id}});
    else
        ctx.out() << Tr::tr("Added district %1 to round %2.").arg(d.id).arg(*id) << Qt::endl;
    return ExitOk;
}

} // namespace pbvote::cli
