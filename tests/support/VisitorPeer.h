#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QWebSocket>

#include <optional>

namespace spocs::test {

// A browser's side of the visitor protocol (docs/protocol.md, "Visitor endpoint") on a real
// QWebSocket: what the chat widget does, without the page. Every wait is for a condition.
class VisitorPeer : public QObject
{
    Q_OBJECT

public:
    explicit VisitorPeer(QObject *parent = nullptr);

    // Opens the socket (with an Origin header when given) and waits until it is connected.
    bool open(const QUrl &url, const QString &origin = {});
    // Sends hello (with the token when given) and waits for the welcome; empty on failure.
    QJsonObject hello(const QString &token = {});
    // One request; the whole res frame ({"ok":..., "data"|"error"}), or an empty object after 15 s.
    QJsonObject request(const QString &op, const QJsonObject &args = {});
    void sendText(const QString &text);
    void close();

    // Waits for an evt of this kind; returns its data (empty on time-out) and forgets it.
    std::optional<QJsonObject> waitForEvent(const QString &kind, int timeoutMs = 15000);
    QList<QJsonObject> events() const { return m_events; } // whole evt frames, in order
    QList<QJsonObject> errors() const { return m_errors; } // err frames
    QList<QJsonObject> responses() const { return m_responses; }
    bool waitForClosed(int timeoutMs = 15000);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QWebSocketProtocol::CloseCode closeCode() const { return m_socket.closeCode(); }
    QString token() const { return m_token; }

    static QString errorCode(const QJsonObject &response);

private:
    QWebSocket m_socket;
    qint64 m_nextId = 1;
    QString m_token;
    std::optional<QJsonObject> m_welcome;
    QList<QJsonObject> m_responses;
    QList<QJsonObject> m_events;
    QList<QJsonObject> m_errors;
};

} // namespace spocs::test
