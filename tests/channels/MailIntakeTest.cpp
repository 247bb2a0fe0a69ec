#include "MailFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::test;

namespace {

class MailIntakeTest : public MailFixture
{
};

TEST_F(MailIntakeTest, MailFromCustomerBecomesEmailContactOfferedToAgent)
{
    const auto [customerId, address] = someCustomer();
    ASSERT_FALSE(customerId.isEmpty());
    deliver(mailMessage(address, QStringLiteral("support@example.com"), QStringLiteral("Where is my order?"),
                        QStringLiteral("Hello, my order has not arrived.\nRegards"),
                        QStringLiteral("q1@customer.example")));

    const qint64 id = waitForOffer();
    ASSERT_GT(id, 0) << "no contact was offered for the e-mail";
    const QJsonObject c = contact(id);
    EXPECT_EQ(c.value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
    EXPECT_EQ(c.value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")).toString(), customerId);
    EXPECT_FALSE(c.value(QStringLiteral("identityTyped")).toBool()) << "mail is not a web form";
    const QJsonArray messages = messagesOf(id);
    ASSERT_EQ(messages.size(), 1);
    const QJsonObject m = messages.first().toObject();
    EXPECT_EQ(m.value(QStringLiteral("direction")).toString(), QStringLiteral("in"));
    EXPECT_EQ(m.value(QStringLiteral("subject")).toString(), QStringLiteral("Where is my order?"));
    EXPECT_TRUE(m.value(QStringLiteral("text")).toString().contains(QStringLiteral("has not arrived")));
    EXPECT_EQ(m.value(QStringLiteral("from")).toObject().value(QStringLiteral("address")).toString(), address);
    // Marked processed in the mailbox once the contact was committed.
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return m_dovecot.uids(QStringLiteral("UNKEYWORD SpocsProcessed")).isEmpty(); }, 15000));
}

TEST_F(MailIntakeTest, RepliesThreadIntoTheirContact)
{
    const auto [customerId, address] = someCustomer();
    deliver(mailMessage(address, QStringLiteral("support@example.com"), QStringLiteral("Invoice question"),
                        QStringLiteral("Why was I charged twice?"), QStringLiteral("t1@customer.example")));
    const qint64 id = waitForOffer();
    ASSERT_GT(id, 0);
    ASSERT_TRUE(accept(id));

    // By In-Reply-To.
    deliver(mailMessage(
        address, QStringLiteral("support@example.com"), QStringLiteral("Re: Invoice question"),
        QStringLiteral("Here is the invoice number."), QStringLiteral("t2@customer.example"),
        { QStringLiteral("In-Reply-To: <t1@customer.example>"), QStringLiteral("References: <t1@customer.example>") }));
    ASSERT_TRUE(QTest::qWaitFor([&] { return messagesOf(id).size() == 2; }, 30000));
    // By the contact token in the subject, from the customer's address.
    deliver(mailMessage(address, QStringLiteral("support@example.com"),
                        QStringLiteral("More details [#%1-%2]").arg(customerId).arg(id),
                        QStringLiteral("And one more thing."), QStringLiteral("t3@customer.example")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return messagesOf(id).size() == 3; }, 30000));
    // The same token from a stranger's address is not let into that contact.
    deliver(mailMessage(QStringLiteral("mallory@elsewhere.example"), QStringLiteral("support@example.com"),
                        QStringLiteral("Hijack [#%1-%2]").arg(customerId).arg(id), QStringLiteral("let me in"),
                        QStringLiteral("t4@elsewhere.example")));
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return m_dovecot.uids(QStringLiteral("UNKEYWORD SpocsProcessed")).isEmpty(); }, 30000));
    EXPECT_EQ(messagesOf(id).size(), 3);
    EXPECT_EQ(contact(id).value(QStringLiteral("state")).toString(), QStringLiteral("active"));
}

