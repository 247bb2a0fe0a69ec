#include "ClientHelpers.h"
#include "CoordinatorProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>

using namespace spocs;
using namespace spocs::test;

namespace {

QString newCid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A coordinator whose offers time out after `timeoutMs`.
bool startWithTimeout(CoordinatorProcess &coordinator, QTemporaryDir &dir, int timeoutMs)
{
    const QString path = dir.filePath(QStringLiteral("routing.ini"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QStringLiteral("[routing]\noffer_timeout_ms=%1\n").arg(timeoutMs).toUtf8());
    file.close();
    CoordinatorProcess::Options options;
    options.demoCustomers = 30;
    options.extraArgs = { QStringLiteral("--config"), path };
    return coordinator.start(options);
}

// A signed-in desktop that records the offers it receives.
struct Desk
{
    Connection connection;
    qint64 userId = 0;
    QList<QJsonObject> offers;

    bool login(const QUrl &url, const QString &user)
    {
        const Reply r = loginAndWait(connection, url, user);
        if (!r.ok)
            return false;
        const Reply me = call(connection, QStringLiteral("session.me"));
        userId = me.data.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger();
        if (userId == 0)
            return false;
        QObject::connect(&connection, &Connection::eventReceived, &connection, [this](const protocol::Event &e) {
            if (e.kind == u"contact.offered")
                offers.append(e.data);
        });
        connection.subscribe(QStringLiteral("user:%1").arg(userId));
        return true;
    }
    bool setPresence(const QString &state)
    {
        return call(connection, QStringLiteral("presence.set"), { { QStringLiteral("state"), state } }).ok;
    }
    qint64 waitForOffer(int timeoutMs = 15000)
    {
        (void)QTest::qWaitFor([&] { return !offers.isEmpty(); }, timeoutMs);
        if (offers.isEmpty())
            return 0;
        return offers.takeFirst().value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger();
    }
};

struct People
{
    QString owner;
    QString backup;
};

People ownerAndBackup(Connection &lead, const QString &customer)
{
    const Reply r = call(lead, QStringLiteral("customer.get"), { { QStringLiteral("id"), customer } });
    const QJsonObject c = r.data.value(QStringLiteral("customer")).toObject();
    return { c.value(QStringLiteral("owner")).toObject().value(QStringLiteral("login")).toString(),
             c.value(QStringLiteral("backup")).toObject().value(QStringLiteral("login")).toString() };
}

qint64 inbound(Connection &lead, const QString &customer, const QString &channel = QStringLiteral("phone"))
{
    const Reply r = callWrite(lead, QStringLiteral("contact.inbound"),
                              { { QStringLiteral("cid"), newCid() },
                                { QStringLiteral("channel"), channel },
                                { QStringLiteral("customer"), customer } });
    EXPECT_TRUE(r.ok) << r.error.message.toStdString();
    return r.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger();
}

struct Fixture
{
    QTemporaryDir dir;
    CoordinatorProcess coordinator;
    Connection lead;
    People people;
    QString customer = QStringLiteral("C-1003");
    int offerTimeoutMs = 500; // fast, so time-outs can be watched

    bool start()
    {
        return startWithTimeout(coordinator, dir, offerTimeoutMs)
            && loginAndWait(lead, coordinator.url(), QStringLiteral("lead1")).ok
            && !(people = ownerAndBackup(lead, customer)).owner.isEmpty();
    }
    // Some agent who is neither owner nor backup.
    QString other() const
    {
        for (int i = 1; i <= 20; ++i) {
            const QString login = QStringLiteral("agent%1").arg(i);
            if (login != people.owner && login != people.backup)
                return login;
        }
        return {};
    }
};

} // namespace

TEST(Routing, AvailableOwnerGetsTheOfferFirst)
{
    Fixture f;
    ASSERT_TRUE(f.start());
    Desk owner, backup;
    ASSERT_TRUE(owner.login(f.coordinator.url(), f.people.owner));
    ASSERT_TRUE(backup.login(f.coordinator.url(), f.people.backup));
    const qint64 id = inbound(f.lead, f.customer);
    EXPECT_EQ(owner.waitForOffer(), id);
    EXPECT_TRUE(backup.offers.isEmpty());
}

TEST(Routing, OwnerOnBreakSendsTheOfferToTheBackup)
{
    Fixture f;
    ASSERT_TRUE(f.start());
    Desk owner, backup;
    ASSERT_TRUE(owner.login(f.coordinator.url(), f.people.owner));
    ASSERT_TRUE(owner.setPresence(QStringLiteral("break")));
    ASSERT_TRUE(backup.login(f.coordinator.url(), f.people.backup));
    const qint64 id = inbound(f.lead, f.customer);
    EXPECT_EQ(backup.waitForOffer(), id);
    EXPECT_TRUE(owner.offers.isEmpty());
}

TEST(Routing, OwnerAndBackupAwayGoesToAnotherAvailableAgent)
{
    Fixture f;
    ASSERT_TRUE(f.start());
    Desk other;
    ASSERT_TRUE(other.login(f.coordinator.url(), f.other()));
    const qint64 id = inbound(f.lead, f.customer);
    EXPECT_EQ(other.waitForOffer(), id);
}

TEST(Routing, UnansweredOfferMovesOnToTheNextCandidate)
{
    Fixture f;
    ASSERT_TRUE(f.start());
    Desk owner, backup;
    ASSERT_TRUE(owner.login(f.coordinator.url(), f.people.owner));
    ASSERT_TRUE(backup.login(f.coordinator.url(), f.people.backup));
    const qint64 id = inbound(f.lead, f.customer);
    EXPECT_EQ(owner.waitForOffer(), id);
    EXPECT_EQ(backup.waitForOffer(), id); // after the 500 ms time-out
    // The owner can no longer take the expired offer.
    const Reply late = callWrite(owner.connection, QStringLiteral("contact.accept"),
                                 { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), id } });
    EXPECT_EQ(errorName(late), QStringLiteral("invalid_state"));
}

