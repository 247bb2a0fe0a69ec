#include "coordinator/contacts/ContactStore.h"

#include "coordinator/contacts/ContactRecords.h"
#include "coordinator/storage/Database.h"
#include "coordinator/storage/SqlValues.h"
#include "core/Try.h"

#include <QSqlQuery>
#include <QVariant>

namespace spocs {
namespace {

using namespace sqlvalues;

// {csat?, nps?, comment, recordedAt} from columns csat, nps, comment, recorded_at.
domain::Survey surveyAt(const QSqlQuery &q, int column)
{
    const auto optInt = [&](int c) {
        return q.value(c).isNull() ? std::nullopt : std::optional<int>(q.value(c).toInt());
    };
    return domain::Survey { optInt(column), optInt(column + 1), q.value(column + 2).toString(),
                            q.value(column + 3).toString() };
}

Error notFound(qint64 id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("no contact %1").arg(id),
                     QJsonObject { { QStringLiteral("id"), id } });
}

} // namespace

ContactStore::ContactStore(Database &db)
    : m_db(db)
{ }

Result<qint64> ContactStore::customerRowId(const QString &customerId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery c,
        m_db.query(QStringLiteral("SELECT id FROM customers WHERE public_id = ?"), { customerId }, "find customer"));
    if (!c.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no customer %1").arg(customerId.left(32)),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("customer") } });
    return c.value(0).toLongLong();
}

Result<void> ContactStore::started(qint64 id, const QString &state, const QString &at, std::optional<qint64> byUser,
                                   const QString &reason)
{
    SPOCS_TRY(m_db.query(
        QStringLiteral("INSERT INTO contact_transitions(contact_id, state, at, user_id) VALUES (?, ?, ?, ?)"),
        { id, state, at, nullableId(byUser) }, "insert transition"));
    SPOCS_TRY(addParticipant(id, std::nullopt, QStringLiteral("customer")));
    if (!reason.isEmpty()) {
        SPOCS_TRY(m_db.query(QStringLiteral("INSERT INTO contact_contact_reasons(contact_id, reason_id) "
                                            "SELECT ?, id FROM contact_reasons WHERE code = ?"),
                             { id, reason }, "initial reason"));
    }
    return {};
}

Result<qint64> ContactStore::create(const QString &channel, const QString &customerId, std::optional<qint64> byUser,
                                    const QString &queue, const QString &reason)
{
    SPOCS_TRY_LET(customer, customerRowId(customerId));
    const QString at = m_db.nowStamp();
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral("INSERT INTO contacts(channel, customer_id, state, queue, created_at, updated_at) "
                                  "VALUES (?, ?, 'queued', ?, ?, ?)"),
                   { channel, *customer, queue, at, at }, "insert contact"));
    const qint64 id = q.lastInsertId().toLongLong();
    SPOCS_TRY(started(id, QStringLiteral("queued"), at, byUser, reason));
    // Who must not wait: VIPs, customers at risk, and reasons that need an immediate answer.
    SPOCS_TRY(m_db.query(
        QStringLiteral(
            "UPDATE contacts SET priority = "
            " 2 * EXISTS (SELECT 1 FROM customer_flags f WHERE f.customer_id = contacts.customer_id AND f.flag = "
            "'vip') "
            " + EXISTS (SELECT 1 FROM customer_flags f WHERE f.customer_id = contacts.customer_id AND f.flag = "
            "'at_risk') "
            " + EXISTS (SELECT 1 FROM contact_contact_reasons cr JOIN contact_reasons r ON r.id = cr.reason_id "
            "           WHERE cr.contact_id = contacts.id AND r.demand_class = 'b') "
            "WHERE id = ?"),
        { id }, "contact priority"));
    return id;
}

Result<qint64> ContactStore::createOutbound(const Outbound &outbound)
{
    SPOCS_TRY_LET(customer, customerRowId(outbound.customerId));
    // In hand from the start: answered as it begins, so handling time counts and no wait does.
    const QString at = m_db.nowStamp();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO contacts(channel, customer_id, state, queue, created_at, updated_at, direction, owner_user_id, "
        "answered_at, notes, follow_up_of) VALUES (?, ?, 'active', ?, ?, ?, 'outbound', ?, ?, ?, ?)"));
    if (!execWith(q,
                  { outbound.channel, *customer, outbound.queue, at, at, outbound.owner, at,
                    outbound.note.isNull() ? QStringLiteral("") : outbound.note, nullableId(outbound.followUpOf) }))
        return sqlError(q, "insert outbound contact");
    const qint64 id = q.lastInsertId().toLongLong();
    SPOCS_TRY(started(id, QStringLiteral("active"), at, outbound.owner, outbound.reason));
    SPOCS_TRY(addParticipant(id, outbound.owner, QStringLiteral("owner")));
    return id;
}

