// The canonical-JSON parser (core/audit/CanonicalJson): every rule accepted and refused at
// the right byte, lookups, deep nesting, and agreement with the reference the verifier used
// before — QJsonDocument::fromJson succeeds and its compact form equals the text without its
// white space — on 20,000 generated and mutated documents, apart from the documented
// differences (see CanonicalJson.h), each of which is also pinned down here.
#include "audit/CanonicalJson.h"
#include "audit/Verifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <cstring>
#include <limits>
#include <map>
#include <memory>

using namespace pbvote;
using namespace pbvote::audit;

namespace {

QByteArray bytes(const char *s, qsizetype n)
{
    return QByteArray(s, n);
}

// The reference: what Verifier accepted before this parser.
bool qtAccepts(const QByteArray &text, QJsonDocument *out = nullptr)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (document.isNull())
        return false;
    if (out)
        *out = document;
    return document.toJson(QJsonDocument::Compact) == stripJsonWhitespace(text);
}

// Our tree equals Qt's: same kinds, strings, integers, order of members. Returns where not.
QString compareTrees(const cjson::Value &ours, const QJsonValue &theirs, const QString &path)
{
    using cjson::Kind;
    const auto differ = [&](const QString &what) { return path + QStringLiteral(": ") + what; };
    switch (ours.kind()) {
    case Kind::Missing:
        return differ(QStringLiteral("missing"));
    case Kind::Null:
        return theirs.isNull() ? QString() : differ(QStringLiteral("null"));
    case Kind::False:
    case Kind::True:
        return theirs.isBool() && theirs.toBool() == ours.toBool() ? QString() : differ(QStringLiteral("bool"));
    case Kind::Integer:
        return theirs.isDouble() && theirs.toInteger(~ours.toInteger()) == ours.toInteger()
            ? QString()
            : differ(QStringLiteral("integer %1").arg(ours.toInteger()));
    case Kind::String:
        return theirs.isString() && theirs.toString() == ours.toString() && ours.toString().toUtf8() == ours.toUtf8()
            ? QString()
            : differ(QStringLiteral("string %1").arg(ours.toString()));
    case Kind::Array: {
        if (!theirs.isArray() || theirs.toArray().size() != ours.size())
            return differ(QStringLiteral("array"));
        const QJsonArray array = theirs.toArray();
        for (qsizetype i = 0; i < ours.size(); ++i) {
            const QString d = compareTrees(ours.at(i), array.at(i), path + QStringLiteral("[%1]").arg(i));
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    case Kind::Object: {
        if (!theirs.isObject() || theirs.toObject().size() != ours.size())
            return differ(QStringLiteral("object"));
        const QJsonObject object = theirs.toObject();
        qsizetype i = 0;
        for (auto it = object.begin(); it != object.end(); ++it, ++i) {
            if (ours.keyValueAt(i).toString() != it.key())
                return differ(QStringLiteral("key %1").arg(i));
            if (ours.value(ours.keyValueAt(i).toUtf8()).offset() != ours.valueAt(i).offset())
                return differ(QStringLiteral("lookup of key %1").arg(i));
            const QString d = compareTrees(ours.valueAt(i), it.value(), path + u'.' + it.key());
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    }
    return differ(QStringLiteral("kind"));
}

// True when an object of the document has two consecutive keys that both contain escapes
// and whose UTF-16 order differs from their UTF-8 order (Qt orders such keys by UTF-16).
bool hasUtf16OrderedKeys(const cjson::Value &v)
{
    if (v.isArray()) {
        for (qsizetype i = 0; i < v.size(); ++i) {
            if (hasUtf16OrderedKeys(v.at(i)))
                return true;
        }
    }
    if (v.isObject()) {
        for (qsizetype i = 0; i < v.size(); ++i) {
            if (i > 0 && v.keyValueAt(i - 1).hasEscapes() && v.keyValueAt(i).hasEscapes()
                && v.keyValueAt(i - 1).toString() > v.keyValueAt(i).toString())
                return true;
            if (hasUtf16OrderedKeys(v.valueAt(i)))
                return true;
        }
    }
    return false;
}

// True when a string or key without escapes starts with U+FEFF (Qt drops it: it cannot
// read such a document back).
bool hasLeadingByteOrderMark(const cjson::Value &v)
{
    const auto starts
        = [](const cjson::Value &s) { return !s.hasEscapes() && s.rawString().startsWith("\xef\xbb\xbf"); };
    if (v.isString())
        return starts(v);
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.isArray() && hasLeadingByteOrderMark(v.at(i)))
            return true;
        if (v.isObject() && (starts(v.keyValueAt(i)) || hasLeadingByteOrderMark(v.valueAt(i))))
            return true;
    }
    return false;
}

// Random documents: canonical by default, with non-canonical forms injected on request.
class Generator
{
public:
    Generator(QRandomGenerator &random, int sloppiness) : m_random(random), m_sloppiness(sloppiness) { }

    QByteArray document()
    {
        m_out.clear();
        space();
        value(0, /*container=*/true);
        space();
        return m_out;
    }

private:
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    bool sloppy() { return m_sloppiness > 0 && int(m_random.bounded(1000)) < m_sloppiness; }

    void space()
    {
        static const char Spaces[] = {' ', '\t', '\n', '\r'};
        while (chance(15))
            m_out += Spaces[m_random.bounded(4)];
    }

    QByteArray character(bool key)
    {
        static const QByteArray Pool[] = {"a", "b", "z", "A", "0", " ", "/", "\"", "\\", "\x7f", bytes("\0", 1), "\x01",
            "\x08", "\t", "\n", "\x0b", "\x0c", "\r", "\x1f", "\xc3\xa9", "\xc2\x80", "\xdf\xbf", "\xe0\xa0\x80",
            "\xe2\x80\xa8", "\xee\x80\x80", "\xef\xbf\xbe", "\xef\xbf\xbf", "\xf0\x90\x80\x80", "\xf0\x9f\x98\x80",
            "\xf4\x8f\xbf\xbf"};
        static const QByteArray KeyPool[]
            = {"a", "b", "c", "\n", "\x01", "\"", "\\", "\xc3\xa9", "\xee\x80\x80", "\xf0\x9f\x98\x80"};
        if (key)
            return KeyPool[m_random.bounded(int(std::size(KeyPool)))];
        return Pool[m_random.bounded(int(std::size(Pool)))];
    }

    QByteArray text(bool key)
    {
        QByteArray s;
        const int length = int(m_random.bounded(key ? 3 : 7));
        for (int i = 0; i < length; ++i)
            s += character(key);
        return s;
    }

    // The canonical escaped form of UTF-8 text, or sometimes a non-canonical one.
    QByteArray quoted(const QByteArray &utf8)
    {
        QByteArray out = "\"";
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            const auto c = static_cast<unsigned char>(utf8[i]);
            if (sloppy()) {
                if (c < 0x80) {
                    static const char *const Forms[] = {"\\u%04x", "\\u%04X", "\\%c"};
                    out += QString::asprintf(Forms[m_random.bounded(3)], c).toLatin1();
                } else {
                    out += "\\u00e9"; // a non-ASCII escape (and a changed text)
                }
                continue;
            }
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case 0x08:
                out += "\\b";
                break;
            case 0x09:
                out += "\\t";
                break;
            case 0x0a:
                out += "\\n";
                break;
            case 0x0c:
                out += "\\f";
                break;
            case 0x0d:
                out += "\\r";
                break;
            default:
                if (c < 0x20)
                    out += QString::asprintf("\\u%04x", c).toLatin1();
                else
                    out += char(c);
            }
        }
        return out + '"';
    }

    QByteArray integer()
    {
        constexpr qint64 Min = std::numeric_limits<qint64>::min();
        constexpr qint64 Max = std::numeric_limits<qint64>::max();
        if (sloppy()) {
            static const char *const Forms[] = {"-0", "01", "1.0", "1e2", "+1", "1.5", "9223372036854775808",
                "-9223372036854775809", "1e+20", "9223372036854776000", "-", "0.1"};
            return Forms[m_random.bounded(int(std::size(Forms)))];
        }
        switch (m_random.bounded(5)) {
        case 0:
            return QByteArray::number(qint64(m_random.bounded(-20, 20)));
        case 1:
            return QByteArray::number(chance(50) ? Min : Max);
        case 2:
            return QByteArray::number(chance(50) ? Min + 1 : Max - 1);
        case 3:
            return QByteArray::number(qint64(m_random.generate64()));
        default:
            return QByteArray::number(qint64(m_random.generate()) - qint64(1) * 2147483648LL);
        }
    }

    void value(int depth, bool container)
    {
        const int kind = container ? 5 + int(m_random.bounded(2)) : int(m_random.bounded(depth >= 4 ? 5 : 7));
        switch (kind) {
        case 0:
            m_out += "null";
            break;
        case 1:
            m_out += chance(50) ? "true" : "false";
            break;
        case 2:
            m_out += integer();
            break;
        case 3:
        case 4:
            m_out += quoted(text(false));
            break;
        case 5: {
            m_out += '[';
            const int n = int(m_random.bounded(5));
            for (int i = 0; i < n; ++i) {
                space();
                if (i > 0) {
                    m_out += ',';
                    space();
                }
                value(depth + 1, false);
            }
            space();
            m_out += ']';
            break;
        }
        default: {
            std::map<QByteArray, int> keys; // ordered by UTF-8 bytes
            const int n = int(m_random.bounded(5));
            for (int i = 0; i < n; ++i)
                keys.emplace(text(true), i);
            std::vector<QByteArray> order;
            for (const auto &entry : keys)
                order.push_back(entry.first);
            if (order.size() >= 2 && sloppy())
                std::swap(order[0], order[1 + m_random.bounded(int(order.size()) - 1)]);
            if (!order.empty() && sloppy())
                order.push_back(order.back());
            m_out += '{';
            for (std::size_t i = 0; i < order.size(); ++i) {
                space();
                if (i > 0) {
                    m_out += ',';
                    space();
                }
                m_out += quoted(order[i]);
                space();
                m_out += ':';
                space();
                value(depth + 1, false);
            }
            space();
            m_out += '}';
            break;
        }
        }
    }

    QRandomGenerator &m_random;
    int m_sloppiness; // per mille, per spot where a non-canonical form could go
    QByteArray m_out;
};

