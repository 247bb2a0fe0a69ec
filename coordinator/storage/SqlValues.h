#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

// Small conversions between query rows and JSON / bind values that the contact, consult
// and follow-up stores share.
namespace spocs::sqlvalues {

// "<alias>.id, <alias>.login, <alias>.display_name" read back as a Person, or null.
inline QJsonValue person(const QSqlQuery &q, int idColumn)
{
    if (q.value(idColumn).isNull())
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("id"), q.value(idColumn).toLongLong() },
                         { QStringLiteral("login"), q.value(idColumn + 1).toString() },
                         { QStringLiteral("name"), q.value(idColumn + 2).toString() } };
}

inline QJsonValue text(const QSqlQuery &q, int column)
{
    return q.value(column).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(column).toString());
}

// Bind values: an absent id or an empty text is SQL NULL.
inline QVariant nullableId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

inline std::optional<qint64> optionalId(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

} // namespace spocs::sqlvalues
