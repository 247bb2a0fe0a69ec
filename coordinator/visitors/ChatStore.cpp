#include "coordinator/visitors/ChatStore.h"

#include "coordinator/auth/PasswordHasher.h"
#include "coordinator/storage/Database.h"
#include "coordinator/storage/SqlValues.h"
#include "core/Try.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace spocs {
namespace {

using domain::ChatSender;

const QString kLineColumns = QStringLiteral(
    "SELECT m.id, m.direction, m.system, m.body_text, m.created_at, u.display_name, m.from_name, "
    "ch.agent_read_up_to, ch.visitor_read_up_to FROM contact_messages m JOIN chats ch ON ch.contact_id = m.contact_id "
    "LEFT JOIN users u ON u.id = m.author_user_id ");

// An empty QString() binds as NULL; these columns are NOT NULL DEFAULT ''.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

domain::ChatMessage lineAt(const QSqlQuery &q)
{
    domain::ChatMessage m;
    m.id = q.value(0).toLongLong();
    m.from = q.value(2).toBool()         ? ChatSender::System
        : q.value(1).toString() == u"in" ? ChatSender::Visitor
                                         : ChatSender::Agent;
    m.text = q.value(3).toString();
    m.at = q.value(4).toString();
    if (m.from == ChatSender::Agent) {
        const auto agent = domain::ChatAgent::named(q.value(5).toString());
        m.name = agent.name;
        m.initials = agent.initials;
        m.read = m.id <= q.value(8).toLongLong();
    } else if (m.from == ChatSender::Visitor) {
        m.name = q.value(6).toString();
        m.read = m.id <= q.value(7).toLongLong();
    }
    return m;
}

} // namespace

ChatStore::ChatStore(Database &db)
    : m_db(db)
{ }

Result<ChatStore::Visitor> ChatStore::visit(const QString &token, bool mayCreate)
{
    const QDateTime now = m_db.now();
    const QDateTime expires = now.addSecs(qint64(kVisitorHours) * 3600);
    if (!token.isEmpty() && token.size() <= 128) {
        const QByteArray hash = PasswordHasher::tokenHash(token);
        SPOCS_TRY_ASSIGN(QSqlQuery q,
                         m_db.query(QStringLiteral("SELECT id, expires_at FROM visitors WHERE token_hash = ?"),
                                    { hash }, "visitor by token"));
        if (q.next() && QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs) > now) {
            const qint64 id = q.value(0).toLongLong();
            SPOCS_TRY(m_db.query(QStringLiteral("UPDATE visitors SET last_used_at = ?, expires_at = ? WHERE id = ?"),
                                 { now.toString(Qt::ISODateWithMs), expires.toString(Qt::ISODateWithMs), id },
                                 "touch visitor"));
            return Visitor { id, token, expires };
        }
    }
    if (!mayCreate)
        return makeError(ErrorCode::RateLimited, QStringLiteral("too many new visitors from this address"),
                         QJsonObject { { QStringLiteral("retryAfterMs"), 3600 * 1000 } });
    const QString fresh = PasswordHasher::newToken();
    QSqlQuery insert = m_db.prepare(
        QStringLiteral("INSERT INTO visitors (token_hash, created_at, last_used_at, expires_at) VALUES (?, ?, ?, ?)"));
    const QString stamp = now.toString(Qt::ISODateWithMs);
    if (!execWith(insert, { PasswordHasher::tokenHash(fresh), stamp, stamp, expires.toString(Qt::ISODateWithMs) }))
        return sqlError(insert, "new visitor");
    return Visitor { insert.lastInsertId().toLongLong(), fresh, expires, true };
}

namespace {

const QString kTopicColumns = QStringLiteral("SELECT id, code, label, COALESCE(skill, 'general') FROM contact_reasons "
                                             "WHERE parent_id IS NULL AND archived = 0 AND forward_only = 0 ");

ChatStore::Topic topicAt(const QSqlQuery &q)
{
    return ChatStore::Topic { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString() };
}

} // namespace

