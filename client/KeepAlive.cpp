#include "client/KeepAlive.h"

#include "client/Log.h"

#include <QTimer>
#include <QWebSocket>

#include <algorithm>

namespace spocs {

KeepAlive::KeepAlive(QObject *parent)
    : QObject(parent)
    , m_pingTimer(new QTimer(this))
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_pingTimer, &QTimer::timeout, this, &KeepAlive::sendPing);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        qCWarning(lcClient) << "no answer to a keep-alive ping within" << m_deadlineMs << "ms: the link is dead";
        stop();
        Q_EMIT linkDead();
    });
}

void KeepAlive::setTiming(int intervalMs, int deadlineMs)
{
    m_intervalMs = intervalMs;
    m_deadlineMs = std::max(1, deadlineMs);
    if (QWebSocket *watched = m_socket.data())
        watch(watched); // the link being watched now follows the new timing at once
}

void KeepAlive::watch(QWebSocket *socket)
{
    stop();
    if (m_intervalMs <= 0 || !socket)
        return;
    m_socket = socket;
    connect(socket, &QWebSocket::pong, this, &KeepAlive::heardFromPeer);
    m_pingTimer->start(m_intervalMs);
}

void KeepAlive::stop()
{
    if (m_socket)
        m_socket->disconnect(this);
    m_socket.clear();
    m_pingTimer->stop();
    m_deadline->stop();
}

void KeepAlive::heardFromPeer()
{
    m_deadline->stop();
}

void KeepAlive::sendPing()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->ping();
    // One deadline at a time: the first unanswered ping decides.
    if (!m_deadline->isActive())
        m_deadline->start(m_deadlineMs);
}

} // namespace spocs
