// The desktop through an outage, against the real coordinator: writes typed while it is
// down survive quitting the desktop and arrive exactly once; a silently dead link is
// noticed by the keep-alive.
#include "CommerceTestSupport.h"
#include "support/SilentLinkProxy.h"

#include "client/OfflineOutbox.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

using namespace spocs;
using namespace spocs::test;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 30000;

class OutageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(outboxDir.isValid());
        ASSERT_TRUE(coordinator.start(options)) << coordinator.output().toStdString();
    }

    // A desktop's connection as spocs-desktop sets it up, with the outbox in the test's folder.
    std::unique_ptr<Connection> desktop()
    {
        auto c = std::make_unique<Connection>();
        c->setReconnectPolicy(ReconnectPolicy(50ms, 500ms));
        c->setOutboxDirectory(outboxDir.path());
        return c;
    }

    // An order whose shipping address may still change: {number, version}.
    QJsonObject openOrder(Connection &c)
    {
        for (int n = 1000; n < 1200; ++n) {
            const Reply r
                = call(c, QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-%1").arg(n) } });
            for (const QJsonValue &o : r.data.value(QStringLiteral("orders")).toArray()) {
                const QJsonObject order = o.toObject();
                if (order.value(QStringLiteral("status")).toString() == u"placed")
                    return order;
            }
        }
        ADD_FAILURE() << "no placed order in the demo world";
        return {};
    }

    qint64 notesWithText(const QString &text)
    {
        // The texts are the test's own plain sentences, safe to quote.
        return commerce::dbScalar(
            coordinator.dbPath(),
            QStringLiteral("SELECT COUNT(*) FROM history WHERE type = 'note' AND summary = '%1'").arg(text));
    }

    static std::optional<Reply> writeAndWait(Connection &c, const QString &op, const QJsonObject &args)
    {
        std::optional<Reply> reply;
        c.write(op, args, &c, [&](const Reply &r) { reply = r; });
        (void)QTest::qWaitFor([&] { return reply.has_value(); }, kWaitMs);
        return reply;
    }

    QTemporaryDir outboxDir;
    CoordinatorProcess::Options options;
    CoordinatorProcess coordinator;
};

// A coordinator that reads messages of at most 4 KiB, so an ordinary request can trip its limit:
// it answers too_large and closes the link (1009), and every request in flight ends with it.
class TooLargeCloseTest : public OutageTest
{
protected:
    TooLargeCloseTest()
    {
        const QString config = configDir.filePath(QStringLiteral("coordinator.ini"));
        QFile file(config);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("[server]\nmax_message_bytes=4096\n");
        options.extraArgs = { QStringLiteral("--config"), config };
    }

    // Sends `op` and, right behind it, a read too large for the coordinator; waits for both answers.
    static std::optional<Reply> writeThenTripTheLimit(Connection &c, const QString &op, const QJsonObject &args)
    {
        std::optional<Reply> written;
        std::optional<Reply> large;
        c.write(op, args, &c, [&](const Reply &r) { written = r; });
        c.request(
            QStringLiteral("customer.get"),
            { { QStringLiteral("id"), QStringLiteral("C-1003") }, { QStringLiteral("pad"), QString(8000, u'x') } }, &c,
            [&](const Reply &r) { large = r; });
        (void)QTest::qWaitFor([&] { return written.has_value() && large.has_value(); }, kWaitMs);
        EXPECT_TRUE(large.has_value() && large->error.code == ErrorCode::TooLarge);
        return written;
    }

    QTemporaryDir configDir;
};

QJsonObject newAddress(const QString &street)
{
    return QJsonObject { { QStringLiteral("street"), street },
                         { QStringLiteral("city"), QStringLiteral("Leipzig") },
                         { QStringLiteral("postcode"), QStringLiteral("04109") },
                         { QStringLiteral("country"), QStringLiteral("DE") } };
}

} // namespace

