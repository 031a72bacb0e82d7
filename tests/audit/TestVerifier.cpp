// The auditor's verifier (core/audit/Verifier): a genuine election record passes every
// check, and each way of tampering with it fails with the check that says what is wrong.
#include "StoreFixture.h"

#include "audit/ElectionRecordWriter.h"
#include "audit/Verifier.h"
#include "crypto/Crypto.h"
#include "record/Records.h"
#include "store/RoundTally.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace pbvote;

namespace {

QByteArray b64d(const QJsonValue &v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

QString b64e(const QByteArray &b)
{
    return QString::fromLatin1(b.toBase64());
}

QString hexe(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex());
}

// What the writer writes: indented JSON of the object.
QByteArray written(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray flipBit(QByteArray b, qsizetype at, int bit = 0)
{
    b[at] = char(b[at] ^ (1 << bit));
    return b;
}

Ballot choose(std::initializer_list<int> positions)
{
    Ballot b;
    for (int p : positions)
        b.choices.push_back({p, 1});
    return b;
}

// A record's array field, edited in place.
void editArray(QJsonObject &rec, const QString &key, const std::function<void(QJsonArray &)> &edit)
{
    QJsonArray a = rec.value(key).toArray();
    edit(a);
    rec[key] = a;
}

void editElement(QJsonObject &rec, const QString &key, qsizetype i, const std::function<void(QJsonObject &)> &edit)
{
    editArray(rec, key, [&](QJsonArray &a) {
        QJsonObject o = a.at(i).toObject();
        edit(o);
        a[i] = o;
    });
}

// Everything a test needs about a genuine record and the keys behind it.
struct Genuine
{
    testsupport::ReadyRound rr;
    crypto::SigningKeyPair k2;
    QByteArray bytes; // as the writer wrote them
    QJsonObject record;
    QStringList receipts; // of every cast, in cast order
    QStringList witnesses;
};

crypto::SecretBytes copyOf(const crypto::SecretBytes &s)
{
    return crypto::SecretBytes::copyOf(s.view());
}

} // namespace

class TestVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void genuineRecordPassesEveryCheck();
    void genuineRecordPassesWithEveryOption();
    void whiteSpaceDoesNotMatter();
    void whiteSpaceStripperKeepsStrings();
    void tampered_data();
    void tampered();
    void everySingleBitFlipFails();
    void truncatedAnywhereNeverCrashes();
    void wrongTypesAnywhereNeverCrash();
    void hostileSignedManifestNeverCrashes();
    void unreadableManifestSkipsTheRest();
    void revokedKioskIsExcludedAndReported();
    void dishonestAuthoritySwapsWinners();
    void overBudgetBallotWithStolenKioskKey();
    void overBudgetBallotInOpenedBallotsResigned();
    void wrongAuthorityFingerprint();
    void wrongWitnessCode();
    void receiptLookup();
    void wrongElectionKey();
    void electionKeyFile();
    void oversizedFileIsRefused();
    void cliVerify();
    void writeCorpus();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool buildGenuine(Genuine &g, const QString &name, bool revokeK2);
    audit::VerifyReport verify(const QJsonObject &rec, const audit::VerifyOptions &options = {}) const
    {
        return audit::verifyRecord(written(rec), options);
    }
    QByteArray manifestBytes(const QJsonObject &rec) const { return b64d(rec[u"manifest"_qs]); }
    // Replaces the manifest (keeping its signature) and the fields that repeat it.
    static void setManifest(QJsonObject &rec, const record::Manifest &m)
    {
        const QByteArray bytes = m.encode();
        rec[u"manifest"_qs] = b64e(bytes);
        rec[u"manifest_hash"_qs] = hexe(record::manifestHash(bytes));
    }
    // Re-signs checkpoint i of the record with `key` (the kiosk key holder's power).
    static void resignCheckpoint(
        QJsonObject &rec, qsizetype i, const record::Checkpoint &cp, const crypto::SecretBytes &key)
    {
        editElement(rec, u"checkpoints"_qs, i, [&](QJsonObject &o) {
            const QByteArray body = cp.encode();
            const QByteArray sig = crypto::sign(key, record::CheckpointDomain, body);
            o[u"body"_qs] = b64e(body);
            o[u"signature"_qs] = b64e(sig);
            o[u"witness"_qs] = record::witnessCode(body, sig);
        });
    }
    // Inserts a signed ballot at its place in ballot-id order.
    static void insertBallot(QJsonObject &rec, const QByteArray &envelope, const QByteArray &signature)
    {
        const QByteArray id = record::BallotEnvelope::decode(envelope)->ballotId;
        editArray(rec, u"ballots"_qs, [&](QJsonArray &a) {
            qsizetype at = 0;
            while (at < a.size()
                && record::BallotEnvelope::decode(b64d(a.at(at).toObject()[u"envelope"_qs]))->ballotId < id)
                ++at;
            a.insert(at,
                QJsonObject {{u"envelope"_qs, b64e(envelope)}, {u"signature"_qs, b64e(signature)},
                    {u"receipt"_qs, record::receiptCode(envelope, signature)}});
        });
    }
    // A correctly sealed and signed ballot of this round that no kiosk cast.
    QPair<QByteArray, QByteArray> forgedBallot(
        const Ballot &ballot, const QString &kiosk, uint32_t batch, const crypto::SecretBytes &signer) const;

    QTemporaryDir m_dir;
    Genuine m_g;
    QPair<QByteArray, QByteArray> m_otherRoundBallot; // envelope, signature
    record::Manifest m_manifest;
    QString m_fingerprint;

    struct Case
    {
        const char *name;
        std::function<QByteArray(const TestVerifier &)> make;
        QStringList expected; // all must fail
        QStringList mustPass = {};
    };
    std::vector<Case> m_cases;
    void addCases();
};

