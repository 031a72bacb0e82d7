#pragma once

// Internal helpers of core/crypto; not part of the public API.

namespace pbvote::crypto::detail {

// True once initialize() has succeeded.
bool isInitialized();

// A programming error (a constant argument out of range, libsodium used before
// initialize()): stops the process with a message instead of producing a value that
// could be mistaken for a valid signature, hash or code.
[[noreturn]] void misuse(const char *function, const char *what);

// Stops with a message if initialize() has not succeeded.
void requireInitialized(const char *function);

} // namespace pbvote::crypto::detail
