#include "Replies.h"
#include "support/ScriptedPeer.h"

#include "client/Connection.h"
#include "core/Ops.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::test;
using namespace std::chrono_literals;

namespace {

// Generous: these machines are slow and shared. Nothing below asserts a tight timing.
constexpr int kWaitMs = 15000;

const QString kCustomerGet = QStringLiteral("customer.get");
const QString kNoteAdd = QStringLiteral("customer.note.add");
const QString kTopic = QStringLiteral("customer:C-1");
const QString kPresence = QStringLiteral("presence");

class ConnectionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(peer.isListening());
        conn.setReconnectPolicy(ReconnectPolicy(20ms, 200ms));
    }

    // Logs in against the peer and waits until Connected.
    void loginOk()
    {
        Replies done;
        conn.login(peer.url(), QStringLiteral("agent1"), QStringLiteral("demo"), done.handler());
        ASSERT_TRUE(done.waitForCount(1));
        ASSERT_TRUE(done.list.first().ok) << qPrintable(done.list.first().error.message);
        ASSERT_EQ(conn.state(), Connection::State::Connected);
    }

    bool waitForState(Connection::State state)
    {
        return QTest::qWaitFor([&] { return conn.state() == state; }, kWaitMs);
    }

    // Holds requests of `op` unanswered until released.
    void holdRequests(const QString &op)
    {
        peer.onRequest = [this, op](const protocol::Request &req) -> std::optional<protocol::Response> {
            if (req.op == op && m_holding)
                return std::nullopt;
            return protocol::okResponse(req.id,
                                        QJsonObject { { QStringLiteral("echo"), req.op },
                                                      { QStringLiteral("copy"), peer.requestsFor(req.op).size() } });
        };
    }
    void releaseHeldRequests() { m_holding = false; }

    ScriptedPeer peer;
    Connection conn;

private:
    bool m_holding = true;
};

QList<Connection::State> states(const QSignalSpy &spy)
{
    QList<Connection::State> out;
    for (const auto &args : spy)
        out.append(args.at(0).value<Connection::State>());
    return out;
}

} // namespace

TEST_F(ConnectionTest, LoginSucceedsSetsUserAndBecomesConnected)
{
    QSignalSpy stateSpy(&conn, &Connection::stateChanged);
    QSignalSpy userSpy(&conn, &Connection::userChanged);
    Replies done;
    conn.login(peer.url(), QStringLiteral("agent1"), QStringLiteral("demo"), done.handler());
    EXPECT_EQ(conn.state(), Connection::State::Connecting);
    ASSERT_TRUE(done.waitForCount(1));

    const Reply &reply = done.list.first();
    ASSERT_TRUE(reply.ok);
    EXPECT_EQ(reply.data.value(QStringLiteral("login")).toString(), QStringLiteral("agent1"));
    EXPECT_EQ(conn.state(), Connection::State::Connected);
    EXPECT_EQ(conn.user().login, QStringLiteral("agent1"));
    EXPECT_EQ(conn.user().displayName, QStringLiteral("Agent One"));
    EXPECT_EQ(conn.user().id, 3);
    EXPECT_EQ(conn.token(), QStringLiteral("token-1"));
    EXPECT_EQ(conn.epoch(), QStringLiteral("E1"));
    EXPECT_EQ(userSpy.count(), 1);
    EXPECT_EQ(states(stateSpy), (QList { Connection::State::Connecting, Connection::State::Connected }));

    ASSERT_EQ(peer.received.size(), 1);
    EXPECT_EQ(peer.received.first().request.op, QStringLiteral("auth.login"));
    EXPECT_FALSE(peer.received.first().afterHello);
    ASSERT_EQ(peer.hellos.size(), 1);
    EXPECT_EQ(peer.hellos.first().token, QStringLiteral("token-1"));
    EXPECT_FALSE(peer.hellos.first().resume.has_value());
    EXPECT_TRUE(peer.hellos.first().client.startsWith(QStringLiteral("spocs-desktop/")));
}

// The welcome carries the coordinator's clock; the desktop counts offer deadlines and handle
// times on it. A welcome that took long to arrive (a busy coordinator or desktop) moves the
// middle of the round trip by half of it: an offset that small is no offset.
TEST_F(ConnectionTest, AServerClockWithinHalfTheRoundTripIsTakenAsTheSameClock)
{
    peer.onHello = [this](const protocol::Hello &) {
        protocol::Welcome w = peer.welcome(QStringLiteral("E1"), 0);
        w.now = QDateTime::currentDateTimeUtc();
        QThread::msleep(600); // the welcome is late
        return QList<protocol::Frame> { w };
    };
    loginOk();
    const qint64 off = QDateTime::currentDateTimeUtc().msecsTo(conn.serverNow());
    EXPECT_LE(std::abs(off), 100) << "the same clock, not " << off << " ms off";
}

