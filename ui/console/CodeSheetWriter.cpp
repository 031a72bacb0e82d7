#include "CodeSheetWriter.h"

#include "QrCode.h"

#include <QColor>
#include <QDir>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPen>
#include <QSaveFile>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace pbvote::console {

namespace {

constexpr int MaxColumns = 8;
constexpr int MaxRows = 20;
constexpr qsizetype MaxCodeLength = 200;

qreal mm(qreal millimetres)
{
    return millimetres * CodeSheetWriter::UnitsPerInch / 25.4;
}

QFont sansFont(int pixelSize, bool bold)
{
    QFont f(u"sans-serif"_qs);
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, pixelSize));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QFont monoFont(int pixelSize)
{
    QFont f(u"monospace"_qs);
    f.setStyleHint(QFont::Monospace);
    f.setFixedPitch(true);
    f.setPixelSize(std::max(1, pixelSize));
    f.setBold(true);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

// Text measured in one context may come out a little wider in another (the PDF's fonts,
// a scaled preview): fit into a slightly narrower box than the one drawn into.
constexpr qreal FitSlack = 0.96;

// The largest size in [minSize, maxSize] (in steps of 5 units) at which `text` fits on
// one line of `width`; minSize when none does.
int fitOneLine(const QString &text, qreal width, int maxSize, int minSize, const auto &makeFont)
{
    for (int size = maxSize; size > minSize; size -= 5) {
        if (QFontMetricsF(makeFont(size)).horizontalAdvance(text) <= width * FitSlack)
            return size;
    }
    return minSize;
}

QString elided(const QString &text, const QFont &font, qreal width)
{
    return QFontMetricsF(font).elidedText(text, Qt::ElideRight, width * FitSlack);
}

QStringList wrap(const QString &text, const QFont &font, qreal width)
{
    QStringList lines;
    const QStringList paragraphs = text.split(u'\n');
    for (const QString &paragraph : paragraphs) {
        const QString simplified = paragraph.simplified();
        if (simplified.isEmpty()) {
            lines << QString();
            continue;
        }
        QTextLayout layout(simplified, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width * FitSlack);
            lines << simplified.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return lines;
}

bool isCodeText(QByteArrayView code)
{
    if (code.isEmpty() || code.size() > MaxCodeLength)
        return false;
    return std::all_of(code.begin(), code.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

// Every edge drawn from left to right or top to bottom, so that the edge two slips share
// gets the same dashes from both.
void drawCutLines(QPainter &painter, const QRectF &r)
{
    QPen pen(QColor(100, 100, 100));
    pen.setWidthF(mm(0.25));
    pen.setStyle(Qt::CustomDashLine);
    pen.setDashPattern({12.0, 8.0});
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawLine(r.topLeft(), r.topRight());
    painter.drawLine(r.bottomLeft(), r.bottomRight());
    painter.drawLine(r.topLeft(), r.bottomLeft());
    painter.drawLine(r.topRight(), r.bottomRight());
}

// The QR code as one vector path of dark modules (crisp at any zoom, no image in the PDF).
bool drawQr(QPainter &painter, const QRectF &box, QByteArrayView code)
{
    const QImage modules = ui::qrImage(code, 1);
    if (modules.isNull() || modules.width() == 0)
        return false;
    const int n = modules.width();
    const qreal module = box.width() / n;
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < n; ++y) {
        const uchar *line = modules.constScanLine(y);
        int x = 0;
        while (x < n) {
            if (line[x] >= 128) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < n && line[x] < 128)
                ++x;
            path.addRect(QRectF(box.left() + start * module, box.top() + y * module, (x - start) * module, module));
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.fillRect(box, Qt::white);
    painter.fillPath(path, Qt::black);
    painter.restore();
    return true;
}

QString fileMessage(const QString &path, const QString &reason)
{
    return CodeSheetWriter::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

} // namespace

QString CodeSheetWriter::defaultHeading()
{
    return tr("Your one-time voting code");
}

QString CodeSheetWriter::defaultInstructions()
{
    return tr("Take this slip to a voting kiosk at any library. Type the code, or ask a librarian for help. "
              "The code works once.");
}

SheetLayout CodeSheetWriter::layout(const CodeSheetOptions &options)
{
    SheetLayout l;
    const QSizeF points = options.pageSize.size(QPageSize::Point);
    l.page = QSizeF(std::min(points.width(), points.height()), std::max(points.width(), points.height()))
        * (UnitsPerInch / 72.0);
    const int columns = std::clamp(options.columns, 1, MaxColumns);
    const int rows = std::clamp(options.rows, 1, MaxRows);
    const qreal margin = mm(10);
    const qreal w = (l.page.width() - 2 * margin) / columns;
    const qreal h = (l.page.height() - 2 * margin) / rows;
    const qreal pad = std::min(mm(4), std::min(w, h) * 0.06);
    const qreal gap = std::min(mm(3), w * 0.03);

    // Every slip is the first one moved: fit the text once.
    const QRectF first(QPointF(margin, margin), QPointF(margin + w, margin + h));
    const QRectF inner = first.adjusted(pad, pad, -pad, -pad);
    const qreal qrSide = std::min({inner.height(), inner.width() * 0.38, mm(34)});
    const QRectF qr(inner.right() - qrSide, inner.center().y() - qrSide / 2, qrSide, qrSide);
    const qreal textLeft = inner.left();
    const qreal textWidth = std::max<qreal>(1, qr.left() - gap - textLeft);

    const QString roundName = options.roundName.simplified();
    const QString heading = options.heading.isEmpty() ? defaultHeading() : options.heading.simplified();
    const QString instructions = options.instructions.isEmpty() ? defaultInstructions() : options.instructions;
    const int heightCap = std::max(20, int(inner.height() / 5));

    l.roundNameSize = fitOneLine(roundName, textWidth, std::min(120, heightCap), 60,
                                 [](int s) { return sansFont(s, true); });
    l.roundNameText = elided(roundName, sansFont(l.roundNameSize, true), textWidth);
    l.headingSize = fitOneLine(heading, textWidth, std::min(85, heightCap), 55, [](int s) { return sansFont(s, false); });
    l.headingText = elided(heading, sansFont(l.headingSize, false), textWidth);
    l.codeSize = fitOneLine(QString(l.codeLength, u'M'), textWidth, std::min(230, int(inner.height() / 3.5)), 60,
                            [](int s) { return monoFont(s); });

    qreal y = inner.top();
    const auto place = [&](QRectF *rect, qreal height, qreal after) {
        *rect = QRectF(textLeft, y, textWidth, height);
        y += height + after;
    };
    SlipGeometry g;
    g.slip = first;
    g.qr = qr;
    if (!roundName.isEmpty())
        place(&g.roundName, QFontMetricsF(sansFont(l.roundNameSize, true)).height(), mm(1));
    place(&g.heading, QFontMetricsF(sansFont(l.headingSize, false)).height(), 0);
    place(&g.code, QFontMetricsF(monoFont(l.codeSize)).height() * 1.1, mm(1.5));
    g.instructions = QRectF(textLeft, y, textWidth, std::max<qreal>(0, inner.bottom() - y));

    // Instructions: the largest size at which the wrapped text fits the box.
    for (int size = 85;; size -= 5) {
        const QFont font = sansFont(size, false);
        const QFontMetricsF fm(font);
        l.instructionsSize = size;
        l.instructionsLineHeight = fm.lineSpacing();
        l.instructionLines = wrap(instructions, font, textWidth);
        const qreal needed = l.instructionLines.size() * fm.lineSpacing();
        if (needed <= g.instructions.height()) {
            l.instructionsFit = true;
            break;
        }
        if (size <= 40) {
            // Even the smallest size overflows: keep what fits and say that text is missing.
            l.instructionsFit = false;
            const int keep = std::max(0, int(g.instructions.height() / fm.lineSpacing()));
            if (keep > 0 && keep < l.instructionLines.size())
                l.instructionLines[keep - 1] = fm.elidedText(l.instructionLines[keep - 1] + u' '
                                                                 + l.instructionLines[keep],
                                                             Qt::ElideRight, textWidth * FitSlack);
            l.instructionLines = l.instructionLines.mid(0, keep);
            break;
        }
    }

    // Centre the text block beside the QR code when the slip has room to spare.
    const qreal used = g.instructions.top() - inner.top() + l.instructionLines.size() * l.instructionsLineHeight;
    if (const qreal offset = (inner.height() - used) / 2; offset > 0) {
        if (!g.roundName.isNull())
            g.roundName.translate(0, offset);
        g.heading.translate(0, offset);
        g.code.translate(0, offset);
        g.instructions.setTop(g.instructions.top() + offset);
    }

    const SlipGeometry model = g;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            // Edges from the same expressions, so neighbours share them exactly.
            const QRectF slip(QPointF(margin + c * w, margin + r * h), QPointF(margin + (c + 1) * w, margin + (r + 1) * h));
            const QPointF shift = slip.topLeft() - model.slip.topLeft();
            SlipGeometry s;
            s.slip = slip;
            s.roundName = model.roundName.isNull() ? QRectF() : model.roundName.translated(shift);
            s.heading = model.heading.translated(shift);
            s.code = model.code.translated(shift);
            s.qr = model.qr.translated(shift);
            s.instructions = model.instructions.translated(shift);
            l.slips.push_back(s);
        }
    }
    return l;
}

void CodeSheetWriter::drawSlip(QPainter &painter, const SheetLayout &l, const SlipGeometry &g, QByteArrayView code)
{
    painter.save();
    drawCutLines(painter, g.slip);

    painter.setPen(Qt::black);
    if (!g.roundName.isNull()) {
        painter.setFont(sansFont(l.roundNameSize, true));
        painter.drawText(g.roundName, Qt::AlignLeft | Qt::AlignVCenter, l.roundNameText);
    }
    painter.setPen(QColor(70, 70, 70));
    painter.setFont(sansFont(l.headingSize, false));
    painter.drawText(g.heading, Qt::AlignLeft | Qt::AlignVCenter, l.headingText);

    const QString text = QString::fromLatin1(code.data(), code.size());
    int codeSize = l.codeSize;
    if (text.size() > l.codeLength)
        codeSize = fitOneLine(text, g.code.width(), l.codeSize, 20, [](int s) { return monoFont(s); });
    painter.setPen(Qt::black);
    painter.setFont(monoFont(codeSize));
    painter.drawText(g.code, Qt::AlignLeft | Qt::AlignVCenter, text);

    painter.setPen(QColor(40, 40, 40));
    const QFont instructionsFont = sansFont(l.instructionsSize, false);
    painter.setFont(instructionsFont);
    const qreal ascent = QFontMetricsF(instructionsFont).ascent();
    for (qsizetype i = 0; i < l.instructionLines.size(); ++i)
        painter.drawText(QPointF(g.instructions.left(), g.instructions.top() + i * l.instructionsLineHeight + ascent),
                         l.instructionLines.at(i));

    drawQr(painter, g.qr, code);
    painter.restore();
}

Result<std::unique_ptr<CodeSheetWriter>> CodeSheetWriter::createPdf(const QString &path, const CodeSheetOptions &options)
{
    using R = Result<std::unique_ptr<CodeSheetWriter>>;
    if (options.columns < 1 || options.columns > MaxColumns || options.rows < 1 || options.rows > MaxRows)
        return R::failure(fileMessage(path, tr("a sheet has 1 to %1 columns and 1 to %2 rows of slips.")
                                                .arg(MaxColumns)
                                                .arg(MaxRows)));
    if (!options.pageSize.isValid())
        return R::failure(fileMessage(path, tr("the page size is not valid.")));
    std::unique_ptr<CodeSheetWriter> w(new CodeSheetWriter);
    w->m_path = path;
    w->m_layout = layout(options);
    w->m_file = std::make_unique<QSaveFile>(path);
    if (!w->m_file->open(QIODevice::WriteOnly))
        return R::failure(fileMessage(path, w->m_file->errorString()));
    w->m_pdf = std::make_unique<QPdfWriter>(w->m_file.get());
    w->m_pdf->setResolution(UnitsPerInch);
    w->m_pdf->setPageSize(options.pageSize);
    w->m_pdf->setPageOrientation(QPageLayout::Portrait);
    w->m_pdf->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    w->m_pdf->setCreator(u"pbvote"_qs);
    w->m_pdf->setTitle(options.roundName.isEmpty() ? tr("Access codes")
                                                   : tr("Access codes: %1").arg(options.roundName));
    w->m_painter = std::make_unique<QPainter>();
    if (!w->m_painter->begin(w->m_pdf.get()))
        return R::failure(fileMessage(path, tr("the PDF could not be started.")));
    w->m_painter->setRenderHint(QPainter::Antialiasing);
    if (Status s = w->fileError(); !s)
        return R::failure(s.error());
    return R(std::move(w));
}

CodeSheetWriter::~CodeSheetWriter()
{
    if (m_painter && m_painter->isActive())
        m_painter->end();
    m_painter.reset();
    m_pdf.reset();
    if (m_file && !m_finished)
        m_file->cancelWriting();
}

Status CodeSheetWriter::fileError() const
{
    if (m_file->error() != QFileDevice::NoError)
        return Status::failure(fileMessage(m_path, m_file->errorString()));
    return {};
}

Status CodeSheetWriter::add(QByteArrayView code)
{
    if (m_finished || !m_painter->isActive())
        return Status::failure(fileMessage(m_path, tr("the sheet is already finished.")));
    if (!isCodeText(code))
        return Status::failure(fileMessage(m_path, tr("an access code must be letters, digits and dashes.")));
    if (m_onPage == int(m_layout.slips.size())) {
        if (!m_pdf->newPage())
            return Status::failure(fileMessage(m_path, tr("a new page could not be started.")));
        m_onPage = 0;
    }
    if (m_onPage == 0)
        ++m_pages;
    drawSlip(*m_painter, m_layout, m_layout.slips[size_t(m_onPage)], code);
    ++m_onPage;
    ++m_codes;
    return fileError();
}

Status CodeSheetWriter::finish()
{
    if (m_finished)
        return Status::failure(fileMessage(m_path, tr("the sheet is already finished.")));
    m_finished = true;
    const bool ended = m_painter->end();
    if (Status s = fileError(); !s) {
        m_file->cancelWriting();
        return s;
    }
    if (!ended) {
        m_file->cancelWriting();
        return Status::failure(fileMessage(m_path, tr("the PDF could not be completed.")));
    }
    if (!m_file->commit())
        return Status::failure(fileMessage(m_path, m_file->errorString()));
    return {};
}

qreal CodeSheetWriter::previewScale(const CodeSheetOptions &options, QSize pixelSize)
{
    const QSizeF page = layout(options).page;
    return std::min(pixelSize.width() / page.width(), pixelSize.height() / page.height());
}

QImage CodeSheetWriter::renderPreview(const std::vector<QString> &codes, const CodeSheetOptions &options, QSize pixelSize)
{
    QImage image(pixelSize, QImage::Format_RGB32);
    if (image.isNull())
        return image;
    image.fill(QColor(225, 225, 225));
    const SheetLayout l = layout(options);
    const qreal scale = previewScale(options, pixelSize);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    painter.fillRect(QRectF(QPointF(0, 0), l.page), Qt::white);
    const size_t n = std::min(codes.size(), l.slips.size());
    for (size_t i = 0; i < n; ++i) {
        const QByteArray code = codes[i].toLatin1();
        drawSlip(painter, l, l.slips[i], code);
    }
    return image;
}

// CSV ---------------------------------------------------------------------------------

Result<std::unique_ptr<CodeCsvWriter>> CodeCsvWriter::create(const QString &path)
{
    using R = Result<std::unique_ptr<CodeCsvWriter>>;
    std::unique_ptr<CodeCsvWriter> w(new CodeCsvWriter);
    w->m_path = path;
    w->m_file = std::make_unique<QSaveFile>(path);
    if (!w->m_file->open(QIODevice::WriteOnly))
        return R::failure(fileMessage(path, w->m_file->errorString()));
    if (w->m_file->write("code\n") != 5 || !w->m_file->flush())
        return R::failure(fileMessage(path, w->m_file->errorString()));
    return R(std::move(w));
}

CodeCsvWriter::~CodeCsvWriter()
{
    if (m_file && !m_finished)
        m_file->cancelWriting();
}

Status CodeCsvWriter::fileError() const
{
    return Status::failure(fileMessage(m_path, m_file->errorString()));
}

Status CodeCsvWriter::add(QByteArrayView code)
{
    if (m_finished)
        return Status::failure(fileMessage(m_path, CodeSheetWriter::tr("the sheet is already finished.")));
    if (!isCodeText(code))
        return Status::failure(fileMessage(m_path, CodeSheetWriter::tr("an access code must be letters, digits and dashes.")));
    if (m_file->write(code.data(), code.size()) != code.size() || m_file->write("\n", 1) != 1 || !m_file->flush())
        return fileError();
    ++m_codes;
    return {};
}

Status CodeCsvWriter::finish()
{
    if (m_finished)
        return Status::failure(fileMessage(m_path, CodeSheetWriter::tr("the sheet is already finished.")));
    m_finished = true;
    if (!m_file->commit())
        return fileError();
    return {};
}

} // namespace pbvote::console
