#include "MailFixture.h"

#include <QJsonDocument>

#include <algorithm>

using namespace spocs;
using namespace spocs::test;

namespace {

// The agent answers by e-mail: a real aiosmtpd receives what the coordinator submits.
class MailReplyTest : public MailFixture
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_smtp.start(&error)) << qPrintable(error);
        MailFixture::SetUp();
    }

    QString extraMailSettings() override
    {
        return QStringLiteral("smtp_server=%1\nfrom_address=support@shop.example\nfrom_name=Shop Support\n")
            .arg(m_smtp.url().toString());
    }

    Reply reply(qint64 contactId, const QString &body, const QJsonArray &articles = {})
    {
        return replyToContact(m_agent, contactId, body, articles);
    }

    QString statusOf(qint64 contactId, qint64 messageId)
    {
        for (const QJsonValue &v : messagesOf(contactId)) {
            if (v.toObject().value(QStringLiteral("id")).toInteger() == messageId)
                return v.toObject().value(QStringLiteral("status")).toString();
        }
        return {};
    }

    SmtpSink m_smtp;
};

TEST_F(MailReplyTest, ReplyIsSentThreadedAndTheCustomersAnswerJoinsTheContact)
{
    const auto [customerId, address] = someCustomer();
    deliver(mailMessage(address, QStringLiteral("support@shop.example"), QStringLiteral("Broken kettle"),
                        QStringLiteral("My kettle stopped working."), QStringLiteral("k1@customer.example")));
    const qint64 id = waitForOffer();
    ASSERT_GT(id, 0);
    ASSERT_TRUE(accept(id));

    const Reply sent = reply(id, QStringLiteral("Please send us a photo of the type plate."));
    ASSERT_TRUE(sent.ok) << qPrintable(sent.error.message);
    const qint64 messageId
        = sent.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toInteger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_smtp.messages().isEmpty(); }, 30000))
        << "nothing reached the SMTP server";
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(id, messageId) == u"sent"; }, 15000));

    const QByteArray out = m_smtp.messages().first();
    EXPECT_EQ(mailHeader(out, QStringLiteral("In-Reply-To")), QStringLiteral("<k1@customer.example>"));
    EXPECT_TRUE(mailHeader(out, QStringLiteral("References")).contains(QStringLiteral("<k1@customer.example>")));
    EXPECT_EQ(mailHeader(out, QStringLiteral("Subject")),
              QStringLiteral("Re: Broken kettle [#%1-%2]").arg(customerId).arg(id));
    EXPECT_TRUE(mailHeader(out, QStringLiteral("To")).contains(address));
    EXPECT_TRUE(mailBodyText(out).contains("type plate"));
    EXPECT_TRUE(mailBodyText(out).contains("Kind regards")) << "the English signature template";
    EXPECT_EQ(mailHeader(out, QStringLiteral("Auto-Submitted")), QStringLiteral("no")) << "a person wrote it";
    // The answer is in the customer's history too, with its subject and what the agent wrote.
    const QByteArray view = QJsonDocument(customer(customerId)).toJson();
    EXPECT_TRUE(view.contains("E-mail sent: Re: Broken kettle")) << view.left(3000).constData();
    EXPECT_TRUE(view.contains("type plate")) << view.left(3000).constData();

    // The customer's mail program answers the reply: it threads into the same contact.
    const QString replyId = mailHeader(out, QStringLiteral("Message-ID")).remove(u'<').remove(u'>');
    ASSERT_FALSE(replyId.isEmpty());
    deliver(mailMessage(address, QStringLiteral("support@shop.example"),
                        QStringLiteral("Re: Broken kettle [#%1-%2]").arg(customerId).arg(id),
                        QStringLiteral("Photo attached."), QStringLiteral("k2@customer.example"),
                        { QStringLiteral("In-Reply-To: <%1>").arg(replyId),
                          QStringLiteral("References: <k1@customer.example> <%1>").arg(replyId) }));
    ASSERT_TRUE(QTest::qWaitFor([&] { return messagesOf(id).size() == 3; }, 30000));
    const QJsonArray all = messagesOf(id);
    EXPECT_EQ(all.at(1).toObject().value(QStringLiteral("direction")).toString(), QStringLiteral("out"));
    EXPECT_EQ(all.at(2).toObject().value(QStringLiteral("direction")).toString(), QStringLiteral("in"));
    EXPECT_TRUE(m_offers.isEmpty()) << "no new contact for the customer's answer";
}

