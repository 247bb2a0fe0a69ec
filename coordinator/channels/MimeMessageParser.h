#pragma once

#include "coordinator/channels/InboundMail.h"
#include "core/Result.h"

#include <QByteArray>

namespace spocs {

// Reads a raw RFC 5322 message with GMime: addresses, threading headers, the text and HTML
// bodies in UTF-8 whatever their charset and transfer encoding, and the attachments (those
// over `maxAttachmentBytes` are kept as a refused entry with their name and size only), also
// those of forwarded messages, whose text follows as a forwarded section.
// GMime pulls in glib: call this on the mail worker thread, never on the coordinator's loop.
class MimeMessageParser
{
public:
    static Result<InboundMail> parse(const QByteArray &raw, qint64 maxAttachmentBytes);
};

} // namespace spocs
