#include "coordinator/contacts/ContactStore.h"

#include "coordinator/storage/Database.h"
#include "coordinator/storage/SqlValues.h"

#include <QSqlQuery>
#include <QVariant>

namespace spocs {
namespace {

using namespace sqlvalues;

// {csat?, nps?, comment, recordedAt} from columns csat, nps, comment, recorded_at.
QJsonObject surveyJson(const QSqlQuery &q, int column)
{
    QJsonObject survey { { QStringLiteral("comment"), q.value(column + 2).toString() },
                         { QStringLiteral("recordedAt"), q.value(column + 3).toString() } };
    survey.insert(QStringLiteral("csat"),
                  q.value(column).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(column).toInt()));
    survey.insert(QStringLiteral("nps"),
                  q.value(column + 1).isNull() ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(q.value(column + 1).toInt()));
    return survey;
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

QString ContactStore::now() const
{
    return m_db.now().toString(Qt::ISODateWithMs);
}

const QStringList &ContactStore::taskKinds()
{
    static const QStringList kinds {
        QStringLiteral("availability_price"), QStringLiteral("place_order"),        QStringLiteral("change_order"),
        QStringLiteral("cancel_order"),       QStringLiteral("order_status"),       QStringLiteral("billing_question"),
        QStringLiteral("account_change"),     QStringLiteral("specialist_request"), QStringLiteral("other")
    };
    return kinds;
}

Result<qint64> ContactStore::create(const QString &channel, const QString &customerId, qint64 byUser,
                                    const QString &queue, const QString &reason)
{
    QSqlQuery c = m_db.prepare(QStringLiteral("SELECT id FROM customers WHERE public_id = ?"));
    c.addBindValue(customerId);
    if (!c.exec())
        return sqlError(c, "find customer");
    if (!c.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no customer %1").arg(customerId.left(32)),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("customer") } });
    const QString at = now();
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO contacts(channel, customer_id, state, queue, created_at, updated_at) "
                       "VALUES (?, ?, 'queued', ?, ?, ?)"));
    q.addBindValue(channel);
    q.addBindValue(c.value(0));
    q.addBindValue(queue);
    q.addBindValue(at);
    q.addBindValue(at);
    if (!q.exec())
        return sqlError(q, "insert contact");
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery t = m_db.prepare(
        QStringLiteral("INSERT INTO contact_transitions(contact_id, state, at, user_id) VALUES (?, 'queued', ?, ?)"));
    t.addBindValue(id);
    t.addBindValue(at);
    t.addBindValue(byUser);
    if (!t.exec())
        return sqlError(t, "insert transition");
    if (auto p = addParticipant(id, std::nullopt, QStringLiteral("customer")); !p)
        return p.error();
    if (!reason.isEmpty()) {
        QSqlQuery r = m_db.prepare(QStringLiteral("INSERT INTO contact_contact_reasons(contact_id, reason_id) "
                                                  "SELECT ?, id FROM contact_reasons WHERE code = ?"));
        r.addBindValue(id);
        r.addBindValue(reason);
        if (!r.exec())
            return sqlError(r, "initial reason");
    }
    return id;
}

Result<QJsonObject> ContactStore::json(qint64 id)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT k.id, k.channel, k.state, k.version, k.created_at, k.updated_at, k.closed_at, k.outcome, "
        "k.follow_up_due, cu.public_id, cu.name, o.id, o.login, o.display_name, f.id, f.login, f.display_name, "
        "p.id, p.login, p.display_name, k.queue, k.notes, k.answered_at, k.abandoned, k.forwarded, "
        "k.transfer_count, k.consult_count, k.follow_up_done_at "
        "FROM contacts k JOIN customers cu ON cu.id = k.customer_id "
        "LEFT JOIN users o ON o.id = k.owner_user_id LEFT JOIN users f ON f.id = k.follow_up_owner_user_id "
        "LEFT JOIN users p ON p.id = k.offered_user_id WHERE k.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "get contact");
    if (!q.next())
        return notFound(id);
    QJsonObject contact { { QStringLiteral("id"), id },
                          { QStringLiteral("channel"), q.value(1).toString() },
                          { QStringLiteral("state"), q.value(2).toString() },
                          { QStringLiteral("version"), q.value(3).toLongLong() },
                          { QStringLiteral("createdAt"), q.value(4).toString() },
                          { QStringLiteral("updatedAt"), q.value(5).toString() },
                          { QStringLiteral("customer"),
                            QJsonObject { { QStringLiteral("id"), q.value(9).toString() },
                                          { QStringLiteral("name"), q.value(10).toString() } } },
                          { QStringLiteral("owner"), person(q, 11) },
                          { QStringLiteral("offeredTo"), person(q, 17) },
                          { QStringLiteral("queue"), q.value(20).toString() },
                          { QStringLiteral("notes"), q.value(21).toString() },
                          { QStringLiteral("abandoned"), q.value(23).toBool() },
                          { QStringLiteral("forwarded"), q.value(24).toBool() },
                          { QStringLiteral("transferCount"), q.value(25).toLongLong() },
                          { QStringLiteral("consultCount"), q.value(26).toLongLong() } };
    if (!q.value(6).isNull())
        contact.insert(QStringLiteral("closedAt"), q.value(6).toString());
    if (!q.value(7).isNull())
        contact.insert(QStringLiteral("outcome"), q.value(7).toString());
    if (!q.value(22).isNull())
        contact.insert(QStringLiteral("answeredAt"), q.value(22).toString());
    if (!q.value(8).isNull()) {
        QJsonArray updates;
        QSqlQuery u = m_db.prepare(QStringLiteral("SELECT fu.at, fu.channel, fu.note, us.id, us.login, us.display_name "
                                                  "FROM follow_up_updates fu JOIN users us ON us.id = fu.user_id "
                                                  "WHERE fu.contact_id = ? ORDER BY fu.id"));
        u.addBindValue(id);
        if (!u.exec())
            return sqlError(u, "follow-up updates");
        while (u.next())
            updates.append(QJsonObject { { QStringLiteral("at"), u.value(0).toString() },
                                         { QStringLiteral("by"), person(u, 3) },
                                         { QStringLiteral("channel"), u.value(1).toString() },
                                         { QStringLiteral("note"), u.value(2).toString() } });
        contact.insert(
            QStringLiteral("followUp"),
            QJsonObject { { QStringLiteral("due"), q.value(8).toString() },
                          { QStringLiteral("owner"), person(q, 14) },
                          { QStringLiteral("doneAt"),
                            q.value(27).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(27).toString()) },
                          { QStringLiteral("updates"), updates } });
    }

    QJsonArray participants;
    QSqlQuery pq = m_db.prepare(
        QStringLiteral("SELECT cp.id, cp.role, cp.joined_at, cp.left_at, us.id, us.login, us.display_name "
                       "FROM contact_participants cp LEFT JOIN users us ON us.id = cp.user_id "
                       "WHERE cp.contact_id = ? ORDER BY cp.id"));
    pq.addBindValue(id);
    if (!pq.exec())
        return sqlError(pq, "contact participants");
    while (pq.next())
        participants.append(QJsonObject {
            { QStringLiteral("id"), pq.value(0).toLongLong() },
            { QStringLiteral("user"), person(pq, 4) },
            { QStringLiteral("role"), pq.value(1).toString() },
            { QStringLiteral("joinedAt"), pq.value(2).toString() },
            { QStringLiteral("leftAt"),
              pq.value(3).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(pq.value(3).toString()) } });
    contact.insert(QStringLiteral("participants"), participants);

    QSqlQuery sv
        = m_db.prepare(QStringLiteral("SELECT csat, nps, comment, recorded_at FROM surveys WHERE contact_id = ?"));
    sv.addBindValue(id);
    if (!sv.exec())
        return sqlError(sv, "contact survey");
    if (sv.next())
        contact.insert(QStringLiteral("survey"), surveyJson(sv, 0));

    QJsonArray tasks;
    QSqlQuery t = m_db.prepare(
        QStringLiteral("SELECT id, kind, resolved, created_at FROM contact_tasks WHERE contact_id = ? ORDER BY id"));
    t.addBindValue(id);
    if (!t.exec())
        return sqlError(t, "get contact tasks");
    while (t.next())
        tasks.append(QJsonObject { { QStringLiteral("id"), t.value(0).toLongLong() },
                                   { QStringLiteral("kind"), t.value(1).toString() },
                                   { QStringLiteral("resolved"), t.value(2).toBool() },
                                   { QStringLiteral("createdAt"), t.value(3).toString() } });
    contact.insert(QStringLiteral("tasks"), tasks);

    QJsonArray transitions;
    QSqlQuery s
        = m_db.prepare(QStringLiteral("SELECT state, at FROM contact_transitions WHERE contact_id = ? ORDER BY id"));
    s.addBindValue(id);
    if (!s.exec())
        return sqlError(s, "get contact transitions");
    while (s.next())
        transitions.append(QJsonObject { { QStringLiteral("state"), s.value(0).toString() },
                                         { QStringLiteral("at"), s.value(1).toString() } });
    contact.insert(QStringLiteral("transitions"), transitions);

    QJsonArray reasons;
    QSqlQuery r = m_db.prepare(QStringLiteral("SELECT r.code FROM contact_contact_reasons cr JOIN contact_reasons r "
                                              "ON r.id = cr.reason_id WHERE cr.contact_id = ? ORDER BY r.code"));
    r.addBindValue(id);
    if (!r.exec())
        return sqlError(r, "get contact reasons");
    while (r.next())
        reasons.append(r.value(0).toString());
    contact.insert(QStringLiteral("reasons"), reasons);
    return contact;
}

