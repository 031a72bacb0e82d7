#include "formats/PabulibReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <cstring>
#include <deque>
#include <string_view>
#include <utility>

namespace pbvote::formats {

using counting::Instance;
using counting::Project;
using counting::VoteType;
using counting::Voter;

namespace {

constexpr int kMaxDecimals = 9;

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && isBlank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back()))
        s.remove_suffix(1);
    return s;
}

bool equalsIgnoringCase(std::string_view s, std::string_view lowerAscii)
{
    if (s.size() != lowerAscii.size())
        return false;
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lowerAscii[i])
            return false;
    }
    return true;
}

// pabutools treats a field reading "none" as absent.
bool isNone(std::string_view s)
{
    return equalsIgnoringCase(s, "none");
}

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString quotedForMessage(std::string_view s)
{
    constexpr size_t kMax = 60;
    QString text = toQString(s.substr(0, kMax));
    if (s.size() > kMax)
        text += QChar(0x2026);
    return u'"' + text + u'"';
}

struct Amount
{
    int64_t units = 0; // the digits without the decimal separator
    int decimals = 0;
};

// "1200", "1200.50", "1200,5"; no sign, no exponent, no thousands separators.
std::optional<Amount> parseAmount(std::string_view s)
{
    if (s.empty())
        return std::nullopt;
    Amount a;
    bool seenSeparator = false;
    bool digitsBefore = false;
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            if (__builtin_mul_overflow(a.units, int64_t(10), &a.units)
                || __builtin_add_overflow(a.units, int64_t(c - '0'), &a.units))
                return std::nullopt;
            if (seenSeparator)
                ++a.decimals;
            else
                digitsBefore = true;
        } else if ((c == '.' || c == ',') && !seenSeparator) {
            seenSeparator = true;
        } else {
            return std::nullopt;
        }
    }
    if (!digitsBefore || (seenSeparator && a.decimals == 0) || a.decimals > kMaxDecimals)
        return std::nullopt;
    return a;
}

std::optional<int64_t> scaled(const Amount &a, int moneyScale)
{
    if (a.decimals > moneyScale)
        return std::nullopt;
    int64_t value = a.units;
    for (int i = a.decimals; i < moneyScale; ++i) {
        if (__builtin_mul_overflow(value, int64_t(10), &value))
            return std::nullopt;
    }
    return value;
}

// Whole numbers for points and META counts; an optional leading '-'.
std::optional<int64_t> parseInteger(std::string_view s, bool allowNegative)
{
    bool negative = false;
    if (!s.empty() && s.front() == '-' && allowNegative) {
        negative = true;
        s.remove_prefix(1);
    }
    if (s.empty())
        return std::nullopt;
    int64_t value = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return std::nullopt;
        if (__builtin_mul_overflow(value, int64_t(10), &value)
            || __builtin_sub_overflow(value, int64_t(c - '0'), &value))
            return std::nullopt; // accumulate negatively: INT64_MIN is representable
    }
    if (!negative) {
        if (value == INT64_MIN)
            return std::nullopt;
        value = -value;
    }
    return value;
}

uint32_t hashBytes(std::string_view s)
{
    uint32_t h = 2166136261u; // FNV-1a
    for (unsigned char c : s) {
        h ^= c;
        h *= 16777619u;
    }
    return h;
}

// Open-addressing map from byte strings to indices. Keys are not copied: they must
// outlive the table (they point into the file's bytes or into the reader's arena).
class IdTable
{
public:
    explicit IdTable(size_t expected = 64) { rehash(capacityFor(expected)); }

    int find(std::string_view key) const
    {
        const uint32_t h = hashBytes(key);
        for (size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const Slot &slot = m_slots[i];
            if (slot.index < 0)
                return -1;
            if (slot.hash == h && slot.size == key.size() && std::memcmp(slot.data, key.data(), key.size()) == 0)
                return slot.index;
        }
    }

    void reserve(size_t expected)
    {
        if (capacityFor(expected) > m_slots.size())
            rehash(capacityFor(expected));
    }

