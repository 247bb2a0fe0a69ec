#include "core/domain/ContactSegments.h"

namespace spocs::domain {

void ContactSegments::add(ContactState state, const QDateTime &at)
{
    const bool waiting = !m_waits.isEmpty() && m_waits.last().running();
    const bool handling = !m_handlings.isEmpty() && m_handlings.last().running();
    switch (state) {
    case ContactState::Queued:
    case ContactState::Offered:
        if (handling)
            m_handlings.last().end = at;
        if (!waiting) {
            m_reopened = m_reopened || m_closedByHandling;
            m_waits.append(Span { at, {} });
        }
        break;
    case ContactState::Active:
        if (waiting)
            m_waits.last().end = at;
        if (!handling)
            m_handlings.append(Span { at, {} });
        break;
    case ContactState::AfterContactWork:
        break;
    case ContactState::Closed:
        if (waiting)
            m_waits.last().end = at;
        if (handling) {
            m_handlings.last().end = at;
            m_closedByHandling = true;
        }
        break;
    }
}

ContactSegments ContactSegments::of(const QList<Transition> &transitions)
{
    ContactSegments segments;
    for (const Transition &t : transitions)
        segments.add(t.state, QDateTime::fromString(t.at, Qt::ISODateWithMs).toUTC());
    return segments;
}

std::optional<QDateTime> ContactSegments::waitingSince() const
{
    if (m_waits.isEmpty() || !m_waits.last().running())
        return std::nullopt;
    return m_waits.last().start;
}

std::optional<QDateTime> ContactSegments::handlingSince() const
{
    if (m_handlings.isEmpty() || !m_handlings.last().running())
        return std::nullopt;
    return m_handlings.last().start;
}

qint64 ContactSegments::handledMsecs() const
{
    qint64 sum = 0;
    for (const Span &s : m_handlings)
        sum += s.msecs();
    return sum;
}

} // namespace spocs::domain
