#include "coordinator/channels/ContactMessageStore.h"

#include "coordinator/channels/HtmlSanitizer.h"
#include "coordinator/server/EventBus.h"
#include "coordinator/storage/Database.h"
#include "core/Ops.h"
#include "core/Try.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace spocs {
namespace {

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL DEFAULT ''.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// The body of a message over max_message_bytes is kept as what it is: a part refused for its size,
// the whole message without a name. The parser reads into forwarded messages and keeps one as an
// attachment only when nested too deep to read, and then with a name: no real attachment looks like this.
const QString kRefusedBodyType = QStringLiteral("message/rfc822");

} // namespace

ContactMessageStore::ContactMessageStore(Database &db)
    : m_db(db)
{ }

QString ContactMessageStore::contactToken(const QString &customerId, qint64 contactId)
{
    return QStringLiteral("[#%1-%2]").arg(customerId).arg(contactId);
}

std::optional<ContactMessageStore::Token> ContactMessageStore::findToken(const QString &subject)
{
    static const QRegularExpression token(QStringLiteral("\\[#(C-\\d{1,18})-(\\d{1,15})\\]"));
    const auto m = token.match(subject);
    if (!m.hasMatch())
        return std::nullopt;
    return Token { m.captured(1), m.captured(2).toLongLong() };
}

Result<std::optional<qint64>> ContactMessageStore::contactOfSource(const QString &sourceKey)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("SELECT contact_id FROM contact_messages WHERE source_key = ?"),
                                { sourceKey }, "message by source"));
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<std::optional<qint64>> ContactMessageStore::contactOfMessages(const QStringList &messageIds,
                                                                     const QString &fromAddress)
{
    std::optional<qint64> found;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT m.contact_id FROM contact_messages m JOIN contacts k ON k.id = m.contact_id WHERE m.message_id = ? "
        "AND EXISTS (SELECT 1 FROM customer_emails e WHERE e.customer_id = k.customer_id AND e.email = ?) "
        "ORDER BY m.id DESC LIMIT 1"));
    // The nearest ancestor first: In-Reply-To, then References from the newest back.
    for (const QString &id : messageIds) {
        if (id.isEmpty())
            continue;
        if (!execWith(q, { id, fromAddress }))
            return sqlError(q, "message thread");
        if (q.next()) {
            found = q.value(0).toLongLong();
            break;
        }
    }
    return found;
}

Result<qint64> ContactMessageStore::addInboundMail(qint64 contactId, const QString &sourceKey, const InboundMail &mail)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO contact_messages(contact_id, channel, direction, source_key, message_id, in_reply_to, refs, "
        "from_address, from_name, to_address, subject, headers, body_text, body_html, status, sender_check, "
        "created_at) VALUES (?, 'email', 'in', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?)"));
    if (!execWith(q,
                  { contactId, sourceKey,
                    mail.messageId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(mail.messageId),
                    text(mail.inReplyTo), text(mail.references.join(u' ')), text(mail.fromAddress), text(mail.fromName),
                    text(mail.toAddress), text(mail.subject), text(mail.headers), text(mail.text), text(mail.html),
                    mail.senderCheck ? QVariant(domain::wireName(*mail.senderCheck))
                                     : QVariant(QMetaType(QMetaType::QString)),
                    m_db.nowStamp() }))
        return sqlError(q, "insert message");
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery a = m_db.prepare(QStringLiteral("INSERT INTO contact_message_attachments(message_id, filename, "
                                              "content_type, size, data, refused) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const InboundMail::Attachment &attachment : mail.attachments) {
        a.addBindValue(id);
        a.addBindValue(text(attachment.filename));
        a.addBindValue(attachment.contentType.isEmpty() ? QStringLiteral("application/octet-stream")
                                                        : attachment.contentType);
        if (!execWith(a,
                      { attachment.size,
                        attachment.refused ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(attachment.data),
                        attachment.refused ? 1 : 0 }))
            return sqlError(a, "insert attachment");
    }
    if (mail.refusedBodyBytes > 0) {
        if (!execWith(a,
                      { id, QStringLiteral(""), kRefusedBodyType, mail.refusedBodyBytes,
                        QVariant(QMetaType(QMetaType::QByteArray)), 1 }))
            return sqlError(a, "insert refused body");
    }
    return id;
}

