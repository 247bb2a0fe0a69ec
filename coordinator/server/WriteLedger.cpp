#include "coordinator/server/WriteLedger.h"

#include "coordinator/storage/Database.h"
#include "core/Try.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace spocs {

Result<std::optional<QJsonObject>> WriteLedger::find(const QString &cid, qint64 userId, const QString &op) const
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("SELECT user_id, op, response FROM applied_writes WHERE cid = ?"),
                                { cid }, "find cid"));
    if (!q.next())
        return std::optional<QJsonObject> {};
    if (q.value(0).toLongLong() != userId || q.value(1).toString() != op)
        return makeError(ErrorCode::Conflict, QStringLiteral("cid was already used for another write"),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("cid") } });
    return std::optional<QJsonObject>(QJsonDocument::fromJson(q.value(2).toByteArray()).object());
}

Result<void> WriteLedger::store(const QString &cid, qint64 userId, const QString &op, const QJsonObject &response)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO applied_writes(cid, user_id, op, response, created_at) VALUES (?, ?, ?, ?, ?)"));
    if (!execWith(q,
                  { cid, userId, op, QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Compact)),
                    m_db.nowStamp() }))
        return sqlError(q, "store cid");
    return {};
}

Result<int> WriteLedger::pruneOlderThan(const QDateTime &cutoff)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("DELETE FROM applied_writes WHERE created_at < ?"),
                                { cutoff.toUTC().toString(Qt::ISODateWithMs) }, "prune applied writes"));
    return q.numRowsAffected();
}

} // namespace spocs