bool TestVerifier::buildGenuine(Genuine &g, const QString &name, bool revokeK2)
{
    // Two kiosks: K1 votes in two batches (suspended once), K2 in one. A database holds
    // one kiosk's ballots, so the test moves the binding between kiosks by hand, as if
    // the organizer's database had gathered both kiosks' data.
    Round round = testsupport::sampleRound(BallotKind::Knapsack);
    const QString db = path(name);
    if (Status s = testsupport::makeReadyRound(g.rr, db, round, {.kioskId = u"K1"_qs, .codes = 12, .open = false});
        !s) {
        qWarning() << s.error();
        return false;
    }
    store::BallotStore *st = g.rr.store.get();
    const int64_t id = g.rr.roundId;
    g.k2 = crypto::SigningKeyPair::generate();
    if (!st->registerKiosk(id, u"K2"_qs, g.k2.publicKey, u"Branch library"_qs)
        || !st->openRound(id, u"org-%1"_qs.arg(id), g.rr.authority.secretKey))
        return false;
    const auto castAt = [&](const QString &kiosk, const crypto::SecretBytes &key, int code, const Ballot &b) {
        auto r = g.rr.store->cast(id, kiosk, key, g.rr.codes.value(code), b);
        if (!r)
            qWarning() << "cast" << code << r.error();
        else
            g.receipts << r->receipt;
        return r.ok();
    };
    if (!castAt(u"K1"_qs, g.rr.kiosk.secretKey, 0, choose({0, 1}))
        || !castAt(u"K1"_qs, g.rr.kiosk.secretKey, 1, choose({2}))
        || !castAt(u"K1"_qs, g.rr.kiosk.secretKey, 2, choose({0, 3})))
        return false;
    if (!st->suspend(id, g.rr.kiosk.secretKey) || !st->resume(id))
        return false;
    if (!castAt(u"K1"_qs, g.rr.kiosk.secretKey, 3, choose({1, 2})))
        return false;
    const auto bindTo = [&](const QString &kiosk, bool reopenVoting) {
        {
            testsupport::RawConnection raw(db);
            if (!raw.exec(u"UPDATE settings SET value=? WHERE key='kiosk_id'"_qs, {kiosk}))
                return false;
            if (reopenVoting && !raw.exec(u"UPDATE rounds SET state='open' WHERE id=?"_qs, {qlonglong(id)}))
                return false;
        }
        return bool(g.rr.reopen());
    };
    if (!bindTo(u"K2"_qs, false))
        return false;
    if (!castAt(u"K2"_qs, g.k2.secretKey, 4, choose({4})) || !castAt(u"K2"_qs, g.k2.secretKey, 5, choose({0, 1, 2}))
        || !castAt(u"K2"_qs, g.k2.secretKey, 6, choose({3})))
        return false;
    if (!g.rr.store->close(id, &g.k2.secretKey))
        return false;
    if (!bindTo(u"K1"_qs, true))
        return false;
    if (auto c = g.rr.store->close(id, &g.rr.kiosk.secretKey); !c) {
        qWarning() << c.error();
        return false;
    }
    if (revokeK2 && !g.rr.store->setKioskRevoked(id, u"K2"_qs, true))
        return false;
    auto unlock = [&](store::KeyKind kind, const QString &) -> Result<crypto::SecretBytes> {
        return kind == store::KeyKind::Election ? copyOf(g.rr.election.secretKey) : copyOf(g.rr.authority.secretKey);
    };
    if (auto t = store::tallyRound(*g.rr.store, id, u"greedy"_qs, {}, unlock); !t) {
        qWarning() << t.error();
        return false;
    }
    const QString file = path(name + u".json"_qs);
    if (Status s = audit::writeElectionRecord(*g.rr.store, id, file); !s) {
        qWarning() << s.error();
        return false;
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    g.bytes = f.readAll();
    g.record = QJsonDocument::fromJson(g.bytes).object();
    for (const QJsonValue &c : g.record[u"checkpoints"_qs].toArray())
        g.witnesses << c.toObject()[u"witness"_qs].toString();
    return true;
}

QPair<QByteArray, QByteArray> TestVerifier::forgedBallot(
    const Ballot &ballot, const QString &kiosk, uint32_t batch, const crypto::SecretBytes &signer) const
{
    const QByteArray mh = record::manifestHash(manifestBytes(m_g.record));
    record::BallotPlaintext plain;
    plain.manifestHash = mh;
    plain.ballotId = crypto::randomBytes(record::BallotIdBytes);
    plain.kind = m_manifest.rules.kind;
    plain.ballot = ballot;
    record::BallotEnvelope env;
    env.manifestHash = mh;
    env.kioskId = kiosk;
    env.batch = batch;
    env.ballotId = plain.ballotId;
    env.sealed = *crypto::padAndSeal(m_manifest.electionPublicKey, plain.encode(), m_manifest.paddedBallotSize);
    const QByteArray envelope = env.encode();
    return {envelope, crypto::sign(signer, record::BallotDomain, envelope)};
}

void TestVerifier::initTestCase()
{
    QVERIFY(crypto::initialize());
    QVERIFY(m_dir.isValid());
    QVERIFY(buildGenuine(m_g, u"genuine.sqlite"_qs, false));
    m_manifest = *record::Manifest::decode(manifestBytes(m_g.record));
    m_fingerprint = crypto::shortCode("PBV-fingerprint", m_manifest.authorityPublicKey, 10);
    QCOMPARE(m_g.record[u"version"_qs].toInt(), 2);
    QCOMPARE(m_g.record[u"ballots"_qs].toArray().size(), 7);
    QCOMPARE(m_g.record[u"checkpoints"_qs].toArray().size(), 3);
    QCOMPARE(m_manifest.kiosks.size(), size_t(2));

    // A genuine ballot of another round, signed with the same kiosk key.
    testsupport::ReadyRound other;
    QVERIFY(testsupport::makeReadyRound(other, path(u"other.sqlite"_qs), testsupport::sampleRound(BallotKind::Knapsack),
        {.kioskId = u"K1"_qs, .codes = 2}, &m_g.rr.kiosk));
    QVERIFY(other.cast(0, choose({1})));
    auto ballots = other.store->ballots(other.roundId);
    QVERIFY(ballots && ballots->size() == 1);
    m_otherRoundBallot = {ballots->front().envelope, ballots->front().signature};
    addCases();
}

void TestVerifier::genuineRecordPassesEveryCheck()
{
    const audit::VerifyReport report = audit::verifyRecord(m_g.bytes, {});
    QVERIFY2(report.ok(), qPrintable(report.toText()));
    QCOMPARE(report.version, 2);
    QCOMPARE(report.ballots, qint64(7));
    QCOMPARE(report.kiosks, qint64(2));
    // Only the unpinned authority warns; options not given are skipped.
    QCOMPARE(report.warningIds(), QStringList {u"MANIFEST_SIG"_qs});
    QStringList skipped;
    for (const audit::CheckResult &c : report.checks) {
        if (c.skipped)
            skipped << c.id;
    }
    QCOMPARE(skipped, (QStringList {u"WITNESS"_qs, u"ELECTION_KEY"_qs, u"RECEIPT"_qs}));
    QCOMPARE(report.checks.size(), size_t(27));
    QVERIFY(report.toText().contains(u"Verdict: PASSED"_qs));
    QCOMPARE(report.toJson()[u"ok"_qs].toBool(), true);
    QVERIFY(report.check(u"RECOUNT"_qs)->notes.join(u' ').contains(u"greedy"_qs));
}

void TestVerifier::genuineRecordPassesWithEveryOption()
{
    audit::VerifyOptions options;
    options.authorityFingerprint = m_fingerprint.toLower(); // as people type it
    options.electionSecretKey = copyOf(m_g.rr.election.secretKey);
    options.witnessCodes = m_g.witnesses;
    options.receipt = m_g.receipts.at(5);
    options.threads = 2;
    const audit::VerifyReport report = audit::verifyRecord(m_g.bytes, options);
    QVERIFY2(report.ok(), qPrintable(report.toText()));
    QVERIFY2(report.warningIds().isEmpty(), qPrintable(report.toText()));
    for (const audit::CheckResult &c : report.checks)
        QVERIFY2(c.status() == u"PASS"_qs, qPrintable(c.id + u' ' + c.status()));
    QVERIFY(report.authorityPinned);
    QVERIFY(report.receipt.found && report.receipt.signatureValid && report.receipt.counted);
    QCOMPARE(report.receipt.kioskId, u"K2"_qs);
    QCOMPARE(report.receipt.batch, 1u);
}

void TestVerifier::whiteSpaceDoesNotMatter()
{
    // Compact, or with other indentation: the same record.
    const QByteArray compact = QJsonDocument(m_g.record).toJson(QJsonDocument::Compact);
    QVERIFY(audit::verifyRecord(compact, {}).ok());
    QByteArray spaced = m_g.bytes;
    spaced.replace("\n    ", "\r\n\t ");
    spaced.prepend("  \n");
    QVERIFY(audit::verifyRecord(spaced, {}).ok());
}

void TestVerifier::whiteSpaceStripperKeepsStrings()
{
    QCOMPARE(audit::stripJsonWhitespace("{ \"a b\" : [ 1 ,\n\t\"x \\\" y\" ] }\r\n"),
        QByteArray("{\"a b\":[1,\"x \\\" y\"]}"));
    QCOMPARE(audit::stripJsonWhitespace("\"\\\\\" , \" \""), QByteArray("\"\\\\\",\" \""));
    QCOMPARE(audit::stripJsonWhitespace(m_g.bytes), QJsonDocument(m_g.record).toJson(QJsonDocument::Compact));
}

void TestVerifier::addCases()
{
    using Self = TestVerifier;
    const auto rec = [](const Self &t) { return t.m_g.record; };
    const auto ballotEnvelope = [](const QJsonObject &r, qsizetype i) {
        return b64d(r[u"ballots"_qs].toArray().at(i).toObject()[u"envelope"_qs]);
    };
    const auto checkpointBody = [](const QJsonObject &r, qsizetype i) {
        return *record::Checkpoint::decode(b64d(r[u"checkpoints"_qs].toArray().at(i).toObject()[u"body"_qs]));
    };
    // Checkpoint positions in the record (by kiosk, batch): 0 = K1/1, 1 = K1/2 (final), 2 = K2/1 (final).
    m_cases = {
        {"a bit flipped in a ballot's sealed vote",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                editElement(r, u"ballots"_qs, 1, [](QJsonObject &o) {
                    const QByteArray env = b64d(o[u"envelope"_qs]);
                    o[u"envelope"_qs] = b64e(flipBit(env, env.size() - 5));
                });
                return written(r);
            },
            {u"BALLOT_SIG"_qs, u"RECEIPTS"_qs, u"CLOSE_ROOT"_qs}},
        {"a bit flipped in a ballot's signature",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                editElement(r, u"ballots"_qs, 2,
                    [](QJsonObject &o) { o[u"signature"_qs] = b64e(flipBit(b64d(o[u"signature"_qs]), 10, 3)); });
                return written(r);
            },
            {u"BALLOT_SIG"_qs, u"RECEIPTS"_qs, u"CLOSE_ROOT"_qs}},
        {"a bit flipped in the manifest",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                r[u"manifest"_qs] = b64e(flipBit(t.manifestBytes(r), t.manifestBytes(r).size() - 1));
                return written(r);
            },
            {u"MANIFEST_SIG"_qs, u"MANIFEST"_qs, u"BALLOT_ELECTION"_qs}},
        {"a manifest that cannot be decoded",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                r[u"manifest"_qs] = b64e(t.manifestBytes(r) + QByteArray(1, '\0'));
                return written(r);
            },
            {u"MANIFEST"_qs}},
        {"a project cost changed in the manifest (old signature kept)",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                record::Manifest m = t.m_manifest;
                m.projects[4].cost = 50;
                setManifest(r, m);
                return written(r);
            },
            {u"MANIFEST_SIG"_qs, u"BALLOT_ELECTION"_qs}},
        {"projects reordered in the manifest",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                record::Manifest m = t.m_manifest;
                std::swap(m.projects[0], m.projects[1]);
                setManifest(r, m);
                return written(r);
            },
            {u"MANIFEST_SIG"_qs}},
        {"a registered kiosk key swapped in the manifest",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                record::Manifest m = t.m_manifest;
                m.kiosks[1].publicKey = crypto::SigningKeyPair::generate().publicKey;
                setManifest(r, m);
                return written(r);
            },
            {u"MANIFEST_SIG"_qs, u"BALLOT_SIG"_qs}},
        {"a bit flipped in the result",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                editElement(r, u"results"_qs, 0, [](QJsonObject &o) {
                    QString result = o[u"result"_qs].toString();
                    QVERIFY(result.contains(u"\"voters\":7"_qs));
                    o[u"result"_qs] = result.replace(u"\"voters\":7"_qs, u"\"voters\":6"_qs);
                });
                return written(r);
            },
            {u"RESULT_SIG"_qs, u"TALLY_STATEMENT"_qs, u"RECOUNT"_qs}},
        {"the result edited to swap a winner (signature kept)",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                editElement(r, u"results"_qs, 0, [](QJsonObject &o) {
                    QJsonObject result = QJsonDocument::fromJson(o[u"result"_qs].toString().toUtf8()).object();
                    QJsonArray winners = result[u"winners"_qs].toArray();
                    winners[0] = u"P5"_qs == winners[0].toString() ? u"P4"_qs : u"P5"_qs;
                    result[u"winners"_qs] = winners;
                    o[u"result"_qs] = QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact));
                });
                return written(r);
            },
            {u"RESULT_SIG"_qs, u"TALLY_STATEMENT"_qs, u"RECOUNT"_qs}},
        {"a ballot deleted",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                editArray(r, u"ballots"_qs, [](QJsonArray &a) { a.removeAt(2); });
                return written(r);
            },
            {u"CLOSE_COUNT"_qs, u"CLOSE_ROOT"_qs, u"OPENED_BALLOTS"_qs}},
        {"a ballot duplicated",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                editArray(r, u"ballots"_qs, [](QJsonArray &a) { a.insert(3, a.at(3)); });
                return written(r);
            },
            {u"DUP_BALLOT_ID"_qs, u"CLOSE_COUNT"_qs, u"CLOSE_ROOT"_qs}},
        {"a genuine ballot of another round inserted",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                insertBallot(r, t.m_otherRoundBallot.first, t.m_otherRoundBallot.second);
                return written(r);
            },
            {u"BALLOT_ELECTION"_qs, u"CLOSE_COUNT"_qs}, {u"BALLOT_SIG"_qs, u"BALLOT_ORDER"_qs}},
        {"a ballot signed by an unregistered key",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                const auto forged
                    = t.forgedBallot(choose({1}), u"K1"_qs, 2, crypto::SigningKeyPair::generate().secretKey);
                insertBallot(r, forged.first, forged.second);
                return written(r);
            },
            {u"BALLOT_SIG"_qs, u"CLOSE_COUNT"_qs}, {u"BALLOT_ELECTION"_qs, u"BALLOT_ORDER"_qs}},
        {"a ballot from a kiosk the manifest does not register",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                const auto forged
                    = t.forgedBallot(choose({1}), u"K9"_qs, 1, crypto::SigningKeyPair::generate().secretKey);
                insertBallot(r, forged.first, forged.second);
                return written(r);
            },
            {u"BALLOT_KIOSK"_qs, u"BALLOT_SIG"_qs, u"BALLOT_UNKNOWN_BATCH"_qs}},
        {"sealed votes swapped between two envelopes",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                auto a = *record::BallotEnvelope::decode(ballotEnvelope(r, 0));
                auto b = *record::BallotEnvelope::decode(ballotEnvelope(r, 1));
                std::swap(a.sealed, b.sealed);
                editElement(r, u"ballots"_qs, 0, [&](QJsonObject &o) { o[u"envelope"_qs] = b64e(a.encode()); });
                editElement(r, u"ballots"_qs, 1, [&](QJsonObject &o) { o[u"envelope"_qs] = b64e(b.encode()); });
                return written(r);
            },
            {u"BALLOT_SIG"_qs}},
        {"ballots reordered",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                editArray(r, u"ballots"_qs, [](QJsonArray &a) {
                    const QJsonValue first = a.at(0);
                    a[0] = a.at(1);
                    a[1] = first;
                });
                return written(r);
            },
            {u"BALLOT_ORDER"_qs, u"SECRECY"_qs}},
        {"a receipt field edited",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                editElement(r, u"ballots"_qs, 4, [](QJsonObject &o) { o[u"receipt"_qs] = u"AAAA-BBBB-CCCC-DDDD"_qs; });
                return written(r);
            },
            {u"RECEIPTS"_qs}},
        {"a checkpoint's ballot count changed and re-signed with the kiosk key",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                record::Checkpoint cp = checkpointBody(r, 2); // K2, final
                cp.batchBallots += 1;
                cp.totalBallots += 1;
                resignCheckpoint(r, 2, cp, t.m_g.k2.secretKey);
                return written(r);
            },
            {u"CLOSE_COUNT"_qs, u"EVENT_CHAIN"_qs}, {u"CHECKPOINT_SIG"_qs, u"CHECKPOINT_CHAIN"_qs}},
        {"a checkpoint's count changed without the kiosk key",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                record::Checkpoint cp = checkpointBody(r, 2);
                cp.batchBallots -= 1;
                editElement(r, u"checkpoints"_qs, 2, [&](QJsonObject &o) { o[u"body"_qs] = b64e(cp.encode()); });
                return written(r);
            },
            {u"CHECKPOINT_SIG"_qs}},
        {"a suspension checkpoint made final and re-signed with the kiosk key",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                record::Checkpoint cp = checkpointBody(r, 0); // K1 batch 1
                cp.kind = record::CheckpointKind::Close;
                resignCheckpoint(r, 0, cp, t.m_g.rr.kiosk.secretKey);
                return written(r);
            },
            {u"CHECKPOINT_CHAIN"_qs}},
        {"the final checkpoint dropped",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                editArray(r, u"checkpoints"_qs, [](QJsonArray &a) { a.removeAt(1); }); // K1 batch 2
                return written(r);
            },
            {u"CLOSE_FINAL_MISSING"_qs, u"BALLOT_UNKNOWN_BATCH"_qs}},
        {"a witness field edited",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                editElement(r, u"checkpoints"_qs, 0, [&](QJsonObject &o) { o[u"witness"_qs] = t.m_g.witnesses.at(1); });
                return written(r);
            },
            {u"CHECKPOINT_SIG"_qs}},
        {"an event deleted",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                editArray(r, u"events"_qs, [](QJsonArray &a) { a.removeAt(8); });
                return written(r);
            },
            {u"EVENT_CHAIN"_qs}},
        {"an event's decoded detail edited",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                editElement(r, u"events"_qs, 3,
                    [](QJsonObject &o) { o[u"detail"_qs] = QString(o[u"detail"_qs].toString() + u'!'); });
                return written(r);
            },
            {u"EVENT_CHAIN"_qs}},
        {"an issued code added",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                editArray(r, u"issued_code_hashes"_qs, [](QJsonArray &a) {
                    QStringList list;
                    for (const QJsonValue &v : a)
                        list << v.toString();
                    list << hexe(crypto::randomBytes(32));
                    list.sort();
                    a = QJsonArray::fromStringList(list);
                });
                return written(r);
            },
            {u"CODES"_qs}},
        {"a spent code that was never issued",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                editElement(r, u"spent_codes"_qs, 0, [](QJsonObject &o) { o[u"hash"_qs] = QString(64, u'0'); });
                return written(r);
            },
            {u"CODES"_qs, u"CLOSE_ROOT"_qs}},
        {"a spent code removed",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                editArray(r, u"spent_codes"_qs, [](QJsonArray &a) { a.removeAt(4); });
                return written(r);
            },
            {u"CLOSE_COUNT"_qs, u"CLOSE_ROOT"_qs}},
        {"the opened ballots edited (statement kept)",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                editElement(r, u"results"_qs, 0, [](QJsonObject &o) {
                    std::vector<Ballot> opened = *record::decodeOpenedBallots(b64d(o[u"opened_ballots"_qs]));
                    opened[0] = choose({0, 4});
                    o[u"opened_ballots"_qs] = b64e(record::encodeOpenedBallots(opened));
                });
                return written(r);
            },
            {u"OPENED_BALLOTS"_qs}},
        {"a bit flipped in the tally statement",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                editElement(r, u"results"_qs, 0,
                    [](QJsonObject &o) { o[u"statement"_qs] = b64e(flipBit(b64d(o[u"statement"_qs]), 20)); });
                return written(r);
            },
            {u"TALLY_STATEMENT"_qs}},
        {"the results removed",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                r[u"results"_qs] = QJsonArray();
                return written(r);
            },
            {u"TALLY_STATEMENT"_qs}},
        {"manifest_hash field edited",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                r[u"manifest_hash"_qs] = QString(64, u'a');
                return written(r);
            },
            {u"MANIFEST"_qs}},
        {"authority_fingerprint field edited",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                r[u"authority_fingerprint"_qs] = u"AAAA-BBBB-CCCC-DDDD"_qs;
                return written(r);
            },
            {u"MANIFEST"_qs}},
        {"round name edited",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                QJsonObject round = r[u"round"_qs].toObject();
                round[u"name"_qs] = u"Another round"_qs;
                r[u"round"_qs] = round;
                return written(r);
            },
            {u"MANIFEST"_qs}},
        {"an unknown JSON key",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                r[u"comment"_qs] = u"trust me"_qs;
                return written(r);
            },
            {u"RECORD_FORMAT"_qs}},
        {"a duplicate JSON key",
            [](const Self &t) {
                QByteArray b = t.m_g.bytes;
                b.replace(0, 1, "{\n    \"version\": 2,");
                return b;
            },
            {u"RECORD_FORMAT"_qs}},
        {"keys reordered",
            [](const Self &t) {
                // "version", the last key, moved first.
                QByteArray b = t.m_g.bytes;
                if (!b.startsWith("{\n") || !b.contains(",\n    \"version\": 2\n}"))
                    qFatal("the record's layout changed");
                b.replace(",\n    \"version\": 2\n}", "\n}");
                b.replace(0, 2, "{\n    \"version\": 2,\n");
                return b;
            },
            {u"RECORD_FORMAT"_qs}},
        {"a number spelled another way",
            [](const Self &t) {
                QByteArray b = t.m_g.bytes;
                b.replace("\"version\": 2", "\"version\": 2.0");
                return b;
            },
            {u"RECORD_FORMAT"_qs}},
        {"base64 without its padding",
            [=](const Self &t) {
                QByteArray b = written(rec(t));
                const QString sig = rec(t)[u"ballots"_qs].toArray().at(0).toObject()[u"signature"_qs].toString();
                b.replace(sig.toLatin1(), sig.toLatin1().chopped(2));
                return b;
            },
            {u"RECORD_FORMAT"_qs}},
        {"format version 3",
            [=](const Self &t) {
                QJsonObject r = rec(t);
                r[u"version"_qs] = 3;
                return written(r);
            },
            {u"RECORD_FORMAT"_qs}},
        {"a truncated file", [](const Self &t) { return t.m_g.bytes.left(t.m_g.bytes.size() / 2); },
            {u"RECORD_FORMAT"_qs}},
        {"an empty file", [](const Self &) { return QByteArray(); }, {u"RECORD_FORMAT"_qs}},
        {"not JSON at all", [](const Self &) { return QByteArray("PBVMAN02\x01\x02"); }, {u"RECORD_FORMAT"_qs}},
    };
}

