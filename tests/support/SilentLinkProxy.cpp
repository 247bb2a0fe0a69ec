#include "support/SilentLinkProxy.h"

#include <QHostAddress>

namespace spocs::test {

SilentLinkProxy::SilentLinkProxy(const QUrl &target)
    : m_target(target)
{
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { onNewConnection(); });
    m_server.listen(QHostAddress::LocalHost, 0);
}

SilentLinkProxy::~SilentLinkProxy()
{
    m_server.close();
    for (Link *link : std::as_const(m_links)) {
        delete link->client.data();
        delete link->server.data();
        delete link;
    }
}

QUrl SilentLinkProxy::url() const
{
    QUrl url = m_target;
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void SilentLinkProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_accepted;
        auto *link = new Link;
        link->client = client;
        link->server = new QTcpSocket;
        m_links.append(link);
        QTcpSocket *server = link->server;
        client->setParent(nullptr);
        QObject::connect(client, &QTcpSocket::readyRead, client, [this, link] {
            const QByteArray bytes = link->client->readAll();
            if (m_silent)
                return; // swallowed: the link is dead
            if (link->server && link->server->state() == QAbstractSocket::ConnectedState)
                link->server->write(bytes);
            else
                link->early += bytes;
        });
        QObject::connect(server, &QTcpSocket::connected, server,
                         [link] { link->server->write(std::exchange(link->early, {})); });
        QObject::connect(server, &QTcpSocket::readyRead, server, [this, link] {
            const QByteArray bytes = link->server->readAll();
            if (!m_silent && !m_swallowAnswers && link->client)
                link->client->write(bytes);
        });
        // A real close on one side is passed on while the link is alive; a silent link passes nothing.
        QObject::connect(server, &QTcpSocket::disconnected, server, [this, link] {
            if (!m_silent && link->client)
                link->client->disconnectFromHost();
        });
        QObject::connect(client, &QTcpSocket::disconnected, client, [link] {
            if (link->server)
                link->server->disconnectFromHost();
        });
        server->connectToHost(QHostAddress::LocalHost, quint16(m_target.port()));
    }
}

} // namespace spocs::test