Result<QJsonObject> ContactStore::json(qint64 id)
{
    SPOCS_TRY_LET(c, contact(id));
    return c->toJson();
}

QJsonObject ContactStore::summary(QJsonObject contact)
{
    contact.remove(QStringLiteral("notes"));
    contact.remove(QStringLiteral("tasks"));
    if (contact.contains(QStringLiteral("followUp"))) {
        QJsonObject followUp = contact.value(QStringLiteral("followUp")).toObject();
        followUp.remove(QStringLiteral("updates"));
        contact.insert(QStringLiteral("followUp"), followUp);
    }
    if (contact.contains(QStringLiteral("survey"))) {
        QJsonObject survey = contact.value(QStringLiteral("survey")).toObject();
        survey.remove(QStringLiteral("comment"));
        contact.insert(QStringLiteral("survey"), survey);
    }
    return contact;
}

Result<domain::Contact> ContactStore::contact(qint64 id)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(
            QStringLiteral(
                "SELECT k.id, k.channel, k.state, k.version, k.created_at, k.updated_at, k.closed_at, k.outcome, "
                "k.follow_up_due, cu.public_id, cu.name, o.id, o.login, o.display_name, f.id, f.login, f.display_name, "
                "p.id, p.login, p.display_name, k.queue, k.notes, k.answered_at, k.abandoned, k.forwarded, "
                "k.transfer_count, k.consult_count, k.follow_up_done_at, k.priority, k.direction, k.follow_up_of, "
                "k.linked_contact_id, k.channel = 'chat' OR EXISTS (SELECT 1 FROM contact_messages m WHERE "
                "m.contact_id = k.id AND m.source_key LIKE 'web:<%@web.spocs>') "
                "FROM contacts k JOIN customers cu ON cu.id = k.customer_id "
                "LEFT JOIN users o ON o.id = k.owner_user_id LEFT JOIN users f ON f.id = k.follow_up_owner_user_id "
                "LEFT JOIN users p ON p.id = k.offered_user_id WHERE k.id = ?"),
            { id }, "get contact"));
    if (!q.next())
        return notFound(id);
    domain::Contact contact;
    contact.id = id;
    contact.channel = q.value(1).toString();
    domain::fromWireName(q.value(2).toString(), &contact.state);
    contact.version = q.value(3).toLongLong();
    contact.createdAt = q.value(4).toString();
    contact.updatedAt = q.value(5).toString();
    contact.customer = domain::CustomerRef { q.value(9).toString(), q.value(10).toString() };
    contact.owner = personAt(q, 11);
    contact.offeredTo = personAt(q, 17);
    contact.queue = q.value(20).toString();
    contact.notes = q.value(21).toString();
    contact.abandoned = q.value(23).toBool();
    contact.forwarded = q.value(24).toBool();
    contact.transferCount = q.value(25).toLongLong();
    contact.consultCount = q.value(26).toLongLong();
    contact.priority = q.value(28).toLongLong();
    domain::fromWireName(q.value(29).toString(), &contact.direction);
    if (!q.value(30).isNull())
        contact.followUpOf = q.value(30).toLongLong();
    if (!q.value(31).isNull())
        contact.continues = q.value(31).toLongLong();
    contact.identityTyped = q.value(32).toBool();
    contact.closedAt = optText(q, 6);
    if (!q.value(7).isNull())
        contact.outcome = domain::fromWireName<domain::ContactOutcome>(q.value(7).toString());
    contact.answeredAt = optText(q, 22);
    if (!q.value(8).isNull()) {
        SPOCS_TRY_LET(updates, contactrecords::followUpUpdates(m_db, id));
        contact.followUp
            = domain::ContactFollowUp { q.value(8).toString(), personAt(q, 14), optText(q, 27), updates.value() };
    }

    SPOCS_TRY_ASSIGN(
        QSqlQuery pq,
        m_db.query(QStringLiteral("SELECT cp.id, cp.role, cp.joined_at, cp.left_at, us.id, us.login, us.display_name "
                                  "FROM contact_participants cp LEFT JOIN users us ON us.id = cp.user_id "
                                  "WHERE cp.contact_id = ? ORDER BY cp.id"),
                   { id }, "contact participants"));
    while (pq.next()) {
        domain::Participant participant {
            pq.value(0).toLongLong(), personAt(pq, 4), {}, pq.value(2).toString(), optText(pq, 3)
        };
        domain::fromWireName(pq.value(1).toString(), &participant.role);
        contact.participants.append(participant);
    }

    SPOCS_TRY_ASSIGN(
        QSqlQuery sv,
        m_db.query(QStringLiteral("SELECT csat, nps, comment, recorded_at FROM surveys WHERE contact_id = ?"), { id },
                   "contact survey"));
    if (sv.next())
        contact.survey = surveyAt(sv, 0);

    SPOCS_TRY_LET(tasks, contactrecords::tasks(m_db, id, true));
    contact.tasks = tasks.value();

    SPOCS_TRY_ASSIGN(
        QSqlQuery s,
        m_db.query(QStringLiteral("SELECT state, at FROM contact_transitions WHERE contact_id = ? ORDER BY id"), { id },
                   "get contact transitions"));
    while (s.next()) {
        domain::Transition transition { {}, s.value(1).toString() };
        domain::fromWireName(s.value(0).toString(), &transition.state);
        contact.transitions.append(transition);
    }

    SPOCS_TRY_LET(reasons, contactrecords::reasonCodes(m_db, id));
    contact.reasons = reasons.value();
    return contact;
}

