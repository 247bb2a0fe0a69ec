#include "ConsultSupport.h"

// A customer who calls back lands with whoever owns their case: the owner of their open
// follow-up, or of their contact closed in the last days, before the account owner. Real
// coordinator, real clients: the account owner, the case owner and a lead.

using namespace spocs;
using namespace spocs::test;
using namespace spocs::test::consult;

namespace {

// A contact of the customer, moved to `agent` by the lead and accepted there.
qint64 contactHandledBy(World &w, Desk &agent)
{
    const Reply in = callWrite(w.lead, QStringLiteral("contact.inbound"),
                               { { QStringLiteral("cid"), cid() },
                                 { QStringLiteral("channel"), QStringLiteral("phone") },
                                 { QStringLiteral("customer"), w.customer } });
    if (!in.ok)
        return 0;
    const qint64 id = idOf(in.data.value(QStringLiteral("contact")));
    const Reply moved = callWrite(
        w.lead, QStringLiteral("contact.assign"),
        { { QStringLiteral("cid"), cid() }, { QStringLiteral("id"), id }, { QStringLiteral("to"), agent.userId } });
    if (!moved.ok) {
        ADD_FAILURE() << "assign: " << moved.error.message.toStdString();
        return 0;
    }
    const QJsonObject offer = agent.take(QStringLiteral("contact.offered"), [&](const QJsonObject &d) {
        return idOf(d.value(QStringLiteral("contact"))) == id
            && d.value(QStringLiteral("pick")).toString() == u"preferred";
    });
    if (offer.isEmpty() || !agent.write(QStringLiteral("contact.accept"), { { QStringLiteral("id"), id } }).ok)
        return 0;
    return id;
}

bool closeContact(Desk &agent, qint64 id, const QString &outcome)
{
    const qint64 version = contactOf(agent.connection, id).value(QStringLiteral("version")).toInteger();
    QJsonObject args { { QStringLiteral("id"), id },
                       { QStringLiteral("version"), version },
                       { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } },
                       { QStringLiteral("outcome"), outcome } };
    if (outcome == u"follow_up")
        args.insert(QStringLiteral("followUp"),
                    QJsonObject { { QStringLiteral("due"), QStringLiteral("2030-01-15") } });
    const Reply r = agent.write(QStringLiteral("contact.close"), args);
    EXPECT_TRUE(r.ok) << r.error.message.toStdString();
    // Back from wrap-up, ready for the next offer.
    return r.ok && agent.setPresence(QStringLiteral("available"));
}

qint64 inbound(World &w)
{
    const Reply in = callWrite(w.lead, QStringLiteral("contact.inbound"),
                               { { QStringLiteral("cid"), cid() },
                                 { QStringLiteral("channel"), QStringLiteral("phone") },
                                 { QStringLiteral("customer"), w.customer } });
    EXPECT_TRUE(in.ok) << in.error.message.toStdString();
    return idOf(in.data.value(QStringLiteral("contact")));
}

bool wasOffered(const Desk &desk, qint64 contact)
{
    return std::any_of(desk.events.cbegin(), desk.events.cend(), [&](const protocol::Event &e) {
        return e.kind == u"contact.offered" && idOf(e.data.value(QStringLiteral("contact"))) == contact;
    });
}

// The demo's own history of this customer must not pick a case owner for the test.
bool forgetDemoContacts(World &w)
{
    return execSql(
        w.coordinator.dbPath(),
        { QStringLiteral("UPDATE contacts SET follow_up_done_at = created_at, closed_at = '2000-01-01T00:00:00.000Z' "
                         "WHERE state = 'closed' AND customer_id = (SELECT id FROM customers WHERE public_id = '%1')")
              .arg(w.customer) });
}

} // namespace

TEST(CaseOwnerRouting, OpenFollowUpOwnerGetsTheCallBackBeforeTheAccountOwner)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    ASSERT_TRUE(forgetDemoContacts(w));
    Desk owner, caseOwner;
    ASSERT_TRUE(owner.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(caseOwner.signIn(w.coordinator.url(), w.otherAgent(0)));
    const qint64 first = contactHandledBy(w, caseOwner);
    ASSERT_GT(first, 0);
    ASSERT_TRUE(closeContact(caseOwner, first, QStringLiteral("follow_up")));

    // The customer calls back: the follow-up's owner, not the (available) account owner.
    const qint64 second = inbound(w);
    const QJsonObject offer = caseOwner.take(QStringLiteral("contact.offered"), [&](const QJsonObject &d) {
        return idOf(d.value(QStringLiteral("contact"))) == second;
    });
    ASSERT_FALSE(offer.isEmpty());
    EXPECT_EQ(offer.value(QStringLiteral("pick")).toString(), QStringLiteral("case_owner"));
    EXPECT_FALSE(wasOffered(owner, second));
    ASSERT_TRUE(caseOwner.write(QStringLiteral("contact.accept"), { { QStringLiteral("id"), second } }).ok);
    // Taking it themselves: no notice.
    EXPECT_FALSE(caseOwner.has(QStringLiteral("contact.case_elsewhere")));
}