TEST_F(MailIntakeTest, UnknownSenderBecomesProspect)
{
    deliver(mailMessage(QStringLiteral("Nina Newcomer <nina@newcomer.example>"), QStringLiteral("support@example.com"),
                        QStringLiteral("Do you ship to Norway?"), QStringLiteral("Just asking."),
                        QStringLiteral("p1@newcomer.example")));
    const qint64 id = waitForOffer();
    ASSERT_GT(id, 0);
    const QString customerId
        = contact(id).value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")).toString();
    const QJsonObject view = customer(customerId).value(QStringLiteral("customer")).toObject();
    EXPECT_EQ(view.value(QStringLiteral("name")).toString(), QStringLiteral("Nina Newcomer"));
    // The one creation path of customer.create: an account in status prospect, owned by nobody.
    EXPECT_EQ(view.value(QStringLiteral("account")).toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("prospect"));
    EXPECT_TRUE(view.value(QStringLiteral("owner")).isNull());
    EXPECT_TRUE(view.value(QStringLiteral("emails")).toArray().contains(QStringLiteral("nina@newcomer.example")));
}

TEST_F(MailIntakeTest, AttachmentOverTheLimitIsRefusedWithANote)
{
    const QString small = QString(200, u'x');
    const QString big = QString(5000, u'y');
    const QString body
        = QStringLiteral("--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSee attached.\r\n"
                         "--b1\r\nContent-Type: text/plain; name=small.txt\r\nContent-Disposition: attachment; "
                         "filename=small.txt\r\n\r\n%1\r\n"
                         "--b1\r\nContent-Type: application/octet-stream; name=big.bin\r\nContent-Disposition: "
                         "attachment; filename=big.bin\r\n\r\n%2\r\n--b1--")
              .arg(small, big);
    deliver(mailMessage(QStringLiteral("files@sender.example"), QStringLiteral("support@example.com"),
                        QStringLiteral("Two files"), body, QStringLiteral("a1@sender.example"),
                        { QStringLiteral("Content-Type: multipart/mixed; boundary=b1") }));
    const qint64 id = waitForOffer();
    ASSERT_GT(id, 0);
    const QJsonArray messages = messagesOf(id);
    ASSERT_EQ(messages.size(), 1);
    const QJsonObject m = messages.first().toObject();
    EXPECT_EQ(m.value(QStringLiteral("text")).toString().trimmed(), QStringLiteral("See attached."));
    const QJsonArray attachments = m.value(QStringLiteral("attachments")).toArray();
    ASSERT_EQ(attachments.size(), 2);
    EXPECT_EQ(attachments.at(0).toObject().value(QStringLiteral("filename")).toString(), QStringLiteral("small.txt"));
    EXPECT_FALSE(attachments.at(0).toObject().value(QStringLiteral("refused")).toBool());
    EXPECT_EQ(attachments.at(1).toObject().value(QStringLiteral("filename")).toString(), QStringLiteral("big.bin"));
    EXPECT_TRUE(attachments.at(1).toObject().value(QStringLiteral("refused")).toBool());
    EXPECT_GE(attachments.at(1).toObject().value(QStringLiteral("size")).toInteger(), 5000);
}

TEST_F(MailIntakeTest, HtmlIsShownSanitised)
{
    deliver(mailMessage(
        QStringLiteral("html@sender.example"), QStringLiteral("support@example.com"), QStringLiteral("Styled"),
        QStringLiteral("<html><head><script>alert(1)</script></head><body><p onclick=\"x()\">Hi "
                       "<b>there</b></p><img src=\"http://tracker.example/p.gif\"><a "
                       "href=\"javascript:alert(2)\">click</a></body></html>"),
        QStringLiteral("h1@sender.example"), { QStringLiteral("Content-Type: text/html; charset=utf-8") }));
    const qint64 id = waitForOffer();
    ASSERT_GT(id, 0);
    const QJsonArray messages = messagesOf(id);
    ASSERT_EQ(messages.size(), 1);
    const QString html = messages.first().toObject().value(QStringLiteral("html")).toString();
    EXPECT_TRUE(html.contains(QStringLiteral("<b>there</b>"))) << qPrintable(html);
    EXPECT_FALSE(html.contains(QStringLiteral("script"))) << qPrintable(html);
    EXPECT_FALSE(html.contains(QStringLiteral("onclick"))) << qPrintable(html);
    EXPECT_FALSE(html.contains(QStringLiteral("tracker.example"))) << qPrintable(html);
    EXPECT_FALSE(html.contains(QStringLiteral("javascript"))) << qPrintable(html);
}

