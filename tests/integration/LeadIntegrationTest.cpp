#include "LeadTestSupport.h"

#include <QDateTime>
#include <QElapsedTimer>

using namespace spocs;
using namespace spocs::test;
using namespace spocs::test::lead;

namespace {

struct LeadFixture
{
    QTemporaryDir dir;
    CoordinatorProcess coordinator;
    Desk lead;
    QString customer = QStringLiteral("C-1003");
    QString owner;
    QString backup;

    bool start(const QString &config = QStringLiteral("[routing]\noffer_timeout_ms=20000\n"))
    {
        CoordinatorProcess::Options options;
        options.demoCustomers = 30;
        options.extraArgs = { QStringLiteral("--config"), writeConfig(dir, config) };
        if (!coordinator.start(options))
            return false;
        if (!lead.login(coordinator.url(), QStringLiteral("lead1"), { QStringLiteral("queue") }))
            return false;
        const Reply r = call(lead.connection, QStringLiteral("customer.get"), { { QStringLiteral("id"), customer } });
        const QJsonObject c = r.data.value(QStringLiteral("customer")).toObject();
        owner = c.value(QStringLiteral("owner")).toObject().value(QStringLiteral("login")).toString();
        backup = c.value(QStringLiteral("backup")).toObject().value(QStringLiteral("login")).toString();
        return !owner.isEmpty();
    }
    // The n-th agent who is neither owner nor backup of the customer.
    QString other(int n = 0) const
    {
        for (int i = 1; i <= 20; ++i) {
            const QString login = QStringLiteral("agent%1").arg(i);
            if (login != owner && login != backup && n-- == 0)
                return login;
        }
        return {};
    }
    // Waits until routing offers contact `id` to `desk`'s user. It watches the contact, not the
    // desk's events: the offer may come before the desk follows its topic.
    bool offeredTo(const Desk &desk, qint64 id)
    {
        return QTest::qWaitFor(
            [&] {
                const Reply r = call(lead.connection, QStringLiteral("contact.get"), { { QStringLiteral("id"), id } });
                return contactOf(r)
                           .value(QStringLiteral("offeredTo"))
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toInteger()
                    == desk.userId;
            },
            10000);
    }
    Reply accept(Desk &desk, qint64 id)
    {
        return callWrite(desk.connection, QStringLiteral("contact.accept"),
                         { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), id } });
    }
};

} // namespace

TEST(LeadOps, AbandonWhileOfferedClosesTheContactAndWithdrawsTheOffer)
{
    LeadFixture f;
    ASSERT_TRUE(f.start());
    Desk agent;
    ASSERT_TRUE(agent.login(f.coordinator.url(), f.owner));
    const Reply in = inbound(f.lead.connection, f.customer);
    ASSERT_TRUE(in.ok) << in.error.message.toStdString();
    const qint64 id = contactOf(in).value(QStringLiteral("id")).toInteger();
    ASSERT_EQ(agent.waitForOffer(), id);
    agent.events.clear();

    const Reply gone = callWrite(f.lead.connection, QStringLiteral("contact.abandon"),
                                 { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), id } });
    ASSERT_TRUE(gone.ok) << gone.error.message.toStdString();
    const QJsonObject contact = contactOf(gone);
    EXPECT_EQ(contact.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    EXPECT_TRUE(contact.value(QStringLiteral("abandoned")).toBool());
    EXPECT_TRUE(contact.value(QStringLiteral("offeredTo")).isNull());
    EXPECT_FALSE(contact.contains(QStringLiteral("answeredAt")));
    // The agent's desktop hears about it on its own topic, so the offer toast goes away.
    const auto update = agent.waitFor(QStringLiteral("contact.updated"));
    ASSERT_TRUE(update);
    EXPECT_TRUE(update->data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("abandoned")).toBool());
    // The offer is dead.
    EXPECT_EQ(errorName(f.accept(agent, id)), QStringLiteral("invalid_state"));
    // Every participant row is closed.
    for (const QJsonValue &p : contact.value(QStringLiteral("participants")).toArray())
        EXPECT_FALSE(p.toObject().value(QStringLiteral("leftAt")).isNull());
    // Hanging up twice is a state error.
    const Reply again = callWrite(f.lead.connection, QStringLiteral("contact.abandon"),
                                  { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), id } });
    EXPECT_EQ(errorName(again), QStringLiteral("invalid_state"));
}