TEST(Routing, NobodyAvailableKeepsTheContactQueuedUntilSomeoneIs)
{
    Fixture f;
    ASSERT_TRUE(f.start());
    Desk owner;
    ASSERT_TRUE(owner.login(f.coordinator.url(), f.people.owner));
    ASSERT_TRUE(owner.setPresence(QStringLiteral("break")));
    const qint64 id = inbound(f.lead, f.customer);
    QTest::qWait(300);
    const Reply queued = call(f.lead, QStringLiteral("contact.get"), { { QStringLiteral("id"), id } });
    EXPECT_EQ(queued.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("state")).toString(),
              QStringLiteral("queued"));
    ASSERT_TRUE(owner.setPresence(QStringLiteral("available")));
    EXPECT_EQ(owner.waitForOffer(), id);
}

TEST(Routing, ContactLifecycleFromInboundToClose)
{
    Fixture f;
    f.offerTimeoutMs = 20000; // a slow machine must not lose the offer before accepting
    ASSERT_TRUE(f.start());
    Desk owner;
    ASSERT_TRUE(owner.login(f.coordinator.url(), f.people.owner));
    Connection &c = owner.connection;
    const qint64 id = inbound(f.lead, f.customer);
    ASSERT_EQ(owner.waitForOffer(), id);
    const Reply accepted = callWrite(c, QStringLiteral("contact.accept"),
                                     { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), id } });
    ASSERT_TRUE(accepted.ok) << accepted.error.message.toStdString();
    EXPECT_EQ(accepted.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("state")).toString(),
              QStringLiteral("active"));
    const Reply me = call(c, QStringLiteral("session.me"));
    EXPECT_EQ(me.data.value(QStringLiteral("user")).toObject().value(QStringLiteral("presence")).toString(),
              QStringLiteral("on_contact"));

    // The customer view lists the open contact.
    Reply view = call(c, QStringLiteral("customer.get"), { { QStringLiteral("id"), f.customer } });
    const QJsonArray open = view.data.value(QStringLiteral("openContacts")).toArray();
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.at(0).toObject().value(QStringLiteral("id")).toInteger(), id);
    EXPECT_EQ(open.at(0).toObject().value(QStringLiteral("owner")).toObject().value(QStringLiteral("login")),
              f.people.owner);

    const Reply t1 = callWrite(c, QStringLiteral("contact.task.add"),
                               { { QStringLiteral("cid"), newCid() },
                                 { QStringLiteral("id"), id },
                                 { QStringLiteral("kind"), QStringLiteral("order_status") } });
    const Reply t2 = callWrite(c, QStringLiteral("contact.task.add"),
                               { { QStringLiteral("cid"), newCid() },
                                 { QStringLiteral("id"), id },
                                 { QStringLiteral("kind"), QStringLiteral("billing_question") } });
    ASSERT_TRUE(t1.ok && t2.ok);
    const Reply badKind = callWrite(c, QStringLiteral("contact.task.add"),
                                    { { QStringLiteral("cid"), newCid() },
                                      { QStringLiteral("id"), id },
                                      { QStringLiteral("kind"), QStringLiteral("juggling") } });
    EXPECT_EQ(errorName(badKind), QStringLiteral("bad_request"));
    const Reply resolved = callWrite(c, QStringLiteral("contact.task.resolve"),
                                     { { QStringLiteral("cid"), newCid() },
                                       { QStringLiteral("id"), id },
                                       { QStringLiteral("task"), t1.data.value(QStringLiteral("task")) } });
    ASSERT_TRUE(resolved.ok) << resolved.error.message.toStdString();
    const QJsonObject contact = resolved.data.value(QStringLiteral("contact")).toObject();
    ASSERT_EQ(contact.value(QStringLiteral("tasks")).toArray().size(), 2);
    EXPECT_TRUE(
        contact.value(QStringLiteral("tasks")).toArray().at(0).toObject().value(QStringLiteral("resolved")).toBool());
    const qint64 version = contact.value(QStringLiteral("version")).toInteger();

    const Reply noReasons = callWrite(c, QStringLiteral("contact.close"),
                                      { { QStringLiteral("cid"), newCid() },
                                        { QStringLiteral("id"), id },
                                        { QStringLiteral("version"), version },
                                        { QStringLiteral("reasons"), QJsonArray {} },
                                        { QStringLiteral("outcome"), QStringLiteral("resolved") } });
    EXPECT_EQ(errorName(noReasons), QStringLiteral("bad_request"));
    const Reply stale = callWrite(c, QStringLiteral("contact.close"),
                                  { { QStringLiteral("cid"), newCid() },
                                    { QStringLiteral("id"), id },
                                    { QStringLiteral("version"), version - 1 },
                                    { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } },
                                    { QStringLiteral("outcome"), QStringLiteral("resolved") } });
    EXPECT_EQ(errorName(stale), QStringLiteral("version_conflict"));
    const Reply closed = callWrite(
        c, QStringLiteral("contact.close"),
        { { QStringLiteral("cid"), newCid() },
          { QStringLiteral("id"), id },
          { QStringLiteral("version"), version },
          { QStringLiteral("reasons"),
            QJsonArray { QStringLiteral("orders.where"), QStringLiteral("billing.explain") } },
          { QStringLiteral("outcome"), QStringLiteral("follow_up") },
          { QStringLiteral("followUp"), QJsonObject { { QStringLiteral("due"), QStringLiteral("2030-01-15") } } } });
    ASSERT_TRUE(closed.ok) << closed.error.message.toStdString();
    const QJsonObject done = closed.data.value(QStringLiteral("contact")).toObject();
    EXPECT_EQ(done.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    EXPECT_EQ(done.value(QStringLiteral("outcome")).toString(), QStringLiteral("follow_up"));
    EXPECT_EQ(done.value(QStringLiteral("reasons")).toArray().size(), 2);
    QStringList states;
    for (const QJsonValue &t : done.value(QStringLiteral("transitions")).toArray())
        states << t.toObject().value(QStringLiteral("state")).toString();
    EXPECT_EQ(states,
              (QStringList { QStringLiteral("queued"), QStringLiteral("offered"), QStringLiteral("active"),
                             QStringLiteral("after_contact_work"), QStringLiteral("closed") }));
    const Reply after = call(c, QStringLiteral("session.me"));
    EXPECT_EQ(after.data.value(QStringLiteral("user")).toObject().value(QStringLiteral("presence")).toString(),
              QStringLiteral("after_contact_work"));

    view = call(c, QStringLiteral("customer.get"), { { QStringLiteral("id"), f.customer } });
    EXPECT_TRUE(view.data.value(QStringLiteral("openContacts")).toArray().isEmpty());
}

