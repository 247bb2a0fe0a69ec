#include "core/domain/Conversation.h"

#include "core/domain/JsonIo.h"

namespace spocs::domain {

SPOCS_WIRE_ENUM_NAMES(MessageDirection, "in", "out")
SPOCS_WIRE_ENUM_NAMES(MessageStatus, "received", "sending", "sent", "failed")
SPOCS_WIRE_ENUM_NAMES(SenderCheck, "verified", "failed", "unknown")

namespace {

template<typename Io, typename T> void addressFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, address, name);
}

template<typename Io, typename T> void attachmentFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, id, filename, contentType, size, refused);
}

template<typename Io, typename T> void messageFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, id, direction, channel, from, subject, text, status, at, attachments);
    SPOCS_JSON_OMITTABLE(io, v, html, failure, sentAt, author, system, senderCheck, refusedBodyBytes);
}

} // namespace

SPOCS_JSON_RECORD(MailAddress, addressFields)
SPOCS_JSON_RECORD(MessageAttachment, attachmentFields)
SPOCS_JSON_RECORD(ContactMessage, messageFields)

} // namespace spocs::domain
