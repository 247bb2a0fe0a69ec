#include "support/ClientHelpers.h"
#include "support/CoordinatorProcess.h"

#include "client/OfflineOutbox.h"
#include "models/CustomerHistoryModel.h"
#include "models/OrderModel.h"
#include "models/OutboxModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::test;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 20000;

// A note as the server sends it (with its id), or as the outbox shows it (id 0).
HistoryItem historyNote(qint64 id, const QString &text)
{
    HistoryItem e;
    e.id = id;
    e.type = QStringLiteral("note");
    e.text = text;
    e.at = QStringLiteral("2026-11-23T14:30:00.000Z");
    return e;
}

} // namespace

TEST(OutboxModels, HistoryShowsWaitingNotesOnTopNewestFirstAndMarked)
{
    CustomerHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries({ historyNote(1, QStringLiteral("from the server")) });
    model.setPendingNotes({ historyNote(0, QStringLiteral("older")), historyNote(0, QStringLiteral("newer")) });
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, CustomerHistoryModel::TextColumn).data().toString(), QStringLiteral("newer"));
    EXPECT_EQ(model.index(1, CustomerHistoryModel::TextColumn).data().toString(), QStringLiteral("older"));
    EXPECT_TRUE(model.index(0, 0).data(CustomerHistoryModel::PendingRole).toBool());
    EXPECT_EQ(model.index(0, CustomerHistoryModel::TimeColumn).data().toString(), QStringLiteral("Waiting to be sent"));
    EXPECT_FALSE(model.index(2, 0).data(CustomerHistoryModel::PendingRole).toBool());
    EXPECT_EQ(model.index(2, CustomerHistoryModel::TextColumn).data().toString(), QStringLiteral("from the server"));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setPendingNotes({ historyNote(0, QStringLiteral("older")), historyNote(0, QStringLiteral("newer")) });
    EXPECT_EQ(resets.count(), 0); // the same notes again change nothing
    model.setPendingNotes({});
    EXPECT_EQ(model.rowCount(), 1);
}

TEST(OutboxModels, OrderWithAWaitingChangeSaysSoInItsStatus)
{
    OrderModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    OrderSummary a;
    a.number = QStringLiteral("O-1");
    a.status = OrderStatus::Placed;
    OrderSummary b = a;
    b.number = QStringLiteral("O-2");
    model.setOrders({ a, b });
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPendingChanges({ QStringLiteral("O-2") });
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(model.index(0, OrderModel::StatusColumn).data(OrderModel::PendingRole).toBool());
    EXPECT_TRUE(model.index(1, OrderModel::StatusColumn).data(OrderModel::PendingRole).toBool());
    EXPECT_EQ(model.index(1, OrderModel::StatusColumn).data().toString(),
              QStringLiteral("Placed (change waiting to be sent)"));
    EXPECT_EQ(model.index(0, OrderModel::StatusColumn).data().toString(), QStringLiteral("Placed"));
}

TEST(OutboxModels, OutboxModelFollowsQueuedWritesAndTheirRefusal)
{
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start()) << qPrintable(coordinator.output());
    QTemporaryDir dir;
    Connection connection;
    connection.setReconnectPolicy(ReconnectPolicy(50ms, 500ms));
    connection.setOutboxDirectory(dir.path());
    OutboxModel model(&connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(loginAndWait(connection, coordinator.url(), QStringLiteral("agent1")).ok);
    EXPECT_EQ(model.rowCount(), 0);

    coordinator.stop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return connection.state() == Connection::State::Reconnecting; }, kWaitMs));
    QSignalSpy counts(&model, &OutboxModel::countsChanged);
    connection.write(
        QStringLiteral("customer.note.add"),
        { { QStringLiteral("customer"), QStringLiteral("C-1001") }, { QStringLiteral("text"), QStringLiteral("x") } },
        nullptr, {});
    connection.write(QStringLiteral("order.cancel"),
                     { { QStringLiteral("number"), QStringLiteral("O-NOSUCH") },
                       { QStringLiteral("version"), 1 },
                       { QStringLiteral("reason"), QStringLiteral("Customer changed their mind") } },
                     nullptr, {});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_GE(counts.count(), 2);
    EXPECT_EQ(model.pendingCount(), 2);
    EXPECT_EQ(model.index(0).data().toString().left(24), QStringLiteral("Note for customer C-1001"));
    EXPECT_EQ(model.index(1).data(OutboxModel::OpRole).toString(), QStringLiteral("order.cancel"));
    EXPECT_EQ(OutboxModel::ordersWithWaitingChanges(connection.outbox()->entries()),
              QSet<QString> { QStringLiteral("O-NOSUCH") });
    EXPECT_EQ(OutboxModel::notesFor(connection.outbox()->entries(), QStringLiteral("C-1001")).size(), 1);

    QSignalSpy refused(&model, &OutboxModel::rejected);
    ASSERT_TRUE(coordinator.restart()) << qPrintable(coordinator.output());
    ASSERT_TRUE(refused.wait(kWaitMs));
    EXPECT_EQ(refused.first().at(0).toString(), QStringLiteral("Cancellation of order O-NOSUCH"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == 1; }, kWaitMs)); // the note went through
    EXPECT_EQ(model.rejectedCount(), 1);
    EXPECT_TRUE(model.index(0).data(OutboxModel::RejectedRole).toBool());
    EXPECT_EQ(model.index(0).data(OutboxModel::ErrorCodeRole).toString(), QStringLiteral("not_found"));
    EXPECT_TRUE(model.discard(0));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.rejectedCount(), 0);
}
