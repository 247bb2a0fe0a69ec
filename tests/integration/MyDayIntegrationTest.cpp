#include "LeadTestSupport.h"

// What the agent's "My day" page asks the coordinator: the queues each person serves, with how
// many contacts wait in them. Real coordinator, real clients: two agents, an expert and a lead.

using namespace spocs;
using namespace spocs::test;
using namespace spocs::test::lead;

namespace {

struct MyDayFixture
{
    QTemporaryDir dir;
    CoordinatorProcess coordinator;
    Desk lead;

    bool start()
    {
        CoordinatorProcess::Options options;
        options.demoCustomers = 30;
        // Offers wait long enough that nothing moves while the test looks.
        options.extraArgs
            = { QStringLiteral("--config"), writeConfig(dir, QStringLiteral("[routing]\noffer_timeout_ms=60000\n")) };
        return coordinator.start(options) && lead.login(coordinator.url(), QStringLiteral("lead1"));
    }
    bool setSkills(const QString &login, const QStringList &skills)
    {
        QJsonArray list;
        for (const QString &skill : skills)
            list.append(QJsonObject { { QStringLiteral("skill"), skill }, { QStringLiteral("level"), 3 } });
        const Reply r = callWrite(lead.connection, QStringLiteral("skill.set"),
                                  { { QStringLiteral("cid"), newCid() },
                                    { QStringLiteral("user"), userIdOf(lead.connection, login) },
                                    { QStringLiteral("skills"), list } });
        EXPECT_TRUE(r.ok) << r.error.message.toStdString();
        return r.ok;
    }
};

// queue -> waiting, and which queues were listed at all.
QHash<QString, int> waitingSeenBy(Connection &c, QHash<QString, QString> *oldest = nullptr)
{
    const Reply r = call(c, QStringLiteral("queue.waiting"));
    EXPECT_TRUE(r.ok) << r.error.message.toStdString();
    QHash<QString, int> out;
    for (const QJsonValue &v : r.data.value(QStringLiteral("queues")).toArray()) {
        const QJsonObject q = v.toObject();
        out.insert(q.value(QStringLiteral("queue")).toString(), q.value(QStringLiteral("waiting")).toInt());
        if (oldest)
            oldest->insert(q.value(QStringLiteral("queue")).toString(),
                           q.value(QStringLiteral("oldestSince")).toString());
        EXPECT_FALSE(q.value(QStringLiteral("label")).toString().isEmpty());
    }
    return out;
}

} // namespace

TEST(MyDay, EachPersonSeesTheQueuesTheyServeWithTheirWaitingCounts)
{
    MyDayFixture f;
    ASSERT_TRUE(f.start());
    ASSERT_NE(
        sql(f.coordinator.dbPath(),
            { QStringLiteral("INSERT INTO skills(code, label, position) VALUES ('md_returns', 'Returns (test)', 90)"),
              QStringLiteral("SELECT 1") }),
        -1);
    ASSERT_TRUE(f.setSkills(QStringLiteral("agent2"), { QStringLiteral("md_returns") }));
    ASSERT_TRUE(f.setSkills(QStringLiteral("agent3"), {}));
    ASSERT_TRUE(f.setSkills(QStringLiteral("expert1"), { QStringLiteral("md_returns") }));

    Desk skilled, plain, expert;
    ASSERT_TRUE(skilled.login(f.coordinator.url(), QStringLiteral("agent2")));
    ASSERT_TRUE(plain.login(f.coordinator.url(), QStringLiteral("agent3")));
    ASSERT_TRUE(expert.login(f.coordinator.url(), QStringLiteral("expert1")));

    const QHash<QString, int> before = waitingSeenBy(skilled.connection);
    ASSERT_TRUE(before.contains(QStringLiteral("general")));
    ASSERT_EQ(before.value(QStringLiteral("md_returns")), 0);

    // Nobody is available, so the contacts stay queued: two for returns, one general.
    for (const QString &queue :
         { QStringLiteral("md_returns"), QStringLiteral("md_returns"), QStringLiteral("general") })
        ASSERT_TRUE(inbound(f.lead.connection, QStringLiteral("C-1003"), { { QStringLiteral("queue"), queue } }).ok);

    QHash<QString, QString> oldest;
    const QHash<QString, int> agentSees = waitingSeenBy(skilled.connection, &oldest);
    EXPECT_EQ(agentSees.value(QStringLiteral("md_returns")), 2);
    EXPECT_EQ(agentSees.value(QStringLiteral("general")), before.value(QStringLiteral("general")) + 1);
    EXPECT_FALSE(oldest.value(QStringLiteral("md_returns")).isEmpty());
    // Only the queues routing would offer them: general and their one skill.
    EXPECT_EQ(agentSees.size(), 2);

    const QHash<QString, int> plainSees = waitingSeenBy(plain.connection);
    EXPECT_TRUE(plainSees.contains(QStringLiteral("general")));
    EXPECT_FALSE(plainSees.contains(QStringLiteral("md_returns")));

    // An expert takes no general contacts, only those of their skills.
    const QHash<QString, int> expertSees = waitingSeenBy(expert.connection);
    EXPECT_FALSE(expertSees.contains(QStringLiteral("general")));
    EXPECT_EQ(expertSees.value(QStringLiteral("md_returns")), 2);

    // A lead watches every queue.
    const QHash<QString, int> leadSees = waitingSeenBy(f.lead.connection);
    EXPECT_EQ(leadSees.value(QStringLiteral("md_returns")), 2);
    EXPECT_TRUE(leadSees.contains(QStringLiteral("general")));
}
