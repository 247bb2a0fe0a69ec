#include "ConsultSupport.h"

#include <optional>

// Consults between a rep and experts, and conferences, against the real coordinator
// with several real clients.

using namespace spocs;
using namespace spocs::test;
using namespace spocs::test::consult;

namespace {

const QString kSkill = QStringLiteral("test_tax");

QString stateOf(const QJsonObject &data, const QString &key = QStringLiteral("consult"))
{
    return data.value(key).toObject().value(QStringLiteral("state")).toString();
}

} // namespace

TEST(Consult, RingToSkillFirstAcceptWinsAndTheChatCarriesReceipts)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep, e1, e2;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(e1.signIn(w.coordinator.url(), QStringLiteral("expert1")));
    ASSERT_TRUE(e2.signIn(w.coordinator.url(), QStringLiteral("expert2")));
    ASSERT_TRUE(giveSkills(w.coordinator.dbPath(), kSkill, QStringLiteral("Tax questions"),
                           { { QStringLiteral("expert1"), 5 }, { QStringLiteral("expert2"), 4 } }));

    // The directory finds both, the stronger first (same presence, same load).
    const Reply found = call(rep.connection, QStringLiteral("expert.find"), { { QStringLiteral("skill"), kSkill } });
    ASSERT_TRUE(found.ok) << found.error.message.toStdString();
    const QJsonArray experts = found.data.value(QStringLiteral("experts")).toArray();
    ASSERT_EQ(experts.size(), 2);
    EXPECT_EQ(idOf(experts.at(0).toObject().value(QStringLiteral("user"))), e1.userId);
    EXPECT_EQ(experts.at(0).toObject().value(QStringLiteral("level")).toInt(), 5);
    EXPECT_EQ(experts.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("available"));
    const Reply byLabel
        = call(rep.connection, QStringLiteral("expert.find"), { { QStringLiteral("query"), QStringLiteral("tax") } });
    EXPECT_EQ(byLabel.data.value(QStringLiteral("experts")).toArray().size(), 2);
    EXPECT_EQ(errorName(call(rep.connection, QStringLiteral("expert.find"),
                             { { QStringLiteral("skill"), QStringLiteral("no_such_skill") } })),
              QStringLiteral("bad_request"));

    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);
    ASSERT_TRUE(rep.follow(QStringLiteral("contact:%1").arg(contact)));
    const Reply notes
        = rep.write(QStringLiteral("contact.notes.set"),
                    { { QStringLiteral("id"), contact },
                      { QStringLiteral("notes"), QStringLiteral("Customer disputes VAT on invoice 7") } });
    ASSERT_TRUE(notes.ok) << notes.error.message.toStdString();
    EXPECT_EQ(notes.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("notes")).toString(),
              QStringLiteral("Customer disputes VAT on invoice 7"));
    // Only the owner (or a lead) writes the notes.
    EXPECT_EQ(
        errorName(e1.write(QStringLiteral("contact.notes.set"),
                           { { QStringLiteral("id"), contact }, { QStringLiteral("notes"), QStringLiteral("x") } })),
        QStringLiteral("forbidden"));

    const Reply asked
        = rep.write(QStringLiteral("consult.request"),
                    { { QStringLiteral("contact"), contact },
                      { QStringLiteral("skill"), kSkill },
                      { QStringLiteral("question"), QStringLiteral("Is VAT due on the shipping fee?") } });
    ASSERT_TRUE(asked.ok) << asked.error.message.toStdString();
    const qint64 consultId = idOf(asked.data.value(QStringLiteral("consult")));

    // Both experts see the whole story before accepting.
    const QJsonObject offer1 = e1.take(QStringLiteral("consult.offered"));
    const QJsonObject offer2 = e2.take(QStringLiteral("consult.offered"));
    ASSERT_FALSE(offer1.isEmpty());
    ASSERT_FALSE(offer2.isEmpty());
    const QJsonObject seen = offer1.value(QStringLiteral("consult")).toObject();
    EXPECT_EQ(seen.value(QStringLiteral("question")).toString(), QStringLiteral("Is VAT due on the shipping fee?"));
    EXPECT_EQ(seen.value(QStringLiteral("notes")).toString(), QStringLiteral("Customer disputes VAT on invoice 7"));
    EXPECT_EQ(seen.value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")).toString(), w.customer);
    EXPECT_EQ(seen.value(QStringLiteral("requester")).toObject().value(QStringLiteral("login")).toString(), w.owner);
    EXPECT_FALSE(offer1.value(QStringLiteral("expiresAt")).toString().isEmpty());

    // Both accept at the same moment: exactly one wins.
    std::optional<Reply> r1, r2;
    e1.connection.write(QStringLiteral("consult.accept"),
                        { { QStringLiteral("cid"), cid() }, { QStringLiteral("id"), consultId } }, &e1.connection,
                        [&](const Reply &r) { r1 = r; });
    e2.connection.write(QStringLiteral("consult.accept"),
                        { { QStringLiteral("cid"), cid() }, { QStringLiteral("id"), consultId } }, &e2.connection,
                        [&](const Reply &r) { r2 = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return r1 && r2; }, 15000));
    ASSERT_NE(r1->ok, r2->ok) << "exactly one accept must win";
    Desk &winner = r1->ok ? e1 : e2;
    Desk &loser = r1->ok ? e2 : e1;
    const Reply &lost = r1->ok ? *r2 : *r1;
    EXPECT_EQ(errorName(lost), QStringLiteral("conflict"));
    EXPECT_EQ(idOf(lost.error.details.value(QStringLiteral("expert"))), winner.userId);
    const QJsonObject withdrawn = loser.take(QStringLiteral("consult.withdrawn"));
    EXPECT_EQ(withdrawn.value(QStringLiteral("consultId")).toInteger(), consultId);
    EXPECT_FALSE(winner.has(QStringLiteral("consult.withdrawn")));
    const QJsonObject active
        = rep.take(QStringLiteral("consult.updated"), [](const QJsonObject &d) { return stateOf(d) == u"active"; });
    ASSERT_FALSE(active.isEmpty());
    EXPECT_EQ(idOf(active.value(QStringLiteral("consult")).toObject().value(QStringLiteral("expert"))), winner.userId);

    // The chat: a message, its delivery and read receipts.
    const Reply sent = rep.write(QStringLiteral("consult.message"),
                                 { { QStringLiteral("id"), consultId },
                                   { QStringLiteral("body"), QStringLiteral("They were charged 19% on shipping.") } });
    ASSERT_TRUE(sent.ok) << sent.error.message.toStdString();
    const qint64 messageId = idOf(sent.data.value(QStringLiteral("message")));
    const QJsonObject arrived = winner.take(QStringLiteral("consult.message"));
    EXPECT_EQ(arrived.value(QStringLiteral("message")).toObject().value(QStringLiteral("body")).toString(),
              QStringLiteral("They were charged 19% on shipping."));
    EXPECT_EQ(errorName(loser.write(
                  QStringLiteral("consult.message"),
                  { { QStringLiteral("id"), consultId }, { QStringLiteral("body"), QStringLiteral("me too") } })),
              QStringLiteral("forbidden"));
    const Reply delivered = winner.write(QStringLiteral("consult.receipt"),
                                         { { QStringLiteral("id"), consultId },
                                           { QStringLiteral("upTo"), messageId },
                                           { QStringLiteral("kind"), QStringLiteral("delivered") } });
    ASSERT_TRUE(delivered.ok) << delivered.error.message.toStdString();
    const Reply read = winner.write(QStringLiteral("consult.receipt"),
                                    { { QStringLiteral("id"), consultId },
                                      { QStringLiteral("upTo"), messageId },
                                      { QStringLiteral("kind"), QStringLiteral("read") } });
    ASSERT_TRUE(read.ok);
    const QJsonObject tick = rep.take(QStringLiteral("consult.receipt"), [](const QJsonObject &d) {
        return d.value(QStringLiteral("kind")).toString() == u"read";
    });
    EXPECT_EQ(tick.value(QStringLiteral("upTo")).toInteger(), messageId);
    EXPECT_EQ(idOf(tick.value(QStringLiteral("by"))), winner.userId);

    const Reply reply
        = winner.write(QStringLiteral("consult.message"),
                       { { QStringLiteral("id"), consultId },
                         { QStringLiteral("body"), QStringLiteral("Yes: shipping follows the goods.") } });
    ASSERT_TRUE(reply.ok);
    EXPECT_FALSE(rep.take(QStringLiteral("consult.message")).isEmpty());

    const Reply ended
        = winner.write(QStringLiteral("consult.end"),
                       { { QStringLiteral("id"), consultId },
                         { QStringLiteral("answer"), QStringLiteral("VAT on shipping follows the goods.") } });
    ASSERT_TRUE(ended.ok) << ended.error.message.toStdString();
    const QJsonObject over
        = rep.take(QStringLiteral("consult.updated"), [](const QJsonObject &d) { return stateOf(d) == u"ended"; });
    ASSERT_FALSE(over.isEmpty());
    EXPECT_EQ(over.value(QStringLiteral("consult")).toObject().value(QStringLiteral("answer")).toString(),
              QStringLiteral("VAT on shipping follows the goods."));
    const QJsonArray messages
        = over.value(QStringLiteral("consult")).toObject().value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_FALSE(messages.at(0).toObject().value(QStringLiteral("readAt")).isNull());
    EXPECT_TRUE(messages.at(1).toObject().value(QStringLiteral("readAt")).isNull());

    // The loser may not read someone else's consult chat now? They were offered it: they may.
    EXPECT_TRUE(call(loser.connection, QStringLiteral("consult.get"), { { QStringLiteral("id"), consultId } }).ok);
    // The contact counts the consult.
    const Reply again = rep.write(
        QStringLiteral("contact.notes.set"),
        { { QStringLiteral("id"), contact }, { QStringLiteral("notes"), QStringLiteral("Resolved by expert") } });
    EXPECT_EQ(again.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("consultCount")).toInteger(),
              1);
}