void TestVerifier::tampered_data()
{
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < m_cases.size(); ++i)
        QTest::newRow(m_cases[i].name) << int(i);
}

void TestVerifier::tampered()
{
    QFETCH(int, index);
    const Case &c = m_cases[size_t(index)];
    const QByteArray bytes = c.make(*this);
    QVERIFY(bytes != m_g.bytes);
    const audit::VerifyReport report = audit::verifyRecord(bytes, {});
    QVERIFY2(!report.ok(), qPrintable(report.toText()));
    const QStringList failed = report.failedIds();
    for (const QString &id : c.expected)
        QVERIFY2(failed.contains(id), qPrintable(id + u" did not fail; failed: "_qs + failed.join(u", "_qs)));
    for (const QString &id : c.mustPass)
        QVERIFY2(!failed.contains(id), qPrintable(id + u" failed too: "_qs + report.toText()));
    // Every failure names what is wrong.
    for (const audit::CheckResult &r : report.checks) {
        if (!r.passed)
            QVERIFY2(!r.problems.isEmpty(), qPrintable(r.id));
    }
}

void TestVerifier::everySingleBitFlipFails()
{
    // Changing any byte that is not insignificant white space makes verification fail;
    // a bit flip never turns one white-space byte into another.
    QRandomGenerator rng(20270301);
    for (int i = 0; i < 300; ++i) {
        const qsizetype at = qsizetype(rng.bounded(quint32(m_g.bytes.size())));
        const int bit = int(rng.bounded(8));
        const QByteArray flipped = flipBit(m_g.bytes, at, bit);
        const audit::VerifyReport report = audit::verifyRecord(flipped, {});
        QVERIFY2(!report.ok(),
            qPrintable(u"byte %1 bit %2 (%3): "_qs.arg(at).arg(bit).arg(
                QString::fromLatin1(m_g.bytes.mid(std::max<qsizetype>(0, at - 20), 40)))));
    }
}

