#include "coordinator/channels/OutgoingMail.h"

#include <QDateTime>

#include <gmime/gmime.h>

#include <mutex>

namespace spocs {

QByteArray OutgoingMail::compose() const
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });

    GMimeMessage *message = g_mime_message_new(TRUE);
    g_mime_message_add_mailbox(message, GMIME_ADDRESS_TYPE_FROM, fromName.toUtf8().constData(),
                               fromAddress.toUtf8().constData());
    g_mime_message_add_mailbox(message, GMIME_ADDRESS_TYPE_TO, toName.toUtf8().constData(),
                               toAddress.toUtf8().constData());
    g_mime_message_set_subject(message, subject.toUtf8().constData(), "utf-8");
    g_mime_message_set_message_id(message, messageId.toUtf8().constData());
    GDateTime *now = g_date_time_new_now_utc();
    g_mime_message_set_date(message, now);
    g_date_time_unref(now);
    GMimeObject *object = GMIME_OBJECT(message);
    if (!inReplyTo.isEmpty())
        g_mime_object_set_header(object, "In-Reply-To", QByteArray('<' + inReplyTo.toUtf8() + '>').constData(),
                                 nullptr);
    if (!references.isEmpty()) {
        QByteArray refs;
        for (const QString &r : references)
            refs += (refs.isEmpty() ? "<" : " <") + r.toUtf8() + '>';
        g_mime_object_set_header(object, "References", refs.constData(), nullptr);
    }
    g_mime_object_set_header(object, "Auto-Submitted", "no", nullptr);

    GMimeTextPart *body = g_mime_text_part_new_with_subtype("plain");
    g_mime_text_part_set_text(body, text.toUtf8().constData()); // sets charset=utf-8
    g_mime_part_set_content_encoding(GMIME_PART(body), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    g_mime_message_set_mime_part(message, GMIME_OBJECT(body));
    g_object_unref(body);

    GMimeFormatOptions *options = g_mime_format_options_clone(nullptr);
    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
    char *raw = g_mime_object_to_string(object, options);
    g_mime_format_options_free(options);
    QByteArray out(raw);
    g_free(raw);
    g_object_unref(message);
    return out;
}

} // namespace spocs
