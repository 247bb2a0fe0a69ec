#include "client/RequestTracker.h"

#include <QTest>

#include <gtest/gtest.h>

using namespace spocs;

namespace {

RequestTracker::Outgoing outgoing(RequestTracker &tracker)
{
    const qint64 id = tracker.allocateId();
    return RequestTracker::Outgoing { id, QStringLiteral("session.me"), QStringLiteral("{}"), false };
}

QList<qint64> ids(const QList<RequestTracker::Outgoing> &list)
{
    QList<qint64> out;
    for (const auto &o : list)
        out.append(o.id);
    return out;
}

} // namespace

TEST(RequestTracker, FinishRunsTheHandlerExactlyOnce)
{
    RequestTracker tracker;
    int calls = 0;
    const auto out = outgoing(tracker);
    tracker.add(
        out, nullptr, [&](const Reply &) { ++calls; }, 10000);
    EXPECT_TRUE(tracker.finish(out.id, Reply { true, {}, {} }));
    EXPECT_FALSE(tracker.finish(out.id, Reply { true, {}, {} }));
    EXPECT_EQ(calls, 1);
}

TEST(RequestTracker, TimeoutAnswersOnceWithTimeout)
{
    RequestTracker tracker;
    QList<Reply> replies;
    const auto out = outgoing(tracker);
    tracker.add(
        out, nullptr, [&](const Reply &r) { replies.append(r); }, 50);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !replies.isEmpty(); }, 15000));
    EXPECT_EQ(replies.first().error.code, ErrorCode::Timeout);
    EXPECT_FALSE(tracker.finish(out.id, Reply { true, {}, {} }));
    QTest::qWait(100);
    EXPECT_EQ(replies.size(), 1);
}

TEST(RequestTracker, OutboxKeepsIdOrderAndForgetsSentStateOnReconnect)
{
    RequestTracker tracker;
    QList<qint64> added;
    for (int i = 0; i < 3; ++i) {
        const auto out = outgoing(tracker);
        added.append(out.id);
        tracker.add(out, nullptr, {}, 10000);
    }
    tracker.markSent(added[1]);
    EXPECT_EQ(ids(tracker.unsent()), (QList<qint64> { added[0], added[2] }));
    EXPECT_EQ(tracker.sent(), QList<qint64> { added[1] });
    tracker.markAllUnsent();
    EXPECT_EQ(ids(tracker.unsent()), added);
    EXPECT_TRUE(tracker.sent().isEmpty());
}

TEST(RequestTracker, FailLaterNeverAnswersInsideTheCall)
{
    RequestTracker tracker;
    int calls = 0;
    tracker.failLater(
        nullptr,
        [&](const Reply &r) {
            EXPECT_EQ(r.error.code, ErrorCode::Unavailable);
            ++calls;
        },
        makeError(ErrorCode::Unavailable, {}));
    EXPECT_EQ(calls, 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return calls == 1; }, 15000));
}

TEST(RequestTracker, HandlersMayAddRequestsWhileABatchFails)
{
    RequestTracker tracker;
    qint64 addedLater = 0;
    tracker.add(
        outgoing(tracker), nullptr,
        [&](const Reply &) {
            const auto out = outgoing(tracker);
            addedLater = out.id;
            tracker.add(out, nullptr, {}, 10000);
        },
        10000);
    RequestTracker::fail(tracker.takeAll(), makeError(ErrorCode::Unavailable, {}));
    ASSERT_NE(addedLater, 0);
    EXPECT_TRUE(tracker.contains(addedLater));
}

TEST(RequestTracker, DestroyedContextDropsTheAnswer)
{
    RequestTracker tracker;
    auto context = std::make_unique<QObject>();
    bool called = false;
    const auto out = outgoing(tracker);
    tracker.add(
        out, context.get(), [&](const Reply &) { called = true; }, 10000);
    context.reset();
    EXPECT_TRUE(tracker.finish(out.id, Reply { true, {}, {} }));
    EXPECT_FALSE(called);
}