Result<ContactStore::Routing> ContactStore::routing(qint64 id)
{
    QSqlQuery q
        = m_db.prepare(QStringLiteral("SELECT k.channel, k.state, cu.public_id, cu.owner_user_id, cu.backup_user_id, "
                                      "k.offered_user_id, k.queue, k.preferred_user_id, k.forwarded "
                                      "FROM contacts k JOIN customers cu ON cu.id = k.customer_id WHERE k.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "contact routing");
    if (!q.next())
        return notFound(id);
    Routing r;
    r.channel = q.value(0).toString();
    r.state = q.value(1).toString();
    r.customerId = q.value(2).toString();
    if (!q.value(3).isNull())
        r.owner = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        r.backup = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        r.offeredTo = q.value(5).toLongLong();
    r.queue = q.value(6).toString();
    if (!q.value(7).isNull())
        r.preferred = q.value(7).toLongLong();
    r.forwarded = q.value(8).toBool();
    return r;
}

Result<void> ContactStore::transition(qint64 id, const QString &state, std::optional<qint64> byUser)
{
    const QString at = now();
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE contacts SET state = ?, updated_at = ?, version = version + 1, "
                                              "closed_at = CASE WHEN ? = 'closed' THEN ? ELSE closed_at END "
                                              "WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(at);
    q.addBindValue(state);
    q.addBindValue(at);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "contact state");
    if (q.numRowsAffected() == 0)
        return notFound(id);
    QSqlQuery t = m_db.prepare(
        QStringLiteral("INSERT INTO contact_transitions(contact_id, state, at, user_id) VALUES (?, ?, ?, ?)"));
    t.addBindValue(id);
    t.addBindValue(state);
    t.addBindValue(at);
    t.addBindValue(byUser ? QVariant(*byUser) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!t.exec())
        return sqlError(t, "insert transition");
    return {};
}

Result<void> ContactStore::setOffered(qint64 id, std::optional<qint64> userId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE contacts SET offered_user_id = ? WHERE id = ?"));
    q.addBindValue(userId ? QVariant(*userId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "contact offer");
    return {};
}

Result<void> ContactStore::setOwner(qint64 id, qint64 userId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE contacts SET owner_user_id = ? WHERE id = ?"));
    q.addBindValue(userId);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "contact owner");
    return {};
}

Result<void> ContactStore::accept(qint64 id, qint64 userId)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE contacts SET owner_user_id = ?, answered_at = COALESCE(answered_at, ?) WHERE id = ?"));
    q.addBindValue(userId);
    q.addBindValue(now());
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "accept contact");
    if (q.numRowsAffected() == 0)
        return notFound(id);
    if (auto p = addParticipant(id, userId, QStringLiteral("owner")); !p)
        return p.error();
    return {};
}