Result<qint64> ContactMessageStore::addOutboundMail(qint64 contactId, std::optional<qint64> authorUserId,
                                                    const OutgoingMail &mail)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO contact_messages(contact_id, channel, direction, author_user_id, message_id, in_reply_to, refs, "
        "from_address, from_name, to_address, subject, body_text, status, created_at) "
        "VALUES (?, 'email', 'out', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'sending', ?)"));
    if (!execWith(q,
                  { contactId, authorUserId ? QVariant(*authorUserId) : QVariant(QMetaType(QMetaType::LongLong)),
                    mail.messageId, text(mail.inReplyTo), text(mail.references.join(u' ')), text(mail.fromAddress),
                    text(mail.fromName), text(mail.toAddress), text(mail.subject), text(mail.text), m_db.nowStamp() }))
        return sqlError(q, "insert reply");
    return q.lastInsertId().toLongLong();
}

Result<void> ContactMessageStore::setStatus(qint64 messageId, const QString &status, const QString &failure)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE contact_messages SET status = ?, failure = ?, sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END "
        "WHERE id = ?"));
    if (!execWith(q,
                  { status, failure.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(failure.left(1000)),
                    status, m_db.nowStamp(), messageId }))
        return sqlError(q, "message status");
    return {};
}

Result<ContactMessageStore::Stored> ContactMessageStore::stored(qint64 messageId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(
            QStringLiteral(
                "SELECT contact_id, direction, status, from_address, from_name, to_address, subject, message_id, "
                "in_reply_to, refs, body_text, author_user_id FROM contact_messages WHERE id = ?"),
            { messageId }, "stored message"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no message %1").arg(messageId));
    Stored s;
    s.contactId = q.value(0).toLongLong();
    s.direction = q.value(1).toString();
    s.status = q.value(2).toString();
    s.mail.messageRowId = messageId;
    s.mail.fromAddress = q.value(3).toString();
    s.mail.fromName = q.value(4).toString();
    s.mail.toAddress = q.value(5).toString();
    s.mail.subject = q.value(6).toString();
    s.mail.messageId = q.value(7).toString();
    s.mail.inReplyTo = q.value(8).toString();
    s.mail.references = q.value(9).toString().split(u' ', Qt::SkipEmptyParts);
    s.mail.text = q.value(10).toString();
    // The only mail on a contact no agent wrote is the automatic acknowledgement.
    if (s.direction == u"out" && q.value(11).isNull())
        s.mail.origin = OutgoingMail::Origin::AutoReplied;
    return s;
}

Result<std::optional<InboundMail>> ContactMessageStore::lastInbound(qint64 contactId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(
            // From one of the customer's addresses: someone in Cc who wrote on the contact (before
            // threading checked senders) is not who the answer is for. A customer with no address
            // on file (a sender whose address could not be stored) has only their own mail here.
            QStringLiteral(
                "SELECT m.message_id, m.refs, m.from_address, m.from_name, m.subject FROM contact_messages m "
                "JOIN contacts k ON k.id = m.contact_id WHERE m.contact_id = ? AND m.direction = 'in' "
                "AND m.channel = 'email' AND (EXISTS (SELECT 1 FROM customer_emails e WHERE e.customer_id = "
                "k.customer_id AND e.email = m.from_address) OR NOT EXISTS (SELECT 1 FROM customer_emails e WHERE "
                "e.customer_id = k.customer_id)) ORDER BY m.id DESC LIMIT 1"),
            { contactId }, "last inbound message"));
    if (!q.next())
        return std::optional<InboundMail>();
    InboundMail m;
    m.messageId = q.value(0).toString();
    m.references = q.value(1).toString().split(u' ', Qt::SkipEmptyParts);
    m.fromAddress = q.value(2).toString();
    m.fromName = q.value(3).toString();
    m.subject = q.value(4).toString();
    return std::optional<InboundMail>(m);
}

Result<int> ContactMessageStore::failInterrupted()
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE contact_messages SET status = 'failed', failure = 'interrupted: the coordinator stopped before the "
        "mail server confirmed it' WHERE status = 'sending'"));
    if (!q.exec())
        return sqlError(q, "fail interrupted replies");
    return q.numRowsAffected();
}

Result<void> ContactMessageStore::link(qint64 contactId, qint64 linkedContactId)
{
    SPOCS_TRY(m_db.query(QStringLiteral("UPDATE contacts SET linked_contact_id = ? WHERE id = ?"),
                         { linkedContactId, contactId }, "link contact"));
    return {};
}

