#include "models/MyDayModels.h"
#include "core/domain/Contact.h"
#include "models/FollowUpModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace spocs;

namespace {

QJsonObject followUp(qint64 contactId, const QDateTime &due, const QString &customer, bool overdue = false)
{
    domain::FollowUp f;
    f.contact.id = contactId;
    f.contact.channel = QStringLiteral("phone");
    f.contact.customer.id = QStringLiteral("C-%1").arg(contactId);
    f.contact.customer.name = customer;
    f.contact.reasons = { QStringLiteral("orders.where") };
    f.due = due.toString(Qt::ISODateWithMs);
    f.overdue = overdue;
    return f.toJson();
}

QStringList column(const QAbstractItemModel &model, int col = 0, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, col).data(role).toString();
    return out;
}

} // namespace

TEST(FollowUpsDueTodayFilter, KeepsOverdueAndTodaysButNotTomorrows)
{
    // Noon local time, so "today" has room on both sides whatever the machine's zone.
    const QDateTime now(QDate(2026, 12, 6), QTime(12, 0));
    FollowUpModel followUps;
    followUps.setNow(now);
    followUps.setWarningMinutes(0);
    FollowUpsDueTodayFilter due;
    QAbstractItemModelTester tester(&due, QAbstractItemModelTester::FailureReportingMode::Fatal);
    due.setSourceModel(&followUps);
    due.setNow(now);
    followUps.setFollowUps({ followUp(1, now.addDays(-2), QStringLiteral("Overdue Ltd"), true),
                             followUp(2, now.addSecs(3 * 3600), QStringLiteral("This Afternoon plc")),
                             followUp(3, now.addDays(1), QStringLiteral("Tomorrow GmbH")),
                             followUp(4, now.addDays(9), QStringLiteral("Next Week SA")) });
    EXPECT_EQ(column(due, FollowUpModel::CustomerColumn),
              (QStringList { QStringLiteral("Overdue Ltd"), QStringLiteral("This Afternoon plc") }));
    EXPECT_EQ(column(due, 0, FollowUpModel::CustomerIdRole),
              (QStringList { QStringLiteral("C-1"), QStringLiteral("C-2") }));

    // The next morning, yesterday's "tomorrow" is due today.
    due.setNow(now.addDays(1));
    EXPECT_TRUE(column(due, FollowUpModel::CustomerColumn).contains(QStringLiteral("Tomorrow GmbH")));
    EXPECT_FALSE(column(due, FollowUpModel::CustomerColumn).contains(QStringLiteral("Next Week SA")));
}

TEST(QueueWaitingModel, ShowsEachQueueWithItsCountAndLongestWait)
{
    QueueWaitingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDateTime now = QDateTime(QDate(2026, 12, 6), QTime(9, 30), Qt::UTC);
    model.setNow(now);
    model.setQueues(QJsonArray {
        QJsonObject { { QStringLiteral("queue"), QStringLiteral("general") },
                      { QStringLiteral("label"), QStringLiteral("General") },
                      { QStringLiteral("waiting"), 3 },
                      { QStringLiteral("oldestSince"), now.addSecs(-12 * 60).toString(Qt::ISODateWithMs) } },
        QJsonObject { { QStringLiteral("queue"), QStringLiteral("billing") },
                      { QStringLiteral("label"), QStringLiteral("Billing") },
                      { QStringLiteral("waiting"), 0 },
                      { QStringLiteral("oldestSince"), QJsonValue(QJsonValue::Null) } } });
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(column(model, QueueWaitingModel::QueueColumn),
              (QStringList { QStringLiteral("General"), QStringLiteral("Billing") }));
    EXPECT_EQ(model.index(0, QueueWaitingModel::WaitingColumn).data().toInt(), 3);
    EXPECT_EQ(model.index(0, QueueWaitingModel::OldestColumn).data().toString(), QStringLiteral("12 min"));
    EXPECT_TRUE(model.index(1, QueueWaitingModel::OldestColumn).data().toString().isEmpty());
    EXPECT_EQ(model.totalWaiting(), 3);
}

TEST(RecentCustomersModel, LatestFirstWithoutRepeatsAndBounded)
{
    RecentCustomersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLimit(3);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    model.noteOpened(QStringLiteral("C-1"), QStringLiteral("Ada"), t0);
    model.noteOpened(QStringLiteral("C-2"), QStringLiteral("Brian"), t0.addSecs(1));
    model.noteOpened(QStringLiteral("C-1"), QStringLiteral("Ada"), t0.addSecs(2)); // again: moves up
    model.noteOpened(QStringLiteral("C-3"), QStringLiteral("Chen"), t0.addSecs(3));
    model.noteOpened(QStringLiteral("C-4"), QString(), t0.addSecs(4));
    EXPECT_EQ(column(model, 0, RecentCustomersModel::CustomerIdRole),
              (QStringList { QStringLiteral("C-4"), QStringLiteral("C-3"), QStringLiteral("C-1") }));
    EXPECT_EQ(model.index(1, 0).data().toString(), QStringLiteral("Chen (C-3)"));
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("C-4")); // no name: the number
}

TEST(ContactsInHandModel, ListsEachContactWithItsCustomer)
{
    ContactsInHandModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const domain::CustomerRef customer { QStringLiteral("C-1003"), QStringLiteral("Ada Lovelace") };
    QJsonObject contact { { QStringLiteral("id"), 7 },
                          { QStringLiteral("channel"), QStringLiteral("phone") },
                          { QStringLiteral("state"), QStringLiteral("active") },
                          { QStringLiteral("customer"), customer.toJson() } };
    model.setContacts({ contact });
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, 0).data(ContactsInHandModel::ContactIdRole).toLongLong(), 7);
    EXPECT_EQ(model.index(0, 0).data(ContactsInHandModel::CustomerIdRole).toString(), QStringLiteral("C-1003"));
    // The channel and state in words, not their wire names ("phone · … · active" showed in the German desktop).
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("Phone · Ada Lovelace · Active"));
    model.setContacts({});
    EXPECT_EQ(model.rowCount(), 0);
}