void mutate(QRandomGenerator &random, QByteArray &text)
{
    static const QByteArray Snippets[] = {"\"", "\\", "{", "}", "[", "]", ",", ":", "0", "-", ".", "e", "u", " ", "\t",
        "\n", "\x0c", "A", "\x80", "\xc3", "\xed", "\xf4", "\xff", "\x01", bytes("\0", 1), "\\u0041", "\\u00e9", "\\/",
        "\\ud800", "\\udc00\\ud800", "\\ud83d\\ude00", "\\u001F", "\\u000a", "\\u001f", ".0", "e5", "{}", "[]",
        "\xef\xbb\xbf", "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe0\x80\x80", "9223372036854775808", "-0",
        "1.5", "null", "tru", "\"a\":1,", ",\"a\":1", "\"\":0,"};
    const int edits = 1 + int(random.bounded(2));
    for (int e = 0; e < edits && !text.isEmpty(); ++e) {
        const qsizetype at = random.bounded(text.size() + 1);
        const QByteArray &snippet = Snippets[random.bounded(int(std::size(Snippets)))];
        switch (random.bounded(4)) {
        case 0:
            text.insert(at, snippet);
            break;
        case 1:
            text.remove(std::min(at, text.size() - 1), 1 + random.bounded(3));
            break;
        case 2:
            text.replace(std::min(at, text.size() - 1), 1, snippet);
            break;
        default:
            text.insert(at, QByteArray(1, char(random.bounded(256))));
            break;
        }
    }
}

