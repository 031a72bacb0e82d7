// Signed records: every record decodes back to what was encoded, only canonical bytes
// are accepted (trailing bytes, truncation, wrong magic, bad UTF-8, non-canonical
// values are refused with a message), equal ballots give equal bytes, and the padded
// plaintext size leaves room for the largest valid ballot.
#include "crypto/Crypto.h"
#include "model/BallotValidator.h"
#include "record/Records.h"

#include <QRandomGenerator>
#include <QtTest>

#include <functional>

using namespace pbvote;
using namespace pbvote::record;

namespace {

QByteArray bytesOf(char c, int n)
{
    return QByteArray(n, c);
}

Manifest sampleManifest()
{
    Manifest m;
    m.electionId = bytesOf('\x11', ElectionIdBytes);
    m.name = u"Łódź budżet 2027"_qs;
    m.currency = u"PLN"_qs;
    m.budget = 1'000'000;
    m.rules.kind = BallotKind::Cumulative;
    m.rules.minSelections = 1;
    m.rules.maxSelections = 3;
    m.rules.totalPoints = 10;
    m.rules.maxPointsPerProject = 5;
    m.rules.mustUseAllPoints = true;
    m.districts = {{u"N"_qs, u"Północ"_qs, 300'000}, {u"S"_qs, u"South"_qs, 200'000}};
    m.projects = {{u"P1"_qs, u"Ławki"_qs, u"Nowe ławki"_qs, 10'000, u"green"_qs, QString()},
                  {u"P2"_qs, u"Trees"_qs, QString(), 25'000, QString(), u"N"_qs},
                  {u"P3"_qs, u"Library"_qs, u"Books"_qs, 99'000, u"culture"_qs, u"S"_qs}};
    m.electionPublicKey = bytesOf('\x22', crypto::BoxPublicKeyBytes);
    m.authorityPublicKey = bytesOf('\x33', crypto::SignPublicKeyBytes);
    m.kiosks = {{u"K1"_qs, bytesOf('\x44', 32)}, {u"K2"_qs, bytesOf('\x55', 32)}};
    m.paddedBallotSize = 128;
    return m;
}

BallotPlaintext samplePlaintext()
{
    BallotPlaintext p;
    p.manifestHash = bytesOf('\x66', 32);
    p.ballotId = bytesOf('\x77', BallotIdBytes);
    p.kind = BallotKind::Ordinal;
    p.ballot.choices = {{4, 1}, {0, 2}, {2, 3}};
    return p;
}

BallotEnvelope sampleEnvelope()
{
    BallotEnvelope e;
    e.manifestHash = bytesOf('\x66', 32);
    e.kioskId = u"K1"_qs;
    e.batch = 3;
    e.ballotId = bytesOf('\x77', BallotIdBytes);
    e.sealed = bytesOf('\x5a', 176);
    return e;
}

Checkpoint sampleCheckpoint()
{
    Checkpoint c;
    c.manifestHash = bytesOf('\x66', 32);
    c.kioskId = u"K1"_qs;
    c.batch = 2;
    c.kind = CheckpointKind::Close;
    c.previous = bytesOf('\x01', 32);
    c.batchBallots = 17;
    c.batchBallotRoot = bytesOf('\x02', 32);
    c.batchCodes = 17;
    c.batchCodeRoot = bytesOf('\x03', 32);
    c.totalBallots = 40;
    c.eventCount = 99;
    c.eventHead = bytesOf('\x04', 32);
    c.time = 1'790'000'000;
    return c;
}

Event sampleEvent()
{
    Event e;
    e.seq = 7;
    e.previous = bytesOf('\x09', 32);
    e.type = EventType::Suspended;
    e.time = 1'790'000'123;
    e.kioskId = u"K1"_qs;
    e.detail = u"Voting paused; checkpoint of batch 1: 3 ballots"_qs;
    return e;
}

// For the in-place decoders' tests: `bytes` with each byte's bit flipped and replaced by a
// random byte, cut every 5 bytes, and with a byte added.
void addVariants(std::vector<QByteArray> &inputs, const QByteArray &bytes, QRandomGenerator &random)
{
    for (qsizetype at = 0; at < bytes.size(); ++at) {
        QByteArray changed = bytes;
        changed[at] = char(changed[at] ^ char(1 << random.bounded(8)));
        inputs.push_back(changed);
        QByteArray other = bytes;
        other[at] = char(random.bounded(256));
        inputs.push_back(other);
    }
    for (qsizetype n = 0; n < bytes.size(); n += 5)
        inputs.push_back(bytes.left(n));
    inputs.push_back(bytes + '\0');
}

// For the data-driven refusal tests: a record's canonical bytes, and a decoder that
// returns the error message (empty when the bytes were accepted).
struct Codec
{
    QByteArray bytes;
    std::function<QString(QByteArrayView)> decode;
};

template<typename T>
std::function<QString(QByteArrayView)> decoderFor()
{
    return [](QByteArrayView b) {
        auto r = T::decode(b);
        return r.ok() ? QString() : (r.error().isEmpty() ? u"(empty message)"_qs : r.error());
    };
}

Codec codecFor(const QString &name)
{
    if (name == u"manifest"_qs)
        return {sampleManifest().encode(), decoderFor<Manifest>()};
    if (name == u"plaintext"_qs)
        return {samplePlaintext().encode(), decoderFor<BallotPlaintext>()};
    if (name == u"envelope"_qs)
        return {sampleEnvelope().encode(), decoderFor<BallotEnvelope>()};
    if (name == u"checkpoint"_qs)
        return {sampleCheckpoint().encode(), decoderFor<Checkpoint>()};
    return {sampleEvent().encode(), decoderFor<Event>()};
}

const char *const RecordNames[] = {"manifest", "plaintext", "envelope", "checkpoint", "event"};

// Replaces the first occurrence of `from` by `to` (same length, so length prefixes stay right).
QByteArray replaced(QByteArray bytes, const QByteArray &from, const QByteArray &to)
{
    Q_ASSERT(from.size() == to.size());
    const qsizetype at = bytes.indexOf(from);
    Q_ASSERT(at >= 0);
    bytes.replace(at, from.size(), to);
    return bytes;
}

} // namespace

class TestRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void manifestRoundTrip();
    void plaintextRoundTrip();
    void envelopeRoundTrip();
    void envelopeDecodedInPlaceAgrees();
    void checkpointRoundTrip();
    void eventRoundTrip();
    void eventDecodedInPlaceAgrees();
    void trailingByteRefused_data();
    void trailingByteRefused();
    void truncatedRefused_data();
    void truncatedRefused();
    void wrongMagicRefused_data();
    void wrongMagicRefused();
    void badUtf8Refused_data();
    void badUtf8Refused();
    void nonCanonicalValuesRefused_data();
    void nonCanonicalValuesRefused();
    void sameBallotGivesSameBytes();
    void hashesAreDomainSeparatedAndDeterministic();
    void paddedSizeHoldsTheLargestBallot_data();
    void paddedSizeHoldsTheLargestBallot();
};

void TestRecords::initTestCase()
{
    QVERIFY(crypto::initialize());
}

void TestRecords::manifestRoundTrip()
{
    Manifest m = sampleManifest();
    m.tallyRule = u"mes-cost"_qs;
    m.votingOpens = 1'800'000'000;
    const QByteArray bytes = m.encode();
    QVERIFY(bytes.startsWith("PBVMAN02"));
    auto back = Manifest::decode(bytes);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(*back == m);
    QCOMPARE(back->encode(), bytes);
    const Round r = back->toRound();
    QCOMPARE(r.name, m.name);
    QCOMPARE(r.projects.size(), size_t(3));
    QCOMPARE(r.projects[2].district, u"S"_qs);
    QVERIFY(r.rules == m.rules);
    QCOMPARE(r.tallyRule, u"mes-cost"_qs);
    QCOMPARE(r.votingOpens.toSecsSinceEpoch(), 1'800'000'000);
    QVERIFY(!r.votingCloses.isValid());

    // Rounds opened before format 2 keep their signed format-1 manifest: it still decodes
    // (no rule, no period) and re-encodes to the very same bytes.
    Manifest legacy = sampleManifest();
    legacy.version = 1;
    const QByteArray old = legacy.encode();
    QVERIFY(old.startsWith("PBVMAN01"));
    QCOMPARE(old.size(), bytes.size() - 4 - 8 - 8 - 8); // rule text (4 + 8 bytes) and two i64
    auto oldBack = Manifest::decode(old);
    QVERIFY2(oldBack, qPrintable(oldBack.error()));
    QCOMPARE(oldBack->version, 1);
    QVERIFY(oldBack->tallyRule.isEmpty());
    QCOMPARE(oldBack->encode(), old);
    // A format-1 manifest with format-2 fields appended is not canonical.
    QVERIFY(!Manifest::decode(QByteArray(old + QByteArray(20, 0))));
}

void TestRecords::plaintextRoundTrip()
{
    const BallotPlaintext p = samplePlaintext();
    const QByteArray bytes = p.encode();
    auto back = BallotPlaintext::decode(bytes);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->manifestHash, p.manifestHash);
    QCOMPARE(back->ballotId, p.ballotId);
    QCOMPARE(back->kind, p.kind);
    QVERIFY(back->ballot == p.ballot);
    QCOMPARE(back->encode(), bytes);
}

void TestRecords::envelopeRoundTrip()
{
    const BallotEnvelope e = sampleEnvelope();
    const QByteArray bytes = e.encode();
    auto back = BallotEnvelope::decode(bytes);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->manifestHash, e.manifestHash);
    QCOMPARE(back->kioskId, e.kioskId);
    QCOMPARE(back->batch, e.batch);
    QCOMPARE(back->ballotId, e.ballotId);
    QCOMPARE(back->sealed, e.sealed);
    QCOMPARE(back->encode(), bytes);
}

void TestRecords::envelopeDecodedInPlaceAgrees()
{
    // decodeShared must give exactly decode()'s answer for any bytes: the same fields, or
    // the same refusal. Genuine envelopes (ASCII, non-ASCII and empty kiosk ids) and every
    // single-byte change, cut and extension of them.
    std::vector<BallotEnvelope> genuine(4, sampleEnvelope());
    genuine[1].kioskId = QStringLiteral("Kiosk-\u00e9t\u00e9");
    genuine[2].kioskId.clear();
    genuine[3].sealed = bytesOf('\x01', 1000);
    QRandomGenerator random(0xe4u);
    std::vector<QByteArray> inputs;
    for (const BallotEnvelope &e : genuine) {
        const QByteArray bytes = e.encode();
        inputs.push_back(bytes);
        addVariants(inputs, bytes, random);
    }
    inputs.push_back(QByteArray());
    int accepted = 0;
    for (const QByteArray &input : inputs) {
        const auto expected = BallotEnvelope::decode(input);
        const auto got = BallotEnvelope::decodeShared(input);
        QCOMPARE(got.ok(), expected.ok());
        if (!expected.ok()) {
            QCOMPARE(got.error(), expected.error());
            continue;
        }
        ++accepted;
        QCOMPARE(got->manifestHash, expected->manifestHash);
        QCOMPARE(got->kioskId, expected->kioskId);
        QCOMPARE(got->batch, expected->batch);
        QCOMPARE(got->ballotId, expected->ballotId);
        QCOMPARE(got->sealed, expected->sealed);
    }
    QVERIFY(accepted >= 4);

    // In place: the fields are views of the bytes, and the kiosk id the shared string.
    const QByteArray bytes = sampleEnvelope().encode();
    const QString shared = QString::fromLatin1("K1"); // on the heap, so that a copy shares it
    const auto e = BallotEnvelope::decodeShared(
        bytes, [&](QByteArrayView raw) { return raw == "K1" ? shared : QString(); });
    QVERIFY(e.ok());
    QVERIFY(e->sealed.constData() >= bytes.constData() && e->sealed.constData() < bytes.constData() + bytes.size());
    QVERIFY(e->ballotId.constData() >= bytes.constData() && e->ballotId.constData() < bytes.constData() + bytes.size());
    QCOMPARE(e->kioskId.constData(), shared.constData());
    QCOMPARE(e->encode(), bytes);
}

void TestRecords::checkpointRoundTrip()
{
    const Checkpoint c = sampleCheckpoint();
    const QByteArray bytes = c.encode();
    auto back = Checkpoint::decode(bytes);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->kioskId, c.kioskId);
    QCOMPARE(back->batch, c.batch);
    QCOMPARE(back->kind, c.kind);
    QCOMPARE(back->previous, c.previous);
    QCOMPARE(back->batchBallots, c.batchBallots);
    QCOMPARE(back->batchBallotRoot, c.batchBallotRoot);
    QCOMPARE(back->batchCodes, c.batchCodes);
    QCOMPARE(back->batchCodeRoot, c.batchCodeRoot);
    QCOMPARE(back->totalBallots, c.totalBallots);
    QCOMPARE(back->eventCount, c.eventCount);
    QCOMPARE(back->eventHead, c.eventHead);
    QCOMPARE(back->time, c.time);
    QCOMPARE(back->encode(), bytes);
}

void TestRecords::eventRoundTrip()
{
    const Event e = sampleEvent();
    const QByteArray bytes = e.encode();
    auto back = Event::decode(bytes);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->seq, e.seq);
    QCOMPARE(back->previous, e.previous);
    QCOMPARE(back->type, e.type);
    QCOMPARE(back->time, e.time);
    QCOMPARE(back->kioskId, e.kioskId);
    QCOMPARE(back->detail, e.detail);
    QCOMPARE(back->hash(), e.hash());

