#include "coordinator/auth/TopicAccess.h"

#include "coordinator/storage/Database.h"

#include <QSqlQuery>

namespace spocs::TopicAccess {

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

} // namespace spocs::TopicAccess