QString shown(const QByteArray &text)
{
    return QString::fromLatin1(text.toPercentEncoding(" {}[],:\"\\-+.", "%"));
}

// A value written out with its kind, to compare two parses of the same text.
QString dump(cjson::Value v)
{
    switch (v.kind()) {
    case cjson::Kind::Missing:
        return QStringLiteral("missing");
    case cjson::Kind::Null:
        return QStringLiteral("null");
    case cjson::Kind::False:
        return QStringLiteral("false");
    case cjson::Kind::True:
        return QStringLiteral("true");
    case cjson::Kind::Integer:
        return QString::number(v.toInteger()) + u'@' + QString::number(v.offset());
    case cjson::Kind::String:
        return u'"' + v.toString() + u'"' + u'@' + QString::number(v.offset());
    case cjson::Kind::Array: {
        QString out = QStringLiteral("[");
        for (qsizetype i = 0; i < v.size(); ++i)
            out += dump(v.at(i)) + u',';
        return out + u']';
    }
    case cjson::Kind::Object: {
        QString out = QStringLiteral("{");
        for (qsizetype i = 0; i < v.size(); ++i)
            out += QString::fromUtf8(v.keyAt(i)) + u':' + dump(v.valueAt(i)) + u',';
        return out + u'}';
    }
    }
    return {};
}

} // namespace

class TestCanonicalJson : public QObject
{
    Q_OBJECT

private slots:
    void testAccepted_data();
    void testAccepted();
    void testRefused_data();
    void testRefused();
    void testLookups();
    void testEscapedKeyLookup();
    void testLargeObjectLookup();
    void testDeepNesting();
    void testMovedDocumentKeepsValues();
    void testEveryPrefixRefused();
    void testQtDifferences();
    void testAgreesWithQt();
    void testDeferredArraysAgree();
};

void TestCanonicalJson::testAccepted_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("white space around and between") << QByteArray(" \t\r\n{ \"a\" : [ 1 ,\n\t2 ] ,\r\n\"b\":{ } }\n");
    QTest::newRow("indented") << QByteArray("{\n    \"a\": [\n        1\n    ],\n    \"b\": \"x\"\n}\n");
    QTest::newRow("literals") << QByteArray("[true,false,null]");
    QTest::newRow("integers") << QByteArray("[0,-1,7,10,-9223372036854775808,9223372036854775807]");
    QTest::newRow("short escapes") << QByteArray("[\"\\\"\\\\\\b\\t\\n\\f\\r\"]");
    QTest::newRow("\\u00xx escapes") << QByteArray("[\"\\u0000\\u0001\\u000b\\u000e\\u001f\"]");
    QTest::newRow("raw / DEL and non-ASCII")
        << QByteArray("[\"/\x7f\xc2\x80\xc3\xa9\xe2\x82\xac\xef\xbf\xbf\xf0\x9f\x98\x80\xf4\x8f\xbf\xbf\"]");
    QTest::newRow("keys by byte order") << QByteArray("{\"A\":1,\"Z\":2,\"a\":3,\"z\":4,\"\xc3\xa9\":5}");
    QTest::newRow("prefix key first") << QByteArray("{\"a\":1,\"a\\u0000\":2,\"ab\":3}");
    QTest::newRow("escaped keys by unescaped bytes") << QByteArray("{\"\\u0001\":1,\"\\n\":2,\"\\\"\":3,\"\\\\\":4}");
    QTest::newRow("empty key first") << QByteArray("{\"\":1,\"\\u0000\":2}");
    QTest::newRow("keys in nested objects") << QByteArray("{\"b\":{\"z\":1},\"c\":{\"a\":2}}");
    QTest::newRow("depth 64") << QByteArray(QByteArray(64, '[') + QByteArray(64, ']'));
    QTest::newRow("long string") << QByteArray("[\"" + QByteArray(100000, 'x') + "\"]");
}

void TestCanonicalJson::testAccepted()
{
    QFETCH(QByteArray, text);
    cjson::ParseError error;
    const auto document = cjson::Document::parse(text, &error);
    QVERIFY2(document, qPrintable(QStringLiteral("refused at %1: %2").arg(error.offset).arg(error.message)));
    QCOMPARE(error.offset, -1);
    QVERIFY(document->nodeCount() <= text.size());
    QVERIFY(qtAccepts(text)); // the reference agrees
}

