#include "ConsultSupport.h"

// customer.reassign against the real coordinator: a leaver's customers and open follow-ups
// move to a colleague, who hears of it, as do the leaver and an agent with one of the customers
// open; who may move customers; bad input moves nothing.

using namespace spocs;
using namespace spocs::test;
using namespace spocs::test::consult;

namespace {

QString ownerLogin(Connection &c, const QString &customer)
{
    const Reply r = call(c, QStringLiteral("customer.get"), { { QStringLiteral("id"), customer } });
    EXPECT_TRUE(r.ok) << r.error.message.toStdString();
    return r.data.value(QStringLiteral("customer"))
        .toObject()
        .value(QStringLiteral("owner"))
        .toObject()
        .value(QStringLiteral("login"))
        .toString();
}

// The contact ids of a user's open follow-ups, as a lead sees them.
QList<qint64> openFollowUps(Connection &lead, qint64 owner)
{
    const Reply r = call(lead, QStringLiteral("followup.list"), { { QStringLiteral("owner"), owner } });
    EXPECT_TRUE(r.ok) << r.error.message.toStdString();
    QList<qint64> ids;
    for (const QJsonValue &f : r.data.value(QStringLiteral("followUps")).toArray())
        ids.append(idOf(f.toObject().value(QStringLiteral("contact"))));
    return ids;
}

QStringList customerIds(const QJsonObject &data)
{
    QStringList ids;
    for (const QJsonValue &c : data.value(QStringLiteral("customers")).toArray())
        ids.append(c.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

QString fieldOf(const Reply &r)
{
    return r.error.details.value(QStringLiteral("field")).toString();
}

} // namespace

TEST(Reassign, LeaversCustomersAndFollowUpsMoveAndEveryoneConcernedHears)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk leaver, heir, viewer, lead;
    ASSERT_TRUE(leaver.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(heir.signIn(w.coordinator.url(), w.otherAgent(0)));
    ASSERT_TRUE(viewer.signIn(w.coordinator.url(), w.otherAgent(1)));
    ASSERT_TRUE(lead.signIn(w.coordinator.url(), QStringLiteral("lead1")));
    ASSERT_TRUE(viewer.follow(QStringLiteral("customer:%1").arg(w.customer)));

    // The leaver closes a contact of their customer with a follow-up they own.
    const qint64 contact = w.activeContact(leaver);
    ASSERT_GT(contact, 0);
    const qint64 version = contactOf(leaver.connection, contact).value(QStringLiteral("version")).toInteger();
    const Reply closed = leaver.write(
        QStringLiteral("contact.close"),
        { { QStringLiteral("id"), contact },
          { QStringLiteral("version"), version },
          { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } },
          { QStringLiteral("outcome"), QStringLiteral("follow_up") },
          { QStringLiteral("followUp"), QJsonObject { { QStringLiteral("due"), QStringLiteral("2030-01-15") } } } });
    ASSERT_TRUE(closed.ok) << closed.error.message.toStdString();
    ASSERT_TRUE(openFollowUps(lead.connection, leaver.userId).contains(contact));

    const Reply moved
        = lead.write(QStringLiteral("customer.reassign"),
                     { { QStringLiteral("from"), leaver.userId }, { QStringLiteral("owner"), heir.userId } });
    ASSERT_TRUE(moved.ok) << moved.error.message.toStdString();
    EXPECT_TRUE(customerIds(moved.data).contains(w.customer));
    EXPECT_TRUE(moved.data.value(QStringLiteral("followUps")).toArray().contains(contact));
    EXPECT_EQ(moved.data.value(QStringLiteral("owner")).toObject().value(QStringLiteral("login")).toString(),
              heir.login);
    EXPECT_EQ(moved.data.value(QStringLiteral("from")).toObject().value(QStringLiteral("login")).toString(),
              leaver.login);

    // Every customer of the leaver now belongs to the heir; none is left with the leaver.
    for (const QString &id : customerIds(moved.data))
        EXPECT_EQ(ownerLogin(lead.connection, id), heir.login) << id.toStdString();
    EXPECT_TRUE(openFollowUps(lead.connection, leaver.userId).isEmpty());
    EXPECT_TRUE(openFollowUps(heir.connection, heir.userId).contains(contact));
    EXPECT_EQ(contactOf(lead.connection, contact)
                  .value(QStringLiteral("followUp"))
                  .toObject()
                  .value(QStringLiteral("owner"))
                  .toObject()
                  .value(QStringLiteral("login"))
                  .toString(),
              heir.login);
    // The history says so.
    const Reply view = call(lead.connection, QStringLiteral("customer.get"), { { QStringLiteral("id"), w.customer } });
    const QJsonObject newest = view.data.value(QStringLiteral("recentHistory")).toArray().first().toObject();
    EXPECT_TRUE(newest.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("Owner changed from")))
        << newest.value(QStringLiteral("text")).toString().toStdString();
    EXPECT_EQ(newest.value(QStringLiteral("author")).toString(), QStringLiteral("lead1"));