Result<void> ContactStore::abandon(qint64 id, std::optional<qint64> byUser)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE contacts SET abandoned = 1, offered_user_id = NULL, preferred_user_id = NULL "
                       "WHERE id = ? AND state IN ('queued', 'offered')"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "abandon contact");
    if (q.numRowsAffected() == 0) {
        if (auto exists = routing(id); !exists)
            return exists.error();
        return makeError(ErrorCode::InvalidState,
                         QStringLiteral("contact %1 is no longer waiting; only a queued or offered contact can be "
                                        "abandoned")
                             .arg(id));
    }
    if (auto l = leaveAll(id); !l)
        return l;
    if (auto o = cancelOpenOffers(id); !o)
        return o;
    return transition(id, QStringLiteral("closed"), byUser);
}

Result<void> ContactStore::cancelOpenOffers(qint64 id)
{
    // A closed contact cannot be handed over or consulted on: open offers end with it, so
    // the target is no longer reserved and nobody gets a late "expired" notice.
    const QString at = now();
    const QString statements[] = {
        QStringLiteral("UPDATE contact_transfers SET state = 'cancelled', answered_at = ? "
                       "WHERE contact_id = ? AND state = 'offered'"),
        QStringLiteral("UPDATE consult_offers SET state = 'withdrawn' WHERE state = 'open' AND consult_id IN "
                       "(SELECT id FROM consults WHERE contact_id = ? AND state = 'offered')"),
        QStringLiteral("UPDATE consults SET state = 'cancelled', ended_at = ?, version = version + 1 "
                       "WHERE contact_id = ? AND state = 'offered'"),
    };
    for (const QString &sql : statements) {
        QSqlQuery q = m_db.prepare(sql);
        if (sql.count(QLatin1Char('?')) == 2)
            q.addBindValue(at);
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q, "cancel open offers");
    }
    return {};
}