void TestVerifier::truncatedAnywhereNeverCrashes()
{
    for (qsizetype n = 0; n < m_g.bytes.size() - 2; n += 97) {
        const audit::VerifyReport report = audit::verifyRecord(m_g.bytes.left(n), {});
        QVERIFY(!report.ok());
        QCOMPARE(report.failedIds(), QStringList {u"RECORD_FORMAT"_qs});
    }
    // Valid JSON with fields of the wrong kind.
    QJsonObject r = m_g.record;
    r[u"ballots"_qs] = QJsonArray {1, u"x"_qs, QJsonObject {{u"envelope"_qs, 5}}};
    r[u"events"_qs] = QJsonObject();
    r[u"checkpoints"_qs] = QJsonArray {QJsonObject {{u"kiosk"_qs, u"K1"_qs}, {u"batch"_qs, -1}, {u"body"_qs, u"!!"_qs},
        {u"signature"_qs, u""_qs}, {u"witness"_qs, u""_qs}}};
    const audit::VerifyReport report = verify(r);
    QVERIFY(!report.ok());
    QVERIFY(report.failedIds().contains(u"RECORD_FORMAT"_qs));
    QVERIFY(report.check(u"RECORD_FORMAT"_qs)->problems.join(u'\n').contains(u"ballots[2].envelope"_qs));
}

