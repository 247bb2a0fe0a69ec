#include "coordinator/channels/MimeMessageParser.h"
#include "coordinator/channels/AuthenticationResults.h"

#include <QCryptographicHash>

#include <gmime/gmime.h>

#include <memory>
#include <mutex>

namespace spocs {
namespace {

struct GObjectUnref
{
    void operator()(gpointer p) const
    {
        if (p)
            g_object_unref(p);
    }
};
template<typename T> using GObjectPtr = std::unique_ptr<T, GObjectUnref>;

struct GFree
{
    void operator()(gpointer p) const { g_free(p); }
};
using GString = std::unique_ptr<char, GFree>;

QString fromUtf8(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

void ensureInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

QStringList messageIds(GMimeObject *object, const char *header)
{
    QStringList ids;
    const char *value = g_mime_object_get_header(object, header);
    if (!value)
        return ids;
    GMimeReferences *refs = g_mime_references_parse(nullptr, value);
    if (!refs)
        return ids;
    for (int i = 0; i < g_mime_references_length(refs); ++i)
        ids.append(fromUtf8(g_mime_references_get_message_id(refs, i)));
    g_mime_references_free(refs);
    return ids;
}

QByteArray decodedContent(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GObjectPtr<GMimeStream> out(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, out.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

void firstMailbox(InternetAddressList *list, QString &address, QString *name)
{
    if (!list)
        return;
    for (int i = 0; i < internet_address_list_length(list); ++i) {
        InternetAddress *ia = internet_address_list_get_address(list, i);
        if (!INTERNET_ADDRESS_IS_MAILBOX(ia))
            continue;
        address = fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia))).trimmed().toLower();
        if (name)
            *name = fromUtf8(internet_address_get_name(ia)).trimmed();
        return;
    }
}

// Every Authentication-Results header, top (the last hop) first, as written: the raw value
// keeps comments and quoted strings for AuthenticationResults to read.
QStringList authenticationResults(GMimeObject *object)
{
    QStringList values;
    GMimeHeaderList *list = g_mime_object_get_header_list(object);
    const int count = list ? g_mime_header_list_get_count(list) : 0;
    for (int i = 0; i < count && values.size() < AuthenticationResults::kMaxHeaders; ++i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(list, i);
        if (g_ascii_strcasecmp(g_mime_header_get_name(header), "Authentication-Results") != 0)
            continue;
        // One character over the cap stays over it: a cut header is refused, never half read.
        values.append(fromUtf8(g_mime_header_get_raw_value(header)).left(AuthenticationResults::kMaxHeaderChars + 1));
    }
    return values;
}

// Forwarded messages inside forwarded messages are read this deep; a deeper one is kept whole
// as an attachment (under the attachment size limit) rather than read.
constexpr int kMaxEmbeddedDepth = 4;

// The text and HTML of one message (the received one, or one embedded in it); the attachments
// of every level go to the received message.
struct Walk
{
    QString text;
    QString html;
    QList<InboundMail::Attachment> *attachments;
    qint64 maxAttachmentBytes;
    int depth = 0;
};

void walkObject(GMimeObject *object, Walk &walk);

void addAttachment(Walk &walk, QString filename, GMimeContentType *type, const QByteArray &content)
{
    InboundMail::Attachment a;
    a.filename = filename.left(255);
    GString mime(g_mime_content_type_get_mime_type(type));
    a.contentType = fromUtf8(mime.get()).left(127);
    a.size = content.size();
    a.refused = a.size > walk.maxAttachmentBytes;
    if (!a.refused)
        a.data = content;
    walk.attachments->append(a);
}

void visitPart(GMimePart *part, Walk &walk)
{
    GMimeObject *object = GMIME_OBJECT(part);
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (!g_mime_part_is_attachment(part) && GMIME_IS_TEXT_PART(object)) {
        const bool plain = g_mime_content_type_is_type(type, "text", "plain");
        const bool html = g_mime_content_type_is_type(type, "text", "html");
        QString *target = plain ? &walk.text : html ? &walk.html : nullptr;
        if (target && target->isEmpty()) {
            // Converts from the declared charset to UTF-8.
            GString text(g_mime_text_part_get_text(GMIME_TEXT_PART(object)));
            *target = fromUtf8(text.get());
            return;
        }
    }
    addAttachment(walk, fromUtf8(g_mime_part_get_filename(part)), type, decodedContent(part));
}

QString addressList(InternetAddressList *list)
{
    if (!list)
        return {};
    GString text(internet_address_list_to_string(list, nullptr, FALSE));
    return fromUtf8(text.get());
}

// A forwarded message (or the original a bounce returns) is part of what the customer sent: its
// text follows as a forwarded section, its attachments are the message's attachments.
void visitEmbedded(GMimeMessagePart *part, Walk &walk)
{
    GMimeMessage *message = g_mime_message_part_get_message(part);
    if (!message)
        return;
    GMimeObject *object = GMIME_OBJECT(message);
    if (walk.depth >= kMaxEmbeddedDepth) {
        GString raw(g_mime_object_to_string(object, nullptr));
        addAttachment(walk, QStringLiteral("forwarded-message.eml"), g_mime_object_get_content_type(GMIME_OBJECT(part)),
                      QByteArray(raw.get()));
        return;
    }
    Walk inner { {}, {}, walk.attachments, walk.maxAttachmentBytes, walk.depth + 1 };
    if (GMimeObject *body = g_mime_message_get_mime_part(message))
        walkObject(body, inner);

    QStringList header { QStringLiteral("---------- Forwarded message ----------") };
    const auto line = [&header](const QString &name, const QString &value) {
        if (!value.isEmpty())
            header.append(name + QStringLiteral(": ") + value);
    };
    line(QStringLiteral("From"), addressList(g_mime_message_get_from(message)));
    line(QStringLiteral("Date"), fromUtf8(g_mime_object_get_header(object, "Date")).trimmed());
    line(QStringLiteral("Subject"), fromUtf8(g_mime_message_get_subject(message)));
    line(QStringLiteral("To"), addressList(g_mime_message_get_to(message)));
    const QString head = header.join(u'\n');

    const QString separator = QStringLiteral("\n\n");
    walk.text += (walk.text.isEmpty() ? QString() : separator) + head + separator + inner.text;
    // Where the message is shown as HTML, the forwarded part must be in it too.
    if (!walk.html.isEmpty() || !inner.html.isEmpty()) {
        walk.html += QStringLiteral("<hr><p>") + head.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))
            + QStringLiteral("</p>");
        walk.html += inner.html.isEmpty() ? QStringLiteral("<p>")
                + inner.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) + QStringLiteral("</p>")
                                          : inner.html;
    }
}