// Ann writes with Bob in Cc and Bob answers all: threading by headers alone would put Bob's mail
// on Ann's contact, and the agent's answer, with Ann's case in it, would go to Bob as its last writer.
TEST_F(MailReplyTest, ReplyAllFromSomeoneInCcStartsTheirOwnContactAndTheAnswerGoesToTheCustomer)
{
    const auto [customerId, ann] = someCustomer();
    const QString bob = QStringLiteral("bob@friend.example");
    deliver(mailMessage(ann, QStringLiteral("support@shop.example"), QStringLiteral("Damaged parcel"),
                        QStringLiteral("My parcel arrived crushed, order 4711."),
                        QStringLiteral("ann1@customer.example"), { QStringLiteral("Cc: %1").arg(bob) }));
    const qint64 annContact = waitForOffer();
    ASSERT_GT(annContact, 0);
    ASSERT_TRUE(accept(annContact));

    deliver(mailMessage(bob, QStringLiteral("support@shop.example"), QStringLiteral("Re: Damaged parcel"),
                        QStringLiteral("Mine too, please call me."), QStringLiteral("bob1@friend.example"),
                        { QStringLiteral("Cc: %1").arg(ann), QStringLiteral("In-Reply-To: <ann1@customer.example>"),
                          QStringLiteral("References: <ann1@customer.example>") }));
    const qint64 bobContact = waitForOffer();
    ASSERT_GT(bobContact, 0) << "Bob's answer started no contact of its own";
    EXPECT_NE(bobContact, annContact);
    EXPECT_NE(contact(bobContact).value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")).toString(),
              customerId);
    ASSERT_EQ(messagesOf(bobContact).size(), 1);
    EXPECT_EQ(messagesOf(annContact).size(), 1) << "Bob's mail is not on Ann's contact";

    const Reply sent = reply(annContact, QStringLiteral("We are sending a new kettle for order 4711."));
    ASSERT_TRUE(sent.ok) << qPrintable(sent.error.message);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_smtp.messages().isEmpty(); }, 30000));
    const QByteArray out = m_smtp.messages().first();
    EXPECT_TRUE(mailHeader(out, QStringLiteral("To")).contains(ann))
        << qPrintable(mailHeader(out, QStringLiteral("To")));
    EXPECT_FALSE(mailHeader(out, QStringLiteral("To")).contains(bob));
    EXPECT_EQ(mailHeader(out, QStringLiteral("In-Reply-To")), QStringLiteral("<ann1@customer.example>"));
}

// Closing a contact mails a survey link (the web endpoint is on): never to a robot, whose
// auto-reply would come back as a new contact, be closed and be surveyed again.
TEST_F(MailReplyTest, NoSurveyGoesToAnAutomatedSenderAndASurveySaysItIsAutomatic)
{
    const auto close = [&](qint64 id) {
        return callWrite(m_agent, QStringLiteral("contact.close"),
                         { { QStringLiteral("id"), id },
                           { QStringLiteral("version"), contact(id).value(QStringLiteral("version")).toInteger() },
                           { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } },
                           { QStringLiteral("outcome"), QStringLiteral("resolved") } })
                   .ok
            && call(m_agent, QStringLiteral("presence.set"),
                    { { QStringLiteral("state"), QStringLiteral("available") } })
                   .ok;
    };
    const auto surveysTo = [&](const QString &address) {
        QList<QByteArray> found;
        for (const QByteArray &m : m_smtp.messages()) {
            if (mailHeader(m, QStringLiteral("To")).contains(address) && mailBodyText(m).contains("/survey?t="))
                found.append(m);
        }
        return found;
    };
    const QString robot = QStringLiteral("noreply@robot.example");
    deliver(mailMessage(robot, QStringLiteral("support@shop.example"), QStringLiteral("Your ticket was received"),
                        QStringLiteral("This is an automatic message."), QStringLiteral("bot1@robot.example"),
                        { QStringLiteral("Auto-Submitted: auto-generated") }));
    const qint64 robotContact = waitForOffer();
    ASSERT_GT(robotContact, 0);
    ASSERT_TRUE(accept(robotContact));
    ASSERT_TRUE(close(robotContact));

    // A person's contact, closed after it: one mail thread sends in order, so once this survey has
    // arrived, a survey to the robot would have too.
    const auto [customerId, address] = someCustomer();
    deliver(mailMessage(address, QStringLiteral("support@shop.example"), QStringLiteral("Thanks"),
                        QStringLiteral("All good now."), QStringLiteral("thanks1@customer.example")));
    const qint64 personContact = waitForOffer();
    ASSERT_GT(personContact, 0);
    ASSERT_TRUE(accept(personContact));
    ASSERT_TRUE(close(personContact));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !surveysTo(address).isEmpty(); }, 30000)) << "no survey to the person";
    EXPECT_EQ(mailHeader(surveysTo(address).first(), QStringLiteral("Auto-Submitted")),
              QStringLiteral("auto-generated"));
    EXPECT_TRUE(surveysTo(robot).isEmpty()) << "a survey went to the robot";
}

