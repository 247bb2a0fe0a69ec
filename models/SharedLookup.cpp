#include "models/SharedLookup.h"

#include "models/ModelsLog.h"

namespace spocs {

SharedLookup::SharedLookup(Connection *connection, const char16_t *listOp, const QString &arrayKey,
                           const QString &topic, const char16_t *changedEvent)
    : QObject(connection)
    , m_connection(connection)
    , m_listOp(listOp)
    , m_arrayKey(arrayKey)
    , m_topic(topic)
    , m_changedEvent(changedEvent)
{
    if (!connection)
        return;
    connect(connection, &Connection::eventReceived, this, &SharedLookup::handleEvent);
    connect(connection, &Connection::resyncRequired, this, [this] {
        if (m_wanted)
            reload();
    });
    connect(connection, &Connection::stateChanged, this, &SharedLookup::onStateChanged);
}

void SharedLookup::load()
{
    m_wanted = true;
    if (m_loaded || m_inFlight)
        return;
    reload();
}

void SharedLookup::onStateChanged()
{
    // A load asked for while signed out happens once the session is open.
    if (m_wanted && !m_loaded && !m_inFlight && m_connection && m_connection->state() == Connection::State::Connected)
        reload();
}

void SharedLookup::reload()
{
    m_wanted = true;
    if (!m_connection || m_connection->state() != Connection::State::Connected)
        return;
    if (m_inFlight) {
        m_again = true;
        return;
    }
    if (!m_topic.isEmpty())
        m_connection->subscribe(m_topic);
    m_inFlight = true;
    m_connection->request(QString::fromUtf16(m_listOp), {}, this, [this](const Reply &reply) {
        m_inFlight = false;
        if (reply.ok) {
            m_items = reply.data.value(m_arrayKey).toArray();
            m_loaded = true;
            Q_EMIT changed();
        } else {
            qCInfo(lcModels) << QString::fromUtf16(m_listOp) << "failed:" << errorCodeName(reply.error.code);
            Q_EMIT loadFailed(reply.error);
        }
        if (m_again) {
            m_again = false;
            reload();
        }
    });
}

void SharedLookup::setItems(const QJsonArray &items)
{
    m_items = items;
    m_loaded = true;
    Q_EMIT changed();
}

void SharedLookup::handleEvent(const protocol::Event &event)
{
    if (m_loaded && event.topic == m_topic)
        onEvent(event);
}

void SharedLookup::onEvent(const protocol::Event &event)
{
    if (m_changedEvent && event.kind == QStringView(m_changedEvent))
        reload();
}

void SharedLookup::write(const char16_t *op, const QJsonObject &args, QObject *context, const QString &recordKey,
                         WriteDone done)
{
    if (!m_connection) {
        done(makeError(ErrorCode::Unavailable, QStringLiteral("offline")));
        return;
    }
    m_connection->write(QString::fromUtf16(op), args, context, [done, recordKey](const Reply &reply) {
        if (!reply.ok) {
            qCInfo(lcModels) << "write failed:" << errorCodeName(reply.error.code);
            done(reply.error);
            return;
        }
        done(recordKey.isEmpty() ? reply.data : reply.data.value(recordKey).toObject());
    });
}

} // namespace spocs