TEST_F(ConnectionTest, AServerClockAMinuteOffIsFollowedEvenOverASlowRoundTrip)
{
    peer.onHello = [this](const protocol::Hello &) {
        protocol::Welcome w = peer.welcome(QStringLiteral("E1"), 0);
        w.now = QDateTime::currentDateTimeUtc().addSecs(-60);
        QThread::msleep(600);
        return QList<protocol::Frame> { w };
    };
    loginOk();
    const qint64 off = QDateTime::currentDateTimeUtc().msecsTo(conn.serverNow());
    EXPECT_GE(off, -60000 - 600);
    EXPECT_LE(off, -60000 + 600);
}

TEST_F(ConnectionTest, WrongPasswordFailsLoginWithItsErrorCode)
{
    QSignalSpy stateSpy(&conn, &Connection::stateChanged);
    Replies done;
    conn.login(peer.url(), QStringLiteral("agent1"), QStringLiteral("wrong"), done.handler());
    ASSERT_TRUE(done.waitForCount(1));
    EXPECT_FALSE(done.list.first().ok);
    EXPECT_EQ(done.list.first().error.code, ErrorCode::InvalidCredentials);
    EXPECT_EQ(conn.state(), Connection::State::Offline);
    EXPECT_TRUE(conn.token().isEmpty());
    EXPECT_TRUE(peer.hellos.isEmpty());
    EXPECT_FALSE(states(stateSpy).contains(Connection::State::Reconnecting));
}

TEST_F(ConnectionTest, UnreachableServerFailsLoginWithUnavailableAndDoesNotRetry)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now

    QSignalSpy stateSpy(&conn, &Connection::stateChanged);
    Replies done;
    conn.login(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)), QStringLiteral("agent1"), QStringLiteral("demo"),
               done.handler());
    EXPECT_TRUE(done.list.isEmpty()); // never answered from inside login()
    ASSERT_TRUE(done.waitForCount(1));
    EXPECT_EQ(done.list.first().error.code, ErrorCode::Unavailable);
    EXPECT_EQ(conn.state(), Connection::State::Offline);
    QTest::qWait(200);
    EXPECT_EQ(conn.state(), Connection::State::Offline);
    EXPECT_EQ(done.list.size(), 1);
    EXPECT_FALSE(states(stateSpy).contains(Connection::State::Reconnecting));
}

TEST_F(ConnectionTest, RequestsCarryIdsAndAnswersAreMatchedById)
{
    loginOk();
    peer.onRequest = [](const protocol::Request &) {
        return std::optional<protocol::Response> {};
    };
    Replies first, second;
    const qint64 id1
        = conn.request(kCustomerGet, { { QStringLiteral("id"), QStringLiteral("C-1") } }, nullptr, first.handler());
    const qint64 id2
        = conn.request(kCustomerGet, { { QStringLiteral("id"), QStringLiteral("C-2") } }, nullptr, second.handler());
    EXPECT_NE(id1, id2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return peer.requestsFor(kCustomerGet).size() == 2; }, kWaitMs));
    EXPECT_EQ(peer.requestsFor(kCustomerGet).at(0).request.id, id1);
    EXPECT_EQ(peer.requestsFor(kCustomerGet).at(1).request.id, id2);

    peer.send(protocol::okResponse(id2, { { QStringLiteral("name"), QStringLiteral("two") } }));
    peer.send(protocol::okResponse(id1, { { QStringLiteral("name"), QStringLiteral("one") } }));
    ASSERT_TRUE(first.waitForCount(1));
    ASSERT_TRUE(second.waitForCount(1));
    EXPECT_EQ(first.list.first().data.value(QStringLiteral("name")).toString(), QStringLiteral("one"));
    EXPECT_EQ(second.list.first().data.value(QStringLiteral("name")).toString(), QStringLiteral("two"));
}

