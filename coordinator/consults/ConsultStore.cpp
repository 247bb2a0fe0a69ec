#include "coordinator/consults/ConsultStore.h"

#include "coordinator/contacts/ContactRecords.h"
#include "coordinator/storage/Database.h"
#include "coordinator/storage/SqlValues.h"
#include "core/Try.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace spocs {
namespace {

using namespace sqlvalues;

Error consultNotFound(qint64 id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("no consult %1").arg(id),
                     QJsonObject { { QStringLiteral("id"), id } });
}

} // namespace

ConsultStore::ConsultStore(Database &db)
    : m_db(db)
{ }

Result<ConsultStore::ContactFacts> ConsultStore::contact(qint64 contactId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral("SELECT state, channel, owner_user_id, version, notes FROM contacts WHERE id = ?"),
                   { contactId }, "contact facts"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no contact %1").arg(contactId),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("contact") } });
    ContactFacts f;
    f.id = contactId;
    f.state = q.value(0).toString();
    f.channel = q.value(1).toString();
    f.owner = optionalId(q.value(2));
    f.version = q.value(3).toLongLong();
    f.notes = q.value(4).toString();
    return f;
}

Result<std::optional<ConsultStore::User>> ConsultStore::user(qint64 userId)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("SELECT id, login, display_name, role FROM users WHERE id = ?"),
                                { userId }, "find user"));
    if (!q.next())
        return std::optional<User> {};
    return std::optional<User>(User { person(q, 0).toObject(), q.value(3).toString() });
}

Result<ConsultStore::Consult> ConsultStore::find(qint64 consultId)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("SELECT contact_id, requester_user_id, target_user_id, expert_user_id, "
                                               "skill, state FROM consults WHERE id = ?"),
                                { consultId }, "find consult"));
    if (!q.next())
        return consultNotFound(consultId);
    Consult c;
    c.id = consultId;
    c.contactId = q.value(0).toLongLong();
    c.requester = q.value(1).toLongLong();
    c.target = optionalId(q.value(2));
    c.expert = optionalId(q.value(3));
    c.skill = q.value(4).toString();
    c.state = q.value(5).toString();
    return c;
}

Result<qint64> ConsultStore::create(qint64 contactId, qint64 requester, std::optional<qint64> target,
                                    const QString &skill, const QString &question, const QList<qint64> &offerTo)
{
    const QString at = m_db.nowStamp();
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(
            QStringLiteral("INSERT INTO consults(contact_id, requester_user_id, target_user_id, skill, question, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
            { contactId, requester, nullableId(target), nullableText(skill), question, at }, "insert consult"));
    const qint64 id = q.lastInsertId().toLongLong();
    for (qint64 user : offerTo) {
        SPOCS_TRY(
            m_db.query(QStringLiteral("INSERT INTO consult_offers(consult_id, user_id, offered_at) VALUES (?, ?, ?)"),
                       { id, user, at }, "insert consult offer"));
    }
    return id;
}

Result<QList<domain::ConsultMessage>> ConsultStore::messages(qint64 consultId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(
            QStringLiteral("SELECT m.id, u.id, u.login, u.display_name, m.body, m.sent_at, m.delivered_at, m.read_at "
                           "FROM consult_messages m JOIN users u ON u.id = m.author_user_id WHERE m.consult_id = ? "
                           "ORDER BY m.id"),
            { consultId }, "consult messages"));
    QList<domain::ConsultMessage> out;
    while (q.next()) {
        out.append(domain::ConsultMessage { q.value(0).toLongLong(), personAt(q, 1).value_or(domain::Person {}),
                                            q.value(4).toString(), q.value(5).toString(), optText(q, 6),
                                            optText(q, 7) });
    }
    return out;
}

Result<QJsonObject> ConsultStore::json(qint64 consultId)
{
    SPOCS_TRY_LET(c, consult(consultId));
    return c->toJson();
}

