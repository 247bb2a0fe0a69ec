#pragma once

#include "coordinator/server/RateLimiter.h"

#include <QDateTime>
#include <QObject>
#include <QWebSocket>

namespace spocs {

// What the staff (ClientSession) and the visitor (VisitorSession) WebSocket connections
// share: the socket it owns, the peer's address, the request rate limit, keep-alive pings,
// and closing once, also when the peer stops reading.
class SocketPeer : public QObject
{
    Q_OBJECT

public:
    QWebSocket *socket() const { return m_socket; }
    QString peer() const { return m_peer; }

    void closeWith(QWebSocketProtocol::CloseCode code, const QString &reason);
    bool isClosing() const { return m_closing; }

    // Pings the peer, or aborts it once it has missed maxMissedPongs pongs in a row (a dead
    // peer will not answer a close handshake either). False when it was aborted.
    bool pingOrAbort(int maxMissedPongs);

    RateLimiter &limiter() { return m_limiter; }
    QDateTime openedAt;
    int missedPongs = 0;

protected:
    // kind names the peer in the log. Between the protocol's message limit and maxIncomingBytes
    // the owner answers too_large itself; above it Qt closes with 1009 without reading the rest.
    SocketPeer(QWebSocket *socket, const char *kind, RateLimiter limiter, qint64 maxIncomingBytes,
               qint64 maxQueuedBytes, QObject *parent);

    // Sends one text frame, unless the peer has stopped reading: then it is closed instead of
    // letting its queue grow without bound.
    void sendText(const QString &text);

private:
    QWebSocket *m_socket;
    const char *m_kind;
    QString m_peer;
    RateLimiter m_limiter;
    qint64 m_maxQueuedBytes;
    bool m_closing = false;
};

} // namespace spocs