TEST(Consult, DeclineAndTimeOutTellTheRepAtOnceWithTheNextExpert)
{
    World w;
    ASSERT_TRUE(w.start(2500));
    Desk rep, e1, e2, e3;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(e1.signIn(w.coordinator.url(), QStringLiteral("expert1")));
    ASSERT_TRUE(e2.signIn(w.coordinator.url(), QStringLiteral("expert2")));
    ASSERT_TRUE(e3.signIn(w.coordinator.url(), QStringLiteral("expert3")));
    ASSERT_TRUE(giveSkills(
        w.coordinator.dbPath(), kSkill, QStringLiteral("Tax questions"),
        { { QStringLiteral("expert1"), 5 }, { QStringLiteral("expert2"), 4 }, { QStringLiteral("expert3"), 3 } }));
    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);

    // A named expert on break cannot be asked.
    ASSERT_TRUE(e3.setPresence(QStringLiteral("break")));
    const Reply onBreak = rep.askExpert(contact, e3.userId, QStringLiteral("VAT?"));
    EXPECT_EQ(errorName(onBreak), QStringLiteral("unavailable"));
    EXPECT_EQ(onBreak.error.details.value(QStringLiteral("state")).toString(), QStringLiteral("break"));
    ASSERT_TRUE(e3.setPresence(QStringLiteral("available")));

    // expert1 declines: the rep hears it at once, with expert2 as the next to ask.
    const Reply first = rep.askExpert(contact, e1.userId, QStringLiteral("VAT on shipping?"));
    ASSERT_TRUE(first.ok) << first.error.message.toStdString();
    const qint64 firstId = idOf(first.data.value(QStringLiteral("consult")));
    ASSERT_FALSE(e1.take(QStringLiteral("consult.offered")).isEmpty());
    EXPECT_FALSE(e2.has(QStringLiteral("consult.offered"))); // a named consult goes to that expert only
    const Reply declined
        = e1.write(QStringLiteral("consult.decline"),
                   { { QStringLiteral("id"), firstId }, { QStringLiteral("reason"), QStringLiteral("In a meeting") } });
    ASSERT_TRUE(declined.ok) << declined.error.message.toStdString();
    const QJsonObject told
        = rep.take(QStringLiteral("consult.updated"), [](const QJsonObject &d) { return stateOf(d) == u"declined"; });
    ASSERT_FALSE(told.isEmpty());
    EXPECT_EQ(told.value(QStringLiteral("consult")).toObject().value(QStringLiteral("declineReason")).toString(),
              QStringLiteral("In a meeting"));
    EXPECT_EQ(idOf(told.value(QStringLiteral("next"))), e2.userId);

    // expert2 does not answer: after the time-out the rep is told, with expert3 next.
    const Reply second = rep.askExpert(contact, e2.userId, QStringLiteral("VAT on shipping?"));
    ASSERT_TRUE(second.ok);
    const qint64 secondId = idOf(second.data.value(QStringLiteral("consult")));
    ASSERT_FALSE(e2.take(QStringLiteral("consult.offered")).isEmpty());
    const QJsonObject expired
        = rep.take(QStringLiteral("consult.updated"), [](const QJsonObject &d) { return stateOf(d) == u"expired"; });
    ASSERT_FALSE(expired.isEmpty());
    EXPECT_EQ(idOf(expired.value(QStringLiteral("next"))), e3.userId);
    // The unanswered offer is withdrawn from expert2's screen, and can no longer be taken.
    EXPECT_EQ(e2.take(QStringLiteral("consult.withdrawn")).value(QStringLiteral("consultId")).toInteger(), secondId);
    EXPECT_EQ(errorName(e2.write(QStringLiteral("consult.accept"), { { QStringLiteral("id"), secondId } })),
              QStringLiteral("invalid_state"));

    // The rep may cancel an offer nobody answered yet.
    const Reply third = rep.write(QStringLiteral("consult.request"),
                                  { { QStringLiteral("contact"), contact },
                                    { QStringLiteral("skill"), kSkill },
                                    { QStringLiteral("question"), QStringLiteral("Anyone?") } });
    ASSERT_TRUE(third.ok);
    const qint64 thirdId = idOf(third.data.value(QStringLiteral("consult")));
    const Reply cancelled = rep.write(QStringLiteral("consult.cancel"), { { QStringLiteral("id"), thirdId } });
    ASSERT_TRUE(cancelled.ok) << cancelled.error.message.toStdString();
    EXPECT_EQ(stateOf(cancelled.data), QStringLiteral("cancelled"));
    EXPECT_EQ(e3.take(QStringLiteral("consult.withdrawn")).value(QStringLiteral("consultId")).toInteger(), thirdId);

    // Nobody reachable with the skill: unavailable.
    ASSERT_TRUE(e1.setPresence(QStringLiteral("break")));
    ASSERT_TRUE(e2.setPresence(QStringLiteral("break")));
    ASSERT_TRUE(e3.setPresence(QStringLiteral("break")));
    EXPECT_EQ(errorName(rep.write(QStringLiteral("consult.request"),
                                  { { QStringLiteral("contact"), contact },
                                    { QStringLiteral("skill"), kSkill },
                                    { QStringLiteral("question"), QStringLiteral("Anyone?") } })),
              QStringLiteral("unavailable"));
}

