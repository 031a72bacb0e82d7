#include "audit/CanonicalJson.h"
#include "util/LargeMemory.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace pbvote::audit::cjson {

namespace detail {

enum : std::uint8_t { HasEscapes = 1, Deferred = 2 };

struct Data
{
    const char *text = nullptr;
    qsizetype size = 0;
    util::LargeVector<Node> nodes;
    util::LargeVector<std::uint32_t> childSlots; // children of containers, contiguous per container
                                                 // (objects: key, value, key, value, …)
    std::vector<std::uint32_t> pending; // the parser's (see Parser::m_pending), kept for the next element
};

} // namespace detail

namespace {

// The parser's messages are translated (context "CanonicalJson"): they end up in
// RECORD_FORMAT's problem, which the auditor reads.

using detail::Data;
using detail::Node;

constexpr std::uint32_t NoNode = std::numeric_limits<std::uint32_t>::max();
// Offsets and node indices are 32-bit: a text must stay below 4 GiB (records are at most 2).
constexpr qsizetype MaxTextBytes = qsizetype(std::numeric_limits<std::uint32_t>::max()) - 1;

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The first byte in [s, e) that a string scan must look at: '"', '\\', below 0x20 or at or
// above 0x80. Returns e when there is none.
inline const char *scanPlain(const char *s, const char *e)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(0x20); // signed compare: < 0x20 and >= 0x80 both "less"
    auto special = [&](const char *at) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
        return _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)), _mm_cmplt_epi8(v, space));
    };
    while (e - s >= 32) {
        const __m128i a = special(s);
        const __m128i b = special(s + 16);
        const int mask = _mm_movemask_epi8(_mm_or_si128(a, b));
        if (mask != 0) {
            const unsigned bits = unsigned(_mm_movemask_epi8(a)) | (unsigned(_mm_movemask_epi8(b)) << 16);
            return s + __builtin_ctz(bits);
        }
        s += 32;
    }
    if (e - s >= 16) {
        const int mask = _mm_movemask_epi8(special(s));
        if (mask != 0)
            return s + __builtin_ctz(unsigned(mask));
        s += 16;
    }
#endif
    while (s < e) {
        const auto c = static_cast<unsigned char>(*s);
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
            return s;
        ++s;
    }
    return e;
}

// The first byte in [s, e) that the skim of a deferred element must look at: '"' or a
// bracket ('{', '}', '[', ']'). Returns e when there is none.
inline const char *scanStructural(const char *s, const char *e)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i lower = _mm_set1_epi8(0x20); // '[' | 0x20 == '{', ']' | 0x20 == '}'
    const __m128i open = _mm_set1_epi8('{');
    const __m128i close = _mm_set1_epi8('}');
    while (e - s >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s));
        const __m128i folded = _mm_or_si128(v, lower);
        const __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(v, quote),
            _mm_or_si128(_mm_cmpeq_epi8(folded, open), _mm_cmpeq_epi8(folded, close)));
        const int mask = _mm_movemask_epi8(hit);
        if (mask != 0)
            return s + __builtin_ctz(unsigned(mask));
        s += 16;
    }
#endif
    while (s < e) {
        const char c = *s;
        if (c == '"' || c == '{' || c == '}' || c == '[' || c == ']')
            return s;
        ++s;
    }
    return e;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &out, char32_t u)
{
    if (u < 0x80) {
        out.append(char(u));
    } else if (u < 0x800) {
        out.append(char(0xc0 | (u >> 6)));
        out.append(char(0x80 | (u & 0x3f)));
    } else {
        out.append(char(0xe0 | (u >> 12)));
        out.append(char(0x80 | ((u >> 6) & 0x3f)));
        out.append(char(0x80 | (u & 0x3f)));
    }
}

// A key as the messages show it: the raw text, shortened.
QString shown(QByteArrayView raw)
{
    constexpr qsizetype Max = 60;
    if (raw.size() <= Max)
        return u'"' + QString::fromUtf8(raw) + u'"';
    return u'"' + QString::fromUtf8(raw.first(Max)) + QStringLiteral("…\"");
}

QString shownByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u > 0x20 && u < 0x7f)
        return u'\'' + QChar::fromLatin1(c) + u'\'';
    return QCoreApplication::translate("CanonicalJson", "byte 0x%1").arg(u, 2, 16, QLatin1Char('0'));
}

