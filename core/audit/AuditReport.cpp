#include "audit/AuditReport.h"

#include "util/Version.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <climits>

namespace pbvote::audit {

namespace {

// Translation context "AuditReport" (lupdate reads AuditReportTr::tr calls with it).
class AuditReportTr
{
    Q_DECLARE_TR_FUNCTIONS(AuditReport)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A code, file name or number inside a sentence: isolated (U+2068 … U+2069), so that a
// right-to-left sentence does not reorder its dashes, dots and digits.
QString iso(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

QString joinIds(const QStringList &ids)
{
    QStringList isolated;
    isolated.reserve(ids.size());
    for (const QString &id : ids)
        isolated << iso(id);
    return isolated.join(AuditReportTr::tr(", ", "between check ids"));
}

// The CSS class of a status: colour and border, always next to the status in words.
QString statusClass(const CheckResult &c)
{
    if (!c.passed)
        return u"fail"_qs;
    if (c.warning)
        return u"warn"_qs;
    if (c.skipped)
        return u"skip"_qs;
    return u"pass"_qs;
}

QString verdictClass(Verdict v)
{
    switch (v) {
    case Verdict::Passed:
        return u"pass"_qs;
    case Verdict::PassedWithWarnings:
        return u"warn"_qs;
    case Verdict::Failed:
        return u"fail"_qs;
    }
    return {};
}

// A sign beside the verdict's words (and never instead of them).
QString verdictMark(Verdict v)
{
    switch (v) {
    case Verdict::Passed:
        return QString(QChar(0x2714)); // heavy check mark
    case Verdict::PassedWithWarnings:
        return QString(QChar(0x26A0)); // warning sign
    case Verdict::Failed:
        return QString(QChar(0x2716)); // heavy multiplication x
    }
    return {};
}

// Print-friendly CSS that Qt's rich text (the PDF) understands as well as browsers do:
// the verdict's box is a one-cell table (Qt draws cell borders and padding, not a div's),
// sizes are keywords, and text aligns to the start side of the language (%1).
QString css(bool rtl)
{
    return uR"(
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #000; background: #fff; line-height: 1.35;
       max-width: 60em; margin: 1.5em auto; padding: 0 1em; }
h1 { font-size: x-large; margin: 0 0 0.4em 0; }
h2 { font-size: large; margin: 1.2em 0 0.4em 0; }
h3 { font-size: medium; margin: 0.8em 0 0.2em 0; }
p { margin: 0.3em 0; }
ul { margin: 0.2em 0 0.4em 0; }
code { font-family: "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #888888; padding: 4px 6px; vertical-align: top; text-align: %1; }
th { background-color: #e8e8e8; }
table.verdict { margin: 0.6em 0 1em 0; }
table.verdict td { border-width: 3px; border-style: solid; padding: 10px 14px; }
table.verdict td.pass { border-color: #1a7f37; background-color: #e9f7ee; }
table.verdict td.warn { border-color: #9a6700; background-color: #fff6d6; }
table.verdict td.fail { border-color: #b42318; background-color: #fdecea; }
.headline { font-size: x-large; font-weight: bold; margin: 0 0 0.3em 0; }
.status { font-weight: bold; white-space: nowrap; }
.status.pass { color: #1a7f37; }
.status.warn { color: #7a5200; }
.status.fail { color: #b42318; }
.status.skip { color: #555555; }
.check { margin: 0.8em 0; break-inside: avoid; page-break-inside: avoid; }
.label { font-weight: bold; }
.small { font-size: small; color: #333333; }
@page { size: A4; margin: 2cm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  table.verdict td, .status, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)"_qs.arg(rtl ? u"right"_qs : u"left"_qs);
}

// Table rows for the report's flavour. Browsers mirror a table in a right-to-left page
// themselves; Qt's rich text does not, and aligns header cells to the centre, so for it
// the cells of a right-to-left row are written in reverse and each is aligned.
class Tables
{
public:
    Tables(bool rtl, ReportFlavour flavour) : m_rtl(rtl), m_richText(flavour == ReportFlavour::QtRichText) { }

    // A cell: `tag` is "th" or "td"; `attributes` start with a space when given.
    QString cell(const QString &tag, const QString &contentHtml, const QString &attributes = {}) const
    {
        const QString align = m_richText ? (m_rtl ? u" align=\"right\""_qs : u" align=\"left\""_qs) : QString();
        return u'<' + tag + attributes + align + u'>' + contentHtml + u"</"_qs + tag + u'>';
    }
    QString row(QStringList cells) const
    {
        if (m_richText && m_rtl)
            std::reverse(cells.begin(), cells.end());
        return u"<tr>"_qs + cells.join(QString()) + u"</tr>\n"_qs;
    }

private:
    bool m_rtl;
    bool m_richText;
};

QString listHtml(const QStringList &items)
{
    // dir="auto": a message the verifier wrote in another script (a file name, an English
    // sentence not yet translated) keeps its own direction inside a right-to-left page.
    QString html = u"<ul>\n"_qs;
    for (const QString &item : items)
        html += u"<li dir=\"auto\">"_qs + esc(item) + u"</li>\n"_qs;
    return html + u"</ul>\n"_qs;
}

QString recordFacts(const VerifyReport &report, const AuditReportInfo &info, const Tables &t)
{
    const QLocale &l = info.locale;
    const QString unknown = AuditReportTr::tr("unknown (the record could not be read)");
    const auto fact = [&t](const QString &label, const QString &valueHtml) {
        return t.row({t.cell(u"th"_qs, esc(label), u" scope=\"row\""_qs), t.cell(u"td"_qs, valueHtml)});
    };
    const auto code = [](const QString &text) -> QString { return u"<code>"_qs + esc(text) + u"</code>"_qs; };
    QString html = u"<table class=\"facts\">\n"_qs;
    html += fact(AuditReportTr::tr("Election"), esc(report.electionName.isEmpty() ? unknown : report.electionName));
    html
        += fact(AuditReportTr::tr("Election id"), report.electionId.isEmpty() ? esc(unknown) : code(report.electionId));
    if (report.version > 0) {
        html += fact(AuditReportTr::tr("Record format version"), esc(l.toString(report.version)));
        html += fact(AuditReportTr::tr("Ballots"), esc(l.toString(report.ballots)));
        html += fact(AuditReportTr::tr("Kiosks"), esc(l.toString(report.kiosks)));
        html += fact(AuditReportTr::tr("Checkpoints"), esc(l.toString(report.checkpoints)));
        html += fact(AuditReportTr::tr("Logged events"), esc(l.toString(report.events)));
        html += fact(AuditReportTr::tr("Results"), esc(l.toString(report.results)));
    }
    html += fact(AuditReportTr::tr("Key that signed the record (fingerprint)"),
        report.authorityFingerprint.isEmpty() ? esc(unknown) : code(report.authorityFingerprint));
    html += fact(AuditReportTr::tr("File"), esc(iso(info.recordFileName)));
    if (info.recordSize >= 0)
        html += fact(AuditReportTr::tr("Size"),
            esc(AuditReportTr::tr("%1 (%2 bytes)")
                    .arg(iso(l.formattedDataSize(info.recordSize)), iso(l.toString(info.recordSize)))));
    html += fact(AuditReportTr::tr("SHA-256 of the file"),
        info.recordSha256.isEmpty() ? esc(AuditReportTr::tr("unknown (the file could not be read)"))
                                    : code(info.recordSha256));
    if (info.verifiedAt.isValid())
        html += fact(AuditReportTr::tr("Verified on"),
            esc(AuditReportTr::tr("%1 (%2)", "local time (UTC time)")
                    .arg(iso(l.toString(info.verifiedAt.toLocalTime(), QLocale::LongFormat)),
                        iso(info.verifiedAt.toUTC().toString(Qt::ISODate)))));
    html += fact(AuditReportTr::tr("Verified with"),
        esc(AuditReportTr::tr("pbvote %1")
                .arg(iso(info.pbvoteVersion.isEmpty() ? versionString() : info.pbvoteVersion))));
    return html + u"</table>\n"_qs;
}

QString receiptHtml(const VerifyReport &report, const AuditReportInfo &info)
{
    const ReceiptAnswer &r = report.receipt;
    const QString code = iso(info.receipt);
    QStringList lines;
    if (!r.found) {
        lines << AuditReportTr::tr("Receipt %1 is NOT in this record. Check the code; if it is right, report it to the "
                                   "organizers and the auditors.")
                     .arg(code);
    } else {
        lines << AuditReportTr::tr("Receipt %1 is in the record: ballot %2 (number %3 in the record's list), cast at "
                                   "kiosk %4, batch %5.")
                     .arg(code, iso(r.ballotId), info.locale.toString(qint64(r.index)), iso(r.kioskId),
                         info.locale.toString(r.batch));
        lines << (r.signatureValid ? AuditReportTr::tr("Its kiosk's signature is valid.")
                                   : AuditReportTr::tr("Its signature does NOT verify: report this to the auditors."));
        if (r.signatureValid)
            lines << (r.counted ? AuditReportTr::tr("It is counted in the result.")
                                : AuditReportTr::tr("It is NOT counted in any result of this record; the receipt "
                                                    "check below says why."));
    }
    QString html = u"<h2>"_qs + esc(AuditReportTr::tr("The voter's receipt")) + u"</h2>\n"_qs;
    for (const QString &line : lines)
        html += u"<p>"_qs + esc(line) + u"</p>\n"_qs;
    return html;
}

QString checksTable(const VerifyReport &report, const Tables &t)
{
    QString html = u"<table class=\"checks\">\n<thead>"_qs
        + t.row({t.cell(u"th"_qs, esc(AuditReportTr::tr("Status"))), t.cell(u"th"_qs, esc(AuditReportTr::tr("Check"))),
            t.cell(u"th"_qs, esc(AuditReportTr::tr("What it checks")))})
        + u"</thead>\n<tbody>\n"_qs;
    for (const CheckResult &c : report.checks) {
        html += t.row({t.cell(u"td"_qs, esc(statusWord(c)), u" class=\"status "_qs + statusClass(c) + u'"'),
            t.cell(u"td"_qs, u"<code>"_qs + esc(c.id) + u"</code>"_qs),
            t.cell(u"td"_qs, esc(c.title), u" dir=\"auto\""_qs)});
    }
    return html + u"</tbody>\n</table>\n"_qs;
}

} // namespace

QString checkDetailsHtml(const CheckResult &c)
{
    QString html = u"<div class=\"check\" id=\"check-"_qs + esc(c.id) + u"\">\n<h3><span class=\"status "_qs
        + statusClass(c) + u"\">"_qs + esc(statusWord(c)) + u"</span> \u2014 <code>"_qs + esc(c.id)
        + u"</code></h3>\n<p dir=\"auto\">"_qs + esc(c.title) + u"</p>\n"_qs;
    if (!c.problems.isEmpty()) {
        html += u"<p class=\"label\">"_qs
            + esc(c.passed ? AuditReportTr::tr("Warnings to read:") : AuditReportTr::tr("Problems found:"))
            + u"</p>\n"_qs + listHtml(c.problems);
    }
    if (!c.notes.isEmpty()) {
        html += u"<p class=\"label\">"_qs
            + esc(c.skipped ? AuditReportTr::tr("Why it did not run:") : AuditReportTr::tr("What was checked:"))
            + u"</p>\n"_qs + listHtml(c.notes);
    }
    return html + u"</div>\n"_qs;
}

AuditReportInfo auditReportInfo(const QString &recordPath, const VerifyOptions &options, const QDateTime &verifiedAt)
{
    AuditReportInfo info;
    const QFileInfo file(recordPath);
    info.recordFileName = file.fileName().isEmpty() ? QDir::toNativeSeparators(recordPath) : file.fileName();
    QFile f(recordPath);
    if (file.isFile() && f.open(QIODevice::ReadOnly)) {
        QCryptographicHash sha(QCryptographicHash::Sha256);
        if (sha.addData(&f) && f.error() == QFileDevice::NoError) {
            info.recordSize = f.size();
            info.recordSha256 = QString::fromLatin1(sha.result().toHex());
        }
    }
    info.authorityFingerprint = options.authorityFingerprint;
    info.witnessCodes = int(std::min<qsizetype>(options.witnessCodes.size(), INT_MAX));
    info.electionKeyUsed = !options.electionSecretKey.isEmpty();
    info.receipt = options.receipt;
    info.pbvoteVersion = versionString();
    info.verifiedAt = verifiedAt;
    return info;
}

Verdict verdictOf(const VerifyReport &report)
{
    if (!report.ok())
        return Verdict::Failed;
    return report.warningIds().isEmpty() ? Verdict::Passed : Verdict::PassedWithWarnings;
}

QString verdictHeadline(const VerifyReport &report)
{
    const bool counted = report.results > 0;
    switch (verdictOf(report)) {
    case Verdict::Passed:
        return counted ? AuditReportTr::tr("The published result matches the ballots")
                       : AuditReportTr::tr("Every check passed; the record holds no result yet");
    case Verdict::PassedWithWarnings:
        return counted ? AuditReportTr::tr("The published result matches the ballots, with warnings to read")
                       : AuditReportTr::tr("Every check passed, with warnings to read; the record holds no result yet");
    case Verdict::Failed:
        break;
    }
    const QStringList failed = report.failedIds();
    // An empty report (no check at all) fails too: say so rather than "0 checks".
    if (failed.isEmpty())
        return AuditReportTr::tr("Verification FAILED: no check could run");
    return AuditReportTr::tr("Verification FAILED: %n check(s) found problems", nullptr, int(failed.size()));
}

QString verdictDetail(const VerifyReport &report)
{
    const int total = int(report.checks.size());
    const int skipped = int(std::count_if(
        report.checks.begin(), report.checks.end(), [](const CheckResult &c) { return c.passed && c.skipped; }));
    QStringList parts;
    switch (verdictOf(report)) {
    case Verdict::Passed:
    case Verdict::PassedWithWarnings: {
        parts << AuditReportTr::tr("%n check(s) ran without finding a problem.", nullptr, total - skipped);
        const QStringList warnings = report.warningIds();
        if (!warnings.isEmpty())
            parts << AuditReportTr::tr("Read the warning of %1 below.", nullptr, int(warnings.size()))
                         .arg(joinIds(warnings));
        if (skipped > 0)
            parts << AuditReportTr::tr("%n check(s) did not run (see why below).", nullptr, skipped);
        break;
    }
    case Verdict::Failed: {
        const QStringList failed = report.failedIds();
        if (!failed.isEmpty())
            parts << AuditReportTr::tr("Failed: %1.").arg(joinIds(failed));
        parts << AuditReportTr::tr("Do not trust this record until the organizers explain every problem listed "
                                   "below.");
        break;
    }
    }
    return parts.join(u' ');
}

QString statusWord(const CheckResult &check)
{
    const QString status = check.status();
    if (status == u"PASS"_qs)
        return AuditReportTr::tr("Passed");
    if (status == u"WARN"_qs)
        return AuditReportTr::tr("Warning");
    if (status == u"FAIL"_qs)
        return AuditReportTr::tr("FAILED");
    if (status == u"SKIP"_qs)
        return AuditReportTr::tr("Not run");
    return status; // a status this version does not know: as the verifier says it
}

QStringList coverageSentences(const VerifyReport &report, const AuditReportInfo &info)
{
    QStringList s;
    const QString recordKey = iso(report.authorityFingerprint);
    if (report.authorityPinned)
        s << AuditReportTr::tr("The authority's key was compared with the fingerprint you gave (%1): the record is "
                               "signed by the key the organizers published.")
                 .arg(iso(info.authorityFingerprint));
    else if (!info.authorityFingerprint.isEmpty())
        s << (report.authorityFingerprint.isEmpty()
                ? AuditReportTr::tr("The fingerprint you gave (%1) could not be compared: the record's key could not "
                                    "be read.")
                      .arg(iso(info.authorityFingerprint))
                : AuditReportTr::tr("The fingerprint you gave (%1) is NOT the one of the key that signed this record "
                                    "(%2).")
                      .arg(iso(info.authorityFingerprint), recordKey));
    else
        s << (report.authorityFingerprint.isEmpty()
                ? AuditReportTr::tr("The authority's key was NOT compared with a published fingerprint.")
                : AuditReportTr::tr("The authority's key was NOT compared with a published fingerprint: the key in "
                                    "the record (%1) was trusted. Compare it with the fingerprint on the city's "
                                    "poster or website.")
                      .arg(recordKey));
    if (info.witnessCodes > 0)
        s << AuditReportTr::tr(
            "%n witness code(s) written down at the kiosks were compared with the record.", nullptr, info.witnessCodes);
    else
        s << AuditReportTr::tr("No witness codes were given: the kiosks' checkpoints were not compared with what the "
                               "poll workers wrote down.");
    if (info.electionKeyUsed)
        s << AuditReportTr::tr("The election key was used: every sealed vote was opened and compared with the "
                               "published opened ballots.");
    else
        s << AuditReportTr::tr("The election key was not used (only a trusted auditor holds it): the sealed votes "
                               "were not opened; the count was checked on the published opened ballots.");
    if (!info.receipt.isEmpty())
        s << AuditReportTr::tr("A voter's receipt (%1) was looked up.").arg(iso(info.receipt));
    else
        s << AuditReportTr::tr("No voter's receipt was looked up.");
    return s;
}

QString auditReportHtml(const VerifyReport &report, const AuditReportInfo &info, ReportFlavour flavour)
{
    const Verdict verdict = verdictOf(report);
    const QString lang = info.locale.bcp47Name();
    const bool rtl = info.locale.textDirection() == Qt::RightToLeft;
    const Tables tables(rtl, flavour);
    const QString title = report.electionName.isEmpty()
        ? AuditReportTr::tr("Audit of an election record")
        : AuditReportTr::tr("Audit of the election record of %1").arg(report.electionName);

    QString html = u"<!DOCTYPE html>\n<html lang=\""_qs + esc(lang) + u'"' + (rtl ? u" dir=\"rtl\""_qs : QString())
        + u">\n<head>\n<meta charset=\"utf-8\">\n"_qs
        + u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_qs + esc(title)
        + u"</title>\n<style>"_qs + css(rtl) + u"</style>\n</head>\n<body"_qs + (rtl ? u" dir=\"rtl\""_qs : QString())
        + u">\n"_qs;
    html += u"<h1>"_qs + esc(title) + u"</h1>\n"_qs;

    html += u"<table class=\"verdict\" role=\"presentation\"><tr><td class=\""_qs + verdictClass(verdict)
        + u"\">\n<p class=\"headline\">"_qs + esc(verdictMark(verdict)) + u' ' + esc(verdictHeadline(report))
        + u"</p>\n<p>"_qs + esc(verdictDetail(report)) + u"</p>\n</td></tr></table>\n"_qs;

    html += u"<h2>"_qs + esc(AuditReportTr::tr("What was verified, and what was not")) + u"</h2>\n"_qs;
    html += listHtml(coverageSentences(report, info));

    if (report.receipt.asked)
        html += receiptHtml(report, info);

    html += u"<h2>"_qs + esc(AuditReportTr::tr("The record")) + u"</h2>\n"_qs + recordFacts(report, info, tables);

    html += u"<h2>"_qs + esc(AuditReportTr::tr("The checks")) + u"</h2>\n"_qs;
    html += u"<p class=\"small\">"_qs
        + esc(AuditReportTr::tr("\"Warning\": the check passed, but a person must read why. \"Not run\": there was "
                                "nothing to check, or what it needs was not given."))
        + u"</p>\n"_qs;
    html += checksTable(report, tables);

    html += u"<h2>"_qs + esc(AuditReportTr::tr("Each check in detail")) + u"</h2>\n"_qs;
    for (const CheckResult &c : report.checks)
        html += checkDetailsHtml(c);

    html += u"<hr>\n<p class=\"small\">"_qs
        + esc(AuditReportTr::tr("Anyone can repeat these checks on the same file (same SHA-256) with the command "
                                "\"pbvote verify\" or the pbvote-audit program; docs/election-record.md describes "
                                "every check."))
        + u"</p>\n</body>\n</html>\n"_qs;
    return html;
}

Status writeAuditReportHtml(const QString &path, const VerifyReport &report, const AuditReportInfo &info)
{
    const auto failure = [&path](const QString &why) {
        return Status::failure(
            AuditReportTr::tr("Cannot write the audit report to \"%1\": %2").arg(QDir::toNativeSeparators(path), why));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    const QByteArray bytes = auditReportHtml(report, info).toUtf8();
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return failure(why);
    }
    if (!file.commit())
        return failure(file.errorString());
    return {};
}

QStringList witnessCodesFromText(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_qs);
    QStringList codes;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        codes << trimmed.section(space, 0, 0);
    }
    return codes;
}

} // namespace pbvote::audit
