// What organizers change about a round after creating it, and publication:
// pbvote round set, project set|remove|translate, district remove, kiosk …,
// codes batches|void|restore, publish.
#include "cli/CliContext.h"

#include "audit/ElectionRecordWriter.h"
#include "rules/RuleRegistry.h"
#include "store/RoundTally.h"
#include "util/Money.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <limits>

namespace pbvote::cli {

namespace {

// Translation context "Cli" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// --opens/--closes: ISO 8601 with or without an offset (without one: UTC, so that a script
// means the same on every machine).
Result<QDateTime> timeOption(const QCommandLineParser &p, const QString &name)
{
    const QString text = p.value(name).trimmed();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return Result<QDateTime>::failure(
            Tr::tr("--%1 must be an ISO 8601 date and time such as 2027-05-01T08:00:00+02:00, got \"%2\".")
                .arg(name, text));
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), Qt::UTC);
    return t.toUTC();
}

QString unknownStatus(const QString &value)
{
    return Tr::tr("Unknown --status \"%1\": use ballot, review, rejected or withdrawn.").arg(value);
}

// Reads a picture for a project's card; checked before anything changes.
Result<QByteArray> readImage(const QString &path, const QString &projectId)
{
    using R = Result<QByteArray>;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > store::BallotStore::MaxProjectImageBytes)
        return R::failure(Tr::tr("Cannot use the picture %1: %2")
                              .arg(path, f.isOpen() ? Tr::tr("larger than 2 MiB") : f.errorString()));
    const QByteArray image = f.readAll();
    if (Status s = store::BallotStore::checkProjectImage(projectId, image); !s)
        return R::failure(s.error());
    return image;
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Status::failure(Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

// Adds --round and --id (of a project, district or kiosk) to a parser.
void addRoundAndId(QCommandLineParser &p, const QString &idHelp)
{
    p.addOption({u"round"_qs, Tr::tr("Round id."), Tr::tr("ID")});
    p.addOption({u"id"_qs, idHelp, Tr::tr("ID")});
}

} // namespace

