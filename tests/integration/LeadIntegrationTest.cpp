#include "LeadTestSupport.h"

#include "client/ReconnectPolicy.h"

#include <QDateTime>

#include <optional>

using namespace spocs;
using namespace spocs::test;
using namespace spocs::test::lead;

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

// The coordinator stopped while a contact was offered: the offer died with it. After the restart the
// contact is queued again and whoever follows it is told, as when an offer times out (a desktop that
// resumes gets the events it missed and refetches nothing); it is offered again once someone can take it.
TEST(LeadOps, AnOfferOpenAtARestartGoesBackToTheQueueAndItsFollowersAreTold)
{
    LeadFixture f;
    ASSERT_TRUE(f.start(QStringLiteral("[routing]\noffer_timeout_ms=600000\n")));
    f.lead.connection.setReconnectPolicy(
        ReconnectPolicy(std::chrono::milliseconds(50), std::chrono::milliseconds(500)));
    // Followed as the desktop follows them, so they ride along when it reconnects.
    f.lead.connection.subscribe(QStringLiteral("queue"));
    f.lead.connection.subscribe(protocol::customerTopic(f.customer));
    std::optional<Desk> agent;
    agent.emplace();
    ASSERT_TRUE(agent->login(f.coordinator.url(), f.owner));
    const qint64 id = contactOf(inbound(f.lead.connection, f.customer)).value(QStringLiteral("id")).toInteger();
    ASSERT_GT(id, 0);
    ASSERT_EQ(agent->waitForOffer(), id);
    const auto inState = [id](const QString &state) {
        return [id, state](const QJsonObject &d) {
            const QJsonObject contact = d.value(QStringLiteral("contact")).toObject();
            return contact.value(QStringLiteral("id")).toInteger() == id
                && contact.value(QStringLiteral("state")).toString() == state;
        };
    };
    ASSERT_TRUE(f.lead.waitFor(QStringLiteral("queue.changed"), 5000, inState(QStringLiteral("offered"))));

    // The agent's desktop is gone with the coordinator: after the restart nobody can take the call.
    f.coordinator.stop();
    agent.reset();
    ASSERT_TRUE(QTest::qWaitFor([&] { return f.lead.connection.state() != Connection::State::Connected; }, 10000));
    f.lead.events.clear();
    ASSERT_TRUE(f.coordinator.restart()) << f.coordinator.output().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return f.lead.connection.state() == Connection::State::Connected; }, 20000));
    EXPECT_TRUE(f.lead.waitFor(QStringLiteral("queue.changed"), 5000, inState(QStringLiteral("queued"))));
    EXPECT_TRUE(f.lead.waitFor(QStringLiteral("contact.updated"), 5000, inState(QStringLiteral("queued"))))
        << "the customer's followers see it waiting again";
    const Reply queued = call(f.lead.connection, QStringLiteral("contact.get"), { { QStringLiteral("id"), id } });
    EXPECT_EQ(contactOf(queued).value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    EXPECT_TRUE(contactOf(queued).value(QStringLiteral("offeredTo")).isNull());

    // Back at the desk: offered again, and the lead's floor agrees.
    Desk back;
    ASSERT_TRUE(back.login(f.coordinator.url(), f.owner));
    EXPECT_TRUE(f.offeredTo(back, id));
    EXPECT_TRUE(f.lead.waitFor(QStringLiteral("queue.changed"), 5000, inState(QStringLiteral("offered"))));
    const Reply snap = call(f.lead.connection, QStringLiteral("lead.snapshot"));
    QJsonObject waiting;
    for (const QJsonValue &v : snap.data.value(QStringLiteral("waiting")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
            waiting = v.toObject();
    }
    EXPECT_EQ(waiting.value(QStringLiteral("state")).toString(), QStringLiteral("offered"));
    EXPECT_EQ(waiting.value(QStringLiteral("offeredTo")).toObject().value(QStringLiteral("id")).toInteger(),
              back.userId);
}