    // Texts outside ASCII (written and read through UTF-8, not the ASCII shortcut) too:
    // the bytes are the UTF-8 ones and come back as the same text.
    Event wide = sampleEvent();
    wide.kioskId = u"Biblioteka-Łódź"_qs;
    wide.detail = u"Głosowanie wstrzymane — ½ dnia, 日本, 🗳"_qs;
    const QByteArray wideBytes = wide.encode();
    QVERIFY(wideBytes.contains(wide.detail.toUtf8()));
    auto wideBack = Event::decode(wideBytes);
    QVERIFY2(wideBack.ok(), qPrintable(wideBack.error()));
    QCOMPARE(wideBack->kioskId, wide.kioskId);
    QCOMPARE(wideBack->detail, wide.detail);
}

void TestRecords::eventDecodedInPlaceAgrees()
{
    // decodeShared must give exactly decode()'s answer for any bytes: the same fields, or
    // the same refusal. Genuine events (ASCII and non-ASCII text, empty text, text at and
    // past the length limits, every type) and every single-byte change, cut and extension.
    std::vector<Event> genuine(7, sampleEvent());
    genuine[1].kioskId = u"Biblioteka-\u0141\u00f3d\u017a"_qs;
    genuine[2].detail = u"Ballot cast \u2014 \u00bd"_qs;
    genuine[3].kioskId.clear();
    genuine[3].detail.clear();
    genuine[4].kioskId = QString(256, u'k');
    genuine[4].detail = QString(64 * 1024, u'd');
    genuine[5].kioskId = QString(257, u'k'); // encoded, but longer than decode() reads
    genuine[6].detail = QString(64 * 1024 + 1, u'd');
    for (int type = 1; type <= 19; ++type) {
        Event e = sampleEvent();
        e.type = EventType(type);
        genuine.push_back(e);
    }
    QRandomGenerator random(0xe5u);
    std::vector<QByteArray> inputs;
    for (const Event &e : genuine) {
        const QByteArray bytes = e.encode();
        inputs.push_back(bytes);
        if (bytes.size() > 1024) {
            inputs.push_back(bytes.left(bytes.size() - 1));
            inputs.push_back(bytes + 'x');
            continue;
        }
        addVariants(inputs, bytes, random);
    }
    inputs.push_back(QByteArray());
    int accepted = 0;
    int refused = 0;
    for (const QByteArray &input : inputs) {
        const auto expected = Event::decode(input);
        const auto got = Event::decodeShared(input);
        QCOMPARE(got.ok(), expected.ok());
        if (!expected.ok()) {
            QCOMPARE(got.error(), expected.error());
            ++refused;
            continue;
        }
        ++accepted;
        QCOMPARE(got->seq, expected->seq);
        QCOMPARE(got->previous, expected->previous);
        QCOMPARE(got->type, expected->type);
        QCOMPARE(got->time, expected->time);
        QCOMPARE(got->kioskId, expected->kioskId);
        QCOMPARE(got->detail, expected->detail);
        QCOMPARE(got->encode(), input);
    }
    QVERIFY(accepted >= 24);
    QVERIFY(refused >= 1000);

    // In place: the previous hash is a view of the bytes, and the text the shared strings.
    const Event e = sampleEvent();
    const QByteArray bytes = e.encode();
    const QString kiosk = e.kioskId + QString(); // copies on the heap, so that a copy shares them
    const QString detail = QString(e.detail).append(u'!').chopped(1);
    const auto got = Event::decodeShared(bytes, [&](QByteArrayView raw) {
        if (QLatin1StringView(raw) == kiosk)
            return kiosk;
        return QLatin1StringView(raw) == detail ? detail : QString();
    });
    QVERIFY(got.ok());
    QVERIFY(got->previous.constData() >= bytes.constData()
        && got->previous.constData() < bytes.constData() + bytes.size());
    QCOMPARE(got->kioskId.constData(), kiosk.constData());
    QCOMPARE(got->detail.constData(), detail.constData());
    QCOMPARE(got->encode(), bytes);
}