    // Adds key → index unless the key is there already; returns the index it had, or -1.
    int insert(std::string_view key, int index)
    {
        if ((m_count + 1) * 2 > m_slots.size())
            rehash(m_slots.size() * 2);
        const uint32_t h = hashBytes(key);
        for (size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            Slot &slot = m_slots[i];
            if (slot.index < 0) {
                slot = Slot{key.data(), uint32_t(key.size()), h, index};
                ++m_count;
                return -1;
            }
            if (slot.hash == h && slot.size == key.size() && std::memcmp(slot.data, key.data(), key.size()) == 0)
                return slot.index;
        }
    }

private:
    struct Slot
    {
        const char *data = nullptr;
        uint32_t size = 0;
        uint32_t hash = 0;
        int index = -1;
    };

    static size_t capacityFor(size_t expected)
    {
        size_t capacity = 16;
        while (capacity < expected * 2)
            capacity *= 2;
        return capacity;
    }

    void rehash(size_t capacity)
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(capacity, Slot{});
        m_mask = capacity - 1;
        for (const Slot &slot : old) {
            if (slot.index < 0)
                continue;
            size_t i = slot.hash & m_mask;
            while (m_slots[i].index >= 0)
                i = (i + 1) & m_mask;
            m_slots[i] = slot;
        }
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_count = 0;
};

struct ParseError
{
    int line = 0; // 0: the file as a whole
    QString reason;
};

enum class Section { None, Meta, Projects, Votes };

struct Field
{
    std::string_view text; // unquoted, and trimmed unless it was quoted
    bool quoted = false;
};

// Column positions found in a section's header line; -1 when absent.
struct ProjectColumns
{
    int id = -1;
    int cost = -1;
    int name = -1;
    int category = -1;
    int district = -1;
};

struct VoteColumns
{
    int voterId = -1;
    int vote = -1;
    int points = -1;
};

struct PendingCost
{
    Amount amount;
    int line = 0;
};

} // namespace

// The tr() context of every message below is "PabulibReader".
class PabulibReaderImpl
{
    Q_DECLARE_TR_FUNCTIONS(PabulibReader)

public:
    PabulibReaderImpl(QByteArrayView data, QString messageName, QString instanceName)
        : m_pos(data.data()), m_end(data.data() + data.size()),
          m_messageName(std::move(messageName))
    {
        m_instance.name = std::move(instanceName);
    }

    Result<Instance> read()
    {
        try {
            parse();
            finish();
        } catch (const ParseError &e) {
            if (e.line > 0)
                return Result<Instance>::failure(
                    tr("%1: line %2: %3").arg(m_messageName).arg(e.line).arg(e.reason));
            return Result<Instance>::failure(tr("%1: %2").arg(m_messageName, e.reason));
        }
        return std::move(m_instance);
    }

private:
    [[noreturn]] static void fail(int line, const QString &reason) { throw ParseError{line, reason}; }

    // ---- records -----------------------------------------------------------------

    // Reads the next record into m_fields: one line, or more when a quoted field holds
    // a line break. Returns false at the end of the data.
    bool nextRecord()
    {
        m_fields.clear();
        m_unescaped.clear();
        if (m_pos >= m_end)
            return false;
        m_recordLine = m_line;
        const char *p = m_pos;
        for (;;) {
            const char *q = p;
            while (q < m_end && (*q == ' ' || *q == '\t'))
                ++q;
            if (q < m_end && *q == '"') {
                q = readQuotedField(q + 1);
                while (q < m_end && isBlank(*q))
                    ++q;
                if (q >= m_end) {
                    p = q;
                    break;
                }
                if (*q == ';') {
                    p = q + 1;
                    continue;
                }
                if (*q == '\n') {
                    ++m_line;
                    p = q + 1;
                    break;
                }
                fail(m_line, tr("unexpected text after the closing quote of a field "
                                "(a quote inside a quoted field must be doubled)"));
            }
            const char *e = q;
            while (e < m_end && *e != ';' && *e != '\n')
                ++e;
            m_fields.push_back(Field{trimmed(std::string_view(q, size_t(e - q))), false});
            if (e >= m_end) {
                p = e;
                break;
            }
            p = e + 1;
            if (*e == '\n') {
                ++m_line;
                break;
            }
        }
        m_pos = p;
        return true;
    }

