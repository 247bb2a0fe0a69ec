#pragma once

#include "core/Types.h"
#include "models/SharedLookup.h"

#include <QDateTime>

namespace spocs {

// Who is signed in and in which state (presence.list), kept current from presence.changed:
// the presence selector shows this user's own row, the close dialog offers the others as
// follow-up owners. One per connection. Also sets a state (presence.set for oneself,
// presence.setFor for a lead acting on an agent).
class PresenceDirectory : public SharedLookup
{
    Q_OBJECT

public:
    struct Entry
    {
        qint64 userId = 0;
        QString login;
        QString name;
        QString role;
        QString state; // wire name: available, break, on_contact, ...
        QString reason;
        QDateTime since;

        QString displayName() const { return name.isEmpty() ? login : name; }
        // Who may own customers and follow-ups: the people who serve them (not admins or integrations).
        bool servesCustomers() const { return worksContacts(role); }
        static Entry fromJson(const QJsonObject &row);
    };

    explicit PresenceDirectory(Connection *connection);
    static PresenceDirectory *of(Connection *connection);

    QList<Entry> entries() const;
    // This user's own row (userId 0 when not listed).
    Entry self() const;
    // The coordinator's time now, the clock `since` is stamped on (this computer's without a connection).
    QDateTime now() const;

    // presence.set for this user; done gets {"state", "reason", "since"}.
    void setOwnState(const QString &state, const QString &reason, QObject *context, WriteDone done);
    // presence.setFor (leads): another user's state.
    void setStateFor(qint64 userId, const QString &state, const QString &reason, QObject *context, WriteDone done);

Q_SIGNALS:
    // One user's state changed (an event, or this user's own write).
    void presenceChanged(const spocs::PresenceDirectory::Entry &entry);

protected:
    void onEvent(const protocol::Event &event) override;

private:
    void apply(const QJsonObject &row);
};

} // namespace spocs
