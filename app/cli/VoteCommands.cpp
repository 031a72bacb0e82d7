// pbvote cast, pbvote tally --round, pbvote export
#include "cli/CliContext.h"
#include "cli/TallyPabulib.h"

#include "audit/ElectionRecordWriter.h"
#include "audit/ReceiptLookup.h"
#include "formats/OutcomeJson.h"
#include "formats/PabulibReader.h"
#include "formats/PabulibRound.h"
#include "formats/PabulibWriter.h"
#include "store/RoundCounter.h"
#include "store/RoundTally.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace pbvote::cli {

namespace {
// Translation context "Cli" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// "P1,P3" / "P1=3,P2=2" into choices by position in the round.
Result<Ballot> parseChoices(const Round &round, const QString &text, bool withValues, bool ranked)
{
    Ballot b;
    int rank = 0;
    for (const QString &raw : text.split(u',', Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        QString id = item;
        int value = 1;
        if (withValues) {
            const qsizetype eq = item.indexOf(u'=');
            if (eq < 0)
                return Result<Ballot>::failure(Tr::tr("\"%1\": give points as PROJECT=POINTS.").arg(item));
            id = item.left(eq).trimmed();
            bool ok = false;
            value = item.mid(eq + 1).trimmed().toInt(&ok);
            if (!ok)
                return Result<Ballot>::failure(Tr::tr("\"%1\": the points must be a whole number.").arg(item));
        } else if (ranked) {
            value = ++rank;
        }
        const int index = round.projectIndex(id);
        if (index < 0)
            return Result<Ballot>::failure(Tr::tr("There is no project \"%1\" in round %2.").arg(id).arg(round.id));
        b.choices.push_back({index, value});
    }
    return b;
}
} // namespace

int castCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"round"_qs, Tr::tr("Round id."), Tr::tr("ID")});
    p.addOption({u"kiosk"_qs, Tr::tr("Kiosk id whose key signs the ballot."), Tr::tr("ID")});
    p.addOption({u"code"_qs, Tr::tr("The voter's one-time access code."), Tr::tr("CODE")});
    p.addOption({u"choose"_qs, Tr::tr("Approval/knapsack: chosen project ids, comma-separated."), Tr::tr("IDS")});
    p.addOption({u"points"_qs, Tr::tr("Cumulative: PROJECT=POINTS pairs, comma-separated."), Tr::tr("PAIRS")});
    p.addOption({u"rank"_qs, Tr::tr("Ordinal: project ids, best first, comma-separated."), Tr::tr("IDS")});
    int code = 0;
    if (!ctx.parse(p, u"cast"_qs, Tr::tr("Cast one ballot through the kiosk path (seal, sign, durable commit)."), args,
                   &code))
        return code;
    auto round = roundOption(p);
    if (!round)
        return ctx.usage(round.error());
    if (!p.isSet(u"kiosk"_qs) || !p.isSet(u"code"_qs))
        return ctx.usage(Tr::tr("cast needs --kiosk and --code."));
    auto st = ctx.store(p.value(u"kiosk"_qs));
    if (!st)
        return ctx.fail(st.error());
    auto r = (*st)->round(*round);
    if (!r)
        return ctx.fail(r.error());
    Result<Ballot> ballot = Result<Ballot>::failure(QString());
    switch (r->rules.kind) {
    case BallotKind::Approval:
    case BallotKind::Knapsack: ballot = parseChoices(*r, p.value(u"choose"_qs), false, false); break;
    case BallotKind::Cumulative: ballot = parseChoices(*r, p.value(u"points"_qs), true, false); break;
    case BallotKind::Ordinal: ballot = parseChoices(*r, p.value(u"rank"_qs), false, true); break;
    }
    if (!ballot)
        return ctx.usage(ballot.error());
    auto sk = ctx.unlock(store::KeyKind::Kiosk, p.value(u"kiosk"_qs));
    if (!sk)
        return ctx.fail(sk.error());
    auto receipt = (*st)->cast(*round, p.value(u"kiosk"_qs), *sk, p.value(u"code"_qs), *ballot);
    if (!receipt)
        return ctx.fail(Tr::tr("Ballot not cast: %1").arg(receipt.error()));
    if (ctx.json)
        ctx.printJson({{u"round"_qs, qint64(*round)}, {u"cast"_qs, true}, {u"receipt"_qs, receipt->receipt}});
    else
        ctx.out() << Tr::tr("Your ballot has been cast. Receipt: %1").arg(receipt->receipt) << Qt::endl;
    return ExitOk;
}

// The ballots of a closed round as a counting instance: an imported round's public votes,
// or a voted round's sealed ballots opened with the election key (unlocked here).
// *authority receives the key that signs the round's results (empty for imported rounds).
Result<counting::Instance> roundBallots(CliContext &ctx, store::BallotStore &st, int64_t roundId, QString *authority)
{
    using R = Result<counting::Instance>;
    auto source = st.importSource(roundId);
    if (!source)
        return R::failure(source.error());
    if (!source->isEmpty()) {
        authority->clear();
        return store::importedInstance(st, roundId);
    }
    auto names = st.roundKeys(roundId);
    if (!names)
        return R::failure(names.error());
    if (names->election.isEmpty() || names->authority.isEmpty())
        return R::failure(Tr::tr("Round %1 was never opened, so it has no ballots.").arg(roundId));
    auto electionSk = ctx.unlock(store::KeyKind::Election, names->election);
    if (!electionSk)
        return R::failure(electionSk.error());
    *authority = names->authority;
    return store::openBallots(st, roundId, *electionSk);
}

