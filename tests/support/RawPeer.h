#pragma once

#include "core/Protocol.h"

#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QWebSocket>

#include <functional>
#include <optional>

namespace spocs::test {

// A bare WebSocket peer that speaks the wire format by hand: for the tests that must
// send what the real client library never would (garbage, floods, huge frames).
class RawPeer
{
public:
    RawPeer();
    ~RawPeer();

    bool open(const QUrl &url, int timeoutMs = 10000);
    // For wss:// tests against a self-signed certificate.
    void acceptAnyCertificate();
    void sendText(const QString &text);
    void sendJson(const QJsonObject &obj);
    qint64 sendRequest(const QString &op, const QJsonObject &args = {});

    // Waits for the next frame matching pred (frames not matching stay queued).
    std::optional<QJsonObject> waitFor(const std::function<bool(const QJsonObject &)> &pred, int timeoutMs = 10000);
    std::optional<QJsonObject> waitResponse(qint64 id, int timeoutMs = 10000);
    // auth.login then hello; true on welcome.
    bool login(const QString &user, const QString &password, const QStringList &topics = {});
    bool waitClosed(int timeoutMs = 10000);

    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QWebSocketProtocol::CloseCode closeCode() const { return m_socket.closeCode(); }
    QWebSocket &socket() { return m_socket; }
    QList<QJsonObject> &frames() { return m_frames; }
    QString token() const { return m_token; }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_frames;
    qint64 m_nextId = 1;
    QString m_token;
};

} // namespace spocs::test
