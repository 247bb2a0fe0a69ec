#pragma once

#include "core/Types.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QString>

namespace spocs {

class ClientSession;

// Who has which customer open, derived from subscriptions: a session views customer
// C-1042 while it is subscribed to customer:C-1042. Feeds the collision banner
// ("viewers" in customer.get, the customer.viewers event).
class ViewerRegistry
{
public:
    // The customer id of a customer:<id> topic, or an empty string.
    static QString customerOf(const QString &topic);

    // Both return true when the set of viewing users changed in a way another viewer can
    // see: not for one more or one fewer session of a user who still has the customer
    // open, and not when the first viewer arrives or the last one leaves (nobody else is
    // there to be told, and each desktop ignores itself).
    bool opened(const QString &customerId, ClientSession *session, const UserInfo &user);
    bool closed(const QString &customerId, ClientSession *session);

    // [{"user":{id,login,name},"onContact":false}], one entry per user, by login;
    // without `exceptUserId` (0: everyone).
    QJsonArray viewers(const QString &customerId, qint64 exceptUserId = 0) const;

private:
    QHash<QString, QHash<ClientSession *, UserInfo>> m_viewers;
};

} // namespace spocs
