#include "support/ScriptedPeer.h"
#include "support/SilentLinkProxy.h"

#include "client/Connection.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <optional>

using namespace spocs;
using namespace spocs::test;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 15000;

class KeepAliveTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(peer.isListening());
        ASSERT_TRUE(proxy.isListening());
        conn.setReconnectPolicy(ReconnectPolicy(20ms, 200ms));
    }

    void loginThroughProxy()
    {
        std::optional<Reply> done;
        conn.login(proxy.url(), QStringLiteral("agent1"), QStringLiteral("demo"), [&](const Reply &r) { done = r; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return done.has_value(); }, kWaitMs));
        ASSERT_TRUE(done->ok) << qPrintable(done->error.message);
    }

    bool waitForState(Connection::State state)
    {
        return QTest::qWaitFor([&] { return conn.state() == state; }, kWaitMs);
    }

    ScriptedPeer peer;
    SilentLinkProxy proxy { peer.url() };
    Connection conn;
};

} // namespace

TEST_F(KeepAliveTest, SilentLinkIsNoticedAndTheSessionResumesOnANewSocket)
{
    conn.setKeepAlive(100, 400);
    loginThroughProxy();
    // Pings are answered while the link works: several intervals pass without a drop.
    EXPECT_FALSE(QTest::qWaitFor([&] { return conn.state() != Connection::State::Connected; }, 1000));

    QSignalSpy scheduled(&conn, &Connection::reconnectScheduled);
    proxy.setSilent(true); // no close, no error: only the missing pongs tell
    ASSERT_TRUE(waitForState(Connection::State::Reconnecting));
    EXPECT_GE(scheduled.count(), 1);

    proxy.setSilent(false);
    ASSERT_TRUE(waitForState(Connection::State::Connected));
    EXPECT_GE(proxy.connections(), 2);
    ASSERT_GE(peer.hellos.size(), 2);
    ASSERT_TRUE(peer.hellos.last().resume.has_value()); // the new socket resumes the session
    EXPECT_EQ(peer.hellos.last().resume->epoch, QStringLiteral("E1"));
}

TEST_F(KeepAliveTest, NewTimingAppliesToTheOpenLinkAtOnce)
{
    loginThroughProxy(); // with the defaults: a ping every 10 s
    conn.setKeepAlive(100, 400);
    proxy.setSilent(true);
    // Noticed within the new deadline, not after the default's 20 s.
    ASSERT_TRUE(QTest::qWaitFor([&] { return conn.state() == Connection::State::Reconnecting; }, 5000));
}

TEST_F(KeepAliveTest, RequestWaitingOnASilentLinkIsSentAgainAfterTheReconnect)
{
    conn.setKeepAlive(100, 400);
    conn.setRequestTimeout(kWaitMs);
    loginThroughProxy();
    proxy.setSilent(true);
    std::optional<Reply> reply;
    conn.request(QStringLiteral("customer.get"), {}, nullptr, [&](const Reply &r) { reply = r; });
    ASSERT_TRUE(waitForState(Connection::State::Reconnecting));
    proxy.setSilent(false);
    ASSERT_TRUE(QTest::qWaitFor([&] { return reply.has_value(); }, kWaitMs));
    EXPECT_TRUE(reply->ok); // answered well before its own time-out would have fired
    EXPECT_EQ(peer.requestsFor(QStringLiteral("customer.get")).size(), 1);
}

TEST_F(KeepAliveTest, TurnedOffASilentLinkGoesUnnoticed)
{
    conn.setKeepAlive(0, 400);
    loginThroughProxy();
    proxy.setSilent(true);
    EXPECT_FALSE(QTest::qWaitFor([&] { return conn.state() != Connection::State::Connected; }, 1000));
}