void TestRecords::trailingByteRefused_data()
{
    QTest::addColumn<QString>("record");
    for (const char *n : RecordNames)
        QTest::newRow(n) << QString::fromLatin1(n);
}

void TestRecords::trailingByteRefused()
{
    QFETCH(QString, record);
    const Codec c = codecFor(record);
    QVERIFY2(c.decode(c.bytes).isEmpty(), qPrintable(c.decode(c.bytes)));
    const QString err = c.decode(QByteArray(c.bytes + '\0'));
    QVERIFY2(!err.isEmpty(), "a trailing byte was accepted");
    QVERIFY2(err.contains(u"1 unexpected bytes after the end"_qs), qPrintable(err));
}

void TestRecords::truncatedRefused_data()
{
    QTest::addColumn<QString>("record");
    for (const char *n : RecordNames)
        QTest::newRow(n) << QString::fromLatin1(n);
}

void TestRecords::truncatedRefused()
{
    QFETCH(QString, record);
    const Codec c = codecFor(record);
    // Every proper prefix is refused, never accepted or crashing.
    for (qsizetype n = 0; n < c.bytes.size(); ++n) {
        const QString err = c.decode(c.bytes.left(n));
        QVERIFY2(!err.isEmpty(), qPrintable(u"a prefix of %1 bytes was accepted"_qs.arg(n)));
        QVERIFY2(err.startsWith(u"Malformed"_qs), qPrintable(err));
    }
    const QString err = c.decode(c.bytes.chopped(1));
    QVERIFY2(err.contains(u"truncated"_qs), qPrintable(err));
}