class Parser
{
public:
    Parser(Data &data, ParseError *error, const ParseOptions *options = nullptr)
        : m_d(data), m_error(error), m_options(options), m_pending(data.pending)
    {
    }

    bool run();
    // Parses the one value (an object or an array) that starts at `start`, as an element
    // nested `depth` deep, and stops after it; `*end` is then the offset after it.
    bool runElement(std::uint32_t start, int depth, std::uint32_t *end);

private:
    struct Frame
    {
        std::uint32_t node;
        std::uint32_t firstChild; // index into m_pending
        std::uint32_t lastKey; // node of the previous key (objects), or NoNode
        bool object;
        bool deferElements; // an array of ParseOptions::deferredArrays
    };

    bool fail(const char *at, const QString &message)
    {
        if (m_error) {
            m_error->offset = at - m_begin;
            m_error->message = message;
        }
        return false;
    }
    bool failEnd()
    {
        return fail(m_end,
            m_depth > 0 ? (m_frames[m_depth - 1].object
                    ? QCoreApplication::translate("CanonicalJson", "unexpected end of text in an object")
                    : QCoreApplication::translate("CanonicalJson", "unexpected end of text in an array"))
                        : QCoreApplication::translate("CanonicalJson", "unexpected end of text"));
    }
    void skipSpace()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }
    std::uint32_t addNode(Kind kind, const char *at, std::uint64_t payload, std::uint8_t flags = 0)
    {
        const auto index = std::uint32_t(m_d.nodes.size());
        m_d.nodes.push_back(Node {payload, std::uint32_t(at - m_begin), kind, flags});
        if (m_depth > 0)
            m_pending.push_back(index);
        return index;
    }

    bool parse(); // from m_p; the top-level value, or one element (m_elementMode)
    bool open(bool object);
    void close();
    bool skimDeferred();
    bool parseKey();
    bool parseString(std::uint32_t *node);
    bool checkEscape(const char *q);
    bool checkUtf8(const char *q, const char **next);
    bool parseNumber();
    bool parseScalar();
    int compareKeys(const Node &a, const Node &b) const;

    Data &m_d;
    ParseError *m_error;
    const ParseOptions *m_options;
    const char *m_begin = nullptr;
    const char *m_end = nullptr;
    const char *m_p = nullptr;
    Frame m_frames[MaxDepth];
    int m_depth = 0;
    int m_depthBase = 0; // the nesting around an element parsed on its own
    bool m_elementMode = false;
    bool m_deferNext = false; // the key just read names a deferred array
    std::vector<std::uint32_t> &m_pending; // children of the open containers, innermost last
};

bool Parser::run()
{
    m_begin = m_d.text;
    m_end = m_d.text + m_d.size;
    m_p = m_begin;
    if (m_d.size > MaxTextBytes)
        return fail(m_begin, QCoreApplication::translate("CanonicalJson", "text larger than 4 GiB"));
    if (m_d.size >= 3 && std::memcmp(m_begin, "\xef\xbb\xbf", 3) == 0)
        return fail(m_begin, QCoreApplication::translate("CanonicalJson", "byte-order mark at the start of the text"));
    // An estimate, bounded by the text size, that a record does not outgrow (an election
    // record has a node for every 40 bytes or so); the vectors grow if it is short. Pages
    // reserved and never written cost nothing.
    const std::size_t estimate = std::size_t(m_d.size / 24) + 16;
    m_d.nodes.reserve(estimate);
    m_d.childSlots.reserve(estimate);
    m_pending.clear();
    m_pending.reserve(256);

    skipSpace();
    if (m_p == m_end)
        return fail(
            m_p, QCoreApplication::translate("CanonicalJson", "no value in the text (expected an object or an array)"));
    if (*m_p != '{' && *m_p != '[')
        return fail(
            m_p, QCoreApplication::translate("CanonicalJson", "the top-level value must be an object or an array"));
    return parse();
}

bool Parser::runElement(std::uint32_t start, int depth, std::uint32_t *end)
{
    m_begin = m_d.text;
    m_end = m_d.text + m_d.size;
    m_p = m_begin + start;
    m_elementMode = true;
    m_depthBase = depth;
    m_d.nodes.clear();
    m_d.childSlots.clear();
    m_pending.clear();
    if (m_p >= m_end || (*m_p != '{' && *m_p != '['))
        return fail(m_p, QCoreApplication::translate("CanonicalJson", "the top-level value must be an object or an array"));
    if (!parse())
        return false;
    *end = std::uint32_t(m_p - m_begin);
    return true;
}

