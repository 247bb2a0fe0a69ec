#include "TestDatabase.h"

#include "coordinator/contacts/ContactStore.h"
#include "coordinator/contacts/FollowUpStore.h"
#include "coordinator/leads/LeadStore.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/ServerConfig.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QThread>

using namespace spocs;
using namespace spocs::test;

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// A contact of the reason avg_test: queued, answered 5 s later, in hand for handledSeconds, then
// closed (or still in hand when handledSeconds is 0).
void addContact(TempDatabase &db, qint64 id, const QDateTime &created, int handledSeconds)
{
    const QDateTime answered = created.addSecs(5);
    const QDateTime closed = answered.addSecs(handledSeconds);
    const bool open = handledSeconds == 0;
    QStringList statements {
        QStringLiteral("INSERT INTO contacts(id, channel, customer_id, state, queue, created_at, updated_at, "
                       "answered_at, closed_at, outcome) VALUES (%1, 'phone', 1, '%2', 'general', '%3', '%3', "
                       "'%4', %5, %6)")
            .arg(id)
            .arg(open ? QStringLiteral("active") : QStringLiteral("closed"), iso(created), iso(answered),
                 open ? QStringLiteral("NULL") : QStringLiteral("'%1'").arg(iso(closed)),
                 open ? QStringLiteral("NULL") : QStringLiteral("'resolved'")),
        QStringLiteral("INSERT INTO contact_contact_reasons(contact_id, reason_id) "
                       "SELECT %1, id FROM contact_reasons WHERE code = 'avg_test'")
            .arg(id),
        QStringLiteral("INSERT INTO contact_transitions(contact_id, state, at) VALUES (%1, 'queued', '%2')")
            .arg(id)
            .arg(iso(created)),
        QStringLiteral("INSERT INTO contact_transitions(contact_id, state, at) VALUES (%1, 'active', '%2')")
            .arg(id)
            .arg(iso(answered)),
    };
    if (!open)
        statements << QStringLiteral(
                          "INSERT INTO contact_transitions(contact_id, state, at) VALUES (%1, 'closed', '%2')")
                          .arg(id)
                          .arg(iso(closed));
    for (const QString &statement : std::as_const(statements)) {
        QSqlQuery q = db->prepare(statement);
        ASSERT_TRUE(q.exec()) << statement.toStdString();
    }
}

QJsonObject alertWithKey(const QJsonArray &alerts, const QString &key)
{
    for (const QJsonValue &v : alerts) {
        if (v.toObject().value(QStringLiteral("key")).toString() == key)
            return v.toObject();
    }
    return {};
}

} // namespace

// The usual handle times behind the long-contact alert come from 30 days of contacts, which take
// seconds to read on a large floor: after the first time they are worked out again on the read
// worker, and the alerts use the last ones until the new ones arrive.
TEST(LeadStore, UsualHandleTimesAreWorkedOutAgainOnTheReadWorkerAfterAMinute)
{
    TempDatabase db;
    TestClock clock;
    db->setClock(clock.asClock());
    for (const QString &statement :
         { QStringLiteral("INSERT INTO customers(id, public_id, name, created_at, updated_at) "
                          "VALUES (1, 'C-1', 'Ada Lovelace', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')"),
           QStringLiteral("INSERT INTO contact_reasons(code, label) VALUES ('avg_test', 'Average test')") }) {
        QSqlQuery q = db->prepare(statement);
        ASSERT_TRUE(q.exec()) << statement.toStdString();
    }
    // Three handled in a minute each; one in hand for ten minutes: far longer than usual.
    for (int i = 0; i < 3; ++i)
        addContact(db, 100 + i, clock.now.addDays(-1).addSecs(600 * i), 60);
    addContact(db, 200, clock.now.addSecs(-605), 0);

    ServerConfig config;
    CoordinatorServer server(config, *db);
    ContactStore contacts(*db);
    FollowUpStore followUps(*db);
    LeadStore lead(server, contacts, followUps);
    const QString key = QStringLiteral("long_contact:200");

    auto alerts = lead.alerts(clock.now, {}, {});
    ASSERT_TRUE(alerts.ok()) << alerts.error().message.toStdString();
    EXPECT_EQ(alertWithKey(*alerts, key).value(QStringLiteral("usualMinutes")).toInt(), 1);

    // Six more of nine minutes each: the usual time is now over six minutes, ten is not long.
    for (int i = 0; i < 6; ++i)
        addContact(db, 300 + i, clock.now.addDays(-2).addSecs(900 * i), 540);
    ASSERT_TRUE(server.commitGroup().ok()); // the read worker sees committed data only
    clock.advance(61);
    alerts = lead.alerts(clock.now, {}, {});
    ASSERT_TRUE(alerts.ok());
    EXPECT_FALSE(alertWithKey(*alerts, key).isEmpty()) << "the last usual times, while the new ones are read";

    QDeadlineTimer deadline(10000);
    while (!alertWithKey(*alerts, key).isEmpty() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
        alerts = lead.alerts(clock.now, {}, {});
        ASSERT_TRUE(alerts.ok());
    }
    EXPECT_TRUE(alertWithKey(*alerts, key).isEmpty()) << "the new usual times arrived from the read worker";
}
