#include "ConsultSupport.h"

// Transfers with guardrails, forwarding, and owner-first routing seen from the rep,
// against the real coordinator with several real clients.

using namespace spocs;
using namespace spocs::test;
using namespace spocs::test::consult;

namespace {

QString ownerLogin(const QJsonObject &contact)
{
    return contact.value(QStringLiteral("owner")).toObject().value(QStringLiteral("login")).toString();
}

QJsonObject transferArgs(qint64 contact, qint64 to, const QString &kind)
{
    return { { QStringLiteral("contact"), contact },
             { QStringLiteral("to"), to },
             { QStringLiteral("kind"), kind },
             { QStringLiteral("note"), QStringLiteral("Customer wants a partial refund") } };
}

} // namespace

TEST(Transfer, ToAnOfflineOrBusyAgentIsRejected)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep, onBreak;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(onBreak.signIn(w.coordinator.url(), w.otherAgent(0)));
    ASSERT_TRUE(onBreak.setPresence(QStringLiteral("break")));
    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);
    const qint64 offline = userIdOf(w.lead, w.otherAgent(1));
    ASSERT_GT(offline, 0);

    const Reply toOffline
        = rep.write(QStringLiteral("transfer.request"), transferArgs(contact, offline, QStringLiteral("cold")));
    EXPECT_EQ(errorName(toOffline), QStringLiteral("unavailable"));
    EXPECT_EQ(toOffline.error.details.value(QStringLiteral("state")).toString(), QStringLiteral("offline"));
    const Reply toBreak
        = rep.write(QStringLiteral("transfer.request"), transferArgs(contact, onBreak.userId, QStringLiteral("cold")));
    EXPECT_EQ(toBreak.error.details.value(QStringLiteral("state")).toString(), QStringLiteral("break"));
    // Warm needs an accepted consult with the target first.
    ASSERT_TRUE(onBreak.setPresence(QStringLiteral("available")));
    EXPECT_EQ(errorName(rep.write(QStringLiteral("transfer.request"),
                                  transferArgs(contact, onBreak.userId, QStringLiteral("warm")))),
              QStringLiteral("bad_request"));
    // Someone already on a phone call is full.
    Desk busy;
    ASSERT_TRUE(busy.signIn(w.coordinator.url(), w.otherAgent(2)));
    ASSERT_TRUE(onBreak.setPresence(QStringLiteral("break")));
    ASSERT_TRUE(rep.setPresence(QStringLiteral("on_contact")));
    const Reply second = callWrite(w.lead, QStringLiteral("contact.inbound"),
                                   { { QStringLiteral("cid"), cid() },
                                     { QStringLiteral("channel"), QStringLiteral("phone") },
                                     { QStringLiteral("customer"), QStringLiteral("C-1004") } });
    ASSERT_TRUE(second.ok);
    const QJsonObject offer = busy.take(QStringLiteral("contact.offered"));
    ASSERT_FALSE(offer.isEmpty());
    ASSERT_TRUE(busy.write(QStringLiteral("contact.accept"),
                           { { QStringLiteral("id"), idOf(offer.value(QStringLiteral("contact"))) } })
                    .ok);
    const Reply toFull
        = rep.write(QStringLiteral("transfer.request"), transferArgs(contact, busy.userId, QStringLiteral("cold")));
    EXPECT_EQ(errorName(toFull), QStringLiteral("unavailable"));
    EXPECT_EQ(toFull.error.details.value(QStringLiteral("state")).toString(), QStringLiteral("full"));
    EXPECT_EQ(ownerLogin(contactOf(rep.connection, contact)), w.owner);
}