void TestVerifier::wrongTypesAnywhereNeverCrash()
{
    // Every field, at the top and in the first element of each array, replaced by a value
    // of each JSON type: RECORD_FORMAT (or another check) fails, nothing crashes.
    const QJsonArray values {
        QJsonValue(), 0, -1, 1.5, 1e300, u"x"_qs, u"=="_qs, QJsonArray {}, QJsonArray {1}, QJsonObject {}, true};
    const QJsonObject genuine = m_g.record;
    int runs = 0;
    for (const QString &key : genuine.keys()) {
        for (const QJsonValue &v : values) {
            QJsonObject r = genuine;
            r[key] = v;
            QVERIFY2(!verify(r).ok(), qPrintable(key));
            ++runs;
        }
        if (!genuine[key].isArray() || genuine[key].toArray().isEmpty() || !genuine[key].toArray().at(0).isObject())
            continue;
        const QJsonObject first = genuine[key].toArray().at(0).toObject();
        for (const QString &field : first.keys()) {
            for (const QJsonValue &v : values) {
                QJsonObject r = genuine;
                editElement(r, key, 0, [&](QJsonObject &o) { o[field] = v; });
                QVERIFY2(!verify(r).ok(), qPrintable(key + u'.' + field));
                ++runs;
            }
        }
    }
    QVERIFY(runs > 300);
    // Deep nesting and a huge number.
    QVERIFY(!audit::verifyRecord(QByteArray(100000, '['), {}).ok());
    QByteArray huge = m_g.bytes;
    huge.replace("\"version\": 2", QByteArray("\"version\": 2" + QByteArray(5000, '0')));
    QVERIFY(!audit::verifyRecord(huge, {}).ok());
}

