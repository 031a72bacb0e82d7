#pragma once

#include <QStringList>

#include <vector>

namespace pbvote::store {
// Forward migrations: entry i takes a database from schema i to i+1. Never edit a
// released entry; add a new one.
const std::vector<QStringList> &schemaMigrations();
}
