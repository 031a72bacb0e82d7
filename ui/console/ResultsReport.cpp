#include "ResultsReport.h"

#include "ResultsModel.h"

#include "formats/OutcomeJson.h"
#include "rules/Outcome.h"
#include "util/Money.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextFrameFormat>
#include <QTextOption>

#include <algorithm>
#include <memory>
#include <vector>

namespace pbvote::console {

namespace {

struct ReportTr
{
    Q_DECLARE_TR_FUNCTIONS(ResultsReport)
};

// The report is laid out in units of 1/LayoutDpi inch, whatever it is painted on (PDF at
// the writer's resolution, or an image of any size): one layout, scaled.
constexpr int LayoutDpi = 144;
constexpr double MarginCm = 2.0;
constexpr double BodyPointSize = 10.0;
constexpr double FooterPointSize = 8.5;

double units(double inches) { return inches * LayoutDpi; }
double marginUnits() { return units(MarginCm / 2.54); }
QSizeF pageUnits()
{
    const QSizeF inches = QPageSize(QPageSize::A4).size(QPageSize::Inch);
    return {units(inches.width()), units(inches.height())};
}

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString projectLabel(const QString &id, const QString &title)
{
    return title.isEmpty() ? id : ReportTr::tr("%1: %2", "project id: title").arg(id, title);
}

// ---- CSV ----------------------------------------------------------------------------

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_qs, u"\"\""_qs);
    return u'"' + quoted + u'"';
}

QString csvLine(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << csvField(f);
    return out.join(u',') + u"\r\n"_qs;
}

// ---- HTML ---------------------------------------------------------------------------

struct RowInfo
{
    QString id;
    QString title;
    int64_t votes = -1;
    int64_t cost = 0;
    bool funded = false;
    int order = 0;
    QString reason;
};

// The model's rows: funded ones in the order chosen, then the others by votes (most
// first), then by id.
std::vector<RowInfo> rankedRows(const ResultsModel &model)
{
    std::vector<RowInfo> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, 0);
        RowInfo row;
        row.id = i.data(ResultsModel::ProjectIdRole).toString();
        row.title = i.data(ResultsModel::TitleRole).toString();
        row.votes = i.data(ResultsModel::VotesRole).toLongLong();
        row.cost = i.data(ResultsModel::CostRole).toLongLong();
        row.funded = i.data(ResultsModel::FundedRole).toBool();
        row.order = i.data(ResultsModel::OrderRole).toInt();
        row.reason = i.data(ResultsModel::VerdictRole).toString();
        rows.push_back(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const RowInfo &a, const RowInfo &b) {
        if (a.funded != b.funded)
            return a.funded;
        if (a.funded)
            return a.order < b.order;
        if (a.votes != b.votes)
            return a.votes > b.votes;
        return a.id < b.id;
    });
    return rows;
}

const QString kTable = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                       u"style=\"border-collapse: collapse; border-color: #888888;\">"_qs;

QString summaryHtml(const ResultsModel &model, bool withRule)
{
    QString html = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_qs;
    const auto row = [&html](const QString &label, const QString &value) {
        html += u"<tr><td width=\"30%\"><b>"_qs + esc(label) + u"</b></td><td width=\"70%\">"_qs + esc(value)
            + u"</td></tr>"_qs;
    };
    if (withRule) {
        const QString rule = model.ruleTitle() == model.ruleName()
            ? model.ruleName()
            : ReportTr::tr("%1 (%2)", "rule title (rule name)").arg(model.ruleTitle(), model.ruleName());
        row(ReportTr::tr("Counting rule"), rule);
        // In words, with the identifier the result file and the command line use.
        const QString tieBreakTitle = counting::tieBreakTitle(model.tieBreaking());
        const QString tieBreak = model.tieBreaking().isEmpty() ? ReportTr::tr("not stated")
            : tieBreakTitle == model.tieBreaking()
            ? model.tieBreaking()
            : ReportTr::tr("%1 (%2)", "rule title (rule name)").arg(tieBreakTitle, model.tieBreaking());
        row(ReportTr::tr("Tie-breaking"), tieBreak);
    }
    row(ReportTr::tr("Ballots counted"), formatCount(model.ballots()));
    row(ReportTr::tr("Budget"), model.money(model.budget()));
    row(ReportTr::tr("Used"), model.money(model.budgetUsed()));
    row(ReportTr::tr("Left"), model.money(model.budgetLeft()));
    html += u"</table>"_qs;
    return html;
}