TEST(LeadOps, AbandonAfterAcceptIsRejected)
{
    LeadFixture f;
    ASSERT_TRUE(f.start());
    Desk agent;
    ASSERT_TRUE(agent.login(f.coordinator.url(), f.owner));
    const qint64 id = contactOf(inbound(f.lead.connection, f.customer)).value(QStringLiteral("id")).toInteger();
    ASSERT_EQ(agent.waitForOffer(), id);
    ASSERT_TRUE(f.accept(agent, id).ok);
    const Reply late = callWrite(f.lead.connection, QStringLiteral("contact.abandon"),
                                 { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), id } });
    EXPECT_EQ(errorName(late), QStringLiteral("invalid_state"));
    const Reply missing = callWrite(f.lead.connection, QStringLiteral("contact.abandon"),
                                    { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), 987654 } });
    EXPECT_EQ(errorName(missing), QStringLiteral("not_found"));
}

TEST(LeadOps, AssignMovesAnOfferedContactToTheChosenAgent)
{
    LeadFixture f;
    ASSERT_TRUE(f.start());
    Desk owner, chosen, onBreak;
    ASSERT_TRUE(owner.login(f.coordinator.url(), f.owner));
    ASSERT_TRUE(chosen.login(f.coordinator.url(), f.other(0)));
    ASSERT_TRUE(onBreak.login(f.coordinator.url(), f.other(1)));
    ASSERT_TRUE(onBreak.setPresence(QStringLiteral("break")));
    const qint64 id = contactOf(inbound(f.lead.connection, f.customer)).value(QStringLiteral("id")).toInteger();
    ASSERT_EQ(owner.waitForOffer(), id);
    owner.events.clear();

    // Someone on break cannot be given a contact.
    const Reply refused = callWrite(f.lead.connection, QStringLiteral("contact.assign"),
                                    { { QStringLiteral("cid"), newCid() },
                                      { QStringLiteral("id"), id },
                                      { QStringLiteral("to"), onBreak.userId } });
    EXPECT_EQ(errorName(refused), QStringLiteral("unavailable"));
    EXPECT_EQ(refused.error.details.value(QStringLiteral("state")).toString(), QStringLiteral("break"));

    const Reply moved = callWrite(
        f.lead.connection, QStringLiteral("contact.assign"),
        { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), id }, { QStringLiteral("to"), chosen.userId } });
    ASSERT_TRUE(moved.ok) << moved.error.message.toStdString();
    const auto offer = chosen.waitFor(QStringLiteral("contact.offered"));
    ASSERT_TRUE(offer);
    EXPECT_EQ(offer->data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger(), id);
    EXPECT_EQ(offer->data.value(QStringLiteral("pick")).toString(), QStringLiteral("preferred"));
    // The owner's offer was withdrawn: they were told and can no longer take it.
    EXPECT_TRUE(owner.waitFor(QStringLiteral("contact.updated")));
    EXPECT_EQ(errorName(f.accept(owner, id)), QStringLiteral("invalid_state"));
    const Reply taken = f.accept(chosen, id);
    ASSERT_TRUE(taken.ok) << taken.error.message.toStdString();
    EXPECT_EQ(contactOf(taken).value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toInteger(),
              chosen.userId);

    // Only waiting contacts can be moved; agents may not move contacts.
    const Reply active = callWrite(
        f.lead.connection, QStringLiteral("contact.assign"),
        { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), id }, { QStringLiteral("to"), owner.userId } });
    EXPECT_EQ(errorName(active), QStringLiteral("invalid_state"));
    const Reply agentTries = callWrite(
        owner.connection, QStringLiteral("contact.assign"),
        { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), id }, { QStringLiteral("to"), owner.userId } });
    EXPECT_EQ(errorName(agentTries), QStringLiteral("forbidden"));
}

