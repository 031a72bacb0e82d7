// pbvote verify: every check on a published election record, for auditors.
#include "cli/CliContext.h"

#include "audit/AuditReport.h"
#include "audit/Verifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace pbvote::cli {

namespace {
// Translation context "Cli" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// --witness takes a code or a file of codes: one per line, the first word of the line
// (the rest, e.g. the time a poll worker wrote down, is ignored); blank lines and lines
// starting with '#' are skipped.
Result<QStringList> witnessCodes(const QStringList &values)
{
    QStringList codes;
    for (const QString &value : values) {
        if (!QFileInfo(value).isFile()) {
            codes << value;
            continue;
        }
        QFile f(value);
        if (f.size() > 1024 * 1024)
            return Result<QStringList>::failure(Tr::tr("%1 is too large to be a list of witness codes.").arg(value));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return Result<QStringList>::failure(Tr::tr("Cannot read %1: %2").arg(value, f.errorString()));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
        for (const QString &line : lines) {
            const QString trimmed = line.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
                continue;
            codes << trimmed.section(u' ', 0, 0, QString::SectionSkipEmpty).section(u'\t', 0, 0);
        }
    }
    return codes;
}

} // namespace

int verifyCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        u"record"_qs, Tr::tr("The election record (JSON, from pbvote export or publish)."), Tr::tr("RECORD"));
    p.addOption({u"authority"_qs,
        Tr::tr("The authority key's fingerprint as the organizers published it (pbvote keys list). Without "
               "it the key in the record is trusted, with a warning."),
        Tr::tr("FINGERPRINT")});
    p.addOption({u"election-key"_qs,
        Tr::tr("A file holding the round's election secret key as 64 hex digits: every sealed ballot is "
               "opened and compared with the published opened ballots."),
        Tr::tr("FILE")});
    p.addOption({u"witness"_qs,
        Tr::tr("A witness code written down at a kiosk checkpoint, or a file of them (one per line); may be "
               "repeated."),
        Tr::tr("FILE|CODE")});
    p.addOption({u"receipt"_qs, Tr::tr("A voter's receipt code to look up."), Tr::tr("CODE")});
    p.addOption({u"threads"_qs, Tr::tr("Threads for signature checks (default: one per core)."), Tr::tr("N")});
    p.addOption({u"timings"_qs, Tr::tr("Also print how long each phase took (wall-clock and CPU time) to stderr.")});
    p.addOption({u"html"_qs,
        Tr::tr("Also write the report as a web page for people to read and print: the verdict in plain words, "
               "what was and was not verified, every check with its problems."),
        Tr::tr("FILE")});
    int code = 0;
    if (!ctx.parse(p, u"verify"_qs,
            Tr::tr("Check a published election record: every signature, the ballots against the kiosks' "
                   "checkpoints, the event log, the access codes and the count. Exit status 0 only when every "
                   "check passes."),
            args, &code))
        return code;
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1)
        return ctx.usage(Tr::tr("verify needs exactly one RECORD file."));

    audit::VerifyOptions options;
    options.authorityFingerprint = p.value(u"authority"_qs);
    if (p.isSet(u"authority"_qs) && options.authorityFingerprint.isEmpty())
        return ctx.usage(Tr::tr("--authority needs the fingerprint."));
    if (p.isSet(u"election-key"_qs)) {
        auto key = audit::readElectionKeyFile(p.value(u"election-key"_qs));
        if (!key)
            return ctx.fail(key.error());
        options.electionSecretKey = std::move(*key);
    }
    auto witness = witnessCodes(p.values(u"witness"_qs));
    if (!witness)
        return ctx.fail(witness.error());
    options.witnessCodes = *witness;
    options.receipt = p.value(u"receipt"_qs);
    if (p.isSet(u"receipt"_qs) && options.receipt.isEmpty())
        return ctx.usage(Tr::tr("--receipt needs the receipt code."));
    if (p.isSet(u"threads"_qs)) {
        auto threads = intOption(p, u"threads"_qs, 1, 1024);
        if (!threads)
            return ctx.usage(threads.error());
        options.threads = int(*threads);
    }
    const QString htmlPath = p.value(u"html"_qs);
    if (p.isSet(u"html"_qs) && htmlPath.isEmpty())
        return ctx.usage(Tr::tr("--html needs the file to write."));

    const QDateTime verifiedAt = QDateTime::currentDateTimeUtc();
    const audit::VerifyReport report = audit::verifyRecordFile(positional.first(), options);
    if (ctx.json) {
        QJsonObject o = report.toJson();
        o[u"record"_qs] = positional.first();
        ctx.printJson(o);
    } else {
        ctx.out() << report.toText() << Qt::flush;
    }
    if (p.isSet(u"timings"_qs)) {
        qint64 wall = 0;
        qint64 cpu = 0;
        for (const audit::PhaseTiming &t : report.timings) {
            ctx.err() << Tr::tr("%1 ms wall, %2 ms CPU: %3").arg(t.wallMs, 7).arg(t.cpuMs, 7).arg(t.phase) << '\n';
            wall += t.wallMs;
            cpu += t.cpuMs;
        }
        ctx.err() << Tr::tr("%1 ms wall, %2 ms CPU in all").arg(wall, 7).arg(cpu, 7) << Qt::endl;
    }
    if (!htmlPath.isEmpty()) {
        const audit::AuditReportInfo info = audit::auditReportInfo(positional.first(), options, verifiedAt);
        if (Status s = audit::writeAuditReportHtml(htmlPath, report, info); !s)
            return ctx.fail(s.error());
    }
    return report.ok() ? ExitOk : ExitFailed;
}

} // namespace pbvote::cli
