#include "ConsultSupport.h"

// The warning before a follow-up is missed: sent to its owner once, when the follow-up comes
// within [contacts] follow_up_warning_minutes of its due time, and never again, even after a
// restart. The test moves the coordinator's clock by restarting it with a later
// [testing] clock_start; the real coordinator, the real client.

using namespace spocs;
using namespace spocs::test;
using namespace spocs::test::consult;

namespace {

struct ClockedCoordinator
{
    QTemporaryDir dir;
    CoordinatorProcess coordinator;
    QString config;
    QString extraConfig; // more settings, written with the clock

    // Writes the configuration with the clock at `at`; start() or restart() reads it.
    bool setClock(const QDateTime &at)
    {
        config = dir.filePath(QStringLiteral("warn.ini"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write(QStringLiteral("[contacts]\nfollow_up_warning_minutes=60\n[testing]\nclock_start=%1\n%2")
                       .arg(at.toString(Qt::ISODateWithMs), extraConfig)
                       .toUtf8());
        return true;
    }
    bool start(const QDateTime &at)
    {
        if (!setClock(at))
            return false;
        CoordinatorProcess::Options options;
        options.demoCustomers = 30;
        options.extraArgs = { QStringLiteral("--config"), config };
        return coordinator.start(options);
    }
    bool restartAt(const QDateTime &at)
    {
        coordinator.stop();
        return setClock(at) && coordinator.restart();
    }
};

// followup.due events about this contact's follow-up.
auto aboutContact(qint64 id)
{
    return [id](const QJsonObject &d) {
        return idOf(d.value(QStringLiteral("followUp")).toObject().value(QStringLiteral("contact"))) == id;
    };
}

// The followup.due notices the coordinator published about this contact (its event log, which
// is what every subscribed desktop receives or replays): when each was sent, on its clock.
QStringList noticesSent(const QString &dbPath, qint64 id, bool overdue)
{
    const QString name = QStringLiteral("warn-") + cid();
    QStringList at;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT created_at FROM events WHERE kind = 'followup.due' "
                                     "AND json_extract(data, '$.followUp.contact.id') = ? "
                                     "AND json_extract(data, '$.overdue') = ? ORDER BY seq"));
            q.addBindValue(id);
            q.addBindValue(overdue ? 1 : 0);
            if (q.exec()) {
                while (q.next())
                    at << q.value(0).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return at;
}

} // namespace

TEST(FollowUpWarning, DueSoonOnceWithinTheLeadTimeAndNotAgainAfterARestart)
{
    const QDateTime start = QDateTime::currentDateTimeUtc();
    ClockedCoordinator c;
    ASSERT_TRUE(c.start(start)) << c.coordinator.output().toStdString();
    const QString dbPath = c.coordinator.dbPath();
    const QString agent = QStringLiteral("agent7");
    qint64 id = 0;
    QDateTime due;
    {
        Desk rep;
        ASSERT_TRUE(rep.signIn(c.coordinator.url(), agent));
        // An outbound call that ends with a promise due 90 minutes after it closed.
        const Reply started = rep.write(QStringLiteral("contact.outbound"),
                                        { { QStringLiteral("customer"), QStringLiteral("C-1003") },
                                          { QStringLiteral("channel"), QStringLiteral("phone") } });
        ASSERT_TRUE(started.ok) << started.error.message.toStdString();
        const QJsonObject contact = started.data.value(QStringLiteral("contact")).toObject();
        id = idOf(contact);
        due = QDateTime::fromString(contact.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs)
                  .addSecs(90 * 60);
        const Reply closed
            = rep.write(QStringLiteral("contact.close"),
                        { { QStringLiteral("id"), id },
                          { QStringLiteral("version"), contact.value(QStringLiteral("version")) },
                          { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } },
                          { QStringLiteral("outcome"), QStringLiteral("follow_up") },
                          { QStringLiteral("followUp"),
                            QJsonObject { { QStringLiteral("due"), due.toString(Qt::ISODateWithMs) } } } });
        ASSERT_TRUE(closed.ok) << closed.error.message.toStdString();
        // Outside the 60-minute lead time: nothing yet (the check runs every second).
        EXPECT_TRUE(rep.take(QStringLiteral("followup.due"), aboutContact(id), 2500).isEmpty());
    }
    EXPECT_TRUE(noticesSent(dbPath, id, false).isEmpty());