TEST(LeadOps, PresenceSetForChangesAnotherUsersStateAndIsAudited)
{
    LeadFixture f;
    ASSERT_TRUE(f.start());
    Desk agent, watcher;
    ASSERT_TRUE(agent.login(f.coordinator.url(), f.other(0)));
    ASSERT_TRUE(watcher.login(f.coordinator.url(), f.other(1), { QStringLiteral("presence") }));
    const Reply set = callWrite(f.lead.connection, QStringLiteral("presence.setFor"),
                                { { QStringLiteral("cid"), newCid() },
                                  { QStringLiteral("user"), agent.userId },
                                  { QStringLiteral("state"), QStringLiteral("break") },
                                  { QStringLiteral("reason"), QStringLiteral("coaching") } });
    ASSERT_TRUE(set.ok) << set.error.message.toStdString();
    EXPECT_EQ(set.data.value(QStringLiteral("state")).toString(), QStringLiteral("break"));
    const Reply me = call(agent.connection, QStringLiteral("session.me"));
    EXPECT_EQ(me.data.value(QStringLiteral("user")).toObject().value(QStringLiteral("presence")).toString(),
              QStringLiteral("break"));
    const auto changed = watcher.waitFor(QStringLiteral("presence.changed"), 15000, [&](const QJsonObject &d) {
        return d.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger() == agent.userId;
    });
    ASSERT_TRUE(changed);
    EXPECT_EQ(changed->data.value(QStringLiteral("state")).toString(), QStringLiteral("break"));
    EXPECT_EQ(sql(f.coordinator.dbPath(),
                  { QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'presence.setFor' AND subject = "
                                   "'user:%1' AND user_id = %2")
                        .arg(agent.userId)
                        .arg(f.lead.userId) }),
              1);

    // Agents may not; a user who is not signed in cannot be set.
    const Reply agentTries = callWrite(agent.connection, QStringLiteral("presence.setFor"),
                                       { { QStringLiteral("cid"), newCid() },
                                         { QStringLiteral("user"), watcher.userId },
                                         { QStringLiteral("state"), QStringLiteral("break") } });
    EXPECT_EQ(errorName(agentTries), QStringLiteral("forbidden"));
    const Reply offline = callWrite(f.lead.connection, QStringLiteral("presence.setFor"),
                                    { { QStringLiteral("cid"), newCid() },
                                      { QStringLiteral("user"), userIdOf(f.lead.connection, f.other(5)) },
                                      { QStringLiteral("state"), QStringLiteral("available") } });
    EXPECT_EQ(errorName(offline), QStringLiteral("unavailable"));
}

