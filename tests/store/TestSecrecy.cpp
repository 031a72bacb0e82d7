// Ballot secrecy in storage: nothing in the database or the election record keeps the
// order in which ballots were cast.
#include "StoreFixture.h"
#include "audit/ElectionRecordWriter.h"

#include <QtTest>

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace pbvote;
using namespace pbvote::store;
using namespace pbvote::testsupport;

namespace {

// Spearman's rank correlation of a permutation of 0..n-1 against 0..n-1.
double spearman(const std::vector<int> &ranks)
{
    const double n = double(ranks.size());
    double d2 = 0;
    for (size_t i = 0; i < ranks.size(); ++i) {
        const double d = double(ranks[i]) - double(i);
        d2 += d * d;
    }
    return 1.0 - 6.0 * d2 / (n * (n * n - 1.0));
}

bool isPermutation(std::vector<int> v)
{
    std::sort(v.begin(), v.end());
    for (size_t i = 0; i < v.size(); ++i) {
        if (v[i] != int(i))
            return false;
    }
    return true;
}

} // namespace

class TestSecrecy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void spearmanDetectsOrder();
    void naturalOrderIsNotCastOrder();
    void ballotTablesHaveNoRowidOrTime_data();
    void ballotTablesHaveNoRowidOrTime();
    void electionRecordSortedByBallotId();

private:
    QString dbPath() const { return m_dir->filePath(u"secrecy.db"_qs); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSecrecy::initTestCase()
{
    QVERIFY(crypto::initialize());
}

void TestSecrecy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSecrecy::cleanup()
{
    m_dir.reset();
}

void TestSecrecy::spearmanDetectsOrder()
{
    // The measure used below can fail: cast order itself gives rho = 1.
    std::vector<int> same(200);
    std::iota(same.begin(), same.end(), 0);
    QCOMPARE(spearman(same), 1.0);
    std::vector<int> reversed(same.rbegin(), same.rend());
    QCOMPARE(spearman(reversed), -1.0);
}

void TestSecrecy::naturalOrderIsNotCastOrder()
{
    constexpr int N = 200;
    ReadyRound rr;
    ReadyRoundOptions opts;
    opts.codes = N;
    QVERIFY(makeReadyRound(rr, dbPath(), sampleRound(), opts).ok());
    QHash<QString, int> castIndexByReceipt;
    QHash<QByteArray, int> castIndexByCodeHash;
    QRandomGenerator rng(12345);
    for (int i = 0; i < N; ++i) {
        auto r = rr.cast(i, approvalBallot({int(rng.bounded(5))}));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        castIndexByReceipt.insert(r->receipt, i);
        castIndexByCodeHash.insert(record::accessCodeHash(rr.round.electionId, crypto::normaliseCode(rr.codes[i])), i);
    }
    QCOMPARE(castIndexByReceipt.size(), N);
    rr.store.reset();

    RawConnection raw(dbPath());
    std::vector<int> ballotOrder;
    {
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(u"SELECT envelope, signature FROM ballots"_qs)); // natural order, no ORDER BY
        while (q.next()) {
            const QString receipt = record::receiptCode(q.value(0).toByteArray(), q.value(1).toByteArray());
            QVERIFY(castIndexByReceipt.contains(receipt));
            ballotOrder.push_back(castIndexByReceipt.value(receipt));
        }
    }
    std::vector<int> codeOrder;
    {
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(u"SELECT code_hash FROM spent_codes"_qs));
        while (q.next()) {
            QVERIFY(castIndexByCodeHash.contains(q.value(0).toByteArray()));
            codeOrder.push_back(castIndexByCodeHash.value(q.value(0).toByteArray()));
        }
    }
    QCOMPARE(int(ballotOrder.size()), N);
    QCOMPARE(int(codeOrder.size()), N);
    QVERIFY(isPermutation(ballotOrder));
    QVERIFY(isPermutation(codeOrder));
    std::vector<int> castOrder(N);
    std::iota(castOrder.begin(), castOrder.end(), 0);
    QVERIFY2(ballotOrder != castOrder, "ballots come back in cast order");
    QVERIFY2(codeOrder != castOrder, "spent codes come back in cast order");
    const double rhoBallots = spearman(ballotOrder);
    const double rhoCodes = spearman(codeOrder);
    qInfo("Spearman rho: ballots %.3f, spent codes %.3f", rhoBallots, rhoCodes);
    QVERIFY2(std::abs(rhoBallots) < 0.3, qPrintable(u"ballots: rho = %1"_qs.arg(rhoBallots)));
    QVERIFY2(std::abs(rhoCodes) < 0.3, qPrintable(u"spent codes: rho = %1"_qs.arg(rhoCodes)));
    // The two orders do not line up with each other either (a code cannot be matched to
    // its ballot by position).
    QVERIFY(ballotOrder != codeOrder);
}

void TestSecrecy::ballotTablesHaveNoRowidOrTime_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("ballots") << u"ballots"_qs;
    QTest::newRow("spent_codes") << u"spent_codes"_qs;
    QTest::newRow("access_codes") << u"access_codes"_qs;
}

