#include "audit/Verifier.h"

#include "audit/CanonicalJson.h"
#include "crypto/BatchVerify.h"
#include "crypto/Crypto.h"
#include "formats/OutcomeJson.h"
#include "model/BallotValidator.h"
#include "record/Records.h"
#include "rules/RuleRegistry.h"
#include "store/RoundCounter.h"
#include "util/Base64.h"
#include "util/LargeMemory.h"
#include "util/MappedFile.h"
#include "util/Parallel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <climits>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <span>
#include <system_error>
#include <thread>
#include <ctime>

#include <sys/mman.h>
#include <unistd.h>

namespace pbvote::audit {

namespace {

// Translation context "Verifier" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Verifier)
};

// A check lists at most this many problems; the rest are counted.
constexpr qsizetype MaxListedProblems = 20;

QString hex(QByteArrayView b)
{
    return QString::fromLatin1(b.toByteArray().toHex());
}

QByteArray zeros32()
{
    return QByteArray(32, '\0');
}

// Kiosk ids are ordered by their UTF-8 bytes (as the store's SQL orders them).
QByteArray sortKey(const QString &kioskId)
{
    return kioskId.toUtf8();
}

// One check while it runs: problems are capped so that a record with a million bad
// ballots gives a report people can read (and memory stays small).
class Check
{
public:
    Check(const char *id, QString title)
    {
        m_result.id = QString::fromLatin1(id);
        m_result.title = std::move(title);
    }
    const QString &id() const { return m_result.id; }
    void fail(const QString &problem)
    {
        m_result.passed = false;
        add(problem);
    }
    void warn(const QString &problem)
    {
        m_result.warning = true;
        add(problem);
    }
    void note(const QString &note) { m_result.notes << note; }
    void skip(const QString &why)
    {
        m_result.skipped = true;
        m_result.notes << why;
    }
    bool failed() const { return !m_result.passed; }
    bool warning() const { return m_result.warning; }
    bool skipped() const { return m_result.skipped; }
    CheckResult result() const
    {
        CheckResult r = m_result;
        if (m_omitted > 0)
            r.problems << Tr::tr(
                "… and %n more problem(s) of this kind.", nullptr, int(std::min<qsizetype>(m_omitted, INT_MAX)));
        if (!r.passed) {
            r.warning = false; // a failure is a failure
            r.skipped = false;
        }
        return r;
    }

private:
    void add(const QString &problem)
    {
        if (m_result.problems.size() < MaxListedProblems)
            m_result.problems << problem;
        else
            ++m_omitted;
    }
    CheckResult m_result;
    qsizetype m_omitted = 0;
};

// The record's parts as read from the JSON container. Binary records are kept as bytes
// and decoded with the canonical decoders of core/record.
struct BallotItem
{
    qsizetype index = 0;
    QByteArray envelope;
    QByteArray signature;
    QByteArrayView receiptText; // the record's "receipt", its JSON text (a code needs no escapes)
    record::ReceiptCodeText receipt {}; // computed from envelope ‖ signature
    crypto::Digest leaf {}; // record::ballotLeafDigest(envelope, signature)
    std::optional<record::BallotEnvelope> env;
    QString decodeError; // when env cannot be decoded
    bool registered = false;
    bool signatureValid = false;
    QString where() const
    {
        return env ? Tr::tr("ballots[%1], id %2").arg(index).arg(hex(env->ballotId)) : Tr::tr("ballots[%1]").arg(index);
    }
};

struct CheckpointItem
{
    qsizetype index = 0;
    QString kioskField;
    qint64 batchField = -1;
    QByteArray body;
    QByteArray signature;
    QString witnessField;
    std::optional<record::Checkpoint> cp;
    QByteArray hash; // checkpointHash(body, signature)
    QString witness; // computed
    QString where() const
    {
        return cp ? Tr::tr("checkpoints[%1] (kiosk %2, batch %3)").arg(index).arg(cp->kioskId).arg(cp->batch)
                  : Tr::tr("checkpoints[%1]").arg(index);
    }
};

struct EventItem
{
    // The JSON fields an event's signed bytes may disagree with, in the order they are named.
    enum Field : quint8 { Seq = 1, Type = 2, Time = 4, Kiosk = 8, Detail = 16, Hash = 32 };

    qsizetype index = 0;
    QByteArray body;
    std::optional<record::Event> event;
    QString decodeError; // when event cannot be decoded
    crypto::Digest hash {}; // of the body
    quint8 differ = 0; // Field bits: the JSON fields that differ from the decoded event
    QByteArrayView hashBytes() const { return {reinterpret_cast<const char *>(hash.data()), qsizetype(hash.size())}; }
    QStringList differentFields() const
    {
        QStringList names;
        const std::pair<Field, const char16_t *> fields[] = {
            {Seq, u"seq"}, {Type, u"type"}, {Time, u"time"}, {Kiosk, u"kiosk"}, {Detail, u"detail"}, {Hash, u"hash"}};
        for (const auto &[field, name] : fields) {
            if (differ & field)
                names << QString::fromUtf16(name);
        }
        return names;
    }
};

// An event as it is read (on every core): its hash, its body decoded in place (its text
// the JSON fields' strings where they agree), and which JSON fields differ from it.
// EVENT_CHAIN reports what this finds.
void decodeEvent(EventItem &e, qint64 seq, const QString &type, qint64 time, const QString &kiosk,
    const QString &detail, const QByteArray &hash)
{
    e.hash = crypto::hashPartsDigest(record::EventHashPersonal, {e.body});
    auto decoded = record::Event::decodeShared(e.body, [&](QByteArrayView raw) {
        const QLatin1StringView text(raw);
        if (kiosk == text)
            return kiosk;
        if (detail == text)
            return detail;
        return QString();
    });
    if (!decoded) {
        e.decodeError = decoded.error();
        return;
    }
    e.event = std::move(*decoded);
    record::Event &ev = *e.event;
    if (seq != qint64(ev.seq))
        e.differ |= EventItem::Seq;
    if (type != record::eventTypeName(ev.type))
        e.differ |= EventItem::Type;
    if (time != ev.time)
        e.differ |= EventItem::Time;
    if (kiosk != ev.kioskId)
        e.differ |= EventItem::Kiosk;
    if (detail != ev.detail)
        e.differ |= EventItem::Detail;
    if (QByteArrayView(hash) != e.hashBytes())
        e.differ |= EventItem::Hash;
    // Equal values shared rather than held twice, for events decode() read (text that is
    // not ASCII): the JSON fields' strings are shared between events, the previous hash
    // is in the body.
    if (ev.kioskId == kiosk)
        ev.kioskId = kiosk;
    if (ev.detail == detail)
        ev.detail = detail;
    const qsizetype previousAt = record::MagicBytes + 8; // magic, seq (u64)
    if (e.body.size() >= previousAt + ev.previous.size()
        && std::memcmp(e.body.constData() + previousAt, ev.previous.constData(), ev.previous.size()) == 0)
        ev.previous = QByteArray::fromRawData(e.body.constData() + previousAt, ev.previous.size());
}

struct SpentItem
{
    qsizetype index = 0;
    QString kiosk;
    qint64 batch = 0;
    QByteArray hash;
};

struct ResultItem
{
    qsizetype index = 0;
    QString rule;
    QByteArray result; // the signed JSON bytes
    QByteArray signature;
    bool hasStatement = false;
    QByteArray statementBytes;
    QByteArray statementSignature;
    QByteArray openedBytes;
    std::optional<record::TallyStatement> statement;
    bool resultSignatureValid = false;
    bool statementSignatureValid = false;
    std::optional<std::vector<Ballot>> opened;
    bool openedHashValid = false;
    std::set<QString> revoked;
    QString where() const { return Tr::tr("results[%1] (rule %2)").arg(index).arg(rule); }
};

// Reads typed fields out of the parsed container. Problems go to a list (one per worker
// for the large arrays, merged in record order) and from there to RECORD_FORMAT.
// Where a field is, for problems: "the record", "round", or an array element such as
// "ballots[12]", made into text only when a problem is reported.
class Path
{
public:
    Path(const QString &fixed) : m_fixed(fixed) { } // NOLINT: implicit on purpose
    Path(const char16_t *array, qsizetype index) : m_array(array), m_index(index) { }
    QString toString() const
    {
        return m_array ? QStringView(m_array) + u'[' + QString::number(m_index) + u']' : m_fixed;
    }

private:
    QString m_fixed;
    const char16_t *m_array = nullptr;
    qsizetype m_index = -1;
};

// Where the large arrays' binary fields are decoded to: one block for the record, three
// quarters the size of its text (base64 decodes to 3/4 of its text, hex to 1/2, so every
// field fits). Each worker of readArray() takes pieces of it (1/256 of it, 4 to 256 KiB)
// in turn and fills them from the start, so the block is written densely from its
// start: workers never share bytes, only as many pages are touched as the fields need,
// and PageToucher knows which pages those are before anyone writes them. A field that
// does not fit what is left is decoded to a QByteArray of its own. The fields are
// QByteArrays over the block (QByteArray::fromRawData), with no allocation of their
// own; the block must outlive them.
class DecodeBlock
{
public:
    static constexpr std::size_t MaxPieceBytes = 256 * 1024;

    void allocate(QByteArrayView text)
    {
        m_bytes = util::LargeBytes(std::size_t(text.size()) / 4 * 3 + 8);
        m_used.store(0, std::memory_order_relaxed);
        // Pieces small enough that what the workers leave unused at the ends of theirs is
        // a small part of the block, also for a small record.
        m_pieceBytes = std::clamp<std::size_t>(m_bytes.size() / 256, 4096, MaxPieceBytes);
    }
    // The next piece (or `bytes`, if more) of the block, or none when it is full.
    std::span<char> piece(std::size_t bytes)
    {
        const std::size_t size = std::max(bytes, m_pieceBytes);
        if (m_bytes.isNull() || size > m_bytes.size())
            return {};
        const std::size_t at = m_used.fetch_add(size, std::memory_order_relaxed);
        if (at > m_bytes.size() - size)
            return {};
        return {m_bytes.data() + at, size};
    }
    // The block, which is written from its start (for PageToucher).
    std::span<char> bytes() { return {m_bytes.data(), m_bytes.size()}; }

private:
    util::LargeBytes m_bytes;
    std::atomic<std::size_t> m_used {0};
    std::size_t m_pieceBytes = MaxPieceBytes;
};

// One worker's current piece of a DecodeBlock.
struct DecodeArena
{
    DecodeBlock *block = nullptr; // none: every field gets a QByteArray of its own
    char *next = nullptr;
    char *end = nullptr;
    char *take(qsizetype n)
    {
        if (n < 0)
            return nullptr;
        if (n > end - next) {
            const std::span<char> piece = block ? block->piece(std::size_t(n)) : std::span<char> {};
            if (piece.empty()) {
                block = nullptr; // full: no need to ask again
                return nullptr;
            }
            next = piece.data();
            end = piece.data() + piece.size();
        }
        char *out = next;
        next += n;
        return out;
    }
};

class FieldReader
{
public:
    explicit FieldReader(QStringList &problems, DecodeArena *arena = nullptr)
        : m_problems(problems), m_arena(arena)
    {
    }

    void fail(const QString &problem) { m_problems << problem; }

