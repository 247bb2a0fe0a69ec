#include "ConsultSupport.h"

// A consult's question, chat and receipts reach its parties and the leads who follow it,
// never everyone who may follow its contact: the expert of another consult on the same
// contact may follow the contact, yet must not read this consult's chat.

using namespace spocs;
using namespace spocs::test;
using namespace spocs::test::consult;

TEST(ConsultPrivacy, AnotherConsultsExpertOnTheSameContactDoesNotReadThisChat)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep, e1, e2, lead;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(e1.signIn(w.coordinator.url(), QStringLiteral("expert1")));
    ASSERT_TRUE(e2.signIn(w.coordinator.url(), QStringLiteral("expert2")));
    ASSERT_TRUE(lead.signIn(w.coordinator.url(), QStringLiteral("lead1")));
    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);

    // expert2 is asked something else on this contact, so expert2 is on the contact...
    const Reply other = rep.write(QStringLiteral("consult.request"),
                                  { { QStringLiteral("contact"), contact },
                                    { QStringLiteral("expert"), e2.userId },
                                    { QStringLiteral("question"), QStringLiteral("Can the delivery wait a week?") } });
    ASSERT_TRUE(other.ok) << other.error.message.toStdString();
    // ...while expert1 answers the private question.
    const Reply asked
        = rep.write(QStringLiteral("consult.request"),
                    { { QStringLiteral("contact"), contact },
                      { QStringLiteral("expert"), e1.userId },
                      { QStringLiteral("question"), QStringLiteral("The customer told me about a debt problem") } });
    ASSERT_TRUE(asked.ok) << asked.error.message.toStdString();
    const qint64 consultId = idOf(asked.data.value(QStringLiteral("consult")));
    ASSERT_TRUE(e1.write(QStringLiteral("consult.accept"), { { QStringLiteral("id"), consultId } }).ok);

    EXPECT_TRUE(e2.follow(QStringLiteral("contact:%1").arg(contact))) << "expert2 is on the contact";
    EXPECT_FALSE(e2.follow(QStringLiteral("consult:%1").arg(consultId))) << "but not on this consult";
    ASSERT_TRUE(lead.follow(QStringLiteral("consult:%1").arg(consultId))) << "leads may follow any consult";
    e2.events.clear();
    lead.events.clear();

    const Reply sent
        = rep.write(QStringLiteral("consult.message"),
                    { { QStringLiteral("id"), consultId }, { QStringLiteral("body"), QStringLiteral("private") } });
    ASSERT_TRUE(sent.ok) << sent.error.message.toStdString();
    EXPECT_FALSE(e1.take(QStringLiteral("consult.message")).isEmpty()) << "the other party gets the message";
    EXPECT_FALSE(lead.take(QStringLiteral("consult.message")).isEmpty()) << "a lead following the consult too";
    ASSERT_TRUE(e1.write(QStringLiteral("consult.receipt"),
                         { { QStringLiteral("id"), consultId },
                           { QStringLiteral("upTo"), idOf(sent.data.value(QStringLiteral("message"))) },
                           { QStringLiteral("kind"), QStringLiteral("read") } })
                    .ok);
    EXPECT_FALSE(lead.take(QStringLiteral("consult.receipt")).isEmpty());

    // A later event on the contact's topic does reach expert2: everything published before it
    // would have arrived first.
    ASSERT_TRUE(rep.write(QStringLiteral("contact.notes.set"),
                          { { QStringLiteral("id"), contact }, { QStringLiteral("notes"), QStringLiteral("marker") } })
                    .ok);
    ASSERT_FALSE(e2.take(QStringLiteral("contact.updated"), [](const QJsonObject &d) {
                       return d.value(QStringLiteral("contact")).toObject().value(QStringLiteral("notes")).toString()
                           == u"marker";
                   }).isEmpty());
    for (const protocol::Event &e : std::as_const(e2.events)) {
        const qint64 about = e.data.contains(QStringLiteral("consultId"))
            ? e.data.value(QStringLiteral("consultId")).toInteger()
            : idOf(e.data.value(QStringLiteral("consult")));
        EXPECT_NE(about, consultId) << "expert2 received " << e.kind.toStdString() << " of another consult";
    }
}
