// pbvote-bench-verify: how fast this machine checks ballot signatures, next to the raw
// rate of libsodium's crypto_sign_verify_detached (what an auditor's `pbvote verify` is
// bounded by).
//
//   pbvote-bench-verify [--count N] [--threads T] [--size BYTES] [--keys K] [--runs R] [--json]
//   pbvote-bench-verify --record FILE [--pbvote PATH] [--threads T] [--runs R] [--json] [...]
//
// Generates N envelopes of random bytes (280 by default, about a sealed ballot envelope),
// signs them with K kiosk keys under the ballot domain, then times, in this order each run:
//   raw         crypto_sign_verify_detached over pre-framed  domain ‖ 0 ‖ envelope
//               buffers, one core, no allocation in the loop;
//   verify      crypto::verify one by one (our wrapper: checks, framing copy, allocation);
//   batch-1     crypto::verifyAll with 1 thread;
//   raw-T       the raw loop split over T threads (what the machine itself scales to);
//   batch-T     crypto::verifyAll with T threads, end to end (thread start and join included).
// Reports verifies/s (median over runs) and  batch-T / (raw × T), the target being >= 80%.
// Also the CPU share of batch-T: CPU time / (wall time × T); under 100% means the threads
// waited for a core (other work on the machine), not that verifyAll is slow.
//
// With --record FILE, an election record verified end to end instead (the verifyAll
// measurements above are skipped). This machine's speed drifts by ±20% from minute to
// minute, and its two CPUs need not run at the same speed (measured at 16,300 and
// 22,500 verifies/s at the same time), so the raw rate is measured right around each
// end-to-end run, on each CPU this process may use, R pairs in all:
//   raw before  the raw loop over min(N, 20000) envelopes on each CPU in turn, pinned to
//               it (about 1 s each); the rate of the T cores used is the sum of the T
//               fastest, so "raw × T" below is that sum (raw = their mean);
//   pbvote      `PATH verify FILE --threads T --json` as a child process: wall time from
//               start to exit, its CPU time (getrusage of the children), and the number of
//               ballots from its report; it must exit 0 (1: the record failed verification,
//               an error here: the bench needs a genuine record);
//   raw after   the raw loop again.
// The ratio of a pair is  (ballots / wall s) / (mean of raw before and after × T); reports
// every pair, the median and the best ratio, the target (>= 80%) being judged on the median.
// PATH is --pbvote, else the pbvote built beside this bench (../app/pbvote), else pbvote on
// PATH.

#include "crypto/BatchVerify.h"
#include "crypto/Crypto.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>

#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <functional>
#include <numeric>
#include <span>
#include <thread>

#include <pthread.h>
#include <sched.h>
#include <sys/resource.h>

using namespace pbvote;

namespace {

const QByteArray BallotDomain("pbvote/v1/ballot");

struct Data
{
    std::vector<QByteArray> publicKeys;
    std::vector<QByteArray> envelopes;
    std::vector<QByteArray> signatures;
    std::vector<int> keyOf; // index into publicKeys per envelope
    std::vector<unsigned char> framedArena; // domain ‖ 0 ‖ envelope, back to back
    std::vector<std::size_t> framedOffset; // N + 1 offsets into framedArena
    std::vector<crypto::SignedItem> items;
};

Data makeData(int count, int size, int keys)
{
    Data d;
    std::vector<crypto::SigningKeyPair> pairs;
    for (int k = 0; k < keys; ++k) {
        pairs.push_back(crypto::SigningKeyPair::generate());
        d.publicKeys.push_back(pairs.back().publicKey);
    }
    d.envelopes.reserve(std::size_t(count));
    d.signatures.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        d.keyOf.push_back(i % keys);
        d.envelopes.push_back(crypto::randomBytes(size));
        d.signatures.push_back(crypto::sign(pairs[std::size_t(i % keys)].secretKey, BallotDomain, d.envelopes.back()));
    }
    d.framedOffset.push_back(0);
    for (int i = 0; i < count; ++i) {
        const QByteArray &e = d.envelopes[std::size_t(i)];
        d.framedArena.insert(d.framedArena.end(), BallotDomain.begin(), BallotDomain.end());
        d.framedArena.push_back(0);
        d.framedArena.insert(d.framedArena.end(), e.begin(), e.end());
        d.framedOffset.push_back(d.framedArena.size());
    }
    for (int i = 0; i < count; ++i) {
        const auto u = std::size_t(i);
        d.items.push_back({d.publicKeys[std::size_t(d.keyOf[u])], BallotDomain, d.envelopes[u], d.signatures[u]});
    }
    return d;
}

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

