#include "support/ScriptedPeer.h"

#include "core/Ops.h"

#include <QHostAddress>

namespace spocs::test {

ScriptedPeer::ScriptedPeer()
    : m_server(QStringLiteral("scripted-peer"), QWebSocketServer::NonSecureMode)
{
    QObject::connect(&m_server, &QWebSocketServer::newConnection, &m_server, [this] { onNewConnection(); });
    if (m_server.listen(QHostAddress::LocalHost, 0))
        m_port = m_server.serverPort();
}

ScriptedPeer::~ScriptedPeer()
{
    if (m_client)
        m_client->abort();
    m_server.close();
}

QUrl ScriptedPeer::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port));
}

void ScriptedPeer::stopListening()
{
    m_server.close();
}

bool ScriptedPeer::resumeListening()
{
    return m_server.listen(QHostAddress::LocalHost, m_port);
}

QList<ScriptedPeer::Received> ScriptedPeer::requestsFor(const QString &op) const
{
    QList<Received> out;
    for (const Received &r : received) {
        if (r.request.op == op)
            out.append(r);
    }
    return out;
}

void ScriptedPeer::send(const protocol::Frame &frame)
{
    if (m_client)
        m_client->sendTextMessage(protocol::encodeText(frame));
}

void ScriptedPeer::drop()
{
    if (m_client)
        m_client->abort();
}

void ScriptedPeer::close(QWebSocketProtocol::CloseCode code)
{
    if (m_client)
        m_client->close(code);
}

protocol::Welcome ScriptedPeer::welcome(const QString &epoch, qint64 seq, const QString &status, qint64 replayed) const
{
    protocol::Welcome w;
    w.session = QStringLiteral("S-%1").arg(connections);
    w.user = user;
    w.epoch = epoch;
    w.seq = seq;
    w.features = { QStringLiteral("resume") };
    w.resumeStatus = status;
    w.replayed = replayed;
    return w;
}

protocol::Event ScriptedPeer::event(qint64 seq, const QString &topic)
{
    return protocol::Event { seq, topic, QStringLiteral("customer.note.added"),
                             QJsonObject { { QStringLiteral("n"), seq } } };
}

void ScriptedPeer::answer(const QString &op, const QJsonObject &data)
{
    m_answers[op].append(protocol::okResponse(-1, data));
}

void ScriptedPeer::fail(const QString &op, ErrorCode code, const QJsonObject &details)
{
    m_answers[op].append(protocol::errorResponse(-1, makeError(code, QStringLiteral("scripted"), details)));
}

void ScriptedPeer::forgetAnswers(const QString &op)
{
    m_answers.remove(op);
}

void ScriptedPeer::publish(const QString &topic, const QString &kind, const QJsonObject &data)
{
    send(protocol::Event { ++m_published, topic, kind, data });
}

std::optional<protocol::Response> ScriptedPeer::cannedAnswer(const protocol::Request &request)
{
    auto it = m_answers.find(request.op);
    if (it == m_answers.end() || it->isEmpty())
        return protocol::okResponse(request.id, QJsonObject { { QStringLiteral("echo"), request.op } });
    protocol::Response res = it->size() > 1 ? it->takeFirst() : it->first();
    res.re = request.id;
    return res;
}

void ScriptedPeer::onNewConnection()
{
    while (QWebSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(&m_server);
        const int connection = ++connections;
        m_client = socket;
        m_helloOnCurrent = false;
        QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                         [this, socket, connection](const QString &text) { onText(socket, connection, text); });
        QObject::connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ScriptedPeer::onText(QWebSocket *socket, int connection, const QString &text)
{
    const auto frame = protocol::decode(text);
    if (!frame)
        return;
    if (const auto *hello = std::get_if<protocol::Hello>(&*frame)) {
        hellos.append(*hello);
        m_helloOnCurrent = true;
        if (rejectHello) {
            socket->sendTextMessage(protocol::encodeText(
                protocol::errorResponse(-1, makeError(ErrorCode::Unauthenticated, QStringLiteral("token expired")))));
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            return;
        }
        const QList<protocol::Frame> answer
            = onHello ? onHello(*hello) : QList<protocol::Frame> { welcome(QStringLiteral("E1"), 0) };
        for (const protocol::Frame &f : answer)
            socket->sendTextMessage(protocol::encodeText(f));
        return;
    }
    const auto *req = std::get_if<protocol::Request>(&*frame);
    if (!req)
        return;
    received.append(Received { *req, connection, m_helloOnCurrent && socket == m_client });
    std::optional<protocol::Response> res;
    if (req->op == QStringView(op::AuthLogin)) {
        if (req->args.value(QStringLiteral("password")).toString() == password) {
            res = protocol::okResponse(
                req->id,
                QJsonObject { { QStringLiteral("token"), token },
                              { QStringLiteral("expires"), QStringLiteral("2099-01-01T00:00:00Z") },
                              { QStringLiteral("user"), user } });
        } else {
            res = protocol::errorResponse(req->id,
                                          makeError(ErrorCode::InvalidCredentials, QStringLiteral("wrong password")));
        }
    } else if (onRequest) {
        res = onRequest(*req);
    } else {
        res = cannedAnswer(*req);
    }
    if (res)
        socket->sendTextMessage(protocol::encodeText(*res));
}

} // namespace spocs::test