// An admin edits the signature with the CLI while the coordinator runs; the next reply carries it.
TEST_F(MailReplyTest, ReplyCarriesTheSignatureAnAdminSetWithTheCli)
{
    const QString signatureFile = m_dir.filePath(QStringLiteral("signature.txt"));
    {
        QFile file(signatureFile);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("Warm wishes from the kettle team,\n{agent}\n");
    }
    const CliResult set = runCli({ QStringLiteral("--db"), m_coordinator.dbPath(), QStringLiteral("mail-template"),
                                   QStringLiteral("set"), QStringLiteral("en"), QStringLiteral("signature"),
                                   QStringLiteral("--file"), signatureFile });
    ASSERT_EQ(set.exitCode, 0) << qPrintable(set.err);

    const auto [customerId, address] = someCustomer();
    deliver(mailMessage(address, QStringLiteral("support@shop.example"), QStringLiteral("Descaling"),
                        QStringLiteral("How do I descale it?"), QStringLiteral("d1@customer.example")));
    const qint64 id = waitForOffer();
    ASSERT_GT(id, 0);
    ASSERT_TRUE(accept(id));
    const Reply sent = reply(id, QStringLiteral("Use citric acid."));
    ASSERT_TRUE(sent.ok) << qPrintable(sent.error.message);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_smtp.messages().isEmpty(); }, 30000));

    const QByteArray body = mailBodyText(m_smtp.messages().first());
    EXPECT_TRUE(body.contains("Warm wishes from the kettle team,")) << body.constData();
    EXPECT_FALSE(body.contains("Kind regards")) << "the seeded signature was replaced";
    EXPECT_FALSE(body.contains("{agent}")) << "the agent's name was filled in";
}

// Regression: the article check read a "state" key the article does not have, so every reply
// with an article was refused as not public.
TEST_F(MailReplyTest, PublicArticleGoesUnderTheReplyAndAnInternalOneIsRefused)
{
    const auto articleOf = [&](const QString &visibility) {
        const Reply r = call(
            m_agent, QStringLiteral("kb.search"),
            { { QStringLiteral("q"), QStringLiteral("payment") }, { QStringLiteral("visibility"), visibility } });
        return r.data.value(QStringLiteral("items")).toArray().first().toObject();
    };
    const QJsonObject internal = articleOf(QStringLiteral("internal"));
    const QJsonObject pub = articleOf(QStringLiteral("public"));
    ASSERT_GT(pub.value(QStringLiteral("id")).toInteger(), 0);
    ASSERT_GT(internal.value(QStringLiteral("id")).toInteger(), 0);
    const auto [customerId, address] = someCustomer();
    deliver(mailMessage(address, QStringLiteral("support@shop.example"), QStringLiteral("Paying"),
                        QStringLiteral("How can I pay?"), QStringLiteral("pay1@customer.example")));
    const qint64 id = waitForOffer();
    ASSERT_GT(id, 0);
    ASSERT_TRUE(accept(id));

    const Reply refused = reply(id, QStringLiteral("See below."), { internal.value(QStringLiteral("id")) });
    EXPECT_FALSE(refused.ok);
    EXPECT_EQ(errorName(refused), QStringLiteral("bad_request"));
    const Reply sent = reply(id, QStringLiteral("See below."), { pub.value(QStringLiteral("id")) });
    ASSERT_TRUE(sent.ok) << qPrintable(sent.error.message);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_smtp.messages().isEmpty(); }, 30000));
    ASSERT_EQ(m_smtp.messages().size(), 1) << "the refused reply was never sent";
    EXPECT_TRUE(
        mailBodyText(m_smtp.messages().first()).contains(pub.value(QStringLiteral("title")).toString().toUtf8()))
        << mailBodyText(m_smtp.messages().first()).left(1500).constData();
}

