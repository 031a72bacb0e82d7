// Access code slips: codes issued through a real store go to a PDF sheet of slips and a
// CSV; the slips are laid out without overlap; a failing writer rolls the batch back and
// leaves no file behind.
#include "CodeSheetWriter.h"
#include "StoreFixture.h"

#include <QtTest>

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <QtEndian>

#include <cmath>

using namespace pbvote;
using namespace pbvote::console;
using namespace pbvote::store;
using namespace pbvote::testsupport;

namespace {

// The page objects of a PDF ("/Type /Page", not "/Type /Pages").
int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression re(u"/Type\\s*/Page(?![a-zA-Z])"_qs);
    int n = 0;
    auto it = re.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

// Every stream of the PDF, inflated when it is Flate-compressed.
QList<QByteArray> pdfStreams(const QByteArray &pdf)
{
    QList<QByteArray> out;
    qsizetype from = 0;
    while (true) {
        qsizetype start = pdf.indexOf("stream", from);
        if (start < 0)
            break;
        // "endstream" also contains "stream": skip it.
        if (start >= 3 && pdf.mid(start - 3, 3) == "end") {
            from = start + 6;
            continue;
        }
        const qsizetype dict = pdf.lastIndexOf("<<", start);
        const bool flate = dict >= 0 && pdf.mid(dict, start - dict).contains("/FlateDecode");
        start += 6;
        if (pdf.at(start) == '\r')
            ++start;
        if (pdf.at(start) == '\n')
            ++start;
        const qsizetype end = pdf.indexOf("endstream", start);
        if (end < 0)
            break;
        const QByteArray raw = pdf.mid(start, end - start);
        if (!flate) {
            out << raw;
        } else {
            // qUncompress wants zlib data behind a 4-byte big-endian size hint (it grows
            // its buffer when the hint is short).
            QByteArray prefixed(4, Qt::Uninitialized);
            qToBigEndian<quint32>(quint32(raw.size() * 8 + 1024), prefixed.data());
            out << qUncompress(prefixed + raw);
        }
        from = end + 9;
    }
    return out;
}

// The text a PDF shows, as far as its ToUnicode maps tell: every "<hex> Tj" / "[<hex>] TJ"
// run in the content streams decoded through the glyph → Unicode maps of all fonts
// (Qt numbers the glyphs of each font subset from 0; runs are decoded with every map and
// all readings are returned, which is enough to find a string that was drawn).
QStringList pdfTextRuns(const QByteArray &pdf)
{
    const QList<QByteArray> streams = pdfStreams(pdf);
    QList<QHash<uint, QString>> maps;
    static const QRegularExpression bfchar(u"<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>"_qs);
    static const QRegularExpression hexString(u"<([0-9A-Fa-f]+)>"_qs);
    for (const QByteArray &s : streams) {
        if (!s.contains("begincmap"))
            continue;
        QHash<uint, QString> map;
        const QString text = QString::fromLatin1(s);
        // bfrange sections, then bfchar ones.
        qsizetype pos = 0;
        while ((pos = text.indexOf(u"beginbfrange"_qs, pos)) >= 0) {
            const qsizetype end = text.indexOf(u"endbfrange"_qs, pos);
            // "<lo> <hi> <first>" or "<lo> <hi> [<u1> <u2> …]", one a line.
            const QStringList entries = text.mid(pos, end - pos).split(u'\n');
            for (const QString &entry : entries) {
                auto it = hexString.globalMatch(entry);
                QStringList values;
                while (it.hasNext())
                    values << it.next().captured(1);
                if (values.size() < 3)
                    continue;
                const uint lo = values[0].toUInt(nullptr, 16), hi = values[1].toUInt(nullptr, 16);
                for (uint g = lo; g <= hi && g - lo < 65536; ++g) {
                    if (entry.contains(u'['))
                        map[g] = g - lo + 2 < uint(values.size()) ? QString(QChar(char16_t(values[g - lo + 2].toUInt(nullptr, 16))))
                                                                  : QString();
                    else
                        map[g] = QString(QChar(char16_t(values[2].toUInt(nullptr, 16) + (g - lo))));
                }
            }
            pos = end;
        }
        pos = 0;
        while ((pos = text.indexOf(u"beginbfchar"_qs, pos)) >= 0) {
            const qsizetype end = text.indexOf(u"endbfchar"_qs, pos);
            auto it = bfchar.globalMatch(text.mid(pos, end - pos));
            while (it.hasNext()) {
                const auto m = it.next();
                const QString hex = m.captured(2);
                QString value;
                for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
                    value += QChar(char16_t(hex.mid(i, 4).toUInt(nullptr, 16)));
                map[m.captured(1).toUInt(nullptr, 16)] = value;
            }
            pos = end;
        }
        maps << map;
    }
    QStringList runs;
    static const QRegularExpression hexRun(u"<([0-9A-Fa-f]+)>"_qs);
    for (const QByteArray &s : streams) {
        if (!s.contains("BT") || s.contains("begincmap"))
            continue;
        // One text object (BT … ET) at a time: the hex strings in it, joined.
        const QString text = QString::fromLatin1(s);
        qsizetype pos = 0;
        while ((pos = text.indexOf(u"BT"_qs, pos)) >= 0) {
            const qsizetype end = text.indexOf(u"ET"_qs, pos);
            if (end < 0)
                break;
            QList<uint> glyphs;
            auto it = hexRun.globalMatch(text.mid(pos, end - pos));
            while (it.hasNext()) {
                const QString hex = it.next().captured(1);
                for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
                    glyphs << hex.mid(i, 4).toUInt(nullptr, 16);
            }
            for (const auto &map : std::as_const(maps)) {
                QString decoded;
                for (uint g : std::as_const(glyphs))
                    decoded += map.value(g, u"?"_qs);
                runs << decoded;
            }
            pos = end + 2;
        }
    }
    return runs;
}

CodeSheetOptions sheetOptions()
{
    CodeSheetOptions o;
    o.roundName = u"Riverside Library Budget 2025"_qs;
    o.heading = CodeSheetWriter::defaultHeading();
    o.instructions = CodeSheetWriter::defaultInstructions();
    return o;
}

qreal area(const QRectF &r)
{
    return r.isValid() ? r.width() * r.height() : 0;
}

// Share of dark pixels (grey < 128) of `image` in `rect` (image pixels).
double darkShare(const QImage &image, const QRect &rect)
{
    const QRect r = rect.intersected(image.rect());
    if (r.isEmpty())
        return 0;
    qint64 dark = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            dark += qGray(image.pixel(x, y)) < 128;
    return double(dark) / double(qint64(r.width()) * r.height());
}

QRect toPixels(const QRectF &units, qreal scale)
{
    return QRectF(units.topLeft() * scale, units.size() * scale).toAlignedRect();
}

} // namespace

class TestCodeSheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void issuedCodesGoToPdfAndCsv();
    void pdfHoldsCodesAsText();
    void slipsDoNotOverlapAndShowCodeAndQr();
    void longInstructionsShrinkInsteadOfClipping();
    void failingSinkRollsBackAndLeavesNoFile();
    void unwritablePathsAreNamed();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void makeDraft(ReadyRound &rr);
    // Issues `count` codes into a PDF and a CSV at the given paths.
    void issueInto(ReadyRound &rr, int count, const QString &pdfPath, const QString &csvPath, int *pages);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCodeSheet::initTestCase()
{
    QVERIFY(crypto::initialize());
}

void TestCodeSheet::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCodeSheet::cleanup()
{
    m_dir.reset();
}

void TestCodeSheet::makeDraft(ReadyRound &rr)
{
    ReadyRoundOptions opts;
    opts.open = false;
    opts.codes = 0;
    const Status s = makeReadyRound(rr, path(u"round.db"_qs), sampleRound(), opts);
    QVERIFY2(s.ok(), qPrintable(s.error()));
}

void TestCodeSheet::issueInto(ReadyRound &rr, int count, const QString &pdfPath, const QString &csvPath, int *pages)
{
    auto pdf = CodeSheetWriter::createPdf(pdfPath, sheetOptions());
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    auto csv = CodeCsvWriter::create(csvPath);
    QVERIFY2(csv.ok(), qPrintable(csv.error()));
    const Status issued = rr.store->issueCodes(rr.roundId, count, [&](QByteArrayView code) -> Status {
        if (Status s = (*pdf)->add(code); !s)
            return s;
        return (*csv)->add(code);
    });
    QVERIFY2(issued.ok(), qPrintable(issued.error()));
    QCOMPARE((*pdf)->codes(), count);
    QCOMPARE((*csv)->codes(), count);
    const Status pdfDone = (*pdf)->finish();
    QVERIFY2(pdfDone.ok(), qPrintable(pdfDone.error()));
    const Status csvDone = (*csv)->finish();
    QVERIFY2(csvDone.ok(), qPrintable(csvDone.error()));
    *pages = (*pdf)->pages();
}

