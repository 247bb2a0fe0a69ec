#include "coordinator/visitors/VisitorSession.h"

#include "coordinator/auth/LoginGuard.h"
#include "coordinator/visitors/WebSettings.h"

#include <QWebSocket>

namespace spocs {
namespace {

// A browser that stops reading is closed before its queue grows past this.
constexpr qint64 kMaxQueuedBytes = 1024 * 1024;

} // namespace

VisitorSession::VisitorSession(QWebSocket *socket, const WebSettings &settings, QObject *parent)
    : SocketPeer(socket, "visitor", RateLimiter(settings.requestsPerSecond, settings.requestBurst),
                 qint64(settings.maxFrameBytes) * 4, kMaxQueuedBytes, parent)
    , addressKey(LoginGuard::addressKey(socket->peerAddress()))
    , m_typing(2, 2)
{ }

void VisitorSession::sendResponse(qint64 requestId, const Result<QJsonObject> &result)
{
    send(protocol::encodeText(result ? protocol::okResponse(requestId, result.value())
                                     : protocol::errorResponse(requestId, result.error())));
}

void VisitorSession::sendErrorFrame(const Error &error)
{
    send(protocol::encodeText(protocol::ErrorFrame { error }));
}

void VisitorSession::sendEvent(qint64 seq, const QString &kind, const QJsonObject &data)
{
    send(protocol::encodeText(protocol::Event { seq, QStringLiteral("chat"), kind, data }));
}

} // namespace spocs