// A desktop that missed events (resync_required) asks contact.mine for the consult and transfer
// offers still open for it: each comes as its offer event brought it, with the same deadline, for
// its user only; a cancelled or declined one is no longer listed.
TEST(Consult, ContactMineListsTheConsultAndTransferOffersStillOpenWithTheirDeadline)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep, e1, e2;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(e1.signIn(w.coordinator.url(), QStringLiteral("expert1")));
    ASSERT_TRUE(e2.signIn(w.coordinator.url(), QStringLiteral("expert2")));
    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);
    const auto mine = [](Desk &desk, const QString &key) {
        const Reply r = call(desk.connection, QStringLiteral("contact.mine"));
        EXPECT_TRUE(r.ok) << r.error.message.toStdString();
        return r.data.value(key).toArray();
    };
    const QString consults = QStringLiteral("consultOffers");
    const QString transfers = QStringLiteral("transferOffers");

    const Reply asked = rep.askExpert(contact, e1.userId, QStringLiteral("VAT on shipping?"));
    ASSERT_TRUE(asked.ok) << asked.error.message.toStdString();
    const qint64 consultId = idOf(asked.data.value(QStringLiteral("consult")));
    const QJsonObject offered = e1.take(QStringLiteral("consult.offered"));
    ASSERT_FALSE(offered.isEmpty());
    const QJsonArray listed = mine(e1, consults);
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(idOf(listed.at(0).toObject().value(QStringLiteral("consult"))), consultId);
    EXPECT_EQ(listed.at(0).toObject().value(QStringLiteral("consult")).toObject().value(QStringLiteral("question")),
              QStringLiteral("VAT on shipping?"));
    EXPECT_EQ(listed.at(0).toObject().value(QStringLiteral("expiresAt")).toString(),
              offered.value(QStringLiteral("expiresAt")).toString())
        << "the offer's own deadline, not a new one";
    EXPECT_TRUE(mine(e2, consults).isEmpty()) << "offers are their user's own";
    EXPECT_TRUE(mine(rep, consults).isEmpty());
    EXPECT_EQ(mine(e1, QStringLiteral("offers")).size(), 0) << "contact offers stay contact offers";
    ASSERT_TRUE(rep.write(QStringLiteral("consult.cancel"), { { QStringLiteral("id"), consultId } }).ok);
    EXPECT_TRUE(mine(e1, consults).isEmpty()) << "withdrawn";

    const Reply handed = rep.write(QStringLiteral("transfer.request"),
                                   { { QStringLiteral("contact"), contact },
                                     { QStringLiteral("to"), e2.userId },
                                     { QStringLiteral("kind"), QStringLiteral("cold") } });
    ASSERT_TRUE(handed.ok) << handed.error.message.toStdString();
    const qint64 transferId = idOf(handed.data.value(QStringLiteral("transfer")));
    const QJsonObject transferOffered = e2.take(QStringLiteral("transfer.offered"));
    ASSERT_FALSE(transferOffered.isEmpty());
    const QJsonArray open = mine(e2, transfers);
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(idOf(open.at(0).toObject().value(QStringLiteral("transfer"))), transferId);
    EXPECT_EQ(idOf(open.at(0).toObject().value(QStringLiteral("contact"))), contact);
    EXPECT_EQ(open.at(0).toObject().value(QStringLiteral("expiresAt")).toString(),
              transferOffered.value(QStringLiteral("expiresAt")).toString());
    EXPECT_TRUE(mine(e1, transfers).isEmpty());
    EXPECT_TRUE(mine(rep, transfers).isEmpty()) << "the one handing it on is not offered it";
    ASSERT_TRUE(e2.write(QStringLiteral("transfer.decline"), { { QStringLiteral("id"), transferId } }).ok);
    EXPECT_TRUE(mine(e2, transfers).isEmpty()) << "answered";
}

