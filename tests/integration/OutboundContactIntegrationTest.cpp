#include "ConsultSupport.h"

// Outbound contacts: an agent calls or writes to a customer. Real coordinator, real clients:
// the agent, a colleague who could take contacts, the lead and an admin for the reports.

using namespace spocs;
using namespace spocs::test;
using namespace spocs::test::consult;

namespace {

QJsonObject outboundArgs(const QString &customer, const QString &channel = QStringLiteral("phone"))
{
    return QJsonObject { { QStringLiteral("customer"), customer },
                         { QStringLiteral("channel"), channel },
                         { QStringLiteral("reason"), QStringLiteral("orders.where") },
                         { QStringLiteral("note"), QStringLiteral("Calling back about the late parcel") } };
}

Reply closeResolved(Desk &agent, const QJsonObject &contact)
{
    return agent.write(QStringLiteral("contact.close"),
                       { { QStringLiteral("id"), idOf(contact) },
                         { QStringLiteral("version"), contact.value(QStringLiteral("version")) },
                         { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } },
                         { QStringLiteral("outcome"), QStringLiteral("resolved") } });
}

// The customer's recent history items (customer.get), newest first.
QStringList historyTexts(Connection &c, const QString &customer)
{
    QStringList texts;
    const Reply r = call(c, QStringLiteral("customer.get"), { { QStringLiteral("id"), customer } });
    for (const QJsonValue &v : r.data.value(QStringLiteral("recentHistory")).toArray())
        texts << v.toObject().value(QStringLiteral("text")).toString();
    return texts;
}

// Today's report as an admin sees it (every agent, no team limit).
QJsonObject reportToday(Connection &admin)
{
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    return call(admin, QStringLiteral("report.get"),
                { { QStringLiteral("from"), today }, { QStringLiteral("to"), today } })
        .data;
}

QJsonObject agentRow(const QJsonObject &report, const QString &login)
{
    for (const QJsonValue &v : report.value(QStringLiteral("byAgent")).toArray()) {
        if (v.toObject().value(QStringLiteral("login")).toString() == login)
            return v.toObject();
    }
    return {};
}

qint64 number(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

} // namespace

