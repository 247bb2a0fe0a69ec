#pragma once

#include "core/Result.h"
#include "core/domain/Contact.h"

#include <QList>
#include <QStringList>

namespace spocs {

class Database;

// Reads the parts of a contact that contacts, follow-ups and consults all show, so that
// each is queried in one place.
namespace contactrecords {

// The follow-up log of a contact, oldest first.
Result<QList<domain::FollowUpUpdate>> followUpUpdates(Database &db, qint64 contactId);
// The contact's tasks in order; consults show them without createdAt.
Result<QList<domain::ContactTask>> tasks(Database &db, qint64 contactId, bool withCreatedAt);
// The codes of the contact's reasons, by code.
Result<QStringList> reasonCodes(Database &db, qint64 contactId);
// The labels of the contact's reasons, in the reason tree's order.
Result<QStringList> reasonLabels(Database &db, qint64 contactId);

} // namespace contactrecords
} // namespace spocs