// pbvote round set --round N [--name] [--budget] [--currency] [--categories] [--rename-category OLD=NEW]
//                  [--opens] [--closes] [--no-period] [--tally-rule]
int roundSetCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"round"_qs, Tr::tr("Round id (a draft round)."), Tr::tr("ID")});
    p.addOption({u"name"_qs, Tr::tr("Name of the round."), Tr::tr("NAME")});
    p.addOption({u"budget"_qs, Tr::tr("Budget for city-wide projects, in minor units (cents)."), Tr::tr("AMOUNT")});
    p.addOption({u"currency"_qs, Tr::tr("Three-letter currency code."), Tr::tr("CODE")});
    p.addOption({u"categories"_qs,
                 Tr::tr("The round's categories, comma-separated (\"\" for none); a project's category must be one of "
                        "them."),
                 Tr::tr("LIST")});
    p.addOption({u"rename-category"_qs,
                 Tr::tr("Rename a category; its projects move along (may be given more than once)."),
                 Tr::tr("OLD=NEW")});
    p.addOption({u"opens"_qs,
                 Tr::tr("When voting is planned to open, ISO 8601 (e.g. 2027-05-01T08:00:00+02:00; UTC when no "
                        "offset is given)."),
                 Tr::tr("TIME")});
    p.addOption({u"closes"_qs, Tr::tr("When voting is planned to close, ISO 8601 like --opens."), Tr::tr("TIME")});
    p.addOption({u"no-period"_qs, Tr::tr("Clear the planned voting period.")});
    p.addOption({u"tally-rule"_qs, Tr::tr("Counting rule of the official result (see pbvote rules)."), Tr::tr("RULE")});
    int code = 0;
    if (!ctx.parse(p, u"round set"_qs,
                   Tr::tr("Change a draft round's settings; those not given keep their value."), args, &code))
        return code;
    auto id = roundOption(p);
    if (!id)
        return ctx.usage(id.error());
    const QStringList settingOptions = {u"name"_qs,       u"budget"_qs,          u"currency"_qs,
                                        u"categories"_qs, u"rename-category"_qs, u"opens"_qs,
                                        u"closes"_qs,     u"no-period"_qs,       u"tally-rule"_qs};
    if (std::none_of(settingOptions.begin(), settingOptions.end(), [&](const QString &o) { return p.isSet(o); }))
        return ctx.usage(Tr::tr("round set needs at least one setting to change (see pbvote round set --help)."));
    if (p.isSet(u"no-period"_qs) && (p.isSet(u"opens"_qs) || p.isSet(u"closes"_qs)))
        return ctx.usage(Tr::tr("--no-period clears the voting period: give it without --opens and --closes."));
    std::optional<int64_t> budget;
    if (p.isSet(u"budget"_qs)) {
        auto b = moneyOption(p, u"budget"_qs);
        if (!b)
            return ctx.usage(b.error());
        budget = *b;
    }
    std::optional<QDateTime> opens;
    std::optional<QDateTime> closes;
    for (auto &[name, target] : {std::pair{u"opens"_qs, &opens}, std::pair{u"closes"_qs, &closes}}) {
        if (!p.isSet(name))
            continue;
        auto t = timeOption(p, name);
        if (!t)
            return ctx.usage(t.error());
        *target = *t;
    }
    if (p.isSet(u"tally-rule"_qs) && !counting::findRule(p.value(u"tally-rule"_qs)))
        return ctx.usage(Tr::tr("Unknown --tally-rule \"%1\": see pbvote rules.").arg(p.value(u"tally-rule"_qs)));
    std::map<QString, QString> renames;
    for (const QString &pair : p.values(u"rename-category"_qs)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString from = pair.left(eq).trimmed();
        const QString to = pair.mid(eq + 1).trimmed();
        if (eq < 0 || from.isEmpty() || to.isEmpty())
            return ctx.usage(Tr::tr("--rename-category needs OLD=NEW, got \"%1\".").arg(pair));
        renames[from] = to;
    }

    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    auto r = (*st)->round(*id);
    if (!r)
        return ctx.fail(r.error());
    store::RoundSettings settings = store::RoundSettings::of(*r);
    if (p.isSet(u"name"_qs))
        settings.name = p.value(u"name"_qs);
    if (budget)
        settings.budget = *budget;
    if (p.isSet(u"currency"_qs))
        settings.currency = p.value(u"currency"_qs);
    if (p.isSet(u"categories"_qs)) {
        settings.categories.clear();
        for (const QString &c : p.value(u"categories"_qs).split(u',', Qt::SkipEmptyParts)) {
            if (!c.trimmed().isEmpty())
                settings.categories << c.trimmed();
        }
    }
    for (const auto &[from, to] : renames) {
        const auto inCategory = [&](const Project &pr) { return pr.category == from; };
        const bool used = r->categories.contains(from)
            || std::any_of(r->projects.begin(), r->projects.end(), inCategory)
            || std::any_of(r->offBallot.begin(), r->offBallot.end(), inCategory);
        if (!used)
            return ctx.fail(Tr::tr("Round %1 has no category \"%2\" to rename.").arg(*id).arg(from));
        // Without --categories the renamed category takes the old one's place in the list.
        if (!p.isSet(u"categories"_qs)) {
            const qsizetype at = settings.categories.indexOf(from);
            if (at >= 0 && settings.categories.contains(to))
                settings.categories.removeAt(at);
            else if (at >= 0)
                settings.categories[at] = to;
        }
    }
    if (p.isSet(u"no-period"_qs)) {
        settings.votingOpens = {};
        settings.votingCloses = {};
    }
    if (opens)
        settings.votingOpens = *opens;
    if (closes)
        settings.votingCloses = *closes;
    if (p.isSet(u"tally-rule"_qs))
        settings.tallyRule = p.value(u"tally-rule"_qs);
    if (Status s = (*st)->updateRoundSettings(*id, settings, renames); !s)
        return ctx.fail(Tr::tr("Round %1 was not changed: %2").arg(*id).arg(s.error()));
    auto changed = (*st)->round(*id);
    if (!changed)
        return ctx.fail(changed.error());
    if (ctx.json) {
        ctx.printJson({{u"round"_qs, qint64(*id)},
                       {u"name"_qs, changed->name},
                       {u"currency"_qs, changed->currency},
                       {u"budget"_qs, qint64(changed->budget)},
                       {u"categories"_qs, QJsonArray::fromStringList(changed->categories)},
                       {u"voting_opens"_qs, timeJson(changed->votingOpens)},
                       {u"voting_closes"_qs, timeJson(changed->votingCloses)},
                       {u"tally_rule"_qs, changed->tallyRule}});
    } else {
        ctx.out() << Tr::tr("Changed the settings of round %1 \"%2\" (see pbvote round show).").arg(*id).arg(changed->name)
                  << Qt::endl;
    }
    return ExitOk;
}

