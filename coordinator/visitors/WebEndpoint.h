#pragma once

#include "coordinator/server/ConnectionLimits.h"
#include "coordinator/visitors/VisitorOps.h"
#include "coordinator/visitors/WebHttp.h"
#include "coordinator/visitors/WebSettings.h"
#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <memory>

class QTcpServer;
class QTcpSocket;
class QWebSocketServer;

namespace spocs {

class CoordinatorServer;
class VisitorSession;

// The coordinator's second listener, for the public: GET/HEAD of the web/ files (the chat
// widget, its demo page, the survey page) and the visitor WebSocket at /visitor.
//
// Debian 12's Qt has no HTTP server module, and libmicrohttpd would run its own thread and
// select loop beside Qt's; a handful of GET paths do not need either. Each connection's request
// head (at most 8 KiB) is peeked without consuming it: a /visitor upgrade is handed with its
// bytes still unread to a QWebSocketServer, anything else is answered and closed.
// Visitors never reach the staff op table (VisitorOps has its own) nor staff topics: they get
// events about their own chat only (chat.message, chat.status, chat.typing, chat.read).
class WebEndpoint : public QObject
{
    Q_OBJECT

public:
    explicit WebEndpoint(CoordinatorServer &server, QObject *parent = nullptr);
    ~WebEndpoint() override;

    Result<void> start();
    void shutdown();
    quint16 port() const;
    QUrl url() const;
    // What customers see in survey links: [web] public_url, or this endpoint's own URL.
    QString publicUrl() const;
    const WebSettings &settings() const { return m_settings; }
    CoordinatorServer &server() { return m_server; }

    // This connection follows the chat from now on (every tab of the visitor that has it).
    void follow(VisitorSession *session, qint64 contactId);
    // Every connection of this visitor, to follow a chat one of them started.
    QList<VisitorSession *> sessionsOf(qint64 visitorId) const;
    // Sends the chat's state to its followers when it changed (the visitor left, rated).
    void pushStatus(qint64 contactId);
    int connectionCount() const { return int(m_sessions.size()); }

private:
    void acceptPending();
    void onHeadBytes(QTcpSocket *socket);
    void answerHttp(QTcpSocket *socket, const QByteArray &response);
    void onWebSocket();
    void onText(VisitorSession *session, const QString &text);
    void onHello(VisitorSession *session, const QJsonObject &frame);
    void onClosed(VisitorSession *session);
    void onDelivered(const QString &topic, const QString &text);
    void sendToFollowers(qint64 contactId, const QList<VisitorOps::Outgoing> &events);
    void onTick();
    void onPingTick();
    void pruneExpired();

    CoordinatorServer &m_server;
    WebSettings m_settings;
    webhttp::StaticFiles m_files;
    ConnectionLimits m_limits;
    std::unique_ptr<VisitorOps> m_ops;
    QTcpServer *m_tcp = nullptr;
    QWebSocketServer *m_ws = nullptr;
    QHash<QTcpSocket *, QDateTime> m_waitingForHead; // wall clock: when the connection came
    QSet<VisitorSession *> m_sessions;
    QHash<qint64, QSet<VisitorSession *>> m_followers; // chat (contact id) -> connections
    QTimer m_tick;
    QTimer m_pingTimer;
    QTimer m_retentionTimer;
    bool m_shuttingDown = false;
};

} // namespace spocs
