#include "ClientHelpers.h"
#include "CoordinatorProcess.h"
#include "RawPeer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace spocs;
using namespace spocs::test;

namespace {

QString codeOf(const std::optional<QJsonObject> &frame)
{
    return frame ? frame->value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
                 : QStringLiteral("<no frame>");
}

class LimitsTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_coordinator = new CoordinatorProcess;
        ASSERT_TRUE(s_coordinator->start({ 50, {} })) << s_coordinator->output().toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_coordinator;
        s_coordinator = nullptr;
    }
    static CoordinatorProcess *s_coordinator;
};
CoordinatorProcess *LimitsTest::s_coordinator = nullptr;

} // namespace

TEST_F(LimitsTest, MalformedFramesGetTypedErrorsAndTheConnectionKeepsServing)
{
    RawPeer peer;
    ASSERT_TRUE(peer.open(s_coordinator->url()));
    const QList<QPair<QString, QString>> corpus {
        { QStringLiteral("not json at all"), QStringLiteral("bad_request") },
        { QStringLiteral("[1,2]"), QStringLiteral("bad_request") },
        { QStringLiteral("{\"t\":\"req\",\"id\":\"x\",\"op\":\"session.me\"}"), QStringLiteral("bad_request") },
        { QStringLiteral("{\"t\":\"req\",\"id\":1e400,\"op\":\"session.me\"}"), QStringLiteral("bad_request") },
        { QStringLiteral("{\"t\":\"evt\",\"seq\":1,\"topic\":\"x\",\"kind\":\"y\"}"), QStringLiteral("bad_request") },
        { QString(2000, u'['), QStringLiteral("bad_request") },
    };
    for (const auto &[frame, code] : corpus) {
        peer.sendText(frame);
        const auto answer = peer.waitFor([](const QJsonObject &o) {
            return o.value(QStringLiteral("t")).toString() == u"err"
                || o.value(QStringLiteral("t")).toString() == u"res";
        });
        EXPECT_EQ(codeOf(answer), code) << frame.left(60).toStdString();
    }
    // A readable id gets a res naming it.
    peer.sendText(QStringLiteral("{\"t\":\"req\",\"id\":77,\"op\":\"session.me\",\"args\":[]}"));
    EXPECT_EQ(codeOf(peer.waitResponse(77)), QStringLiteral("bad_request"));
    const qint64 id = peer.sendRequest(QStringLiteral("no.such.op"));
    EXPECT_EQ(codeOf(peer.waitResponse(id)), QStringLiteral("unknown_op"));
    peer.socket().sendBinaryMessage(QByteArray("\x00\x01", 2));
    EXPECT_EQ(
        codeOf(peer.waitFor([](const QJsonObject &o) { return o.value(QStringLiteral("t")).toString() == u"err"; })),
        QStringLiteral("bad_request"));

    EXPECT_TRUE(peer.isOpen());
    ASSERT_TRUE(peer.login(QStringLiteral("agent1"), QStringLiteral("demo"))) << "still serving after all that";
}

TEST_F(LimitsTest, OversizedMessageGetsTooLargeAndOnlyThatPeerIsClosed)
{
    Connection bystander;
    ASSERT_TRUE(loginAndWait(bystander, s_coordinator->url(), QStringLiteral("agent2")).ok);

    RawPeer big;
    ASSERT_TRUE(big.open(s_coordinator->url()));
    const QString payload(1024 * 1024 + 100, u'a');
    big.sendText(QStringLiteral("{\"t\":\"req\",\"id\":1,\"op\":\"session.me\",\"args\":{\"x\":\"%1\"}}").arg(payload));
    const auto err
        = big.waitFor([](const QJsonObject &o) { return o.value(QStringLiteral("t")).toString() == u"err"; }, 20000);
    EXPECT_EQ(codeOf(err), QStringLiteral("too_large"));
    ASSERT_TRUE(big.waitClosed(20000));
    EXPECT_EQ(big.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);

    // Far above the limit Qt itself refuses the message, with the same close code.
    RawPeer huge;
    ASSERT_TRUE(huge.open(s_coordinator->url()));
    huge.sendText(QString(5 * 1024 * 1024, u'b'));
    ASSERT_TRUE(huge.waitClosed(20000));
    EXPECT_EQ(huge.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);

    EXPECT_EQ(bystander.state(), Connection::State::Connected);
    EXPECT_TRUE(call(bystander, QStringLiteral("session.me")).ok);
}

