// Heavy reads (a year of report.get) run on the coordinator's read worker: other desktops are
// served meanwhile, and one desktop's answers still come in the order of its requests.
#include "LeadTestSupport.h"

using namespace spocs;
using namespace spocs::test;
using namespace spocs::test::lead;

namespace {

// About a year of closed phone contacts (one every 8 minutes), written from the side, so
// that a year's report has real work to do.
void seedAYearOfContacts(const QString &dbPath, int contacts)
{
    sql(dbPath,
        { QStringLiteral(
              "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
              "INSERT INTO contacts(channel, customer_id, state, queue, created_at, updated_at, answered_at, "
              "closed_at, abandoned, forwarded, outcome, transfer_count, consult_count) "
              "SELECT 'phone', (SELECT MIN(id) FROM customers) + i % 20, 'closed', 'general', "
              "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', printf('-%d minutes', i * 8)), "
              "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', printf('-%d minutes', i * 8)), "
              "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', printf('-%d minutes', i * 8), '+12 seconds'), "
              "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', printf('-%d minutes', i * 8), '+5 minutes'), "
              "0, 0, 'resolved', 0, 0 FROM n")
              .arg(contacts),
          QStringLiteral("INSERT INTO contact_contact_reasons(contact_id, reason_id) "
                         "SELECT k.id, (SELECT MIN(id) FROM contact_reasons) FROM contacts k "
                         "WHERE NOT EXISTS (SELECT 1 FROM contact_contact_reasons c WHERE c.contact_id = k.id)") });
}

QJsonObject range(const QDate &from, const QDate &to)
{
    return { { QStringLiteral("from"), from.toString(Qt::ISODate) },
             { QStringLiteral("to"), to.toString(Qt::ISODate) } };
}

QJsonObject aYear()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return range(today.addDays(-365), today);
}

struct HeavyReadFixture
{
    CoordinatorProcess coordinator;
    Desk lead;
    Desk agent;

    bool start()
    {
        CoordinatorProcess::Options options;
        options.demoCustomers = 30;
        if (!coordinator.start(options))
            return false;
        seedAYearOfContacts(coordinator.dbPath(), 60000);
        lead.connection.setRequestTimeout(60000); // a year's report on a loaded machine
        return lead.login(coordinator.url(), QStringLiteral("lead1"))
            && agent.login(coordinator.url(), QStringLiteral("agent2"));
    }
};

} // namespace

TEST(HeavyReads, AnotherDesktopIsServedWhileAYearReportRuns)
{
    HeavyReadFixture f;
    ASSERT_TRUE(f.start());
    std::optional<Reply> report;
    int servedBeforeTheReport = 0;
    int served = 0;
    f.lead.connection.request(QStringLiteral("report.get"), aYear(), &f.lead.connection, [&](const Reply &r) {
        report = r;
        servedBeforeTheReport = served;
    });
    // The agent opens customers one after the other while the lead's report is computed.
    std::function<void()> next = [&] {
        if (report || served >= 2000)
            return;
        f.agent.connection.request(QStringLiteral("customer.get"),
                                   { { QStringLiteral("id"), QStringLiteral("C-%1").arg(1000 + served % 30) } },
                                   &f.agent.connection, [&](const Reply &r) {
                                       EXPECT_TRUE(r.ok) << r.error.message.toStdString();
                                       ++served;
                                       next();
                                   });
    };
    next();
    ASSERT_TRUE(QTest::qWaitFor([&] { return report.has_value(); }, 60000));
    ASSERT_TRUE(report->ok) << report->error.message.toStdString();
    EXPECT_GE(report->data.value(QStringLiteral("totals")).toObject().value(QStringLiteral("contacts")).toInt(), 50000);
    // Computed inline on the event loop, the report would have held every customer.get that
    // arrived after it until it was done: at most the one already under way is answered.
    EXPECT_GE(servedBeforeTheReport, 5);
}

TEST(HeavyReads, OneDesktopsAnswersComeInTheOrderOfItsRequests)
{
    HeavyReadFixture f;
    ASSERT_TRUE(f.start());
    QStringList answered;
    const auto record = [&](const QString &what) {
        return [&answered, what](const Reply &r) {
            EXPECT_TRUE(r.ok) << what.toStdString() << ": " << r.error.message.toStdString();
            answered.append(what);
        };
    };
    Connection &c = f.lead.connection;
    // Sent back to back: the report goes to the read worker, the rest waits for it.
    c.request(QStringLiteral("report.get"), aYear(), &c, record(QStringLiteral("report")));
    c.request(QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-1001") } }, &c,
              record(QStringLiteral("customer")));
    c.request(QStringLiteral("report.get"), range(QDate(2026, 3, 2), QDate(2026, 3, 4)), &c,
              record(QStringLiteral("short report")));
    c.request(QStringLiteral("session.me"), {}, &c, record(QStringLiteral("me")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return answered.size() == 4; }, 60000));
    EXPECT_EQ(answered,
              (QStringList { QStringLiteral("report"), QStringLiteral("customer"), QStringLiteral("short report"),
                             QStringLiteral("me") }));
}

TEST(HeavyReads, AReportCountsTheContactCreatedJustBeforeIt)
{
    HeavyReadFixture f;
    ASSERT_TRUE(f.start());
    const Reply before = call(f.lead.connection, QStringLiteral("report.get"), aYear());
    ASSERT_TRUE(before.ok) << before.error.message.toStdString();
    const int counted
        = before.data.value(QStringLiteral("totals")).toObject().value(QStringLiteral("contacts")).toInt();

    // The write and the report back to back: the write's answer waits for its commit, and
    // the report, read on another connection, must still see it.
    std::optional<Reply> created;
    std::optional<Reply> report;
    Connection &c = f.lead.connection;
    c.write(QStringLiteral("contact.inbound"),
            { { QStringLiteral("channel"), QStringLiteral("phone") },
              { QStringLiteral("customer"), QStringLiteral("C-1002") } },
            &c, [&](const Reply &r) { created = r; });
    c.request(QStringLiteral("report.get"), aYear(), &c, [&](const Reply &r) { report = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return created && report; }, 60000));
    ASSERT_TRUE(created->ok) << created->error.message.toStdString();
    ASSERT_TRUE(report->ok) << report->error.message.toStdString();
    EXPECT_EQ(report->data.value(QStringLiteral("totals")).toObject().value(QStringLiteral("contacts")).toInt(),
              counted + 1);
}

TEST(HeavyReads, ABadReportRangeIsRefusedAtOnceAndTheDesktopGoesOn)
{
    HeavyReadFixture f;
    ASSERT_TRUE(f.start());
    const Reply bad
        = call(f.lead.connection, QStringLiteral("report.get"), range(QDate(2026, 3, 4), QDate(2026, 3, 2)));
    EXPECT_EQ(errorName(bad), QStringLiteral("bad_request"));
    EXPECT_EQ(bad.error.details.value(QStringLiteral("field")).toString(), QStringLiteral("to"));
    const Reply forbidden = call(f.agent.connection, QStringLiteral("report.get"), aYear());
    EXPECT_EQ(errorName(forbidden), QStringLiteral("forbidden"));
    EXPECT_TRUE(call(f.lead.connection, QStringLiteral("session.me")).ok);
}
