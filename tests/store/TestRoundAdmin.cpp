// What organizers manage in the store: round settings, vetting (projects off the ballot),
// order kept through remove and undo, translations, kiosks (names, revocation, counts)
// and access code batches (districts, voiding, counts), publication.
#include "StoreFixture.h"

#include "record/Records.h"
#include "store/BallotStore.h"
#include "store/RoundTally.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pbvote;

class TestRoundAdmin : public QObject
{
    Q_OBJECT

private slots:
    void eventTimesNeverGoBackwards();
    void initTestCase() { QVERIFY(crypto::initialize()); }
    void settingsChangeOnlyWhileDraft();
    void categoriesAndCostAreChecked();
    void ruleMustFitTheBallot();
    void offBallotProjectsStayOffTheBallot();
    void removedProjectComesBackInItsPlace();
    void translationsAreKeptAndRemovedWithTheProject();
    void districtsAreRemovedOnlyWhenEmpty();
    void kiosksHaveNamesAndReportCounts();
    void revokedKioskCastsNoMoreAndIsNotCounted();
    void codeBatchesCountAndVoid();
    void districtCodesVoteInTheirDistrict();
    void publishingNeedsATally();
    void tallyStatementCoversTheCount();
    void schemaFourDatabaseIsMigrated();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

namespace {

std::unique_ptr<store::BallotStore> draftStore(const QString &path, int64_t *roundId, const Round &round)
{
    auto st = store::BallotStore::open(path);
    if (!st)
        return nullptr;
    auto id = (*st)->createRound(round);
    if (!id)
        return nullptr;
    *roundId = *id;
    return std::move(*st);
}

Round districtRound()
{
    Round r = testsupport::sampleRound(BallotKind::Approval);
    r.districts = {{u"N"_qs, u"North"_qs, 500}, {u"S"_qs, u"South"_qs, 500}};
    r.projects[3].district = u"N"_qs; // P4
    r.projects[4].district = u"S"_qs; // P5
    r.projects[3].cost = 400;
    r.projects[4].cost = 400;
    return r;
}

Ballot choose(std::initializer_list<int> positions)
{
    Ballot b;
    for (int p : positions)
        b.choices.push_back({p, 1});
    return b;
}

} // namespace

void TestRoundAdmin::settingsChangeOnlyWhileDraft()
{
    testsupport::ReadyRound rr;
    QVERIFY(testsupport::makeReadyRound(rr, path(u"settings.sqlite"_qs), testsupport::sampleRound(BallotKind::Approval),
                                        {.open = false}));
    store::RoundSettings s = store::RoundSettings::of(*rr.store->round(rr.roundId));
    QCOMPARE(s.tallyRule, u"greedy"_qs);
    s.name = u"Green Budget 2028"_qs;
    s.budget = 2000;
    s.currency = u"pln"_qs;
    s.votingOpens = QDateTime(QDate(2028, 3, 1), QTime(8, 0), Qt::UTC);
    s.votingCloses = QDateTime(QDate(2028, 3, 21), QTime(20, 0), Qt::UTC);
    s.tallyRule = u"mes-cost"_qs;
    QVERIFY(rr.store->updateRoundSettings(rr.roundId, s));
    const Round r = *rr.store->round(rr.roundId);
    QCOMPARE(r.name, s.name);
    QCOMPARE(r.budget, 2000);
    QCOMPARE(r.currency, u"PLN"_qs);
    QCOMPARE(r.votingOpens, s.votingOpens);
    QCOMPARE(r.votingCloses, s.votingCloses);
    QCOMPARE(r.tallyRule, u"mes-cost"_qs);

    store::RoundSettings bad = s;
    bad.tallyRule = u"coin-toss"_qs;
    QVERIFY(rr.store->updateRoundSettings(rr.roundId, bad).error().contains(u"coin-toss"_qs));
    bad = s;
    bad.votingCloses = bad.votingOpens.addSecs(-60);
    QVERIFY(rr.store->updateRoundSettings(rr.roundId, bad).error().contains(u"close after it opens"_qs));
    bad = s;
    bad.budget = 300; // P4 (400) and P5 (500) no longer fit
    QVERIFY(rr.store->updateRoundSettings(rr.roundId, bad).error().contains(u"P4"_qs));
    QCOMPARE(rr.store->round(rr.roundId)->budget, 2000); // nothing half-done

    // No counting rule: the round cannot open.
    s.tallyRule.clear();
    QVERIFY(rr.store->updateRoundSettings(rr.roundId, s));
    const Status open = rr.store->openRound(rr.roundId, u"org-%1"_qs.arg(rr.roundId), rr.authority.secretKey);
    QVERIFY(!open);
    QVERIFY(open.error().contains(u"counting rule"_qs));
    s.tallyRule = u"greedy"_qs;
    QVERIFY(rr.store->updateRoundSettings(rr.roundId, s));
    QVERIFY(rr.store->openRound(rr.roundId, u"org-%1"_qs.arg(rr.roundId), rr.authority.secretKey));
    s.name = u"Renamed after opening"_qs;
    QVERIFY(rr.store->updateRoundSettings(rr.roundId, s).error().contains(u"draft"_qs));
    QCOMPARE(rr.store->round(rr.roundId)->name, u"Green Budget 2028"_qs);
}

void TestRoundAdmin::categoriesAndCostAreChecked()
{
    int64_t id = 0;
    Round round = testsupport::sampleRound(BallotKind::Knapsack);
    round.categories = {u"Parks"_qs, u"Streets"_qs};
    round.projects[0].category = u"Parks"_qs;
    auto st = draftStore(path(u"categories.sqlite"_qs), &id, round);
    QVERIFY(st);
    QCOMPARE(st->round(id)->categories, round.categories);
    Project p{u"P6"_qs, u"Fountain"_qs, {}, 100, u"Water"_qs, {}};
    QVERIFY(st->addProject(id, p).error().contains(u"Water"_qs));
    p.category = u"Streets"_qs;
    p.cost = 1001; // above the budget of 1000
    QVERIFY(st->addProject(id, p).error().contains(u"more than the whole budget"_qs));
    p.cost = 0;
    QVERIFY(st->addProject(id, p).error().contains(u"more than zero"_qs));
    p.cost = 100;
    QVERIFY(st->addProject(id, p));
    // A category in use cannot disappear from the list.
    store::RoundSettings s = store::RoundSettings::of(*st->round(id));
    s.categories = {u"Parks"_qs};
    QVERIFY(st->updateRoundSettings(id, s).error().contains(u"Streets"_qs));
}

void TestRoundAdmin::ruleMustFitTheBallot()
{
    // Phragmén counts approval ballots only: a cumulative round cannot choose it, and a
    // round whose method changed after choosing it cannot open.
    testsupport::ReadyRound rr;
    QVERIFY(testsupport::makeReadyRound(rr, path(u"rule-fit.sqlite"_qs), testsupport::sampleRound(BallotKind::Cumulative),
                                        {.open = false}));
    store::RoundSettings s = store::RoundSettings::of(*rr.store->round(rr.roundId));
    s.tallyRule = u"phragmen"_qs;
    QVERIFY(rr.store->updateRoundSettings(rr.roundId, s).error().contains(u"phragmen"_qs));
    BallotRules approval;
    QVERIFY(rr.store->setRules(rr.roundId, approval));
    QVERIFY(rr.store->updateRoundSettings(rr.roundId, s)); // fits an approval ballot
    QVERIFY(rr.store->setRules(rr.roundId, rr.round.rules)); // back to cumulative
    const Status open = rr.store->openRound(rr.roundId, u"org-%1"_qs.arg(rr.roundId), rr.authority.secretKey);
    QVERIFY(!open);
    QVERIFY2(open.error().contains(u"phragmen"_qs), qPrintable(open.error()));
    QCOMPARE(rr.store->round(rr.roundId)->state, RoundState::Draft);
}

void TestRoundAdmin::offBallotProjectsStayOffTheBallot()
{
    testsupport::ReadyRound rr;
    QVERIFY(testsupport::makeReadyRound(rr, path(u"vetting.sqlite"_qs), testsupport::sampleRound(BallotKind::Approval),
                                        {.open = false}));
    store::BallotStore &st = *rr.store;
    Project p = *st.round(rr.roundId)->findProject(u"P2"_qs);
    p.status = ProjectStatus::UnderReview;
    QVERIFY(st.updateProject(rr.roundId, p));
    Project rejected{u"P9"_qs, u"Gold statue"_qs, u"Not feasible"_qs, 900, {}, {}, ProjectStatus::Rejected};
    QVERIFY(st.addProject(rr.roundId, rejected));
    Round r = *st.round(rr.roundId);
    QCOMPARE(r.projects.size(), size_t(4));
    QCOMPARE(r.offBallot.size(), size_t(2));
    QCOMPARE(r.offBallot[0].id, u"P2"_qs);
    QCOMPARE(r.offBallot[1].status, ProjectStatus::Rejected);
    QCOMPARE(r.projectIndex(u"P2"_qs), -1);

    // Still under review: voting cannot open.
    Status open = st.openRound(rr.roundId, u"org-%1"_qs.arg(rr.roundId), rr.authority.secretKey);
    QVERIFY(open.error().contains(u"P2"_qs));
    p.status = ProjectStatus::Ballot;
    QVERIFY(st.updateProject(rr.roundId, p));
    QCOMPARE(st.round(rr.roundId)->projects[1].id, u"P2"_qs); // back in its place
    QVERIFY(st.openRound(rr.roundId, u"org-%1"_qs.arg(rr.roundId), rr.authority.secretKey));
    auto manifest = st.manifest(rr.roundId);
    QVERIFY(manifest);
    QCOMPARE(manifest->projects.size(), size_t(5));
    for (const Project &m : manifest->projects)
        QVERIFY(m.id != u"P9"_qs);
    QCOMPARE(st.round(rr.roundId)->offBallot.size(), size_t(1)); // kept on record
}

void TestRoundAdmin::removedProjectComesBackInItsPlace()
{
    int64_t id = 0;
    auto st = draftStore(path(u"order.sqlite"_qs), &id, testsupport::sampleRound(BallotKind::Approval));
    QVERIFY(st);
    const Project p3 = *st->round(id)->findProject(u"P3"_qs);
    QCOMPARE(*st->projectPosition(id, u"P3"_qs), 2);
    QVERIFY(st->removeProject(id, u"P3"_qs));
    QCOMPARE(*st->projectPosition(id, u"P3"_qs), -1);
    QCOMPARE(*st->projectPosition(id, u"P4"_qs), 2);
    QVERIFY(st->insertProject(id, p3, 2));
    const Round r = *st->round(id);
    QStringList ids;
    for (const Project &p : r.projects)
        ids << p.id;
    QCOMPARE(ids, QStringList({u"P1"_qs, u"P2"_qs, u"P3"_qs, u"P4"_qs, u"P5"_qs}));
    QVERIFY(!st->insertProject(id, p3, 0)); // already there
}

void TestRoundAdmin::translationsAreKeptAndRemovedWithTheProject()
{
    int64_t id = 0;
    auto st = draftStore(path(u"translations.sqlite"_qs), &id, testsupport::sampleRound(BallotKind::Approval));
    QVERIFY(st);
    QVERIFY(st->setProjectTranslation(id, u"P1"_qs, u"es"_qs, {u"Árboles"_qs, u"Plantar árboles"_qs}));
    QVERIFY(st->setProjectTranslation(id, u"P1"_qs, u"ar"_qs, {u"أشجار"_qs, {}}));
    QVERIFY(st->setProjectTranslation(id, u"P2"_qs, u"pl"_qs, {u"Ławki"_qs, {}}));
    QVERIFY(st->setProjectTranslation(id, u"P2"_qs, u"pl"_qs, {{}, u"Only a description"_qs})
                .error()
                .contains(u"no title"_qs));
    QVERIFY(!st->setProjectTranslation(id, u"P7"_qs, u"es"_qs, {u"X"_qs, {}}));
    QVERIFY(!st->setProjectTranslation(id, u"P1"_qs, u"Spanish!"_qs, {u"X"_qs, {}}));
    auto t = st->projectTranslations(id);
    QVERIFY(t);
    QCOMPARE(t->at(u"P1"_qs).at(u"es"_qs), (store::ProjectText{u"Árboles"_qs, u"Plantar árboles"_qs}));
    QCOMPARE(t->at(u"P1"_qs).at(u"ar"_qs).title, u"أشجار"_qs);
    QVERIFY(st->setProjectTranslation(id, u"P1"_qs, u"ar"_qs, {})); // empty removes
    QVERIFY(st->removeProject(id, u"P2"_qs));
    t = st->projectTranslations(id);
    QCOMPARE(t->size(), size_t(1));
    QCOMPARE(t->at(u"P1"_qs).size(), size_t(1));
}

void TestRoundAdmin::districtsAreRemovedOnlyWhenEmpty()
{
    int64_t id = 0;
    auto st = draftStore(path(u"districts.sqlite"_qs), &id, districtRound());
    QVERIFY(st);
    QVERIFY(st->removeDistrict(id, u"N"_qs).error().contains(u"P4"_qs));
    QVERIFY(st->removeProject(id, u"P4"_qs));
    QVERIFY(st->removeDistrict(id, u"N"_qs));
    QCOMPARE(st->round(id)->districts.size(), size_t(1));
    QVERIFY(!st->removeDistrict(id, u"N"_qs));
}

void TestRoundAdmin::kiosksHaveNamesAndReportCounts()
{
    testsupport::ReadyRound rr;
    QVERIFY(testsupport::makeReadyRound(rr, path(u"kiosks.sqlite"_qs), testsupport::sampleRound(BallotKind::Approval),
                                        {.open = false}));
    store::BallotStore &st = *rr.store;
    const auto second = crypto::SigningKeyPair::generate();
    QVERIFY(st.registerKiosk(rr.roundId, u"K2"_qs, second.publicKey, u"Central Library"_qs, u"Ground floor"_qs));
    // The same key twice is a mistake (each kiosk makes its own key).
    QVERIFY(st.registerKiosk(rr.roundId, u"K3"_qs, second.publicKey).error().contains(u"K2"_qs));
    const auto third = crypto::SigningKeyPair::generate();
    QVERIFY(st.registerKiosk(rr.roundId, u"K3"_qs, third.publicKey));
    QVERIFY(st.unregisterKiosk(rr.roundId, u"K3"_qs));
    auto kiosks = st.kiosks(rr.roundId);
    QVERIFY(kiosks);
    QCOMPARE(kiosks->size(), size_t(2));
    QCOMPARE(kiosks->at(1).name, u"Central Library"_qs);
    QCOMPARE(kiosks->at(1).location, u"Ground floor"_qs);
    QCOMPARE(kiosks->at(1).publicKey, second.publicKey);
    QCOMPARE(kiosks->at(0).reported, -1);

    QVERIFY(st.openRound(rr.roundId, u"org-%1"_qs.arg(rr.roundId), rr.authority.secretKey));
    QVERIFY(st.unregisterKiosk(rr.roundId, u"K1"_qs).error().contains(u"revoke"_qs));
    QVERIFY(rr.cast(0, choose({0})));
    QVERIFY(rr.cast(1, choose({1})));
    QVERIFY(st.suspend(rr.roundId, rr.kiosk.secretKey));
    kiosks = st.kiosks(rr.roundId);
    QCOMPARE(kiosks->at(0).ballots, 2);
    QCOMPARE(kiosks->at(0).reported, 2);
    QVERIFY(!kiosks->at(0).closed);
    QCOMPARE(kiosks->at(1).ballots, 0);
}

void TestRoundAdmin::revokedKioskCastsNoMoreAndIsNotCounted()
{
    testsupport::ReadyRound rr;
    QVERIFY(testsupport::makeReadyRound(rr, path(u"revoke.sqlite"_qs), testsupport::sampleRound(BallotKind::Approval)));
    store::BallotStore &st = *rr.store;
    QVERIFY(rr.cast(0, choose({0})));
    QVERIFY(rr.cast(1, choose({0, 1})));
    QVERIFY(!st.setKioskRevoked(rr.roundId, u"K1"_qs, false)); // not revoked
    QVERIFY(st.setKioskRevoked(rr.roundId, u"K1"_qs, true));
    QVERIFY(st.kiosks(rr.roundId)->at(0).revoked);
    auto refused = rr.cast(2, choose({2}));
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(u"revoked"_qs));
    QCOMPARE(*st.codeStatus(rr.roundId, rr.codes[2]), store::CodeStatus::Unused); // the code is not lost
    {
        // The refusal is in the round's log, like every other refused cast.
        auto events = st.events(rr.roundId);
        QVERIFY(events && !events->empty());
        auto last = record::Event::decode(events->back());
        QVERIFY(last);
        QCOMPARE(last->type, record::EventType::CastRefused);
        QCOMPARE(last->kioskId, u"K1"_qs);
        QVERIFY2(last->detail.contains(u"revoked"_qs), qPrintable(last->detail));
    }
    QVERIFY(st.setKioskRevoked(rr.roundId, u"K1"_qs, false));
    QVERIFY(rr.cast(2, choose({2})));
    QVERIFY(st.setKioskRevoked(rr.roundId, u"K1"_qs, true));
    QVERIFY(st.close(rr.roundId, &rr.kiosk.secretKey));