Result<void> ContactStore::setPreferred(qint64 id, std::optional<qint64> userId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE contacts SET preferred_user_id = ? WHERE id = ?"));
    q.addBindValue(nullableId(userId));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "contact preferred user");
    return {};
}

Result<qint64> ContactStore::addParticipant(qint64 id, std::optional<qint64> userId, const QString &role)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO contact_participants(contact_id, user_id, role, joined_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(nullableId(userId));
    q.addBindValue(role);
    q.addBindValue(now());
    if (!q.exec())
        return sqlError(q, "add participant");
    return q.lastInsertId().toLongLong();
}

Result<void> ContactStore::leaveAll(qint64 id)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE contact_participants SET left_at = ? WHERE contact_id = ? AND left_at IS NULL"));
    q.addBindValue(now());
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "leave participants");
    return {};
}

Result<qint64> ContactStore::addTask(qint64 id, const QString &kind)
{
    QSqlQuery q
        = m_db.prepare(QStringLiteral("INSERT INTO contact_tasks(contact_id, kind, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(kind);
    q.addBindValue(now());
    if (!q.exec())
        return sqlError(q, "insert task");
    const qint64 taskId = q.lastInsertId().toLongLong();
    QSqlQuery v
        = m_db.prepare(QStringLiteral("UPDATE contacts SET version = version + 1, updated_at = ? WHERE id = ?"));
    v.addBindValue(now());
    v.addBindValue(id);
    if (!v.exec())
        return sqlError(v, "bump contact");
    return taskId;
}

Result<void> ContactStore::resolveTask(qint64 id, qint64 taskId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE contact_tasks SET resolved = 1, resolved_at = ? WHERE id = ? AND contact_id = ? AND resolved = 0"));
    q.addBindValue(now());
    q.addBindValue(taskId);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "resolve task");
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no open task %1 on contact %2").arg(taskId).arg(id),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("task") } });
    QSqlQuery v
        = m_db.prepare(QStringLiteral("UPDATE contacts SET version = version + 1, updated_at = ? WHERE id = ?"));
    v.addBindValue(now());
    v.addBindValue(id);
    if (!v.exec())
        return sqlError(v, "bump contact");
    return {};
}

Result<void> ContactStore::close(qint64 id, const Closing &closing, qint64 byUser)
{
    QList<qint64> reasonIds;
    bool forwardOnly = false;
    for (const QString &code : closing.reasons) {
        QSqlQuery r
            = m_db.prepare(QStringLiteral("SELECT id, forward_only, archived FROM contact_reasons WHERE code = ?"));
        r.addBindValue(code);
        if (!r.exec())
            return sqlError(r, "find reason");
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
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE contacts SET outcome = ?, follow_up_due = ?, follow_up_owner_user_id = ? WHERE id = ?"));
    q.addBindValue(closing.outcome);
    q.addBindValue(closing.followUpDue.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                 : QVariant(closing.followUpDue));
    q.addBindValue(closing.followUpOwner ? QVariant(*closing.followUpOwner) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "close contact");
    for (qint64 reasonId : reasonIds) {
        QSqlQuery r = m_db.prepare(
            QStringLiteral("INSERT OR IGNORE INTO contact_contact_reasons(contact_id, reason_id) VALUES (?, ?)"));
        r.addBindValue(id);
        r.addBindValue(reasonId);
        if (!r.exec())
            return sqlError(r, "contact reason");
    }
    // Wrap-up and closing are both recorded so handling times can be measured later.
    if (auto t = transition(id, QStringLiteral("after_contact_work"), byUser); !t)
        return t;
    if (auto l = leaveAll(id); !l)
        return l;
    if (auto o = cancelOpenOffers(id); !o)
        return o;
    return transition(id, QStringLiteral("closed"), byUser);
}

Result<QList<qint64>> ContactStore::queued()
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id FROM contacts WHERE state = 'queued' ORDER BY id"));
    if (!q.exec())
        return sqlError(q, "queued contacts");
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<void> ContactStore::requeueStaleOffers()
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id FROM contacts WHERE state = 'offered'"));
    if (!q.exec())
        return sqlError(q, "stale offers");
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (qint64 id : ids) {
        if (auto r = setOffered(id, std::nullopt); !r)
            return r;
        if (auto r = transition(id, QStringLiteral("queued"), std::nullopt); !r)
            return r;
    }
    return {};
}

Result<QHash<qint64, ContactStore::Load>> ContactStore::loads()
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT u, channel, count(*) FROM ("
        " SELECT CASE WHEN state = 'offered' THEN offered_user_id ELSE owner_user_id END AS u, channel "
        " FROM contacts WHERE state IN ('offered', 'active') "
        // An open transfer offer reserves its target.
        " UNION ALL SELECT t.to_user_id, k.channel FROM contact_transfers t JOIN contacts k ON k.id = t.contact_id "
        " WHERE t.state = 'offered' AND t.to_user_id IS NOT NULL) GROUP BY u, channel"));
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
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id FROM contacts WHERE owner_user_id = ? AND state = 'active' ORDER BY id"));
    q.addBindValue(userId);
    if (!q.exec())
        return sqlError(q, "own contacts");
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<QJsonArray> ContactStore::openContacts(const QString &customerId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT k.id, k.channel, k.state, k.created_at, o.id, o.login, o.display_name, "
        "(SELECT r.label FROM contact_contact_reasons cr JOIN contact_reasons r ON r.id = cr.reason_id "
        " WHERE cr.contact_id = k.id ORDER BY r.id LIMIT 1) "
        "FROM contacts k JOIN customers cu ON cu.id = k.customer_id LEFT JOIN users o ON o.id = k.owner_user_id "
        "WHERE cu.public_id = ? AND k.state <> 'closed' ORDER BY k.id DESC LIMIT 50"));
    q.addBindValue(customerId);
    if (!q.exec())
        return sqlError(q, "open contacts");
    QJsonArray out;
    while (q.next())
        out.append(QJsonObject { { QStringLiteral("id"), q.value(0).toLongLong() },
                                 { QStringLiteral("kind"), QStringLiteral("contact") },
                                 { QStringLiteral("channel"), q.value(1).toString() },
                                 { QStringLiteral("reason"), q.value(7).toString() },
                                 { QStringLiteral("status"), q.value(2).toString() },
                                 { QStringLiteral("owner"), person(q, 4) },
                                 { QStringLiteral("since"), q.value(3).toString() } });
    return out;
}

