#include "ClientHelpers.h"
#include "CoordinatorProcess.h"
#include "LeadTestSupport.h"

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

namespace {

Reply decline(Desk &desk, qint64 contact)
{
    return callWrite(desk.connection, QStringLiteral("contact.decline"),
                     { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), contact } });
}

// Milliseconds from the contact's last return to the queue (a decline or a lapse, not its
// arrival) to the offer that followed, from its transitions: -1 when there is none.
qint64 requeuedToReofferedMs(Connection &lead, qint64 contact)
{
    const Reply r = call(lead, QStringLiteral("contact.get"), { { QStringLiteral("id"), contact } });
    const QJsonArray transitions
        = r.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("transitions")).toArray();
    const auto at = [&transitions](qsizetype i) {
        return QDateTime::fromString(transitions.at(i).toObject().value(QStringLiteral("at")).toString(),
                                     Qt::ISODateWithMs);
    };
    const auto state = [&transitions](qsizetype i) {
        return transitions.at(i).toObject().value(QStringLiteral("state")).toString();
    };
    for (qsizetype i = transitions.size() - 1; i >= 2; --i) {
        if (state(i) == u"offered" && state(i - 1) == u"queued")
            return at(i - 1).msecsTo(at(i));
    }
    return -1;
}

} // namespace

TEST(Routing, DeclinedOfferGoesToTheNextCandidate)
{
    Fixture f;
    f.offerTimeoutMs = 20000; // only the decline moves it on
    ASSERT_TRUE(f.start());
    Desk owner, backup;
    ASSERT_TRUE(owner.login(f.coordinator.url(), f.people.owner));
    ASSERT_TRUE(backup.login(f.coordinator.url(), f.people.backup));
    const qint64 id = inbound(f.lead, f.customer);
    ASSERT_EQ(owner.waitForOffer(), id);
    const Reply declined = decline(owner, id);
    ASSERT_TRUE(declined.ok) << declined.error.message.toStdString();
    EXPECT_EQ(declined.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("state")).toString(),
              QStringLiteral("queued"));
    EXPECT_EQ(backup.waitForOffer(), id);
    // Not back to the owner while the backup has it, and the owner can no longer take it.
    EXPECT_TRUE(call(owner.connection, QStringLiteral("session.me")).ok);
    EXPECT_TRUE(owner.offers.isEmpty());
    EXPECT_EQ(errorName(decline(owner, id)), QStringLiteral("invalid_state"));
}

TEST(Routing, TheOnlyAgentWhoDeclinedIsOfferedTheContactAgainAfterAPause)
{
    Fixture f;
    f.offerTimeoutMs = 4000; // the pause before asking the same person again is a quarter of it
    ASSERT_TRUE(f.start());
    Desk agent;
    ASSERT_TRUE(agent.login(f.coordinator.url(), f.other()));
    const qint64 id = inbound(f.lead, f.customer);
    ASSERT_EQ(agent.waitForOffer(), id);
    ASSERT_TRUE(decline(agent, id).ok);
    EXPECT_EQ(agent.waitForOffer(), id);
    EXPECT_GE(requeuedToReofferedMs(f.lead, id), 1000);
}

TEST(Routing, TheOnlyAgentWhoLetTheOfferLapseIsOfferedTheContactAgain)
{
    Fixture f; // offers lapse after 500 ms
    ASSERT_TRUE(f.start());
    Desk agent;
    ASSERT_TRUE(agent.login(f.coordinator.url(), f.other()));
    const qint64 id = inbound(f.lead, f.customer);
    ASSERT_EQ(agent.waitForOffer(), id);
    EXPECT_EQ(agent.waitForOffer(), id);
    EXPECT_GE(requeuedToReofferedMs(f.lead, id), 125);
}

