#pragma once

#include "rules/Instance.h"

#include <QByteArray>

namespace pbvote::formats {

// Writes an Instance in the Pabulib format, so that readPabulib() gives back the same
// Instance (projects, costs, budget, moneyScale, vote type, ballots and META).
//
// - META: every pair of Instance::meta; budget, vote_type, num_projects and num_votes
//   are always written and follow the Instance (a META value that disagrees is replaced).
// - PROJECTS: project_id;cost;name, plus category and district when any project has one.
// - VOTES: voter_id (1, 2, ...; an Instance does not keep voter ids);vote[;points].
// - Amounts are written with exactly moneyScale decimals ("1000000.50").
// - Fields holding ';', '"', a line break or surrounding blanks are quoted.
// Project ids must not be empty or contain ',' (the reader never produces such ids).
QByteArray writePabulib(const counting::Instance &instance);

} // namespace pbvote::formats