// pbvote project set --round N --id P [--title] [--description] [--cost] [--category] [--district] [--status]
//                    [--image FILE | --remove-image]
int projectSetCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    addRoundAndId(p, Tr::tr("Id of the project to change (it keeps its id)."));
    p.addOption({u"title"_qs, Tr::tr("Title shown on the ballot."), Tr::tr("TEXT")});
    p.addOption({u"description"_qs, Tr::tr("Longer description."), Tr::tr("TEXT")});
    p.addOption({u"cost"_qs, Tr::tr("Cost in minor units (cents)."), Tr::tr("AMOUNT")});
    p.addOption({u"category"_qs, Tr::tr("Category (\"\" for none)."), Tr::tr("TEXT")});
    p.addOption({u"district"_qs, Tr::tr("District id (\"\" for city-wide)."), Tr::tr("ID")});
    p.addOption({u"status"_qs,
                 Tr::tr("ballot, review, rejected or withdrawn: only ballot projects are voted on, and a round cannot "
                        "open while one is under review."),
                 Tr::tr("STATUS")});
    p.addOption({u"image"_qs, Tr::tr("A new picture for the kiosk's card (PNG or JPEG, at most 2 MiB)."), Tr::tr("FILE")});
    p.addOption({u"remove-image"_qs, Tr::tr("Remove the project's picture.")});
    int code = 0;
    if (!ctx.parse(p, u"project set"_qs, Tr::tr("Change a project of a draft round; fields not given keep their value."),
                   args, &code))
        return code;
    auto id = roundOption(p);
    if (!id)
        return ctx.usage(id.error());
    if (!p.isSet(u"id"_qs))
        return ctx.usage(Tr::tr("project set needs --id (see pbvote project list)."));
    const QStringList fieldOptions = {u"title"_qs, u"description"_qs, u"cost"_qs, u"category"_qs, u"district"_qs,
                                      u"status"_qs};
    const bool fields = std::any_of(fieldOptions.begin(), fieldOptions.end(), [&](const QString &o) { return p.isSet(o); });
    if (!fields && !p.isSet(u"image"_qs) && !p.isSet(u"remove-image"_qs))
        return ctx.usage(Tr::tr("project set needs something to change (see pbvote project set --help)."));
    if (p.isSet(u"image"_qs) && p.isSet(u"remove-image"_qs))
        return ctx.usage(Tr::tr("Give either --image or --remove-image, not both."));
    std::optional<int64_t> cost;
    if (p.isSet(u"cost"_qs)) {
        auto c = moneyOption(p, u"cost"_qs);
        if (!c)
            return ctx.usage(c.error());
        cost = *c;
    }
    std::optional<ProjectStatus> status;
    if (p.isSet(u"status"_qs)) {
        status = parseProjectStatus(p.value(u"status"_qs));
        if (!status)
            return ctx.usage(unknownStatus(p.value(u"status"_qs)));
    }
    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    auto r = (*st)->round(*id);
    if (!r)
        return ctx.fail(r.error());
    const Project *current = r->findProject(p.value(u"id"_qs));
    if (!current)
        return ctx.fail(Tr::tr("Round %1 has no project %2 (see pbvote project list).").arg(*id).arg(p.value(u"id"_qs)));
    Project pr = *current;
    if (p.isSet(u"title"_qs))
        pr.title = p.value(u"title"_qs);
    if (p.isSet(u"description"_qs))
        pr.description = p.value(u"description"_qs);
    if (cost)
        pr.cost = *cost;
    if (p.isSet(u"category"_qs))
        pr.category = p.value(u"category"_qs);
    if (p.isSet(u"district"_qs))
        pr.district = p.value(u"district"_qs);
    if (status)
        pr.status = *status;
    QByteArray image;
    if (p.isSet(u"image"_qs)) {
        auto read = readImage(p.value(u"image"_qs), pr.id);
        if (!read)
            return ctx.fail(read.error());
        image = *read;
    }
    if (fields) {
        if (Status s = (*st)->updateProject(*id, pr); !s)
            return ctx.fail(s.error());
    }
    if (p.isSet(u"image"_qs) || p.isSet(u"remove-image"_qs)) {
        if (Status s = (*st)->setProjectImage(*id, pr.id, image); !s)
            return ctx.fail(s.error());
    }
    if (ctx.json) {
        ctx.printJson({{u"round"_qs, qint64(*id)}, {u"project"_qs, projectJson(pr)}});
    } else {
        ctx.out() << Tr::tr("Changed project %1 of round %2 (%3, %4).")
                         .arg(pr.id)
                         .arg(*id)
                         .arg(projectStatusName(pr.status), formatMoney(pr.cost))
                  << Qt::endl;
    }
    return ExitOk;
}

int projectRemoveCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    addRoundAndId(p, Tr::tr("Id of the project to remove."));
    int code = 0;
    if (!ctx.parse(p, u"project remove"_qs,
                   Tr::tr("Remove a project from a draft round, with its picture and translations (to keep it on "
                          "record, set its status to rejected or withdrawn instead)."),
                   args, &code))
        return code;
    auto id = roundOption(p);
    if (!id)
        return ctx.usage(id.error());
    if (!p.isSet(u"id"_qs))
        return ctx.usage(Tr::tr("project remove needs --id (see pbvote project list)."));
    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    if (Status s = (*st)->removeProject(*id, p.value(u"id"_qs)); !s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson({{u"round"_qs, qint64(*id)}, {u"project"_qs, p.value(u"id"_qs)}, {u"removed"_qs, true}});
    else
        ctx.out() << Tr::tr("Removed project %1 from round %2.").arg(p.value(u"id"_qs)).arg(*id) << Qt::endl;
    return ExitOk;
}

int projectTranslateCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    addRoundAndId(p, Tr::tr("Id of the project."));
    p.addOption({u"language"_qs, Tr::tr("Language code of the translation, e.g. es, pl, vi or ar."), Tr::tr("CODE")});
    p.addOption({u"title"_qs, Tr::tr("The title in that language."), Tr::tr("TEXT")});
    p.addOption({u"description"_qs, Tr::tr("The description in that language."), Tr::tr("TEXT")});
    p.addOption({u"remove"_qs, Tr::tr("Remove the translation into that language.")});
    int code = 0;
    if (!ctx.parse(p, u"project translate"_qs,
                   Tr::tr("Set or remove a draft round's project title and description in one of the kiosk's "
                          "languages (see pbvote project list --json)."),
                   args, &code))
        return code;
    auto id = roundOption(p);
    if (!id)
        return ctx.usage(id.error());
    if (!p.isSet(u"id"_qs) || !p.isSet(u"language"_qs))
        return ctx.usage(Tr::tr("project translate needs --id and --language."));
    const bool remove = p.isSet(u"remove"_qs);
    if (remove && (p.isSet(u"title"_qs) || p.isSet(u"description"_qs)))
        return ctx.usage(Tr::tr("--remove takes no --title or --description."));
    if (!remove && p.value(u"title"_qs).trimmed().isEmpty())
        return ctx.usage(Tr::tr("project translate needs --title TEXT (or --remove)."));
    const store::ProjectText text = remove ? store::ProjectText{}
                                           : store::ProjectText{p.value(u"title"_qs), p.value(u"description"_qs)};
    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    const QString project = p.value(u"id"_qs);
    const QString language = p.value(u"language"_qs);
    if (remove) {
        // Removing a translation that is not there is most likely a typo in the language.
        auto translations = (*st)->projectTranslations(*id);
        if (!translations)
            return ctx.fail(translations.error());
        const auto t = translations->find(project);
        if (t == translations->end() || !t->second.count(language))
            return ctx.fail(Tr::tr("Project %1 of round %2 has no %3 translation.").arg(project).arg(*id).arg(language));
    }
    if (Status s = (*st)->setProjectTranslation(*id, project, language, text); !s)
        return ctx.fail(s.error());
    if (ctx.json) {
        QJsonObject o{{u"round"_qs, qint64(*id)}, {u"project"_qs, project}, {u"language"_qs, language}};
        if (remove)
            o[u"removed"_qs] = true;
        else
            o[u"translation"_qs] = QJsonObject{{u"title"_qs, text.title.trimmed()}, {u"description"_qs, text.description}};
        ctx.printJson(o);
    } else if (remove) {
        ctx.out() << Tr::tr("Removed the %1 translation of project %2.").arg(language, project) << Qt::endl;
    } else {
        ctx.out() << Tr::tr("Project %1 in %2: \"%3\".").arg(project, language, text.title.trimmed()) << Qt::endl;
    }
    return ExitOk;
}

int districtRemoveCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    addRoundAndId(p, Tr::tr("Id of the district to remove."));
    int code = 0;
    if (!ctx.parse(p, u"district remove"_qs,
                   Tr::tr("Remove a district from a draft round (refused while a project is in it)."), args, &code))
        return code;
    auto id = roundOption(p);
    if (!id)
        return ctx.usage(id.error());
    if (!p.isSet(u"id"_qs))
        return ctx.usage(Tr::tr("district remove needs --id."));
    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    if (Status s = (*st)->removeDistrict(*id, p.value(u"id"_qs)); !s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson({{u"round"_qs, qint64(*id)}, {u"district"_qs, p.value(u"id"_qs)}, {u"removed"_qs, true}});
    else
        ctx.out() << Tr::tr("Removed district %1 from round %2.").arg(p.value(u"id"_qs)).arg(*id) << Qt::endl;
    return ExitOk;
}

// pbvote codes batches --round N
int codesBatchesCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"round"_qs, Tr::tr("Round id."), Tr::tr("ID")});
    int code = 0;
    if (!ctx.parse(p, u"codes batches"_qs,
                   Tr::tr("List a round's batches of access codes: issued, used, unused, void or not."), args, &code))
        return code;
    auto id = roundOption(p);
    if (!id)
        return ctx.usage(id.error());
    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    if (auto r = (*st)->round(*id); !r)
        return ctx.fail(r.error());
    auto batches = (*st)->codeBatches(*id);
    if (!batches)
        return ctx.fail(batches.error());
    if (ctx.json) {
        QJsonArray arr;
        for (const store::CodeBatch &b : *batches)
            arr.append(QJsonObject{{u"batch"_qs, b.number},
                                   {u"label"_qs, b.label},
                                   {u"district"_qs, b.district},
                                   {u"issued"_qs, qint64(b.issued)},
                                   {u"used"_qs, qint64(b.used)},
                                   {u"unused"_qs, qint64(b.issued - b.used)},
                                   {u"voided"_qs, b.voided}});
        ctx.printJson({{u"round"_qs, qint64(*id)}, {u"batches"_qs, arr}});
        return ExitOk;
    }
    if (batches->empty())
        ctx.out() << Tr::tr("Round %1 has no access codes yet: issue some with pbvote codes issue.").arg(*id) << Qt::endl;
    for (const store::CodeBatch &b : *batches) {
        ctx.out() << Tr::tr("Batch %1\t%2\t%3\tissued %4, used %5, unused %6%7")
                         .arg(b.number)
                         .arg(b.label.isEmpty() ? Tr::tr("(no label)") : b.label,
                              b.district.isEmpty() ? Tr::tr("city-wide") : Tr::tr("district %1").arg(b.district))
                         .arg(b.issued)
                         .arg(b.used)
                         .arg(b.issued - b.used)
                         .arg(b.voided ? Tr::tr("; VOID: its unused codes are refused") : QString())
                  << Qt::endl;
    }
    return ExitOk;
}