void TestVerifier::hostileSignedManifestNeverCrashes()
{
    // Whoever holds an authority key (or makes one, when --authority is not given) can
    // sign any manifest: the checks and the recount must survive extreme values.
    const std::vector<std::function<void(record::Manifest &)>> edits = {
        [](record::Manifest &m) { m.projects[0].cost = INT64_MAX; },
        [](record::Manifest &m) { m.projects[1].cost = -5; },
        [](record::Manifest &m) { m.budget = INT64_MAX; },
        [](record::Manifest &m) { m.budget = -1; },
        [](record::Manifest &m) {
            m.budget = 0;
            for (Project &p : m.projects)
                p.cost = 0;
        },
        [](record::Manifest &m) { m.projects.clear(); },
        [](record::Manifest &m) {
            m.rules.maxSelections = -1;
            m.rules.minSelections = INT32_MAX;
        },
        [](record::Manifest &m) {
            m.rules.kind = BallotKind::Cumulative;
            m.rules.totalPoints = -3;
        },
        [](record::Manifest &m) { m.rules.kind = BallotKind::Ordinal; },
        [](record::Manifest &m) { m.paddedBallotSize = 0; },
        [](record::Manifest &m) { m.paddedBallotSize = UINT32_MAX; },
        [](record::Manifest &m) { m.tallyRule = u"no-such-rule"_qs; },
        [](record::Manifest &m) {
            m.districts.push_back({u"X"_qs, u"X"_qs, -7});
            m.projects[2].district = u"Y"_qs;
        },
        [](record::Manifest &m) { m.kiosks.clear(); },
    };
    audit::VerifyOptions options;
    options.electionSecretKey = copyOf(m_g.rr.election.secretKey);
    options.receipt = m_g.receipts.at(0);
    for (size_t i = 0; i < edits.size(); ++i) {
        QJsonObject r = m_g.record;
        record::Manifest m = m_manifest;
        edits[i](m);
        setManifest(r, m);
        r[u"manifest_signature"_qs]
            = b64e(crypto::sign(m_g.rr.authority.secretKey, record::ManifestDomain, m.encode()));
        const audit::VerifyReport report = verify(r, options);
        QVERIFY2(!report.ok(), qPrintable(QString::number(i)));
        QVERIFY(!report.failedIds().contains(u"MANIFEST_SIG"_qs));
        if (i == 0 || i == 1 || i == 3) // amounts out of range: refused before any sum
            QVERIFY2(report.check(u"MANIFEST"_qs)->problems.join(u' ').contains(u"out of range"_qs),
                qPrintable(report.toText()));
    }
}

void TestVerifier::unreadableManifestSkipsTheRest()
{
    QJsonObject r = m_g.record;
    r[u"manifest"_qs] = b64e(QByteArray("PBVMAN02"));
    const audit::VerifyReport report = verify(r);
    QCOMPARE(report.failedIds(), QStringList {u"MANIFEST"_qs});
    for (const audit::CheckResult &c : report.checks) {
        if (c.id != u"RECORD_FORMAT"_qs && c.id != u"MANIFEST"_qs)
            QVERIFY2(c.skipped && c.notes.join(u' ').contains(u"MANIFEST"_qs), qPrintable(c.id));
    }
    // Not a record at all: only RECORD_FORMAT runs.
    const audit::VerifyReport none = audit::verifyRecord("[]", {});
    QCOMPARE(none.failedIds(), QStringList {u"RECORD_FORMAT"_qs});
    QCOMPARE(none.toText().count(u"SKIP"_qs), 26);
}

void TestVerifier::revokedKioskIsExcludedAndReported()
{
    Genuine g;
    QVERIFY(buildGenuine(g, u"revoked.sqlite"_qs, true));
    audit::VerifyOptions options;
    options.electionSecretKey = copyOf(g.rr.election.secretKey);
    options.receipt = g.receipts.at(4); // cast at K2
    const audit::VerifyReport report = audit::verifyRecord(g.bytes, options);
    QVERIFY2(report.ok(), qPrintable(report.toText()));
    QVERIFY(report.check(u"BALLOT_KIOSK"_qs)->notes.join(u' ').contains(u"K2"_qs));
    QVERIFY(report.check(u"OPENED_BALLOTS"_qs)->notes.join(u' ').contains(u"4 ballots counted, 3 excluded"_qs));
    QVERIFY(report.receipt.found && report.receipt.signatureValid && !report.receipt.counted);
    QCOMPARE(report.check(u"RECEIPT"_qs)->status(), u"WARN"_qs);
}

void TestVerifier::dishonestAuthoritySwapsWinners()
{
    // The authority key holder publishes another result and signs it with a matching
    // statement: only the recount of the opened ballots shows it.
    QJsonObject r = m_g.record;
    QJsonObject entry = r[u"results"_qs].toArray().at(0).toObject();
    QJsonObject result = QJsonDocument::fromJson(entry[u"result"_qs].toString().toUtf8()).object();
    QJsonArray winners = result[u"winners"_qs].toArray();
    QStringList ids;
    for (const QJsonValue &w : winners)
        ids << w.toString();
    const QString loser = !ids.contains(u"P4"_qs) ? u"P4"_qs : u"P5"_qs;
    winners[winners.size() - 1] = loser;
    result[u"winners"_qs] = winners;
    const QByteArray resultBytes = QJsonDocument(result).toJson(QJsonDocument::Compact);
    record::TallyStatement st = *record::TallyStatement::decode(b64d(entry[u"statement"_qs]));
    st.resultHash = record::resultHash(resultBytes);
    const QByteArray statement = st.encode();
    entry[u"result"_qs] = QString::fromUtf8(resultBytes);
    entry[u"signature"_qs] = b64e(crypto::sign(m_g.rr.authority.secretKey, record::ResultDomain, resultBytes));
    entry[u"statement"_qs] = b64e(statement);
    entry[u"statement_signature"_qs] = b64e(crypto::sign(m_g.rr.authority.secretKey, record::TallyDomain, statement));
    r[u"results"_qs] = QJsonArray {entry};
    const audit::VerifyReport report = verify(r);
    QCOMPARE(report.failedIds(), QStringList {u"RECOUNT"_qs});
    QVERIFY2(report.check(u"RECOUNT"_qs)->problems.join(u' ').contains(u"winners"_qs), qPrintable(report.toText()));
}

