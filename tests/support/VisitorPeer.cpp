#include "VisitorPeer.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTest>

namespace spocs::test {

VisitorPeer::VisitorPeer(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = frame.value(QStringLiteral("t")).toString();
        if (type == u"welcome")
            m_welcome = frame;
        else if (type == u"res")
            m_responses.append(frame);
        else if (type == u"evt")
            m_events.append(frame);
        else if (type == u"err")
            m_errors.append(frame);
    });
}

bool VisitorPeer::open(const QUrl &url, const QString &origin)
{
    QNetworkRequest request(url);
    if (!origin.isEmpty())
        request.setRawHeader("Origin", origin.toUtf8());
    bool failed = false;
    const auto connection = connect(&m_socket, &QWebSocket::disconnected, this, [&failed] { failed = true; });
    m_socket.open(request);
    (void)QTest::qWaitFor([&] { return failed || m_socket.state() == QAbstractSocket::ConnectedState; }, 15000);
    disconnect(connection);
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

QJsonObject VisitorPeer::hello(const QString &token)
{
    m_welcome.reset();
    QJsonObject frame { { QStringLiteral("t"), QStringLiteral("hello") }, { QStringLiteral("v"), 1 } };
    if (!token.isEmpty())
        frame.insert(QStringLiteral("visitor"), token);
    const qsizetype errorsBefore = m_errors.size();
    sendText(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    // An err frame instead of the welcome is an answer too (errors() has it).
    (void)QTest::qWaitFor([&] { return m_welcome.has_value() || m_errors.size() > errorsBefore; }, 15000);
    if (!m_welcome)
        return {};
    m_token = m_welcome->value(QStringLiteral("visitor")).toString();
    return *m_welcome;
}

QJsonObject VisitorPeer::request(const QString &op, const QJsonObject &args)
{
    const qint64 id = m_nextId++;
    const QJsonObject frame { { QStringLiteral("t"), QStringLiteral("req") },
                              { QStringLiteral("id"), id },
                              { QStringLiteral("op"), op },
                              { QStringLiteral("args"), args } };
    sendText(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    QJsonObject answer;
    (void)QTest::qWaitFor(
        [&] {
            for (const QJsonObject &r : std::as_const(m_responses)) {
                if (r.value(QStringLiteral("re")).toInteger() == id) {
                    answer = r;
                    return true;
                }
            }
            return false;
        },
        15000);
    return answer;
}

void VisitorPeer::sendText(const QString &text)
{
    m_socket.sendTextMessage(text);
    m_socket.flush();
}

void VisitorPeer::close()
{
    m_socket.close();
    waitForClosed();
}

std::optional<QJsonObject> VisitorPeer::waitForEvent(const QString &kind, int timeoutMs)
{
    std::optional<QJsonObject> found;
    (void)QTest::qWaitFor(
        [&] {
            for (qsizetype i = 0; i < m_events.size(); ++i) {
                if (m_events.at(i).value(QStringLiteral("kind")).toString() == kind) {
                    found = m_events.takeAt(i).value(QStringLiteral("data")).toObject();
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

bool VisitorPeer::waitForClosed(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
}

QString VisitorPeer::errorCode(const QJsonObject &response)
{
    return response.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

} // namespace spocs::test
