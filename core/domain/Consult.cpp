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
    SPOCS_JSON_FIELDS(io, v, id, author, body, sentAt, deliveredAt, readAt);
}

template<typename Io, typename T> void offerFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, user, state, offeredAt);
    SPOCS_JSON_OMITTABLE(io, v, reason);
}

template<typename Io, typename T> void consultFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, id, contact, customer, requester, target, expert, skill, question, notes, state,
                      declineReason, answer, createdAt, answeredAt, endedAt, version, reasons, tasks, offers, messages);
}

template<typename Io, typename T> void transferFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, id, contact, from, to, toQueue, kind, note, state, declineReason, createdAt, answeredAt);
}

} // namespace

SPOCS_JSON_RECORD(ConsultMessage, messageFields)
SPOCS_JSON_RECORD(ConsultOffer, offerFields)
SPOCS_JSON_RECORD(Consult, consultFields)
SPOCS_JSON_RECORD(Transfer, transferFields)

} // namespace spocs::domain