void TestCodeSheet::issuedCodesGoToPdfAndCsv()
{
    ReadyRound rr;
    makeDraft(rr);
    if (QTest::currentTestFailed())
        return;
    const QString pdfPath = path(u"codes.pdf"_qs), csvPath = path(u"codes.csv"_qs);
    int pages = 0;
    issueInto(rr, 23, pdfPath, csvPath, &pages);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(rr.store->counts(rr.roundId)->issuedCodes, 23);

    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.size(), 1 + 23 + 1); // header, codes, empty after the last newline
    QCOMPARE(lines.first(), QByteArray("code"));
    QVERIFY(lines.last().isEmpty());
    QSet<QByteArray> distinct;
    static const QRegularExpression shape(u"^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$"_qs);
    for (qsizetype i = 1; i <= 23; ++i) {
        const QString code = QString::fromLatin1(lines.at(i));
        QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
        distinct.insert(lines.at(i));
        auto status = rr.store->codeStatus(rr.roundId, code);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(*status, CodeStatus::Unused);
    }
    QCOMPARE(distinct.size(), 23);

    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QCOMPARE(pages, 3); // ceil(23 / 10)
    QCOMPARE(pdfPageCount(bytes), 3);
    // A copy to look at (not needed by the test).
    QFile::remove(u"/tmp/code-sheet.pdf"_qs);
    QFile::copy(pdfPath, u"/tmp/code-sheet.pdf"_qs);
    // No picture of the code: text and vector paths only.
    QVERIFY(!bytes.contains("/Subtype /Image"));
    // No stray temporary files of the QSaveFiles.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 3 + (QFile::exists(path(u"round.db-wal"_qs)) ? 1 : 0)
                 + (QFile::exists(path(u"round.db-shm"_qs)) ? 1 : 0));
}

void TestCodeSheet::pdfHoldsCodesAsText()
{
    ReadyRound rr;
    makeDraft(rr);
    if (QTest::currentTestFailed())
        return;
    const QString pdfPath = path(u"codes.pdf"_qs), csvPath = path(u"codes.csv"_qs);
    int pages = 0;
    issueInto(rr, 12, pdfPath, csvPath, &pages);
    if (QTest::currentTestFailed())
        return;
    QFile csv(csvPath), pdf(pdfPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 13);
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.contains("/ToUnicode"));
    const QStringList runs = pdfTextRuns(bytes);
    for (qsizetype i = 1; i < lines.size(); ++i)
        QVERIFY2(runs.contains(QString::fromLatin1(lines.at(i))), lines.at(i).constData());
    // Qt places words by offsets and may not draw the spaces: compare without them.
    QStringList squeezed;
    for (QString run : runs)
        squeezed << run.remove(QRegularExpression(u"[\\s\\x00-\\x1f?]"_qs));
    QVERIFY(squeezed.contains(u"RiversideLibraryBudget2025"_qs));
    QVERIFY(!runs.contains(u"K7QX-M2PA-R3TE"_qs)); // the decoder does not find what is not there
}