    // q is just past the opening quote; returns the position just past the closing one.
    const char *readQuotedField(const char *q)
    {
        const char *start = q;
        bool escapes = false;
        for (;;) {
            const auto *quote = static_cast<const char *>(std::memchr(q, '"', size_t(m_end - q)));
            if (!quote)
                fail(m_recordLine, tr("a quoted field is not closed"));
            m_line += int(std::count(q, quote, '\n'));
            if (quote + 1 < m_end && quote[1] == '"') {
                escapes = true;
                q = quote + 2;
                continue;
            }
            std::string_view text(start, size_t(quote - start));
            if (escapes) {
                std::string unescaped;
                unescaped.reserve(text.size());
                for (size_t i = 0; i < text.size(); ++i) {
                    unescaped += text[i];
                    if (text[i] == '"')
                        ++i; // skip the second quote of a doubled pair
                }
                m_unescaped.push_back(std::move(unescaped));
                text = m_unescaped.back();
            }
            m_fields.push_back(Field{text, true});
            return quote + 1;
        }
    }

    bool recordIsEmpty() const
    {
        return m_fields.size() == 1 && !m_fields[0].quoted && m_fields[0].text.empty();
    }

    // A lone word in capitals where a row was expected is most likely a section name.
    bool recordLooksLikeSection() const
    {
        if (m_fields.size() != 1 || m_fields[0].quoted || m_fields[0].text.empty())
            return false;
        return std::all_of(m_fields[0].text.begin(), m_fields[0].text.end(),
                           [](char c) { return (c >= 'A' && c <= 'Z') || c == '_'; });
    }

    std::optional<Section> sectionOfRecord() const
    {
        if (m_fields[0].quoted)
            return std::nullopt;
        for (size_t i = 1; i < m_fields.size(); ++i) {
            if (!m_fields[i].text.empty())
                return std::nullopt;
        }
        const std::string_view word = m_fields[0].text;
        if (equalsIgnoringCase(word, "meta"))
            return Section::Meta;
        if (equalsIgnoringCase(word, "projects"))
            return Section::Projects;
        if (equalsIgnoringCase(word, "votes"))
            return Section::Votes;
        return std::nullopt;
    }

    static QString sectionName(Section s)
    {
        switch (s) {
        case Section::Meta:
            return QStringLiteral("META");
        case Section::Projects:
            return QStringLiteral("PROJECTS");
        case Section::Votes:
            return QStringLiteral("VOTES");
        case Section::None:
            break;
        }
        return QString();
    }

    void checkFieldCount(size_t expected) const
    {
        if (m_fields.size() == expected)
            return;
        if (recordLooksLikeSection())
            fail(m_recordLine, tr("unknown section %1 (expected META, PROJECTS or VOTES)")
                                   .arg(toQString(m_fields[0].text)));
        fail(m_recordLine, tr("wrong number of fields: %1 in this row, %2 in the %3 header")
                               .arg(m_fields.size())
                               .arg(expected)
                               .arg(sectionName(m_section)));
    }

    // ---- sections ----------------------------------------------------------------

    void parse()
    {
        if (m_end - m_pos >= 3 && std::memcmp(m_pos, "\xEF\xBB\xBF", 3) == 0)
            m_pos += 3;
        if (m_pos == m_end)
            fail(0, tr("the file is empty"));

        while (nextRecord()) {
            if (recordIsEmpty())
                continue;
            if (const auto section = sectionOfRecord()) {
                startSection(*section);
                continue;
            }
            if (m_expectHeader) {
                readHeader();
                m_expectHeader = false;
                continue;
            }
            switch (m_section) {
            case Section::None:
                if (recordLooksLikeSection())
                    fail(m_recordLine, tr("unknown section %1 (expected META, PROJECTS or VOTES)")
                                           .arg(toQString(m_fields[0].text)));
                fail(m_recordLine, tr("not a Pabulib file: expected the META section"));
            case Section::Meta:
                readMetaRow();
                break;
            case Section::Projects:
                readProjectRow();
                break;
            case Section::Votes:
                readVoteRow();
                break;
            }
        }
        if (m_expectHeader)
            fail(m_sectionLine[int(m_section)],
                 tr("the %1 section has no header line").arg(sectionName(m_section)));
    }

