#include "cli/CliContext.h"

#include "util/Money.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdlib>

namespace pbvote::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}
} // namespace

void CliContext::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({u"db"_qs, tr("SQLite database file (created if missing)."), tr("FILE")});
    parser.addOption({u"json"_qs, tr("Print the result as one JSON object.")});
    parser.addOption({u"passphrase-file"_qs,
                      tr("Read the key passphrase from FILE (default: the PBVOTE_PASSPHRASE environment variable)."),
                      tr("FILE")});
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
        return R::failure(tr("No database given: use --db FILE."));
    store::StoreOptions options;
    options.kioskId = kioskId;
    auto opened = store::BallotStore::open(dbPath, options);
    if (!opened)
        return R::failure(opened.error());
    m_store = std::move(*opened);
    return R(m_store.get());
}

Result<crypto::SecretBytes> CliContext::passphrase()
{
    if (!passphraseFile.isEmpty())
        return crypto::readPassphraseFile(passphraseFile);
    if (std::getenv("PBVOTE_PASSPHRASE"))
        return crypto::passphraseFromEnvironment("PBVOTE_PASSPHRASE");
    return Result<crypto::SecretBytes>::failure(
        tr("This command needs the key passphrase: give --passphrase-file FILE or set PBVOTE_PASSPHRASE."));
}

Result<crypto::SecretBytes> CliContext::unlock(store::KeyKind kind, const QString &name)
{
    using R = Result<crypto::SecretBytes>;
    auto s = store();
    if (!s)
        return R::failure(s.error());
    auto k = (*s)->key(kind, name);
    if (!k)
        return R::failure(k.error());
    auto pass = passphrase();
    if (!pass)
        return R::failure(pass.error());
    auto secret = crypto::decryptSecret(k->encryptedSecret, *pass, keyAssociatedData(kind, name));
    if (!secret)
        return R::failure(tr("Cannot unlock the %1 key \"%2\": %3").arg(store::keyKindName(kind), name, secret.error()));
    return secret;
}

int CliContext::fail(const QString &message)
{
    m_err << u"pbvote: "_qs << message << Qt::endl;
    return ExitFailed;
}

int CliContext::usage(const QString &message)
{
    m_err << u"pbvote: "_qs << message << u"\n"_qs << tr("See pbvote --help.") << Qt::endl;
    return ExitUsage;
}

void CliContext::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
}

QByteArray keyAssociatedData(store::KeyKind kind, const QString &name)
{
    return QByteArray("pbvote/v1/key") + '\0' + store::keyKindName(kind).toUtf8() + '\0' + name.toUtf8();
}

Result<int64_t> intOption(const QCommandLineParser &parser, const QString &name, int64_t min, int64_t max)
{
    bool ok = false;
    const qlonglong v = parser.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        return Result<int64_t>::failure(tr("--%1 must be a whole number from %2 to %3, got \"%4\".")
                                            .arg(name)
                                            .arg(min)
                                            .arg(max)
                                            .arg(parser.value(name)));
    return int64_t(v);
}

Result<int64_t> moneyOption(const QCommandLineParser &parser, const QString &name)
{
    int64_t v = 0;
    if (!parseMoney(parser.value(name), &v))
        return Result<int64_t>::failure(
            tr("--%1 must be an amount in whole minor units (e.g. cents), got \"%2\".").arg(name, parser.value(name)));
    return v;
}

} // namespace pbvote::cli
