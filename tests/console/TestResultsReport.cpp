// Publication of a counted round: a real voted round is closed, its ballots opened and
// counted as `pbvote tally` does, the signed result stored and read back, then exported
// as CSV (read back with an RFC 4180 reader written here) and as a PDF report.

#include "ResultsReport.h"
#include "StoreFixture.h"
#include "TalliedRound.h"

#include "crypto/Crypto.h"
#include "formats/OutcomeJson.h"
#include "record/Records.h"
#include "store/RoundCounter.h"
#include "util/Money.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace pbvote;
using namespace pbvote::console;
using pbvote::testsupport::ReadyRound;

namespace {

using Tallied = testsupport::TalliedRound;

// Eight knapsack ballots (each within the budget of 1000) on P1..P5.
const std::vector<std::vector<int>> kBallots = {{0, 1}, {0, 2}, {1, 3}, {0, 1, 2}, {4}, {2, 4}, {0}, {1, 2, 3}};

// Titles that need CSV quoting and HTML escaping.
const QString kCommaQuoteTitle = u"Park, \"green\" corner & <pond>"_qs;
const QString kNewlineTitle = u"Bike racks\nat the station"_qs;

Round knapsackShape()
{
    Round shape = testsupport::sampleRound(BallotKind::Knapsack);
    shape.name = u"Spring 2025, \"Old Town\""_qs;
    shape.projects[0].title = kCommaQuoteTitle;
    shape.projects[1].title = kNewlineTitle;
    return shape;
}

// RFC 4180 reader: records of fields; quoted fields may hold commas, CR, LF and doubled
// quotes. Fails (returns false) on a quote inside an unquoted field or an unterminated one.
bool readCsv(const QString &text, QList<QStringList> *records)
{
    records->clear();
    QStringList record;
    QString field;
    bool quoted = false;   // inside a quoted field
    bool wasQuoted = false; // the current field was quoted (only a separator may follow)
    bool any = false;       // the current record has started
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty() || wasQuoted)
                return false;
            quoted = true;
            any = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            wasQuoted = false;
            any = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && (i + 1 >= text.size() || text.at(i + 1) != u'\n'))
                return false; // bare CR outside quotes
            if (c == u'\r')
                ++i;
            record << field;
            records->append(record);
            record.clear();
            field.clear();
            wasQuoted = false;
            any = false;
        } else {
            if (wasQuoted)
                return false;
            field += c;
            any = true;
        }
    }
    if (quoted)
        return false;
    if (any || !field.isEmpty()) {
        record << field;
        records->append(record);
    }
    return true;
}

double inkShare(const QImage &image)
{
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    qint64 ink = 0;
    for (int y = 0; y < img.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            if (qGray(line[x]) < 245)
                ++ink;
        }
    }
    return double(ink) / double(qint64(img.width()) * img.height());
}

QStringList expectedWinners(const Tallied &t)
{
    QStringList ids;
    for (int w : t.outcome.winners)
        ids << t.instance.projects[size_t(w)].id;
    return ids;
}

} // namespace

class TestResultsReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvReadsBackAsCounted();
    void csvQuotesTitles();
    void pdfReportHasPagesAndInk();
    void missingFolderFailsAndLeavesNothing();
    void mismatchedResultIsRefused();
    void districtsGetSections();
    void longReportPaginatesWithinMargins();

private:
    QTemporaryDir m_dir;
    Tallied m_t; // the knapsack round, counted with greedy
};

void TestResultsReport::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    QVERIFY(testsupport::tallyReadyRound(m_t, m_dir.filePath(u"knapsack.db"_qs), knapsackShape(), kBallots, u"greedy"_qs));
    QVERIFY(!expectedWinners(m_t).isEmpty());
    QVERIFY(expectedWinners(m_t).size() < int(m_t.round.projects.size())); // some win, some lose
}

