#include "client/ReconnectPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <limits>

namespace spocs {

ReconnectPolicy::ReconnectPolicy(std::chrono::milliseconds initial, std::chrono::milliseconds cap)
    : m_initial(std::max(initial, std::chrono::milliseconds(1)))
    , m_cap(std::max(cap, m_initial))
{ }

std::chrono::milliseconds ReconnectPolicy::ceilingFor(int attempt) const
{
    // Double step by step and stop at the cap, so a large attempt count cannot overflow.
    std::chrono::milliseconds d = m_initial;
    for (int i = 0; i < attempt && d < m_cap; ++i)
        d *= 2;
    return std::min(d, m_cap);
}

std::chrono::milliseconds ReconnectPolicy::nextDelay()
{
    const qint64 ceiling = ceilingFor(m_attempt).count();
    if (m_attempt < std::numeric_limits<int>::max())
        ++m_attempt;
    const qint64 floor = ceiling / 2;
    // bounded(a, b) draws from [a, b), so b + 1 makes the ceiling itself reachable.
    return std::chrono::milliseconds(QRandomGenerator::global()->bounded(floor, ceiling + 1));
}

void ReconnectPolicy::reset()
{
    m_attempt = 0;
}

} // namespace spocs
