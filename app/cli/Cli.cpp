#include "cli/Cli.h"

#include "cli/CliContext.h"
#include "cli/TallyPabulib.h"

#include "crypto/Crypto.h"
#include "rules/RuleRegistry.h"
#include "util/Version.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pbvote::cli {

// VerifyCommand.cpp: pbvote verify RECORD.
int verifyCommand(CliContext &ctx, const QStringList &args);

namespace {

// Translation context "Cli" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct CommandEntry
{
    const char *name;
    const char *summary;
    int (*run)(CliContext &, const QStringList &);
};

int rulesCommand(CliContext &ctx, const QStringList &args)
{
    if (args.contains(u"--help"_qs) || args.contains(u"-h"_qs))
        ctx.out() << Tr::tr("Usage: pbvote [--json] rules\nLists every counting rule with what it does:\n") << Qt::endl;
    QJsonArray arr;
    for (const counting::RuleInfo &r : counting::allRules()) {
        if (ctx.json)
            arr.append(QJsonObject{{u"name"_qs, r.name}, {u"title"_qs, r.title}, {u"description"_qs, r.description}});
        else
            ctx.out() << r.name << u"\n    "_qs << r.title << u": "_qs << r.description << Qt::endl;
    }
    if (ctx.json)
        ctx.printJson({{u"rules"_qs, arr}});
    return ExitOk;
}

int pabulibInfoCommand(CliContext &ctx, const QStringList &args)
{
    QStringList forwarded = args;
    if (ctx.json && !forwarded.contains(u"--json"_qs))
        forwarded << u"--json"_qs;
    return pabulibInfo(forwarded, ctx.out(), ctx.err());
}

const CommandEntry commands[] = {
    {"demo", QT_TRANSLATE_NOOP("Cli", "Run the built-in demo round end to end"), demoCommand},
    {"round", QT_TRANSLATE_NOOP("Cli", "create | set | list | show | open | suspend | resume | close rounds"), roundCommand},
    {"project", QT_TRANSLATE_NOOP("Cli", "add | set | remove | translate | list | import | export (CSV) a round's projects"), projectCommand},
    {"district", QT_TRANSLATE_NOOP("Cli", "add a district with its own budget, or remove one"), districtCommand},
    {"keys", QT_TRANSLATE_NOOP("Cli", "create | list authority, election and kiosk keys"), keysCommand},
    {"kiosk", QT_TRANSLATE_NOOP("Cli", "list | register | remove | revoke | reinstate a round's kiosks"), kioskCommand},
    {"codes", QT_TRANSLATE_NOOP("Cli", "issue one-time voter access codes in batches, check one, void a batch"), codesCommand},
    {"cast", QT_TRANSLATE_NOOP("Cli", "cast a ballot (scripting and tests)"), castCommand},
    {"tally", QT_TRANSLATE_NOOP("Cli", "count a closed round, or a Pabulib file with --pabulib"), tallyCommand},
    {"rules", QT_TRANSLATE_NOOP("Cli", "list the counting rules"), rulesCommand},
    {"export", QT_TRANSLATE_NOOP("Cli", "write a round's election record, or its ballots as Pabulib"), exportCommand},
    {"publish", QT_TRANSLATE_NOOP("Cli", "write a tallied round's votes, record and result to a folder"), publishCommand},
    {"receipt", QT_TRANSLATE_NOOP("Cli", "look up a voter's receipt in a published record"), receiptCommand},
    {"verify", QT_TRANSLATE_NOOP("Cli", "check a published election record: signatures, checkpoints, log, codes, count"), verifyCommand},
    {"import", QT_TRANSLATE_NOOP("Cli", "import a Pabulib file as a round for analysis"), importCommand},
    {"pabulib-info", QT_TRANSLATE_NOOP("Cli", "describe a Pabulib .pb file"), pabulibInfoCommand},
    {"bench", QT_TRANSLATE_NOOP("Cli", "measure casting speed (bench cast)"), benchCommand},
};

void printHelp(QTextStream &out)
{
    out << Tr::tr("pbvote %1: participatory budgeting rounds with signed, sealed ballots and exact counting.")
               .arg(versionString())
        << u"\n\n"_qs
        << Tr::tr("Usage: pbvote [--db FILE] [--json] [--passphrase-file FILE] COMMAND [options]") << u"\n\n"_qs
        << Tr::tr("Commands:") << u"\n"_qs;
    for (const CommandEntry &c : commands)
        out << u"  "_qs << QString::fromLatin1(c.name).leftJustified(14) << QCoreApplication::translate("Cli", c.summary)
            << u"\n"_qs;
    out << u"\n"_qs
        << Tr::tr("Global options:\n"
              "  --db FILE               SQLite database (created if missing)\n"
              "  --json                  print results as JSON\n"
              "  --passphrase-file FILE  key passphrase (default: $PBVOTE_PASSPHRASE)\n"
              "  --version               print the version\n"
              "  --help                  this help; pbvote COMMAND --help for a command's options")
        << Qt::endl;
}

} // namespace

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    crypto::hardenProcess();
    if (!crypto::initialize()) {
        err << Tr::tr("pbvote: libsodium could not be initialised.") << Qt::endl;
        return ExitFailed;
    }
    CliContext ctx(out, err);
    QStringList args = arguments.mid(1);
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(u"-"_qs)) {
        const QString opt = args.takeFirst();
        if (opt == u"--version"_qs || opt == u"-v"_qs) {
            out << u"pbvote "_qs << versionString() << Qt::endl;
            return ExitOk;
        }
        if (opt == u"--help"_qs || opt == u"-h"_qs) {
            printHelp(out);
            return ExitOk;
        }
        if (opt == u"--json"_qs) {
            ctx.json = true;
            continue;
        }
        const qsizetype eq = opt.indexOf(u'=');
        const QString name = eq > 0 ? opt.left(eq) : opt;
        if (name != u"--db"_qs && name != u"--passphrase-file"_qs)
            return ctx.usage(Tr::tr("Unknown option %1.").arg(opt));
        QString value;
        if (eq > 0) {
            value = opt.mid(eq + 1);
        } else if (args.isEmpty()) {
            return ctx.usage(Tr::tr("%1 needs a value.").arg(opt));
        } else {
            value = args.takeFirst();
        }
        (name == u"--db"_qs ? ctx.dbPath : ctx.passphraseFile) = value;
    }
    if (args.isEmpty()) {
        printHelp(err);
        return ExitUsage;
    }
    const QString command = args.takeFirst();
    for (const CommandEntry &c : commands) {
        if (command == QLatin1String(c.name))
            return c.run(ctx, args);
    }
    return ctx.usage(Tr::tr("Unknown command \"%1\".").arg(command));
}

} // namespace pbvote::cli
