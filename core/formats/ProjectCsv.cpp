#include "formats/ProjectCsv.h"

#include "util/Money.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

#include <limits>
#include <optional>
#include <set>
#include <utility>

namespace pbvote::formats {

using store::ProjectText;

namespace {

// Translation context "ProjectCsv" (lupdate reads ProjectCsvTr::tr calls with it).
struct ProjectCsvTr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCsv)
};

// More columns than any valid header has (7 + 2 per language): a header past this is
// refused before anything large is kept.
constexpr qsizetype kMaxColumns = 1024;

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmedBlanks(QByteArrayView s)
{
    while (!s.isEmpty() && isBlank(s.front()))
        s = s.sliced(1);
    while (!s.isEmpty() && isBlank(s.back()))
        s.chop(1);
    return s;
}

// A value as it appears in a message: quoted, and cut short when long.
QString shown(const QString &value)
{
    constexpr qsizetype kMax = 60;
    QString text = value.left(kMax);
    if (value.size() > kMax)
        text += QChar(0x2026);
    return u'"' + text + u'"';
}

// "<file> line <n>, column "<name>": <what>". One arg() call: the file name and the
// values quoted in `what` may contain '%'.
QString atColumn(const QString &source, int line, const QString &column, const QString &what)
{
    const QString name = column.size() > 60 ? column.left(60) + QChar(0x2026) : column;
    return ProjectCsvTr::tr("%1 line %2, column \"%3\": %4").arg(source, QString::number(line), name, what);
}

QString atColumnNumber(const QString &source, int line, int column, const QString &what)
{
    return ProjectCsvTr::tr("%1 line %2, column %3: %4")
        .arg(source, QString::number(line), QString::number(column), what);
}

QString atLine(const QString &source, int line, const QString &what)
{
    return ProjectCsvTr::tr("%1 line %2: %3").arg(source, QString::number(line), what);
}

// ---- RFC 4180 records ---------------------------------------------------------------

struct Field
{
    QByteArray bytes; // unquoted, without the blanks around an unquoted value
    bool quoted = false;
    int line = 0; // where the value starts
};

struct CsvError
{
    enum Kind { Unclosed, AfterQuote, Beyond } kind = Unclosed;
    int line = 0;
    int column = 0; // 1-based
};

// Splits the text into records. Lines end with CRLF, LF or a lone CR; a quoted value
// keeps its bytes exactly (line breaks included).
class Records
{
public:
    Records(QByteArrayView data, char separator) : m_data(data), m_separator(separator) { }

    bool atEnd() const { return m_pos >= m_data.size(); }
    int line() const { return m_line; }

    // Reads the next record. Keeps its first `keep` values; a later one must be empty.
    std::optional<CsvError> next(std::vector<Field> &fields, qsizetype keep)
    {
        fields.clear();
        const qsizetype n = m_data.size();
        for (int column = 1;; ++column) {
            Field f;
            f.line = m_line;
            qsizetype start = m_pos;
            while (start < n && isBlank(m_data[start]))
                ++start;
            if (start < n && m_data[start] == '"') {
                f.quoted = true;
                m_pos = start + 1;
                bool closed = false;
                while (m_pos < n) {
                    const char c = m_data[m_pos++];
                    if (c == '"') {
                        if (m_pos < n && m_data[m_pos] == '"') {
                            f.bytes += '"';
                            ++m_pos;
                            continue;
                        }
                        closed = true;
                        break;
                    }
                    if (c == '\n' || (c == '\r' && !(m_pos < n && m_data[m_pos] == '\n')))
                        ++m_line;
                    f.bytes += c;
                }
                if (!closed)
                    return CsvError {CsvError::Unclosed, f.line, column};
                while (m_pos < n && isBlank(m_data[m_pos]))
                    ++m_pos;
                if (m_pos < n && !endsValue(m_data[m_pos]))
                    return CsvError {CsvError::AfterQuote, m_line, column};
            } else {
                qsizetype end = m_pos;
                while (end < n && !endsValue(m_data[end]))
                    ++end;
                f.bytes = trimmedBlanks(m_data.sliced(m_pos, end - m_pos)).toByteArray();
                m_pos = end;
            }
            if (qsizetype(fields.size()) < keep)
                fields.push_back(std::move(f));
            else if (!f.bytes.isEmpty())
                return CsvError {CsvError::Beyond, f.line, column};
            if (m_pos >= n)
                return std::nullopt;
            const char c = m_data[m_pos++];
            if (c == m_separator)
                continue;
            if (c == '\r' && m_pos < n && m_data[m_pos] == '\n')
                ++m_pos;
            ++m_line;
            return std::nullopt;
        }
    }

private:
    bool endsValue(char c) const { return c == m_separator || c == '\r' || c == '\n'; }

