// The lead's floor: lead.snapshot's queues, agents and waits, and the alerts raised from them.
#include "LeadTestSupport.h"
#include "RawPeer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>

using namespace spocs;
using namespace spocs::test;
using namespace spocs::test::lead;

TEST(LeadOps, SnapshotShowsQueuesAgentsAndAlerts)
{
    LeadFixture f;
    ASSERT_TRUE(f.start(QStringLiteral("[routing]\noffer_timeout_ms=20000\n[lead]\nacw_alert_seconds=1\n")));
    // A waiting contact (nobody signed in yet).
    const qint64 waiting = contactOf(inbound(f.lead.connection, f.customer)).value(QStringLiteral("id")).toInteger();
    ASSERT_GT(waiting, 0);
    // Wait until the contact has waited a second on the coordinator's clock.
    const auto generalQueue = [](const Reply &r) {
        for (const QJsonValue &v : r.data.value(QStringLiteral("queues")).toArray()) {
            if (v.toObject().value(QStringLiteral("queue")).toString() == u"general")
                return v.toObject();
        }
        return QJsonObject {};
    };
    Reply snap;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            snap = call(f.lead.connection, QStringLiteral("lead.snapshot"));
            return generalQueue(snap).value(QStringLiteral("longestWaitSec")).toInt() >= 1;
        },
        10000));
    ASSERT_TRUE(snap.ok) << snap.error.message.toStdString();
    EXPECT_EQ(snap.data.value(QStringLiteral("serviceLevel")).toObject().value(QStringLiteral("seconds")).toInt(), 20);
    QJsonObject general;
    for (const QJsonValue &v : snap.data.value(QStringLiteral("queues")).toArray()) {
        if (v.toObject().value(QStringLiteral("queue")).toString() == u"general")
            general = v.toObject();
    }
    ASSERT_FALSE(general.isEmpty());
    EXPECT_EQ(general.value(QStringLiteral("label")).toString(), QStringLiteral("General"));
    EXPECT_EQ(general.value(QStringLiteral("waiting")).toInt(), 1);
    EXPECT_GE(general.value(QStringLiteral("longestWaitSec")).toInt(), 1);
    EXPECT_TRUE(general.contains(QStringLiteral("serviceLevelToday")));
    // The waiting contact itself, so a lead can move it without having seen it arrive.
    const QJsonArray waitingList = snap.data.value(QStringLiteral("waiting")).toArray();
    ASSERT_EQ(waitingList.size(), 1);
    EXPECT_EQ(waitingList.at(0).toObject().value(QStringLiteral("id")).toInteger(), waiting);

    // The owner signs in and takes it: the grid shows them on the contact.
    Desk owner;
    ASSERT_TRUE(owner.login(f.coordinator.url(), f.owner));
    EXPECT_TRUE(f.offeredTo(owner, waiting));
    const Reply accepted = f.accept(owner, waiting);
    ASSERT_TRUE(accepted.ok);
    snap = call(f.lead.connection, QStringLiteral("lead.snapshot"));
    QJsonObject row;
    int people = 0;
    for (const QJsonValue &v : snap.data.value(QStringLiteral("agents")).toArray()) {
        ++people;
        const QString role = v.toObject().value(QStringLiteral("role")).toString();
        EXPECT_TRUE(role == u"agent" || role == u"expert") << role.toStdString();
        if (v.toObject().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger()
            == owner.userId)
            row = v.toObject();
    }
    EXPECT_EQ(people, 25); // agent1..20, expert1..5
    ASSERT_FALSE(row.isEmpty());
    EXPECT_EQ(row.value(QStringLiteral("state")).toString(), QStringLiteral("on_contact"));
    EXPECT_EQ(row.value(QStringLiteral("load")).toObject().value(QStringLiteral("voice")).toInt(), 1);
    const QJsonArray contacts = row.value(QStringLiteral("contacts")).toArray();
    ASSERT_EQ(contacts.size(), 1);
    EXPECT_EQ(contacts.at(0).toObject().value(QStringLiteral("id")).toInteger(), waiting);
    EXPECT_EQ(contacts.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    EXPECT_EQ(contacts.at(0).toObject().value(QStringLiteral("since")),
              contactOf(accepted).value(QStringLiteral("answeredAt")));

    // Left in after-contact work longer than a second: an alert, raised once on "queue".
    ASSERT_TRUE(closeContact(owner, contactOf(accepted)).ok);
    const QString key = QStringLiteral("after_contact_work:%1").arg(owner.userId);
    const auto raised = f.lead.waitFor(QStringLiteral("alert.raised"), 5000, [&](const QJsonObject &d) {
        return d.value(QStringLiteral("alert")).toObject().value(QStringLiteral("key")).toString() == key;
    });
    ASSERT_TRUE(raised);
    const QJsonObject alert = raised->data.value(QStringLiteral("alert")).toObject();
    EXPECT_EQ(alert.value(QStringLiteral("kind")).toString(), QStringLiteral("after_contact_work"));
    EXPECT_FALSE(alert.value(QStringLiteral("message")).toString().isEmpty());
    EXPECT_FALSE(alert.value(QStringLiteral("since")).toString().isEmpty());
    EXPECT_EQ(alert.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger(), owner.userId);
    EXPECT_GE(alert.value(QStringLiteral("minutes")).toInteger(), 1);
    snap = call(f.lead.connection, QStringLiteral("lead.snapshot"));
    bool listed = false;
    for (const QJsonValue &v : snap.data.value(QStringLiteral("alerts")).toArray())
        listed = listed || v.toObject().value(QStringLiteral("key")).toString() == key;
    EXPECT_TRUE(listed);
    QTest::qWait(1200);
    EXPECT_FALSE(f.lead.waitFor(QStringLiteral("alert.raised"), 10, [&](const QJsonObject &d) {
        return d.value(QStringLiteral("alert")).toObject().value(QStringLiteral("key")).toString() == key;
    })) << "raised once, not every second";
    // Back to available: the alert is gone.
    ASSERT_TRUE(owner.setPresence(QStringLiteral("available")));
    snap = call(f.lead.connection, QStringLiteral("lead.snapshot"));
    for (const QJsonValue &v : snap.data.value(QStringLiteral("alerts")).toArray())
        EXPECT_NE(v.toObject().value(QStringLiteral("key")).toString(), key);
    // Agents may not look.
    EXPECT_EQ(errorName(call(owner.connection, QStringLiteral("lead.snapshot"))), QStringLiteral("forbidden"));
}

