#include "core/Ops.h"
#include "models/ActiveContact.h"
#include "models/FollowUpModel.h"
#include "models/OfferQueue.h"
#include "models/ReasonTreeModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace spocs;

namespace {

QString wire(const char16_t *name)
{
    return QString::fromUtf16(name);
}

QJsonObject person(qint64 id, const QString &login)
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("login"), login }, { QStringLiteral("name"), login } };
}

QJsonObject contact(qint64 id, const QString &state, qint64 offeredTo = 0, qint64 version = 1,
                    const QJsonArray &tasks = {})
{
    QJsonObject c { { QStringLiteral("id"), id },
                    { QStringLiteral("channel"), QStringLiteral("phone") },
                    { QStringLiteral("state"), state },
                    { QStringLiteral("version"), version },
                    { QStringLiteral("customer"),
                      QJsonObject { { QStringLiteral("id"), QStringLiteral("C-1003") },
                                    { QStringLiteral("name"), QStringLiteral("Ada Lovelace") } } },
                    { QStringLiteral("owner"),
                      state == u"active" ? QJsonValue(person(1, QStringLiteral("agent1")))
                                         : QJsonValue(QJsonValue::Null) },
                    { QStringLiteral("offeredTo"),
                      offeredTo ? QJsonValue(person(offeredTo, QStringLiteral("agent%1").arg(offeredTo)))
                                : QJsonValue(QJsonValue::Null) },
                    { QStringLiteral("tasks"), tasks },
                    { QStringLiteral("createdAt"), QStringLiteral("2026-11-23T10:00:00.000Z") } };
    return c;
}

QJsonObject contactOffered(qint64 id, qint64 to, const QDateTime &expires)
{
    return { { QStringLiteral("contact"), contact(id, QStringLiteral("offered"), to) },
             { QStringLiteral("expiresAt"), expires.toString(Qt::ISODateWithMs) },
             { QStringLiteral("pick"), QStringLiteral("owner") } };
}

QJsonObject reason(qint64 id, qint64 parent, const QString &code, const QString &label, bool forwardOnly = false,
                   bool archived = false)
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("parent"), parent ? QJsonValue(parent) : QJsonValue(QJsonValue::Null) },
             { QStringLiteral("code"), code },
             { QStringLiteral("label"), label },
             { QStringLiteral("demandClass"), QStringLiteral("b") },
             { QStringLiteral("forwardOnly"), forwardOnly },
             { QStringLiteral("archived"), archived } };
}

QJsonObject followUp(qint64 contactId, const QDateTime &due, const QString &customer, bool dueSoon = false)
{
    return { { QStringLiteral("contact"),
               QJsonObject { { QStringLiteral("id"), contactId },
                             { QStringLiteral("channel"), QStringLiteral("phone") },
                             { QStringLiteral("customer"),
                               QJsonObject { { QStringLiteral("id"), QStringLiteral("C-%1").arg(contactId) },
                                             { QStringLiteral("name"), customer } } },
                             { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } } } },
             { QStringLiteral("due"), due.toString(Qt::ISODateWithMs) },
             { QStringLiteral("owner"), person(1, QStringLiteral("agent1")) },
             { QStringLiteral("dueSoon"), dueSoon },
             { QStringLiteral("overdue"), false },
             { QStringLiteral("doneAt"), QJsonValue(QJsonValue::Null) },
             { QStringLiteral("updates"), QJsonArray {} } };
}

} // namespace

