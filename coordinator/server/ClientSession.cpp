#include "coordinator/server/ClientSession.h"

#include "coordinator/server/Log.h"
#include "coordinator/server/ServerConfig.h"

namespace spocs {

ClientSession::ClientSession(QWebSocket *socket, const ServerConfig &config, QObject *parent)
    : QObject(parent)
    , openedAt(QDateTime::currentDateTimeUtc())
    , lastActivity(openedAt)
    , m_socket(socket)
    , m_peer(socket->peerAddress().toString() + u':' + QString::number(socket->peerPort()))
    , m_limiter(config.requestsPerSecond, config.requestBurst)
    , m_maxQueuedBytes(config.maxQueuedSendBytes)
{
    socket->setParent(this);
    // Qt closes with 1009 above this hard cap; between the protocol limit and the cap the
    // server answers too_large itself, so ordinary oversize mistakes get a typed error.
    socket->setMaxAllowedIncomingFrameSize(quint64(config.maxMessageBytes) * 2);
    socket->setMaxAllowedIncomingMessageSize(quint64(config.maxMessageBytes) * 2);
}

ClientSession::~ClientSession() = default;

void ClientSession::setSession(AuthStore::SessionInfo info)
{
    m_session = std::move(info);
    lastActivity = lastTouched = QDateTime::currentDateTimeUtc();
}

void ClientSession::noteActivity(const QDateTime &now, qint64 idleSeconds)
{
    lastActivity = now;
    if (m_session)
        endsAtMs = std::min(m_session->expiresAt.toMSecsSinceEpoch(), now.toMSecsSinceEpoch() + idleSeconds * 1000);
}

void ClientSession::send(const QString &text)
{
    if (m_closing)
        return;
    if (m_holding) {
        m_held.push_back(Held { text, -1 });
        return;
    }
    if (m_socket->bytesToWrite() > m_maxQueuedBytes) {
        qCWarning(lcServer) << "closing" << m_peer << "because it stopped reading";
        closeWith(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too slow"));
        return;
    }
    m_socket->sendTextMessage(text);
}

void ClientSession::sendHeld(const QString &text, qint64 okResponseTo)
{
    m_holding = true;
    m_held.push_back(Held { text, okResponseTo });
}

std::vector<ClientSession::Held> ClientSession::takeHeld()
{
    m_holding = false;
    return std::exchange(m_held, {});
}

void ClientSession::sendReleased(const std::vector<Held> &held, bool committed, const Error &error)
{
    for (const Held &h : held) {
        if (!committed && h.okResponseTo >= 0)
            sendError(h.okResponseTo, error);
        else
            send(h.text);
    }
}

std::optional<protocol::Request> ClientSession::takeDeferredRequest()
{
    if (m_deferred.empty())
        return std::nullopt;
    protocol::Request request = std::move(m_deferred.front());
    m_deferred.pop_front();
    return request;
}

void ClientSession::sendError(qint64 requestId, const Error &error)
{
    sendFrame(protocol::errorResponse(requestId, error));
}

void ClientSession::closeWith(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_socket->close(code, reason);
}

} // namespace spocs