// Today's service level counts only contacts that ended, so it stays green while calls pile up:
// a contact waiting longer than [lead] long_wait_alert_seconds raises its queue's alarm at once.
TEST(LeadOps, AContactWaitingTooLongRaisesItsQueuesAlertUntilItIsTaken)
{
    LeadFixture f;
    ASSERT_TRUE(f.start(QStringLiteral("[routing]\noffer_timeout_ms=20000\n[lead]\nlong_wait_alert_seconds=1\n")));
    const qint64 waiting = contactOf(inbound(f.lead.connection, f.customer)).value(QStringLiteral("id")).toInteger();
    ASSERT_GT(waiting, 0);
    const QString key = QStringLiteral("long_wait:general");
    const auto raised = f.lead.waitFor(QStringLiteral("alert.raised"), 10000, [&](const QJsonObject &d) {
        return d.value(QStringLiteral("alert")).toObject().value(QStringLiteral("key")).toString() == key;
    });
    ASSERT_TRUE(raised) << "nobody is free and the caller waits: the lead hears of it";
    const QJsonObject alert = raised->data.value(QStringLiteral("alert")).toObject();
    EXPECT_EQ(alert.value(QStringLiteral("kind")).toString(), QStringLiteral("long_wait"));
    EXPECT_EQ(alert.value(QStringLiteral("queue")).toString(), QStringLiteral("general"));
    EXPECT_GE(alert.value(QStringLiteral("seconds")).toInteger(), 2);
    EXPECT_EQ(alert.value(QStringLiteral("waiting")).toInteger(), 1);
    EXPECT_FALSE(alert.value(QStringLiteral("message")).toString().isEmpty());
    EXPECT_FALSE(alert.value(QStringLiteral("since")).toString().isEmpty());

    // Taken: the queue has nobody waiting, and the alert is gone.
    Desk owner;
    ASSERT_TRUE(owner.login(f.coordinator.url(), f.owner));
    EXPECT_TRUE(f.offeredTo(owner, waiting));
    ASSERT_TRUE(f.accept(owner, waiting).ok);
    const Reply snap = call(f.lead.connection, QStringLiteral("lead.snapshot"));
    ASSERT_TRUE(snap.ok) << snap.error.message.toStdString();
    for (const QJsonValue &v : snap.data.value(QStringLiteral("alerts")).toArray())
        EXPECT_NE(v.toObject().value(QStringLiteral("key")).toString(), key);
}

// The snapshot names the day its today figures count: the coordinator's UTC day, which at 23:30 UTC is
// already the next day in Berlin.
TEST(LeadOps, SnapshotNamesTheUtcDayItsTodayFiguresCount)
{
    const QDateTime lateEvening(QDate(2026, 12, 6), QTime(23, 30), Qt::UTC);
    LeadFixture f;
    ASSERT_TRUE(f.start(QStringLiteral("[testing]\nclock_start=%1\n").arg(lateEvening.toString(Qt::ISODate))));
    const Reply snap = call(f.lead.connection, QStringLiteral("lead.snapshot"));
    ASSERT_TRUE(snap.ok) << snap.error.message.toStdString();
    EXPECT_EQ(snap.data.value(QStringLiteral("day")).toString(), QStringLiteral("2026-12-06"));
    EXPECT_EQ(snap.data.value(QStringLiteral("dayZone")).toString(), QStringLiteral("UTC"));
}

