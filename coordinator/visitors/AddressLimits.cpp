#include "coordinator/visitors/AddressLimits.h"

namespace spocs {

QList<QDateTime> &AddressLimits::recent(const QString &address, const QString &kind, const QDateTime &now)
{
    QList<QDateTime> &times = m_times[kind + u'\n' + address];
    const QDateTime since = now.addSecs(-3600);
    while (!times.isEmpty() && times.first() <= since)
        times.removeFirst();
    return times;
}

bool AddressLimits::allows(const QString &address, const QString &kind, int limit, const QDateTime &now)
{
    if (limit <= 0)
        return true;
    const bool ok = recent(address, kind, now).size() < limit;
    // An address that stopped an hour ago leaves nothing behind.
    if (const auto it = m_times.constFind(kind + u'\n' + address); it != m_times.cend() && it->isEmpty())
        m_times.erase(it);
    return ok;
}

void AddressLimits::record(const QString &address, const QString &kind, const QDateTime &now)
{
    recent(address, kind, now).append(now);
    // Many addresses that each did something once: sweep what is older than an hour now and then.
    if (m_times.size() > kSweepAbove) {
        const QDateTime since = now.addSecs(-3600);
        for (auto it = m_times.begin(); it != m_times.end();) {
            while (!it->isEmpty() && it->first() <= since)
                it->removeFirst();
            it = it->isEmpty() ? m_times.erase(it) : std::next(it);
        }
    }
}

} // namespace spocs