namespace {

constexpr auto kReasonColumns = "SELECT r.id, r.parent_id, r.code, r.label, r.demand_class, r.forward_only, r.skill, "
                                "u.id, u.login, u.display_name, r.archived FROM contact_reasons r "
                                "LEFT JOIN users u ON u.id = r.forward_to_user_id ";

QJsonObject reasonFrom(const QSqlQuery &q, const QJsonArray &articles)
{
    return QJsonObject {
        { QStringLiteral("id"), q.value(0).toLongLong() },
        { QStringLiteral("parent"), q.value(1).isNull() ? QJsonValue::Null : QJsonValue(q.value(1).toLongLong()) },
        { QStringLiteral("code"), q.value(2).toString() },
        { QStringLiteral("label"), q.value(3).toString() },
        { QStringLiteral("demandClass"), q.value(4).toString() },
        { QStringLiteral("forwardOnly"), q.value(5).toBool() },
        { QStringLiteral("skill"), q.value(6).isNull() ? QJsonValue::Null : QJsonValue(q.value(6).toString()) },
        { QStringLiteral("forwardTo"), person(q, 7) },
        { QStringLiteral("archived"), q.value(10).toBool() },
        { QStringLiteral("articles"), articles }
    };
}

} // namespace

// Published articles linked to each reason code (kb_article_reasons).
static Result<QHash<QString, QJsonArray>> reasonArticles(Database &db, const QString &code = {})
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT ar.reason, a.id, a.title FROM kb_article_reasons ar JOIN kb_articles a ON a.id = ar.article_id "
        "WHERE a.status = 'published' AND (? = '' OR ar.reason = ?) ORDER BY a.id"));
    q.addBindValue(code);
    q.addBindValue(code);
    if (!q.exec())
        return sqlError(q, "reason articles");
    QHash<QString, QJsonArray> out;
    while (q.next())
        out[q.value(0).toString()].append(QJsonObject { { QStringLiteral("id"), q.value(1).toLongLong() },
                                                        { QStringLiteral("title"), q.value(2).toString() } });
    return out;
}