void TestResultsReport::csvReadsBackAsCounted()
{
    const QString path = m_dir.filePath(u"results.csv"_qs);
    const Status s = writeResultsCsv(path, m_t.round, m_t.json);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QList<QStringList> records;
    QVERIFY(readCsv(QString::fromUtf8(bytes), &records));

    // Header, then one record of 8 fields per project.
    QCOMPARE(records.size(), int(m_t.round.projects.size()) + 1);
    QCOMPARE(records.at(0), QStringList({u"district"_qs, u"rank"_qs, u"project_id"_qs, u"title"_qs, u"votes"_qs,
                                         u"cost"_qs, u"funded"_qs, u"verdict"_qs}));
    const int scale = m_t.json.value(u"money_scale"_qs).toInt(-1);
    QVERIFY(scale >= 0);
    std::map<int, QString> fundedByRank;
    QSet<QString> seen;
    for (int i = 1; i < records.size(); ++i) {
        const QStringList &r = records.at(i);
        QCOMPARE(r.size(), 8);
        const QString id = r.at(2);
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
        const int index = m_t.round.projectIndex(id);
        QVERIFY2(index >= 0, qPrintable(id));
        const Project &p = m_t.round.projects[size_t(index)];
        QCOMPARE(r.at(0), QString()); // no districts
        QCOMPARE(r.at(3), p.title);
        QCOMPARE(r.at(4).toLongLong(), m_t.votes.at(id));
        // Plain decimal in the result's scale: no grouping, dot separator; exact.
        QCOMPARE(r.at(5), formats::formatMoney(p.cost, scale));
        QVERIFY2(!r.at(5).contains(u','), qPrintable(r.at(5)));
        int64_t cost = 0;
        QVERIFY(parseMoney(QString(r.at(5)).remove(u'.'), &cost));
        QCOMPARE(cost, p.cost);
        QVERIFY(r.at(6) == u"yes"_qs || r.at(6) == u"no"_qs);
        const bool funded = r.at(6) == u"yes"_qs;
        QCOMPARE(r.at(1).isEmpty(), !funded);
        if (funded) {
            bool ok = false;
            const int rank = r.at(1).toInt(&ok);
            QVERIFY(ok && rank > 0);
            QVERIFY(!fundedByRank.count(rank));
            fundedByRank[rank] = id;
        }
        qsizetype k = 0;
        while (k < qsizetype(m_t.instance.projects.size()) && m_t.instance.projects[size_t(k)].id != id)
            ++k;
        QVERIFY(k < qsizetype(m_t.outcome.verdicts.size()));
        QVERIFY(!r.at(7).isEmpty());
        QCOMPARE(r.at(7), m_t.outcome.verdicts[size_t(k)].reason);
    }
    QCOMPARE(int(seen.size()), int(m_t.round.projects.size()));
    QStringList fundedInOrder;
    for (const auto &[rank, id] : fundedByRank)
        fundedInOrder << id;
    QCOMPARE(fundedInOrder, expectedWinners(m_t));
}