    // The revoked kiosk's ballots stay stored but are not counted.
    auto unlock = [&](store::KeyKind kind, const QString &) -> Result<crypto::SecretBytes> {
        return kind == store::KeyKind::Election ? crypto::SecretBytes::copyOf(rr.election.secretKey.view())
                                                : crypto::SecretBytes::copyOf(rr.authority.secretKey.view());
    };
    auto tally = store::tallyRound(st, rr.roundId, u"greedy"_qs, {}, unlock);
    QVERIFY2(tally, qPrintable(tally.error()));
    QCOMPARE(tally->result[u"ballots"_qs].toInt(), 0);
    QCOMPARE(tally->result[u"excluded_ballots"_qs].toInt(), 3);
    QCOMPARE(st.ballots(rr.roundId)->size(), size_t(3));
    QVERIFY(st.setKioskRevoked(rr.roundId, u"K1"_qs, false).error().contains(u"tallied"_qs));
}

void TestRoundAdmin::codeBatchesCountAndVoid()
{
    testsupport::ReadyRound rr;
    QVERIFY(testsupport::makeReadyRound(rr, path(u"batches.sqlite"_qs), testsupport::sampleRound(BallotKind::Approval),
                                        {.codes = 3}));
    store::BallotStore &st = *rr.store;
    QStringList lost;
    auto batch = st.issueCodeBatch(rr.roundId, 4, [&](QByteArrayView c) {
        lost << QString::fromLatin1(c);
        return Status();
    }, {u"Library week 2"_qs, {}});
    QVERIFY(batch);
    QVERIFY(rr.cast(0, choose({0})));
    QVERIFY(rr.store->cast(rr.roundId, rr.kioskId, rr.kiosk.secretKey, lost[0], choose({1})));
    auto batches = st.codeBatches(rr.roundId);
    QVERIFY(batches);
    QCOMPARE(batches->size(), size_t(2));
    QCOMPARE(batches->at(0).issued, 3);
    QCOMPARE(batches->at(0).used, 1);
    QCOMPARE(batches->at(1).number, *batch);
    QCOMPARE(batches->at(1).label, u"Library week 2"_qs);
    QCOMPARE(batches->at(1).issued, 4);
    QCOMPARE(batches->at(1).used, 1);

    // The slips of batch 2 were lost: void them. Used codes stay used, unused ones are refused.
    QVERIFY(st.setCodeBatchVoided(rr.roundId, *batch, true));
    QCOMPARE(*st.codeStatus(rr.roundId, lost[0]), store::CodeStatus::Used);
    QCOMPARE(*st.codeStatus(rr.roundId, lost[1]), store::CodeStatus::Voided);
    auto refused = st.cast(rr.roundId, rr.kioskId, rr.kiosk.secretKey, lost[1], choose({2}));
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(u"withdrawn"_qs));
    QVERIFY(!st.setCodeBatchVoided(rr.roundId, *batch, true));
    QVERIFY(!st.setCodeBatchVoided(rr.roundId, 99, true));
    // Undone: the code works again.
    QVERIFY(st.setCodeBatchVoided(rr.roundId, *batch, false));
    QVERIFY(st.cast(rr.roundId, rr.kioskId, rr.kiosk.secretKey, lost[1], choose({2})));
    QCOMPARE(st.codeBatches(rr.roundId)->at(1).used, 2);
    QVERIFY(st.close(rr.roundId, &rr.kiosk.secretKey));
    QVERIFY(st.setCodeBatchVoided(rr.roundId, *batch, true).error().contains(u"closed"_qs));
}

