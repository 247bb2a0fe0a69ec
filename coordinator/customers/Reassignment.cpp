#include "coordinator/customers/Reassignment.h"

#include "coordinator/customers/CustomerHistory.h"
#include "coordinator/storage/Database.h"
#include "coordinator/storage/SqlValues.h"
#include "core/Args.h"
#include "core/Try.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace spocs {

Reassignment::Reassignment(Database &db)
    : m_db(db)
{ }

Result<domain::Person> Reassignment::assignee(qint64 userId, const QString &field)
{
    QSqlQuery q
        = m_db.prepare(QStringLiteral("SELECT id, login, display_name, role, disabled FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (!q.exec())
        return sqlError(q, "reassign user");
    if (!q.next())
        return badField(field, QStringLiteral("no user %1").arg(userId));
    if (q.value(4).toInt() != 0)
        return badField(field, QStringLiteral("user %1 is disabled").arg(q.value(1).toString()));
    if (!worksContacts(q.value(3).toString()))
        return badField(field, QStringLiteral("user %1 does not serve customers").arg(q.value(1).toString()));
    return *sqlvalues::personAt(q, 0);
}

Result<Reassignment::Moved> Reassignment::move(const Request &request)
{
    return m_db.write([&]() -> Result<Moved> {
        Moved out;
        SPOCS_TRY_LET(owner, assignee(request.owner, QStringLiteral("owner")));
        out.summary.owner = *owner;
        if (request.backup) {
            if (*request.backup == request.owner)
                return badField(QStringLiteral("backup"), QStringLiteral("the backup must not be the owner"));
            SPOCS_TRY_LET(backup, assignee(*request.backup, QStringLiteral("backup")));
            out.summary.backup = *backup;
        }
        QSqlQuery by = m_db.prepare(QStringLiteral("SELECT id, login, display_name FROM users WHERE id = ?"));
        by.addBindValue(request.by);
        if (!by.exec() || !by.next())
            return sqlError(by, "reassigning user");
        out.summary.by = *sqlvalues::personAt(by, 0);
        by.finish();

        // The customers that move, with their owner before.
        struct Row
        {
            qint64 rowId;
            QString id;
            QString name;
            std::optional<domain::Person> owner;
        };
        QList<Row> rows;
        const QString select
            = QStringLiteral("SELECT c.id, c.public_id, c.name, u.id, u.login, u.display_name FROM customers c "
                             "LEFT JOIN users u ON u.id = c.owner_user_id ");
        const auto collect = [&](QSqlQuery &q) -> Result<void> {
            if (!q.exec())
                return sqlError(q, "customers to reassign");
            while (q.next())
                rows.append(Row { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                  sqlvalues::personAt(q, 3) });
            return {};
        };
        if (request.from) {
            QSqlQuery leaver = m_db.prepare(QStringLiteral("SELECT id, login, display_name FROM users WHERE id = ?"));
            leaver.addBindValue(*request.from);
            if (!leaver.exec())
                return sqlError(leaver, "reassign from");
            if (!leaver.next())
                return badField(QStringLiteral("from"), QStringLiteral("no user %1").arg(*request.from));
            out.summary.from = sqlvalues::personAt(leaver, 0);
            leaver.finish();
            if (*request.from == request.owner)
                return badField(QStringLiteral("owner"), QStringLiteral("the new owner is the one they come from"));
            QSqlQuery q = m_db.prepare(select + QStringLiteral("WHERE c.owner_user_id = ? ORDER BY c.id"));
            q.addBindValue(*request.from);
            SPOCS_TRY(collect(q));
        } else {
            QSet<QString> seen;
            for (const QString &id : request.customers) {
                if (seen.contains(id))
                    continue;
                seen.insert(id);
                QSqlQuery q = m_db.prepare(select + QStringLiteral("WHERE c.public_id = ?"));
                q.addBindValue(id);
                const qsizetype before = rows.size();
                SPOCS_TRY(collect(q));
                if (rows.size() == before)
                    return makeError(ErrorCode::NotFound, QStringLiteral("no customer %1").arg(id.left(32)),
                                     QJsonObject { { QStringLiteral("field"), QStringLiteral("customers") },
                                                   { QStringLiteral("id"), id.left(32) } });
            }
        }

        const QString at = m_db.nowStamp();
        QSet<qint64> previous;
        QSqlQuery update = m_db.prepare(
            QStringLiteral("UPDATE customers SET owner_user_id = ?, backup_user_id = COALESCE(?, backup_user_id), "
                           "version = version + 1, updated_at = ? WHERE id = ?"));
        // Open follow-ups move with the customer when its old owner held them; a leaver's all move.
        QSqlQuery followUps = m_db.prepare(
            request.from ? QStringLiteral("SELECT id FROM contacts WHERE follow_up_owner_user_id = ? "
                                          "AND follow_up_done_at IS NULL AND outcome = 'follow_up' ORDER BY id")
                         : QStringLiteral("SELECT id FROM contacts WHERE customer_id = ? AND follow_up_owner_user_id "
                                          "= ? AND follow_up_done_at IS NULL AND outcome = 'follow_up' ORDER BY id"));
        QList<qint64> followUpIds;
        for (const Row &row : std::as_const(rows)) {
            update.bindValue(0, request.owner);
            update.bindValue(1, sqlvalues::nullableId(request.backup));
            update.bindValue(2, at);
            update.bindValue(3, row.rowId);
            if (!update.exec())
                return sqlError(update, "reassign customer");
            const QString before = row.owner ? row.owner->name : QStringLiteral("nobody");
            SPOCS_TRY_LET(
                item,
                CustomerHistory(m_db).append({ row.rowId, at, QStringLiteral("note"), request.by,
                                               QStringLiteral("Owner changed from %1 to %2.").arg(before, owner->name),
                                               std::nullopt }));
            out.summary.customers.append(domain::CustomerRef { row.id, row.name });
            if (row.owner && row.owner->id != request.owner)
                previous.insert(row.owner->id);
            if (!request.from && row.owner) {
                followUps.bindValue(0, row.rowId);
                followUps.bindValue(1, row.owner->id);
                if (!followUps.exec())
                    return sqlError(followUps, "follow-ups to reassign");
                while (followUps.next())
                    followUpIds.append(followUps.value(0).toLongLong());
            }
        }
        if (request.from) {
            followUps.bindValue(0, *request.from);
            if (!followUps.exec())
                return sqlError(followUps, "follow-ups to reassign");
            while (followUps.next())
                followUpIds.append(followUps.value(0).toLongLong());
            previous.insert(*request.from);
        }
        followUps.finish();
        // The new owner gets their own due-soon and overdue notices.
        QSqlQuery moveFollowUp = m_db.prepare(
            QStringLiteral("UPDATE contacts SET follow_up_owner_user_id = ?, follow_up_warned_at = NULL, "
                           "version = version + 1, updated_at = ? WHERE id = ?"));
        for (const qint64 id : std::as_const(followUpIds)) {
            moveFollowUp.bindValue(0, request.owner);
            moveFollowUp.bindValue(1, at);
            moveFollowUp.bindValue(2, id);
            if (!moveFollowUp.exec())
                return sqlError(moveFollowUp, "reassign follow-up");
        }
        out.summary.followUps = followUpIds;
        previous.remove(request.owner);
        out.previousOwners = QList<qint64>(previous.cbegin(), previous.cend());
        std::sort(out.previousOwners.begin(), out.previousOwners.end());
        return out;
    });
}

} // namespace spocs
