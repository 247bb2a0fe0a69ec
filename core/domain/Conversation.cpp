#include "core/domain/Conversation.h"

#include "core/domain/JsonIo.h"

namespace spocs::domain {

SPOCS_WIRE_ENUM_NAMES(MessageDirection, "in", "out")
SPOCS_WIRE_ENUM_NAMES(MessageStatus, "received", "sending", "sent", "failed")

namespace {

template<typename Io, typename T> void addressFields(Io &io, T &v)
{
    io("address", v.address);
    io("name", v.name);
}

template<typename Io, typename T> void attachmentFields(Io &io, T &v)
{
    io("id", v.id);
    io("filename", v.filename);
    io("contentType", v.contentType);
    io("size", v.size);
    io("refused", v.refused);
}

template<typename Io, typename T> void messageFields(Io &io, T &v)
{
    io("id", v.id);
    io("direction", v.direction);
    io("channel", v.channel);
    io("from", v.from);
    io("subject", v.subject);
    io("text", v.text);
    io.omittable("html", v.html);
    io("status", v.status);
    io.omittable("failure", v.failure);
    io("at", v.at);
    io.omittable("sentAt", v.sentAt);
    io.omittable("author", v.author);
    io.omittable("system", v.system);
    io("attachments", v.attachments);
}

} // namespace

SPOCS_JSON_RECORD(MailAddress, addressFields)
SPOCS_JSON_RECORD(MessageAttachment, attachmentFields)
SPOCS_JSON_RECORD(ContactMessage, messageFields)

} // namespace spocs::domain
