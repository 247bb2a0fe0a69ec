#include "coordinator/visitors/WebEndpoint.h"

#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/Listener.h"
#include "coordinator/server/Log.h"
#include "coordinator/storage/Database.h"
#include "coordinator/visitors/ChatStore.h"
#include "coordinator/visitors/VisitorOps.h"
#include "coordinator/visitors/VisitorSession.h"
#include "core/Ops.h"
#include "core/Try.h"
#include "core/Version.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

namespace spocs {
namespace {

constexpr int kHeadTimeoutMs = 10000;

QString contactIdTopicPrefix()
{
    return QStringLiteral("contact:");
}

// Ephemeral visitor events the staff ops publish (contact.typing, contact.read), already in the
// visitor's shape; staff cannot follow these topics.
QString chatTopicPrefix()
{
    return QStringLiteral("chat:");
}

} // namespace

WebEndpoint::WebEndpoint(CoordinatorServer &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_settings(server.config().web)
    , m_limits(ConnectionLimits::Caps { m_settings.maxConnections, m_settings.maxConnections,
                                        m_settings.maxConnectionsPerAddress, false })
    , m_ops(std::make_unique<VisitorOps>(*this))
{
    connect(&m_tick, &QTimer::timeout, this, &WebEndpoint::onTick);
    connect(&m_pingTimer, &QTimer::timeout, this, &WebEndpoint::onPingTick);
    connect(&m_retentionTimer, &QTimer::timeout, this, &WebEndpoint::pruneExpired);
}

WebEndpoint::~WebEndpoint() = default;

Result<void> WebEndpoint::start()
{
    const ServerConfig &config = m_server.config();
    QHostAddress host = config.host;
    if (!m_settings.listen.isEmpty() && !host.setAddress(m_settings.listen))
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("[web] listen is not an address: %1").arg(m_settings.listen));
    if (!host.isLoopback() && !config.hasTls())
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("refusing to serve the web endpoint on %1 without TLS").arg(host.toString()));
    SPOCS_TRY_LET(listener, makeListener(config, this));
    m_tcp = *listener;
    m_tcp->setListenBacklogSize(1024);
    m_tcp->setMaxPendingConnections(1024);
    m_ws = new QWebSocketServer(QStringLiteral("spocs-coordinator/") + spocsVersion(), QWebSocketServer::NonSecureMode,
                                this);
    m_ws->setMaxPendingConnections(1024);
    m_ws->setHandshakeTimeout(config.handshakeTimeoutMs);
    connect(m_tcp, &QTcpServer::pendingConnectionAvailable, this, &WebEndpoint::acceptPending);
    connect(m_ws, &QWebSocketServer::newConnection, this, &WebEndpoint::onWebSocket);
    if (!m_tcp->listen(host, m_settings.port))
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot listen on %1:%2: %3")
                             .arg(host.toString())
                             .arg(m_settings.port)
                             .arg(m_tcp->errorString()));
    connect(&m_server.events(), &EventBus::delivered, this, &WebEndpoint::onDelivered);
    m_tick.start(1000);
    m_pingTimer.start(config.pingIntervalMs);
    // Every visitor who opens a page with the widget leaves a row; expired ones go hourly.
    pruneExpired();
    m_retentionTimer.start(3600 * 1000);
    return {};
}