void TestRecords::wrongMagicRefused_data()
{
    QTest::addColumn<QString>("record");
    for (const char *n : RecordNames)
        QTest::newRow(n) << QString::fromLatin1(n);
}

void TestRecords::wrongMagicRefused()
{
    QFETCH(QString, record);
    const Codec c = codecFor(record);
    QByteArray bytes = c.bytes;
    bytes[7] = char(bytes[7] + 1); // "...01" -> "...02": a future version
    const QString err = c.decode(bytes);
    QVERIFY2(!err.isEmpty(), "a wrong magic was accepted");
    QVERIFY2(err.contains(u"expected a"_qs) && err.contains(u"at byte 0"_qs), qPrintable(err));
    // Another record's bytes are not this record either.
    for (const char *other : RecordNames) {
        if (QString::fromLatin1(other) == record)
            continue;
        QVERIFY2(!c.decode(codecFor(QString::fromLatin1(other)).bytes).isEmpty(), other);
    }
}

void TestRecords::badUtf8Refused_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("manifest: currency") << u"manifest"_qs << QByteArray("PLN");
    QTest::newRow("manifest: project title") << u"manifest"_qs << QByteArray("Trees");
    QTest::newRow("envelope: kiosk id") << u"envelope"_qs << QByteArray("K1");
    QTest::newRow("checkpoint: kiosk id") << u"checkpoint"_qs << QByteArray("K1");
    QTest::newRow("event: detail") << u"event"_qs << QByteArray("paused");
}

