// pbvote demo: a whole round end to end on the built-in demo data.
#include "cli/CliContext.h"
#include "cli/DemoSetup.h"

#include "formats/OutcomeJson.h"
#include "store/RoundCounter.h"
#include "util/Money.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

namespace pbvote::cli {

Result<QJsonObject> tallyRound(CliContext &ctx, int64_t roundId, const QString &rule,
                               const counting::RuleOptions &options, QString *text);

namespace {
// Translation context "Cli" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// A plausible knapsack/approval ballot: projects have different popularity, and the
// voter adds projects in a random order while they fit.
Ballot randomBallot(const Round &r, QRandomGenerator &rng)
{
    std::vector<int> order(r.projects.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    // Popularity weights so the result is not a coin toss.
    std::vector<double> key(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        key[i] = rng.generateDouble() * (1.0 + double((i * 7) % 5));
    std::sort(order.begin(), order.end(), [&](int a, int b) { return key[size_t(a)] > key[size_t(b)]; });
    const int want = 1 + int(rng.bounded(std::max(1, int(order.size()) / 2)));
    Ballot b;
    int64_t spent = 0;
    for (int i : order) {
        if (int(b.choices.size()) >= want || (r.rules.maxSelections > 0 && int(b.choices.size()) >= r.rules.maxSelections))
            break;
        const int64_t cost = r.projects[size_t(i)].cost;
        if (r.rules.kind == BallotKind::Knapsack && spent + cost > r.budget)
            continue;
        spent += cost;
        b.choices.push_back({i, 1});
    }
    return b;
}

} // namespace

int demoCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"ballots"_qs, Tr::tr("How many voters cast a random valid ballot (default 25)."), Tr::tr("N"), u"25"_qs});
    p.addOption({u"seed"_qs, Tr::tr("Seed for the voters' random choices (default: random)."), Tr::tr("N")});
    int code = 0;
    if (!ctx.parse(p, u"demo"_qs,
                   Tr::tr("Set up the built-in demo round, issue codes, cast ballots through the real signing and "
                      "sealing path, close, tally and print what happened. Keys use the passphrase from "
                      "--passphrase-file or PBVOTE_PASSPHRASE, or \"pbvote-demo\" when neither is given."),
                   args, &code))
        return code;
    auto count = intOption(p, u"ballots"_qs, 0, 1'000'000);
    if (!count)
        return ctx.usage(count.error());
    QRandomGenerator rng = p.isSet(u"seed"_qs) ? QRandomGenerator(p.value(u"seed"_qs).toUInt())
                                               : QRandomGenerator(QRandomGenerator::system()->generate());
    if (ctx.passphraseFile.isEmpty() && !qEnvironmentVariableIsSet("PBVOTE_PASSPHRASE"))
        qputenv("PBVOTE_PASSPHRASE", DemoPassphrase);
    const QString kioskId = u"LIB-01"_qs;
    auto st = ctx.store(kioskId);
    if (!st)
        return ctx.fail(st.error());
    store::BallotStore &store = **st;
    auto pass = ctx.passphrase();
    if (!pass)
        return ctx.fail(pass.error());
    QTextStream &o = ctx.out();
    const bool say = !ctx.json;

    auto demo = loadDemoRound();
    if (!demo)
        return ctx.fail(demo.error());
    auto prepared = prepareDemoKiosk(store, *pass, *demo, kioskId, int(std::max<int64_t>(*count, 1)));
    if (!prepared)
        return ctx.fail(prepared.error());
    const int64_t *roundId = &prepared->roundId;
    const crypto::SecretBytes *kiosk = &prepared->kioskKey;
    const DemoKiosk &codes = *prepared;
    if (say) {
        o << Tr::tr("1. Created round %1 \"%2\": %3 projects, budget %4 %5, knapsack ballot.")
                 .arg(*roundId)
                 .arg(demo->name)
                 .arg(demo->projects.size())
                 .arg(formatMoney(demo->budget), demo->currency)
          << Qt::endl;
        o << Tr::tr("2. Keys: authority (signs the manifest and results), election (opens sealed ballots, never on a "
                "kiosk), kiosk %1 (signs each ballot).")
                 .arg(kioskId)
          << Qt::endl;
        o << Tr::tr("3. Issued %1 one-time access codes (only their hashes are stored) and opened voting.")
                 .arg(codes.codeCount)
          << Qt::endl;
    }

    QStringList receipts;
    for (int64_t i = 0; i < *count; ++i) {
        auto receipt = store.cast(*roundId, kioskId, *kiosk, codes.code(int(i)), randomBallot(*demo, rng));
        if (!receipt)
            return ctx.fail(Tr::tr("Voter %1: %2").arg(i + 1).arg(receipt.error()));
        receipts << receipt->receipt;
    }
    if (say) {
        o << Tr::tr("4. %1 voters cast a ballot at kiosk %2; each was sealed, signed and committed.")
                 .arg(*count)
                 .arg(kioskId)
          << Qt::endl;
        for (int i = 0; i < std::min<int>(3, int(receipts.size())); ++i)
            o << Tr::tr("   receipt of voter %1: %2").arg(i + 1).arg(receipts[i]) << Qt::endl;
    }
    // A spent code cannot vote twice.
    if (*count > 0) {
        auto again = store.cast(*roundId, kioskId, *kiosk, codes.code(0), randomBallot(*demo, rng));
        if (again)
            return ctx.fail(Tr::tr("A used access code was accepted a second time; this must never happen."));
        if (say)
            o << Tr::tr("   a second ballot with voter 1's code was refused: %1").arg(again.error()) << Qt::endl;
    }
    auto closed = store.close(*roundId, *count > 0 ? &*kiosk : nullptr);
    if (!closed)
        return ctx.fail(closed.error());
    if (say)
        o << Tr::tr("5. Voting closed. Kiosk %1 signed its final checkpoint; witness code %2.")
                 .arg(kioskId, closed->witness.isEmpty() ? Tr::tr("(none: no ballots)") : closed->witness)
          << Qt::endl;

    QString text;
    auto result = tallyRound(ctx, *roundId, u"greedy"_qs, {}, &text);
    if (!result)
        return ctx.fail(result.error());
    if (ctx.json) {
        QJsonObject out{{u"round"_qs, qint64(*roundId)},
                        {u"ballots"_qs, qint64(*count)},
                        {u"witness"_qs, closed->witness},
                        {u"receipts"_qs, QJsonArray::fromStringList(receipts.mid(0, 3))},
                        {u"result"_qs, *result}};
        ctx.printJson(out);
    } else {
        o << Tr::tr("6. Opened the sealed ballots with the election key and counted them (greedy by votes):") << Qt::endl
          << text << Qt::endl
          << Tr::tr("Export the election record with: pbvote --db %1 export --round %2 --out record.json")
                 .arg(ctx.dbPath)
                 .arg(*roundId)
          << Qt::endl;
    }
    return ExitOk;
}

} // namespace pbvote::cli
