#include "core/Ops.h"
#include "models/LeadSnapshotLoader.h"
#include "models/LeadText.h"
#include "models/ReportModels.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace spocs;

namespace {

const QDateTime kAt = QDateTime::fromString(QStringLiteral("2026-11-23T10:00:00.000Z"), Qt::ISODateWithMs);

QJsonObject person(qint64 id, const QString &login, const QString &name)
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("login"), login },
                         { QStringLiteral("name"), name } };
}

QJsonObject queue(const QString &code, const QString &label, int waiting, int longestWait, QJsonValue sl)
{
    return QJsonObject { { QStringLiteral("queue"), code },
                         { QStringLiteral("label"), label },
                         { QStringLiteral("waiting"), waiting },
                         { QStringLiteral("offered"), 0 },
                         { QStringLiteral("active"), 2 },
                         { QStringLiteral("longestWaitSec"), longestWait },
                         { QStringLiteral("answeredToday"), 17 },
                         { QStringLiteral("abandonedToday"), 2 },
                         { QStringLiteral("serviceLevelToday"), sl },
                         { QStringLiteral("asaSecToday"), 11.5 },
                         { QStringLiteral("abandonRateToday"), 0.1 } };
}

QJsonObject agent(qint64 id, const QString &login, const QString &state, const QString &since,
                  const QJsonArray &contacts = {})
{
    return QJsonObject {
        { QStringLiteral("user"), person(id, login, login.toUpper()) },
        { QStringLiteral("role"), QStringLiteral("agent") },
        { QStringLiteral("state"), state },
        { QStringLiteral("reason"), QString() },
        { QStringLiteral("since"), since },
        { QStringLiteral("load"),
          QJsonObject { { QStringLiteral("voice"), contacts.size() }, { QStringLiteral("text"), 0 } } },
        { QStringLiteral("skills"),
          QJsonArray { QJsonObject { { QStringLiteral("skill"), QStringLiteral("billing") },
                                     { QStringLiteral("level"), 3 } } } },
        { QStringLiteral("contacts"), contacts },
    };
}

QJsonObject agentContact(qint64 id, const QString &customer, const QString &reason)
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("channel"), QStringLiteral("phone") },
                         { QStringLiteral("customer"),
                           QJsonObject { { QStringLiteral("id"), QStringLiteral("C-1") },
                                         { QStringLiteral("name"), customer } } },
                         { QStringLiteral("reason"), reason },
                         { QStringLiteral("state"), QStringLiteral("active") },
                         { QStringLiteral("since"), QStringLiteral("2026-11-23T09:58:00.000Z") } };
}

QJsonObject alert(const QString &key, const QString &kind, const QString &severity, const QString &since)
{
    return QJsonObject { { QStringLiteral("key"), key },
                         { QStringLiteral("kind"), kind },
                         { QStringLiteral("severity"), severity },
                         { QStringLiteral("message"), QStringLiteral("%1 needs attention").arg(key) },
                         { QStringLiteral("since"), since } };
}

QJsonObject waitingContact(qint64 id, const QString &state, const QString &createdAt)
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("channel"), QStringLiteral("chat") },
                         { QStringLiteral("state"), state },
                         { QStringLiteral("queue"), QStringLiteral("billing") },
                         { QStringLiteral("customer"),
                           QJsonObject { { QStringLiteral("id"), QStringLiteral("C-1003") },
                                         { QStringLiteral("name"), QStringLiteral("Ada Lovelace") } } },
                         { QStringLiteral("createdAt"), createdAt } };
}

