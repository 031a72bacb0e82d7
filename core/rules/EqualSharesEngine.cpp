#include "rules/EqualSharesEngine.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <numeric>

namespace pbvote::counting::mes {

namespace {

// Relative margin of the double filter. Every double used for a decision is within a
// relative 2^-50 of the exact value (conversions) or, for sums of k terms, k * 2^-52;
// with k < 2^31 voters that stays below 1e-6 * 2^-21 < 1e-12. Decisions closer than this
// margin are taken with exact integers.
constexpr double kMargin = 1e-9;

// Exact sums of count * utility (counts < 2^63, utilities < 2^64, at most 2^31 terms).
__extension__ typedef unsigned __int128 u128;

constexpr int kNone = -1;
constexpr int kToExhausted = -2;

double mpzLog2Ratio(const mpz_class &num, const mpz_class &den, double *mantissa)
{
    long en = 0;
    long ed = 0;
    const double mn = mpz_get_d_2exp(&en, num.get_mpz_t());
    const double md = mpz_get_d_2exp(&ed, den.get_mpz_t());
    *mantissa = mn / md;
    return double(en - ed);
}

} // namespace

double Engine::toDouble(const mpz_class &num, const mpz_class &den) const
{
    if (sgn(num) == 0)
        return 0.0;
    double m = 0;
    const double e = mpzLog2Ratio(num, den, &m);
    return std::ldexp(m, int(e));
}

Engine::Engine(const Instance &instance, MesUtility utility, const std::vector<int> &rank)
    : m_instance(instance), m_rank(rank)
{
    const size_t np = instance.projects.size();
    m_uniform = utility == MesUtility::Cost || utility == MesUtility::Cardinality;
    m_voters = int64_t(instance.voters.size());
    m_eligible.assign(np, 0);
    m_supporters.assign(np, 0);
    m_totalUtil.assign(np, 0);
    m_projectUtil.assign(np, 1);
    if (utility == MesUtility::Cost) {
        for (size_t p = 0; p < np; ++p)
            m_projectUtil[p] = uint64_t(std::max<int64_t>(instance.projects[p].cost, 0));
    }

    // Each voter's (project, utility > 0) pairs.
    auto utilitiesOf = [&](const Voter &v, std::vector<std::pair<int, uint64_t>> &out) {
        out.clear();
        const size_t len = v.projects.size();
        for (size_t i = 0; i < len; ++i) {
            const int p = v.projects[i];
            uint64_t u = 0;
            switch (utility) {
            case MesUtility::Cost:
                u = m_projectUtil[size_t(p)];
                break;
            case MesUtility::Cardinality:
                u = 1;
                break;
            case MesUtility::Points:
                u = i < v.points.size() ? uint64_t(std::max<int64_t>(v.points[i], 0)) : 1;
                break;
            case MesUtility::Borda:
                u = uint64_t(len - i - 1);
                break;
            }
            if (u > 0)
                out.emplace_back(p, u);
        }
        std::sort(out.begin(), out.end());
    };

    // Every voter's utilities, once.
    std::vector<std::vector<std::pair<int, uint64_t>>> ballots(instance.voters.size());
    std::vector<u128> total(np, 0);
    for (size_t vi = 0; vi < instance.voters.size(); ++vi) {
        utilitiesOf(instance.voters[vi], ballots[vi]);
        for (const auto &[p, u] : ballots[vi]) {
            ++m_supporters[size_t(p)];
            total[size_t(p)] += u;
        }
    }
    for (size_t p = 0; p < np; ++p) {
        m_totalUtil[p] = mpz_class((unsigned long)uint64_t(total[p] >> 64));
        m_totalUtil[p] <<= 64;
        m_totalUtil[p] += (unsigned long)uint64_t(total[p]);
        if (m_supporters[p] > 0 && instance.projects[p].cost > 0)
            m_eligible[p] = 1;
        else if (m_supporters[p] > 0 && instance.projects[p].cost == 0)
            m_zeroCost.push_back(int(p));
    }
    std::sort(m_zeroCost.begin(), m_zeroCost.end(), [&](int a, int b) { return m_rank[size_t(a)] < m_rank[size_t(b)]; });

    // Merge identical ballots (restricted to eligible projects; utilities kept only when
    // they differ between voters).
    struct KeyHash
    {
        size_t operator()(const std::vector<uint64_t> &k) const
        {
            uint64_t h = 1469598103934665603ull;
            for (uint64_t x : k)
                h = (h ^ x) * 1099511628211ull;
            return size_t(h);
        }
    };
    std::unordered_map<std::vector<uint64_t>, int, KeyHash> groupOf;
    groupOf.reserve(instance.voters.size());
    m_voterGroup.assign(instance.voters.size(), -1);
    std::vector<std::vector<std::pair<int, uint64_t>>> groupBallot;
    std::vector<uint64_t> key;
    for (size_t vi = 0; vi < instance.voters.size(); ++vi) {
        auto &utils = ballots[vi];
        utils.erase(std::remove_if(utils.begin(), utils.end(),
                                   [&](const auto &pu) { return !m_eligible[size_t(pu.first)]; }),
                    utils.end());
        if (utils.empty())
            continue;
        key.clear();
        for (const auto &[p, u] : utils) {
            key.push_back(uint64_t(p));
            if (!m_uniform)
                key.push_back(u);
        }
        auto [it, inserted] = groupOf.try_emplace(key, int(groupBallot.size()));
        if (inserted) {
            groupBallot.push_back(std::move(utils));
            m_groupWeight.push_back(0);
        }
        ++m_groupWeight[size_t(it->second)];
        m_voterGroup[vi] = it->second;
    }
    ballots.clear();

    m_supp.assign(np, {});
    m_suppUtil.assign(np, {});
    std::vector<std::vector<char>> overlap(np, std::vector<char>(np, 0));
    for (size_t g = 0; g < groupBallot.size(); ++g) {
        const auto &b = groupBallot[g];
        for (const auto &[p, u] : b) {
            m_supp[size_t(p)].push_back(int(g));
            if (!m_uniform)
                m_suppUtil[size_t(p)].push_back(u);
            for (const auto &[q, uq] : b)
                overlap[size_t(p)][size_t(q)] = 1;
        }
    }
    m_overlap.assign(np, {});
    for (size_t p = 0; p < np; ++p) {
        for (size_t q = 0; q < np; ++q) {
            if (overlap[p][q])
                m_overlap[p].push_back(int(q));
        }
    }
}

bool Engine::itemLess(const Item &a, const Item &b) const
{
    if (a.key < b.key * (1 - kMargin))
        return true;
    if (b.key < a.key * (1 - kMargin))
        return false;
    // x_a / u_a < x_b / u_b, exactly (all x share the denominator D).
    const mpz_class &xa = m_holders[size_t(a.holder)].x;
    const mpz_class &xb = m_holders[size_t(b.holder)].x;
    if (a.util == 1 && b.util == 1)
        return cmp(xa, xb) < 0;
    mpz_class l = xa * mpz_class((unsigned long)b.util);
    mpz_class r = xb * mpz_class((unsigned long)a.util);
    return cmp(l, r) < 0;
}

void Engine::evaluate(int p, Evaluation &e)
{
    const Project &project = m_instance.projects[size_t(p)];
    m_items.clear();
    m_itemsOf = p;
    std::vector<int> &live = m_live[size_t(p)];
    if (m_uniform) {
        size_t w = 0;
        for (size_t i = 0; i < live.size(); ++i) {
            const int g = live[i];
            const int h = m_holderOf[size_t(g)];
            if (h < 0 || m_holders[size_t(h)].exhausted)
                continue; // spent everything: drop it for good
            live[w++] = g;
            if (m_acc[size_t(h)] == 0)
                m_items.push_back(Item{h, 0, 1, m_holders[size_t(h)].value});
            m_acc[size_t(h)] += m_groupWeight[size_t(g)];
        }
        live.resize(w);
        for (Item &it : m_items) {
            it.count = m_acc[size_t(it.holder)];
            m_acc[size_t(it.holder)] = 0;
        }
    } else {
        std::vector<uint64_t> &lu = m_liveUtil[size_t(p)];
        size_t w = 0;
        for (size_t i = 0; i < live.size(); ++i) {
            const int g = live[i];
            const Holder &h = m_holders[size_t(g)];
            if (h.exhausted)
                continue;
            live[w] = g;
            lu[w] = lu[i];
            ++w;
            m_items.push_back(Item{g, m_groupWeight[size_t(g)], lu[i], h.value / double(lu[i])});
        }
        live.resize(w);
        lu.resize(w);
    }

    const double cost = double(project.cost);
    const mpz_class costD = mpz_class(long(project.cost)) * m_d;

    // Can the supporters still pay for it at all?
    double total = 0;
    for (const Item &it : m_items)
        total += double(it.count) * m_holders[size_t(it.holder)].value;
    bool affordable;
    if (total < cost * (1 - kMargin)) {
        affordable = false;
    } else if (total > cost * (1 + kMargin)) {
        affordable = true;
    } else {
        mpz_class sum = 0;
        for (const Item &it : m_items)
            mpz_addmul_ui(sum.get_mpz_t(), m_holders[size_t(it.holder)].x.get_mpz_t(), (unsigned long)it.count);
        affordable = cmp(sum, costD) >= 0;
    }
    e.affordable = affordable;
    if (!affordable)
        return;

    // Who pays everything they have ("poor") and who pays rho * utility ("rich")? The
    // answer is the unique split where every poor item has key < rho and every rich item
    // key >= rho, rho = (cost - money of the poor) / (utility of the rich). As in
    // pabutools' poor/rich algorithm, start with everybody rich and move to the poor side
    // whatever lies below the current rho (rho only grows, so they stay poor), until
    // nothing moves. Items [0, poorEnd) are poor.
    const size_t m = m_items.size();
    size_t poorEnd = 0;
    double poorMoney = 0;
    u128 richUtil = 0;
    for (const Item &it : m_items)
        richUtil += (u128)it.count * it.util;
    auto movePoor = [&](size_t i) {
        const Item it = m_items[i];
        poorMoney += double(it.count) * m_holders[size_t(it.holder)].value;
        richUtil -= (u128)it.count * it.util;
        std::swap(m_items[i], m_items[poorEnd]);
        ++poorEnd;
    };
    // Double passes: an item moves only if it is certainly below the current rho, which
    // is itself at most the final rho. poorMoney is a sum of at most 2^31 terms, each
    // within 2^-52 of its exact value: its error is far below 1e-6 * poorMoney * 2^-21,
    // bounded here by 1e-10 * poorMoney; the subtraction from the cost is then safe even
    // when the poor hold almost all of it.
    auto rhoBelow = [&]() {
        const double rest = cost - poorMoney - 1e-10 * poorMoney;
        if (rest <= 0 || richUtil == 0)
            return 0.0;
        return rest / double(richUtil) * (1 - kMargin);
    };
    auto doublePasses = [&]() {
        for (int pass = 0;; ++pass) {
            const double below = rhoBelow();
            if (below <= 0)
                return;
            if (pass == 24) {
                // Slow convergence: sort what is left and sweep it once.
                std::sort(m_items.begin() + std::ptrdiff_t(poorEnd), m_items.end(),
                          [this](const Item &a, const Item &b) { return itemLess(a, b); });
                while (poorEnd < m && m_items[poorEnd].key < rhoBelow())
                    movePoor(poorEnd);
                return;
            }
            const size_t before = poorEnd;
            for (size_t i = poorEnd; i < m; ++i) {
                if (m_items[i].key < below)
                    movePoor(i);
            }
            if (poorEnd == before)
                return;
        }
    };

    mpz_class &poorExact = m_tmp1;
    poorExact = 0;
    size_t exactUpTo = 0;
    auto toMpz = [](u128 v) {
        mpz_class r((unsigned long)uint64_t(v >> 64));
        r <<= 64;
        r += (unsigned long)uint64_t(v);
        return r;
    };
    mpz_class remaining;
    mpz_class q;
    while (true) {
        doublePasses();
        // Exact rho of the current split, then settle the items too close to call.
        for (; exactUpTo < poorEnd; ++exactUpTo) {
            const Item &it = m_items[exactUpTo];
            mpz_addmul_ui(poorExact.get_mpz_t(), m_holders[size_t(it.holder)].x.get_mpz_t(), (unsigned long)it.count);
        }
        remaining = costD - poorExact;
        q = toMpz(richUtil);
        if (richUtil == 0)
            break; // cannot happen: the supporters hold at least the cost
        const double rho = toDouble(remaining, q * m_d);
        const double above = rho * (1 + kMargin);
        bool moved = false;
        for (size_t i = poorEnd; i < m; ++i) {
            const Item &it = m_items[i];
            if (it.key > above)
                continue; // certainly rich
            // poor iff x / D / util < remaining / (q * D), i.e. x * q < remaining * util
            mpz_class l = m_holders[size_t(it.holder)].x * q;
            mpz_class r = remaining * mpz_class((unsigned long)it.util);
            if (cmp(l, r) < 0) {
                movePoor(i);
                moved = true;
                break; // rho changed: start over
            }
        }
        if (!moved)
            break;
    }
    for (; exactUpTo < poorEnd; ++exactUpTo) {
        const Item &it = m_items[exactUpTo];
        mpz_addmul_ui(poorExact.get_mpz_t(), m_holders[size_t(it.holder)].x.get_mpz_t(), (unsigned long)it.count);
    }
    e.firstRich = poorEnd;
    e.remaining = costD - poorExact;
    e.richUtil = toMpz(richUtil);
}

void Engine::fund(int p, const Evaluation &e, RoundRecord &rec)
{
    // Share per unit of utility: e.remaining / (e.richUtil * D) = t / (s * D) after
    // reduction; the new common denominator is D * s.
    mpz_class common;
    mpz_gcd(common.get_mpz_t(), e.remaining.get_mpz_t(), e.richUtil.get_mpz_t());
    mpz_class s = e.richUtil / common;
    mpz_class t = e.remaining / common;
    rec.share = mpq_class(e.remaining, e.richUtil * m_d);
    rec.share.canonicalize();
    if (s != 1) {
        m_d *= s;
        for (Holder &h : m_holders) {
            if (!h.exhausted && h.weight > 0)
                h.x *= s;
        }
    }
    rec.supporters = m_supporters[size_t(p)];
    int64_t counted = 0;
    std::vector<int> touched;
    for (size_t i = 0; i < m_items.size(); ++i) {
        const Item &it = m_items[i];
        Holder &h = m_holders[size_t(it.holder)];
        counted += it.count;
        mpz_class left;
        if (i < e.firstRich) {
            rec.paidLess += it.count;
            left = 0;
        } else {
            rec.paidFull += it.count;
            if (it.util == 1)
                left = h.x - t;
            else
                left = h.x - t * mpz_class((unsigned long)it.util);
        }
        if (!m_uniform || it.count == h.weight) {
            // The whole holder pays (always so for per-voter utilities: holder = group).
            if (sgn(left) == 0) {
                h.exhausted = true;
                h.x = 0;
                h.value = 0;
            } else {
                h.x = left;
                h.value = toDouble(h.x, m_d);
            }
            continue;
        }
        // Only some of the holder's voters support p: they move to a new holder.
        touched.push_back(it.holder);
        if (sgn(left) == 0) {
            m_action[size_t(it.holder)] = kToExhausted;
        } else {
            Holder child;
            child.x = left;
            child.value = toDouble(child.x, m_d);
            m_action[size_t(it.holder)] = int(m_holders.size());
            m_holders.push_back(std::move(child));
            m_acc.push_back(0);
            m_action.push_back(kNone);
        }
    }
    rec.hadNothing = rec.supporters - counted;
    if (!touched.empty()) {
        for (int g : m_live[size_t(p)]) {
            const int h = m_holderOf[size_t(g)];
            if (h < 0)
                continue;
            const int a = m_action[size_t(h)];
            if (a == kNone)
                continue;
            const int64_t w = m_groupWeight[size_t(g)];
            m_holders[size_t(h)].weight -= w;
            if (a == kToExhausted) {
                m_holderOf[size_t(g)] = -1;
            } else {
                m_holderOf[size_t(g)] = a;
                m_holders[size_t(a)].weight += w;
            }
        }
        for (int h : touched)
            m_action[size_t(h)] = kNone;
    }
}

RunResult Engine::run(const mpz_class &extraPerVoter, int details)
{
    RunResult result;
    const size_t np = m_instance.projects.size();
    result.winners = m_zeroCost;
    result.zeroCostWinners = int(m_zeroCost.size());

    const size_t ng = m_groupWeight.size();
    m_d = mpz_class(long(std::max<int64_t>(m_voters, 1)));
    const mpz_class startD = m_d;
    const mpz_class start = mpz_class(long(m_instance.budget)) + extraPerVoter * m_d;
    m_holders.clear();
    m_acc.clear();
    m_action.clear();
    if (m_uniform) {
        Holder h;
        h.x = start;
        h.value = toDouble(h.x, m_d);
        h.weight = std::accumulate(m_groupWeight.begin(), m_groupWeight.end(), int64_t(0));
        h.exhausted = sgn(h.x) == 0;
        m_holders.push_back(h);
        m_holderOf.assign(ng, 0);
    } else {
        m_holders.resize(ng);
        m_holderOf.resize(ng);
        for (size_t g = 0; g < ng; ++g) {
            m_holders[g].x = start;
            m_holders[g].value = toDouble(start, m_d);
            m_holders[g].weight = m_groupWeight[g];
            m_holders[g].exhausted = sgn(start) == 0;
            m_holderOf[g] = int(g);
        }
    }
    m_acc.assign(m_holders.size(), 0);
    m_action.assign(m_holders.size(), kNone);
    m_live = m_supp;
    m_liveUtil = m_suppUtil;

    enum State : char { Out, Live, Funded, Dead };
    std::vector<char> state(np, Out);
    std::vector<char> fresh(np, 0);
    std::vector<mpq_class> lb(np);
    std::vector<double> lbd(np, 0);
    std::vector<int> live;
    for (size_t p = 0; p < np; ++p) {
        if (!m_eligible[p])
            continue;
        state[p] = Live;
        // Initial bound: everybody rich, cost / total utility.
        lb[p] = mpq_class(mpz_class(long(m_instance.projects[p].cost)), m_totalUtil[p]);
        lb[p].canonicalize();
        lbd[p] = lb[p].get_d();
        live.push_back(int(p));
    }

    Evaluation e;
    std::vector<Evaluation> kept(np);
    while (true) {
        live.erase(std::remove_if(live.begin(), live.end(), [&](int p) { return state[size_t(p)] != Live; }), live.end());
        std::sort(live.begin(), live.end(), [&](int a, int b) {
            if (lbd[size_t(a)] != lbd[size_t(b)])
                return lbd[size_t(a)] < lbd[size_t(b)];
            return a < b;
        });
        int best = -1;
        for (int p : live) {
            if (best >= 0 && lbd[size_t(p)] > lbd[size_t(best)] * (1 + kMargin))
                break; // its rho is at least its bound, certainly above the best
            if (!fresh[size_t(p)]) {
                evaluate(p, e);
                if (!e.affordable) {
                    state[size_t(p)] = Dead;
                    continue;
                }
                const mpz_class &c = e.remaining; // rho = remaining / (richUtil * D * projectUtil)
                mpz_class den = e.richUtil * m_d;
                if (m_uniform)
                    den *= mpz_class((unsigned long)m_projectUtil[size_t(p)]);
                lb[size_t(p)] = mpq_class(c, den);
                lb[size_t(p)].canonicalize();
                lbd[size_t(p)] = toDouble(lb[size_t(p)].get_num(), lb[size_t(p)].get_den());
                fresh[size_t(p)] = 1;
                kept[size_t(p)] = e;
            }
            if (state[size_t(p)] != Live)
                continue;
            if (best < 0) {
                best = p;
                continue;
            }
            const double a = lbd[size_t(p)];
            const double b = lbd[size_t(best)];
            int c;
            if (a < b * (1 - kMargin))
                c = -1;
            else if (b < a * (1 - kMargin))
                c = 1;
            else
                c = cmp(lb[size_t(p)], lb[size_t(best)]);
            if (c < 0 || (c == 0 && m_rank[size_t(p)] < m_rank[size_t(best)]))
                best = p;
        }
        if (best < 0)
            break;
        if (m_itemsOf != best) {
            evaluate(best, e); // same budgets as when its rho was computed: same result
            kept[size_t(best)] = e;
        }
        RoundRecord rec;
        rec.project = best;
        rec.rho = lb[size_t(best)];
        fund(best, kept[size_t(best)], rec);
        m_itemsOf = -1;
        state[size_t(best)] = Funded;
        result.winners.push_back(best);
        result.rounds.push_back(std::move(rec));
        for (int q : m_overlap[size_t(best)])
            fresh[size_t(q)] = 0;
    }

    for (int p : result.winners)
        result.cost += m_instance.projects[size_t(p)].cost;

    if (details != WinnersOnly) {
        auto groupMoney = [&](int g) -> const mpz_class & {
            static const mpz_class zero = 0;
            const int h = m_holderOf[size_t(g)];
            if (h < 0 || m_holders[size_t(h)].exhausted)
                return zero;
            return m_holders[size_t(h)].x;
        };
        if (details & ProjectMoney)
            result.supportersMoneyLeft.assign(np, 0);
        for (size_t p = 0; p < np && (details & ProjectMoney); ++p) {
            if (!m_eligible[p])
                continue;
            mpz_class sum = 0;
            for (int g : m_supp[p])
                mpz_addmul_ui(sum.get_mpz_t(), groupMoney(g).get_mpz_t(), (unsigned long)m_groupWeight[size_t(g)]);
            result.supportersMoneyLeft[p] = mpq_class(sum, m_d);
            result.supportersMoneyLeft[p].canonicalize();
        }
        if (details & VoterMoney)
            result.voterMoneyLeft.resize(m_instance.voters.size());
        for (size_t v = 0; v < m_instance.voters.size() && (details & VoterMoney); ++v) {
            const int g = m_voterGroup[v];
            // Voters who support no project taking part keep their starting money.
            result.voterMoneyLeft[v] = g < 0 ? mpq_class(start, startD) : mpq_class(groupMoney(g), m_d);
            result.voterMoneyLeft[v].canonicalize();
        }
    }
    return result;
}

bool Engine::exhaustiveForEligible(const RunResult &r) const
{
    std::vector<char> in(m_instance.projects.size(), 0);
    for (int p : r.winners)
        in[size_t(p)] = 1;
    for (size_t p = 0; p < m_instance.projects.size(); ++p) {
        if (m_eligible[p] && !in[p] && r.cost + m_instance.projects[p].cost <= m_instance.budget)
            return false;
    }
    return true;
}

} // namespace pbvote::counting::mes