// pbvote codes void|restore --round N --batch B
int codesVoidCommand(CliContext &ctx, const QStringList &args, bool voided)
{
    QCommandLineParser p;
    p.addOption({u"round"_qs, Tr::tr("Round id."), Tr::tr("ID")});
    p.addOption({u"batch"_qs, Tr::tr("Batch number (see pbvote codes batches)."), Tr::tr("N")});
    int code = 0;
    const QString name = voided ? u"codes void"_qs : u"codes restore"_qs;
    const QString summary = voided
        ? Tr::tr("Void a batch of access codes (e.g. lost or stolen): its unused codes are refused; used ones stay "
                 "used. Reversible until the round closes.")
        : Tr::tr("Restore a voided batch of access codes: its unused codes vote again.");
    if (!ctx.parse(p, name, summary, args, &code))
        return code;
    auto id = roundOption(p);
    if (!id)
        return ctx.usage(id.error());
    if (!p.isSet(u"batch"_qs))
        return ctx.usage(Tr::tr("%1 needs --batch N (see pbvote codes batches).").arg(name));
    auto batch = intOption(p, u"batch"_qs, 0, std::numeric_limits<int32_t>::max());
    if (!batch)
        return ctx.usage(batch.error());
    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    if (Status s = (*st)->setCodeBatchVoided(*id, int(*batch), voided); !s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson({{u"round"_qs, qint64(*id)}, {u"batch"_qs, qint64(*batch)}, {u"voided"_qs, voided}});
    else if (voided)
        ctx.out() << Tr::tr("Batch %1 of round %2 is void: its unused codes are refused.").arg(*batch).arg(*id) << Qt::endl;
    else
        ctx.out() << Tr::tr("Batch %1 of round %2 is restored: its unused codes can vote again.").arg(*batch).arg(*id)
                  << Qt::endl;
    return ExitOk;
}

namespace {

int kioskList(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"round"_qs, Tr::tr("Round id."), Tr::tr("ID")});
    int code = 0;
    if (!ctx.parse(p, u"kiosk list"_qs,
                   Tr::tr("List a round's kiosks with their key fingerprints and what they report (counts only)."),
                   args, &code))
        return code;
    auto id = roundOption(p);
    if (!id)
        return ctx.usage(id.error());
    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    if (auto r = (*st)->round(*id); !r)
        return ctx.fail(r.error());
    auto kiosks = (*st)->kiosks(*id);
    if (!kiosks)
        return ctx.fail(kiosks.error());
    if (ctx.json) {
        QJsonArray arr;
        for (const store::KioskInfo &k : *kiosks)
            arr.append(QJsonObject{{u"id"_qs, k.id},
                                   {u"name"_qs, k.name},
                                   {u"location"_qs, k.location},
                                   {u"public_key"_qs, QString::fromLatin1(k.publicKey.toHex())},
                                   {u"fingerprint"_qs, keyFingerprint(k.publicKey)},
                                   {u"revoked"_qs, k.revoked},
                                   {u"ballots"_qs, qint64(k.ballots)},
                                   {u"checkpoint_ballots"_qs,
                                    k.reported < 0 ? QJsonValue() : QJsonValue(qint64(k.reported))},
                                   {u"closed"_qs, k.closed}});
        ctx.printJson({{u"round"_qs, qint64(*id)}, {u"kiosks"_qs, arr}});
        return ExitOk;
    }
    if (kiosks->empty())
        ctx.out() << Tr::tr("Round %1 has no kiosks yet: register one with pbvote kiosk register or pbvote keys create "
                            "--kind kiosk --round %1.")
                         .arg(*id)
                  << Qt::endl;
    for (const store::KioskInfo &k : *kiosks) {
        const QString checkpoint = k.reported < 0 ? Tr::tr("no checkpoint yet")
            : k.closed                            ? Tr::tr("final checkpoint: %1 ballots").arg(k.reported)
                                                  : Tr::tr("last checkpoint: %1 ballots").arg(k.reported);
        ctx.out() << k.id << u"\t"_qs << k.name << u"\t"_qs << k.location << u"\t"_qs << keyFingerprint(k.publicKey)
                  << u"\t"_qs << (k.revoked ? Tr::tr("REVOKED") : Tr::tr("active")) << u"\t"_qs
                  << Tr::tr("%1 ballots stored").arg(k.ballots) << u"\t"_qs << checkpoint << Qt::endl;
    }
    return ExitOk;
}

