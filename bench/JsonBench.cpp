// pbvote-bench-json: how fast the auditor's canonical-JSON check runs on one core.
//
//   pbvote-bench-json [RECORD.json] [--runs R]
//
// Reads the record (or, with no file, generates a 100 MB document shaped like an election
// record: objects of long base64 strings, indented with four spaces) and times, best of R
// runs (3 by default):
//   cjson   cjson::Document::parse (parses and checks canonicity in one pass);
//   skim    the same with the verifier's large arrays deferred (ParseOptions): what
//           `pbvote verify` does on one core before its workers start;
//   + elems the skim, then every deferred element parsed (Value::parseDeferred), on one
//           core: the same checks as cjson;
//   qt      QJsonDocument::fromJson + toJson(Compact) + compare with stripJsonWhitespace
//           (what the verifier did before).
// Reports MB/s (1 MB = 10^6 bytes) by wall time and by this process's CPU time
// (CLOCK_PROCESS_CPUTIME_ID): the machine is shared, so wall time may include waiting.

#include "audit/CanonicalJson.h"
#include "audit/Verifier.h"

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cstdio>
#include <cstring>
#include <functional>
#include <limits>

#include <time.h>

using namespace pbvote;

namespace {

double now(clockid_t clock)
{
    timespec ts {};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

QByteArray base64Of(QRandomGenerator &random, int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(random.bounded(256));
    return raw.toBase64();
}

// About `target` bytes, shaped like a record: ballots and events of base64, indented.
QByteArray makeRecord(qsizetype target)
{
    QRandomGenerator random(20240601);
    QByteArray out;
    out.reserve(target + (1 << 20));
    out += "{\n    \"authority_public_key\": \"" + QByteArray(64, 'a') + "\",\n    \"ballots\": [\n";
    bool first = true;
    for (int i = 0; out.size() < target * 3 / 4; ++i) {
        if (!first)
            out += ",\n";
        first = false;
        out += "        {\n            \"envelope\": \"" + base64Of(random, 900)
            + "\",\n            \"receipt\": \"GPEK-A7LW-KIAX-PLS4\",\n            \"signature\": \""
            + base64Of(random, 64) + "\"\n        }";
    }
    out += "\n    ],\n    \"events\": [\n";
    first = true;
    for (int seq = 0; out.size() < target; ++seq) {
        if (!first)
            out += ",\n";
        first = false;
        out += "        {\n            \"body\": \"" + base64Of(random, 120) + "\",\n            \"detail\": \"batch "
            + QByteArray::number(seq % 97) + "\",\n            \"hash\": \"" + base64Of(random, 32).toHex()
            + "\",\n            \"kiosk\": \"kiosk-" + QByteArray::number(seq % 7) + "\",\n            \"seq\": "
            + QByteArray::number(seq) + ",\n            \"time\": " + QByteArray::number(1700000000000LL + seq)
            + ",\n            \"type\": \"cast\"\n        }";
    }
    out += "\n    ],\n    \"format\": \"pbvote-election-record\",\n    \"version\": 2\n}\n";
    return out;
}

struct Timing
{
    double wall = std::numeric_limits<double>::max();
    double cpu = std::numeric_limits<double>::max();
};

Timing best(int runs, const std::function<bool()> &run, bool *ok)
{
    Timing t;
    for (int i = 0; i < runs; ++i) {
        const double w0 = now(CLOCK_MONOTONIC);
        const double c0 = now(CLOCK_PROCESS_CPUTIME_ID);
        *ok = run();
        const double c1 = now(CLOCK_PROCESS_CPUTIME_ID);
        const double w1 = now(CLOCK_MONOTONIC);
        t.wall = std::min(t.wall, w1 - w0);
        t.cpu = std::min(t.cpu, c1 - c0);
    }
    return t;
}

void report(const char *name, const Timing &t, qsizetype bytes, bool ok)
{
    const double mb = double(bytes) / 1e6;
    std::printf("%-6s %8.3f s wall %8.1f MB/s   %8.3f s CPU %8.1f MB/s   %s\n", name, t.wall, mb / t.wall, t.cpu,
        mb / t.cpu, ok ? "canonical" : "NOT canonical");
}

} // namespace

int main(int argc, char **argv)
{
    QByteArray text;
    QString path;
    int runs = 3;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else
            path = QString::fromLocal8Bit(argv[i]);
    }
    if (!path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(
                stderr, "pbvote-bench-json: cannot read %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
            return 1;
        }
        text = file.readAll();
    } else {
        text = makeRecord(100'000'000);
    }
    std::printf("%s: %.1f MB, best of %d runs\n", path.isEmpty() ? "generated record" : qPrintable(path),
        double(text.size()) / 1e6, runs);

    bool ok = false;
    qsizetype nodes = 0;
    audit::cjson::ParseError error;
    const Timing fast = best(
        runs,
        [&] {
            const auto document = audit::cjson::Document::parse(text, &error);
            nodes = document ? document->nodeCount() : 0;
            return document.has_value();
        },
        &ok);
    report("cjson", fast, text.size(), ok);
    if (!ok)
        std::printf(
            "       refused at byte %lld: %s\n", static_cast<long long>(error.offset), qPrintable(error.message));
    else
        std::printf("       %lld nodes\n", static_cast<long long>(nodes));

    audit::cjson::ParseOptions options;
    options.deferredArrays = {"ballots", "events", "spent_codes"};
    qsizetype deferred = 0;
    const Timing skim = best(
        runs,
        [&] {
            const auto document = audit::cjson::Document::parse(text, &error, options);
            return document.has_value();
        },
        &ok);
    report("skim", skim, text.size(), ok);
    const Timing elements = best(
        runs,
        [&] {
            const auto document = audit::cjson::Document::parse(text, &error, options);
            if (!document)
                return false;
            audit::cjson::ElementScratch scratch;
            const audit::cjson::Value root = document->root();
            deferred = 0;
            for (qsizetype k = 0; k < root.size(); ++k) {
                const audit::cjson::Value array = root.valueAt(k);
                for (qsizetype i = 0; i < array.size(); ++i) {
                    if (!array.at(i).isDeferred())
                        continue;
                    ++deferred;
                    if (!array.at(i).parseDeferred(scratch, &error))
                        return false;
                }
            }
            return true;
        },
        &ok);
    report("+ elems", elements, text.size(), ok);
    std::printf("       %lld elements deferred\n", static_cast<long long>(deferred));

    const Timing qt = best(
        runs,
        [&] {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
            if (document.isNull())
                return false;
            return document.toJson(QJsonDocument::Compact) == audit::stripJsonWhitespace(text);
        },
        &ok);
    report("qt", qt, text.size(), ok);
    std::printf("speed-up (CPU): %.1fx\n", qt.cpu / fast.cpu);
    return 0;
}