// Funded list, ranking and verdicts of what the model shows.
QString sectionHtml(const ResultsModel &model, const QString &heading, int level)
{
    const QString h = u"h%1"_qs.arg(level);
    const QString sub = u"h%1"_qs.arg(level + 1);
    QString html;
    if (!heading.isEmpty()) {
        html += u'<' + h + u'>' + esc(heading) + u"</"_qs + h + u'>';
        html += summaryHtml(model, false);
    }
    const std::vector<RowInfo> rows = rankedRows(model);

    html += u'<' + sub + u'>' + esc(ReportTr::tr("Funded projects")) + u"</"_qs + sub + u'>';
    const bool anyFunded = std::any_of(rows.begin(), rows.end(), [](const RowInfo &r) { return r.funded; });
    if (!anyFunded) {
        html += u"<p>"_qs + esc(ReportTr::tr("No project is funded.")) + u"</p>"_qs;
    } else {
        html += kTable + u"<thead><tr><th width=\"8%\" align=\"right\">"_qs + esc(ReportTr::tr("#"))
            + u"</th><th width=\"67%\" align=\"left\">"_qs + esc(ReportTr::tr("Project"))
            + u"</th><th width=\"25%\" align=\"right\">"_qs + esc(ReportTr::tr("Cost")) + u"</th></tr></thead>"_qs;
        for (const RowInfo &r : rows) {
            if (!r.funded)
                continue;
            html += u"<tr><td align=\"right\">"_qs + QString::number(r.order) + u"</td><td>"_qs
                + esc(projectLabel(r.id, r.title)) + u"</td><td align=\"right\">"_qs + esc(model.money(r.cost))
                + u"</td></tr>"_qs;
        }
        html += u"</table>"_qs;
    }

    html += u'<' + sub + u'>' + esc(ReportTr::tr("Ranking")) + u"</"_qs + sub + u'>';
    html += kTable + u"<thead><tr><th width=\"10%\" align=\"right\">"_qs + esc(ReportTr::tr("Rank"))
        + u"</th><th width=\"42%\" align=\"left\">"_qs + esc(ReportTr::tr("Project"))
        + u"</th><th width=\"12%\" align=\"right\">"_qs + esc(ReportTr::tr("Votes"))
        + u"</th><th width=\"20%\" align=\"right\">"_qs + esc(ReportTr::tr("Cost"))
        + u"</th><th width=\"16%\" align=\"left\">"_qs + esc(ReportTr::tr("Funded")) + u"</th></tr></thead>"_qs;
    for (const RowInfo &r : rows) {
        html += u"<tr><td align=\"right\">"_qs + (r.order > 0 ? QString::number(r.order) : QString())
            + u"</td><td>"_qs + esc(projectLabel(r.id, r.title)) + u"</td><td align=\"right\">"_qs
            + esc(r.votes >= 0 ? formatCount(r.votes) : ReportTr::tr("n/a")) + u"</td><td align=\"right\">"_qs
            + esc(model.money(r.cost)) + u"</td><td>"_qs + esc(r.funded ? ReportTr::tr("Yes") : ReportTr::tr("No"))
            + u"</td></tr>"_qs;
    }
    html += u"</table>"_qs;

    html += u'<' + sub + u'>' + esc(ReportTr::tr("Why each project won or lost")) + u"</"_qs + sub + u'>';
    for (const RowInfo &r : rows) {
        const QString verdict = r.funded ? ReportTr::tr("funded, rank %1").arg(r.order) : ReportTr::tr("not funded");
        html += u"<p><b>"_qs + esc(projectLabel(r.id, r.title)) + u"</b> \u2014 "_qs + esc(verdict) + u"<br/>"_qs
            + esc(r.reason.isEmpty() ? ReportTr::tr("(The rule gave no reason.)") : r.reason) + u"</p>"_qs;
    }
    return html;
}