TEST_F(MailReplyTest, ReplyOnAnotherAgentsContactIsForbidden)
{
    deliver(mailMessage(QStringLiteral("someone@else.example"), QStringLiteral("support@shop.example"),
                        QStringLiteral("Hi"), QStringLiteral("Hello"), QStringLiteral("f1@else.example")));
    const qint64 id = waitForOffer();
    ASSERT_GT(id, 0);
    // Not accepted yet: nobody answers a contact they do not hold.
    const Reply r = reply(id, QStringLiteral("Too early"));
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(errorName(r), QStringLiteral("invalid_state"));
    EXPECT_TRUE(m_smtp.messages().isEmpty());
}

// The SMTP server is down when the agent answers: the reply stays in the contact as failed
// with the reason, and a retry sends it once the server is back.
class MailReplyFailureTest : public MailReplyTest
{
protected:
    QString extraMailSettings() override
    {
        return QStringLiteral("smtp_server=smtp://127.0.0.1:%1\nfrom_address=support@shop.example\n")
            .arg(m_deadPort.port());
    }
    DeadPort m_deadPort;
};

TEST_F(MailReplyFailureTest, FailedReplyStaysVisibleWithTheReasonAndCanBeRetried)
{
    ASSERT_NE(m_deadPort.port(), 0);
    deliver(mailMessage(QStringLiteral("patient@customer.example"), QStringLiteral("support@shop.example"),
                        QStringLiteral("Refund"), QStringLiteral("Where is my refund?"),
                        QStringLiteral("r1@customer.example")));
    const qint64 id = waitForOffer();
    ASSERT_GT(id, 0);
    ASSERT_TRUE(accept(id));
    const Reply sent = reply(id, QStringLiteral("The refund left today."));
    ASSERT_TRUE(sent.ok) << qPrintable(sent.error.message);
    const qint64 messageId
        = sent.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toInteger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(id, messageId) == u"failed"; }, 30000));
    const QJsonArray messages = messagesOf(id);
    EXPECT_FALSE(messages.last().toObject().value(QStringLiteral("failure")).toString().isEmpty());

    QString error;
    ASSERT_TRUE(m_smtp.start(&error, m_deadPort.port())) << qPrintable(error);
    const Reply retried = callWrite(m_agent, QStringLiteral("contact.reply.retry"),
                                    { { QStringLiteral("cid"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                                      { QStringLiteral("id"), id },
                                      { QStringLiteral("message"), messageId } });
    ASSERT_TRUE(retried.ok) << qPrintable(retried.error.message);
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(id, messageId) == u"sent"; }, 30000));
    ASSERT_EQ(m_smtp.messages().size(), 1);
    EXPECT_TRUE(mailBodyText(m_smtp.messages().first()).contains("The refund left today."));
}