TEST(OutboundContact, StartsInHandOwnedByTheCallerNeverOfferedAndClosesIntoHistoryAndReports)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Connection admin;
    ASSERT_TRUE(loginAndWait(admin, w.coordinator.url(), QStringLiteral("admin")).ok);
    Desk rep, colleague;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.otherAgent(0)));
    ASSERT_TRUE(colleague.signIn(w.coordinator.url(), w.otherAgent(1)));
    ASSERT_TRUE(rep.setPresence(QStringLiteral("available")));
    ASSERT_TRUE(colleague.setPresence(QStringLiteral("available")));
    // The colleague has the customer open.
    ASSERT_TRUE(colleague.follow(QStringLiteral("customer:%1").arg(w.customer)));
    const QJsonObject before = reportToday(admin);

    const Reply started = rep.write(QStringLiteral("contact.outbound"), outboundArgs(w.customer));
    ASSERT_TRUE(started.ok) << started.error.message.toStdString();
    const QJsonObject contact = started.data.value(QStringLiteral("contact")).toObject();
    const qint64 id = idOf(contact);
    EXPECT_EQ(contact.value(QStringLiteral("direction")).toString(), QStringLiteral("outbound"));
    EXPECT_EQ(contact.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    EXPECT_EQ(idOf(contact.value(QStringLiteral("owner"))), rep.userId);
    EXPECT_EQ(contact.value(QStringLiteral("reasons")).toArray(), QJsonArray { QStringLiteral("orders.where") });
    EXPECT_EQ(contact.value(QStringLiteral("notes")).toString(), QStringLiteral("Calling back about the late parcel"));
    EXPECT_TRUE(contact.value(QStringLiteral("offeredTo")).isNull());
    // The owner's other desktops and the customer's open views hear of it; the owner is on a contact.
    const auto isIt = [id](const QJsonObject &d) {
        return idOf(d.value(QStringLiteral("contact"))) == id;
    };
    EXPECT_FALSE(rep.take(QStringLiteral("contact.updated"), isIt).isEmpty());
    EXPECT_FALSE(colleague.take(QStringLiteral("contact.updated"), isIt).isEmpty()) << "open customer views refresh";
    EXPECT_EQ(rep.presence(), QStringLiteral("on_contact"));
    const Reply mine = call(rep.connection, QStringLiteral("contact.mine"));
    ASSERT_TRUE(mine.ok);
    ASSERT_EQ(mine.data.value(QStringLiteral("contacts")).toArray().size(), 1);
    EXPECT_EQ(idOf(mine.data.value(QStringLiteral("contacts")).toArray().first()), id);
    // Nobody else is offered it, nor does it wait anywhere.
    EXPECT_TRUE(colleague.take(QStringLiteral("contact.offered"), isIt, 1500).isEmpty());
    for (const QJsonValue &v :
         call(w.lead, QStringLiteral("lead.snapshot")).data.value(QStringLiteral("waiting")).toArray())
        EXPECT_NE(idOf(v), id);

    const Reply closed = closeResolved(rep, contactOf(rep.connection, id));
    ASSERT_TRUE(closed.ok) << closed.error.message.toStdString();
    const QStringList history = historyTexts(w.lead, w.customer);
    ASSERT_FALSE(history.isEmpty());
    EXPECT_TRUE(history.first().startsWith(QStringLiteral("Outbound phone contact closed, resolved")))
        << history.first().toStdString();

    // Counted for the agent like any handled contact, but nobody waited for it: no answer, no ASA.
    const QJsonObject after = reportToday(admin);
    const QJsonObject totalsBefore = before.value(QStringLiteral("totals")).toObject();
    const QJsonObject totalsAfter = after.value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(number(totalsAfter, "contacts"), number(totalsBefore, "contacts") + 1);
    EXPECT_EQ(number(totalsAfter, "outbound"), number(totalsBefore, "outbound") + 1);
    EXPECT_EQ(number(totalsAfter, "handled"), number(totalsBefore, "handled") + 1);
    EXPECT_EQ(number(totalsAfter, "answered"), number(totalsBefore, "answered"));
    EXPECT_EQ(totalsAfter.value(QStringLiteral("asaSec")), totalsBefore.value(QStringLiteral("asaSec")));
    const QJsonObject rowBefore = agentRow(before, rep.login);
    const QJsonObject rowAfter = agentRow(after, rep.login);
    ASSERT_FALSE(rowAfter.isEmpty());
    EXPECT_EQ(number(rowAfter, "contacts"), number(rowBefore, "contacts") + 1);
    EXPECT_EQ(number(rowAfter, "handled"), number(rowBefore, "handled") + 1);
    EXPECT_EQ(number(rowAfter, "outbound"), number(rowBefore, "outbound") + 1);
    EXPECT_EQ(number(rowAfter, "answered"), number(rowBefore, "answered"));
    // No row before (nothing today yet) or a null ASA: both read as "none" (-1).
    EXPECT_EQ(rowAfter.value(QStringLiteral("asaSec")).toDouble(-1),
              rowBefore.value(QStringLiteral("asaSec")).toDouble(-1));
}