TEST_F(MailIntakeTest, CardNumbersInMailAreMaskedBeforeTheyAreStored)
{
    deliver(mailMessage(QStringLiteral("pan@sender.example"), QStringLiteral("support@example.com"),
                        QStringLiteral("Card 4111 1111 1111 1111 declined"),
                        QStringLiteral("<html><body><p>Please use <b>5555-5555-5555-4444</b> instead.</p>"
                                       "</body></html>"),
                        QStringLiteral("pan1@sender.example"),
                        { QStringLiteral("Content-Type: text/html; charset=utf-8") }));
    const qint64 id = waitForOffer();
    ASSERT_GT(id, 0);
    const QJsonArray messages = messagesOf(id);
    ASSERT_EQ(messages.size(), 1);
    const QJsonObject m = messages.first().toObject();
    EXPECT_EQ(m.value(QStringLiteral("subject")).toString(), QStringLiteral("Card •••• •••• •••• 1111 declined"));
    EXPECT_TRUE(m.value(QStringLiteral("html")).toString().contains(QStringLiteral("<b>••••-••••-••••-4444</b>")))
        << qPrintable(m.value(QStringLiteral("html")).toString());
    QByteArray stored;
    for (const QString &file :
         QStringList { m_coordinator.dbPath(), m_coordinator.dbPath() + QStringLiteral("-wal") }) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            stored += f.readAll();
    }
    EXPECT_TRUE(stored.contains("declined"));
    EXPECT_FALSE(stored.contains("4111 1111 1111 1111"));
    EXPECT_FALSE(stored.contains("5555-5555-5555-4444"));
}

TEST_F(MailIntakeTest, RestartNeitherDuplicatesNorLosesMessages)
{
    // Mail that arrives while the coordinator is down is read when it comes back.
    m_coordinator.stop();
    for (int i = 1; i <= 3; ++i)
        deliver(mailMessage(QStringLiteral("down%1@sender.example").arg(i), QStringLiteral("support@example.com"),
                            QStringLiteral("While you were away %1").arg(i), QStringLiteral("body"),
                            QStringLiteral("d%1@sender.example").arg(i)));
    ASSERT_TRUE(m_coordinator.restart());
    Connection &agent = m_agent;
    ASSERT_TRUE(QTest::qWaitFor([&] { return agent.state() == Connection::State::Connected; }, 30000));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return m_dovecot.uids(QStringLiteral("UNKEYWORD SpocsProcessed")).isEmpty(); }, 30000));

    // As if it had died after committing the contacts and before marking them: every message
    // is fetched again, recognised, marked, and no second contact appears.
    ASSERT_TRUE(m_dovecot.unmarkAll());
    m_coordinator.kill();
    ASSERT_TRUE(m_coordinator.restart());
    ASSERT_TRUE(QTest::qWaitFor([&] { return agent.state() == Connection::State::Connected; }, 30000));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return m_dovecot.uids(QStringLiteral("UNKEYWORD SpocsProcessed")).isEmpty(); }, 30000));
    for (int i = 1; i <= 3; ++i) {
        const Reply found = call(agent, QStringLiteral("customer.search"),
                                 { { QStringLiteral("q"), QStringLiteral("down%1@sender.example").arg(i) } });
        const QJsonArray items = found.data.value(QStringLiteral("items")).toArray();
        ASSERT_EQ(items.size(), 1) << "one prospect per sender";
        const QJsonArray open = customer(items.first().toObject().value(QStringLiteral("id")).toString())
                                    .value(QStringLiteral("openContacts"))
                                    .toArray();
        ASSERT_EQ(open.size(), 1) << "exactly one contact for message " << i;
        EXPECT_EQ(messagesOf(open.first().toObject().value(QStringLiteral("id")).toInteger()).size(), 1);
    }
}

} // namespace

// With IMAP IDLE the coordinator reads new mail at once, not at its next poll: here the
// poll is ten minutes away, so only IDLE can bring the message in time.
class MailIdleTest : public MailFixture
{
protected:
    int pollSeconds() override { return 600; }
};

TEST_F(MailIdleTest, NewMailIsOfferedAtOnceWhileThePollIsMinutesAway)
{
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_coordinator.output().contains(QStringLiteral("idling")); }, 20000))
        << "the coordinator never started to idle on the mailbox";
    const auto [customerId, address] = someCustomer();
    deliver(mailMessage(address, QStringLiteral("support@shop.example"), QStringLiteral("Quick one"),
                        QStringLiteral("Is my order on its way?"), QStringLiteral("idle-1@customer.example")));
    const qint64 id = waitForOffer(20000);
    ASSERT_GT(id, 0) << "the message waited for the next poll\n" << qPrintable(m_coordinator.output().right(3000));
    EXPECT_EQ(contact(id).value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")).toString(),
              customerId);
}