namespace {

const QString kRoutingColumns
    = QStringLiteral("SELECT k.id, k.channel, k.state, cu.public_id, cu.owner_user_id, cu.backup_user_id, "
                     "k.offered_user_id, k.queue, k.preferred_user_id, k.forwarded "
                     "FROM contacts k JOIN customers cu ON cu.id = k.customer_id ");

ContactStore::Routing routingAt(const QSqlQuery &q)
{
    ContactStore::Routing r;
    r.id = q.value(0).toLongLong();
    r.channel = q.value(1).toString();
    r.state = q.value(2).toString();
    r.customerId = q.value(3).toString();
    r.owner = optionalId(q.value(4));
    r.backup = optionalId(q.value(5));
    r.offeredTo = optionalId(q.value(6));
    r.queue = q.value(7).toString();
    r.preferred = optionalId(q.value(8));
    r.forwarded = q.value(9).toBool();
    return r;
}

} // namespace

Result<ContactStore::Routing> ContactStore::routing(qint64 id, int caseOwnerDays)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(kRoutingColumns + QStringLiteral("WHERE k.id = ?"), { id }, "contact routing"));
    if (!q.next())
        return notFound(id);
    Routing r = routingAt(q);
    if (caseOwnerDays >= 0) {
        q.finish();
        SPOCS_TRY_LET(owner, caseOwner(id, caseOwnerDays));
        r.caseOwner = owner.value();
    }
    return r;
}

Result<QList<ContactStore::Routing>> ContactStore::queuedRouting()
{
    QSqlQuery q
        = m_db.prepare(kRoutingColumns + QStringLiteral("WHERE k.state = 'queued' ORDER BY k.priority DESC, k.id"));
    if (!q.exec())
        return sqlError(q, "queued contacts' routing");
    QList<Routing> out;
    while (q.next())
        out.append(routingAt(q));
    return out;
}