Result<QList<ChatStore::Topic>> ChatStore::topics()
{
    QSqlQuery q = m_db.prepare(kTopicColumns + QStringLiteral("ORDER BY position, id"));
    if (!q.exec())
        return sqlError(q, "chat topics");
    QList<Topic> out;
    while (q.next())
        out.append(topicAt(q));
    return out;
}

Result<ChatStore::Topic> ChatStore::topic(qint64 reasonId)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q, m_db.query(kTopicColumns + QStringLiteral("AND id = ?"), { reasonId }, "chat topic"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no topic %1").arg(reasonId),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("topic") } });
    return topicAt(q);
}

Result<std::optional<qint64>> ChatStore::latestChat(qint64 visitorId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral("SELECT contact_id FROM chats WHERE visitor_id = ? ORDER BY contact_id DESC LIMIT 1"),
                   { visitorId }, "visitor's chat"));
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<domain::VisitorChat> ChatStore::chat(qint64 contactId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(
            QStringLiteral("SELECT k.state, r.id, r.label, u.display_name, ch.ended_at, "
                           "EXISTS (SELECT 1 FROM surveys s WHERE s.contact_id = k.id) FROM chats ch "
                           "JOIN contacts k ON k.id = ch.contact_id JOIN contact_reasons r ON r.id = ch.reason_id "
                           "LEFT JOIN users u ON u.id = k.owner_user_id WHERE ch.contact_id = ?"),
            { contactId }, "chat"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no chat %1").arg(contactId));
    domain::VisitorChat chat;
    chat.contact = contactId;
    const QString state = q.value(0).toString();
    if (state == u"closed" || !q.value(4).isNull())
        chat.status = domain::ChatStatus::Ended;
    else if (state == u"queued" || state == u"offered")
        chat.status = domain::ChatStatus::Queued;
    else
        chat.status = domain::ChatStatus::Active;
    chat.topic = domain::ChatTopic { q.value(1).toLongLong(), q.value(2).toString() };
    if (!q.value(3).isNull())
        chat.agent = domain::ChatAgent::named(q.value(3).toString());
    chat.rated = q.value(5).toBool();
    return chat;
}

Result<ChatStore::ChatFacts> ChatStore::facts(qint64 contactId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(
            QStringLiteral("SELECT ch.visitor_id, ch.name, ch.email, k.state, ch.ended_at, ch.created_at FROM chats ch "
                           "JOIN contacts k ON k.id = ch.contact_id WHERE ch.contact_id = ?"),
            { contactId }, "chat facts"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no chat %1").arg(contactId));
    return ChatFacts { contactId,
                       q.value(0).toLongLong(),
                       q.value(1).toString(),
                       q.value(2).toString(),
                       q.value(3).toString(),
                       !q.value(4).isNull(),
                       q.value(5).toString() };
}

Result<void> ChatStore::addChat(qint64 contactId, qint64 visitorId, qint64 reasonId, const QString &name,
                                const QString &email)
{
    SPOCS_TRY(m_db.query(
        QStringLiteral(
            "INSERT INTO chats (contact_id, visitor_id, reason_id, name, email, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        { contactId, visitorId, reasonId, name, email, m_db.nowStamp() }, "new chat"));
    return {};
}

Result<void> ChatStore::markEnded(qint64 contactId)
{
    SPOCS_TRY(m_db.query(QStringLiteral("UPDATE chats SET ended_at = COALESCE(ended_at, ?) WHERE contact_id = ?"),
                         { m_db.nowStamp(), contactId }, "end chat"));
    return {};
}

Result<ChatStore::ReadMark> ChatStore::markRead(qint64 contactId, domain::ChatSender reader, qint64 upTo)
{
    // Column names are fixed here, never from input.
    const QString column
        = reader == ChatSender::Visitor ? QStringLiteral("visitor_read_up_to") : QStringLiteral("agent_read_up_to");
    QSqlQuery now = m_db.prepare(QStringLiteral("SELECT %1 FROM chats WHERE contact_id = ?").arg(column));
    if (!execWith(now, { contactId }) || !now.next())
        return sqlError(now, "read mark");
    const qint64 before = now.value(0).toLongLong();
    now.finish();
    SPOCS_TRY(m_db.query(QStringLiteral("UPDATE chats SET %1 = MAX(%1, MIN(?, (SELECT COALESCE(MAX(id), 0) FROM "
                                        "contact_messages WHERE contact_id = ?))) WHERE contact_id = ?")
                             .arg(column),
                         { upTo, contactId, contactId }, "read mark"));
    if (!execWith(now, { contactId }) || !now.next())
        return sqlError(now, "read mark");
    const qint64 after = now.value(0).toLongLong();
    return ReadMark { after, after != before };
}

Result<qint64> ChatStore::addLine(const Line &line)
{
    const bool inbound = line.from != ChatSender::Agent;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO contact_messages (contact_id, channel, direction, author_user_id, source_key, from_address, "
        "from_name, body_text, status, system, created_at, sent_at) VALUES (?, 'chat', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString stamp = m_db.nowStamp();
    if (!execWith(q,
                  { line.contactId, inbound ? QStringLiteral("in") : QStringLiteral("out"),
                    sqlvalues::nullableId(line.authorUserId), sqlvalues::nullableText(line.sourceKey),
                    notNull(line.fromAddress), notNull(line.fromName), notNull(line.text),
                    inbound ? QStringLiteral("received") : QStringLiteral("sent"),
                    line.from == ChatSender::System ? 1 : 0, stamp,
                    inbound ? QVariant(QMetaType(QMetaType::QString)) : QVariant(stamp) }))
        return sqlError(q, "chat line");
    return q.lastInsertId().toLongLong();
}

Result<std::optional<qint64>> ChatStore::lineBySource(const QString &sourceKey)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("SELECT id FROM contact_messages WHERE source_key = ?"), { sourceKey },
                                "chat line by source"));
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<domain::ChatMessage> ChatStore::line(qint64 messageId)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(kLineColumns + QStringLiteral("WHERE m.id = ?"), { messageId }, "chat line"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no chat line %1").arg(messageId));
    return lineAt(q);
}

Result<QList<domain::ChatMessage>> ChatStore::lines(qint64 contactId, qint64 afterId)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(kLineColumns
                                    + QStringLiteral("WHERE m.contact_id = ? AND m.id > ? AND m.channel = 'chat' "
                                                     "ORDER BY m.id LIMIT ?"),
                                { contactId, afterId, kMaxLines }, "chat lines"));
    QList<domain::ChatMessage> out;
    while (q.next())
        out.append(lineAt(q));
    return out;
}

Result<int> ChatStore::actionsSince(qint64 visitorId, const QString &kind, const QDateTime &since)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT COUNT(*) FROM visitor_actions WHERE visitor_id = ? AND kind = ? AND at >= ?"));
    if (!execWith(q, { visitorId, kind, since.toString(Qt::ISODateWithMs) }) || !q.next())
        return sqlError(q, "visitor actions");
    return q.value(0).toInt();
}

Result<int> ChatStore::pruneExpired(const QDateTime &now)
{
    SPOCS_TRY_ASSIGN(QSqlQuery actions,
                     m_db.query(QStringLiteral("DELETE FROM visitor_actions WHERE at < ?"),
                                { now.addSecs(-kActionWindowSeconds).toString(Qt::ISODateWithMs) },
                                "prune visitor actions"));
    SPOCS_TRY_ASSIGN(QSqlQuery visitors,
                     m_db.query(QStringLiteral("DELETE FROM visitors WHERE expires_at < ? AND NOT EXISTS (SELECT "
                                               "1 FROM chats WHERE visitor_id = visitors.id)"),
                                { now.toString(Qt::ISODateWithMs) }, "prune visitors"));
    return actions.numRowsAffected() + visitors.numRowsAffected();
}

Result<void> ChatStore::recordAction(qint64 visitorId, const QString &kind, qint64 contactId)
{
    SPOCS_TRY(
        m_db.query(QStringLiteral("INSERT INTO visitor_actions (visitor_id, kind, contact_id, at) VALUES (?, ?, ?, ?)"),
                   { visitorId, kind, contactId, m_db.nowStamp() }, "visitor action"));
    return {};
}

} // namespace spocs