TEST_F(OutageTest, NoteAndOrderChangeTypedWhileTheCoordinatorIsDownArriveOnceAfterTheDesktopRestarts)
{
    auto agent = desktop();
    ASSERT_TRUE(loginAndWait(*agent, coordinator.url(), QStringLiteral("agent1")).ok);
    const QUrl url = coordinator.url();
    const QJsonObject order = openOrder(*agent);
    const QString number = order.value(QStringLiteral("number")).toString();
    const qint64 version = order.value(QStringLiteral("version")).toInteger();
    ASSERT_FALSE(number.isEmpty());

    coordinator.stop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return agent->state() == Connection::State::Reconnecting; }, kWaitMs));
    const QString text = QStringLiteral("Called during the outage, promised a refund");
    const auto noteReply
        = writeAndWait(*agent, QStringLiteral("customer.note.add"),
                       { { QStringLiteral("customer"), QStringLiteral("C-1003") }, { QStringLiteral("text"), text } });
    const auto orderReply
        = writeAndWait(*agent, QStringLiteral("order.change"),
                       { { QStringLiteral("number"), number },
                         { QStringLiteral("version"), version },
                         { QStringLiteral("shippingAddress"), newAddress(QStringLiteral("Outage Lane 1")) } });
    ASSERT_TRUE(noteReply && orderReply);
    EXPECT_EQ(noteReply->error.code, ErrorCode::Queued);
    EXPECT_EQ(orderReply->error.code, ErrorCode::Queued);
    ASSERT_EQ(agent->outbox()->pendingCount(), 2);
    agent.reset(); // the agent quits the desktop

    ASSERT_TRUE(coordinator.restart()) << coordinator.output().toStdString();
    ASSERT_EQ(coordinator.url(), url) << "the restarted coordinator must serve the same address";
    auto again = desktop();
    ASSERT_TRUE(loginAndWait(*again, coordinator.url(), QStringLiteral("agent1")).ok);
    ASSERT_TRUE(QTest::qWaitFor([&] { return again->outbox()->entries().isEmpty(); }, kWaitMs));

    EXPECT_EQ(notesWithText(text), 1);
    const Reply after = call(*again, QStringLiteral("order.get"), { { QStringLiteral("number"), number } });
    ASSERT_TRUE(after.ok) << after.error.message.toStdString();
    const QJsonObject changed = after.data.value(QStringLiteral("order")).toObject();
    EXPECT_EQ(changed.value(QStringLiteral("version")).toInteger(), version + 1); // applied once
    EXPECT_EQ(changed.value(QStringLiteral("shippingAddress")).toObject().value(QStringLiteral("street")).toString(),
              QStringLiteral("Outage Lane 1"));

    // A third start sends nothing again.
    again.reset();
    auto third = desktop();
    ASSERT_TRUE(loginAndWait(*third, coordinator.url(), QStringLiteral("agent1")).ok);
    EXPECT_TRUE(third->outbox()->entries().isEmpty());
    EXPECT_EQ(notesWithText(text), 1);
}

TEST_F(OutageTest, WriteAppliedButUnansweredIsResentAfterARestartAndAppliedOnce)
{
    SilentLinkProxy proxy(coordinator.url());
    ASSERT_TRUE(proxy.isListening());
    auto agent = desktop();
    // Signing in checks the password slowly on purpose: short time-outs only afterwards.
    ASSERT_TRUE(loginAndWait(*agent, proxy.url(), QStringLiteral("agent1")).ok);
    agent->setRequestTimeout(1000);

    proxy.setSwallowAnswers(true); // the note reaches the coordinator; its answer never comes back
    const QString text = QStringLiteral("Answer lost on the way back");
    const auto reply
        = writeAndWait(*agent, QStringLiteral("customer.note.add"),
                       { { QStringLiteral("customer"), QStringLiteral("C-1004") }, { QStringLiteral("text"), text } });
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->error.code, ErrorCode::Queued);
    ASSERT_TRUE(QTest::qWaitFor([&] { return notesWithText(text) == 1; }, kWaitMs));
    const QString cid = agent->outbox()->entries().value(0).cid;
    ASSERT_FALSE(cid.isEmpty());
    agent.reset();

    // Same user, same server address as the outbox file knows it: through the proxy, now healthy.
    proxy.setSwallowAnswers(false);
    auto again = desktop();
    ASSERT_TRUE(loginAndWait(*again, proxy.url(), QStringLiteral("agent1")).ok);
    ASSERT_TRUE(QTest::qWaitFor([&] { return again->outbox()->entries().isEmpty(); }, kWaitMs));
    EXPECT_EQ(notesWithText(text), 1); // the cid ledger answered the resend from its record
    EXPECT_EQ(commerce::dbScalar(coordinator.dbPath(),
                                 QStringLiteral("SELECT COUNT(*) FROM applied_writes WHERE cid = '%1'").arg(cid)),
              1);
}

TEST_F(OutageTest, KeepAliveNoticesALinkThatWentSilentAndTheSessionResumes)
{
    SilentLinkProxy proxy(coordinator.url());
    ASSERT_TRUE(proxy.isListening());
    auto agent = desktop();
    agent->subscribe(QStringLiteral("customer:C-1005"));
    ASSERT_TRUE(loginAndWait(*agent, proxy.url(), QStringLiteral("agent1")).ok);
    agent->setKeepAlive(200, 600); // the password check is slow: a short deadline only afterwards
    // The real coordinator answers the pings through the proxy: several intervals pass without a drop.
    EXPECT_FALSE(QTest::qWaitFor([&] { return agent->state() != Connection::State::Connected; }, 1500));

    proxy.setSilent(true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return agent->state() == Connection::State::Reconnecting; }, kWaitMs));
    proxy.setSilent(false);
    ASSERT_TRUE(QTest::qWaitFor([&] { return agent->state() == Connection::State::Connected; }, kWaitMs));
    EXPECT_GE(proxy.connections(), 2);

    // The resumed session still gets the events of its topics.
    auto other = desktop();
    ASSERT_TRUE(loginAndWait(*other, coordinator.url(), QStringLiteral("agent2")).ok);
    QSignalSpy events(agent.get(), &Connection::eventReceived);
    ASSERT_TRUE(callWrite(*other, QStringLiteral("customer.note.add"),
                          { { QStringLiteral("customer"), QStringLiteral("C-1005") },
                            { QStringLiteral("text"), QStringLiteral("seen after the resume") } })
                    .ok);
    ASSERT_TRUE(QTest::qWaitFor([&] { return events.count() >= 1; }, kWaitMs));
}