namespace {

// A customer who writes again after their e-mail contact was closed.
class MailReplyAfterCloseTest : public MailFixture
{
protected:
    // The first mail's contact, taken by agent1, answered and closed as resolved.
    qint64 closedContact(const QString &address, const QString &messageId)
    {
        deliver(mailMessage(address, QStringLiteral("support@example.com"), QStringLiteral("Wrong size delivered"),
                            QStringLiteral("The shoes are a size too small."), messageId));
        const qint64 id = waitForOffer();
        return id > 0 && accept(id) && closeResolved(id) ? id : 0;
    }

    // Closed as resolved, and the agent available again.
    bool closeResolved(qint64 id)
    {
        const Reply closed
            = callWrite(m_agent, QStringLiteral("contact.close"),
                        { { QStringLiteral("id"), id },
                          { QStringLiteral("version"), contact(id).value(QStringLiteral("version")).toInteger() },
                          { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } },
                          { QStringLiteral("outcome"), QStringLiteral("resolved") } });
        EXPECT_TRUE(closed.ok) << qPrintable(closed.error.message);
        return closed.ok
            && call(m_agent, QStringLiteral("presence.set"),
                    { { QStringLiteral("state"), QStringLiteral("available") } })
                   .ok;
    }

    void replyTo(const QString &address, const QString &messageId)
    {
        deliver(mailMessage(
            address, QStringLiteral("support@example.com"), QStringLiteral("Re: Wrong size delivered"),
            QStringLiteral("Sorry, one more question about the exchange."), QStringLiteral("again-") + messageId,
            { QStringLiteral("In-Reply-To: <%1>").arg(messageId), QStringLiteral("References: <%1>").arg(messageId) }));
    }
};

// The coordinator's clock runs years behind the wall clock here, so only a check against the
// database's clock finds the contact closed "recently".
class MailReopenTest : public MailReplyAfterCloseTest
{
protected:
    QString extraMailSettings() override
    {
        return QStringLiteral("reopen_days=7\n[testing]\nclock_start=2021-03-01T09:00:00Z\n");
    }
};

