#include "core/Args.h"

#include "core/Protocol.h"

#include <QJsonArray>

#include <cmath>

namespace spocs {

Error badField(const QString &field, const QString &message)
{
    return makeError(ErrorCode::BadRequest, message, QJsonObject { { QStringLiteral("field"), field } });
}

void Args::fail(const QString &key, const QString &message)
{
    if (!m_error)
        m_error = badField(key, message);
}

QString Args::string(const QString &key, qsizetype maxLength)
{
    const QJsonValue v = m_args.value(key);
    if (!v.isString()) {
        fail(key, QStringLiteral("%1 must be a string").arg(key));
        return {};
    }
    const QString s = v.toString();
    if (s.size() > maxLength) {
        fail(key, QStringLiteral("%1 is longer than %2 characters").arg(key).arg(maxLength));
        return {};
    }
    return s;
}

QString Args::optString(const QString &key, const QString &fallback, qsizetype maxLength)
{
    if (!m_args.contains(key) || m_args.value(key).isNull())
        return fallback;
    return string(key, maxLength);
}

qint64 Args::integer(const QString &key, qint64 min, qint64 max)
{
    const QJsonValue v = m_args.value(key);
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d || std::fabs(d) > double(protocol::MaxSafeInteger)) {
        fail(key, QStringLiteral("%1 must be an integer").arg(key));
        return min;
    }
    const auto i = qint64(d);
    if (i < min || i > max) {
        fail(key, QStringLiteral("%1 must be between %2 and %3").arg(key).arg(min).arg(max));
        return min;
    }
    return i;
}

qint64 Args::optInteger(const QString &key, qint64 fallback, qint64 min, qint64 max)
{
    if (!m_args.contains(key) || m_args.value(key).isNull())
        return fallback;
    return integer(key, min, max);
}

bool Args::optBool(const QString &key, bool fallback)
{
    if (!m_args.contains(key) || m_args.value(key).isNull())
        return fallback;
    const QJsonValue v = m_args.value(key);
    if (!v.isBool()) {
        fail(key, QStringLiteral("%1 must be true or false").arg(key));
        return fallback;
    }
    return v.toBool();
}

QStringList Args::stringList(const QString &key, qsizetype maxItems, qsizetype maxLength)
{
    const QJsonValue v = m_args.value(key);
    if (!v.isArray()) {
        fail(key, QStringLiteral("%1 must be an array of strings").arg(key));
        return {};
    }
    const QJsonArray arr = v.toArray();
    if (arr.size() > maxItems) {
        fail(key, QStringLiteral("%1 has more than %2 entries").arg(key).arg(maxItems));
        return {};
    }
    QStringList out;
    for (const QJsonValue &item : arr) {
        if (!item.isString() || item.toString().size() > maxLength) {
            fail(key, QStringLiteral("%1 must be an array of strings").arg(key));
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

QString Args::cid()
{
    const QString c = string(QStringLiteral("cid"), 64);
    if (!ok())
        return {};
    const bool valid = c.size() >= 8 && std::all_of(c.cbegin(), c.cend(), [](QChar ch) {
                           return (ch.unicode() < 128 && ch.isLetterOrNumber()) || ch == u'-' || ch == u'_'
                               || ch == u'{' || ch == u'}';
                       });
    if (!valid) {
        fail(QStringLiteral("cid"), QStringLiteral("cid must be 8 to 64 characters of letters, digits, - or _"));
        return {};
    }
    return c;
}

} // namespace spocs
