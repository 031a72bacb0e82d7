// pbvote-crash-child: casts ballots in a loop for TestCrashRecovery, which kills it with
// SIGKILL at random moments. A line "OK <index> <receipt>" is written (one write(2),
// so it is all or nothing) only after BallotStore::cast() returned: that line is the
// acknowledgement the voter would see.
//
// Usage: pbvote-crash-child DB ROUND KIOSK KEYFILE CODESFILE FIRST
//   KEYFILE: the kiosk's 64-byte Ed25519 secret key in hex; CODESFILE: one code a line.
#include "crypto/Crypto.h"
#include "store/BallotStore.h"

#include <QCoreApplication>
#include <QFile>

#include <unistd.h>

using namespace pbvote;

namespace {
void say(const QByteArray &line)
{
    const QByteArray out = line + '\n';
    qsizetype done = 0;
    while (done < out.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, out.constData() + done, size_t(out.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        say("usage: pbvote-crash-child DB ROUND KIOSK KEYFILE CODESFILE FIRST");
        return 2;
    }
    if (!crypto::initialize())
        return 3;
    const QString dbPath = args[1];
    const int64_t roundId = args[2].toLongLong();
    const QString kioskId = args[3];
    QFile keyFile(args[4]);
    QFile codesFile(args[5]);
    if (!keyFile.open(QIODevice::ReadOnly) || !codesFile.open(QIODevice::ReadOnly)) {
        say("ERROR cannot read the key or codes file");
        return 3;
    }
    const crypto::SecretBytes key = crypto::SecretBytes::copyOf(QByteArray::fromHex(keyFile.readAll().trimmed()));
    const QList<QByteArray> codes = codesFile.readAll().split('\n');
    const int first = args[6].toInt();

    store::StoreOptions options;
    options.kioskId = kioskId;
    auto st = store::BallotStore::open(dbPath, options);
    if (!st) {
        say("ERROR " + st.error().toUtf8());
        return 4;
    }
    say("READY " + QByteArray::number(first));
    for (int i = first; i < codes.size(); ++i) {
        const QString code = QString::fromLatin1(codes[i].trimmed());
        if (code.isEmpty())
            continue;
        Ballot ballot;
        ballot.choices.push_back({i % 5, 1});
        if (i % 3 == 0)
            ballot.choices.push_back({(i + 1) % 5, 1});
        auto r = (*st)->cast(roundId, kioskId, key, code, ballot);
        if (r)
            say("OK " + QByteArray::number(i) + ' ' + r->receipt.toLatin1());
        else
            say("REFUSED " + QByteArray::number(i) + ' ' + r.error().toUtf8());
    }
    say("DONE");
    return 0;
}