    // Both users hear of it; the open view gets the new owner; both follow-up lists follow.
    for (Desk *desk : { &heir, &leaver }) {
        const QJsonObject told = desk->take(QStringLiteral("customer.reassigned"));
        ASSERT_FALSE(told.isEmpty()) << desk->login.toStdString();
        EXPECT_TRUE(customerIds(told).contains(w.customer));
        EXPECT_FALSE(
            desk->take(QStringLiteral("followup.updated"),
                       [&](const QJsonObject &d) {
                           return idOf(d.value(QStringLiteral("followUp")).toObject().value(QStringLiteral("contact")))
                               == contact;
                       })
                .isEmpty())
            << desk->login.toStdString();
    }
    const QJsonObject updated = viewer.take(QStringLiteral("customer.updated"), [&](const QJsonObject &d) {
        return d.value(QStringLiteral("customer"))
                   .toObject()
                   .value(QStringLiteral("owner"))
                   .toObject()
                   .value(QStringLiteral("login"))
            == heir.login;
    });
    EXPECT_FALSE(updated.isEmpty());
}

TEST(Reassign, LeadsAndAdminsMoveGivenCustomersAgentsMayNot)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk agent, heir, admin, lead;
    ASSERT_TRUE(agent.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(heir.signIn(w.coordinator.url(), w.otherAgent(0)));
    ASSERT_TRUE(lead.signIn(w.coordinator.url(), QStringLiteral("lead1")));
    ASSERT_TRUE(loginAndWait(admin.connection, w.coordinator.url(), QStringLiteral("admin")).ok);

    const QJsonObject args { { QStringLiteral("customers"), QJsonArray { w.customer } },
                             { QStringLiteral("owner"), heir.userId },
                             { QStringLiteral("backup"), agent.userId } };
    EXPECT_EQ(errorName(agent.write(QStringLiteral("customer.reassign"), args)), QStringLiteral("forbidden"));
    EXPECT_EQ(ownerLogin(lead.connection, w.customer), w.owner);

    const Reply byAdmin = admin.write(QStringLiteral("customer.reassign"), args);
    ASSERT_TRUE(byAdmin.ok) << byAdmin.error.message.toStdString();
    EXPECT_EQ(customerIds(byAdmin.data), QStringList { w.customer }) << "only the given customer";
    const Reply view = call(lead.connection, QStringLiteral("customer.get"), { { QStringLiteral("id"), w.customer } });
    const QJsonObject c = view.data.value(QStringLiteral("customer")).toObject();
    EXPECT_EQ(c.value(QStringLiteral("owner")).toObject().value(QStringLiteral("login")).toString(), heir.login);
    EXPECT_EQ(c.value(QStringLiteral("backup")).toObject().value(QStringLiteral("login")).toString(), w.owner);
    // The old owner is told.
    EXPECT_FALSE(agent.take(QStringLiteral("customer.reassigned")).isEmpty());
}