// A service level hovering at the target does not raise its alert again with every abandoned call:
// once up, the alert clears only two points above the target.
TEST(LeadOps, AServiceLevelAlertThatIsUpClearsOnlyClearlyAboveTheTarget)
{
    const QDateTime noon(QDateTime::currentDateTimeUtc().date(), QTime(12, 0), Qt::UTC);
    LeadFixture f;
    ASSERT_TRUE(f.start(QStringLiteral("[testing]\nclock_start=%1\n").arg(noon.toString(Qt::ISODate))));
    // Contacts of this morning in their own queue, each created a minute apart: answered in 5 s, or abandoned.
    qint64 next = 920000;
    const auto contacts = [&](int answered, int abandoned) {
        QStringList statements;
        for (int i = 0; i < answered + abandoned; ++i, ++next) {
            const QDateTime created = noon.addSecs(-3600 + 60 * (next - 920000));
            const QString at = created.toString(Qt::ISODateWithMs);
            statements
                << (i < answered
                        ? QStringLiteral("INSERT INTO contacts(id, channel, customer_id, state, queue, created_at, "
                                         "updated_at, answered_at, closed_at) VALUES (%1, 'phone', 1, 'closed', "
                                         "'s7h_q', '%2', '%2', '%3', '%4')")
                              .arg(next)
                              .arg(at, created.addSecs(5).toString(Qt::ISODateWithMs),
                                   created.addSecs(40).toString(Qt::ISODateWithMs))
                        : QStringLiteral("INSERT INTO contacts(id, channel, customer_id, state, queue, created_at, "
                                         "updated_at, closed_at, abandoned) VALUES (%1, 'phone', 1, 'closed', "
                                         "'s7h_q', '%2', '%2', '%2', 1)")
                              .arg(next)
                              .arg(at));
        }
        sql(f.coordinator.dbPath(), statements);
    };
    sql(f.coordinator.dbPath(),
        { QStringLiteral("INSERT OR IGNORE INTO skills(code, label, position) VALUES ('s7h_q', 'Hover queue', 81)") });
    const QString key = QStringLiteral("service_level:s7h_q");
    const auto listed = [&] {
        const Reply snap = call(f.lead.connection, QStringLiteral("lead.snapshot"));
        EXPECT_TRUE(snap.ok) << snap.error.message.toStdString();
        for (const QJsonValue &v : snap.data.value(QStringLiteral("alerts")).toArray()) {
            if (v.toObject().value(QStringLiteral("key")).toString() == key)
                return true;
        }
        return false;
    };

    contacts(3, 2); // 3 of 5: 60 %, below the 80 % target
    ASSERT_TRUE(f.lead.waitFor(QStringLiteral("alert.raised"), 10000, [&](const QJsonObject &d) {
        return d.value(QStringLiteral("alert")).toObject().value(QStringLiteral("key")).toString() == key;
    }));
    contacts(5, 0); // 8 of 10: at the target, not clearly above it
    EXPECT_TRUE(listed()) << "an alert that is up stays while the level only touches the target";
    contacts(1, 0); // 9 of 11: 81.8 %, still within two points
    EXPECT_TRUE(listed());
    contacts(1, 0); // 10 of 12: 83.3 %
    EXPECT_FALSE(listed()) << "clearly above the target the alert clears";
}