    // Refuses keys that are not allowed and reports required keys that are missing.
    void keys(cjson::Value o, const Path &path, std::initializer_list<QByteArrayView> required,
        std::initializer_list<QByteArrayView> optional = {})
    {
        // The usual case first: exactly the required keys, none optional, in the order
        // given (callers list them sorted, as the canonical form has them).
        if (optional.size() == 0 && o.size() == qsizetype(required.size())) {
            qsizetype i = 0;
            for (QByteArrayView k : required) {
                if (o.keyAt(i) != k)
                    break;
                ++i;
            }
            if (i == o.size())
                return;
        }
        const auto listed = [](std::initializer_list<QByteArrayView> list, QByteArrayView k) {
            return std::find(list.begin(), list.end(), k) != list.end();
        };
        for (qsizetype i = 0; i < o.size(); ++i) {
            const QByteArrayView k = o.keyAt(i);
            if (!listed(required, k) && !listed(optional, k))
                fail(Tr::tr("%1 has an unknown key \"%2\".").arg(path.toString(), QString::fromUtf8(k)));
        }
        for (QByteArrayView k : required) {
            if (o.value(k).isMissing())
                fail(Tr::tr("%1 has no \"%2\".").arg(path.toString(), QString::fromLatin1(k)));
        }
    }
    std::optional<cjson::Value> stringValue(cjson::Value o, QByteArrayView key, const Path &path)
    {
        const cjson::Value v = o.value(key);
        if (v.isMissing())
            return std::nullopt; // reported by keys()
        if (!v.isString()) {
            fail(Tr::tr("%1.%2 is not a string.").arg(path.toString(), QString::fromLatin1(key)));
            return std::nullopt;
        }
        return v;
    }
    std::optional<QString> string(cjson::Value o, QByteArrayView key, const Path &path)
    {
        auto v = stringValue(o, key, path);
        return v ? std::optional<QString>(v->toString()) : std::nullopt;
    }
    // The same for a field whose few values repeat over a large array (a kiosk id, an
    // event type): equal texts share one QString.
    std::optional<QString> repeatedString(cjson::Value o, QByteArrayView key, const Path &path)
    {
        auto v = stringValue(o, key, path);
        if (!v)
            return std::nullopt;
        const QByteArrayView raw = v->rawString();
        for (const auto &[text, string] : m_seen) {
            if (text == raw)
                return string;
        }
        QString string = v->toString();
        // The last eight texts seen: a log's few one-off details (the round's set-up) must
        // not keep its one repeated detail ("Ballot cast") out.
        if (m_seen.size() < 8)
            m_seen.emplace_back(raw, string);
        else
            m_seen[m_nextSeen++ % m_seen.size()] = {raw, string};
        return string;
    }
    // Standard base64 with padding, canonical (encoding the bytes again gives the text).
    std::optional<QByteArray> base64(cjson::Value o, QByteArrayView key, const Path &path)
    {
        auto v = stringValue(o, key, path);
        if (!v)
            return std::nullopt;
        std::optional<QByteArray> decoded;
        if (!v->hasEscapes()) {
            const QByteArrayView raw = v->rawString();
            char *out = m_arena ? m_arena->take(raw.size() / 4 * 3) : nullptr;
            if (out) {
                const qsizetype n = util::decodeCanonicalBase64To(raw, out);
                if (n >= 0) {
                    decoded = QByteArray::fromRawData(out, n);
                    m_arena->next = out + n; // give back the padding's bytes
                }
            } else {
                decoded = util::decodeCanonicalBase64(raw);
            }
        }
        if (!decoded)
            fail(Tr::tr("%1.%2 is not standard base64 (with padding).").arg(path.toString(), QString::fromLatin1(key)));
        return decoded;
    }
    // `where` names the value; with `key`, the value is that member of the element `where`.
    std::optional<QByteArray> hexValue(cjson::Value v, const Path &where, int bytes, QByteArrayView key = {})
    {
        const auto place = [&] {
            return key.isNull() ? where.toString() : where.toString() + u'.' + QString::fromLatin1(key);
        };
        if (!v.isString()) {
            fail(Tr::tr("%1 is not a string.").arg(place()));
            return std::nullopt;
        }
        std::optional<QByteArray> decoded;
        const QByteArrayView raw = v.rawString();
        char *out = m_arena && raw.size() == 2 * bytes ? m_arena->take(bytes) : nullptr;
        if (out) {
            if (util::decodeLowerHexTo(raw, bytes, out) == bytes)
                decoded = QByteArray::fromRawData(out, bytes);
        } else {
            decoded = util::decodeLowerHex(raw, bytes);
        }
        if (!decoded)
            fail(Tr::tr("%1 is not %2 bytes in lowercase hex.").arg(place()).arg(bytes));
        return decoded;
    }
    std::optional<QByteArray> hex(cjson::Value o, QByteArrayView key, const Path &path, int bytes)
    {
        const cjson::Value v = o.value(key);
        if (v.isMissing())
            return std::nullopt;
        return hexValue(v, path, bytes, key);
    }
    std::optional<qint64> integer(cjson::Value o, QByteArrayView key, const Path &path, qint64 min, qint64 max)
    {
        const cjson::Value v = o.value(key);
        if (v.isMissing())
            return std::nullopt;
        if (!v.isInteger() || v.toInteger() < min || v.toInteger() > max) {
            fail(Tr::tr("%1.%2 is not a whole number from %3 to %4.")
                     .arg(path.toString(), QString::fromLatin1(key))
                     .arg(min)
                     .arg(max));
            return std::nullopt;
        }
        return v.toInteger();
    }
    std::optional<cjson::Value> array(cjson::Value o, QByteArrayView key)
    {
        const cjson::Value v = o.value(key);
        if (v.isMissing())
            return std::nullopt;
        if (!v.isArray()) {
            fail(Tr::tr("\"%1\" is not an array.").arg(QString::fromLatin1(key)));
            return std::nullopt;
        }
        return v;
    }
    std::optional<cjson::Value> element(cjson::Value v, const Path &path)
    {
        if (!v.isObject()) {
            fail(Tr::tr("%1 is not an object.").arg(path.toString()));
            return std::nullopt;
        }
        return v;
    }

private:
    QStringList &m_problems;
    DecodeArena *m_arena = nullptr;
    std::vector<std::pair<QByteArrayView, QString>> m_seen; // for repeatedString
    std::size_t m_nextSeen = 0; // the entry of m_seen to replace next
};

// `n` default-constructed items in fresh memory. The memory is mapped in on every core
// first (MADV_POPULATE_WRITE, which leaves it as it is), so that constructing them on
// this thread only writes: 100,000 ballots' items are 27 MB, whose first writes cost
// about 50 ms on the development machine, while the other cores would wait.
template<typename Item>
util::LargeVector<Item> freshItems(std::size_t n, int threads)
{
    util::LargeVector<Item> items;
    items.reserve(n);
#ifdef MADV_POPULATE_WRITE
    const std::size_t bytes = n * sizeof(Item);
    if (bytes >= util::LargeBlockBytes) { // a block mapped on its own, whole pages
        auto *data = reinterpret_cast<char *>(items.data());
        const std::size_t pages = (bytes + util::HugePageBytes - 1) / util::HugePageBytes;
        util::parallelChunks(pages, threads, [&](std::size_t begin, std::size_t end) {
            const std::size_t from = begin * util::HugePageBytes;
            const std::size_t to = std::min(bytes, end * util::HugePageBytes);
            // Page-aligned start (the block is); advice only: on failure the writes map it.
            (void)madvise(data + from, (to - from + 4095) / 4096 * 4096, MADV_POPULATE_WRITE);
        });
    }
#endif
    items.resize(n);
    return items;
}

// Reads the elements of a large array on every core: read(element, index, reader, out)
// fills `out` and reports to `reader`; the problems come back in record order and the
// elements that could not be read are left out. Deferred elements (the record is parsed
// with its large arrays deferred, cjson::ParseOptions) are parsed here, on every core;
// if one is not canonical JSON, `unparsed` is set and nothing is returned: the record
// must then be parsed in full, which names the broken rule. The workers take blocks of
// ReadBlock elements in turn (util::parallelBlocks), each with its own reader (its
// DecodeArena piece, its cache of repeated strings) and parse scratch.
inline constexpr std::size_t ReadBlock = 1024;

template<typename Item, typename Read>
util::LargeVector<Item> readArray(
    cjson::Value array, int threads, DecodeBlock &block, QStringList &problems, bool &unparsed, Read read)
{
    const auto n = std::size_t(array.size());
    util::LargeVector<Item> items = freshItems<Item>(n, threads);
    std::vector<uint8_t> ok(n, 0);
    std::map<std::size_t, QStringList> blockProblems; // by the block's first index
    std::mutex problemsMutex;
    std::atomic<bool> failed {false};
    struct Worker
    {
        explicit Worker(DecodeBlock &block) : arena {&block}, reader(local, &arena) { }
        QStringList local;
        DecodeArena arena;
        FieldReader reader;
        cjson::ElementScratch scratch;
    };
    std::vector<std::unique_ptr<Worker>> workers(util::blockWorkerCount(n, threads, ReadBlock));
    util::parallelBlocks(n, threads, ReadBlock, [&](std::size_t w, std::size_t begin, std::size_t end) {
        if (!workers[w])
            workers[w] = std::make_unique<Worker>(block);
        Worker &worker = *workers[w];
        for (std::size_t i = begin; i < end && !failed.load(std::memory_order_relaxed); ++i) {
            cjson::Value element = array.at(qsizetype(i));
            if (element.isDeferred()) {
                const std::optional<cjson::Value> parsed = element.parseDeferred(worker.scratch);
                if (!parsed) {
                    failed.store(true, std::memory_order_relaxed);
                    break;
                }
                element = *parsed;
            }
            ok[i] = read(element, qsizetype(i), worker.reader, items[i]) ? 1 : 0;
        }
        if (!worker.local.isEmpty()) {
            const std::lock_guard lock(problemsMutex);
            blockProblems.emplace(begin, std::move(worker.local));
            worker.local.clear();
        }
    });
    if (failed.load()) {
        unparsed = true;
        return {};
    }
    for (const auto &[begin, list] : blockProblems)
        problems << list;
    if (std::find(ok.begin(), ok.end(), 0) == ok.end())
        return items; // all read: nothing to move
    util::LargeVector<Item> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (ok[i])
            out.push_back(std::move(items[i]));
    }
    return out;
}

// While the parse reads the record on one core, a helper thread on the other:
// 1. reads one byte of each page of `text`, from the end back to ReachFraction of the
//    way, so that the parse finds those pages mapped;
// 2. then, until stop(), maps in the pages of `next` from its start, up to NextFraction
//    of the text's size and at most NextMaxBytes (a hostile text that decodes to little
//    commits little): the DecodeBlock, which the ballots are decoded to next. A page of
//    fresh memory costs this process about 1.8 µs per KiB the first time it is written
//    when the host has taken it back (docs/performance.md), which is otherwise paid while
//    the ballots are read, on every core. The pages are mapped with MADV_POPULATE_WRITE,
//    which never changes their contents, so the workers may write to them meanwhile;
//    without it (Linux before 5.14) the helper stops there.
// Only timing changes. The thread is joined when the PageToucher is destroyed. Nothing
// for small texts or with one thread.
class PageToucher
{
public:
    static constexpr qsizetype MinBytes = 16 * 1024 * 1024;
    static constexpr double ReachFraction = 0.35; // the parse reads the first part itself
    static constexpr double NextFraction = 0.375; // at most what a genuine record decodes
    static constexpr std::size_t NextMaxBytes = std::size_t(256) << 20; // whatever the text

    PageToucher(QByteArrayView text, int threads, std::span<char> next = {})
    {
        if (text.size() < MinBytes || util::workerCount(std::size_t(text.size()), threads) < 2)
            return;
        next = next.first(std::min({next.size(), std::size_t(double(text.size()) * NextFraction), NextMaxBytes}));
        try {
            m_thread.emplace([this, text, next] {
                const qsizetype stop = qsizetype(double(text.size()) * ReachFraction);
                unsigned sum = 0;
                for (qsizetype at = text.size() - 1; at >= stop && !m_stop.load(std::memory_order_relaxed); at -= 4096)
                    sum += static_cast<unsigned char>(text[at]);
                touchedSink.fetch_add(sum, std::memory_order_relaxed); // keeps the reads
                mapIn(next);
            });
        } catch (const std::system_error &) {
            // No thread to be had: the parse maps the pages itself.
        }
    }
    // Stops the helper (at once; it finishes the page or the 2 MiB step it is in), so that
    // it does not take a core from the work after the parse.
    void stop() { m_stop.store(true, std::memory_order_relaxed); }
    ~PageToucher()
    {
        stop();
        if (m_thread)
            m_thread->join();
    }
    PageToucher(const PageToucher &) = delete;
    PageToucher &operator=(const PageToucher &) = delete;

private:
    void mapIn(std::span<char> next) const
    {
#ifdef MADV_POPULATE_WRITE
        const auto page = std::size_t(sysconf(_SC_PAGESIZE));
        const auto start = reinterpret_cast<std::uintptr_t>(next.data());
        std::uintptr_t at = (start + page - 1) / page * page; // madvise wants whole pages
        const std::uintptr_t end = start + next.size();
        constexpr std::size_t Step = util::HugePageBytes;
        while (at < end && !m_stop.load(std::memory_order_relaxed)) {
            const std::size_t n = std::min<std::size_t>(Step, (end - at) / page * page);
            if (n == 0 || madvise(reinterpret_cast<void *>(at), n, MADV_POPULATE_WRITE) != 0)
                return;
            at += n;
        }
#else
        Q_UNUSED(next);
#endif
    }

    static inline std::atomic<unsigned> touchedSink {0};
    std::atomic<bool> m_stop {false};
    std::optional<std::thread> m_thread;
};

QString snippet(QByteArrayView bytes, qsizetype at)
{
    const qsizetype from = std::max<qsizetype>(0, at);
    const qsizetype start = std::min(from, bytes.size());
    const QByteArrayView part = bytes.sliced(start, std::min<qsizetype>(24, bytes.size() - start));
    return QString::fromUtf8(part).replace(u'\n', u' ');
}

// A ballot's choices in the opened-ballot entry encoding (u16 count, u16 position, u32 value).
QByteArray entryBytes(const Ballot &b)
{
    QByteArray e = record::encodeOpenedBallots({b});
    return e.mid(8); // u32 list count, u32 entry length
}

// Wall-clock and CPU time (all threads of the process) of each phase, for
// `pbvote verify --timings` and the performance notes.
class PhaseClock
{
public:
    explicit PhaseClock(std::vector<PhaseTiming> &out) : m_out(out)
    {
        m_wall.start();
        m_cpu = cpuNow();
    }
    void lap(const QString &phase)
    {
        const qint64 cpu = cpuNow();
        m_out.push_back({phase, m_wall.restart(), cpu - m_cpu});
        m_cpu = cpu;
    }

private:
    static qint64 cpuNow()
    {
        timespec t {};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
    }
    std::vector<PhaseTiming> &m_out;
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

class Verification
{
public:
    // With `deferArrays`, the record's large arrays are parsed element by element on every
    // core as they are read (cjson::ParseOptions); an element that is not canonical stops
    // the run (needsFullParse), to be run again without.
    Verification(const VerifyOptions &options, bool deferArrays) : m_options(options), m_deferArrays(deferArrays)
    {
        const auto add = [this](const char *id, const QString &title) { m_checks.emplace_back(id, title); };
        add("RECORD_FORMAT", Tr::tr("The file is a canonical pbvote election record (format version 2)"));
        add("MANIFEST", Tr::tr("The manifest is well formed and the record's copies of its fields match it"));
        add("MANIFEST_SIG", Tr::tr("The manifest is signed by the authority"));
        add("BALLOT_SIG", Tr::tr("Every ballot is signed by the kiosk it names"));
        add("BALLOT_ELECTION", Tr::tr("Every ballot was cast in this round (manifest hash)"));
        add("BALLOT_KIOSK", Tr::tr("Every ballot's kiosk is registered in the manifest"));
        add("BALLOT_ORDER", Tr::tr("Ballots are listed in ascending ballot-id order"));
        add("DUP_BALLOT_ID", Tr::tr("No ballot appears twice (same ballot id or same sealed vote)"));
        add("CT_LENGTH", Tr::tr("Every sealed vote has the length the manifest fixes"));
        add("RECEIPTS", Tr::tr("Every receipt code is the one computed from its signed ballot"));
        add("CHECKPOINT_SIG", Tr::tr("Every checkpoint is signed by its kiosk for this round"));
        add("CHECKPOINT_CHAIN",
            Tr::tr("Each kiosk's checkpoints form one chain: batches 1..n, linked, only the last final"));
        add("CLOSE_COUNT", Tr::tr("Each batch holds as many ballots and spent codes as its checkpoint says"));
        add("CLOSE_ROOT", Tr::tr("Each batch's ballots and spent codes have the Merkle roots its checkpoint signs"));
        add("BALLOT_UNKNOWN_BATCH", Tr::tr("Every ballot belongs to a batch that has a checkpoint"));
        add("CLOSE_FINAL_MISSING", Tr::tr("Every kiosk that took part signed a final checkpoint"));
        add("SMALL_BATCH", Tr::tr("No batch of ballots is so small that its voters could be singled out"));
        add("EVENT_CHAIN",
            Tr::tr("The event log is one unbroken hash chain that agrees with the checkpoints, signed to its end"));
        add("EVENT_TIME", Tr::tr("The log's times never go backwards and lie within the voting period"));
        add("EVENT_AFTER_CLOSE", Tr::tr("No kiosk records voting after its own close"));
        add("CODES",
            Tr::tr("Access codes: the issued list is the signed one, each spent code was issued and spent once"));
        add("TALLY_STATEMENT",
            Tr::tr("Every result has a tally statement signed by the authority that matches the record"));
        add("RESULT_SIG", Tr::tr("Every result is signed by the authority"));
        add("OPENED_BALLOTS", Tr::tr("The opened ballots are the signed ones, valid, and as many as counted"));
        add("RECOUNT", Tr::tr("Recounting the opened ballots gives the published result"));
        add("TALLY_RULE", Tr::tr("The result is counted with the rule fixed in the manifest"));
        add("WITNESS", Tr::tr("The witness codes written down at the kiosks match signed checkpoints"));
        add("ELECTION_KEY",
            Tr::tr(
                "With the election key: every sealed vote opens, is valid, and the opened ballots are exactly them"));
        add("SECRECY", Tr::tr("The record does not reveal the order in which ballots were cast"));
        add("RECEIPT", Tr::tr("The voter's receipt is in the record and counted"));
    }
    ~Verification()
    {
        if (m_signatures && m_signatures->joinable())
            m_signatures->join();
    }
    Verification(const Verification &) = delete;
    Verification &operator=(const Verification &) = delete;

    VerifyReport run(QByteArrayView bytes)
    {
        PhaseClock clock(m_report.timings);
        m_clock = &clock;
        // Reads the record, checks the manifest, reads and decodes the ballots, starts the
        // signature threads and then reads the rest of the record beside them.
        if (readContainer(bytes)) {
            clock.lap(Tr::tr("read the rest of the record, beside the signatures"));
            if (m_manifest) {
                checkCheckpoints();
                checkEvents();
                checkEventTimes();
                checkCodes();
                checkBallots();
                checkBatches();
                checkStatements();
                checkOpened();
                checkRecount();
                checkTallyRule();
                checkWitness();
                checkElectionKey();
                clock.lap(Tr::tr("every other check, beside the signatures"));
                if (m_options.threads != 1)
                    signatureWork(); // what is left, beside the signature threads
                if (m_signatures)
                    m_signatures->join();
                reportSignatures();
                checkSecrecy();
                checkReceipt();
                clock.lap(Tr::tr("the rest of the signatures, the receipt"));
            }
        }
        VerifyReport report = m_report;
        for (Check &c : m_checks) {
            if (c.id() != u"RECORD_FORMAT"_qs && !m_ran.count(c.id()) && !c.failed())
                c.skip(m_readable ? Tr::tr("Not run: the manifest cannot be read (see MANIFEST).")
                                  : Tr::tr("Not run: the record cannot be read (see RECORD_FORMAT)."));
            report.checks.push_back(c.result());
        }
        return report;
    }

