#include "core/domain/Consult.h"

#include "core/domain/JsonIo.h"

namespace spocs::domain {

SPOCS_WIRE_ENUM_NAMES(ConsultState, "offered", "active", "declined", "expired", "cancelled", "ended")
SPOCS_WIRE_ENUM_NAMES(ConsultOfferState, "open", "accepted", "withdrawn", "declined", "expired")
SPOCS_WIRE_ENUM_NAMES(TransferKind, "warm", "cold", "forward")
SPOCS_WIRE_ENUM_NAMES(TransferState, "offered", "accepted", "declined", "expired", "cancelled", "forwarded")

namespace {

template<typename Io, typename T> void messageFields(Io &io, T &v)
{
    io("id", v.id);
    io("author", v.author);
    io("body", v.body);
    io("sentAt", v.sentAt);
    io("deliveredAt", v.deliveredAt);
    io("readAt", v.readAt);
}

template<typename Io, typename T> void offerFields(Io &io, T &v)
{
    io("user", v.user);
    io("state", v.state);
    io("offeredAt", v.offeredAt);
    io.omittable("reason", v.reason);
}

template<typename Io, typename T> void consultFields(Io &io, T &v)
{
    io("id", v.id);
    io("contact", v.contact);
    io("customer", v.customer);
    io("requester", v.requester);
    io("target", v.target);
    io("expert", v.expert);
    io("skill", v.skill);
    io("question", v.question);
    io("notes", v.notes);
    io("state", v.state);
    io("declineReason", v.declineReason);
    io("answer", v.answer);
    io("createdAt", v.createdAt);
    io("answeredAt", v.answeredAt);
    io("endedAt", v.endedAt);
    io("version", v.version);
    io("reasons", v.reasons);
    io("tasks", v.tasks);
    io("offers", v.offers);
    io("messages", v.messages);
}

template<typename Io, typename T> void transferFields(Io &io, T &v)
{
    io("id", v.id);
    io("contact", v.contact);
    io("from", v.from);
    io("to", v.to);
    io("toQueue", v.toQueue);
    io("kind", v.kind);
    io("note", v.note);
    io("state", v.state);
    io("declineReason", v.declineReason);
    io("createdAt", v.createdAt);
    io("answeredAt", v.answeredAt);
}

} // namespace

SPOCS_JSON_RECORD(ConsultMessage, messageFields)
SPOCS_JSON_RECORD(ConsultOffer, offerFields)
SPOCS_JSON_RECORD(Consult, consultFields)
SPOCS_JSON_RECORD(Transfer, transferFields)

} // namespace spocs::domain