bool Parser::parse()
{
    bool expectValue = true;
    for (;;) {
        if (expectValue) {
            // A value starts at m_p (white space skipped).
            if (m_p == m_end)
                return failEnd();
            const char c = *m_p;
            if ((c == '{' || c == '[') && m_depth > 0 && m_frames[m_depth - 1].deferElements) {
                if (!skimDeferred())
                    return false;
            } else if (c == '{' || c == '[') {
                const bool object = c == '{';
                const bool deferElements = !object && m_deferNext && m_depth == 1;
                if (!open(object))
                    return false;
                m_frames[m_depth - 1].deferElements = deferElements;
                if (m_p == m_end)
                    return failEnd();
                if (*m_p == (object ? '}' : ']')) {
                    ++m_p;
                    close();
                    expectValue = false;
                } else if (object && !parseKey()) {
                    return false;
                }
                continue;
            } else if (!parseScalar()) {
                return false;
            }
        }
        // After a value.
        if (m_depth == 0) {
            if (m_elementMode)
                return true;
            skipSpace();
            if (m_p != m_end)
                return fail(m_p, QCoreApplication::translate("CanonicalJson", "text after the top-level value"));
            return true;
        }
        skipSpace();
        if (m_p == m_end)
            return failEnd();
        const Frame &frame = m_frames[m_depth - 1];
        if (*m_p == ',') {
            ++m_p;
            skipSpace();
            if (frame.object && !parseKey())
                return false;
            expectValue = true;
        } else if (*m_p == (frame.object ? '}' : ']')) {
            ++m_p;
            close();
            expectValue = false;
        } else {
            return fail(m_p,
                frame.object ? QCoreApplication::translate(
                    "CanonicalJson", "expected ',' or '}' after an object member, found %1")
                                   .arg(shownByte(*m_p))
                             : QCoreApplication::translate(
                                 "CanonicalJson", "expected ',' or ']' after an array element, found %1")
                                   .arg(shownByte(*m_p)));
        }
    }
}

bool Parser::open(bool object)
{
    if (m_depth + m_depthBase >= MaxDepth)
        return fail(m_p, QCoreApplication::translate("CanonicalJson", "nesting deeper than %1").arg(MaxDepth));
    const std::uint32_t node = addNode(object ? Kind::Object : Kind::Array, m_p, 0);
    m_frames[m_depth++] = Frame {node, std::uint32_t(m_pending.size()), NoNode, object, false};
    ++m_p;
    skipSpace();
    return true;
}

// An element of a deferred array: only its end is found (strings skipped, brackets of
// either kind counted), for Value::parseDeferred to parse it with every rule later. In a
// canonical element this finds exactly the end the full parse finds; in any other, the
// element's own parse fails, whatever end this found.
bool Parser::skimDeferred()
{
    const char *start = m_p;
    const char *p = m_p;
    qint64 depth = 0;
    while ((p = scanStructural(p, m_end)) < m_end) {
        const char c = *p;
        if (c == '"') {
            ++p;
            for (;;) {
                p = scanPlain(p, m_end);
                if (p == m_end)
                    return fail(start, QCoreApplication::translate("CanonicalJson", "unterminated string"));
                if (*p == '"')
                    break;
                p += *p == '\\' ? 2 : 1;
            }
            ++p;
        } else if (c == '{' || c == '[') {
            ++depth;
            ++p;
        } else if (c == '}' || c == ']') {
            ++p;
            if (--depth == 0) {
                const auto length = std::uint64_t(p - start);
                addNode(c == '}' ? Kind::Object : Kind::Array, start, length, detail::Deferred);
                if ((*start == '{') != (c == '}'))
                    return fail(p - 1, QCoreApplication::translate("CanonicalJson", "mismatched brackets"));
                m_p = p;
                return true;
            }
        }
    }
    return failEnd();
}

void Parser::close()
{
    const Frame &frame = m_frames[m_depth - 1];
    const std::size_t children = m_pending.size() - frame.firstChild;
    const auto first = std::uint64_t(m_d.childSlots.size());
    m_d.childSlots.insert(m_d.childSlots.end(), m_pending.begin() + frame.firstChild, m_pending.end());
    m_pending.resize(frame.firstChild);
    const std::uint64_t count = frame.object ? children / 2 : children;
    m_d.nodes[frame.node].payload = (first << 32) | count;
    --m_depth;
}

