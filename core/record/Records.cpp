#include "record/Records.h"

#include "crypto/Crypto.h"
#include "model/BallotValidator.h"
#include "record/ByteCodec.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace pbvote::record {

namespace {

constexpr char ManifestMagic[] = "PBVMAN02";
constexpr char LegacyManifestMagic[] = "PBVMAN01";
constexpr char TallyMagic[] = "PBVTLY01";
constexpr char PlaintextMagic[] = "PBVBAL01";
constexpr char EnvelopeMagic[] = "PBVENV01";
constexpr char CheckpointMagic[] = "PBVCKP01";
constexpr char EventMagic[] = "PBVEVT01";

// Translation context "Record" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Record)
};

QByteArrayView magic(const char *m)
{
    return QByteArrayView(m, MagicBytes);
}
static_assert(sizeof EnvelopeMagic - 1 == MagicBytes && sizeof EventMagic - 1 == MagicBytes);

// Shared tail of every decoder: the reader must have consumed everything without
// error, and re-encoding what was read must give the same bytes back.
template<typename T>
Result<T> finish(const ByteReader &r, const T &value, QByteArrayView original, const char *what)
{
    if (r.failed())
        return Result<T>::failure(Tr::tr("Malformed %1: %2").arg(Tr::tr(what), r.error()));
    if (!r.atEnd())
        return Result<T>::failure(Tr::tr("Malformed %1: %2 unexpected bytes after the end")
                                      .arg(Tr::tr(what))
                                      .arg(original.size() - r.position()));
    if (QByteArrayView(value.encode()) != original)
        return Result<T>::failure(Tr::tr("Malformed %1: not in canonical form").arg(Tr::tr(what)));
    return value;
}

void writeRules(ByteWriter &w, const BallotRules &r)
{
    w.u8(uint8_t(r.kind));
    w.u32(uint32_t(r.minSelections));
    w.u32(uint32_t(r.maxSelections));
    w.u8(uint8_t(r.minSpendPercent));
    w.u32(uint32_t(r.totalPoints));
    w.u32(uint32_t(r.maxPointsPerProject));
    w.u8(r.mustUseAllPoints ? 1 : 0);
}

// A u32 field held as an int: 2^31 and more would read back negative, so it is refused.
int readCount(ByteReader &r, const char *field)
{
    const uint32_t v = r.u32();
    if (v > uint32_t(INT32_MAX)) {
        // `field` is a specification field name (min_selections …) or a phrase marked
        // for translation: translate() leaves a name without a translation as it is.
        r.fail(Tr::tr("%1 is %2, above 2^31 - 1").arg(Tr::tr(field)).arg(v));
        return 0;
    }
    return int(v);
}

BallotRules readRules(ByteReader &r)
{
    BallotRules rules;
    const uint8_t kind = r.u8();
    if (kind < 1 || kind > 4)
        r.fail(Tr::tr("unknown ballot kind %1").arg(kind));
    rules.kind = BallotKind(kind);
    rules.minSelections = readCount(r, "min_selections");
    rules.maxSelections = readCount(r, "max_selections");
    rules.minSpendPercent = r.u8();
    rules.totalPoints = readCount(r, "total_points");
    rules.maxPointsPerProject = readCount(r, "max_points_per_project");
    rules.mustUseAllPoints = r.u8() != 0;
    return rules;
}

} // namespace

QByteArray Manifest::encode() const
{
    ByteWriter w;
    w.fixed(magic(version == 1 ? LegacyManifestMagic : ManifestMagic));
    w.fixed(electionId);
    w.text(name);
    w.text(currency);
    w.i64(budget);
    writeRules(w, rules);
    w.u32(uint32_t(districts.size()));
    for (const District &d : districts) {
        w.text(d.id);
        w.text(d.name);
        w.i64(d.budget);
    }
    w.u32(uint32_t(projects.size()));
    for (const Project &p : projects) {
        w.text(p.id);
        w.text(p.title);
        w.text(p.description);
        w.i64(p.cost);
        w.text(p.category);
        w.text(p.district);
    }
    w.fixed(electionPublicKey);
    w.fixed(authorityPublicKey);
    w.u32(uint32_t(kiosks.size()));
    for (const KioskEntry &k : kiosks) {
        w.text(k.id);
        w.fixed(k.publicKey);
    }
    w.u32(paddedBallotSize);
    if (version != 1) {
        w.text(tallyRule);
        w.i64(votingOpens);
        w.i64(votingCloses);
    }
    return w.data();
}