Result<domain::Consult> ConsultStore::consult(qint64 consultId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(
            QStringLiteral(
                "SELECT c.id, c.contact_id, cu.public_id, cu.name, "
                "r.id, r.login, r.display_name, t.id, t.login, t.display_name, e.id, e.login, e.display_name, "
                "c.skill, c.question, k.notes, c.state, c.decline_reason, c.answer, c.created_at, c.answered_at, "
                "c.ended_at, c.version "
                "FROM consults c JOIN contacts k ON k.id = c.contact_id JOIN customers cu ON cu.id = k.customer_id "
                "JOIN users r ON r.id = c.requester_user_id LEFT JOIN users t ON t.id = c.target_user_id "
                "LEFT JOIN users e ON e.id = c.expert_user_id WHERE c.id = ?"),
            { consultId }, "get consult"));
    if (!q.next())
        return consultNotFound(consultId);
    domain::Consult consult;
    consult.id = consultId;
    consult.contact = q.value(1).toLongLong();
    consult.customer = domain::CustomerRef { q.value(2).toString(), q.value(3).toString() };
    consult.requester = personAt(q, 4).value_or(domain::Person {});
    consult.target = personAt(q, 7);
    consult.expert = personAt(q, 10);
    consult.skill = optText(q, 13);
    consult.question = q.value(14).toString();
    consult.notes = q.value(15).toString();
    domain::fromWireName(q.value(16).toString(), &consult.state);
    consult.declineReason = optText(q, 17);
    consult.answer = optText(q, 18);
    consult.createdAt = q.value(19).toString();
    consult.answeredAt = optText(q, 20);
    consult.endedAt = optText(q, 21);
    consult.version = q.value(22).toLongLong();

    SPOCS_TRY_LET(reasons, contactrecords::reasonLabels(m_db, consult.contact));
    consult.reasons = reasons.value();
    SPOCS_TRY_LET(tasks, contactrecords::tasks(m_db, consult.contact, false));
    consult.tasks = tasks.value();

    SPOCS_TRY_ASSIGN(
        QSqlQuery o,
        m_db.query(QStringLiteral(
                       "SELECT u.id, u.login, u.display_name, o.state, o.reason, o.offered_at FROM consult_offers o "
                       "JOIN users u ON u.id = o.user_id WHERE o.consult_id = ? ORDER BY u.id"),
                   { consultId }, "consult offers"));
    while (o.next()) {
        domain::ConsultOffer offer {
            personAt(o, 0).value_or(domain::Person {}), {}, o.value(5).toString(), optText(o, 4)
        };
        domain::fromWireName(o.value(3).toString(), &offer.state);
        consult.offers.append(offer);
    }

    SPOCS_TRY_LET(m, messages(consultId));
    consult.messages = m.value();
    return consult;
}

Result<QJsonArray> ConsultStore::listForContact(qint64 contactId)
{
    SPOCS_TRY_LET(ids,
                  m_db.ids(QStringLiteral("SELECT id FROM consults WHERE contact_id = ? ORDER BY id"), { contactId },
                           "list consults"));
    QJsonArray out;
    for (qint64 id : *ids) {
        SPOCS_TRY_LET(c, json(id));
        out.append(c.value());
    }
    return out;
}

Result<QHash<qint64, QString>> ConsultStore::offers(qint64 consultId)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("SELECT user_id, state FROM consult_offers WHERE consult_id = ?"),
                                { consultId }, "consult offers"));
    QHash<qint64, QString> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

Result<void> ConsultStore::setOffer(qint64 consultId, qint64 userId, const QString &state, const QString &reason)
{
    SPOCS_TRY(m_db.query(
        QStringLiteral("UPDATE consult_offers SET state = ?, reason = ? WHERE consult_id = ? AND user_id = ?"),
        { state, nullableText(reason), consultId, userId }, "consult offer"));
    return {};
}

