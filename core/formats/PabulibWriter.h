#pragma once

#include "rules/Instance.h"

#include <QByteArray>

namespace pbvote::formats {

// Writes an Instance in the Pabulib format, so that readPabulib() gives back the same
// Instance (projects, costs, budget, moneyScale, vote type, ballots and META).
//
// - META: every pair of Instance::meta. Values the reader checks against the sections
//   follow the Instance: budget and vote_type are always written (replaced when they
//   disagree), num_projects and num_votes are corrected when present. The Pabulib format
//   asks for num_projects, num_votes, description, country, unit and instance: whoever
//   builds an Instance for publication puts them in meta.
// - PROJECTS: project_id;cost;name, plus category and district when any project has one.
// - VOTES: voter_id (1, 2, ...; an Instance does not keep voter ids);vote[;points].
// - Amounts are written with exactly moneyScale decimals ("1000000.50").
// - Fields holding ';', '"', a line break or surrounding blanks are quoted.
// Project ids must not be empty or contain ',' (the reader never produces such ids).
QByteArray writePabulib(const counting::Instance &instance);

} // namespace pbvote::formats