TEST(OfferQueue, ContactOfferLeavesWhenTheContactIsOfferedToSomeoneElse)
{
    OfferQueue queue;
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    queue.setSelf(1);
    QSignalSpy added(&queue, &OfferQueue::offerAdded);
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(20);
    EXPECT_TRUE(queue.handleEvent(wire(event::ContactOffered), contactOffered(7, 1, expires)));
    ASSERT_EQ(queue.rowCount(), 1);
    EXPECT_EQ(added.count(), 1);
    EXPECT_EQ(queue.data(queue.index(0), Qt::DisplayRole).toString(), QStringLiteral("Ada Lovelace"));
    EXPECT_EQ(queue.first()->id, 7);
    EXPECT_NEAR(OfferQueue::secondsLeft(*queue.first(), QDateTime::currentDateTimeUtc()), 20, 1);

    // The same offer again (a replay after reconnect) is not a second card.
    queue.handleEvent(wire(event::ContactOffered), contactOffered(7, 1, expires));
    EXPECT_EQ(queue.rowCount(), 1);
    EXPECT_EQ(added.count(), 1);

    // An update that still names this user keeps it; the time-out moving it on removes it.
    queue.handleEvent(wire(event::ContactUpdated),
                      { { QStringLiteral("contact"), contact(7, QStringLiteral("offered"), 1) } });
    EXPECT_EQ(queue.rowCount(), 1);
    queue.handleEvent(wire(event::ContactUpdated),
                      { { QStringLiteral("contact"), contact(7, QStringLiteral("offered"), 2) } });
    EXPECT_EQ(queue.rowCount(), 0);

    // The caller hanging up (closed, abandoned) withdraws it too.
    queue.handleEvent(wire(event::ContactOffered), contactOffered(8, 1, expires));
    queue.handleEvent(wire(event::ContactUpdated),
                      { { QStringLiteral("contact"), contact(8, QStringLiteral("closed")) } });
    EXPECT_EQ(queue.rowCount(), 0);
}

TEST(OfferQueue, ConsultAndTransferOffersLeaveWhenWithdrawnDeclinedOrExpired)
{
    OfferQueue queue;
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    queue.setSelf(21);
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(30);
    const QJsonObject consult { { QStringLiteral("id"), 5 },
                                { QStringLiteral("contact"), 7 },
                                { QStringLiteral("state"), QStringLiteral("offered") },
                                { QStringLiteral("question"), QStringLiteral("Refund after 40 days?") },
                                { QStringLiteral("requester"), person(1, QStringLiteral("agent1")) },
                                { QStringLiteral("customer"),
                                  QJsonObject { { QStringLiteral("id"), QStringLiteral("C-1003") },
                                                { QStringLiteral("name"), QStringLiteral("Ada Lovelace") } } } };
    queue.handleEvent(wire(event::ConsultOffered),
                      { { QStringLiteral("consult"), consult },
                        { QStringLiteral("expiresAt"), expires.toString(Qt::ISODateWithMs) } });
    const QJsonObject transfer { { QStringLiteral("id"), 9 },
                                 { QStringLiteral("contact"), 7 },
                                 { QStringLiteral("kind"), QStringLiteral("warm") },
                                 { QStringLiteral("state"), QStringLiteral("offered") },
                                 { QStringLiteral("from"), person(1, QStringLiteral("agent1")) } };
    queue.handleEvent(wire(event::TransferOffered),
                      { { QStringLiteral("transfer"), transfer },
                        { QStringLiteral("contact"), contact(7, QStringLiteral("active")) },
                        { QStringLiteral("expiresAt"), expires.toString(Qt::ISODateWithMs) } });
    ASSERT_EQ(queue.rowCount(), 2);
    EXPECT_EQ(queue.offerAt(0).kind, OfferQueue::Kind::Consult);
    EXPECT_EQ(queue.offerAt(0).contactId, 7);
    EXPECT_EQ(queue.offerAt(1).kind, OfferQueue::Kind::Transfer);
    EXPECT_EQ(queue.offerAt(1).customerName, QStringLiteral("Ada Lovelace"));

    // Another expert won the consult.
    EXPECT_TRUE(queue.handleEvent(wire(event::ConsultWithdrawn), { { QStringLiteral("consultId"), 5 } }));
    EXPECT_EQ(queue.rowCount(), 1);
    // The transferring rep took it back (declined / timed out elsewhere).
    QJsonObject ended = transfer;
    ended.insert(QStringLiteral("state"), QStringLiteral("expired"));
    EXPECT_TRUE(queue.handleEvent(wire(event::TransferUpdated), { { QStringLiteral("transfer"), ended } }));
    EXPECT_EQ(queue.rowCount(), 0);

    // Offers past their time leave on the next tick.
    queue.handleEvent(
        wire(event::ConsultOffered),
        { { QStringLiteral("consult"), consult },
          { QStringLiteral("expiresAt"), QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODateWithMs) } });
    EXPECT_EQ(queue.rowCount(), 1);
    EXPECT_EQ(queue.expire(QDateTime::currentDateTimeUtc()), 1);
    EXPECT_EQ(queue.rowCount(), 0);
}

