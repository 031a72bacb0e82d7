#pragma once

#include <QDateTime>

#include <cstdint>

namespace pbvote {

// Time is injected so tests control it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual int64_t now() const { return QDateTime::currentSecsSinceEpoch(); } // UTC seconds
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(int64_t t) : m_t(t) {}
    int64_t now() const override { return m_t; }
    void set(int64_t t) { m_t = t; }
    void advance(int64_t s) { m_t += s; }

private:
    int64_t m_t;
};

} // namespace pbvote
