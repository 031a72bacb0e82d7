#pragma once

#include "rules/EqualSharesRule.h"

#include <gmpxx.h>

#include <cstdint>
#include <span>
#include <vector>

// The exact engine behind equalShares(): one run of the Method of Equal Shares with a
// given starting budget per voter. Internal to pbvote_core (and its tests).
//
// How it stays exact and fast
// ---------------------------
// * Money is kept as integers over one common denominator D (mpz): every amount x is
//   stored as X = x * D. D starts at the number of voters (so budget / n is an integer)
//   and is multiplied, when a project is bought, by whatever the new share needs; no
//   amount is ever rounded. Doubles are used only as a filter: each decision taken from
//   doubles is certified by an error margin far above the doubles' worst-case error, and
//   anything closer is decided with the exact integers.
// * Voters with identical (relevant) ballots are merged into weighted groups.
// * A voter who could not pay a full share paid everything and has 0 left; a voter who
//   always paid full shares has budget/n minus the shares of the funded projects they
//   support. So, with Cost_Sat / Cardinality_Sat (one payment per project for all its
//   supporters), a voter's money depends only on which funded projects they support:
//   groups with the same "funded and supported" set share one budget ("holder"), and a
//   project's supporters are evaluated per holder rather than per voter.
// * rho only grows as money is spent, so the last computed rho of a project is a lower
//   bound; each round evaluates projects in order of that bound and stops as soon as the
//   bound exceeds the best rho found (pabutools does the same), and a project none of
//   whose supporters paid since its last evaluation is not recomputed.
namespace pbvote::counting::mes {

// One project bought by MES.
struct RoundRecord
{
    int project = -1;
    // pabutools' "affordability": the money each supporter pays per unit of utility.
    mpq_class rho;
    // Uniform utilities (cost, cardinality): the equal share every supporter was asked
    // for, in money units (= rho * utility). Per-voter utilities: rho.
    mpq_class share;
    int64_t supporters = 0; // voters with positive utility for it
    int64_t paidFull = 0;   // paid the full share
    int64_t paidLess = 0;   // had less than the share: paid everything they had left
    int64_t hadNothing = 0; // had already spent all their money
};

struct RunResult
{
    std::vector<int> winners;        // zero-cost projects first, then in the order bought
    int zeroCostWinners = 0;         // how many of `winners` are free projects taken first
    std::vector<RoundRecord> rounds; // one per project bought (after the free ones)
    int64_t cost = 0;                // total cost of winners
    // Filled when asked (see Engine::run):
    // Per project not bought in the rounds: what its supporters hold at the end (0 for the
    // projects in `rounds`, whose supporters' money is not asked for).
    std::vector<mpq_class> supportersMoneyLeft;
    std::vector<mpq_class> voterMoneyLeft;      // per voter, in Instance::voters order
};

class Engine
{
public:
    // `rank`: tie-breaking position per project (lower wins), see tieBreakRanks().
    Engine(const Instance &instance, MesUtility utility, const std::vector<int> &rank);

    enum Details { WinnersOnly = 0, ProjectMoney = 1, VoterMoney = 2 };
    // One run of MES; every voter starts with budget / n + extraPerVoter (money units).
    // `details` (Details flags) asks for supportersMoneyLeft / voterMoneyLeft.
    RunResult run(const mpz_class &extraPerVoter, int details);

    bool eligible(int p) const { return m_eligible[size_t(p)] != 0; }
    int64_t supporters(int p) const { return m_supporters[size_t(p)]; }
    int64_t voters() const { return m_voters; }
    // Pabutools' is_exhaustive(outcome, available_projects = MES's projects).
    bool exhaustiveForEligible(const RunResult &r) const;
    // Every project that takes part is funded: raising voters' money changes nothing more.
    bool fundsEveryEligible(const RunResult &r) const;

private:
    struct Holder
    {
        mpz_class x;        // money of each voter in it, times D
        double value = 0;   // x / D as a double (filter only)
        int64_t weight = 0; // voters in it
        bool exhausted = false;
    };
    struct Item
    {
        int holder;
        int64_t count; // voters
        uint64_t util; // per-voter utility in "share space" (1 for uniform utilities)
        double key;    // value / util
    };
    struct Evaluation
    {
        bool affordable = false;
        size_t firstRich = 0; // items before it pay everything they have
        mpz_class remaining;  // C*D - money of the poor items
        mpz_class richUtil;   // sum count*util over rich items
    };

    void evaluate(int p, Evaluation &e);
    bool itemLess(const Item &a, const Item &b);
    void fund(int p, const Evaluation &e, RoundRecord &rec);
    double toDouble(const mpz_class &num, const mpz_class &den) const;
    // x / D for the current D (uses the cached mantissa and exponent of D).
    double moneyToDouble(const mpz_class &x) const;
    void setDenominator();
    int newHolder();

    // Prepared once. Per-project lists are flat (CSR): project p owns [start[p], start[p+1]).
    const Instance &m_instance;
    bool m_uniform = true;
    int64_t m_voters = 0;
    std::vector<int> m_rank;
    std::vector<char> m_eligible;
    std::vector<int64_t> m_supporters;
    std::vector<mpq_class> m_initialRho; // cost / total utility (everybody rich)
    std::vector<double> m_initialRhoD;
    std::vector<uint64_t> m_projectUtil; // uniform: utility of every supporter
    std::vector<int> m_zeroCost;         // supported free projects, in tie-breaking order
    std::vector<int64_t> m_groupWeight;
    std::vector<int> m_voterGroup;       // -1: supports no eligible project
    std::vector<size_t> m_suppStart;     // np + 1
    std::vector<int> m_supp;             // per project: supporting groups (ascending)
    std::vector<uint64_t> m_suppUtil;    // aligned with m_supp; per-voter utilities only
    std::vector<size_t> m_groupStart;    // ng + 1
    std::vector<int> m_groupProjects;    // per group: its projects (ascending)
    std::vector<size_t> m_overlapStart;  // np + 1
    std::vector<int> m_overlap;          // per project: projects sharing a supporter

    // Per run (kept between runs to reuse their memory).
    mpz_class m_d;
    double m_dMantissa = 1; // m_d = m_dMantissa * 2^m_dExp
    long m_dExp = 0;
    std::vector<Holder> m_holders; // [0, m_nh) in use
    size_t m_nh = 0;
    std::vector<int> m_holderOf;
    std::vector<int> m_live;          // compacted copy of m_supp: p's live groups are
    std::vector<uint64_t> m_liveUtil; // [m_suppStart[p], m_liveEnd[p]); utils aligned
    std::vector<size_t> m_liveEnd;
    std::vector<int64_t> m_acc;
    std::vector<int> m_action;
    std::vector<int> m_touched;
    std::vector<Item> m_itemStore; // only grows
    std::span<Item> m_items;       // the items of the last evaluation, in m_itemStore
    int m_itemsOf = -1;
    std::vector<mpq_class> m_lb;
    std::vector<Evaluation> m_kept;
    // Uniform utilities: what each full payer paid in round k, times the current D
    // ([0, m_rounds)); a voter with money left paid exactly these for the funded projects
    // they support.
    std::vector<mpz_class> m_paid;
    size_t m_rounds = 0;
    mpz_class m_tmp1, m_tmp2, m_tmp3, m_tmp4;
};

} // namespace pbvote::counting::mes
