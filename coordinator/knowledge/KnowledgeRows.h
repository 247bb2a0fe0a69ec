#pragma once

#include "core/Args.h"
#include "core/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

// Errors and row shapes the knowledge store's parts (content, search, review, feedback) share;
// badField comes from core/Args.h.
namespace spocs::knowledge {

inline const QStringList kStatuses { QStringLiteral("draft"), QStringLiteral("in_review"), QStringLiteral("published"),
                                     QStringLiteral("archived") };
inline const QStringList kVisibilities { QStringLiteral("internal"), QStringLiteral("public") };

inline Error notFound(qint64 id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("no article %1").arg(id),
                     QJsonObject { { QStringLiteral("id"), id } });
}

inline Error invalidState(const QString &status, const QStringList &allowed, const QString &message)
{
    return makeError(ErrorCode::InvalidState, message,
                     QJsonObject { { QStringLiteral("status"), status },
                                   { QStringLiteral("allowed"), QJsonArray::fromStringList(allowed) } });
}

inline QJsonValue userJson(const QSqlQuery &q, int first)
{
    if (q.value(first).isNull())
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("id"), q.value(first).toLongLong() },
                         { QStringLiteral("login"), q.value(first + 1).toString() },
                         { QStringLiteral("name"), q.value(first + 2).toString() } };
}

} // namespace spocs::knowledge