    bool needsFullParse() const { return m_unparsed; }

    Check &check(const char *id)
    {
        const QString wanted = QString::fromLatin1(id);
        m_ran.insert(wanted);
        for (Check &c : m_checks) {
            if (c.id() == wanted)
                return c;
        }
        qFatal("Verifier: unknown check %s", id);
    }

private:
    // RECORD_FORMAT --------------------------------------------------------------------
    bool readContainer(QByteArrayView bytes)
    {
        Check &format = check("RECORD_FORMAT");
        if (bytes.isEmpty()) {
            format.fail(Tr::tr("The file is empty."));
            return false;
        }
        // One pass parses and checks the canonical form (docs/election-record.md).
        cjson::ParseError error;
        cjson::ParseOptions parseOptions;
        if (m_deferArrays)
            parseOptions.deferredArrays = {"ballots", "events", "spent_codes"};
        // The parse reads the record in order on one core. A page of the record costs this
        // process about 1.7 µs the first time it is read (mapping it in: 55 ms for 130 MB on
        // the development machine, more than the parse itself), and fresh memory more, so
        // a helper maps in the last part of the text and then the first pages the ballots
        // will be decoded to, on the core that would otherwise wait. Only timing changes.
        m_decodeBlock.allocate(bytes);
        PageToucher toucher(bytes, m_options.threads, m_decodeBlock.bytes());
        std::optional<cjson::Document> doc = cjson::Document::parse(bytes, &error, parseOptions);
        toucher.stop();
        if (!doc) {
            format.fail(Tr::tr("The file is not canonical JSON: at byte %1, %2 (it reads \"%3\").")
                            .arg(error.offset)
                            .arg(error.message, snippet(bytes, error.offset)));
            return false;
        }
        const cjson::Value top = doc->root();
        if (!top.isObject()) {
            format.fail(Tr::tr("The file is JSON but not an object: it is not an election record."));
            return false;
        }
        const cjson::Value formatName = top.value("format");
        if (!formatName.isString() || formatName.rawString() != "pbvote-election-record") {
            format.fail(Tr::tr("\"format\" is not \"pbvote-election-record\": this is not a pbvote election record."));
            return false;
        }
        const cjson::Value version = top.value("version");
        m_report.version = version.isInteger() && version.toInteger() >= 0 && version.toInteger() <= INT_MAX
            ? int(version.toInteger())
            : -1;
        if (m_report.version == 1) {
            format.warn(Tr::tr("Format version 1 (written before the canonical format): its \"round\" copy is not "
                               "all checked. Export the round again for a version 2 record."));
        } else if (m_report.version != ElectionRecordVersion) {
            format.fail(Tr::tr("Format version %1: this verifier reads version %2 (and 1). Use a pbvote that reads it.")
                            .arg(version.isInteger() ? QString::number(version.toInteger()) : Tr::tr("(not a number)"))
                            .arg(ElectionRecordVersion));
            return false;
        }
        m_readable = true;

        QStringList problems;
        FieldReader read(problems);
        const QString rec = Tr::tr("the record");
        read.keys(top, rec,
            {"authority_fingerprint", "authority_public_key", "ballots", "checkpoints", "events", "format",
                "issued_code_hashes", "manifest", "manifest_hash", "manifest_signature", "results", "round",
                "spent_codes", "version"});
        if (cjson::Value roundValue = top.value("round"); !roundValue.isMissing()) {
            if (auto round = read.element(roundValue, u"round"_qs)) {
                if (m_report.version == 1)
                    read.keys(*round, u"round"_qs, {"election_id", "name"}, {"state"});
                else
                    read.keys(*round, u"round"_qs, {"election_id", "name"});
                m_roundName = read.string(*round, "name", u"round"_qs);
                m_roundElectionId = read.hex(*round, "election_id", u"round"_qs, record::ElectionIdBytes);
            }
        }
        m_manifestBytes = read.base64(top, "manifest", rec);
        m_manifestSignature = read.base64(top, "manifest_signature", rec);
        m_manifestHashField = read.hex(top, "manifest_hash", rec, crypto::HashBytes);
        m_authorityKeyField = read.hex(top, "authority_public_key", rec, crypto::SignPublicKeyBytes);
        m_fingerprintField = read.string(top, "authority_fingerprint", rec);

        // The manifest, which the ballots are decoded against (MANIFEST, MANIFEST_SIG).
        checkManifest();

        // The large arrays (one element per code, ballot and event) are read on every core:
        // the ballots first, each decoded as it is read, so that the signature threads can
        // start while the other arrays are read. Their problems are listed in record order.
        const int threads = m_options.threads;
        DecodeBlock &arena = m_decodeBlock;
        QStringList ballotProblems;
        if (auto ballots = read.array(top, "ballots")) {
            m_ballots = readArray<BallotItem>(*ballots, threads, arena, ballotProblems, m_unparsed,
                [this](cjson::Value v, qsizetype i, FieldReader &r, BallotItem &b) {
                    const Path path(u"ballots", i);
                    auto o = r.element(v, path);
                    if (!o)
                        return false;
                    r.keys(*o, path, {"envelope", "receipt", "signature"});
                    auto envelope = r.base64(*o, "envelope", path);
                    auto signature = r.base64(*o, "signature", path);
                    auto receipt = r.stringValue(*o, "receipt", path);
                    if (!envelope || !signature || !receipt)
                        return false;
                    b.index = i;
                    b.envelope = std::move(*envelope);
                    b.signature = std::move(*signature);
                    b.receiptText = receipt->rawString();
                    if (m_manifest)
                        decodeBallot(b);
                    return true;
                });
        }
        if (m_unparsed)
            return false;
        if (m_manifest) {
            m_clock->lap(Tr::tr("parse the record, read and decode the ballots"));
            // The signatures take most of the time: they are checked on every core while
            // this thread reads the rest and runs every check that does not need them.
            try {
                m_signatures.emplace([this] { verifyBallotSignatures(); });
            } catch (const std::system_error &) {
                verifyBallotSignatures(); // no thread to be had: do it here
            }
        }
        if (auto issued = read.array(top, "issued_code_hashes")) {
            m_issued = readArray<QByteArray>(*issued, threads, arena, problems, m_unparsed,
                [](cjson::Value v, qsizetype i, FieldReader &r, QByteArray &out) {
                    auto h = r.hexValue(v, Path(u"issued_code_hashes", i), crypto::HashBytes);
                    if (h)
                        out = std::move(*h);
                    return h.has_value();
                });
        }
        if (auto spent = read.array(top, "spent_codes")) {
            m_spent = readArray<SpentItem>(*spent, threads, arena, problems, m_unparsed,
                [](cjson::Value v, qsizetype i, FieldReader &r, SpentItem &out) {
                    const Path path(u"spent_codes", i);
                    auto o = r.element(v, path);
                    if (!o)
                        return false;
                    r.keys(*o, path, {"batch", "hash", "kiosk"});
                    auto kiosk = r.repeatedString(*o, "kiosk", path);
                    auto batch = r.integer(*o, "batch", path, 0, UINT32_MAX);
                    auto hash = r.hex(*o, "hash", path, crypto::HashBytes);
                    if (!kiosk || !batch || !hash)
                        return false;
                    out = {i, *kiosk, *batch, *hash};
                    return true;
                });
        }
        problems << ballotProblems; // after the codes' problems: in record order
        if (auto checkpoints = read.array(top, "checkpoints")) {
            for (qsizetype i = 0; i < checkpoints->size(); ++i) {
                const QString path = u"checkpoints[%1]"_qs.arg(i);
                auto o = read.element(checkpoints->at(i), path);
                if (!o)
                    continue;
                read.keys(*o, path, {"batch", "body", "kiosk", "signature", "witness"});
                auto kiosk = read.string(*o, "kiosk", path);
                auto batch = read.integer(*o, "batch", path, 0, UINT32_MAX);
                auto body = read.base64(*o, "body", path);
                auto signature = read.base64(*o, "signature", path);
                auto witness = read.string(*o, "witness", path);
                if (!kiosk || !batch || !body || !signature || !witness)
                    continue;
                CheckpointItem c;
                c.index = i;
                c.kioskField = *kiosk;
                c.batchField = *batch;
                c.body = *body;
                c.signature = *signature;
                c.witnessField = *witness;
                m_checkpoints.push_back(std::move(c));
            }
        }
        if (auto events = read.array(top, "events")) {
            m_events = readArray<EventItem>(*events, threads, arena, problems, m_unparsed,
                [](cjson::Value v, qsizetype i, FieldReader &r, EventItem &e) {
                    const Path path(u"events", i);
                    auto o = r.element(v, path);
                    if (!o)
                        return false;
                    r.keys(*o, path, {"body", "detail", "hash", "kiosk", "seq", "time", "type"});
                    auto body = r.base64(*o, "body", path);
                    auto seq = r.integer(*o, "seq", path, INT64_MIN, INT64_MAX);
                    auto type = r.repeatedString(*o, "type", path);
                    auto time = r.integer(*o, "time", path, INT64_MIN, INT64_MAX);
                    auto kiosk = r.repeatedString(*o, "kiosk", path);
                    auto detail = r.repeatedString(*o, "detail", path);
                    auto hash = r.hex(*o, "hash", path, crypto::HashBytes);
                    if (!body || !seq || !type || !time || !kiosk || !detail || !hash)
                        return false;
                    e.index = i;
                    e.body = std::move(*body);
                    decodeEvent(e, *seq, *type, *time, *kiosk, *detail, *hash);
                    return true;
                });
        }
        if (m_unparsed) {
            // Not canonical JSON after all: the signature threads stop at their next block.
            m_nextSignature.store(m_ballots.size(), std::memory_order_relaxed);
            return false;
        }
        if (auto results = read.array(top, "results")) {
            QByteArray previousRule;
            for (qsizetype i = 0; i < results->size(); ++i) {
                const QString path = u"results[%1]"_qs.arg(i);
                auto o = read.element(results->at(i), path);
                if (!o)
                    continue;
                read.keys(*o, path, {"result", "rule", "signature"},
                    {"opened_ballots", "statement", "statement_signature"});
                const int statementParts = int(!o->value("statement").isMissing())
                    + int(!o->value("statement_signature").isMissing()) + int(!o->value("opened_ballots").isMissing());
                if (statementParts != 0 && statementParts != 3)
                    read.fail(Tr::tr("%1 has only part of a tally statement: \"statement\", \"statement_signature\" "
                                     "and \"opened_ballots\" go together.")
                                  .arg(path));
                auto rule = read.string(*o, "rule", path);
                auto result = read.string(*o, "result", path);
                auto signature = read.base64(*o, "signature", path);
                if (!rule || !result || !signature)
                    continue;
                if (i > 0 && !(previousRule < rule->toUtf8()))
                    read.fail(Tr::tr("%1: results are not in ascending order of their rule.").arg(path));
                previousRule = rule->toUtf8();
                ResultItem r;
                r.index = i;
                r.rule = *rule;
                r.result = result->toUtf8();
                r.signature = *signature;
                if (statementParts == 3) {
                    auto statement = read.base64(*o, "statement", path);
                    auto statementSig = read.base64(*o, "statement_signature", path);
                    auto opened = read.base64(*o, "opened_ballots", path);
                    if (!statement || !statementSig || !opened)
                        continue;
                    r.hasStatement = true;
                    r.statementBytes = *statement;
                    r.statementSignature = *statementSig;
                    r.openedBytes = *opened;
                }
                m_results.push_back(std::move(r));
            }
        }
        for (const QString &problem : std::as_const(problems))
            format.fail(problem);
        m_report.ballots = m_ballots.size();
        m_report.checkpoints = m_checkpoints.size();
        m_report.events = m_events.size();
        m_report.results = m_results.size();
        if (!format.failed())
            format.note(Tr::tr("Canonical JSON, every field known and well encoded."));
        return true;
    }

    // MANIFEST, MANIFEST_SIG -----------------------------------------------------------
    void checkManifest()
    {
        Check &manifest = check("MANIFEST");
        if (!m_manifestBytes) {
            manifest.fail(Tr::tr("The record has no readable manifest."));
            return;
        }
        auto decoded = record::Manifest::decode(*m_manifestBytes);
        if (!decoded) {
            manifest.fail(decoded.error());
            return;
        }
        m_manifest = *decoded;
        m_mh = record::manifestHash(*m_manifestBytes);
        m_round = m_manifest->toRound();
        std::map<QByteArray, QString> keyOwner;
        for (const record::KioskEntry &k : m_manifest->kiosks) {
            m_kioskKeys.emplace(k.id, k.publicKey);
            m_kioskIdsUtf8.emplace_back(k.id.toUtf8(), k.id);
            // One key per kiosk: with a key shared, one kiosk's ballots and checkpoints
            // could pass as another's.
            if (auto [owner, fresh] = keyOwner.emplace(k.publicKey, k.id); !fresh)
                manifest.fail(Tr::tr("Kiosks %1 and %2 are registered with the same public key.").arg(owner->second, k.id));
        }
        m_report.electionName = m_manifest->name;
        m_report.electionId = hex(m_manifest->electionId);
        m_report.kiosks = qint64(m_manifest->kiosks.size());
        const QString fingerprint = crypto::shortCode("PBV-fingerprint", m_manifest->authorityPublicKey, 10);
        m_report.authorityFingerprint = fingerprint;

        if (m_manifestHashField && *m_manifestHashField != m_mh)
            manifest.fail(Tr::tr("\"manifest_hash\" is %1 but the manifest's hash is %2.")
                              .arg(hex(*m_manifestHashField), hex(m_mh)));
        if (m_authorityKeyField && *m_authorityKeyField != m_manifest->authorityPublicKey)
            manifest.fail(Tr::tr("\"authority_public_key\" is %1 but the manifest names %2.")
                              .arg(hex(*m_authorityKeyField), hex(m_manifest->authorityPublicKey)));
        if (m_fingerprintField && *m_fingerprintField != fingerprint)
            manifest.fail(Tr::tr("\"authority_fingerprint\" is %1 but the manifest's authority key has fingerprint %2.")
                              .arg(*m_fingerprintField, fingerprint));
        if (m_roundName && *m_roundName != m_manifest->name)
            manifest.fail(Tr::tr("round.name is \"%1\" but the manifest names the round \"%2\".")
                              .arg(*m_roundName, m_manifest->name));
        if (m_roundElectionId && *m_roundElectionId != m_manifest->electionId)
            manifest.fail(Tr::tr("round.election_id is %1 but the manifest's election id is %2.")
                              .arg(hex(*m_roundElectionId), hex(m_manifest->electionId)));
        // What the organizer's tool checks before it signs (Round::validate): unique ids,
        // costs above 0, districts declared, sensible rules; and the padding every
        // sealed vote gets, which must be the one the ballot's largest form needs.
        if (Status valid = m_round.validate(); !valid)
            manifest.fail(Tr::tr("The manifest's round is not valid: %1").arg(valid.error()));
        if (const uint32_t padded = record::paddedBallotSizeFor(m_round); m_manifest->paddedBallotSize != padded)
            manifest.fail(Tr::tr("The manifest's padded ballot size is %1; its round needs %2.")
                              .arg(m_manifest->paddedBallotSize)
                              .arg(padded));
        // Amounts a ballot's cost is checked against: none negative, and all the costs
        // together still a 64-bit amount (so that no sum overflows).
        int64_t total = 0;
        if (m_manifest->budget < 0)
            m_amountsOutOfRange << Tr::tr("the budget is negative");
        for (const District &d : m_manifest->districts) {
            if (d.budget < 0)
                m_amountsOutOfRange << Tr::tr("district %1's budget is negative").arg(d.id);
        }
        for (const Project &p : m_manifest->projects) {
            if (p.cost < 0)
                m_amountsOutOfRange << Tr::tr("project %1's cost is negative").arg(p.id);
            else if (total > INT64_MAX - p.cost)
                m_amountsOutOfRange << Tr::tr("the projects' costs add up to more than 2^63 - 1");
            else
                total += p.cost;
        }
        m_amountsOutOfRange.removeDuplicates();
        if (!m_amountsOutOfRange.isEmpty())
            manifest.fail(Tr::tr("The manifest's amounts are out of range: %1. Ballots are not checked against it.")
                              .arg(m_amountsOutOfRange.join(u"; "_qs)));
        manifest.note(Tr::tr("Round \"%1\": %n project(s), budget %2 %3, counting rule \"%4\".", nullptr,
            int(m_manifest->projects.size()))
                          .arg(m_manifest->name, formats::formatMoney(m_manifest->budget, 2), m_manifest->currency,
                              m_manifest->tallyRule)
            + u' ' + Tr::tr("%n kiosk(s) registered.", nullptr, int(m_manifest->kiosks.size())));

        Check &sig = check("MANIFEST_SIG");
        m_manifestSignatureValid = m_manifestSignature
            && crypto::verify(
                m_manifest->authorityPublicKey, record::ManifestDomain, *m_manifestBytes, *m_manifestSignature);
        if (!m_manifestSignatureValid)
            sig.fail(Tr::tr("The manifest's signature is not valid for the authority key it names: the manifest was "
                            "altered after it was signed, or signed by someone else."));
        const QString pinned = crypto::normaliseCode(m_options.authorityFingerprint);
        if (m_options.authorityFingerprint.isEmpty()) {
            sig.warn(Tr::tr("No --authority fingerprint given: the authority key in the record (fingerprint %1) was "
                            "used. Compare it with the fingerprint the organizers published.")
                         .arg(fingerprint));
        } else if (pinned.isEmpty() || pinned != crypto::normaliseCode(fingerprint)) {
            sig.fail(Tr::tr("The manifest is signed by the key with fingerprint %1, not by the authority %2 you gave.")
                         .arg(fingerprint, m_options.authorityFingerprint));
        } else {
            m_report.authorityPinned = true;
            sig.note(Tr::tr("The authority key's fingerprint %1 is the one given with --authority.").arg(fingerprint));
        }
    }