    void startSection(Section section)
    {
        const int i = int(section);
        if (m_sectionLine[i] > 0)
            fail(m_recordLine, tr("a second %1 section (the first is on line %2)")
                                   .arg(sectionName(section))
                                   .arg(m_sectionLine[i]));
        if (m_expectHeader)
            fail(m_sectionLine[int(m_section)],
                 tr("the %1 section has no header line").arg(sectionName(m_section)));
        if (section == Section::Votes) {
            if (m_sectionLine[int(Section::Meta)] == 0)
                fail(m_recordLine, tr("the VOTES section comes before the META section"));
            if (m_sectionLine[int(Section::Projects)] == 0)
                fail(m_recordLine, tr("the VOTES section comes before the PROJECTS section"));
            resolveVoteType();
        }
        m_sectionLine[i] = m_recordLine;
        m_section = section;
        m_expectHeader = true;
    }

    void readHeader()
    {
        switch (m_section) {
        case Section::Meta:
            if (m_fields.size() != 2)
                fail(m_recordLine, tr("the META header must have two columns (key;value)"));
            break;
        case Section::Projects: {
            const QHash<QString, int> columns = headerColumns();
            m_projectColumns.id = columns.value(QStringLiteral("project_id"), -1);
            m_projectColumns.cost = columns.value(QStringLiteral("cost"), -1);
            m_projectColumns.name = columns.value(QStringLiteral("name"), -1);
            m_projectColumns.category = columns.value(QStringLiteral("category"),
                                                      columns.value(QStringLiteral("categories"), -1));
            m_projectColumns.district = columns.value(QStringLiteral("district"), -1);
            if (m_projectColumns.id < 0)
                fail(m_recordLine, tr("the PROJECTS header has no project_id column"));
            if (m_projectColumns.cost < 0)
                fail(m_recordLine, tr("the PROJECTS header has no cost column"));
            break;
        }
        case Section::Votes: {
            const QHash<QString, int> columns = headerColumns();
            m_voteColumns.voterId = columns.value(QStringLiteral("voter_id"), -1);
            m_voteColumns.vote = columns.value(QStringLiteral("vote"), -1);
            m_voteColumns.points = columns.value(QStringLiteral("points"), -1);
            if (m_voteColumns.vote < 0)
                fail(m_recordLine, tr("the VOTES header has no vote column"));
            if (usesPoints() && m_voteColumns.points < 0)
                fail(m_recordLine, tr("the VOTES header has no points column, which %1 votes need")
                                       .arg(voteTypeName(m_instance.voteType)));
            m_stamp.assign(m_instance.projects.size(), 0);
            reserveForVoters();
            break;
        }
        case Section::None:
            break;
        }
        m_headerSize = m_fields.size();
    }

    // Column name (lower case) → position; a column named twice is an error.
    QHash<QString, int> headerColumns() const
    {
        QHash<QString, int> columns;
        for (size_t i = 0; i < m_fields.size(); ++i) {
            const QString name = toQString(trimmed(m_fields[i].text)).toLower();
            if (name.isEmpty())
                continue;
            if (columns.contains(name))
                fail(m_recordLine, tr("the %1 header names the column %2 twice")
                                       .arg(sectionName(m_section), name));
            columns.insert(name, int(i));
        }
        return columns;
    }

