// FuzzReplay: the fuzz harnesses without libFuzzer (any compiler; the main GCC build
// runs it as the FuzzReplay test). Every file given, or found in a folder given, goes
// through both harnesses: the committed reproducers in fuzz/regressions/ stay fixed,
// and the seed corpus keeps passing, where clang is missing too.
//
//   pbvote_fuzz_replay [--timeout-ms N] PATH...
//
// Exit 0: every input returned within N ms (default 10000, the fuzzers' -timeout);
// 1: some input was too slow; 2: a path does not exist or no input was found. A crash
// stops the process: the last "replay:" line names the input.
#include "FuzzHarness.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace {

QStringList inputsUnder(const QString &path)
{
    QStringList files;
    const QFileInfo info(path);
    if (info.isFile())
        return {path};
    QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        // Documentation beside the reproducers is not an input.
        if (!file.endsWith(u".md"_qs))
            files << file;
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

int main(int argc, char **argv)
{
    qint64 timeoutMs = 10000;
    QStringList paths;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--timeout-ms") == 0 && i + 1 < argc)
            timeoutMs = QByteArray(argv[++i]).toLongLong();
        else
            paths << QString::fromLocal8Bit(argv[i]);
    }
    if (paths.isEmpty()) {
        std::fprintf(stderr, "usage: %s [--timeout-ms N] PATH...\n", argv[0]);
        return 2;
    }
    pbvote::fuzz::initialize();

    int inputs = 0;
    int slow = 0;
    qint64 slowest = 0;
    QString slowestFile;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path)) {
            std::fprintf(stderr, "replay: %s does not exist\n", qPrintable(path));
            return 2;
        }
        const QStringList files = inputsUnder(path);
        std::printf("replay: %s: %lld input(s)\n", qPrintable(path), static_cast<long long>(files.size()));
        for (const QString &file : files) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "replay: cannot read %s: %s\n", qPrintable(file), qPrintable(f.errorString()));
                return 2;
            }
            const QByteArray bytes = f.readAll();
            std::fprintf(stderr, "replay: %s\n", qPrintable(file));
            std::fflush(stderr);
            const auto *data = reinterpret_cast<const uint8_t *>(bytes.constData());
            QElapsedTimer timer;
            timer.start();
            pbvote::fuzz::fuzzRecord(data, std::size_t(bytes.size()));
            pbvote::fuzz::fuzzRecords(data, std::size_t(bytes.size()));
            const qint64 ms = timer.elapsed();
            ++inputs;
            if (ms > slowest) {
                slowest = ms;
                slowestFile = file;
            }
            if (ms > timeoutMs) {
                std::fprintf(stderr, "replay: SLOW: %s took %lld ms (limit %lld ms)\n", qPrintable(file),
                    static_cast<long long>(ms), static_cast<long long>(timeoutMs));
                ++slow;
            }
        }
    }
    std::printf("replay: %d input(s) through both harnesses; slowest %lld ms (%s)\n", inputs,
        static_cast<long long>(slowest), qPrintable(slowestFile));
    if (inputs == 0) {
        std::fprintf(stderr, "replay: no input found\n");
        return 2;
    }
    return slow > 0 ? 1 : 0;
}
