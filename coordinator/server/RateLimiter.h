#pragma once

#include <QElapsedTimer>

#include <algorithm>

namespace spocs {

// Token bucket: `rate` requests a second on average, bursts up to `burst`.
class RateLimiter
{
public:
    RateLimiter(double rate, int burst)
        : m_rate(rate)
        , m_burst(burst)
        , m_tokens(burst)
    {
        m_clock.start();
    }

    // Takes one token; false when the bucket is empty.
    bool tryAcquire()
    {
        refill();
        if (m_tokens < 1.0)
            return false;
        m_tokens -= 1.0;
        return true;
    }
    // Milliseconds until the next token is available.
    int retryAfterMs() const { return int(std::max(0.0, (1.0 - m_tokens) / m_rate * 1000.0)) + 1; }

private:
    void refill()
    {
        const qint64 elapsedNs = m_clock.nsecsElapsed();
        m_clock.restart();
        m_tokens = std::min(double(m_burst), m_tokens + double(elapsedNs) * m_rate / 1e9);
    }

    double m_rate;
    int m_burst;
    double m_tokens;
    QElapsedTimer m_clock;
};

} // namespace spocs
