#pragma once

#include "core/Protocol.h"
#include "core/Result.h"
#include "models/CustomerDetails.h"

#include <QObject>
#include <QPointer>

namespace spocs {

class Connection;
class CustomerHistoryModel;

// Keeps the open customer's data current: customer.get on open, the customer's topic
// subscribed while it is open, and a refetch on that topic's events and on resync.
// Holds the data for the customer page; the widget only displays it.
class CustomerLoader : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum class State { Empty, Loading, Loaded, Failed };
    Q_ENUM(State)

    explicit CustomerLoader(QObject *parent = nullptr);
    ~CustomerLoader() override;

    void setConnection(Connection *connection);

    // Opens a customer by id (unsubscribes the previous one).
    void open(const QString &customerId);
    // Closes the open customer and unsubscribes its topic.
    void close();
    // Fetches the open customer again (keeps showing the old data meanwhile).
    void refresh();

    QString customerId() const { return m_id; }
    QString topic() const;
    State state() const { return m_state; }
    const CustomerDetails &details() const { return m_details; }
    // The last fetch failed; lastError() says why (the old data, if any, is still shown).
    bool hasError() const { return m_hasError; }
    const Error &lastError() const { return m_error; }
    CustomerHistoryModel *historyModel() const { return m_history; }

    // Feeds a customer.get answer directly (the Connection path ends here too).
    void setDetails(const QJsonObject &data);
    // Reacts to one event: refetch for the open customer's topic, presence updates for
    // the owner and backup. Returns true if it concerned the open customer.
    bool handleEvent(const protocol::Event &event);

Q_SIGNALS:
    void stateChanged(spocs::CustomerLoader::State state);
    // The details changed (loaded, refetched, presence updated, closed).
    void detailsChanged();
    void loadFailed(const spocs::Error &error);

private:
    void setState(State state);
    void fetch();
    void onConnectionStateChanged();

    QPointer<Connection> m_connection;
    CustomerHistoryModel *m_history = nullptr;
    CustomerDetails m_details;
    Error m_error;
    QString m_id;
    QString m_subscribedTopic;
    quint64 m_generation = 0;
    State m_state = State::Empty;
    bool m_wasConnected = false;
    bool m_hasError = false;
};

} // namespace spocs