void TestRecords::badUtf8Refused()
{
    QFETCH(QString, record);
    QFETCH(QByteArray, text);
    const Codec c = codecFor(record);
    // 0xC3 0x28: a two-byte sequence whose second byte is not a continuation byte.
    QByteArray bad = text;
    bad[0] = char(0xC3);
    bad[1] = char(0x28);
    const QString err = c.decode(replaced(c.bytes, text, bad));
    QVERIFY2(!err.isEmpty(), "invalid UTF-8 was accepted");
    QVERIFY2(err.contains(u"UTF-8"_qs), qPrintable(err));
    // An overlong encoding of '/' (0xC0 0xAF) is refused too.
    bad[0] = char(0xC0);
    bad[1] = char(0xAF);
    QVERIFY2(!c.decode(replaced(c.bytes, text, bad)).isEmpty(), "an overlong UTF-8 sequence was accepted");
}

void TestRecords::nonCanonicalValuesRefused_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fragment");

    {
        // mustUseAllPoints is the byte just before the kiosk... find it from the rules
        // encoding: kind(1) min(4) max(4) spend(1) points(4) cap(4) all(1) follows budget.
        const Manifest m = sampleManifest();
        QByteArray b = m.encode();
        const QByteArray rulesStart = QByteArray::fromHex("03" "00000001" "00000003" "00" "0000000a" "00000005" "01");
        const qsizetype at = b.indexOf(rulesStart);
        Q_ASSERT(at > 0);
        b[at + rulesStart.size() - 1] = 2; // "true" written as 2
        QTest::newRow("manifest: boolean written as 2") << u"manifest"_qs << b << u"canonical"_qs;
        QByteArray k = m.encode();
        k[at] = 9;
        QTest::newRow("manifest: unknown ballot kind") << u"manifest"_qs << k << u"ballot kind 9"_qs;
        // max_selections 0x80000000 would read back as a negative int (no limit).
        QByteArray big = m.encode();
        big[at + 5] = char(0x80);
        QTest::newRow("manifest: max_selections of 2^31") << u"manifest"_qs << big << u"max_selections"_qs;
    }
    {
        QByteArray b = samplePlaintext().encode();
        // The first choice's value: magic, mh, ballot id, kind, count, project.
        const qsizetype at = 8 + 32 + 16 + 1 + 2 + 2;
        b[at] = char(0xff);
        QTest::newRow("plaintext: a value of 2^31 or more") << u"plaintext"_qs << b << u"value"_qs;
    }
    {
        Manifest m = sampleManifest();
        std::swap(m.kiosks[0], m.kiosks[1]);
        QTest::newRow("manifest: kiosks out of order") << u"manifest"_qs << m.encode() << u"out of order"_qs;
        m = sampleManifest();
        m.kiosks[1].id = m.kiosks[0].id;
        QTest::newRow("manifest: kiosk listed twice") << u"manifest"_qs << m.encode() << u"listed twice"_qs;
    }
    {
        QByteArray b = samplePlaintext().encode();
        b[8 + 32 + 16] = 7; // kind byte
        QTest::newRow("plaintext: unknown ballot kind") << u"plaintext"_qs << b << u"ballot kind 7"_qs;
    }
    {
        QByteArray b = sampleCheckpoint().encode();
        const qsizetype at = 8 + 32 + 4 + 2 + 4; // magic, mh, text("K1"), batch
        b[at] = 3;
        QTest::newRow("checkpoint: unknown kind") << u"checkpoint"_qs << b << u"checkpoint kind 3"_qs;
    }
    {
        QByteArray b = sampleEvent().encode();
        b[8 + 8 + 32] = 0;
        QTest::newRow("event: unknown type 0") << u"event"_qs << b << u"event type 0"_qs;
        b[8 + 8 + 32] = 20;
        QTest::newRow("event: unknown type 20") << u"event"_qs << b << u"event type 20"_qs;
    }
    {
        // A sealed box length prefix larger than what follows.
        QByteArray b = sampleEnvelope().encode();
        const qsizetype lenAt = b.size() - 176 - 4;
        b[lenAt + 3] = char(uchar(b[lenAt + 3]) + 1);
        QTest::newRow("envelope: length prefix one too long") << u"envelope"_qs << b << u"truncated"_qs;
    }
}