void TestCodeSheet::slipsDoNotOverlapAndShowCodeAndQr()
{
    const CodeSheetOptions options = sheetOptions();
    const SheetLayout l = CodeSheetWriter::layout(options);
    QCOMPARE(int(l.slips.size()), 10);
    const QRectF page(QPointF(0, 0), l.page);
    // A4 at 720 units an inch.
    QVERIFY(std::abs(l.page.width() - 210 / 25.4 * 720) < 10); // the PDF's page is in whole points
    QVERIFY(std::abs(l.page.height() - 297 / 25.4 * 720) < 10);
    for (size_t i = 0; i < l.slips.size(); ++i) {
        const SlipGeometry &s = l.slips[i];
        QVERIFY(page.contains(s.slip));
        for (const QRectF &part : {s.roundName, s.heading, s.code, s.qr, s.instructions}) {
            QVERIFY(!part.isEmpty());
            QVERIFY(s.slip.contains(part));
        }
        QCOMPARE(s.qr.width(), s.qr.height());
        for (const QRectF &text : {s.roundName, s.heading, s.code, s.instructions})
            QVERIFY(!text.intersects(s.qr));
        QVERIFY(s.roundName.bottom() <= s.heading.top());
        QVERIFY(s.heading.bottom() <= s.code.top());
        QVERIFY(s.code.bottom() <= s.instructions.top());
        for (size_t j = i + 1; j < l.slips.size(); ++j)
            QVERIFY2(area(s.slip.intersected(l.slips[j].slip)) < 1e-6, qPrintable(u"%1 %2"_qs.arg(i).arg(j)));
    }
    QVERIFY(l.instructionsFit);
    QVERIFY(l.instructionLines.size() >= 2);
    QVERIFY(l.instructionLines.size() * l.instructionsLineHeight <= l.slips[0].instructions.height());

    std::vector<QString> codes;
    for (int i = 0; i < 10; ++i)
        codes.push_back(u"K7QX-M2PA-R%1TE"_qs.arg(i));
    const QSize size(1240, 1754); // A4 at 150 dpi
    const QImage image = CodeSheetWriter::renderPreview(codes, options, size);
    QCOMPARE(image.size(), size);
    QVERIFY(image.save(u"/tmp/code-sheet.png"_qs));
    const qreal scale = CodeSheetWriter::previewScale(options, size);
    QVERIFY(scale > 0);
    QImage previous;
    for (size_t i = 0; i < l.slips.size(); ++i) {
        const SlipGeometry &s = l.slips[i];
        const double qr = darkShare(image, toPixels(s.qr, scale));
        QVERIFY2(qr > 0.15 && qr < 0.85, qPrintable(QString::number(qr)));
        const double code = darkShare(image, toPixels(s.code, scale));
        QVERIFY2(code > 0.03, qPrintable(QString::number(code)));
        QVERIFY(darkShare(image, toPixels(s.roundName, scale)) > 0.01);
        QVERIFY(darkShare(image, toPixels(s.instructions, scale)) > 0.01);
        // Each slip shows its own code.
        const QImage codeImage = image.copy(toPixels(s.code, scale));
        if (!previous.isNull())
            QVERIFY(codeImage != previous);
        previous = codeImage;
    }
    // Nothing drawn outside the page (the grey surround stays grey).
    const QRect pagePixels = toPixels(page, scale);
    if (pagePixels.right() + 1 < image.width())
        QCOMPARE(qGray(image.pixel(image.width() - 1, 0)), qGray(qRgb(225, 225, 225)));
    // A partial page leaves the other slips empty.
    const QImage three = CodeSheetWriter::renderPreview({codes[0], codes[1], codes[2]}, options, size);
    QVERIFY(darkShare(three, toPixels(l.slips[2].qr, scale)) > 0.15);
    QCOMPARE(darkShare(three, toPixels(l.slips[3].qr, scale)), 0.0);
}

void TestCodeSheet::longInstructionsShrinkInsteadOfClipping()
{
    CodeSheetOptions options = sheetOptions();
    const SheetLayout normal = CodeSheetWriter::layout(options);
    options.instructions = CodeSheetWriter::defaultInstructions().repeated(4);
    options.roundName = u"The Participatory Budget of the Northern and Western Neighbourhoods of the City, 2025–2026"_qs;
    const SheetLayout longer = CodeSheetWriter::layout(options);
    QVERIFY(longer.instructionsFit);
    QVERIFY(longer.instructionsSize < normal.instructionsSize);
    QVERIFY(longer.instructionLines.size() * longer.instructionsLineHeight <= longer.slips[0].instructions.height());
    // Every word is on the slip.
    QCOMPARE(longer.instructionLines.join(u' ').simplified(), options.instructions.simplified());
    QFont font(u"sans-serif"_qs);
    font.setPixelSize(longer.instructionsSize);
    font.setHintingPreference(QFont::PreferNoHinting);
    for (const QString &line : longer.instructionLines)
        QVERIFY(QFontMetricsF(font).horizontalAdvance(line) <= longer.slips[0].instructions.width());
    QVERIFY(longer.roundNameSize <= normal.roundNameSize);

    // Far too long: cut at the box (ending in "…"), never drawn past it.
    options.instructions = CodeSheetWriter::defaultInstructions().repeated(40);
    const SheetLayout huge = CodeSheetWriter::layout(options);
    QVERIFY(!huge.instructionsFit);
    QVERIFY(!huge.instructionLines.isEmpty());
    QVERIFY(huge.instructionLines.last().endsWith(u'…'));
    QVERIFY(huge.instructionLines.size() * huge.instructionsLineHeight <= huge.slips[0].instructions.height());

    const QImage image = CodeSheetWriter::renderPreview({u"K7QX-M2PA-R3TE"_qs}, options, QSize(620, 877));
    QVERIFY(!image.isNull());
}

