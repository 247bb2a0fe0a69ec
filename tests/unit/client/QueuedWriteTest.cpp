#include "Replies.h"
#include "support/ScriptedPeer.h"

#include "client/Connection.h"
#include "client/OfflineOutbox.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

using namespace spocs;
using namespace spocs::test;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 15000;
const QString kNoteAdd = QStringLiteral("customer.note.add");
const QString kOrderChange = QStringLiteral("order.change");

QJsonObject note(const QString &text)
{
    return QJsonObject { { QStringLiteral("customer"), QStringLiteral("C-1") }, { QStringLiteral("text"), text } };
}

QJsonObject orderChange(int version)
{
    return QJsonObject { { QStringLiteral("number"), QStringLiteral("O-1") }, { QStringLiteral("version"), version } };
}

class QueuedWriteTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(peer.isListening());
        ASSERT_TRUE(dir.isValid());
        conn = makeConnection();
    }

    std::unique_ptr<Connection> makeConnection()
    {
        auto c = std::make_unique<Connection>();
        c->setReconnectPolicy(ReconnectPolicy(20ms, 200ms));
        c->setOutboxDirectory(dir.path());
        return c;
    }

    void loginOk(Connection &c)
    {
        Replies done;
        c.login(peer.url(), QStringLiteral("agent1"), QStringLiteral("demo"), done.handler());
        ASSERT_TRUE(done.waitForCount(1));
        ASSERT_TRUE(done.list.first().ok) << qPrintable(done.list.first().error.message);
    }

    bool waitForState(Connection &c, Connection::State state)
    {
        return QTest::qWaitFor([&] { return c.state() == state; }, kWaitMs);
    }

    // The coordinator goes away and stays away; the connection keeps trying.
    void takePeerDown()
    {
        peer.stopListening();
        peer.drop();
        ASSERT_TRUE(waitForState(*conn, Connection::State::Reconnecting));
    }

    QStringList cidsSeen(const QString &op) const
    {
        QStringList cids;
        for (const auto &r : peer.requestsFor(op))
            cids.append(r.request.args.value(QStringLiteral("cid")).toString());
        return cids;
    }

    QTemporaryDir dir;
    ScriptedPeer peer;
    std::unique_ptr<Connection> conn;
};

} // namespace

TEST_F(QueuedWriteTest, WriteWhileReconnectingIsAnsweredQueuedAndSentOnResume)
{
    loginOk(*conn);
    takePeerDown();
    Replies replies;
    conn->write(kNoteAdd, note(QStringLiteral("called back")), nullptr, replies.handler());
    ASSERT_TRUE(replies.waitForCount(1));
    EXPECT_EQ(replies.list.first().error.code, ErrorCode::Queued); // the agent can move on
    EXPECT_EQ(conn->outbox()->pendingCount(), 1);

    QSignalSpy applied(conn.get(), &Connection::queuedWriteApplied);
    ASSERT_TRUE(peer.resumeListening());
    ASSERT_TRUE(QTest::qWaitFor([&] { return conn->outbox()->pendingCount() == 0; }, kWaitMs));
    ASSERT_EQ(peer.requestsFor(kNoteAdd).size(), 1);
    EXPECT_TRUE(peer.requestsFor(kNoteAdd).first().afterHello);
    EXPECT_EQ(applied.count(), 1);
    EXPECT_EQ(replies.list.size(), 1); // the handler was answered once, with Queued
}

TEST_F(QueuedWriteTest, QueuedWritesSurviveDestroyingTheConnectionAndGoOutInOrderWithTheirCids)
{
    loginOk(*conn);
    takePeerDown();
    Replies replies;
    conn->write(kNoteAdd, note(QStringLiteral("first")), nullptr, replies.handler());
    conn->write(kOrderChange, orderChange(3), nullptr, replies.handler());
    ASSERT_TRUE(replies.waitForCount(2));
    const auto entries = conn->outbox()->entries();
    ASSERT_EQ(entries.size(), 2);
    conn.reset(); // the agent quits the desktop during the outage

    ASSERT_TRUE(peer.resumeListening());
    conn = makeConnection();
    EXPECT_FALSE(conn->outbox()->isOpen()); // nothing is sent before the same user signs in
    loginOk(*conn);
    ASSERT_TRUE(QTest::qWaitFor([&] { return peer.requestsFor(kOrderChange).size() == 1; }, kWaitMs));
    ASSERT_EQ(peer.requestsFor(kNoteAdd).size(), 1);
    EXPECT_EQ(cidsSeen(kNoteAdd), QStringList { entries.at(0).cid });
    EXPECT_EQ(cidsSeen(kOrderChange), QStringList { entries.at(1).cid });
    int noteIndex = -1, orderIndex = -1;
    for (int i = 0; i < peer.received.size(); ++i) {
        if (peer.received.at(i).request.op == kNoteAdd)
            noteIndex = i;
        if (peer.received.at(i).request.op == kOrderChange)
            orderIndex = i;
    }
    EXPECT_LT(noteIndex, orderIndex);
    ASSERT_TRUE(QTest::qWaitFor([&] { return conn->outbox()->entries().isEmpty(); }, kWaitMs));
}

