#include "rules/EqualSharesEngine.h"

#include <algorithm>
#include <cmath>
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

// Gives x room for `limbs` limbs and a few more, so that the multiplications by the
// factors of the next denominators seldom reallocate it. x's value is kept if it fits.
void reserveLimbs(mpz_class &x, size_t limbs)
{
    limbs += 4;
    if (size_t(x.get_mpz_t()->_mp_alloc) < limbs)
        mpz_realloc2(x.get_mpz_t(), mp_bitcnt_t(limbs) * GMP_NUMB_BITS);
}

void reserveRoom(mpz_class &x, const mpz_class &like)
{
    reserveLimbs(x, mpz_size(like.get_mpz_t()));
}

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

void Engine::setDenominator()
{
    m_dMantissa = mpz_get_d_2exp(&m_dExp, m_d.get_mpz_t());
}

double Engine::moneyToDouble(const mpz_class &x) const
{
    // As toDouble(x, m_d), with m_d's mantissa and exponent computed once per change of D.
    if (sgn(x) == 0)
        return 0.0;
    long ex = 0;
    const double mx = mpz_get_d_2exp(&ex, x.get_mpz_t());
    return std::ldexp(mx / m_dMantissa, int(ex - m_dExp));
}

int Engine::newHolder()
{
    if (m_nh == m_holders.size()) {
        m_holders.emplace_back();
        m_acc.push_back(0);
        m_action.push_back(kNone);
    }
    Holder &h = m_holders[m_nh];
    h.value = 0;
    h.weight = 0;
    h.exhausted = false;
    m_acc[m_nh] = 0;
    m_action[m_nh] = kNone;
    return int(m_nh++);
}

