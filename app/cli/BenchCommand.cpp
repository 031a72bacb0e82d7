// pbvote bench cast: time the cast path (validate, seal, sign, durable commit).
#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>

namespace pbvote::cli {

namespace {
// Translation context "Cli" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5));
    return v[i];
}
} // namespace

int benchCommand(CliContext &ctx, const QStringList &args)
{
    if (args.value(0) != u"cast"_qs) {
        if (args.value(0) == u"--help"_qs) {
            ctx.out() << Tr::tr("Usage: pbvote bench cast [--ballots N] [--bulk N] [--json]\n"
                            "Counting rules are benchmarked by the pbvote-bench program.")
                      << Qt::endl;
            return ExitOk;
        }
        return ctx.usage(Tr::tr("Usage: pbvote bench cast [--ballots N] [--bulk N]"));
    }
    QCommandLineParser p;
    p.addOption({u"ballots"_qs, Tr::tr("Ballots timed one by one (default 1000)."), Tr::tr("N"), u"1000"_qs});
    p.addOption({u"bulk"_qs, Tr::tr("Ballots cast back to back for the throughput figure (default 5000)."), Tr::tr("N"),
                 u"5000"_qs});
    int code = 0;
    if (!ctx.parse(p, u"bench cast"_qs,
                   Tr::tr("Measure casting on a fresh database in a temporary folder (or --db): each cast validates, "
                      "seals, signs and commits durably (WAL, synchronous=FULL)."),
                   args.mid(1), &code))
        return code;
    auto timed = intOption(p, u"ballots"_qs, 1, 10'000'000);
    auto bulk = intOption(p, u"bulk"_qs, 0, 10'000'000);
    if (!timed || !bulk)
        return ctx.usage(!timed ? timed.error() : bulk.error());
    QTemporaryDir dir;
    QString path = ctx.dbPath.isEmpty() ? dir.filePath(u"bench.sqlite"_qs) : ctx.dbPath;
    auto opened = store::BallotStore::open(path);
    if (!opened)
        return ctx.fail(opened.error());
    store::BallotStore &st = **opened;

    Round r;
    r.name = u"Benchmark round"_qs;
    r.budget = 1'000'000;
    r.rules.kind = BallotKind::Knapsack;
    r.tallyRule = u"greedy"_qs;
    for (int i = 0; i < 40; ++i)
        r.projects.push_back({u"P%1"_qs.arg(i + 1, 2, 10, QChar(u'0')), u"Project %1"_qs.arg(i + 1), QString(),
                              10'000 + 1'000 * i, QString(), QString()});
    auto id = st.createRound(r);
    if (!id)
        return ctx.fail(id.error());
    crypto::SigningKeyPair authority = crypto::SigningKeyPair::generate();
    crypto::BoxKeyPair election = crypto::BoxKeyPair::generate();
    crypto::SigningKeyPair kiosk = crypto::SigningKeyPair::generate();
    const crypto::SecretBytes pass = crypto::SecretBytes::copyOf("bench");
    for (auto [kind, name, pk] : {std::tuple{store::KeyKind::Authority, u"a"_qs, authority.publicKey},
                                  std::tuple{store::KeyKind::Election, u"e"_qs, election.publicKey}}) {
        auto blob = crypto::encryptSecret(pass, pass, "bench", crypto::KdfStrength::Interactive);
        if (!blob)
            return ctx.fail(blob.error());
        if (Status s = st.storeKey({kind, name, pk, *blob}); !s)
            return ctx.fail(s.error());
    }
    if (Status s = st.setElectionKey(*id, u"e"_qs); !s)
        return ctx.fail(s.error());
    if (Status s = st.registerKiosk(*id, u"K1"_qs, kiosk.publicKey); !s)
        return ctx.fail(s.error());
    const int64_t total = *timed + *bulk;
    auto codes = st.issueCodes(*id, int(total));
    if (!codes)
        return ctx.fail(codes.error());
    if (Status s = st.openRound(*id, u"a"_qs, authority.secretKey); !s)
        return ctx.fail(s.error());

    Ballot ballot;
    for (int i : {0, 5, 11, 17, 23, 31})
        ballot.choices.push_back({i, 1});
    auto codeText = [&](int64_t i) {
        const crypto::SecretBytes &c = (*codes)[size_t(i)];
        return QString::fromUtf8(reinterpret_cast<const char *>(c.data()), qsizetype(c.size()));
    };
    std::vector<double> ms;
    ms.reserve(size_t(*timed));
    QElapsedTimer t;
    for (int64_t i = 0; i < *timed; ++i) {
        const QString c = codeText(i);
        t.start();
        auto receipt = st.cast(*id, u"K1"_qs, kiosk.secretKey, c, ballot);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!receipt)
            return ctx.fail(receipt.error());
    }
    QElapsedTimer bulkTimer;
    bulkTimer.start();
    for (int64_t i = *timed; i < total; ++i) {
        auto receipt = st.cast(*id, u"K1"_qs, kiosk.secretKey, codeText(i), ballot);
        if (!receipt)
            return ctx.fail(receipt.error());
    }
    const double bulkSeconds = double(bulkTimer.nsecsElapsed()) / 1e9;
    const double perSecond = *bulk > 0 && bulkSeconds > 0 ? double(*bulk) / bulkSeconds : 0;
    const double median = percentile(ms, 0.5), p99 = percentile(ms, 0.99);
    if (ctx.json) {
        ctx.printJson({{u"timed_ballots"_qs, qint64(*timed)},
                       {u"median_ms"_qs, median},
                       {u"p99_ms"_qs, p99},
                       {u"max_ms"_qs, percentile(ms, 1.0)},
                       {u"bulk_ballots"_qs, qint64(*bulk)},
                       {u"bulk_ballots_per_second"_qs, perSecond}});
    } else {
        ctx.out() << Tr::tr("Cast one ballot (validate + seal + sign + durable commit), %1 ballots: median %2 ms, "
                        "p99 %3 ms, max %4 ms")
                         .arg(*timed)
                         .arg(median, 0, 'f', 3)
                         .arg(p99, 0, 'f', 3)
                         .arg(percentile(ms, 1.0), 0, 'f', 3)
                  << Qt::endl
                  << Tr::tr("Bulk casting, %1 ballots one transaction each: %2 ballots/s")
                         .arg(*bulk)
                         .arg(perSecond, 0, 'f', 0)
                  << Qt::endl;
    }
    return ExitOk;
}

} // namespace pbvote::cli
