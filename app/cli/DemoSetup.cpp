#include "cli/DemoSetup.h"

#include "cli/CliContext.h"
#include "crypto/Crypto.h"
#include "store/KeyVault.h"

#include <QCoreApplication>
#include <QFile>

#include <cstring>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pbvote::cli {

namespace {
// Translation context "Cli" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// A key from the store, or a new one (stored encrypted) when there is none yet. The
// demo favours speed over passphrase hardening; real keys default to stronger.
Result<crypto::SecretBytes> ensureKey(store::BallotStore &st, store::KeyKind kind, const QString &name,
                                      const crypto::SecretBytes &pass, QByteArray *publicKey)
{
    if (auto existing = st.key(kind, name)) {
        *publicKey = existing->publicKey;
        return store::unlockKey(st, kind, name, pass);
    }
    return store::createKey(st, kind, name, pass, crypto::KdfStrength::Interactive, publicKey);
}
} // namespace

Result<Round> loadDemoRound(std::optional<BallotKind> kind)
{
    QFile f(u":/pbvote/demo/round.json"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return Result<Round>::failure(Tr::tr("The built-in demo round is missing from this build."));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    Round r;
    r.name = o[u"name"_qs].toString();
    r.currency = o[u"currency"_qs].toString();
    r.budget = o[u"budget"_qs].toInteger();
    r.tallyRule = o[u"tally_rule"_qs].toString(u"greedy"_qs);
    for (const QJsonValue &c : o[u"categories"_qs].toArray())
        r.categories.append(c.toString());
    const QJsonObject rules = o[u"rules"_qs].toObject();
    r.rules.kind = parseBallotKind(rules[u"kind"_qs].toString()).value_or(BallotKind::Approval);
    r.rules.minSelections = rules[u"min_selections"_qs].toInt();
    r.rules.maxSelections = rules[u"max_selections"_qs].toInt();
    for (const QJsonValue &v : o[u"projects"_qs].toArray()) {
        const QJsonObject p = v.toObject();
        r.projects.push_back({p[u"id"_qs].toString(), p[u"title"_qs].toString(), p[u"description"_qs].toString(),
                              p[u"cost"_qs].toInteger(), p[u"category"_qs].toString(), p[u"district"_qs].toString()});
    }
    if (kind && *kind != r.rules.kind) {
        BallotRules rulesFor;
        rulesFor.kind = *kind;
        rulesFor.minSelections = 1;
        switch (*kind) {
        case BallotKind::Approval:
        case BallotKind::Ordinal:
            rulesFor.maxSelections = 5;
            break;
        case BallotKind::Cumulative:
            rulesFor.totalPoints = 10;
            rulesFor.maxPointsPerProject = 5;
            break;
        case BallotKind::Knapsack:
            break;
        }
        r.rules = rulesFor;
    }
    return r;
}

std::map<QString, QByteArray> demoImages()
{
    std::map<QString, QByteArray> out;
    QFile f(u":/pbvote/demo/round.json"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object()[u"projects"_qs].toArray()) {
        const QString image = v[u"image"_qs].toString();
        if (image.isEmpty())
            continue;
        QFile picture(u":/pbvote/demo/"_qs + image);
        if (picture.open(QIODevice::ReadOnly))
            out[v[u"id"_qs].toString()] = picture.readAll();
    }
    return out;
}

Result<DemoKiosk> prepareDemoKiosk(store::BallotStore &store, const crypto::SecretBytes &passphrase,
                                   const Round &round, const QString &kioskId, int codes)
{
    using R = Result<DemoKiosk>;
    DemoKiosk out;
    out.kioskId = kioskId;
    auto roundId = store.createRound(round);
    if (!roundId)
        return R::failure(roundId.error());
    out.roundId = *roundId;
    for (const auto &[projectId, image] : demoImages()) {
        if (round.projectIndex(projectId) < 0)
            continue;
        if (Status s = store.setProjectImage(*roundId, projectId, image); !s)
            return R::failure(s.error());
    }

    QByteArray authorityPk, electionPk, kioskPk;
    const QString electionName = u"election-%1"_qs.arg(*roundId);
    auto authority = ensureKey(store, store::KeyKind::Authority, u"demo-authority"_qs, passphrase, &authorityPk);
    if (!authority)
        return R::failure(authority.error());
    auto election = ensureKey(store, store::KeyKind::Election, electionName, passphrase, &electionPk);
    if (!election)
        return R::failure(election.error());
    auto kiosk = ensureKey(store, store::KeyKind::Kiosk, kioskId, passphrase, &kioskPk);
    if (!kiosk)
        return R::failure(kiosk.error());
    if (Status s = store.setElectionKey(*roundId, electionName); !s)
        return R::failure(s.error());
    if (Status s = store.registerKiosk(*roundId, kioskId, kioskPk, u"Riverton Central Library"_qs, u"Ground floor, by the entrance"_qs); !s)
        return R::failure(s.error());
    out.codes = crypto::SecretBytes(size_t(codes) * DemoKiosk::CodeLength);
    int issued = 0;
    if (Status s = store.issueCodes(*roundId, codes,
                                    [&](QByteArrayView code) {
                                        if (code.size() != DemoKiosk::CodeLength || issued >= codes)
                                            return Status::failure(Tr::tr("Unexpected access code length."));
                                        std::memcpy(out.codes.data() + size_t(issued) * DemoKiosk::CodeLength,
                                                    code.data(), size_t(code.size()));
                                        ++issued;
                                        return Status();
                                    });
        !s)
        return R::failure(s.error());
    out.codeCount = issued;
    if (Status s = store.openRound(*roundId, u"demo-authority"_qs, *authority); !s)
        return R::failure(s.error());
    out.kioskKey = std::move(*kiosk);
    out.authorityKey = std::move(*authority);
    out.electionKey = std::move(*election);
    return out;
}

QString DemoKiosk::code(int i) const
{
    return QString::fromLatin1(reinterpret_cast<const char *>(codes.data()) + size_t(i) * CodeLength, CodeLength);
}

} // namespace pbvote::cli
