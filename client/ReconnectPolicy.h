#pragma once

#include <chrono>

namespace spocs {

// Exponential back-off with jitter for reconnects: the n-th delay is drawn uniformly
// from [d/2, d] where d = min(cap, initial * 2^n). Jitter keeps a room full of desktops
// from reconnecting in lock-step after a coordinator restart.
class ReconnectPolicy
{
public:
    explicit ReconnectPolicy(std::chrono::milliseconds initial = std::chrono::milliseconds(250),
                             std::chrono::milliseconds cap = std::chrono::seconds(30));

    std::chrono::milliseconds nextDelay(); // advances the attempt counter
    std::chrono::milliseconds ceilingFor(int attempt) const; // d for attempt n, without jitter
    void reset();
    int attempt() const { return m_attempt; }
    std::chrono::milliseconds initial() const { return m_initial; }
    std::chrono::milliseconds cap() const { return m_cap; }

private:
    std::chrono::milliseconds m_initial;
    std::chrono::milliseconds m_cap;
    int m_attempt = 0;
};

} // namespace spocs
