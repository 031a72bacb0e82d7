#include "util/AttemptThrottle.h"

#include <algorithm>

namespace pbvote {

AttemptThrottle::AttemptThrottle(int freeAttempts, int64_t firstDelayMs, int64_t maxDelayMs, MillisecondClock clock)
    : m_free(freeAttempts), m_firstDelay(firstDelayMs), m_maxDelay(maxDelayMs), m_clock(std::move(clock))
{
}

int64_t AttemptThrottle::waitMs() const
{
    return std::max<int64_t>(0, m_lockedUntil - m_clock());
}

void AttemptThrottle::recordFailure()
{
    ++m_failures;
    if (m_failures < m_free)
        return;
    const int doublings = std::min(m_failures - m_free, 30);
    const int64_t delay = std::min(m_maxDelay, m_firstDelay << doublings);
    m_lockedUntil = m_clock() + delay;
}

void AttemptThrottle::reset()
{
    m_failures = 0;
    m_lockedUntil = 0;
}

} // namespace pbvote
