#pragma once

#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace spocs::test {

// A TCP relay on 127.0.0.1 between a client and a server that can go silent: it keeps
// both connections open but stops passing bytes either way, as a link does when a laptop
// changes networks or a peer hangs. Neither side sees a close or an error.
class SilentLinkProxy
{
public:
    explicit SilentLinkProxy(const QUrl &target);
    ~SilentLinkProxy();

    bool isListening() const { return m_server.isListening(); }
    QUrl url() const; // the target's URL with the proxy's port
    void setSilent(bool silent) { m_silent = silent; }
    bool isSilent() const { return m_silent; }
    // Passes the client's bytes on but swallows the server's: requests arrive and are
    // applied, their answers are lost on the way back.
    void setSwallowAnswers(bool swallow) { m_swallowAnswers = swallow; }
    int connections() const { return m_accepted; }

private:
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
        QByteArray early; // client bytes that arrived before the server connection was open
    };
    void onNewConnection();

    QUrl m_target;
    QTcpServer m_server;
    QList<Link *> m_links;
    bool m_silent = false;
    bool m_swallowAnswers = false;
    int m_accepted = 0;
};

} // namespace spocs::test
