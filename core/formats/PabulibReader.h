#pragma once

#include "rules/Instance.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>

namespace pbvote::formats {

// Reads the Pabulib format (https://pabulib.org/format): three sections, META,
// PROJECTS and VOTES, each a header line followed by ';'-separated rows.
//
// - Columns are found by their header name; extra columns (votes, score, selected,
//   latitude, ...) are allowed and ignored. Fields may be quoted ("a;b", "say ""hi""").
// - Approval ("approval", "choose-1"), cumulative, scoring and ordinal votes: the `vote`
//   column lists project ids separated by ','; `points` is aligned with it for
//   cumulative and scoring votes; ordinal votes are in preference order. A project named
//   twice in one vote is an error, except in cumulative votes, where the last entry's
//   points count, as in pabutools (Częstochowa 2020 has "579,579,579,579;1,1,1,1": 1 point).
// - Amounts (budget, costs) may carry decimals written with '.' or ','; all of them are
//   then scaled by 10^moneyScale (the largest number of decimals written) so that money
//   stays integral.
// - A UTF-8 BOM, CRLF line ends, blank lines, blanks around fields and section names in
//   any case are accepted.
// - Anything malformed is rejected with a message "<file>: line <n>: <reason>".
//   META num_projects / num_votes, when present, must match the sections (this catches
//   truncated files).
//
// Project ids are kept exactly as written (without surrounding blanks); every META pair
// is kept in Instance::meta; voters and projects are in file order.
Result<counting::Instance> readPabulib(QByteArrayView data, const QString &sourceName);

// Reads a file; Instance::name is the file name, messages name the path.
Result<counting::Instance> readPabulibFile(const QString &path);

// Parses one amount as the reader does ("1200", "1200.50", "1200,5") and returns it in
// units of 10^-moneyScale; nothing if it is not an amount, is negative, has more
// decimals than moneyScale or does not fit in 64 bits.
std::optional<int64_t> parsePabulibAmount(QByteArrayView text, int moneyScale);

// Pabulib's name for a vote type: "approval", "cumulative", "ordinal", "scoring".
QString voteTypeName(counting::VoteType type);

} // namespace pbvote::formats