TEST(Routing, BackFromABreakTheOneWhoDeclinedIsOfferedTheContactAtOnce)
{
    Fixture f;
    f.offerTimeoutMs = 60000; // a pause of 15 s: the offer below comes from the presence change
    ASSERT_TRUE(f.start());
    Desk agent;
    ASSERT_TRUE(agent.login(f.coordinator.url(), f.other()));
    const qint64 id = inbound(f.lead, f.customer);
    ASSERT_EQ(agent.waitForOffer(), id);
    ASSERT_TRUE(decline(agent, id).ok);
    ASSERT_TRUE(agent.setPresence(QStringLiteral("break")));
    ASSERT_TRUE(agent.setPresence(QStringLiteral("available")));
    EXPECT_EQ(agent.waitForOffer(10000), id);
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
    const Reply waiting = call(c, QStringLiteral("contact.get"), { { QStringLiteral("id"), id } });
    const QJsonObject queued = waiting.data.value(QStringLiteral("contact")).toObject();
    EXPECT_EQ(queued.value(QStringLiteral("queue")).toString(), QStringLiteral("general"));
    EXPECT_FALSE(queued.contains(QStringLiteral("answeredAt")));
    EXPECT_EQ(queued.value(QStringLiteral("transferCount")).toInt(), 0);
    EXPECT_EQ(queued.value(QStringLiteral("notes")).toString(), QString());
    ASSERT_EQ(queued.value(QStringLiteral("participants")).toArray().size(), 1);
    EXPECT_EQ(queued.value(QStringLiteral("participants")).toArray().at(0).toObject().value(QStringLiteral("role")),
              QStringLiteral("customer"));
    const Reply accepted = callWrite(c, QStringLiteral("contact.accept"),
                                     { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), id } });
    ASSERT_TRUE(accepted.ok) << accepted.error.message.toStdString();
    EXPECT_EQ(accepted.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("state")).toString(),
              QStringLiteral("active"));
    const QJsonObject active = accepted.data.value(QStringLiteral("contact")).toObject();
    EXPECT_TRUE(active.contains(QStringLiteral("answeredAt")));
    const QJsonArray participants = active.value(QStringLiteral("participants")).toArray();
    ASSERT_EQ(participants.size(), 2);
    EXPECT_EQ(participants.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("owner"));
    EXPECT_EQ(participants.at(1).toObject().value(QStringLiteral("user")).toObject().value(QStringLiteral("login")),
              f.people.owner);
    EXPECT_TRUE(participants.at(1).toObject().value(QStringLiteral("leftAt")).isNull());
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
    EXPECT_EQ(done.value(QStringLiteral("answeredAt")), active.value(QStringLiteral("answeredAt")));
    for (const QJsonValue &p : done.value(QStringLiteral("participants")).toArray())
        EXPECT_FALSE(p.toObject().value(QStringLiteral("leftAt")).isNull()) << "every participant left at close";
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

namespace {

// A test skill queue, with explicit skills for the people involved (the demo seeder may give
// skills of its own; these tests do not depend on them).
void addSkill(CoordinatorProcess &coordinator, const QString &code)
{
    lead::sql(coordinator.dbPath(),
              { QStringLiteral("INSERT OR IGNORE INTO skills(code, label, position) "
                               "VALUES ('%1', 'Test %1', 99)")
                    .arg(code) });
}

bool setSkills(Connection &lead, qint64 user, const QJsonArray &skills)
{
    const Reply r = callWrite(lead, QStringLiteral("skill.set"),
                              { { QStringLiteral("cid"), newCid() },
                                { QStringLiteral("user"), user },
                                { QStringLiteral("skills"), skills } });
    EXPECT_TRUE(r.ok) << r.error.message.toStdString();
    return r.ok;
}

QJsonArray skill(const QString &code, int level)
{
    return { QJsonObject { { QStringLiteral("skill"), code }, { QStringLiteral("level"), level } } };
}

} // namespace

TEST(Routing, SkillQueueGoesOnlyToPeopleWithThatSkill)
{
    Fixture f;
    f.offerTimeoutMs = 20000;
    ASSERT_TRUE(f.start());
    addSkill(f.coordinator, QStringLiteral("s7_billing"));
    Desk plain, expert;
    ASSERT_TRUE(plain.login(f.coordinator.url(), f.other())); // idle longest
    QTest::qWait(20);
    ASSERT_TRUE(expert.login(f.coordinator.url(), QStringLiteral("expert1")));
    ASSERT_TRUE(setSkills(f.lead, plain.userId, {}));
    ASSERT_TRUE(setSkills(f.lead, expert.userId, skill(QStringLiteral("s7_billing"), 4)));

    // The skill queue skips the agent idle longest (no skill) and finds the expert.
    const Reply billing = callWrite(f.lead, QStringLiteral("contact.inbound"),
                                    { { QStringLiteral("cid"), newCid() },
                                      { QStringLiteral("channel"), QStringLiteral("chat") },
                                      { QStringLiteral("customer"), f.customer },
                                      { QStringLiteral("queue"), QStringLiteral("s7_billing") } });
    ASSERT_TRUE(billing.ok) << billing.error.message.toStdString();
    const QJsonObject contact = billing.data.value(QStringLiteral("contact")).toObject();
    EXPECT_EQ(contact.value(QStringLiteral("queue")).toString(), QStringLiteral("s7_billing"));
    EXPECT_EQ(expert.waitForOffer(), contact.value(QStringLiteral("id")).toInteger());
    EXPECT_TRUE(plain.offers.isEmpty());
    // The general queue is for role agent only.
    const qint64 general = inbound(f.lead, f.customer);
    EXPECT_EQ(plain.waitForOffer(), general);
    // A general chat waits: the agent is on a call and the expert (room for chats) does not take general.
    const qint64 waiting = inbound(f.lead, f.customer, QStringLiteral("chat"));
    QTest::qWait(400);
    EXPECT_TRUE(expert.offers.isEmpty());
    const Reply still = call(f.lead, QStringLiteral("contact.get"), { { QStringLiteral("id"), waiting } });
    EXPECT_EQ(still.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("state")).toString(),
              QStringLiteral("queued"));
}