    QByteArrayView m_data;
    char m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
};

// ';' when the header line (the first line that is not blank) has more semicolons than
// commas outside quotes, as spreadsheets in Poland or Spain write; ',' otherwise.
char detectSeparator(QByteArrayView data)
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    bool quoted = false;
    bool seenText = false;
    for (char c : data) {
        if (c == '"') {
            quoted = !quoted;
            seenText = true;
        } else if (quoted) {
            continue;
        } else if (c == '\n' || c == '\r') {
            if (seenText)
                break;
        } else if (c == ',') {
            ++commas;
            seenText = true;
        } else if (c == ';') {
            ++semicolons;
            seenText = true;
        } else if (!isBlank(c)) {
            seenText = true;
        }
    }
    return semicolons > commas ? ';' : ',';
}

bool isEmptyRecord(const std::vector<Field> &fields)
{
    for (const Field &f : fields) {
        if (!f.bytes.isEmpty())
            return false;
    }
    return true;
}

// The value as text; nothing when it is not UTF-8. The BOM-like U+FEFF at the start of
// a value is kept (the file's BOM was dropped before).
std::optional<QString> decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(
        QStringConverter::Utf8, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// The first control character other than tab and line breaks, if any.
std::optional<char16_t> controlCharacter(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7f)
            return u;
    }
    return std::nullopt;
}

// ---- columns ------------------------------------------------------------------------

enum class ColumnKind { Id, Title, Description, Cost, Category, District, Status, TitleIn, DescriptionIn, Unnamed };

struct Column
{
    ColumnKind kind = ColumnKind::Unnamed;
    QString language; // TitleIn, DescriptionIn
    QString name; // as written in the header (for messages)
};

// "es", "pl", "pt-br", "zh-hant": 2 or 3 letters, optionally '-' and 2 to 8 letters or
// digits (already in lower case).
bool isLanguageCode(const QString &code)
{
    const qsizetype dash = code.indexOf(u'-');
    const QString primary = dash < 0 ? code : code.left(dash);
    if (primary.size() < 2 || primary.size() > 3)
        return false;
    for (QChar c : primary) {
        if (c < u'a' || c > u'z')
            return false;
    }
    if (dash < 0)
        return true;
    const QString rest = code.mid(dash + 1);
    if (rest.size() < 2 || rest.size() > 8)
        return false;
    for (QChar c : rest) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            return false;
    }
    return true;
}

QString knownColumnsHint()
{
    return ProjectCsvTr::tr("the columns are id, title, cost, description, category, district, status, "
                            "title:LANG and description:LANG (LANG a language code such as es or pl), and the "
                            "first line must name them");
}

// ---- money --------------------------------------------------------------------------

