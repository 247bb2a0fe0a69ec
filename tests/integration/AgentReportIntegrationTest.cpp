#include "LeadTestSupport.h"

#include <QJsonDocument>

using namespace spocs;
using namespace spocs::test;
using namespace spocs::test::lead;

namespace {

// Two agents' contacts on 2 and 3 March 2026, written straight into the coordinator's database,
// and one abandoned contact nobody owns. Every figure asserted below is computed by hand in the
// comments from this table.
QStringList agentWorld()
{
    const auto contact = [](int id, const char *owner, const char *created, const char *answered, const char *closed,
                            const char *outcome, int transfers, int consults, const char *reason) {
        const auto text = [](const char *v) {
            return v ? QStringLiteral("'%1'").arg(QString::fromLatin1(v)) : QStringLiteral("NULL");
        };
        QStringList out { QStringLiteral(
                              "INSERT INTO contacts(id, channel, customer_id, owner_user_id, state, queue, created_at, "
                              "updated_at, answered_at, closed_at, abandoned, outcome, transfer_count, consult_count) "
                              "VALUES (%1, 'phone', (SELECT min(id) FROM customers), "
                              "(SELECT id FROM users WHERE login = %2), 'closed', 'general', '%3', '%3', %4, %5, %6, "
                              "%7, %8, %9)")
                              .arg(id)
                              .arg(text(owner), QString::fromLatin1(created), text(answered), text(closed))
                              .arg(answered ? 0 : 1)
                              .arg(text(outcome))
                              .arg(transfers)
                              .arg(consults) };
        if (reason)
            out << QStringLiteral("INSERT INTO contact_contact_reasons(contact_id, reason_id) "
                                  "SELECT %1, id FROM contact_reasons WHERE code = '%2'")
                       .arg(id)
                       .arg(QString::fromLatin1(reason));
        return out;
    };
    const auto followUp = [](int id, const char *owner, const char *due, const char *done) {
        return QStringLiteral(
                   "UPDATE contacts SET follow_up_owner_user_id = (SELECT id FROM users WHERE login = '%1'), "
                   "follow_up_due = '%2', follow_up_done_at = %3 WHERE id = %4")
            .arg(QString::fromLatin1(owner), QString::fromLatin1(due),
                 done ? QStringLiteral("'%1'").arg(QString::fromLatin1(done)) : QStringLiteral("NULL"))
            .arg(id);
    };
    const auto survey = [](int id, const char *csat, const char *nps) {
        return QStringLiteral("INSERT INTO surveys(contact_id, csat, nps, recorded_at) VALUES (%1, %2, %3, "
                              "'2026-03-05T00:00:00.000Z')")
            .arg(id)
            .arg(QString::fromLatin1(csat), QString::fromLatin1(nps));
    };
    QStringList all;
    // agent1 (Anna Berger): waits 10, 30, 20 s; handled 300, 600, 200 s.
    all << contact(900101, "agent1", "2026-03-02T10:00:00.000Z", "2026-03-02T10:00:10.000Z", "2026-03-02T10:05:10.000Z",
                   "resolved", 0, 0, "orders.where");
    all << survey(900101, "5", "10");
    all << contact(900102, "agent1", "2026-03-02T11:00:00.000Z", "2026-03-02T11:00:30.000Z", "2026-03-02T11:10:30.000Z",
                   "follow_up", 1, 2, "orders.new");
    all << followUp(900102, "agent1", "2026-03-03", "2026-03-03T12:00:00.000Z"); // due all of 3 March: on time
    all << survey(900102, "3", "6");
    all << contact(900103, "agent1", "2026-03-03T09:00:00.000Z", "2026-03-03T09:00:20.000Z", "2026-03-03T09:03:40.000Z",
                   "resolved", 0, 1, "billing.explain");
    all << survey(900103, "NULL", "9");
    // agent2 (Tomasz Nowicki): waits 60, 40, 10 s; handled 600, 200, 300 s.
    all << contact(900104, "agent2", "2026-03-02T12:00:00.000Z", "2026-03-02T12:01:00.000Z", "2026-03-02T12:11:00.000Z",
                   "follow_up", 0, 0, "billing.explain");
    all << followUp(900104, "agent2", "2026-03-02T18:00:00.000Z", "2026-03-03T09:00:00.000Z"); // late
    all << contact(900105, "agent2", "2026-03-03T14:00:00.000Z", "2026-03-03T14:00:40.000Z", "2026-03-03T14:04:00.000Z",
                   "follow_up", 0, 0, "product.price");
    all << followUp(900105, "agent2", "2099-01-01", nullptr); // open, not due yet: not counted
    all << contact(900106, "agent2", "2026-03-03T15:00:00.000Z", "2026-03-03T15:00:10.000Z", "2026-03-03T15:05:10.000Z",
                   "resolved", 2, 0, "orders.where");
    all << survey(900106, "4", "7");
    // Abandoned in the queue: in the totals, nobody's in the per-agent table.
    all << contact(900107, nullptr, "2026-03-02T13:00:00.000Z", nullptr, "2026-03-02T13:01:00.000Z", nullptr, 0, 0,
                   nullptr);
    all << simpleTransitions(900101, 900107);
    return all;
}

struct AgentReportFixture
{
    QTemporaryDir dir;
    CoordinatorProcess coordinator;
    Desk lead;
    Desk admin;

