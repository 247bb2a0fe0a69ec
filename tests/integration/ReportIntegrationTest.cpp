#include "LeadTestSupport.h"

using namespace spocs;
using namespace spocs::test;
using namespace spocs::test::lead;

namespace {

// The world of ReportTest (unit), written straight into the coordinator's database: five
// contacts from 2 to 4 March 2026 and one on 27 February that only counts for repeats.
QStringList reportWorld()
{
    const auto contact = [](int id, const char *customer, const char *queue, const char *created, const char *answered,
                            const char *closed, const char *state, int abandoned, int forwarded, const char *outcome,
                            int transfers, int consults) {
        const auto text = [](const char *v) {
            return v ? QStringLiteral("'%1'").arg(QString::fromLatin1(v)) : QStringLiteral("NULL");
        };
        return QStringLiteral("INSERT INTO contacts(id, channel, customer_id, state, queue, created_at, updated_at, "
                              "answered_at, closed_at, abandoned, forwarded, outcome, transfer_count, consult_count) "
                              "VALUES (%1, 'phone', (SELECT id FROM customers WHERE public_id = '%2'), '%3', '%4', "
                              "'%5', '%5', %6, %7, %8, %9, %10, %11, %12)")
            .arg(id)
            .arg(QString::fromLatin1(customer), QString::fromLatin1(state), QString::fromLatin1(queue),
                 QString::fromLatin1(created), text(answered), text(closed))
            .arg(abandoned)
            .arg(forwarded)
            .arg(text(outcome))
            .arg(transfers)
            .arg(consults);
    };
    const auto reason = [](int id, const char *code) {
        return QStringLiteral("INSERT INTO contact_contact_reasons(contact_id, reason_id) "
                              "SELECT %1, id FROM contact_reasons WHERE code = '%2'")
            .arg(id)
            .arg(QString::fromLatin1(code));
    };
    const auto survey = [](int id, const char *csat, const char *nps) {
        return QStringLiteral("INSERT INTO surveys(contact_id, csat, nps, recorded_at) VALUES (%1, %2, %3, "
                              "'2026-03-05T00:00:00.000Z')")
            .arg(id)
            .arg(QString::fromLatin1(csat), QString::fromLatin1(nps));
    };
    const QStringList world {
        QStringLiteral("INSERT OR IGNORE INTO skills(code, label, position) VALUES ('s7r_billing', 'Billing', 50)"),
        contact(900010, "C-1002", "general", "2026-02-27T09:00:00.000Z", "2026-02-27T09:00:04.000Z",
                "2026-02-27T09:04:00.000Z", "closed", 0, 0, "resolved", 0, 0),
        reason(900010, "billing.explain"),
        contact(900011, "C-1001", "general", "2026-03-02T10:00:00.000Z", "2026-03-02T10:00:10.000Z",
                "2026-03-02T10:05:10.000Z", "closed", 0, 0, "resolved", 0, 0),
        reason(900011, "orders.where"),
        survey(900011, "5", "10"),
        contact(900012, "C-1002", "general", "2026-03-02T11:00:00.000Z", "2026-03-02T11:00:30.000Z",
                "2026-03-02T11:10:30.000Z", "closed", 0, 0, "follow_up", 1, 2),
        reason(900012, "billing.explain"),
        reason(900012, "orders.where"),
        survey(900012, "3", "6"),
        contact(900013, "C-1001", "general", "2026-03-03T09:00:00.000Z", nullptr, "2026-03-03T09:01:00.000Z", "closed",
                1, 0, nullptr, 0, 0),
        contact(900014, "C-1001", "s7r_billing", "2026-03-04T12:00:00.000Z", "2026-03-04T12:00:05.000Z",
                "2026-03-04T12:03:05.000Z", "closed", 0, 1, "resolved", 0, 0),
        reason(900014, "account.update"),
        reason(900014, "orders.where"),
        survey(900014, "NULL", "8"),
        contact(900015, "C-1003", "general", "2026-03-04T13:00:00.000Z", "2026-03-04T13:00:20.000Z", nullptr, "active",
                0, 0, nullptr, 0, 0),
    };
    return world + simpleTransitions(900010, 900015);
}

// A contact written straight into the database: `columns` are (column, SQL literal) pairs
// besides id, channel, customer and updated_at (= created_at).
QString insertContact(qint64 id, const char *customer, const QList<QPair<QString, QString>> &columns)
{
    QStringList names { QStringLiteral("id"), QStringLiteral("channel"), QStringLiteral("customer_id"),
                        QStringLiteral("updated_at") };
    QString created;
    QStringList values {
        QString::number(id), QStringLiteral("'phone'"),
        QStringLiteral("(SELECT id FROM customers WHERE public_id = '%1')").arg(QString::fromLatin1(customer))
    };
    for (const auto &[name, value] : columns) {
        names << name;
        if (name == u"created_at")
            created = value;
    }
    values << created;
    for (const auto &column : columns)
        values << column.second;
    return QStringLiteral("INSERT INTO contacts(%1) VALUES (%2)").arg(names.join(u", "), values.join(u", "));
}

QString quoted(const QString &text)
{
    return QStringLiteral("'%1'").arg(text);
}

struct ReportFixture
{
    QTemporaryDir dir;
    CoordinatorProcess coordinator;
    Desk lead;