    // 35 minutes later it is due in 55: one warning, sent within the lead time, and the list marks it.
    ASSERT_TRUE(c.restartAt(start.addSecs(35 * 60))) << c.coordinator.output().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !noticesSent(dbPath, id, false).isEmpty(); }, 10000));
    const QDateTime sentAt = QDateTime::fromString(noticesSent(dbPath, id, false).first(), Qt::ISODateWithMs);
    EXPECT_GE(sentAt, due.addSecs(-60 * 60));
    EXPECT_LT(sentAt, due);
    {
        Desk rep;
        ASSERT_TRUE(rep.signIn(c.coordinator.url(), agent));
        const Reply list = call(rep.connection, QStringLiteral("followup.list"));
        bool marked = false;
        for (const QJsonValue &v : list.data.value(QStringLiteral("followUps")).toArray()) {
            if (idOf(v.toObject().value(QStringLiteral("contact"))) == id)
                marked = v.toObject().value(QStringLiteral("dueSoon")).toBool();
        }
        EXPECT_TRUE(marked);
        EXPECT_TRUE(rep.take(QStringLiteral("followup.due"), aboutContact(id), 2500).isEmpty())
            << "the warning goes out once";
    }
    EXPECT_EQ(noticesSent(dbPath, id, false).size(), 1);

    // A restart a minute later does not repeat it.
    ASSERT_TRUE(c.restartAt(start.addSecs(36 * 60))) << c.coordinator.output().toStdString();
    {
        Desk rep;
        ASSERT_TRUE(rep.signIn(c.coordinator.url(), agent));
        EXPECT_TRUE(rep.take(QStringLiteral("followup.due"), aboutContact(id), 3000).isEmpty())
            << "a restart must not repeat the warning";
    }
    EXPECT_EQ(noticesSent(dbPath, id, false).size(), 1);
    EXPECT_TRUE(noticesSent(dbPath, id, true).isEmpty());

    // Past the due time: the overdue notice, once.
    ASSERT_TRUE(c.restartAt(start.addSecs(91 * 60))) << c.coordinator.output().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !noticesSent(dbPath, id, true).isEmpty(); }, 10000));
    // The check runs every second: no second notice in the next rounds.
    EXPECT_FALSE(QTest::qWaitFor([&] { return noticesSent(dbPath, id, true).size() > 1; }, 2500));
    EXPECT_EQ(noticesSent(dbPath, id, true).size(), 1);
    EXPECT_EQ(noticesSent(dbPath, id, false).size(), 1);
}

// A fresh demo world gives a new user follow-ups to work on My day and the lead an overdue one to
// see: agent1 has two due today and one overdue since yesterday.
TEST(FollowUpWarning, AFreshDemoGivesAgent1FollowUpsDueTodayAndTheLeadAnOverdueAlert)
{
    ClockedCoordinator c;
    ASSERT_TRUE(c.start(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC))) << c.coordinator.output().toStdString();
    Desk rep;
    ASSERT_TRUE(rep.signIn(c.coordinator.url(), QStringLiteral("agent1")));
    const Reply list = call(rep.connection, QStringLiteral("followup.list"));
    ASSERT_TRUE(list.ok) << list.error.message.toStdString();
    int dueToday = 0;
    qint64 overdue = 0;
    for (const QJsonValue &v : list.data.value(QStringLiteral("followUps")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("overdue")).toBool()) {
            EXPECT_EQ(overdue, 0) << "one overdue";
            overdue = idOf(f.value(QStringLiteral("contact")));
        } else if (f.value(QStringLiteral("due")).toString() == u"2026-11-23") {
            ++dueToday;
        }
        EXPECT_FALSE(f.value(QStringLiteral("contact")).toObject().value(QStringLiteral("reasons")).toArray().isEmpty())
            << "a follow-up says what it is about";
    }
    EXPECT_EQ(dueToday, 2);
    ASSERT_NE(overdue, 0);

    Desk lead;
    ASSERT_TRUE(lead.signIn(c.coordinator.url(), QStringLiteral("lead1")));
    const Reply snapshot = call(lead.connection, QStringLiteral("lead.snapshot"));
    ASSERT_TRUE(snapshot.ok) << snapshot.error.message.toStdString();
    bool alerted = false;
    for (const QJsonValue &v : snapshot.data.value(QStringLiteral("alerts")).toArray()) {
        const QJsonObject a = v.toObject();
        alerted = alerted
            || (a.value(QStringLiteral("kind")).toString() == u"follow_up_overdue"
                && a.value(QStringLiteral("contact")).toInteger() == overdue);
    }
    EXPECT_TRUE(alerted) << "the lead sees agent1's overdue follow-up";
}

