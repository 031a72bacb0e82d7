#pragma once

#include "crypto/Crypto.h"
#include "store/BallotStore.h"
#include "util/Result.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace pbvote::cli {

// Exit codes: 0 done, 1 refused or failed (message on stderr), 2 wrong usage.
inline constexpr int ExitOk = 0;
inline constexpr int ExitFailed = 1;
inline constexpr int ExitUsage = 2;

// Default passphrase of the built-in demo (documented in the README); never use it for
// a real round.
inline constexpr char DemoPassphrase[] = "pbvote-demo";

// What every command gets: output streams, the global options, and helpers to open the
// database and unlock keys.
class CliContext
{
public:
    CliContext(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    QString dbPath;
    QString passphraseFile;
    bool json = false;

    // Adds --db, --json and --passphrase-file to a command's parser, so they may also be
    // given after the command name.
    static void addGlobalOptions(QCommandLineParser &parser);
    // Parses a command's arguments; on --help prints the help and returns ExitOk via
    // *exitCode; on error prints the message and returns ExitUsage. Returns true when the
    // command should go on.
    bool parse(QCommandLineParser &parser, const QString &command, const QString &summary,
               const QStringList &args, int *exitCode);

    Result<store::BallotStore *> store(const QString &kioskId = {});
    Result<crypto::SecretBytes> passphrase();
    // Decrypts a stored key's secret half into secure memory.
    Result<crypto::SecretBytes> unlock(store::KeyKind kind, const QString &name);

    int fail(const QString &message);
    int usage(const QString &message);
    void printJson(const QJsonObject &object);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<store::BallotStore> m_store;
};

// Associated data that binds an encrypted key to its kind and name.
QByteArray keyAssociatedData(store::KeyKind kind, const QString &name);
// Parses a positive integer option; fails with a message naming the option.
Result<int64_t> intOption(const QCommandLineParser &parser, const QString &name, int64_t min, int64_t max);
Result<int64_t> moneyOption(const QCommandLineParser &parser, const QString &name);
// --round ID: present and a valid round number.
Result<int64_t> roundOption(const QCommandLineParser &parser);
// A public key's fingerprint as people compare it (keys list, kiosk list).
QString keyFingerprint(const QByteArray &publicKey);
// A project as round show and project list print it (with its status).
QJsonObject projectJson(const Project &project);
// A planned time as ISO 8601 UTC ("2027-05-01T06:00:00Z"); null when not set.
QJsonValue timeJson(const QDateTime &time);

int roundCommand(CliContext &ctx, const QStringList &args);
int projectCommand(CliContext &ctx, const QStringList &args);
int districtCommand(CliContext &ctx, const QStringList &args);
int keysCommand(CliContext &ctx, const QStringList &args);
int codesCommand(CliContext &ctx, const QStringList &args);
int castCommand(CliContext &ctx, const QStringList &args);
int tallyCommand(CliContext &ctx, const QStringList &args);
int exportCommand(CliContext &ctx, const QStringList &args);
int importCommand(CliContext &ctx, const QStringList &args);
int receiptCommand(CliContext &ctx, const QStringList &args);
int demoCommand(CliContext &ctx, const QStringList &args);
int benchCommand(CliContext &ctx, const QStringList &args);
// AdminCommands.cpp: what organizers change about a round after creating it, and publication.
int roundSetCommand(CliContext &ctx, const QStringList &args);
int projectSetCommand(CliContext &ctx, const QStringList &args);
int projectRemoveCommand(CliContext &ctx, const QStringList &args);
int projectTranslateCommand(CliContext &ctx, const QStringList &args);
int districtRemoveCommand(CliContext &ctx, const QStringList &args);
int codesBatchesCommand(CliContext &ctx, const QStringList &args);
int codesVoidCommand(CliContext &ctx, const QStringList &args, bool voided);
int kioskCommand(CliContext &ctx, const QStringList &args);
int publishCommand(CliContext &ctx, const QStringList &args);

} // namespace pbvote::cli