    bool start()
    {
        CoordinatorProcess::Options options;
        options.demoCustomers = 30;
        options.extraArgs
            = { QStringLiteral("--config"), writeConfig(dir, QStringLiteral("[lead]\nservice_level_seconds=20\n")) };
        return coordinator.start(options) && lead.login(coordinator.url(), QStringLiteral("lead1"));
    }
    Reply report(const QString &from, const QString &to, const QString &queue = {})
    {
        QJsonObject args { { QStringLiteral("from"), from }, { QStringLiteral("to"), to } };
        if (!queue.isEmpty())
            args.insert(QStringLiteral("queue"), queue);
        return call(lead.connection, QStringLiteral("report.get"), args);
    }
};

} // namespace

TEST(Reports, FiguresMatchTheHandComputedFixture)
{
    ReportFixture f;
    ASSERT_TRUE(f.start());
    sql(f.coordinator.dbPath(), reportWorld());
    const Reply r = f.report(QStringLiteral("2026-03-02"), QStringLiteral("2026-03-04"));
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    EXPECT_EQ(r.data.value(QStringLiteral("from")).toString(), QStringLiteral("2026-03-02"));
    EXPECT_EQ(r.data.value(QStringLiteral("to")).toString(), QStringLiteral("2026-03-04"));
    const QJsonObject t = r.data.value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(t.value(QStringLiteral("contacts")).toInt(), 5);
    EXPECT_EQ(t.value(QStringLiteral("answered")).toInt(), 4);
    EXPECT_EQ(t.value(QStringLiteral("handled")).toInt(), 3);
    EXPECT_EQ(t.value(QStringLiteral("abandoned")).toInt(), 1);
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("fcrRate")).toDouble(), 0.5);
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("ahtSec")).toDouble(), 360.0);
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("asaSec")).toDouble(), 16.3);
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("serviceLevel")).toDouble(), 0.6);
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("abandonRate")).toDouble(), 0.2);
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("transfersPerContact")).toDouble(), 0.3333);
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("consultsPerContact")).toDouble(), 0.6667);
    EXPECT_EQ(t.value(QStringLiteral("repeatContacts")).toInt(), 2);
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("repeatRate")).toDouble(), 0.4);
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("csatAvg")).toDouble(), 4.0);
    EXPECT_EQ(t.value(QStringLiteral("csatCount")).toInt(), 2);
    EXPECT_EQ(t.value(QStringLiteral("nps")).toInt(), 0);
    EXPECT_EQ(t.value(QStringLiteral("npsCount")).toInt(), 3);

    const QJsonArray queues = r.data.value(QStringLiteral("byQueue")).toArray();
    ASSERT_EQ(queues.size(), 2);
    EXPECT_EQ(queues.at(0).toObject().value(QStringLiteral("queue")).toString(), QStringLiteral("general"));
    EXPECT_EQ(queues.at(0).toObject().value(QStringLiteral("contacts")).toInt(), 4);
    EXPECT_DOUBLE_EQ(queues.at(0).toObject().value(QStringLiteral("ahtSec")).toDouble(), 450.0);
    EXPECT_EQ(queues.at(1).toObject().value(QStringLiteral("queue")).toString(), QStringLiteral("s7r_billing"));
    EXPECT_EQ(queues.at(1).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("Billing"));
    EXPECT_TRUE(queues.at(1).toObject().value(QStringLiteral("fcrRate")).isNull());

    const QJsonArray daily = r.data.value(QStringLiteral("daily")).toArray();
    ASSERT_EQ(daily.size(), 3);
    EXPECT_EQ(daily.at(0).toObject().value(QStringLiteral("contacts")).toInt(), 2);
    EXPECT_EQ(daily.at(1).toObject().value(QStringLiteral("abandoned")).toInt(), 1);
    EXPECT_DOUBLE_EQ(daily.at(2).toObject().value(QStringLiteral("asaSec")).toDouble(), 12.5);

    const QJsonArray reasons = r.data.value(QStringLiteral("byReason")).toArray();
    ASSERT_EQ(reasons.size(), 3);
    EXPECT_EQ(reasons.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("orders.where"));
    EXPECT_EQ(reasons.at(0).toObject().value(QStringLiteral("count")).toInt(), 3);
    // "Where is my order?" is avoidable demand (class a): the seeded classes follow the method.
    EXPECT_EQ(reasons.at(0).toObject().value(QStringLiteral("demandClass")).toString(), QStringLiteral("a"));
    EXPECT_EQ(reasons.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("account.update"));
    EXPECT_DOUBLE_EQ(reasons.at(1).toObject().value(QStringLiteral("cumulativeShare")).toDouble(), 0.8);
    const QJsonArray classes = r.data.value(QStringLiteral("byDemandClass")).toArray();
    ASSERT_EQ(classes.size(), 3);
    EXPECT_EQ(classes.at(0).toObject().value(QStringLiteral("demandClass")).toString(), QStringLiteral("a"));
    EXPECT_EQ(classes.at(0).toObject().value(QStringLiteral("count")).toInt(), 4); // orders.where 3, billing.explain 1
    EXPECT_EQ(classes.at(1).toObject().value(QStringLiteral("count")).toInt(), 0);
    EXPECT_EQ(classes.at(2).toObject().value(QStringLiteral("count")).toInt(), 1); // account.update: can wait
    // Every contact with a reason had "Where is my order?": all of them were avoidable.
    const QJsonObject avoidable = r.data.value(QStringLiteral("avoidableDemand")).toObject();
    EXPECT_EQ(avoidable.value(QStringLiteral("contacts")).toInt(), 3);
    EXPECT_EQ(avoidable.value(QStringLiteral("classified")).toInt(), 3);
    EXPECT_DOUBLE_EQ(avoidable.value(QStringLiteral("share")).toDouble(), 1.0);

    // One queue only.
    const Reply billing
        = f.report(QStringLiteral("2026-03-02"), QStringLiteral("2026-03-04"), QStringLiteral("s7r_billing"));
    ASSERT_TRUE(billing.ok);
    const QJsonObject bt = billing.data.value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(bt.value(QStringLiteral("contacts")).toInt(), 1);
    EXPECT_EQ(bt.value(QStringLiteral("repeatContacts")).toInt(), 1);
    EXPECT_EQ(billing.data.value(QStringLiteral("byQueue")).toArray().size(), 1);
}

