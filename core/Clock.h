#pragma once

#include <QDateTime>
#include <QElapsedTimer>

#include <memory>

namespace spocs {

// Where "now" comes from for everything that stamps, expires or counts "today". Production
// uses the wall clock; tests give the coordinator a clock that starts at a chosen instant,
// so nothing they check depends on the hour the test happens to run at.
class Clock
{
public:
    virtual ~Clock() = default;
    // The current instant, in UTC.
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }

    // The wall clock, shared.
    static std::shared_ptr<const Clock> system();
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// Starts at a chosen instant and then runs at the wall clock's pace (monotonic), so timers
// and time-outs behave as in production while "today" and the time of day are fixed.
class ShiftedClock final : public Clock
{
public:
    explicit ShiftedClock(const QDateTime &start);
    QDateTime now() const override;

private:
    QDateTime m_start;
    QElapsedTimer m_elapsed;
};

// Stands still until moved: for unit tests that step through time.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start)
        : m_now(start.toUTC())
    { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &at) { m_now = at.toUTC(); }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace spocs