    // Ballots --------------------------------------------------------------------------
    // What concerns one ballot alone runs on every core, each worker writing only its own
    // ballots; the reports are written in record order afterwards. First the receipt,
    // the Merkle leaf and the envelope.
    void decodeBallot(BallotItem &b) const
    {
        b.receipt = record::receiptCodeText(b.envelope, b.signature);
        b.leaf = record::ballotLeafDigest(b.envelope, b.signature);
        // Decoded in place: the binary fields are views of the envelope's bytes, which the
        // ballot keeps, and a registered kiosk's id is the manifest's string (no
        // allocation per ballot).
        auto env = record::BallotEnvelope::decodeShared(b.envelope, [this](QByteArrayView raw) {
            for (const auto &[utf8, id] : m_kioskIdsUtf8) {
                if (QByteArrayView(utf8) == raw)
                    return id;
            }
            return QString();
        });
        if (!env) {
            b.decodeError = env.error();
            return;
        }
        b.env = std::move(*env);
        b.registered = m_kioskKeys.count(b.env->kioskId) > 0;
    }

    // Then the signatures, which take most of the time: threads of their own take blocks
    // of ballots in turn beside every other check, and this thread joins in once it is
    // done with those (signatureWork), so no core idles while another thread still has a
    // long chunk left. Writes only each ballot's signatureValid, which nothing else reads
    // before reportSignatures().
    static constexpr std::size_t SignatureBlock = 256;
    static constexpr std::size_t MinSignatureBlock = 16;

    void verifyBallotSignatures()
    {
        const int threads = util::workerCount(m_ballots.size(), m_options.threads);
        util::parallelChunks(std::size_t(threads), threads, [this](std::size_t, std::size_t) { signatureWork(); });
    }

    void signatureWork()
    {
        const QByteArrayView ballotDomain(record::BallotDomain);
        const auto threads = std::size_t(util::workerCount(m_ballots.size(), m_options.threads));
        crypto::FramingVerifier verify;
        bool worked = false;
        for (;;) {
            // Blocks of SignatureBlock, smaller near the end (an eighth of what is left per
            // thread, at least MinSignatureBlock), so that the threads finish together.
            std::size_t begin = m_nextSignature.load(std::memory_order_relaxed);
            std::size_t size = 0;
            do {
                if (begin >= m_ballots.size())
                    break;
                const std::size_t left = m_ballots.size() - begin;
                size = std::clamp(left / (8 * threads), MinSignatureBlock, SignatureBlock);
            } while (!m_nextSignature.compare_exchange_weak(begin, begin + size, std::memory_order_relaxed));
            if (begin >= m_ballots.size())
                break;
            worked = true;
            const std::size_t end = std::min(m_ballots.size(), begin + size);
            for (std::size_t i = begin; i < end; ++i) {
                BallotItem &b = m_ballots[i];
                if (b.registered)
                    b.signatureValid
                        = verify({m_kioskKeys.find(b.env->kioskId)->second, ballotDomain, b.envelope, b.signature});
            }
        }
        if (worked)
            m_signatureThreads.fetch_add(1, std::memory_order_relaxed);
    }

    // BALLOT_SIG, once verifyBallotSignatures has finished.
    void reportSignatures()
    {
        Check &sig = check("BALLOT_SIG");
        qint64 checked = 0;
        for (const BallotItem &b : m_ballots) {
            if (!b.env) {
                sig.fail(Tr::tr("%1: the envelope cannot be read: %2").arg(b.where(), b.decodeError));
            } else if (!b.registered) {
                sig.fail(
                    Tr::tr("%1: kiosk \"%2\" is not registered in the manifest, so no key can check its signature.")
                        .arg(b.where(), b.env->kioskId));
            } else {
                ++checked;
                if (!b.signatureValid)
                    sig.fail(Tr::tr("%1: the signature of kiosk %2 is not valid.").arg(b.where(), b.env->kioskId));
            }
        }
        sig.note(Tr::tr("%n ballot signature(s) checked.", nullptr, int(std::min<qint64>(checked, INT_MAX))) + u' '
            + Tr::tr("The work was shared by %n thread(s).", nullptr, std::max(1, m_signatureThreads.load())));
    }

    // Stable sort by the sealed votes' bytes. First by their first 8 bytes read as one
    // number (the same order as far as those go), then, only within runs that share
    // them, by all the bytes: 100,000 votes of 240 random bytes sort without a call to
    // memcmp. Returns the sorted ballots' keys, so that a caller looking for equal votes
    // compares the bytes only where the keys are equal.
    static util::LargeVector<quint64> sortBySealedVote(std::vector<const BallotItem *> &ballots)
    {
        util::LargeVector<std::pair<quint64, const BallotItem *>> keyed;
        keyed.reserve(ballots.size());
        for (const BallotItem *b : ballots) {
            quint64 key = 0;
            const QByteArray &sealed = b->env->sealed;
            for (qsizetype i = 0; i < 8; ++i)
                key = key << 8 | (i < sealed.size() ? quint64(uchar(sealed[i])) : 0);
            keyed.emplace_back(key, b);
        }
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (std::size_t i = 0; i < keyed.size(); ++i)
            ballots[i] = keyed[i].second;
        for (std::size_t begin = 0; begin < keyed.size();) {
            std::size_t end = begin + 1;
            while (end < keyed.size() && keyed[end].first == keyed[begin].first)
                ++end;
            if (end - begin > 1)
                std::stable_sort(ballots.begin() + qsizetype(begin), ballots.begin() + qsizetype(end),
                    [](const BallotItem *a, const BallotItem *b) { return a->env->sealed < b->env->sealed; });
            begin = end;
        }
        util::LargeVector<quint64> keys(keyed.size());
        for (std::size_t i = 0; i < keyed.size(); ++i)
            keys[i] = keyed[i].first;
        return keys;
    }

    void checkBallots()
    {
        Check &election = check("BALLOT_ELECTION");
        Check &kiosk = check("BALLOT_KIOSK");
        Check &order = check("BALLOT_ORDER");
        Check &dup = check("DUP_BALLOT_ID");
        Check &length = check("CT_LENGTH");
        Check &receipts = check("RECEIPTS");
        const qint64 sealedLength = qint64(m_manifest->paddedBallotSize) + crypto::SealOverheadBytes;
        const BallotItem *previous = nullptr;
        for (BallotItem &b : m_ballots) {
            if (QByteArrayView(b.receipt.data(), qsizetype(b.receipt.size())) != b.receiptText)
                receipts.fail(Tr::tr("%1: the record says receipt %2, the signed ballot's receipt is %3.")
                                  .arg(b.where(), QString::fromUtf8(b.receiptText),
                                      QString::fromLatin1(b.receipt.data(), qsizetype(b.receipt.size()))));
            if (!b.env)
                continue; // BALLOT_SIG says why
            if (!b.registered)
                kiosk.fail(
                    Tr::tr("%1: kiosk \"%2\" is not registered in the manifest.").arg(b.where(), b.env->kioskId));
            if (b.env->manifestHash != m_mh)
                election.fail(Tr::tr("%1: it was cast in another round (its manifest hash is %2).")
                                  .arg(b.where(), hex(b.env->manifestHash)));
            if (qint64(b.env->sealed.size()) != sealedLength)
                length.fail(Tr::tr("%1: the sealed vote is %2 bytes; the manifest fixes %3.")
                                .arg(b.where())
                                .arg(b.env->sealed.size())
                                .arg(sealedLength));
            if (previous && !(previous->env->ballotId < b.env->ballotId) && previous->env->ballotId != b.env->ballotId)
                order.fail(Tr::tr("%1 comes after %2: ballots must be listed in ascending ballot-id order.")
                               .arg(b.where(), previous->where()));
            previous = &b;
        }

        // Duplicates: the same ballot id, or the same sealed vote under two envelopes.
        std::vector<const BallotItem *> decoded;
        for (const BallotItem &b : m_ballots) {
            if (b.env)
                decoded.push_back(&b);
        }
        auto sorted = decoded;
        const auto byId = [](const BallotItem *a, const BallotItem *b) { return a->env->ballotId < b->env->ballotId; };
        if (!std::is_sorted(sorted.begin(), sorted.end(), byId)) // a genuine record is
            std::stable_sort(sorted.begin(), sorted.end(), byId);
        for (size_t i = 1; i < sorted.size(); ++i) {
            if (sorted[i]->env->ballotId == sorted[i - 1]->env->ballotId)
                dup.fail(Tr::tr("ballots[%1] and ballots[%2] have the same ballot id %3.")
                             .arg(sorted[i - 1]->index)
                             .arg(sorted[i]->index)
                             .arg(hex(sorted[i]->env->ballotId)));
        }
        const util::LargeVector<quint64> sealedKeys = sortBySealedVote(sorted);
        for (size_t i = 1; i < sorted.size(); ++i) {
            if (sealedKeys[i] == sealedKeys[i - 1] && sorted[i]->env->sealed == sorted[i - 1]->env->sealed
                && sorted[i]->env->ballotId != sorted[i - 1]->env->ballotId)
                dup.fail(
                    Tr::tr("%1 and %2 hold the same sealed vote.").arg(sorted[i - 1]->where(), sorted[i]->where()));
        }
        if (!order.failed())
            order.note(Tr::tr("%n ballot(s) in ascending ballot-id order.", nullptr, int(decoded.size())));
        if (!length.failed())
            length.note(Tr::tr("Every sealed vote is %1 bytes.").arg(sealedLength));
    }

    // Checkpoints ------------------------------------------------------------------------
    void checkCheckpoints()
    {
        Check &sig = check("CHECKPOINT_SIG");
        Check &chain = check("CHECKPOINT_CHAIN");
        const QByteArrayView domain(record::CheckpointDomain);
        const CheckpointItem *previous = nullptr;
        for (CheckpointItem &c : m_checkpoints) {
            c.hash = record::checkpointHash(c.body, c.signature);
            c.witness = record::witnessCode(c.body, c.signature);
            auto decoded = record::Checkpoint::decode(c.body);
            if (!decoded) {
                sig.fail(Tr::tr("%1: the checkpoint cannot be read: %2").arg(c.where(), decoded.error()));
                continue;
            }
            c.cp = std::move(*decoded);
            if (c.cp->kioskId != c.kioskField || qint64(c.cp->batch) != c.batchField)
                sig.fail(
                    Tr::tr("%1: the record says kiosk %2, batch %3; the signed checkpoint says kiosk %4, batch %5.")
                        .arg(c.where(), c.kioskField)
                        .arg(c.batchField)
                        .arg(c.cp->kioskId)
                        .arg(c.cp->batch));
            if (c.witnessField != c.witness)
                sig.fail(Tr::tr("%1: the record says witness code %2; the signed checkpoint's witness code is %3.")
                             .arg(c.where(), c.witnessField, c.witness));
            if (c.cp->manifestHash != m_mh)
                sig.fail(Tr::tr("%1: it was signed for another round (its manifest hash is %2).")
                             .arg(c.where(), hex(c.cp->manifestHash)));
            auto key = m_kioskKeys.find(c.cp->kioskId);
            if (key == m_kioskKeys.end())
                sig.fail(Tr::tr("%1: kiosk \"%2\" is not registered in the manifest.").arg(c.where(), c.cp->kioskId));
            else if (!crypto::verify(key->second, domain, c.body, c.signature))
                sig.fail(Tr::tr("%1: the signature of kiosk %2 is not valid.").arg(c.where(), c.cp->kioskId));
            if (previous) {
                const auto a = std::make_pair(sortKey(previous->cp->kioskId), previous->cp->batch);
                const auto b = std::make_pair(sortKey(c.cp->kioskId), c.cp->batch);
                if (!(a < b))
                    chain.fail(Tr::tr("%1 comes after %2: checkpoints must be listed by kiosk, then batch, each once.")
                                   .arg(c.where(), previous->where()));
            }
            previous = &c;
            m_kioskCheckpoints[c.cp->kioskId].push_back(&c);
        }
        for (auto &[kiosk, list] : m_kioskCheckpoints) {
            std::stable_sort(list.begin(), list.end(),
                [](const CheckpointItem *a, const CheckpointItem *b) { return a->cp->batch < b->cp->batch; });
            uint64_t total = 0;
            for (size_t i = 0; i < list.size(); ++i) {
                const CheckpointItem &c = *list[i];
                m_batchCheckpoint.emplace(std::make_pair(kiosk, c.cp->batch), &c);
                if (c.cp->batch != i + 1)
                    chain.fail(Tr::tr("%1: kiosk %2's checkpoint number %3 is for batch %4; batches go 1, 2, 3 … "
                                      "without gaps or repeats.")
                                   .arg(c.where(), kiosk)
                                   .arg(i + 1)
                                   .arg(c.cp->batch));
                const QByteArray expected = i == 0 ? zeros32() : list[i - 1]->hash;
                if (c.cp->previous != expected)
                    chain.fail(i == 0 ? Tr::tr("%1: the first checkpoint of a kiosk must have no previous checkpoint.")
                                            .arg(c.where())
                                      : Tr::tr("%1 does not link to the previous checkpoint %2.")
                                            .arg(c.where(), list[i - 1]->where()));
                if (c.cp->kind == record::CheckpointKind::Close && i + 1 != list.size())
                    chain.fail(Tr::tr("%1 is final, yet kiosk %2 has later checkpoints.").arg(c.where(), kiosk));
                total += c.cp->batchBallots;
                if (c.cp->totalBallots != total)
                    chain.fail(Tr::tr("%1 says kiosk %2 took %3 ballots so far; its batches add up to %4.")
                                   .arg(c.where(), kiosk)
                                   .arg(c.cp->totalBallots)
                                   .arg(total));
                if (i > 0 && c.cp->eventCount <= list[i - 1]->cp->eventCount)
                    chain.fail(Tr::tr("%1 points to an earlier event than the checkpoint before it.").arg(c.where()));
            }
        }
        if (!chain.failed())
            chain.note(Tr::tr("%n checkpoint(s) in all.", nullptr, int(m_checkpoints.size())) + u' '
                + Tr::tr("%n kiosk(s) signed checkpoints.", nullptr, int(m_kioskCheckpoints.size())));
    }

