#include "cli/CliContext.h"

#include "store/KeyVault.h"
#include "util/Money.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdlib>
#include <limits>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace pbvote::cli {

namespace {
// Translation context "Cli" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

void CliContext::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({u"db"_qs, Tr::tr("SQLite database file (created if missing)."), Tr::tr("FILE")});
    parser.addOption({u"json"_qs, Tr::tr("Print the result as one JSON object.")});
    parser.addOption({u"passphrase-file"_qs,
                      Tr::tr("Read the key passphrase from FILE (default: the PBVOTE_PASSPHRASE environment variable)."),
                      Tr::tr("FILE")});
    parser.addHelpOption();
}

bool CliContext::parse(QCommandLineParser &parser, const QString &command, const QString &summary,
                       const QStringList &args, int *exitCode)
{
    addGlobalOptions(parser);
    parser.setApplicationDescription(summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList full = args;
    full.prepend(u"pbvote "_qs + command);
    if (!parser.parse(full)) {
        *exitCode = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(u"help"_qs)) {
        m_out << parser.helpText().replace(u"Usage: "_qs + QCoreApplication::arguments().value(0), u"Usage: pbvote "_qs + command)
              << Qt::flush;
        *exitCode = ExitOk;
        return false;
    }
    if (parser.isSet(u"db"_qs))
        dbPath = parser.value(u"db"_qs);
    if (parser.isSet(u"json"_qs))
        json = true;
    if (parser.isSet(u"passphrase-file"_qs))
        passphraseFile = parser.value(u"passphrase-file"_qs);
    return true;
}

Result<store::BallotStore *> CliContext::store(const QString &kioskId)
{
    using R = Result<store::BallotStore *>;
    if (m_store)
        return R(m_store.get());
    if (dbPath.isEmpty())
        return R::failure(Tr::tr("No database given: use --db FILE."));
    store::StoreOptions options;
    options.kioskId = kioskId;
    auto opened = store::BallotStore::open(dbPath, options);
    if (!opened)
        return R::failure(opened.error());
    m_store = std::move(*opened);
    if (!m_store->startupWarning().isEmpty())
        m_err << u"pbvote: warning: "_qs << m_store->startupWarning() << Qt::endl;
    return R(m_store.get());
}

namespace {
// Reads one line from the terminal with echo off, straight into secure memory.
Result<crypto::SecretBytes> readPassphraseFromTerminal(const QString &prompt)
{
    using R = Result<crypto::SecretBytes>;
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return R::failure(Tr::tr("Cannot open the terminal to ask for the passphrase."));
    const QByteArray p = prompt.toLocal8Bit();
    if (::write(fd, p.constData(), size_t(p.size())) < 0) {
        ::close(fd);
        return R::failure(Tr::tr("Cannot write to the terminal."));
    }
    termios saved{};
    const bool isTerminal = ::tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    crypto::SecretBytes buffer(1025);
    size_t length = 0;
    bool ended = false;
    while (length < buffer.size()) {
        char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n <= 0 || c == '\n' || c == '\r') {
            ended = true;
            break;
        }
        buffer.data()[length++] = static_cast<unsigned char>(c);
    }
    if (isTerminal)
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    (void)::write(fd, "\n", 1);
    ::close(fd);
    if (!ended)
        return R::failure(Tr::tr("The passphrase is longer than 1024 bytes."));
    if (length == 0)
        return R::failure(Tr::tr("An empty passphrase is not allowed."));
    buffer.truncate(length);
    return R(std::move(buffer));
}
} // namespace

Result<crypto::SecretBytes> CliContext::passphrase()
{
    if (!passphraseFile.isEmpty())
        return crypto::readPassphraseFile(passphraseFile);
    if (std::getenv("PBVOTE_PASSPHRASE"))
        return crypto::passphraseFromEnvironment("PBVOTE_PASSPHRASE");
    if (::isatty(STDIN_FILENO))
        return readPassphraseFromTerminal(Tr::tr("Key passphrase: "));
    return Result<crypto::SecretBytes>::failure(
        Tr::tr("This command needs the key passphrase: give --passphrase-file FILE, set PBVOTE_PASSPHRASE, or run "
           "it on a terminal to be asked."));
}

Result<crypto::SecretBytes> CliContext::unlock(store::KeyKind kind, const QString &name)
{
    using R = Result<crypto::SecretBytes>;
    auto s = store();
    if (!s)
        return R::failure(s.error());
    if (auto k = (*s)->key(kind, name); !k)
        return R::failure(k.error()); // before asking for a passphrase
    auto pass = passphrase();
    if (!pass)
        return R::failure(pass.error());
    return store::unlockKey(**s, kind, name, *pass);
}

int CliContext::fail(const QString &message)
{
    m_err << u"pbvote: "_qs << message << Qt::endl;
    return ExitFailed;
}

int CliContext::usage(const QString &message)
{
    m_err << u"pbvote: "_qs << message << u"\n"_qs << Tr::tr("See pbvote --help.") << Qt::endl;
    return ExitUsage;
}

void CliContext::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
}

QByteArray keyAssociatedData(store::KeyKind kind, const QString &name)
{
    return store::keyAssociatedData(kind, name);
}

Result<int64_t> intOption(const QCommandLineParser &parser, const QString &name, int64_t min, int64_t max)
{
    bool ok = false;
    const qlonglong v = parser.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        return Result<int64_t>::failure(Tr::tr("--%1 must be a whole number from %2 to %3, got \"%4\".")
                                            .arg(name)
                                            .arg(min)
                                            .arg(max)
                                            .arg(parser.value(name)));
    return int64_t(v);
}

Result<int64_t> roundOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"round"_qs))
        return Result<int64_t>::failure(Tr::tr("Which round? Give --round ID (see pbvote round list)."));
    return intOption(parser, u"round"_qs, 1, std::numeric_limits<int32_t>::max());
}

Result<int64_t> moneyOption(const QCommandLineParser &parser, const QString &name)
{
    int64_t v = 0;
    if (!parseMoney(parser.value(name), &v))
        return Result<int64_t>::failure(
            Tr::tr("--%1 must be an amount in whole minor units (e.g. cents), got \"%2\".").arg(name, parser.value(name)));
    return v;
}

QString keyFingerprint(const QByteArray &publicKey)
{
    return crypto::shortCode("PBV-fingerprint", publicKey, 10);
}

QJsonObject projectJson(const Project &p)
{
    return {{u"id"_qs, p.id},
            {u"title"_qs, p.title},
            {u"description"_qs, p.description},
            {u"cost"_qs, qint64(p.cost)},
            {u"category"_qs, p.category},
            {u"district"_qs, p.district},
            {u"status"_qs, projectStatusName(p.status)}};
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace pbvote::cli