// Depth first in document order. GMime's own foreach does not descend into message/rfc822
// parts, so a forwarded mail would be lost.
void walkObject(GMimeObject *object, Walk &walk)
{
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multipart = GMIME_MULTIPART(object);
        for (int i = 0; i < g_mime_multipart_get_count(multipart); ++i)
            walkObject(g_mime_multipart_get_part(multipart, i), walk);
    } else if (GMIME_IS_MESSAGE_PART(object)) {
        visitEmbedded(GMIME_MESSAGE_PART(object), walk);
    } else if (GMIME_IS_PART(object)) {
        visitPart(GMIME_PART(object), walk);
    }
}

} // namespace

Result<InboundMail> MimeMessageParser::parse(const QByteArray &raw, qint64 maxAttachmentBytes)
{
    ensureInitialised();
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.constData(), size_t(raw.size())));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!message)
        return makeError(ErrorCode::BadRequest, QStringLiteral("not an RFC 5322 message"));
    GMimeObject *object = GMIME_OBJECT(message.get());

    InboundMail mail;
    mail.digest = QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex();
    mail.messageId = fromUtf8(g_mime_message_get_message_id(message.get())).left(998);
    const QStringList inReplyTo = messageIds(object, "In-Reply-To");
    if (!inReplyTo.isEmpty())
        mail.inReplyTo = inReplyTo.first().left(998);
    mail.references = messageIds(object, "References").mid(0, 100);
    firstMailbox(g_mime_message_get_from(message.get()), mail.fromAddress, &mail.fromName);
    if (mail.fromAddress.isEmpty())
        firstMailbox(g_mime_message_get_reply_to(message.get()), mail.fromAddress, &mail.fromName);
    firstMailbox(g_mime_message_get_to(message.get()), mail.toAddress, nullptr);
    mail.subject = fromUtf8(g_mime_message_get_subject(message.get())).left(998);
    if (GDateTime *date = g_mime_message_get_date(message.get()))
        mail.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);
    mail.automated = InboundMail::isAutomated(fromUtf8(g_mime_object_get_header(object, "Auto-Submitted")),
                                              fromUtf8(g_mime_object_get_header(object, "Precedence")),
                                              g_mime_object_get_header(object, "List-Id") != nullptr, mail.fromAddress);
    GString headers(g_mime_object_get_headers(object, nullptr));
    mail.headers = fromUtf8(headers.get()).left(64 * 1024);
    mail.authenticationResults = authenticationResults(object);

    Walk walk { {}, {}, &mail.attachments, maxAttachmentBytes };
    if (GMimeObject *body = g_mime_message_get_mime_part(message.get()))
        walkObject(body, walk);
    mail.text = walk.text;
    mail.html = walk.html;
    return mail;
}

} // namespace spocs