TEST(CaseOwnerRouting, UnavailableCaseOwnerIsToldWhoHasTheirCustomer)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    ASSERT_TRUE(forgetDemoContacts(w));
    Desk owner, caseOwner;
    ASSERT_TRUE(owner.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(caseOwner.signIn(w.coordinator.url(), w.otherAgent(0)));
    const qint64 first = contactHandledBy(w, caseOwner);
    ASSERT_GT(first, 0);
    // Resolved, no follow-up: the contact closed today still makes them the case owner.
    ASSERT_TRUE(closeContact(caseOwner, first, QStringLiteral("resolved")));
    ASSERT_TRUE(caseOwner.setPresence(QStringLiteral("break")));

    const qint64 second = inbound(w);
    const QJsonObject offer = owner.take(QStringLiteral("contact.offered"), [&](const QJsonObject &d) {
        return idOf(d.value(QStringLiteral("contact"))) == second;
    });
    ASSERT_FALSE(offer.isEmpty());
    EXPECT_EQ(offer.value(QStringLiteral("pick")).toString(), QStringLiteral("owner"));
    ASSERT_TRUE(owner.write(QStringLiteral("contact.accept"), { { QStringLiteral("id"), second } }).ok);
    const QJsonObject notice = caseOwner.take(QStringLiteral("contact.case_elsewhere"));
    ASSERT_FALSE(notice.isEmpty());
    EXPECT_EQ(idOf(notice.value(QStringLiteral("contact"))), second);
    EXPECT_EQ(notice.value(QStringLiteral("with")).toObject().value(QStringLiteral("login")).toString(), w.owner);
    EXPECT_FALSE(owner.has(QStringLiteral("contact.case_elsewhere")));
}

TEST(CaseOwnerRouting, ContactClosedLongerAgoThanTheWindowNoLongerCounts)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    ASSERT_TRUE(forgetDemoContacts(w));
    Desk owner, caseOwner;
    ASSERT_TRUE(owner.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(caseOwner.signIn(w.coordinator.url(), w.otherAgent(0)));
    const qint64 first = contactHandledBy(w, caseOwner);
    ASSERT_GT(first, 0);
    ASSERT_TRUE(closeContact(caseOwner, first, QStringLiteral("resolved")));
    // Eight days ago: outside the default window of 7.
    ASSERT_TRUE(execSql(w.coordinator.dbPath(),
                        { QStringLiteral("UPDATE contacts SET closed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', "
                                         "'-8 days') WHERE id = %1")
                              .arg(first) }));

    const qint64 second = inbound(w);
    const QJsonObject offer = owner.take(QStringLiteral("contact.offered"), [&](const QJsonObject &d) {
        return idOf(d.value(QStringLiteral("contact"))) == second;
    });
    ASSERT_FALSE(offer.isEmpty());
    EXPECT_EQ(offer.value(QStringLiteral("pick")).toString(), QStringLiteral("owner"));
    EXPECT_FALSE(wasOffered(caseOwner, second));
}

TEST(FollowUpDue, WithoutADueTimeTheCustomersExpectedResponseTimeSetsIt)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    ASSERT_TRUE(forgetDemoContacts(w));
    Desk owner, agent; // the account owner takes the first offer; the lead moves it to the agent
    ASSERT_TRUE(owner.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(agent.signIn(w.coordinator.url(), w.otherAgent(0)));
    const qint64 id = contactHandledBy(w, agent);
    ASSERT_GT(id, 0);
    const qint64 hours = call(w.lead, QStringLiteral("customer.get"), { { QStringLiteral("id"), w.customer } })
                             .data.value(QStringLiteral("customer"))
                             .toObject()
                             .value(QStringLiteral("expectedResponseHours"))
                             .toInteger();
    ASSERT_GT(hours, 0);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const qint64 version = contactOf(agent.connection, id).value(QStringLiteral("version")).toInteger();
    const Reply closed = agent.write(QStringLiteral("contact.close"),
                                     { { QStringLiteral("id"), id },
                                       { QStringLiteral("version"), version },
                                       { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } },
                                       { QStringLiteral("outcome"), QStringLiteral("follow_up") },
                                       { QStringLiteral("followUp"), QJsonObject {} } });
    ASSERT_TRUE(closed.ok) << closed.error.message.toStdString();
    const QDateTime due = QDateTime::fromString(closed.data.value(QStringLiteral("contact"))
                                                    .toObject()
                                                    .value(QStringLiteral("followUp"))
                                                    .toObject()
                                                    .value(QStringLiteral("due"))
                                                    .toString(),
                                                Qt::ISODateWithMs);
    ASSERT_TRUE(due.isValid());
    EXPECT_GE(due, before.addSecs(hours * 3600 - 60));
    EXPECT_LE(due, QDateTime::currentDateTimeUtc().addSecs(hours * 3600 + 60));
    // A due time that is given must still be a date or time (checked before anything else).
    const Reply bad = agent.write(
        QStringLiteral("contact.close"),
        { { QStringLiteral("id"), id },
          { QStringLiteral("version"), version + 1 },
          { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } },
          { QStringLiteral("outcome"), QStringLiteral("follow_up") },
          { QStringLiteral("followUp"), QJsonObject { { QStringLiteral("due"), QStringLiteral("soon") } } } });
    EXPECT_EQ(errorName(bad), QStringLiteral("bad_request"));
}
