#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace spocs {

// bad_request naming the argument at fault: details {"field": field}.
Error badField(const QString &field, const QString &message);

// Reads typed fields from a request's args. The first problem is kept as a
// bad_request error naming the field; getters return a default after that, so a
// handler reads everything and checks ok() once.
class Args
{
public:
    explicit Args(QJsonObject args)
        : m_args(std::move(args))
    { }

    QString string(const QString &key, qsizetype maxLength = 256);
    QString optString(const QString &key, const QString &fallback = {}, qsizetype maxLength = 256);
    qint64 integer(const QString &key, qint64 min, qint64 max);
    qint64 optInteger(const QString &key, qint64 fallback, qint64 min, qint64 max);
    bool optBool(const QString &key, bool fallback);
    QStringList stringList(const QString &key, qsizetype maxItems, qsizetype maxLength = 256);
    // A client-generated write id: 8..64 characters of [A-Za-z0-9-_{}].
    QString cid();

    bool has(const QString &key) const { return m_args.contains(key); }
    // The raw value, for nested objects and arrays of objects the handler checks itself
    // (typically with an Args over each nested object).
    QJsonValue value(const QString &key) const { return m_args.value(key); }
    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

private:
    void fail(const QString &key, const QString &message);

    QJsonObject m_args;
    std::optional<Error> m_error;
};

} // namespace spocs