quint16 WebEndpoint::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl WebEndpoint::url() const
{
    QUrl url;
    url.setScheme(m_server.config().hasTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_tcp ? m_tcp->serverAddress().toString() : QString());
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

QString WebEndpoint::publicUrl() const
{
    if (!m_settings.publicUrl.isEmpty())
        return m_settings.publicUrl;
    QString own = url().toString();
    while (own.endsWith(u'/'))
        own.chop(1);
    return own;
}

void WebEndpoint::acceptPending()
{
    while (m_tcp->hasPendingConnections()) {
        QTcpSocket *socket = m_tcp->nextPendingConnection();
        if (!socket)
            break;
        if (m_shuttingDown || !m_limits.admit(socket)) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_waitingForHead.insert(socket, QDateTime::currentDateTimeUtc());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onHeadBytes(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_waitingForHead.remove(socket))
                socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onHeadBytes(socket);
    }
}

void WebEndpoint::onHeadBytes(QTcpSocket *socket)
{
    if (!m_waitingForHead.contains(socket))
        return;
    // Peeked, not read: an upgrade goes to the WebSocket server with its request intact.
    const QByteArray seen = socket->peek(webhttp::kMaxHeadBytes + 4);
    webhttp::RequestHead head;
    switch (webhttp::parseHead(seen, &head)) {
    case webhttp::HeadStatus::Incomplete:
        return;
    case webhttp::HeadStatus::TooLarge:
        answerHttp(socket, webhttp::errorResponse(413));
        return;
    case webhttp::HeadStatus::Malformed:
        answerHttp(socket, webhttp::errorResponse(400));
        return;
    case webhttp::HeadStatus::Complete:
        break;
    }
    if (head.path != "/visitor") {
        answerHttp(socket, m_files.respond(head));
        return;
    }
    if (head.method != "GET" || !head.isWebSocketUpgrade()) {
        answerHttp(socket, webhttp::errorResponse(head.method == "GET" ? 400 : 405));
        return;
    }
    const QString origin = QString::fromUtf8(head.header("origin"));
    if (!m_settings.allowedOrigins.isEmpty() && !m_settings.allowedOrigins.contains(origin)) {
        qCInfo(lcServer) << "visitor connection refused: origin not allowed";
        answerHttp(socket, webhttp::errorResponse(403));
        return;
    }
    m_waitingForHead.remove(socket);
    disconnect(socket, nullptr, this, nullptr);
    m_ws->handleConnection(socket);
}

void WebEndpoint::answerHttp(QTcpSocket *socket, const QByteArray &response)
{
    m_waitingForHead.remove(socket);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->write(response);
    socket->disconnectFromHost(); // after the response has been written
}

void WebEndpoint::onWebSocket()
{
    while (m_ws->hasPendingConnections()) {
        QWebSocket *socket = m_ws->nextPendingConnection();
        if (!socket)
            break;
        auto *session = new VisitorSession(socket, m_settings, this);
        m_sessions.insert(session);
        connect(socket, &QWebSocket::textMessageReceived, session,
                [this, session](const QString &text) { onText(session, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, session, [session](const QByteArray &) {
            if (session->limiter().tryAcquire())
                session->sendErrorFrame(makeError(ErrorCode::BadRequest,
                                                  QStringLiteral("binary frames are not supported; send JSON text")));
        });
        connect(socket, &QWebSocket::disconnected, this, [this, session] { onClosed(session); });
        if (m_shuttingDown)
            session->closeWith(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("shutting down"));
    }
}

void WebEndpoint::onText(VisitorSession *session, const QString &text)
{
    if (session->isClosing())
        return;
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() > m_settings.maxFrameBytes) {
        session->sendErrorFrame(makeError(ErrorCode::TooLarge,
                                          QStringLiteral("frame exceeds %1 bytes").arg(m_settings.maxFrameBytes),
                                          QJsonObject { { QStringLiteral("limit"), m_settings.maxFrameBytes } }));
        session->closeWith(QWebSocketProtocol::CloseCodeTooMuchData, QStringLiteral("too_large"));
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(utf8);
    const QJsonObject frame = doc.object();
    const QJsonValue id = frame.value(QStringLiteral("id"));
    const bool isRequest = frame.value(QStringLiteral("t")).toString() == u"req" && id.isDouble() && id.toDouble() >= 0;
    const qint64 requestId = isRequest ? id.toInteger() : -1;
    // Every frame spends a token, garbage included.
    if (!session->limiter().tryAcquire()) {
        const Error limited
            = makeError(ErrorCode::RateLimited, QStringLiteral("slow down"),
                        QJsonObject { { QStringLiteral("retryAfterMs"), session->limiter().retryAfterMs() } });
        if (isRequest)
            session->sendResponse(requestId, limited);
        else
            session->sendErrorFrame(limited);
        return;
    }
    if (!doc.isObject()) {
        session->sendErrorFrame(makeError(ErrorCode::BadRequest, QStringLiteral("a frame is one JSON object")));
        return;
    }
    const QString type = frame.value(QStringLiteral("t")).toString();
    if (type == u"hello") {
        onHello(session, frame);
        return;
    }
    if (type != u"req") {
        session->sendErrorFrame(makeError(ErrorCode::BadRequest,
                                          QStringLiteral("a visitor may send only hello and req frames"),
                                          QJsonObject { { QStringLiteral("field"), QStringLiteral("t") } }));
        return;
    }
    auto decoded = protocol::decode(QByteArrayView(utf8), nullptr, m_settings.maxFrameBytes);
    const auto *request = decoded ? std::get_if<protocol::Request>(&*decoded) : nullptr;
    if (!request) {
        const Error error
            = decoded ? makeError(ErrorCode::BadRequest, QStringLiteral("not a request")) : decoded.error();
        if (isRequest)
            session->sendResponse(requestId, error);
        else
            session->sendErrorFrame(error);
        return;
    }
    if (!session->saidHello()) {
        session->sendResponse(request->id, makeError(ErrorCode::Unauthenticated, QStringLiteral("say hello first")));
        return;
    }
    session->sendResponse(request->id, m_ops->handle(session, request->op, request->args));
}

void WebEndpoint::onHello(VisitorSession *session, const QJsonObject &frame)
{
    if (session->saidHello()) {
        session->sendErrorFrame(makeError(ErrorCode::BadRequest, QStringLiteral("already said hello")));
        return;
    }
    if (frame.value(QStringLiteral("v")).toInt() != protocol::Version) {
        session->sendErrorFrame(makeError(ErrorCode::UnsupportedVersion, QStringLiteral("this server speaks v 1"),
                                          QJsonObject { { QStringLiteral("field"), QStringLiteral("v") } }));
        session->closeWith(QWebSocketProtocol::CloseCodeProtocolError, QStringLiteral("unsupported_version"));
        return;
    }
    const QJsonValue token = frame.value(QStringLiteral("visitor"));
    if (!token.isUndefined() && !token.isNull() && !token.isString()) {
        session->sendErrorFrame(makeError(ErrorCode::BadRequest, QStringLiteral("visitor must be a token string"),
                                          QJsonObject { { QStringLiteral("field"), QStringLiteral("visitor") } }));
        return;
    }
    auto welcome = m_ops->welcome(session, token.toString());
    if (!welcome) {
        session->sendErrorFrame(welcome.error());
        return;
    }
    m_limits.saidHello(session->peer());
    session->send(QString::fromUtf8(QJsonDocument(*welcome).toJson(QJsonDocument::Compact)));
}

void WebEndpoint::follow(VisitorSession *session, qint64 contactId)
{
    if (session->chatId == contactId)
        return;
    if (session->chatId)
        m_followers[session->chatId].remove(session);
    session->chatId = contactId;
    session->lastStatus.reset();
    m_followers[contactId].insert(session);
}

QList<VisitorSession *> WebEndpoint::sessionsOf(qint64 visitorId) const
{
    QList<VisitorSession *> out;
    for (VisitorSession *session : m_sessions) {
        if (session->visitorId == visitorId && !session->isClosing())
            out.append(session);
    }
    return out;
}

void WebEndpoint::onClosed(VisitorSession *session)
{
    if (!m_sessions.remove(session))
        return;
    if (session->chatId) {
        auto it = m_followers.find(session->chatId);
        if (it != m_followers.end()) {
            it->remove(session);
            if (it->isEmpty())
                m_followers.erase(it);
        }
    }
    session->deleteLater();
}

void WebEndpoint::onDelivered(const QString &topic, const QString &text)
{
    if (topic == u"queue") {
        // Every contact change passes here once: a closed one may owe its customer a survey.
        const QJsonObject event = QJsonDocument::fromJson(text.toUtf8()).object();
        const QJsonObject contact
            = event.value(QStringLiteral("data")).toObject().value(QStringLiteral("contact")).toObject();
        // Queued: this runs while the event bus delivers a commit, and issuing a link is a write.
        if (contact.value(QStringLiteral("state")).toString() == u"closed")
            QMetaObject::invokeMethod(
                this, [this, contact] { m_ops->contactClosed(contact); }, Qt::QueuedConnection);
        return;
    }
    const bool chatTopic = topic.startsWith(chatTopicPrefix());
    if (!chatTopic && !topic.startsWith(contactIdTopicPrefix()))
        return;
    const qint64 contactId
        = QStringView(topic).mid((chatTopic ? chatTopicPrefix() : contactIdTopicPrefix()).size()).toLongLong();
    if (!m_followers.contains(contactId))
        return;
    const QJsonObject event = QJsonDocument::fromJson(text.toUtf8()).object();
    if (chatTopic) {
        sendToFollowers(contactId,
                        { VisitorOps::Outgoing { 0, event.value(QStringLiteral("kind")).toString(),
                                                 event.value(QStringLiteral("data")).toObject() } });
        return;
    }
    // Staff events carry staff data: the visitor gets its own view, read afresh, never the event.
    sendToFollowers(contactId, m_ops->translate(contactId, event));
}

void WebEndpoint::pushStatus(qint64 contactId)
{
    if (!m_followers.contains(contactId))
        return;
    if (auto status = m_ops->status(contactId))
        sendToFollowers(contactId, { *status });
}

void WebEndpoint::sendToFollowers(qint64 contactId, const QList<VisitorOps::Outgoing> &events)
{
    const auto it = m_followers.constFind(contactId);
    if (it == m_followers.cend() || it->isEmpty())
        return;
    const QSet<VisitorSession *> followers = *it; // send() may close one
    for (const VisitorOps::Outgoing &out : events) {
        for (VisitorSession *session : followers) {
            if (out.kind == QStringView(visitorevent::ChatStatus)) {
                const auto chat = domain::VisitorChat::fromJson(out.data);
                if (session->lastStatus == chat)
                    continue;
                session->lastStatus = chat;
            }
            session->sendEvent(out.seq, out.kind, out.data);
        }
    }
}

void WebEndpoint::onTick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto waiting = m_waitingForHead;
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it) {
        if (it.value().msecsTo(now) > kHeadTimeoutMs) {
            m_waitingForHead.remove(it.key());
            it.key()->abort();
            it.key()->deleteLater();
        }
    }
    const QSet<VisitorSession *> sessions = m_sessions;
    for (VisitorSession *session : sessions) {
        if (!session->saidHello() && session->openedAt.msecsTo(now) > m_settings.helloTimeoutMs)
            session->closeWith(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("no hello"));
    }
}

void WebEndpoint::pruneExpired()
{
    const auto removed = m_ops->pruneExpired();
    if (!removed)
        qCWarning(lcServer) << "could not prune expired visitors:" << removed.error().message;
    else if (*removed > 0)
        qCInfo(lcServer) << "pruned" << *removed << "expired visitor rows and survey links";
}

void WebEndpoint::onPingTick()
{
    const QSet<VisitorSession *> sessions = m_sessions;
    for (VisitorSession *session : sessions)
        session->pingOrAbort(m_server.config().maxMissedPongs);
}

void WebEndpoint::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    if (m_tcp)
        m_tcp->close();
    m_tick.stop();
    m_pingTimer.stop();
    m_retentionTimer.stop();
    const QSet<VisitorSession *> sessions = m_sessions;
    for (VisitorSession *session : sessions) {
        session->sendErrorFrame(makeError(ErrorCode::Unavailable, QStringLiteral("the service is restarting")));
        session->closeWith(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("shutting down"));
    }
}

} // namespace spocs