Result<Manifest> Manifest::decode(QByteArrayView bytes)
{
    ByteReader r(bytes);
    Manifest m;
    if (bytes.startsWith(magic(LegacyManifestMagic))) {
        m.version = 1;
        r.expectMagic(magic(LegacyManifestMagic));
    } else {
        r.expectMagic(magic(ManifestMagic));
    }
    m.electionId = r.fixed(ElectionIdBytes);
    m.name = r.text();
    m.currency = r.text();
    m.budget = r.i64();
    m.rules = readRules(r);
    const uint32_t nd = r.u32();
    for (uint32_t i = 0; i < nd && !r.failed(); ++i) {
        District d;
        d.id = r.text();
        d.name = r.text();
        d.budget = r.i64();
        m.districts.push_back(d);
    }
    const uint32_t np = r.u32();
    if (np > 65535)
        r.fail(Tr::tr("too many projects (%1)").arg(np));
    for (uint32_t i = 0; i < np && !r.failed(); ++i) {
        Project p;
        p.id = r.text();
        p.title = r.text();
        p.description = r.text();
        p.cost = r.i64();
        p.category = r.text();
        p.district = r.text();
        m.projects.push_back(p);
    }
    m.electionPublicKey = r.fixed(crypto::BoxPublicKeyBytes);
    m.authorityPublicKey = r.fixed(crypto::SignPublicKeyBytes);
    const uint32_t nk = r.u32();
    for (uint32_t i = 0; i < nk && !r.failed(); ++i) {
        KioskEntry k;
        k.id = r.text();
        k.publicKey = r.fixed(crypto::SignPublicKeyBytes);
        if (!m.kiosks.empty() && !(m.kiosks.back().id < k.id))
            r.fail(Tr::tr("kiosk \"%1\" is listed twice or out of order").arg(k.id));
        m.kiosks.push_back(k);
    }
    m.paddedBallotSize = r.u32();
    if (m.version != 1) {
        m.tallyRule = r.text(256);
        m.votingOpens = r.i64();
        m.votingCloses = r.i64();
    }
    return finish(r, m, bytes, QT_TRANSLATE_NOOP("Record", "manifest"));
}

Round Manifest::toRound() const
{
    Round round;
    round.electionId = electionId;
    round.name = name;
    round.currency = currency;
    round.budget = budget;
    round.rules = rules;
    round.districts = districts;
    round.projects = projects;
    round.tallyRule = tallyRule;
    if (votingOpens != 0)
        round.votingOpens = QDateTime::fromSecsSinceEpoch(votingOpens, Qt::UTC);
    if (votingCloses != 0)
        round.votingCloses = QDateTime::fromSecsSinceEpoch(votingCloses, Qt::UTC);
    return round;
}

QByteArray TallyStatement::encode() const
{
    ByteWriter w;
    w.fixed(magic(TallyMagic));
    w.fixed(manifestHash);
    w.text(rule);
    w.text(tieBreak);
    w.u64(issuedCodes);
    w.fixed(issuedCodeRoot);
    w.u32(uint32_t(revokedKiosks.size()));
    for (const QString &k : revokedKiosks)
        w.text(k);
    w.u64(ballotsCounted);
    w.u64(ballotsExcluded);
    w.fixed(openedBallotsHash);
    w.u64(eventCount);
    w.fixed(eventHead);
    w.fixed(resultHash);
    return w.data();
}

Result<TallyStatement> TallyStatement::decode(QByteArrayView bytes)
{
    ByteReader r(bytes);
    TallyStatement t;
    r.expectMagic(magic(TallyMagic));
    t.manifestHash = r.fixed(32);
    t.rule = r.text(256);
    t.tieBreak = r.text(256);
    t.issuedCodes = r.u64();
    t.issuedCodeRoot = r.fixed(32);
    const uint32_t revoked = r.u32();
    if (revoked > 65535)
        r.fail(Tr::tr("too many revoked kiosks (%1)").arg(revoked));
    for (uint32_t i = 0; i < revoked && !r.failed(); ++i) {
        QString k = r.text(256);
        if (!t.revokedKiosks.empty() && !(t.revokedKiosks.back() < k))
            r.fail(Tr::tr("revoked kiosk \"%1\" is listed twice or out of order").arg(k));
        t.revokedKiosks.push_back(std::move(k));
    }
    t.ballotsCounted = r.u64();
    t.ballotsExcluded = r.u64();
    t.openedBallotsHash = r.fixed(32);
    t.eventCount = r.u64();
    t.eventHead = r.fixed(32);
    t.resultHash = r.fixed(32);
    return finish(r, t, bytes, QT_TRANSLATE_NOOP("Record", "tally statement"));
}

