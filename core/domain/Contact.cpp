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
    io("id", v.id);
    io("kind", v.kind);
    io("resolved", v.resolved);
    io.omittable("createdAt", v.createdAt);
}

template<typename Io, typename T> void participantFields(Io &io, T &v)
{
    io("id", v.id);
    io("user", v.user);
    io("role", v.role);
    io("joinedAt", v.joinedAt);
    io("leftAt", v.leftAt);
}

template<typename Io, typename T> void transitionFields(Io &io, T &v)
{
    io("state", v.state);
    io("at", v.at);
}

template<typename Io, typename T> void surveyFields(Io &io, T &v)
{
    io("csat", v.csat);
    io("nps", v.nps);
    io("comment", v.comment);
    io("recordedAt", v.recordedAt);
}

template<typename Io, typename T> void followUpUpdateFields(Io &io, T &v)
{
    io("at", v.at);
    io("by", v.by);
    io("channel", v.channel);
    io("note", v.note);
}

// The fields a follow-up has on its contact and in a list.
template<typename Io, typename T> void followUpHeadFields(Io &io, T &v)
{
    io("due", v.due);
    io("owner", v.owner);
    io("doneAt", v.doneAt);
    io("updates", v.updates);
}

template<typename Io, typename T> void followUpFields(Io &io, T &v)
{
    followUpHeadFields(io, v);
    io("contact", v.contact);
    io("dueSoon", v.dueSoon);
    io("overdue", v.overdue);
}

template<typename Io, typename T> void followUpContactFields(Io &io, T &v)
{
    io("id", v.id);
    io("channel", v.channel);
    io("customer", v.customer);
    io("reasons", v.reasons);
}

template<typename Io, typename T> void contactFields(Io &io, T &v)
{
    io("id", v.id);
    io("channel", v.channel);
    io("direction", v.direction);
    io("state", v.state);
    io("version", v.version);
    io("createdAt", v.createdAt);
    io("updatedAt", v.updatedAt);
    io("customer", v.customer);
    io("owner", v.owner);
    io("offeredTo", v.offeredTo);
    io("queue", v.queue);
    io("notes", v.notes);
    io("abandoned", v.abandoned);
    io("forwarded", v.forwarded);
    io("transferCount", v.transferCount);
    io("consultCount", v.consultCount);
    io("priority", v.priority);
    io.omittable("closedAt", v.closedAt);
    io.omittable("outcome", v.outcome);
    io.omittable("answeredAt", v.answeredAt);
    io.omittable("followUp", v.followUp);
    io.omittable("followUpOf", v.followUpOf);
    io("participants", v.participants);
    io.omittable("survey", v.survey);
    io("tasks", v.tasks);
    io("transitions", v.transitions);
    io("reasons", v.reasons);
}

template<typename Io, typename T> void openContactFields(Io &io, T &v)
{
    io("id", v.id);
    io("kind", v.kind);
    io("channel", v.channel);
    io("reason", v.reason);
    io("reasonCode", v.reasonCode);
    io("status", v.status);
    io("owner", v.owner);
    io("since", v.since);
}

template<typename Io, typename T> void closedContactFields(Io &io, T &v)
{
    io("id", v.id);
    io("channel", v.channel);
    io("owner", v.owner);
    io("reasons", v.reasons);
    io("outcome", v.outcome);
    io("abandoned", v.abandoned);
    io("forwarded", v.forwarded);
    io("transferCount", v.transferCount);
    io("consultCount", v.consultCount);
    io("followUpDue", v.followUpDue);
    io("createdAt", v.createdAt);
    io("closedAt", v.closedAt);
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