    // CLOSE_COUNT, CLOSE_ROOT, BALLOT_UNKNOWN_BATCH, CLOSE_FINAL_MISSING ----------------
    void checkBatches()
    {
        Check &count = check("CLOSE_COUNT");
        Check &root = check("CLOSE_ROOT");
        Check &unknown = check("BALLOT_UNKNOWN_BATCH");
        Check &finalMissing = check("CLOSE_FINAL_MISSING");
        std::map<std::pair<QString, uint32_t>, util::LargeVector<const BallotItem *>> ballots;
        std::map<std::pair<QString, uint32_t>, std::vector<QByteArray>> codes;
        std::set<QString> kiosks;
        for (const BallotItem &b : m_ballots) {
            if (!b.env)
                continue;
            ballots[{b.env->kioskId, b.env->batch}].push_back(&b);
            kiosks.insert(b.env->kioskId);
        }
        for (const auto &[key, list] : ballots) {
            if (m_batchCheckpoint.count(key))
                continue;
            QStringList where;
            for (const BallotItem *b : list) {
                if (where.size() == 3) {
                    where << Tr::tr("%n more", nullptr, int(list.size() - 3));
                    break;
                }
                where << b->where();
            }
            unknown.fail(Tr::tr("Kiosk %1 has no checkpoint for its batch %2, which holds %n ballot(s): %3.", nullptr,
                int(std::min<size_t>(list.size(), INT_MAX)))
                             .arg(key.first)
                             .arg(key.second)
                             .arg(where.join(u"; "_qs)));
        }
        for (const SpentItem &s : m_spent) {
            codes[{s.kiosk, uint32_t(s.batch)}].push_back(s.hash);
            kiosks.insert(s.kiosk);
        }
        for (const auto &[key, c] : m_batchCheckpoint) {
            const auto &batchBallots = ballots[key];
            auto &batchCodes = codes[key];
            const record::Checkpoint &cp = *c->cp;
            if (cp.batchBallots != batchBallots.size())
                count.fail(Tr::tr("%1 says %2 ballots; the record holds %3 of that batch.")
                               .arg(c->where())
                               .arg(cp.batchBallots)
                               .arg(batchBallots.size()));
            if (cp.batchCodes != batchCodes.size())
                count.fail(Tr::tr("%1 says %2 spent access codes; the record holds %3 of that batch.")
                               .arg(c->where())
                               .arg(cp.batchCodes)
                               .arg(batchCodes.size()));
            if (cp.batchCodes != cp.batchBallots)
                count.fail(Tr::tr("%1 says %2 ballots but %3 spent access codes: each ballot spends one code.")
                               .arg(c->where())
                               .arg(cp.batchBallots)
                               .arg(cp.batchCodes));
            auto byId = batchBallots;
            const auto idOrder = [](const BallotItem *a, const BallotItem *b) {
                return a->env->ballotId < b->env->ballotId;
            };
            if (!std::is_sorted(byId.begin(), byId.end(), idOrder)) // in a genuine record they are
                std::stable_sort(byId.begin(), byId.end(), idOrder);
            util::LargeVector<crypto::Digest> leaves;
            leaves.reserve(byId.size());
            for (const BallotItem *b : byId)
                leaves.push_back(b->leaf);
            if (crypto::merkleRootOfDigests(record::BallotTreePersonal, leaves) != cp.batchBallotRoot)
                root.fail(Tr::tr("%1: the Merkle root of the batch's %2 ballots is not the one the checkpoint signs: a "
                                 "ballot of the batch was removed, added or changed.")
                              .arg(c->where())
                              .arg(byId.size()));
            if (!std::is_sorted(batchCodes.begin(), batchCodes.end()))
                std::sort(batchCodes.begin(), batchCodes.end());
            if (crypto::merkleRoot(record::CodeTreePersonal, batchCodes) != cp.batchCodeRoot)
                root.fail(Tr::tr("%1: the Merkle root of the batch's %2 spent access codes is not the one the "
                                 "checkpoint signs.")
                              .arg(c->where())
                              .arg(batchCodes.size()));
        }
        for (const auto &[kiosk, list] : m_kioskCheckpoints)
            kiosks.insert(kiosk);
        for (const EventItem &e : m_events) {
            if (e.event && e.event->type == record::EventType::Cast)
                kiosks.insert(e.event->kioskId);
        }
        for (const QString &k : kiosks) {
            auto it = m_kioskCheckpoints.find(k);
            if (it == m_kioskCheckpoints.end() || it->second.empty())
                finalMissing.fail(Tr::tr("Kiosk %1 took part but signed no checkpoint at all.").arg(k));
            else if (it->second.back()->cp->kind != record::CheckpointKind::Close)
                finalMissing.fail(
                    Tr::tr("Kiosk %1's last checkpoint (batch %2) is a suspension: it never signed its final "
                           "checkpoint, so ballots after it may be missing.")
                        .arg(k)
                        .arg(it->second.back()->cp->batch));
        }
        if (!count.failed())
            count.note(Tr::tr("%n batch(es) checked.", nullptr, int(m_batchCheckpoint.size())));

        Check &small = check("SMALL_BATCH");
        for (const auto &[key, c] : m_batchCheckpoint) {
            const uint64_t n = c->cp->batchBallots;
            if (n > 0 && n < uint64_t(MinBatchBallots))
                small.warn(Tr::tr("%1 holds %n ballot(s). Someone who knows who voted at that kiosk between its "
                                  "checkpoints and who also holds the election key could link these sealed votes "
                                  "to a few people. The published opened ballots stay unlinked.",
                                  nullptr, int(n))
                               .arg(c->where()));
        }
        if (!small.warning())
            small.note(Tr::tr("Every batch with ballots holds at least %1.").arg(MinBatchBallots));
    }

    // EVENT_CHAIN --------------------------------------------------------------------------
    void checkEvents()
    {
        Check &chain = check("EVENT_CHAIN");
        // Each event was hashed, decoded and compared with its JSON fields as it was read
        // (decodeEvent); the chain is walked here, in order.
        const QByteArray zeros = zeros32();
        const EventItem *previous = nullptr;
        for (qsizetype i = 0; i < qsizetype(m_events.size()); ++i) {
            EventItem &e = m_events[size_t(i)];
            const auto where = [&e] { return Tr::tr("events[%1]").arg(e.index); };
            if (!e.event) {
                chain.fail(Tr::tr("%1: the event cannot be read: %2").arg(where(), e.decodeError));
                previous = &e;
                continue;
            }
            const record::Event &ev = *e.event;
            if (e.index != i || ev.seq != uint64_t(i) + 1)
                chain.fail(Tr::tr("%1 has sequence number %2; the log must number events 1, 2, 3 … in order.")
                               .arg(where())
                               .arg(ev.seq));
            if (QByteArrayView(ev.previous) != (previous ? previous->hashBytes() : QByteArrayView(zeros)))
                chain.fail(previous ? Tr::tr("%1 does not link to the event before it: an event was removed, added or "
                                             "changed.")
                                          .arg(where())
                                    : Tr::tr("%1, the first event, links to a previous event.").arg(where()));
            if (e.differ != 0)
                chain.fail(Tr::tr("%1: these fields differ from the event's signed bytes: %2.")
                               .arg(where(), e.differentFields().join(u", "_qs)));
            previous = &e;
        }
        for (const EventItem &e : m_events) {
            if (e.event && e.event->type == record::EventType::Cast)
                m_castSeqs[e.event->kioskId].push_back(e.event->seq);
        }
        for (auto &[kiosk, seqs] : m_castSeqs)
            std::sort(seqs.begin(), seqs.end());
        // The checkpoints' event heads: each points to its own SUSPENDED/CLOSED event, and
        // the CAST events of the kiosk between two checkpoints are the batch's ballots.
        for (const auto &[kiosk, list] : m_kioskCheckpoints) {
            uint64_t from = 0;
            for (const CheckpointItem *c : list) {
                const record::Checkpoint &cp = *c->cp;
                const EventItem *head = eventAt(cp.eventCount);
                if (!head || head->hashBytes() != QByteArrayView(cp.eventHead)) {
                    chain.fail(Tr::tr("%1 signs event %2 as the log's head, but the log's event %2 is not that event.")
                                   .arg(c->where())
                                   .arg(cp.eventCount));
                } else {
                    const auto wanted = cp.kind == record::CheckpointKind::Close ? record::EventType::Closed
                                                                                 : record::EventType::Suspended;
                    if (head->event->type != wanted || head->event->kioskId != kiosk)
                        chain.fail(Tr::tr("%1: its event %2 is not this kiosk's %3 event.")
                                       .arg(c->where())
                                       .arg(cp.eventCount)
                                       .arg(record::eventTypeName(wanted)));
                }
                const uint64_t casts = castsBetween(kiosk, from, cp.eventCount);
                if (casts != cp.batchBallots)
                    chain.fail(Tr::tr("%1 says %2 ballots; the log records %3 casts at kiosk %4 in that batch.")
                                   .arg(c->where())
                                   .arg(cp.batchBallots)
                                   .arg(casts)
                                   .arg(kiosk));
                from = std::max(from, cp.eventCount);
            }
            const uint64_t after = castsBetween(kiosk, from, UINT64_MAX);
            if (after > 0)
                chain.fail(
                    Tr::tr("The log records %1 casts at kiosk %2 after its last checkpoint.").arg(after).arg(kiosk));
        }
        std::set<QString> checkpointed;
        for (const auto &[kiosk, list] : m_kioskCheckpoints)
            checkpointed.insert(kiosk);
        std::map<QString, uint64_t> orphanCasts;
        for (const EventItem &e : m_events) {
            if (e.event && e.event->type == record::EventType::Cast && !checkpointed.count(e.event->kioskId))
                ++orphanCasts[e.event->kioskId];
        }
        for (const auto &[kiosk, n] : orphanCasts)
            chain.fail(Tr::tr("The log records %1 casts at kiosk %2, which signed no checkpoint.").arg(n).arg(kiosk));
        if (!chain.failed())
            chain.note(Tr::tr("%n event(s) in one chain.", nullptr, int(m_events.size())));
        uint64_t signedUpTo = 0;
        for (const CheckpointItem &c : m_checkpoints) {
            if (c.cp)
                signedUpTo = std::max(signedUpTo, c.cp->eventCount);
        }
        for (ResultItem &r : m_results) {
            if (decodeStatement(r))
                signedUpTo = std::max(signedUpTo, r.statement->eventCount);
        }
        if (signedUpTo < m_events.size())
            chain.fail(Tr::tr("The log goes on after event %1, the last one a checkpoint or tally statement signs: "
                              "events %2 to %3 are covered by no signature, so anyone could have written them.")
                           .arg(signedUpTo)
                           .arg(signedUpTo + 1)
                           .arg(m_events.size()));
    }

    // EVENT_TIME, EVENT_AFTER_CLOSE -----------------------------------------------------------
    static QString when(int64_t t)
    {
        return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
    }
    static bool isVotingEvent(record::EventType t)
    {
        using T = record::EventType;
        return t == T::Cast || t == T::Suspended || t == T::Resumed || t == T::Closed;
    }

    void checkEventTimes()
    {
        Check &time = check("EVENT_TIME");
        Check &afterClose = check("EVENT_AFTER_CLOSE");
        constexpr int64_t Day = 24 * 3600;
        const int64_t now = m_options.now > 0 ? m_options.now : QDateTime::currentSecsSinceEpoch();
        const int64_t opens = m_manifest->votingOpens;
        const int64_t closes = m_manifest->votingCloses;
        const bool planned = opens > 0 && closes > 0;
        const EventItem *previous = nullptr;
        std::map<QString, const EventItem *> closedAt;
        for (const EventItem &e : m_events) {
            if (!e.event)
                continue;
            const record::Event &ev = *e.event;
            const auto where = [&e, &ev] {
                return Tr::tr("events[%1] (%2)").arg(e.index).arg(record::eventTypeName(ev.type));
            };
            if (previous && ev.time < previous->event->time)
                time.fail(Tr::tr("%1 is dated %2, before events[%3] (%4): the log's times never go backwards, so "
                                 "a clock was turned back or the log was rewritten.")
                              .arg(where(), when(ev.time))
                              .arg(previous->index)
                              .arg(when(previous->event->time)));
            if (ev.time > now + Day)
                time.fail(Tr::tr("%1 is dated %2, more than a day after this verification (%3).")
                              .arg(where(), when(ev.time), when(now)));
            if (isVotingEvent(ev.type)) {
                if (planned && (ev.time < opens - Day || ev.time > closes + Day))
                    time.fail(Tr::tr("%1 at kiosk %2 is dated %3, more than a day outside the voting period the "
                                     "manifest plans (%4 to %5).")
                                  .arg(where(), ev.kioskId, when(ev.time), when(opens), when(closes)));
                if (auto c = closedAt.find(ev.kioskId); c != closedAt.end())
                    afterClose.fail(Tr::tr("%1 at kiosk %2 comes after that kiosk closed (events[%3]).")
                                        .arg(where(), ev.kioskId)
                                        .arg(c->second->index));
                else if (ev.type == record::EventType::Closed)
                    closedAt.emplace(ev.kioskId, &e);
            }
            previous = &e;
        }
        // Each checkpoint's signed time: that of the event it signs as the log's head
        // (within a day), and like the events, within the planned period and not ahead.
        for (const CheckpointItem &c : m_checkpoints) {
            if (!c.cp)
                continue;
            const int64_t t = c.cp->time;
            if (const EventItem *head = eventAt(c.cp->eventCount); head && std::abs(t - head->event->time) > Day)
                time.fail(Tr::tr("%1 is dated %2, but the event it signs (events[%3]) is dated %4.")
                              .arg(c.where(), when(t))
                              .arg(head->index)
                              .arg(when(head->event->time)));
            if (t > now + Day)
                time.fail(Tr::tr("%1 is dated %2, more than a day after this verification (%3).")
                              .arg(c.where(), when(t), when(now)));
            if (planned && (t < opens - Day || t > closes + Day))
                time.fail(Tr::tr("%1 is dated %2, more than a day outside the voting period the manifest plans (%3 "
                                 "to %4).")
                              .arg(c.where(), when(t), when(opens), when(closes)));
        }
        if (!time.failed()) {
            time.note(planned ? Tr::tr("Times never go backwards; voting events lie within the planned period %1 to "
                                       "%2 (a day's margin).")
                                    .arg(when(opens), when(closes))
                              : Tr::tr("Times never go backwards. The manifest plans no voting period to compare "
                                       "with."));
        }
        if (!afterClose.failed())
            afterClose.note(Tr::tr("%n kiosk(s) closed; none recorded voting afterwards.", nullptr,
                int(closedAt.size())));
    }