QByteArray issuedCodeRoot(std::span<const QByteArray> hashes)
{
    if (std::is_sorted(hashes.begin(), hashes.end())) // as a round keeps them: no copy
        return crypto::merkleRoot("PBV-itree-v1", hashes);
    std::vector<QByteArray> sorted(hashes.begin(), hashes.end());
    std::sort(sorted.begin(), sorted.end());
    return crypto::merkleRoot("PBV-itree-v1", sorted);
}

QByteArray resultHash(QByteArrayView resultJson)
{
    return crypto::hash("PBV-result-v1", resultJson);
}

QByteArray encodeOpenedBallots(std::vector<Ballot> ballots)
{
    std::vector<QByteArray> entries;
    entries.reserve(ballots.size());
    for (const Ballot &b : ballots) {
        ByteWriter e;
        e.u16(uint16_t(b.choices.size()));
        for (const BallotChoice &c : b.choices) {
            e.u16(uint16_t(c.project));
            e.u32(uint32_t(c.value));
        }
        entries.push_back(e.data());
    }
    std::sort(entries.begin(), entries.end());
    ByteWriter w;
    w.u32(uint32_t(entries.size()));
    for (const QByteArray &e : entries)
        w.bytes(e);
    return w.data();
}

Result<std::vector<Ballot>> decodeOpenedBallots(QByteArrayView bytes)
{
    using R = Result<std::vector<Ballot>>;
    ByteReader r(bytes);
    const uint32_t n = r.u32();
    if (!r.failed() && qsizetype(n) > bytes.size() / 6)
        return R::failure(Tr::tr("Malformed opened ballots: %1 ballots cannot fit in %2 bytes").arg(n).arg(bytes.size()));
    std::vector<Ballot> out;
    out.reserve(n);
    QByteArrayView previous;
    for (uint32_t i = 0; i < n && !r.failed(); ++i) {
        const QByteArrayView entry = r.view(6 * 65536 + 2);
        if (r.failed())
            break;
        if (i > 0 && entry < previous)
            return R::failure(Tr::tr("Malformed opened ballots: ballot %1 is out of order").arg(i + 1));
        previous = entry;
        ByteReader e(entry);
        Ballot b;
        const uint16_t choices = e.u16();
        for (uint16_t c = 0; c < choices && !e.failed(); ++c) {
            const int project = e.u16();
            const int value = readCount(e, QT_TRANSLATE_NOOP("Record", "a choice's value"));
            b.choices.push_back({project, value});
        }
        if (e.failed() || !e.atEnd())
            return R::failure(Tr::tr("Malformed opened ballots: ballot %1 is damaged").arg(i + 1));
        out.push_back(std::move(b));
    }
    if (r.failed())
        return R::failure(Tr::tr("Malformed opened ballots: %1").arg(r.error()));
    if (!r.atEnd())
        return R::failure(Tr::tr("Malformed opened ballots: unexpected bytes after the end"));
    return out;
}

QByteArray openedBallotsHash(QByteArrayView encodedOpenedBallots)
{
    return crypto::hash("PBV-opened-v1", encodedOpenedBallots);
}

QByteArray manifestHash(QByteArrayView manifestBytes)
{
    return crypto::hash(ManifestHashPersonal, manifestBytes);
}

uint32_t paddedBallotSizeFor(const Round &round)
{
    // magic 8 + manifest hash 32 + ballot id 16 + kind 1 + count 2 + 6 per choice,
    // at least one byte of padding, rounded up to 64.
    const uint32_t largest = 8 + 32 + 16 + 1 + 2 + 6 * uint32_t(maxBallotChoices(round));
    return ((largest + 1 + 63) / 64) * 64;
}

QByteArray BallotPlaintext::encode() const
{
    ByteWriter w;
    w.fixed(magic(PlaintextMagic));
    w.fixed(manifestHash);
    w.fixed(ballotId);
    w.u8(uint8_t(kind));
    w.u16(uint16_t(ballot.choices.size()));
    for (const BallotChoice &c : ballot.choices) {
        w.u16(uint16_t(c.project));
        w.u32(uint32_t(c.value));
    }
    return w.data();
}

