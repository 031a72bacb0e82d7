// Fuzz harness: an untrusted election record through the auditor's verifier
// (audit::verifyRecord), as `pbvote verify` runs it, report included.
//
// Input: the record's bytes (JSON), optionally after one option byte.
//  - Input starting with '{', '[' or JSON white space (every seed does): the whole input is
//    the record, verified with threads = 1 and nothing else given.
//  - Otherwise the first byte `o` says what the auditor also brings, and the record follows:
//      o & 0x01  a receipt: the "receipt" field of ballot number (o >> 4) & 7 of the record
//                itself (found by scanning its text, so that RECEIPT's found paths run), or,
//                if there is no such ballot, a well-formed code that is in no ballot;
//      o & 0x02  witness codes: every "witness" field of the record, then one that matches none;
//      o & 0x04  the authority fingerprint: the record's own "authority_fingerprint", or with
//                o & 0x80 a well-formed wrong one;
//      o & 0x08  an election secret key: the next 64 bytes as hex (not 64 hex digits: a key of
//                the wrong size, which ELECTION_KEY refuses).
// The verifier's clock is fixed (options.now, where the verifier has it) so that the same
// input always takes the same path. pbvote_fuzz_seeds writes option-byte variants of the
// genuine record (with its real election key) next to the plain seeds.
#include "FuzzHarness.h"

#include "audit/Verifier.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace pbvote::fuzz {

namespace {

// A fixed "now" for verifiers that check event times against the clock: 2100-01-01 UTC,
// so the seeds' times are in the past and the fuzzer can still make one lie ahead.
constexpr qint64 FixedNow = 4102444800;

template<typename Options> void fixClock(Options &options)
{
    if constexpr (requires { options.now = FixedNow; })
        options.now = FixedNow;
}

// The bytes a record (an object; the verifier also reads a top-level array, to refuse it)
// may start with.
bool isJsonStart(char c)
{
    return c == '{' || c == '[' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The string values of "key" fields, read straight off the text (no JSON parse, no
// unescaping: the verifier must cope with whatever comes out). At most `max` of them.
QStringList fieldValues(QByteArrayView text, QByteArrayView key, qsizetype max)
{
    QStringList values;
    const QByteArray quoted = '"' + key.toByteArray() + '"';
    qsizetype at = 0;
    while (values.size() < max) {
        at = text.indexOf(quoted, at);
        if (at < 0)
            break;
        qsizetype i = at + quoted.size();
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t'))
            ++i;
        if (i < text.size() && text[i] == ':')
            ++i;
        while (i < text.size() && text[i] == ' ')
            ++i;
        at = i;
        if (i >= text.size() || text[i] != '"')
            continue;
        const qsizetype end = text.indexOf('"', i + 1);
        if (end < 0)
            break;
        values << QString::fromUtf8(text.sliced(i + 1, std::min<qsizetype>(end - i - 1, 64)));
        at = end + 1;
    }
    return values;
}

// Every run reports the same checks in the same order (Verifier.h: "in the documented
// order"); the first report's ids are the reference.
void checkReportShape(const audit::VerifyReport &report)
{
    static const QStringList reference = [&] {
        QStringList ids;
        for (const audit::CheckResult &c : report.checks)
            ids << c.id;
        return ids;
    }();
    if (report.checks.size() != size_t(reference.size()))
        violated("FuzzRecord", "the report does not list every check");
    for (size_t i = 0; i < report.checks.size(); ++i) {
        if (report.checks[i].id != reference[qsizetype(i)])
            violated("FuzzRecord", "the report's checks are not in the documented order");
    }
    if (report.checks.empty() || report.checks.front().id != u"RECORD_FORMAT"_qs)
        violated("FuzzRecord", "the report does not start with RECORD_FORMAT");
    if (!report.checks.front().passed && report.ok())
        violated("FuzzRecord", "RECORD_FORMAT failed yet the report is ok()");
}

} // namespace

void fuzzRecord(const uint8_t *data, std::size_t size)
{
    QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    audit::VerifyOptions options;
    options.threads = 1;
    fixClock(options);
    if (!input.isEmpty() && !isJsonStart(input.front())) {
        const uint8_t o = uint8_t(input.front());
        input = input.sliced(1);
        if (o & 0x08) {
            const QByteArrayView hex = input.first(std::min<qsizetype>(64, input.size()));
            input = input.sliced(hex.size());
            const QByteArray key = QByteArray::fromHex(hex.toByteArray());
            options.electionSecretKey = crypto::SecretBytes::copyOf(key);
        }
        if (o & 0x01) {
            const QStringList receipts = fieldValues(input, "receipt", 8);
            const qsizetype n = (o >> 4) & 7;
            options.receipt = n < receipts.size() ? receipts.at(n) : u"AAAA-BBBB-CCCC-DDDD"_qs;
        }
        if (o & 0x02)
            options.witnessCodes = fieldValues(input, "witness", 16) << u"WWWW-XXXX-YYYY-ZZZZ"_qs;
        if (o & 0x04) {
            const QStringList own = fieldValues(input, "authority_fingerprint", 1);
            options.authorityFingerprint = (o & 0x80) || own.isEmpty() ? u"AAAA-AAAA-AAAA-AAAA"_qs : own.front();
        }
    }

    const audit::VerifyReport report = audit::verifyRecord(input, options);
    checkReportShape(report);
    // What `pbvote verify` prints, in both forms.
    const QByteArray json = QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact);
    const QString text = report.toText();
    if (json.isEmpty() || text.isEmpty())
        violated("FuzzRecord", "the report prints as nothing");
    static const bool verbose = qEnvironmentVariableIsSet("PBVOTE_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "%s\n", qPrintable(text));
}

} // namespace pbvote::fuzz

#ifndef PBVOTE_FUZZ_REPLAY
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    pbvote::fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, std::size_t size)
{
    pbvote::fuzz::fuzzRecord(data, size);
    return 0;
}
#endif
