#pragma once

#include <QMap>
#include <QString>

#include <cstdint>
#include <vector>

namespace pbvote::counting {

// What a counting rule sees of an election: projects with integer costs, a budget and
// one entry per voter. Pabulib files, and rounds stored by pbvote, are both turned into
// an Instance before counting. Money is always integral: a file whose costs or budget
// carry decimals is scaled by 10^moneyScale so that every amount is a whole number.

enum class VoteType { Approval, Cumulative, Ordinal, Scoring };

struct Project
{
    QString id;        // exactly as written in the source (Pabulib project_id)
    int64_t cost = 0;  // in units of 10^-moneyScale currency
    QString name;
    QString category;  // free text; Pabulib writes several as "a,b"
    QString district;  // empty: the project belongs to the whole round
};

struct Voter
{
    // Indices into Instance::projects, never repeated.
    // Approval: the approved projects, ascending index.
    // Cumulative/Scoring: the projects given points, ascending index, points aligned.
    // Ordinal: in preference order, most preferred first.
    std::vector<int> projects;
    std::vector<int64_t> points; // Cumulative/Scoring only; same length as projects
};

struct Instance
{
    QString name;              // file name or round name, for messages
    int64_t budget = 0;        // in the same units as Project::cost
    int moneyScale = 0;        // decimal places removed from amounts (0 for most files)
    VoteType voteType = VoteType::Approval;
    std::vector<Project> projects;
    std::vector<Voter> voters;
    QMap<QString, QString> meta; // every META key/value as read (Pabulib) or generated
};

} // namespace pbvote::counting