Result<std::optional<qint64>> ContactStore::caseOwner(qint64 contactId, int days)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral(
                       "WITH me AS (SELECT id, customer_id FROM contacts WHERE id = ?) "
                       "SELECT u FROM ("
                       " SELECT f.follow_up_owner_user_id AS u, 0 AS rank, f.follow_up_due AS k FROM contacts f, me "
                       " WHERE f.customer_id = me.customer_id AND f.id <> me.id AND f.outcome = 'follow_up' "
                       " AND f.follow_up_done_at IS NULL AND f.follow_up_owner_user_id IS NOT NULL "
                       " UNION ALL "
                       " SELECT c.owner_user_id, 1, c.closed_at FROM contacts c, me "
                       " WHERE c.customer_id = me.customer_id AND c.id <> me.id AND c.state = 'closed' "
                       " AND c.owner_user_id IS NOT NULL AND c.closed_at >= ?) "
                       // Follow-ups first, the one due first; then the latest closed contact.
                       "ORDER BY rank, CASE WHEN rank = 0 THEN k END ASC, k DESC LIMIT 1"),
                   { contactId, m_db.now().addDays(-days).toString(Qt::ISODateWithMs) }, "case owner"));
    if (!q.next())
        return std::optional<qint64> {};
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<QString> ContactStore::defaultFollowUpDue(qint64 contactId)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("SELECT cu.expected_response_hours FROM contacts k "
                                               "JOIN customers cu ON cu.id = k.customer_id WHERE k.id = ?"),
                                { contactId }, "expected response time"));
    if (!q.next())
        return notFound(contactId);
    return m_db.now().toUTC().addSecs(q.value(0).toLongLong() * 3600).toString(Qt::ISODateWithMs);
}

Result<QSet<QString>> ContactStore::customersWithCaseOwnerAmong(const QSet<qint64> &users, int days)
{
    QSet<QString> out;
    if (users.isEmpty())
        return out;
    QStringList marks;
    QVariantList values;
    for (qint64 user : users) {
        marks << QStringLiteral("?");
        values << user;
    }
    const QString in = marks.join(u',');
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT DISTINCT cu.public_id FROM contacts c JOIN customers cu ON cu.id = c.customer_id "
                       "WHERE (c.outcome = 'follow_up' AND c.follow_up_done_at IS NULL "
                       "       AND c.follow_up_owner_user_id IN (%1)) "
                       "   OR (c.owner_user_id IN (%1) AND c.state = 'closed' AND c.closed_at >= ?)")
            .arg(in));
    // The ids appear twice in the statement: bind them in the order of the marks.
    QVariantList bound = values;
    bound << values << m_db.now().addDays(-days).toString(Qt::ISODateWithMs);
    if (!execWith(q, bound))
        return sqlError(q, "case owners among free people");
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

Result<void> ContactStore::transition(qint64 id, const QString &state, std::optional<qint64> byUser,
                                      const QString &when)
{
    const QString at = when.isEmpty() ? m_db.nowStamp() : when;
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("UPDATE contacts SET state = ?, updated_at = ?, version = version + 1, "
                                               "closed_at = CASE WHEN ? = 'closed' THEN ? ELSE closed_at END "
                                               "WHERE id = ?"),
                                { state, at, state, at, id }, "contact state"));
    if (q.numRowsAffected() == 0)
        return notFound(id);
    SPOCS_TRY(m_db.query(
        QStringLiteral("INSERT INTO contact_transitions(contact_id, state, at, user_id) VALUES (?, ?, ?, ?)"),
        { id, state, at, byUser ? QVariant(*byUser) : QVariant(QMetaType(QMetaType::LongLong)) }, "insert transition"));
    return {};
}

Result<void> ContactStore::setOffered(qint64 id, std::optional<qint64> userId)
{
    SPOCS_TRY(m_db.query(QStringLiteral("UPDATE contacts SET offered_user_id = ? WHERE id = ?"),
                         { userId ? QVariant(*userId) : QVariant(QMetaType(QMetaType::LongLong)), id },
                         "contact offer"));
    return {};
}

Result<void> ContactStore::setOwner(qint64 id, qint64 userId)
{
    SPOCS_TRY(m_db.query(QStringLiteral("UPDATE contacts SET owner_user_id = ? WHERE id = ?"), { userId, id },
                         "contact owner"));
    return {};
}

Result<void> ContactStore::accept(qint64 id, qint64 userId, const QString &at)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral(
                       "UPDATE contacts SET owner_user_id = ?, answered_at = COALESCE(answered_at, ?) WHERE id = ?"),
                   { userId, at, id }, "accept contact"));
    if (q.numRowsAffected() == 0)
        return notFound(id);
    SPOCS_TRY(addParticipant(id, userId, QStringLiteral("owner")));
    return {};
}

