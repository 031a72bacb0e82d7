// Forward migration of an older store, and rounds imported from Pabulib for analysis.
#include "formats/PabulibReader.h"
#include "formats/PabulibRound.h"
#include "formats/PabulibWriter.h"
#include "rules/RuleRegistry.h"
#include "store/BallotStore.h"
#include "store/RoundCounter.h"
#include "store/Schema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pbvote;

class TestImportAndMigration : public QObject
{
    Q_OBJECT

private slots:
    void migratesSchemaOneForward();
    void importedRoundCountsLikeTheFile();
    void importedRoundExportsToTheSameElection();
    void scoringFileIsRefused();

private:
    QTemporaryDir m_dir;
};

static const QByteArray kElection = "META\nkey;value\ndescription;Test district\nnum_projects;4\nnum_votes;5\n"
                                    "budget;100\nvote_type;approval\nmax_length;3\n"
                                    "PROJECTS\nproject_id;cost;name\n1;60;Park\n2;30;Bench\n10;40;Lamp\n9;40;Tree\n"
                                    "VOTES\nvoter_id;vote\n1;1,2\n2;1,10\n3;2,9\n4;10,9\n5;1\n";

void TestImportAndMigration::migratesSchemaOneForward()
{
    const QString path = m_dir.filePath(u"v1.sqlite"_qs);
    {
        // A database exactly as schema 1 left it, with one round in it.
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"v1"_qs);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const QString &sql : store::schemaMigrations()[0])
            QVERIFY2(q.exec(sql), qPrintable(sql));
        QVERIFY(q.exec(u"PRAGMA application_id=%1"_qs.arg(store::ApplicationId)));
        QVERIFY(q.exec(u"PRAGMA user_version=1"_qs));
        QVERIFY(q.exec(u"INSERT INTO rounds(election_id, name, currency, budget, rules, state) "
                       "VALUES(x'00112233445566778899aabbccddeeff', 'Old round', 'EUR', 500, '{\"kind\":\"approval\"}', 'draft')"_qs));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_qs);

    auto st = store::BallotStore::open(path);
    QVERIFY2(st.ok(), qPrintable(st.error()));
    auto old = (*st)->round(1);
    QVERIFY2(old.ok(), qPrintable(old.error()));
    QCOMPARE(old->name, u"Old round"_qs);
    QCOMPARE(old->budget, int64_t(500));
    auto source = (*st)->importSource(1);
    QVERIFY(source.ok());
    QVERIFY(source->isEmpty()); // schema 2's column exists and is empty for old rounds
    QVERIFY((*st)->integrityCheck().ok());
    st->reset();

    QSqlDatabase check = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"check"_qs);
    check.setDatabaseName(path);
    QVERIFY(check.open());
    QSqlQuery q(check);
    QVERIFY(q.exec(u"PRAGMA user_version"_qs) && q.next());
    QCOMPARE(q.value(0).toInt(), store::SchemaVersion);
    QVERIFY(store::SchemaVersion >= 2);
    check.close();
    QSqlDatabase::removeDatabase(u"check"_qs);
}

void TestImportAndMigration::importedRoundCountsLikeTheFile()
{
    auto inst = formats::readPabulib(kElection, u"test.pb"_qs);
    QVERIFY2(inst.ok(), qPrintable(inst.error()));
    auto imported = formats::roundFromPabulib(*inst, u"test.pb"_qs);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->round.rules.maxSelections, 3);
    QCOMPARE(imported->ballots.size(), size_t(5));

    auto st = store::BallotStore::open(m_dir.filePath(u"import.sqlite"_qs));
    QVERIFY2(st.ok(), qPrintable(st.error()));
    auto id = (*st)->importRound(imported->round, imported->ballots, u"test.pb"_qs);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    auto round = (*st)->round(*id);
    QVERIFY(round.ok());
    QCOMPARE(round->state, RoundState::Closed);
    QCOMPARE(*(*st)->importSource(*id), u"test.pb"_qs);

    auto fromStore = store::importedInstance(**st, *id);
    QVERIFY2(fromStore.ok(), qPrintable(fromStore.error()));
    QCOMPARE(fromStore->voters.size(), inst->voters.size());
    for (size_t i = 0; i < inst->voters.size(); ++i)
        QCOMPARE(fromStore->voters[i].projects, inst->voters[i].projects);
    // Every rule gives the same winners on the stored round as on the file.
    for (const counting::RuleInfo &rule : counting::allRules()) {
        if (rule.name.startsWith(u"mes-borda"_qs) || rule.name.startsWith(u"mes-points"_qs))
            continue; // other ballot kinds
        const counting::Outcome a = rule.run(*inst, {});
        auto b = store::countRound(*round, *fromStore, rule.name, {});
        QVERIFY2(b.ok(), qPrintable(b.error()));
        QCOMPARE(b->winners, a.winners);
    }
}

void TestImportAndMigration::importedRoundExportsToTheSameElection()
{
    auto inst = formats::readPabulib(kElection, u"test.pb"_qs);
    QVERIFY(inst.ok());
    auto imported = formats::roundFromPabulib(*inst, u"test.pb"_qs);
    QVERIFY(imported.ok());
    auto st = store::BallotStore::open(m_dir.filePath(u"export.sqlite"_qs));
    QVERIFY(st.ok());
    auto id = (*st)->importRound(imported->round, imported->ballots, u"test.pb"_qs);
    QVERIFY(id.ok());
    auto fromStore = store::importedInstance(**st, *id);
    QVERIFY(fromStore.ok());
    formats::fillPabulibMeta(imported->round, *fromStore);
    const QByteArray written = formats::writePabulib(*fromStore);
    auto reread = formats::readPabulib(written, u"written.pb"_qs);
    QVERIFY2(reread.ok(), qPrintable(reread.error()));
    QCOMPARE(reread->budget, inst->budget);
    QCOMPARE(reread->projects.size(), inst->projects.size());
    for (size_t i = 0; i < inst->projects.size(); ++i) {
        QCOMPARE(reread->projects[i].id, inst->projects[i].id);
        QCOMPARE(reread->projects[i].cost, inst->projects[i].cost);
    }
    QCOMPARE(reread->voters.size(), inst->voters.size());
    const counting::RuleInfo *greedy = counting::findRule(u"mes-cost+add1"_qs);
    QVERIFY(greedy);
    QCOMPARE(greedy->run(*reread, {}).winners, greedy->run(*inst, {}).winners);
}

void TestImportAndMigration::scoringFileIsRefused()
{
    QByteArray text = kElection;
    text.replace("vote_type;approval", "vote_type;scoring").replace("voter_id;vote\n", "voter_id;vote;points\n");
    text.replace("1;1,2\n", "1;1,2;1,2\n").replace("2;1,10\n", "2;1,10;3,1\n").replace("3;2,9\n", "3;2,9;1,1\n");
    text.replace("4;10,9\n", "4;10,9;2,2\n").replace("5;1\n", "5;1;5\n");
    auto inst = formats::readPabulib(text, u"scores.pb"_qs);
    QVERIFY2(inst.ok(), qPrintable(inst.error()));
    auto imported = formats::roundFromPabulib(*inst, u"scores.pb"_qs);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().contains(u"scoring"_qs), qPrintable(imported.error()));
}

QTEST_GUILESS_MAIN(TestImportAndMigration)
#include "TestImportAndMigration.moc"