void TestRoundAdmin::districtCodesVoteInTheirDistrict()
{
    testsupport::ReadyRound rr;
    QVERIFY(testsupport::makeReadyRound(rr, path(u"district-codes.sqlite"_qs), districtRound(), {.codes = 2}));
    store::BallotStore &st = *rr.store;
    QStringList north;
    auto batch = st.issueCodeBatch(rr.roundId, 2, [&](QByteArrayView c) {
        north << QString::fromLatin1(c);
        return Status();
    }, {u"North slips"_qs, u"N"_qs});
    QVERIFY(batch);
    QVERIFY(!st.issueCodeBatch(rr.roundId, 1, [](QByteArrayView) { return Status(); }, {{}, u"West"_qs}));
    QCOMPARE(*st.codeDistrict(rr.roundId, north[0]), u"N"_qs);
    QCOMPARE(*st.codeDistrict(rr.roundId, rr.codes[0]), QString());
    QVERIFY(!st.codeDistrict(rr.roundId, u"AAAA-BBBB-CCCC"_qs));
    // P5 (position 4) is in the South: a North code cannot choose it; the code stays unused.
    auto refused = st.cast(rr.roundId, rr.kioskId, rr.kiosk.secretKey, north[0], choose({0, 4}));
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(u"district N"_qs));
    QCOMPARE(*st.codeStatus(rr.roundId, north[0]), store::CodeStatus::Unused);
    QVERIFY(st.cast(rr.roundId, rr.kioskId, rr.kiosk.secretKey, north[0], choose({0, 3})));
    // A city-wide code may choose any project, as before batches had districts.
    QVERIFY(rr.cast(0, choose({3, 4})));
    QCOMPARE(st.codeBatches(rr.roundId)->back().district, u"N"_qs);
}

