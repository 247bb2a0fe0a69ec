#pragma once

#include "core/Protocol.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

#include <functional>
#include <optional>

namespace spocs::test {

// A scripted in-process stand-in for the coordinator: a QWebSocketServer on 127.0.0.1 that
// answers the frames it receives as the test scripts it, using the core codec. Client tests
// use it for protocol edge cases; model and panel tests for the answers a feature session
// gets (canned per op with answer()/fail(), events with publish()). Integration tests and a
// few end-to-end GUI tests run against the real coordinator instead.
class ScriptedPeer
{
public:
    struct Received
    {
        protocol::Request request;
        int connection = 0; // 1 for the first socket the peer accepted, 2 for the next, ...
        bool afterHello = false; // a hello had already arrived on that socket
    };

    ScriptedPeer();
    ~ScriptedPeer();

    bool isListening() const { return m_server.isListening(); }
    QUrl url() const;
    void stopListening(); // refuse new connections (the port stays reserved for resumeListening)
    bool resumeListening(); // listen again on the same port

    // --- the script (defaults: a small happy-path server) ---
    QString password = QStringLiteral("demo");
    QString token = QStringLiteral("token-1");
    QJsonObject user { { QStringLiteral("id"), 3 },
                       { QStringLiteral("login"), QStringLiteral("agent1") },
                       { QStringLiteral("name"), QStringLiteral("Agent One") },
                       { QStringLiteral("role"), QStringLiteral("agent") } };
    // Frames sent in answer to a hello; default: a fresh welcome in epoch "E1" at seq 0.
    std::function<QList<protocol::Frame>(const protocol::Hello &)> onHello;
    // The hello is refused with {"t":"res","re":null,...unauthenticated} and the socket closed.
    bool rejectHello = false;
    // Answers to requests other than auth.login; std::nullopt leaves a request unanswered.
    // Default: ok with {"echo": op}.
    std::function<std::optional<protocol::Response>(const protocol::Request &)> onRequest;

    // Canned answers by op, used when onRequest is not set. Several answers for one op are given
    // in turn; the last one repeats. An op without an answer gets ok with {"echo": op}.
    void answer(const QString &op, const QJsonObject &data);
    void fail(const QString &op, ErrorCode code, const QJsonObject &details = {});
    void forgetAnswers(const QString &op);
    // Sends an event with the next seq to the current client.
    void publish(const QString &topic, const QString &kind, const QJsonObject &data);

    // --- what the peer saw ---
    QList<protocol::Hello> hellos;
    QList<Received> received;
    int connections = 0;
    QList<Received> requestsFor(const QString &op) const;

    // --- acting on the current client socket ---
    bool hasClient() const { return m_client && m_client->state() == QAbstractSocket::ConnectedState; }
    void send(const protocol::Frame &frame);
    void drop(); // aborts the TCP connection, as a network failure would
    void close(QWebSocketProtocol::CloseCode code);

    protocol::Welcome welcome(const QString &epoch, qint64 seq, const QString &status = QStringLiteral("none"),
                              qint64 replayed = 0) const;
    static protocol::Event event(qint64 seq, const QString &topic = QStringLiteral("customer:C-1"));

private:
    void onNewConnection();
    void onText(QWebSocket *socket, int connection, const QString &text);

    QWebSocketServer m_server;
    std::optional<protocol::Response> cannedAnswer(const protocol::Request &request);

    QHash<QString, QList<protocol::Response>> m_answers;
    qint64 m_published = 0;
    QPointer<QWebSocket> m_client;
    quint16 m_port = 0;
    bool m_helloOnCurrent = false;
};

} // namespace spocs::test