TEST(Routing, InboundReasonChoosesTheQueueAndIsRecorded)
{
    Fixture f;
    f.offerTimeoutMs = 20000;
    ASSERT_TRUE(f.start());
    addSkill(f.coordinator, QStringLiteral("s7_disputes"));
    lead::sql(f.coordinator.dbPath(),
              { QStringLiteral("UPDATE contact_reasons SET skill = 's7_disputes' WHERE code = 'billing.dispute'"),
                // The demo seeder gives most reasons a skill; this one must have none.
                QStringLiteral("UPDATE contact_reasons SET skill = NULL WHERE code = 'orders.where'") });
    const auto send = [&](const QJsonObject &extra) {
        QJsonObject args { { QStringLiteral("cid"), newCid() },
                           { QStringLiteral("channel"), QStringLiteral("email") },
                           { QStringLiteral("customer"), f.customer } };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            args.insert(it.key(), it.value());
        return callWrite(f.lead, QStringLiteral("contact.inbound"), args);
    };
    const Reply byReason = send({ { QStringLiteral("reason"), QStringLiteral("billing.dispute") } });
    ASSERT_TRUE(byReason.ok) << byReason.error.message.toStdString();
    QJsonObject contact = byReason.data.value(QStringLiteral("contact")).toObject();
    EXPECT_EQ(contact.value(QStringLiteral("queue")).toString(), QStringLiteral("s7_disputes"));
    EXPECT_EQ(contact.value(QStringLiteral("reasons")).toArray(), QJsonArray { QStringLiteral("billing.dispute") });
    // An explicit queue wins over the reason's; a reason without a skill means general.
    const Reply explicitQueue = send({ { QStringLiteral("reason"), QStringLiteral("billing.dispute") },
                                       { QStringLiteral("queue"), QStringLiteral("general") } });
    EXPECT_EQ(explicitQueue.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("queue")).toString(),
              QStringLiteral("general"));
    const Reply plainReason = send({ { QStringLiteral("reason"), QStringLiteral("orders.where") } });
    EXPECT_EQ(plainReason.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("queue")).toString(),
              QStringLiteral("general"));
    const Reply badQueue = send({ { QStringLiteral("queue"), QStringLiteral("no_such_queue") } });
    EXPECT_EQ(errorName(badQueue), QStringLiteral("bad_request"));
    EXPECT_EQ(badQueue.error.details.value(QStringLiteral("field")).toString(), QStringLiteral("queue"));
    const Reply badReason = send({ { QStringLiteral("reason"), QStringLiteral("no.such.reason") } });
    EXPECT_EQ(errorName(badReason), QStringLiteral("bad_request"));
}

TEST(Routing, OfflineSkilledPeopleAreNeverOffered)
{
    Fixture f;
    ASSERT_TRUE(f.start());
    addSkill(f.coordinator, QStringLiteral("s7_tech"));
    Desk expert;
    ASSERT_TRUE(expert.login(f.coordinator.url(), QStringLiteral("expert2")));
    ASSERT_TRUE(setSkills(f.lead, expert.userId, skill(QStringLiteral("s7_tech"), 5)));
    ASSERT_TRUE(expert.setPresence(QStringLiteral("break")));
    // expert3 has the skill too but never signs in.
    ASSERT_TRUE(
        setSkills(f.lead, lead::userIdOf(f.lead, QStringLiteral("expert3")), skill(QStringLiteral("s7_tech"), 5)));
    const Reply r = callWrite(f.lead, QStringLiteral("contact.inbound"),
                              { { QStringLiteral("cid"), newCid() },
                                { QStringLiteral("channel"), QStringLiteral("phone") },
                                { QStringLiteral("customer"), f.customer },
                                { QStringLiteral("queue"), QStringLiteral("s7_tech") } });
    ASSERT_TRUE(r.ok);
    const qint64 id = r.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger();
    QTest::qWait(400);
    EXPECT_TRUE(expert.offers.isEmpty());
    ASSERT_TRUE(expert.setPresence(QStringLiteral("available")));
    EXPECT_EQ(expert.waitForOffer(), id);
}