void TestRoundAdmin::publishingNeedsATally()
{
    testsupport::ReadyRound rr;
    QVERIFY(testsupport::makeReadyRound(rr, path(u"publish.sqlite"_qs), testsupport::sampleRound(BallotKind::Approval)));
    store::BallotStore &st = *rr.store;
    QVERIFY(rr.cast(0, choose({0})));
    QVERIFY(st.markPublished(rr.roundId, u"on the city's website"_qs).error().contains(u"counted"_qs));
    QVERIFY(st.close(rr.roundId, &rr.kiosk.secretKey));
    auto unlock = [&](store::KeyKind kind, const QString &) -> Result<crypto::SecretBytes> {
        return kind == store::KeyKind::Election ? crypto::SecretBytes::copyOf(rr.election.secretKey.view())
                                                : crypto::SecretBytes::copyOf(rr.authority.secretKey.view());
    };
    QVERIFY(store::tallyRound(st, rr.roundId, u"greedy"_qs, {}, unlock));
    QVERIFY(!st.round(rr.roundId)->published);
    QVERIFY(st.markPublished(rr.roundId, u"exported to /srv/pb"_qs));
    QVERIFY(st.round(rr.roundId)->published);
    auto events = st.events(rr.roundId);
    auto last = record::Event::decode(events->back());
    QVERIFY(last);
    QCOMPARE(last->type, record::EventType::Published);
}