TEST(Transfer, DeclinedOrUnansweredTransferStaysWithTheOwner)
{
    World w;
    ASSERT_TRUE(w.start(2500));
    Desk rep, target, watcher;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(watcher.signIn(w.coordinator.url(), QStringLiteral("lead1")));
    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);
    ASSERT_TRUE(target.signIn(w.coordinator.url(), w.otherAgent(0)));
    ASSERT_TRUE(watcher.follow(QStringLiteral("contact:%1").arg(contact)));

    const Reply asked
        = rep.write(QStringLiteral("transfer.request"), transferArgs(contact, target.userId, QStringLiteral("cold")));
    ASSERT_TRUE(asked.ok) << asked.error.message.toStdString();
    const qint64 first = idOf(asked.data.value(QStringLiteral("transfer")));
    const QJsonObject offered = target.take(QStringLiteral("transfer.offered"));
    ASSERT_FALSE(offered.isEmpty());
    EXPECT_EQ(offered.value(QStringLiteral("transfer")).toObject().value(QStringLiteral("note")).toString(),
              QStringLiteral("Customer wants a partial refund"));
    EXPECT_EQ(idOf(offered.value(QStringLiteral("contact"))), contact);
    // One open transfer at a time.
    EXPECT_EQ(errorName(rep.write(QStringLiteral("transfer.request"),
                                  transferArgs(contact, target.userId, QStringLiteral("cold")))),
              QStringLiteral("conflict"));
    const Reply declined = target.write(
        QStringLiteral("transfer.decline"),
        { { QStringLiteral("id"), first }, { QStringLiteral("reason"), QStringLiteral("Not my area") } });
    ASSERT_TRUE(declined.ok) << declined.error.message.toStdString();
    const QJsonObject notice = rep.take(QStringLiteral("transfer.updated"), [](const QJsonObject &d) {
        return d.value(QStringLiteral("transfer")).toObject().value(QStringLiteral("state")).toString() == u"declined";
    });
    ASSERT_FALSE(notice.isEmpty());
    EXPECT_EQ(notice.value(QStringLiteral("notice")).toObject().value(QStringLiteral("kind")).toString(),
              QStringLiteral("declined"));
    EXPECT_EQ(ownerLogin(notice.value(QStringLiteral("contact")).toObject()), w.owner);
    EXPECT_FALSE(watcher.take(QStringLiteral("transfer.updated")).isEmpty());

    // Unanswered: after the time-out the rep is told and keeps the contact.
    const Reply again
        = rep.write(QStringLiteral("transfer.request"), transferArgs(contact, target.userId, QStringLiteral("cold")));
    ASSERT_TRUE(again.ok) << again.error.message.toStdString();
    const qint64 second = idOf(again.data.value(QStringLiteral("transfer")));
    const QJsonObject expired = rep.take(QStringLiteral("transfer.updated"), [](const QJsonObject &d) {
        return d.value(QStringLiteral("transfer")).toObject().value(QStringLiteral("state")).toString() == u"expired";
    });
    ASSERT_FALSE(expired.isEmpty());
    EXPECT_EQ(expired.value(QStringLiteral("notice")).toObject().value(QStringLiteral("kind")).toString(),
              QStringLiteral("expired"));
    EXPECT_EQ(errorName(target.write(QStringLiteral("transfer.accept"), { { QStringLiteral("id"), second } })),
              QStringLiteral("invalid_state"));
    const QJsonObject after = contactOf(rep.connection, contact);
    EXPECT_EQ(ownerLogin(after), w.owner);
    EXPECT_EQ(after.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
}