int kioskRegister(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    addRoundAndId(p, Tr::tr("The kiosk's id (its key's name on the kiosk)."));
    p.addOption({u"public-key"_qs,
                 Tr::tr("The kiosk's Ed25519 public key in hex (64 digits), made on the kiosk with pbvote keys create "
                        "--kind kiosk and read with pbvote keys list --json."),
                 Tr::tr("HEX")});
    p.addOption({u"name"_qs, Tr::tr("The kiosk's name, e.g. \"Central Library, ground floor\"."), Tr::tr("NAME")});
    p.addOption({u"location"_qs, Tr::tr("Where the kiosk stands."), Tr::tr("TEXT")});
    int code = 0;
    if (!ctx.parse(p, u"kiosk register"_qs,
                   Tr::tr("Register a kiosk whose key was made on the kiosk itself, before the round opens (the "
                          "signed manifest lists every kiosk's key)."),
                   args, &code))
        return code;
    auto id = roundOption(p);
    if (!id)
        return ctx.usage(id.error());
    if (!p.isSet(u"id"_qs) || !p.isSet(u"public-key"_qs))
        return ctx.usage(Tr::tr("kiosk register needs --id and --public-key."));
    const QString hex = p.value(u"public-key"_qs).trimmed();
    static const QRegularExpression hexKey(u"^[0-9a-fA-F]{64}$"_qs);
    if (!hexKey.match(hex).hasMatch())
        return ctx.usage(
            Tr::tr("--public-key must be 64 hexadecimal digits (a 32-byte Ed25519 key), got \"%1\".").arg(hex));
    const QByteArray publicKey = QByteArray::fromHex(hex.toLatin1());
    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    if (Status s = (*st)->registerKiosk(*id, p.value(u"id"_qs), publicKey, p.value(u"name"_qs), p.value(u"location"_qs));
        !s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson({{u"round"_qs, qint64(*id)},
                       {u"kiosk"_qs, p.value(u"id"_qs)},
                       {u"fingerprint"_qs, keyFingerprint(publicKey)}});
    else
        ctx.out() << Tr::tr("Registered kiosk %1 for round %2, fingerprint %3: check that the kiosk shows the same.")
                         .arg(p.value(u"id"_qs))
                         .arg(*id)
                         .arg(keyFingerprint(publicKey))
                  << Qt::endl;
    return ExitOk;
}

// kiosk remove (draft), kiosk revoke / reinstate (once voting opened).
enum class KioskChange { Remove, Revoke, Reinstate };

int kioskChange(CliContext &ctx, const QStringList &args, KioskChange change)
{
    QCommandLineParser p;
    addRoundAndId(p, Tr::tr("The kiosk's id (see pbvote kiosk list)."));
    const QString name = change == KioskChange::Remove ? u"kiosk remove"_qs
        : change == KioskChange::Revoke                ? u"kiosk revoke"_qs
                                                       : u"kiosk reinstate"_qs;
    const QString summary = change == KioskChange::Remove
        ? Tr::tr("Remove a kiosk from a draft round.")
        : change == KioskChange::Revoke
        ? Tr::tr("Revoke a kiosk once voting opened (e.g. stolen or tampered with): it casts no more and its ballots "
                 "are not counted (they stay stored). Reversible until the round is tallied.")
        : Tr::tr("Reinstate a revoked kiosk: it casts again and its ballots are counted.");
    int code = 0;
    if (!ctx.parse(p, name, summary, args, &code))
        return code;
    auto id = roundOption(p);
    if (!id)
        return ctx.usage(id.error());
    if (!p.isSet(u"id"_qs))
        return ctx.usage(Tr::tr("%1 needs --id (see pbvote kiosk list).").arg(name));
    const QString kiosk = p.value(u"id"_qs);
    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    Status s = change == KioskChange::Remove ? (*st)->unregisterKiosk(*id, kiosk)
                                             : (*st)->setKioskRevoked(*id, kiosk, change == KioskChange::Revoke);
    if (!s)
        return ctx.fail(s.error());
    if (ctx.json) {
        QJsonObject o{{u"round"_qs, qint64(*id)}, {u"kiosk"_qs, kiosk}};
        if (change == KioskChange::Remove)
            o[u"removed"_qs] = true;
        else
            o[u"revoked"_qs] = change == KioskChange::Revoke;
        ctx.printJson(o);
    } else if (change == KioskChange::Remove) {
        ctx.out() << Tr::tr("Removed kiosk %1 from round %2.").arg(kiosk).arg(*id) << Qt::endl;
    } else if (change == KioskChange::Revoke) {
        ctx.out() << Tr::tr("Kiosk %1 is revoked for round %2: it casts no more and its ballots are not counted.")
                         .arg(kiosk)
                         .arg(*id)
                  << Qt::endl;
    } else {
        ctx.out() << Tr::tr("Kiosk %1 is reinstated for round %2.").arg(kiosk).arg(*id) << Qt::endl;
    }
    return ExitOk;
}

} // namespace

int kioskCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"list"_qs) return kioskList(ctx, rest);
    if (sub == u"register"_qs) return kioskRegister(ctx, rest);
    if (sub == u"remove"_qs) return kioskChange(ctx, rest, KioskChange::Remove);
    if (sub == u"revoke"_qs) return kioskChange(ctx, rest, KioskChange::Revoke);
    if (sub == u"reinstate"_qs) return kioskChange(ctx, rest, KioskChange::Reinstate);
    if (sub.isEmpty() || sub == u"--help"_qs || sub == u"-h"_qs) {
        ctx.out() << Tr::tr("Usage: pbvote kiosk list --round ID\n"
                            "       pbvote kiosk register --round ID --id KIOSK --public-key HEX [--name NAME] "
                            "[--location TEXT]\n"
                            "       pbvote kiosk remove|revoke|reinstate --round ID --id KIOSK\n"
                            "Run pbvote kiosk SUBCOMMAND --help for each one's options.")
                  << Qt::endl;
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    return ctx.usage(Tr::tr("Unknown kiosk subcommand \"%1\".").arg(sub));
}