// A cost in whole currency units as people type it ("150000", "150 000", "150,000",
// "1500.50") in minor units (cents). The whole part goes through parseMoney; this adds
// the cents and refuses what parseMoney would misread, such as a decimal comma.
Result<int64_t> parseCost(const QString &text)
{
    using R = Result<int64_t>;
    QString t = text;
    for (QChar &c : t) {
        // Spreadsheets group thousands with no-break or thin spaces.
        if (c == QChar(0x00a0) || c == QChar(0x202f) || c == QChar(0x2009))
            c = u' ';
    }
    t = t.trimmed();
    const QString notAmount = ProjectCsvTr::tr("%1 is not an amount: write the cost in currency units with digits "
                                               "only, e.g. 150000 or 1500.50 (no currency sign)")
                                  .arg(shown(text));
    const QString wrongSeparator = ProjectCsvTr::tr("%1 is not an amount: write decimals after a '.', e.g. 1234.50; "
                                                    "',' and spaces may only group thousands (150,000 or 150 000)")
                                       .arg(shown(text));
    for (QChar c : t) {
        if (!((c >= u'0' && c <= u'9') || c == u' ' || c == u',' || c == u'.'))
            return R::failure(notAmount);
    }
    const qsizetype dot = t.indexOf(u'.');
    const QString whole = dot < 0 ? t : t.left(dot);
    const QString fraction = dot < 0 ? QString() : t.mid(dot + 1);
    if (whole.isEmpty() || fraction.contains(u'.'))
        return R::failure(whole.isEmpty() ? notAmount : wrongSeparator);
    if (fraction.contains(u',') || fraction.contains(u' '))
        return R::failure(wrongSeparator);
    // Groups: 1 to 3 digits, then groups of exactly 3, all with the same separator.
    QChar separator;
    qsizetype group = 0;
    bool firstGroup = true;
    for (QChar c : whole) {
        if (c == u' ' || c == u',') {
            if ((!separator.isNull() && c != separator) || group == 0 || group > 3 || (!firstGroup && group != 3))
                return R::failure(wrongSeparator);
            separator = c;
            firstGroup = false;
            group = 0;
        } else {
            ++group;
        }
    }
    if (!separator.isNull() && group != 3)
        return R::failure(wrongSeparator);
    if (fraction.size() > 2) {
        for (QChar c : fraction.mid(2)) {
            if (c != u'0')
                return R::failure(ProjectCsvTr::tr("%1 has more than two decimals: the smallest amount is a cent "
                                                   "(and thousands are grouped with ',' or spaces, not '.')")
                                      .arg(shown(text)));
        }
    }
    int64_t units = 0;
    if (!parseMoney(whole, &units) || units > (std::numeric_limits<int64_t>::max() - 99) / 100)
        return R::failure(ProjectCsvTr::tr("%1 is too large an amount").arg(shown(text)));
    int64_t cents = 0;
    if (!fraction.isEmpty())
        cents += 10 * (fraction[0].unicode() - u'0');
    if (fraction.size() > 1)
        cents += fraction[1].unicode() - u'0';
    const int64_t cost = units * 100 + cents;
    if (cost <= 0)
        return R::failure(ProjectCsvTr::tr("%1: the cost must be more than zero").arg(shown(text)));
    return cost;
}

QString costText(int64_t cost)
{
    const bool negative = cost < 0; // never in a valid round; written anyway
    const uint64_t magnitude = negative ? uint64_t(0) - uint64_t(cost) : uint64_t(cost);
    QString text = QString::number(magnitude / 100);
    if (const uint64_t cents = magnitude % 100; cents != 0)
        text += u'.' + QString::number(cents).rightJustified(2, u'0');
    return negative ? u'-' + text : text;
}

// ---- writing ------------------------------------------------------------------------

void appendValue(QByteArray &out, const QString &value)
{
    const QByteArray bytes = value.toUtf8();
    bool quote = !bytes.isEmpty() && (isBlank(bytes.front()) || isBlank(bytes.back()));
    for (char c : bytes) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += bytes;
        return;
    }
    out += '"';
    for (char c : bytes) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void appendRecord(QByteArray &out, const QStringList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        appendValue(out, values[i]);
    }
    out += "\r\n";
}

} // namespace

