#pragma once

#include "audit/Verifier.h"
#include "util/Result.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

// The auditor's printable report: what pbvote verify found, as an HTML page a person who
// is not an expert can read (verdict first, then what was and was not verified, then
// every check with its problems). GUI-free: the CLI writes it (pbvote verify --html) and
// the auditor's window saves it as HTML or lays it out as a PDF.
namespace pbvote::audit {

// What the report says about the verification besides the verifier's findings: which
// file, which options, which program, when.
struct AuditReportInfo
{
    QString recordFileName; // the file's name, without its folder
    qint64 recordSize = -1; // bytes; -1: the file could not be read
    QString recordSha256; // SHA-256 of the file's bytes, lowercase hex (as sha256sum prints it); empty: unread
    QString authorityFingerprint; // as the auditor gave it; empty: the authority key was not pinned
    int witnessCodes = 0; // how many witness codes were given
    bool electionKeyUsed = false;
    QString receipt; // the receipt code looked up; empty: none
    QString pbvoteVersion;
    QDateTime verifiedAt;
    // The report's language: its lang attribute, and dir="rtl" for a right-to-left one.
    QLocale locale;
};

// The info for a verification of `recordPath` with `options` at `verifiedAt`: the file's
// name, size and SHA-256 (read in pieces, so a large record is not held twice), the
// options, this program's version and the default locale.
AuditReportInfo auditReportInfo(const QString &recordPath, const VerifyOptions &options, const QDateTime &verifiedAt);

enum class Verdict {
    Passed, // every check passed (skipped ones included)
    PassedWithWarnings, // no check failed, some warn: a person must read them
    Failed, // at least one check failed
};
Verdict verdictOf(const VerifyReport &report);

// The verdict in plain words, e.g. "The published result matches the ballots" or
// "Verification FAILED: 2 checks found problems".
QString verdictHeadline(const VerifyReport &report);
// One or two sentences under the headline: which checks warn or fail, by their ids.
QString verdictDetail(const VerifyReport &report);

// A check's status as a word in the reader's language: "Passed", "Warning", "FAILED",
// "Skipped" (the colour of a status is never its only sign).
QString statusWord(const CheckResult &check);

// What was verified and what was not, one sentence each: the authority key pinned or
// not, witness codes, the election key, the receipt.
QStringList coverageSentences(const VerifyReport &report, const AuditReportInfo &info);

// One check as an HTML fragment: its status in words, id and title, then its problems
// (or warnings) and its notes, every text escaped.
QString checkDetailsHtml(const CheckResult &check);

enum class ReportFlavour {
    Html5, // for browsers: valid HTML5, mirrored by the browser when right to left
    QtRichText, // for QTextDocument (the PDF): tables mirrored and aligned by hand
};

// The report as a complete HTML5 page (UTF-8; every text escaped), print-friendly.
QString auditReportHtml(
    const VerifyReport &report, const AuditReportInfo &info, ReportFlavour flavour = ReportFlavour::Html5);

// Writes the HTML report to `path` atomically (QSaveFile): a failure leaves no file.
Status writeAuditReportHtml(const QString &path, const VerifyReport &report, const AuditReportInfo &info);

// The witness codes in a poll worker's paper log typed or pasted as text, read as
// `pbvote verify --witness FILE` reads a file: one per line, the first word of the line
// (the rest, e.g. the time written down, is ignored); blank lines and lines starting with
// '#' are skipped.
QStringList witnessCodesFromText(const QString &text);

} // namespace pbvote::audit
