// pbvote keys …, pbvote codes …
#include "cli/CliContext.h"

#include "store/KeyVault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSaveFile>

namespace pbvote::cli {

namespace {
// Translation context "Cli" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString fingerprint(const QByteArray &publicKey)
{
    return keyFingerprint(publicKey);
}
} // namespace

int keysCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser p;
    int code = 0;
    if (sub == u"create"_qs) {
        p.addOption({u"kind"_qs, Tr::tr("authority (signs manifests and results), election (opens sealed ballots) or "
                                    "kiosk (signs ballots)."),
                     Tr::tr("KIND")});
        p.addOption({u"name"_qs, Tr::tr("Key name (kiosk keys: the kiosk id). Election keys default to election-ROUND."),
                     Tr::tr("NAME")});
        p.addOption({u"round"_qs, Tr::tr("Attach the key to this draft round: the election key, or register the kiosk."),
                     Tr::tr("ID")});
        p.addOption({u"kiosk-name"_qs, Tr::tr("Kiosk keys with --round: the kiosk's name, e.g. \"Central Library\"."),
                     Tr::tr("NAME")});
        p.addOption({u"location"_qs, Tr::tr("Kiosk keys with --round: where the kiosk stands."), Tr::tr("TEXT")});
        p.addOption({u"kdf"_qs, Tr::tr("Passphrase hardening: interactive, moderate or sensitive (default: moderate "
                                   "for kiosk keys, sensitive for the others)."),
                     Tr::tr("LEVEL")});
        if (!ctx.parse(p, u"keys create"_qs, Tr::tr("Create a key pair; the secret half is stored encrypted."),
                       args.mid(1), &code))
            return code;
        store::KeyKind kind;
        if (!store::parseKeyKind(p.value(u"kind"_qs), &kind))
            return ctx.usage(Tr::tr("keys create needs --kind authority, election or kiosk."));
        int64_t round = 0;
        if (p.isSet(u"round"_qs)) {
            auto r = roundOption(p);
            if (!r)
                return ctx.usage(r.error());
            round = *r;
        }
        QString name = p.value(u"name"_qs);
        if (name.isEmpty() && kind == store::KeyKind::Election && round > 0)
            name = u"election-%1"_qs.arg(round);
        if (name.isEmpty())
            return ctx.usage(Tr::tr("keys create needs --name."));
        if (kind == store::KeyKind::Authority && round > 0)
            return ctx.usage(Tr::tr("An authority key is not attached to a round; name it when opening the round."));
        if ((p.isSet(u"kiosk-name"_qs) || p.isSet(u"location"_qs)) && (kind != store::KeyKind::Kiosk || round == 0))
            return ctx.usage(Tr::tr("--kiosk-name and --location describe a kiosk registered for a round: use them "
                                    "with --kind kiosk --round ID."));
        crypto::KdfStrength strength =
            kind == store::KeyKind::Kiosk ? crypto::KdfStrength::Moderate : crypto::KdfStrength::Sensitive;
        if (p.isSet(u"kdf"_qs) && !crypto::parseKdfStrength(p.value(u"kdf"_qs), &strength))
            return ctx.usage(Tr::tr("Unknown --kdf \"%1\": use interactive, moderate or sensitive.").arg(p.value(u"kdf"_qs)));
        auto st = ctx.store();
        if (!st)
            return ctx.fail(st.error());
        auto pass = ctx.passphrase();
        if (!pass)
            return ctx.fail(pass.error());
        store::StoredKey key;
        key.kind = kind;
        key.name = name;
        if (auto made = store::createKey(**st, kind, name, *pass, strength, &key.publicKey); !made)
            return ctx.fail(made.error());
        if (round > 0) {
            Status s = kind == store::KeyKind::Election ? (*st)->setElectionKey(round, name)
                                                        : (*st)->registerKiosk(round, name, key.publicKey,
                                                                               p.value(u"kiosk-name"_qs),
                                                                               p.value(u"location"_qs));
            if (!s)
                return ctx.fail(s.error());
        }
        if (ctx.json) {
            ctx.printJson({{u"kind"_qs, store::keyKindName(kind)},
                           {u"name"_qs, name},
                           {u"public_key"_qs, QString::fromLatin1(key.publicKey.toHex())},
                           {u"fingerprint"_qs, fingerprint(key.publicKey)}});
        } else {
            ctx.out() << Tr::tr("Created %1 key \"%2\", fingerprint %3.")
                             .arg(store::keyKindName(kind), name, fingerprint(key.publicKey))
                      << Qt::endl;
        }
        return ExitOk;
    }
    if (sub == u"list"_qs) {
        if (!ctx.parse(p, u"keys list"_qs, Tr::tr("List keys (public halves and fingerprints only)."), args.mid(1), &code))
            return code;
        auto st = ctx.store();
        if (!st)
            return ctx.fail(st.error());
        auto keys = (*st)->keys();
        if (!keys)
            return ctx.fail(keys.error());
        QJsonArray arr;
        for (const store::StoredKey &k : *keys) {
            if (ctx.json)
                arr.append(QJsonObject{{u"kind"_qs, store::keyKindName(k.kind)},
                                       {u"name"_qs, k.name},
                                       {u"public_key"_qs, QString::fromLatin1(k.publicKey.toHex())},
                                       {u"fingerprint"_qs, fingerprint(k.publicKey)}});
            else
                ctx.out() << store::keyKindName(k.kind) << u"\t"_qs << k.name << u"\t"_qs << fingerprint(k.publicKey)
                          << Qt::endl;
        }
        if (ctx.json)
            ctx.printJson({{u"keys"_qs, arr}});
        return ExitOk;
    }
    if (sub == u"--help"_qs || sub.isEmpty()) {
        ctx.out() << Tr::tr("Usage: pbvote keys create|list [options]") << Qt::endl;
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    return ctx.usage(Tr::tr("Unknown keys subcommand \"%1\".").arg(sub));
}

namespace {
int codesCheck(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"round"_qs, Tr::tr("Round id."), Tr::tr("ID")});
    p.addOption({u"code"_qs, Tr::tr("The access code to check."), Tr::tr("CODE")});
    int code = 0;
    if (!ctx.parse(p, u"codes check"_qs,
                   Tr::tr("Tell whether an access code has been used (its ballot was recorded), is still unused, or "
                      "is not a code of the round. For a voter whose confirmation never appeared."),
                   args, &code))
        return code;
    auto round = roundOption(p);
    if (!round)
        return ctx.usage(round.error());
    if (!p.isSet(u"code"_qs))
        return ctx.usage(Tr::tr("codes check needs --code."));
    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    auto status = (*st)->codeStatus(*round, p.value(u"code"_qs));
    if (!status)
        return ctx.fail(status.error());
    const QString name = *status == store::CodeStatus::Used ? u"used"_qs
        : *status == store::CodeStatus::Unused              ? u"unused"_qs
        : *status == store::CodeStatus::Voided              ? u"withdrawn"_qs
                                                            : u"unknown"_qs;
    if (ctx.json) {
        ctx.printJson({{u"round"_qs, qint64(*round)}, {u"status"_qs, name}});
    } else if (*status == store::CodeStatus::Used) {
        ctx.out() << Tr::tr("This code has been used: its ballot was recorded.") << Qt::endl;
    } else if (*status == store::CodeStatus::Unused) {
        ctx.out() << Tr::tr("This code has not been used: no ballot was recorded with it, and it can still vote.")
                  << Qt::endl;
    } else if (*status == store::CodeStatus::Voided) {
        ctx.out() << Tr::tr("This code was withdrawn (its batch was voided): no ballot was recorded with it, and it "
                            "cannot vote.")
                  << Qt::endl;
    } else {
        ctx.out() << Tr::tr("This is not an access code of round %1.").arg(*round) << Qt::endl;
    }
    return ExitOk;
}
} // namespace

