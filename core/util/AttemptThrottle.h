#pragma once

#include <cstdint>
#include <functional>

namespace pbvote {

// Slows down guessing (access codes at a kiosk, the operator PIN): the first few wrong
// attempts are free, then each further one locks input for a delay that doubles, up to
// a ceiling. A right attempt does not reset the count of a kiosk's access codes (a
// guesser could interleave a real code), so callers reset only where that is safe.
// Time comes from an injected millisecond clock so tests do not sleep.
class AttemptThrottle
{
public:
    using MillisecondClock = std::function<int64_t()>;

    AttemptThrottle(int freeAttempts, int64_t firstDelayMs, int64_t maxDelayMs, MillisecondClock clock);

    // Milliseconds until the next attempt is allowed (0: allowed now).
    int64_t waitMs() const;
    bool allowed() const { return waitMs() == 0; }
    void recordFailure();
    void reset();
    int failures() const { return m_failures; }

private:
    int m_free;
    int64_t m_firstDelay;
    int64_t m_maxDelay;
    MillisecondClock m_clock;
    int m_failures = 0;
    int64_t m_lockedUntil = 0;
};

} // namespace pbvote