    // META num_votes, when it is a plausible number, sizes the voter tables up front.
    void reserveForVoters()
    {
        const QByteArray text = m_instance.meta.value(QStringLiteral("num_votes")).trimmed().toLatin1();
        const auto count = parseInteger(std::string_view(text.constData(), size_t(text.size())), false);
        // Not trusted beyond what the remaining bytes could hold (2 bytes per row at least).
        if (!count || *count <= 0 || *count > (m_end - m_pos) / 2)
            return;
        m_instance.voters.reserve(size_t(*count));
        if (m_voteColumns.voterId >= 0)
            m_orderedVoterIds.reserve(size_t(*count));
    }

    void readMetaRow()
    {
        checkFieldCount(m_headerSize);
        const QString key = toQString(trimmed(m_fields[0].text));
        if (key.isEmpty())
            fail(m_recordLine, tr("a META row without a key"));
        if (const auto previous = m_metaLines.constFind(key); previous != m_metaLines.cend())
            fail(m_recordLine, tr("the META key %1 is given twice (first on line %2)")
                                   .arg(key)
                                   .arg(*previous));
        m_metaLines.insert(key, m_recordLine);
        m_instance.meta.insert(key, toQString(m_fields[1].text));
    }

    void readProjectRow()
    {
        checkFieldCount(m_headerSize);
        const std::string_view id = trimmed(m_fields[size_t(m_projectColumns.id)].text);
        if (id.empty())
            fail(m_recordLine, tr("a project without a project_id"));
        if (id.find(',') != std::string_view::npos)
            fail(m_recordLine, tr("the project id %1 contains a comma, so no vote could name it")
                                   .arg(quotedForMessage(id)));

        const int index = int(m_instance.projects.size());
        const std::string_view key = stableKey(id, m_fields[size_t(m_projectColumns.id)].quoted);
        if (const int previous = m_projectIds.insert(key, index); previous >= 0)
            fail(m_recordLine, tr("the project id %1 is used twice (first on line %2)")
                                   .arg(quotedForMessage(id))
                                   .arg(m_pendingCosts[size_t(previous)].line));

        const std::string_view costText = m_fields[size_t(m_projectColumns.cost)].text;
        if (costText.empty() || isNone(costText))
            fail(m_recordLine, tr("project %1 has no cost").arg(quotedForMessage(id)));
        const auto cost = parseAmount(costText);
        if (!cost)
            fail(m_recordLine, tr("the cost %1 of project %2 is not an amount of money "
                                  "(a number such as 1200 or 1200.50)")
                                   .arg(quotedForMessage(costText), quotedForMessage(id)));

        Project project;
        project.id = toQString(id);
        project.name = optionalText(m_projectColumns.name);
        project.category = optionalText(m_projectColumns.category);
        project.district = optionalText(m_projectColumns.district);
        m_instance.projects.push_back(std::move(project));
        m_pendingCosts.push_back(PendingCost{*cost, m_recordLine});
    }

    void readVoteRow()
    {
        checkFieldCount(m_headerSize);

        if (m_voteColumns.voterId >= 0) {
            const Field &field = m_fields[size_t(m_voteColumns.voterId)];
            const std::string_view voterId = trimmed(field.text);
            if (!voterId.empty())
                checkVoterIdIsNew(voterId, field.quoted);
        }

        ++m_currentStamp;
        Voter voter;
        const Field &voteField = m_fields[size_t(m_voteColumns.vote)];
        std::string_view vote = voteField.text;
        if (!voteField.quoted && isNone(vote))
            vote = {};
        const bool points = usesPoints();
        bool repeats = false;
        forEachItem(vote, [&](std::string_view item) {
            if (item.empty()) {
                if (points)
                    fail(m_recordLine, tr("an empty project id in the vote"));
                return; // "1,,2" or a trailing comma: pabutools skips these too
            }
            const int project = m_projectIds.find(item);
            if (project < 0)
                fail(m_recordLine, tr("the vote names the project %1, which the PROJECTS section "
                                      "does not list")
                                       .arg(quotedForMessage(item)));
            if (m_stamp[size_t(project)] == m_currentStamp) {
                // Cumulative ballots may give a project points in several entries
                // ("579,579;1,1"): the last one counts, see mergeRepeats(). Elsewhere a repeat
                // is a broken ballot.
                if (m_instance.voteType != VoteType::Cumulative)
                    fail(m_recordLine, tr("the vote names the project %1 twice").arg(quotedForMessage(item)));
                repeats = true;
            }
            m_stamp[size_t(project)] = m_currentStamp;
            voter.projects.push_back(project);
        });

        if (points)
            readPoints(voter);
        if (repeats)
            mergeRepeats(voter);

        switch (m_instance.voteType) {
        case VoteType::Approval:
            std::sort(voter.projects.begin(), voter.projects.end());
            break;
        case VoteType::Ordinal:
            break;
        case VoteType::Cumulative:
        case VoteType::Scoring:
            sortByProject(voter);
            break;
        }
        m_instance.voters.push_back(std::move(voter));
    }