QString failureFor(const QString &path, const QString &why)
{
    return ReportTr::tr("Cannot write the results to \"%1\": %2").arg(QDir::toNativeSeparators(path), why);
}

// A laid-out report: the document and the device its fonts are resolved against.
struct LaidOut
{
    QImage device; // 1×1, LayoutDpi: fixes the layout's units
    std::unique_ptr<QTextDocument> doc;
    QSizeF page;
    int pageCount = 0;
};

Result<std::shared_ptr<LaidOut>> layOut(const Round &round, const QJsonObject &result, const QString &title)
{
    auto html = resultsReportHtml(round, result, title);
    if (!html)
        return Result<std::shared_ptr<LaidOut>>::failure(html.error());
    auto l = std::make_shared<LaidOut>();
    l->device = QImage(1, 1, QImage::Format_RGB32);
    const int dpm = qRound(LayoutDpi / 0.0254);
    l->device.setDotsPerMeterX(dpm);
    l->device.setDotsPerMeterY(dpm);
    l->doc = std::make_unique<QTextDocument>();
    l->doc->documentLayout()->setPaintDevice(&l->device);
    l->doc->setUseDesignMetrics(true);
    QFont font = l->doc->defaultFont();
    font.setPointSizeF(BodyPointSize);
    l->doc->setDefaultFont(font);
    QTextOption option = l->doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    l->doc->setDefaultTextOption(option);
    l->doc->setDefaultStyleSheet(u"h1 { font-size: 18pt; } h2 { font-size: 14pt; } h3 { font-size: 12pt; } "
                                 u"h4 { font-size: 11pt; } th { background-color: #e8e8e8; }"_qs);
    l->doc->setHtml(*html);
    // The root frame's margins apply to every page.
    QTextFrameFormat fmt = l->doc->rootFrame()->frameFormat();
    fmt.setMargin(marginUnits());
    l->doc->rootFrame()->setFrameFormat(fmt);
    l->page = pageUnits();
    l->doc->setPageSize(l->page);
    l->pageCount = l->doc->pageCount();
    return l;
}

// Paints page `page` with the painter's coordinates in layout units, origin at the page's
// top left corner.
void paintPage(QPainter &painter, const LaidOut &l, int page)
{
    painter.save();
    painter.translate(0, -page * l.page.height());
    l.doc->drawContents(&painter, QRectF(0, page * l.page.height(), l.page.width(), l.page.height()));
    painter.restore();

    painter.save();
    QFont footer = l.doc->defaultFont();
    footer.setPixelSize(qRound(FooterPointSize * LayoutDpi / 72.0)); // layout units: scaled with the painter
    painter.setFont(footer);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const double m = marginUnits();
    const QRectF foot(m, l.page.height() - m, l.page.width() - 2 * m, m * 0.6);
    painter.drawText(foot, Qt::AlignCenter, ReportTr::tr("Page %1 of %2").arg(page + 1).arg(l.pageCount));
    painter.restore();
}

} // namespace

Status writeResultsCsv(const QString &path, const Round &round, const QJsonObject &result)
{
    ResultsModel model;
    if (Status s = model.setResult(round, result); !s)
        return Status::failure(failureFor(path, s.error()));

    QString text = csvLine({u"district"_qs, u"rank"_qs, u"project_id"_qs, u"title"_qs, u"votes"_qs, u"cost"_qs,
                            u"funded"_qs, u"verdict"_qs});
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, 0);
        const int order = i.data(ResultsModel::OrderRole).toInt();
        const qlonglong votes = i.data(ResultsModel::VotesRole).toLongLong();
        text += csvLine({i.data(ResultsModel::DistrictRole).toString(), order > 0 ? QString::number(order) : QString(),
                         i.data(ResultsModel::ProjectIdRole).toString(), i.data(ResultsModel::TitleRole).toString(),
                         votes >= 0 ? QString::number(votes) : QString(),
                         formats::formatMoney(i.data(ResultsModel::CostRole).toLongLong(), model.moneyScale()),
                         i.data(ResultsModel::FundedRole).toBool() ? u"yes"_qs : u"no"_qs,
                         i.data(ResultsModel::VerdictRole).toString()});
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(failureFor(path, file.errorString()));
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Status::failure(failureFor(path, why));
    }
    if (!file.commit())
        return Status::failure(failureFor(path, file.errorString()));
    return {};
}