Result<QList<qint64>> ConsultStore::closeOpenOffers(qint64 consultId, const QString &state)
{
    SPOCS_TRY_LET(users,
                  m_db.ids(QStringLiteral("SELECT user_id FROM consult_offers WHERE consult_id = ? AND state = 'open' "
                                          "ORDER BY user_id"),
                           { consultId }, "open offers"));
    SPOCS_TRY(m_db.query(QStringLiteral("UPDATE consult_offers SET state = ? WHERE consult_id = ? AND state = 'open'"),
                         { state, consultId }, "close offers"));
    return users;
}

Result<void> ConsultStore::update(qint64 consultId, const Change &change)
{
    const QString at = m_db.nowStamp();
    const bool ends = change.state != u"offered" && change.state != u"active";
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE consults SET state = ?, version = version + 1, "
                       "expert_user_id = COALESCE(?, expert_user_id), decline_reason = COALESCE(?, decline_reason), "
                       "answer = COALESCE(?, answer), answered_at = CASE WHEN ? THEN ? ELSE answered_at END, "
                       "ended_at = CASE WHEN ? THEN ? ELSE ended_at END WHERE id = ?"));
    if (!execWith(q,
                  { change.state, nullableId(change.expert),
                    change.declineReason ? QVariant(*change.declineReason) : QVariant(QMetaType(QMetaType::QString)),
                    change.answer ? QVariant(*change.answer) : QVariant(QMetaType(QMetaType::QString)),
                    change.state == u"active" ? 1 : 0, at, ends ? 1 : 0, at, consultId }))
        return sqlError(q, "update consult");
    if (q.numRowsAffected() == 0)
        return consultNotFound(consultId);
    return {};
}

Result<QSet<qint64>> ConsultStore::askedOnContact(qint64 contactId)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("SELECT DISTINCT o.user_id FROM consult_offers o JOIN consults c "
                                               "ON c.id = o.consult_id WHERE c.contact_id = ?"),
                                { contactId }, "asked experts"));
    QSet<qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

Result<QList<qint64>> ConsultStore::offeredConsults()
{
    return m_db.ids(QStringLiteral("SELECT id FROM consults WHERE state = 'offered' ORDER BY id"), {},
                    "offered consults");
}

Result<QList<qint64>> ConsultStore::consultsOf(qint64 contactId, const QString &state)
{
    return m_db.ids(QStringLiteral("SELECT id FROM consults WHERE contact_id = ? AND state = ? ORDER BY id"),
                    { contactId, state }, "consults of contact");
}

Result<void> ConsultStore::bumpConsultCount(qint64 contactId)
{
    SPOCS_TRY(m_db.query(QStringLiteral("UPDATE contacts SET consult_count = consult_count + 1, version = version + 1, "
                                        "updated_at = ? WHERE id = ?"),
                         { m_db.nowStamp(), contactId }, "consult count"));
    return {};
}

Result<bool> ConsultStore::hasAnsweredConsult(qint64 contactId, qint64 expertId)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("SELECT 1 FROM consults WHERE contact_id = ? AND expert_user_id = ? "
                                               "AND state IN ('active', 'ended') LIMIT 1"),
                                { contactId, expertId }, "answered consult"));
    return q.next();
}

Result<bool> ConsultStore::mayRead(qint64 consultId, qint64 userId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT 1 FROM consults c JOIN contacts k ON k.id = c.contact_id WHERE c.id = ? AND ("
        " c.requester_user_id = ? OR c.expert_user_id = ? OR k.owner_user_id = ?"
        " OR EXISTS (SELECT 1 FROM consult_offers o WHERE o.consult_id = c.id AND o.user_id = ?)"
        " OR EXISTS (SELECT 1 FROM contact_participants p WHERE p.contact_id = c.contact_id AND p.user_id = ?))"));
    q.addBindValue(consultId);
    for (int i = 0; i < 5; ++i)
        q.addBindValue(userId);
    if (!q.exec())
        return sqlError(q, "consult access");
    return q.next();
}