Result<QJsonArray> ContactStore::reasons()
{
    auto articles = reasonArticles(m_db);
    if (!articles)
        return articles.error();
    QSqlQuery q = m_db.prepare(QString::fromLatin1(kReasonColumns)
                               + QStringLiteral("ORDER BY COALESCE(r.parent_id, 0), r.position, r.id"));
    if (!q.exec())
        return sqlError(q, "reasons");
    QJsonArray out;
    while (q.next())
        out.append(reasonFrom(q, articles->value(q.value(2).toString())));
    return out;
}

Result<QJsonObject> ContactStore::reasonJson(qint64 reasonId)
{
    QSqlQuery q = m_db.prepare(QString::fromLatin1(kReasonColumns) + QStringLiteral("WHERE r.id = ?"));
    q.addBindValue(reasonId);
    if (!q.exec())
        return sqlError(q, "reason");
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no reason %1").arg(reasonId),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("id") } });
    const QString code = q.value(2).toString();
    auto articles = reasonArticles(m_db, code);
    if (!articles)
        return articles.error();
    return reasonFrom(q, articles->value(code));
}

Result<std::optional<ContactStore::ReasonInfo>> ContactStore::reason(const QString &code)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, code, label, skill, forward_to_user_id, forward_only, "
                                              "archived FROM contact_reasons WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        return sqlError(q, "find reason");
    if (!q.next())
        return std::optional<ReasonInfo> {};
    ReasonInfo info;
    info.id = q.value(0).toLongLong();
    info.code = q.value(1).toString();
    info.label = q.value(2).toString();
    info.skill = q.value(3).toString();
    if (!q.value(4).isNull())
        info.forwardTo = q.value(4).toLongLong();
    info.forwardOnly = q.value(5).toBool();
    info.archived = q.value(6).toBool();
    return std::optional<ReasonInfo> { info };
}

