#include "coordinator/visitors/VisitorSession.h"

#include "coordinator/server/Log.h"
#include "coordinator/visitors/WebSettings.h"

namespace spocs {
namespace {

// A browser that stops reading is closed before its queue grows past this.
constexpr qint64 kMaxQueuedBytes = 1024 * 1024;

} // namespace

VisitorSession::VisitorSession(QWebSocket *socket, const WebSettings &settings, QObject *parent)
    : QObject(parent)
    , openedAt(QDateTime::currentDateTimeUtc())
    , m_socket(socket)
    , m_peer(socket->peerAddress().toString() + u':' + QString::number(socket->peerPort()))
    , m_limiter(settings.requestsPerSecond, settings.requestBurst)
    , m_typing(2, 2)
{
    socket->setParent(this);
    // Between the protocol limit and this cap the endpoint answers too_large itself; above
    // it Qt closes with 1009 without reading the rest.
    socket->setMaxAllowedIncomingFrameSize(quint64(settings.maxFrameBytes) * 4);
    socket->setMaxAllowedIncomingMessageSize(quint64(settings.maxFrameBytes) * 4);
}

void VisitorSession::send(const QString &text)
{
    if (m_closing)
        return;
    if (m_socket->bytesToWrite() > kMaxQueuedBytes) {
        qCWarning(lcServer) << "closing visitor" << m_peer << "because it stopped reading";
        closeWith(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too slow"));
        return;
    }
    m_socket->sendTextMessage(text);
}

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

void VisitorSession::closeWith(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_socket->close(code, reason);
}

} // namespace spocs
