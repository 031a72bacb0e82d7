#pragma once
// A strict, zero-copy JSON parser that checks, while it parses, that the text is canonical
// (docs/election-record.md, "Canonical JSON"): removing the insignificant white space
// gives exactly what QJsonDocument::toJson(QJsonDocument::Compact) writes for it. One pass,
// no tree of QJsonValues: the Document keeps a flat array of nodes pointing into the text.
//
// Rules (each broken rule is refused with its byte offset and a message saying which):
//  - white space (space, tab, LF, CR) only between tokens and at both ends; no BOM;
//  - exactly one top-level value, an object or an array (as QJsonDocument requires);
//  - object keys strictly ascending by their unescaped UTF-8 bytes (so no duplicates);
//  - strings: `"` and `\` as `\"` and `\\`; U+0008, U+0009, U+000A, U+000C, U+000D as
//    `\b \t \n \f \r`; every other character below U+0020 as `\u00xx` (lowercase hex); no
//    other escape (`\/`, `\u0041`, `\u00e9`, surrogate escapes, uppercase hex); no raw
//    control character; everything else raw, valid UTF-8 (no overlong form, no surrogate,
//    nothing above U+10FFFF);
//  - numbers: integers only, -?(0|[1-9][0-9]*) in the int64 range, no -0;
//  - literals true, false, null; nesting at most 64 deep.
//
// Where this differs from "QJsonDocument::fromJson succeeds and its compact form equals the
// stripped text" (Qt 6.4.2, checked by tests/audit/TestCanonicalJson):
//  - Qt accepts numbers that are not integers when it writes them back the same way
//    (`1.5`, `1e+20`, `1e-07`), and integers beyond int64 that it stores as doubles and
//    writes in plain digits (`9223372036854776000`): refused here;
//  - Qt accepts lone surrogate escapes (`\ud800`, `\udc00\ud800`), which it writes back
//    as they are: refused here (not Unicode text);
//  - Qt orders two keys that both contain escapes by UTF-16 code units, all other keys by
//    code points: the orders differ only when such keys differ at a character in
//    U+E000..U+FFFF against one above U+FFFF. Here keys are always in UTF-8 byte order;
//  - Qt drops a U+FEFF that starts a string without escapes (QString::fromUtf8 takes it for
//    a byte-order mark), so it refuses such a document although it is canonical (Qt's own
//    writer produces it): accepted here, and Value::toString keeps the character;
//  - Qt allows nesting to 1024 levels; here 64.
// Everything else Qt tolerates (a BOM, unknown escapes such as `\a`, raw control characters,
// `-0`, `1.0`) changes the compact form, so both refuse it; Qt refuses trailing text too.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace pbvote::audit::cjson {

enum class Kind : std::uint8_t { Missing, Null, False, True, Integer, String, Array, Object };

// Where the text broke a rule: byte offset in the text (-1 when none) and which rule.
struct ParseError
{
    qsizetype offset = -1;
    QString message;
};

inline constexpr int MaxDepth = 64;

class Document;
class ElementScratch;

// How Document::parse treats a record's large arrays. The arrays that are the values of
// the named keys of the top-level object get no nodes for their elements' contents: each
// element that is an object or an array is only delimited (its strings skipped, its
// brackets counted) and left "deferred", to be parsed by Value::parseDeferred, on any
// thread, when it is read. A deferred element is not yet checked: a reader must parse
// every one and treat a failure as the text's (Document::parse without deferral then
// names the first broken rule, exactly as it would have). When the text breaks a rule
// outside the deferred elements, parse itself falls back to the full parse, so its error
// is always the full parse's.
struct ParseOptions
{
    std::vector<QByteArray> deferredArrays; // keys of the top-level object, raw (unescaped) text
};

namespace detail {
struct Node
{
    // Integer: the value. String: the raw length. Array/Object: first slot << 32 | count.
    std::uint64_t payload = 0;
    std::uint32_t offset = 0; // of the value's first byte (a string's opening quote)
    Kind kind = Kind::Missing;
    std::uint8_t flags = 0; // String: HasEscapes. Object/Array: Deferred (payload: the length)
};
struct Data;
} // namespace detail