TEST(Transfer, WarmTransferAfterAConsultHandsTheContactOver)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep, expert, watcher;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(watcher.signIn(w.coordinator.url(), QStringLiteral("lead1")));
    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);
    ASSERT_TRUE(expert.signIn(w.coordinator.url(), QStringLiteral("expert2")));
    ASSERT_TRUE(watcher.follow(QStringLiteral("contact:%1").arg(contact)));
    const Reply asked = rep.askExpert(contact, expert.userId, QStringLiteral("Can you take this one?"));
    ASSERT_TRUE(asked.ok) << asked.error.message.toStdString();
    ASSERT_TRUE(expert
                    .write(QStringLiteral("consult.accept"),
                           { { QStringLiteral("id"), idOf(asked.data.value(QStringLiteral("consult"))) } })
                    .ok);

    const Reply warm
        = rep.write(QStringLiteral("transfer.request"), transferArgs(contact, expert.userId, QStringLiteral("warm")));
    ASSERT_TRUE(warm.ok) << warm.error.message.toStdString();
    const qint64 transfer = idOf(warm.data.value(QStringLiteral("transfer")));
    ASSERT_FALSE(expert.take(QStringLiteral("transfer.offered")).isEmpty());
    // Only the target answers it.
    EXPECT_EQ(errorName(rep.write(QStringLiteral("transfer.accept"), { { QStringLiteral("id"), transfer } })),
              QStringLiteral("forbidden"));
    const Reply accepted = expert.write(QStringLiteral("transfer.accept"), { { QStringLiteral("id"), transfer } });
    ASSERT_TRUE(accepted.ok) << accepted.error.message.toStdString();
    const QJsonObject handed = accepted.data.value(QStringLiteral("contact")).toObject();
    EXPECT_EQ(ownerLogin(handed), QStringLiteral("expert2"));
    EXPECT_EQ(handed.value(QStringLiteral("transferCount")).toInteger(), 1);
    QHash<QString, QString> roles; // login -> open role
    for (const QJsonValue &p : handed.value(QStringLiteral("participants")).toArray()) {
        const QJsonObject leg = p.toObject();
        if (leg.value(QStringLiteral("leftAt")).isNull() && leg.value(QStringLiteral("user")).isObject())
            roles.insert(leg.value(QStringLiteral("user")).toObject().value(QStringLiteral("login")).toString(),
                         leg.value(QStringLiteral("role")).toString());
    }
    EXPECT_EQ(roles.value(QStringLiteral("expert2")), QStringLiteral("owner"));
    EXPECT_EQ(roles.value(w.owner), QStringLiteral("agent")); // warm: the rep stays on until they leave
    const QJsonObject seen = rep.take(QStringLiteral("transfer.updated"), [](const QJsonObject &d) {
        return d.value(QStringLiteral("transfer")).toObject().value(QStringLiteral("state")).toString() == u"accepted";
    });
    EXPECT_FALSE(seen.isEmpty());
    EXPECT_FALSE(watcher.take(QStringLiteral("transfer.updated")).isEmpty());
    EXPECT_EQ(ownerLogin(contactOf(watcher.connection, contact)), QStringLiteral("expert2"));
    EXPECT_EQ(expert.presence(), QStringLiteral("on_contact"));
    EXPECT_EQ(rep.presence(), QStringLiteral("after_contact_work"));
    // The new owner now works the contact; the old one no longer may.
    EXPECT_TRUE(
        expert
            .write(QStringLiteral("contact.notes.set"),
                   { { QStringLiteral("id"), contact }, { QStringLiteral("notes"), QStringLiteral("Taken over") } })
            .ok);
    EXPECT_EQ(errorName(rep.write(
                  QStringLiteral("contact.notes.set"),
                  { { QStringLiteral("id"), contact }, { QStringLiteral("notes"), QStringLiteral("mine") } })),
              QStringLiteral("forbidden"));
}

TEST(Transfer, AnAcceptedTransferEndsTheOldOwnersConsult)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep, expert, taker;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);
    ASSERT_TRUE(expert.signIn(w.coordinator.url(), QStringLiteral("expert1")));
    ASSERT_TRUE(taker.signIn(w.coordinator.url(), w.otherAgent(0)));
    const Reply asked = rep.askExpert(contact, expert.userId, QStringLiteral("Is the refund due?"));
    ASSERT_TRUE(asked.ok) << asked.error.message.toStdString();
    const qint64 consult = idOf(asked.data.value(QStringLiteral("consult")));
    ASSERT_TRUE(expert.write(QStringLiteral("consult.accept"), { { QStringLiteral("id"), consult } }).ok);

    const Reply cold
        = rep.write(QStringLiteral("transfer.request"), transferArgs(contact, taker.userId, QStringLiteral("cold")));
    ASSERT_TRUE(cold.ok) << cold.error.message.toStdString();
    const Reply accepted = taker.write(QStringLiteral("transfer.accept"),
                                       { { QStringLiteral("id"), idOf(cold.data.value(QStringLiteral("transfer"))) } });
    ASSERT_TRUE(accepted.ok) << accepted.error.message.toStdString();

    // The consult was about the rep's handling of the contact: it ends, and both sides hear it.
    const auto ended = [consult](const QJsonObject &d) {
        const QJsonObject c = d.value(QStringLiteral("consult")).toObject();
        return idOf(c) == consult && c.value(QStringLiteral("state")).toString() == u"ended";
    };
    EXPECT_FALSE(rep.take(QStringLiteral("consult.updated"), ended).isEmpty());
    EXPECT_FALSE(expert.take(QStringLiteral("consult.updated"), ended).isEmpty());
    // The old owner no longer talks about someone else's customer.
    EXPECT_EQ(
        errorName(rep.write(QStringLiteral("consult.message"),
                            { { QStringLiteral("id"), consult }, { QStringLiteral("body"), QStringLiteral("?") } })),
        QStringLiteral("invalid_state"));
    // The new owner reads what was said, and asks again if they need to.
    const Reply read = call(taker.connection, QStringLiteral("consult.get"), { { QStringLiteral("id"), consult } });
    ASSERT_TRUE(read.ok) << read.error.message.toStdString();
    EXPECT_EQ(read.data.value(QStringLiteral("consult")).toObject().value(QStringLiteral("question")).toString(),
              QStringLiteral("Is the refund due?"));
    EXPECT_TRUE(taker
                    .write(QStringLiteral("consult.request"),
                           { { QStringLiteral("contact"), contact },
                             { QStringLiteral("expert"), expert.userId },
                             { QStringLiteral("question"), QStringLiteral("Still: is the refund due?") } })
                    .ok);
}