TEST(LeadOps, ReasonSaveEditsTheTreeAndTellsEveryone)
{
    LeadFixture f;
    ASSERT_TRUE(f.start());
    Desk admin, agent;
    ASSERT_TRUE(admin.login(f.coordinator.url(), QStringLiteral("admin")));
    ASSERT_TRUE(agent.login(f.coordinator.url(), f.other(0), { QStringLiteral("reasons") }));
    const Reply list = call(admin.connection, QStringLiteral("reason.list"));
    qint64 billing = 0;
    for (const QJsonValue &v : list.data.value(QStringLiteral("reasons")).toArray()) {
        const QJsonObject r = v.toObject();
        EXPECT_TRUE(r.contains(QStringLiteral("skill")));
        EXPECT_TRUE(r.contains(QStringLiteral("forwardTo")));
        EXPECT_TRUE(r.value(QStringLiteral("articles")).isArray());
        EXPECT_FALSE(r.value(QStringLiteral("archived")).toBool());
        if (r.value(QStringLiteral("code")).toString() == u"billing")
            billing = r.value(QStringLiteral("id")).toInteger();
    }
    ASSERT_GT(billing, 0);

    const auto save = [&](const QJsonObject &reason) {
        return callWrite(admin.connection, QStringLiteral("reason.save"),
                         { { QStringLiteral("cid"), newCid() }, { QStringLiteral("reason"), reason } });
    };
    const Reply created = save({ { QStringLiteral("parent"), billing },
                                 { QStringLiteral("code"), QStringLiteral("billing.refund") },
                                 { QStringLiteral("label"), QStringLiteral("Refund") },
                                 { QStringLiteral("demandClass"), QStringLiteral("b") },
                                 { QStringLiteral("forwardOnly"), true },
                                 { QStringLiteral("skill"), QStringLiteral("general") },
                                 { QStringLiteral("forwardTo"), f.lead.userId } });
    ASSERT_TRUE(created.ok) << created.error.message.toStdString();
    const QJsonObject reason = created.data.value(QStringLiteral("reason")).toObject();
    EXPECT_EQ(reason.value(QStringLiteral("parent")).toInteger(), billing);
    EXPECT_EQ(reason.value(QStringLiteral("skill")).toString(), QStringLiteral("general"));
    EXPECT_EQ(reason.value(QStringLiteral("forwardTo")).toObject().value(QStringLiteral("login")).toString(),
              QStringLiteral("lead1"));
    const auto told = agent.waitFor(QStringLiteral("reasons.changed"));
    ASSERT_TRUE(told);
    EXPECT_EQ(told->data.value(QStringLiteral("reason")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("billing.refund"));

    // Archive it: still listed (old contacts keep it), marked archived.
    QJsonObject edit = reason;
    edit.insert(QStringLiteral("archived"), true);
    edit.insert(QStringLiteral("forwardTo"), f.lead.userId);
    const Reply archived = save(edit);
    ASSERT_TRUE(archived.ok) << archived.error.message.toStdString();
    EXPECT_TRUE(archived.data.value(QStringLiteral("reason")).toObject().value(QStringLiteral("archived")).toBool());

    // Duplicate code, a parent cycle, an unknown skill, a non-admin.
    EXPECT_EQ(errorName(save({ { QStringLiteral("code"), QStringLiteral("orders.where") },
                               { QStringLiteral("label"), QStringLiteral("Again") },
                               { QStringLiteral("demandClass"), QStringLiteral("a") } })),
              QStringLiteral("conflict"));
    EXPECT_EQ(errorName(save({ { QStringLiteral("id"), billing },
                               { QStringLiteral("parent"), reason.value(QStringLiteral("id")) },
                               { QStringLiteral("code"), QStringLiteral("billing") },
                               { QStringLiteral("label"), QStringLiteral("Billing") },
                               { QStringLiteral("demandClass"), QStringLiteral("a") } })),
              QStringLiteral("bad_request"));
    EXPECT_EQ(errorName(save({ { QStringLiteral("code"), QStringLiteral("x.y") },
                               { QStringLiteral("label"), QStringLiteral("X") },
                               { QStringLiteral("demandClass"), QStringLiteral("a") },
                               { QStringLiteral("skill"), QStringLiteral("no_such_skill") } })),
              QStringLiteral("bad_request"));
    const Reply leadTries = callWrite(f.lead.connection, QStringLiteral("reason.save"),
                                      { { QStringLiteral("cid"), newCid() },
                                        { QStringLiteral("reason"),
                                          QJsonObject { { QStringLiteral("code"), QStringLiteral("z") },
                                                        { QStringLiteral("label"), QStringLiteral("Z") },
                                                        { QStringLiteral("demandClass"), QStringLiteral("a") } } } });
    EXPECT_EQ(errorName(leadTries), QStringLiteral("forbidden"));
}

TEST(LeadOps, SkillSetReplacesAUsersSkillsAndPublishesThem)
{
    LeadFixture f;
    ASSERT_TRUE(f.start());
    sql(f.coordinator.dbPath(),
        { QStringLiteral(
              "INSERT OR IGNORE INTO skills(code, label, position) VALUES ('s7_billing', 'Billing (test)', 90)"),
          QStringLiteral(
              "INSERT OR IGNORE INTO skills(code, label, position) VALUES ('s7_returns', 'Returns (test)', 91)") });
    Desk watcher;
    ASSERT_TRUE(watcher.login(f.coordinator.url(), f.other(1), { QStringLiteral("presence") }));
    const Reply list = call(watcher.connection, QStringLiteral("skill.list"));
    ASSERT_TRUE(list.ok);
    QStringList codes;
    for (const QJsonValue &v : list.data.value(QStringLiteral("skills")).toArray())
        codes << v.toObject().value(QStringLiteral("code")).toString();
    EXPECT_TRUE(codes.contains(QStringLiteral("general")));
    EXPECT_TRUE(codes.contains(QStringLiteral("s7_billing")));

    const qint64 target = userIdOf(f.lead.connection, f.other(0));
    const auto set = [&](const QJsonArray &skills) {
        return callWrite(f.lead.connection, QStringLiteral("skill.set"),
                         { { QStringLiteral("cid"), newCid() },
                           { QStringLiteral("user"), target },
                           { QStringLiteral("skills"), skills } });
    };
    const Reply done = set(
        { QJsonObject { { QStringLiteral("skill"), QStringLiteral("s7_returns") }, { QStringLiteral("level"), 2 } },
          QJsonObject { { QStringLiteral("skill"), QStringLiteral("s7_billing") }, { QStringLiteral("level"), 5 } } });
    ASSERT_TRUE(done.ok) << done.error.message.toStdString();
    const QJsonArray skills = done.data.value(QStringLiteral("skills")).toArray();
    ASSERT_EQ(skills.size(), 2);
    EXPECT_EQ(skills.at(0).toObject().value(QStringLiteral("skill")).toString(), QStringLiteral("s7_billing"));
    EXPECT_EQ(skills.at(0).toObject().value(QStringLiteral("level")).toInt(), 5);
    const auto told = watcher.waitFor(QStringLiteral("skills.changed"));
    ASSERT_TRUE(told);
    EXPECT_EQ(told->data.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger(), target);
    EXPECT_EQ(told->data.value(QStringLiteral("skills")).toArray().size(), 2);

    EXPECT_EQ(errorName(set({ QJsonObject { { QStringLiteral("skill"), QStringLiteral("juggling") },
                                            { QStringLiteral("level"), 2 } } })),
              QStringLiteral("bad_request"));
    EXPECT_EQ(errorName(set({ QJsonObject { { QStringLiteral("skill"), QStringLiteral("s7_billing") },
                                            { QStringLiteral("level"), 6 } } })),
              QStringLiteral("bad_request"));
    const Reply agentTries = callWrite(watcher.connection, QStringLiteral("skill.set"),
                                       { { QStringLiteral("cid"), newCid() },
                                         { QStringLiteral("user"), watcher.userId },
                                         { QStringLiteral("skills"), QJsonArray {} } });
    EXPECT_EQ(errorName(agentTries), QStringLiteral("forbidden"));
    // An empty list clears them.
    const Reply cleared = set({});
    ASSERT_TRUE(cleared.ok);
    EXPECT_TRUE(cleared.data.value(QStringLiteral("skills")).toArray().isEmpty());
}

namespace {

// Inbound for the fixture's customer, offered to and accepted by `desk`; returns the active contact.
QJsonObject takeContact(LeadFixture &f, Desk &desk)
{
    const Reply in = inbound(f.lead.connection, f.customer);
    EXPECT_TRUE(in.ok) << in.error.message.toStdString();
    const qint64 id = contactOf(in).value(QStringLiteral("id")).toInteger();
    EXPECT_EQ(desk.waitForOffer(), id);
    const Reply accepted = f.accept(desk, id);
    EXPECT_TRUE(accepted.ok) << accepted.error.message.toStdString();
    return contactOf(accepted);
}

Reply closeContact(Desk &desk, const QJsonObject &contact, const QJsonObject &followUp = {})
{
    QJsonObject args { { QStringLiteral("cid"), newCid() },
                       { QStringLiteral("id"), contact.value(QStringLiteral("id")) },
                       { QStringLiteral("version"), contact.value(QStringLiteral("version")) },
                       { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } },
                       { QStringLiteral("outcome"),
                         followUp.isEmpty() ? QStringLiteral("resolved") : QStringLiteral("follow_up") } };
    if (!followUp.isEmpty())
        args.insert(QStringLiteral("followUp"), followUp);
    return callWrite(desk.connection, QStringLiteral("contact.close"), args);
}

} // namespace

