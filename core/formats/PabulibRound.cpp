#include "formats/PabulibRound.h"

#include "formats/OutcomeJson.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace pbvote::formats {

namespace {
// Translation context "PabulibRound" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PabulibRound)
};

int metaInt(const counting::Instance &in, const char *key)
{
    return in.meta.value(QString::fromLatin1(key)).trimmed().toInt();
}
} // namespace

Result<ImportedRound> roundFromPabulib(const counting::Instance &instance, const QString &sourceName)
{
    using R = Result<ImportedRound>;
    ImportedRound out;
    Round &r = out.round;
    const QString description = instance.meta.value(u"description"_qs);
    r.name = description.isEmpty() ? QFileInfo(sourceName).completeBaseName() : description;
    r.currency = instance.meta.value(u"currency"_qs, u"PLN"_qs).left(3).toUpper();
    if (r.currency.size() != 3)
        r.currency = u"PLN"_qs;
    r.budget = instance.budget;
    switch (instance.voteType) {
    case counting::VoteType::Approval:
        r.rules.kind = instance.meta.contains(u"max_sum_cost"_qs) ? BallotKind::Knapsack : BallotKind::Approval;
        break;
    case counting::VoteType::Cumulative:
        r.rules.kind = BallotKind::Cumulative;
        r.rules.totalPoints = metaInt(instance, "max_sum_points");
        r.rules.maxPointsPerProject = metaInt(instance, "max_points");
        if (r.rules.totalPoints <= 0) {
            // No stated limit: the largest total any voter gave.
            int64_t most = 1;
            for (const counting::Voter &v : instance.voters) {
                int64_t sum = 0;
                for (int64_t p : v.points)
                    sum += p;
                most = std::max(most, sum);
            }
            r.rules.totalPoints = int(std::min<int64_t>(most, 1'000'000));
        }
        break;
    case counting::VoteType::Ordinal: r.rules.kind = BallotKind::Ordinal; break;
    case counting::VoteType::Scoring:
        return R::failure(Tr::tr("%1: scoring ballots have no pbvote ballot kind; count the file directly with "
                             "pbvote tally --pabulib.")
                              .arg(sourceName));
    }
    r.rules.minSelections = std::max(0, metaInt(instance, "min_length"));
    r.rules.maxSelections = std::max(0, metaInt(instance, "max_length"));
    for (const counting::Project &p : instance.projects)
        r.projects.push_back({p.id, p.name.isEmpty() ? p.id : p.name, QString(), p.cost, p.category, QString()});
    if (Status s = r.validate(); !s)
        return R::failure(Tr::tr("%1 cannot become a round: %2").arg(sourceName, s.error()));
    out.ballots.reserve(instance.voters.size());
    for (const counting::Voter &v : instance.voters) {
        Ballot b;
        for (size_t i = 0; i < v.projects.size(); ++i) {
            int value = 1;
            if (!v.points.empty())
                value = int(v.points[i]);
            else if (instance.voteType == counting::VoteType::Ordinal)
                value = int(i) + 1;
            b.choices.push_back({v.projects[i], value});
        }
        out.ballots.push_back(std::move(b));
    }
    return out;
}

void fillPabulibMeta(const Round &round, counting::Instance &instance)
{
    auto &m = instance.meta;
    m.insert(u"description"_qs, round.name);
    m.insert(u"currency"_qs, round.currency);
    m.insert(u"num_projects"_qs, QString::number(instance.projects.size()));
    m.insert(u"num_votes"_qs, QString::number(instance.voters.size()));
    switch (round.rules.kind) {
    case BallotKind::Approval: m.insert(u"vote_type"_qs, u"approval"_qs); break;
    case BallotKind::Knapsack:
        m.insert(u"vote_type"_qs, u"approval"_qs);
        m.insert(u"max_sum_cost"_qs, formatMoney(round.budget, instance.moneyScale).remove(u','));
        break;
    case BallotKind::Cumulative:
        m.insert(u"vote_type"_qs, u"cumulative"_qs);
        m.insert(u"max_sum_points"_qs, QString::number(round.rules.totalPoints));
        if (round.rules.maxPointsPerProject > 0)
            m.insert(u"max_points"_qs, QString::number(round.rules.maxPointsPerProject));
        break;
    case BallotKind::Ordinal: m.insert(u"vote_type"_qs, u"ordinal"_qs); break;
    }
    if (round.rules.minSelections > 0)
        m.insert(u"min_length"_qs, QString::number(round.rules.minSelections));
    if (round.rules.maxSelections > 0)
        m.insert(u"max_length"_qs, QString::number(round.rules.maxSelections));
}

} // namespace pbvote::formats