// A routing pass reads who is free once and then counts its own offers: two contacts that
// arrive together must not both go to the one free agent.
TEST(Routing, TwoContactsArrivingTogetherAreNotBothOfferedToTheOneFreeAgent)
{
    Fixture f;
    f.offerTimeoutMs = 60000; // the first offer stays open while the test looks
    ASSERT_TRUE(f.start());
    Desk agent;
    ASSERT_TRUE(agent.login(f.coordinator.url(), f.other()));
    ASSERT_TRUE(agent.setPresence(QStringLiteral("available")));
    std::optional<Reply> first;
    std::optional<Reply> second;
    const QJsonObject args { { QStringLiteral("channel"), QStringLiteral("phone") },
                             { QStringLiteral("customer"), f.customer } };
    f.lead.write(QStringLiteral("contact.inbound"), args, &f.lead, [&](const Reply &r) { first = r; });
    f.lead.write(QStringLiteral("contact.inbound"), args, &f.lead, [&](const Reply &r) { second = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return first && second; }, 15000));
    ASSERT_TRUE(first->ok && second->ok);
    const auto idOf = [](const Reply &r) {
        return r.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger();
    };
    EXPECT_EQ(agent.waitForOffer(), idOf(*first));
    // An offer of the same pass would have come with the first one, before this answer.
    EXPECT_TRUE(call(agent.connection, QStringLiteral("session.me")).ok);
    EXPECT_TRUE(agent.offers.isEmpty());
    const Reply waiting = call(f.lead, QStringLiteral("contact.get"), { { QStringLiteral("id"), idOf(*second) } });
    EXPECT_EQ(waiting.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("state")).toString(),
              QStringLiteral("queued"));
}

TEST(Routing, AContactInAQueueNobodyFreeServesStillGoesToItsFreeOwner)
{
    // A routing pass skips contacts nobody free could take without looking them up; the
    // account owner takes a contact whatever its queue, so that skip must not hide them.
    Fixture f;
    f.offerTimeoutMs = 20000;
    ASSERT_TRUE(f.start());
    addSkill(f.coordinator, QStringLiteral("s7_rare"));
    Desk other, owner;
    ASSERT_TRUE(other.login(f.coordinator.url(), f.other()));
    ASSERT_TRUE(setSkills(f.lead, other.userId, {}));
    ASSERT_TRUE(owner.login(f.coordinator.url(), f.people.owner));
    ASSERT_TRUE(setSkills(f.lead, owner.userId, {}));
    ASSERT_TRUE(owner.setPresence(QStringLiteral("break")));
    const Reply rare = callWrite(f.lead, QStringLiteral("contact.inbound"),
                                 { { QStringLiteral("cid"), newCid() },
                                   { QStringLiteral("channel"), QStringLiteral("phone") },
                                   { QStringLiteral("customer"), f.customer },
                                   { QStringLiteral("queue"), QStringLiteral("s7_rare") } });
    ASSERT_TRUE(rare.ok) << rare.error.message.toStdString();
    const qint64 id = rare.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger();
    QTest::qWait(300);
    EXPECT_TRUE(other.offers.isEmpty()); // nobody free serves s7_rare
    EXPECT_TRUE(owner.offers.isEmpty());
    // The owner is back: the next pass offers them the contact though they lack the skill.
    ASSERT_TRUE(owner.setPresence(QStringLiteral("available")));
    EXPECT_EQ(owner.waitForOffer(), id);
    EXPECT_TRUE(other.offers.isEmpty());
}