bool Parser::parseKey()
{
    if (m_p == m_end)
        return failEnd();
    if (*m_p != '"')
        return fail(m_p,
            QCoreApplication::translate("CanonicalJson", "expected a string key in an object, found %1")
                .arg(shownByte(*m_p)));
    std::uint32_t key = 0;
    const char *at = m_p;
    if (!parseString(&key))
        return false;
    Frame &frame = m_frames[m_depth - 1];
    if (frame.lastKey != NoNode) {
        const Node &previous = m_d.nodes[frame.lastKey];
        const Node &current = m_d.nodes[key];
        const int order = compareKeys(previous, current);
        if (order >= 0) {
            const auto raw
                = [this](const Node &n) { return QByteArrayView(m_begin + n.offset + 1, qsizetype(n.payload)); };
            if (order == 0)
                return fail(at,
                    QCoreApplication::translate("CanonicalJson", "duplicate object key (%1)").arg(shown(raw(current))));
            return fail(at,
                QCoreApplication::translate("CanonicalJson", "object keys not in ascending order (%1 after %2)")
                    .arg(shown(raw(current)), shown(raw(previous))));
        }
    }
    frame.lastKey = key;
    if (m_depth == 1 && m_options && !m_options->deferredArrays.empty()) {
        const Node &k = m_d.nodes[key];
        const QByteArrayView raw(m_begin + k.offset + 1, qsizetype(k.payload));
        m_deferNext = !(k.flags & detail::HasEscapes)
            && std::find(m_options->deferredArrays.begin(), m_options->deferredArrays.end(), raw)
                != m_options->deferredArrays.end();
    }
    skipSpace();
    if (m_p == m_end)
        return failEnd();
    if (*m_p != ':')
        return fail(m_p,
            QCoreApplication::translate("CanonicalJson", "expected ':' after an object key, found %1")
                .arg(shownByte(*m_p)));
    ++m_p;
    skipSpace();
    return true;
}

int Parser::compareKeys(const Node &a, const Node &b) const
{
    const QByteArrayView ra(m_begin + a.offset + 1, qsizetype(a.payload));
    const QByteArrayView rb(m_begin + b.offset + 1, qsizetype(b.payload));
    if (!((a.flags | b.flags) & detail::HasEscapes))
        return ra.compare(rb);
    const QByteArray ua = (a.flags & detail::HasEscapes) ? unescape(ra) : ra.toByteArray();
    const QByteArray ub = (b.flags & detail::HasEscapes) ? unescape(rb) : rb.toByteArray();
    return QByteArrayView(ua).compare(QByteArrayView(ub));
}

bool Parser::parseString(std::uint32_t *node)
{
    const char *open = m_p;
    const char *q = m_p + 1;
    std::uint8_t flags = 0;
    for (;;) {
        q = scanPlain(q, m_end);
        if (q == m_end)
            return fail(open, QCoreApplication::translate("CanonicalJson", "unterminated string"));
        const auto c = static_cast<unsigned char>(*q);
        if (c == '"')
            break;
        if (c == '\\') {
            if (!checkEscape(q))
                return false;
            flags = detail::HasEscapes;
            q += q[1] == 'u' ? 6 : 2;
        } else if (c < 0x20) {
            return fail(q,
                QCoreApplication::translate(
                    "CanonicalJson", "raw control character U+%1 in a string (the canonical form escapes it)")
                    .arg(c, 4, 16, QLatin1Char('0')));
        } else if (!checkUtf8(q, &q)) {
            return false;
        }
    }
    *node = addNode(Kind::String, open, std::uint64_t(q - open - 1), flags);
    m_p = q + 1;
    return true;
}