void TestCanonicalJson::testRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("qtAccepts"); // a documented difference (CanonicalJson.h)
    const auto row
        = [](const char *name, const QByteArray &text, int offset, const char *message, bool qtAcceptsIt = false) {
              QTest::newRow(name) << text << offset << QString::fromUtf8(message) << qtAcceptsIt;
          };
    // Structure.
    row("empty text", "", 0, "no value");
    row("only white space", " \n ", 3, "no value");
    row("top-level integer", "1", 0, "must be an object or an array");
    row("top-level string", " \"a\"", 1, "must be an object or an array");
    row("byte-order mark", "\xef\xbb\xbf{}", 0, "byte-order mark");
    row("two values", "{} {}", 3, "text after the top-level value");
    row("trailing garbage", "[1]x", 3, "text after the top-level value");
    row("unclosed array", "[1", 2, "unexpected end of text in an array");
    row("unclosed object", "{\"a\":1", 6, "unexpected end of text in an object");
    row("trailing comma in array", "[1,]", 3, "unexpected ']' where a value was expected");
    row("trailing comma in object", "{\"a\":1,}", 7, "expected a string key");
    row("missing comma", "[1 2]", 3, "expected ',' or ']'");
    row("missing colon", "{\"a\" 1}", 5, "expected ':'");
    row("non-string key", "{1:2}", 1, "expected a string key");
    row("array closed by brace", "[1}", 2, "expected ',' or ']'");
    row("form feed is not white space",
        "[1,\x0c"
        "2]",
        3, "unexpected byte 0x0c");
    row("unterminated string", "[\"abc", 1, "unterminated string");
    // Keys.
    row("keys out of order", "{\"b\":1,\"a\":2}", 7, "object keys not in ascending order (\"a\" after \"b\")");
    row("duplicate key", "{\"a\":1,\"a\":2}", 7, "duplicate object key (\"a\")");
    row("escaped keys compared unescaped", "{\"\\n\":1,\"\\u0001\":2}", 8, "not in ascending order");
    row("duplicate through escapes", "{\"\\\"\":1,\"\\\"\":2}", 8, "duplicate object key");
    row("out of order after nested object", "{\"b\":{\"z\":1},\"a\":2}", 13, "not in ascending order");
    row("out of order in nested object", "{\"a\":{\"b\":1,\"a\":2}}", 12, "not in ascending order");
    row("non-ASCII key before ASCII", "{\"\xc3\xa9\":1,\"z\":2}", 8, "not in ascending order");
    // Numbers.
    row("leading zero", "[01]", 1, "leading zero");
    row("minus zero", "[-0]", 1, "-0 where the canonical form writes 0");
    row("fraction", "[1.0]", 1, "number with a fraction or exponent");
    row("exponent", "[1e5]", 1, "number with a fraction or exponent");
    row("upper-case exponent", "[0E1]", 1, "number with a fraction or exponent");
    row("minus alone", "[-]", 1, "invalid number");
    row("minus and space", "[- 1]", 1, "invalid number");
    row("plus sign", "[+1]", 1, "unexpected '+'");
    row("leading dot", "[.5]", 1, "unexpected '.'");
    row("above int64", "[9223372036854775808]", 1, "outside the 64-bit range");
    row("below int64", "[0,-9223372036854775809]", 3, "outside the 64-bit range");
    row("23 digits", "[12345678901234567890123]", 1, "outside the 64-bit range");
    row("space inside a number", "[1 0]", 3, "expected ',' or ']'");
    // Literals.
    row("truncated literal", "[tru]", 1, "invalid literal (expected true)");
    row("capitalised literal", "[True]", 1, "unexpected 'T'");
    row("space inside a literal", "[nu ll]", 1, "invalid literal (expected null)");
    row("literal with suffix", "[falsey]", 6, "expected ',' or ']'");
    // Escapes.
    row("escaped slash", "[\"\\/\"]", 2, "\\/ where the canonical form writes / itself");
    row("escaped letter", "[\"ab\\u0041\"]", 4, "\\u0041 where the canonical form writes the character itself");
    row("escaped non-ASCII", "[\"\\u00e9\"]", 2, "\\u00e9 where the canonical form writes the character itself");
    row("escaped DEL", "[\"\\u007f\"]", 2, "where the canonical form writes the character itself");
    row("\\u000a for \\n", "[\"\\u000a\"]", 2, "\\u000a where the canonical form writes \\n");
    row("\\u0008 for \\b", "[\"\\u0008\"]", 2, "where the canonical form writes \\b");
    row("\\u0009 for \\t", "[\"\\u0009\"]", 2, "where the canonical form writes \\t");
    row("\\u000c for \\f", "[\"\\u000c\"]", 2, "where the canonical form writes \\f");
    row("\\u000d for \\r", "[\"\\u000D\"]", 2, "where the canonical form writes \\r");
    row("uppercase hex", "[\"\\u001F\"]", 2, "uppercase hex digits");
    row("surrogate pair escape", "[\"\\ud83d\\ude00\"]", 2, "surrogate escape \\ud83d");
    row("lone surrogate escape", "[\"x\\udc00\"]", 3, "surrogate escape", true);
    row("unknown escape", "[\"\\a\"]", 2, "invalid escape");
    row("escaped space", "[\"\\ \"]", 2, "invalid escape");
    row("short \\u escape", "[\"\\u00\"]", 2, "invalid \\u escape");
    row("truncated \\u escape", "[\"\\u12", 2, "truncated \\u escape");
    row("raw control character", "[\"a\x01\"]", 3, "raw control character U+0001");
    row("raw tab", "[\"\t\"]", 2, "raw control character U+0009");
    row("raw line feed", "[\"\n\"]", 2, "raw control character U+000a");
    row("raw NUL", bytes("[\"\0\"]", 5), 2, "raw control character U+0000");
    row("escaped key out of order", "{\"b\":1,\"\\u0061\":2}", 8, "\\u0061 where");
    // UTF-8.
    row("continuation byte alone", "[\"\x80\"]", 2, "invalid UTF-8");
    row("overlong 2-byte", "[\"\xc0\x80\"]", 2, "invalid UTF-8 (overlong form)");
    row("overlong C1", "[\"\xc1\xbf\"]", 2, "invalid UTF-8 (overlong form)");
    row("overlong 3-byte", "[\"\xe0\x80\x80\"]", 2, "invalid UTF-8 (overlong form)");
    row("overlong 4-byte", "[\"\xf0\x80\x80\x80\"]", 2, "invalid UTF-8 (overlong form)");
    row("UTF-8 surrogate", "[\"ab\xed\xa0\x80\"]", 4, "invalid UTF-8 (UTF-16 surrogate)");
    row("above U+10FFFF", "[\"\xf4\x90\x80\x80\"]", 2, "invalid UTF-8 (above U+10FFFF)");
    row("F5 lead byte", "[\"\xf5\x80\x80\x80\"]", 2, "invalid UTF-8");
    row("FF byte", "[\"\xff\"]", 2, "invalid UTF-8");
    row("truncated 2-byte", "[\"\xc3\"]", 2, "invalid UTF-8 (truncated sequence)");
    row("truncated 3-byte", "[\"\xe2\x82\"]", 2, "invalid UTF-8 (truncated sequence)");
    row("bad third byte", "[\"\xe2\x82\x41\"]", 2, "invalid UTF-8 (truncated sequence)");
    row("truncated at end of text", "[\"\xf0\x9f", 2, "invalid UTF-8 (truncated sequence)");
    row("invalid after long ASCII", "[\"" + QByteArray(70, 'x') + "\xc0\xaf\"]", 72, "invalid UTF-8");
    row("invalid UTF-8 in key", "{\"\xc0\xaf\":1}", 2, "invalid UTF-8");
    row("non-breaking space between tokens",
        "[1,\xc2\xa0"
        "2]",
        3, "unexpected byte 0xc2");
    // Depth.
    row("depth 65", QByteArray(65, '[') + QByteArray(65, ']'), 64, "nesting deeper than 64", true);
    row("depth 65 in objects", QByteArray("{\"a\":").repeated(65) + "1" + QByteArray(65, '}'), 320,
        "nesting deeper than 64", true);
}

