#pragma once

#include <QObject>
#include <QPointer>

class QTimer;
class QWebSocket;

namespace spocs {

// Notices a silently dead link (a laptop that changed networks, a peer that stopped
// reading): while a socket is watched it sends a WebSocket ping every interval, and when
// nothing at all (pong or frame) arrives within the deadline after a ping, it reports the
// link dead. TCP alone can take many minutes to notice.
class KeepAlive : public QObject
{
    Q_OBJECT

public:
    explicit KeepAlive(QObject *parent = nullptr);

    // intervalMs <= 0 turns the keep-alive off. Applies at once to the socket being watched.
    void setTiming(int intervalMs, int deadlineMs);
    int intervalMs() const { return m_intervalMs; }
    int deadlineMs() const { return m_deadlineMs; }

    void watch(QWebSocket *socket); // starts pinging an open socket
    void stop();
    // Anything the peer sent proves the link is alive.
    void heardFromPeer();

Q_SIGNALS:
    void linkDead();

private:
    void sendPing();

    QPointer<QWebSocket> m_socket;
    QTimer *m_pingTimer = nullptr;
    QTimer *m_deadline = nullptr;
    int m_intervalMs = 10000;
    int m_deadlineMs = 10000;
};

} // namespace spocs