    bool start()
    {
        CoordinatorProcess::Options options;
        options.demoCustomers = 30;
        if (!coordinator.start(options) || !lead.login(coordinator.url(), QStringLiteral("lead1"))
            || !admin.login(coordinator.url(), QStringLiteral("admin")))
            return false;
        sql(coordinator.dbPath(), agentWorld());
        return true;
    }
    static Reply report(Desk &desk)
    {
        return call(desk.connection, QStringLiteral("report.get"),
                    { { QStringLiteral("from"), QStringLiteral("2026-03-02") },
                      { QStringLiteral("to"), QStringLiteral("2026-03-03") } });
    }
    void setTeam(const char *login, const char *team)
    {
        sql(coordinator.dbPath(),
            { QStringLiteral("UPDATE users SET team = '%1' WHERE login = '%2'")
                  .arg(QString::fromLatin1(team), QString::fromLatin1(login)) });
    }
};

QStringList loginsOf(const Reply &r)
{
    QStringList out;
    for (const QJsonValue &v : r.data.value(QStringLiteral("byAgent")).toArray())
        out << v.toObject().value(QStringLiteral("login")).toString();
    return out;
}

} // namespace

TEST(AgentReports, PerAgentFiguresMatchTheHandComputedWorld)
{
    AgentReportFixture f;
    ASSERT_TRUE(f.start());
    const Reply r = AgentReportFixture::report(f.lead);
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    const QJsonArray agents = r.data.value(QStringLiteral("byAgent")).toArray();
    ASSERT_EQ(agents.size(), 2); // sorted by name: Anna Berger, Tomasz Nowicki

    const QJsonObject anna = agents.at(0).toObject();
    EXPECT_EQ(anna.value(QStringLiteral("login")).toString(), QStringLiteral("agent1"));
    EXPECT_EQ(anna.value(QStringLiteral("label")).toString(), QStringLiteral("Anna Berger"));
    EXPECT_EQ(anna.value(QStringLiteral("team")).toString(), QString());
    EXPECT_EQ(anna.value(QStringLiteral("contacts")).toInt(), 3);
    EXPECT_EQ(anna.value(QStringLiteral("handled")).toInt(), 3);
    EXPECT_DOUBLE_EQ(anna.value(QStringLiteral("fcrRate")).toDouble(), 0.6667); // 900101, 900103 of 3
    EXPECT_DOUBLE_EQ(anna.value(QStringLiteral("ahtSec")).toDouble(), 366.7); // (300 + 600 + 200) / 3
    EXPECT_DOUBLE_EQ(anna.value(QStringLiteral("asaSec")).toDouble(), 20.0); // (10 + 30 + 20) / 3
    EXPECT_DOUBLE_EQ(anna.value(QStringLiteral("transfersPerContact")).toDouble(), 0.3333); // 1 / 3
    EXPECT_DOUBLE_EQ(anna.value(QStringLiteral("consultsPerContact")).toDouble(), 1.0); // 3 / 3
    EXPECT_EQ(anna.value(QStringLiteral("followUpsDue")).toInt(), 1);
    EXPECT_EQ(anna.value(QStringLiteral("followUpsOnTime")).toInt(), 1);
    EXPECT_DOUBLE_EQ(anna.value(QStringLiteral("followUpOnTimeRate")).toDouble(), 1.0);
    EXPECT_DOUBLE_EQ(anna.value(QStringLiteral("csatAvg")).toDouble(), 4.0); // (5 + 3) / 2
    EXPECT_EQ(anna.value(QStringLiteral("csatCount")).toInt(), 2);
    EXPECT_EQ(anna.value(QStringLiteral("nps")).toInt(), 33); // promoters 10, 9; detractor 6: (2 - 1) / 3
    EXPECT_EQ(anna.value(QStringLiteral("npsCount")).toInt(), 3);

    const QJsonObject tomasz = agents.at(1).toObject();
    EXPECT_EQ(tomasz.value(QStringLiteral("login")).toString(), QStringLiteral("agent2"));
    EXPECT_EQ(tomasz.value(QStringLiteral("handled")).toInt(), 3);
    EXPECT_DOUBLE_EQ(tomasz.value(QStringLiteral("fcrRate")).toDouble(), 0.0); // resolved only after 2 transfers
    EXPECT_DOUBLE_EQ(tomasz.value(QStringLiteral("ahtSec")).toDouble(), 366.7); // (600 + 200 + 300) / 3
    EXPECT_DOUBLE_EQ(tomasz.value(QStringLiteral("asaSec")).toDouble(), 36.7); // (60 + 40 + 10) / 3
    EXPECT_DOUBLE_EQ(tomasz.value(QStringLiteral("transfersPerContact")).toDouble(), 0.6667); // 2 / 3
    EXPECT_DOUBLE_EQ(tomasz.value(QStringLiteral("consultsPerContact")).toDouble(), 0.0);
    EXPECT_EQ(tomasz.value(QStringLiteral("followUpsDue")).toInt(), 1); // the open one is not due yet
    EXPECT_EQ(tomasz.value(QStringLiteral("followUpsOnTime")).toInt(), 0); // done the morning after
    EXPECT_DOUBLE_EQ(tomasz.value(QStringLiteral("followUpOnTimeRate")).toDouble(), 0.0);
    EXPECT_DOUBLE_EQ(tomasz.value(QStringLiteral("csatAvg")).toDouble(), 4.0);
    EXPECT_EQ(tomasz.value(QStringLiteral("nps")).toInt(), 0); // one passive (7)
    EXPECT_EQ(tomasz.value(QStringLiteral("npsCount")).toInt(), 1);

    // The abandoned contact counts for the floor, not for an agent.
    EXPECT_EQ(r.data.value(QStringLiteral("totals")).toObject().value(QStringLiteral("contacts")).toInt(), 7);
    // Avoidable demand: 900101, 900103, 900104 and 900106 ("Where is my order?", "Explain an
    // invoice") of the six contacts with a reason; "New order" and "Availability and price" are b.
    const QJsonObject avoidable = r.data.value(QStringLiteral("avoidableDemand")).toObject();
    EXPECT_EQ(avoidable.value(QStringLiteral("contacts")).toInt(), 4);
    EXPECT_EQ(avoidable.value(QStringLiteral("classified")).toInt(), 6);
    EXPECT_DOUBLE_EQ(avoidable.value(QStringLiteral("share")).toDouble(), 0.6667);
}