TEST(Consult, ClosingTheContactEndsItsConsults)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep, e1, e2;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(e1.signIn(w.coordinator.url(), QStringLiteral("expert1")));
    ASSERT_TRUE(e2.signIn(w.coordinator.url(), QStringLiteral("expert2")));
    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);
    const auto ask = [&](const Desk &expert) {
        const Reply asked = rep.askExpert(contact, expert.userId, QStringLiteral("VAT on shipping?"));
        EXPECT_TRUE(asked.ok) << asked.error.message.toStdString();
        return idOf(asked.data.value(QStringLiteral("consult")));
    };
    const auto consultLoad = [&](const Desk &expert) {
        const Reply found = call(rep.connection, QStringLiteral("expert.find"), {});
        for (const QJsonValue &v : found.data.value(QStringLiteral("experts")).toArray()) {
            if (idOf(v.toObject().value(QStringLiteral("user"))) == expert.userId)
                return v.toObject().value(QStringLiteral("load")).toObject().value(QStringLiteral("consults")).toInt();
        }
        return -1;
    };
    // One consult answered and running, one still ringing.
    const qint64 running = ask(e1);
    ASSERT_FALSE(e1.take(QStringLiteral("consult.offered")).isEmpty());
    ASSERT_TRUE(e1.write(QStringLiteral("consult.accept"), { { QStringLiteral("id"), running } }).ok);
    const qint64 ringing = ask(e2);
    ASSERT_FALSE(e2.take(QStringLiteral("consult.offered")).isEmpty());
    EXPECT_EQ(consultLoad(e1), 1);

    const QJsonObject open = contactOf(rep.connection, contact);
    const Reply closed = rep.write(QStringLiteral("contact.close"),
                                   { { QStringLiteral("id"), contact },
                                     { QStringLiteral("version"), open.value(QStringLiteral("version")) },
                                     { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } },
                                     { QStringLiteral("outcome"), QStringLiteral("resolved") } });
    ASSERT_TRUE(closed.ok) << closed.error.message.toStdString();

    // The running consult ends, and both sides hear it.
    const auto isEnded = [running](const QJsonObject &d) {
        return idOf(d.value(QStringLiteral("consult"))) == running && stateOf(d) == u"ended";
    };
    EXPECT_FALSE(e1.take(QStringLiteral("consult.updated"), isEnded).isEmpty());
    EXPECT_FALSE(rep.take(QStringLiteral("consult.updated"), isEnded).isEmpty());
    EXPECT_EQ(consultLoad(e1), 0);
    EXPECT_EQ(
        errorName(e1.write(QStringLiteral("consult.message"),
                           { { QStringLiteral("id"), running }, { QStringLiteral("body"), QStringLiteral("?") } })),
        QStringLiteral("invalid_state"));
    // The ringing one is cancelled: withdrawn from the expert's screen, the rep told.
    EXPECT_EQ(e2.take(QStringLiteral("consult.withdrawn")).value(QStringLiteral("consultId")).toInteger(), ringing);
    EXPECT_FALSE(rep.take(QStringLiteral("consult.updated"),
                          [ringing](const QJsonObject &d) {
                              return idOf(d.value(QStringLiteral("consult"))) == ringing && stateOf(d) == u"cancelled";
                          })
                     .isEmpty());
    EXPECT_EQ(errorName(e2.write(QStringLiteral("consult.accept"), { { QStringLiteral("id"), ringing } })),
              QStringLiteral("invalid_state"));
}