// A write outside the outbox reaches the coordinator but its answer is lost, so the desktop
// says it timed out; the agent presses the button again. The second send carries the first
// one's cid, and the coordinator answers it from its record: one customer, not two.
TEST_F(OutageTest, AWriteSentAgainAfterItsAnswerWasLostIsAppliedOnce)
{
    SilentLinkProxy proxy(coordinator.url());
    ASSERT_TRUE(proxy.isListening());
    auto agent = desktop();
    ASSERT_TRUE(loginAndWait(*agent, proxy.url(), QStringLiteral("agent1")).ok);
    agent->setRequestTimeout(1000);
    const QString name = QStringLiteral("Ingrid Unanswered");
    const QJsonObject args { { QStringLiteral("name"), name } };
    const QString count = QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = '%1'").arg(name);

    proxy.setSwallowAnswers(true);
    const auto first = writeAndWait(*agent, QStringLiteral("customer.create"), args);
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->error.code, ErrorCode::Timeout);
    // Applied all the same.
    ASSERT_TRUE(QTest::qWaitFor([&] { return commerce::dbScalar(coordinator.dbPath(), count) == 1; }, kWaitMs));

    proxy.setSwallowAnswers(false);
    const auto again = writeAndWait(*agent, QStringLiteral("customer.create"), args);
    ASSERT_TRUE(again.has_value());
    ASSERT_TRUE(again->ok) << qPrintable(again->error.message);
    EXPECT_EQ(commerce::dbScalar(coordinator.dbPath(), count), 1);
    const QString id = again->data.value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")).toString();
    EXPECT_FALSE(id.isEmpty());

    // Once answered, the same arguments are a new write.
    const auto third = writeAndWait(*agent, QStringLiteral("customer.create"), args);
    ASSERT_TRUE(third.has_value());
    ASSERT_TRUE(third->ok) << qPrintable(third->error.message);
    EXPECT_EQ(commerce::dbScalar(coordinator.dbPath(), count), 2);
}

// The write reached the coordinator and was applied, but the link closed before its answer came
// back: the desktop must not take it for refused. Kept in the outbox with its cid, it goes out
// again after the reconnect and is applied once.
TEST_F(TooLargeCloseTest, AQueuedWriteInFlightWhenAnotherRequestTripsTheSizeLimitIsAppliedOnce)
{
    auto agent = desktop();
    ASSERT_TRUE(loginAndWait(*agent, coordinator.url(), QStringLiteral("agent1")).ok);
    const QString text = QStringLiteral("Noted just before an oversized request");
    const auto note = writeThenTripTheLimit(
        *agent, QStringLiteral("customer.note.add"),
        { { QStringLiteral("customer"), QStringLiteral("C-1003") }, { QStringLiteral("text"), text } });
    ASSERT_TRUE(note.has_value());
    ASSERT_FALSE(note->ok) << "the note was answered before the close: it was not in flight";
    EXPECT_EQ(note->error.code, ErrorCode::Queued) << qPrintable(note->error.message);

    ASSERT_TRUE(QTest::qWaitFor([&] { return agent->state() == Connection::State::Connected; }, kWaitMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return agent->outbox()->entries().isEmpty(); }, kWaitMs));
    EXPECT_EQ(notesWithText(text), 1);
}

// The same for a write outside the outbox: it fails, and the agent presses the button again. The
// second send carries the first one's cid, so the coordinator answers it from its record.
TEST_F(TooLargeCloseTest, AWriteInFlightWhenAnotherRequestTripsTheSizeLimitIsAppliedOnceWhenSentAgain)
{
    Connection agent;
    agent.setReconnectPolicy(ReconnectPolicy(50ms, 500ms));
    ASSERT_TRUE(loginAndWait(agent, coordinator.url(), QStringLiteral("agent1")).ok);
    const QString name = QStringLiteral("Olga Oversize");
    const QJsonObject args { { QStringLiteral("name"), name } };
    const QString count = QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = '%1'").arg(name);

    const auto first = writeThenTripTheLimit(agent, QStringLiteral("customer.create"), args);
    ASSERT_TRUE(first.has_value());
    ASSERT_FALSE(first->ok) << "the write was answered before the close: it was not in flight";
    EXPECT_EQ(first->error.code, ErrorCode::TooLarge);
    ASSERT_TRUE(QTest::qWaitFor([&] { return commerce::dbScalar(coordinator.dbPath(), count) == 1; }, kWaitMs))
        << "applied before the close";

    ASSERT_TRUE(QTest::qWaitFor([&] { return agent.state() == Connection::State::Connected; }, kWaitMs));
    const auto again = writeAndWait(agent, QStringLiteral("customer.create"), args);
    ASSERT_TRUE(again.has_value());
    ASSERT_TRUE(again->ok) << qPrintable(again->error.message);
    EXPECT_EQ(commerce::dbScalar(coordinator.dbPath(), count), 1);
}