TEST_F(ConnectionTest, ErrorAnswerPropagatesItsCode)
{
    loginOk();
    peer.onRequest = [](const protocol::Request &req) -> std::optional<protocol::Response> {
        return protocol::errorResponse(req.id, makeError(ErrorCode::NotFound, QStringLiteral("no such customer")));
    };
    Replies replies;
    conn.request(kCustomerGet, { { QStringLiteral("id"), QStringLiteral("C-9") } }, nullptr, replies.handler());
    ASSERT_TRUE(replies.waitForCount(1));
    EXPECT_FALSE(replies.list.first().ok);
    EXPECT_EQ(replies.list.first().error.code, ErrorCode::NotFound);
}

TEST_F(ConnectionTest, RequestTimesOutExactlyOnceAndLateAnswerIsIgnored)
{
    loginOk();
    holdRequests(kCustomerGet);
    Replies replies;
    const qint64 id = conn.request(kCustomerGet, {}, nullptr, replies.handler(), 300);
    ASSERT_TRUE(replies.waitForCount(1));
    EXPECT_FALSE(replies.list.first().ok);
    EXPECT_EQ(replies.list.first().error.code, ErrorCode::Timeout);

    peer.send(protocol::okResponse(id, { { QStringLiteral("late"), true } }));
    QTest::qWait(300);
    EXPECT_EQ(replies.list.size(), 1);
    EXPECT_EQ(conn.state(), Connection::State::Connected);
}

TEST_F(ConnectionTest, DefaultRequestTimeoutApplies)
{
    conn.setRequestTimeout(300);
    loginOk();
    holdRequests(kCustomerGet);
    Replies replies;
    conn.request(kCustomerGet, {}, nullptr, replies.handler());
    ASSERT_TRUE(replies.waitForCount(1));
    EXPECT_EQ(replies.list.first().error.code, ErrorCode::Timeout);
}

TEST_F(ConnectionTest, RequestWhileOfflineFailsWithUnavailableAsynchronously)
{
    Replies replies;
    conn.request(kCustomerGet, {}, nullptr, replies.handler());
    EXPECT_TRUE(replies.list.isEmpty()); // not re-entrant inside request()
    ASSERT_TRUE(replies.waitForCount(1));
    EXPECT_EQ(replies.list.first().error.code, ErrorCode::Unavailable);
    QTest::qWait(50);
    EXPECT_EQ(replies.list.size(), 1);
}

TEST_F(ConnectionTest, HandlerIsDroppedWhenItsContextIsDestroyed)
{
    loginOk();
    holdRequests(kCustomerGet);
    auto context = std::make_unique<QObject>();
    bool called = false;
    const qint64 id = conn.request(kCustomerGet, {}, context.get(), [&](const Reply &) { called = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return !peer.requestsFor(kCustomerGet).isEmpty(); }, kWaitMs));
    context.reset();
    peer.send(protocol::okResponse(id));
    Replies probe; // a later request's answer proves the first answer was processed
    conn.request(QStringLiteral("session.me"), {}, nullptr, probe.handler());
    ASSERT_TRUE(probe.waitForCount(1));
    EXPECT_FALSE(called);
}

TEST_F(ConnectionTest, WriteAddsCidWithoutBracesAndKeepsAGivenOne)
{
    loginOk();
    Replies a, b;
    conn.write(kNoteAdd, { { QStringLiteral("text"), QStringLiteral("hi") } }, nullptr, a.handler());
    conn.write(kNoteAdd, { { QStringLiteral("cid"), QStringLiteral("my-cid") } }, nullptr, b.handler());
    ASSERT_TRUE(a.waitForCount(1) && b.waitForCount(1));
    const auto seen = peer.requestsFor(kNoteAdd);
    ASSERT_EQ(seen.size(), 2);
    const QString cid = seen.at(0).request.args.value(QStringLiteral("cid")).toString();
    EXPECT_EQ(cid.size(), 36);
    EXPECT_FALSE(cid.contains(u'{'));
    EXPECT_FALSE(QUuid::fromString(cid).isNull());
    EXPECT_EQ(seen.at(0).request.args.value(QStringLiteral("text")).toString(), QStringLiteral("hi"));
    EXPECT_EQ(seen.at(1).request.args.value(QStringLiteral("cid")).toString(), QStringLiteral("my-cid"));
}

