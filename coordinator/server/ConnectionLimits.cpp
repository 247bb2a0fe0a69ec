#include "coordinator/server/ConnectionLimits.h"

#include "coordinator/auth/LoginGuard.h"
#include "coordinator/server/Log.h"

#include <QTcpSocket>

namespace spocs {

ConnectionLimits::ConnectionLimits(Caps caps)
    : m_caps(caps)
{ }

bool ConnectionLimits::admit(QTcpSocket *socket)
{
    const QString address = LoginGuard::addressKey(socket->peerAddress());
    const QString peer = socket->peerAddress().toString() + u':' + QString::number(socket->peerPort());
    const char *refusal = nullptr;
    if (total() >= m_caps.maxConnections)
        refusal = "total connection limit";
    else if (m_withoutHello >= m_caps.maxWithoutHello)
        refusal = "limit of connections that have not said hello";
    else if (m_perAddress.value(address) >= m_caps.maxPerAddress
             && !(m_caps.perAddressExemptLoopback && socket->peerAddress().isLoopback()))
        refusal = "per-address connection limit";
    if (refusal || m_peers.contains(peer)) {
        qCWarning(lcServer) << "connection from" << address << "refused:" << (refusal ? refusal : "duplicate peer");
        return false;
    }
    m_peers.insert(peer, Peer { address, false });
    ++m_perAddress[address];
    ++m_withoutHello;
    // The socket lives on inside the WebSocket and is not deleted when the peer leaves: its
    // place is free once it disconnects (or is destroyed first).
    QObject::connect(socket, &QAbstractSocket::disconnected, m_context.get(), [this, peer]() { release(peer); });
    QObject::connect(socket, &QObject::destroyed, m_context.get(), [this, peer]() { release(peer); });
    return true;
}

void ConnectionLimits::saidHello(const QString &peer)
{
    auto it = m_peers.find(peer);
    if (it == m_peers.end() || it->saidHello)
        return;
    it->saidHello = true;
    --m_withoutHello;
}

void ConnectionLimits::release(const QString &peer)
{
    const auto it = m_peers.constFind(peer);
    if (it == m_peers.cend())
        return;
    if (!it->saidHello)
        --m_withoutHello;
    if (--m_perAddress[it->address] <= 0)
        m_perAddress.remove(it->address);
    m_peers.erase(it);
}

} // namespace spocs