// With its count the authority signs what the count covered: the manifest, the rule,
// the issued codes, the revoked kiosks, the opened ballots (sorted, no ids), the log and
// the result. An auditor recomputes each from the record.
void TestRoundAdmin::tallyStatementCoversTheCount()
{
    testsupport::ReadyRound rr;
    Round round = testsupport::sampleRound(BallotKind::Approval);
    round.votingOpens = QDateTime(QDate(2027, 3, 1), QTime(8, 0), Qt::UTC);
    round.votingCloses = QDateTime(QDate(2027, 3, 21), QTime(20, 0), Qt::UTC);
    QVERIFY(testsupport::makeReadyRound(rr, path(u"statement.sqlite"_qs), round, {.codes = 5}));
    store::BallotStore &st = *rr.store;
    auto manifest = st.manifest(rr.roundId);
    QVERIFY(manifest);
    QCOMPARE(manifest->version, 2);
    QCOMPARE(manifest->tallyRule, u"greedy"_qs); // the rule is signed with the manifest
    QCOMPARE(manifest->toRound().votingOpens, round.votingOpens);
    QVERIFY(rr.cast(0, choose({0, 2})));
    QVERIFY(rr.cast(1, choose({1})));
    QVERIFY(rr.cast(2, choose({0, 2})));
    QVERIFY(st.close(rr.roundId, &rr.kiosk.secretKey));
    auto unlock = [&](store::KeyKind kind, const QString &) -> Result<crypto::SecretBytes> {
        return kind == store::KeyKind::Election ? crypto::SecretBytes::copyOf(rr.election.secretKey.view())
                                                : crypto::SecretBytes::copyOf(rr.authority.secretKey.view());
    };
    QVERIFY(store::tallyRound(st, rr.roundId, u"greedy"_qs, {}, unlock));
    auto results = st.results(rr.roundId);
    QVERIFY(results && results->size() == 1);
    const auto &r = results->front();
    QVERIFY(crypto::verify(rr.authority.publicKey, record::TallyDomain, r.statement, r.statementSignature));
    auto statement = record::TallyStatement::decode(r.statement);
    QVERIFY2(statement, qPrintable(statement.error()));
    QCOMPARE(statement->manifestHash, record::manifestHash(manifest->encode()));
    QCOMPARE(statement->rule, u"greedy"_qs);
    QCOMPARE(statement->issuedCodes, uint64_t(5));
    QCOMPARE(statement->issuedCodeRoot, record::issuedCodeRoot(*st.issuedCodeHashes(rr.roundId)));
    QCOMPARE(statement->ballotsCounted, uint64_t(3));
    QCOMPARE(statement->resultHash, record::resultHash(r.resultJson));
    QCOMPARE(statement->openedBallotsHash, record::openedBallotsHash(r.openedBallots));
    auto opened = record::decodeOpenedBallots(r.openedBallots);
    QVERIFY(opened);
    // Sorted by their bytes (choice count first), not by ballot id or casting.
    QCOMPARE(opened->size(), size_t(3));
    QCOMPARE((*opened)[0], choose({1}));
    QCOMPARE((*opened)[1], choose({0, 2}));
    QCOMPARE((*opened)[2], choose({0, 2}));
    const auto events = st.events(rr.roundId);
    QVERIFY(statement->eventCount <= events->size());
    // Canonical: one value, one encoding.
    QByteArray longer = r.statement + QByteArray(1, '\0');
    QVERIFY(!record::TallyStatement::decode(longer));
    QVERIFY(!record::decodeOpenedBallots(r.openedBallots.left(r.openedBallots.size() - 1)));
    QByteArray swapped = record::encodeOpenedBallots({choose({1}), choose({0, 2})});
    QCOMPARE(swapped, record::encodeOpenedBallots({choose({0, 2}), choose({1})})); // order-free

    // The same count made again in another language differs only in its reasons' words:
    // accepted, the stored result stands. A count that decides differently is refused.
    QByteArray otherLanguage = r.resultJson;
    QVERIFY(otherLanguage.contains("\"reason\":\""));
    otherLanguage.replace("\"reason\":\"", "\"reason\":\"(es) ");
    QVERIFY(st.markTallied(rr.roundId, u"greedy"_qs, otherLanguage, {}));
    QCOMPARE(st.results(rr.roundId)->front().resultJson, r.resultJson);
    QByteArray otherWinner = r.resultJson;
    QVERIFY(otherWinner.contains("\"funded\":true"));
    otherWinner.replace("\"funded\":true", "\"funded\":false");
    QVERIFY(st.markTallied(rr.roundId, u"greedy"_qs, otherWinner, {}).error().contains(u"differs"_qs));
}

