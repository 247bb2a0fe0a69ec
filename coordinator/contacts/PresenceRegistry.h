#pragma once

#include "core/Types.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace spocs {

// Who is available, in memory. A user's state outlives a short network drop: when the
// last connection goes, the user turns offline only after a grace period, so a desktop
// that reconnects within it keeps its state and nobody sees a flicker.
class PresenceRegistry
{
public:
    struct Entry
    {
        UserInfo user;
        PresenceState state = PresenceState::Offline;
        QString reason;
        QDateTime since;
        int connections = 0;
        QDateTime lastDisconnect;
    };

    // A connection of this user opened. Returns true when the state changed (offline -> available).
    bool connectionOpened(const UserInfo &user, const QDateTime &now);
    void connectionClosed(qint64 userId, const QDateTime &now);
    // Users whose last connection closed more than `grace` ago and are not yet offline.
    QList<qint64> dueForOffline(const QDateTime &now, qint64 graceMs) const;

    // Sets the state; returns true when it changed.
    bool set(qint64 userId, PresenceState state, const QString &reason, const QDateTime &now);
    PresenceState stateOf(qint64 userId) const;
    const Entry *find(qint64 userId) const;
    QJsonObject toJson(qint64 userId) const;
    QJsonArray allToJson() const;

private:
    QHash<qint64, Entry> m_entries;
};

} // namespace spocs
