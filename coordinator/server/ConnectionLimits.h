#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

class QTcpSocket;

namespace spocs {

// Caps on connections, checked when the TCP connection is accepted: in total, from one
// source address, and those that have not said hello yet (a login flood or a slowloris
// must not exhaust memory or descriptors). A refused connection is closed at once.
class ConnectionLimits
{
public:
    struct Caps
    {
        int maxConnections = 50000;
        int maxWithoutHello = 12000;
        int maxPerAddress = 1000;
        bool perAddressExemptLoopback = true;
    };

    explicit ConnectionLimits(Caps caps);

    // Counts the socket, or returns false (caller closes it). Forgets it when it is destroyed.
    bool admit(QTcpSocket *socket);
    // The connection said hello (by its "address:port" peer name): no longer counted as waiting.
    void saidHello(const QString &peer);

    int total() const { return int(m_peers.size()); }
    int withoutHello() const { return m_withoutHello; }

private:
    struct Peer
    {
        QString address;
        bool saidHello = false;
    };
    void release(const QString &peer);

    Caps m_caps;
    QHash<QString, Peer> m_peers; // by "address:port"
    QHash<QString, int> m_perAddress;
    int m_withoutHello = 0;
    // Receiver of the sockets' destroyed() signals: dies with this object, so a socket that
    // outlives the limits never calls into freed memory.
    std::unique_ptr<QObject> m_context = std::make_unique<QObject>();
};

} // namespace spocs
