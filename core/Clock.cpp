#include "core/Clock.h"

namespace spocs {

std::shared_ptr<const Clock> Clock::system()
{
    static const auto clock = std::make_shared<const SystemClock>();
    return clock;
}

ShiftedClock::ShiftedClock(const QDateTime &start)
    : m_start(start.toUTC())
{
    m_elapsed.start();
}

QDateTime ShiftedClock::now() const
{
    return m_start.addMSecs(m_elapsed.elapsed());
}

} // namespace spocs