void TestCanonicalJson::testRefused()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QFETCH(QString, message);
    QFETCH(bool, qtAccepts);
    cjson::ParseError error;
    const auto document = cjson::Document::parse(text, &error);
    QVERIFY(!document);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.offset, qsizetype(offset));
    QCOMPARE(::qtAccepts(text), qtAccepts); // the reference refuses it too, unless documented
}

void TestCanonicalJson::testLookups()
{
    const QByteArray text("{\n    \"a\": [1, -9223372036854775808, 9223372036854775807, 0],\n"
                          "    \"b\": \"x\\\"y\\\\z\\n\\u0001\xc3\xa9\",\n"
                          "    \"c\": {\"d\": true, \"e\": false, \"f\": null},\n"
                          "    \"e\\n\": \"plain\"\n}\n");
    const auto document = cjson::Document::parse(text);
    QVERIFY(document);
    const cjson::Value root = document->root();
    QCOMPARE(root.kind(), cjson::Kind::Object);
    QCOMPARE(root.offset(), 0);
    QCOMPARE(root.size(), 4);
    QCOMPARE(document->nodeCount(), 1 + 4 + 1 + 4 + 1 + 1 + 6 + 1);

    const cjson::Value a = root.value("a");
    QVERIFY(a.isArray());
    QCOMPARE(a.size(), 4);
    QCOMPARE(a.at(0).toInteger(), 1);
    QCOMPARE(a.at(1).toInteger(), std::numeric_limits<qint64>::min());
    QCOMPARE(a.at(2).toInteger(), std::numeric_limits<qint64>::max());
    QCOMPARE(a.at(3).toInteger(-1), 0);
    QVERIFY(a.at(4).isMissing());
    QVERIFY(a.at(-1).isMissing());
    QCOMPARE(a.offset(), text.indexOf('['));
    QCOMPARE(a.at(1).offset(), text.indexOf("-9"));

    const cjson::Value b = root["b"];
    QVERIFY(b.isString());
    QVERIFY(b.hasEscapes());
    QCOMPARE(b.rawString(), QByteArrayView("x\\\"y\\\\z\\n\\u0001\xc3\xa9"));
    QCOMPARE(b.toUtf8(), QByteArray("x\"y\\z\n\x01\xc3\xa9"));
    QCOMPARE(b.toString(), QString::fromUtf8("x\"y\\z\n\x01\xc3\xa9"));
    QCOMPARE(b.toInteger(42), 42); // not an integer

    const cjson::Value c = root.value("c");
    QCOMPARE(c.keyAt(0), QByteArrayView("d"));
    QCOMPARE(c.valueAt(0).kind(), cjson::Kind::True);
    QCOMPARE(c.value("e").kind(), cjson::Kind::False);
    QVERIFY(c.value("f").isNull());
    QVERIFY(!c.value("f").isMissing());
    QVERIFY(c.value("g").isMissing());
    QVERIFY(c.value("").isMissing());

    QCOMPARE(root.keyAt(3), QByteArrayView("e\\n"));
    QCOMPARE(root.value("e\n").toUtf8(), QByteArray("plain"));
    QVERIFY(!root.value("e\n").hasEscapes());
    QVERIFY(root.value("e\\n").isMissing());

    // Missing answers everything with nothing.
    const cjson::Value missing = root.value("zz").at(0).value("y");
    QVERIFY(missing.isMissing());
    QCOMPARE(missing.size(), 0);
    QCOMPARE(missing.offset(), -1);
    QVERIFY(missing.rawString().isEmpty());
    QVERIFY(missing.keyAt(0).isEmpty());
    QVERIFY(root.keyAt(9).isEmpty());
    QVERIFY(root.at(0).isMissing()); // an object is not an array
    QVERIFY(a.value("a").isMissing()); // nor an array an object
    QVERIFY(cjson::Value().isMissing());
}