TEST_F(QueuedWriteTest, AnotherUserDoesNotSendThem)
{
    loginOk(*conn);
    takePeerDown();
    Replies replies;
    conn->write(kNoteAdd, note(QStringLiteral("mine")), nullptr, replies.handler());
    ASSERT_TRUE(replies.waitForCount(1));
    conn.reset();

    ASSERT_TRUE(peer.resumeListening());
    peer.user.insert(QStringLiteral("login"), QStringLiteral("agent2"));
    conn = makeConnection();
    loginOk(*conn);
    Replies probe;
    conn->request(QStringLiteral("session.me"), {}, nullptr, probe.handler());
    ASSERT_TRUE(probe.waitForCount(1));
    EXPECT_TRUE(peer.requestsFor(kNoteAdd).isEmpty());
    EXPECT_TRUE(conn->outbox()->entries().isEmpty());
}

TEST_F(QueuedWriteTest, RejectedQueuedWriteWaitsForTheUserAndReapplyTakesTheCurrentVersion)
{
    peer.onRequest = [this](const protocol::Request &req) -> std::optional<protocol::Response> {
        if (req.op == kOrderChange && req.args.value(QStringLiteral("version")).toInt() != 5)
            return protocol::errorResponse(
                req.id,
                makeError(ErrorCode::VersionConflict, QStringLiteral("stale"),
                          QJsonObject { { QStringLiteral("current"), 5 }, { QStringLiteral("expected"), 3 } }));
        return protocol::okResponse(req.id, QJsonObject { { QStringLiteral("echo"), req.op } });
    };
    loginOk(*conn);
    takePeerDown();
    Replies replies;
    conn->write(kOrderChange, orderChange(3), nullptr, replies.handler());
    ASSERT_TRUE(replies.waitForCount(1));
    const QString firstCid = conn->outbox()->entries().first().cid;

    QSignalSpy rejected(conn.get(), &Connection::queuedWriteRejected);
    ASSERT_TRUE(peer.resumeListening());
    ASSERT_TRUE(rejected.wait(kWaitMs));
    EXPECT_EQ(rejected.first().at(0).toString(), firstCid);
    ASSERT_EQ(conn->outbox()->rejectedCount(), 1);
    EXPECT_EQ(conn->outbox()->entries().first().rejection->code, ErrorCode::VersionConflict);

    ASSERT_TRUE(conn->reapplyQueuedWrite(firstCid));
    ASSERT_TRUE(QTest::qWaitFor([&] { return conn->outbox()->entries().isEmpty(); }, kWaitMs));
    const auto sent = peer.requestsFor(kOrderChange);
    ASSERT_EQ(sent.size(), 2);
    EXPECT_EQ(sent.last().request.args.value(QStringLiteral("version")).toInt(), 5);
    EXPECT_NE(sent.last().request.args.value(QStringLiteral("cid")).toString(), firstCid);
}

TEST_F(QueuedWriteTest, DiscardDropsARejectedWriteForGood)
{
    peer.onRequest = [](const protocol::Request &req) -> std::optional<protocol::Response> {
        if (req.op == kNoteAdd)
            return protocol::errorResponse(req.id, makeError(ErrorCode::NotFound, QStringLiteral("no customer")));
        return protocol::okResponse(req.id);
    };
    loginOk(*conn);
    takePeerDown();
    Replies replies;
    conn->write(kNoteAdd, note(QStringLiteral("lost cause")), nullptr, replies.handler());
    ASSERT_TRUE(replies.waitForCount(1));
    QSignalSpy rejected(conn.get(), &Connection::queuedWriteRejected);
    ASSERT_TRUE(peer.resumeListening());
    ASSERT_TRUE(rejected.wait(kWaitMs));
    const QString cid = rejected.first().at(0).toString();
    EXPECT_FALSE(conn->reapplyQueuedWrite(QStringLiteral("no-such-cid")));
    ASSERT_TRUE(conn->discardQueuedWrite(cid));
    EXPECT_TRUE(conn->outbox()->entries().isEmpty());
    conn.reset();
    conn = makeConnection();
    loginOk(*conn);
    EXPECT_TRUE(conn->outbox()->entries().isEmpty()); // gone from the file too
    EXPECT_EQ(peer.requestsFor(kNoteAdd).size(), 1);
}

