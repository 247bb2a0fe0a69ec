#include "client/UnsureWrites.h"

#include <QJsonDocument>

#include <algorithm>

namespace spocs {

bool UnsureWrites::isUnsure(const Error &error)
{
    // too_large: the coordinator closes the link on an oversized message, and every request in
    // flight on it ends so, applied or not.
    return error.code == ErrorCode::Timeout || error.code == ErrorCode::Unavailable
        || error.code == ErrorCode::TooLarge;
}

QString UnsureWrites::keyOf(const QString &op, const QJsonObject &args)
{
    QJsonObject withoutCid = args;
    withoutCid.remove(QStringLiteral("cid"));
    // QJsonObject keeps its keys sorted, so equal arguments give equal text.
    return op + QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(withoutCid).toJson(QJsonDocument::Compact));
}

QString UnsureWrites::take(const QString &key, qint64 nowMs)
{
    const Entry entry = m_entries.take(key);
    return !entry.cid.isEmpty() && nowMs - entry.atMs <= kKeepMs ? entry.cid : QString();
}

void UnsureWrites::remember(const QString &key, const QString &cid, qint64 nowMs)
{
    m_entries.insert(key, { cid, nowMs });
    if (m_entries.size() <= kMaxKept)
        return;
    const auto oldest = std::min_element(m_entries.cbegin(), m_entries.cend(),
                                         [](const Entry &a, const Entry &b) { return a.atMs < b.atMs; });
    m_entries.erase(oldest);
}

} // namespace spocs