TEST(OutboundContact, StatusUpdateOnACallStartsOneLinkedToTheFollowUp)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep, colleague;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(colleague.signIn(w.coordinator.url(), w.otherAgent(0)));
    ASSERT_TRUE(rep.setPresence(QStringLiteral("available")));
    const qint64 first = w.activeContact(rep);
    ASSERT_GT(first, 0);
    const QJsonObject firstContact = contactOf(rep.connection, first);
    const Reply promised = rep.write(
        QStringLiteral("contact.close"),
        { { QStringLiteral("id"), first },
          { QStringLiteral("version"), firstContact.value(QStringLiteral("version")) },
          { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } },
          { QStringLiteral("outcome"), QStringLiteral("follow_up") },
          { QStringLiteral("followUp"), QJsonObject { { QStringLiteral("due"), QStringLiteral("2030-01-15") } } } });
    ASSERT_TRUE(promised.ok) << promised.error.message.toStdString();

    // Someone else's follow-up, or another customer's, cannot be served by an outbound contact.
    QJsonObject foreign = outboundArgs(w.customer);
    foreign.insert(QStringLiteral("followUp"), first);
    EXPECT_EQ(errorName(colleague.write(QStringLiteral("contact.outbound"), foreign)), QStringLiteral("forbidden"));
    QJsonObject otherCustomer = outboundArgs(QStringLiteral("C-1004"));
    otherCustomer.insert(QStringLiteral("followUp"), first);
    const Reply mismatch = rep.write(QStringLiteral("contact.outbound"), otherCustomer);
    EXPECT_EQ(errorName(mismatch), QStringLiteral("bad_request"));
    EXPECT_EQ(mismatch.error.details.value(QStringLiteral("field")).toString(), QStringLiteral("followUp"));

    const Reply updated = rep.write(QStringLiteral("followup.update"),
                                    { { QStringLiteral("contact"), first },
                                      { QStringLiteral("channel"), QStringLiteral("phone") },
                                      { QStringLiteral("note"), QStringLiteral("Replacement ships Friday") },
                                      { QStringLiteral("outbound"), true } });
    ASSERT_TRUE(updated.ok) << updated.error.message.toStdString();
    const QJsonObject followUp = updated.data.value(QStringLiteral("followUp")).toObject();
    EXPECT_EQ(followUp.value(QStringLiteral("updates")).toArray().size(), 1);
    const QJsonObject callBack = updated.data.value(QStringLiteral("contact")).toObject();
    const qint64 id = idOf(callBack);
    ASSERT_GT(id, first);
    EXPECT_EQ(callBack.value(QStringLiteral("direction")).toString(), QStringLiteral("outbound"));
    EXPECT_EQ(callBack.value(QStringLiteral("followUpOf")).toInteger(), first);
    EXPECT_EQ(callBack.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    EXPECT_EQ(idOf(callBack.value(QStringLiteral("owner"))), rep.userId);
    EXPECT_EQ(callBack.value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")).toString(), w.customer);
    EXPECT_EQ(callBack.value(QStringLiteral("reasons")).toArray(), QJsonArray { QStringLiteral("orders.where") });
    EXPECT_EQ(callBack.value(QStringLiteral("notes")).toString(), QStringLiteral("Replacement ships Friday"));
    EXPECT_TRUE(colleague
                    .take(
                        QStringLiteral("contact.offered"),
                        [id](const QJsonObject &d) { return idOf(d.value(QStringLiteral("contact"))) == id; }, 1000)
                    .isEmpty());

    const Reply closed = closeResolved(rep, contactOf(rep.connection, id));
    ASSERT_TRUE(closed.ok) << closed.error.message.toStdString();
    const QStringList history = historyTexts(w.lead, w.customer);
    ASSERT_FALSE(history.isEmpty());
    EXPECT_TRUE(history.first().contains(QStringLiteral("For the follow-up of contact %1").arg(first)))
        << history.first().toStdString();

    // Without `outbound` an update stays an update: no contact.
    const Reply plain = rep.write(
        QStringLiteral("followup.update"),
        { { QStringLiteral("contact"), first }, { QStringLiteral("note"), QStringLiteral("Left a voicemail") } });
    ASSERT_TRUE(plain.ok) << plain.error.message.toStdString();
    EXPECT_FALSE(plain.data.contains(QStringLiteral("contact")));
    // A chat is the customer's to open.
    const Reply chat = rep.write(QStringLiteral("followup.update"),
                                 { { QStringLiteral("contact"), first },
                                   { QStringLiteral("channel"), QStringLiteral("chat") },
                                   { QStringLiteral("note"), QStringLiteral("Wrote in the chat") },
                                   { QStringLiteral("outbound"), true } });
    EXPECT_EQ(errorName(chat), QStringLiteral("bad_request"));
}

TEST(OutboundContact, OnlyAgentsAndLeadsStartOne)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    for (const QString &login : { QStringLiteral("expert1"), QStringLiteral("admin"), QStringLiteral("telephony") }) {
        Connection c;
        ASSERT_TRUE(loginAndWait(c, w.coordinator.url(), login).ok);
        QJsonObject args = outboundArgs(w.customer);
        args.insert(QStringLiteral("cid"), cid());
        EXPECT_EQ(errorName(callWrite(c, QStringLiteral("contact.outbound"), args)), QStringLiteral("forbidden"))
            << login.toStdString();
    }
    QJsonObject args = outboundArgs(w.customer, QStringLiteral("email"));
    args.insert(QStringLiteral("cid"), cid());
    const Reply byLead = callWrite(w.lead, QStringLiteral("contact.outbound"), args);
    ASSERT_TRUE(byLead.ok) << byLead.error.message.toStdString();
    EXPECT_EQ(byLead.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("channel")).toString(),
              QStringLiteral("email"));
}