Result<void> ContactStore::abandon(qint64 id, std::optional<qint64> byUser)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral("UPDATE contacts SET abandoned = 1, offered_user_id = NULL, preferred_user_id = NULL "
                                  "WHERE id = ? AND state IN ('queued', 'offered')"),
                   { id }, "abandon contact"));
    if (q.numRowsAffected() == 0) {
        SPOCS_TRY(routing(id));
        return makeError(ErrorCode::InvalidState,
                         QStringLiteral("contact %1 is no longer waiting; only a queued or offered contact can be "
                                        "abandoned")
                             .arg(id));
    }
    SPOCS_TRY(leaveAll(id));
    return transition(id, QStringLiteral("closed"), byUser);
}

Result<void> ContactStore::requeue(qint64 id, qint64 owner)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("UPDATE contacts SET owner_user_id = NULL, offered_user_id = NULL, "
                                               "preferred_user_id = NULL WHERE id = ? AND state = 'active'"),
                                { id }, "requeue contact"));
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::InvalidState, QStringLiteral("contact %1 is not active").arg(id));
    SPOCS_TRY(m_db.query(QStringLiteral("UPDATE contact_participants SET left_at = ? WHERE contact_id = ? AND "
                                        "user_id = ? AND left_at IS NULL"),
                         { m_db.nowStamp(), id, owner }, "owner leaves"));
    return transition(id, QStringLiteral("queued"), std::nullopt);
}

Result<void> ContactStore::reopen(qint64 id, std::optional<qint64> preferred)
{
    // Waiting again, it is nobody's until someone accepts it (as after a forward): whoever had it is
    // only the preferred person, and their handling stays in the transitions and the history.
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral("UPDATE contacts SET state = 'queued', closed_at = NULL, "
                                  "owner_user_id = NULL, offered_user_id = NULL, preferred_user_id = ?, "
                                  "updated_at = ?, version = version + 1 WHERE id = ? AND state = 'closed'"),
                   { nullableId(preferred), m_db.nowStamp(), id }, "reopen contact"));
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::InvalidState, QStringLiteral("contact %1 is not closed").arg(id));
    SPOCS_TRY(m_db.query(
        QStringLiteral("INSERT INTO contact_transitions(contact_id, state, at, user_id) VALUES (?, 'queued', ?, NULL)"),
        { id, m_db.nowStamp() }, "insert transition"));
    return {};
}

Result<void> ContactStore::setPreferred(qint64 id, std::optional<qint64> userId)
{
    SPOCS_TRY(m_db.query(QStringLiteral("UPDATE contacts SET preferred_user_id = ? WHERE id = ?"),
                         { nullableId(userId), id }, "contact preferred user"));
    return {};
}

Result<qint64> ContactStore::addParticipant(qint64 id, std::optional<qint64> userId, const QString &role)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral(
                       "INSERT INTO contact_participants(contact_id, user_id, role, joined_at) VALUES (?, ?, ?, ?)"),
                   { id, nullableId(userId), role, m_db.nowStamp() }, "add participant"));
    return q.lastInsertId().toLongLong();
}

Result<void> ContactStore::leaveAll(qint64 id)
{
    SPOCS_TRY(m_db.query(
        QStringLiteral("UPDATE contact_participants SET left_at = ? WHERE contact_id = ? AND left_at IS NULL"),
        { m_db.nowStamp(), id }, "leave participants"));
    return {};
}

Result<qint64> ContactStore::addTask(qint64 id, const QString &kind)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral("INSERT INTO contact_tasks(contact_id, kind, created_at) VALUES (?, ?, ?)"),
                   { id, kind, m_db.nowStamp() }, "insert task"));
    const qint64 taskId = q.lastInsertId().toLongLong();
    SPOCS_TRY(m_db.query(QStringLiteral("UPDATE contacts SET version = version + 1, updated_at = ? WHERE id = ?"),
                         { m_db.nowStamp(), id }, "bump contact"));
    return taskId;
}

Result<void> ContactStore::resolveTask(qint64 id, qint64 taskId)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("UPDATE contact_tasks SET resolved = 1, resolved_at = ? WHERE id = ? "
                                               "AND contact_id = ? AND resolved = 0"),
                                { m_db.nowStamp(), taskId, id }, "resolve task"));
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no open task %1 on contact %2").arg(taskId).arg(id),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("task") } });
    SPOCS_TRY(m_db.query(QStringLiteral("UPDATE contacts SET version = version + 1, updated_at = ? WHERE id = ?"),
                         { m_db.nowStamp(), id }, "bump contact"));
    return {};
}