Result<QJsonObject> ConsultStore::addMessage(qint64 consultId, qint64 authorId, const QString &body)
{
    const QString at = m_db.nowStamp();
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral(
                       "INSERT INTO consult_messages(consult_id, author_user_id, body, sent_at) VALUES (?, ?, ?, ?)"),
                   { consultId, authorId, body, at }, "insert consult message"));
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery u = m_db.prepare(QStringLiteral("SELECT id, login, display_name FROM users WHERE id = ?"));
    u.addBindValue(authorId);
    if (!u.exec() || !u.next())
        return sqlError(u, "message author");
    return domain::ConsultMessage { id, personAt(u, 0).value_or(domain::Person {}), body, at, {}, {} }.toJson();
}

Result<int> ConsultStore::markReceipt(qint64 consultId, qint64 recipient, qint64 upTo, bool read)
{
    const QString at = m_db.nowStamp();
    QSqlQuery q = m_db.prepare(
        read ? QStringLiteral("UPDATE consult_messages SET read_at = ?, delivered_at = COALESCE(delivered_at, ?) "
                              "WHERE consult_id = ? AND author_user_id <> ? AND id <= ? AND read_at IS NULL")
             : QStringLiteral("UPDATE consult_messages SET delivered_at = ? "
                              "WHERE consult_id = ? AND author_user_id <> ? AND id <= ? AND delivered_at IS NULL"));
    q.addBindValue(at);
    if (read)
        q.addBindValue(at);
    if (!execWith(q, { consultId, recipient, upTo }))
        return sqlError(q, "consult receipt");
    return q.numRowsAffected();
}

Result<void> ConsultStore::setNotes(qint64 contactId, const QString &notes)
{
    SPOCS_TRY(
        m_db.query(QStringLiteral("UPDATE contacts SET notes = ?, version = version + 1, updated_at = ? WHERE id = ?"),
                   { notes, m_db.nowStamp(), contactId }, "contact notes"));
    return {};
}

Result<void> ConsultStore::handOver(qint64 contactId, qint64 toUser)
{
    SPOCS_TRY(m_db.query(QStringLiteral("UPDATE contacts SET owner_user_id = ?, transfer_count = transfer_count "
                                        "+ 1, version = version + 1, updated_at = ? WHERE id = ?"),
                         { toUser, m_db.nowStamp(), contactId }, "hand over contact"));
    return {};
}

Result<void> ConsultStore::forward(qint64 contactId, const Forwarding &forwarding)
{
    SPOCS_TRY(
        m_db.query(QStringLiteral("INSERT OR IGNORE INTO contact_contact_reasons(contact_id, reason_id) VALUES (?, ?)"),
                   { contactId, forwarding.reasonId }, "forward reason"));
    SPOCS_TRY(m_db.query(
        QStringLiteral("UPDATE contacts SET forwarded = 1, owner_user_id = NULL, offered_user_id = NULL, queue = ?, "
                       "preferred_user_id = ?, updated_at = ? WHERE id = ?"),
        { forwarding.queue, nullableId(forwarding.preferred), m_db.nowStamp(), contactId }, "forward contact"));
    return {};
}

Result<bool> ConsultStore::isParticipant(qint64 contactId, qint64 userId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(
            QStringLiteral(
                "SELECT 1 FROM contact_participants WHERE contact_id = ? AND user_id = ? AND left_at IS NULL LIMIT 1"),
            { contactId, userId }, "is participant"));
    return q.next();
}

Result<int> ConsultStore::leave(qint64 contactId, qint64 userId, const QStringList &roles)
{
    QString sql = QStringLiteral(
        "UPDATE contact_participants SET left_at = ? WHERE contact_id = ? AND user_id = ? AND left_at IS NULL");
    if (!roles.isEmpty()) {
        QStringList quoted;
        for (const QString &role : roles)
            quoted << QStringLiteral("'%1'").arg(role); // our own constants, never user input
        sql += QStringLiteral(" AND role IN (%1)").arg(quoted.join(QLatin1Char(',')));
    }
    SPOCS_TRY_ASSIGN(QSqlQuery q, m_db.query(sql, { m_db.nowStamp(), contactId, userId }, "leave contact"));
    return q.numRowsAffected();
}