void TestResultsReport::csvQuotesTitles()
{
    const QString path = m_dir.filePath(u"quoted.csv"_qs);
    QVERIFY(writeResultsCsv(path, m_t.round, m_t.json).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    // Quoted with quotes doubled, exactly as RFC 4180 says; the newline stays inside quotes.
    QVERIFY2(text.contains(u",\"Park, \"\"green\"\" corner & <pond>\","_qs), qPrintable(text));
    QVERIFY2(text.contains(u",\"Bike racks\nat the station\","_qs), qPrintable(text));
    QVERIFY(text.endsWith(u"\r\n"_qs));
    QList<QStringList> records;
    QVERIFY(readCsv(text, &records));
    QStringList titles;
    for (int i = 1; i < records.size(); ++i)
        titles << records.at(i).at(3);
    QVERIFY(titles.contains(kCommaQuoteTitle));
    QVERIFY(titles.contains(kNewlineTitle));
}

void TestResultsReport::pdfReportHasPagesAndInk()
{
    const QString path = m_dir.filePath(u"report.pdf"_qs);
    const Status s = writeResultsPdf(path, m_t.round, m_t.json);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY(pdf.contains("/Type /Page") || pdf.contains("/Type/Page"));
    const int pages = resultsReportPageCount(m_t.round, m_t.json);
    QVERIFY(pages >= 1);

    // The HTML names the round, escapes what it shows, and lists the funded projects.
    auto html = resultsReportHtml(m_t.round, m_t.json);
    QVERIFY2(html.ok(), qPrintable(html.error()));
    QVERIFY(html->contains(m_t.round.name.toHtmlEscaped()));
    QVERIFY(!html->contains(u"<pond>"_qs));
    QVERIFY(html->contains(u"&lt;pond&gt;"_qs));
    for (const QString &id : expectedWinners(m_t)) {
        const Project &p = m_t.round.projects[size_t(m_t.round.projectIndex(id))];
        QVERIFY2(html->contains(p.title.toHtmlEscaped()), qPrintable(p.title));
    }
    // The rule, the tie-breaking and every verdict appear.
    QVERIFY(html->contains(m_t.outcome.rule));
    for (const auto &v : m_t.outcome.verdicts)
        QVERIFY2(html->contains(v.reason.toHtmlEscaped()), qPrintable(v.reason));

    // Page 1 has ink; a page past the end is null.
    const QSize a4(1240, 1754); // A4 at 150 dpi
    const QImage first = renderResultsReportPage(m_t.round, m_t.json, 0, a4);
    QCOMPARE(first.size(), a4);
    const double ink = inkShare(first);
    QVERIFY2(ink > 0.02, qPrintable(QString::number(ink)));
    QVERIFY(renderResultsReportPage(m_t.round, m_t.json, pages, a4).isNull());
    QVERIFY(first.save(u"/tmp/results-report.png"_qs));
}

void TestResultsReport::missingFolderFailsAndLeavesNothing()
{
    const QString folder = m_dir.filePath(u"no-such-folder"_qs);
    for (const QString &name : {u"r.csv"_qs, u"r.pdf"_qs}) {
        const QString path = folder + u'/' + name;
        const Status s = name.endsWith(u".csv"_qs) ? writeResultsCsv(path, m_t.round, m_t.json)
                                                    : writeResultsPdf(path, m_t.round, m_t.json);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QDir::toNativeSeparators(path)), qPrintable(s.error()));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(folder));
    }
}

void TestResultsReport::mismatchedResultIsRefused()
{
    QJsonObject bad = m_t.json;
    QJsonArray projects = bad.value(u"projects"_qs).toArray();
    QJsonObject p = projects.at(2).toObject();
    p[u"id"_qs] = u"P99"_qs;
    projects[2] = p;
    bad[u"projects"_qs] = projects;
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
    for (const QString &name : {u"bad.csv"_qs, u"bad.pdf"_qs}) {
        const QString path = m_dir.filePath(name);
        const Status s = name.endsWith(u".csv"_qs) ? writeResultsCsv(path, m_t.round, bad)
                                                    : writeResultsPdf(path, m_t.round, bad);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(u"P99"_qs), qPrintable(s.error()));
        QVERIFY2(s.error().contains(name), qPrintable(s.error()));
        QVERIFY(!QFileInfo::exists(path));
    }
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before); // no temporary left either
    QVERIFY(!resultsReportHtml(m_t.round, bad).ok());
    QVERIFY(renderResultsReportPage(m_t.round, bad, 0, QSize(100, 141)).isNull());
}

