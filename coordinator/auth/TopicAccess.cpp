#include "coordinator/auth/TopicAccess.h"

#include "coordinator/storage/Database.h"

#include "core/Ops.h"
#include "core/Protocol.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <limits>
#include <variant>

namespace spocs::TopicAccess {

namespace {

QJsonObject contactWithoutCustomer(QJsonObject contact)
{
    contact.remove(QStringLiteral("customer"));
    return contact;
}

QJsonArray contactsWithoutCustomers(const QJsonArray &contacts)
{
    QJsonArray out;
    for (const QJsonValue &v : contacts)
        out.append(contactWithoutCustomer(v.toObject()));
    return out;
}

QJsonObject alertWithoutCustomer(QJsonObject alert)
{
    if (!alert.contains(QStringLiteral("customerName")))
        return alert;
    alert.remove(QStringLiteral("customerName"));
    // The long_contact message names the customer; the same sentence with the contact instead.
    alert.insert(QStringLiteral("message"),
                 QStringLiteral("Contact %1 runs %2 min (usually %3 min)")
                     .arg(alert.value(QStringLiteral("contact")).toInteger())
                     .arg(alert.value(QStringLiteral("minutes")).toInteger())
                     .arg(alert.value(QStringLiteral("usualMinutes")).toInteger()));
    return alert;
}

} // namespace

Result<bool> isInvolvedInContact(Database &db, qint64 contactId, qint64 userId)
{
    // Former participants too (left_at set): a colleague who handed a contact over may
    // still read what happened to it, as consult.get allows.
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT 1 FROM contacts k WHERE k.id = ? AND ("
        " k.owner_user_id = ? OR k.offered_user_id = ?"
        " OR EXISTS (SELECT 1 FROM contact_participants p WHERE p.contact_id = k.id AND p.user_id = ?)"
        " OR EXISTS (SELECT 1 FROM consults c WHERE c.contact_id = k.id"
        "            AND (c.requester_user_id = ? OR c.expert_user_id = ? OR c.target_user_id = ?"
        "                 OR EXISTS (SELECT 1 FROM consult_offers o WHERE o.consult_id = c.id AND o.user_id = ?))))"));
    q.addBindValue(contactId);
    for (int i = 0; i < 7; ++i)
        q.addBindValue(userId);
    if (!q.exec())
        return sqlError(q, "contact topic access");
    return q.next();
}

QJsonObject snapshotWithoutCustomers(QJsonObject snapshot)
{
    snapshot.insert(QStringLiteral("waiting"),
                    contactsWithoutCustomers(snapshot.value(QStringLiteral("waiting")).toArray()));
    QJsonArray agents;
    for (const QJsonValue &v : snapshot.value(QStringLiteral("agents")).toArray()) {
        QJsonObject agent = v.toObject();
        agent.insert(QStringLiteral("contacts"),
                     contactsWithoutCustomers(agent.value(QStringLiteral("contacts")).toArray()));
        agents.append(agent);
    }
    snapshot.insert(QStringLiteral("agents"), agents);
    QJsonArray alerts;
    for (const QJsonValue &v : snapshot.value(QStringLiteral("alerts")).toArray())
        alerts.append(alertWithoutCustomer(v.toObject()));
    snapshot.insert(QStringLiteral("alerts"), alerts);
    return snapshot;
}

QString queueEventWithoutCustomers(const QString &frame)
{
    // The coordinator's own frame: no limit on its size.
    auto decoded = protocol::decode(frame, nullptr, std::numeric_limits<qsizetype>::max());
    if (!decoded || !std::holds_alternative<protocol::Event>(decoded.value()))
        return {}; // never the frame as it is: what cannot be read cannot be checked
    protocol::Event event = std::get<protocol::Event>(std::move(decoded).value());
    if (event.kind == QStringView(event::QueueChanged))
        event.data.insert(QStringLiteral("contact"),
                          contactWithoutCustomer(event.data.value(QStringLiteral("contact")).toObject()));
    else if (event.kind == QStringView(event::AlertRaised))
        event.data.insert(QStringLiteral("alert"),
                          alertWithoutCustomer(event.data.value(QStringLiteral("alert")).toObject()));
    return protocol::encodeText(event);
}

} // namespace spocs::TopicAccess
