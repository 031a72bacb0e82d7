#pragma once

#include <cstddef>
#include <cstdint>

// The fuzz harnesses of pbvote (docs/fuzzing.md). Each takes any bytes and must return
// normally: a crash, a sanitizer report, a hang or a huge allocation is a bug in core/.
// The same functions run under libFuzzer (clang, fuzz/CMakeLists.txt) and under the
// GCC-built replay of the committed regressions (FuzzReplay, fuzz/MainBuild.cmake).
namespace pbvote::fuzz {

// Once per process, before any harness: starts libsodium and quiets Qt's messages
// (set PBVOTE_FUZZ_VERBOSE=1 to see them, and FuzzRecord's reports). Aborts if libsodium
// cannot start.
void initialize();

// An election record through audit::verifyRecord (FuzzRecord.cpp). The first byte may
// choose options; see the file's comment for the input format.
void fuzzRecord(const uint8_t *data, std::size_t size);

// The same bytes through every binary decoder of core/record (FuzzRecords.cpp).
void fuzzRecords(const uint8_t *data, std::size_t size);

// Stops the process with a message when a property the harness checks does not hold
// (e.g. a decoded record does not re-encode to its bytes).
[[noreturn]] void violated(const char *harness, const char *what);

} // namespace pbvote::fuzz
