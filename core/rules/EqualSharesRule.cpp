#include "rules/EqualSharesRule.h"

#include "rules/EqualSharesEngine.h"
#include "rules/Explain.h"
#include "rules/TieBreakOrder.h"

#include <QCoreApplication>
#include <QStringList>

#include <gmpxx.h>

#include <algorithm>
#include <string>

// The Method of Equal Shares as pabutools 1.2.3 computes it (method_of_equal_shares and
// completion_by_rule_combination); the run itself is in EqualSharesEngine. What this file
// adds: the completions, the checks on the input, and the explanations.
//
// Pabutools' semantics reproduced here (pabutools/rules/mes/mes_rule.py, exhaustion.py):
// * every voter starts with budget / n (n = all ballots, also those naming no project);
// * a project takes part if some voter has positive utility for it; if it also costs
//   nothing it is selected before anything else (in tie-breaking order); with cost utility
//   a free project gives utility 0, so it never takes part;
// * each round every supporter pays min(money left, rho * utility), rho as small as covers
//   the cost; the project with the smallest rho wins, ties to the tie-breaking order
//   (default: smallest id as a string); a project whose supporters hold less than its cost
//   is dropped; the run ends when no project is left;
// * mes-*+add1 (voter_budget_increment = 1): rerun with every voter's starting budget
//   raised by 1 currency unit (10^moneyScale units here) at a time; stop at the first
//   outcome that costs more than the budget (keep the previous one) or that is exhaustive
//   among the projects taking part (keep it); then complete greedily;
// * mes-*+greedy: greedy utilitarian welfare on what is left, keeping the MES winners.
namespace pbvote::counting {

namespace {

// num / den in lowest terms (GMP requires canonical rationals for arithmetic).
mpq_class ratio(const mpz_class &num, const mpz_class &den)
{
    mpq_class q(num, den);
    q.canonicalize();
    return q;
}

QString exactText(const mpq_class &q)
{
    // What q.get_str() gives ("p/q", or "p" when q = 1), without the std::string.
    const size_t size = mpz_sizeinbase(q.get_num_mpz_t(), 10) + mpz_sizeinbase(q.get_den_mpz_t(), 10) + 3;
    char stackBuffer[256];
    std::string heapBuffer;
    char *buffer = stackBuffer;
    if (size > sizeof stackBuffer) {
        heapBuffer.resize(size);
        buffer = heapBuffer.data();
    }
    mpq_get_str(buffer, 10, q.get_mpq_t());
    return QString::fromLatin1(buffer);
}

// An exact amount as text: whole units of 10^-moneyScale when it is one, else with two
// more decimals, rounded down (roundDown) or to the nearest.
QString moneyText(const Instance &instance, const mpq_class &amount, bool roundDown)
{
    if (amount.get_den() == 1 && amount.get_num().fits_slong_p())
        return explain::money(instance, amount.get_num().get_si());
    mpz_class scaled = amount.get_num() * 100;
    mpz_class q;
    if (roundDown) {
        mpz_fdiv_q(q.get_mpz_t(), scaled.get_mpz_t(), amount.get_den().get_mpz_t());
    } else {
        scaled = scaled * 2 + amount.get_den();
        mpz_class den2 = amount.get_den() * 2;
        mpz_fdiv_q(q.get_mpz_t(), scaled.get_mpz_t(), den2.get_mpz_t());
    }
    if (!q.fits_slong_p())
        return exactText(amount);
    return explain::formatMoney(q.get_si(), instance.moneyScale + 2);
}

QString count(int64_t n)
{
    return explain::formatCount(n);
}

Outcome failure(const QString &rule, const QString &message)
{
    Outcome out;
    out.rule = rule;
    out.error = message;
    return out;
}

QString ruleName(MesUtility utility, MesCompletion completion)
{
    QString name;
    switch (utility) {
    case MesUtility::Cost:
        name = QStringLiteral("mes-cost");
        break;
    case MesUtility::Cardinality:
        name = QStringLiteral("mes-approval");
        break;
    case MesUtility::Points:
        name = QStringLiteral("mes-points");
        break;
    case MesUtility::Borda:
        name = QStringLiteral("mes-borda");
        break;
    }
    switch (completion) {
    case MesCompletion::None:
        break;
    case MesCompletion::Greedy:
        name += QStringLiteral("+greedy");
        break;
    case MesCompletion::Add1:
        name += QStringLiteral("+add1");
        break;
    case MesCompletion::Add1UntilOverspend:
        name += QStringLiteral("+add1-equalshares");
        break;
    }
    return name;
}

QString completionName(MesCompletion completion)
{
    switch (completion) {
    case MesCompletion::None:
        return QStringLiteral("none");
    case MesCompletion::Greedy:
        return QStringLiteral("greedy");
    case MesCompletion::Add1:
        return QStringLiteral("add1");
    case MesCompletion::Add1UntilOverspend:
        return QStringLiteral("add1-until-overspend");
    }
    return QString();
}

// The input errors pabutools would choke on, named for the person who has to fix them.
QString validate(const Instance &instance, MesUtility utility)
{
    if (instance.budget < 0) {
        return QCoreApplication::translate("EqualShares", "%1: the budget is negative (%2).")
            .arg(instance.name, QString::number(instance.budget));
    }
    const int np = int(instance.projects.size());
    for (const Project &p : instance.projects) {
        if (p.cost < 0) {
            return QCoreApplication::translate("EqualShares", "%1: project %2 has a negative cost (%3).")
                .arg(instance.name, p.id, QString::number(p.cost));
        }
    }
    if (utility == MesUtility::Borda && instance.voteType != VoteType::Ordinal) {
        return QCoreApplication::translate("EqualShares", "%1: Borda utilities need ordinal ballots.").arg(instance.name);
    }
    std::vector<int> seen;
    for (size_t v = 0; v < instance.voters.size(); ++v) {
        const Voter &voter = instance.voters[v];
        // Ascending indices (the usual case) cannot repeat: only the range needs checking.
        bool ascending = true;
        int previous = -1;
        for (int p : voter.projects) {
            if (p <= previous) {
                ascending = false;
                break;
            }
            previous = p;
        }
        if (ascending ? previous >= np : true) {
            if (seen.empty())
                seen.assign(size_t(np), -1);
            for (int p : voter.projects) {
                if (p < 0 || p >= np || seen[size_t(p)] == int(v)) {
                    return QCoreApplication::translate("EqualShares",
                                                       "%1: ballot %2 names an unknown or repeated project.")
                        .arg(instance.name, QString::number(v + 1));
                }
                seen[size_t(p)] = int(v);
            }
        }
        if (utility != MesUtility::Points)
            continue;
        if (!voter.points.empty() && voter.points.size() != voter.projects.size()) {
            return QCoreApplication::translate("EqualShares", "%1: ballot %2 gives points to %3 projects but names %4.")
                .arg(instance.name, QString::number(v + 1), QString::number(voter.points.size()),
                     QString::number(voter.projects.size()));
        }
        for (int64_t pts : voter.points) {
            if (pts < 0) {
                return QCoreApplication::translate("EqualShares", "%1: ballot %2 gives negative points.")
                    .arg(instance.name, QString::number(v + 1));
            }
        }
    }
    return QString();
}

mpz_class moneyUnit(int moneyScale)
{
    mpz_class unit = 1;
    for (int i = 0; i < moneyScale; ++i)
        unit *= 10;
    return unit;
}

} // namespace

QString mesUtilityName(MesUtility utility)
{
    switch (utility) {
    case MesUtility::Cost:
        return QStringLiteral("cost");
    case MesUtility::Cardinality:
        return QStringLiteral("cardinality");
    case MesUtility::Points:
        return QStringLiteral("points");
    case MesUtility::Borda:
        return QStringLiteral("borda");
    }
    return QString();
}

std::vector<QString> equalSharesMoneyLeft(const Instance &instance, const RuleOptions &options, MesUtility utility,
                                          int64_t extraPerVoter)
{
    std::vector<QString> out;
    if (!validate(instance, utility).isEmpty())
        return out;
    mes::Engine engine(instance, utility, tieBreakRanks(instance, options.tieBreak));
    const mes::RunResult r = engine.run(mpz_class(long(extraPerVoter)), mes::Engine::VoterMoney);
    out.reserve(r.voterMoneyLeft.size());
    for (const mpq_class &q : r.voterMoneyLeft)
        out.push_back(exactText(q));
    return out;
}

Outcome equalShares(const Instance &instance, const RuleOptions &options, MesUtility utility,
                    MesCompletion completion)
{
    using namespace explain;
    const QString name = ruleName(utility, completion);
    if (const QString problem = validate(instance, utility); !problem.isEmpty())
        return failure(name, problem);

    const size_t np = instance.projects.size();
    const std::vector<int> rank = tieBreakRanks(instance, options.tieBreak);
    mes::Engine engine(instance, utility, rank);

    // The starting budget of each voter: budget / n, raised for add1.
    const mpz_class unit = moneyUnit(instance.moneyScale); // one currency unit
    long increments = 0;
    const bool raises = completion == MesCompletion::Add1 || completion == MesCompletion::Add1UntilOverspend;
    if (raises) {
        // pabutools stops at the first exhaustive outcome; equalshares.net keeps raising
        // while the outcome fits the budget. Both stop once every project that takes part
        // is funded (raising further cannot change anything).
        const bool stopWhenExhaustive = completion == MesCompletion::Add1;
        long previous = -1;
        for (long k = 0;; ++k) {
            const mes::RunResult r = engine.run(unit * k, mes::Engine::WinnersOnly);
            if (r.cost > instance.budget) {
                increments = previous;
                break;
            }
            if ((stopWhenExhaustive && engine.exhaustiveForEligible(r)) || engine.fundsEveryEligible(r)) {
                increments = k;
                break;
            }
            previous = k;
        }
        // previous == -1 would mean that MES with budget / n overspent, which it cannot
        // (voters never pay more than they hold); pabutools would then keep only the free
        // projects. Keep the k = 0 run, the closest outcome that exists.
        increments = std::max(increments, 0L);
    }
    const mpz_class extra = unit * increments;
    const mes::RunResult run = engine.run(extra, mes::Engine::ProjectMoney);
    const mpz_class voters(long(std::max<int64_t>(engine.voters(), 1)));
    const mpq_class startMoney = ratio(mpz_class(long(instance.budget)) + extra * voters, voters);

    Outcome out;
    out.rule = name;
    out.tieBreaking = tieBreakName(options.tieBreak);
    out.budget = instance.budget;
    out.winners = run.winners;

    Outcome greedy;
    Satisfaction greedySat = Satisfaction::Cost;
    if (completion != MesCompletion::None) {
        // pabutools' completion for every MES variant here is greedy_utilitarian_welfare
        // with Cost_Sat (the rules' second parameter set is {"sat_class": Cost_Sat}).
        greedy = greedyWelfare(instance, options, greedySat, run.winners);
        if (!greedy.ok())
            return failure(name, greedy.error);
        out.winners = greedy.winners;
    }

    int64_t used = 0;
    for (int p : out.winners)
        used += instance.projects[size_t(p)].cost;
    out.budgetUsed = used;
    out.budgetLeft = instance.budget - used;

    // Verdicts.
    std::vector<int> order(np, 0);
    for (size_t i = 0; i < out.winners.size(); ++i)
        order[size_t(out.winners[i])] = int(i) + 1;
    std::vector<const mes::RoundRecord *> roundOf(np, nullptr);
    std::vector<int> roundNumber(np, 0);
    for (size_t i = 0; i < run.rounds.size(); ++i) {
        roundOf[size_t(run.rounds[i].project)] = &run.rounds[i];
        roundNumber[size_t(run.rounds[i].project)] = int(i) + 1;
    }
    std::vector<char> byMes(np, 0);
    for (int p : run.winners)
        byMes[size_t(p)] = 1;
    const bool uniform = utility == MesUtility::Cost || utility == MesUtility::Cardinality;
    const int64_t mesLeft = instance.budget - run.cost;

    // Ballots naming each project (only needed to explain free projects under cost utility).
    const bool anyFree = std::any_of(instance.projects.begin(), instance.projects.end(),
                                     [](const Project &p) { return p.cost == 0; });
    const std::vector<int64_t> named = anyFree ? supporterCounts(instance) : std::vector<int64_t>(np, 0);
    QString startMoneyTextCache; // moneyText(startMoney, rounded down), once
    auto startMoneyText = [&]() -> const QString & {
        if (startMoneyTextCache.isNull())
            startMoneyTextCache = moneyText(instance, startMoney, true);
        return startMoneyTextCache;
    };
    out.verdicts.resize(np);
    for (size_t p = 0; p < np; ++p) {
        const Project &project = instance.projects[p];
        Verdict &v = out.verdicts[p];
        v.project = int(p);
        v.funded = order[p] > 0;
        v.order = order[p];
        const int64_t supporters = engine.supporters(int(p));
        v.facts.insert(QStringLiteral("cost"), qlonglong(project.cost));
        v.facts.insert(QStringLiteral("supporters"), qlonglong(supporters));
        QString costText; // money(instance, project.cost), when a text needs it
        auto cost = [&]() -> const QString & {
            if (costText.isNull())
                costText = money(instance, project.cost);
            return costText;
        };

        if (byMes[p]) {
            v.facts.insert(QStringLiteral("stage"), QStringLiteral("equal-shares"));
            if (const mes::RoundRecord *rec = roundOf[p]) {
                v.facts.insert(QStringLiteral("round"), roundNumber[p]);
                v.facts.insert(QStringLiteral("rho"), exactText(rec->rho));
                v.facts.insert(QStringLiteral("share"), exactText(rec->share));
                v.facts.insert(QStringLiteral("paidFullShare"), qlonglong(rec->paidFull));
                v.facts.insert(QStringLiteral("paidAllTheyHad"), qlonglong(rec->paidLess));
                v.facts.insert(QStringLiteral("hadNothingLeft"), qlonglong(rec->hadNothing));
                QString text;
                if (!uniform) {
                    text = QCoreApplication::translate("EqualShares", "Funded %1: its %2 supporters shared its cost of %3 "
                                                                 "in proportion to how much they valued it, %4 per "
                                                                 "point of value.")
                               .arg(ordinal(v.order), count(supporters), cost(), moneyText(instance, rec->share, false));
                } else if (rec->paidLess == 0) {
                    const QString format = rec->hadNothing > 0
                        ? QCoreApplication::translate("EqualShares", "Funded %1: %2 of its supporters shared its cost "
                                                                     "of %3 equally, %4 each.")
                        : QCoreApplication::translate("EqualShares", "Funded %1: its %2 supporters shared its cost of %3 "
                                                                     "equally, %4 each.");
                    text = format.arg(ordinal(v.order), count(rec->paidFull), cost(),
                                      moneyText(instance, rec->share, false));
                } else {
                    text = QCoreApplication::translate("EqualShares", "Funded %1: its supporters shared its cost of %2; %3 "
                                                                 "paid an equal share of %4 each, %5 paid everything "
                                                                 "they had left.")
                               .arg(ordinal(v.order), cost(), count(rec->paidFull),
                                    moneyText(instance, rec->share, false), count(rec->paidLess));
                }
                if (rec->hadNothing > 0) {
                    text += u' ' + QCoreApplication::translate("EqualShares", "%1 other supporters had already spent "
                                                                        "their share on projects funded before.")
                                       .arg(count(rec->hadNothing));
                }
                v.reason = text;
            } else {
                v.facts.insert(QStringLiteral("round"), 0);
                v.reason = QCoreApplication::translate("EqualShares", "Funded %1: it costs nothing and %2 voters supported "
                                                                 "it, so it was taken before any money was shared out.")
                               .arg(ordinal(v.order), count(supporters));
            }
            continue;
        }

        if (v.funded) {
            // Funded by the greedy completion.
            const Verdict &g = greedy.verdicts[p];
            const qlonglong available = g.facts.value(QStringLiteral("availableAtTurn")).toLongLong();
            v.facts.insert(QStringLiteral("stage"), QStringLiteral("completion"));
            v.facts.insert(QStringLiteral("availableAtTurn"), available);
            v.reason = QCoreApplication::translate("EqualShares", "Funded %1 from the money the method of equal shares "
                                                             "left over (%2): the completion step took projects by "
                                                             "number of votes and this one (%3 votes, cost %4) "
                                                             "still fitted in the %5 left at its turn.")
                           .arg(ordinal(v.order), money(instance, mesLeft), count(supporters), cost(),
                                money(instance, available));
            continue;
        }

        // Not funded.
        v.facts.insert(QStringLiteral("stage"), QStringLiteral("not-funded"));
        QString text;
        if (supporters == 0) {
            if (project.cost == 0 && utility == MesUtility::Cost && named[p] > 0) {
                text = QCoreApplication::translate("EqualShares", "Not funded by equal shares: it costs nothing, "
                                                                  "and this count measures what a project brings "
                                                                  "its supporters by its cost, so it carries no "
                                                                  "weight here.");
            } else {
                text = QCoreApplication::translate("EqualShares", "Not funded: nobody voted for it.");
            }
        } else if (!engine.eligible(int(p))) {
            text = QCoreApplication::translate("EqualShares", "Not funded.");
        } else {
            const mpq_class &left = run.supportersMoneyLeft[p];
            const mpq_class atStart = startMoney * supporters;
            v.facts.insert(QStringLiteral("supportersMoneyLeft"), exactText(left));
            v.facts.insert(QStringLiteral("supportersMoneyAtStart"), exactText(atStart));
            if (atStart < project.cost) {
                text = QCoreApplication::translate("EqualShares", "Not funded: its %1 supporters together held only %2 "
                                                             "of the %3 it costs, even before paying for anything "
                                                             "else (each voter's share of the budget is %4).")
                           .arg(count(supporters), moneyText(instance, atStart, true), cost(), startMoneyText());
            } else {
                text = QCoreApplication::translate("EqualShares", "Not funded: its %1 supporters had only %2 of the %3 "
                                                             "it costs left after paying for projects they also "
                                                             "supported.")
                           .arg(count(supporters), moneyText(instance, left, true), cost());
            }
        }
        if (completion != MesCompletion::None && project.cost > 0) {
            const Verdict &g = greedy.verdicts[p];
            const qlonglong available = g.facts.value(QStringLiteral("availableAtTurn"), qlonglong(mesLeft)).toLongLong();
            v.facts.insert(QStringLiteral("availableAtTurn"), available);
            text += u' ' + QCoreApplication::translate("EqualShares", "The completion step could not fund it either: "
                                                                "only %1 was left when its turn came.")
                               .arg(money(instance, std::max<qlonglong>(available, 0)));
        }
        v.reason = text;
    }

    out.parameters.insert(QStringLiteral("utility"), mesUtilityName(utility));
    out.parameters.insert(QStringLiteral("completion"), completionName(completion));
    out.parameters.insert(QStringLiteral("voters"), qlonglong(engine.voters()));
    out.parameters.insert(QStringLiteral("moneyScale"), instance.moneyScale);
    out.parameters.insert(QStringLiteral("voterBudget"),
                          exactText(ratio(mpz_class(long(instance.budget)), voters)));
    out.parameters.insert(QStringLiteral("mesWinners"), int(run.winners.size()));
    out.parameters.insert(QStringLiteral("mesCost"), qlonglong(run.cost));
    if (raises) {
        out.parameters.insert(QStringLiteral("budgetIncrement"), QString::fromStdString(unit.get_str()));
        out.parameters.insert(QStringLiteral("increments"), qlonglong(increments));
    }
    if (completion != MesCompletion::None)
        out.parameters.insert(QStringLiteral("completionSatisfaction"), QStringLiteral("cost"));
    out.parameters.insert(QStringLiteral("finalVoterBudget"), exactText(startMoney));
    return out;
}

} // namespace pbvote::counting
