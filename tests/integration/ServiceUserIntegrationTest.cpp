#include "ConsultSupport.h"

// Admins and service users (role integration) take no work: they have no presence, and no op
// offers, assigns, consults, transfers, conferences them in or gives them a follow-up.

using namespace spocs;
using namespace spocs::test;
using namespace spocs::test::consult;

namespace {

QString presenceIn(Connection &c, qint64 userId)
{
    const Reply r = call(c, QStringLiteral("presence.list"));
    for (const QJsonValue &v : r.data.value(QStringLiteral("users")).toArray()) {
        if (idOf(v.toObject().value(QStringLiteral("user"))) == userId)
            return v.toObject().value(QStringLiteral("state")).toString();
    }
    return {};
}

QString badFieldOf(const Reply &r)
{
    return errorName(r) == u"bad_request" ? r.error.details.value(QStringLiteral("field")).toString() : QString();
}

} // namespace

TEST(ServiceUsers, HaveNoPresenceAndCannotBeMadeAvailable)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk admin, bridge;
    ASSERT_TRUE(admin.signIn(w.coordinator.url(), QStringLiteral("admin")));
    ASSERT_TRUE(bridge.signIn(w.coordinator.url(), QStringLiteral("telephony")));

    // Signed in, yet offline to routing and colleagues.
    EXPECT_EQ(admin.presence(), QStringLiteral("offline"));
    EXPECT_EQ(bridge.presence(), QStringLiteral("offline"));
    EXPECT_EQ(presenceIn(w.lead, admin.userId), QStringLiteral("offline"));
    EXPECT_EQ(presenceIn(w.lead, bridge.userId), QStringLiteral("offline"));

    // Neither they nor a lead can make them available.
    EXPECT_EQ(errorName(call(bridge.connection, QStringLiteral("presence.set"),
                             { { QStringLiteral("state"), QStringLiteral("available") } })),
              QStringLiteral("forbidden"));
    for (const qint64 user : { admin.userId, bridge.userId }) {
        const Reply setFor = callWrite(w.lead, QStringLiteral("presence.setFor"),
                                       { { QStringLiteral("cid"), cid() },
                                         { QStringLiteral("user"), user },
                                         { QStringLiteral("state"), QStringLiteral("available") } });
        EXPECT_EQ(badFieldOf(setFor), QStringLiteral("user")) << setFor.error.message.toStdString();
    }
    EXPECT_EQ(presenceIn(w.lead, bridge.userId), QStringLiteral("offline"));
}

TEST(ServiceUsers, AreNeverAssignedConsultedTransferredToConferencedInOrGivenAFollowUp)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep, admin, bridge;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(admin.signIn(w.coordinator.url(), QStringLiteral("admin")));
    ASSERT_TRUE(bridge.signIn(w.coordinator.url(), QStringLiteral("telephony")));
    const qint64 active = w.activeContact(rep);
    ASSERT_GT(active, 0);
    // A second call of the customer waits: the rep is on the phone and nobody else who works
    // contacts is signed in.
    const Reply second = callWrite(w.lead, QStringLiteral("contact.inbound"),
                                   { { QStringLiteral("cid"), cid() },
                                     { QStringLiteral("channel"), QStringLiteral("chat") },
                                     { QStringLiteral("customer"), w.customer } });
    ASSERT_TRUE(second.ok) << second.error.message.toStdString();
    const qint64 waiting = idOf(second.data.value(QStringLiteral("contact")));

    for (Desk *nobody : { &admin, &bridge }) {
        const Reply assign = callWrite(w.lead, QStringLiteral("contact.assign"),
                                       { { QStringLiteral("cid"), cid() },
                                         { QStringLiteral("id"), waiting },
                                         { QStringLiteral("to"), nobody->userId } });
        EXPECT_EQ(badFieldOf(assign), QStringLiteral("to")) << assign.error.message.toStdString();
        const Reply consult = rep.write(QStringLiteral("consult.request"),
                                        { { QStringLiteral("contact"), active },
                                          { QStringLiteral("expert"), nobody->userId },
                                          { QStringLiteral("question"), QStringLiteral("Can you help?") } });
        EXPECT_EQ(badFieldOf(consult), QStringLiteral("expert")) << consult.error.message.toStdString();
        const Reply transfer = rep.write(QStringLiteral("transfer.request"),
                                         { { QStringLiteral("contact"), active },
                                           { QStringLiteral("to"), nobody->userId },
                                           { QStringLiteral("kind"), QStringLiteral("cold") } });
        EXPECT_EQ(badFieldOf(transfer), QStringLiteral("to")) << transfer.error.message.toStdString();
        const Reply conference
            = rep.write(QStringLiteral("conference.add"),
                        { { QStringLiteral("contact"), active }, { QStringLiteral("user"), nobody->userId } });
        EXPECT_EQ(badFieldOf(conference), QStringLiteral("user")) << conference.error.message.toStdString();
        const Reply found
            = call(rep.connection, QStringLiteral("expert.find"), { { QStringLiteral("query"), nobody->login } });
        ASSERT_TRUE(found.ok);
        EXPECT_TRUE(found.data.value(QStringLiteral("experts")).toArray().isEmpty());
        EXPECT_FALSE(nobody->has(QStringLiteral("contact.offered")));
        EXPECT_FALSE(nobody->has(QStringLiteral("consult.offered")));
        EXPECT_FALSE(nobody->has(QStringLiteral("transfer.offered")));
    }
    EXPECT_EQ(contactOf(w.lead, waiting).value(QStringLiteral("state")).toString(), QStringLiteral("queued"));

    // The follow-up's owner is offered the customer's next contact: it cannot be a service user.
    const QJsonObject contact = contactOf(w.lead, active);
    const Reply close
        = rep.write(QStringLiteral("contact.close"),
                    { { QStringLiteral("id"), active },
                      { QStringLiteral("version"), contact.value(QStringLiteral("version")) },
                      { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } },
                      { QStringLiteral("outcome"), QStringLiteral("follow_up") },
                      { QStringLiteral("followUp"), QJsonObject { { QStringLiteral("owner"), bridge.userId } } } });
    EXPECT_EQ(badFieldOf(close), QStringLiteral("followUp")) << close.error.message.toStdString();
}