void TestCodeSheet::failingSinkRollsBackAndLeavesNoFile()
{
    ReadyRound rr;
    makeDraft(rr);
    if (QTest::currentTestFailed())
        return;
    // A first batch that went through, so the count is not trivially zero.
    int pages = 0;
    issueInto(rr, 4, path(u"first.pdf"_qs), path(u"first.csv"_qs), &pages);
    if (QTest::currentTestFailed())
        return;
    const auto before = rr.store->counts(rr.roundId);
    QVERIFY(before.ok());
    QCOMPARE(before->issuedCodes, 4);

    const QString csvPath = path(u"codes.csv"_qs);
    const QString badPdf = path(u"no-such-folder/codes.pdf"_qs);
    auto csv = CodeCsvWriter::create(csvPath);
    QVERIFY2(csv.ok(), qPrintable(csv.error()));
    auto pdf = CodeSheetWriter::createPdf(badPdf, sheetOptions());
    QVERIFY(!pdf.ok());
    QVERIFY2(pdf.error().contains(badPdf), qPrintable(pdf.error()));
    // The sink writes the CSV and fails on the sheet after some codes went out.
    int handed = 0;
    const Status issued = rr.store->issueCodes(rr.roundId, 20, [&](QByteArrayView code) -> Status {
        ++handed;
        if (Status s = (*csv)->add(code); !s)
            return s;
        if (handed == 7)
            return Status::failure(pdf.error());
        return {};
    });
    QVERIFY(!issued.ok());
    QCOMPARE(handed, 7);
    QVERIFY2(issued.error().contains(badPdf), qPrintable(issued.error()));
    QVERIFY(issued.error().startsWith(u"Cannot write"_qs));
    const auto after = rr.store->counts(rr.roundId);
    QVERIFY(after.ok());
    QCOMPARE(after->issuedCodes, before->issuedCodes);
    QCOMPARE(after->events, before->events);

    // The caller drops the unfinished CSV: nothing is left of it.
    QCOMPARE((*csv)->codes(), 7);
    csv->reset();
    QVERIFY(!QFile::exists(csvPath));
    const QStringList left = QDir(m_dir->path()).entryList({u"codes*"_qs}, QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_qs)));

    // The same with the failure in the CSV writer: codes it refuses fail the sink.
    auto csv2 = CodeCsvWriter::create(csvPath);
    QVERIFY(csv2.ok());
    const Status refused = (*csv2)->add("K7QX,M2PA");
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(csvPath), qPrintable(refused.error()));
    QVERIFY((*csv2)->finish().ok());
    QVERIFY(!(*csv2)->add("K7QX-M2PA-R3TE").ok()); // finished
}

void TestCodeSheet::unwritablePathsAreNamed()
{
    const QString pdfPath = path(u"missing/dir/codes.pdf"_qs);
    auto pdf = CodeSheetWriter::createPdf(pdfPath, sheetOptions());
    QVERIFY(!pdf.ok());
    QVERIFY2(pdf.error().startsWith(u"Cannot write "_qs + pdfPath + u": "_qs), qPrintable(pdf.error()));
    QVERIFY(pdf.error().size() > (u"Cannot write "_qs + pdfPath + u": "_qs).size());

    const QString csvPath = path(u"missing/codes.csv"_qs);
    auto csv = CodeCsvWriter::create(csvPath);
    QVERIFY(!csv.ok());
    QVERIFY2(csv.error().startsWith(u"Cannot write "_qs + csvPath + u": "_qs), qPrintable(csv.error()));
    QVERIFY(!QFile::exists(csvPath));

    // A folder where the file should be.
    QVERIFY(QDir(m_dir->path()).mkdir(u"codes.csv"_qs));
    auto onDir = CodeCsvWriter::create(path(u"codes.csv"_qs));
    QVERIFY(!onDir.ok());
    QVERIFY2(onDir.error().contains(path(u"codes.csv"_qs)), qPrintable(onDir.error()));

    CodeSheetOptions bad = sheetOptions();
    bad.columns = 0;
    auto badSheet = CodeSheetWriter::createPdf(path(u"bad.pdf"_qs), bad);
    QVERIFY(!badSheet.ok());
    QVERIFY(!QFile::exists(path(u"bad.pdf"_qs)));
}

QTEST_MAIN(TestCodeSheet)
#include "TestCodeSheet.moc"