TEST(Consult, HistoryIsKeptAndVisibleAfterARestart)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep, expert;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(expert.signIn(w.coordinator.url(), QStringLiteral("expert4")));
    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);
    const Reply asked = rep.askExpert(contact, expert.userId, QStringLiteral("Can we refund in cash?"));
    ASSERT_TRUE(asked.ok) << asked.error.message.toStdString();
    const qint64 consultId = idOf(asked.data.value(QStringLiteral("consult")));
    ASSERT_TRUE(expert.write(QStringLiteral("consult.accept"), { { QStringLiteral("id"), consultId } }).ok);
    const Reply m
        = rep.write(QStringLiteral("consult.message"),
                    { { QStringLiteral("id"), consultId }, { QStringLiteral("body"), QStringLiteral("Order 5521") } });
    ASSERT_TRUE(m.ok);
    ASSERT_TRUE(expert
                    .write(QStringLiteral("consult.receipt"),
                           { { QStringLiteral("id"), consultId },
                             { QStringLiteral("upTo"), idOf(m.data.value(QStringLiteral("message"))) },
                             { QStringLiteral("kind"), QStringLiteral("read") } })
                    .ok);
    ASSERT_TRUE(expert
                    .write(QStringLiteral("consult.message"),
                           { { QStringLiteral("id"), consultId },
                             { QStringLiteral("body"), QStringLiteral("No, only to the card.") } })
                    .ok);

    ASSERT_TRUE(w.coordinator.restart());
    Connection later;
    ASSERT_TRUE(loginAndWait(later, w.coordinator.url(), w.owner).ok);
    const Reply list = call(later, QStringLiteral("consult.list"), { { QStringLiteral("contact"), contact } });
    ASSERT_TRUE(list.ok) << list.error.message.toStdString();
    const QJsonArray consults = list.data.value(QStringLiteral("consults")).toArray();
    ASSERT_EQ(consults.size(), 1);
    const QJsonObject kept = consults.at(0).toObject();
    EXPECT_EQ(kept.value(QStringLiteral("question")).toString(), QStringLiteral("Can we refund in cash?"));
    EXPECT_EQ(kept.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    const QJsonArray messages = kept.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages.at(0).toObject().value(QStringLiteral("body")).toString(), QStringLiteral("Order 5521"));
    EXPECT_FALSE(messages.at(0).toObject().value(QStringLiteral("readAt")).isNull());
    EXPECT_EQ(
        messages.at(1).toObject().value(QStringLiteral("author")).toObject().value(QStringLiteral("login")).toString(),
        QStringLiteral("expert4"));
    // Someone with no part in it may not read it.
    Connection stranger;
    ASSERT_TRUE(loginAndWait(stranger, w.coordinator.url(), QStringLiteral("expert5")).ok);
    EXPECT_EQ(errorName(call(stranger, QStringLiteral("consult.get"), { { QStringLiteral("id"), consultId } })),
              QStringLiteral("forbidden"));
    EXPECT_TRUE(call(stranger, QStringLiteral("consult.list"), { { QStringLiteral("contact"), contact } })
                    .data.value(QStringLiteral("consults"))
                    .toArray()
                    .isEmpty());
}