void TestRecords::nonCanonicalValuesRefused()
{
    QFETCH(QString, record);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fragment);
    const QString err = codecFor(record).decode(bytes);
    QVERIFY2(!err.isEmpty(), "non-canonical bytes were accepted");
    QVERIFY2(err.contains(fragment), qPrintable(err));
}

void TestRecords::sameBallotGivesSameBytes()
{
    Round round;
    round.name = u"R"_qs;
    round.budget = 1000;
    for (int i = 0; i < 5; ++i)
        round.projects.push_back({u"P%1"_qs.arg(i), u"T"_qs, QString(), 100, QString(), QString()});
    round.rules.kind = BallotKind::Cumulative;
    round.rules.totalPoints = 10;
    Ballot a;
    a.choices = {{3, 4}, {0, 1}, {1, 5}};
    Ballot b;
    b.choices = {{1, 5}, {3, 4}, {0, 1}};
    auto ca = canonicaliseBallot(round, a);
    auto cb = canonicaliseBallot(round, b);
    QVERIFY(ca.ok() && cb.ok());
    BallotPlaintext pa;
    pa.manifestHash = bytesOf('\x01', 32);
    pa.ballotId = bytesOf('\x02', 16);
    pa.kind = BallotKind::Cumulative;
    pa.ballot = *ca;
    BallotPlaintext pb = pa;
    pb.ballot = *cb;
    QCOMPARE(pa.encode(), pb.encode());
    QCOMPARE(pa.encode(), pa.encode());
    // A different vote gives different bytes (the comparison above can fail).
    Ballot c;
    c.choices = {{1, 4}, {3, 5}, {0, 1}};
    pb.ballot = *canonicaliseBallot(round, c);
    QVERIFY(pa.encode() != pb.encode());
    // Records encode deterministically too.
    QCOMPARE(sampleManifest().encode(), sampleManifest().encode());
    QCOMPARE(sampleEnvelope().encode(), sampleEnvelope().encode());
}