Result<std::optional<ConsultStore::Transfer>> ConsultStore::findTransfer(qint64 transferId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral(
                       "SELECT contact_id, from_user_id, to_user_id, kind, state FROM contact_transfers WHERE id = ?"),
                   { transferId }, "find transfer"));
    if (!q.next())
        return std::optional<Transfer> {};
    Transfer t;
    t.id = transferId;
    t.contactId = q.value(0).toLongLong();
    t.from = q.value(1).toLongLong();
    t.to = optionalId(q.value(2));
    t.kind = q.value(3).toString();
    t.state = q.value(4).toString();
    return std::optional<Transfer>(t);
}

Result<std::optional<qint64>> ConsultStore::openTransfer(qint64 contactId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(
            QStringLiteral("SELECT id FROM contact_transfers WHERE contact_id = ? AND state = 'offered' LIMIT 1"),
            { contactId }, "open transfer"));
    if (!q.next())
        return std::optional<qint64> {};
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<qint64> ConsultStore::createTransfer(qint64 contactId, qint64 from, std::optional<qint64> to,
                                            const QString &toSkill, const QString &kind, const QString &note,
                                            const QString &state)
{
    const QString at = m_db.nowStamp();
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO contact_transfers(contact_id, from_user_id, to_user_id, to_skill, kind, note, "
                       "state, created_at, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(contactId);
    q.addBindValue(from);
    q.addBindValue(nullableId(to));
    q.addBindValue(nullableText(toSkill));
    q.addBindValue(kind);
    // The note is optional on the wire but NOT NULL in the table: a missing note is an empty one.
    if (!execWith(q,
                  { note.isNull() ? QStringLiteral("") : note, state, at,
                    state == u"offered" ? QVariant(QMetaType(QMetaType::QString)) : QVariant(at) }))
        return sqlError(q, "insert transfer");
    return q.lastInsertId().toLongLong();
}

Result<void> ConsultStore::setTransfer(qint64 transferId, const QString &state, const QString &declineReason)
{
    SPOCS_TRY(m_db.query(
        QStringLiteral("UPDATE contact_transfers SET state = ?, decline_reason = ?, answered_at = ? WHERE id = ?"),
        { state, nullableText(declineReason), m_db.nowStamp(), transferId }, "update transfer"));
    return {};
}

Result<QJsonObject> ConsultStore::transferJson(qint64 transferId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(
            QStringLiteral(
                "SELECT t.id, t.contact_id, f.id, f.login, f.display_name, o.id, o.login, o.display_name, t.to_skill, "
                "t.kind, t.note, t.state, t.decline_reason, t.created_at, t.answered_at FROM contact_transfers t "
                "JOIN users f ON f.id = t.from_user_id LEFT JOIN users o ON o.id = t.to_user_id WHERE t.id = ?"),
            { transferId }, "get transfer"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no transfer %1").arg(transferId),
                         QJsonObject { { QStringLiteral("id"), transferId } });
    domain::Transfer transfer;
    transfer.id = transferId;
    transfer.contact = q.value(1).toLongLong();
    transfer.from = personAt(q, 2).value_or(domain::Person {});
    transfer.to = personAt(q, 5);
    transfer.toQueue = optText(q, 8);
    domain::fromWireName(q.value(9).toString(), &transfer.kind);
    transfer.note = q.value(10).toString();
    domain::fromWireName(q.value(11).toString(), &transfer.state);
    transfer.declineReason = optText(q, 12);
    transfer.createdAt = q.value(13).toString();
    transfer.answeredAt = optText(q, 14);
    return transfer.toJson();
}

Result<QList<qint64>> ConsultStore::offeredTransfers()
{
    return m_db.ids(QStringLiteral("SELECT id FROM contact_transfers WHERE state = 'offered' ORDER BY id"), {},
                    "offered transfers");
}

} // namespace spocs
