#pragma once

// Access code slips for a round: a PDF sheet of cut-out slips (round name, the code as
// large text, a QR code of it, instructions) and a CSV export. Both are written one code
// at a time, as BallotStore::issueCodes hands the plain codes out, so a large batch never
// sits in memory together; both go to a QSaveFile committed by finish(), so a failure
// leaves no partial file behind.

#include "util/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QImage>
#include <QPageSize>
#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QPainter;
class QPdfWriter;
class QSaveFile;

namespace pbvote::console {

struct CodeSheetOptions
{
    QString roundName;
    QString heading;      // above the code; empty: CodeSheetWriter::defaultHeading()
    QString instructions; // below the code; empty: CodeSheetWriter::defaultInstructions()
    QPageSize pageSize = QPageSize(QPageSize::A4);
    int columns = 2;
    int rows = 5;
};

// Where things go on one slip, in sheet units (CodeSheetWriter::UnitsPerInch).
struct SlipGeometry
{
    QRectF slip;         // the cut-out rectangle (dashed outline)
    QRectF roundName;
    QRectF heading;
    QRectF code;
    QRectF qr;           // square, quiet zone included
    QRectF instructions;
};

// The layout of one page of slips: the same for every page and every slip (only the code
// changes), computed once from the options.
struct SheetLayout
{
    QSizeF page;                      // sheet units, portrait
    std::vector<SlipGeometry> slips;  // rows × columns, row by row
    // Font sizes (pixel sizes in sheet units) after shrinking to fit.
    int roundNameSize = 0;
    int headingSize = 0;
    int codeSize = 0;                 // for a code of `codeLength` characters
    int codeLength = 14;
    int instructionsSize = 0;
    QString roundNameText;            // elided to one line when even the smallest size is too wide
    QString headingText;
    QStringList instructionLines;     // word-wrapped at instructionsSize
    qreal instructionsLineHeight = 0;
    bool instructionsFit = true;      // false: lines beyond the box were dropped (ending in "…")
};

class CodeSheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(CodeSheetWriter)

public:
    // 1 sheet unit = 1/720 inch (a tenth of a point). The PDF is written at this resolution.
    static constexpr int UnitsPerInch = 720;

    static QString defaultHeading();
    static QString defaultInstructions();

    // Opens `path` (through a QSaveFile) for a PDF of slips. Fails, naming the file, when
    // it cannot be written or the options are unusable.
    static Result<std::unique_ptr<CodeSheetWriter>> createPdf(const QString &path, const CodeSheetOptions &options);
    ~CodeSheetWriter(); // without finish(): the file is discarded
    CodeSheetWriter(const CodeSheetWriter &) = delete;
    CodeSheetWriter &operator=(const CodeSheetWriter &) = delete;

    // Draws the slip for `code` (ASCII, e.g. "K7QX-M2PA-R3TE"), starting a new page when
    // the current one is full.
    Status add(QByteArrayView code);
    // Ends the PDF and commits the file. Nothing can be added afterwards.
    Status finish();
    int pages() const { return m_pages; }
    int codes() const { return m_codes; }

    // The page layout for the options (fonts fitted, instructions wrapped).
    static SheetLayout layout(const CodeSheetOptions &options);
    // Draws one page of slips (at most rows × columns codes) on an image of `pixelSize`,
    // with the same drawing code as the PDF; the page is scaled to fit and placed at the
    // top left (see previewScale), the rest is left light grey.
    static QImage renderPreview(const std::vector<QString> &codes, const CodeSheetOptions &options, QSize pixelSize);
    // Pixels per sheet unit in renderPreview's image.
    static qreal previewScale(const CodeSheetOptions &options, QSize pixelSize);

private:
    CodeSheetWriter() = default;
    Status fileError() const;
    static void drawSlip(QPainter &painter, const SheetLayout &layout, const SlipGeometry &slip, QByteArrayView code);

    QString m_path;
    SheetLayout m_layout;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QPdfWriter> m_pdf;
    std::unique_ptr<QPainter> m_painter; // destroyed first (ends the page on the writer)
    int m_pages = 0;
    int m_codes = 0;
    int m_onPage = 0;
    bool m_finished = false;
};

// CSV of codes: a header line "code", then one code a line.
class CodeCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CodeCsvWriter)

public:
    static Result<std::unique_ptr<CodeCsvWriter>> create(const QString &path);
    ~CodeCsvWriter(); // without finish(): the file is discarded
    CodeCsvWriter(const CodeCsvWriter &) = delete;
    CodeCsvWriter &operator=(const CodeCsvWriter &) = delete;

    // Writes (and flushes) one code, so that a full disk fails here, while issueCodes can
    // still roll back, rather than at finish().
    Status add(QByteArrayView code);
    Status finish();
    int codes() const { return m_codes; }

private:
    CodeCsvWriter() = default;
    Status fileError() const;

    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    int m_codes = 0;
    bool m_finished = false;
};

} // namespace pbvote::console