void TestCanonicalJson::testEscapedKeyLookup()
{
    // Keys ordered by their unescaped bytes: \u0001 (1) < \n (10) < \" (34) < \\ (92) < a.
    const QByteArray text("{\"\\u0001\":1,\"\\n\":2,\"\\\"\":3,\"\\\\\":4,\"a\":5}");
    const auto document = cjson::Document::parse(text);
    QVERIFY(document);
    const cjson::Value root = document->root();
    QCOMPARE(root.value("\x01").toInteger(), 1);
    QCOMPARE(root.value("\n").toInteger(), 2);
    QCOMPARE(root.value("\"").toInteger(), 3);
    QCOMPARE(root.value("\\").toInteger(), 4);
    QCOMPARE(root.value("a").toInteger(), 5);
    QVERIFY(root.value("\\n").isMissing());
}

void TestCanonicalJson::testLargeObjectLookup()
{
    QByteArray text("{");
    for (int i = 0; i < 1000; ++i)
        text += (i ? "," : "") + QString::asprintf("\"k%04d\":[%d]", i, i).toLatin1();
    text += '}';
    const auto document = cjson::Document::parse(text);
    QVERIFY(document);
    const cjson::Value root = document->root();
    QCOMPARE(root.size(), 1000);
    for (int i = 0; i < 1000; ++i) {
        const QByteArray key = QString::asprintf("k%04d", i).toLatin1();
        QCOMPARE(root.value(key).at(0).toInteger(), i);
        QCOMPARE(root.keyAt(i), QByteArrayView(key));
    }
    QVERIFY(root.value("k").isMissing());
    QVERIFY(root.value("k10000").isMissing());
    QVERIFY(root.value("l").isMissing());
}

void TestCanonicalJson::testDeepNesting()
{
    for (const char open : {'[', '{'}) {
        const QByteArray text = open == '[' ? QByteArray(10000, '[') : QByteArray("{\"a\":").repeated(10000);
        cjson::ParseError error;
        QVERIFY(!cjson::Document::parse(text, &error));
        QCOMPARE(error.message, QStringLiteral("nesting deeper than 64"));
        QCOMPARE(error.offset, open == '[' ? 64 : 64 * 5);
    }
    const QByteArray text = QByteArray(10000, '[') + QByteArray(10000, ']');
    QVERIFY(!cjson::Document::parse(text));
    QVERIFY(!qtAccepts(text)); // Qt's own limit is 1024
    const QByteArray deepest = QByteArray(64, '[') + QByteArray(64, ']');
    QVERIFY(cjson::Document::parse(deepest));
}

void TestCanonicalJson::testMovedDocumentKeepsValues()
{
    const QByteArray text("{\"a\":[\"x\",2]}");
    auto parsed = cjson::Document::parse(text);
    QVERIFY(parsed);
    const cjson::Value x = parsed->root().value("a").at(0);
    cjson::Document moved = std::move(*parsed);
    parsed.reset();
    QCOMPARE(x.toUtf8(), QByteArray("x"));
    QCOMPARE(moved.root().value("a").at(1).toInteger(), 2);
}

// Every proper prefix of a document is refused, read from an allocation of exactly its size
// (so that a sanitizer build catches any read past the end).
void TestCanonicalJson::testEveryPrefixRefused()
{
    const QByteArray text("{\"a\":[true,false,null,-12,0,\"x\\n\\u0001\\\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"
                          "0123456789abcdefghijklmnopqrstuvwxyz0123456789\"],\"b\":{}, \"c\" : [ ] }");
    QVERIFY(cjson::Document::parse(text));
    for (qsizetype n = 0; n < text.size(); ++n) {
        const auto copy = std::make_unique<char[]>(std::size_t(std::max<qsizetype>(n, 1)));
        std::memcpy(copy.get(), text.constData(), std::size_t(n));
        cjson::ParseError error;
        QVERIFY2(!cjson::Document::parse(QByteArrayView(copy.get(), n), &error), qPrintable(QString::number(n)));
        QVERIFY(error.offset >= 0 && error.offset <= n);
    }
}