void TestVerifier::overBudgetBallotWithStolenKioskKey()
{
    // A thief with kiosk K1's key adds a correctly signed over-budget ballot (P3+P4+P5 =
    // 1200 > 1000). The honest authority's count never opened it: the batch counts show
    // it, and with the election key the vote itself is refused.
    QJsonObject r = m_g.record;
    const auto forged = forgedBallot(choose({2, 3, 4}), u"K1"_qs, 2, m_g.rr.kiosk.secretKey);
    insertBallot(r, forged.first, forged.second);
    audit::VerifyOptions options;
    options.electionSecretKey = copyOf(m_g.rr.election.secretKey);
    const audit::VerifyReport report = verify(r, options);
    const QStringList failed = report.failedIds();
    for (const QString &id : {u"ELECTION_KEY"_qs, u"CLOSE_COUNT"_qs, u"CLOSE_ROOT"_qs, u"OPENED_BALLOTS"_qs})
        QVERIFY2(failed.contains(id), qPrintable(id + u": "_qs + report.toText()));
    QVERIFY(!failed.contains(u"BALLOT_SIG"_qs));
    QVERIFY2(report.check(u"ELECTION_KEY"_qs)->problems.join(u' ').contains(u"budget"_qs), qPrintable(report.toText()));
}

void TestVerifier::overBudgetBallotInOpenedBallotsResigned()
{
    // A dishonest authority puts an over-budget ballot into the opened ballots and
    // re-signs the statement (and the result): the opened ballot breaks the rules.
    QJsonObject r = m_g.record;
    QJsonObject entry = r[u"results"_qs].toArray().at(0).toObject();
    std::vector<Ballot> opened = *record::decodeOpenedBallots(b64d(entry[u"opened_ballots"_qs]));
    opened[0] = choose({2, 3, 4});
    const QByteArray openedBytes = record::encodeOpenedBallots(opened);
    record::TallyStatement st = *record::TallyStatement::decode(b64d(entry[u"statement"_qs]));
    st.openedBallotsHash = record::openedBallotsHash(openedBytes);
    const QByteArray statement = st.encode();
    entry[u"opened_ballots"_qs] = b64e(openedBytes);
    entry[u"statement"_qs] = b64e(statement);
    entry[u"statement_signature"_qs] = b64e(crypto::sign(m_g.rr.authority.secretKey, record::TallyDomain, statement));
    r[u"results"_qs] = QJsonArray {entry};
    audit::VerifyOptions options;
    options.electionSecretKey = copyOf(m_g.rr.election.secretKey);
    const audit::VerifyReport report = verify(r, options);
    const QStringList failed = report.failedIds();
    QVERIFY2(failed.contains(u"OPENED_BALLOTS"_qs), qPrintable(report.toText()));
    QVERIFY2(failed.contains(u"ELECTION_KEY"_qs), qPrintable(report.toText()));
    QVERIFY(report.check(u"OPENED_BALLOTS"_qs)->problems.join(u' ').contains(u"P3 P4 P5"_qs));
}

void TestVerifier::wrongAuthorityFingerprint()
{
    audit::VerifyOptions options;
    options.authorityFingerprint
        = crypto::shortCode("PBV-fingerprint", crypto::SigningKeyPair::generate().publicKey, 10);
    const audit::VerifyReport report = audit::verifyRecord(m_g.bytes, options);
    QCOMPARE(report.failedIds(), QStringList {u"MANIFEST_SIG"_qs});
    QVERIFY(report.check(u"MANIFEST_SIG"_qs)->problems.join(u' ').contains(m_fingerprint));
    options.authorityFingerprint = u"not a fingerprint"_qs;
    QCOMPARE(audit::verifyRecord(m_g.bytes, options).failedIds(), QStringList {u"MANIFEST_SIG"_qs});
}

void TestVerifier::wrongWitnessCode()
{
    audit::VerifyOptions options;
    options.witnessCodes = {m_g.witnesses.at(0), u"AAAA-BBBB-CCCC-DDDD"_qs};
    const audit::VerifyReport report = audit::verifyRecord(m_g.bytes, options);
    QCOMPARE(report.failedIds(), QStringList {u"WITNESS"_qs});
    const QString problems = report.check(u"WITNESS"_qs)->problems.join(u' ');
    QVERIFY(problems.contains(u"AAAA-BBBB-CCCC-DDDD"_qs));
    QVERIFY(!problems.contains(m_g.witnesses.at(0)));
    // A checkpoint dropped from the record: its paper witness no longer matches.
    QJsonObject r = m_g.record;
    editArray(r, u"checkpoints"_qs, [](QJsonArray &a) { a.removeAt(1); });
    options.witnessCodes = m_g.witnesses;
    QVERIFY(verify(r, options).failedIds().contains(u"WITNESS"_qs));
}

void TestVerifier::receiptLookup()
{
    audit::VerifyOptions options;
    options.receipt = u"AAAA-BBBB-CCCC-DDDD"_qs;
    audit::VerifyReport report = audit::verifyRecord(m_g.bytes, options);
    QCOMPARE(report.failedIds(), QStringList {u"RECEIPT"_qs});
    QVERIFY(report.receipt.asked && !report.receipt.found);
    options.receipt = u"12"_qs;
    QCOMPARE(audit::verifyRecord(m_g.bytes, options).failedIds(), QStringList {u"RECEIPT"_qs});
    options.receipt = m_g.receipts.at(0).toLower().remove(u'-');
    report = audit::verifyRecord(m_g.bytes, options);
    QVERIFY2(report.ok(), qPrintable(report.toText()));
    QVERIFY(report.receipt.found && report.receipt.counted);
    QCOMPARE(report.receipt.kioskId, u"K1"_qs);
    QCOMPARE(report.toJson()[u"receipt"_qs].toObject()[u"found"_qs].toBool(), true);
}

void TestVerifier::wrongElectionKey()
{
    audit::VerifyOptions options;
    options.electionSecretKey = crypto::BoxKeyPair::generate().secretKey;
    const audit::VerifyReport report = audit::verifyRecord(m_g.bytes, options);
    QCOMPARE(report.failedIds(), QStringList {u"ELECTION_KEY"_qs});
    QVERIFY(report.check(u"ELECTION_KEY"_qs)->problems.join(u' ').contains(u"not this round's election key"_qs));
}

