#include "CoordinatorProcess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace spocs::test {
namespace {

struct Fetched
{
    int status = 0;
    QByteArray body;
    std::unique_ptr<QNetworkReply> reply;
    QByteArray header(const char *name) const { return reply->rawHeader(name); }
};

class WebFilesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        CoordinatorProcess::Options options;
        options.demoCustomers = 0;
        ASSERT_TRUE(m_coordinator.start(options)) << qPrintable(m_coordinator.output());
    }

    Fetched fetch(const QString &path, const QByteArray &verb = "GET")
    {
        QNetworkRequest request(m_coordinator.webUrl().resolved(QUrl(path)));
        Fetched f;
        f.reply.reset(m_network.sendCustomRequest(request, verb));
        (void)QTest::qWaitFor([&] { return f.reply->isFinished(); }, 15000);
        f.status = f.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        f.body = f.reply->readAll();
        return f;
    }

    // What a raw socket gets for these bytes.
    QByteArray raw(const QByteArray &bytes)
    {
        QTcpSocket socket;
        socket.connectToHost(m_coordinator.webUrl().host(), quint16(m_coordinator.webUrl().port()));
        if (!socket.waitForConnected(10000))
            return {};
        socket.write(bytes);
        QByteArray answer;
        (void)QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            15000);
        return answer + socket.readAll();
    }

    CoordinatorProcess m_coordinator;
    QNetworkAccessManager m_network;
};

TEST_F(WebFilesTest, WidgetAndPagesAreServedWithSafeHeaders)
{
    const Fetched widget = fetch(QStringLiteral("/widget.js"));
    EXPECT_EQ(widget.status, 200);
    EXPECT_TRUE(widget.header("Content-Type").startsWith("text/javascript"));
    EXPECT_EQ(widget.header("Access-Control-Allow-Origin"), "*");
    EXPECT_EQ(widget.header("X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(widget.header("Cache-Control"), "no-cache");
    EXPECT_TRUE(widget.header("Content-Security-Policy").contains("default-src 'self'"));
    EXPECT_FALSE(widget.body.isEmpty());

    const Fetched page = fetch(QStringLiteral("/"));
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.header("Content-Type").startsWith("text/html"));
    EXPECT_TRUE(page.body.contains("widget.js"));
    EXPECT_TRUE(page.header("Access-Control-Allow-Origin").isEmpty());
    EXPECT_EQ(fetch(QStringLiteral("/chat/")).body, page.body);

    const Fetched survey = fetch(QStringLiteral("/survey?t=abc"));
    EXPECT_EQ(survey.status, 200);
    EXPECT_EQ(survey.body, fetch(QStringLiteral("/survey.html")).body);
    EXPECT_TRUE(fetch(QStringLiteral("/widget.css")).header("Content-Type").startsWith("text/css"));

    const Fetched head = fetch(QStringLiteral("/widget.js"), "HEAD");
    EXPECT_EQ(head.status, 200);
    EXPECT_TRUE(head.body.isEmpty());
}

TEST_F(WebFilesTest, AnythingElseIsRefused)
{
    EXPECT_EQ(fetch(QStringLiteral("/nothing-here.js")).status, 404);
    EXPECT_EQ(fetch(QStringLiteral("/../CMakeLists.txt")).status, 404);
    EXPECT_EQ(fetch(QStringLiteral("/widget.js"), "POST").status, 405);
    EXPECT_EQ(fetch(QStringLiteral("/visitor")).status, 400); // not an upgrade
    EXPECT_TRUE(raw("BREW /coffee HTCPCP/1.0\r\n\r\n").startsWith("HTTP/1.1 400"));
    EXPECT_TRUE(
        raw("GET /widget.js HTTP/1.1\r\nX-Big: " + QByteArray(9000, 'x') + "\r\n\r\n").startsWith("HTTP/1.1 413"));
    // The endpoint still serves after them.
    EXPECT_EQ(fetch(QStringLiteral("/widget.js")).status, 200);
}

} // namespace
} // namespace spocs::test
