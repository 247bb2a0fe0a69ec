#include "ClientHelpers.h"
#include "CoordinatorProcess.h"
#include "RawPeer.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::test;

namespace {

class AuthTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_coordinator = new CoordinatorProcess;
        ASSERT_TRUE(s_coordinator->start()) << s_coordinator->output().toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_coordinator;
        s_coordinator = nullptr;
    }
    static CoordinatorProcess *s_coordinator;
};
CoordinatorProcess *AuthTest::s_coordinator = nullptr;

} // namespace

TEST_F(AuthTest, DemoAgentLogsInAndSeesItself)
{
    Connection connection;
    const Reply login = loginAndWait(connection, s_coordinator->url(), QStringLiteral("agent1"));
    ASSERT_TRUE(login.ok) << login.error.message.toStdString() << s_coordinator->output().toStdString();
    EXPECT_EQ(connection.state(), Connection::State::Connected);
    EXPECT_EQ(connection.user().login, QStringLiteral("agent1"));
    EXPECT_EQ(connection.user().role, Role::Agent);

    const Reply me = call(connection, QStringLiteral("session.me"));
    ASSERT_TRUE(me.ok);
    EXPECT_EQ(me.data.value(QStringLiteral("user")).toObject().value(QStringLiteral("login")).toString(),
              QStringLiteral("agent1"));
    const QDateTime expires = QDateTime::fromString(
        me.data.value(QStringLiteral("session")).toObject().value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
    EXPECT_GT(QDateTime::currentDateTimeUtc().secsTo(expires), 11 * 3600) << "sessions last 12 h";
    EXPECT_LE(QDateTime::currentDateTimeUtc().secsTo(expires), 12 * 3600 + 60);
}

TEST_F(AuthTest, WrongPasswordIsRejectedWithTypedError)
{
    Connection connection;
    const Reply login
        = loginAndWait(connection, s_coordinator->url(), QStringLiteral("agent2"), QStringLiteral("nope"));
    EXPECT_FALSE(login.ok);
    EXPECT_EQ(login.error.code, ErrorCode::InvalidCredentials);
    EXPECT_EQ(connection.state(), Connection::State::Offline);

    const Reply unknown = loginAndWait(connection, s_coordinator->url(), QStringLiteral("nobody"), QStringLiteral("x"));
    EXPECT_EQ(unknown.error.code, ErrorCode::InvalidCredentials) << "unknown users look like wrong passwords";
}

TEST_F(AuthTest, TenFailedLoginsLockTheAccountEvenForTheRightPassword)
{
    RawPeer peer;
    ASSERT_TRUE(peer.open(s_coordinator->url()));
    for (int i = 0; i < 10; ++i) {
        const qint64 id = peer.sendRequest(QStringLiteral("auth.login"),
                                           { { QStringLiteral("user"), QStringLiteral("agent7") },
                                             { QStringLiteral("password"), QStringLiteral("wrong") } });
        const auto res = peer.waitResponse(id, 20000);
        ASSERT_TRUE(res.has_value());
        EXPECT_EQ(res->value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                  QStringLiteral("invalid_credentials"));
    }
    Connection connection;
    const Reply locked = loginAndWait(connection, s_coordinator->url(), QStringLiteral("agent7"));
    EXPECT_EQ(locked.error.code, ErrorCode::AccountLocked);
    EXPECT_GT(locked.error.details.value(QStringLiteral("retryAfterSeconds")).toInt(), 0);

    // Other accounts are untouched.
    Connection other;
    EXPECT_TRUE(loginAndWait(other, s_coordinator->url(), QStringLiteral("agent8")).ok);
}

TEST_F(AuthTest, RequestsBeforeHelloAreUnauthenticated)
{
    RawPeer peer;
    ASSERT_TRUE(peer.open(s_coordinator->url()));
    const qint64 id
        = peer.sendRequest(QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-1000") } });
    const auto res = peer.waitResponse(id);
    ASSERT_TRUE(res.has_value());
    EXPECT_EQ(res->value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("unauthenticated"));
    EXPECT_TRUE(peer.isOpen()) << "a mistake is answered, not punished";
}

TEST_F(AuthTest, HelloWithForgedTokenIsRejectedAndClosed)
{
    RawPeer peer;
    ASSERT_TRUE(peer.open(s_coordinator->url()));
    protocol::Hello hello;
    hello.token = QStringLiteral("forged-token-value");
    peer.sendText(protocol::encodeText(hello));
    const auto res
        = peer.waitFor([](const QJsonObject &o) { return o.value(QStringLiteral("t")).toString() == u"res"; });
    ASSERT_TRUE(res.has_value());
    EXPECT_EQ(res->value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("unauthenticated"));
    EXPECT_TRUE(peer.waitClosed());
}

TEST_F(AuthTest, AdminMayNotReadCustomerRecords)
{
    Connection admin;
    ASSERT_TRUE(loginAndWait(admin, s_coordinator->url(), QStringLiteral("admin")).ok);
    const Reply get
        = call(admin, QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-1000") } });
    EXPECT_EQ(get.error.code, ErrorCode::Forbidden);
    const Reply sub = call(admin, QStringLiteral("events.subscribe"),
                           { { QStringLiteral("topics"), QJsonArray { QStringLiteral("customer:C-1000") } } });
    EXPECT_EQ(sub.error.code, ErrorCode::Forbidden);
}

TEST_F(AuthTest, LogoutRevokesTheToken)
{
    RawPeer peer;
    ASSERT_TRUE(peer.open(s_coordinator->url()));
    ASSERT_TRUE(peer.login(QStringLiteral("agent3"), QStringLiteral("demo")));
    const QString token = peer.token();
    const qint64 id = peer.sendRequest(QStringLiteral("auth.logout"));
    ASSERT_TRUE(peer.waitResponse(id).has_value());
    EXPECT_TRUE(peer.waitClosed());

    RawPeer again;
    ASSERT_TRUE(again.open(s_coordinator->url()));
    protocol::Hello hello;
    hello.token = token;
    again.sendText(protocol::encodeText(hello));
    const auto res
        = again.waitFor([](const QJsonObject &o) { return o.value(QStringLiteral("t")).toString() == u"res"; });
    ASSERT_TRUE(res.has_value());
    EXPECT_EQ(res->value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("unauthenticated"));
}

TEST(AuthIdle, IdleSessionExpires)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("coordinator.conf"));
    QFile file(config);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[auth]\nsession_idle_seconds=1\n");
    file.close();
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 50, { QStringLiteral("--config"), config } }))
        << coordinator.output().toStdString();
    RawPeer peer;
    ASSERT_TRUE(peer.open(coordinator.url()));
    ASSERT_TRUE(peer.login(QStringLiteral("agent1"), QStringLiteral("demo")));
    // The server ends the idle session itself; it does not wait for the next request.
    EXPECT_TRUE(peer.waitClosed(5000));
    EXPECT_EQ(peer.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
}