TEST(LeadOps, FollowUpWarnsItsOwnerBeforeAndWhenItIsDue)
{
    LeadFixture f;
    ASSERT_TRUE(
        f.start(QStringLiteral("[routing]\noffer_timeout_ms=20000\n[contacts]\nfollow_up_warning_minutes=1\n")));
    Desk owner, other;
    ASSERT_TRUE(owner.login(f.coordinator.url(), f.owner));
    ASSERT_TRUE(other.login(f.coordinator.url(), f.other(0)));
    const QJsonObject contact = takeContact(f, owner);
    const qint64 id = contact.value(QStringLiteral("id")).toInteger();
    const QString due = QDateTime::currentDateTimeUtc().addSecs(4).toString(Qt::ISODateWithMs);
    const Reply closed = closeContact(owner, contact, { { QStringLiteral("due"), due } });
    ASSERT_TRUE(closed.ok) << closed.error.message.toStdString();
    const QJsonObject followUp = contactOf(closed).value(QStringLiteral("followUp")).toObject();
    EXPECT_EQ(followUp.value(QStringLiteral("due")).toString(), due);
    EXPECT_TRUE(followUp.value(QStringLiteral("doneAt")).isNull());
    EXPECT_TRUE(followUp.value(QStringLiteral("updates")).toArray().isEmpty());

    // Within the one-minute window: "due soon" at once, then "overdue" once the time passes.
    // (Demo history may hold other follow-ups of this agent: match this contact.)
    const auto mine = [id](const QJsonObject &d) {
        return d.value(QStringLiteral("followUp"))
                   .toObject()
                   .value(QStringLiteral("contact"))
                   .toObject()
                   .value(QStringLiteral("id"))
                   .toInteger()
            == id;
    };
    const auto soon = owner.waitFor(QStringLiteral("followup.due"), 5000, mine);
    ASSERT_TRUE(soon);
    EXPECT_FALSE(soon->data.value(QStringLiteral("overdue")).toBool());
    const QJsonObject soonItem = soon->data.value(QStringLiteral("followUp")).toObject();
    EXPECT_EQ(soonItem.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger(), id);
    EXPECT_TRUE(soonItem.value(QStringLiteral("dueSoon")).toBool());
    // The lead sees it coming too (raised in the same round as the owner's warning).
    const auto soonAlert = f.lead.waitFor(QStringLiteral("alert.raised"), 5000, [&](const QJsonObject &d) {
        return d.value(QStringLiteral("alert")).toObject().value(QStringLiteral("key")).toString()
            == QStringLiteral("follow_up_due_soon:%1").arg(id);
    });
    ASSERT_TRUE(soonAlert);
    EXPECT_EQ(soonAlert->data.value(QStringLiteral("alert")).toObject().value(QStringLiteral("contact")).toInteger(),
              id);
    // The desktop says it in the lead's language from the fields: the warning time, in minutes.
    EXPECT_EQ(soonAlert->data.value(QStringLiteral("alert")).toObject().value(QStringLiteral("minutes")).toInteger(),
              1);
    const auto late = owner.waitFor(QStringLiteral("followup.due"), 10000, mine);
    ASSERT_TRUE(late);
    EXPECT_TRUE(late->data.value(QStringLiteral("overdue")).toBool());
    EXPECT_FALSE(owner.waitFor(QStringLiteral("followup.due"), 1500, mine)) << "each notice goes out once";

    // The list shows it overdue; the lead's floor view raises an alert.
    const auto find = [id](const Reply &list) {
        for (const QJsonValue &v : list.data.value(QStringLiteral("followUps")).toArray()) {
            if (v.toObject().value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger() == id)
                return v.toObject();
        }
        return QJsonObject {};
    };
    Reply list = call(owner.connection, QStringLiteral("followup.list"));
    ASSERT_TRUE(list.ok);
    ASSERT_FALSE(find(list).isEmpty());
    EXPECT_TRUE(find(list).value(QStringLiteral("overdue")).toBool());
    const auto alert = f.lead.waitFor(QStringLiteral("alert.raised"), 5000, [&](const QJsonObject &d) {
        return d.value(QStringLiteral("alert")).toObject().value(QStringLiteral("key")).toString()
            == QStringLiteral("follow_up_overdue:%1").arg(id);
    });
    ASSERT_TRUE(alert);
    EXPECT_EQ(alert->data.value(QStringLiteral("alert"))
                  .toObject()
                  .value(QStringLiteral("user"))
                  .toObject()
                  .value(QStringLiteral("id"))
                  .toInteger(),
              owner.userId);
    EXPECT_EQ(alert->data.value(QStringLiteral("alert")).toObject().value(QStringLiteral("contact")).toInteger(), id);
    EXPECT_FALSE(alert->data.value(QStringLiteral("alert")).toObject().contains(QStringLiteral("minutes")));

    // Someone else may neither see nor work it; the owner gives an update and closes it.
    EXPECT_EQ(errorName(call(other.connection, QStringLiteral("followup.list"),
                             { { QStringLiteral("owner"), owner.userId } })),
              QStringLiteral("forbidden"));
    const Reply foreign = callWrite(other.connection, QStringLiteral("followup.update"),
                                    { { QStringLiteral("cid"), newCid() },
                                      { QStringLiteral("contact"), id },
                                      { QStringLiteral("note"), QStringLiteral("hello") } });
    EXPECT_EQ(errorName(foreign), QStringLiteral("forbidden"));
    const Reply empty = callWrite(owner.connection, QStringLiteral("followup.update"),
                                  { { QStringLiteral("cid"), newCid() },
                                    { QStringLiteral("contact"), id },
                                    { QStringLiteral("note"), QStringLiteral("  ") } });
    EXPECT_EQ(errorName(empty), QStringLiteral("bad_request"));
    const Reply update = callWrite(owner.connection, QStringLiteral("followup.update"),
                                   { { QStringLiteral("cid"), newCid() },
                                     { QStringLiteral("contact"), id },
                                     { QStringLiteral("channel"), QStringLiteral("email") },
                                     { QStringLiteral("note"), QStringLiteral("Replacement ships Friday") } });
    ASSERT_TRUE(update.ok) << update.error.message.toStdString();
    const QJsonArray updates
        = update.data.value(QStringLiteral("followUp")).toObject().value(QStringLiteral("updates")).toArray();
    ASSERT_EQ(updates.size(), 1);
    EXPECT_EQ(updates.at(0).toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
    EXPECT_EQ(updates.at(0).toObject().value(QStringLiteral("by")).toObject().value(QStringLiteral("id")).toInteger(),
              owner.userId);
    EXPECT_TRUE(owner.waitFor(QStringLiteral("followup.updated")));

    // The lead closes it on the owner's behalf.
    const Reply done = callWrite(f.lead.connection, QStringLiteral("followup.done"),
                                 { { QStringLiteral("cid"), newCid() },
                                   { QStringLiteral("contact"), id },
                                   { QStringLiteral("note"), QStringLiteral("Delivered") } });
    ASSERT_TRUE(done.ok) << done.error.message.toStdString();
    const QJsonObject finished = done.data.value(QStringLiteral("followUp")).toObject();
    EXPECT_FALSE(finished.value(QStringLiteral("doneAt")).isNull());
    EXPECT_FALSE(finished.value(QStringLiteral("overdue")).toBool());
    EXPECT_EQ(finished.value(QStringLiteral("updates")).toArray().size(), 2);
    const Reply twice = callWrite(owner.connection, QStringLiteral("followup.done"),
                                  { { QStringLiteral("cid"), newCid() }, { QStringLiteral("contact"), id } });
    EXPECT_EQ(errorName(twice), QStringLiteral("invalid_state"));
    list = call(owner.connection, QStringLiteral("followup.list"));
    EXPECT_TRUE(find(list).isEmpty());
    list = call(f.lead.connection, QStringLiteral("followup.list"),
                { { QStringLiteral("owner"), owner.userId }, { QStringLiteral("includeDone"), true } });
    EXPECT_FALSE(find(list).isEmpty());
}

TEST(LeadOps, FollowUpFarAwayIsNotDueSoon)
{
    LeadFixture f;
    ASSERT_TRUE(
        f.start(QStringLiteral("[routing]\noffer_timeout_ms=20000\n[contacts]\nfollow_up_warning_minutes=60\n")));
    Desk owner;
    ASSERT_TRUE(owner.login(f.coordinator.url(), f.owner));
    const QJsonObject contact = takeContact(f, owner);
    const QString due = QDateTime::currentDateTimeUtc().addDays(3).date().toString(Qt::ISODate);
    ASSERT_TRUE(closeContact(owner, contact, { { QStringLiteral("due"), due } }).ok);
    const qint64 id = contact.value(QStringLiteral("id")).toInteger();
    const auto mine = [id](const QJsonObject &d) {
        return d.value(QStringLiteral("followUp"))
                   .toObject()
                   .value(QStringLiteral("contact"))
                   .toObject()
                   .value(QStringLiteral("id"))
                   .toInteger()
            == id;
    };
    EXPECT_FALSE(owner.waitFor(QStringLiteral("followup.due"), 1500, mine));
    const Reply list = call(owner.connection, QStringLiteral("followup.list"));
    QJsonObject item;
    for (const QJsonValue &v : list.data.value(QStringLiteral("followUps")).toArray()) {
        if (v.toObject().value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger() == id)
            item = v.toObject();
    }
    ASSERT_FALSE(item.isEmpty());
    EXPECT_EQ(item.value(QStringLiteral("due")).toString(), due);
    EXPECT_FALSE(item.value(QStringLiteral("dueSoon")).toBool());
    EXPECT_FALSE(item.value(QStringLiteral("overdue")).toBool());
}

TEST(LeadOps, SurveyIsRecordedOnceForAClosedContact)
{
    LeadFixture f;
    ASSERT_TRUE(f.start());
    Desk owner;
    ASSERT_TRUE(owner.login(f.coordinator.url(), f.owner));
    const QJsonObject contact = takeContact(f, owner);
    const qint64 id = contact.value(QStringLiteral("id")).toInteger();
    const auto record = [&](Desk &desk, const QJsonObject &extra) {
        QJsonObject args { { QStringLiteral("cid"), newCid() }, { QStringLiteral("contact"), id } };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            args.insert(it.key(), it.value());
        return callWrite(desk.connection, QStringLiteral("survey.record"), args);
    };
    EXPECT_EQ(errorName(record(f.lead, { { QStringLiteral("csat"), 4 } })), QStringLiteral("invalid_state"));
    ASSERT_TRUE(closeContact(owner, contact).ok);
    // The survey tool reports it (integration, lead or admin), never the agent who was rated.
    EXPECT_EQ(errorName(record(owner, { { QStringLiteral("csat"), 5 } })), QStringLiteral("forbidden"));
    EXPECT_EQ(errorName(record(f.lead, { { QStringLiteral("csat"), 6 } })), QStringLiteral("bad_request"));
    EXPECT_EQ(errorName(record(f.lead, { { QStringLiteral("nps"), 11 } })), QStringLiteral("bad_request"));
    EXPECT_EQ(errorName(record(f.lead, { { QStringLiteral("comment"), QStringLiteral("nothing else") } })),
              QStringLiteral("bad_request"));
    const Reply ok = record(f.lead,
                            { { QStringLiteral("csat"), 4 },
                              { QStringLiteral("nps"), 9 },
                              { QStringLiteral("comment"), QStringLiteral("Quick and kind") } });
    ASSERT_TRUE(ok.ok) << ok.error.message.toStdString();
    EXPECT_EQ(ok.data.value(QStringLiteral("survey")).toObject().value(QStringLiteral("nps")).toInt(), 9);
    const auto told = f.lead.waitFor(QStringLiteral("survey.recorded"));
    ASSERT_TRUE(told);
    EXPECT_EQ(told->data.value(QStringLiteral("contactId")).toInteger(), id);
    EXPECT_EQ(told->data.value(QStringLiteral("survey")).toObject().value(QStringLiteral("csat")).toInt(), 4);
    EXPECT_EQ(told->topic, QStringLiteral("queue"));
    EXPECT_FALSE(told->data.value(QStringLiteral("survey")).toObject().contains(QStringLiteral("comment")))
        << "the queue's followers include admins, who read no contacts";
    const Reply got = call(owner.connection, QStringLiteral("contact.get"), { { QStringLiteral("id"), id } });
    EXPECT_EQ(contactOf(got).value(QStringLiteral("survey")).toObject().value(QStringLiteral("comment")).toString(),
              QStringLiteral("Quick and kind"));
    EXPECT_EQ(errorName(record(f.lead, { { QStringLiteral("csat"), 5 } })), QStringLiteral("conflict"));

    // No survey for a caller who hung up in the queue.
    const qint64 gone = contactOf(inbound(f.lead.connection, f.customer)).value(QStringLiteral("id")).toInteger();
    ASSERT_TRUE(callWrite(f.lead.connection, QStringLiteral("contact.abandon"),
                          { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), gone } })
                    .ok);
    const Reply abandoned = callWrite(
        f.lead.connection, QStringLiteral("survey.record"),
        { { QStringLiteral("cid"), newCid() }, { QStringLiteral("contact"), gone }, { QStringLiteral("csat"), 1 } });
    EXPECT_EQ(errorName(abandoned), QStringLiteral("invalid_state"));
}

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
}