    // Voter ids are usually numbers in increasing order: such an id is new when it is
    // larger than the last one, which spares a hash table lookup (a cache miss) per row.
    // Any other id is looked up among the ordered ones and then in the hash table. An id
    // put in the table was at most m_lastOrderedId then, so no later ordered id equals it.
    void checkVoterIdIsNew(std::string_view voterId, bool quoted)
    {
        const auto number = canonicalNumber(voterId);
        if (number && *number > m_lastOrderedId) {
            m_orderedVoterIds.emplace_back(*number, m_recordLine);
            m_lastOrderedId = *number;
            return;
        }
        int previousLine = -1;
        if (number) {
            const auto at = std::lower_bound(m_orderedVoterIds.begin(), m_orderedVoterIds.end(),
                                             std::pair<int64_t, int>(*number, 0));
            if (at != m_orderedVoterIds.end() && at->first == *number)
                previousLine = at->second;
        }
        // The table keeps the line of each voter id, for the message.
        if (previousLine < 0)
            previousLine = m_voterIds.insert(stableKey(voterId, quoted), m_recordLine);
        if (previousLine >= 0)
            fail(m_recordLine, tr("the voter id %1 is used twice (first on line %2)")
                                   .arg(quotedForMessage(voterId))
                                   .arg(previousLine));
    }