TEST_F(QueuedWriteTest, LiveCallerSeesALiveRejectionItselfAndNothingStaysQueued)
{
    peer.onRequest = [](const protocol::Request &req) -> std::optional<protocol::Response> {
        return protocol::errorResponse(req.id, makeError(ErrorCode::VersionConflict, QStringLiteral("stale")));
    };
    loginOk(*conn);
    QSignalSpy rejected(conn.get(), &Connection::queuedWriteRejected);
    Replies replies;
    conn->write(kOrderChange, orderChange(3), nullptr, replies.handler());
    ASSERT_TRUE(replies.waitForCount(1));
    EXPECT_EQ(replies.list.first().error.code, ErrorCode::VersionConflict);
    EXPECT_TRUE(conn->outbox()->entries().isEmpty());
    EXPECT_EQ(rejected.count(), 0);
}

TEST_F(QueuedWriteTest, SlowAnswerTurnsIntoQueuedAndTheWriteIsSentAgainWithTheSameCid)
{
    conn->setRequestTimeout(300);
    int answered = 0;
    peer.onRequest = [&answered](const protocol::Request &req) -> std::optional<protocol::Response> {
        if (req.op == kNoteAdd && answered++ == 0)
            return std::nullopt; // the first attempt gets no answer
        return protocol::okResponse(req.id);
    };
    loginOk(*conn);
    Replies replies;
    conn->write(kNoteAdd, note(QStringLiteral("slow")), nullptr, replies.handler());
    ASSERT_TRUE(replies.waitForCount(1));
    EXPECT_EQ(replies.list.first().error.code, ErrorCode::Queued);
    ASSERT_TRUE(QTest::qWaitFor([&] { return conn->outbox()->entries().isEmpty(); }, kWaitMs));
    const QStringList cids = cidsSeen(kNoteAdd);
    ASSERT_EQ(cids.size(), 2);
    EXPECT_EQ(cids.at(0), cids.at(1));
}

TEST_F(QueuedWriteTest, MomentaryWritesAreNotKept)
{
    loginOk(*conn);
    Replies replies;
    conn->write(QStringLiteral("presence.set"), { { QStringLiteral("state"), QStringLiteral("break") } }, nullptr,
                replies.handler());
    ASSERT_TRUE(replies.waitForCount(1));
    EXPECT_TRUE(replies.list.first().ok);
    takePeerDown();
    conn->write(QStringLiteral("presence.set"), { { QStringLiteral("state"), QStringLiteral("available") } }, nullptr,
                replies.handler());
    EXPECT_TRUE(conn->outbox()->entries().isEmpty());
}

TEST_F(QueuedWriteTest, WithoutAnOutboxFolderNothingIsStored)
{
    Connection plain;
    plain.setReconnectPolicy(ReconnectPolicy(20ms, 200ms));
    loginOk(plain);
    EXPECT_FALSE(plain.outbox()->isOpen());
    Replies replies;
    plain.write(kNoteAdd, note(QStringLiteral("x")), nullptr, replies.handler());
    ASSERT_TRUE(replies.waitForCount(1));
    EXPECT_TRUE(replies.list.first().ok);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

// A queued write in flight when the coordinator closes the link for an oversized message may have
// been applied: it stays queued with its cid. In flight at the next such close too, it is taken for
// the message the coordinator cannot read, and waits for the user instead of closing every session.
TEST_F(QueuedWriteTest, AQueuedWriteInFlightAtTwoTooLargeClosesInARowWaitsForTheUser)
{
    peer.onRequest = [this](const protocol::Request &req) -> std::optional<protocol::Response> {
        if (req.op != kNoteAdd)
            return protocol::okResponse(req.id);
        QTimer::singleShot(0, conn.get(), [this] { peer.close(QWebSocketProtocol::CloseCodeTooMuchData); });
        return std::nullopt;
    };
    loginOk(*conn);
    QSignalSpy rejected(conn.get(), &Connection::queuedWriteRejected);
    Replies replies;
    conn->write(kNoteAdd, note(QStringLiteral("too long for this coordinator")), nullptr, replies.handler());
    ASSERT_TRUE(replies.waitForCount(1));
    EXPECT_EQ(replies.list.first().error.code, ErrorCode::Queued) << "the first close may have come after applying it";

    ASSERT_TRUE(rejected.wait(kWaitMs));
    EXPECT_EQ(rejected.first().at(1).value<Error>().code, ErrorCode::TooLarge);
    const QStringList cids = cidsSeen(kNoteAdd);
    ASSERT_EQ(cids.size(), 2);
    EXPECT_EQ(cids.at(0), cids.at(1)) << "sent again with its cid";
    EXPECT_EQ(conn->outbox()->rejectedCount(), 1);
    ASSERT_TRUE(waitForState(*conn, Connection::State::Connected));
    QTest::qWait(300);
    EXPECT_EQ(peer.requestsFor(kNoteAdd).size(), 2) << "not sent again by itself";
    EXPECT_EQ(replies.list.size(), 1);
}
