#include "coordinator/server/ClientSession.h"

#include "coordinator/server/ServerConfig.h"

namespace spocs {

ClientSession::ClientSession(QWebSocket *socket, const ServerConfig &config, QObject *parent)
    : SocketPeer(socket, "peer", RateLimiter(config.requestsPerSecond, config.requestBurst),
                 config.maxMessageBytes * 2, // room for a typed too_large answer to ordinary oversize mistakes
                 config.maxQueuedSendBytes, parent)
    , lastActivity(openedAt)
{ }

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
    if (isClosing())
        return;
    if (m_holding) {
        m_held.push_back(Held { text, -1 });
        return;
    }
    sendText(text);
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

} // namespace spocs