// The documented differences from the reference (CanonicalJson.h): Qt accepts these as
// canonical, the parser refuses them, or the other way round. If Qt's behaviour changes,
// this test says so.
void TestCanonicalJson::testQtDifferences()
{
    const QByteArray qtOnly[] = {
        "[1.5]",
        "[-0.5]",
        "[1e+20]",
        "[1e-07]",
        "[9223372036854776000]",
        "[\"\\ud800\"]",
        "[\"\\udc00\\ud800\"]",
        // Both keys escaped: UTF-16 order (U+1F600 before U+E000).
        "{\"\\n\xf0\x9f\x98\x80\":1,\"\\n\xee\x80\x80\":2}",
        QByteArray(65, '[') + QByteArray(65, ']'),
        QByteArray(1024, '[') + QByteArray(1024, ']'),
    };
    for (const QByteArray &text : qtOnly) {
        QVERIFY2(qtAccepts(text), qPrintable(shown(text.left(80))));
        QVERIFY2(!cjson::Document::parse(text), qPrintable(shown(text.left(80))));
    }
    const QByteArray oursOnly[] = {
        "{\"\\n\xee\x80\x80\":1,\"\\n\xf0\x9f\x98\x80\":2}", // UTF-8 order, both keys escaped
        // Qt drops a U+FEFF that starts a string without escapes (QString::fromUtf8 takes it
        // for a byte-order mark), so it cannot read back what its own writer wrote.
        "[\"\xef\xbb\xbf"
        "a\"]",
        "{\"\xef\xbb\xbf\":1}",
    };
    for (const QByteArray &text : oursOnly) {
        QVERIFY2(!qtAccepts(text), qPrintable(shown(text)));
        QVERIFY2(cjson::Document::parse(text), qPrintable(shown(text)));
    }
    const QByteArray withMark("[\"\xef\xbb\xbf"
                              "a\"]");
    const auto marked = cjson::Document::parse(withMark);
    QVERIFY(marked);
    QCOMPARE(marked->root().at(0).toString(), QString(QChar(0xfeff)) + u'a'); // kept, unlike QString::fromUtf8
    // Without escapes, or with only one of the two keys escaped, Qt uses UTF-8 order too.
    for (const QByteArray &text : {QByteArray("{\"\xee\x80\x80\":1,\"\xf0\x9f\x98\x80\":2}"),
             QByteArray("{\"\xee\x80\x80\":1,\"\xf0\x9f\x98\x80\\n\":2}"),
             QByteArray("{\"\xee\x80\x80\\n\":1,\"\xf0\x9f\x98\x80\":2}")}) {
        QVERIFY2(qtAccepts(text), qPrintable(shown(text)));
        QVERIFY2(cjson::Document::parse(text), qPrintable(shown(text)));
    }
}

void TestCanonicalJson::testAgreesWithQt()
{
    // Deterministic; PBVOTE_CJSON_SEED and PBVOTE_CJSON_DOCUMENTS explore further.
    const bool seeded = qEnvironmentVariableIsSet("PBVOTE_CJSON_SEED");
    QRandomGenerator random(seeded ? quint32(qEnvironmentVariableIntValue("PBVOTE_CJSON_SEED")) : 0x5eedu);
    const int Documents = qEnvironmentVariableIsSet("PBVOTE_CJSON_DOCUMENTS")
        ? qEnvironmentVariableIntValue("PBVOTE_CJSON_DOCUMENTS")
        : 20000;
    int accepted = 0;
    int refused = 0;
    std::map<QString, int> differences; // documented difference → times seen
    for (int n = 0; n < Documents; ++n) {
        // A quarter clean, a quarter with non-canonical forms, half with byte mutations.
        const int mode = n % 4;
        Generator generator(random, mode == 1 ? 60 : 0);
        QByteArray text = generator.document();
        if (mode >= 2)
            mutate(random, text);

        QJsonDocument reference;
        const bool theirs = qtAccepts(text, &reference);
        cjson::ParseError error;
        const auto document = cjson::Document::parse(text, &error);
        const bool ours = document.has_value();

        if (ours != theirs) {
            QString why;
            if (theirs
                && (error.message.contains(QLatin1String("fraction or exponent"))
                    || error.message.contains(QLatin1String("outside the 64-bit range"))))
                why = QStringLiteral("number that is not an int64 integer");
            else if (theirs && error.message.contains(QLatin1String("surrogate escape")))
                why = QStringLiteral("surrogate escape");
            else if (theirs && error.message.contains(QLatin1String("not in ascending order")) && text.contains('\\')
                && text.contains("\xf0\x9f\x98\x80") && text.contains("\xee\x80\x80"))
                why = QStringLiteral("keys with escapes in UTF-16 order");
            else if (ours && hasUtf16OrderedKeys(document->root()))
                why = QStringLiteral("keys with escapes in UTF-16 order");
            else if (ours && hasLeadingByteOrderMark(document->root()))
                why = QStringLiteral("string starting with U+FEFF, no escapes");
            QVERIFY2(!why.isEmpty(),
                qPrintable(QStringLiteral("document %1: Qt %2, parser %3 (%4 at %5): %6")
                               .arg(n)
                               .arg(theirs ? QStringLiteral("accepts") : QStringLiteral("refuses"),
                                   ours ? QStringLiteral("accepts") : QStringLiteral("refuses"), error.message)
                               .arg(error.offset)
                               .arg(shown(text))));
            ++differences[why];
            continue;
        }
        if (!ours) {
            ++refused;
            QVERIFY(error.offset >= 0 && error.offset <= text.size());
            QVERIFY(!error.message.isEmpty());
            continue;
        }
        ++accepted;
        QVERIFY(document->nodeCount() <= text.size());
        const QJsonValue root = reference.isArray() ? QJsonValue(reference.array()) : QJsonValue(reference.object());
        const QString difference = compareTrees(document->root(), root, QStringLiteral("$"));
        QVERIFY2(difference.isEmpty(),
            qPrintable(QStringLiteral("document %1: %2 in %3").arg(n).arg(difference, shown(text))));
    }
    qInfo("%d documents: %d accepted by both, %d refused by both", Documents, accepted, refused);
    for (const auto &[why, count] : differences)
        qInfo("  documented difference, %d times: %s", count, qPrintable(why));
    // Enough of each side to mean something.
    QVERIFY(accepted > Documents / 5);
    QVERIFY(refused > Documents / 5);
}

