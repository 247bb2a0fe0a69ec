#pragma once

#include "core/domain/Contact.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace spocs::domain {

// A contact's time, cut into the waits and the handlings its state changes record, so the
// figures measure what happened rather than one wait and one handling from created_at and
// answeredAt: a reopened or forwarded contact waits and is handled more than once.
//
// A wait runs from a `queued` (at the start, after a forward or a reopen) until the contact is
// `active` (answered) or `closed` (abandoned); offers and declines inside it do not cut it. A
// handling runs from `active` until the contact is `queued` again (forwarded) or `closed`;
// after-contact work belongs to the handling it ends.
class ContactSegments
{
public:
    struct Span
    {
        QDateTime start;
        QDateTime end; // invalid: still running

        bool running() const { return !end.isValid(); }
        qint64 msecs() const { return running() ? 0 : start.msecsTo(end); }
    };

    // Feed the state changes in the order they happened.
    void add(ContactState state, const QDateTime &at);
    static ContactSegments of(const QList<Transition> &transitions);

    const QList<Span> &waits() const { return m_waits; }
    const QList<Span> &handlings() const { return m_handlings; }
    // The start of the wait or handling that is running now, if one is.
    std::optional<QDateTime> waitingSince() const;
    std::optional<QDateTime> handlingSince() const;
    // The sum of the finished handlings.
    qint64 handledMsecs() const;
    // A handling had closed the contact and it was queued again later (an e-mail reply).
    bool reopenedAfterHandling() const { return m_reopened; }

private:
    QList<Span> m_waits;
    QList<Span> m_handlings;
    bool m_closedByHandling = false;
    bool m_reopened = false;
};

} // namespace spocs::domain