    // A number written the one way its value is written (no sign, no leading zero).
    static std::optional<int64_t> canonicalNumber(std::string_view s)
    {
        if (s.empty() || s.size() > 18 || (s.size() > 1 && s.front() == '0'))
            return std::nullopt;
        int64_t value = 0;
        for (char c : s) {
            if (c < '0' || c > '9')
                return std::nullopt;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    void readPoints(Voter &voter)
    {
        const Field &pointsField = m_fields[size_t(m_voteColumns.points)];
        std::string_view text = pointsField.text;
        if (!pointsField.quoted && isNone(text))
            text = {};
        const bool allowNegative = m_instance.voteType == VoteType::Scoring;
        voter.points.reserve(voter.projects.size());
        forEachItem(text, [&](std::string_view item) {
            const auto value = parseInteger(item, allowNegative);
            if (!value)
                fail(m_recordLine, allowNegative
                                       ? tr("the points %1 are not a whole number").arg(quotedForMessage(item))
                                       : tr("the points %1 are not a whole number of at least 0")
                                             .arg(quotedForMessage(item)));
            voter.points.push_back(*value);
        });
        if (voter.points.size() != voter.projects.size())
            fail(m_recordLine, tr("the vote names %1 projects but points has %2 numbers")
                                   .arg(voter.projects.size())
                                   .arg(voter.points.size()));
    }

    // Entries naming the same project (cumulative ballots only): the last entry's points
    // count, at the first entry's place. This is what pabutools does (a ballot is a dict,
    // so a later entry overwrites an earlier one), and counting must match it.
    void mergeRepeats(Voter &voter) const
    {
        std::vector<int> projects;
        std::vector<int64_t> points;
        for (size_t i = 0; i < voter.projects.size(); ++i) {
            const auto at = std::find(projects.begin(), projects.end(), voter.projects[i]);
            if (at == projects.end()) {
                projects.push_back(voter.projects[i]);
                points.push_back(voter.points[i]);
            } else {
                points[size_t(at - projects.begin())] = voter.points[i];
            }
        }
        voter.projects = std::move(projects);
        voter.points = std::move(points);
    }

    static void sortByProject(Voter &voter)
    {
        if (std::is_sorted(voter.projects.begin(), voter.projects.end()))
            return;
        std::vector<std::pair<int, int64_t>> pairs;
        pairs.reserve(voter.projects.size());
        for (size_t i = 0; i < voter.projects.size(); ++i)
            pairs.emplace_back(voter.projects[i], voter.points[i]);
        std::sort(pairs.begin(), pairs.end());
        for (size_t i = 0; i < pairs.size(); ++i) {
            voter.projects[i] = pairs[i].first;
            voter.points[i] = pairs[i].second;
        }
    }

    // Calls f on every ','-separated item, trimmed. An empty text has no items.
    template<typename F>
    static void forEachItem(std::string_view text, F &&f)
    {
        if (text.empty())
            return;
        for (;;) {
            const size_t comma = text.find(',');
            f(trimmed(text.substr(0, comma)));
            if (comma == std::string_view::npos)
                return;
            text.remove_prefix(comma + 1);
        }
    }

    // Text that outlives the current record: the file's own bytes, or a copy when the
    // field was unescaped into the record's scratch space.
    std::string_view stableKey(std::string_view text, bool quoted)
    {
        if (!quoted)
            return text;
        m_arena.emplace_back(text);
        return m_arena.back();
    }

    QString optionalText(int column) const
    {
        if (column < 0)
            return QString();
        const Field &field = m_fields[size_t(column)];
        if (!field.quoted && isNone(field.text))
            return QString();
        return toQString(field.text);
    }

    bool usesPoints() const
    {
        return m_instance.voteType == VoteType::Cumulative || m_instance.voteType == VoteType::Scoring;
    }

    int metaLine(const QString &key) const
    {
        return m_metaLines.value(key, m_sectionLine[int(Section::Meta)]);
    }

    void resolveVoteType()
    {
        const QString key = QStringLiteral("vote_type");
        if (!m_instance.meta.contains(key))
            fail(m_sectionLine[int(Section::Meta)],
                 tr("META has no vote_type (approval, cumulative, scoring or ordinal)"));
        const QString type = m_instance.meta.value(key).trimmed().toLower();
        if (type == u"approval" || type == u"choose-1")
            m_instance.voteType = VoteType::Approval;
        else if (type == u"cumulative")
            m_instance.voteType = VoteType::Cumulative;
        else if (type == u"scoring")
            m_instance.voteType = VoteType::Scoring;
        else if (type == u"ordinal")
            m_instance.voteType = VoteType::Ordinal;
        else
            fail(metaLine(key), tr("unknown vote_type \"%1\" (expected approval, cumulative, "
                                   "scoring or ordinal)")
                                    .arg(m_instance.meta.value(key)));
    }

    // ---- after the last line -------------------------------------------------------

    void finish()
    {
        if (m_sectionLine[int(Section::Meta)] == 0)
            fail(0, tr("not a Pabulib file: there is no META section"));
        if (m_sectionLine[int(Section::Projects)] == 0)
            fail(0, tr("there is no PROJECTS section"));
        if (m_sectionLine[int(Section::Votes)] == 0)
            fail(0, tr("there is no VOTES section"));

        const QString budgetKey = QStringLiteral("budget");
        if (!m_instance.meta.contains(budgetKey))
            fail(m_sectionLine[int(Section::Meta)], tr("META has no budget"));
        const QByteArray budgetText = m_instance.meta.value(budgetKey).trimmed().toUtf8();
        const auto budget = parseAmount(std::string_view(budgetText.constData(), size_t(budgetText.size())));
        if (!budget)
            fail(metaLine(budgetKey), tr("the budget \"%1\" is not an amount of money "
                                         "(a number such as 1000000 or 1000000.50)")
                                          .arg(m_instance.meta.value(budgetKey)));

        int scale = budget->decimals;
        for (const PendingCost &cost : m_pendingCosts)
            scale = std::max(scale, cost.amount.decimals);
        m_instance.moneyScale = scale;

        const auto budgetUnits = scaled(*budget, scale);
        if (!budgetUnits)
            fail(metaLine(budgetKey), tr("the budget is too large"));
        m_instance.budget = *budgetUnits;
        for (size_t i = 0; i < m_pendingCosts.size(); ++i) {
            const auto cost = scaled(m_pendingCosts[i].amount, scale);
            if (!cost)
                fail(m_pendingCosts[i].line, tr("the cost is too large"));
            m_instance.projects[i].cost = *cost;
        }

        checkCount(QStringLiteral("num_projects"), m_instance.projects.size(), tr("projects"));
        checkCount(QStringLiteral("num_votes"), m_instance.voters.size(), tr("votes"));
    }

    void checkCount(const QString &key, size_t actual, const QString &what) const
    {
        const auto it = m_instance.meta.constFind(key);
        if (it == m_instance.meta.cend())
            return;
        const QByteArray text = it->trimmed().toUtf8();
        const auto declared = parseInteger(std::string_view(text.constData(), size_t(text.size())), false);
        if (!declared)
            fail(metaLine(key), tr("%1 \"%2\" is not a whole number").arg(key, *it));
        if (uint64_t(*declared) != actual)
            fail(metaLine(key), tr("%1 says %2 but the file has %3 %4 (is the file complete?)")
                                    .arg(key)
                                    .arg(*declared)
                                    .arg(actual)
                                    .arg(what));
    }

    const char *m_pos;
    const char *m_end;
    QString m_messageName;
    Instance m_instance;

    int m_line = 1;
    int m_recordLine = 0;
    std::vector<Field> m_fields;
    std::deque<std::string> m_unescaped; // per record
    std::deque<std::string> m_arena;     // for the whole file

    Section m_section = Section::None;
    int m_sectionLine[4] = {0, 0, 0, 0};
    bool m_expectHeader = false;
    size_t m_headerSize = 0;

    QHash<QString, int> m_metaLines;
    ProjectColumns m_projectColumns;
    VoteColumns m_voteColumns;
    IdTable m_projectIds;
    IdTable m_voterIds;
    std::vector<std::pair<int64_t, int>> m_orderedVoterIds; // increasing, with their lines
    int64_t m_lastOrderedId = -1;
    std::vector<PendingCost> m_pendingCosts;
    std::vector<uint32_t> m_stamp; // per project: the last voter (stamp) that named it
    uint32_t m_currentStamp = 0;
};

Result<Instance> readPabulib(QByteArrayView data, const QString &sourceName)
{
    return PabulibReaderImpl(data, sourceName, sourceName).read();
}

Result<Instance> readPabulibFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Instance>::failure(
            QCoreApplication::translate("PabulibReader", "%1: cannot read the file: %2")
                .arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Result<Instance>::failure(
            QCoreApplication::translate("PabulibReader", "%1: cannot read the file: %2")
                .arg(path, file.errorString()));
    return PabulibReaderImpl(data, path, QFileInfo(path).fileName()).read();
}

std::optional<int64_t> parsePabulibAmount(QByteArrayView text, int moneyScale)
{
    const QByteArrayView t = text.trimmed();
    const auto amount = parseAmount(std::string_view(t.data(), size_t(t.size())));
    if (!amount)
        return std::nullopt;
    return scaled(*amount, moneyScale);
}

QString voteTypeName(VoteType type)
{
    switch (type) {
    case VoteType::Approval:
        return QStringLiteral("approval");
    case VoteType::Cumulative:
        return QStringLiteral("cumulative");
    case VoteType::Ordinal:
        return QStringLiteral("ordinal");
    case VoteType::Scoring:
        return QStringLiteral("scoring");
    }
    return QString();
}

} // namespace pbvote::formats