TEST(Reports, BadRangesAndRolesAreRejected)
{
    ReportFixture f;
    ASSERT_TRUE(f.start());
    EXPECT_EQ(errorName(f.report(QStringLiteral("2026-03-04"), QStringLiteral("2026-03-02"))),
              QStringLiteral("bad_request"));
    EXPECT_EQ(errorName(f.report(QStringLiteral("2025-01-01"), QStringLiteral("2026-01-02"))),
              QStringLiteral("bad_request"));
    EXPECT_EQ(errorName(f.report(QStringLiteral("yesterday"), QStringLiteral("2026-01-02"))),
              QStringLiteral("bad_request"));
    EXPECT_EQ(errorName(f.report(QStringLiteral("2026-01-01"), QStringLiteral("2026-01-02"), QStringLiteral("nope"))),
              QStringLiteral("bad_request"));
    // A full year (366 days) is fine, and empty days have null rates.
    const Reply year = f.report(QStringLiteral("2024-01-01"), QStringLiteral("2024-12-31"));
    ASSERT_TRUE(year.ok) << year.error.message.toStdString();
    EXPECT_EQ(year.data.value(QStringLiteral("daily")).toArray().size(), 366);
    EXPECT_TRUE(year.data.value(QStringLiteral("totals")).toObject().value(QStringLiteral("fcrRate")).isNull());
    Desk agent;
    ASSERT_TRUE(agent.login(f.coordinator.url(), QStringLiteral("agent1")));
    const Reply forbidden = call(agent.connection, QStringLiteral("report.get"),
                                 { { QStringLiteral("from"), QStringLiteral("2026-03-02") },
                                   { QStringLiteral("to"), QStringLiteral("2026-03-04") } });
    EXPECT_EQ(errorName(forbidden), QStringLiteral("forbidden"));
}