TEST_F(ConnectionTest, SubscribeWhileConnectedSendsEventsSubscribe)
{
    conn.subscribe(kPresence); // before login: rides along in hello
    loginOk();
    EXPECT_EQ(peer.hellos.first().topics, QStringList { kPresence });
    EXPECT_TRUE(peer.requestsFor(QStringLiteral("events.subscribe")).isEmpty());

    conn.subscribe(kTopic);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return peer.requestsFor(QStringLiteral("events.subscribe")).size() == 1; }, kWaitMs));
    EXPECT_EQ(peer.requestsFor(QStringLiteral("events.subscribe")).first().request.args.value(QStringLiteral("topics")),
              QJsonArray { kTopic });
    conn.unsubscribe(kTopic);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return peer.requestsFor(QStringLiteral("events.unsubscribe")).size() == 1; }, kWaitMs));
    EXPECT_EQ(conn.topics(), QStringList { kPresence });

    conn.subscribe(QStringLiteral("Not A Topic!"));
    EXPECT_EQ(conn.topics(), QStringList { kPresence });
}

TEST_F(ConnectionTest, PeerDropReconnectsResumesReplaysOnceAndResendsInFlight)
{
    // Slow enough that "nextAttemptAt is in the future" holds even on a busy machine.
    conn.setReconnectPolicy(ReconnectPolicy(200ms, 1s));
    peer.onHello = [this](const protocol::Hello &hello) -> QList<protocol::Frame> {
        if (!hello.resume)
            return { peer.welcome(QStringLiteral("E1"), 4) };
        // Missed 6 and 7; a duplicate of 7 follows, then a live 9.
        return { peer.welcome(QStringLiteral("E1"), 8, QStringLiteral("replayed"), 2), ScriptedPeer::event(6),
                 ScriptedPeer::event(7), ScriptedPeer::event(7), ScriptedPeer::event(9) };
    };
    holdRequests(kNoteAdd);
    QList<qint64> seqs;
    QObject::connect(&conn, &Connection::eventReceived, &conn, [&](const protocol::Event &e) { seqs.append(e.seq); });

    conn.subscribe(kPresence);
    loginOk();
    EXPECT_EQ(conn.lastSeq(), 4);
    conn.subscribe(kTopic);
    peer.send(ScriptedPeer::event(5));
    ASSERT_TRUE(QTest::qWaitFor([&] { return conn.lastSeq() == 5; }, kWaitMs));

    Replies write;
    conn.write(kNoteAdd, { { QStringLiteral("text"), QStringLiteral("hi") } }, nullptr, write.handler());
    ASSERT_TRUE(QTest::qWaitFor([&] { return peer.requestsFor(kNoteAdd).size() == 1; }, kWaitMs));
    releaseHeldRequests(); // the copy sent after the reconnect is answered

    // When the drop is noticed, queue a request in the outbox.
    Replies queued;
    qint64 aheadMs = -1;
    QObject context;
    QObject::connect(&conn, &Connection::stateChanged, &context, [&](Connection::State s) {
        if (s != Connection::State::Reconnecting || aheadMs >= 0)
            return;
        aheadMs = QDateTime::currentDateTimeUtc().msecsTo(conn.nextAttemptAt());
        conn.request(kCustomerGet, {}, nullptr, queued.handler());
    });
    QSignalSpy scheduledSpy(&conn, &Connection::reconnectScheduled);
    peer.drop();
    ASSERT_TRUE(waitForState(Connection::State::Reconnecting));
    EXPECT_GT(aheadMs, 0);
    EXPECT_EQ(scheduledSpy.count(), 1);
    EXPECT_EQ(conn.reconnectAttempt(), 1);

    ASSERT_TRUE(QTest::qWaitFor([&] { return peer.hellos.size() == 2; }, kWaitMs));
    ASSERT_TRUE(waitForState(Connection::State::Connected));
    const protocol::Hello &hello = peer.hellos.at(1);
    EXPECT_EQ(hello.token, QStringLiteral("token-1"));
    ASSERT_TRUE(hello.resume.has_value());
    EXPECT_EQ(hello.resume->epoch, QStringLiteral("E1"));
    EXPECT_EQ(hello.resume->seq, 5);
    EXPECT_EQ(hello.topics, (QStringList { kTopic, kPresence }));
    EXPECT_EQ(conn.reconnectAttempt(), 0); // policy reset on welcome

    // Events: each once, in order, the duplicate dropped.
    ASSERT_TRUE(QTest::qWaitFor([&] { return seqs.size() >= 4; }, kWaitMs));
    ASSERT_TRUE(write.waitForCount(1));
    ASSERT_TRUE(queued.waitForCount(1));
    QTest::qWait(200);
    EXPECT_EQ(seqs, (QList<qint64> { 5, 6, 7, 9 }));
    EXPECT_EQ(conn.lastSeq(), 9);

    // The in-flight write went out again with the same id and cid, after the hello, and was answered once.
    const auto writes = peer.requestsFor(kNoteAdd);
    ASSERT_EQ(writes.size(), 2);
    EXPECT_EQ(writes.at(1).connection, 2);
    EXPECT_TRUE(writes.at(1).afterHello);
    EXPECT_EQ(writes.at(0).request.id, writes.at(1).request.id);
    EXPECT_EQ(writes.at(0).request.args.value(QStringLiteral("cid")),
              writes.at(1).request.args.value(QStringLiteral("cid")));
    EXPECT_EQ(write.list.size(), 1);
    EXPECT_TRUE(write.list.first().ok);

    // The request made while reconnecting waited for the welcome.
    const auto reads = peer.requestsFor(kCustomerGet);
    ASSERT_EQ(reads.size(), 1);
    EXPECT_EQ(reads.first().connection, 2);
    EXPECT_TRUE(reads.first().afterHello);
    EXPECT_EQ(queued.list.size(), 1);
    EXPECT_TRUE(queued.list.first().ok);
}