Result<BallotPlaintext> BallotPlaintext::decode(QByteArrayView bytes)
{
    ByteReader r(bytes);
    BallotPlaintext p;
    r.expectMagic(magic(PlaintextMagic));
    p.manifestHash = r.fixed(32);
    p.ballotId = r.fixed(BallotIdBytes);
    const uint8_t kind = r.u8();
    if (!r.failed() && (kind < 1 || kind > 4))
        r.fail(Tr::tr("unknown ballot kind %1").arg(kind));
    p.kind = BallotKind(kind);
    const uint16_t n = r.u16();
    for (uint16_t i = 0; i < n && !r.failed(); ++i) {
        BallotChoice c;
        c.project = r.u16();
        c.value = readCount(r, QT_TRANSLATE_NOOP("Record", "a choice's value"));
        p.ballot.choices.push_back(c);
    }
    return finish(r, p, bytes, QT_TRANSLATE_NOOP("Record", "ballot plaintext"));
}

QByteArray BallotEnvelope::encode() const
{
    ByteWriter w;
    w.fixed(magic(EnvelopeMagic));
    w.fixed(manifestHash);
    w.text(kioskId);
    w.u32(batch);
    w.fixed(ballotId);
    w.bytes(sealed);
    return w.data();
}

Result<BallotEnvelope> BallotEnvelope::decode(QByteArrayView bytes)
{
    ByteReader r(bytes);
    BallotEnvelope e;
    r.expectMagic(magic(EnvelopeMagic));
    e.manifestHash = r.fixed(32);
    e.kioskId = r.text(256);
    e.batch = r.u32();
    e.ballotId = r.fixed(BallotIdBytes);
    e.sealed = r.bytes(1024 * 1024);
    return finish(r, e, bytes, QT_TRANSLATE_NOOP("Record", "ballot envelope"));
}