TEST(Reassign, UnknownOrDisabledUsersAndBadArgumentsMoveNothing)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk lead, heir;
    ASSERT_TRUE(lead.signIn(w.coordinator.url(), QStringLiteral("lead1")));
    ASSERT_TRUE(heir.signIn(w.coordinator.url(), w.otherAgent(0)));
    const qint64 leaver = userIdOf(lead.connection, w.owner);
    ASSERT_GT(leaver, 0);
    const auto reassign = [&](const QJsonObject &args) {
        return lead.write(QStringLiteral("customer.reassign"), args);
    };

    Reply r = reassign({ { QStringLiteral("from"), leaver }, { QStringLiteral("owner"), 999999 } });
    EXPECT_EQ(errorName(r), QStringLiteral("bad_request"));
    EXPECT_EQ(fieldOf(r), QStringLiteral("owner"));
    r = reassign({ { QStringLiteral("from"), 999999 }, { QStringLiteral("owner"), heir.userId } });
    EXPECT_EQ(fieldOf(r), QStringLiteral("from"));
    r = reassign({ { QStringLiteral("from"), leaver }, { QStringLiteral("owner"), leaver } });
    EXPECT_EQ(fieldOf(r), QStringLiteral("owner"));
    r = reassign({ { QStringLiteral("from"), leaver },
                   { QStringLiteral("customers"), QJsonArray { w.customer } },
                   { QStringLiteral("owner"), heir.userId } });
    EXPECT_EQ(fieldOf(r), QStringLiteral("customers"));
    r = reassign({ { QStringLiteral("owner"), heir.userId } });
    EXPECT_EQ(fieldOf(r), QStringLiteral("customers"));
    r = reassign({ { QStringLiteral("customers"), QJsonArray { w.customer, QStringLiteral("C-999999") } },
                   { QStringLiteral("owner"), heir.userId } });
    EXPECT_EQ(errorName(r), QStringLiteral("not_found"));
    EXPECT_EQ(ownerLogin(lead.connection, w.customer), w.owner) << "all or nothing";
    // An admin cannot own customers.
    r = reassign({ { QStringLiteral("from"), leaver },
                   { QStringLiteral("owner"), userIdOf(lead.connection, QStringLiteral("admin")) } });
    EXPECT_EQ(fieldOf(r), QStringLiteral("owner"));

    // A disabled user cannot take customers over.
    const CliResult disabled = runCli({ QStringLiteral("--db"), w.coordinator.dbPath(), QStringLiteral("user"),
                                        QStringLiteral("disable"), heir.login });
    ASSERT_EQ(disabled.exitCode, 0) << disabled.err.toStdString();
    r = reassign({ { QStringLiteral("from"), leaver }, { QStringLiteral("owner"), heir.userId } });
    EXPECT_EQ(errorName(r), QStringLiteral("bad_request"));
    EXPECT_EQ(fieldOf(r), QStringLiteral("owner"));
    EXPECT_EQ(ownerLogin(lead.connection, w.customer), w.owner);
}

TEST(Reassign, TheTeamViewListsAUsersCustomersBeforeAndAfterTheyMove)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk lead, heir, agent;
    ASSERT_TRUE(lead.signIn(w.coordinator.url(), QStringLiteral("lead1")));
    ASSERT_TRUE(heir.signIn(w.coordinator.url(), w.otherAgent(0)));
    ASSERT_TRUE(agent.signIn(w.coordinator.url(), w.owner));
    const auto owned = [&](Connection &c, qint64 user) {
        return call(c, QStringLiteral("customer.owned"), { { QStringLiteral("user"), user } });
    };
    const auto matchOf = [](const Reply &r, const QString &customer) {
        for (const QJsonValue &v : r.data.value(QStringLiteral("items")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == customer)
                return v.toObject().value(QStringLiteral("match")).toString();
        }
        return QString();
    };

    Reply before = owned(lead.connection, agent.userId);
    ASSERT_TRUE(before.ok) << before.error.message.toStdString();
    EXPECT_EQ(matchOf(before, w.customer), QStringLiteral("owner"));
    const qint64 count = before.data.value(QStringLiteral("total")).toInteger();
    EXPECT_GE(count, 1);
    EXPECT_LE(before.data.value(QStringLiteral("items")).toArray().size(), count);

    // Customer data: agents may not list a colleague's (or their own) book this way.
    EXPECT_EQ(errorName(owned(agent.connection, agent.userId)), QStringLiteral("forbidden"));
    EXPECT_EQ(errorName(call(lead.connection, QStringLiteral("customer.owned"), {})), QStringLiteral("bad_request"));
    EXPECT_EQ(errorName(call(lead.connection, QStringLiteral("customer.owned"),
                             { { QStringLiteral("user"), QStringLiteral("agent1") } })),
              QStringLiteral("bad_request"));

    const Reply moved
        = lead.write(QStringLiteral("customer.reassign"),
                     { { QStringLiteral("from"), agent.userId }, { QStringLiteral("owner"), heir.userId } });
    ASSERT_TRUE(moved.ok) << moved.error.message.toStdString();
    const Reply after = owned(lead.connection, agent.userId);
    ASSERT_TRUE(after.ok);
    EXPECT_TRUE(matchOf(after, w.customer).isEmpty()) << "the leaver no longer owns the customer";
    EXPECT_EQ(matchOf(owned(lead.connection, heir.userId), w.customer), QStringLiteral("owner"));
}