int codesCommand(CliContext &ctx, const QStringList &args)
{
    if (args.value(0) == u"check"_qs)
        return codesCheck(ctx, args.mid(1));
    if (args.value(0) == u"batches"_qs)
        return codesBatchesCommand(ctx, args.mid(1));
    if (args.value(0) == u"void"_qs || args.value(0) == u"restore"_qs)
        return codesVoidCommand(ctx, args.mid(1), args.value(0) == u"void"_qs);
    if (args.value(0) != u"issue"_qs) {
        if (args.value(0) == u"--help"_qs) {
            ctx.out() << Tr::tr("Usage: pbvote codes issue --round ID --count N [--label TEXT] [--district ID] [--out FILE]\n"
                            "       pbvote codes check --round ID --code CODE\n"
                            "       pbvote codes batches --round ID\n"
                            "       pbvote codes void|restore --round ID --batch N")
                      << Qt::endl;
            return ExitOk;
        }
        return ctx.usage(Tr::tr("Usage: pbvote codes issue|check|batches|void|restore [options]"));
    }
    QCommandLineParser p;
    p.addOption({u"round"_qs, Tr::tr("Round id."), Tr::tr("ID")});
    p.addOption({u"count"_qs, Tr::tr("How many one-time voter codes to issue."), Tr::tr("N")});
    p.addOption({u"out"_qs, Tr::tr("Write the codes to FILE (one per line) instead of standard output."), Tr::tr("FILE")});
    p.addOption({u"label"_qs, Tr::tr("What the batch is for, e.g. \"Central Library, week 1\" (see pbvote codes batches)."),
                 Tr::tr("TEXT")});
    p.addOption({u"district"_qs, Tr::tr("The district these codes vote in (default: city-wide)."), Tr::tr("ID")});
    int code = 0;
    if (!ctx.parse(p, u"codes issue"_qs,
                   Tr::tr("Issue one-time access codes. Only hashes are stored: print or hand out the codes now."),
                   args.mid(1), &code))
        return code;
    auto round = roundOption(p);
    if (!round)
        return ctx.usage(round.error());
    auto count = intOption(p, u"count"_qs, 1, 10'000'000);
    if (!count)
        return ctx.usage(count.error());
    auto st = ctx.store();
    if (!st)
        return ctx.fail(st.error());
    const store::CodeBatchOptions batchOptions{p.value(u"label"_qs), p.value(u"district"_qs)};
    if (p.isSet(u"out"_qs)) {
        // The file appears only once the codes are stored; a failure leaves neither.
        QSaveFile f(p.value(u"out"_qs));
        if (!f.open(QIODevice::WriteOnly))
            return ctx.fail(Tr::tr("Cannot write %1: %2").arg(p.value(u"out"_qs), f.errorString()));
        auto batch = (*st)->issueCodeBatch(*round, int(*count), [&](QByteArrayView c) {
            if (f.write(c.data(), c.size()) != c.size() || !f.putChar('\n'))
                return Status::failure(Tr::tr("Cannot write %1: %2").arg(p.value(u"out"_qs), f.errorString()));
            return Status();
        }, batchOptions);
        if (!batch) {
            f.cancelWriting();
            return ctx.fail(batch.error());
        }
        if (!f.commit())
            return ctx.fail(Tr::tr("The codes were stored but %1 could not be written (%2): issue new codes and do "
                               "not use these.")
                                .arg(p.value(u"out"_qs), f.errorString()));
        if (ctx.json)
            ctx.printJson({{u"round"_qs, qint64(*round)},
                           {u"issued"_qs, qint64(*count)},
                           {u"batch"_qs, *batch},
                           {u"file"_qs, p.value(u"out"_qs)}});
        else
            ctx.out() << Tr::tr("Issued %1 codes for round %2 into %3 (batch %4).")
                             .arg(*count)
                             .arg(*round)
                             .arg(p.value(u"out"_qs))
                             .arg(*batch)
                      << Qt::endl;
        return ExitOk;
    }
    // To standard output: collected first so that nothing is printed unless stored.
    QStringList codes;
    auto batch = (*st)->issueCodeBatch(*round, int(*count), [&](QByteArrayView c) {
        codes << QString::fromLatin1(c);
        return Status();
    }, batchOptions);
    if (!batch)
        return ctx.fail(batch.error());
    if (ctx.json) {
        ctx.printJson({{u"round"_qs, qint64(*round)}, {u"batch"_qs, *batch}, {u"codes"_qs, QJsonArray::fromStringList(codes)}});
    } else {
        for (const QString &c : codes)
            ctx.out() << c << u'\n';
        ctx.out() << Qt::flush;
        // Standard output holds only the codes, so that it can be piped to a printer.
        ctx.err() << Tr::tr("Issued %1 codes for round %2 (batch %3).").arg(*count).arg(*round).arg(*batch) << Qt::endl;
    }
    return ExitOk;
}

} // namespace pbvote::cli
