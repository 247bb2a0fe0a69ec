#include "coordinator/customers/ViewerRegistry.h"

#include <QJsonObject>
#include <QSet>

namespace spocs {
namespace {

int usersOf(const QHash<ClientSession *, UserInfo> &sessions)
{
    QSet<qint64> ids;
    for (const UserInfo &u : sessions)
        ids.insert(u.id);
    return int(ids.size());
}

int sessionsOf(const QHash<ClientSession *, UserInfo> &sessions, qint64 userId)
{
    int n = 0;
    for (const UserInfo &u : sessions) {
        if (u.id == userId)
            ++n;
    }
    return n;
}

} // namespace

QString ViewerRegistry::customerOf(const QString &topic)
{
    static const QString prefix = QStringLiteral("customer:");
    return topic.startsWith(prefix) ? topic.mid(prefix.size()) : QString();
}

bool ViewerRegistry::opened(const QString &customerId, ClientSession *session, const UserInfo &user)
{
    if (customerId.isEmpty() || user.id == 0)
        return false;
    auto &sessions = m_viewers[customerId];
    if (sessions.contains(session))
        return false;
    const bool newUser = sessionsOf(sessions, user.id) == 0;
    sessions.insert(session, user);
    // A lone viewer needs no banner: only a change that another viewer can see counts.
    return newUser && usersOf(sessions) >= 2;
}

bool ViewerRegistry::closed(const QString &customerId, ClientSession *session)
{
    const auto it = m_viewers.find(customerId);
    if (it == m_viewers.end())
        return false;
    const auto found = it->constFind(session);
    if (found == it->cend())
        return false;
    const qint64 userId = found->id;
    it->erase(found);
    const bool userGone = sessionsOf(*it, userId) == 0;
    const bool someoneLeft = !it->isEmpty();
    if (it->isEmpty())
        m_viewers.erase(it);
    return userGone && someoneLeft;
}

QJsonArray ViewerRegistry::viewers(const QString &customerId, qint64 exceptUserId) const
{
    QMap<QString, QJsonObject> byLogin; // sorted and one entry per user
    const auto it = m_viewers.constFind(customerId);
    if (it != m_viewers.cend()) {
        for (const UserInfo &u : *it) {
            if (u.id == exceptUserId)
                continue;
            byLogin.insert(u.login,
                           QJsonObject { { QStringLiteral("user"),
                                           QJsonObject { { QStringLiteral("id"), u.id },
                                                         { QStringLiteral("login"), u.login },
                                                         { QStringLiteral("name"), u.displayName } } },
                                         { QStringLiteral("onContact"), false } });
        }
    }
    QJsonArray out;
    for (const QJsonObject &v : std::as_const(byLogin))
        out.append(v);
    return out;
}

} // namespace spocs
