// Project pictures for the kiosk's cards: kept in the store, checked on the way in.
#include "StoreFixture.h"

#include "store/BallotStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pbvote;

class TestProjectImages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(crypto::initialize()); }
    void pngAndJpegAreStoredAndReadBack();
    void otherFilesAreRefused();
    void unknownProjectIsRefused();
    void openRoundIsRefused();
    void projectsAreEditedAndRemovedWhileDraft();

private:
    QTemporaryDir m_dir;
};

namespace {
const QByteArray Png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'p');
const QByteArray Jpeg = QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(100, 'j');

std::unique_ptr<store::BallotStore> draftStore(const QString &path, int64_t *roundId)
{
    auto st = store::BallotStore::open(path);
    if (!st)
        return nullptr;
    auto id = (*st)->createRound(testsupport::sampleRound(BallotKind::Knapsack));
    if (!id)
        return nullptr;
    *roundId = *id;
    return std::move(*st);
}
} // namespace

void TestProjectImages::pngAndJpegAreStoredAndReadBack()
{
    int64_t id = 0;
    auto st = draftStore(m_dir.filePath(u"a.sqlite"_qs), &id);
    QVERIFY(st);
    QVERIFY(st->setProjectImage(id, u"P1"_qs, Png));
    QVERIFY(st->setProjectImage(id, u"P3"_qs, Jpeg));
    auto images = st->projectImages(id);
    QVERIFY(images);
    QCOMPARE(images->size(), size_t(2));
    QCOMPARE(images->at(u"P1"_qs), Png);
    QCOMPARE(images->at(u"P3"_qs), Jpeg);
    // Replaced, then removed.
    QVERIFY(st->setProjectImage(id, u"P1"_qs, Jpeg));
    QCOMPARE(st->projectImages(id)->at(u"P1"_qs), Jpeg);
    QVERIFY(st->setProjectImage(id, u"P1"_qs, {}));
    QCOMPARE(st->projectImages(id)->count(u"P1"_qs), size_t(0));
}

void TestProjectImages::otherFilesAreRefused()
{
    int64_t id = 0;
    auto st = draftStore(m_dir.filePath(u"b.sqlite"_qs), &id);
    QVERIFY(st);
    const Status gif = st->setProjectImage(id, u"P1"_qs, QByteArray("GIF89a") + QByteArray(50, 'g'));
    QVERIFY(!gif);
    QVERIFY2(gif.error().contains(u"P1"_qs) && gif.error().contains(u"PNG"_qs), qPrintable(gif.error()));
    const Status huge = st->setProjectImage(id, u"P1"_qs, Png + QByteArray(store::BallotStore::MaxProjectImageBytes, 'x'));
    QVERIFY(!huge);
    QVERIFY2(huge.error().contains(u"at most"_qs), qPrintable(huge.error()));
    QVERIFY(st->projectImages(id)->empty());
}

void TestProjectImages::unknownProjectIsRefused()
{
    int64_t id = 0;
    auto st = draftStore(m_dir.filePath(u"c.sqlite"_qs), &id);
    QVERIFY(st);
    const Status s = st->setProjectImage(id, u"P99"_qs, Png);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(u"P99"_qs), qPrintable(s.error()));
}

void TestProjectImages::openRoundIsRefused()
{
    testsupport::ReadyRound ready;
    QVERIFY(testsupport::makeReadyRound(ready, m_dir.filePath(u"d.sqlite"_qs),
                                        testsupport::sampleRound(BallotKind::Approval)));
    const Status s = ready.store->setProjectImage(ready.roundId, u"P1"_qs, Png);
    QVERIFY(!s);
    QVERIFY(ready.store->projectImages(ready.roundId)->empty());
}

// Editing a draft: a project's fields change but not its id; removing one keeps the
// others in ballot order and takes its picture; none of it once the round is open.
void TestProjectImages::projectsAreEditedAndRemovedWhileDraft()
{
    int64_t id = 0;
    auto st = draftStore(m_dir.filePath(u"e.sqlite"_qs), &id);
    QVERIFY(st);
    const Round before = *st->round(id);
    QVERIFY(before.projects.size() >= 4);
    Project changed = before.projects[1];
    changed.title = u"Renamed"_qs;
    changed.cost = 123;
    QVERIFY(st->updateProject(id, changed));
    QCOMPARE(st->round(id)->projects[1], changed);
    Project bad = changed;
    bad.cost = 0;
    const Status refused = st->updateProject(id, bad); // core's validation decides
    QVERIFY(!refused);
    QCOMPARE(st->round(id)->projects[1], changed);
    Project unknown = changed;
    unknown.id = u"P99"_qs;
    QVERIFY(!st->updateProject(id, unknown));

    QVERIFY(st->setProjectImage(id, before.projects[0].id, Png));
    QVERIFY(st->removeProject(id, before.projects[0].id));
    const Round after = *st->round(id);
    QCOMPARE(after.projects.size(), before.projects.size() - 1);
    QCOMPARE(after.projects[0], changed);                 // the second is now first
    QCOMPARE(after.projects.back(), before.projects.back()); // the order of the rest kept
    QCOMPARE(st->projectImages(id)->count(before.projects[0].id), size_t(0));
    QVERIFY(!st->removeProject(id, before.projects[0].id)); // not there any more

    testsupport::ReadyRound ready;
    QVERIFY(testsupport::makeReadyRound(ready, m_dir.filePath(u"f.sqlite"_qs),
                                        testsupport::sampleRound(BallotKind::Approval)));
    Project late = ready.round.projects[0];
    late.cost = 1;
    QVERIFY(!ready.store->updateProject(ready.roundId, late));
    QVERIFY(!ready.store->removeProject(ready.roundId, late.id));
    QCOMPARE(ready.store->round(ready.roundId)->projects, ready.round.projects);
}

QTEST_GUILESS_MAIN(TestProjectImages)
#include "TestProjectImages.moc"