// A handle on one value of a Document: a pointer and an index, cheap to copy. Read-only, so
// safe to use from several threads at once. A Missing value answers every question with
// "nothing" (size 0, empty strings, Missing children).
class Value
{
public:
    Value() = default;

    Kind kind() const;
    bool isMissing() const { return kind() == Kind::Missing; }
    bool isNull() const { return kind() == Kind::Null; }
    bool isBool() const { return kind() == Kind::True || kind() == Kind::False; }
    bool isString() const { return kind() == Kind::String; }
    bool isInteger() const { return kind() == Kind::Integer; }
    bool isArray() const { return kind() == Kind::Array; }
    bool isObject() const { return kind() == Kind::Object; }

    bool toBool() const { return kind() == Kind::True; }
    qint64 toInteger(qint64 defaultValue = 0) const; // Integer only, else defaultValue
    QByteArrayView rawString() const; // the bytes between the quotes, still escaped
    bool hasEscapes() const;
    QByteArray toUtf8() const; // unescaped
    QString toString() const; // unescaped

    qsizetype size() const; // elements of an array, members of an object, else 0
    Value at(qsizetype i) const; // array element i (Missing if out of range)
    QByteArrayView keyAt(qsizetype i) const; // object member i's key (raw, still escaped)
    Value keyValueAt(qsizetype i) const; // object member i's key as a String value
    Value valueAt(qsizetype i) const; // object member i's value
    Value value(QByteArrayView key) const; // member by unescaped key (binary search), or Missing
    Value operator[](QByteArrayView key) const { return value(key); }
    Value operator[](qsizetype i) const { return at(i); }

    qsizetype offset() const; // byte offset of the value in the text (-1 when Missing)

    // An element of a deferred array (ParseOptions): an object or an array whose contents
    // are not parsed yet, so it has size 0 and no children until parseDeferred.
    bool isDeferred() const;
    // Parses a deferred element with every rule of Document::parse, into `scratch`, and
    // returns its value there: valid until the scratch parses the next element. Returns
    // nothing (and the broken rule in `error`) when the element is not canonical. Safe to
    // call from several threads at once, each with its own scratch.
    std::optional<Value> parseDeferred(ElementScratch &scratch, ParseError *error = nullptr) const;

private:
    friend class Document;
    Value(const detail::Data *data, std::uint32_t index) : m_data(data), m_index(index) { }
    const detail::Node *node() const;
    std::uint32_t slot(qsizetype i) const;

    const detail::Data *m_data = nullptr;
    std::uint32_t m_index = 0;
};

// A parsed canonical JSON text. Move-only; Values stay valid while the Document lives (also
// across moves). The text must stay alive and unchanged while the Document and its Values
// are used: strings point into it.
class Document
{
public:
    Document(Document &&) noexcept;
    Document &operator=(Document &&) noexcept;
    ~Document();

    static std::optional<Document> parse(QByteArrayView text, ParseError *error = nullptr);
    static std::optional<Document> parse(QByteArrayView text, ParseError *error, const ParseOptions &options);

    Value root() const;
    qsizetype nodeCount() const; // values and object keys
    QByteArrayView text() const;

private:
    Document();
    std::unique_ptr<detail::Data> m_data;
};

// Where Value::parseDeferred puts an element's nodes; reused from element to element, so
// that reading a large array allocates nothing per element. One per thread.
class ElementScratch
{
public:
    ElementScratch();
    ~ElementScratch();
    ElementScratch(const ElementScratch &) = delete;
    ElementScratch &operator=(const ElementScratch &) = delete;

private:
    friend class Value;
    std::unique_ptr<detail::Data> m_data;
};

// Unescapes the raw bytes of a canonical string (what Value::toUtf8 does).
QByteArray unescape(QByteArrayView raw);

} // namespace pbvote::audit::cjson