TEST(AgentReports, ALeadWithATeamSeesOnlyTheirTeamsAgents)
{
    AgentReportFixture f;
    ASSERT_TRUE(f.start());
    f.setTeam("agent1", "North");
    f.setTeam("agent2", "South");

    // Without a team of their own, a lead sees everyone.
    Reply r = AgentReportFixture::report(f.lead);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(loginsOf(r), (QStringList { QStringLiteral("agent1"), QStringLiteral("agent2") }))
        << QJsonDocument(r.data).toJson().toStdString();
    EXPECT_FALSE(r.data.contains(QStringLiteral("team")));

    f.setTeam("lead1", "North");
    r = AgentReportFixture::report(f.lead);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(loginsOf(r), QStringList { QStringLiteral("agent1") });
    EXPECT_EQ(r.data.value(QStringLiteral("team")).toString(), QStringLiteral("North"));
    EXPECT_EQ(
        r.data.value(QStringLiteral("byAgent")).toArray().at(0).toObject().value(QStringLiteral("team")).toString(),
        QStringLiteral("North"));
    // The floor's figures stay the floor's.
    EXPECT_EQ(r.data.value(QStringLiteral("totals")).toObject().value(QStringLiteral("contacts")).toInt(), 7);

    // Admins see every team.
    const Reply asAdmin = AgentReportFixture::report(f.admin);
    ASSERT_TRUE(asAdmin.ok);
    EXPECT_EQ(loginsOf(asAdmin), (QStringList { QStringLiteral("agent1"), QStringLiteral("agent2") }));

    // An agent gets no report at all.
    Desk agent;
    ASSERT_TRUE(agent.login(f.coordinator.url(), QStringLiteral("agent3")));
    EXPECT_EQ(errorName(AgentReportFixture::report(agent)), QStringLiteral("forbidden"));
}