Engine::Engine(const Instance &instance, MesUtility utility, const std::vector<int> &rank)
    : m_instance(instance), m_rank(rank)
{
    const size_t np = instance.projects.size();
    const size_t nv = instance.voters.size();
    m_uniform = utility == MesUtility::Cost || utility == MesUtility::Cardinality;
    m_voters = int64_t(nv);
    m_eligible.assign(np, 0);
    m_supporters.assign(np, 0);
    m_projectUtil.assign(np, 1);
    if (utility == MesUtility::Cost) {
        for (size_t p = 0; p < np; ++p)
            m_projectUtil[p] = uint64_t(std::max<int64_t>(instance.projects[p].cost, 0));
    }

    // The utility of the i-th project named by v.
    auto utilityOf = [&](const Voter &v, size_t i) -> uint64_t {
        switch (utility) {
        case MesUtility::Cost:
            return m_projectUtil[size_t(v.projects[i])];
        case MesUtility::Cardinality:
            return 1;
        case MesUtility::Points:
            return i < v.points.size() ? uint64_t(std::max<int64_t>(v.points[i], 0)) : 1;
        case MesUtility::Borda:
            return uint64_t(v.projects.size() - i - 1);
        }
        return 0;
    };

    // Merge identical ballots, restricted to eligible projects (and to positive utilities).
    // Uniform utilities: a ballot's key is the bit set of its projects (W words); per-voter
    // utilities: its (project, utility) pairs by ascending project. Groups are numbered in
    // order of first appearance. Keys live in one arena, found through an open-addressing
    // table of group numbers.
    const size_t W = std::max<size_t>((np + 63) / 64, 1);
    std::vector<uint64_t> arena;
    std::vector<size_t> keyStart{0}; // per-voter utilities (uniform keys: g * W)
    std::vector<uint64_t> keyHash;
    size_t cap = 256;
    std::vector<int> table(cap, -1);
    m_voterGroup.assign(nv, -1);
    auto hashOf = [](const uint64_t *key, size_t len) {
        uint64_t h = 0x9e3779b97f4a7c15ull ^ len;
        for (size_t i = 0; i < len; ++i) {
            h = (h ^ key[i]) * 0xff51afd7ed558ccdull;
            h ^= h >> 32;
        }
        return h;
    };
    // The group of this key, created if new.
    auto groupOf = [&](const uint64_t *key, size_t len) {
        const uint64_t h = hashOf(key, len);
        size_t slot = size_t(h) & (cap - 1);
        while (table[slot] >= 0) {
            const size_t c = size_t(table[slot]);
            if (keyHash[c] == h) {
                const size_t cs = m_uniform ? c * W : keyStart[c];
                const size_t cl = m_uniform ? W : keyStart[c + 1] - cs;
                if (cl == len) {
                    const uint64_t *other = arena.data() + cs;
                    size_t i = 0;
                    while (i < len && key[i] == other[i])
                        ++i;
                    if (i == len)
                        return int(c);
                }
            }
            slot = (slot + 1) & (cap - 1);
        }
        const int g = int(m_groupWeight.size());
        arena.insert(arena.end(), key, key + len);
        if (!m_uniform)
            keyStart.push_back(arena.size());
        keyHash.push_back(h);
        m_groupWeight.push_back(0);
        table[slot] = g;
        if (2 * m_groupWeight.size() + 2 > cap) {
            cap *= 4;
            table.assign(cap, -1);
            for (size_t c = 0; c < keyHash.size(); ++c) {
                size_t sl = size_t(keyHash[c]) & (cap - 1);
                while (table[sl] >= 0)
                    sl = (sl + 1) & (cap - 1);
                table[sl] = int(c);
            }
        }
        return g;
    };

    std::vector<u128> total(np, 0);
    if (m_uniform) {
        // Every named project that costs something gives a positive utility (its cost, or
        // 1) and has a supporter: it takes part. Free projects count only their supporters
        // (cardinality utility; with cost utility they give 0).
        std::vector<char> positive(np, 0);
        for (size_t p = 0; p < np; ++p)
            positive[p] = instance.projects[p].cost > 0;
        const bool countFree = utility == MesUtility::Cardinality;
        if (W == 1) {
            // At most 64 projects: the key is one word, kept in the table itself.
            struct Slot
            {
                uint64_t key;
                int group;
            };
            unsigned bits = 8;
            std::vector<Slot> slots1(size_t(1) << bits, Slot{0, -1});
            auto slotOf = [&](uint64_t k) { return size_t((k * 0x9e3779b97f4a7c15ull) >> (64 - bits)); };
            for (size_t vi = 0; vi < nv; ++vi) {
                uint64_t k = 0;
                for (const int p : instance.voters[vi].projects) {
                    if (positive[size_t(p)])
                        k |= uint64_t(1) << unsigned(p);
                    else if (countFree)
                        ++m_supporters[size_t(p)];
                }
                if (k == 0)
                    continue;
                const size_t mask = (size_t(1) << bits) - 1;
                size_t slot = slotOf(k);
                while (slots1[slot].group >= 0 && slots1[slot].key != k)
                    slot = (slot + 1) & mask;
                int g = slots1[slot].group;
                if (g < 0) {
                    g = int(m_groupWeight.size());
                    slots1[slot] = Slot{k, g};
                    arena.push_back(k);
                    m_groupWeight.push_back(0);
                    if (2 * m_groupWeight.size() + 2 > (size_t(1) << bits)) {
                        bits += 2;
                        slots1.assign(size_t(1) << bits, Slot{0, -1});
                        const size_t m2 = (size_t(1) << bits) - 1;
                        for (size_t c = 0; c < arena.size(); ++c) {
                            size_t sl = slotOf(arena[c]);
                            while (slots1[sl].group >= 0)
                                sl = (sl + 1) & m2;
                            slots1[sl] = Slot{arena[c], int(c)};
                        }
                    }
                }
                ++m_groupWeight[size_t(g)];
                m_voterGroup[vi] = g;
            }
        }
        std::vector<uint64_t> key(W, 0);
        for (size_t vi = 0; vi < nv && W > 1; ++vi) {
            const Voter &v = instance.voters[vi];
            std::fill(key.begin(), key.end(), 0);
            bool any = false;
            for (const int p : v.projects) {
                if (positive[size_t(p)]) {
                    key[size_t(p) >> 6] |= uint64_t(1) << (unsigned(p) & 63);
                    any = true;
                } else if (countFree) {
                    ++m_supporters[size_t(p)];
                }
            }
            if (!any)
                continue;
            const int g = groupOf(key.data(), W);
            ++m_groupWeight[size_t(g)];
            m_voterGroup[vi] = g;
        }
        // Each group's projects, and the supporters of each project.
        const size_t ng = m_groupWeight.size();
        m_groupStart.assign(ng + 1, 0);
        m_groupProjects.clear();
        for (size_t g = 0; g < ng; ++g) {
            const int64_t weight = m_groupWeight[g];
            for (size_t w = 0; w < W; ++w) {
                uint64_t bits = arena[g * W + w];
                while (bits) {
                    const size_t p = w * 64 + size_t(__builtin_ctzll(bits));
                    bits &= bits - 1;
                    m_supporters[p] += weight;
                    m_groupProjects.push_back(int(p));
                }
            }
            m_groupStart[g + 1] = m_groupProjects.size();
        }
        for (size_t p = 0; p < np; ++p) {
            if (positive[p])
                total[p] = (u128)uint64_t(m_supporters[p]) * m_projectUtil[p];
        }
        for (size_t p = 0; p < np; ++p)
            m_eligible[p] = m_supporters[p] > 0 && instance.projects[p].cost > 0;
    } else {
        // Supporters (positive utility) and total utility per project.
        for (const Voter &v : instance.voters) {
            const size_t len = v.projects.size();
            for (size_t i = 0; i < len; ++i) {
                const uint64_t u = utilityOf(v, i);
                if (u > 0) {
                    const size_t p = size_t(v.projects[i]);
                    ++m_supporters[p];
                    total[p] += u;
                }
            }
        }
        for (size_t p = 0; p < np; ++p)
            m_eligible[p] = m_supporters[p] > 0 && instance.projects[p].cost > 0;
        std::vector<uint64_t> key;
        std::vector<std::pair<int, uint64_t>> pairs;
        for (size_t vi = 0; vi < nv; ++vi) {
            const Voter &v = instance.voters[vi];
            const size_t len = v.projects.size();
            pairs.clear();
            for (size_t i = 0; i < len; ++i) {
                const uint64_t u = utilityOf(v, i);
                if (u > 0 && m_eligible[size_t(v.projects[i])])
                    pairs.emplace_back(v.projects[i], u);
            }
            if (pairs.empty())
                continue;
            std::sort(pairs.begin(), pairs.end());
            key.clear();
            for (const auto &[p, u] : pairs) {
                key.push_back(uint64_t(p));
                key.push_back(u);
            }
            const int g = groupOf(key.data(), key.size());
            ++m_groupWeight[size_t(g)];
            m_voterGroup[vi] = g;
        }
    }

    m_initialRho.assign(np, 0);
    m_initialRhoD.assign(np, 0);
    for (size_t p = 0; p < np; ++p) {
        if (m_eligible[p]) {
            // Initial bound: everybody rich, cost / total utility.
            mpq_class &q = m_initialRho[p];
            mpz_set_si(q.get_num_mpz_t(), long(instance.projects[p].cost));
            mpz_set_ui(q.get_den_mpz_t(), (unsigned long)uint64_t(total[p] >> 64));
            mpz_mul_2exp(q.get_den_mpz_t(), q.get_den_mpz_t(), 64);
            mpz_add_ui(q.get_den_mpz_t(), q.get_den_mpz_t(), (unsigned long)uint64_t(total[p]));
            q.canonicalize();
            m_initialRhoD[p] = q.get_d();
        } else if (m_supporters[p] > 0 && instance.projects[p].cost == 0) {
            m_zeroCost.push_back(int(p));
        }
    }
    std::sort(m_zeroCost.begin(), m_zeroCost.end(), [&](int a, int b) { return m_rank[size_t(a)] < m_rank[size_t(b)]; });

    const size_t ng = m_groupWeight.size();
    std::vector<uint64_t> groupUtil; // per-voter utilities: aligned with m_groupProjects
    if (!m_uniform) {
        m_groupStart.assign(ng + 1, 0);
        m_groupProjects.clear();
        for (size_t g = 0; g < ng; ++g) {
            for (size_t k = keyStart[g]; k < keyStart[g + 1]; k += 2) {
                m_groupProjects.push_back(int(arena[k]));
                groupUtil.push_back(arena[k + 1]);
            }
            m_groupStart[g + 1] = m_groupProjects.size();
        }
    }

    // Supporting groups per project (ascending), and which projects share a supporter.
    m_suppStart.assign(np + 1, 0);
    for (const int p : m_groupProjects)
        ++m_suppStart[size_t(p) + 1];
    for (size_t p = 0; p < np; ++p)
        m_suppStart[p + 1] += m_suppStart[p];
    m_supp.assign(m_suppStart[np], 0);
    m_suppUtil.assign(m_uniform ? 0 : m_suppStart[np], 0);
    std::vector<size_t> fill(m_suppStart.begin(), m_suppStart.end() - 1);
    std::vector<uint64_t> overlap(np * W, 0);
    std::vector<uint64_t> mask(W, 0);
    for (size_t g = 0; g < ng; ++g) {
        const size_t gs = m_groupStart[g];
        const size_t ge = m_groupStart[g + 1];
        const uint64_t *bits = nullptr;
        if (m_uniform) {
            bits = arena.data() + g * W;
        } else {
            std::fill(mask.begin(), mask.end(), 0);
            for (size_t i = gs; i < ge; ++i) {
                const unsigned p = unsigned(m_groupProjects[i]);
                mask[p >> 6] |= uint64_t(1) << (p & 63);
            }
            bits = mask.data();
        }
        for (size_t i = gs; i < ge; ++i) {
            const size_t p = size_t(m_groupProjects[i]);
            const size_t at = fill[p]++;
            m_supp[at] = int(g);
            if (!m_uniform)
                m_suppUtil[at] = groupUtil[i];
            if (W == 1) {
                overlap[p] |= bits[0];
            } else {
                uint64_t *row = overlap.data() + p * W;
                for (size_t w = 0; w < W; ++w)
                    row[w] |= bits[w];
            }
        }
    }
    m_overlapStart.assign(np + 1, 0);
    m_overlap.clear();
    for (size_t p = 0; p < np; ++p) {
        const uint64_t *row = overlap.data() + p * W;
        for (size_t w = 0; w < W; ++w) {
            uint64_t b = row[w];
            while (b) {
                m_overlap.push_back(int(w * 64 + size_t(__builtin_ctzll(b))));
                b &= b - 1;
            }
        }
        m_overlapStart[p + 1] = m_overlap.size();
    }
}