void TestRecords::hashesAreDomainSeparatedAndDeterministic()
{
    const QByteArray m = sampleManifest().encode();
    QCOMPARE(manifestHash(m), manifestHash(m));
    QCOMPARE(manifestHash(m).size(), 32);
    Manifest changed = sampleManifest();
    changed.projects[0].cost += 1;
    QVERIFY(manifestHash(changed.encode()) != manifestHash(m));

    Event e = sampleEvent();
    const QByteArray h = e.hash();
    e.previous[0] = '\x0a';
    QVERIFY(e.hash() != h);

    const QByteArray env = sampleEnvelope().encode();
    const QByteArray sig = bytesOf('\x08', 64);
    QCOMPARE(receiptCode(env, sig), receiptCode(env, sig));
    QVERIFY(QRegularExpression(u"^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$"_qs).match(receiptCode(env, sig)).hasMatch());
    QVERIFY(ballotLeaf(env, sig) != checkpointHash(env, sig)); // different personalisations
    QVERIFY(receiptCode(env, sig) != witnessCode(env, sig));
    const QByteArray e1 = bytesOf('\x01', 16);
    const QByteArray e2 = bytesOf('\x02', 16);
    QVERIFY(accessCodeHash(e1, u"ABCDEFGHIJKL"_qs) != accessCodeHash(e2, u"ABCDEFGHIJKL"_qs));
    QCOMPARE(accessCodeHash(e1, u"ABCDEFGHIJKL"_qs), accessCodeHash(e1, u"ABCDEFGHIJKL"_qs));
}

