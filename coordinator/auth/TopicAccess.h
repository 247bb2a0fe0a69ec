#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QJsonObject>
#include <QString>

namespace spocs {

class Database;

// Who may follow a contact's topic ("contact:<id>"): it carries the contact's notes, chat
// and consults, so the same people consult.get lets read them. And what the lead's floor
// (lead.snapshot, the `queue` topic) shows to whom.
namespace TopicAccess {

// True when the user is or was on the contact (owner, participant, offered it), or asked,
// was asked or answered one of its consults.
Result<bool> isInvolvedInContact(Database &db, qint64 contactId, qint64 userId);

// Admins watch the floor to manage people (presence, skills), not customers: only leads see
// whose contacts are waiting or in hand.
constexpr bool seesFloorCustomers(Role role)
{
    return role == Role::Lead;
}
// A lead.snapshot answer without its customers: no `customer` on the waiting and the agents'
// contacts, no `customerName` on an alert, and an alert's message that does not name them.
QJsonObject snapshotWithoutCustomers(QJsonObject snapshot);
// A `queue` event frame (queue.changed, alert.raised, survey.recorded) without its customers.
QString queueEventWithoutCustomers(const QString &frame);

} // namespace TopicAccess
} // namespace spocs