QString text(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

TEST(LeadModels, QueueRowsUpdateInPlaceAndTheLongestWaitTicks)
{
    QueueStatsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setServiceLevelTarget(0.8);
    model.setQueues(QJsonArray { queue(QStringLiteral("general"), QStringLiteral("General"), 3, 42, 0.84),
                                 queue(QStringLiteral("billing"), QStringLiteral("Billing"), 0, 0, QJsonValue()) },
                    kAt);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(text(model, 0, QueueStatsModel::QueueColumn), QStringLiteral("General"));
    EXPECT_EQ(model.data(model.index(0, QueueStatsModel::WaitingColumn)).toInt(), 3);
    EXPECT_EQ(text(model, 0, QueueStatsModel::LongestWaitColumn), QStringLiteral("0:42"));
    EXPECT_EQ(text(model, 0, QueueStatsModel::AsaColumn), QStringLiteral("0:12"));
    EXPECT_TRUE(text(model, 0, QueueStatsModel::ServiceLevelColumn).startsWith(QStringLiteral("84")));
    EXPECT_EQ(text(model, 1, QueueStatsModel::ServiceLevelColumn), QStringLiteral("–")) << "null: no figure yet";
    EXPECT_FALSE(model.data(model.index(0, 0), QueueStatsModel::BelowTargetRole).toBool());

    // The 1 s tick: a waiting queue's longest wait grows, an empty queue stays at zero.
    model.setNow(kAt.addSecs(20));
    EXPECT_EQ(text(model, 0, QueueStatsModel::LongestWaitColumn), QStringLiteral("1:02"));
    EXPECT_EQ(model.data(model.index(1, 0), QueueStatsModel::LongestWaitSecRole).toInt(), 0);

    // A new snapshot updates the known row in place (no reset), adds a new queue and drops a gone one.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setQueues(QJsonArray { queue(QStringLiteral("general"), QStringLiteral("General"), 4, 5, 0.5),
                                 queue(QStringLiteral("returns"), QStringLiteral("Returns"), 1, 1, 1.0) },
                    kAt.addSecs(30));
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(removed.count(), 1);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowOf(QStringLiteral("general")), 0);
    EXPECT_EQ(model.data(model.index(0, 0), QueueStatsModel::WaitingRole).toInt(), 4);
    EXPECT_TRUE(model.data(model.index(0, 0), QueueStatsModel::BelowTargetRole).toBool()) << "50 % < 80 % target";
    EXPECT_TRUE(model.data(model.index(0, QueueStatsModel::ServiceLevelColumn), Qt::ForegroundRole).isValid());
    EXPECT_EQ(model.rowOf(QStringLiteral("returns")), 1);
}

TEST(LeadModels, AgentGridShowsStateTimeInStateContactAndReason)
{
    AgentGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAgents(QJsonArray {
        agent(10, QStringLiteral("agent10"), QStringLiteral("on_contact"), QStringLiteral("2026-11-23T09:58:00.000Z"),
              QJsonArray { agentContact(7, QStringLiteral("Ada Lovelace"), QStringLiteral("Where is my order?")) }),
        agent(11, QStringLiteral("agent11"), QStringLiteral("available"), QStringLiteral("2026-11-23T09:59:30.000Z")),
    });
    model.setNow(kAt);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(text(model, 0, AgentGridModel::AgentColumn), QStringLiteral("AGENT10"));
    EXPECT_EQ(model.data(model.index(0, 0), AgentGridModel::StateRole).toString(), QStringLiteral("on_contact"));
    EXPECT_EQ(text(model, 0, AgentGridModel::TimeInStateColumn), QStringLiteral("2:00"));
    EXPECT_TRUE(text(model, 0, AgentGridModel::ContactColumn).contains(QStringLiteral("Ada Lovelace")));
    EXPECT_EQ(text(model, 0, AgentGridModel::ReasonColumn), QStringLiteral("Where is my order?"));
    EXPECT_EQ(model.data(model.index(0, 0), AgentGridModel::ContactIdRole).toLongLong(), 7);
    EXPECT_EQ(text(model, 1, AgentGridModel::ContactColumn), QStringLiteral("–"));

    // Time in state ticks.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(kAt.addSecs(61));
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(text(model, 1, AgentGridModel::TimeInStateColumn), QStringLiteral("1:31"));

    // presence.changed moves the agent to a break at once.
    EXPECT_TRUE(
        model.applyPresence(QJsonObject { { QStringLiteral("user"), person(11, QStringLiteral("agent11"), {}) },
                                          { QStringLiteral("state"), QStringLiteral("break") },
                                          { QStringLiteral("reason"), QStringLiteral("lunch") },
                                          { QStringLiteral("since"), QStringLiteral("2026-11-23T10:01:00.000Z") } }));
    EXPECT_EQ(model.data(model.index(1, 0), AgentGridModel::StateRole).toString(), QStringLiteral("break"));
    EXPECT_EQ(text(model, 1, AgentGridModel::TimeInStateColumn), QStringLiteral("0:01"));
    EXPECT_EQ(text(model, 1, AgentGridModel::ReasonColumn), QStringLiteral("lunch"));
    EXPECT_FALSE(model.applyPresence(QJsonObject { { QStringLiteral("user"), person(99, QStringLiteral("x"), {}) } }));

    // A snapshot without agent10 removes the row.
    model.setAgents(QJsonArray { agent(11, QStringLiteral("agent11"), QStringLiteral("available"),
                                       QStringLiteral("2026-11-23T10:02:00.000Z")) });
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.rowOfLogin(QStringLiteral("agent11")), 0);
}

