#include "models/CustomerLoader.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/CustomerHistoryModel.h"
#include "models/ModelsLog.h"

namespace spocs {

CustomerLoader::CustomerLoader(QObject *parent)
    : QObject(parent)
    , m_history(new CustomerHistoryModel(this))
{ }

CustomerLoader::~CustomerLoader()
{
    if (m_connection && !m_subscribedTopic.isEmpty())
        m_connection->unsubscribe(m_subscribedTopic);
}

void CustomerLoader::setConnection(Connection *connection)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    if (!connection)
        return;
    connect(connection, &Connection::eventReceived, this, &CustomerLoader::handleEvent);
    connect(connection, &Connection::resyncRequired, this, &CustomerLoader::refresh);
    connect(connection, &Connection::stateChanged, this, &CustomerLoader::onConnectionStateChanged);
    m_wasConnected = connection->state() == Connection::State::Connected;
}

QString CustomerLoader::topic() const
{
    return m_id.isEmpty() ? QString() : protocol::customerTopic(m_id);
}

void CustomerLoader::open(const QString &customerId)
{
    if (customerId == m_id && m_state != State::Empty) {
        refresh();
        return;
    }
    close();
    m_id = customerId;
    if (m_id.isEmpty())
        return;
    if (m_connection) {
        m_subscribedTopic = topic();
        m_connection->subscribe(m_subscribedTopic);
    }
    fetch();
}

void CustomerLoader::close()
{
    ++m_generation; // drop answers in flight
    if (m_connection && !m_subscribedTopic.isEmpty())
        m_connection->unsubscribe(m_subscribedTopic);
    m_subscribedTopic.clear();
    m_id.clear();
    m_details = {};
    m_error = {};
    m_hasError = false;
    m_history->clear();
    setState(State::Empty);
    Q_EMIT detailsChanged();
}

void CustomerLoader::refresh()
{
    if (!m_id.isEmpty())
        fetch();
}

void CustomerLoader::fetch()
{
    const quint64 generation = ++m_generation;
    if (m_state != State::Loaded)
        setState(State::Loading);
    if (!m_connection) {
        m_error = makeError(ErrorCode::Unavailable, QStringLiteral("no connection"));
        m_hasError = true;
        if (m_state != State::Loaded)
            setState(State::Failed);
        Q_EMIT loadFailed(m_error);
        return;
    }
    m_connection->request(QString::fromUtf16(op::CustomerGet), QJsonObject { { QStringLiteral("id"), m_id } }, this,
                          [this, generation](const Reply &reply) {
                              if (generation != m_generation)
                                  return; // another customer was opened, or a newer fetch is running
                              if (reply.ok) {
                                  setDetails(reply.data);
                                  return;
                              }
                              qCInfo(lcModels) << "customer.get failed:" << errorCodeName(reply.error.code);
                              m_error = reply.error;
                              m_hasError = true;
                              // Keep showing loaded data when only a refetch failed (e.g. offline).
                              if (m_state != State::Loaded)
                                  setState(State::Failed);
                              Q_EMIT loadFailed(m_error);
                          });
}

void CustomerLoader::setDetails(const QJsonObject &data)
{
    m_details = CustomerDetails::fromJson(data);
    if (m_id.isEmpty())
        m_id = m_details.id;
    m_error = {};
    m_hasError = false;
    m_history->setEntries(m_details.recentHistory);
    setState(State::Loaded);
    Q_EMIT detailsChanged();
}

bool CustomerLoader::handleEvent(const protocol::Event &event)
{
    if (m_id.isEmpty())
        return false;
    if (event.topic == topic()) {
        refresh();
        return true;
    }
    if (event.topic == protocol::presenceTopic() && m_state == State::Loaded) {
        const QJsonObject user = event.data.value(QStringLiteral("user")).toObject();
        const qint64 id = user.value(QStringLiteral("id")).toInteger();
        const QString login = user.value(QStringLiteral("login")).toString();
        const QString presence = event.data.value(QStringLiteral("state")).toString();
        bool changed = false;
        for (AgentRef *agent : { &m_details.owner, &m_details.backup }) {
            if (agent->isEmpty())
                continue;
            if ((id != 0 && agent->id == id) || (!login.isEmpty() && agent->login == login)) {
                agent->presence = presence;
                changed = true;
            }
        }
        if (changed)
            Q_EMIT detailsChanged();
        return changed;
    }
    return false;
}

void CustomerLoader::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void CustomerLoader::onConnectionStateChanged()
{
    // Back online (after a reconnect or a new login): events may have been missed, and a
    // fetch that failed while offline should be retried. A refetch is cheap and idempotent.
    const bool connected = m_connection && m_connection->state() == Connection::State::Connected;
    if (connected && !m_wasConnected)
        refresh();
    m_wasConnected = connected;
}

} // namespace spocs