bool Parser::checkEscape(const char *q)
{
    if (m_end - q < 2)
        return fail(q, QCoreApplication::translate("CanonicalJson", "unterminated string"));
    switch (q[1]) {
    case '"':
    case '\\':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
        return true;
    case '/':
        return fail(q, QCoreApplication::translate("CanonicalJson", "\\/ where the canonical form writes / itself"));
    case 'u':
        break;
    default:
        return fail(q, QCoreApplication::translate("CanonicalJson", "invalid escape \\%1").arg(shownByte(q[1])));
    }
    if (m_end - q < 6)
        return fail(q, QCoreApplication::translate("CanonicalJson", "truncated \\u escape"));
    char32_t u = 0;
    bool upper = false;
    for (int i = 2; i < 6; ++i) {
        const int v = hexValue(q[i]);
        if (v < 0)
            return fail(q, QCoreApplication::translate("CanonicalJson", "invalid \\u escape (needs four hex digits)"));
        upper = upper || (q[i] >= 'A' && q[i] <= 'F');
        u = (u << 4) | char32_t(v);
    }
    const QString escape = QString::fromLatin1(q, 6);
    if (u >= 0xd800 && u <= 0xdfff)
        return fail(q,
            QCoreApplication::translate(
                "CanonicalJson", "surrogate escape %1 (the canonical form writes characters as raw UTF-8)")
                .arg(escape));
    if (u >= 0x20)
        return fail(q,
            QCoreApplication::translate("CanonicalJson", "%1 where the canonical form writes the character itself")
                .arg(escape));
    const char *shortForm = nullptr;
    switch (u) {
    case 0x08:
        shortForm = "\\b";
        break;
    case 0x09:
        shortForm = "\\t";
        break;
    case 0x0a:
        shortForm = "\\n";
        break;
    case 0x0c:
        shortForm = "\\f";
        break;
    case 0x0d:
        shortForm = "\\r";
        break;
    default:
        break;
    }
    if (shortForm)
        return fail(q,
            QCoreApplication::translate("CanonicalJson", "%1 where the canonical form writes %2")
                .arg(escape, QLatin1String(shortForm)));
    if (upper)
        return fail(q,
            QCoreApplication::translate(
                "CanonicalJson", "%1 with uppercase hex digits (the canonical form writes lowercase)")
                .arg(escape));
    return true;
}

bool Parser::checkUtf8(const char *q, const char **next)
{
    const auto *s = reinterpret_cast<const unsigned char *>(q);
    const auto *e = reinterpret_cast<const unsigned char *>(m_end);
    const unsigned char c = s[0];
    int length = 0;
    unsigned char low = 0x80, high = 0xbf; // allowed range of the second byte
    if (c < 0xc2) {
        return fail(q,
            c < 0xc0 ? QCoreApplication::translate("CanonicalJson", "invalid UTF-8 (unexpected continuation byte)")
                     : QCoreApplication::translate("CanonicalJson", "invalid UTF-8 (overlong form)"));
    } else if (c < 0xe0) {
        length = 2;
    } else if (c < 0xf0) {
        length = 3;
        if (c == 0xe0)
            low = 0xa0;
        else if (c == 0xed)
            high = 0x9f;
    } else if (c < 0xf5) {
        length = 4;
        if (c == 0xf0)
            low = 0x90;
        else if (c == 0xf4)
            high = 0x8f;
    } else {
        return fail(
            q, QCoreApplication::translate("CanonicalJson", "invalid UTF-8 (above U+10FFFF or not a lead byte)"));
    }
    if (e - s < length)
        return fail(q, QCoreApplication::translate("CanonicalJson", "invalid UTF-8 (truncated sequence)"));
    if (s[1] < low || s[1] > high) {
        if (s[1] < 0x80 || s[1] > 0xbf)
            return fail(q, QCoreApplication::translate("CanonicalJson", "invalid UTF-8 (truncated sequence)"));
        if (c == 0xed)
            return fail(q, QCoreApplication::translate("CanonicalJson", "invalid UTF-8 (UTF-16 surrogate)"));
        if (c == 0xf4)
            return fail(q, QCoreApplication::translate("CanonicalJson", "invalid UTF-8 (above U+10FFFF)"));
        return fail(q, QCoreApplication::translate("CanonicalJson", "invalid UTF-8 (overlong form)"));
    }
    for (int i = 2; i < length; ++i) {
        if (s[i] < 0x80 || s[i] > 0xbf)
            return fail(q, QCoreApplication::translate("CanonicalJson", "invalid UTF-8 (truncated sequence)"));
    }
    *next = q + length;
    return true;
}