TEST_F(MailReopenTest, AReplyToARecentlyClosedContactReopensItForWhoeverClosedIt)
{
    const auto [customerId, address] = someCustomer();
    const qint64 id = closedContact(address, QStringLiteral("size1@customer.example"));
    ASSERT_GT(id, 0);
    EXPECT_TRUE(contact(id).value(QStringLiteral("closedAt")).toString().startsWith(u"2021-03-01"))
        << "the contact was closed on the test clock";

    replyTo(address, QStringLiteral("size1@customer.example"));
    EXPECT_EQ(waitForOffer(), id) << "the same contact comes back to the agent who closed it";
    EXPECT_NE(contact(id).value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    EXPECT_EQ(messagesOf(id).size(), 2);
    const QJsonArray open = customer(customerId).value(QStringLiteral("openContacts")).toArray();
    ASSERT_EQ(open.size(), 1) << "no second contact";
    EXPECT_EQ(open.first().toObject().value(QStringLiteral("id")).toInteger(), id);
}

// An out-of-office answering on a recently closed contact: kept with it, but a robot does not
// hand the contact back to an agent.
TEST_F(MailReopenTest, AnAutomatedReplyIsKeptButDoesNotReopenTheContact)
{
    const auto [customerId, address] = someCustomer();
    const qint64 id = closedContact(address, QStringLiteral("ooo1@customer.example"));
    ASSERT_GT(id, 0);

    deliver(mailMessage(address, QStringLiteral("support@example.com"), QStringLiteral("Out of office"),
                        QStringLiteral("I am away until Monday."), QStringLiteral("ooo-auto@customer.example"),
                        { QStringLiteral("Auto-Submitted: auto-replied"),
                          QStringLiteral("In-Reply-To: <ooo1@customer.example>"),
                          QStringLiteral("References: <ooo1@customer.example>") }));
    ASSERT_TRUE(QTest::qWaitFor([&] { return messagesOf(id).size() == 2; }, 30000)) << "the mail is on the contact";
    EXPECT_EQ(contact(id).value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    EXPECT_TRUE(customer(customerId).value(QStringLiteral("openContacts")).toArray().isEmpty());
    EXPECT_TRUE(m_offers.isEmpty()) << "nobody was offered the robot's mail";
}

// Waiting in the queue again, the contact is nobody's: the lead and the customer view show no owner, and
// the agent who closed it cannot write on it as if it were theirs until they take it again.
TEST_F(MailReopenTest, AReopenedContactHasNoOwnerWhileItWaits)
{
    const auto [customerId, address] = someCustomer();
    const qint64 id = closedContact(address, QStringLiteral("size3@customer.example"));
    ASSERT_GT(id, 0);
    ASSERT_TRUE(
        call(m_agent, QStringLiteral("presence.set"), { { QStringLiteral("state"), QStringLiteral("break") } }).ok);

    replyTo(address, QStringLiteral("size3@customer.example"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return contact(id).value(QStringLiteral("state")).toString() == u"queued"; }, 20000));
    EXPECT_TRUE(contact(id).value(QStringLiteral("owner")).toObject().isEmpty());
    const QJsonArray open = customer(customerId).value(QStringLiteral("openContacts")).toArray();
    ASSERT_EQ(open.size(), 1);
    EXPECT_TRUE(open.first().toObject().value(QStringLiteral("owner")).toObject().isEmpty());
    const Reply notes
        = callWrite(m_agent, QStringLiteral("contact.notes.set"),
                    { { QStringLiteral("id"), id }, { QStringLiteral("notes"), QStringLiteral("Still mine?") } });
    EXPECT_EQ(errorName(notes), QStringLiteral("forbidden"));

    // Back from the break, the one who had it is asked first and owns it again once they accept.
    ASSERT_TRUE(
        call(m_agent, QStringLiteral("presence.set"), { { QStringLiteral("state"), QStringLiteral("available") } }).ok);
    ASSERT_EQ(waitForOffer(), id);
    ASSERT_TRUE(accept(id));
    EXPECT_EQ(contact(id).value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toInteger(), m_agentId);
}

TEST_F(MailReopenTest, AFollowUpPromisedAgainAfterAReopenIsOpenAgain)
{
    const auto [customerId, address] = someCustomer();
    const QString messageId = QStringLiteral("size2@customer.example");
    deliver(mailMessage(address, QStringLiteral("support@example.com"), QStringLiteral("Wrong size delivered"),
                        QStringLiteral("The shoes are a size too small."), messageId));
    const qint64 id = waitForOffer();
    ASSERT_GT(id, 0);
    ASSERT_TRUE(accept(id));
    const auto closeWithFollowUp = [&](const QString &due) {
        const Reply closed
            = callWrite(m_agent, QStringLiteral("contact.close"),
                        { { QStringLiteral("id"), id },
                          { QStringLiteral("version"), contact(id).value(QStringLiteral("version")).toInteger() },
                          { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } },
                          { QStringLiteral("outcome"), QStringLiteral("follow_up") },
                          { QStringLiteral("followUp"), QJsonObject { { QStringLiteral("due"), due } } } });
        EXPECT_TRUE(closed.ok) << qPrintable(closed.error.message);
        return closed.ok
            && call(m_agent, QStringLiteral("presence.set"),
                    { { QStringLiteral("state"), QStringLiteral("available") } })
                   .ok;
    };
    ASSERT_TRUE(closeWithFollowUp(QStringLiteral("2021-03-02")));
    const Reply done = callWrite(
        m_agent, QStringLiteral("followup.done"),
        { { QStringLiteral("contact"), id }, { QStringLiteral("note"), QStringLiteral("Exchange label sent") } });
    ASSERT_TRUE(done.ok) << qPrintable(done.error.message);

    replyTo(address, messageId);
    ASSERT_EQ(waitForOffer(), id) << "the reply reopens the contact";
    ASSERT_TRUE(accept(id));
    ASSERT_TRUE(closeWithFollowUp(QStringLiteral("2021-03-04")));

    // The new promise is open: on the agent's list, not reported done.
    const Reply list = call(m_agent, QStringLiteral("followup.list"), {});
    ASSERT_TRUE(list.ok) << qPrintable(list.error.message);
    const QJsonArray followUps = list.data.value(QStringLiteral("followUps")).toArray();
    const auto it = std::find_if(followUps.begin(), followUps.end(), [&](const QJsonValue &f) {
        return f.toObject().value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger() == id;
    });
    ASSERT_NE(it, followUps.end()) << "the follow-up promised at the second close is missing from the list";
    EXPECT_TRUE(it->toObject().value(QStringLiteral("doneAt")).isNull());
    EXPECT_TRUE(it->toObject().value(QStringLiteral("due")).toString().startsWith(u"2021-03-04"));
}