// pbvote publish --round N --folder DIR
int publishCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"round"_qs, Tr::tr("Round id (a tallied round)."), Tr::tr("ID")});
    p.addOption({u"folder"_qs, Tr::tr("Folder to write the files to (created if missing; files there are replaced)."),
                 Tr::tr("DIR")});
    int code = 0;
    if (!ctx.parse(p, u"publish"_qs,
                   Tr::tr("Publish a tallied round: write round-N-votes.pb (the opened votes as Pabulib, in a random "
                          "order; needs the election key), round-N-record.json (the election record) and "
                          "round-N-result.json (the signed official result), then mark the round published."),
                   args, &code))
        return code;
    auto id = roundOption(p);
    if (!id)
        return ctx.usage(id.error());
    if (!p.isSet(u"folder"_qs))
        return ctx.usage(Tr::tr("publish needs --folder DIR."));
    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    auto round = (*st)->round(*id);
    if (!round)
        return ctx.fail(round.error());
    if (round->state != RoundState::Tallied)
        return ctx.fail(Tr::tr("Round %1 is %2: count the votes (pbvote tally --round %1) before publishing.")
                            .arg(*id)
                            .arg(roundStateName(round->state)));
    auto results = (*st)->results(*id);
    if (!results)
        return ctx.fail(results.error());
    if (results->empty())
        return ctx.fail(Tr::tr("Round %1 has no stored result to publish.").arg(*id));
    // The official result: counted with the round's rule; a round without one publishes its latest count.
    const store::BallotStore::StoredResult *official = &results->back();
    if (!round->tallyRule.isEmpty()) {
        const auto it = std::find_if(results->begin(), results->end(),
                                     [&](const store::BallotStore::StoredResult &r) { return r.rule == round->tallyRule; });
        if (it == results->end())
            return ctx.fail(Tr::tr("Round %1 has not been counted with its rule (%2) yet: only the official count is "
                                   "published (pbvote tally --round %1 --rule %2).")
                                .arg(*id)
                                .arg(round->tallyRule));
        official = &*it;
    }
    auto source = (*st)->importSource(*id);
    if (!source)
        return ctx.fail(source.error());
    const bool imported = !source->isEmpty();
    const QString folder = p.value(u"folder"_qs);
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return ctx.fail(Tr::tr("Cannot create the folder %1.").arg(folder));
    const QString base = u"round-%1"_qs.arg(*id);
    QStringList written;

    int64_t votes = 0;
    auto bytes = store::pabulibVotes(**st, *id, [&](store::KeyKind kind, const QString &name) {
        return ctx.unlock(kind, name);
    }, &votes);
    if (!bytes)
        return ctx.fail(Tr::tr("Nothing was published: %1").arg(bytes.error()));
    const QString votesPath = dir.filePath(base + u"-votes.pb"_qs);
    if (Status s = writeFile(votesPath, *bytes); !s)
        return ctx.fail(s.error());
    written << votesPath;
    // An imported round has no manifest, signatures or event chain: no election record.
    QString recordPath;
    if (!imported) {
        recordPath = dir.filePath(base + u"-record.json"_qs);
        if (Status s = audit::writeElectionRecord(**st, *id, recordPath); !s)
            return ctx.fail(Tr::tr("The votes were written, but not the election record; the round is not marked "
                                   "published: %1")
                                .arg(s.error()));
        written << recordPath;
    }
    // The result exactly as counted and signed (the signature is in the election record).
    const QString resultPath = dir.filePath(base + u"-result.json"_qs);
    if (Status s = writeFile(resultPath, official->resultJson); !s)
        return ctx.fail(Tr::tr("The votes and the record were written, but not the result; the round is not marked "
                               "published: %1")
                            .arg(s.error()));
    written << resultPath;

    QStringList names;
    for (const QString &f : written)
        names << QFileInfo(f).fileName();
    if (Status s = (*st)->markPublished(*id, Tr::tr("Published to %1: %2").arg(folder, names.join(u", "_qs))); !s)
        return ctx.fail(s.error());
    if (ctx.json) {
        ctx.printJson({{u"round"_qs, qint64(*id)},
                       {u"published"_qs, true},
                       {u"rule"_qs, official->rule},
                       {u"votes"_qs, qint64(votes)},
                       {u"votes_file"_qs, votesPath},
                       {u"record_file"_qs, imported ? QJsonValue() : QJsonValue(recordPath)},
                       {u"result_file"_qs, resultPath}});
    } else {
        ctx.out() << Tr::tr("Published round %1 (%2 votes, result counted with %3):")
                         .arg(*id)
                         .arg(votes)
                         .arg(official->rule)
                  << Qt::endl;
        for (const QString &f : written)
            ctx.out() << u"  "_qs << f << Qt::endl;
    }
    return ExitOk;
}

} // namespace pbvote::cli