TEST(Conference, JoinAndLeaveAreSeenByEveryoneOnTheContact)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep, expert, watcher;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(expert.signIn(w.coordinator.url(), QStringLiteral("expert1")));
    ASSERT_TRUE(watcher.signIn(w.coordinator.url(), QStringLiteral("lead1")));
    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);
    ASSERT_TRUE(watcher.follow(QStringLiteral("contact:%1").arg(contact)));

    // Nobody is conferenced in without an accepted consult first.
    EXPECT_EQ(
        errorName(rep.write(QStringLiteral("conference.add"),
                            { { QStringLiteral("contact"), contact }, { QStringLiteral("user"), expert.userId } })),
        QStringLiteral("bad_request"));
    const Reply asked = rep.askExpert(contact, expert.userId, QStringLiteral("Can you talk to the customer?"));
    ASSERT_TRUE(asked.ok);
    ASSERT_TRUE(expert
                    .write(QStringLiteral("consult.accept"),
                           { { QStringLiteral("id"), idOf(asked.data.value(QStringLiteral("consult"))) } })
                    .ok);

    watcher.events.clear();
    const Reply added
        = rep.write(QStringLiteral("conference.add"),
                    { { QStringLiteral("contact"), contact }, { QStringLiteral("user"), expert.userId } });
    ASSERT_TRUE(added.ok) << added.error.message.toStdString();
    const auto expertLeg = [&](const QJsonObject &c) -> QJsonObject {
        for (const QJsonValue &p : c.value(QStringLiteral("participants")).toArray()) {
            if (idOf(p.toObject().value(QStringLiteral("user"))) == expert.userId)
                return p.toObject();
        }
        return {};
    };
    const QJsonObject leg = expertLeg(added.data.value(QStringLiteral("contact")).toObject());
    EXPECT_EQ(leg.value(QStringLiteral("role")).toString(), QStringLiteral("expert"));
    EXPECT_TRUE(leg.value(QStringLiteral("leftAt")).isNull());
    EXPECT_EQ(
        errorName(rep.write(QStringLiteral("conference.add"),
                            { { QStringLiteral("contact"), contact }, { QStringLiteral("user"), expert.userId } })),
        QStringLiteral("conflict"));
    // The expert is told, and sees the customer's unified view; the lead watching the contact sees the change.
    EXPECT_EQ(idOf(expert.take(QStringLiteral("contact.updated")).value(QStringLiteral("contact"))), contact);
    // Everyone following the contact sees the expert's leg open.
    const QJsonObject joined = watcher.take(QStringLiteral("contact.updated"), [&](const QJsonObject &d) {
        return !expertLeg(d.value(QStringLiteral("contact")).toObject()).isEmpty();
    });
    ASSERT_FALSE(joined.isEmpty());
    EXPECT_TRUE(expertLeg(joined.value(QStringLiteral("contact")).toObject()).value(QStringLiteral("leftAt")).isNull());
    EXPECT_TRUE(call(expert.connection, QStringLiteral("customer.get"), { { QStringLiteral("id"), w.customer } }).ok);

    watcher.events.clear();
    const Reply left = expert.write(QStringLiteral("conference.leave"), { { QStringLiteral("contact"), contact } });
    ASSERT_TRUE(left.ok) << left.error.message.toStdString();
    EXPECT_FALSE(
        expertLeg(left.data.value(QStringLiteral("contact")).toObject()).value(QStringLiteral("leftAt")).isNull());
    const QJsonObject gone = watcher.take(QStringLiteral("contact.updated"), [&](const QJsonObject &d) {
        return !expertLeg(d.value(QStringLiteral("contact")).toObject()).value(QStringLiteral("leftAt")).isNull();
    });
    EXPECT_FALSE(gone.isEmpty()) << "the watcher must see the expert leave";
    EXPECT_EQ(errorName(expert.write(QStringLiteral("conference.leave"), { { QStringLiteral("contact"), contact } })),
              QStringLiteral("invalid_state"));
    // The owner leaving the call keeps the contact: they stay accountable.
    const Reply ownerLeft = rep.write(QStringLiteral("conference.leave"), { { QStringLiteral("contact"), contact } });
    ASSERT_TRUE(ownerLeft.ok) << ownerLeft.error.message.toStdString();
    bool ownerLegOpen = false;
    for (const QJsonValue &p :
         ownerLeft.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("participants")).toArray()) {
        if (idOf(p.toObject().value(QStringLiteral("user"))) == rep.userId
            && p.toObject().value(QStringLiteral("leftAt")).isNull())
            ownerLegOpen = true;
    }
    EXPECT_FALSE(ownerLegOpen);
    EXPECT_EQ(ownerLeft.data.value(QStringLiteral("contact"))
                  .toObject()
                  .value(QStringLiteral("owner"))
                  .toObject()
                  .value(QStringLiteral("login"))
                  .toString(),
              w.owner);
}