TEST_F(LimitsTest, AFloodIsRateLimitedWhileAnotherClientIsServed)
{
    Connection bystander;
    ASSERT_TRUE(loginAndWait(bystander, s_coordinator->url(), QStringLiteral("agent3")).ok);
    RawPeer flood;
    ASSERT_TRUE(flood.open(s_coordinator->url()));
    ASSERT_TRUE(flood.login(QStringLiteral("agent4"), QStringLiteral("demo")));
    flood.frames().clear();

    constexpr int kFlood = 3000;
    for (int i = 0; i < kFlood; ++i)
        flood.sendRequest(QStringLiteral("session.me"));
    // The bystander's request is answered while the flood is being processed.
    const Reply reply
        = call(bystander, QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-1000") } });
    EXPECT_TRUE(reply.ok) << reply.error.message.toStdString();

    ASSERT_TRUE(QTest::qWaitFor([&] { return flood.frames().size() >= kFlood; }, 60000)) << flood.frames().size();
    int limited = 0;
    int ok = 0;
    for (const QJsonObject &frame : flood.frames()) {
        if (frame.value(QStringLiteral("ok")).toBool())
            ++ok;
        else if (codeOf(frame) == u"rate_limited")
            ++limited;
    }
    EXPECT_EQ(ok + limited, kFlood) << "every request gets exactly one answer";
    EXPECT_GT(limited, kFlood / 2);
    EXPECT_GE(ok, 90) << "the burst allowance (100) is honoured";
}

TEST_F(LimitsTest, ManyClientsConnectingAtOnceAreAllAccepted)
{
    // Far more than QtWebSockets' default of 30 pending connections and the kernel's
    // default backlog of 50.
    constexpr int kClients = 600;
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    int connected = 0;
    for (int i = 0; i < kClients; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        QObject::connect(socket.get(), &QWebSocket::connected, [&connected] { ++connected; });
        socket->open(s_coordinator->url());
        sockets.push_back(std::move(socket));
    }
    EXPECT_TRUE(QTest::qWaitFor([&] { return connected == kClients; }, 60000)) << connected << " of " << kClients;
}

TEST(LimitsPing, PeerThatNeverAnswersPingsIsClosed)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("c.conf"));
    QFile file(config);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[server]\nping_interval_ms=200\nmax_missed_pongs=2\n");
    file.close();
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 0, { QStringLiteral("--config"), config } })) << coordinator.output().toStdString();

    // A hand-made WebSocket handshake on a plain TCP socket that then never reads: it
    // cannot answer pings, like a desktop whose machine went to sleep.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, quint16(coordinator.url().port()));
    ASSERT_TRUE(raw.waitForConnected(5000));
    raw.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    ASSERT_TRUE(QTest::qWaitFor([&] { return raw.bytesAvailable() > 0; }, 5000));
    EXPECT_TRUE(raw.readAll().startsWith("HTTP/1.1 101"));

    // Meanwhile a real client, which answers pings, stays connected.
    RawPeer healthy;
    ASSERT_TRUE(healthy.open(coordinator.url()));

    EXPECT_TRUE(QTest::qWaitFor([&] { return raw.state() == QAbstractSocket::UnconnectedState; }, 10000))
        << "the silent peer must be dropped after two missed pongs";
    EXPECT_TRUE(healthy.isOpen());
}

TEST(LimitsTls, ListeningBeyondLoopbackWithoutTlsIsRefused)
{
    QTemporaryDir dir;
    QProcess process;
    process.start(QStringLiteral(SPOCS_COORDINATOR_BIN),
                  { QStringLiteral("--db"), dir.filePath(QStringLiteral("x.db")), QStringLiteral("--listen"),
                    QStringLiteral("0.0.0.0:0") });
    ASSERT_TRUE(process.waitForFinished(20000));
    EXPECT_NE(process.exitCode(), 0);
    EXPECT_TRUE(process.readAllStandardError().contains("TLS"));
}

TEST(LimitsTls, DemoIsRefusedBeyondLoopbackEvenWithTls)
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                    QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=127.0.0.1") });
    ASSERT_TRUE(openssl.waitForFinished(60000));
    ASSERT_EQ(openssl.exitCode(), 0) << openssl.readAllStandardError().constData();

    // Known passwords on a reachable listener: refused before anything is written.
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    QProcess process;
    process.start(QStringLiteral(SPOCS_COORDINATOR_BIN),
                  { QStringLiteral("--db"), db, QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                    QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key, QStringLiteral("--demo=5") });
    ASSERT_TRUE(process.waitForFinished(20000));
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(process.readAllStandardError().contains("--demo needs a loopback"));
    EXPECT_FALSE(QFileInfo::exists(db));

    // On loopback it seeds, with TLS too.
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 5, { QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key } }))
        << coordinator.output().toStdString();
    EXPECT_TRUE(coordinator.output().contains(QStringLiteral("demo world"))) << coordinator.output().toStdString();
}

TEST(LimitsTls, TlsListenerServesWssWithTheGivenCertificate)
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                    QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=127.0.0.1") });
    ASSERT_TRUE(openssl.waitForFinished(60000));
    ASSERT_EQ(openssl.exitCode(), 0) << openssl.readAllStandardError().constData();

    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 50, { QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key } }))
        << coordinator.output().toStdString();
    EXPECT_EQ(coordinator.url().scheme(), QStringLiteral("wss"));

    RawPeer peer;
    peer.acceptAnyCertificate();
    ASSERT_TRUE(peer.open(coordinator.url()));
    EXPECT_TRUE(peer.login(QStringLiteral("agent1"), QStringLiteral("demo"))) << "a session over TLS";

    // Plain ws:// to the TLS port gets nowhere.
    RawPeer plain;
    QUrl insecure = coordinator.url();
    insecure.setScheme(QStringLiteral("ws"));
    EXPECT_FALSE(plain.open(insecure, 3000));
}