TEST(LeadOps, SnapshotRaisesServiceLevelAndLongContactAlerts)
{
    // The coordinator's clock starts at noon, so "today" has hours behind it whenever this runs.
    const QDateTime noon(QDateTime::currentDateTimeUtc().date(), QTime(12, 0), Qt::UTC);
    QElapsedTimer sinceStart;
    sinceStart.start();
    LeadFixture f;
    ASSERT_TRUE(f.start(QStringLiteral("[routing]\noffer_timeout_ms=20000\n[testing]\nclock_start=%1\n")
                            .arg(noon.toString(Qt::ISODate))));
    const qint64 agent = userIdOf(f.lead.connection, f.other(0));
    const QDateTime now = noon.addMSecs(sinceStart.elapsed()); // the coordinator's now, give or take its start-up
    const auto at = [&](qint64 secondsAgo) {
        return QStringLiteral("'%1'").arg(now.addSecs(-secondsAgo).toString(Qt::ISODateWithMs));
    };
    QStringList statements { QStringLiteral(
        "INSERT OR IGNORE INTO skills(code, label, position) VALUES ('s7a_q', 'Alert queue', 80)") };
    // Today in s7a_q: one answered late (60 s), five abandoned: service level 0 of 6.
    const qint64 base = qMin<qint64>(now.time().msecsSinceStartOfDay() / 1000 - 60, 3600);
    statements << QStringLiteral(
                      "INSERT INTO contacts(id, channel, customer_id, state, queue, created_at, updated_at, "
                      "answered_at, closed_at) VALUES (910000, 'phone', 1, 'closed', 's7a_q', %1, %1, %2, %3)")
                      .arg(at(base), at(base - 60), at(base - 120));
    for (int i = 1; i <= 5; ++i)
        statements << QStringLiteral("INSERT INTO contacts(id, channel, customer_id, state, queue, created_at, "
                                     "updated_at, closed_at, abandoned) VALUES (%1, 'phone', 1, 'closed', 's7a_q', "
                                     "%2, %2, %2, 1)")
                          .arg(910000 + i)
                          .arg(at(base - i));
    // Three handled 'other' contacts of 60 s last week, and an active one running for ten hours.
    for (int i = 0; i < 3; ++i) {
        const qint64 id = 910010 + i;
        statements << QStringLiteral("INSERT INTO contacts(id, channel, customer_id, state, queue, created_at, "
                                     "updated_at, answered_at, closed_at, outcome) VALUES (%1, 'chat', 2, 'closed', "
                                     "'general', %2, %2, %2, %3, 'resolved')")
                          .arg(id)
                          .arg(at(7 * 86400 - 600 * i), at(7 * 86400 - 600 * i - 60))
                   << QStringLiteral("INSERT INTO contact_contact_reasons(contact_id, reason_id) SELECT %1, id FROM "
                                     "contact_reasons WHERE code = 'other'")
                          .arg(id);
    }
    statements << QStringLiteral("INSERT INTO contacts(id, channel, customer_id, state, queue, owner_user_id, "
                                 "created_at, updated_at, answered_at) VALUES (910020, 'chat', 3, 'active', "
                                 "'general', %1, %2, %2, %2)")
                      .arg(agent)
                      .arg(at(36000))
               << QStringLiteral("INSERT INTO contact_contact_reasons(contact_id, reason_id) SELECT 910020, id FROM "
                                 "contact_reasons WHERE code = 'other'");
    sql(f.coordinator.dbPath(), statements + simpleTransitions(910000, 910020));

    const auto raised = [&](const QString &key) {
        return f.lead.waitFor(QStringLiteral("alert.raised"), 8000, [&](const QJsonObject &d) {
            return d.value(QStringLiteral("alert")).toObject().value(QStringLiteral("key")).toString() == key;
        });
    };
    const auto level = raised(QStringLiteral("service_level:s7a_q"));
    ASSERT_TRUE(level);
    const QJsonObject levelAlert = level->data.value(QStringLiteral("alert")).toObject();
    EXPECT_EQ(levelAlert.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
    EXPECT_EQ(levelAlert.value(QStringLiteral("queue")).toString(), QStringLiteral("s7a_q"));
    // The figures behind the message, so the desktop can say it in the lead's language.
    EXPECT_DOUBLE_EQ(levelAlert.value(QStringLiteral("level")).toDouble(-1), 0.0);
    EXPECT_DOUBLE_EQ(levelAlert.value(QStringLiteral("target")).toDouble(), 0.8);
    EXPECT_EQ(levelAlert.value(QStringLiteral("message")).toString(),
              QStringLiteral("Alert queue: service level today 0 % (target 80 %)"));
    const auto longOne = raised(QStringLiteral("long_contact:910020"));
    ASSERT_TRUE(longOne);
    const QJsonObject longAlert = longOne->data.value(QStringLiteral("alert")).toObject();
    EXPECT_EQ(longAlert.value(QStringLiteral("contact")).toInteger(), 910020);
    EXPECT_EQ(longAlert.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger(), agent);
    // Ten hours against the usual few minutes; the fields say what the message says.
    const QString customerName = longAlert.value(QStringLiteral("customerName")).toString();
    const qint64 usualMinutes = longAlert.value(QStringLiteral("usualMinutes")).toInteger();
    EXPECT_FALSE(customerName.isEmpty());
    EXPECT_GE(longAlert.value(QStringLiteral("minutes")).toInteger(), 600);
    EXPECT_GE(usualMinutes, 1);
    EXPECT_LT(usualMinutes, 600);
    EXPECT_EQ(longAlert.value(QStringLiteral("message")).toString(),
              QStringLiteral("Contact with %1 runs %2 min (usually %3 min)")
                  .arg(customerName)
                  .arg(longAlert.value(QStringLiteral("minutes")).toInteger())
                  .arg(usualMinutes));

    const Reply snap = call(f.lead.connection, QStringLiteral("lead.snapshot"));
    QJsonObject queue;
    for (const QJsonValue &v : snap.data.value(QStringLiteral("queues")).toArray()) {
        if (v.toObject().value(QStringLiteral("queue")).toString() == u"s7a_q")
            queue = v.toObject();
    }
    ASSERT_FALSE(queue.isEmpty());
    EXPECT_EQ(queue.value(QStringLiteral("answeredToday")).toInt(), 1);
    EXPECT_EQ(queue.value(QStringLiteral("abandonedToday")).toInt(), 5);
    EXPECT_DOUBLE_EQ(queue.value(QStringLiteral("serviceLevelToday")).toDouble(), 0.0);
    EXPECT_DOUBLE_EQ(queue.value(QStringLiteral("asaSecToday")).toDouble(), 60.0);
    EXPECT_DOUBLE_EQ(queue.value(QStringLiteral("abandonRateToday")).toDouble(), 0.8333);
    QStringList keys;
    for (const QJsonValue &v : snap.data.value(QStringLiteral("alerts")).toArray())
        keys << v.toObject().value(QStringLiteral("key")).toString();
    EXPECT_TRUE(keys.contains(QStringLiteral("service_level:s7a_q")));
    EXPECT_TRUE(keys.contains(QStringLiteral("long_contact:910020")));
}

TEST(LeadOps, SnapshotMeasuresReopenedAndForwardedContactsFromWhereTheyAre)
{
    // Nothing here depends on the time of day: the coordinator keeps the wall clock, so the
    // times written below stay right across its restart.
    LeadFixture f;
    ASSERT_TRUE(f.start());
    const qint64 agent = userIdOf(f.lead.connection, f.other(0));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto at = [&](qint64 secondsAgo) {
        return now.addSecs(-secondsAgo).toString(Qt::ISODateWithMs);
    };
    const auto quotedAt = [&](qint64 secondsAgo) {
        return QStringLiteral("'%1'").arg(at(secondsAgo));
    };
    // A reason of its own, so the demo's contacts do not count in its usual handle time.
    const auto other = [](qint64 id) {
        return QStringLiteral("INSERT INTO contact_contact_reasons(contact_id, reason_id) SELECT %1, id FROM "
                              "contact_reasons WHERE code = 's7s.reason'")
            .arg(id);
    };
    const auto contact = [&](qint64 id, const QString &state, const QString &queue, qint64 created, qint64 answered,
                             std::optional<qint64> closed) {
        return QStringLiteral("INSERT INTO contacts(id, channel, customer_id, state, queue, owner_user_id, created_at, "
                              "updated_at, answered_at, closed_at, outcome) VALUES (%1, 'chat', 2, '%2', '%3', %4, %5, "
                              "%5, %6, %7, %8)")
            .arg(id)
            .arg(state, queue)
            .arg(state == u"active" ? QString::number(agent) : QStringLiteral("NULL"))
            .arg(quotedAt(created), quotedAt(answered), closed ? quotedAt(*closed) : QStringLiteral("NULL"),
                 state == u"closed" ? QStringLiteral("'resolved'") : QStringLiteral("NULL"));
    };
    const auto change = [&](qint64 id, const char *state, qint64 secondsAgo) {
        return transitionAt(id, QString::fromLatin1(state), at(secondsAgo));
    };
    constexpr qint64 day = 86400;
    QStringList statements {
        QStringLiteral("INSERT OR IGNORE INTO skills(code, label, position) VALUES ('s7s_q', 'Reopened queue', 81)"),
        QStringLiteral("INSERT OR IGNORE INTO skills(code, label, position) VALUES ('s7f_q', 'Forward queue', 82)"),
        QStringLiteral("INSERT INTO contact_reasons(code, label) VALUES ('s7s.reason', 'Segments')"),
    };
    // The usual contact with this reason is handled in 60 s; one of them was reopened a day later and
    // handled another 60 s: 75 s on average, not the day in between.
    for (int i = 0; i < 3; ++i)
        statements << contact(920000 + i, QStringLiteral("closed"), QStringLiteral("general"), 7 * day - 600 * i,
                              7 * day - 600 * i, 7 * day - 600 * i - 60)
                   << other(920000 + i);
    statements << simpleTransitions(920000, 920002);
    statements << contact(920003, QStringLiteral("closed"), QStringLiteral("general"), 3 * day, 3 * day, 2 * day - 60)
               << other(920003) << change(920003, "queued", 3 * day) << change(920003, "active", 3 * day)
               << change(920003, "after_contact_work", 3 * day - 60) << change(920003, "closed", 3 * day - 60)
               << change(920003, "queued", 2 * day) << change(920003, "active", 2 * day)
               << change(920003, "after_contact_work", 2 * day - 60) << change(920003, "closed", 2 * day - 60);
    // In hand for ten minutes: far longer than usual.
    statements << contact(920010, QStringLiteral("active"), QStringLiteral("general"), 600, 600, std::nullopt)
               << other(920010) << simpleTransitions(920010, 920010);
    // First answered two days ago, reopened two minutes ago, in hand again for one.
    statements << contact(920011, QStringLiteral("active"), QStringLiteral("general"), 2 * day, 2 * day, std::nullopt)
               << other(920011) << change(920011, "queued", 2 * day) << change(920011, "active", 2 * day)
               << change(920011, "after_contact_work", 2 * day - 60) << change(920011, "closed", 2 * day - 60)
               << change(920011, "queued", 120) << change(920011, "active", 60);
    // Reopened 30 s ago and waiting again.
    statements << contact(920012, QStringLiteral("queued"), QStringLiteral("s7s_q"), 2 * day, 2 * day, std::nullopt)
               << change(920012, "queued", 2 * day) << change(920012, "active", 2 * day)
               << change(920012, "after_contact_work", 2 * day - 60) << change(920012, "closed", 2 * day - 60)
               << change(920012, "queued", 30);
    // Answered an hour ago and forwarded 20 s ago: waiting in the second queue.
    statements << contact(920013, QStringLiteral("queued"), QStringLiteral("s7f_q"), 3600, 3590, std::nullopt)
               << change(920013, "queued", 3600) << change(920013, "active", 3590) << change(920013, "queued", 20);
    // Answered an hour ago, forwarded, and in hand in the second queue for 90 s.
    statements << contact(920014, QStringLiteral("active"), QStringLiteral("general"), 3600, 3590, std::nullopt)
               << other(920014) << change(920014, "queued", 3600) << change(920014, "active", 3590)
               << change(920014, "queued", 100) << change(920014, "active", 90);
    sql(f.coordinator.dbPath(), statements);
    // The usual handle times are kept for a minute: start afresh so they are computed from these.
    ASSERT_TRUE(f.coordinator.restart());
    Desk lead;
    ASSERT_TRUE(lead.login(f.coordinator.url(), QStringLiteral("lead1")));

    const Reply snap = call(lead.connection, QStringLiteral("lead.snapshot"));
    ASSERT_TRUE(snap.ok) << snap.error.message.toStdString();
    QHash<QString, QJsonObject> queues;
    for (const QJsonValue &v : snap.data.value(QStringLiteral("queues")).toArray())
        queues.insert(v.toObject().value(QStringLiteral("queue")).toString(), v.toObject());
    const qint64 reopenedWait
        = queues.value(QStringLiteral("s7s_q")).value(QStringLiteral("longestWaitSec")).toInteger();
    EXPECT_GE(reopenedWait, 29);
    EXPECT_LT(reopenedWait, 600) << "waiting since the reopen, not for two days";
    const qint64 forwardedWait
        = queues.value(QStringLiteral("s7f_q")).value(QStringLiteral("longestWaitSec")).toInteger();
    EXPECT_GE(forwardedWait, 19);
    EXPECT_LT(forwardedWait, 600) << "waiting since the forward, not since the call came in";

    QHash<QString, QJsonObject> alerts;
    for (const QJsonValue &v : snap.data.value(QStringLiteral("alerts")).toArray())
        alerts.insert(v.toObject().value(QStringLiteral("key")).toString(), v.toObject());
    EXPECT_TRUE(alerts.contains(QStringLiteral("long_contact:920010")));
    const QJsonObject longOne = alerts.value(QStringLiteral("long_contact:920010"));
    EXPECT_EQ(longOne.value(QStringLiteral("usualMinutes")).toInteger(), 1) << "75 s: (3 × 60 s + 2 × 60 s) / 4";
    EXPECT_EQ(longOne.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
    EXPECT_FALSE(alerts.contains(QStringLiteral("long_contact:920011"))) << "in hand for a minute since the reopen";
    EXPECT_FALSE(alerts.contains(QStringLiteral("long_contact:920014"))) << "in hand for 90 s since the forward";

    // The agents' "My day" counts the same wait.
    const Reply waiting = call(lead.connection, QStringLiteral("queue.waiting"));
    ASSERT_TRUE(waiting.ok) << waiting.error.message.toStdString();
    for (const QJsonValue &v : waiting.data.value(QStringLiteral("queues")).toArray()) {
        const QJsonObject q = v.toObject();
        if (q.value(QStringLiteral("queue")).toString() != u"s7s_q")
            continue;
        EXPECT_EQ(q.value(QStringLiteral("waiting")).toInt(), 1);
        EXPECT_EQ(q.value(QStringLiteral("oldestSince")).toString(), at(30));
    }

    // The agents grid shows each contact in hand since its current handling began.
    QHash<qint64, QString> since;
    for (const QJsonValue &v : snap.data.value(QStringLiteral("agents")).toArray()) {
        const QJsonObject row = v.toObject();
        if (row.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger() != agent)
            continue;
        for (const QJsonValue &c : row.value(QStringLiteral("contacts")).toArray())
            since.insert(c.toObject().value(QStringLiteral("id")).toInteger(),
                         c.toObject().value(QStringLiteral("since")).toString());
    }
    EXPECT_EQ(since.value(920010).toStdString(), at(600).toStdString());
    EXPECT_EQ(since.value(920011).toStdString(), at(60).toStdString())
        << "since the reopen, not the first answer two days ago";
    EXPECT_EQ(since.value(920014).toStdString(), at(90).toStdString())
        << "since it was taken in the second queue, not the first answer";
}

// Admins watch the floor to set people's presence and skills; whose contacts are waiting or in
// hand is for leads. An admin's snapshot and `queue` events carry no customer.
TEST(LeadOps, AnAdminSeesTheFloorWithoutItsCustomers)
{
    const QDateTime noon(QDateTime::currentDateTimeUtc().date(), QTime(12, 0), Qt::UTC);
    QElapsedTimer sinceStart;
    sinceStart.start();
    LeadFixture f;
    ASSERT_TRUE(f.start(QStringLiteral("[routing]\noffer_timeout_ms=20000\n[testing]\nclock_start=%1\n")
                            .arg(noon.toString(Qt::ISODate))));
    Desk admin;
    ASSERT_TRUE(admin.login(f.coordinator.url(), QStringLiteral("admin"), { QStringLiteral("queue") }));
    const qint64 agent = userIdOf(f.lead.connection, f.other(0));
    const QDateTime now = noon.addMSecs(sinceStart.elapsed());
    const auto at = [&](qint64 secondsAgo) {
        return QStringLiteral("'%1'").arg(now.addSecs(-secondsAgo).toString(Qt::ISODateWithMs));
    };
    // Three handled 'other' contacts of 60 s last week, and an active one running for ten hours.
    QStringList statements;
    for (int i = 0; i < 3; ++i) {
        const qint64 id = 930010 + i;
        statements << QStringLiteral("INSERT INTO contacts(id, channel, customer_id, state, queue, created_at, "
                                     "updated_at, answered_at, closed_at, outcome) VALUES (%1, 'chat', 2, 'closed', "
                                     "'general', %2, %2, %2, %3, 'resolved')")
                          .arg(id)
                          .arg(at(7 * 86400 - 600 * i), at(7 * 86400 - 600 * i - 60))
                   << QStringLiteral("INSERT INTO contact_contact_reasons(contact_id, reason_id) SELECT %1, id FROM "
                                     "contact_reasons WHERE code = 'other'")
                          .arg(id);
    }
    statements << QStringLiteral("INSERT INTO contacts(id, channel, customer_id, state, queue, owner_user_id, "
                                 "created_at, updated_at, answered_at) VALUES (930020, 'chat', 3, 'active', "
                                 "'general', %1, %2, %2, %2)")
                      .arg(agent)
                      .arg(at(36000))
               << QStringLiteral("INSERT INTO contact_contact_reasons(contact_id, reason_id) SELECT 930020, id FROM "
                                 "contact_reasons WHERE code = 'other'");
    sql(f.coordinator.dbPath(), statements + simpleTransitions(930010, 930020));
    // A call waiting (nobody is signed in to take it); admins may bring contacts in.
    const qint64 waiting = contactOf(inbound(admin.connection, f.customer)).value(QStringLiteral("id")).toInteger();
    ASSERT_GT(waiting, 0);

    const QString key = QStringLiteral("long_contact:930020");
    const auto isLongContact = [&](const QJsonObject &d) {
        return d.value(QStringLiteral("alert")).toObject().value(QStringLiteral("key")).toString() == key;
    };
    const auto leadAlert = f.lead.waitFor(QStringLiteral("alert.raised"), 8000, isLongContact);
    const auto adminAlert = admin.waitFor(QStringLiteral("alert.raised"), 8000, isLongContact);
    ASSERT_TRUE(leadAlert && adminAlert);
    const auto isWaiting = [&](const QJsonObject &d) {
        return d.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger() == waiting;
    };
    const auto leadQueued = f.lead.waitFor(QStringLiteral("queue.changed"), 5000, isWaiting);
    const auto adminQueued = admin.waitFor(QStringLiteral("queue.changed"), 5000, isWaiting);
    ASSERT_TRUE(leadQueued && adminQueued);
    const Reply leadSnap = call(f.lead.connection, QStringLiteral("lead.snapshot"));
    const Reply adminSnap = call(admin.connection, QStringLiteral("lead.snapshot"));
    ASSERT_TRUE(leadSnap.ok && adminSnap.ok) << adminSnap.error.message.toStdString();

    // The lead sees whose contacts they are: the waiting caller and the long contact's customer.
    const QJsonObject caller
        = leadQueued->data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("customer")).toObject();
    EXPECT_EQ(caller.value(QStringLiteral("id")).toString(), f.customer);
    const QString longName
        = leadAlert->data.value(QStringLiteral("alert")).toObject().value(QStringLiteral("customerName")).toString();
    ASSERT_FALSE(longName.isEmpty());
    QString longCustomer;
    for (const QJsonValue &v : leadSnap.data.value(QStringLiteral("agents")).toArray()) {
        for (const QJsonValue &c : v.toObject().value(QStringLiteral("contacts")).toArray()) {
            if (c.toObject().value(QStringLiteral("id")).toInteger() == 930020)
                longCustomer
                    = c.toObject().value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")).toString();
        }
    }
    EXPECT_FALSE(longCustomer.isEmpty());
    const QByteArray leadText = QJsonDocument(leadSnap.data).toJson(QJsonDocument::Compact);
    EXPECT_TRUE(leadText.contains(caller.value(QStringLiteral("name")).toString().toUtf8()));
    EXPECT_TRUE(leadText.contains(longName.toUtf8()));

    // The admin gets the same floor, the same contacts and alerts, without a customer anywhere.
    const QList<QByteArray> customerData { f.customer.toUtf8(),
                                           caller.value(QStringLiteral("name")).toString().toUtf8(),
                                           longCustomer.toUtf8(), longName.toUtf8() };
    const QByteArray adminText = QJsonDocument(adminSnap.data).toJson(QJsonDocument::Compact);
    for (const QByteArray &value : customerData)
        EXPECT_FALSE(adminText.contains(value)) << value.toStdString() << " in the admin's snapshot";
    for (const QJsonObject &data : { adminAlert->data, adminQueued->data }) {
        const QByteArray eventText = QJsonDocument(data).toJson(QJsonDocument::Compact);
        for (const QByteArray &value : customerData)
            EXPECT_FALSE(eventText.contains(value)) << value.toStdString() << " in " << eventText.toStdString();
    }
    const QJsonObject alert = adminAlert->data.value(QStringLiteral("alert")).toObject();
    EXPECT_EQ(alert.value(QStringLiteral("contact")).toInteger(), 930020);
    EXPECT_EQ(alert.value(QStringLiteral("message")).toString(),
              QStringLiteral("Contact 930020 runs %1 min (usually %2 min)")
                  .arg(alert.value(QStringLiteral("minutes")).toInteger())
                  .arg(alert.value(QStringLiteral("usualMinutes")).toInteger()));
    EXPECT_EQ(adminQueued->data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("state")).toString(),
              QStringLiteral("queued"));
    const QJsonArray adminWaiting = adminSnap.data.value(QStringLiteral("waiting")).toArray();
    ASSERT_EQ(adminWaiting.size(), 1);
    EXPECT_EQ(adminWaiting.at(0).toObject().value(QStringLiteral("id")).toInteger(), waiting);
    bool adminSeesTheAgentOnIt = false;
    for (const QJsonValue &v : adminSnap.data.value(QStringLiteral("agents")).toArray()) {
        for (const QJsonValue &c : v.toObject().value(QStringLiteral("contacts")).toArray())
            adminSeesTheAgentOnIt
                = adminSeesTheAgentOnIt || c.toObject().value(QStringLiteral("id")).toInteger() == 930020;
    }
    EXPECT_TRUE(adminSeesTheAgentOnIt);

    // Replayed to an admin who resumes from the start, the events are as they were sent.
    RawPeer again;
    ASSERT_TRUE(again.open(f.coordinator.url()));
    const qint64 login = again.sendRequest(QStringLiteral("auth.login"),
                                           { { QStringLiteral("user"), QStringLiteral("admin") },
                                             { QStringLiteral("password"), QStringLiteral("demo") } });
    const auto token = again.waitResponse(login);
    ASSERT_TRUE(token);
    protocol::Hello hello;
    hello.token = token->value(QStringLiteral("data")).toObject().value(QStringLiteral("token")).toString();
    hello.topics = { QStringLiteral("queue") };
    hello.resume = protocol::ResumePoint { admin.connection.epoch(), 0 };
    again.sendText(protocol::encodeText(hello));
    const auto welcome
        = again.waitFor([](const QJsonObject &o) { return o.value(QStringLiteral("t")).toString() == u"welcome"; });
    ASSERT_TRUE(welcome);
    ASSERT_EQ(welcome->value(QStringLiteral("resume")).toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("replayed"));
    const auto replayedKinds = [&] {
        QStringList kinds;
        for (const QJsonObject &frame : again.frames()) {
            if (frame.value(QStringLiteral("topic")).toString() == u"queue")
                kinds << frame.value(QStringLiteral("kind")).toString();
        }
        return kinds;
    };
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            const QStringList kinds = replayedKinds();
            return kinds.contains(QStringLiteral("alert.raised")) && kinds.contains(QStringLiteral("queue.changed"));
        },
        5000));
    for (const QJsonObject &frame : again.frames()) {
        const QByteArray frameText = QJsonDocument(frame).toJson(QJsonDocument::Compact);
        for (const QByteArray &value : customerData)
            EXPECT_FALSE(frameText.contains(value))
                << value.toStdString() << " replayed in " << frameText.toStdString();
    }
}