void TestCanonicalJson::testDeferredArraysAgree()
{
    // A record's large arrays are parsed element by element (ParseOptions::deferredArrays).
    // Whatever the text, the outcome must be the full parse's: the same tree, or the same
    // refusal (byte and words), given by Document::parse itself or by the first deferred
    // element, in text order, that does not parse.
    QRandomGenerator random(0xdefe44u);
    const cjson::ParseOptions options {{QByteArray("a"), QByteArray("z")}};
    int deferred = 0;
    int refusedInElement = 0;
    int refusedByParse = 0;
    int accepted = 0;
    const auto elements = [&](Generator &generator) {
        QByteArray out;
        const int n = int(random.bounded(4));
        for (int i = 0; i < n; ++i) {
            if (i > 0)
                out += ", ";
            out += random.bounded(5) == 0 ? QByteArray("\"x\"") : generator.document();
        }
        return out;
    };
    QList<QByteArray> texts;
    // Nesting: the elements sit two deep, so 62 more levels are the most.
    texts << "{\"a\": [" + QByteArray(62, '[') + QByteArray(62, ']') + "]}"
          << "{\"a\": [" + QByteArray(63, '[') + QByteArray(63, ']') + "]}"
          << "{\"a\": [{\"b\": [1, 2]}, [3]], \"b\": [{}], \"z\": []}" << "{\"a\": [{]}" << "{\"a\": [[}]}"
          << "{\"a\": [{\"s\": \"\\\"]\"}]}" << "{\"a\": [{\"s\": \"\\\\\"}], \"z\": [{\"s\": \"\\\\\\\"}]}"
          << "{\"a\": [{\"s\": \"x\"}" << "{\"a\": [{}]" << "{\"a\": [{} {}]}" << "{\"\\u0061\": [{}]}";
    for (int n = 0; n < 6000; ++n) {
        Generator generator(random, n % 4 == 1 ? 60 : 0);
        QByteArray text = "{\"a\": [" + elements(generator) + "], \"m\": " + generator.document() + ", \"z\": ["
            + elements(generator) + "]}";
        if (n % 2 == 0)
            mutate(random, text);
        texts << text;
    }
    for (const QByteArray &text : std::as_const(texts)) {
        cjson::ParseError fullError;
        const auto full = cjson::Document::parse(text, &fullError);
        cjson::ParseError error;
        const auto document = cjson::Document::parse(text, &error, options);
        if (!document) {
            QVERIFY2(!full, qPrintable(shown(text)));
            QCOMPARE(error.offset, fullError.offset);
            QCOMPARE(error.message, fullError.message);
            ++refusedByParse;
            continue;
        }
        QStringList parts;
        std::optional<cjson::ParseError> refused;
        cjson::ElementScratch scratch;
        const cjson::Value root = document->root();
        for (qsizetype k = 0; k < root.size() && !refused; ++k) {
            const cjson::Value v = root.valueAt(k);
            if (!v.isArray() || (root.keyAt(k) != "a" && root.keyAt(k) != "z")) {
                parts << dump(v);
                continue;
            }
            for (qsizetype i = 0; i < v.size(); ++i) {
                const cjson::Value element = v.at(i);
                if (!element.isDeferred()) {
                    QVERIFY(!element.isArray() && !element.isObject());
                    parts << dump(element);
                    continue;
                }
                ++deferred;
                QCOMPARE(element.size(), 0);
                cjson::ParseError elementError;
                const auto parsed = element.parseDeferred(scratch, &elementError);
                if (!parsed) {
                    refused = elementError;
                    break;
                }
                QCOMPARE(parsed->offset(), element.offset());
                parts << dump(*parsed);
            }
        }
        if (refused) {
            QVERIFY2(!full, qPrintable(shown(text)));
            QCOMPARE(refused->offset, fullError.offset);
            QCOMPARE(refused->message, fullError.message);
            ++refusedInElement;
            continue;
        }
        QVERIFY2(full,
            qPrintable(u"the full parse refuses at %1 (%2): %3"_qs.arg(fullError.offset).arg(fullError.message, shown(text))));
        QStringList fullParts;
        const cjson::Value fullRoot = full->root();
        for (qsizetype k = 0; k < fullRoot.size(); ++k) {
            const cjson::Value v = fullRoot.valueAt(k);
            if (!v.isArray() || (fullRoot.keyAt(k) != "a" && fullRoot.keyAt(k) != "z")) {
                fullParts << dump(v);
                continue;
            }
            for (qsizetype i = 0; i < v.size(); ++i)
                fullParts << dump(v.at(i));
        }
        QCOMPARE(parts, fullParts);
        ++accepted;
    }
    qInfo("%lld texts: %d accepted, %d refused by the parse, %d by a deferred element; %d elements deferred",
        qint64(texts.size()), accepted, refusedByParse, refusedInElement, deferred);
    QVERIFY(accepted > 1000);
    QVERIFY(refusedByParse > 300);
    QVERIFY(refusedInElement > 300);
    QVERIFY(deferred > 5000);
}

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "TestCanonicalJson.moc"