TEST(Consult, DirectoryListsTheDemoExpertsByPresenceWithTheirSkills)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep, online;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(online.signIn(w.coordinator.url(), QStringLiteral("expert3")));
    const Reply all = call(rep.connection, QStringLiteral("expert.find"), { { QStringLiteral("limit"), 50 } });
    ASSERT_TRUE(all.ok) << all.error.message.toStdString();
    const QJsonArray experts = all.data.value(QStringLiteral("experts")).toArray();
    ASSERT_GE(experts.size(), 5);
    // The one online comes first; the caller is never listed.
    EXPECT_EQ(idOf(experts.at(0).toObject().value(QStringLiteral("user"))), online.userId);
    EXPECT_EQ(experts.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("available"));
    EXPECT_EQ(experts.last().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("offline"));
    for (const QJsonValue &v : experts)
        EXPECT_NE(idOf(v.toObject().value(QStringLiteral("user"))), rep.userId);
    // Each demo expert has skills; looking one up by skill gives their level in it.
    const QJsonArray skills = experts.at(0).toObject().value(QStringLiteral("skills")).toArray();
    ASSERT_FALSE(skills.isEmpty());
    const QString skill = skills.at(0).toObject().value(QStringLiteral("skill")).toString();
    const Reply bySkill = call(rep.connection, QStringLiteral("expert.find"), { { QStringLiteral("skill"), skill } });
    ASSERT_TRUE(bySkill.ok);
    const QJsonArray matches = bySkill.data.value(QStringLiteral("experts")).toArray();
    ASSERT_FALSE(matches.isEmpty());
    EXPECT_EQ(idOf(matches.at(0).toObject().value(QStringLiteral("user"))), online.userId);
    EXPECT_EQ(matches.at(0).toObject().value(QStringLiteral("level")).toInt(),
              skills.at(0).toObject().value(QStringLiteral("level")).toInt());
}

// An expert conferenced into a call is on that call: routing offers them no other call until they leave it,
// also once the consult that brought them in has ended, and the directory counts the call in their load.
TEST(Conference, AnExpertOnTheCallIsOfferedNoOtherCallUntilTheyLeave)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep, expert;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(expert.signIn(w.coordinator.url(), QStringLiteral("expert1")));
    ASSERT_TRUE(giveSkills(w.coordinator.dbPath(), kSkill, QStringLiteral("Tax questions"),
                           { { QStringLiteral("expert1"), 5 } }));
    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);
    const Reply asked = rep.askExpert(contact, expert.userId, QStringLiteral("Can you talk to the customer?"));
    ASSERT_TRUE(asked.ok) << asked.error.message.toStdString();
    const qint64 consultId = idOf(asked.data.value(QStringLiteral("consult")));
    ASSERT_TRUE(expert.write(QStringLiteral("consult.accept"), { { QStringLiteral("id"), consultId } }).ok);
    const Reply added
        = rep.write(QStringLiteral("conference.add"),
                    { { QStringLiteral("contact"), contact }, { QStringLiteral("user"), expert.userId } });
    ASSERT_TRUE(added.ok) << added.error.message.toStdString();
    ASSERT_TRUE(rep.write(QStringLiteral("consult.end"), { { QStringLiteral("id"), consultId } }).ok);
    EXPECT_EQ(expert.presence(), QStringLiteral("available")) << "presence stays what the expert set";

    const auto voiceLoad = [&] {
        const Reply found
            = call(rep.connection, QStringLiteral("expert.find"), { { QStringLiteral("skill"), kSkill } });
        const QJsonArray experts = found.data.value(QStringLiteral("experts")).toArray();
        return experts.isEmpty()
            ? -1
            : experts.at(0).toObject().value(QStringLiteral("load")).toObject().value(QStringLiteral("voice")).toInt();
    };
    EXPECT_EQ(voiceLoad(), 1) << "the conferenced call counts";

    // A call for the expert's skill waits while they are on the other one.
    const Reply in = callWrite(w.lead, QStringLiteral("contact.inbound"),
                               { { QStringLiteral("cid"), cid() },
                                 { QStringLiteral("channel"), QStringLiteral("phone") },
                                 { QStringLiteral("customer"), w.customer },
                                 { QStringLiteral("queue"), kSkill } });
    ASSERT_TRUE(in.ok) << in.error.message.toStdString();
    const qint64 second = idOf(in.data.value(QStringLiteral("contact")));
    // The routing pass the inbound call scheduled runs before the coordinator reads the next request.
    EXPECT_EQ(contactOf(w.lead, second).value(QStringLiteral("state")).toString(), QStringLiteral("queued"))
        << "offered to the expert who is on a call";

    // Once they leave the conference, the waiting call comes to them.
    ASSERT_TRUE(expert.write(QStringLiteral("conference.leave"), { { QStringLiteral("contact"), contact } }).ok);
    const QJsonObject offer = expert.take(QStringLiteral("contact.offered"), [&](const QJsonObject &d) {
        return idOf(d.value(QStringLiteral("contact"))) == second;
    });
    EXPECT_FALSE(offer.isEmpty()) << "the waiting call is offered once the expert is free";
}