// Opens, counts, signs and stores a closed round's result (store::tallyRound), with
// keys unlocked by passphrase.
Result<QJsonObject> tallyRound(CliContext &ctx, int64_t roundId, const QString &rule,
                               const counting::RuleOptions &options, QString *text)
{
    using R = Result<QJsonObject>;
    auto st = ctx.store();
    if (!st)
        return R::failure(st.error());
    auto out = store::tallyRound(**st, roundId, rule, options,
                                 [&ctx](store::KeyKind kind, const QString &name) { return ctx.unlock(kind, name); });
    if (!out)
        return R::failure(out.error());
    if (text)
        *text = out->text;
    return out->result;
}

int tallyCommand(CliContext &ctx, const QStringList &args)
{
    if (args.contains(u"--pabulib"_qs)) {
        QStringList forwarded = args;
        if (ctx.json && !forwarded.contains(u"--json"_qs))
            forwarded << u"--json"_qs;
        return tallyPabulib(forwarded, ctx.out(), ctx.err());
    }
    QCommandLineParser p;
    p.addOption({u"round"_qs, Tr::tr("Round id (a closed round)."), Tr::tr("ID")});
    p.addOption({u"rule"_qs, Tr::tr("Counting rule (default greedy); see pbvote rules."), Tr::tr("RULE"), u"greedy"_qs});
    p.addOption({u"tie-break"_qs, Tr::tr("lexicographic-id (default), lower-cost or more-votes."), Tr::tr("NAME"),
                 u"lexicographic-id"_qs});
    p.addOption({u"pabulib"_qs, Tr::tr("Count a Pabulib file instead of a round (see pbvote tally --pabulib FILE --help)."),
                 Tr::tr("FILE")});
    int code = 0;
    if (!ctx.parse(p, u"tally"_qs,
                   Tr::tr("Open a closed round's sealed ballots with the election key, count them, sign and store "
                      "the result."),
                   args, &code))
        return code;
    auto round = roundOption(p);
    if (!round)
        return ctx.usage(round.error());
    counting::RuleOptions options;
    if (!counting::parseTieBreak(p.value(u"tie-break"_qs), &options.tieBreak))
        return ctx.usage(Tr::tr("Unknown --tie-break \"%1\".").arg(p.value(u"tie-break"_qs)));
    QString text;
    auto result = tallyRound(ctx, *round, p.value(u"rule"_qs), options, &text);
    if (!result)
        return ctx.fail(result.error());
    if (ctx.json)
        ctx.printJson(*result);
    else
        ctx.out() << text << Qt::flush;
    return ExitOk;
}

int exportPabulib(CliContext &ctx, store::BallotStore &st, int64_t roundId, const QString &path)
{
    auto round = st.round(roundId);
    if (!round)
        return ctx.fail(round.error());
    // Votes in a fresh random order (see store::pabulibVotes).
    int64_t votes = 0;
    auto bytes = store::pabulibVotes(st, roundId, [&](store::KeyKind kind, const QString &name) {
        return ctx.unlock(kind, name);
    }, &votes);
    if (!bytes)
        return ctx.fail(bytes.error());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size() || !f.commit())
        return ctx.fail(Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
    if (ctx.json)
        ctx.printJson({{u"round"_qs, qint64(roundId)}, {u"file"_qs, path}, {u"votes"_qs, qint64(votes)}});
    else
        ctx.out() << Tr::tr("Wrote round %1 with %2 votes to %3 (Pabulib).").arg(roundId).arg(votes).arg(path)
                  << Qt::endl;
    return ExitOk;
}

int importCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"pabulib"_qs, Tr::tr("Pabulib .pb file to import."), Tr::tr("FILE")});
    int code = 0;
    if (!ctx.parse(p, u"import"_qs,
                   Tr::tr("Import a published Pabulib election as a closed round, its votes kept as already-cast "
                      "ballots for analysis (count it with pbvote tally --round ID --rule RULE)."),
                   args, &code))
        return code;
    if (!p.isSet(u"pabulib"_qs))
        return ctx.usage(Tr::tr("import needs --pabulib FILE."));
    auto instance = formats::readPabulibFile(p.value(u"pabulib"_qs));
    if (!instance)
        return ctx.fail(instance.error());
    auto imported = formats::roundFromPabulib(*instance, p.value(u"pabulib"_qs));
    if (!imported)
        return ctx.fail(imported.error());
    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    auto id = (*st)->importRound(imported->round, imported->ballots, QFileInfo(p.value(u"pabulib"_qs)).fileName());
    if (!id)
        return ctx.fail(id.error());
    if (ctx.json)
        ctx.printJson({{u"round"_qs, qint64(*id)},
                       {u"state"_qs, u"closed"_qs},
                       {u"projects"_qs, qint64(imported->round.projects.size())},
                       {u"votes"_qs, qint64(imported->ballots.size())}});
    else
        ctx.out() << Tr::tr("Imported %1 as round %2: %3 projects, %4 votes.")
                         .arg(p.value(u"pabulib"_qs))
                         .arg(*id)
                         .arg(imported->round.projects.size())
                         .arg(imported->ballots.size())
                  << Qt::endl;
    return ExitOk;
}

int receiptCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"record"_qs, Tr::tr("The published election record (JSON, from pbvote export)."), Tr::tr("FILE")});
    p.addOption({u"code"_qs, Tr::tr("The receipt code printed when the ballot was cast."), Tr::tr("RECEIPT")});
    int code = 0;
    if (!ctx.parse(p, u"receipt"_qs,
                   Tr::tr("Look up a voter's receipt in a published election record and check the ballot's kiosk "
                      "signature. The receipt shows the ballot was counted, never how it voted."),
                   args, &code))
        return code;
    if (!p.isSet(u"record"_qs) || !p.isSet(u"code"_qs))
        return ctx.usage(Tr::tr("receipt needs --record FILE and --code RECEIPT."));
    QFile f(p.value(u"record"_qs));
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail(Tr::tr("Cannot read %1: %2").arg(p.value(u"record"_qs), f.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject())
        return ctx.fail(Tr::tr("%1 is not a JSON election record: %2 at byte %3")
                            .arg(p.value(u"record"_qs), error.errorString())
                            .arg(error.offset));
    auto check = audit::checkReceipt(doc.object(), p.value(u"code"_qs));
    if (!check)
        return ctx.fail(check.error());
    if (ctx.json) {
        ctx.printJson({{u"found"_qs, check->found},
                       {u"signature_valid"_qs, check->signatureValid},
                       {u"kiosk"_qs, check->kioskId},
                       {u"batch"_qs, qint64(check->batch)}});
    } else if (!check->found) {
        ctx.out() << Tr::tr("No ballot with receipt %1 is in this record. Check the code; if it is right, report it "
                        "to the organizers and the auditors.")
                         .arg(p.value(u"code"_qs))
                  << Qt::endl;
    } else if (check->signatureValid) {
        ctx.out() << Tr::tr("Found: your ballot is in the record, cast at kiosk %1 (batch %2), and its kiosk signature "
                        "is valid.")
                         .arg(check->kioskId)
                         .arg(check->batch)
                  << Qt::endl;
    } else {
        ctx.out() << Tr::tr("A ballot with this receipt is in the record, but its signature does NOT verify: report "
                        "this to the auditors.")
                  << Qt::endl;
    }
    // Found with a valid signature is success; anything else is worth a non-zero exit in scripts.
    return check->found && check->signatureValid ? ExitOk : ExitFailed;
}

int exportCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"round"_qs, Tr::tr("Round id."), Tr::tr("ID")});
    p.addOption({u"out"_qs, Tr::tr("File to write the election record to (JSON)."), Tr::tr("PATH")});
    p.addOption({u"pabulib"_qs,
                 Tr::tr("Instead, write the round's projects and opened ballots as a Pabulib .pb file (needs the "
                    "election key for a round voted with pbvote; voters appear in a fresh random order, neither cast order nor "
                    "ballot-id order)."),
                 Tr::tr("PATH")});
    int code = 0;
    if (!ctx.parse(p, u"export"_qs,
                   Tr::tr("Write the round's election record: manifest, signed sealed ballots in ballot-id order, "
                      "code hashes, checkpoints, event log and signed results."),
                   args, &code))
        return code;
    auto round = roundOption(p);
    if (!round)
        return ctx.usage(round.error());
    if (!p.isSet(u"out"_qs) && !p.isSet(u"pabulib"_qs))
        return ctx.usage(Tr::tr("export needs --out PATH (election record) or --pabulib PATH."));
    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    if (p.isSet(u"pabulib"_qs))
        return exportPabulib(ctx, **st, *round, p.value(u"pabulib"_qs));
    if (Status s = audit::writeElectionRecord(**st, *round, p.value(u"out"_qs)); !s)
        return ctx.fail(s.error());
    (*st)->logEvent(*round, record::EventType::Exported, Tr::tr("Election record exported"));
    auto counts = (*st)->counts(*round);
    const qint64 ballots = counts ? counts->ballots : -1;
    if (ctx.json)
        ctx.printJson({{u"round"_qs, qint64(*round)}, {u"file"_qs, p.value(u"out"_qs)}, {u"ballots"_qs, ballots}});
    else
        ctx.out() << Tr::tr("Wrote the election record of round %1 (%2 ballots) to %3.")
                         .arg(*round)
                         .arg(ballots)
                         .arg(p.value(u"out"_qs))
                  << Qt::endl;
    return ExitOk;
}

} // namespace pbvote::cli