TEST(Reports, ReopenedContactCountsItsHandlingsNotTheDaysBetween)
{
    // Answered Monday 09:05 after five minutes, closed 09:15; the customer's reply reopens it
    // Wednesday 10:00, accepted 10:10, closed 10:20. Handled 20 minutes, not 49 hours; and a
    // contact the customer had to come back on was not resolved at the first contact.
    ReportFixture f;
    ASSERT_TRUE(f.start());
    const qint64 id = 900100;
    QStringList world { insertContact(
        id, "C-1001",
        { { QStringLiteral("state"), quoted(QStringLiteral("closed")) },
          { QStringLiteral("queue"), quoted(QStringLiteral("general")) },
          { QStringLiteral("created_at"), quoted(QStringLiteral("2026-03-02T09:00:00.000Z")) },
          { QStringLiteral("answered_at"), quoted(QStringLiteral("2026-03-02T09:05:00.000Z")) },
          { QStringLiteral("closed_at"), quoted(QStringLiteral("2026-03-04T10:20:00.000Z")) },
          { QStringLiteral("outcome"), quoted(QStringLiteral("resolved")) } }) };
    const QList<QPair<const char *, const char *>> changes {
        { "queued", "2026-03-02T09:00:00.000Z" },
        { "offered", "2026-03-02T09:04:50.000Z" },
        { "active", "2026-03-02T09:05:00.000Z" },
        { "after_contact_work", "2026-03-02T09:15:00.000Z" },
        { "closed", "2026-03-02T09:15:00.000Z" },
        { "queued", "2026-03-04T10:00:00.000Z" },
        { "offered", "2026-03-04T10:09:50.000Z" },
        { "active", "2026-03-04T10:10:00.000Z" },
        { "after_contact_work", "2026-03-04T10:20:00.000Z" },
        { "closed", "2026-03-04T10:20:00.000Z" },
    };
    for (const auto &[state, at] : changes)
        world << transitionAt(id, QString::fromLatin1(state), QString::fromLatin1(at));
    sql(f.coordinator.dbPath(), world);

    const Reply r = f.report(QStringLiteral("2026-03-02"), QStringLiteral("2026-03-04"));
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    const QJsonObject t = r.data.value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(t.value(QStringLiteral("contacts")).toInt(), 1);
    EXPECT_EQ(t.value(QStringLiteral("answered")).toInt(), 1);
    EXPECT_EQ(t.value(QStringLiteral("handled")).toInt(), 1);
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("ahtSec")).toDouble(), 1200.0) << "10 + 10 minutes in hand";
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("asaSec")).toDouble(), 300.0) << "its first wait";
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("fcrRate")).toDouble(-1), 0.0);
}

TEST(Reports, ForwardedContactLeftWaitingIsAnsweredNotAlsoAbandoned)
{
    // Answered after 10 s, forwarded to billing at 09:03, and the customer hangs up there at
    // 09:08; another caller hangs up before anyone answers. One answered (within 20 s), one
    // abandoned: the forwarded contact is in the service level once, by its first wait.
    ReportFixture f;
    ASSERT_TRUE(f.start());
    QStringList world {
        QStringLiteral("INSERT OR IGNORE INTO skills(code, label, position) VALUES ('s7r_billing', 'Billing', 50)"),
        insertContact(900200, "C-1001",
                      { { QStringLiteral("state"), quoted(QStringLiteral("closed")) },
                        { QStringLiteral("queue"), quoted(QStringLiteral("s7r_billing")) },
                        { QStringLiteral("created_at"), quoted(QStringLiteral("2026-03-02T09:00:00.000Z")) },
                        { QStringLiteral("answered_at"), quoted(QStringLiteral("2026-03-02T09:00:10.000Z")) },
                        { QStringLiteral("closed_at"), quoted(QStringLiteral("2026-03-02T09:08:00.000Z")) },
                        { QStringLiteral("forwarded"), QStringLiteral("1") },
                        { QStringLiteral("abandoned"), QStringLiteral("1") } }),
        transitionAt(900200, QStringLiteral("queued"), QStringLiteral("2026-03-02T09:00:00.000Z")),
        transitionAt(900200, QStringLiteral("active"), QStringLiteral("2026-03-02T09:00:10.000Z")),
        transitionAt(900200, QStringLiteral("queued"), QStringLiteral("2026-03-02T09:03:00.000Z")),
        transitionAt(900200, QStringLiteral("closed"), QStringLiteral("2026-03-02T09:08:00.000Z")),
        insertContact(900201, "C-1002",
                      { { QStringLiteral("state"), quoted(QStringLiteral("closed")) },
                        { QStringLiteral("queue"), quoted(QStringLiteral("general")) },
                        { QStringLiteral("created_at"), quoted(QStringLiteral("2026-03-02T10:00:00.000Z")) },
                        { QStringLiteral("closed_at"), quoted(QStringLiteral("2026-03-02T10:01:00.000Z")) },
                        { QStringLiteral("abandoned"), QStringLiteral("1") } }),
    };
    sql(f.coordinator.dbPath(), world + simpleTransitions(900201, 900201));

    const Reply r = f.report(QStringLiteral("2026-03-02"), QStringLiteral("2026-03-02"));
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    const QJsonObject t = r.data.value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(t.value(QStringLiteral("contacts")).toInt(), 2);
    EXPECT_EQ(t.value(QStringLiteral("answered")).toInt(), 1);
    EXPECT_EQ(t.value(QStringLiteral("abandoned")).toInt(), 1);
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("serviceLevel")).toDouble(), 0.5);
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("abandonRate")).toDouble(), 0.5);
    // Its handling before the forward is handling time all the same.
    EXPECT_EQ(t.value(QStringLiteral("handled")).toInt(), 1);
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("ahtSec")).toDouble(), 170.0);
}

