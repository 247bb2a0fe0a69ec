#include "core/domain/Contact.h"

#include "core/domain/JsonIo.h"

namespace spocs::domain {

SPOCS_WIRE_ENUM_NAMES(ContactState, "queued", "offered", "active", "after_contact_work", "closed")
SPOCS_WIRE_ENUM_NAMES(ContactOutcome, "resolved", "follow_up")
SPOCS_WIRE_ENUM_NAMES(ContactDirection, "inbound", "outbound")
SPOCS_WIRE_ENUM_NAMES(ParticipantRole, "customer", "owner", "expert", "agent")

namespace {

template<typename Io, typename T> void taskFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, id, kind, resolved);
    SPOCS_JSON_OMITTABLE(io, v, createdAt);
}

template<typename Io, typename T> void participantFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, id, user, role, joinedAt, leftAt);
}

template<typename Io, typename T> void transitionFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, state, at);
}

template<typename Io, typename T> void surveyFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, csat, nps, comment, recordedAt);
}

template<typename Io, typename T> void followUpUpdateFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, at, by, channel, note);
}

// The fields a follow-up has on its contact and in a list.
template<typename Io, typename T> void followUpHeadFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, due, owner, doneAt, updates);
}

template<typename Io, typename T> void followUpFields(Io &io, T &v)
{
    followUpHeadFields(io, v);
    SPOCS_JSON_FIELDS(io, v, contact, dueSoon, overdue);
}

template<typename Io, typename T> void followUpContactFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, id, channel, customer, reasons);
}

template<typename Io, typename T> void contactFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, id, channel, direction, state, version, createdAt, updatedAt, customer, owner, offeredTo,
                      queue, notes, abandoned, forwarded, transferCount, consultCount, priority, identityTyped,
                      participants, tasks, transitions, reasons);
    SPOCS_JSON_OMITTABLE(io, v, closedAt, outcome, answeredAt, followUp, followUpOf, continues, survey);
}

template<typename Io, typename T> void openContactFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, id, kind, channel, reason, reasonCode, status, owner, since);
}

template<typename Io, typename T> void closedContactFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, id, channel, owner, reasons, outcome, abandoned, forwarded, transferCount, consultCount,
                      followUpDue, createdAt, closedAt);
}

} // namespace

SPOCS_JSON_RECORD(ContactTask, taskFields)
SPOCS_JSON_RECORD(Participant, participantFields)
SPOCS_JSON_RECORD(Transition, transitionFields)
SPOCS_JSON_RECORD(Survey, surveyFields)
SPOCS_JSON_RECORD(FollowUpUpdate, followUpUpdateFields)
SPOCS_JSON_RECORD(ContactFollowUp, followUpHeadFields)
SPOCS_JSON_RECORD(Contact, contactFields)
SPOCS_JSON_RECORD(OpenContact, openContactFields)
SPOCS_JSON_RECORD(ClosedContact, closedContactFields)
SPOCS_JSON_RECORD(FollowUpContact, followUpContactFields)
SPOCS_JSON_RECORD(FollowUp, followUpFields)

} // namespace spocs::domain
