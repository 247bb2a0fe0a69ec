#include "coordinator/ContactStore.h"

#include "coordinator/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace spocs {
namespace {

QJsonValue person(const QSqlQuery &q, int idColumn)
{
    if (q.value(idColumn).isNull())
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("id"), q.value(idColumn).toLongLong() },
                         { QStringLiteral("login"), q.value(idColumn + 1).toString() },
                         { QStringLiteral("name"), q.value(idColumn + 2).toString() } };
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

QString ContactStore::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
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

Result<qint64> ContactStore::create(const QString &channel, const QString &customerId, qint64 byUser)
{
    QSqlQuery c = m_db.prepare(QStringLiteral("SELECT id FROM customers WHERE public_id = ?"));
    c.addBindValue(customerId);
    if (!c.exec())
        return sqlError(c, "find customer");
    if (!c.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no customer %1").arg(customerId.left(32)),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("customer") } });
    const QString at = now();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO contacts(channel, customer_id, state, created_at, updated_at) VALUES (?, ?, 'queued', ?, ?)"));
    q.addBindValue(channel);
    q.addBindValue(c.value(0));
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
    return id;
}

Result<QJsonObject> ContactStore::json(qint64 id)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT k.id, k.channel, k.state, k.version, k.created_at, k.updated_at, k.closed_at, k.outcome, "
        "k.follow_up_due, cu.public_id, cu.name, o.id, o.login, o.display_name, f.id, f.login, f.display_name, "
        "p.id, p.login, p.display_name "
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
                          { QStringLiteral("offeredTo"), person(q, 17) } };
    if (!q.value(6).isNull())
        contact.insert(QStringLiteral("closedAt"), q.value(6).toString());
    if (!q.value(7).isNull())
        contact.insert(QStringLiteral("outcome"), q.value(7).toString());
    if (!q.value(8).isNull())
        contact.insert(QStringLiteral("followUp"),
                       QJsonObject { { QStringLiteral("due"), q.value(8).toString() },
                                     { QStringLiteral("owner"), person(q, 14) } });

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
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT k.channel, k.state, cu.public_id, cu.owner_user_id, cu.backup_user_id, "
                       "k.offered_user_id FROM contacts k JOIN customers cu ON cu.id = k.customer_id WHERE k.id = ?"));
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
        QSqlQuery r = m_db.prepare(QStringLiteral("SELECT id, forward_only FROM contact_reasons WHERE code = ?"));
        r.addBindValue(code);
        if (!r.exec())
            return sqlError(r, "find reason");
        if (!r.next())
            return makeError(ErrorCode::BadRequest, QStringLiteral("unknown reason %1").arg(code.left(64)),
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
        // An open transfer offer reserves its target (issue 6).
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

Result<QJsonArray> ContactStore::reasons()
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id, parent_id, code, label, demand_class, forward_only FROM contact_reasons "
                       "ORDER BY COALESCE(parent_id, 0), position, id"));
    if (!q.exec())
        return sqlError(q, "reasons");
    QJsonArray out;
    while (q.next())
        out.append(QJsonObject {
            { QStringLiteral("id"), q.value(0).toLongLong() },
            { QStringLiteral("parent"), q.value(1).isNull() ? QJsonValue::Null : QJsonValue(q.value(1).toLongLong()) },
            { QStringLiteral("code"), q.value(2).toString() },
            { QStringLiteral("label"), q.value(3).toString() },
            { QStringLiteral("demandClass"), q.value(4).toString() },
            { QStringLiteral("forwardOnly"), q.value(5).toBool() } });
    return out;
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