TEST(Routing, BadInputAndForeignOffersGetTypedErrors)
{
    Fixture f;
    ASSERT_TRUE(f.start());
    const Reply badChannel = callWrite(f.lead, QStringLiteral("contact.inbound"),
                                       { { QStringLiteral("cid"), newCid() },
                                         { QStringLiteral("channel"), QStringLiteral("pigeon") },
                                         { QStringLiteral("customer"), f.customer } });
    EXPECT_EQ(errorName(badChannel), QStringLiteral("bad_request"));
    const Reply noCustomer = callWrite(f.lead, QStringLiteral("contact.inbound"),
                                       { { QStringLiteral("cid"), newCid() },
                                         { QStringLiteral("channel"), QStringLiteral("chat") },
                                         { QStringLiteral("customer"), QStringLiteral("C-999999") } });
    EXPECT_EQ(errorName(noCustomer), QStringLiteral("not_found"));
    const Reply missing = call(f.lead, QStringLiteral("contact.get"), { { QStringLiteral("id"), 424242 } });
    EXPECT_EQ(errorName(missing), QStringLiteral("not_found"));
    const Reply reasons = call(f.lead, QStringLiteral("reason.list"));
    ASSERT_TRUE(reasons.ok);
    EXPECT_GE(reasons.data.value(QStringLiteral("reasons")).toArray().size(), 10);
    // Another user's offers are private.
    Desk other;
    ASSERT_TRUE(other.login(f.coordinator.url(), f.other()));
    const Reply peek
        = call(other.connection, QStringLiteral("events.subscribe"),
               { { QStringLiteral("topics"), QJsonArray { QStringLiteral("user:%1").arg(other.userId + 1) } } });
    EXPECT_EQ(errorName(peek), QStringLiteral("forbidden"));
}