TEST(LeadModels, AlertsNewestFirstAndRaisedAlertsShowAtOnce)
{
    AlertListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAlerts(QJsonArray {
        alert(QStringLiteral("service_level:general"), QStringLiteral("service_level"), QStringLiteral("critical"),
              QStringLiteral("2026-11-23T09:00:00.000Z")),
        alert(QStringLiteral("after_contact_work:11"), QStringLiteral("after_contact_work"), QStringLiteral("warning"),
              QStringLiteral("2026-11-23T09:30:00.000Z")),
    });
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.data(model.index(0), AlertListModel::KeyRole).toString(), QStringLiteral("after_contact_work:11"));
    EXPECT_EQ(model.data(model.index(0)).toString(), QStringLiteral("after_contact_work:11 needs attention"));
    EXPECT_EQ(model.data(model.index(1), AlertListModel::SeverityRole).toString(), QStringLiteral("critical"));
    EXPECT_TRUE(model.data(model.index(1), Qt::DecorationRole).isValid());

    model.addAlert(alert(QStringLiteral("long_contact:7"), QStringLiteral("long_contact"), QStringLiteral("warning"),
                         QStringLiteral("2026-11-23T09:45:00.000Z")));
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.rowOfKey(QStringLiteral("long_contact:7")), 0);
    model.addAlert(alert(QStringLiteral("long_contact:7"), QStringLiteral("long_contact"), QStringLiteral("critical"),
                         QStringLiteral("2026-11-23T09:45:00.000Z")));
    EXPECT_EQ(model.rowCount(), 3) << "the same key is updated, not added twice";
    model.setAlerts({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(LeadModels, WaitingContactsFollowQueueEvents)
{
    WaitingContactModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setNow(kAt);
    model.applyContact(waitingContact(8, QStringLiteral("queued"), QStringLiteral("2026-11-23T09:59:00.000Z")));
    model.applyContact(waitingContact(7, QStringLiteral("queued"), QStringLiteral("2026-11-23T09:58:00.000Z")));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.contactIdAt(0), 7) << "the longest waiting first";
    EXPECT_EQ(text(model, 0, WaitingContactModel::WaitColumn), QStringLiteral("2:00"));
    EXPECT_TRUE(text(model, 0, WaitingContactModel::CustomerColumn).contains(QStringLiteral("Ada Lovelace")));

    QJsonObject offered = waitingContact(7, QStringLiteral("offered"), QStringLiteral("2026-11-23T09:58:00.000Z"));
    offered.insert(QStringLiteral("offeredTo"), person(11, QStringLiteral("agent11"), QStringLiteral("Agent Eleven")));
    model.applyContact(offered);
    EXPECT_EQ(text(model, 0, WaitingContactModel::OfferedToColumn), QStringLiteral("Agent Eleven"));

    model.applyContact(waitingContact(7, QStringLiteral("active"), QStringLiteral("2026-11-23T09:58:00.000Z")));
    ASSERT_EQ(model.rowCount(), 1) << "an accepted contact no longer waits";
    EXPECT_EQ(model.contactIdAt(0), 8);
    model.applyContact(waitingContact(8, QStringLiteral("closed"), QStringLiteral("2026-11-23T09:59:00.000Z")));
    EXPECT_EQ(model.rowCount(), 0) << "an abandoned contact no longer waits";
}

TEST(LeadModels, AFloorWithoutCustomersNamesTheContactsInstead)
{
    // What an admin's lead.snapshot and `queue` events carry: no customer on a contact, no
    // customerName on an alert.
    WaitingContactModel waiting;
    QAbstractItemModelTester waitingTester(&waiting, QAbstractItemModelTester::FailureReportingMode::Fatal);
    waiting.setNow(kAt);
    QJsonObject contact = waitingContact(7, QStringLiteral("queued"), QStringLiteral("2026-11-23T09:58:00.000Z"));
    contact.remove(QStringLiteral("customer"));
    waiting.applyContact(contact);
    ASSERT_EQ(waiting.rowCount(), 1);
    EXPECT_EQ(text(waiting, 0, WaitingContactModel::CustomerColumn), QStringLiteral("#7"));

    AlertListModel alerts;
    QAbstractItemModelTester alertTester(&alerts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QJsonObject longContact = alert(QStringLiteral("long_contact:7"), QStringLiteral("long_contact"),
                                    QStringLiteral("warning"), QStringLiteral("2026-11-23T09:45:00.000Z"));
    longContact.insert(QStringLiteral("contact"), 7);
    longContact.insert(QStringLiteral("minutes"), 25);
    longContact.insert(QStringLiteral("usualMinutes"), 8);
    alerts.addAlert(longContact);
    EXPECT_EQ(alerts.data(alerts.index(0)).toString(), QStringLiteral("Contact 7 runs 25 min (usually 8 min)"));
    longContact.insert(QStringLiteral("customerName"), QStringLiteral("Anna Schmidt"));
    alerts.addAlert(longContact);
    EXPECT_EQ(alerts.data(alerts.index(0)).toString(),
              QStringLiteral("Contact with Anna Schmidt runs 25 min (usually 8 min)"));
}

TEST(LeadModels, WaitingContactWaitsSinceItWasQueuedAgain)
{
    // Answered two days ago, closed, and reopened by the customer's reply 90 s ago.
    WaitingContactModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setNow(kAt);
    QJsonObject reopened = waitingContact(9, QStringLiteral("queued"), QStringLiteral("2026-11-21T10:00:00.000Z"));
    QJsonArray transitions;
    for (const auto &[state, at] :
         { std::pair { "queued", "2026-11-21T10:00:00.000Z" }, std::pair { "active", "2026-11-21T10:01:00.000Z" },
           std::pair { "after_contact_work", "2026-11-21T10:09:00.000Z" },
           std::pair { "closed", "2026-11-21T10:09:00.000Z" }, std::pair { "queued", "2026-11-23T09:58:30.000Z" },
           std::pair { "offered", "2026-11-23T09:59:00.000Z" }, std::pair { "queued", "2026-11-23T09:59:20.000Z" } })
        transitions.append(QJsonObject { { QStringLiteral("state"), QString::fromLatin1(state) },
                                         { QStringLiteral("at"), QString::fromLatin1(at) } });
    reopened.insert(QStringLiteral("transitions"), transitions);
    model.applyContact(reopened);
    EXPECT_EQ(text(model, 0, WaitingContactModel::WaitColumn), QStringLiteral("1:30"));
    EXPECT_EQ(model.data(model.index(0, 0), WaitingContactModel::WaitSecRole).toInt(), 90);
}

TEST(LeadModels, WaitingContactsAreListedInTheOrderRoutingOffersThem)
{
    WaitingContactModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setNow(kAt);
    model.applyContact(waitingContact(7, QStringLiteral("queued"), QStringLiteral("2026-11-23T09:50:00.000Z")));
    QJsonObject vip = waitingContact(9, QStringLiteral("queued"), QStringLiteral("2026-11-23T09:59:00.000Z"));
    vip.insert(QStringLiteral("priority"), 2);
    model.applyContact(vip);
    model.applyContact(waitingContact(8, QStringLiteral("queued"), QStringLiteral("2026-11-23T09:55:00.000Z")));
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.contactIdAt(0), 9) << "the VIP who called last is offered first";
    EXPECT_EQ(model.contactIdAt(1), 7);
    EXPECT_EQ(model.contactIdAt(2), 8);
    EXPECT_EQ(text(model, 0, WaitingContactModel::PriorityColumn), QStringLiteral("+2"));
    EXPECT_EQ(text(model, 1, WaitingContactModel::PriorityColumn), QStringLiteral("–"));
}

// A contact reopened (or forwarded) 2 minutes ago was created days ago: it sorts by its current
// wait, behind one that has waited 5 minutes.
TEST(LeadModels, WaitingContactsSortByTheirCurrentWaitNotByWhenTheyWereCreated)
{
    WaitingContactModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setNow(kAt);
    const auto withTransitions
        = [](QJsonObject contact, std::initializer_list<std::pair<const char *, const char *>> steps) {
              QJsonArray transitions;
              for (const auto &[state, at] : steps)
                  transitions.append(QJsonObject { { QStringLiteral("state"), QString::fromLatin1(state) },
                                                   { QStringLiteral("at"), QString::fromLatin1(at) } });
              contact.insert(QStringLiteral("transitions"), transitions);
              return contact;
          };
    const QString twoDaysAgo = QStringLiteral("2026-11-21T10:00:00.000Z");
    const auto reopened = [&](const char *queuedAgain) {
        return withTransitions(waitingContact(9, QStringLiteral("queued"), twoDaysAgo),
                               { { "queued", "2026-11-21T10:00:00.000Z" },
                                 { "active", "2026-11-21T10:01:00.000Z" },
                                 { "closed", "2026-11-21T10:09:00.000Z" },
                                 { "queued", queuedAgain } });
    };
    model.applyContact(waitingContact(7, QStringLiteral("queued"), QStringLiteral("2026-11-23T09:55:00.000Z")));
    model.applyContact(reopened("2026-11-23T09:58:00.000Z"));
    model.applyContact(waitingContact(8, QStringLiteral("queued"), QStringLiteral("2026-11-23T09:59:00.000Z")));
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.contactIdAt(0), 7) << "waiting 5 min";
    EXPECT_EQ(model.contactIdAt(1), 9) << "waiting 2 min since it was reopened";
    EXPECT_EQ(model.contactIdAt(2), 8) << "waiting 1 min";

    // An update that changes its place moves it there.
    QJsonObject urgent = waitingContact(8, QStringLiteral("queued"), QStringLiteral("2026-11-23T09:59:00.000Z"));
    urgent.insert(QStringLiteral("priority"), 1);
    model.applyContact(urgent);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.contactIdAt(0), 8);
    EXPECT_EQ(model.contactIdAt(1), 7);
    EXPECT_EQ(model.contactIdAt(2), 9);

    // The same order after a snapshot.
    model.setContacts(
        QJsonArray { waitingContact(8, QStringLiteral("queued"), QStringLiteral("2026-11-23T09:59:00.000Z")),
                     reopened("2026-11-23T09:58:00.000Z"),
                     waitingContact(7, QStringLiteral("queued"), QStringLiteral("2026-11-23T09:55:00.000Z")) });
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.contactIdAt(0), 7);
    EXPECT_EQ(model.contactIdAt(1), 9);
    EXPECT_EQ(model.contactIdAt(2), 8);
}