TEST(OutboundContact, BadInputGetsTypedErrorsAndCreatesNothing)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.otherAgent(0)));
    const auto fieldOf = [](const Reply &r) {
        return r.error.details.value(QStringLiteral("field")).toString();
    };

    const Reply unknown = rep.write(QStringLiteral("contact.outbound"), outboundArgs(QStringLiteral("C-999999")));
    EXPECT_EQ(errorName(unknown), QStringLiteral("not_found"));
    EXPECT_EQ(fieldOf(unknown), QStringLiteral("customer"));
    for (const QString &channel : { QStringLiteral("chat"), QStringLiteral("fax") }) {
        const Reply bad = rep.write(QStringLiteral("contact.outbound"), outboundArgs(w.customer, channel));
        EXPECT_EQ(errorName(bad), QStringLiteral("bad_request")) << channel.toStdString();
        EXPECT_EQ(fieldOf(bad), QStringLiteral("channel"));
    }
    QJsonObject badReason = outboundArgs(w.customer);
    badReason.insert(QStringLiteral("reason"), QStringLiteral("no.such.reason"));
    const Reply reason = rep.write(QStringLiteral("contact.outbound"), badReason);
    EXPECT_EQ(errorName(reason), QStringLiteral("bad_request"));
    EXPECT_EQ(fieldOf(reason), QStringLiteral("reason"));
    QJsonObject noFollowUp = outboundArgs(w.customer);
    noFollowUp.insert(QStringLiteral("followUp"), 987654);
    EXPECT_EQ(errorName(rep.write(QStringLiteral("contact.outbound"), noFollowUp)), QStringLiteral("not_found"));
    EXPECT_EQ(errorName(rep.write(QStringLiteral("contact.outbound"),
                                  { { QStringLiteral("channel"), QStringLiteral("phone") } })),
              QStringLiteral("bad_request"));
    EXPECT_TRUE(call(rep.connection, QStringLiteral("contact.mine"))
                    .data.value(QStringLiteral("contacts"))
                    .toArray()
                    .isEmpty());
    EXPECT_NE(rep.presence(), QStringLiteral("on_contact"));

    // The same agent goes on: a good request right after works.
    const Reply good = rep.write(QStringLiteral("contact.outbound"), outboundArgs(w.customer));
    ASSERT_TRUE(good.ok) << good.error.message.toStdString();
}

TEST(OutboundContact, RetriedCidStartsOneContact)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.otherAgent(0)));
    QJsonObject args = outboundArgs(w.customer);
    args.insert(QStringLiteral("cid"), cid());
    const Reply first = callWrite(rep.connection, QStringLiteral("contact.outbound"), args);
    const Reply again = callWrite(rep.connection, QStringLiteral("contact.outbound"), args);
    ASSERT_TRUE(first.ok && again.ok);
    EXPECT_EQ(idOf(first.data.value(QStringLiteral("contact"))), idOf(again.data.value(QStringLiteral("contact"))));
    EXPECT_EQ(
        call(rep.connection, QStringLiteral("contact.mine")).data.value(QStringLiteral("contacts")).toArray().size(),
        1);
}
