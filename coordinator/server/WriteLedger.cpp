#include "coordinator/server/WriteLedger.h"

#include "coordinator/storage/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace spocs {

Result<std::optional<QJsonObject>> WriteLedger::find(const QString &cid, qint64 userId, const QString &op) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT user_id, op, response FROM applied_writes WHERE cid = ?"));
    if (!execWith(q, { cid }))
        return sqlError(q, "find cid");
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
                    m_db.now().toString(Qt::ISODateWithMs) }))
        return sqlError(q, "store cid");
    return {};
}

Result<int> WriteLedger::pruneOlderThan(const QDateTime &cutoff)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM applied_writes WHERE created_at < ?"));
    if (!execWith(q, { cutoff.toUTC().toString(Qt::ISODateWithMs) }))
        return sqlError(q, "prune applied writes");
    return q.numRowsAffected();
}

} // namespace spocs
