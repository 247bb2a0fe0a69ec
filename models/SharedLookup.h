#pragma once

#include "client/Connection.h"
#include "core/Protocol.h"
#include "core/Result.h"
#include "models/WriteDone.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

namespace spocs {

// Lookup data that several panels show (skills, contact reasons, presence): loaded once per
// connection, kept current from one event, reloaded after a resync. Panels get the one
// instance with SkillDirectory::of(connection) and friends instead of asking the server
// themselves. Subclasses name the op, the answer's array and the event.
class SharedLookup : public QObject
{
    Q_OBJECT

public:
    // Asks the server unless the list is loaded or on its way (no-op without a connection).
    void load();
    // Asks again (after a write, or when the caller knows the list changed).
    void reload();
    bool isLoaded() const { return m_loaded; }
    QJsonArray items() const { return m_items; }
    Connection *connection() const { return m_connection; }

    // For tests and offline use: the list as if the server had sent it.
    void setItems(const QJsonArray &items);

Q_SIGNALS:
    void changed();
    void loadFailed(const spocs::Error &error);

protected:
    SharedLookup(Connection *connection, const char16_t *listOp, const QString &arrayKey, const QString &topic,
                 const char16_t *changedEvent);
    // An event on the followed topic, once loaded. By default the "changed" event reloads the
    // list; subclasses apply what an event carries instead when it carries the record.
    virtual void onEvent(const protocol::Event &event);
    const char16_t *changedEvent() const { return m_changedEvent; }
    // Finds or creates the connection's one instance of T (a child of the connection).
    template<typename T> static T *instanceFor(Connection *connection);
    QJsonArray &mutableItems() { return m_items; }
    void write(const char16_t *op, const QJsonObject &args, QObject *context, const QString &recordKey, WriteDone done);

private:
    void handleEvent(const protocol::Event &event);
    void onStateChanged();

    QPointer<Connection> m_connection;
    const char16_t *m_listOp;
    QString m_arrayKey;
    QString m_topic;
    const char16_t *m_changedEvent;
    QJsonArray m_items;
    bool m_wanted = false; // load() was called: keep it loaded
    bool m_loaded = false;
    bool m_inFlight = false;
    bool m_again = false; // a change arrived while a load was in flight
};

template<typename T> T *SharedLookup::instanceFor(Connection *connection)
{
    if (!connection)
        return nullptr;
    if (auto *existing = connection->findChild<T *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new T(connection);
}

} // namespace spocs