bool Engine::itemLess(const Item &a, const Item &b)
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
    mpz_mul_ui(m_tmp3.get_mpz_t(), xa.get_mpz_t(), (unsigned long)b.util);
    mpz_mul_ui(m_tmp4.get_mpz_t(), xb.get_mpz_t(), (unsigned long)a.util);
    return cmp(m_tmp3, m_tmp4) < 0;
}

namespace {

void setU128(mpz_class &r, u128 v)
{
    const uint64_t hi = uint64_t(v >> 64);
    if (hi == 0) {
        mpz_set_ui(r.get_mpz_t(), (unsigned long)uint64_t(v));
        return;
    }
    mpz_set_ui(r.get_mpz_t(), (unsigned long)hi);
    mpz_mul_2exp(r.get_mpz_t(), r.get_mpz_t(), 64);
    mpz_add_ui(r.get_mpz_t(), r.get_mpz_t(), (unsigned long)uint64_t(v));
}

} // namespace

void Engine::evaluate(int p, Evaluation &e)
{
    const Project &project = m_instance.projects[size_t(p)];
    m_itemsOf = p;
    const size_t begin = m_suppStart[size_t(p)];
    size_t &end = m_liveEnd[size_t(p)];
    if (m_itemStore.size() < end - begin)
        m_itemStore.resize(end - begin);
    Item *const out = m_itemStore.data();
    size_t n = 0;
    if (m_uniform) {
        size_t w = begin;
        for (size_t i = begin; i < end; ++i) {
            const int g = m_live[i];
            const int h = m_holderOf[size_t(g)];
            if (h < 0 || m_holders[size_t(h)].exhausted)
                continue; // spent everything: drop it for good
            m_live[w++] = g;
            if (m_acc[size_t(h)] == 0)
                out[n++] = Item{h, 0, 1, m_holders[size_t(h)].value};
            m_acc[size_t(h)] += m_groupWeight[size_t(g)];
        }
        end = w;
        m_items = std::span<Item>(out, n);
        for (Item &it : m_items) {
            it.count = m_acc[size_t(it.holder)];
            m_acc[size_t(it.holder)] = 0;
        }
    } else {
        size_t w = begin;
        for (size_t i = begin; i < end; ++i) {
            const int g = m_live[i];
            const Holder &h = m_holders[size_t(g)];
            if (h.exhausted)
                continue;
            const uint64_t u = m_liveUtil[i];
            m_live[w] = g;
            m_liveUtil[w] = u;
            ++w;
            out[n++] = Item{g, m_groupWeight[size_t(g)], u, h.value / double(u)};
        }
        end = w;
        m_items = std::span<Item>(out, n);
    }

    const double cost = double(project.cost);
    mpz_class &costD = m_tmp2;
    mpz_mul_si(costD.get_mpz_t(), m_d.get_mpz_t(), long(project.cost));

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
        mpz_class &sum = m_tmp3;
        sum = 0;
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
    mpz_class &remaining = e.remaining;
    mpz_class &q = e.richUtil;
    while (true) {
        doublePasses();
        // Exact rho of the current split, then settle the items too close to call.
        for (; exactUpTo < poorEnd; ++exactUpTo) {
            const Item &it = m_items[exactUpTo];
            mpz_addmul_ui(poorExact.get_mpz_t(), m_holders[size_t(it.holder)].x.get_mpz_t(), (unsigned long)it.count);
        }
        mpz_sub(remaining.get_mpz_t(), costD.get_mpz_t(), poorExact.get_mpz_t());
        setU128(q, richUtil);
        if (richUtil == 0)
            break; // cannot happen: the supporters hold at least the cost
        // rho = remaining / (q * D)
        double rm = 0;
        const double re = mpzLog2Ratio(remaining, q, &rm);
        const double rho = std::ldexp(rm / m_dMantissa, int(long(re) - m_dExp));
        const double above = rho * (1 + kMargin);
        bool moved = false;
        for (size_t i = poorEnd; i < m; ++i) {
            const Item &it = m_items[i];
            if (it.key > above)
                continue; // certainly rich
            // poor iff x / D / util < remaining / (q * D), i.e. x * q < remaining * util
            mpz_mul(m_tmp3.get_mpz_t(), m_holders[size_t(it.holder)].x.get_mpz_t(), q.get_mpz_t());
            mpz_mul_ui(m_tmp4.get_mpz_t(), remaining.get_mpz_t(), (unsigned long)it.util);
            if (cmp(m_tmp3, m_tmp4) < 0) {
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
    mpz_sub(remaining.get_mpz_t(), costD.get_mpz_t(), poorExact.get_mpz_t());
    setU128(q, richUtil);
}

void Engine::fund(int p, const Evaluation &e, RoundRecord &rec)
{
    // Share per unit of utility: e.remaining / (e.richUtil * D) = t / (s * D) after
    // reduction; the new common denominator is D * s.
    mpz_class &common = m_tmp1;
    mpz_class &s = m_tmp2;
    mpz_class &t = m_tmp3;
    mpz_gcd(common.get_mpz_t(), e.remaining.get_mpz_t(), e.richUtil.get_mpz_t());
    mpz_divexact(s.get_mpz_t(), e.richUtil.get_mpz_t(), common.get_mpz_t());
    mpz_divexact(t.get_mpz_t(), e.remaining.get_mpz_t(), common.get_mpz_t());
    mpz_set(rec.share.get_num_mpz_t(), t.get_mpz_t());
    mpz_mul(rec.share.get_den_mpz_t(), s.get_mpz_t(), m_d.get_mpz_t());
    rec.share.canonicalize();
    if (s != 1) {
        m_d *= s;
        setDenominator();
        const bool small = s.fits_ulong_p();
        const unsigned long su = small ? s.get_ui() : 0;
        for (size_t i = 0; i < m_nh; ++i) {
            Holder &h = m_holders[i];
            if (h.exhausted || h.weight <= 0)
                continue;
            if (size_t(h.x.get_mpz_t()->_mp_alloc) <= mpz_size(h.x.get_mpz_t()) + mpz_size(s.get_mpz_t()))
                reserveLimbs(h.x, mpz_size(h.x.get_mpz_t()) + mpz_size(s.get_mpz_t()));
            if (small)
                mpz_mul_ui(h.x.get_mpz_t(), h.x.get_mpz_t(), su);
            else
                mpz_mul(h.x.get_mpz_t(), h.x.get_mpz_t(), s.get_mpz_t());
        }
        for (size_t k = 0; k < m_rounds; ++k) {
            if (small)
                mpz_mul_ui(m_paid[k].get_mpz_t(), m_paid[k].get_mpz_t(), su);
            else
                mpz_mul(m_paid[k].get_mpz_t(), m_paid[k].get_mpz_t(), s.get_mpz_t());
        }
    }
    if (m_uniform) {
        if (m_rounds == m_paid.size())
            m_paid.emplace_back();
        m_paid[m_rounds++] = t;
    }
    rec.supporters = m_supporters[size_t(p)];
    int64_t counted = 0;
    m_touched.clear();
    const size_t nItems = m_items.size();
    for (size_t i = 0; i < nItems; ++i) {
        const Item it = m_items[i];
        const size_t hi = size_t(it.holder);
        const bool poor = i < e.firstRich;
        counted += it.count;
        if (poor)
            rec.paidLess += it.count;
        else
            rec.paidFull += it.count;
        if (!m_uniform || it.count == m_holders[hi].weight) {
            // The whole holder pays (always so for per-voter utilities: holder = group).
            Holder &h = m_holders[hi];
            if (!poor) {
                if (it.util == 1)
                    mpz_sub(h.x.get_mpz_t(), h.x.get_mpz_t(), t.get_mpz_t());
                else
                    mpz_submul_ui(h.x.get_mpz_t(), t.get_mpz_t(), (unsigned long)it.util);
            }
            if (poor || sgn(h.x) == 0) {
                h.exhausted = true;
                h.x = 0;
                h.value = 0;
            } else {
                h.value = moneyToDouble(h.x);
            }
            continue;
        }
        // Only some of the holder's voters support p: they move to a new holder.
        m_touched.push_back(it.holder);
        mpz_class &left = m_tmp4;
        if (!poor) {
            if (it.util == 1) {
                mpz_sub(left.get_mpz_t(), m_holders[hi].x.get_mpz_t(), t.get_mpz_t());
            } else {
                mpz_set(left.get_mpz_t(), m_holders[hi].x.get_mpz_t());
                mpz_submul_ui(left.get_mpz_t(), t.get_mpz_t(), (unsigned long)it.util);
            }
        }
        if (poor || sgn(left) == 0) {
            m_action[hi] = kToExhausted;
        } else {
            const int c = newHolder();
            Holder &child = m_holders[size_t(c)];
            reserveRoom(child.x, left);
            mpz_set(child.x.get_mpz_t(), left.get_mpz_t());
            child.value = moneyToDouble(child.x);
            m_action[hi] = c;
        }
    }
    rec.hadNothing = rec.supporters - counted;
    if (!m_touched.empty()) {
        const size_t end = m_liveEnd[size_t(p)];
        for (size_t i = m_suppStart[size_t(p)]; i < end; ++i) {
            const int g = m_live[i];
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
        for (int h : m_touched)
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
    m_d = long(std::max<int64_t>(m_voters, 1));
    setDenominator();
    const mpz_class startD = m_d;
    const mpz_class start = mpz_class(long(m_instance.budget)) + extraPerVoter * m_d;
    m_nh = 0;
    m_rounds = 0;
    m_itemsOf = -1;
    if (m_uniform) {
        const int hi = newHolder();
        Holder &h = m_holders[size_t(hi)];
        h.x = start;
        h.value = moneyToDouble(h.x);
        h.weight = std::accumulate(m_groupWeight.begin(), m_groupWeight.end(), int64_t(0));
        h.exhausted = sgn(h.x) == 0;
        m_holderOf.assign(ng, 0);
    } else {
        m_holderOf.resize(ng);
        const double startValue = moneyToDouble(start);
        for (size_t g = 0; g < ng; ++g) {
            const int hi = newHolder();
            Holder &h = m_holders[size_t(hi)];
            h.x = start;
            h.value = startValue;
            h.weight = m_groupWeight[g];
            h.exhausted = sgn(start) == 0;
            m_holderOf[g] = hi;
        }
    }
    m_live = m_supp;
    m_liveUtil = m_suppUtil;
    m_liveEnd.assign(m_suppStart.begin() + 1, m_suppStart.end());

    enum State : char { Out, Live, Funded, Dead };
    std::vector<char> state(np, Out);
    std::vector<char> fresh(np, 0);
    m_lb.resize(np);
    m_kept.resize(np);
    std::vector<double> lbd(np, 0);
    std::vector<int> live;
    live.reserve(np);
    for (size_t p = 0; p < np; ++p) {
        if (!m_eligible[p])
            continue;
        state[p] = Live;
        m_lb[p] = m_initialRho[p];
        lbd[p] = m_initialRhoD[p];
        live.push_back(int(p));
    }

    Evaluation e;
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
                // rho = remaining / (richUtil * D * projectUtil)
                mpq_class &lb = m_lb[size_t(p)];
                mpz_set(lb.get_num_mpz_t(), e.remaining.get_mpz_t());
                mpz_mul(lb.get_den_mpz_t(), e.richUtil.get_mpz_t(), m_d.get_mpz_t());
                if (m_uniform)
                    mpz_mul_ui(lb.get_den_mpz_t(), lb.get_den_mpz_t(), (unsigned long)m_projectUtil[size_t(p)]);
                lb.canonicalize();
                lbd[size_t(p)] = toDouble(lb.get_num(), lb.get_den());
                fresh[size_t(p)] = 1;
                std::swap(m_kept[size_t(p)], e);
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
                c = cmp(m_lb[size_t(p)], m_lb[size_t(best)]);
            if (c < 0 || (c == 0 && m_rank[size_t(p)] < m_rank[size_t(best)]))
                best = p;
        }
        if (best < 0)
            break;
        if (m_itemsOf != best) {
            evaluate(best, e); // same budgets as when its rho was computed: same result
            std::swap(m_kept[size_t(best)], e);
        }
        RoundRecord rec;
        rec.project = best;
        rec.rho = m_lb[size_t(best)];
        fund(best, m_kept[size_t(best)], rec);
        m_itemsOf = -1;
        state[size_t(best)] = Funded;
        result.winners.push_back(best);
        result.rounds.push_back(std::move(rec));
        for (size_t i = m_overlapStart[size_t(best)]; i < m_overlapStart[size_t(best) + 1]; ++i)
            fresh[size_t(m_overlap[i])] = 0;
    }

    for (int p : result.winners)
        result.cost += m_instance.projects[size_t(p)].cost;

    if (details != WinnersOnly) {
        auto holderOfGroup = [&](int g) {
            const int h = m_holderOf[size_t(g)];
            return h < 0 || m_holders[size_t(h)].exhausted ? -1 : h;
        };
        if ((details & ProjectMoney) && m_uniform) {
            // A voter with money left paid the full share of every funded project they
            // support (else they would have nothing left) and nothing else: they hold
            // start - (the shares of those projects). So p's supporters hold
            // (their number) * start - sum over funded q of (those of them who also
            // support q) * q's share, counting only voters with money left.
            std::vector<int> roundOf(np, -1);
            for (size_t k = 0; k < result.rounds.size(); ++k)
                roundOf[size_t(result.rounds[k].project)] = int(k);
            const size_t nf = m_rounds;
            // Voters with money left share a holder exactly when they support the same
            // funded projects: list those per holder (from any of its groups), then count
            // p's supporters per holder.
            std::vector<size_t> fundedStart(m_nh + 1, 0);
            std::vector<int> firstGroup(m_nh, -1);
            for (size_t g = 0; g < ng; ++g) {
                const int h = holderOfGroup(int(g));
                if (h >= 0 && firstGroup[size_t(h)] < 0)
                    firstGroup[size_t(h)] = int(g);
            }
            std::vector<int> fundedOf;
            for (size_t h = 0; h < m_nh; ++h) {
                if (const int g = firstGroup[h]; g >= 0) {
                    for (size_t i = m_groupStart[size_t(g)]; i < m_groupStart[size_t(g) + 1]; ++i) {
                        const int k = roundOf[size_t(m_groupProjects[i])];
                        if (k >= 0)
                            fundedOf.push_back(k);
                    }
                }
                fundedStart[h + 1] = fundedOf.size();
            }
            std::vector<int64_t> alive(np, 0);
            std::vector<int64_t> paidBy(np * nf, 0);
            std::vector<int> held;
            for (size_t p = 0; p < np; ++p) {
                if (!m_eligible[p] || roundOf[p] >= 0)
                    continue; // bought: not asked for
                held.clear();
                int64_t n = 0;
                for (size_t i = m_suppStart[p]; i < m_suppStart[p + 1]; ++i) {
                    const int g = m_supp[i];
                    const int h = holderOfGroup(g);
                    if (h < 0)
                        continue;
                    if (m_acc[size_t(h)] == 0)
                        held.push_back(h);
                    m_acc[size_t(h)] += m_groupWeight[size_t(g)];
                    n += m_groupWeight[size_t(g)];
                }
                alive[p] = n;
                int64_t *row = paidBy.data() + p * nf;
                for (int h : held) {
                    const int64_t c = m_acc[size_t(h)];
                    m_acc[size_t(h)] = 0;
                    for (size_t j = fundedStart[size_t(h)]; j < fundedStart[size_t(h) + 1]; ++j)
                        row[fundedOf[j]] += c;
                }
            }
            mpz_class startNow; // start, times the current D
            mpz_divexact(startNow.get_mpz_t(), m_d.get_mpz_t(), startD.get_mpz_t());
            startNow *= start;
            result.supportersMoneyLeft.assign(np, 0);
            for (size_t p = 0; p < np; ++p) {
                if (!m_eligible[p] || roundOf[p] >= 0)
                    continue;
                mpq_class &left = result.supportersMoneyLeft[p];
                mpz_ptr sum = left.get_num_mpz_t();
                mpz_mul_ui(sum, startNow.get_mpz_t(), (unsigned long)alive[p]);
                for (size_t k = 0; k < nf; ++k) {
                    if (paidBy[p * nf + k] != 0)
                        mpz_submul_ui(sum, m_paid[k].get_mpz_t(), (unsigned long)paidBy[p * nf + k]);
                }
                mpz_set(left.get_den_mpz_t(), m_d.get_mpz_t());
                left.canonicalize();
            }
        } else if (details & ProjectMoney) {
            result.supportersMoneyLeft.assign(np, 0);
            std::vector<char> bought(np, 0);
            for (const RoundRecord &r : result.rounds)
                bought[size_t(r.project)] = 1;
            mpz_class sum;
            std::vector<int> held;
            for (size_t p = 0; p < np; ++p) {
                if (!m_eligible[p] || bought[p])
                    continue;
                // Sum over the holders of p's supporters (voters per holder counted first).
                held.clear();
                for (size_t i = m_suppStart[p]; i < m_suppStart[p + 1]; ++i) {
                    const int g = m_supp[i];
                    const int h = holderOfGroup(g);
                    if (h < 0)
                        continue;
                    if (m_acc[size_t(h)] == 0)
                        held.push_back(h);
                    m_acc[size_t(h)] += m_groupWeight[size_t(g)];
                }
                sum = 0;
                for (int h : held) {
                    mpz_addmul_ui(sum.get_mpz_t(), m_holders[size_t(h)].x.get_mpz_t(), (unsigned long)m_acc[size_t(h)]);
                    m_acc[size_t(h)] = 0;
                }
                mpq_class &left = result.supportersMoneyLeft[p];
                mpz_swap(left.get_num_mpz_t(), sum.get_mpz_t());
                mpz_set(left.get_den_mpz_t(), m_d.get_mpz_t());
                left.canonicalize();
            }
        }
        if (details & VoterMoney) {
            // Voters who support no project taking part keep their starting money.
            const mpq_class startMoney(start, startD);
            std::vector<mpq_class> groupMoney(ng);
            for (size_t g = 0; g < ng; ++g) {
                const int h = holderOfGroup(int(g));
                if (h >= 0) {
                    groupMoney[g] = mpq_class(m_holders[size_t(h)].x, m_d);
                    groupMoney[g].canonicalize();
                }
            }
            mpq_class startCanonical = startMoney;
            startCanonical.canonicalize();
            result.voterMoneyLeft.resize(m_instance.voters.size());
            for (size_t v = 0; v < m_instance.voters.size(); ++v) {
                const int g = m_voterGroup[v];
                result.voterMoneyLeft[v] = g < 0 ? startCanonical : groupMoney[size_t(g)];
            }
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

bool Engine::fundsEveryEligible(const RunResult &r) const
{
    std::vector<char> in(m_instance.projects.size(), 0);
    for (int p : r.winners)
        in[size_t(p)] = 1;
    for (size_t p = 0; p < m_instance.projects.size(); ++p) {
        if (m_eligible[p] && !in[p])
            return false;
    }
    return true;
}

} // namespace pbvote::counting::mes
