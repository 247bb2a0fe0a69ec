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

struct Walk
{
    InboundMail *mail;
    qint64 maxAttachmentBytes;
};

void visitPart(GMimeObject *, GMimeObject *object, gpointer data)
{
    auto *walk = static_cast<Walk *>(data);
    if (!GMIME_IS_PART(object))
        return; // multiparts are containers; message/rfc822 parts are walked into by GMime
    GMimePart *part = GMIME_PART(object);
    GMimeContentType *type = g_mime_object_get_content_type(object);
    const bool attachment = g_mime_part_is_attachment(part);
    if (!attachment && GMIME_IS_TEXT_PART(object)) {
        const bool plain = g_mime_content_type_is_type(type, "text", "plain");
        const bool html = g_mime_content_type_is_type(type, "text", "html");
        QString *target = plain ? &walk->mail->text : html ? &walk->mail->html : nullptr;
        if (target && target->isEmpty()) {
            // Converts from the declared charset to UTF-8.
            GString text(g_mime_text_part_get_text(GMIME_TEXT_PART(object)));
            *target = fromUtf8(text.get());
            return;
        }
    }
    InboundMail::Attachment a;
    a.filename = fromUtf8(g_mime_part_get_filename(part)).left(255);
    GString mime(g_mime_content_type_get_mime_type(type));
    a.contentType = fromUtf8(mime.get()).left(127);
    const QByteArray content = decodedContent(part);
    a.size = content.size();
    a.refused = a.size > walk->maxAttachmentBytes;
    if (!a.refused)
        a.data = content;
    walk->mail->attachments.append(a);
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
    const QString autoSubmitted = fromUtf8(g_mime_object_get_header(object, "Auto-Submitted")).trimmed().toLower();
    const QString precedence = fromUtf8(g_mime_object_get_header(object, "Precedence")).trimmed().toLower();
    mail.automated = (!autoSubmitted.isEmpty() && autoSubmitted != u"no") || precedence == u"bulk"
        || precedence == u"list" || precedence == u"junk" || g_mime_object_get_header(object, "List-Id")
        || mail.fromAddress.startsWith(QStringLiteral("mailer-daemon@"));
    GString headers(g_mime_object_get_headers(object, nullptr));
    mail.headers = fromUtf8(headers.get()).left(64 * 1024);
    mail.authenticationResults = authenticationResults(object);

    Walk walk { &mail, maxAttachmentBytes };
    g_mime_message_foreach(message.get(), visitPart, &walk);
    return mail;
}

} // namespace spocs