TEST(OfferQueue, TransferOfferLeavesWhenItsContactCloses)
{
    OfferQueue queue;
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    queue.setSelf(21);
    QJsonObject transfer { { QStringLiteral("id"), 9 },
                           { QStringLiteral("contact"), 8 },
                           { QStringLiteral("kind"), QStringLiteral("cold") },
                           { QStringLiteral("state"), QStringLiteral("offered") },
                           { QStringLiteral("from"), person(1, QStringLiteral("agent1")) },
                           { QStringLiteral("to"), person(21, QStringLiteral("agent21")) } };
    queue.handleEvent(
        wire(event::TransferOffered),
        { { QStringLiteral("transfer"), transfer },
          { QStringLiteral("contact"), contact(8, QStringLiteral("active")) },
          { QStringLiteral("expiresAt"), QDateTime::currentDateTimeUtc().addSecs(30).toString(Qt::ISODateWithMs) } });
    ASSERT_EQ(queue.rowCount(), 1);
    // The rep closed the contact: the coordinator cancels the offer.
    transfer.insert(QStringLiteral("state"), QStringLiteral("cancelled"));
    EXPECT_TRUE(queue.handleEvent(wire(event::TransferUpdated),
                                  { { QStringLiteral("transfer"), transfer },
                                    { QStringLiteral("contact"), contact(8, QStringLiteral("closed")) } }));
    EXPECT_EQ(queue.rowCount(), 0);
}