void TestVerifier::electionKeyFile()
{
    const QString file = path(u"election.key"_qs);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("  " + m_g.rr.election.secretKey.view().toByteArray().toHex().toUpper() + "\n");
    f.close();
    auto key = audit::readElectionKeyFile(file);
    QVERIFY2(key, qPrintable(key.error()));
    QVERIFY(key->view() == m_g.rr.election.secretKey.view());
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("abc\n");
    f.close();
    QVERIFY(!audit::readElectionKeyFile(file));
    QVERIFY(!audit::readElectionKeyFile(path(u"missing.key"_qs)));
}

void TestVerifier::oversizedFileIsRefused()
{
    // A sparse file: refused by its size before anything is read.
    const QString file = path(u"huge.json"_qs);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    if (!f.resize(audit::MaxRecordBytes + 1))
        QSKIP("The file system does not make sparse files.");
    f.close();
    const audit::VerifyReport report = audit::verifyRecordFile(file, {});
    QCOMPARE(report.failedIds(), QStringList {u"RECORD_FORMAT"_qs});
    QVERIFY(report.check(u"RECORD_FORMAT"_qs)->problems.join(u' ').contains(u"2 GiB"_qs));
    QFile::remove(file);
    QCOMPARE(audit::verifyRecordFile(path(u"none.json"_qs), {}).failedIds(), QStringList {u"RECORD_FORMAT"_qs});
}

void TestVerifier::cliVerify()
{
    const auto run = [](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(PBVOTE_CLI_PATH), args);
        if (!p.waitForFinished(120000))
            p.kill();
        return std::make_tuple(
            p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()));
    };
    const QString genuine = path(u"genuine.sqlite.json"_qs);
    const QString keyFile = path(u"cli-election.key"_qs);
    {
        QFile f(keyFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_g.rr.election.secretKey.view().toByteArray().toHex() + "\n");
    }
    const QString witnessFile = path(u"witness.txt"_qs);
    {
        QFile f(witnessFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# paper log, Central Library\n" + m_g.witnesses.at(0).toUtf8() + " 12:05 three ballots\n\n"
            + m_g.witnesses.at(1).toUtf8() + "\n");
    }
    auto [code, out, err] = run({u"verify"_qs, genuine});
    QVERIFY2(code == 0, qPrintable(out + err));
    QVERIFY(out.contains(u"PASS  BALLOT_SIG"_qs));
    QVERIFY(out.contains(u"WARN  MANIFEST_SIG"_qs));
    QVERIFY(out.contains(u"Verdict: PASSED"_qs));

    std::tie(code, out, err)
        = run({u"verify"_qs, genuine, u"--authority"_qs, m_fingerprint, u"--election-key"_qs, keyFile, u"--witness"_qs,
            witnessFile, u"--witness"_qs, m_g.witnesses.at(2), u"--receipt"_qs, m_g.receipts.at(1), u"--json"_qs});
    QVERIFY2(code == 0, qPrintable(out + err));
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(json[u"ok"_qs].toBool(), true);
    QCOMPARE(json[u"authority_pinned"_qs].toBool(), true);
    QCOMPARE(json[u"warnings"_qs].toArray().size(), 0);
    QCOMPARE(json[u"receipt"_qs].toObject()[u"counted"_qs].toBool(), true);
    for (const QJsonValue &c : json[u"checks"_qs].toArray())
        QCOMPARE(c.toObject()[u"status"_qs].toString(), u"PASS"_qs);

    // Tampered: exit 1, and the failing check names the ballot.
    QJsonObject r = m_g.record;
    editArray(r, u"ballots"_qs, [](QJsonArray &a) { a.removeAt(0); });
    const QString tampered = path(u"tampered.json"_qs);
    {
        QFile f(tampered);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(written(r));
    }
    std::tie(code, out, err) = run({u"verify"_qs, tampered});
    QCOMPARE(code, 1);
    QVERIFY(out.contains(u"FAIL  CLOSE_COUNT"_qs));
    QVERIFY(out.contains(u"Verdict: FAILED"_qs));

    // Malformed: RECORD_FORMAT fails with the parse error, exit 1, no crash.
    const QString broken = path(u"broken.json"_qs);
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_g.bytes.left(1000));
    }
    std::tie(code, out, err) = run({u"verify"_qs, broken, u"--json"_qs});
    QCOMPARE(code, 1);
    const QJsonObject brokenJson = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(brokenJson[u"failed"_qs].toArray(), QJsonArray {u"RECORD_FORMAT"_qs});
    std::tie(code, out, err) = run({u"verify"_qs, path(u"does-not-exist.json"_qs)});
    QCOMPARE(code, 1);
    QVERIFY(out.contains(u"does not exist"_qs));
    std::tie(code, out, err) = run({u"verify"_qs});
    QCOMPARE(code, 2);
    std::tie(code, out, err) = run({u"verify"_qs, genuine, u"--election-key"_qs, witnessFile});
    QCOMPARE(code, 1);
    QVERIFY(err.contains(u"64 hex digits"_qs));
}

QTEST_GUILESS_MAIN(TestVerifier)
// Not a check: with PBVOTE_RECORD_CORPUS=DIR, writes the genuine record and every tampered
// variant to DIR with corpus.json saying what each must fail, for verifiers written from
// docs/election-record.md alone (tools/indep-verify) and as the fuzzer's seeds.
void TestVerifier::writeCorpus()
{
    const QString dirName = qEnvironmentVariable("PBVOTE_RECORD_CORPUS");
    if (dirName.isEmpty())
        QSKIP("PBVOTE_RECORD_CORPUS not set");
    QDir dir(dirName);
    QVERIFY(dir.mkpath(u"."_qs));
    const auto save = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(f.errorString()));
        QCOMPARE(f.write(bytes), bytes.size());
    };
    save(u"genuine.json"_qs, m_g.bytes);
    QJsonArray tampered;
    for (size_t i = 0; i < m_cases.size(); ++i) {
        const QString file = u"tampered-%1.json"_qs.arg(i + 1, 2, 10, QLatin1Char('0'));
        save(file, m_cases[i].make(*this));
        tampered.append(QJsonObject {{u"file"_qs, file}, {u"name"_qs, QString::fromUtf8(m_cases[i].name)},
            {u"expected"_qs, QJsonArray::fromStringList(m_cases[i].expected)}});
    }
    const QJsonObject corpus {
        {u"genuine"_qs, u"genuine.json"_qs},
        {u"authority_fingerprint"_qs, m_fingerprint},
        {u"election_secret_key"_qs, hexe(m_g.rr.election.secretKey.view().toByteArray())},
        {u"witness_codes"_qs, QJsonArray::fromStringList(m_g.witnesses)},
        {u"receipts"_qs, QJsonArray::fromStringList(m_g.receipts)},
        {u"tampered"_qs, tampered},
    };
    save(u"corpus.json"_qs, QJsonDocument(corpus).toJson());
}

#include "TestVerifier.moc"