void TestRoundAdmin::schemaFourDatabaseIsMigrated()
{
    // A schema-4 database with a round and issued codes: opened by this version, its codes
    // become batch 0 and still work, and nothing else changes.
    const QString file = path(u"schema4.sqlite"_qs);
    {
        testsupport::ReadyRound rr;
        QVERIFY(testsupport::makeReadyRound(rr, file, testsupport::sampleRound(BallotKind::Approval), {.codes = 2}));
    }
    {
        // Turn it back into schema 4 the way a 0.1 database looks.
        QSqlDatabase d = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"downgrade"_qs);
        d.setDatabaseName(file);
        QVERIFY(d.open());
        QSqlQuery q(d);
        for (const char *sql : {"DROP TABLE code_batches", "DROP TABLE project_translations",
                                "ALTER TABLE access_codes DROP COLUMN batch", "ALTER TABLE rounds DROP COLUMN categories",
                                "ALTER TABLE rounds DROP COLUMN voting_opens", "ALTER TABLE rounds DROP COLUMN voting_closes",
                                "ALTER TABLE rounds DROP COLUMN tally_rule", "ALTER TABLE rounds DROP COLUMN published",
                                "ALTER TABLE projects DROP COLUMN status", "ALTER TABLE round_kiosks DROP COLUMN name",
                                "ALTER TABLE round_kiosks DROP COLUMN location",
                                "ALTER TABLE round_kiosks DROP COLUMN revoked", "ALTER TABLE results DROP COLUMN statement",
                                "ALTER TABLE results DROP COLUMN statement_signature",
                                "ALTER TABLE results DROP COLUMN opened_ballots", "PRAGMA user_version=4"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        d.close();
    }
    QSqlDatabase::removeDatabase(u"downgrade"_qs);
    auto st = store::BallotStore::open(file);
    QVERIFY2(st, qPrintable(st.error()));
    auto batches = (*st)->codeBatches(1);
    QVERIFY(batches);
    QCOMPARE(batches->size(), size_t(1));
    QCOMPARE(batches->at(0).number, 0);
    QCOMPARE(batches->at(0).issued, 2);
    const Round r = *(*st)->round(1);
    QCOMPARE(r.projects.size(), size_t(5));
    QVERIFY(r.tallyRule.isEmpty());
    QCOMPARE(r.state, RoundState::Open);
}

QTEST_GUILESS_MAIN(TestRoundAdmin)
// A clock set back (by a time server, or by hand) never makes the log's times go
// backwards: the verifier fails a log that does (EVENT_TIME), so the store repeats the
// last time instead.
void TestRoundAdmin::eventTimesNeverGoBackwards()
{
    FixedClock clock(1'800'000'000);
    store::StoreOptions options;
    options.clock = &clock;
    auto st = store::BallotStore::open(path(u"clock.sqlite"_qs), options);
    QVERIFY2(st, qPrintable(st.error()));
    auto id = (*st)->createRound(testsupport::sampleRound(BallotKind::Approval));
    QVERIFY2(id, qPrintable(id.error()));
    clock.set(1'800'000'000 - 3600);
    QVERIFY((*st)->logEvent(*id, record::EventType::RoundChanged, u"after the clock went back"_qs));
    clock.set(1'800'000'100);
    QVERIFY((*st)->logEvent(*id, record::EventType::RoundChanged, u"later"_qs));
    auto events = (*st)->events(*id);
    QVERIFY(events && events->size() >= 3);
    std::vector<int64_t> times;
    for (const QByteArray &body : *events)
        times.push_back(record::Event::decode(body)->time);
    QCOMPARE(times[times.size() - 3], int64_t(1'800'000'000));
    QCOMPARE(times[times.size() - 2], int64_t(1'800'000'000)); // repeated, not 3600 s earlier
    QCOMPARE(times.back(), int64_t(1'800'000'100));
}

#include "TestRoundAdmin.moc"
