#include "coordinator/contacts/ContactRecords.h"

#include "coordinator/storage/Database.h"
#include "coordinator/storage/SqlValues.h"
#include "core/Try.h"

#include <QSqlQuery>

namespace spocs::contactrecords {
namespace {

Result<QStringList> strings(Database &db, const QString &sql, qint64 contactId, const char *what)
{
    QSqlQuery q = db.prepare(sql);
    if (!execWith(q, { contactId }))
        return sqlError(q, what);
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace

Result<QList<domain::FollowUpUpdate>> followUpUpdates(Database &db, qint64 contactId)
{
    SPOCS_TRY_ASSIGN(QSqlQuery u,
                     db.query(QStringLiteral("SELECT fu.at, fu.channel, fu.note, us.id, us.login, us.display_name "
                                             "FROM follow_up_updates fu JOIN users us ON us.id = fu.user_id "
                                             "WHERE fu.contact_id = ? ORDER BY fu.id"),
                              { contactId }, "follow-up updates"));
    QList<domain::FollowUpUpdate> out;
    while (u.next()) {
        out.append(domain::FollowUpUpdate { u.value(0).toString(),
                                            sqlvalues::personAt(u, 3).value_or(domain::Person {}),
                                            u.value(1).toString(), u.value(2).toString() });
    }
    return out;
}

Result<QList<domain::ContactTask>> tasks(Database &db, qint64 contactId, bool withCreatedAt)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery t,
        db.query(
            QStringLiteral("SELECT id, kind, resolved, created_at FROM contact_tasks WHERE contact_id = ? ORDER BY id"),
            { contactId }, "contact tasks"));
    QList<domain::ContactTask> out;
    while (t.next()) {
        out.append(
            domain::ContactTask { t.value(0).toLongLong(), t.value(1).toString(), t.value(2).toBool(),
                                  withCreatedAt ? std::optional<QString>(t.value(3).toString()) : std::nullopt });
    }
    return out;
}

Result<QStringList> reasonCodes(Database &db, qint64 contactId)
{
    return strings(db,
                   QStringLiteral("SELECT r.code FROM contact_contact_reasons cr JOIN contact_reasons r "
                                  "ON r.id = cr.reason_id WHERE cr.contact_id = ? ORDER BY r.code"),
                   contactId, "contact reasons");
}

Result<QStringList> reasonLabels(Database &db, qint64 contactId)
{
    return strings(db,
                   QStringLiteral("SELECT r.label FROM contact_contact_reasons cr JOIN contact_reasons r "
                                  "ON r.id = cr.reason_id WHERE cr.contact_id = ? ORDER BY r.position, r.id"),
                   contactId, "contact reason labels");
}

} // namespace spocs::contactrecords