    // The event with sequence number `seq` (1-based), when the log has it in its place.
    const EventItem *eventAt(uint64_t seq) const
    {
        if (seq == 0 || seq > m_events.size())
            return nullptr;
        const EventItem &e = m_events[size_t(seq - 1)];
        return e.event && e.event->seq == seq ? &e : nullptr;
    }

    // CAST events of `kiosk` with afterSeq < seq <= upToSeq.
    uint64_t castsBetween(const QString &kiosk, uint64_t afterSeq, uint64_t upToSeq) const
    {
        auto it = m_castSeqs.find(kiosk);
        if (it == m_castSeqs.end() || afterSeq >= upToSeq)
            return 0;
        const std::vector<uint64_t> &seqs = it->second;
        return uint64_t(
            std::upper_bound(seqs.begin(), seqs.end(), upToSeq) - std::upper_bound(seqs.begin(), seqs.end(), afterSeq));
    }

    // CODES ---------------------------------------------------------------------------------
    void checkCodes()
    {
        Check &codes = check("CODES");
        bool issuedInOrder = true;
        for (size_t i = 1; i < m_issued.size(); ++i) {
            if (!(m_issued[i - 1] < m_issued[i])) {
                issuedInOrder = false;
                codes.fail(m_issued[i - 1] == m_issued[i]
                        ? Tr::tr("issued_code_hashes[%1] repeats the code hash before it.").arg(i)
                        : Tr::tr("issued_code_hashes[%1] is out of order: the list must be sorted.").arg(i));
            }
        }
        // A genuine record's list is in order (just checked): used as it is, not copied.
        util::LargeVector<QByteArray> sortedCopy;
        if (!issuedInOrder) {
            sortedCopy = m_issued;
            std::sort(sortedCopy.begin(), sortedCopy.end());
        }
        const std::span<const QByteArray> issuedSorted = issuedInOrder ? std::span<const QByteArray>(m_issued)
                                                                       : std::span<const QByteArray>(sortedCopy);
        util::LargeVector<std::pair<QByteArray, qsizetype>> spentByHash;
        std::map<std::pair<QString, uint32_t>, qsizetype> unbatched;
        spentByHash.reserve(m_spent.size());
        // Spent codes come sorted within each batch, so each one is looked for from where
        // the one before it was found (galloping), not from the whole list's middle.
        auto hint = issuedSorted.begin();
        const auto issuedEnd = issuedSorted.end();
        const auto isIssued = [&](const QByteArray &code) {
            auto from = issuedSorted.begin();
            auto to = issuedEnd;
            if (hint != issuedEnd && !(code < *hint)) {
                from = hint;
                std::size_t step = 1;
                for (auto probe = hint; probe != issuedEnd && *probe < code;) {
                    from = probe;
                    probe = std::size_t(issuedEnd - probe) > step ? probe + std::ptrdiff_t(step) : issuedEnd;
                    to = probe == issuedEnd ? issuedEnd : probe + 1;
                    step *= 2;
                }
            }
            hint = std::lower_bound(from, to, code);
            return hint != issuedEnd && *hint == code;
        };
        const SpentItem *batchOf = nullptr; // the spent code before, whose batch is known
        bool batched = false;
        for (size_t i = 0; i < m_spent.size(); ++i) {
            const SpentItem &s = m_spent[i];
            const auto where = [&s] {
                return Tr::tr("spent_codes[%1] (kiosk %2, batch %3)").arg(s.index).arg(s.kiosk).arg(s.batch);
            };
            if (i > 0) {
                const SpentItem &p = m_spent[i - 1];
                const bool ascending = p.kiosk == s.kiosk
                    ? std::tie(p.batch, p.hash) < std::tie(s.batch, s.hash)
                    : sortKey(p.kiosk) < sortKey(s.kiosk);
                if (!ascending)
                    codes.fail(Tr::tr("%1 is out of order: spent codes are listed by kiosk, batch and hash, each once.")
                                   .arg(where()));
            }
            if (!isIssued(s.hash))
                codes.fail(Tr::tr("%1: this access code was never issued.").arg(where()));
            if (!batchOf || batchOf->batch != s.batch || batchOf->kiosk != s.kiosk)
                batched = m_batchCheckpoint.count({s.kiosk, uint32_t(s.batch)}) > 0;
            batchOf = &s;
            if (!batched)
                ++unbatched[{s.kiosk, uint32_t(s.batch)}];
            spentByHash.emplace_back(s.hash, s.index);
        }
        for (const auto &[key, n] : unbatched)
            codes.fail(Tr::tr("Kiosk %1 has no checkpoint for its batch %2, in which %n access code(s) were spent.",
                nullptr, int(std::min<qsizetype>(n, INT_MAX)))
                           .arg(key.first)
                           .arg(key.second));
        if (!std::is_sorted(spentByHash.begin(), spentByHash.end())) // one batch's are
            std::sort(spentByHash.begin(), spentByHash.end());
        for (size_t i = 1; i < spentByHash.size(); ++i) {
            if (spentByHash[i].first == spentByHash[i - 1].first)
                codes.fail(Tr::tr("spent_codes[%1] and spent_codes[%2] are the same access code: it was used twice.")
                               .arg(spentByHash[i - 1].second)
                               .arg(spentByHash[i].second));
        }
        const QByteArray root = record::issuedCodeRoot(issuedSorted);
        bool anyStatement = false;
        for (ResultItem &r : m_results) {
            if (!decodeStatement(r))
                continue;
            anyStatement = true;
            if (r.statement->issuedCodes != m_issued.size())
                codes.fail(Tr::tr("%1: its tally statement says %2 access codes were issued; the record lists %3.")
                               .arg(r.where())
                               .arg(r.statement->issuedCodes)
                               .arg(m_issued.size()));
            else if (r.statement->issuedCodeRoot != root)
                codes.fail(
                    Tr::tr("%1: the issued code list is not the one its tally statement signs (Merkle root differs).")
                        .arg(r.where()));
        }
        if (!anyStatement)
            codes.warn(
                Tr::tr("No tally statement signs the issued code list, so that list is only as the record says."));
        if (!codes.failed())
            codes.note(Tr::tr("%1 access codes issued, %2 spent.").arg(m_issued.size()).arg(m_spent.size()));
    }

    bool decodeStatement(ResultItem &r)
    {
        if (!r.hasStatement)
            return false;
        if (!r.statement) {
            auto st = record::TallyStatement::decode(r.statementBytes);
            if (!st)
                return false;
            r.statement = *st;
            r.revoked = std::set<QString>(st->revokedKiosks.begin(), st->revokedKiosks.end());
        }
        return true;
    }

    // TALLY_STATEMENT, RESULT_SIG --------------------------------------------------------
    void checkStatements()
    {
        Check &statement = check("TALLY_STATEMENT");
        Check &resultSig = check("RESULT_SIG");
        const QByteArray &authority = m_manifest->authorityPublicKey;
        // Each count with a new rule adds one result and logs one "tallied" event, in one
        // transaction: the record must hold as many results as the log has counts.
        const auto tallied = std::count_if(m_events.begin(), m_events.end(),
            [](const EventItem &e) { return e.event && e.event->type == record::EventType::Tallied; });
        if (m_results.empty()) {
            if (tallied > 0)
                statement.fail(Tr::tr("The log records that the round was counted, but the record holds no result: "
                                      "the results were removed."));
            else
                statement.warn(Tr::tr("The record holds no result: the round was not counted when it was exported."));
            resultSig.skip(Tr::tr("No result in the record."));
            return;
        }
        if (qsizetype(tallied) > qsizetype(m_results.size()))
            statement.fail(Tr::tr("The log records more counts (%1) than the record holds results (%2): a result "
                                  "was removed.")
                               .arg(tallied)
                               .arg(m_results.size()));
        else if (qsizetype(tallied) < qsizetype(m_results.size()))
            statement.fail(Tr::tr("The record holds more results (%1) than the log records counts (%2): a result "
                                  "was added that the log does not know.")
                               .arg(m_results.size())
                               .arg(tallied));
        uint64_t lastCheckpointEvent = 0;
        for (const CheckpointItem &c : m_checkpoints) {
            if (c.cp)
                lastCheckpointEvent = std::max(lastCheckpointEvent, c.cp->eventCount);
        }
        for (ResultItem &r : m_results) {
            r.resultSignatureValid = crypto::verify(authority, record::ResultDomain, r.result, r.signature);
            if (!r.resultSignatureValid)
                resultSig.fail(Tr::tr("%1: the authority's signature of the result is not valid: the result was "
                                      "changed after it was signed.")
                                   .arg(r.where()));
            if (!r.hasStatement) {
                statement.fail(
                    Tr::tr("%1 has no tally statement (it was counted before pbvote signed them): its opened "
                           "ballots and counts cannot be checked. Count the round again.")
                        .arg(r.where()));
                continue;
            }
            if (!decodeStatement(r)) {
                auto st = record::TallyStatement::decode(r.statementBytes);
                statement.fail(Tr::tr("%1: the tally statement cannot be read: %2").arg(r.where(), st.error()));
                continue;
            }
            const record::TallyStatement &st = *r.statement;
            r.statementSignatureValid
                = crypto::verify(authority, record::TallyDomain, r.statementBytes, r.statementSignature);
            if (!r.statementSignatureValid)
                statement.fail(
                    Tr::tr("%1: the authority's signature of the tally statement is not valid.").arg(r.where()));
            if (st.manifestHash != m_mh)
                statement.fail(Tr::tr("%1: the tally statement is for another manifest (%2).")
                                   .arg(r.where(), hex(st.manifestHash)));
            if (st.resultHash != record::resultHash(r.result))
                statement.fail(Tr::tr("%1: the result is not the one the tally statement signs (result hash differs).")
                                   .arg(r.where()));
            if (st.rule != r.rule)
                statement.fail(Tr::tr("%1: the tally statement's rule is \"%2\".").arg(r.where(), st.rule));
            const qsizetype slash = st.rule.indexOf(u'/');
            const QString tieBreak
                = slash < 0 ? counting::tieBreakName(counting::TieBreak::LexicographicId) : st.rule.mid(slash + 1);
            if (st.tieBreak != tieBreak)
                statement.fail(Tr::tr("%1: the tally statement's tie-breaking \"%2\" does not match its rule \"%3\".")
                                   .arg(r.where(), st.tieBreak, st.rule));
            const EventItem *head = eventAt(st.eventCount);
            if (st.eventCount == 0 ? st.eventHead != zeros32() : (!head || head->hashBytes() != QByteArrayView(st.eventHead)))
                statement.fail(Tr::tr("%1: the tally statement signs event %2 as the log's head, but the log's event "
                                      "%2 is not that event.")
                                   .arg(r.where())
                                   .arg(st.eventCount));
            if (st.eventCount < lastCheckpointEvent)
                statement.fail(Tr::tr("%1: the count covers the log up to event %2, before the last checkpoint (event "
                                      "%3).")
                                   .arg(r.where())
                                   .arg(st.eventCount)
                                   .arg(lastCheckpointEvent));
            for (const QString &k : st.revokedKiosks) {
                if (!m_kioskKeys.count(k))
                    statement.fail(
                        Tr::tr("%1: the tally statement revokes kiosk %2, which the manifest does not register.")
                            .arg(r.where(), k));
            }
            checkRevocationsLogged(r, statement);
            if (!st.revokedKiosks.empty())
                check("BALLOT_KIOSK")
                    .note(Tr::tr("%1: %n kiosk(s) revoked, their ballots not counted: %2.", nullptr,
                        int(st.revokedKiosks.size()))
                              .arg(r.where(),
                                  QStringList(st.revokedKiosks.begin(), st.revokedKiosks.end()).join(u", "_qs)));
        }
    }

    // The kiosks a statement revokes are those the log revoked before it: each
    // kiosk-revoked event names its kiosk and revokes or reinstates it in turn (the store
    // refuses to revoke twice), so an odd number of them up to the statement's head means
    // revoked. An authority cannot leave a kiosk's ballots out in the statement alone.
    void checkRevocationsLogged(const ResultItem &r, Check &statement)
    {
        const record::TallyStatement &st = *r.statement;
        std::map<QString, int> toggles;
        bool unnamed = false;
        for (const EventItem &e : m_events) {
            if (!e.event || e.event->seq > st.eventCount || e.event->type != record::EventType::KioskRevoked)
                continue;
            if (e.event->kioskId.isEmpty())
                unnamed = true;
            else
                ++toggles[e.event->kioskId];
        }
        if (unnamed) {
            statement.warn(Tr::tr("%1: the log's kiosk-revoked events do not name their kiosk (pbvote wrote them so "
                                  "before December 2026), so the kiosks the statement revokes cannot be compared "
                                  "with the log. Read the revocations in BALLOT_KIOSK's notes.")
                               .arg(r.where()));
            return;
        }
        std::set<QString> logged;
        for (const auto &[kiosk, count] : toggles) {
            if (count % 2 == 1)
                logged.insert(kiosk);
        }
        const std::set<QString> signedSet(st.revokedKiosks.begin(), st.revokedKiosks.end());
        for (const QString &k : signedSet) {
            if (!logged.count(k))
                statement.fail(Tr::tr("%1: the tally statement revokes kiosk %2, but the log does not record its "
                                      "revocation before the count: its ballots were left out unannounced.")
                                   .arg(r.where(), k));
        }
        for (const QString &k : logged) {
            if (!signedSet.count(k))
                statement.fail(Tr::tr("%1: the log records kiosk %2 as revoked before the count, but the tally "
                                      "statement counts its ballots.")
                                   .arg(r.where(), k));
        }
    }