bool Parser::parseNumber()
{
    const char *start = m_p;
    const char *p = m_p;
    const bool negative = *p == '-';
    if (negative)
        ++p;
    if (p == m_end || !isDigit(*p))
        return fail(start, QCoreApplication::translate("CanonicalJson", "invalid number ('-' without digits)"));
    const char *digits = p;
    if (*p == '0') {
        ++p;
        if (p < m_end && isDigit(*p))
            return fail(start, QCoreApplication::translate("CanonicalJson", "number with a leading zero"));
    } else {
        while (p < m_end && isDigit(*p))
            ++p;
    }
    if (p < m_end && (*p == '.' || *p == 'e' || *p == 'E'))
        return fail(start,
            QCoreApplication::translate(
                "CanonicalJson", "number with a fraction or exponent (only integers are allowed)"));
    const auto outOfRange
        = [&] { return fail(start, QCoreApplication::translate("CanonicalJson", "integer outside the 64-bit range")); };
    if (p - digits > 19)
        return outOfRange();
    std::uint64_t magnitude = 0;
    for (const char *d = digits; d < p; ++d)
        magnitude = magnitude * 10 + std::uint64_t(*d - '0');
    constexpr auto Max = std::uint64_t(std::numeric_limits<qint64>::max());
    if (magnitude > Max + (negative ? 1 : 0))
        return outOfRange();
    if (negative && magnitude == 0)
        return fail(start, QCoreApplication::translate("CanonicalJson", "-0 where the canonical form writes 0"));
    const std::uint64_t bits = negative ? ~magnitude + 1 : magnitude; // two's complement
    addNode(Kind::Integer, start, bits);
    m_p = p;
    return true;
}

bool Parser::parseScalar()
{
    const char c = *m_p;
    if (c == '"') {
        std::uint32_t node = 0;
        return parseString(&node);
    }
    if (c == '-' || isDigit(c))
        return parseNumber();
    const auto literal = [&](const char *word, qsizetype length, Kind kind) {
        if (m_end - m_p < length || std::memcmp(m_p, word, std::size_t(length)) != 0)
            return fail(m_p,
                QCoreApplication::translate("CanonicalJson", "invalid literal (expected %1)").arg(QLatin1String(word)));
        addNode(kind, m_p, 0);
        m_p += length;
        return true;
    };
    switch (c) {
    case 't':
        return literal("true", 4, Kind::True);
    case 'f':
        return literal("false", 5, Kind::False);
    case 'n':
        return literal("null", 4, Kind::Null);
    default:
        return fail(m_p,
            QCoreApplication::translate("CanonicalJson", "unexpected %1 where a value was expected").arg(shownByte(c)));
    }
}

} // namespace

QByteArray unescape(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(raw.size());
    const char *s = raw.data();
    const char *e = s + raw.size();
    while (s < e) {
        const char *b = static_cast<const char *>(std::memchr(s, '\\', std::size_t(e - s)));
        if (!b) {
            out.append(s, e - s);
            break;
        }
        out.append(s, b - s);
        if (e - b < 2)
            break;
        switch (b[1]) {
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'u': {
            char32_t u = 0;
            int i = 2;
            for (; i < 6 && b + i < e && hexValue(b[i]) >= 0; ++i)
                u = (u << 4) | char32_t(hexValue(b[i]));
            appendUtf8(out, u);
            s = b + i;
            continue;
        }
        default:
            out.append(b[1]);
            break; // '"', '\\', '/'
        }
        s = b + 2;
    }
    return out;
}

// --- Value -------------------------------------------------------------------------------

const detail::Node *Value::node() const
{
    return m_data ? &m_data->nodes[m_index] : nullptr;
}

Kind Value::kind() const
{
    return m_data ? m_data->nodes[m_index].kind : Kind::Missing;
}

qint64 Value::toInteger(qint64 defaultValue) const
{
    const Node *n = node();
    return n && n->kind == Kind::Integer ? qint64(n->payload) : defaultValue;
}

QByteArrayView Value::rawString() const
{
    const Node *n = node();
    if (!n || n->kind != Kind::String)
        return {};
    return QByteArrayView(m_data->text + n->offset + 1, qsizetype(n->payload));
}

bool Value::hasEscapes() const
{
    const Node *n = node();
    return n && n->kind == Kind::String && (n->flags & detail::HasEscapes);
}

QByteArray Value::toUtf8() const
{
    return hasEscapes() ? unescape(rawString()) : rawString().toByteArray();
}

// QString::fromUtf8 drops a leading U+FEFF (as a byte-order mark); a string's text keeps it.
static QString decodeUtf8(QByteArrayView utf8)
{
    if (!utf8.startsWith("\xef\xbb\xbf"))
        return QString::fromUtf8(utf8);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder(utf8);
}

