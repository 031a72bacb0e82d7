#pragma once

// Publication of a counted round: the stored result (the JSON of formats::outcomeToJson,
// as BallotStore::results() returns it) as a printable A4 PDF report and as a CSV file.
// The result is checked against the round through ResultsModel first; a result that does
// not match the round is refused. Both files go through QSaveFile: a failure leaves no
// file (and no partial file) behind, and every error message names the file.

#include "model/Round.h"
#include "util/Result.h"

#include <QImage>
#include <QJsonObject>
#include <QSize>
#include <QString>

namespace pbvote::console {

// One row per project of the round (all districts), after a header row:
//   district, rank, project_id, title, votes, cost, funded, verdict
// rank: order chosen in the whole round (empty when not funded); votes: the rule's support
// figure (empty when the result gives none); cost: plain decimal in the result's money
// scale ("1000.50": dot, no grouping); funded: yes/no. RFC 4180: CRLF line ends, fields
// holding a comma, quote, CR or LF quoted with quotes doubled; UTF-8 without BOM.
Status writeResultsCsv(const QString &path, const Round &round, const QJsonObject &result);

// An A4 report: title (`title`, or the round's name when empty), rule and tie-breaking,
// ballots counted, budget / used / left, funded projects in order with costs, the full
// ranking, and each project's verdict in words; one section per district (and one for
// the city-wide projects) when the round has districts. Page numbers at the foot.
Status writeResultsPdf(const QString &path, const Round &round, const QJsonObject &result,
                       const QString &title = {});

// The HTML the report is made from (text escaped), or why the result cannot be reported.
Result<QString> resultsReportHtml(const Round &round, const QJsonObject &result, const QString &title = {});

// Number of A4 pages of the report; 0 when the result cannot be reported.
int resultsReportPageCount(const Round &round, const QJsonObject &result, const QString &title = {});

// Page `page` (0-based) of the report laid out exactly as in the PDF, drawn on white into
// an image of `pixelSize` (scaled to fit, aspect kept). A null image when the result
// cannot be reported or the page does not exist.
QImage renderResultsReportPage(const Round &round, const QJsonObject &result, int page, QSize pixelSize,
                               const QString &title = {});

} // namespace pbvote::console
