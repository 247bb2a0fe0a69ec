#include "RawPeer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace spocs::test {

RawPeer::RawPeer()
{
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                     [this](const QString &text) { m_frames.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
    m_socket.setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
}

RawPeer::~RawPeer()
{
    m_socket.abort();
}

bool RawPeer::open(const QUrl &url, int timeoutMs)
{
    m_socket.open(url);
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs);
}

void RawPeer::acceptAnyCertificate()
{
    QObject::connect(&m_socket, &QWebSocket::sslErrors, &m_socket,
                     [this](const QList<QSslError> &) { m_socket.ignoreSslErrors(); });
}

void RawPeer::sendText(const QString &text)
{
    m_socket.sendTextMessage(text);
}

void RawPeer::sendJson(const QJsonObject &obj)
{
    sendText(QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact)));
}

qint64 RawPeer::sendRequest(const QString &op, const QJsonObject &args)
{
    const qint64 id = m_nextId++;
    sendText(protocol::encodeText(protocol::Request { id, op, args }));
    return id;
}

std::optional<QJsonObject> RawPeer::waitFor(const std::function<bool(const QJsonObject &)> &pred, int timeoutMs)
{
    std::optional<QJsonObject> found;
    (void)QTest::qWaitFor(
        [&] {
            for (qsizetype i = 0; i < m_frames.size(); ++i) {
                if (pred(m_frames.at(i))) {
                    found = m_frames.takeAt(i);
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

std::optional<QJsonObject> RawPeer::waitResponse(qint64 id, int timeoutMs)
{
    return waitFor(
        [id](const QJsonObject &o) {
            return o.value(QStringLiteral("t")).toString() == u"res"
                && o.value(QStringLiteral("re")).toInteger(-1) == id;
        },
        timeoutMs);
}

bool RawPeer::login(const QString &user, const QString &password, const QStringList &topics)
{
    const qint64 id = sendRequest(QStringLiteral("auth.login"),
                                  { { QStringLiteral("user"), user }, { QStringLiteral("password"), password } });
    const auto res = waitResponse(id, 20000);
    if (!res || !res->value(QStringLiteral("ok")).toBool())
        return false;
    m_token = res->value(QStringLiteral("data")).toObject().value(QStringLiteral("token")).toString();
    protocol::Hello hello;
    hello.client = QStringLiteral("raw-test-peer");
    hello.token = m_token;
    hello.topics = topics;
    sendText(protocol::encodeText(hello));
    return waitFor([](const QJsonObject &o) { return o.value(QStringLiteral("t")).toString() == u"welcome"; })
        .has_value();
}

bool RawPeer::waitClosed(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
}

} // namespace spocs::test
