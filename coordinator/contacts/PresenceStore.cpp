#include "coordinator/contacts/PresenceStore.h"

#include "coordinator/storage/Database.h"
#include "core/Try.h"

#include <QSqlQuery>

namespace spocs::PresenceStore {

Result<void> save(Database &db, qint64 userId, PresenceState state, const QString &reason, const QDateTime &since)
{
    SPOCS_TRY(db.query(QStringLiteral("INSERT INTO presence_state(user_id, state, reason, since) "
                                      "VALUES (?, ?, ?, ?) ON CONFLICT(user_id) DO UPDATE SET "
                                      "state = excluded.state, reason = excluded.reason, since = excluded.since"),
                       { userId, presenceName(state), reason, since.toUTC().toString(Qt::ISODateWithMs) },
                       "save presence"));
    return {};
}

std::optional<Saved> load(Database &db, qint64 userId)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT state, reason, since FROM presence_state WHERE user_id = ?"));
    q.addBindValue(userId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const auto state = presenceFromName(q.value(0).toString());
    if (!state)
        return std::nullopt;
    return Saved { *state, q.value(1).toString(),
                   QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs).toUTC() };
}

} // namespace spocs::PresenceStore