// The raw loop over items [begin, end): libsodium alone.
int rawVerify(const Data &d, std::size_t begin, std::size_t end)
{
    int valid = 0;
    for (std::size_t i = begin; i < end; ++i)
        valid += crypto_sign_verify_detached(bytes(d.signatures[i]), d.framedArena.data() + d.framedOffset[i],
                     d.framedOffset[i + 1] - d.framedOffset[i], bytes(d.publicKeys[std::size_t(d.keyOf[i])]))
            == 0;
    return valid;
}

// User + system CPU time of this process (RUSAGE_SELF) or of its children that have exited
// and been waited for (RUSAGE_CHILDREN).
double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage u {};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Timing
{
    double seconds = 0;
    double cpuSeconds = 0;
    int valid = 0;
};

Timing timed(const std::function<int()> &work)
{
    const double cpu0 = cpuSeconds();
    const auto t0 = std::chrono::steady_clock::now();
    Timing t;
    t.valid = work();
    t.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    t.cpuSeconds = cpuSeconds() - cpu0;
    return t;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

QString cpuModel()
{
    // /proc files report size 0, so read them whole rather than line by line to atEnd().
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

int positive(const QCommandLineParser &p, const QString &name, int max, QTextStream &err)
{
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < 1 || v > max) {
        err << "pbvote-bench-verify: --" << name << " must be a whole number from 1 to " << max << Qt::endl;
        return -1;
    }
    return v;
}

// --record mode: the raw rate around each end-to-end run is measured on at most this many
// envelopes (about 1 s on one core here).
constexpr int RecordRawEnvelopes = 20'000;

struct Executable
{
    QString path; // absolute
    QString origin; // how it was chosen, for the report
};

// --pbvote PATH if given (a bare name is looked up on PATH); else the pbvote built beside
// this bench (build/app/pbvote next to build/bench/); else pbvote on PATH. An empty path,
// with the reason in `error`, when there is none.
Executable findPbvote(const QCommandLineParser &p, QString &error)
{
    auto executable = [](const QString &path) {
        const QFileInfo f(path);
        return f.isFile() && f.isExecutable() ? f.absoluteFilePath() : QString();
    };
    if (p.isSet(QStringLiteral("pbvote"))) {
        const QString given = p.value(QStringLiteral("pbvote"));
        if (!given.contains(u'/')) {
            const QString found = QStandardPaths::findExecutable(given);
            if (found.isEmpty())
                error = QStringLiteral("--pbvote %1: no such executable on PATH.").arg(given);
            return {found, QStringLiteral("--pbvote, found on PATH")};
        }
        const QString path = executable(given);
        if (path.isEmpty())
            error = QFileInfo::exists(given) ? QStringLiteral("--pbvote %1 is not an executable file.").arg(given)
                                             : QStringLiteral("--pbvote %1 does not exist.").arg(given);
        return {path, QStringLiteral("--pbvote")};
    }
    const QString besideBench = QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../app/pbvote");
    if (const QString path = executable(besideBench); !path.isEmpty())
        return {path, QStringLiteral("built beside this bench")};
    if (const QString path = QStandardPaths::findExecutable(QStringLiteral("pbvote")); !path.isEmpty())
        return {path, QStringLiteral("found on PATH; none at %1").arg(besideBench)};
    error = QStringLiteral("no pbvote executable: none at %1 and none on PATH. Name one with --pbvote PATH.")
                .arg(besideBench);
    return {};
}

// The failed checks of a `pbvote verify --json` report, as "ID: first problem", at most three.
QString failedChecks(const QJsonObject &report)
{
    QStringList failed;
    const QJsonArray checks = report.value(QStringLiteral("checks")).toArray();
    for (const QJsonValue &c : checks) {
        const QJsonObject check = c.toObject();
        if (check.value(QStringLiteral("status")).toString() != u"FAIL")
            continue;
        if (failed.size() == 3) {
            failed.append(QStringLiteral("..."));
            break;
        }
        const QJsonArray problems = check.value(QStringLiteral("problems")).toArray();
        failed.append(check.value(QStringLiteral("id")).toString()
            + (problems.isEmpty() ? QString() : u": " + problems.first().toString()));
    }
    return failed.join(u"; ");
}

// The last non-empty line a child wrote to stderr, shortened, for error messages.
QString lastLine(const QByteArray &output)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    const QString line = QString::fromUtf8(lines.last().trimmed());
    return line.size() > 300 ? line.left(300) + u"..." : line;
}

