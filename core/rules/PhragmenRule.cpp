#include "rules/PhragmenRule.h"

#include "rules/Explain.h"
#include "rules/TieBreakOrder.h"

#include <QCoreApplication>

#include <gmpxx.h>

#include <algorithm>

namespace pbvote::counting {

// Translation context "pbvote::counting::Phragmen", written out in every translate() call: lupdate reads only
// string literals.

namespace {

QString exactText(const mpq_class &q)
{
    return QString::fromStdString(q.get_str());
}

// A load (money, in units of 10^-moneyScale) as text for people, to the hundredth of the
// smallest money unit shown, rounded half up: "about 1,234.57".
QString approxMoney(const Instance &instance, const mpq_class &load)
{
    mpq_class hundredths = load * 100;
    mpz_class rounded = (hundredths.get_num() * 2 + hundredths.get_den()) / (hundredths.get_den() * 2);
    if (!rounded.fits_slong_p())
        return exactText(load);
    const int64_t value = rounded.get_si();
    return QCoreApplication::translate("pbvote::counting::Phragmen", "about %1")
        .arg(explain::formatMoney(value, instance.moneyScale + 2));
}

} // namespace

Outcome sequentialPhragmen(const Instance &instance, const RuleOptions &options)
{
    using namespace explain;
    Outcome out;
    out.rule = QStringLiteral("phragmen");
    out.tieBreaking = tieBreakName(options.tieBreak);
    if (instance.voteType != VoteType::Approval) {
        out.error = QCoreApplication::translate("pbvote::counting::Phragmen",
                                                "%1: sequential Phragmén applies to approval ballots only.")
                        .arg(instance.name);
        return out;
    }
    const size_t n = instance.projects.size();
    for (const Project &p : instance.projects) {
        if (p.cost < 0) {
            out.error = QCoreApplication::translate("pbvote::counting::Phragmen",
                                                    "%1: project %2 has a negative cost (%3).")
                            .arg(instance.name, p.id, QString::number(p.cost));
            return out;
        }
    }
    const int64_t budget = instance.budget;
    out.budget = budget;

    // Ballots flattened into one array (ballotStart[v] .. ballotStart[v + 1]) for speed.
    std::vector<size_t> ballotStart(instance.voters.size() + 1, 0);
    std::vector<int> ballotProjects;
    std::vector<std::vector<int>> supporters(n);
    for (size_t v = 0; v < instance.voters.size(); ++v) {
        for (int p : instance.voters[v].projects) {
            if (p < 0 || size_t(p) >= n) {
                out.error = QCoreApplication::translate("pbvote::counting::Phragmen",
                                                        "%1: voter %2 names a project that does not exist.")
                                .arg(instance.name, QString::number(v + 1));
                return out;
            }
            supporters[size_t(p)].push_back(int(v));
            ballotProjects.push_back(p);
        }
        ballotStart[v + 1] = ballotProjects.size();
    }
    std::vector<int64_t> score(n);
    for (size_t p = 0; p < n; ++p)
        score[p] = int64_t(supporters[p].size());
    const std::vector<int> rank = tieBreakRanks(instance, options.tieBreak, &score);

    // Loads are kept exactly as integers over one common denominator D (every load is
    // num / D): updates are then integer additions, and D only grows, by a small factor,
    // when a new load needs it. Every voter's load is one of the values funded projects
    // gave so far (0 at first), so voters are kept in classes of equal load and one round
    // costs a few big-integer operations per project, not one per ballot.
    mpz_class denominator = 1;
    std::vector<mpz_class> classLoad(1, mpz_class(0)); // numerators over D
    std::vector<int> voterClass(instance.voters.size(), 0);
    std::vector<mpz_class> supporterLoad(n, mpz_class(0)); // sum of its supporters' loads, over D
    std::vector<char> remaining(n, 0);
    for (size_t p = 0; p < n; ++p)
        remaining[p] = instance.projects[p].cost <= budget ? 1 : 0;

    std::vector<char> funded(n, 0);
    std::vector<mpq_class> fundedLoad(n);
    std::vector<mpq_class> loadAtStop(n);
    std::vector<char> infiniteAtStop(n, 0);
    std::vector<int64_t> leftAtTurn(n, 0);
    int128 used = 0;
    int stoppedAt = -1;               // the project next in line that no longer fitted
    std::vector<int64_t> tmpCount(n, 0);

    // total[p] = supporters' loads + cost, over D; the new load would be total / score.
    std::vector<mpz_class> total(n);
    mpz_class lhs;
    mpz_class rhs;
    // -1, 0, 1 as total[a]/score[a] compares with total[b]/score[b].
    auto compareLoads = [&](size_t a, size_t b) {
        mpz_mul_ui(lhs.get_mpz_t(), total[a].get_mpz_t(), static_cast<unsigned long>(score[b]));
        mpz_mul_ui(rhs.get_mpz_t(), total[b].get_mpz_t(), static_cast<unsigned long>(score[a]));
        return cmp(lhs, rhs);
    };
    auto exactLoad = [&](size_t p) {
        mpq_class q(total[p], denominator * mpz_class(static_cast<unsigned long>(score[p])));
        q.canonicalize();
        return q;
    };

    while (true) {
        // The load each remaining project would give its supporters.
        int bestFinite = -1;
        bool anyLeft = false;
        for (size_t p = 0; p < n; ++p) {
            if (!remaining[p])
                continue;
            anyLeft = true;
            if (score[p] == 0)
                continue;
            total[p] = supporterLoad[p];
            mpz_addmul_ui(total[p].get_mpz_t(), denominator.get_mpz_t(),
                          static_cast<unsigned long>(instance.projects[p].cost));
            if (bestFinite < 0 || compareLoads(p, size_t(bestFinite)) < 0)
                bestFinite = int(p);
        }
        if (!anyLeft)
            break;
        // All projects with the smallest load (infinite if no remaining project has supporters).
        std::vector<int> tied;
        for (size_t p = 0; p < n; ++p) {
            if (!remaining[p])
                continue;
            if (bestFinite < 0 ? score[p] == 0 : (score[p] > 0 && compareLoads(p, size_t(bestFinite)) == 0))
                tied.push_back(int(p));
        }
        const bool anyTooExpensive = std::any_of(tied.begin(), tied.end(), [&](int p) {
            return used + instance.projects[size_t(p)].cost > budget;
        });
        if (anyTooExpensive) {
            // pabutools stops the whole count here, even if a tied project would have fitted.
            int blocker = -1;
            for (int p : tied) {
                if (used + instance.projects[size_t(p)].cost > budget
                    && (blocker < 0 || rank[size_t(p)] < rank[size_t(blocker)]))
                    blocker = p;
            }
            stoppedAt = blocker;
            for (size_t p = 0; p < n; ++p) {
                if (!remaining[p])
                    continue;
                leftAtTurn[p] = int64_t(budget - used);
                if (score[p] == 0)
                    infiniteAtStop[p] = 1;
                else
                    loadAtStop[p] = exactLoad(p);
            }
            break;
        }
        const int chosen = *std::min_element(tied.begin(), tied.end(),
                                             [&](int a, int b) { return rank[size_t(a)] < rank[size_t(b)]; });
        const size_t c = size_t(chosen);
        leftAtTurn[c] = int64_t(budget - used);
        remaining[c] = 0;
        funded[c] = 1;
        out.winners.push_back(chosen);
        used += instance.projects[c].cost;
        if (score[c] == 0)
            continue; // nobody's load changes

        fundedLoad[c] = exactLoad(c);
        // New load = total / score over D; scale D so that it stays a whole numerator.
        const unsigned long votes = static_cast<unsigned long>(score[c]);
        const unsigned long common = mpz_gcd_ui(nullptr, total[c].get_mpz_t(), votes);
        const unsigned long factor = votes / common;
        if (factor > 1) {
            denominator *= factor;
            for (mpz_class &x : classLoad)
                x *= factor;
            for (size_t q = 0; q < n; ++q) {
                if (remaining[q])
                    supporterLoad[q] *= factor;
            }
            total[c] *= factor;
        }
        mpz_class newLoad;
        mpz_divexact_ui(newLoad.get_mpz_t(), total[c].get_mpz_t(), votes);
        const int newClass = int(classLoad.size());
        classLoad.push_back(newLoad);

        // The supporters grouped by their current load class (counting sort).
        const std::vector<int> &supp = supporters[c];
        std::vector<size_t> classStart(classLoad.size() + 1, 0);
        for (int v : supp)
            ++classStart[size_t(voterClass[size_t(v)]) + 1];
        for (size_t k = 1; k < classStart.size(); ++k)
            classStart[k] += classStart[k - 1];
        std::vector<int> group(supp.size());
        {
            std::vector<size_t> fill(classStart.begin(), classStart.end() - 1);
            for (int v : supp)
                group[fill[size_t(voterClass[size_t(v)])]++] = v;
        }
        mpz_class delta;
        size_t start = 0;
        while (start < group.size()) {
            const int oldClass = voterClass[size_t(group[start])];
            const size_t end = classStart[size_t(oldClass) + 1];
            // The hot loop: a branch-free count of how many of these voters support each project.
            for (size_t g = start; g < end; ++g) {
                const size_t v = size_t(group[g]);
                for (size_t k = ballotStart[v]; k < ballotStart[v + 1]; ++k)
                    ++tmpCount[size_t(ballotProjects[k])];
            }
            delta = newLoad - classLoad[size_t(oldClass)];
            for (size_t q = 0; q < n; ++q) {
                if (tmpCount[q] != 0 && remaining[q]) {
                    // The delta may be negative (a supporter's load can go down), so
                    // multiply by the count as a signed number.
                    supporterLoad[q] += delta * static_cast<long>(tmpCount[q]);
                }
                tmpCount[q] = 0;
            }
            start = end;
        }
        for (int v : group)
            voterClass[size_t(v)] = newClass;
    }

    out.budgetUsed = int64_t(used);
    out.budgetLeft = int64_t(budget - used);

    std::vector<int> order(n, 0);
    for (size_t i = 0; i < out.winners.size(); ++i)
        order[size_t(out.winners[i])] = int(i) + 1;

    out.verdicts.resize(n);
    for (size_t p = 0; p < n; ++p) {
        const Project &project = instance.projects[p];
        Verdict &v = out.verdicts[p];
        v.project = int(p);
        v.funded = funded[p] != 0;
        v.order = order[p];
        v.facts.insert(QStringLiteral("votes"), qlonglong(score[p]));
        v.facts.insert(QStringLiteral("cost"), qlonglong(project.cost));
        const QString costText = money(instance, project.cost);
        if (v.funded) {
            v.facts.insert(QStringLiteral("availableAtTurn"), qlonglong(leftAtTurn[p]));
            if (score[p] == 0) {
                v.reason = QCoreApplication::translate("pbvote::counting::Phragmen",
                                                       "Funded %1: nobody voted for it, but it cost %2 and "
                                                       "%3 was still available after every project with "
                                                       "votes.")
                               .arg(ordinal(v.order), costText, money(instance, leftAtTurn[p]));
            } else {
                v.facts.insert(QStringLiteral("load"), exactText(fundedLoad[p]));
                v.reason = QCoreApplication::translate("pbvote::counting::Phragmen",
                                                       "Funded %1: its %2 shared its cost of %3, and each of "
                                                       "them ended up with a load of %4, the smallest any "
                                                       "project could give its supporters at that point.")
                               .arg(ordinal(v.order), votes(score[p]), costText, approxMoney(instance, fundedLoad[p]));
            }
            continue;
        }
        if (project.cost > budget) {
            v.reason = QCoreApplication::translate("pbvote::counting::Phragmen",
                                                   "Not funded: it costs %1, more than the whole budget of %2.")
                           .arg(costText, money(instance, budget));
            continue;
        }
        // Not funded: the count stopped before it.
        v.facts.insert(QStringLiteral("availableAtStop"), qlonglong(leftAtTurn[p]));
        if (!infiniteAtStop[p])
            v.facts.insert(QStringLiteral("loadAtStop"), exactText(loadAtStop[p]));
        if (int(p) == stoppedAt) {
            v.reason = QCoreApplication::translate("pbvote::counting::Phragmen",
                                                   "Not funded: it was next in line (its %1 would each have "
                                                   "carried a load of %2), but it costs %3 and only %4 was "
                                                   "left, so the count stopped here.")
                           .arg(votes(score[p]),
                                infiniteAtStop[p] ? QStringLiteral("-") : approxMoney(instance, loadAtStop[p]), costText,
                                money(instance, leftAtTurn[p]));
            if (infiniteAtStop[p]) {
                v.reason = QCoreApplication::translate("pbvote::counting::Phragmen",
                                                       "Not funded: nobody voted for it; it costs %1 and only "
                                                       "%2 was left, so the count stopped here.")
                               .arg(costText, money(instance, leftAtTurn[p]));
            }
        } else if (infiniteAtStop[p]) {
            v.reason = QCoreApplication::translate("pbvote::counting::Phragmen", "Not funded: nobody voted for it.");
        } else {
            const QString next = stoppedAt >= 0 ? instance.projects[size_t(stoppedAt)].id : QString();
            v.reason = QCoreApplication::translate("pbvote::counting::Phragmen",
                                                   "Not funded: its %1 would each have had to carry a load "
                                                   "of %2; the count stopped before its turn, when project "
                                                   "%3 came next and no longer fitted in the %4 left.")
                           .arg(votes(score[p]), approxMoney(instance, loadAtStop[p]), next,
                                money(instance, leftAtTurn[p]));
        }
    }
    out.parameters.insert(QStringLiteral("budget"), qlonglong(budget));
    out.parameters.insert(QStringLiteral("moneyScale"), instance.moneyScale);
    if (stoppedAt >= 0)
        out.parameters.insert(QStringLiteral("stoppedAt"), instance.projects[size_t(stoppedAt)].id);
    return out;
}

} // namespace pbvote::counting