TEST(Transfer, ForwardOnlyReasonGoesToTheDesignatedPersonAndReleasesTheRep)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep, designated;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);
    ASSERT_TRUE(designated.signIn(w.coordinator.url(), w.otherAgent(3)));
    ASSERT_TRUE(
        execSql(w.coordinator.dbPath(),
                { QStringLiteral("UPDATE contact_reasons SET forward_to_user_id = %1 WHERE code = 'account.close'")
                      .arg(designated.userId) }));

    const Reply notForwardOnly = rep.write(QStringLiteral("contact.forward"),
                                           { { QStringLiteral("id"), contact },
                                             { QStringLiteral("reason"), QStringLiteral("orders.where") },
                                             { QStringLiteral("note"), QStringLiteral("x") } });
    EXPECT_EQ(errorName(notForwardOnly), QStringLiteral("bad_request"));
    const Reply forwarded
        = rep.write(QStringLiteral("contact.forward"),
                    { { QStringLiteral("id"), contact },
                      { QStringLiteral("reason"), QStringLiteral("account.close") },
                      { QStringLiteral("note"), QStringLiteral("Wants to close the account today") } });
    ASSERT_TRUE(forwarded.ok) << forwarded.error.message.toStdString();
    const QJsonObject record = forwarded.data.value(QStringLiteral("transfer")).toObject();
    EXPECT_EQ(record.value(QStringLiteral("kind")).toString(), QStringLiteral("forward"));
    EXPECT_EQ(record.value(QStringLiteral("state")).toString(), QStringLiteral("forwarded"));
    const QJsonObject queued = forwarded.data.value(QStringLiteral("contact")).toObject();
    EXPECT_TRUE(queued.value(QStringLiteral("forwarded")).toBool());
    EXPECT_TRUE(queued.value(QStringLiteral("owner")).isNull());
    EXPECT_TRUE(queued.value(QStringLiteral("reasons")).toArray().contains(QStringLiteral("account.close")));
    // The rep is released; the designated person gets the offer.
    EXPECT_EQ(rep.presence(), QStringLiteral("after_contact_work"));
    const QJsonObject offer = designated.take(QStringLiteral("contact.offered"));
    ASSERT_FALSE(offer.isEmpty());
    EXPECT_EQ(idOf(offer.value(QStringLiteral("contact"))), contact);
    EXPECT_EQ(offer.value(QStringLiteral("pick")).toString(), QStringLiteral("preferred"));
}