Result<BallotEnvelope> BallotEnvelope::decodeShared(
    const QByteArray &bytes, const std::function<QString(QByteArrayView)> &sharedKioskId)
{
    // The layout decode() reads (magic, manifest hash, kiosk id, batch, ballot id, sealed
    // vote), checked here without copying; at the first thing that is not plainly right,
    // decode() reads it all again and says what is wrong.
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    const auto u32At = [data](qsizetype at) {
        return (uint32_t(data[at]) << 24) | (uint32_t(data[at + 1]) << 16) | (uint32_t(data[at + 2]) << 8)
            | uint32_t(data[at + 3]);
    };
    constexpr qsizetype HashAt = MagicBytes;
    constexpr qsizetype KioskLengthAt = HashAt + 32;
    constexpr qsizetype MaxKioskIdBytes = 256; // as decode() reads it
    constexpr qsizetype MaxSealedBytes = 1024 * 1024;
    if (size < KioskLengthAt + 4 || QByteArrayView(bytes).first(MagicBytes) != magic(EnvelopeMagic))
        return decode(bytes);
    const qsizetype kioskLength = qsizetype(u32At(KioskLengthAt));
    const qsizetype kioskAt = KioskLengthAt + 4;
    if (kioskLength > MaxKioskIdBytes || size < kioskAt + kioskLength + 4 + BallotIdBytes + 4)
        return decode(bytes);
    const QByteArrayView kioskRaw(bytes.constData() + kioskAt, kioskLength);
    if (!std::all_of(kioskRaw.begin(), kioskRaw.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return decode(bytes); // UTF-8 to check
    const qsizetype batchAt = kioskAt + kioskLength;
    const qsizetype idAt = batchAt + 4;
    const qsizetype sealedLengthAt = idAt + BallotIdBytes;
    const qsizetype sealedLength = qsizetype(u32At(sealedLengthAt));
    if (sealedLength > MaxSealedBytes || size != sealedLengthAt + 4 + sealedLength)
        return decode(bytes);
    // Every field read, nothing after them, and the kiosk id ASCII: decode() would accept
    // these bytes, and encode() would give them back (its canonical-form check).
    BallotEnvelope e;
    e.manifestHash = QByteArray::fromRawData(bytes.constData() + HashAt, 32);
    QString shared = sharedKioskId ? sharedKioskId(kioskRaw) : QString();
    e.kioskId = shared.isNull() ? QString::fromLatin1(kioskRaw) : std::move(shared);
    e.batch = u32At(batchAt);
    e.ballotId = QByteArray::fromRawData(bytes.constData() + idAt, BallotIdBytes);
    e.sealed = QByteArray::fromRawData(bytes.constData() + sealedLengthAt + 4, sealedLength);
    return e;
}

QString receiptCode(QByteArrayView envelope, QByteArrayView signature)
{
    const ReceiptCodeText text = receiptCodeText(envelope, signature);
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

ReceiptCodeText receiptCodeText(QByteArrayView envelope, QByteArrayView signature)
{
    const crypto::Digest digest = crypto::hashPartsDigest(ReceiptPersonal, {envelope, signature});
    ReceiptCodeText text;
    crypto::shortCodeOfDigestTo(
        QByteArrayView(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size())), ReceiptCodeBytes,
        text.data());
    return text;
}

QByteArray ballotLeaf(QByteArrayView envelope, QByteArrayView signature)
{
    return crypto::hashParts(BallotLeafPersonal, {envelope, signature});
}

crypto::Digest ballotLeafDigest(QByteArrayView envelope, QByteArrayView signature)
{
    return crypto::hashPartsDigest(BallotLeafPersonal, {envelope, signature});
}

QByteArray accessCodeHash(QByteArrayView electionId, const QString &normalisedCode)
{
    return crypto::hash(CodeHashPersonal, normalisedCode.toUtf8(), electionId);
}

QByteArray Checkpoint::encode() const
{
    ByteWriter w;
    w.fixed(magic(CheckpointMagic));
    w.fixed(manifestHash);
    w.text(kioskId);
    w.u32(batch);
    w.u8(uint8_t(kind));
    w.fixed(previous);
    w.u64(batchBallots);
    w.fixed(batchBallotRoot);
    w.u64(batchCodes);
    w.fixed(batchCodeRoot);
    w.u64(totalBallots);
    w.u64(eventCount);
    w.fixed(eventHead);
    w.i64(time);
    return w.data();
}

Result<Checkpoint> Checkpoint::decode(QByteArrayView bytes)
{
    ByteReader r(bytes);
    Checkpoint c;
    r.expectMagic(magic(CheckpointMagic));
    c.manifestHash = r.fixed(32);
    c.kioskId = r.text(256);
    c.batch = r.u32();
    const uint8_t kind = r.u8();
    if (!r.failed() && kind != 1 && kind != 2)
        r.fail(Tr::tr("unknown checkpoint kind %1").arg(kind));
    c.kind = CheckpointKind(kind);
    c.previous = r.fixed(32);
    c.batchBallots = r.u64();
    c.batchBallotRoot = r.fixed(32);
    c.batchCodes = r.u64();
    c.batchCodeRoot = r.fixed(32);
    c.totalBallots = r.u64();
    c.eventCount = r.u64();
    c.eventHead = r.fixed(32);
    c.time = r.i64();
    return finish(r, c, bytes, QT_TRANSLATE_NOOP("Record", "checkpoint"));
}

QByteArray checkpointHash(QByteArrayView body, QByteArrayView signature)
{
    QByteArray all(body.data(), body.size());
    all.append(signature.data(), signature.size());
    return crypto::hash(CheckpointPersonal, all);
}

QString witnessCode(QByteArrayView body, QByteArrayView signature)
{
    QByteArray all(body.data(), body.size());
    all.append(signature.data(), signature.size());
    return crypto::shortCode(WitnessPersonal, all, 10);
}

QString eventTypeName(EventType type)
{
    switch (type) {
    case EventType::RoundCreated: return QStringLiteral("round-created");
    case EventType::ProjectsChanged: return QStringLiteral("projects-changed");
    case EventType::KeyRegistered: return QStringLiteral("key-registered");
    case EventType::CodesIssued: return QStringLiteral("codes-issued");
    case EventType::Opened: return QStringLiteral("opened");
    case EventType::Cast: return QStringLiteral("cast");
    case EventType::CastRefused: return QStringLiteral("cast-refused");
    case EventType::Suspended: return QStringLiteral("suspended");
    case EventType::Resumed: return QStringLiteral("resumed");
    case EventType::Closed: return QStringLiteral("closed");
    case EventType::Tallied: return QStringLiteral("tallied");
    case EventType::Exported: return QStringLiteral("exported");
    case EventType::Recovery: return QStringLiteral("recovery");
    case EventType::KioskStarted: return QStringLiteral("kiosk-started");
    case EventType::OperatorAccess: return QStringLiteral("operator-access");
    case EventType::RoundChanged: return QStringLiteral("round-changed");
    case EventType::KioskRevoked: return QStringLiteral("kiosk-revoked");
    case EventType::CodesVoided: return QStringLiteral("codes-voided");
    case EventType::Published: return QStringLiteral("published");
    }
    return QStringLiteral("unknown");
}

QByteArray Event::encode() const
{
    ByteWriter w;
    w.fixed(magic(EventMagic));
    w.u64(seq);
    w.fixed(previous);
    w.u8(uint8_t(type));
    w.i64(time);
    w.text(kioskId);
    w.text(detail);
    return w.data();
}

Result<Event> Event::decode(QByteArrayView bytes)
{
    ByteReader r(bytes);
    Event e;
    r.expectMagic(magic(EventMagic));
    e.seq = r.u64();
    e.previous = r.fixed(32);
    const uint8_t type = r.u8();
    if (!r.failed() && (type < 1 || type > 19))
        r.fail(Tr::tr("unknown event type %1").arg(type));
    e.type = EventType(type);
    e.time = r.i64();
    e.kioskId = r.text(256);
    e.detail = r.text(64 * 1024);
    return finish(r, e, bytes, QT_TRANSLATE_NOOP("Record", "event"));
}

Result<Event> Event::decodeShared(const QByteArray &bytes, const std::function<QString(QByteArrayView)> &sharedText)
{
    // The layout decode() reads (magic, seq, previous hash, type, time, kiosk id, detail),
    // checked here without copying; at the first thing that is not plainly right, decode()
    // reads it all again and says what is wrong.
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    const auto bigEndian = [data](qsizetype at, int n) {
        uint64_t v = 0;
        for (int i = 0; i < n; ++i)
            v = (v << 8) | data[at + i];
        return v;
    };
    const auto ascii = [](QByteArrayView raw) {
        return std::all_of(raw.begin(), raw.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    };
    constexpr qsizetype SeqAt = MagicBytes;
    constexpr qsizetype PreviousAt = SeqAt + 8;
    constexpr qsizetype TypeAt = PreviousAt + 32;
    constexpr qsizetype TimeAt = TypeAt + 1;
    constexpr qsizetype KioskLengthAt = TimeAt + 8;
    constexpr qsizetype MaxKioskIdBytes = 256; // as decode() reads them
    constexpr qsizetype MaxDetailBytes = 64 * 1024;
    if (size < KioskLengthAt + 4 || QByteArrayView(bytes).first(MagicBytes) != magic(EventMagic))
        return decode(bytes);
    const uint8_t type = data[TypeAt];
    if (type < 1 || type > 19)
        return decode(bytes);
    const qsizetype kioskLength = qsizetype(bigEndian(KioskLengthAt, 4));
    const qsizetype kioskAt = KioskLengthAt + 4;
    if (kioskLength > MaxKioskIdBytes || size < kioskAt + kioskLength + 4)
        return decode(bytes);
    const qsizetype detailLengthAt = kioskAt + kioskLength;
    const qsizetype detailLength = qsizetype(bigEndian(detailLengthAt, 4));
    const qsizetype detailAt = detailLengthAt + 4;
    if (detailLength > MaxDetailBytes || size != detailAt + detailLength)
        return decode(bytes);
    const QByteArrayView kioskRaw(bytes.constData() + kioskAt, kioskLength);
    const QByteArrayView detailRaw(bytes.constData() + detailAt, detailLength);
    if (!ascii(kioskRaw) || !ascii(detailRaw))
        return decode(bytes); // UTF-8 to check
    // Every field read, nothing after them, the type known and the text ASCII: decode()
    // would accept these bytes, and encode() would give them back (its canonical-form check).
    const auto text = [&sharedText](QByteArrayView raw) {
        QString shared = sharedText ? sharedText(raw) : QString();
        return shared.isNull() ? QString::fromLatin1(raw) : shared;
    };
    Event e;
    e.seq = bigEndian(SeqAt, 8);
    e.previous = QByteArray::fromRawData(bytes.constData() + PreviousAt, 32);
    e.type = EventType(type);
    e.time = int64_t(bigEndian(TimeAt, 8));
    e.kioskId = text(kioskRaw);
    e.detail = text(detailRaw);
    return e;
}

QByteArray Event::hash() const
{
    return crypto::hash(EventHashPersonal, encode());
}

} // namespace pbvote::record
