#include "coordinator/server/SocketPeer.h"

#include "coordinator/server/Log.h"

namespace spocs {

SocketPeer::SocketPeer(QWebSocket *socket, const char *kind, RateLimiter limiter, qint64 maxIncomingBytes,
                       qint64 maxQueuedBytes, QObject *parent)
    : QObject(parent)
    , openedAt(QDateTime::currentDateTimeUtc())
    , m_socket(socket)
    , m_kind(kind)
    , m_peer(socket->peerAddress().toString() + u':' + QString::number(socket->peerPort()))
    , m_limiter(limiter)
    , m_maxQueuedBytes(maxQueuedBytes)
{
    socket->setParent(this);
    socket->setMaxAllowedIncomingFrameSize(quint64(maxIncomingBytes));
    socket->setMaxAllowedIncomingMessageSize(quint64(maxIncomingBytes));
    connect(socket, &QWebSocket::pong, this, [this](quint64, const QByteArray &) { missedPongs = 0; });
}

void SocketPeer::sendText(const QString &text)
{
    if (m_closing)
        return;
    if (m_socket->bytesToWrite() > m_maxQueuedBytes) {
        qCWarning(lcServer) << "closing" << m_kind << m_peer << "because it stopped reading";
        closeWith(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too slow"));
        return;
    }
    m_socket->sendTextMessage(text);
}

void SocketPeer::closeWith(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_socket->close(code, reason);
}

bool SocketPeer::pingOrAbort(int maxMissedPongs)
{
    if (missedPongs >= maxMissedPongs) {
        m_socket->abort();
        return false;
    }
    ++missedPongs;
    m_socket->ping();
    return true;
}

} // namespace spocs