Result<ProjectCsv> readProjectsCsv(QByteArrayView bytes, const QString &sourceName)
{
    using R = Result<ProjectCsv>;
    if (bytes.size() > MaxProjectsCsvBytes)
        return R::failure(ProjectCsvTr::tr("%1 is larger than 16 MiB: that is not a list of projects").arg(sourceName));
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);

    Records records(bytes, detectSeparator(bytes));
    std::vector<Field> fields;
    auto recordError = [&](const CsvError &e, const std::vector<Column> *columns) {
        QString what;
        switch (e.kind) {
        case CsvError::Unclosed:
            what = ProjectCsvTr::tr("a quoted value is not closed (a \" is missing)");
            break;
        case CsvError::AfterQuote:
            what = ProjectCsvTr::tr("text after the closing quote (write a quote inside a quoted value as \"\")");
            break;
        case CsvError::Beyond:
            what = columns ? ProjectCsvTr::tr("a value beyond the last column of the header")
                           : ProjectCsvTr::tr("the header has more than %1 columns").arg(kMaxColumns);
            break;
        }
        if (columns && e.column >= 1 && size_t(e.column) <= columns->size()
            && !(*columns)[size_t(e.column - 1)].name.isEmpty())
            return atColumn(sourceName, e.line, (*columns)[size_t(e.column - 1)].name, what);
        return atColumnNumber(sourceName, e.line, e.column, what);
    };

    // The header: the first line that is not empty.
    int headerLine = 0;
    for (;;) {
        if (records.atEnd())
            return R::failure(atLine(sourceName, records.line(),
                ProjectCsvTr::tr("no header: the first line must name the columns, at least "
                                 "id, title and cost")));
        headerLine = records.line();
        if (auto e = records.next(fields, kMaxColumns))
            return R::failure(recordError(*e, nullptr));
        if (!isEmptyRecord(fields))
            break;
    }
    std::vector<Column> columns;
    QHash<QString, int> columnNumbers; // lower-case name → 1-based number
    for (size_t i = 0; i < fields.size(); ++i) {
        const int number = int(i) + 1;
        const auto decoded = decodeUtf8(fields[i].bytes);
        if (!decoded)
            return R::failure(atColumnNumber(sourceName, fields[i].line, number,
                ProjectCsvTr::tr("the header is not UTF-8 text (save the file as "
                                 "\"CSV UTF-8\")")));
        Column column;
        column.name = decoded->trimmed();
        const QString key = column.name.toLower();
        if (key.isEmpty()) {
            columns.push_back(column);
            continue;
        }
        if (const int before = columnNumbers.value(key); before > 0)
            return R::failure(atColumn(sourceName, fields[i].line, column.name,
                ProjectCsvTr::tr("the column appears twice (columns %1 and %2)").arg(before).arg(number)));
        columnNumbers.insert(key, number);
        static const std::pair<const char16_t *, ColumnKind> plain[] = {
            {u"id", ColumnKind::Id},
            {u"title", ColumnKind::Title},
            {u"description", ColumnKind::Description},
            {u"cost", ColumnKind::Cost},
            {u"category", ColumnKind::Category},
            {u"district", ColumnKind::District},
            {u"status", ColumnKind::Status},
        };
        bool known = false;
        for (const auto &[name, kind] : plain) {
            if (key == QStringView(name)) {
                column.kind = kind;
                known = true;
            }
        }
        if (!known) {
            const qsizetype colon = key.indexOf(u':');
            const QString base = colon < 0 ? key : key.left(colon);
            if (colon < 0 || (base != u"title"_qs && base != u"description"_qs))
                return R::failure(atColumn(sourceName, fields[i].line, column.name,
                    ProjectCsvTr::tr("unknown column; %1").arg(knownColumnsHint())));
            column.language = key.mid(colon + 1);
            if (!isLanguageCode(column.language))
                return R::failure(atColumn(sourceName, fields[i].line, column.name,
                    ProjectCsvTr::tr("%1 is not a language code such as es, pl, vi or ar")
                        .arg(shown(key.mid(colon + 1)))));
            column.kind = base == u"title"_qs ? ColumnKind::TitleIn : ColumnKind::DescriptionIn;
        }
        columns.push_back(column);
    }
    // Empty names at the end (a spreadsheet's trailing separators) are no columns.
    while (!columns.empty() && columns.back().kind == ColumnKind::Unnamed)
        columns.pop_back();
    for (const char16_t *required : {u"id", u"title", u"cost"}) {
        if (!columnNumbers.contains(QString::fromUtf16(required)))
            return R::failure(atColumn(sourceName, headerLine, QString::fromUtf16(required),
                ProjectCsvTr::tr("the header has no such column; id, title and cost are "
                                 "required")));
    }
    for (const Column &c : columns) {
        if (c.kind == ColumnKind::DescriptionIn && !columnNumbers.contains(u"title:"_qs + c.language))
            return R::failure(atColumn(sourceName, headerLine, c.name,
                ProjectCsvTr::tr("a description translation needs a title translation: add "
                                 "a column \"title:%1\"")
                    .arg(c.language)));
    }

    ProjectCsv csv;
    QHash<QString, int> idLines;
    while (!records.atEnd()) {
        const int recordLine = records.line();
        if (auto e = records.next(fields, qsizetype(columns.size())))
            return R::failure(recordError(*e, &columns));
        if (isEmptyRecord(fields))
            continue;
        if (csv.projects.size() >= size_t(MaxProjectsCsvRows))
            return R::failure(atLine(
                sourceName, recordLine, ProjectCsvTr::tr("more than 65,535 projects: a round holds at most 65,535")));
        Project p;
        std::map<QString, ProjectText> texts; // language → text
        std::map<QString, int> descriptionLines; // language → line of its description value
        for (size_t i = 0; i < columns.size(); ++i) {
            const Column &column = columns[i];
            const int line = i < fields.size() ? fields[i].line : recordLine;
            auto fail = [&](const QString &what) {
                return column.name.isEmpty() ? R::failure(atColumnNumber(sourceName, line, int(i) + 1, what))
                                             : R::failure(atColumn(sourceName, line, column.name, what));
            };
            QString value;
            if (i < fields.size()) {
                const auto decoded = decodeUtf8(fields[i].bytes);
                if (!decoded)
                    return fail(ProjectCsvTr::tr("the value is not UTF-8 text (save the file as \"CSV UTF-8\")"));
                value = *decoded;
                if (const auto control = controlCharacter(value))
                    return fail(
                        ProjectCsvTr::tr("the value contains a control character (code %1)").arg(int(*control)));
            }
            const bool missing = value.trimmed().isEmpty();
            switch (column.kind) {
            case ColumnKind::Id:
                if (missing)
                    return fail(ProjectCsvTr::tr("the value is missing: every project needs an id"));
                if (value.contains(u'\n') || value.contains(u'\r'))
                    return fail(ProjectCsvTr::tr("an id cannot span several lines"));
                if (const int before = idLines.value(value); before > 0)
                    return fail(ProjectCsvTr::tr("project %1 is already on line %2")
                                    .arg(shown(value), QString::number(before)));
                p.id = value;
                break;
            case ColumnKind::Title:
                if (missing)
                    return fail(ProjectCsvTr::tr("the value is missing: every project needs a title"));
                p.title = value;
                break;
            case ColumnKind::Description:
                p.description = value;
                break;
            case ColumnKind::Cost: {
                if (missing)
                    return fail(ProjectCsvTr::tr("the value is missing: every project needs a cost"));
                auto cost = parseCost(value);
                if (!cost)
                    return fail(cost.error());
                p.cost = *cost;
                break;
            }
            case ColumnKind::Category:
                p.category = value;
                break;
            case ColumnKind::District:
                p.district = value;
                break;
            case ColumnKind::Status: {
                if (missing)
                    break; // Ballot
                const auto status = parseProjectStatus(value.trimmed().toLower());
                if (!status)
                    return fail(ProjectCsvTr::tr("%1 is not a status: use ballot, review, rejected or withdrawn "
                                                 "(empty: ballot)")
                                    .arg(shown(value)));
                p.status = *status;
                break;
            }
            case ColumnKind::TitleIn:
                texts[column.language].title = value;
                break;
            case ColumnKind::DescriptionIn:
                texts[column.language].description = value;
                descriptionLines[column.language] = line;
                break;
            case ColumnKind::Unnamed:
                if (!value.isEmpty())
                    return fail(ProjectCsvTr::tr("a value under a column with no name in the header"));
                break;
            }
        }
        for (const auto &[language, text] : texts) {
            if (!text.title.trimmed().isEmpty()) {
                csv.translations[p.id][language] = text;
            } else if (!text.description.isEmpty()) {
                const QString column = columns[size_t(columnNumbers.value(u"description:"_qs + language) - 1)].name;
                return R::failure(atColumn(sourceName, descriptionLines[language], column,
                    ProjectCsvTr::tr("a description translation without a title: fill in "
                                     "\"title:%1\" too")
                        .arg(language)));
            }
        }
        idLines.insert(p.id, recordLine);
        csv.projects.push_back(std::move(p));
        csv.lines.push_back(recordLine);
    }
    return csv;
}

QByteArray writeProjectsCsv(const Round &round, const store::ProjectTranslations &translations)
{
    std::set<QString> languages;
    for (const auto &[projectId, byLanguage] : translations) {
        if (!round.findProject(projectId))
            continue;
        for (const auto &entry : byLanguage)
            languages.insert(entry.first);
    }
    QStringList header {
        u"id"_qs, u"title"_qs, u"description"_qs, u"cost"_qs, u"category"_qs, u"district"_qs, u"status"_qs};
    for (const QString &language : languages)
        header << u"title:"_qs + language << u"description:"_qs + language;
    QByteArray out;
    appendRecord(out, header);
    for (const std::vector<Project> *list : {&round.projects, &round.offBallot}) {
        for (const Project &p : *list) {
            QStringList values {
                p.id, p.title, p.description, costText(p.cost), p.category, p.district, projectStatusName(p.status)};
            const auto found = translations.find(p.id);
            for (const QString &language : languages) {
                ProjectText text;
                if (found != translations.end()) {
                    if (const auto t = found->second.find(language); t != found->second.end())
                        text = t->second;
                }
                values << text.title << text.description;
            }
            appendRecord(out, values);
        }
    }
    return out;
}

} // namespace pbvote::formats