// Every closed contact is "too old" to reopen here.
class MailReplyToOldContactTest : public MailReplyAfterCloseTest
{
protected:
    QString extraMailSettings() override { return QStringLiteral("reopen_days=0\n"); }
};

TEST_F(MailReplyToOldContactTest, AReplyToAnOldClosedContactStartsANewOneThatNamesIt)
{
    const auto [customerId, address] = someCustomer();
    const qint64 old = closedContact(address, QStringLiteral("size2@customer.example"));
    ASSERT_GT(old, 0);

    replyTo(address, QStringLiteral("size2@customer.example"));
    const qint64 fresh = waitForOffer();
    ASSERT_GT(fresh, 0);
    EXPECT_NE(fresh, old);
    EXPECT_EQ(contact(fresh).value(QStringLiteral("continues")).toInteger(), old)
        << "the agent sees which contact the customer is writing about";
    EXPECT_EQ(messagesOf(fresh).size(), 1);
    EXPECT_EQ(contact(old).value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    EXPECT_EQ(messagesOf(old).size(), 1);
    EXPECT_FALSE(contact(old).contains(QStringLiteral("continues")));

    // Closed, its history item says so too.
    ASSERT_TRUE(accept(fresh));
    ASSERT_TRUE(closeResolved(fresh));
    const QJsonArray history = customer(customerId).value(QStringLiteral("recentHistory")).toArray();
    ASSERT_FALSE(history.isEmpty());
    EXPECT_TRUE(history.first()
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("A reply to closed contact %1").arg(old)))
        << qPrintable(history.first().toObject().value(QStringLiteral("text")).toString());
}

} // namespace

namespace {

// The organisation's MX (here: what a test writes in its place) stamps Authentication-Results
// with its authserv-id; the coordinator trusts only that one.
class MailSenderCheckTest : public MailFixture
{
protected:
    QString extraMailSettings() override { return QStringLiteral("trusted_authserv_id=mx.shop.example\n"); }

    // The sender check of the single message of the contact the mail became.
    QJsonValue senderCheckOf(const QString &from, const QString &messageId, const QStringList &headers)
    {
        deliver(mailMessage(from, QStringLiteral("support@shop.example"), QStringLiteral("Cancel my order"),
                            QStringLiteral("Please cancel order 1042 and send it to my new address."), messageId,
                            headers));
        const qint64 id = waitForOffer();
        EXPECT_GT(id, 0) << "no contact was offered for the e-mail";
        const QJsonArray messages = messagesOf(id);
        EXPECT_EQ(messages.size(), 1);
        return messages.first().toObject().value(QStringLiteral("senderCheck"));
    }