void TestSecrecy::ballotTablesHaveNoRowidOrTime()
{
    QFETCH(QString, table);
    {
        auto st = BallotStore::open(dbPath());
        QVERIFY(st.ok());
    }
    RawConnection raw(dbPath());
    const QString sql = raw.value(u"SELECT sql FROM sqlite_schema WHERE type='table' AND name=?"_qs, {table}).toString();
    QVERIFY2(!sql.isEmpty(), qPrintable(table));
    QVERIFY2(sql.contains(u"WITHOUT ROWID"_qs, Qt::CaseInsensitive), qPrintable(sql));
    // No hidden rowid: selecting it fails.
    QVERIFY2(!raw.exec(u"SELECT rowid FROM %1"_qs.arg(table)), "the table has a rowid");
    QSqlQuery q(raw.db());
    QVERIFY(q.exec(u"PRAGMA table_info(%1)"_qs.arg(table)));
    QStringList columns;
    while (q.next())
        columns << q.value(1).toString();
    QVERIFY(columns.size() >= 2);
    static const QRegularExpression timeLike(u"time|date|seq|created|cast_at|order|serial|counter|_at$|autoinc"_qs,
                                             QRegularExpression::CaseInsensitiveOption);
    for (const QString &c : columns)
        QVERIFY2(!timeLike.match(c).hasMatch(), qPrintable(table + u"."_qs + c));
    QVERIFY2(!sql.contains(u"AUTOINCREMENT"_qs, Qt::CaseInsensitive), qPrintable(sql));
    QVERIFY2(!sql.contains(u"INTEGER PRIMARY KEY"_qs, Qt::CaseInsensitive), qPrintable(sql));
    // The key is the random value (ballot id / code hash), after the round.
    QSqlQuery pk(raw.db());
    QVERIFY(pk.exec(u"PRAGMA table_info(%1)"_qs.arg(table)));
    QStringList keyColumns;
    while (pk.next()) {
        if (pk.value(5).toInt() > 0)
            keyColumns << pk.value(1).toString();
    }
    QVERIFY2(keyColumns.contains(u"ballot_id"_qs) || keyColumns.contains(u"code_hash"_qs),
             qPrintable(keyColumns.join(u',')));
}

void TestSecrecy::electionRecordSortedByBallotId()
{
    constexpr int N = 30;
    ReadyRound rr;
    ReadyRoundOptions opts;
    opts.codes = N;
    QVERIFY(makeReadyRound(rr, dbPath(), sampleRound(), opts).ok());
    QStringList castReceipts;
    for (int i = 0; i < N; ++i) {
        auto r = rr.cast(i, approvalBallot({i % 5}));
        QVERIFY(r.ok());
        castReceipts << r->receipt;
        if (i == N / 2) {
            QVERIFY(rr.store->suspend(rr.roundId, rr.kiosk.secretKey).ok());
            QVERIFY(rr.store->resume(rr.roundId).ok());
        }
    }
    QVERIFY(rr.store->close(rr.roundId, &rr.kiosk.secretKey).ok());
    auto rec = audit::buildElectionRecord(*rr.store, rr.roundId);
    QVERIFY2(rec.ok(), qPrintable(rec.error()));
    const QJsonArray ballots = (*rec)[u"ballots"_qs].toArray();
    QCOMPARE(ballots.size(), N);
    QList<QByteArray> ids;
    QStringList receipts;
    for (const QJsonValue &v : ballots) {
        const QJsonObject o = v.toObject();
        const QStringList keys = o.keys();
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
                 (QSet<QString>{u"envelope"_qs, u"signature"_qs, u"receipt"_qs}));
        auto env = record::BallotEnvelope::decode(QByteArray::fromBase64(o[u"envelope"_qs].toString().toLatin1()));
        QVERIFY2(env.ok(), qPrintable(env.error()));
        ids << env->ballotId;
        receipts << o[u"receipt"_qs].toString();
    }
    for (int i = 1; i < ids.size(); ++i)
        QVERIFY2(ids[i - 1] < ids[i], qPrintable(u"ballot %1 is out of ballot-id order"_qs.arg(i)));
    QVERIFY2(receipts != castReceipts, "the record lists ballots in cast order");
    QStringList sortedA = receipts, sortedB = castReceipts;
    sortedA.sort();
    sortedB.sort();
    QCOMPARE(sortedA, sortedB);
    // Spent codes: by kiosk, batch, hash.
    const QJsonArray spent = (*rec)[u"spent_codes"_qs].toArray();
    QCOMPARE(spent.size(), N);
    for (int i = 1; i < spent.size(); ++i) {
        const QJsonObject a = spent[i - 1].toObject();
        const QJsonObject b = spent[i].toObject();
        const auto ka = std::make_tuple(a[u"kiosk"_qs].toString(), a[u"batch"_qs].toInteger(), a[u"hash"_qs].toString());
        const auto kb = std::make_tuple(b[u"kiosk"_qs].toString(), b[u"batch"_qs].toInteger(), b[u"hash"_qs].toString());
        QVERIFY2(ka < kb, qPrintable(u"spent code %1 out of order"_qs.arg(i)));
    }
}

QTEST_GUILESS_MAIN(TestSecrecy)
#include "TestSecrecy.moc"