TEST(ActiveContact, TasksFollowTheServerAndStaleAnswersAreIgnored)
{
    ActiveContact active;
    active.setSelf(1);
    QAbstractItemModelTester tester(active.tasks(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy current(&active, &ActiveContact::currentChanged);
    const QJsonArray tasks { QJsonObject { { QStringLiteral("id"), 3 },
                                           { QStringLiteral("kind"), QStringLiteral("order_status") },
                                           { QStringLiteral("resolved"), false } } };
    active.setContact(contact(7, QStringLiteral("active"), 0, 2, tasks));
    EXPECT_EQ(current.count(), 1);
    EXPECT_TRUE(active.isActive());
    EXPECT_TRUE(active.isMine());
    ASSERT_EQ(active.tasks()->rowCount(), 1);
    const QModelIndex task = active.tasks()->index(0);
    EXPECT_EQ(task.data().toString(), QStringLiteral("Order status"));
    EXPECT_TRUE(active.tasks()->flags(task) & Qt::ItemIsUserCheckable);

    // Ticking asks the server; the row stays open until the update confirms.
    QSignalSpy resolve(active.tasks(), &ContactTaskModel::resolveRequested);
    active.tasks()->setData(task, Qt::Checked, Qt::CheckStateRole);
    ASSERT_EQ(resolve.count(), 1);
    EXPECT_EQ(resolve.first().first().toLongLong(), 3);
    EXPECT_EQ(task.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

    QJsonArray resolved = tasks;
    QJsonObject t = resolved.at(0).toObject();
    t.insert(QStringLiteral("resolved"), true);
    resolved.replace(0, t);
    protocol::Event e;
    e.kind = wire(event::ContactUpdated);
    e.topic = QStringLiteral("contact:7");
    e.data = { { QStringLiteral("contact"), contact(7, QStringLiteral("active"), 0, 3, resolved) } };
    EXPECT_TRUE(active.handleEvent(e));
    EXPECT_EQ(active.tasks()->index(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    EXPECT_EQ(active.tasks()->openCount(), 0);

    // A late answer with an older version does not undo it.
    active.setContact(contact(7, QStringLiteral("active"), 0, 2, tasks));
    EXPECT_EQ(active.version(), 3);
    // Another contact's update is not ours.
    e.data = { { QStringLiteral("contact"), contact(8, QStringLiteral("closed")) } };
    EXPECT_FALSE(active.handleEvent(e));

    // Closed: nothing to tick any more.
    active.setContact(contact(7, QStringLiteral("closed"), 0, 4, resolved));
    EXPECT_TRUE(active.isClosed());
    EXPECT_FALSE(active.tasks()->flags(active.tasks()->index(0)) & Qt::ItemIsUserCheckable);
    EXPECT_EQ(current.count(), 1);
}

TEST(ReasonTreeModel, BuildsTheTreeHidesArchivedAndKnowsForwardOnly)
{
    ReasonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setReasons({ reason(1, 0, QStringLiteral("orders"), QStringLiteral("Orders")),
                       reason(2, 1, QStringLiteral("orders.where"), QStringLiteral("Where is my order?")),
                       reason(3, 1, QStringLiteral("orders.old"), QStringLiteral("Old reason"), false, true),
                       reason(4, 0, QStringLiteral("ir"), QStringLiteral("Investor relations"), true),
                       reason(5, 1, QStringLiteral("orders.cancel"), QStringLiteral("Cancel my order")) });
    EXPECT_EQ(model.rowCount(), 2);
    const QModelIndex orders = model.index(0, 0);
    EXPECT_EQ(orders.data(ReasonTreeModel::CodeRole).toString(), QStringLiteral("orders"));
    EXPECT_EQ(model.rowCount(orders), 2) << "the archived reason is left out";
    EXPECT_EQ(model.index(1, 0).data().toString(), QStringLiteral("Investor relations (forward only)"));

    QSignalSpy checked(&model, &ReasonTreeModel::checkedChanged);
    EXPECT_TRUE(model.setData(model.index(1, 0, orders), Qt::Checked, Qt::CheckStateRole));
    EXPECT_TRUE(model.setData(model.index(0, 0, orders), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(model.checkedCodes(), (QStringList { QStringLiteral("orders.where"), QStringLiteral("orders.cancel") }));
    EXPECT_FALSE(model.anyCheckedForwardOnly());
    model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole);
    EXPECT_TRUE(model.anyCheckedForwardOnly());
    EXPECT_EQ(checked.count(), 3);

    // An admin renames a reason: reasons.changed replaces it, checks survive.
    protocol::Event e;
    e.kind = wire(event::ReasonsChanged);
    e.data = { { QStringLiteral("reason"),
                 reason(2, 1, QStringLiteral("orders.where"), QStringLiteral("Where is it?")) } };
    EXPECT_TRUE(model.handleEvent(e));
    EXPECT_EQ(model.labelFor(QStringLiteral("orders.where")), QStringLiteral("Where is it?"));
    EXPECT_TRUE(model.checkedCodes().contains(QStringLiteral("orders.where")));
    model.setCheckedCodes({ QStringLiteral("orders.cancel"), QStringLiteral("unknown") });
    EXPECT_EQ(model.checkedCodes(), QStringList { QStringLiteral("orders.cancel") });
}

TEST(FollowUpModel, SortsByDueWarnsAndDropsDoneOnes)
{
    FollowUpModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.setNow(now);
    model.setWarningMinutes(30);
    model.setFollowUps({ followUp(11, now.addDays(2), QStringLiteral("Later Ltd")),
                         followUp(12, now.addSecs(-60), QStringLiteral("Overdue Inc")),
                         followUp(13, now.addSecs(600), QStringLiteral("Soon GmbH")) });
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.itemAt(0).contactId, 12);
    EXPECT_EQ(model.statusAt(0), FollowUpModel::Status::Overdue);
    EXPECT_EQ(model.statusAt(1), FollowUpModel::Status::DueSoon);
    EXPECT_EQ(model.statusAt(2), FollowUpModel::Status::Open);
    EXPECT_EQ(model.index(0, FollowUpModel::StatusColumn).data().toString(), QStringLiteral("Overdue"));
    EXPECT_EQ(model.index(1, FollowUpModel::CustomerColumn).data().toString(), QStringLiteral("Soon GmbH"));
    EXPECT_TRUE(model.index(0, FollowUpModel::DueColumn).data(Qt::ForegroundRole).isValid());

    // The server's warning for the later one: a warning signal, and its row says so.
    QSignalSpy warning(&model, &FollowUpModel::warning);
    EXPECT_TRUE(
        model.handleEvent(wire(event::FollowUpDue),
                          { { QStringLiteral("followUp"), followUp(11, now.addDays(2), QStringLiteral("Later Ltd")) },
                            { QStringLiteral("overdue"), false } }));
    ASSERT_EQ(warning.count(), 1);
    EXPECT_EQ(warning.first().at(0).toLongLong(), 11);
    EXPECT_FALSE(warning.first().at(1).toBool());
    EXPECT_EQ(model.statusAt(model.rowForContact(11)), FollowUpModel::Status::DueSoon);

    // Time passes: the clock turns the due-soon one overdue (once).
    model.setNow(now.addSecs(700));
    model.tick();
    model.tick();
    EXPECT_EQ(warning.count(), 2);
    EXPECT_EQ(warning.last().at(0).toLongLong(), 13);
    EXPECT_TRUE(warning.last().at(1).toBool());

    // A status update keeps the row (with the update); done removes it.
    QJsonObject updated = followUp(12, now.addSecs(-60), QStringLiteral("Overdue Inc"));
    updated.insert(QStringLiteral("updates"),
                   QJsonArray { QJsonObject { { QStringLiteral("at"), now.toString(Qt::ISODateWithMs) },
                                              { QStringLiteral("note"), QStringLiteral("Parcel is on its way") } } });
    model.handleEvent(wire(event::FollowUpUpdated), { { QStringLiteral("followUp"), updated } });
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.itemAt(model.rowForContact(12)).updates.size(), 1);
    updated.insert(QStringLiteral("doneAt"), now.toString(Qt::ISODateWithMs));
    model.handleEvent(wire(event::FollowUpUpdated), { { QStringLiteral("followUp"), updated } });
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowForContact(12), -1);

    // A due date without a time means the end of that day: not overdue during it.
    QJsonObject today = followUp(14, now, QStringLiteral("Today AG"));
    today.insert(QStringLiteral("due"), now.date().toString(Qt::ISODate));
    model.setNow(QDateTime(now.date(), QTime(12, 0), Qt::UTC));
    model.upsert(today);
    EXPECT_NE(model.statusAt(model.rowForContact(14)), FollowUpModel::Status::Overdue);
    model.setNow(QDateTime(now.date().addDays(1), QTime(0, 0, 1), Qt::UTC));
    EXPECT_EQ(model.statusAt(model.rowForContact(14)), FollowUpModel::Status::Overdue);
}

TEST(FollowUpModel, ServersWarningIsAnnouncedEvenWhenTheListShowedItDueSoonButOnlyOnce)
{
    FollowUpModel model;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.setNow(now);
    model.setWarningMinutes(60);
    // Loaded already due soon (the agent just promised it): the banner shows it, no warning yet.
    QSignalSpy warning(&model, &FollowUpModel::warning);
    model.setFollowUps({ followUp(21, now.addSecs(1800), QStringLiteral("Soon GmbH")) });
    EXPECT_EQ(model.statusAt(0), FollowUpModel::Status::DueSoon);
    EXPECT_EQ(warning.count(), 0);
    // The coordinator's warning is news all the same; its repeat (a resumed event) is not.
    const QJsonObject data { { QStringLiteral("followUp"),
                               followUp(21, now.addSecs(1800), QStringLiteral("Soon GmbH")) },
                             { QStringLiteral("overdue"), false } };
    model.handleEvent(wire(event::FollowUpDue), data);
    ASSERT_EQ(warning.count(), 1);
    EXPECT_EQ(warning.at(0).at(0).toLongLong(), 21);
    EXPECT_EQ(warning.at(0).at(2).toString(), QStringLiteral("Soon GmbH"));
    model.handleEvent(wire(event::FollowUpDue), data);
    model.tick();
    EXPECT_EQ(warning.count(), 1);
}