TEST_F(ConnectionTest, SimulatedNetworkDropReconnectsAndResumes)
{
    loginOk();
    QSignalSpy resyncSpy(&conn, &Connection::resyncRequired);
    peer.onHello = [this](const protocol::Hello &) -> QList<protocol::Frame> {
        return { peer.welcome(QStringLiteral("E1"), 0, QStringLiteral("replayed"), 0) };
    };
    conn.simulateNetworkDrop();
    EXPECT_EQ(conn.state(), Connection::State::Reconnecting);
    EXPECT_TRUE(conn.nextAttemptAt().isValid());
    ASSERT_TRUE(waitForState(Connection::State::Connected));
    ASSERT_EQ(peer.hellos.size(), 2);
    EXPECT_TRUE(peer.hellos.at(1).resume.has_value());
    EXPECT_EQ(resyncSpy.count(), 0);
}

TEST_F(ConnectionTest, KeepsRetryingWhileServerIsDownAndReconnectsWhenItReturns)
{
    loginOk();
    QSignalSpy scheduledSpy(&conn, &Connection::reconnectScheduled);
    peer.stopListening();
    peer.drop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return scheduledSpy.count() >= 3; }, kWaitMs));
    EXPECT_EQ(conn.state(), Connection::State::Reconnecting);
    EXPECT_GE(conn.reconnectAttempt(), 3);
    ASSERT_TRUE(peer.resumeListening());
    ASSERT_TRUE(waitForState(Connection::State::Connected));
    EXPECT_EQ(conn.reconnectAttempt(), 0);
}

TEST_F(ConnectionTest, ResyncRequiredWelcomeEmitsResyncRequired)
{
    loginOk();
    QSignalSpy resyncSpy(&conn, &Connection::resyncRequired);
    peer.onHello = [this](const protocol::Hello &) -> QList<protocol::Frame> {
        return { peer.welcome(QStringLiteral("E1"), 100, QStringLiteral("resync_required")) };
    };
    peer.drop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return resyncSpy.count() == 1; }, kWaitMs));
    EXPECT_EQ(conn.state(), Connection::State::Connected);
    EXPECT_EQ(conn.lastSeq(), 100);
}

TEST_F(ConnectionTest, EpochChangeOnResumeEmitsResyncRequired)
{
    loginOk();
    QSignalSpy resyncSpy(&conn, &Connection::resyncRequired);
    peer.onHello = [this](const protocol::Hello &) -> QList<protocol::Frame> {
        return { peer.welcome(QStringLiteral("E2"), 3, QStringLiteral("replayed"), 0) };
    };
    peer.drop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return resyncSpy.count() == 1; }, kWaitMs));
    EXPECT_EQ(conn.epoch(), QStringLiteral("E2"));
    EXPECT_EQ(conn.lastSeq(), 3);
}

TEST_F(ConnectionTest, RejectedHelloOnReconnectExpiresSessionAndFailsPending)
{
    loginOk();
    holdRequests(kCustomerGet);
    Replies pending;
    conn.request(kCustomerGet, {}, nullptr, pending.handler());
    ASSERT_TRUE(QTest::qWaitFor([&] { return peer.requestsFor(kCustomerGet).size() == 1; }, kWaitMs));

    QSignalSpy expiredSpy(&conn, &Connection::sessionExpired);
    QSignalSpy stateSpy(&conn, &Connection::stateChanged);
    peer.rejectHello = true;
    peer.drop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return expiredSpy.count() == 1; }, kWaitMs));
    EXPECT_EQ(conn.state(), Connection::State::Offline);
    EXPECT_TRUE(conn.token().isEmpty());
    ASSERT_TRUE(pending.waitForCount(1));
    EXPECT_EQ(pending.list.first().error.code, ErrorCode::Unauthenticated);

    QTest::qWait(300); // no reconnect loop after the session expired
    EXPECT_EQ(peer.connections, 2);
    EXPECT_EQ(states(stateSpy).last(), Connection::State::Offline);
    EXPECT_EQ(pending.list.size(), 1);
}