// The same rule as a consult offer: someone on a break or wrapping up another contact is not brought onto a
// call, even after accepting a consult on it; back and available, they are.
TEST(Conference, SomeoneOnABreakOrInAfterContactWorkIsNotConferencedIn)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep, expert;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(expert.signIn(w.coordinator.url(), QStringLiteral("expert2")));
    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);
    const Reply asked = rep.askExpert(contact, expert.userId, QStringLiteral("Can you talk to the customer?"));
    ASSERT_TRUE(asked.ok) << asked.error.message.toStdString();
    ASSERT_TRUE(expert
                    .write(QStringLiteral("consult.accept"),
                           { { QStringLiteral("id"), idOf(asked.data.value(QStringLiteral("consult"))) } })
                    .ok);
    const QJsonObject args { { QStringLiteral("contact"), contact }, { QStringLiteral("user"), expert.userId } };

    for (const QString &state : { QStringLiteral("break"), QStringLiteral("after_contact_work") }) {
        ASSERT_TRUE(expert.setPresence(state));
        const Reply refused = rep.write(QStringLiteral("conference.add"), args);
        EXPECT_EQ(errorName(refused), QStringLiteral("unavailable")) << state.toStdString();
        EXPECT_EQ(refused.error.details.value(QStringLiteral("state")).toString(), state);
    }
    EXPECT_FALSE(expert.has(QStringLiteral("contact.updated")));

    ASSERT_TRUE(expert.setPresence(QStringLiteral("available")));
    const Reply added = rep.write(QStringLiteral("conference.add"), args);
    EXPECT_TRUE(added.ok) << added.error.message.toStdString();
}

// Offers still open when the coordinator stops die with it (their clocks are gone). The desktops
// reconnect and resume: they must hear that the consult and the transfer offers expired, as when an
// offer times out, instead of keeping a ringing offer or a pending request nobody can answer.
TEST(Consult, OffersOpenAtARestartExpireAndEveryoneInvolvedIsTold)
{
    World w;
    ASSERT_TRUE(w.start(60000));
    Desk rep, expert, target;
    const ReconnectPolicy fast(std::chrono::milliseconds(50), std::chrono::milliseconds(500));
    for (Desk *desk : { &rep, &expert, &target })
        desk->connection.setReconnectPolicy(fast);
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(expert.signIn(w.coordinator.url(), QStringLiteral("expert3")));
    ASSERT_TRUE(target.signIn(w.coordinator.url(), w.otherAgent()));
    // As the desktop does: its own topic rides along when it reconnects.
    for (Desk *desk : { &rep, &expert, &target })
        desk->connection.subscribe(QStringLiteral("user:%1").arg(desk->userId));
    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);
    const Reply asked = rep.askExpert(contact, expert.userId, QStringLiteral("Can we refund in cash?"));
    ASSERT_TRUE(asked.ok) << asked.error.message.toStdString();
    const qint64 consultId = idOf(asked.data.value(QStringLiteral("consult")));
    const Reply handOver = rep.write(QStringLiteral("transfer.request"),
                                     { { QStringLiteral("contact"), contact },
                                       { QStringLiteral("to"), target.userId },
                                       { QStringLiteral("kind"), QStringLiteral("cold") } });
    ASSERT_TRUE(handOver.ok) << handOver.error.message.toStdString();
    const qint64 transferId = idOf(handOver.data.value(QStringLiteral("transfer")));
    ASSERT_FALSE(expert.take(QStringLiteral("consult.offered")).isEmpty());
    ASSERT_FALSE(target.take(QStringLiteral("transfer.offered")).isEmpty());

    w.coordinator.stop();
    for (Desk *desk : { &rep, &expert, &target })
        ASSERT_TRUE(QTest::qWaitFor([&] { return desk->connection.state() != Connection::State::Connected; }, 10000));
    for (Desk *desk : { &rep, &expert, &target })
        desk->events.clear();
    ASSERT_TRUE(w.coordinator.restart()) << w.coordinator.output().toStdString();
    for (Desk *desk : { &rep, &expert, &target })
        ASSERT_TRUE(QTest::qWaitFor([&] { return desk->connection.state() == Connection::State::Connected; }, 20000));

    // The expert's offer is withdrawn and the rep sees the consult expired.
    const QJsonObject withdrawn = expert.take(QStringLiteral("consult.withdrawn"));
    EXPECT_EQ(withdrawn.value(QStringLiteral("consultId")).toInteger(), consultId);
    const QJsonObject expired = rep.take(QStringLiteral("consult.updated"), [&](const QJsonObject &d) {
        return idOf(d.value(QStringLiteral("consult"))) == consultId;
    });
    EXPECT_EQ(expired.value(QStringLiteral("consult")).toObject().value(QStringLiteral("state")).toString(),
              QStringLiteral("expired"));
    // Both ends of the transfer see it expire, the rep with the notice that the contact stays theirs.
    for (Desk *desk : { &rep, &target }) {
        const QJsonObject update = desk->take(QStringLiteral("transfer.updated"), [&](const QJsonObject &d) {
            return idOf(d.value(QStringLiteral("transfer"))) == transferId;
        });
        EXPECT_EQ(update.value(QStringLiteral("transfer")).toObject().value(QStringLiteral("state")).toString(),
                  QStringLiteral("expired"))
            << desk->login.toStdString();
        EXPECT_EQ(update.value(QStringLiteral("notice")).toObject().value(QStringLiteral("kind")).toString(),
                  QStringLiteral("expired"));
    }
    // And the offers are dead.
    EXPECT_EQ(errorName(expert.write(QStringLiteral("consult.accept"), { { QStringLiteral("id"), consultId } })),
              QStringLiteral("invalid_state"));
    EXPECT_EQ(errorName(target.write(QStringLiteral("transfer.accept"), { { QStringLiteral("id"), transferId } })),
              QStringLiteral("invalid_state"));
}