    static QString domainOf(const QString &address) { return address.section(u'@', 1); }
};

TEST_F(MailSenderCheckTest, TrustedDmarcPassVerifiesTheSender)
{
    const auto [customerId, address] = someCustomer();
    ASSERT_FALSE(address.isEmpty());
    const QJsonValue check = senderCheckOf(
        address, QStringLiteral("v1@customer.example"),
        { QStringLiteral("Authentication-Results: mx.shop.example;\r\n\tdkim=pass header.d=%1 header.s=s1;\r\n"
                         "\tspf=pass smtp.mailfrom=%2;\r\n\tdmarc=pass (p=reject) header.from=%1")
              .arg(domainOf(address), address) });
    EXPECT_EQ(check, QJsonValue(QStringLiteral("verified")));
}

TEST_F(MailSenderCheckTest, ForgedHeaderWithAnotherAuthservIdLeavesTheSenderUnknown)
{
    const auto [customerId, address] = someCustomer();
    ASSERT_FALSE(address.isEmpty());
    // Anyone can write this header into their mail: it is not the organisation's server's.
    const QJsonValue check = senderCheckOf(
        address, QStringLiteral("f1@forger.example"),
        { QStringLiteral("Authentication-Results: mx.forger.example; dmarc=pass header.from=%1").arg(domainOf(address)),
          QStringLiteral("Authentication-Results: mx.shop.example.forger.example; dkim=pass header.d=%1")
              .arg(domainOf(address)) });
    EXPECT_EQ(check, QJsonValue(QStringLiteral("unknown")));
}

TEST_F(MailSenderCheckTest, DmarcFailMarksTheSenderFailedButTheMailIsStillTaken)
{
    const auto [customerId, address] = someCustomer();
    ASSERT_FALSE(address.isEmpty());
    const QJsonValue check = senderCheckOf(
        address, QStringLiteral("d1@forger.example"),
        { QStringLiteral("Authentication-Results: mx.shop.example; spf=fail smtp.mailfrom=forger.example;"
                         " dmarc=fail (p=none) header.from=%1")
              .arg(domainOf(address)) });
    EXPECT_EQ(check, QJsonValue(QStringLiteral("failed")));
}

TEST_F(MailSenderCheckTest, MalformedHeaderLeavesTheSenderUnknownAndBreaksNothing)
{
    const auto [customerId, address] = someCustomer();
    ASSERT_FALSE(address.isEmpty());
    const QString from = domainOf(address);
    const QString header = QStringLiteral("Authentication-Results: mx.shop.example; ");
    const QJsonValue check = senderCheckOf(
        address, QStringLiteral("m1@customer.example"),
        { header + QStringLiteral("dmarc=pass \"unterminated header.from=%1").arg(from),
          header + QStringLiteral("dmarc=pass (((((((((((deep))))))))))) header.from=%1").arg(from),
          // Over the length a header is read to, folded over many lines.
          header + QStringLiteral("dmarc=pass header.from=%1").arg(from)
              + QStringLiteral("\r\n\tpolicy.x=yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy").repeated(200),
          QStringLiteral("Authentication-Results: ;;;= ( \\") });
    EXPECT_EQ(check, QJsonValue(QStringLiteral("unknown")));
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return m_dovecot.uids(QStringLiteral("UNKEYWORD SpocsProcessed")).isEmpty(); }, 15000))
        << "the message was stored and marked processed like any other";
}

// A message over max_message_bytes is never downloaded: its headers become the contact, and
// the agent is told its body was not kept (with its size) instead of seeing an empty mail.
class MailSizeLimitTest : public MailFixture
{
protected:
    QString extraMailSettings() override { return QStringLiteral("max_message_bytes=2048\n"); }
};

TEST_F(MailSizeLimitTest, BodyOverTheLimitIsNotKeptAndTheMessageSaysSo)
{
    const QByteArray raw = mailMessage(QStringLiteral("huge@sender.example"), QStringLiteral("support@example.com"),
                                       QStringLiteral("Scans of every page"), QString(6000, u'z'),
                                       QStringLiteral("huge1@sender.example"));
    deliver(raw);
    const qint64 id = waitForOffer();
    ASSERT_GT(id, 0);
    const QJsonArray messages = messagesOf(id);
    ASSERT_EQ(messages.size(), 1);
    const QJsonObject m = messages.first().toObject();
    EXPECT_EQ(m.value(QStringLiteral("subject")).toString(), QStringLiteral("Scans of every page"));
    EXPECT_FALSE(m.value(QStringLiteral("text")).toString().contains(u'z')) << "the body was not downloaded";
    EXPECT_GE(m.value(QStringLiteral("refusedBodyBytes")).toInteger(), raw.size() - 64)
        << qPrintable(QString::fromUtf8(QJsonDocument(m).toJson()));
    EXPECT_TRUE(m.value(QStringLiteral("attachments")).toArray().isEmpty()) << "the body is not an attachment";
}

} // namespace

TEST_F(MailIntakeTest, WithoutATrustedAuthservIdNoSenderIsChecked)
{
    const auto [customerId, address] = someCustomer();
    ASSERT_FALSE(address.isEmpty());
    deliver(mailMessage(address, QStringLiteral("support@example.com"), QStringLiteral("Cancel my order"),
                        QStringLiteral("Please cancel it."), QStringLiteral("n1@customer.example"),
                        { QStringLiteral("Authentication-Results: mx.shop.example; dmarc=fail header.from=%1")
                              .arg(address.section(u'@', 1)) }));
    const qint64 id = waitForOffer();
    ASSERT_GT(id, 0);
    const QJsonArray messages = messagesOf(id);
    ASSERT_EQ(messages.size(), 1);
    // Not "unknown": an agent would see a note on every mail and learn to ignore it.
    EXPECT_FALSE(messages.first().toObject().contains(QStringLiteral("senderCheck")));
}