Result<qint64> ContactStore::saveReason(const ReasonEdit &e)
{
    const auto bad = [](const QString &field, const QString &message) {
        return makeError(ErrorCode::BadRequest, message, QJsonObject { { QStringLiteral("field"), field } });
    };
    if (e.id) {
        QSqlQuery x = m_db.prepare(QStringLiteral("SELECT 1 FROM contact_reasons WHERE id = ?"));
        x.addBindValue(*e.id);
        if (!x.exec())
            return sqlError(x, "find reason");
        if (!x.next())
            return makeError(ErrorCode::NotFound, QStringLiteral("no reason %1").arg(*e.id),
                             QJsonObject { { QStringLiteral("field"), QStringLiteral("id") } });
    }
    // The code is unique across the tree (also archived reasons: old contacts keep it).
    QSqlQuery dup = m_db.prepare(QStringLiteral("SELECT id FROM contact_reasons WHERE code = ? AND id <> ?"));
    dup.addBindValue(e.code);
    dup.addBindValue(e.id.value_or(0));
    if (!dup.exec())
        return sqlError(dup, "reason code");
    if (dup.next())
        return makeError(ErrorCode::Conflict, QStringLiteral("reason code %1 exists already").arg(e.code),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("code") },
                                       { QStringLiteral("id"), dup.value(0).toLongLong() } });
    if (e.parent) {
        // Walk up from the new parent: reaching this reason would close a cycle.
        qint64 at = *e.parent;
        for (int depth = 0;; ++depth) {
            if (e.id && at == *e.id)
                return bad(QStringLiteral("parent"), QStringLiteral("a reason cannot sit below itself"));
            if (depth > 64)
                return bad(QStringLiteral("parent"), QStringLiteral("the reason tree is too deep"));
            QSqlQuery p = m_db.prepare(QStringLiteral("SELECT parent_id FROM contact_reasons WHERE id = ?"));
            p.addBindValue(at);
            if (!p.exec())
                return sqlError(p, "reason parent");
            if (!p.next())
                return bad(QStringLiteral("parent"), QStringLiteral("no reason %1").arg(at));
            if (p.value(0).isNull())
                break;
            at = p.value(0).toLongLong();
        }
    }
    if (!e.skill.isEmpty()) {
        auto known = skillExists(e.skill);
        if (!known)
            return known.error();
        if (!*known)
            return bad(QStringLiteral("skill"), QStringLiteral("no skill %1").arg(e.skill.left(64)));
    }
    if (e.forwardTo) {
        QSqlQuery u = m_db.prepare(QStringLiteral("SELECT 1 FROM users WHERE id = ?"));
        u.addBindValue(*e.forwardTo);
        if (!u.exec())
            return sqlError(u, "find user");
        if (!u.next())
            return bad(QStringLiteral("forwardTo"), QStringLiteral("no user %1").arg(*e.forwardTo));
    }
    QSqlQuery q = m_db.prepare(
        e.id ? QStringLiteral("UPDATE contact_reasons SET parent_id = ?, code = ?, label = ?, demand_class = ?, "
                              "forward_only = ?, skill = ?, forward_to_user_id = ?, archived = ? WHERE id = ?")
             : QStringLiteral("INSERT INTO contact_reasons(parent_id, code, label, demand_class, forward_only, skill, "
                              "forward_to_user_id, archived, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                              "(SELECT COALESCE(MAX(position), -1) + 1 FROM contact_reasons))"));
    q.addBindValue(nullableId(e.parent));
    q.addBindValue(e.code);
    q.addBindValue(e.label);
    q.addBindValue(e.demandClass);
    q.addBindValue(e.forwardOnly ? 1 : 0);
    q.addBindValue(e.skill.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(e.skill));
    q.addBindValue(nullableId(e.forwardTo));
    q.addBindValue(e.archived ? 1 : 0);
    if (e.id)
        q.addBindValue(*e.id);
    if (!q.exec())
        return sqlError(q, "save reason");
    return e.id ? *e.id : q.lastInsertId().toLongLong();
}

Result<bool> ContactStore::skillExists(const QString &code)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT 1 FROM skills WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        return sqlError(q, "find skill");
    return q.next();
}

Result<QJsonArray> ContactStore::skills()
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT code, label FROM skills ORDER BY position, code"));
    if (!q.exec())
        return sqlError(q, "skills");
    QJsonArray out;
    while (q.next())
        out.append(QJsonObject { { QStringLiteral("code"), q.value(0).toString() },
                                 { QStringLiteral("label"), q.value(1).toString() } });
    return out;
}

