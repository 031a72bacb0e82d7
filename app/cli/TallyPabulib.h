#pragma once

#include <QStringList>
#include <QTextStream>

namespace pbvote::cli {

// pbvote tally --pabulib FILE --rule RULE [--tie-break NAME] [--json]
// `args` are the arguments after "tally". Counts the file with the rule and prints the
// outcome as text or as one JSON object (formats::outcomeToJson). Returns the exit code:
// 0 counted, 1 the file could not be read or counted, 2 wrong usage. Messages go to err.
int tallyPabulib(const QStringList &args, QTextStream &out, QTextStream &err);

// pbvote pabulib-info FILE [--json]
// `args` are the arguments after "pabulib-info". Describes a Pabulib file: voters,
// projects, budget, vote type, total cost, ballot lengths and each project's supporters.
int pabulibInfo(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace pbvote::cli