    // OPENED_BALLOTS ------------------------------------------------------------------------
    void checkOpened()
    {
        Check &opened = check("OPENED_BALLOTS");
        bool any = false;
        for (ResultItem &r : m_results) {
            if (!r.statement)
                continue;
            any = true;
            const record::TallyStatement &st = *r.statement;
            auto decoded = record::decodeOpenedBallots(r.openedBytes);
            if (!decoded) {
                opened.fail(Tr::tr("%1: %2").arg(r.where(), decoded.error()));
                continue;
            }
            r.opened = std::move(*decoded);
            r.openedHashValid = record::openedBallotsHash(r.openedBytes) == st.openedBallotsHash;
            if (!r.openedHashValid)
                opened.fail(Tr::tr("%1: the opened ballots are not the ones the tally statement signs (hash differs).")
                                .arg(r.where()));
            if (r.opened->size() != st.ballotsCounted)
                opened.fail(Tr::tr("%1: %2 opened ballots, but the tally statement counts %3.")
                                .arg(r.where())
                                .arg(r.opened->size())
                                .arg(st.ballotsCounted));
            // Sorted by content, equal ballots are neighbours: the verdict depends on the
            // ballot and the round only, so it is worked out once for each run of equals
            // (and still reported for each ballot it concerns).
            bool broken = false; // the current run breaks the round's rules: `why`
            QString why;
            bool canonicalForm = true;
            for (size_t i = 0; m_amountsOutOfRange.isEmpty() && i < r.opened->size(); ++i) {
                const Ballot &b = (*r.opened)[i];
                if (i == 0 || !(b.choices == (*r.opened)[i - 1].choices)) {
                    auto canonical = canonicaliseBallot(m_round, b);
                    broken = !canonical;
                    why = broken ? canonical.error() : QString();
                    canonicalForm = canonical && *canonical == b;
                }
                if (broken)
                    opened.fail(Tr::tr("%1: opened ballot %2 (%3) breaks the round's rules: %4")
                                    .arg(r.where())
                                    .arg(i)
                                    .arg(describe(b), why));
                else if (!canonicalForm)
                    opened.fail(Tr::tr("%1: opened ballot %2 (%3) is not in canonical form.")
                                    .arg(r.where())
                                    .arg(i)
                                    .arg(describe(b)));
            }
            uint64_t revokedBallots = 0;
            for (const BallotItem &b : m_ballots) {
                if (b.env && r.revoked.count(b.env->kioskId))
                    ++revokedBallots;
            }
            if (st.ballotsCounted + st.ballotsExcluded != uint64_t(m_ballots.size()))
                opened.fail(Tr::tr("%1: the tally statement counts %2 ballots and excludes %3, but the record holds %4 "
                                   "ballots.")
                                .arg(r.where())
                                .arg(st.ballotsCounted)
                                .arg(st.ballotsExcluded)
                                .arg(m_ballots.size()));
            if (st.ballotsExcluded != revokedBallots)
                opened.fail(Tr::tr("%1: the tally statement excludes %2 ballots; the revoked kiosks cast %3.")
                                .arg(r.where())
                                .arg(st.ballotsExcluded)
                                .arg(revokedBallots));
            if (!opened.failed())
                opened.note(Tr::tr("%1: %2 ballots counted, %3 excluded.")
                                .arg(r.where())
                                .arg(st.ballotsCounted)
                                .arg(st.ballotsExcluded));
        }
        if (!any)
            opened.skip(Tr::tr("No tally statement in the record."));
    }

    QString describe(const Ballot &b) const
    {
        QStringList parts;
        for (const BallotChoice &c : b.choices) {
            const QString id = c.project >= 0 && size_t(c.project) < m_manifest->projects.size()
                ? m_manifest->projects[size_t(c.project)].id
                : Tr::tr("position %1").arg(c.project);
            parts << (m_manifest->rules.kind == BallotKind::Approval || m_manifest->rules.kind == BallotKind::Knapsack
                    ? id
                    : id + u'=' + QString::number(c.value));
        }
        return parts.isEmpty() ? Tr::tr("no choice") : parts.join(u' ');
    }

    // RECOUNT -------------------------------------------------------------------------------
    void checkRecount()
    {
        Check &recount = check("RECOUNT");
        if (!m_amountsOutOfRange.isEmpty()) {
            recount.skip(Tr::tr("Not run: the manifest's amounts are out of range (see MANIFEST)."));
            return;
        }
        bool any = false;
        for (const ResultItem &r : m_results) {
            if (!r.statement || !r.opened)
                continue;
            if (!m_manifestSignatureValid || !r.statementSignatureValid || !r.openedHashValid) {
                recount.skip(Tr::tr("%1: not recounted: its manifest, tally statement or opened ballots are not "
                                    "authentic (see the checks above).")
                                 .arg(r.where()));
                continue;
            }
            any = true;
            const record::TallyStatement &st = *r.statement;
            const QString ruleName = st.rule.section(u'/', 0, 0);
            counting::RuleOptions options;
            if (!counting::parseTieBreak(st.tieBreak, &options.tieBreak)) {
                recount.fail(Tr::tr("%1: unknown tie-breaking \"%2\".").arg(r.where(), st.tieBreak));
                continue;
            }
            counting::Instance instance = store::instanceSkeleton(m_round);
            instance.voters.reserve(r.opened->size());
            for (const Ballot &b : *r.opened) {
                counting::Voter v;
                for (const BallotChoice &c : b.choices) {
                    v.projects.push_back(c.project);
                    if (instance.voteType == counting::VoteType::Cumulative)
                        v.points.push_back(c.value);
                }
                instance.voters.push_back(std::move(v));
            }
            auto outcome = store::countRound(m_round, instance, ruleName, options);
            if (!outcome) {
                recount.fail(Tr::tr("%1: the recount failed: %2").arg(r.where(), outcome.error()));
                continue;
            }
            QJsonObject expected = formats::outcomeToJson(instance, *outcome);
            expected[u"ballots"_qs] = qint64(instance.voters.size());
            if (st.ballotsExcluded > 0)
                expected[u"excluded_ballots"_qs] = qint64(st.ballotsExcluded);
            QJsonParseError error;
            const QJsonDocument published = QJsonDocument::fromJson(r.result, &error);
            if (!published.isObject()) {
                recount.fail(Tr::tr("%1: the published result is not a JSON object.").arg(r.where()));
                continue;
            }
            const QString difference = compareResults(published.object(), expected);
            if (!difference.isEmpty())
                recount.fail(Tr::tr("%1: %2").arg(r.where(), difference));
            else
                recount.note(Tr::tr("%1: the recount of %2 opened ballots with %3 gives the published winners: %4.")
                                 .arg(r.where())
                                 .arg(instance.voters.size())
                                 .arg(st.rule, winnersText(expected)));
        }
        if (!any && !recount.failed() && !recount.skipped())
            recount.skip(Tr::tr("No counted result with a tally statement in the record."));
    }

    static QString winnersText(const QJsonObject &result)
    {
        QStringList w;
        for (const QJsonValue &v : result.value(u"winners"_qs).toArray())
            w << v.toString();
        return w.isEmpty() ? Tr::tr("none") : w.join(u", "_qs);
    }

    static QString compact(const QJsonValue &v)
    {
        if (v.isUndefined())
            return Tr::tr("(absent)");
        if (v.isObject())
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        if (v.isArray())
            return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        return QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    }

    // The first way the published result differs from the recount. The local round number
    // ("round") and each project's "reason" (words in the counting machine's language)
    // are not compared.
    static QString compareResults(const QJsonObject &published, const QJsonObject &expected)
    {
        const QJsonArray pubProjects = published.value(u"projects"_qs).toArray();
        const QJsonArray expProjects = expected.value(u"projects"_qs).toArray();
        if (pubProjects.size() != expProjects.size())
            return Tr::tr("the published result lists %1 projects; the round has %2.")
                .arg(pubProjects.size())
                .arg(expProjects.size());
        for (qsizetype i = 0; i < expProjects.size(); ++i) {
            QJsonObject p = pubProjects.at(i).toObject();
            QJsonObject e = expProjects.at(i).toObject();
            p.remove(u"reason"_qs);
            e.remove(u"reason"_qs);
            if (p == e)
                continue;
            const QString id = e.value(u"id"_qs).toString();
            QStringList keys = p.keys() + e.keys();
            keys.removeDuplicates();
            // Funded and order first: what people care about.
            std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
                const auto rank = [](const QString &k) { return k == u"funded"_qs ? 0 : k == u"order"_qs ? 1 : 2; };
                return rank(a) < rank(b);
            });
            for (const QString &k : keys) {
                if (p.value(k) != e.value(k))
                    return Tr::tr("project %1 differs: the published result has %2 = %3, the recount %4.")
                        .arg(id, k, compact(p.value(k)), compact(e.value(k)));
            }
        }
        QStringList keys = published.keys() + expected.keys();
        keys.removeDuplicates();
        for (const QString &k : keys) {
            if (k == u"round"_qs || k == u"projects"_qs)
                continue;
            if (published.value(k) != expected.value(k))
                return Tr::tr("\"%1\" differs: the published result has %2, the recount %3.")
                    .arg(k, compact(published.value(k)), compact(expected.value(k)));
        }
        return {};
    }

    // TALLY_RULE ---------------------------------------------------------------------------
    void checkTallyRule()
    {
        Check &rule = check("TALLY_RULE");
        const QString manifestRule = m_manifest->tallyRule;
        std::vector<const ResultItem *> counted;
        for (const ResultItem &r : m_results) {
            if (r.statement)
                counted.push_back(&r);
        }
        if (counted.empty()) {
            rule.skip(Tr::tr("No tally statement in the record."));
            return;
        }
        if (manifestRule.isEmpty()) {
            rule.warn(
                Tr::tr("The manifest (format 1) fixes no counting rule, so the rule used cannot be checked against "
                       "one chosen before voting."));
            return;
        }
        bool matched = false;
        for (const ResultItem *r : counted) {
            if (r->statement->rule.section(u'/', 0, 0) == manifestRule)
                matched = true;
        }
        for (const ResultItem *r : counted) {
            if (r->statement->rule.section(u'/', 0, 0) == manifestRule)
                continue;
            const QString problem = Tr::tr("%1 is counted with \"%2\", not with \"%3\", the rule the manifest fixes.")
                                        .arg(r->where(), r->statement->rule, manifestRule);
            if (matched)
                rule.warn(Tr::tr("%1 The result counted with \"%2\" is the official one.").arg(problem, manifestRule));
            else
                rule.fail(problem);
        }
        if (matched)
            rule.note(Tr::tr("Counted with \"%1\", the rule the manifest fixed before voting.").arg(manifestRule));
    }

    // WITNESS -------------------------------------------------------------------------------
    void checkWitness()
    {
        Check &witness = check("WITNESS");
        if (m_options.witnessCodes.isEmpty()) {
            witness.skip(Tr::tr("No witness codes given (--witness)."));
            return;
        }
        for (const QString &code : m_options.witnessCodes) {
            const QString wanted = crypto::normaliseCode(code);
            const auto match = std::find_if(m_checkpoints.begin(), m_checkpoints.end(), [&](const CheckpointItem &c) {
                return !wanted.isEmpty() && crypto::normaliseCode(c.witness) == wanted;
            });
            if (match == m_checkpoints.end())
                witness.fail(Tr::tr("Witness code %1 matches no checkpoint in the record: a checkpoint was removed or "
                                    "replaced, or the code was written down wrong.")
                                 .arg(code));
            else
                witness.note(Tr::tr("%1: %2.").arg(code, match->where()));
        }
    }

    // ELECTION_KEY --------------------------------------------------------------------------
    void checkElectionKey()
    {
        Check &key = check("ELECTION_KEY");
        const crypto::SecretBytes &sk = m_options.electionSecretKey;
        if (sk.isEmpty()) {
            key.skip(Tr::tr("No election key given (--election-key)."));
            return;
        }
        if (sk.size() != size_t(crypto::BoxSecretKeyBytes)) {
            key.fail(Tr::tr("The election key must be %1 bytes.").arg(crypto::BoxSecretKeyBytes));
            return;
        }
        if (!m_amountsOutOfRange.isEmpty()) {
            key.skip(Tr::tr("Not run: the manifest's amounts are out of range (see MANIFEST)."));
            return;
        }
        const qint64 sealedLength = qint64(m_manifest->paddedBallotSize) + crypto::SealOverheadBytes;
        struct Opened
        {
            const BallotItem *ballot;
            QByteArray entry;
        };
        std::vector<Opened> opened;
        QStringList openFailures;
        qsizetype notOpenedCount = 0;
        qsizetype attempted = 0;
        for (const BallotItem &b : m_ballots) {
            if (!b.env || qint64(b.env->sealed.size()) != sealedLength)
                continue; // reported by BALLOT_SIG / CT_LENGTH
            ++attempted;
            auto plain
                = crypto::openAndUnpad(m_manifest->electionPublicKey, sk, b.env->sealed, m_manifest->paddedBallotSize);
            if (!plain) {
                if (openFailures.size() <= MaxListedProblems)
                    openFailures
                        << Tr::tr("%1: the sealed vote does not open with this key: %2").arg(b.where(), plain.error());
                ++notOpenedCount;
                continue;
            }
            auto decoded = record::BallotPlaintext::decode(plain->view());
            if (!decoded) {
                key.fail(Tr::tr("%1: %2").arg(b.where(), decoded.error()));
                continue;
            }
            if (decoded->manifestHash != m_mh || decoded->ballotId != b.env->ballotId) {
                key.fail(Tr::tr("%1: the sealed vote belongs to another ballot or round.").arg(b.where()));
                continue;
            }
            if (decoded->kind != m_manifest->rules.kind) {
                key.fail(Tr::tr("%1: the sealed vote is of the wrong ballot kind.").arg(b.where()));
                continue;
            }
            auto canonical = canonicaliseBallot(m_round, decoded->ballot);
            if (!canonical) {
                key.fail(Tr::tr("%1: the vote breaks the round's rules: %2").arg(b.where(), canonical.error()));
                continue;
            }
            if (!(*canonical == decoded->ballot)) {
                key.fail(Tr::tr("%1: the vote is not in canonical form.").arg(b.where()));
                continue;
            }
            opened.push_back({&b, entryBytes(decoded->ballot)});
        }
        if (attempted > 0 && notOpenedCount == attempted) {
            key.fail(Tr::tr("The key opens none of the %1 sealed votes: it is not this round's election key.")
                         .arg(attempted));
            return;
        }
        for (const QString &f : openFailures)
            key.fail(f);
        key.note(Tr::tr("%1 of %2 sealed votes opened and valid.").arg(opened.size()).arg(m_ballots.size()));
        for (const ResultItem &r : m_results) {
            if (!r.statement || !r.opened)
                continue;
            std::vector<QByteArray> sealed;
            for (const Opened &o : opened) {
                if (!r.revoked.count(o.ballot->env->kioskId))
                    sealed.push_back(o.entry);
            }
            std::vector<QByteArray> published;
            for (const Ballot &b : *r.opened)
                published.push_back(entryBytes(b));
            std::sort(sealed.begin(), sealed.end());
            std::sort(published.begin(), published.end());
            if (sealed == published) {
                key.note(Tr::tr("%1: the opened ballots are exactly the %2 sealed votes of non-revoked kiosks.")
                             .arg(r.where())
                             .arg(sealed.size()));
                continue;
            }
            std::vector<QByteArray> extra;
            std::vector<QByteArray> missing;
            std::set_difference(
                published.begin(), published.end(), sealed.begin(), sealed.end(), std::back_inserter(extra));
            std::set_difference(
                sealed.begin(), sealed.end(), published.begin(), published.end(), std::back_inserter(missing));
            QStringList differences;
            if (!extra.empty())
                differences << Tr::tr("%n opened ballot(s) are not among the sealed votes, e.g. %1.", nullptr,
                    int(std::min<size_t>(extra.size(), INT_MAX)))
                                   .arg(describeEntry(extra.front()));
            if (!missing.empty())
                differences << Tr::tr("%n sealed vote(s) are missing from the opened ballots, e.g. %1.", nullptr,
                    int(std::min<size_t>(missing.size(), INT_MAX)))
                                   .arg(describeEntry(missing.front()));
            key.fail(Tr::tr("%1: the opened ballots are not the sealed votes. %2")
                         .arg(r.where(), differences.join(u' ')));
        }
    }

    QString describeEntry(const QByteArray &entry) const
    {
        QByteArray list(4, '\0');
        list[3] = 1;
        const uint32_t n = uint32_t(entry.size());
        list.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
        list.append(entry);
        auto decoded = record::decodeOpenedBallots(list);
        return decoded && decoded->size() == 1 ? describe(decoded->front()) : hex(entry);
    }

    // SECRECY -------------------------------------------------------------------------------
    void checkSecrecy()
    {
        Check &secrecy = check("SECRECY");
        if (check("BALLOT_ORDER").failed())
            secrecy.fail(Tr::tr("The ballots are not in ballot-id order, so their order may follow casting (see "
                                "BALLOT_ORDER)."));
        if (check("CT_LENGTH").failed())
            secrecy.fail(Tr::tr("Sealed votes differ in length, which may reveal how many projects were chosen (see "
                                "CT_LENGTH)."));
        if (!secrecy.failed())
            secrecy.note(Tr::tr("Ballots are listed by their random ids, every sealed vote has the same length, opened "
                                "ballots are sorted by content, and the format holds no time per ballot."));
    }

    // RECEIPT -------------------------------------------------------------------------------
    void checkReceipt()
    {
        Check &receipt = check("RECEIPT");
        ReceiptAnswer &answer = m_report.receipt;
        if (m_options.receipt.isEmpty()) {
            receipt.skip(Tr::tr("No receipt given (--receipt)."));
            return;
        }
        answer.asked = true;
        const QString wanted = crypto::normaliseCode(m_options.receipt);
        if (wanted.size() != 16) {
            receipt.fail(Tr::tr("\"%1\" is not a receipt code: a receipt has 16 letters and digits, like "
                                "GPEK-A7LW-KIAX-PLS4.")
                             .arg(m_options.receipt));
            return;
        }
        const auto match = std::find_if(m_ballots.begin(), m_ballots.end(),
            [&](const BallotItem &b) {
                return crypto::normaliseCode(QString::fromLatin1(b.receipt.data(), qsizetype(b.receipt.size())))
                    == wanted;
            });
        if (match == m_ballots.end()) {
            receipt.fail(
                Tr::tr("No ballot with receipt %1 is in this record. Check the code; if it is right, report it "
                       "to the organizers and the auditors.")
                    .arg(m_options.receipt));
            return;
        }
        const BallotItem &b = *match;
        answer.found = true;
        answer.index = b.index;
        if (b.env) {
            answer.ballotId = hex(b.env->ballotId);
            answer.kioskId = b.env->kioskId;
            answer.batch = b.env->batch;
        }
        answer.signatureValid = b.env && b.signatureValid && b.env->manifestHash == m_mh && m_manifestSignatureValid;
        if (!answer.signatureValid) {
            receipt.fail(Tr::tr("A ballot with receipt %1 is in the record (%2), but its signature does NOT verify: "
                                "report this to the auditors.")
                             .arg(m_options.receipt, b.where()));
            return;
        }
        std::vector<const ResultItem *> revokedIn;
        bool anyStatement = false;
        for (const ResultItem &r : m_results) {
            if (!r.statement)
                continue;
            anyStatement = true;
            if (r.revoked.count(b.env->kioskId))
                revokedIn.push_back(&r);
        }
        answer.counted = anyStatement && revokedIn.empty();
        if (!anyStatement)
            receipt.warn(Tr::tr("Found: %1, kiosk %2, batch %3, with a valid signature; the record holds no count yet.")
                             .arg(b.where(), b.env->kioskId)
                             .arg(b.env->batch));
        else if (!revokedIn.empty())
            receipt.warn(
                Tr::tr("Found: %1, kiosk %2, batch %3, with a valid signature, but NOT counted: the organizers "
                       "revoked kiosk %2.")
                    .arg(b.where(), b.env->kioskId)
                    .arg(b.env->batch));
        else
            receipt.note(Tr::tr("Found: %1, kiosk %2, batch %3, with a valid signature, and counted.")
                             .arg(b.where(), b.env->kioskId)
                             .arg(b.env->batch));
    }

    const VerifyOptions &m_options;
    std::vector<Check> m_checks;
    std::set<QString> m_ran;
    VerifyReport m_report;
    bool m_readable = false;
    const bool m_deferArrays;
    bool m_unparsed = false; // a deferred element is not canonical JSON (needsFullParse)
    PhaseClock *m_clock = nullptr;
    std::optional<std::thread> m_signatures; // verifyBallotSignatures, while the rest runs
    std::atomic<std::size_t> m_nextSignature {0}; // the next block of ballots to check
    std::atomic<int> m_signatureThreads {0}; // threads that checked some

    // The container's fields.
    std::optional<QString> m_roundName;
    std::optional<QByteArray> m_roundElectionId;
    std::optional<QByteArray> m_manifestBytes;
    std::optional<QByteArray> m_manifestSignature;
    std::optional<QByteArray> m_manifestHashField;
    std::optional<QByteArray> m_authorityKeyField;
    std::optional<QString> m_fingerprintField;
    // The large arrays' binary fields (see DecodeArena): before the arrays, which point
    // into it, so that it is freed after them.
    DecodeBlock m_decodeBlock;
    util::LargeVector<QByteArray> m_issued;
    util::LargeVector<SpentItem> m_spent;
    util::LargeVector<BallotItem> m_ballots;
    std::vector<CheckpointItem> m_checkpoints;
    util::LargeVector<EventItem> m_events;
    std::vector<ResultItem> m_results;

    // Derived.
    std::optional<record::Manifest> m_manifest;
    QByteArray m_mh;
    Round m_round;
    bool m_manifestSignatureValid = false;
    QStringList m_amountsOutOfRange; // why ballots cannot be checked against the manifest
    std::map<QString, QByteArray> m_kioskKeys;
    std::vector<std::pair<QByteArray, QString>> m_kioskIdsUtf8; // the registered ids, for decodeShared
    std::map<QString, std::vector<const CheckpointItem *>> m_kioskCheckpoints;
    std::map<std::pair<QString, uint32_t>, const CheckpointItem *> m_batchCheckpoint;
    std::map<QString, std::vector<uint64_t>> m_castSeqs; // by kiosk, sorted
};

} // namespace

