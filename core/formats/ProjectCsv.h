#pragma once

#include "model/Project.h"
#include "model/Round.h"
#include "store/BallotStore.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace pbvote::formats {

// A round's projects as organizers keep them in a spreadsheet (docs/projects-csv.md).
//
// Reading: RFC 4180 CSV in UTF-8 (a BOM is skipped), ',' or ';' between values (taken
// from the header line), CRLF, LF or CR line ends, quoted values with separators, quotes
// ("") and line breaks inside. The first line names the columns (in any case and order):
// id, title and cost are required; description, category, district and status
// (ballot | review | rejected | withdrawn; empty: ballot) are optional, and so are
// translations title:LANG and description:LANG (LANG a language code such as es, pl,
// vi, ar; a description:LANG column needs its title:LANG column). Blanks around unquoted
// values are dropped; empty lines are skipped. Costs are in whole currency units with
// at most two decimals after a '.', thousands optionally grouped with ',' or spaces:
// "150000", "150 000", "150,000", "1500.50" (see parseMoney). Anything else is refused
// with a message "<file> line <n>, column "<name>": <reason>".
inline constexpr qsizetype MaxProjectsCsvBytes = 16 * 1024 * 1024;
inline constexpr int MaxProjectsCsvRows = 65535;

struct ProjectCsv
{
    std::vector<Project> projects; // in file order
    store::ProjectTranslations translations; // only projects that have some
    std::vector<int> lines; // the line each project starts on (for messages)
};

Result<ProjectCsv> readProjectsCsv(QByteArrayView bytes, const QString &sourceName);

// Writes a round's projects (Round::projects, then Round::offBallot) with their
// translations so that readProjectsCsv reads back exactly the same: header
// id,title,description,cost,category,district,status then title:LANG,description:LANG
// for each language present (sorted); costs as "1500" or "1500.50" whatever the locale;
// values quoted only when needed; CRLF line ends; UTF-8 without a BOM.
QByteArray writeProjectsCsv(const Round &round, const store::ProjectTranslations &translations);

} // namespace pbvote::formats
