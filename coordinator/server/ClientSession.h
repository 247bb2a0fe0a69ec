#pragma once

#include "coordinator/auth/AuthStore.h"
#include "coordinator/server/SocketPeer.h"
#include "core/Protocol.h"

#include <QDateTime>
#include <QSet>

#include <deque>
#include <limits>
#include <optional>
#include <vector>

namespace spocs {

struct ServerConfig;

// One WebSocket peer: its socket, its authenticated session (after hello), its topic
// subscriptions and the limits that protect everyone else from it.
class ClientSession : public SocketPeer
{
    Q_OBJECT

public:
    ClientSession(QWebSocket *socket, const ServerConfig &config, QObject *parent = nullptr);
    ~ClientSession() override;

    bool isAuthenticated() const { return m_session.has_value(); }
    const AuthStore::SessionInfo &session() const { return *m_session; }
    void setSession(AuthStore::SessionInfo info);
    void clearSession() { m_session.reset(); }
    qint64 userId() const { return m_session ? m_session->user.id : 0; }

    QSet<QString> &topics() { return m_topics; }

    // Sends one text frame, unless the peer has stopped reading: then it is closed
    // (it will resume from its last seq) instead of letting its queue grow without bound.
    void send(const QString &text);
    void sendFrame(const protocol::Frame &frame) { send(protocol::encodeText(frame)); }
    void sendError(qint64 requestId, const Error &error);

    // While a commit group is open, answers wait for its commit (they may show writes that
    // are not durable yet), and so does everything sent after them, to keep the order.
    struct Held
    {
        QString text;
        qint64 okResponseTo; // a success answer to this request, or -1
    };
    void sendHeld(const QString &text, qint64 okResponseTo);
    // Stops holding; what was held goes out with sendReleased().
    std::vector<Held> takeHeld();
    // In order; when the commit failed, success answers become `error` instead.
    void sendReleased(const std::vector<Held> &held, bool committed, const Error &error);

    // While one of this peer's reads runs on the read worker, its later requests wait here
    // (already counted as outstanding), so they run and are answered in the order sent.
    bool isReading() const { return m_reading; }
    void setReading(bool reading) { m_reading = reading; }
    void deferRequest(protocol::Request request) { m_deferred.push_back(std::move(request)); }
    std::optional<protocol::Request> takeDeferredRequest();

    int outstanding = 0;
    QDateTime lastActivity;
    QDateTime lastTouched;
    // When this session ends (idle or absolute limit), in ms since the epoch; no event is
    // sent past it. Moved on by every request a person caused.
    qint64 endsAtMs = std::numeric_limits<qint64>::max();
    void noteActivity(const QDateTime &now, qint64 idleSeconds);

private:
    std::optional<AuthStore::SessionInfo> m_session;
    QSet<QString> m_topics;
    bool m_holding = false;
    bool m_reading = false;
    std::deque<protocol::Request> m_deferred;
    std::vector<Held> m_held;
};

} // namespace spocs