TEST(Reports, OutboundContactsDoNotDiluteTheCustomersRates)
{
    // Ten inbound calls on 2 March: two abandoned, four resolved, four closed with a follow-up,
    // one of them a repeat. And ten calls back by agents, all resolved, with no reason.
    ReportFixture f;
    ASSERT_TRUE(f.start());
    QStringList world;
    for (int i = 0; i < 10; ++i) {
        const QString created = QStringLiteral("2026-03-02T%1:00:00.000Z").arg(8 + i, 2, 10, QLatin1Char('0'));
        const QString answered = QStringLiteral("2026-03-02T%1:00:10.000Z").arg(8 + i, 2, 10, QLatin1Char('0'));
        const QString closed = QStringLiteral("2026-03-02T%1:05:00.000Z").arg(8 + i, 2, 10, QLatin1Char('0'));
        QList<QPair<QString, QString>> columns { { QStringLiteral("state"), quoted(QStringLiteral("closed")) },
                                                 { QStringLiteral("queue"), quoted(QStringLiteral("general")) },
                                                 { QStringLiteral("created_at"), quoted(created) },
                                                 { QStringLiteral("closed_at"), quoted(closed) } };
        if (i < 2) {
            columns.append({ QStringLiteral("abandoned"), QStringLiteral("1") });
        } else {
            columns.append({ QStringLiteral("answered_at"), quoted(answered) });
            columns.append({ QStringLiteral("outcome"),
                             quoted(i < 6 ? QStringLiteral("resolved") : QStringLiteral("follow_up")) });
        }
        world << insertContact(900300 + i, i == 2 || i == 3 ? "C-1001" : "C-1002", columns);
        const QString callBack = QStringLiteral("2026-03-02T%1:30:00.000Z").arg(8 + i, 2, 10, QLatin1Char('0'));
        world << insertContact(
            900320 + i, "C-1003",
            { { QStringLiteral("state"), quoted(QStringLiteral("closed")) },
              { QStringLiteral("queue"), quoted(QStringLiteral("general")) },
              { QStringLiteral("direction"), quoted(QStringLiteral("outbound")) },
              { QStringLiteral("created_at"), quoted(callBack) },
              { QStringLiteral("answered_at"), quoted(callBack) },
              { QStringLiteral("closed_at"),
                quoted(QStringLiteral("2026-03-02T%1:35:00.000Z").arg(8 + i, 2, 10, QLatin1Char('0'))) },
              { QStringLiteral("outcome"), quoted(QStringLiteral("resolved")) } });
    }
    for (const qint64 id : { 900302, 900303 })
        world << QStringLiteral("INSERT INTO contact_contact_reasons(contact_id, reason_id) "
                                "SELECT %1, id FROM contact_reasons WHERE code = 'orders.where'")
                     .arg(id);
    sql(f.coordinator.dbPath(), world + simpleTransitions(900300, 900329));

    const Reply r = f.report(QStringLiteral("2026-03-02"), QStringLiteral("2026-03-02"));
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    const QJsonObject t = r.data.value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(t.value(QStringLiteral("contacts")).toInt(), 20);
    EXPECT_EQ(t.value(QStringLiteral("outbound")).toInt(), 10);
    EXPECT_EQ(t.value(QStringLiteral("abandoned")).toInt(), 2);
    EXPECT_EQ(t.value(QStringLiteral("repeatContacts")).toInt(), 1);
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("abandonRate")).toDouble(), 0.2) << "2 of 10 inbound";
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("fcrRate")).toDouble(), 0.5) << "4 of 8 inbound handled";
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("repeatRate")).toDouble(), 0.1) << "1 of 10 inbound";
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("serviceLevel")).toDouble(), 0.8) << "8 answered in 10 s, 2 abandoned";
}