void TestRecords::paddedSizeHoldsTheLargestBallot_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("projects");
    QTest::addColumn<int>("maxSelections");
    QTest::addColumn<int>("points");
    for (int n : {1, 5, 9, 10, 11, 40, 300}) {
        QTest::addRow("approval, %d projects", n) << int(BallotKind::Approval) << n << 0 << 0;
        QTest::addRow("knapsack, %d projects", n) << int(BallotKind::Knapsack) << n << 0 << 0;
        QTest::addRow("cumulative, %d projects, 1000000 points", n) << int(BallotKind::Cumulative) << n << 0 << 1'000'000;
        QTest::addRow("ordinal, %d projects, rank all", n) << int(BallotKind::Ordinal) << n << 0 << 0;
    }
    QTest::newRow("approval, 300 projects, at most 7") << int(BallotKind::Approval) << 300 << 7 << 0;
    QTest::newRow("cumulative, 300 projects, 3 points") << int(BallotKind::Cumulative) << 300 << 0 << 3;
}

void TestRecords::paddedSizeHoldsTheLargestBallot()
{
    QFETCH(int, kind);
    QFETCH(int, projects);
    QFETCH(int, maxSelections);
    QFETCH(int, points);
    Round round;
    round.name = u"Big"_qs;
    round.budget = 1'000'000'000;
    round.rules.kind = BallotKind(kind);
    round.rules.maxSelections = maxSelections;
    round.rules.totalPoints = points;
    for (int i = 0; i < projects; ++i)
        round.projects.push_back({u"P%1"_qs.arg(i), u"T"_qs, QString(), 1, QString(), QString()});
    QVERIFY2(round.validate().ok(), qPrintable(round.validate().error()));

    // The largest valid ballot: as many choices as allowed, with the largest values.
    const int n = maxBallotChoices(round);
    Ballot largest;
    for (int i = 0; i < n; ++i) {
        int value = 1;
        if (round.rules.kind == BallotKind::Cumulative)
            value = i == 0 ? points - (n - 1) : 1; // all points used, one project gets most
        if (round.rules.kind == BallotKind::Ordinal)
            value = i + 1;
        largest.choices.push_back({projects - 1 - i, value});
    }
    auto canonical = canonicaliseBallot(round, largest);
    QVERIFY2(canonical.ok(), qPrintable(canonical.error()));
    // One more choice is not valid (so this really is the largest).
    if (n < projects) {
        Ballot more = largest;
        more.choices.push_back({0, round.rules.kind == BallotKind::Ordinal ? n + 1 : 1});
        QVERIFY2(!canonicaliseBallot(round, more).ok(), "a ballot larger than maxBallotChoices is valid");
    }
    BallotPlaintext p;
    p.manifestHash = bytesOf('\x01', 32);
    p.ballotId = bytesOf('\x02', BallotIdBytes);
    p.kind = round.rules.kind;
    p.ballot = *canonical;
    const QByteArray plain = p.encode();
    const uint32_t padded = paddedBallotSizeFor(round);
    QVERIFY2(plain.size() < qsizetype(padded),
             qPrintable(u"plaintext %1 bytes, padded size %2"_qs.arg(plain.size()).arg(padded)));
    QCOMPARE(padded % 64, 0u);
    // And sealing with that padding really works.
    const crypto::BoxKeyPair keys = crypto::BoxKeyPair::generate();
    auto sealed = crypto::padAndSeal(keys.publicKey, plain, padded);
    QVERIFY2(sealed.ok(), qPrintable(sealed.error()));
    QCOMPARE(sealed->size(), qsizetype(padded) + crypto::SealOverheadBytes);
}

QTEST_GUILESS_MAIN(TestRecords)
#include "TestRecords.moc"