QString CheckResult::status() const
{
    if (!passed)
        return u"FAIL"_qs;
    if (warning)
        return u"WARN"_qs;
    if (skipped)
        return u"SKIP"_qs;
    return u"PASS"_qs;
}

bool VerifyReport::ok() const
{
    return !checks.empty() && std::all_of(checks.begin(), checks.end(), [](const CheckResult &c) { return c.passed; });
}

const CheckResult *VerifyReport::check(const QString &id) const
{
    auto it = std::find_if(checks.begin(), checks.end(), [&](const CheckResult &c) { return c.id == id; });
    return it == checks.end() ? nullptr : &*it;
}

QStringList VerifyReport::failedIds() const
{
    QStringList ids;
    for (const CheckResult &c : checks) {
        if (!c.passed)
            ids << c.id;
    }
    return ids;
}

QStringList VerifyReport::warningIds() const
{
    QStringList ids;
    for (const CheckResult &c : checks) {
        if (c.passed && c.warning)
            ids << c.id;
    }
    return ids;
}

QJsonObject VerifyReport::toJson() const
{
    QJsonArray list;
    for (const CheckResult &c : checks) {
        list.append(QJsonObject {{u"id"_qs, c.id}, {u"title"_qs, c.title}, {u"status"_qs, c.status()},
            {u"problems"_qs, QJsonArray::fromStringList(c.problems)},
            {u"notes"_qs, QJsonArray::fromStringList(c.notes)}});
    }
    QJsonObject o {{u"ok"_qs, ok()}, {u"version"_qs, version}, {u"election"_qs, electionName},
        {u"election_id"_qs, electionId}, {u"authority_fingerprint"_qs, authorityFingerprint},
        {u"authority_pinned"_qs, authorityPinned}, {u"ballots"_qs, ballots}, {u"kiosks"_qs, kiosks},
        {u"checkpoints"_qs, checkpoints}, {u"events"_qs, events}, {u"results"_qs, results},
        {u"failed"_qs, QJsonArray::fromStringList(failedIds())},
        {u"warnings"_qs, QJsonArray::fromStringList(warningIds())}, {u"checks"_qs, list}};
    QJsonArray phases;
    for (const PhaseTiming &t : timings)
        phases.append(QJsonObject {{u"phase"_qs, t.phase}, {u"wall_ms"_qs, t.wallMs}, {u"cpu_ms"_qs, t.cpuMs}});
    o[u"timings"_qs] = phases;
    if (receipt.asked) {
        o[u"receipt"_qs] = QJsonObject {{u"found"_qs, receipt.found}, {u"signature_valid"_qs, receipt.signatureValid},
            {u"counted"_qs, receipt.counted}, {u"index"_qs, qint64(receipt.index)}, {u"ballot_id"_qs, receipt.ballotId},
            {u"kiosk"_qs, receipt.kioskId}, {u"batch"_qs, qint64(receipt.batch)}};
    }
    return o;
}

QString VerifyReport::toText() const
{
    QString t;
    if (!electionName.isEmpty() || !electionId.isEmpty())
        t += Tr::tr("Election record of \"%1\" (election id %2), format version %3")
                 .arg(electionName, electionId)
                 .arg(version)
            + u'\n';
    if (!authorityFingerprint.isEmpty())
        t += (authorityPinned
                     ? Tr::tr("Authority key %1: the fingerprint you gave.")
                     : Tr::tr("Authority key %1: NOT compared with a published fingerprint (use --authority)."))
                 .arg(authorityFingerprint)
            + u'\n';
    if (version > 0)
        t += Tr::tr("Holds %1 ballots, %2 kiosks, %3 checkpoints, %4 events, %5 results.")
                 .arg(ballots)
                 .arg(kiosks)
                 .arg(checkpoints)
                 .arg(events)
                 .arg(results)
            + u"\n\n"_qs;
    for (const CheckResult &c : checks) {
        t += c.status() + u"  "_qs + c.id.leftJustified(21) + u' ' + c.title + u'\n';
        for (const QString &p : c.problems)
            t += u"      - "_qs + p + u'\n';
        if (c.passed) {
            for (const QString &n : c.notes)
                t += u"        "_qs + n + u'\n';
        }
    }
    t += u'\n';
    const QStringList failed = failedIds();
    if (failed.isEmpty())
        t += warningIds().isEmpty()
            ? Tr::tr("Verdict: PASSED. Every check passed.")
            : Tr::tr("Verdict: PASSED, with warnings to read: %1.").arg(warningIds().join(u", "_qs));
    else
        t += Tr::tr("Verdict: FAILED. %n check(s) failed: %1.", nullptr, int(failed.size())).arg(failed.join(u", "_qs));
    t += u'\n';
    return t;
}

VerifyReport verifyRecord(QByteArrayView recordBytes, const VerifyOptions &options)
{
    {
        Verification v(options, true);
        VerifyReport report = v.run(recordBytes);
        if (!v.needsFullParse())
            return report;
    }
    // An element of a large array is not canonical JSON: the full parse names the first
    // broken rule in the record, exactly.
    Verification v(options, false);
    return v.run(recordBytes);
}

VerifyReport verifyRecordFile(const QString &path, const VerifyOptions &options)
{
    const QFileInfo info(path);
    QString refusal;
    util::LargeBytes bytes;
    if (!info.exists())
        refusal = Tr::tr("%1 does not exist.").arg(path);
    else if (!info.isFile())
        refusal = Tr::tr("%1 is not a file.").arg(path);
    else if (info.size() > MaxRecordBytes)
        refusal = Tr::tr("%1 is %2 bytes; an election record is refused over %3 bytes (2 GiB).")
                      .arg(path)
                      .arg(info.size())
                      .arg(MaxRecordBytes);
    if (refusal.isEmpty()) {
        // Mapped rather than copied (util/MappedFile.h): the bytes the page cache holds,
        // with no copy and no fresh memory. A file cut short or written while it is
        // verified is refused afterwards, whatever the checks said.
        util::MappedFile mapped;
        if (mapped.map(path)) {
            if (mapped.bytes().size() > MaxRecordBytes) {
                refusal = Tr::tr("%1 is %2 bytes; an election record is refused over %3 bytes (2 GiB).")
                              .arg(path)
                              .arg(mapped.bytes().size())
                              .arg(MaxRecordBytes);
            } else {
                VerifyReport report = verifyRecord(mapped.bytes(), options);
                if (!mapped.changed())
                    return report;
                refusal = Tr::tr("%1 changed while it was verified, so what was checked may not be what the file "
                                 "holds: verify it again when nothing writes it.")
                              .arg(path);
            }
        }
    }
    if (refusal.isEmpty()) {
        // Where it cannot be mapped: read into one block of the size the file has (one
        // more byte to see a file that grew since), not through a growing QByteArray: see
        // util/LargeMemory.h.
        QFile f(path);
        qint64 got = 0;
        if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            refusal = Tr::tr("Cannot read %1: %2").arg(path, f.errorString());
        } else {
            bytes = util::LargeBytes(std::size_t(info.size()) + 1);
            if (bytes.isNull()) {
                refusal = Tr::tr("Cannot read %1: no memory for its %2 bytes.").arg(path).arg(info.size());
            } else {
                while (got < qint64(bytes.size())) {
                    const qint64 n = f.read(bytes.data() + got, qint64(bytes.size()) - got);
                    if (n <= 0)
                        break;
                    got += n;
                }
                if (f.error() != QFileDevice::NoError)
                    refusal = Tr::tr("Cannot read %1: %2").arg(path, f.errorString());
                else if (got != info.size())
                    refusal = Tr::tr("%1 changed while it was read (%2 bytes, then %3): read it again when "
                                     "nothing writes it.")
                                  .arg(path)
                                  .arg(info.size())
                                  .arg(got);
            }
        }
        if (refusal.isEmpty())
            return verifyRecord(QByteArrayView(bytes.data(), got), options);
    }
    VerifyReport report = verifyRecord(QByteArrayView(), options);
    for (CheckResult &c : report.checks) {
        if (c.id == u"RECORD_FORMAT"_qs)
            c.problems = QStringList {refusal};
    }
    return report;
}

Result<crypto::SecretBytes> readElectionKeyFile(const QString &path)
{
    using R = Result<crypto::SecretBytes>;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return R::failure(Tr::tr("Cannot read the election key %1: %2").arg(path, f.errorString()));
    // At most 64 hex digits and some white space: read a little more to see a longer file.
    constexpr qint64 Room = 256;
    if (f.size() > Room)
        return R::failure(Tr::tr("%1 does not hold an election key: it must hold 64 hex digits.").arg(path));
    crypto::SecretBytes text(Room);
    const qint64 n = f.read(reinterpret_cast<char *>(text.data()), Room);
    if (n < 0)
        return R::failure(Tr::tr("Cannot read the election key %1: %2").arg(path, f.errorString()));
    crypto::SecretBytes key(crypto::BoxSecretKeyBytes);
    int digits = 0;
    for (qint64 i = 0; i < n; ++i) {
        const unsigned char c = text.data()[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        int v = -1;
        if (c >= '0' && c <= '9')
            v = c - '0';
        else if (c >= 'a' && c <= 'f')
            v = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v = c - 'A' + 10;
        if (v < 0 || digits >= 2 * crypto::BoxSecretKeyBytes)
            return R::failure(Tr::tr("%1 does not hold an election key: it must hold 64 hex digits.").arg(path));
        key.data()[digits / 2] = static_cast<unsigned char>(key.data()[digits / 2] | (digits % 2 ? v : v << 4));
        ++digits;
    }
    if (digits != 2 * crypto::BoxSecretKeyBytes)
        return R::failure(Tr::tr("%1 does not hold an election key: it must hold 64 hex digits.").arg(path));
    return key;
}

QByteArray stripJsonWhitespace(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size());
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            out.append(c);
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            out.append(c);
            if (c == '"')
                inString = true;
        }
    }
    return out;
}

} // namespace pbvote::audit