TEST(LeadModels, WaitingContactsNameTheirQueueAsTheQueueTableDoes)
{
    LeadSnapshotLoader loader;
    QAbstractItemModelTester tester(loader.waiting(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    loader.applySnapshot(QJsonObject {
        { QStringLiteral("at"), kAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("queues"),
          QJsonArray { queue(QStringLiteral("billing"), QStringLiteral("Billing and payments"), 1, 10, 0.85) } } });
    loader.applyEvent(protocol::Event {
        5, QStringLiteral("queue"), QString::fromUtf16(event::QueueChanged),
        QJsonObject { { QStringLiteral("contact"),
                        waitingContact(3, QStringLiteral("queued"), QStringLiteral("2026-11-23T09:59:00.000Z")) } } });
    QJsonObject elsewhere = waitingContact(4, QStringLiteral("queued"), QStringLiteral("2026-11-23T09:59:30.000Z"));
    elsewhere.insert(QStringLiteral("queue"), QStringLiteral("vip_desk"));
    loader.applyEvent(protocol::Event { 6, QStringLiteral("queue"), QString::fromUtf16(event::QueueChanged),
                                        QJsonObject { { QStringLiteral("contact"), elsewhere } } });
    const WaitingContactModel &waiting = *loader.waiting();
    ASSERT_EQ(waiting.rowCount(), 2);
    EXPECT_EQ(text(waiting, waiting.rowOfContact(3), WaitingContactModel::QueueColumn),
              QStringLiteral("Billing and payments"));
    EXPECT_EQ(text(waiting, waiting.rowOfContact(4), WaitingContactModel::QueueColumn), QStringLiteral("vip_desk"))
        << "a queue the snapshot does not list shows its code";
}

TEST(LeadModels, AlertsNameTheQueueTheSnapshotNames)
{
    LeadSnapshotLoader loader;
    QAbstractItemModelTester tester(loader.alerts(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QJsonObject level = alert(QStringLiteral("service_level:general"), QStringLiteral("service_level"),
                              QStringLiteral("warning"), QStringLiteral("2026-11-23T09:00:00.000Z"));
    level.insert(QStringLiteral("queue"), QStringLiteral("general"));
    level.insert(QStringLiteral("level"), 0.6154);
    level.insert(QStringLiteral("target"), 0.8);
    const auto snapshot = [&](const QString &label) {
        return QJsonObject { { QStringLiteral("at"), kAt.toString(Qt::ISODateWithMs) },
                             { QStringLiteral("queues"),
                               QJsonArray { queue(QStringLiteral("general"), label, 1, 10, 0.6154) } },
                             { QStringLiteral("alerts"), QJsonArray { level } } };
    };
    loader.applySnapshot(snapshot(QStringLiteral("General")));
    const QModelIndex first = loader.alerts()->index(0);
    EXPECT_EQ(first.data().toString(), QStringLiteral("General: service level today 62 % (target 80 %)"));

    // The queue renamed: the same alert reads with the new name.
    QSignalSpy changed(loader.alerts(), &QAbstractItemModel::dataChanged);
    loader.applySnapshot(snapshot(QStringLiteral("General enquiries")));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(first.data().toString(), QStringLiteral("General enquiries: service level today 62 % (target 80 %)"));
}

// An alert raised before the lead's first snapshot has no queue name to read with: the list shows
// it at once and renames it when the snapshot names the queue, and it is announced only then (the
// status bar showed "general: service level today …" and kept it).
TEST(LeadModels, AnAlertRaisedBeforeTheFirstSnapshotReadsWithTheQueueName)
{
    LeadSnapshotLoader loader;
    QAbstractItemModelTester tester(loader.alerts(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy raised(&loader, &LeadSnapshotLoader::alertRaised);
    QJsonObject level = alert(QStringLiteral("service_level:general"), QStringLiteral("service_level"),
                              QStringLiteral("warning"), QStringLiteral("2026-11-23T09:00:00.000Z"));
    level.insert(QStringLiteral("queue"), QStringLiteral("general"));
    level.insert(QStringLiteral("level"), 0.6154);
    level.insert(QStringLiteral("target"), 0.8);
    const QJsonObject gone = alert(QStringLiteral("long_contact:3"), QStringLiteral("long_contact"),
                                   QStringLiteral("warning"), QStringLiteral("2026-11-23T09:50:00.000Z"));
    for (const QJsonObject &a : { level, gone })
        loader.applyEvent(protocol::Event { 5, QStringLiteral("queue"), QString::fromUtf16(event::AlertRaised),
                                            QJsonObject { { QStringLiteral("alert"), a } } });
    ASSERT_EQ(loader.alerts()->rowCount(), 2);
    EXPECT_EQ(raised.count(), 0) << "announced before the queue has its name";

    QSignalSpy changed(loader.alerts(), &QAbstractItemModel::dataChanged);
    loader.applySnapshot(QJsonObject {
        { QStringLiteral("at"), kAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("queues"),
          QJsonArray { queue(QStringLiteral("general"), QStringLiteral("General enquiries"), 1, 10, 0.6154) } },
        { QStringLiteral("alerts"), QJsonArray { level } } });
    const QString named = QStringLiteral("General enquiries: service level today 62 % (target 80 %)");
    ASSERT_EQ(loader.alerts()->rowCount(), 1);
    EXPECT_EQ(loader.alerts()->index(0).data().toString(), named);
    ASSERT_EQ(raised.count(), 1) << "the alert the snapshot no longer lists is not announced";
    EXPECT_EQ(loader.alerts()->text(raised.at(0).at(0).toJsonObject()), named);

    // Once the queues have names, a raised alert is announced at once.
    loader.applyEvent(protocol::Event { 6, QStringLiteral("queue"), QString::fromUtf16(event::AlertRaised),
                                        QJsonObject { { QStringLiteral("alert"), gone } } });
    EXPECT_EQ(raised.count(), 2);
}

TEST(LeadModels, LoaderAppliesSnapshotsAndEvents)
{
    LeadSnapshotLoader loader;
    QAbstractItemModelTester t1(loader.queues(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(loader.agents(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(loader.alerts(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy applied(&loader, &LeadSnapshotLoader::snapshotApplied);
    const QJsonObject snapshot {
        { QStringLiteral("at"), kAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("serviceLevel"),
          QJsonObject { { QStringLiteral("seconds"), 30 }, { QStringLiteral("target"), 0.9 } } },
        { QStringLiteral("queues"),
          QJsonArray { queue(QStringLiteral("general"), QStringLiteral("General"), 1, 10, 0.85) } },
        { QStringLiteral("agents"),
          QJsonArray { agent(10, QStringLiteral("agent10"), QStringLiteral("available"),
                             QStringLiteral("2026-11-23T09:00:00.000Z")) } },
        { QStringLiteral("alerts"),
          QJsonArray { alert(QStringLiteral("service_level:general"), QStringLiteral("service_level"),
                             QStringLiteral("warning"), QStringLiteral("2026-11-23T09:00:00.000Z")) } },
    };
    loader.applySnapshot(snapshot);
    EXPECT_EQ(applied.count(), 1);
    EXPECT_EQ(loader.serviceLevelSeconds(), 30);
    EXPECT_DOUBLE_EQ(loader.serviceLevelTarget(), 0.9);
    EXPECT_EQ(loader.queues()->rowCount(), 1);
    EXPECT_TRUE(loader.queues()->data(loader.queues()->index(0, 0), QueueStatsModel::BelowTargetRole).toBool())
        << "85 % is below a 90 % target";
    EXPECT_EQ(loader.agents()->rowCount(), 1);
    EXPECT_EQ(loader.alerts()->rowCount(), 1);

    // Events land in the models before the next snapshot.
    QSignalSpy raised(&loader, &LeadSnapshotLoader::alertRaised);
    loader.applyEvent(protocol::Event {
        5, QStringLiteral("queue"), QString::fromUtf16(event::AlertRaised),
        QJsonObject { { QStringLiteral("alert"),
                        alert(QStringLiteral("long_contact:3"), QStringLiteral("long_contact"),
                              QStringLiteral("warning"), QStringLiteral("2026-11-23T09:50:00.000Z")) } } });
    EXPECT_EQ(raised.count(), 1);
    EXPECT_EQ(loader.alerts()->rowCount(), 2);
    loader.applyEvent(protocol::Event {
        6, QStringLiteral("queue"), QString::fromUtf16(event::QueueChanged),
        QJsonObject { { QStringLiteral("contact"),
                        waitingContact(3, QStringLiteral("queued"), QStringLiteral("2026-11-23T09:59:00.000Z")) } } });
    EXPECT_EQ(loader.waiting()->rowCount(), 1);
    loader.applyEvent(
        protocol::Event { 7, QStringLiteral("presence"), QString::fromUtf16(event::PresenceChanged),
                          QJsonObject { { QStringLiteral("user"), person(10, QStringLiteral("agent10"), {}) },
                                        { QStringLiteral("state"), QStringLiteral("break") },
                                        { QStringLiteral("since"), QStringLiteral("2026-11-23T10:00:00.000Z") } } });
    EXPECT_EQ(loader.agents()->data(loader.agents()->index(0, 0), AgentGridModel::StateRole).toString(),
              QStringLiteral("break"));
}

// The queues' today figures are the coordinator's day: the loader keeps the day and zone the snapshot
// names, so the floor can say which day it is counting.
TEST(LeadModels, LoaderKeepsTheDayTheTodayFiguresCount)
{
    LeadSnapshotLoader loader;
    EXPECT_FALSE(loader.day().isValid());
    EXPECT_TRUE(loader.dayZone().isEmpty());
    loader.applySnapshot(QJsonObject { { QStringLiteral("at"), QStringLiteral("2026-12-06T23:30:00.000Z") },
                                       { QStringLiteral("day"), QStringLiteral("2026-12-06") },
                                       { QStringLiteral("dayZone"), QStringLiteral("UTC") },
                                       { QStringLiteral("queues"), QJsonArray {} } });
    EXPECT_EQ(loader.day(), QDate(2026, 12, 6));
    EXPECT_EQ(loader.dayZone(), QStringLiteral("UTC"));

    // A coordinator that does not name it: no day, rather than one guessed from this computer's clock.
    loader.applySnapshot(QJsonObject { { QStringLiteral("at"), QStringLiteral("2026-12-07T00:30:00.000Z") },
                                       { QStringLiteral("queues"), QJsonArray {} } });
    EXPECT_FALSE(loader.day().isValid());
    EXPECT_TRUE(loader.dayZone().isEmpty());
}

TEST(LeadModels, DurationAndPercentTexts)
{
    EXPECT_EQ(leadtext::duration(0.0), QStringLiteral("0:00"));
    EXPECT_EQ(leadtext::duration(65.4), QStringLiteral("1:05"));
    EXPECT_EQ(leadtext::duration(3725.0), QStringLiteral("1:02:05"));
    EXPECT_EQ(leadtext::duration(std::nullopt), QStringLiteral("–"));
    EXPECT_EQ(leadtext::percent(std::nullopt), QStringLiteral("–"));
    EXPECT_TRUE(leadtext::percent(0.5).startsWith(QStringLiteral("50")));
}

TEST(LeadModels, ReportTablesShowFiguresTotalsAndPareto)
{
    ReportLoader loader;
    QAbstractItemModelTester t1(loader.byQueue(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(loader.daily(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(loader.byReason(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t4(loader.byDemandClass(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto figures = [](int contacts, QJsonValue fcr, QJsonValue aht) {
        return QJsonObject { { QStringLiteral("contacts"), contacts }, { QStringLiteral("answered"), contacts },
                             { QStringLiteral("handled"), contacts },  { QStringLiteral("abandoned"), 0 },
                             { QStringLiteral("fcrRate"), fcr },       { QStringLiteral("ahtSec"), aht },
                             { QStringLiteral("asaSec"), 12.0 },       { QStringLiteral("nps"), -20 } };
    };
    QJsonObject general = figures(3, 0.5, 300.0);
    general.insert(QStringLiteral("queue"), QStringLiteral("general"));
    general.insert(QStringLiteral("label"), QStringLiteral("General"));
    QJsonObject day = figures(0, QJsonValue(), QJsonValue());
    day.insert(QStringLiteral("date"), QStringLiteral("2026-11-20"));
    QSignalSpy changed(&loader, &ReportLoader::reportChanged);
    loader.applyReport(QJsonObject {
        { QStringLiteral("from"), QStringLiteral("2026-11-20") },
        { QStringLiteral("to"), QStringLiteral("2026-11-22") },
        { QStringLiteral("totals"), figures(3, 0.5, 300.0) },
        { QStringLiteral("byQueue"), QJsonArray { general } },
        { QStringLiteral("daily"), QJsonArray { day } },
        { QStringLiteral("byReason"),
          QJsonArray { QJsonObject { { QStringLiteral("code"), QStringLiteral("orders.where") },
                                     { QStringLiteral("label"), QStringLiteral("Where is my order?") },
                                     { QStringLiteral("demandClass"), QStringLiteral("a") },
                                     { QStringLiteral("count"), 2 },
                                     { QStringLiteral("share"), 0.6667 },
                                     { QStringLiteral("cumulativeShare"), 0.6667 } } } },
        { QStringLiteral("byDemandClass"),
          QJsonArray { QJsonObject { { QStringLiteral("demandClass"), QStringLiteral("a") },
                                     { QStringLiteral("count"), 2 },
                                     { QStringLiteral("share"), 0.6667 } } } },
    });
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(loader.from(), QDate(2026, 11, 20));
    EXPECT_EQ(loader.to(), QDate(2026, 11, 22));

    ReportFiguresModel *byQueue = loader.byQueue();
    ASSERT_EQ(byQueue->rowCount(), 2) << "one queue and the totals";
    EXPECT_EQ(byQueue->columnCount(), 18);
    EXPECT_EQ(text(*byQueue, 0, 0), QStringLiteral("General"));
    EXPECT_EQ(text(*byQueue, 1, 0), QStringLiteral("Total"));
    EXPECT_EQ(byQueue->headerData(5, Qt::Horizontal).toString(), QStringLiteral("FCR"));
    EXPECT_TRUE(text(*byQueue, 0, 5).startsWith(QStringLiteral("50")));
    EXPECT_EQ(text(*byQueue, 0, 6), QStringLiteral("5:00")) << "AHT 300 s";
    EXPECT_EQ(byQueue->figure(0, "ahtSec").value_or(-1), 300.0);
    EXPECT_EQ(text(*byQueue, 0, 16), QStringLiteral("-20")) << "NPS";

    ReportFiguresModel *daily = loader.daily();
    ASSERT_EQ(daily->rowCount(), 1);
    EXPECT_EQ(daily->data(daily->index(0, 0), ReportFiguresModel::KeyRole).toString(), QStringLiteral("2026-11-20"));
    EXPECT_EQ(text(*daily, 0, 5), QStringLiteral("–")) << "no handled contacts that day: no FCR";
    EXPECT_FALSE(daily->figure(0, "fcrRate").has_value());

    EXPECT_EQ(text(*loader.byReason(), 0, ReasonParetoModel::ReasonColumn), QStringLiteral("Where is my order?"));
    EXPECT_TRUE(text(*loader.byReason(), 0, ReasonParetoModel::DemandClassColumn).startsWith(QStringLiteral("a")));
    EXPECT_EQ(text(*loader.byDemandClass(), 0, DemandClassModel::CountColumn), QStringLiteral("2"));

    loader.clear();
    EXPECT_EQ(byQueue->rowCount(), 0);
    EXPECT_FALSE(loader.hasReport());
}