struct VerifyRun
{
    double seconds = 0; // wall time, start to exit
    double cpuSeconds = 0; // the child's user + system CPU time
    qint64 ballots = 0; // from its report
};

// One `pbvote verify RECORD --threads T --json`, timed from start to exit. Its report is
// read (after the timing) only for the number of ballots, or for what failed. False, with
// `error` set, unless pbvote exited 0 with a report that counts some ballots.
bool runVerify(const QString &pbvote, const QString &record, int threads, VerifyRun &run, QString &error)
{
    QProcess child;
    child.setStandardInputFile(QProcess::nullDevice());
    const QStringList arguments {QStringLiteral("verify"), record, QStringLiteral("--threads"),
        QString::number(threads), QStringLiteral("--json")};
    const double cpu0 = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    child.start(pbvote, arguments);
    const bool finished = child.waitForFinished(-1);
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.cpuSeconds = cpuSeconds(RUSAGE_CHILDREN) - cpu0;
    const QString command = pbvote + u" verify " + record;
    if (child.error() == QProcess::FailedToStart) {
        error = QStringLiteral("%1 could not be started: %2").arg(pbvote, child.errorString());
        return false;
    }
    if (child.exitStatus() == QProcess::CrashExit) {
        // After a crash QProcess's exit code is the signal's number (Unix).
        error = QStringLiteral("%1 crashed (signal %2).").arg(command, QString::number(child.exitCode()));
        return false;
    }
    if (!finished) {
        error = QStringLiteral("%1 did not finish: %2").arg(command, child.errorString());
        return false;
    }
    const int code = child.exitCode();
    const QJsonDocument report = QJsonDocument::fromJson(child.readAllStandardOutput());
    if ((code != 0 && code != 1) || !report.isObject()) {
        const QString stderrLine = lastLine(child.readAllStandardError());
        error = QStringLiteral("%1 exited with status %2%3%4")
                    .arg(command, QString::number(code),
                        report.isObject() ? QStringLiteral(".") : QStringLiteral(" and printed no JSON report."),
                        stderrLine.isEmpty() ? QString() : u" It said: " + stderrLine);
        return false;
    }
    if (code == 1) {
        error = QStringLiteral("%1 failed verification (pbvote verify exited with status 1); the bench needs a "
                               "genuine record. Failed: %2")
                    .arg(record, failedChecks(report.object()));
        return false;
    }
    run.ballots = report.object().value(QStringLiteral("ballots")).toInteger(0);
    if (run.ballots < 1) {
        error = QStringLiteral("the report of %1 counts no ballots.").arg(command);
        return false;
    }
    return true;
}