TEST(Routing, AVipCallerIsOfferedBeforeSomeoneWhoCalledEarlier)
{
    Fixture f;
    f.offerTimeoutMs = 20000;
    ASSERT_TRUE(f.start());
    const QString plainCustomer = QStringLiteral("C-1005");
    lead::sql(f.coordinator.dbPath(),
              { QStringLiteral("DELETE FROM customer_flags WHERE customer_id IN (SELECT id FROM customers "
                               "WHERE public_id IN ('%1', '%2'))")
                    .arg(f.customer, plainCustomer),
                QStringLiteral("INSERT INTO customer_flags(customer_id, flag) SELECT id, 'vip' FROM customers "
                               "WHERE public_id = '%1'")
                    .arg(f.customer) });
    Desk agent;
    ASSERT_TRUE(agent.login(f.coordinator.url(), f.other()));
    ASSERT_TRUE(agent.setPresence(QStringLiteral("break")));

    // Nobody is free: the plain caller waits first, the VIP after them.
    const qint64 earlier = inbound(f.lead, plainCustomer);
    const qint64 vip = inbound(f.lead, f.customer);
    const auto priorityOf = [&](qint64 id) {
        return call(f.lead, QStringLiteral("contact.get"), { { QStringLiteral("id"), id } })
            .data.value(QStringLiteral("contact"))
            .toObject()
            .value(QStringLiteral("priority"))
            .toInteger(-1);
    };
    EXPECT_EQ(priorityOf(earlier), 0);
    EXPECT_EQ(priorityOf(vip), 2);
    // A reason from the IVR that needs an immediate, complete answer (class b) raises it by one.
    const Reply urgent = callWrite(f.lead, QStringLiteral("contact.inbound"),
                                   { { QStringLiteral("cid"), newCid() },
                                     { QStringLiteral("channel"), QStringLiteral("phone") },
                                     { QStringLiteral("customer"), plainCustomer },
                                     { QStringLiteral("reason"), QStringLiteral("orders.new") } });
    ASSERT_TRUE(urgent.ok) << urgent.error.message.toStdString();
    EXPECT_EQ(urgent.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("priority")).toInteger(), 1);

    // The one agent who becomes free gets the VIP first.
    ASSERT_TRUE(agent.setPresence(QStringLiteral("available")));
    EXPECT_EQ(agent.waitForOffer(), vip);
    EXPECT_TRUE(agent.offers.isEmpty());
}

// A desktop that missed events (resync_required) asks contact.mine what is still offered to it: the
// open offer comes with the deadline and pick of its contact.offered, for its user only, and can be
// accepted as a live one; a withdrawn offer is no longer listed.
TEST(Routing, ContactMineListsTheOffersStillOpenForTheCallerWithTheirDeadline)
{
    Fixture f;
    f.offerTimeoutMs = 20000;
    ASSERT_TRUE(f.start());
    Desk owner;
    ASSERT_TRUE(owner.login(f.coordinator.url(), f.people.owner));
    const qint64 id = inbound(f.lead, f.customer);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !owner.offers.isEmpty(); }, 15000));
    const QJsonObject offered = owner.offers.first();
    ASSERT_EQ(offered.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger(), id);

    const auto offersOf = [](Connection &c) {
        const Reply mine = call(c, QStringLiteral("contact.mine"));
        EXPECT_TRUE(mine.ok) << mine.error.message.toStdString();
        return mine.data.value(QStringLiteral("offers")).toArray();
    };
    const QJsonArray open = offersOf(owner.connection);
    ASSERT_EQ(open.size(), 1);
    const QJsonObject listed = open.at(0).toObject();
    EXPECT_EQ(listed.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger(), id);
    EXPECT_EQ(listed.value(QStringLiteral("contact")).toObject().value(QStringLiteral("state")).toString(),
              QStringLiteral("offered"));
    EXPECT_EQ(listed.value(QStringLiteral("expiresAt")).toString(),
              offered.value(QStringLiteral("expiresAt")).toString())
        << "the offer's own deadline, not a new one";
    EXPECT_EQ(listed.value(QStringLiteral("pick")).toString(), offered.value(QStringLiteral("pick")).toString());
    EXPECT_TRUE(offersOf(f.lead).isEmpty()) << "offers are their user's own";
    EXPECT_EQ(callWrite(owner.connection, QStringLiteral("contact.accept"),
                        { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), id } })
                  .ok,
              true);
    EXPECT_TRUE(offersOf(owner.connection).isEmpty()) << "answered";

    // Another one, withdrawn (the caller hung up): no longer listed.
    Desk other;
    ASSERT_TRUE(other.login(f.coordinator.url(), f.other()));
    const qint64 second = inbound(f.lead, QStringLiteral("C-1004"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !offersOf(other.connection).isEmpty(); }, 15000));
    ASSERT_TRUE(callWrite(f.lead, QStringLiteral("contact.abandon"),
                          { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), second } })
                    .ok);
    EXPECT_TRUE(offersOf(other.connection).isEmpty());
}