Result<void> ContactStore::close(qint64 id, const Closing &closing, qint64 byUser)
{
    QList<qint64> reasonIds;
    bool forwardOnly = false;
    for (const QString &code : closing.reasons) {
        SPOCS_TRY_ASSIGN(
            QSqlQuery r,
            m_db.query(QStringLiteral("SELECT id, forward_only, archived FROM contact_reasons WHERE code = ?"),
                       { code }, "find reason"));
        if (!r.next())
            return makeError(ErrorCode::BadRequest, QStringLiteral("unknown reason %1").arg(code.left(64)),
                             QJsonObject { { QStringLiteral("field"), QStringLiteral("reasons") } });
        if (r.value(2).toBool())
            return makeError(ErrorCode::BadRequest, QStringLiteral("reason %1 is archived").arg(code.left(64)),
                             QJsonObject { { QStringLiteral("field"), QStringLiteral("reasons") } });
        if (!reasonIds.contains(r.value(0).toLongLong()))
            reasonIds.append(r.value(0).toLongLong());
        forwardOnly = forwardOnly || r.value(1).toBool();
    }
    if (forwardOnly && closing.outcome == u"resolved")
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("a forward-only reason cannot be resolved here; close with follow_up"),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("outcome") } });
    // Each close makes its own promise: a follow-up done or warned about before a reopen says
    // nothing about the one given now.
    // NULL keeps the notes; an empty text from the wire can be a null QString, which binds as NULL.
    const QVariant notes = !closing.notes ? QVariant(QMetaType(QMetaType::QString))
        : closing.notes->isNull()         ? QVariant(QStringLiteral(""))
                                          : QVariant(*closing.notes);
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE contacts SET outcome = ?, follow_up_due = ?, follow_up_owner_user_id = ?, "
        "follow_up_done_at = NULL, follow_up_warned_at = NULL, notes = COALESCE(?, notes) WHERE id = ?"));
    q.addBindValue(closing.outcome);
    q.addBindValue(closing.followUpDue.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                 : QVariant(closing.followUpDue));
    if (!execWith(q,
                  { closing.followUpOwner ? QVariant(*closing.followUpOwner) : QVariant(QMetaType(QMetaType::LongLong)),
                    notes, id }))
        return sqlError(q, "close contact");
    for (qint64 reasonId : reasonIds) {
        SPOCS_TRY(m_db.query(
            QStringLiteral("INSERT OR IGNORE INTO contact_contact_reasons(contact_id, reason_id) VALUES (?, ?)"),
            { id, reasonId }, "contact reason"));
    }
    // Wrap-up and closing are both recorded so handling times can be measured later.
    SPOCS_TRY(transition(id, QStringLiteral("after_contact_work"), byUser));
    SPOCS_TRY(leaveAll(id));
    return transition(id, QStringLiteral("closed"), byUser);
}

Result<QList<qint64>> ContactStore::queued()
{
    return m_db.ids(QStringLiteral("SELECT id FROM contacts WHERE state = 'queued' ORDER BY id"), {},
                    "queued contacts");
}

Result<QList<qint64>> ContactStore::requeueStaleOffers()
{
    SPOCS_TRY_LET(ids, m_db.ids(QStringLiteral("SELECT id FROM contacts WHERE state = 'offered'"), {}, "stale offers"));
    for (qint64 id : *ids) {
        SPOCS_TRY(setOffered(id, std::nullopt));
        SPOCS_TRY(transition(id, QStringLiteral("queued"), std::nullopt));
    }
    return ids;
}

Result<QHash<qint64, ContactStore::Load>> ContactStore::loads()
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT u, channel, count(*) FROM ("
        " SELECT CASE WHEN state = 'offered' THEN offered_user_id ELSE owner_user_id END AS u, channel "
        " FROM contacts WHERE state IN ('offered', 'active') "
        // An open transfer offer reserves its target.
        " UNION ALL SELECT t.to_user_id, k.channel FROM contact_transfers t JOIN contacts k ON k.id = t.contact_id "
        " WHERE t.state = 'offered' AND t.to_user_id IS NOT NULL "
        // Someone conferenced in (an expert, the former owner after a warm transfer) is on that contact too.
        " UNION ALL SELECT p.user_id, k.channel FROM contact_participants p JOIN contacts k ON k.id = p.contact_id "
        " WHERE k.state = 'active' AND p.left_at IS NULL AND p.role IN ('expert', 'agent') "
        " AND p.user_id IS NOT k.owner_user_id) GROUP BY u, channel"));
    if (!q.exec())
        return sqlError(q, "contact loads");
    QHash<qint64, Load> loads;
    while (q.next()) {
        Load &l = loads[q.value(0).toLongLong()];
        if (q.value(1).toString() == u"phone")
            l.voice += q.value(2).toInt();
        else
            l.text += q.value(2).toInt();
    }
    return loads;
}