QString Value::toString() const
{
    return hasEscapes() ? decodeUtf8(unescape(rawString())) : decodeUtf8(rawString());
}

qsizetype Value::size() const
{
    const Node *n = node();
    if (!n || (n->kind != Kind::Array && n->kind != Kind::Object) || (n->flags & detail::Deferred))
        return 0;
    return qsizetype(n->payload & 0xffffffffu);
}

std::uint32_t Value::slot(qsizetype i) const
{
    return m_data->childSlots[std::size_t(node()->payload >> 32) + std::size_t(i)];
}

Value Value::at(qsizetype i) const
{
    if (kind() != Kind::Array || i < 0 || i >= size())
        return {};
    return Value(m_data, slot(i));
}

Value Value::keyValueAt(qsizetype i) const
{
    if (kind() != Kind::Object || i < 0 || i >= size())
        return {};
    return Value(m_data, slot(2 * i));
}

QByteArrayView Value::keyAt(qsizetype i) const
{
    return keyValueAt(i).rawString();
}

Value Value::valueAt(qsizetype i) const
{
    if (kind() != Kind::Object || i < 0 || i >= size())
        return {};
    return Value(m_data, slot(2 * i + 1));
}

Value Value::value(QByteArrayView key) const
{
    if (kind() != Kind::Object)
        return {};
    qsizetype lo = 0;
    qsizetype hi = size();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        const Value k(m_data, slot(2 * mid));
        const int order = k.hasEscapes() ? QByteArrayView(k.toUtf8()).compare(key) : k.rawString().compare(key);
        if (order == 0)
            return Value(m_data, slot(2 * mid + 1));
        if (order < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return {};
}

qsizetype Value::offset() const
{
    const Node *n = node();
    return n ? qsizetype(n->offset) : -1;
}

bool Value::isDeferred() const
{
    const Node *n = node();
    return n && (n->kind == Kind::Array || n->kind == Kind::Object) && (n->flags & detail::Deferred);
}

std::optional<Value> Value::parseDeferred(ElementScratch &scratch, ParseError *error) const
{
    if (!isDeferred())
        return std::nullopt;
    const Node &n = *node();
    Data &d = *scratch.m_data;
    d.text = m_data->text;
    d.size = m_data->size;
    // An element of an array in the top-level object: two containers around it.
    Parser parser(d, error);
    std::uint32_t end = 0;
    if (!parser.runElement(n.offset, 2, &end))
        return std::nullopt;
    if (end != n.offset + n.payload) {
        // Cannot happen for text the full parse accepts (see skimDeferred); refused anyway.
        if (error) {
            error->offset = end;
            error->message = QCoreApplication::translate("CanonicalJson", "mismatched brackets");
        }
        return std::nullopt;
    }
    if (error)
        *error = ParseError {};
    return Value(&d, 0);
}

ElementScratch::ElementScratch() : m_data(std::make_unique<detail::Data>()) { }
ElementScratch::~ElementScratch() = default;

// --- Document ----------------------------------------------------------------------------

Document::Document() : m_data(std::make_unique<detail::Data>()) { }
Document::Document(Document &&) noexcept = default;
Document &Document::operator=(Document &&) noexcept = default;
Document::~Document() = default;

std::optional<Document> Document::parse(QByteArrayView text, ParseError *error)
{
    return parse(text, error, ParseOptions {});
}

std::optional<Document> Document::parse(QByteArrayView text, ParseError *error, const ParseOptions &options)
{
    Document document;
    document.m_data->text = text.data();
    document.m_data->size = text.size();
    Parser parser(*document.m_data, error, &options);
    const bool parsed = parser.run();
    std::vector<std::uint32_t>().swap(document.m_data->pending);
    if (!parsed) {
        // The first broken rule may be in an element skimmed before it: the full parse
        // names it exactly.
        if (!options.deferredArrays.empty())
            return parse(text, error);
        return std::nullopt;
    }
    if (error)
        *error = ParseError {};
    return document;
}

Value Document::root() const
{
    return m_data && !m_data->nodes.empty() ? Value(m_data.get(), 0) : Value();
}

qsizetype Document::nodeCount() const
{
    return m_data ? qsizetype(m_data->nodes.size()) : 0;
}

QByteArrayView Document::text() const
{
    return m_data ? QByteArrayView(m_data->text, m_data->size) : QByteArrayView();
}

} // namespace pbvote::audit::cjson
