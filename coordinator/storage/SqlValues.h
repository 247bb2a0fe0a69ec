#pragma once

#include "core/domain/Person.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

// Small conversions between query rows and domain values / bind values that the stores share.
namespace spocs::sqlvalues {

// "<alias>.id, <alias>.login, <alias>.display_name" read back as a Person, or nobody.
inline std::optional<domain::Person> personAt(const QSqlQuery &q, int idColumn)
{
    if (q.value(idColumn).isNull())
        return std::nullopt;
    return domain::Person {
        q.value(idColumn).toLongLong(), q.value(idColumn + 1).toString(), q.value(idColumn + 2).toString(), {}
    };
}

// The same as JSON: the person object, or null.
inline QJsonValue person(const QSqlQuery &q, int idColumn)
{
    return domain::toJson(personAt(q, idColumn));
}

// A nullable text column.
inline std::optional<QString> optText(const QSqlQuery &q, int column)
{
    if (q.value(column).isNull())
        return std::nullopt;
    return q.value(column).toString();
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