// A backlog of old overdue follow-ups must not hide one just missed: the lead's alerts list the
// latest due first, and count the older ones the list leaves out.
TEST(FollowUpWarning, ABacklogOfOldOverdueFollowUpsNeverHidesOneJustMissed)
{
    const QDateTime start = QDateTime::currentDateTimeUtc();
    ClockedCoordinator c;
    // The set-up makes 410 writes as fast as it can: more than one session may send by default.
    c.extraConfig = QStringLiteral("[limits]\nrequests_per_second=2000\nrequest_burst=2000\n");
    ASSERT_TRUE(c.start(start)) << c.coordinator.output().toStdString();
    constexpr int kOld = 204;
    qint64 newest = 0;
    {
        Desk rep;
        ASSERT_TRUE(rep.signIn(c.coordinator.url(), QStringLiteral("agent7")));
        // Old promises due in a few minutes, then one due in 30 (made last, so it has the highest id).
        for (int i = 0; i <= kOld; ++i) {
            const Reply started = rep.write(QStringLiteral("contact.outbound"),
                                            { { QStringLiteral("customer"), QStringLiteral("C-1003") },
                                              { QStringLiteral("channel"), QStringLiteral("phone") } });
            ASSERT_TRUE(started.ok) << started.error.message.toStdString();
            const QJsonObject contact = started.data.value(QStringLiteral("contact")).toObject();
            const QDateTime due = start.addSecs(i == kOld ? 30 * 60 : 5 * 60);
            const Reply closed
                = rep.write(QStringLiteral("contact.close"),
                            { { QStringLiteral("id"), idOf(contact) },
                              { QStringLiteral("version"), contact.value(QStringLiteral("version")) },
                              { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } },
                              { QStringLiteral("outcome"), QStringLiteral("follow_up") },
                              { QStringLiteral("followUp"),
                                QJsonObject { { QStringLiteral("due"), due.toString(Qt::ISODateWithMs) } } } });
            ASSERT_TRUE(closed.ok) << closed.error.message.toStdString();
            newest = idOf(contact);
        }
    }

    // An hour later every one of them is overdue.
    ASSERT_TRUE(c.restartAt(start.addSecs(60 * 60))) << c.coordinator.output().toStdString();
    Desk lead;
    ASSERT_TRUE(lead.signIn(c.coordinator.url(), QStringLiteral("lead1")));
    const Reply snapshot = call(lead.connection, QStringLiteral("lead.snapshot"));
    ASSERT_TRUE(snapshot.ok) << snapshot.error.message.toStdString();
    int listed = 0;
    bool newestListed = false;
    qint64 leftOut = 0;
    for (const QJsonValue &v : snapshot.data.value(QStringLiteral("alerts")).toArray()) {
        const QJsonObject a = v.toObject();
        const QString kind = a.value(QStringLiteral("kind")).toString();
        if (kind == u"follow_up_overdue" || kind == u"follow_up_due_soon") {
            ++listed;
            newestListed = newestListed || a.value(QStringLiteral("contact")).toInteger() == newest;
        } else if (kind == u"follow_up_overdue_more") {
            leftOut = a.value(QStringLiteral("count")).toInteger();
        }
    }
    EXPECT_TRUE(newestListed) << "the follow-up missed last is among the lead's alerts";
    EXPECT_EQ(listed, 200);
    EXPECT_GE(leftOut, kOld + 1 - 200) << "the older ones left out are counted";
}
