#pragma once

#include "coordinator/server/SocketPeer.h"
#include "core/Protocol.h"
#include "core/domain/Chat.h"

#include <QSet>

#include <optional>

namespace spocs {

struct WebSettings;

// One visitor connection on the web endpoint: its socket, the visitor token's row (after
// hello), the chat it follows and the limits that keep one browser from hurting the rest.
class VisitorSession : public SocketPeer
{
    Q_OBJECT

public:
    VisitorSession(QWebSocket *socket, const WebSettings &settings, QObject *parent = nullptr);

    bool saidHello() const { return visitorId > 0; }
    qint64 visitorId = 0;
    const QString addressKey; // LoginGuard::addressKey of the peer: what per-address limits count
    qint64 chatId = 0; // the chat this connection follows; 0: none yet
    std::optional<domain::VisitorChat> lastStatus; // the chat.status last sent, so it is sent once per change
    QSet<qint64> helpedArticles; // faq.helped counted on this connection, once per article

    void send(const QString &text) { sendText(text); }
    void sendResponse(qint64 requestId, const Result<QJsonObject> &result);
    void sendErrorFrame(const Error &error);
    // An evt frame: seq is the message id for chat.message, 0 for ephemeral kinds.
    void sendEvent(qint64 seq, const QString &kind, const QJsonObject &data);

    RateLimiter &typingLimiter() { return m_typing; }

private:
    RateLimiter m_typing; // chat.typing: at most 2/s reach the agent
};

} // namespace spocs
