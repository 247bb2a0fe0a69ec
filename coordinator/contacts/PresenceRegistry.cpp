#include "coordinator/contacts/PresenceRegistry.h"

namespace spocs {

bool PresenceRegistry::connectionOpened(const UserInfo &user, const QDateTime &now)
{
    Entry &e = m_entries[user.id];
    e.user = user;
    ++e.connections;
    if (e.state == PresenceState::Offline) {
        e.state = PresenceState::Available;
        e.reason.clear();
        e.since = now;
        return true;
    }
    return false;
}

void PresenceRegistry::connectionClosed(qint64 userId, const QDateTime &now)
{
    auto it = m_entries.find(userId);
    if (it == m_entries.end() || it->connections == 0)
        return;
    if (--it->connections == 0)
        it->lastDisconnect = now;
}

QList<qint64> PresenceRegistry::dueForOffline(const QDateTime &now, qint64 graceMs) const
{
    QList<qint64> due;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->connections == 0 && it->state != PresenceState::Offline && it->lastDisconnect.msecsTo(now) >= graceMs)
            due.append(it.key());
    }
    return due;
}

bool PresenceRegistry::set(qint64 userId, PresenceState state, const QString &reason, const QDateTime &now)
{
    auto it = m_entries.find(userId);
    if (it == m_entries.end())
        return false;
    if (it->state == state && it->reason == reason)
        return false;
    it->state = state;
    it->reason = reason;
    it->since = now;
    return true;
}

PresenceState PresenceRegistry::stateOf(qint64 userId) const
{
    const auto it = m_entries.constFind(userId);
    return it == m_entries.cend() ? PresenceState::Offline : it->state;
}

const PresenceRegistry::Entry *PresenceRegistry::find(qint64 userId) const
{
    const auto it = m_entries.constFind(userId);
    return it == m_entries.cend() ? nullptr : &*it;
}

QJsonObject PresenceRegistry::toJson(qint64 userId) const
{
    const Entry *e = find(userId);
    if (!e)
        return {};
    QJsonObject o { { QStringLiteral("user"), e->user.toJson() },
                    { QStringLiteral("state"), presenceName(e->state) },
                    { QStringLiteral("since"), e->since.toString(Qt::ISODateWithMs) } };
    if (!e->reason.isEmpty())
        o.insert(QStringLiteral("reason"), e->reason);
    return o;
}

QJsonArray PresenceRegistry::allToJson() const
{
    QJsonArray out;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        out.append(toJson(it.key()));
    return out;
}

} // namespace spocs