struct RecordPair
{
    double rawBefore = 0; // verifies/s, one core: the mean of the T fastest cores
    double rawAfter = 0;
    std::vector<double> coresBefore; // verifies/s on each CPU, alone
    std::vector<double> coresAfter;
    VerifyRun verify;
    double ballotRate() const { return double(verify.ballots) / verify.seconds; }
    double ratio(int threads) const { return ballotRate() / ((rawBefore + rawAfter) / 2 * threads); }
    // Under 100%: pbvote waited for a core (other work on the machine), or ran one thread
    // only (reading the record).
    double cpuShare(int threads) const { return verify.cpuSeconds / (verify.seconds * threads); }
};

struct RecordOptions
{
    int count;
    int threads;
    int size;
    int keys;
    int runs;
};

// The --record mode: R pairs of (raw before, pbvote verify, raw after). Returns the exit code.
int runRecordMode(const QCommandLineParser &p, const RecordOptions &o, QTextStream &out, QTextStream &err)
{
    const QString record = p.value(QStringLiteral("record"));
    const QFileInfo recordInfo(record);
    const char *recordProblem = !recordInfo.exists() ? "does not exist."
        : !recordInfo.isFile()                       ? "is not a file."
        : !recordInfo.isReadable()                   ? "cannot be read."
                                                     : nullptr;
    if (recordProblem) {
        err << "pbvote-bench-verify: --record " << record << ' ' << recordProblem << Qt::endl;
        return 2;
    }
    QString error;
    const Executable pbvote = findPbvote(p, error);
    if (pbvote.path.isEmpty()) {
        err << "pbvote-bench-verify: " << error << Qt::endl;
        return 2;
    }
    const bool json = p.isSet(QStringLiteral("json"));

    const int rawCount = std::min(o.count, RecordRawEnvelopes);
    const auto t0 = std::chrono::steady_clock::now();
    const Data d = makeData(rawCount, o.size, o.keys);
    const double setupSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    // The CPUs this process may run on; the raw loop is timed on each in turn, alone.
    std::vector<int> cpus;
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    if (sched_getaffinity(0, sizeof allowed, &allowed) == 0) {
        for (int c = 0; c < CPU_SETSIZE; ++c) {
            if (CPU_ISSET(c, &allowed))
                cpus.push_back(c);
        }
    }
    auto rawRate = [&](double &rate, std::vector<double> &cores) {
        cores.clear();
        bool ok = true;
        for (int cpu : cpus.empty() ? std::vector<int> {-1} : cpus) {
            Timing t;
            std::thread pinned([&] {
                if (cpu >= 0) {
                    cpu_set_t one;
                    CPU_ZERO(&one);
                    CPU_SET(cpu, &one);
                    pthread_setaffinity_np(pthread_self(), sizeof one, &one);
                }
                t = timed([&] { return rawVerify(d, 0, std::size_t(rawCount)); });
            });
            pinned.join();
            if (t.valid != rawCount) {
                err << "pbvote-bench-verify: raw found " << t.valid << " valid signatures of " << rawCount << Qt::endl;
                ok = false;
                break;
            }
            cores.push_back(double(t.valid) / t.seconds);
        }
        if (!ok)
            return false;
        std::vector<double> fastest = cores;
        std::sort(fastest.begin(), fastest.end(), std::greater<>());
        fastest.resize(std::min<std::size_t>(fastest.size(), std::size_t(std::max(1, o.threads))));
        rate = std::accumulate(fastest.begin(), fastest.end(), 0.0) / double(fastest.size());
        return true;
    };
    const auto coresText = [](const std::vector<double> &cores) {
        QStringList parts;
        for (double c : cores)
            parts << QString::number(c, 'f', 0);
        return parts.join(u'+');
    };

    if (!json) {
        out << "Ed25519 verification end to end: " << recordInfo.absoluteFilePath() << ", `pbvote verify --threads "
            << o.threads << "`; " << cpuModel() << ", " << QThread::idealThreadCount() << " CPUs" << Qt::endl
            << "  pbvote: " << pbvote.path << " (" << pbvote.origin << ")" << Qt::endl
            << "  raw rate before and after each run: crypto_sign_verify_detached on each of "
            << std::max<std::size_t>(1, cpus.size()) << " CPU(s) alone, " << rawCount << " envelopes of " << o.size
            << " bytes, " << o.keys << " keys; raw = the mean of the " << o.threads
            << " fastest; set-up " << QString::number(setupSeconds, 'f', 1) << " s" << Qt::endl;
    }
    std::vector<RecordPair> pairs;
    for (int r = 0; r < o.runs; ++r) {
        RecordPair pair;
        if (!rawRate(pair.rawBefore, pair.coresBefore))
            return 1;
        if (!runVerify(pbvote.path, record, o.threads, pair.verify, error)) {
            err << "pbvote-bench-verify: " << error << Qt::endl;
            return 1;
        }
        if (!rawRate(pair.rawAfter, pair.coresAfter))
            return 1;
        pairs.push_back(pair);
        if (json)
            continue;
        if (r == 0) // the table's head only once there is a row to show
            out << "  " << qSetFieldWidth(6) << Qt::right << "pair" << qSetFieldWidth(14) << "raw before/s"
                << "raw after/s" << qSetFieldWidth(9) << "wall s"
                << "CPU s" << qSetFieldWidth(11) << "ballots/s" << qSetFieldWidth(9) << "ratio" << qSetFieldWidth(12)
                << "CPU share" << qSetFieldWidth(0) << "   each CPU before / after" << Qt::endl;
        out << "  " << qSetFieldWidth(6) << Qt::right << r + 1 << qSetFieldWidth(14)
            << QString::number(pair.rawBefore, 'f', 0) << QString::number(pair.rawAfter, 'f', 0) << qSetFieldWidth(9)
            << QString::number(pair.verify.seconds, 'f', 2) << QString::number(pair.verify.cpuSeconds, 'f', 2)
            << qSetFieldWidth(11) << QString::number(pair.ballotRate(), 'f', 0) << qSetFieldWidth(9)
            << QString::number(100 * pair.ratio(o.threads), 'f', 1) + u'%' << qSetFieldWidth(12)
            << QString::number(100 * pair.cpuShare(o.threads), 'f', 0) + u'%' << qSetFieldWidth(0) << "   "
            << coresText(pair.coresBefore) << " / " << coresText(pair.coresAfter) << Qt::endl;
    }
    std::vector<double> ratios;
    QStringList drifted; // pairs whose raw rate moved by more than 10% from before to after
    QStringList crowded; // pairs in which pbvote had under 80% of T cores
    for (std::size_t r = 0; r < pairs.size(); ++r) {
        const RecordPair &pair = pairs[r];
        ratios.push_back(pair.ratio(o.threads));
        if (std::abs(pair.rawAfter - pair.rawBefore) > 0.1 * (pair.rawBefore + pair.rawAfter) / 2)
            drifted.append(QString::number(r + 1));
        if (pair.cpuShare(o.threads) < 0.8)
            crowded.append(QString::number(r + 1));
    }
    const double medianRatio = median(ratios);
    const double bestRatio = *std::max_element(ratios.begin(), ratios.end());
    const qint64 ballots = pairs.back().verify.ballots;

    if (json) {
        QJsonArray pairArray;
        for (const RecordPair &pair : pairs)
            pairArray.append(QJsonObject {{QStringLiteral("raw_before_per_second"), pair.rawBefore},
                {QStringLiteral("raw_before_each_cpu"), QJsonArray::fromVariantList(QVariantList(
                                                           pair.coresBefore.begin(), pair.coresBefore.end()))},
                {QStringLiteral("raw_after_each_cpu"), QJsonArray::fromVariantList(QVariantList(
                                                          pair.coresAfter.begin(), pair.coresAfter.end()))},
                {QStringLiteral("raw_after_per_second"), pair.rawAfter},
                {QStringLiteral("wall_seconds"), pair.verify.seconds},
                {QStringLiteral("cpu_seconds"), pair.verify.cpuSeconds},
                {QStringLiteral("cpu_share"), pair.cpuShare(o.threads)},
                {QStringLiteral("ballots"), pair.verify.ballots},
                {QStringLiteral("ballots_per_second"), pair.ballotRate()},
                {QStringLiteral("ratio"), pair.ratio(o.threads)}});
        const QJsonObject recordObject {{QStringLiteral("file"), recordInfo.absoluteFilePath()},
            {QStringLiteral("pbvote"), pbvote.path}, {QStringLiteral("pbvote_origin"), pbvote.origin},
            {QStringLiteral("ballots"), ballots}, {QStringLiteral("raw_envelopes"), rawCount},
            {QStringLiteral("pairs"), pairArray}, {QStringLiteral("median_ratio"), medianRatio},
            {QStringLiteral("best_ratio"), bestRatio}, {QStringLiteral("target_met"), medianRatio >= 0.8}};
        const QJsonObject result {{QStringLiteral("cpu_model"), cpuModel()},
            {QStringLiteral("cpus"), QThread::idealThreadCount()}, {QStringLiteral("threads"), o.threads},
            {QStringLiteral("count"), rawCount}, {QStringLiteral("envelope_bytes"), o.size},
            {QStringLiteral("keys"), o.keys}, {QStringLiteral("runs"), o.runs},
            {QStringLiteral("setup_seconds"), setupSeconds}, {QStringLiteral("record"), recordObject}};
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << "  (ballots/s) / (mean raw x " << o.threads << ") = " << QString::number(100 * medianRatio, 'f', 1)
        << "% median, " << QString::number(100 * bestRatio, 'f', 1) << "% best of " << pairs.size()
        << " pair(s) (target >= 80% by the median: " << (medianRatio >= 0.8 ? "met" : "NOT met") << "); " << ballots
        << " ballots" << Qt::endl;
    if (!drifted.isEmpty())
        out << "  Note: the raw rate moved by more than 10% within pair(s) " << drifted.join(u", ")
            << ": the machine's speed changed during the run; those ratios are less certain." << Qt::endl;
    if (!crowded.isEmpty())
        out << "  Note: pbvote had under 80% of " << o.threads << " cores in pair(s) " << crowded.join(u", ")
            << ": other work on this machine; those ratios understate it." << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout), err(stderr);
    if (!crypto::initialize()) {
        err << "pbvote-bench-verify: libsodium could not be initialised." << Qt::endl;
        return 1;
    }
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Ed25519 ballot signature checks per second: libsodium's raw rate on one core, crypto::verify, and "
        "crypto::verifyAll on one and on T threads. With --record: `pbvote verify` of a real election record end "
        "to end, each run between two measurements of the raw rate. See docs/performance.md."));
    p.addHelpOption();
    p.addOption({QStringLiteral("count"), QStringLiteral("Envelopes (default 100000)."), QStringLiteral("N"),
        QStringLiteral("100000")});
    p.addOption({QStringLiteral("threads"), QStringLiteral("Threads for the parallel runs (default: all cores)."),
        QStringLiteral("T"), QString::number(crypto::verifyThreadCount(SIZE_MAX))});
    p.addOption({QStringLiteral("size"), QStringLiteral("Bytes per envelope (default 280)."), QStringLiteral("BYTES"),
        QStringLiteral("280")});
    p.addOption({QStringLiteral("keys"), QStringLiteral("Kiosk keys the envelopes are signed with (default 8)."),
        QStringLiteral("K"), QStringLiteral("8")});
    p.addOption({QStringLiteral("runs"),
        QStringLiteral("Runs of every measurement; medians are reported (default 3). With --record: pairs of runs "
                       "(5 recommended)."),
        QStringLiteral("R"), QStringLiteral("3")});
    p.addOption({QStringLiteral("record"),
        QStringLiteral("An election record to verify end to end with `pbvote verify FILE --threads T`, next to "
                       "the raw rate on one core over min(N, 20000) envelopes measured just before and just after "
                       "each run; the crypto::verify and verifyAll measurements are skipped."),
        QStringLiteral("FILE")});
    p.addOption({QStringLiteral("pbvote"),
        QStringLiteral("The pbvote executable for --record (default: ../app/pbvote beside this bench, else pbvote "
                       "on PATH)."),
        QStringLiteral("PATH")});
    p.addOption({QStringLiteral("json"), QStringLiteral("One JSON object instead of text.")});
    p.process(app);
    const int count = positive(p, QStringLiteral("count"), 10'000'000, err);
    const int threads = positive(p, QStringLiteral("threads"), 1024, err);
    const int size = positive(p, QStringLiteral("size"), 1 << 20, err);
    const int keys = positive(p, QStringLiteral("keys"), 100'000, err);
    const int runs = positive(p, QStringLiteral("runs"), 100, err);
    if (count < 0 || threads < 0 || size < 0 || keys < 0 || runs < 0)
        return 2;
    if (p.isSet(QStringLiteral("record")))
        return runRecordMode(p, {count, threads, size, keys, runs}, out, err);
    if (p.isSet(QStringLiteral("pbvote"))) {
        err << "pbvote-bench-verify: --pbvote is only used with --record." << Qt::endl;
        return 2;
    }

    const auto t0 = std::chrono::steady_clock::now();
    const Data d = makeData(count, size, keys);
    const double setupSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const std::span<const crypto::SignedItem> items(d.items);
    const auto n = std::size_t(count);

    auto countOnes = [](const std::vector<uint8_t> &v) { return int(std::count(v.begin(), v.end(), uint8_t(1))); };
    struct Measure
    {
        QString key;
        QString label;
        int threads;
        std::function<int()> work;
        std::vector<Timing> timings = {};
        double rate(std::size_t run) const { return double(timings[run].valid) / timings[run].seconds; }
        double share(std::size_t run) const { return timings[run].cpuSeconds / (timings[run].seconds * threads); }
        std::size_t bestRun() const
        {
            std::size_t best = 0;
            for (std::size_t r = 1; r < timings.size(); ++r)
                if (timings[r].seconds < timings[best].seconds)
                    best = r;
            return best;
        }
        double best() const { return rate(bestRun()); }
        double medianRate() const
        {
            std::vector<double> v;
            for (std::size_t r = 0; r < timings.size(); ++r)
                v.push_back(rate(r));
            return median(v);
        }
    };
    std::vector<Measure> measures {
        {QStringLiteral("raw"), QStringLiteral("raw crypto_sign_verify_detached, 1 core"), 1,
            [&] { return rawVerify(d, 0, n); }},
        {QStringLiteral("verify"), QStringLiteral("crypto::verify, 1 core"), 1,
            [&] {
                int valid = 0;
                for (const crypto::SignedItem &i : d.items)
                    valid += crypto::verify(i.publicKey, i.domain, i.message, i.signature) ? 1 : 0;
                return valid;
            }},
        {QStringLiteral("batch_1"), QStringLiteral("crypto::verifyAll, 1 thread"), 1,
            [&] { return countOnes(crypto::verifyAll(items, 1)); }},
        {QStringLiteral("raw_threads"), QStringLiteral("raw crypto_sign_verify_detached, %1 threads").arg(threads),
            threads,
            [&] {
                std::vector<int> valid(std::size_t(threads), 0);
                std::vector<std::thread> workers;
                for (int k = 1; k < threads; ++k)
                    workers.emplace_back([&, k] {
                        valid[std::size_t(k)] = rawVerify(d, n * std::size_t(k) / std::size_t(threads),
                            n * std::size_t(k + 1) / std::size_t(threads));
                    });
                valid[0] = rawVerify(d, 0, n / std::size_t(threads));
                for (std::thread &t : workers)
                    t.join();
                return std::accumulate(valid.begin(), valid.end(), 0);
            }},
        {QStringLiteral("batch_threads"), QStringLiteral("crypto::verifyAll, %1 threads").arg(threads), threads,
            [&] { return countOnes(crypto::verifyAll(items, threads)); }},
    };
    // Interleaved, so that a burst of other work on the machine spreads over all of them.
    for (int r = 0; r < runs; ++r) {
        for (Measure &m : measures) {
            m.timings.push_back(timed(m.work));
            if (m.timings.back().valid != count) {
                err << "pbvote-bench-verify: " << m.key << " found " << m.timings.back().valid
                    << " valid signatures of " << count << Qt::endl;
                return 1;
            }
        }
    }
    const Measure &raw = measures[0], &batchT = measures[4];
    // Other work on the machine only ever slows a run down: the best run is the closest to
    // what the machine can do; the median shows how steady that was.
    const double ratio = batchT.best() / (raw.best() * threads);
    const double medianRatio = batchT.medianRate() / (raw.medianRate() * threads);

    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o {{QStringLiteral("cpu_model"), cpuModel()}, {QStringLiteral("cpus"), QThread::idealThreadCount()},
            {QStringLiteral("threads"), threads}, {QStringLiteral("count"), count},
            {QStringLiteral("envelope_bytes"), size}, {QStringLiteral("keys"), keys}, {QStringLiteral("runs"), runs},
            {QStringLiteral("setup_seconds"), setupSeconds}, {QStringLiteral("ratio"), ratio},
            {QStringLiteral("median_ratio"), medianRatio}, {QStringLiteral("target_met"), ratio >= 0.8}};
        for (const Measure &m : measures) {
            o.insert(m.key + u"_per_second", m.best());
            o.insert(m.key + u"_median_per_second", m.medianRate());
            o.insert(m.key + u"_cpu_share", m.share(m.bestRun()));
        }
        o.insert(QStringLiteral("batch_threads_seconds"), batchT.timings[batchT.bestRun()].seconds);
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << "Ed25519 verification: " << count << " envelopes of " << size << " bytes, " << keys << " keys; "
        << cpuModel() << ", " << QThread::idealThreadCount() << " CPUs; set-up "
        << QString::number(setupSeconds, 'f', 1) << " s" << Qt::endl
        << "  " << qSetFieldWidth(46) << Qt::left << QString::number(runs) + u" run(s), verifies/s" << qSetFieldWidth(9)
        << Qt::right << "best"
        << "median" << qSetFieldWidth(0) << "   CPU share (best run)" << Qt::endl;
    for (const Measure &m : measures)
        out << "  " << qSetFieldWidth(46) << Qt::left << m.label << qSetFieldWidth(9) << Qt::right
            << QString::number(m.best(), 'f', 0) << QString::number(m.medianRate(), 'f', 0) << qSetFieldWidth(0)
            << "   " << QString::number(100 * m.share(m.bestRun()), 'f', 0) << "%" << Qt::endl;
    out << "  crypto::verify / raw: " << QString::number(100 * measures[1].best() / raw.best(), 'f', 1)
        << "%; verifyAll(1) / raw: " << QString::number(100 * measures[2].best() / raw.best(), 'f', 1) << "%; raw on "
        << threads << " threads / (raw x " << threads
        << "): " << QString::number(100 * measures[3].best() / (raw.best() * threads), 'f', 1) << "%" << Qt::endl
        << "  verifyAll(" << threads << ") / (raw x " << threads << ") = " << QString::number(100 * ratio, 'f', 1)
        << "% best, " << QString::number(100 * medianRatio, 'f', 1)
        << "% median (target >= 80%: " << (ratio >= 0.8 ? "met" : "NOT met") << "); " << count << " envelopes in "
        << QString::number(batchT.timings[batchT.bestRun()].seconds, 'f', 2) << " s" << Qt::endl;
    if (batchT.share(batchT.bestRun()) < 0.9)
        out << "  Note: the threads had under 90% of " << threads << " cores: other work on this machine; "
            << "the figures understate it." << Qt::endl;
    return 0;
}