Result<int> ContactStore::activeCount(qint64 userId)
{
    QSqlQuery q
        = m_db.prepare(QStringLiteral("SELECT count(*) FROM contacts WHERE owner_user_id = ? AND state = 'active'"));
    q.addBindValue(userId);
    if (!q.exec() || !q.next())
        return sqlError(q, "active contacts");
    return q.value(0).toInt();
}

Result<QList<qint64>> ContactStore::activeOf(qint64 userId)
{
    return m_db.ids(QStringLiteral("SELECT id FROM contacts WHERE owner_user_id = ? AND state = 'active' ORDER BY id"),
                    { userId }, "own contacts");
}

Result<QList<domain::OpenContact>> ContactStore::openContacts(const QString &customerId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(
            QStringLiteral(
                "SELECT k.id, k.channel, k.state, k.created_at, o.id, o.login, o.display_name, r.label, r.code "
                "FROM contacts k JOIN customers cu ON cu.id = k.customer_id LEFT JOIN users o ON o.id = "
                "k.owner_user_id "
                "LEFT JOIN contact_reasons r ON r.id = (SELECT min(cr.reason_id) FROM contact_contact_reasons cr "
                " WHERE cr.contact_id = k.id) "
                "WHERE cu.public_id = ? AND k.state <> 'closed' ORDER BY k.id DESC LIMIT 50"),
            { customerId }, "open contacts"));
    QList<domain::OpenContact> out;
    while (q.next()) {
        domain::OpenContact open;
        open.id = q.value(0).toLongLong();
        open.channel = q.value(1).toString();
        open.reason = q.value(7).toString();
        open.reasonCode = q.value(8).toString();
        domain::fromWireName(q.value(2).toString(), &open.status);
        open.owner = personAt(q, 4);
        open.since = q.value(3).toString();
        out.append(open);
    }
    return out;
}

Result<QList<domain::ClosedContact>> ContactStore::closedContacts(qint64 customerRowId, const QDateTime &since,
                                                                  int limit)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral(
                       "SELECT k.id, k.channel, o.id, o.login, o.display_name, k.outcome, k.abandoned, k.forwarded, "
                       "k.transfer_count, k.consult_count, k.follow_up_due, k.created_at, k.closed_at, "
                       // One query for the whole list; reason codes never contain a space.
                       "(SELECT group_concat(code, ' ') FROM (SELECT r.code FROM contact_contact_reasons cr "
                       " JOIN contact_reasons r ON r.id = cr.reason_id WHERE cr.contact_id = k.id ORDER BY r.code)) "
                       "FROM contacts k LEFT JOIN users o ON o.id = k.owner_user_id "
                       "WHERE k.customer_id = ? AND k.state = 'closed' AND k.closed_at >= ? "
                       "ORDER BY k.closed_at DESC, k.id DESC LIMIT ?"),
                   { customerRowId, since.toString(Qt::ISODateWithMs), limit }, "closed contacts"));
    QList<domain::ClosedContact> out;
    while (q.next()) {
        domain::ClosedContact closed;
        closed.id = q.value(0).toLongLong();
        closed.channel = q.value(1).toString();
        closed.owner = personAt(q, 2);
        if (!q.value(5).isNull())
            closed.outcome = domain::fromWireName<domain::ContactOutcome>(q.value(5).toString());
        closed.abandoned = q.value(6).toBool();
        closed.forwarded = q.value(7).toBool();
        closed.transferCount = q.value(8).toLongLong();
        closed.consultCount = q.value(9).toLongLong();
        closed.followUpDue = optText(q, 10);
        closed.createdAt = q.value(11).toString();
        closed.closedAt = q.value(12).toString();
        closed.reasons = q.value(13).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        out.append(closed);
    }
    return out;
}

} // namespace spocs