// The agent answers and closes the contact while the SMTP server is down: the failed reply is
// still sent again once the server is back, so the customer gets the answer.
TEST_F(MailReplyFailureTest, FailedReplyOnAClosedContactCanBeRetried)
{
    ASSERT_NE(m_deadPort.port(), 0);
    deliver(mailMessage(QStringLiteral("closed@customer.example"), QStringLiteral("support@shop.example"),
                        QStringLiteral("Invoice"), QStringLiteral("Please send my invoice again."),
                        QStringLiteral("inv1@customer.example")));
    const qint64 id = waitForOffer();
    ASSERT_GT(id, 0);
    ASSERT_TRUE(accept(id));
    const Reply sent = reply(id, QStringLiteral("Your invoice is attached to our shop account page."));
    ASSERT_TRUE(sent.ok) << qPrintable(sent.error.message);
    const qint64 messageId
        = sent.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toInteger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(id, messageId) == u"failed"; }, 30000));
    const Reply closed
        = callWrite(m_agent, QStringLiteral("contact.close"),
                    { { QStringLiteral("id"), id },
                      { QStringLiteral("version"), contact(id).value(QStringLiteral("version")).toInteger() },
                      { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } },
                      { QStringLiteral("outcome"), QStringLiteral("resolved") } });
    ASSERT_TRUE(closed.ok) << qPrintable(closed.error.message);
    ASSERT_EQ(contact(id).value(QStringLiteral("state")).toString(), QStringLiteral("closed"));

    QString error;
    ASSERT_TRUE(m_smtp.start(&error, m_deadPort.port())) << qPrintable(error);
    const Reply retried = callWrite(m_agent, QStringLiteral("contact.reply.retry"),
                                    { { QStringLiteral("cid"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                                      { QStringLiteral("id"), id },
                                      { QStringLiteral("message"), messageId } });
    ASSERT_TRUE(retried.ok) << qPrintable(retried.error.message);
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(id, messageId) == u"sent"; }, 30000));
    const QList<QByteArray> received = m_smtp.messages();
    const auto answer = std::find_if(received.cbegin(), received.cend(), [](const QByteArray &m) {
        return mailBodyText(m).contains("Your invoice is attached");
    });
    ASSERT_NE(answer, received.cend()) << "the answer reached the customer";
    EXPECT_TRUE(mailHeader(*answer, QStringLiteral("To")).contains(QStringLiteral("closed@customer.example")));
    EXPECT_EQ(messagesOf(id).size(), 2) << "the retry sent the stored reply and wrote nothing new";
}

// With [mail] acknowledge on, a new e-mail contact gets an automatic answer with the
// expected response time from the customer's profile; automated mail does not.
class MailAcknowledgementTest : public MailReplyTest
{
protected:
    QString extraMailSettings() override
    {
        return MailReplyTest::extraMailSettings() + QStringLiteral("acknowledge=true\n");
    }
};

TEST_F(MailAcknowledgementTest, NewContactIsAcknowledgedWithTheExpectedResponseTime)
{
    deliver(mailMessage(QStringLiteral("robot@lists.example"), QStringLiteral("support@shop.example"),
                        QStringLiteral("Newsletter"), QStringLiteral("News"), QStringLiteral("n1@lists.example"),
                        { QStringLiteral("Precedence: bulk") }));
    deliver(mailMessage(QStringLiteral("new@customer.example"), QStringLiteral("support@shop.example"),
                        QStringLiteral("Question"), QStringLiteral("Hello?"), QStringLiteral("ack1@customer.example")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_smtp.messages().isEmpty(); }, 30000));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return m_dovecot.uids(QStringLiteral("UNKEYWORD SpocsProcessed")).isEmpty(); }, 30000));
    // The acknowledgement is stored in the same transaction as the contact, so the bulk mail's
    // contact is final here: it holds only the received message.
    const Reply robot = call(m_agent, QStringLiteral("customer.search"),
                             { { QStringLiteral("q"), QStringLiteral("robot@lists.example") } });
    const QString robotId
        = robot.data.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("id")).toString();
    const QJsonArray robotContacts = customer(robotId).value(QStringLiteral("openContacts")).toArray();
    ASSERT_EQ(robotContacts.size(), 1);
    EXPECT_EQ(messagesOf(robotContacts.first().toObject().value(QStringLiteral("id")).toInteger()).size(), 1)
        << "the bulk mail is not acknowledged";
    const QList<QByteArray> sent = m_smtp.messages();
    ASSERT_EQ(sent.size(), 1);
    EXPECT_TRUE(mailHeader(sent.first(), QStringLiteral("To")).contains(QStringLiteral("new@customer.example")));
    EXPECT_TRUE(mailBodyText(sent.first()).contains("24 hours"));
    EXPECT_EQ(mailHeader(sent.first(), QStringLiteral("In-Reply-To")), QStringLiteral("<ack1@customer.example>"));
    // RFC 3834: an automatic answer says so, so the customer's own auto-responder does not answer it.
    EXPECT_EQ(mailHeader(sent.first(), QStringLiteral("Auto-Submitted")), QStringLiteral("auto-replied"));
}

} // namespace