TEST(Transfer, ForwardingEndsTheRepsConsult)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep, expert;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);
    ASSERT_TRUE(expert.signIn(w.coordinator.url(), QStringLiteral("expert1")));
    const Reply asked = rep.askExpert(contact, expert.userId, QStringLiteral("Who closes accounts?"));
    ASSERT_TRUE(asked.ok) << asked.error.message.toStdString();
    const qint64 consult = idOf(asked.data.value(QStringLiteral("consult")));
    ASSERT_TRUE(expert.write(QStringLiteral("consult.accept"), { { QStringLiteral("id"), consult } }).ok);

    const Reply forwarded = rep.write(
        QStringLiteral("contact.forward"),
        { { QStringLiteral("id"), contact }, { QStringLiteral("reason"), QStringLiteral("account.close") } });
    ASSERT_TRUE(forwarded.ok) << forwarded.error.message.toStdString();
    EXPECT_FALSE(expert
                     .take(QStringLiteral("consult.updated"),
                           [consult](const QJsonObject &d) {
                               const QJsonObject c = d.value(QStringLiteral("consult")).toObject();
                               return idOf(c) == consult && c.value(QStringLiteral("state")).toString() == u"ended";
                           })
                     .isEmpty());
    EXPECT_EQ(
        errorName(rep.write(QStringLiteral("consult.message"),
                            { { QStringLiteral("id"), consult }, { QStringLiteral("body"), QStringLiteral("?") } })),
        QStringLiteral("invalid_state"));
}

TEST(Transfer, OwnerUnavailableSendsTheCustomerToTheBackup)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk owner, backup, other;
    ASSERT_TRUE(owner.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(owner.setPresence(QStringLiteral("break")));
    ASSERT_TRUE(other.signIn(w.coordinator.url(), w.otherAgent(0)));
    ASSERT_TRUE(backup.signIn(w.coordinator.url(), w.backup));
    const Reply in = callWrite(w.lead, QStringLiteral("contact.inbound"),
                               { { QStringLiteral("cid"), cid() },
                                 { QStringLiteral("channel"), QStringLiteral("phone") },
                                 { QStringLiteral("customer"), w.customer } });
    ASSERT_TRUE(in.ok);
    const QJsonObject offer = backup.take(QStringLiteral("contact.offered"));
    ASSERT_FALSE(offer.isEmpty());
    EXPECT_EQ(idOf(offer.value(QStringLiteral("contact"))), idOf(in.data.value(QStringLiteral("contact"))));
    EXPECT_FALSE(owner.has(QStringLiteral("contact.offered")));
    EXPECT_FALSE(other.has(QStringLiteral("contact.offered")));
}

// Regression: closing a contact while a transfer offer was open left the offer (and the
// target's reservation) open until its time-out, which then told the rep "expired".
TEST(Transfer, ClosingTheContactEndsAnOpenTransferOffer)
{
    World w;
    ASSERT_TRUE(w.start(1500));
    Desk rep, target;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);
    ASSERT_TRUE(target.signIn(w.coordinator.url(), w.otherAgent(0)));
    const Reply asked
        = rep.write(QStringLiteral("transfer.request"), transferArgs(contact, target.userId, QStringLiteral("cold")));
    ASSERT_TRUE(asked.ok) << asked.error.message.toStdString();
    const qint64 transfer = idOf(asked.data.value(QStringLiteral("transfer")));
    ASSERT_FALSE(target.take(QStringLiteral("transfer.offered")).isEmpty());

    const QJsonObject open = contactOf(rep.connection, contact);
    const Reply closed = rep.write(QStringLiteral("contact.close"),
                                   { { QStringLiteral("id"), contact },
                                     { QStringLiteral("version"), open.value(QStringLiteral("version")) },
                                     { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } },
                                     { QStringLiteral("outcome"), QStringLiteral("resolved") } });
    ASSERT_TRUE(closed.ok) << closed.error.message.toStdString();
    // The target hears it, so their offer card goes now instead of at its expiry.
    const QJsonObject cancelled = target.take(QStringLiteral("transfer.updated"), [](const QJsonObject &d) {
        return d.value(QStringLiteral("transfer")).toObject().value(QStringLiteral("state")).toString() == u"cancelled";
    });
    EXPECT_EQ(idOf(cancelled.value(QStringLiteral("transfer"))), transfer);
    EXPECT_EQ(errorName(target.write(QStringLiteral("transfer.accept"), { { QStringLiteral("id"), transfer } })),
              QStringLiteral("invalid_state"));
    // No late "expired" notice for a contact that is already closed.
    EXPECT_TRUE(rep.take(
                       QStringLiteral("transfer.updated"),
                       [](const QJsonObject &d) {
                           return d.value(QStringLiteral("transfer")).toObject().value(QStringLiteral("state"))
                               == QStringLiteral("expired");
                       },
                       2500)
                    .isEmpty());
    EXPECT_EQ(contactOf(rep.connection, contact).value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
}