void TestResultsReport::districtsGetSections()
{
    // North: P1, P2; South: P3, P4; P5 city-wide.
    Round shape = testsupport::sampleRound(BallotKind::Approval);
    shape.budget = 500;
    shape.districts = {{u"N"_qs, u"North"_qs, 300}, {u"S"_qs, u"South"_qs, 400}};
    shape.projects[0].district = u"N"_qs;
    shape.projects[1].district = u"N"_qs;
    shape.projects[2].district = u"S"_qs;
    shape.projects[3].district = u"S"_qs;
    Tallied t;
    QVERIFY(testsupport::tallyReadyRound(t, m_dir.filePath(u"districts.db"_qs), shape, kBallots, u"greedy"_qs));

    const QString csvPath = m_dir.filePath(u"districts.csv"_qs);
    QVERIFY(writeResultsCsv(csvPath, t.round, t.json).ok());
    QFile f(csvPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<QStringList> records;
    QVERIFY(readCsv(QString::fromUtf8(f.readAll()), &records));
    QCOMPARE(records.size(), 6);
    for (int i = 1; i < records.size(); ++i) {
        const QString id = records.at(i).at(2);
        QCOMPARE(records.at(i).at(0), t.round.projects[size_t(t.round.projectIndex(id))].district);
    }

    const QString pdfPath = m_dir.filePath(u"districts.pdf"_qs);
    const Status s = writeResultsPdf(pdfPath, t.round, t.json, u"Districts report"_qs);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    auto html = resultsReportHtml(t.round, t.json, u"Districts report"_qs);
    QVERIFY(html.ok());
    QVERIFY(html->contains(u"Districts report"_qs));
    if (!t.json.value(u"parameters"_qs).toObject().contains(u"districts"_qs))
        QSKIP("The result JSON has no per-district figures (parameters.districts).");
    QVERIFY2(html->contains(u"District: North (N)"_qs), qPrintable(*html));
    QVERIFY(html->contains(u"District: South (S)"_qs));
    QVERIFY(html->contains(u"City-wide projects"_qs));
    QVERIFY(html->indexOf(u"North"_qs) < html->indexOf(u"South"_qs));
}

void TestResultsReport::longReportPaginatesWithinMargins()
{
    // 40 projects with long titles (one with a 120-letter word): several pages, and nothing
    // drawn in the right margin (tables and titles wrap inside the page).
    Round shape = testsupport::sampleRound(BallotKind::Approval);
    shape.projects.clear();
    for (int i = 1; i <= 40; ++i) {
        Project p;
        p.id = u"L%1"_qs.arg(i, 2, 10, QChar(u'0'));
        p.title = i == 7 ? QString(120, u'W')
                         : u"A rather long project title number %1 that describes the works in full detail, "
                           u"street by street, so that it must wrap"_qs.arg(i);
        p.cost = 100;
        shape.projects.push_back(p);
    }
    std::vector<std::vector<int>> ballots;
    for (int b = 0; b < 8; ++b) // the fixture issues a few codes only
        ballots.push_back({b % 40, (b * 7 + 3) % 40, (b * 13 + 5) % 40});
    Tallied t;
    QVERIFY(testsupport::tallyReadyRound(t, m_dir.filePath(u"long.db"_qs), shape, ballots, u"greedy"_qs));
    const int pages = resultsReportPageCount(t.round, t.json);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    const QString path = m_dir.filePath(u"long.pdf"_qs);
    QVERIFY(writeResultsPdf(path, t.round, t.json).ok());

    const QSize a4(1240, 1754);
    const int margin = qRound(2.0 / 2.54 * 150); // 2 cm at 150 dpi
    for (int page : {0, 1, pages - 1}) {
        const QImage img = renderResultsReportPage(t.round, t.json, page, a4);
        QVERIFY(!img.isNull());
        QVERIFY(inkShare(img) > 0.01);
        const QImage rightMargin = img.copy(a4.width() - margin + 4, 0, margin - 4, a4.height());
        QCOMPARE(inkShare(rightMargin), 0.0);
        if (page == 1)
            QVERIFY(img.save(u"/tmp/results-report-page2.png"_qs));
    }
}

QTEST_MAIN(TestResultsReport)
#include "TestResultsReport.moc"