TEST_F(ConnectionTest, ConnectWithRejectedTokenFailsWithUnauthenticated)
{
    peer.rejectHello = true;
    Replies done;
    conn.connectWithToken(peer.url(), QStringLiteral("stale"), done.handler());
    ASSERT_TRUE(done.waitForCount(1));
    EXPECT_EQ(done.list.first().error.code, ErrorCode::Unauthenticated);
    EXPECT_EQ(conn.state(), Connection::State::Offline);
}

TEST_F(ConnectionTest, ConnectWithTokenSendsHelloWithoutLogin)
{
    Replies done;
    conn.connectWithToken(peer.url(), QStringLiteral("token-1"), done.handler());
    ASSERT_TRUE(done.waitForCount(1));
    EXPECT_TRUE(done.list.first().ok);
    EXPECT_TRUE(peer.requestsFor(QStringLiteral("auth.login")).isEmpty());
    EXPECT_EQ(conn.user().login, QStringLiteral("agent1"));
}

TEST_F(ConnectionTest, ServerCloseTooMuchDataFailsInFlightWithTooLarge)
{
    loginOk();
    holdRequests(kCustomerGet);
    QSignalSpy errorSpy(&conn, &Connection::serverError);
    Replies pending;
    conn.request(kCustomerGet, {}, nullptr, pending.handler());
    ASSERT_TRUE(QTest::qWaitFor([&] { return peer.requestsFor(kCustomerGet).size() == 1; }, kWaitMs));
    peer.close(QWebSocketProtocol::CloseCodeTooMuchData);
    ASSERT_TRUE(pending.waitForCount(1));
    EXPECT_EQ(pending.list.first().error.code, ErrorCode::TooLarge);
    ASSERT_GE(errorSpy.count(), 1);
    EXPECT_EQ(errorSpy.first().at(0).value<Error>().code, ErrorCode::TooLarge);
    ASSERT_TRUE(waitForState(Connection::State::Connected)); // the session itself recovers
    EXPECT_EQ(peer.requestsFor(kCustomerGet).size(), 1); // and the culprit is not sent again
}

TEST_F(ConnectionTest, ErrFrameIsReportedAsServerError)
{
    loginOk();
    QSignalSpy errorSpy(&conn, &Connection::serverError);
    peer.send(protocol::ErrorFrame { makeError(ErrorCode::RateLimited, QStringLiteral("slow down")) });
    ASSERT_TRUE(QTest::qWaitFor([&] { return errorSpy.count() == 1; }, kWaitMs));
    EXPECT_EQ(errorSpy.first().at(0).value<Error>().code, ErrorCode::RateLimited);
    EXPECT_EQ(conn.state(), Connection::State::Connected);
}

TEST_F(ConnectionTest, DisconnectFromServerGoesOfflineWithoutReconnecting)
{
    loginOk();
    holdRequests(kCustomerGet);
    Replies pending;
    conn.request(kCustomerGet, {}, nullptr, pending.handler());
    conn.disconnectFromServer();
    EXPECT_EQ(conn.state(), Connection::State::Offline);
    ASSERT_TRUE(pending.waitForCount(1));
    EXPECT_EQ(pending.list.first().error.code, ErrorCode::Unavailable);
    EXPECT_FALSE(conn.token().isEmpty()); // kept for connectWithToken
    QTest::qWait(300);
    EXPECT_EQ(conn.state(), Connection::State::Offline);
    EXPECT_EQ(peer.connections, 1);
}

TEST_F(ConnectionTest, LogoutSendsAuthLogoutAndForgetsTheToken)
{
    loginOk();
    conn.logout();
    EXPECT_EQ(conn.state(), Connection::State::Offline);
    EXPECT_TRUE(conn.token().isEmpty());
    EXPECT_TRUE(conn.user().login.isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return peer.requestsFor(QStringLiteral("auth.logout")).size() == 1; }, kWaitMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !peer.hasClient(); }, kWaitMs));
}