Result<QJsonArray> ContactStore::userSkills(qint64 userId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT skill, level FROM user_skills WHERE user_id = ? ORDER BY skill"));
    q.addBindValue(userId);
    if (!q.exec())
        return sqlError(q, "user skills");
    QJsonArray out;
    while (q.next())
        out.append(QJsonObject { { QStringLiteral("skill"), q.value(0).toString() },
                                 { QStringLiteral("level"), q.value(1).toInt() } });
    return out;
}

Result<QHash<qint64, QSet<QString>>> ContactStore::skillSets()
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT user_id, skill FROM user_skills"));
    if (!q.exec())
        return sqlError(q, "skill sets");
    QHash<qint64, QSet<QString>> out;
    while (q.next())
        out[q.value(0).toLongLong()].insert(q.value(1).toString());
    return out;
}

Result<void> ContactStore::setUserSkills(qint64 userId, const QList<QPair<QString, int>> &skills)
{
    QSqlQuery d = m_db.prepare(QStringLiteral("DELETE FROM user_skills WHERE user_id = ?"));
    d.addBindValue(userId);
    if (!d.exec())
        return sqlError(d, "clear user skills");
    for (const auto &[skill, level] : skills) {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("INSERT OR REPLACE INTO user_skills(user_id, skill, level) VALUES (?, ?, ?)"));
        q.addBindValue(userId);
        q.addBindValue(skill);
        q.addBindValue(level);
        if (!q.exec())
            return sqlError(q, "set user skill");
    }
    return {};
}

Result<int> ContactStore::seedDemoReasons(Database &db)
{
    QSqlQuery count = db.prepare(QStringLiteral("SELECT count(*) FROM contact_reasons"));
    if (!count.exec() || !count.next())
        return sqlError(count, "count reasons");
    if (count.value(0).toInt() > 0)
        return 0;
    struct Seed
    {
        const char *code;
        const char *parent;
        const char *label;
        const char *demand;
        bool forwardOnly;
    };
    // Labels are data an admin edits, not UI strings.
    static const Seed seeds[] = {
        { "orders", nullptr, "Orders", "a", false },
        { "orders.new", "orders", "New order", "a", false },
        { "orders.change", "orders", "Change an order", "a", false },
        { "orders.where", "orders", "Where is my order?", "b", false },
        { "orders.damaged", "orders", "Damaged or wrong delivery", "b", false },
        { "billing", nullptr, "Billing", "a", false },
        { "billing.explain", "billing", "Explain an invoice", "b", false },
        { "billing.payment", "billing", "Payment and dunning", "a", false },
        { "billing.dispute", "billing", "Disputed charge", "b", true },
        { "account", nullptr, "Account", "a", false },
        { "account.update", "account", "Update details", "a", false },
        { "account.close", "account", "Close the account", "c", true },
        { "product", nullptr, "Products", "a", false },
        { "product.price", "product", "Availability and price", "a", false },
        { "product.technical", "product", "Technical question", "c", true },
        { "other", nullptr, "Other", "c", false },
    };
    int n = 0;
    auto r = db.write([&]() -> Result<void> {
        int position = 0;
        for (const Seed &s : seeds) {
            QSqlQuery q = db.prepare(QStringLiteral(
                "INSERT INTO contact_reasons(parent_id, code, label, demand_class, forward_only, position) "
                "VALUES ((SELECT id FROM contact_reasons WHERE code = ?), ?, ?, ?, ?, ?)"));
            q.addBindValue(s.parent ? QString::fromLatin1(s.parent) : QString());
            q.addBindValue(QString::fromLatin1(s.code));
            q.addBindValue(QString::fromLatin1(s.label));
            q.addBindValue(QString::fromLatin1(s.demand));
            q.addBindValue(s.forwardOnly ? 1 : 0);
            q.addBindValue(position++);
            if (!q.exec())
                return sqlError(q, "seed reason");
            ++n;
        }
        return {};
    });
    if (!r)
        return r.error();
    return n;
}

} // namespace spocs