namespace {

const QString kMessageColumns = QStringLiteral(
    "SELECT m.id, m.direction, m.channel, m.from_address, m.from_name, m.subject, m.body_text, m.body_html, "
    "m.status, m.failure, m.created_at, m.sent_at, u.id, u.login, u.display_name, m.system, m.sender_check "
    "FROM contact_messages m LEFT JOIN users u ON u.id = m.author_user_id ");

QJsonObject messageJson(const QSqlQuery &q)
{
    QJsonObject m { { QStringLiteral("id"), q.value(0).toLongLong() },
                    { QStringLiteral("direction"), q.value(1).toString() },
                    { QStringLiteral("channel"), q.value(2).toString() },
                    { QStringLiteral("from"),
                      QJsonObject { { QStringLiteral("address"), q.value(3).toString() },
                                    { QStringLiteral("name"), q.value(4).toString() } } },
                    { QStringLiteral("subject"), q.value(5).toString() },
                    { QStringLiteral("text"), q.value(6).toString() },
                    { QStringLiteral("status"), q.value(8).toString() },
                    { QStringLiteral("at"), q.value(10).toString() } };
    const QString html = q.value(7).toString();
    if (!html.isEmpty())
        m.insert(QStringLiteral("html"), HtmlSanitizer::sanitize(html));
    if (!q.value(9).isNull())
        m.insert(QStringLiteral("failure"), q.value(9).toString());
    if (!q.value(11).isNull())
        m.insert(QStringLiteral("sentAt"), q.value(11).toString());
    if (!q.value(12).isNull())
        m.insert(QStringLiteral("author"),
                 QJsonObject { { QStringLiteral("id"), q.value(12).toLongLong() },
                               { QStringLiteral("login"), q.value(13).toString() },
                               { QStringLiteral("name"), q.value(14).toString() } });
    if (q.value(15).toBool()) // a line the chat itself wrote ("The customer left the chat")
        m.insert(QStringLiteral("system"), true);
    if (!q.value(16).isNull()) // an e-mail checked against the trusted Authentication-Results
        m.insert(QStringLiteral("senderCheck"), q.value(16).toString());
    return m;
}

// "attachments" and, for a message whose body was over the size limit, "refusedBodyBytes".
Result<void> addAttachments(Database &db, qint64 messageId, QJsonObject &m)
{
    QJsonArray list;
    SPOCS_TRY_ASSIGN(QSqlQuery a,
                     db.query(QStringLiteral("SELECT id, filename, content_type, size, refused FROM "
                                             "contact_message_attachments WHERE message_id = ? ORDER BY id"),
                              { messageId }, "message attachments"));
    while (a.next()) {
        const bool refused = a.value(4).toBool();
        if (refused && a.value(1).toString().isEmpty() && a.value(2).toString() == kRefusedBodyType) {
            m.insert(QStringLiteral("refusedBodyBytes"), a.value(3).toLongLong());
            continue;
        }
        list.append(QJsonObject { { QStringLiteral("id"), a.value(0).toLongLong() },
                                  { QStringLiteral("filename"), a.value(1).toString() },
                                  { QStringLiteral("contentType"), a.value(2).toString() },
                                  { QStringLiteral("size"), a.value(3).toLongLong() },
                                  { QStringLiteral("refused"), refused } });
    }
    m.insert(QStringLiteral("attachments"), list);
    return {};
}

} // namespace

Result<QJsonArray> ContactMessageStore::list(qint64 contactId)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(kMessageColumns + QStringLiteral("WHERE m.contact_id = ? ORDER BY m.id LIMIT ?"),
                                { contactId, kMaxListed }, "contact messages"));
    QJsonArray out;
    while (q.next()) {
        QJsonObject m = messageJson(q);
        SPOCS_TRY(addAttachments(m_db, q.value(0).toLongLong(), m));
        out.append(m);
    }
    return out;
}

Result<QJsonObject> ContactMessageStore::message(qint64 messageId)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(kMessageColumns + QStringLiteral("WHERE m.id = ?"), { messageId }, "contact message"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no message %1").arg(messageId));
    QJsonObject m = messageJson(q);
    SPOCS_TRY(addAttachments(m_db, messageId, m));
    return m;
}

Result<QJsonObject> ContactMessageStore::publishAdded(EventBus &events, qint64 contactId, qint64 messageId)
{
    SPOCS_TRY_LET(json, message(messageId));
    SPOCS_TRY(
        events.publish(QStringLiteral("contact:%1").arg(contactId), QString::fromUtf16(event::ContactMessageAdded),
                       QJsonObject { { QStringLiteral("contact"), contactId }, { QStringLiteral("message"), *json } }));
    return json;
}

} // namespace spocs