Result<QString> resultsReportHtml(const Round &round, const QJsonObject &result, const QString &title)
{
    ResultsModel whole;
    if (Status s = whole.setResult(round, result); !s)
        return Result<QString>::failure(s.error());

    const QString heading = title.isEmpty() ? round.name : title;
    QString html = u"<html><head><meta charset=\"utf-8\"/><title>"_qs + esc(heading) + u"</title></head><body>"_qs;
    html += u"<h1>"_qs + esc(heading) + u"</h1>"_qs;
    if (!title.isEmpty() && title != round.name)
        html += u"<p>"_qs + esc(ReportTr::tr("Round: %1").arg(round.name)) + u"</p>"_qs;
    html += summaryHtml(whole, true);

    bool sectioned = false;
    if (!round.districts.empty()) {
        // One section per district, then the city-wide projects; if the result does not
        // carry per-district figures, the whole round in one section instead.
        QString sections;
        bool complete = true;
        const auto add = [&](const QString &districtId, const QString &name) {
            ResultsModel part;
            if (!part.setResult(round, result, districtId)) {
                complete = false;
                return;
            }
            sections += sectionHtml(part, name, 2);
        };
        for (const District &d : round.districts)
            add(d.id, ReportTr::tr("District: %1 (%2)").arg(d.name, d.id));
        const bool anyCityWide = std::any_of(round.projects.begin(), round.projects.end(),
                                             [](const Project &p) { return p.district.isEmpty(); });
        if (anyCityWide)
            add(ResultsModel::cityWideId(), ReportTr::tr("City-wide projects"));
        if (complete) {
            html += sections;
            sectioned = true;
        } else {
            html += u"<p><i>"_qs
                + esc(ReportTr::tr("The result gives no separate figures per district; the whole round is shown."))
                + u"</i></p>"_qs;
        }
    }
    if (!sectioned)
        html += sectionHtml(whole, QString(), 1);
    html += u"</body></html>"_qs;
    return html;
}

int resultsReportPageCount(const Round &round, const QJsonObject &result, const QString &title)
{
    auto l = layOut(round, result, title);
    return l ? (*l)->pageCount : 0;
}

Status writeResultsPdf(const QString &path, const Round &round, const QJsonObject &result, const QString &title)
{
    auto laidOut = layOut(round, result, title);
    if (!laidOut)
        return Status::failure(failureFor(path, laidOut.error()));
    const LaidOut &l = **laidOut;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(failureFor(path, file.errorString()));
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(1200);
        pdf.setTitle(title.isEmpty() ? round.name : title);
        pdf.setCreator(u"pbvote"_qs);
        QPainter painter;
        if (!painter.begin(&pdf)) {
            file.cancelWriting();
            return Status::failure(failureFor(path, ReportTr::tr("the PDF could not be started.")));
        }
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        const double scale = double(pdf.resolution()) / LayoutDpi;
        for (int page = 0; page < l.pageCount; ++page) {
            if (page > 0 && !pdf.newPage()) {
                painter.end();
                file.cancelWriting();
                return Status::failure(failureFor(path, ReportTr::tr("a new page could not be started.")));
            }
            painter.save();
            painter.scale(scale, scale);
            paintPage(painter, l, page);
            painter.restore();
        }
        painter.end();
    }
    if (!file.commit())
        return Status::failure(failureFor(path, file.errorString()));
    return {};
}

QImage renderResultsReportPage(const Round &round, const QJsonObject &result, int page, QSize pixelSize,
                               const QString &title)
{
    if (pixelSize.isEmpty() || page < 0)
        return {};
    auto laidOut = layOut(round, result, title);
    if (!laidOut || page >= (*laidOut)->pageCount)
        return {};
    const LaidOut &l = **laidOut;

    QImage image(pixelSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const double scale = std::min(pixelSize.width() / l.page.width(), pixelSize.height() / l.page.height());
    painter.translate((pixelSize.width() - l.page.width() * scale) / 2, (pixelSize.height() - l.page.height() * scale) / 2);
    painter.scale(scale, scale);
    paintPage(painter, l, page);
    painter.end();
    return image;
}

} // namespace pbvote::console
