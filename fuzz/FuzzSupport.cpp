#include "FuzzHarness.h"

#include "crypto/Crypto.h"

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace pbvote::fuzz {

namespace {

// Millions of hostile inputs make the core log (qWarning, qCritical) millions of times;
// that slows the fuzzer down and buries its own output. qFatal still prints and aborts,
// which the fuzzer reports as a crash.
void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::fflush(stderr);
        std::abort();
    }
}

} // namespace

void initialize()
{
    // checked: nothing the harnesses reach needs a QCoreApplication (no event loop, no
    // QCoreApplication::instance(); translate() without one returns the source text).
    if (!crypto::initialize()) {
        std::fprintf(stderr, "pbvote fuzz: libsodium cannot start\n");
        std::abort();
    }
    if (!qEnvironmentVariableIsSet("PBVOTE_FUZZ_VERBOSE"))
        qInstallMessageHandler(quietHandler);
}

void violated(const char *harness, const char *what)
{
    std::fprintf(stderr, "%s: property violated: %s\n", harness, what);
    std::fflush(stderr);
    std::abort();
}

} // namespace pbvote::fuzz
