#include "ClientHelpers.h"
#include "InProcessCoordinator.h"
#include "MailServers.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace spocs::test {
namespace {

// What the coordinator answers for a write its group's commit lost (CoordinatorServer::commitGroup).
const QString kNotSaved = QStringLiteral("storage error: the write was not saved");

// An e-mail leaves only once the write that records it is durable. The coordinator runs in this
// process so that SQLite's commit hook can make its commits fail; it reads a real Dovecot mailbox
// every second and sends to a real aiosmtpd, whose one mail thread sends in order.
class MailCommitFailureTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_dovecot.start(&error)) << qPrintable(error);
        ASSERT_TRUE(m_smtp.start(&error)) << qPrintable(error);
        const QString config = m_dir.filePath(QStringLiteral("coordinator.ini"));
        QFile file(config);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("[mail]\nserver=%1\nuser=%2\npassword_file=%3\nqueue=general\npoll_seconds=1\n"
                           "smtp_server=%4\nfrom_address=support@shop.example\nfrom_name=Shop Support\n")
                .arg(m_dovecot.url().toString(), m_dovecot.user(), m_dovecot.passwordFile(), smtpUrl().toString())
                .toUtf8()
            + extraMailSettings().toUtf8());
        file.close();
        ASSERT_TRUE(m_coordinator.start(30, config, &error)) << qPrintable(error);
        ASSERT_TRUE(loginAndWait(m_agent, m_coordinator.url(), QStringLiteral("agent1")).ok);
        const qint64 me = signedInUserId(m_agent);
        QObject::connect(&m_agent, &Connection::eventReceived, &m_agent, [this](const protocol::Event &e) {
            if (e.kind == u"contact.offered")
                m_offers.append(
                    e.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger());
        });
        m_agent.subscribe(QStringLiteral("user:%1").arg(me));
        ASSERT_TRUE(
            call(m_agent, QStringLiteral("presence.set"), { { QStringLiteral("state"), QStringLiteral("available") } })
                .ok);
    }

    virtual QString extraMailSettings() { return {}; }
    virtual QUrl smtpUrl() const { return m_smtp.url(); }

    void deliver(const QString &from, const QString &subject, const QString &body, const QString &messageId)
    {
        QString error;
        ASSERT_TRUE(m_dovecot.deliver(
            mailMessage(from, QStringLiteral("support@shop.example"), subject, body, messageId), &error))
            << qPrintable(error);
    }

    qint64 waitForOffer()
    {
        (void)QTest::qWaitFor([&] { return !m_offers.isEmpty(); }, 30000);
        return m_offers.isEmpty() ? 0 : m_offers.takeFirst();
    }

    QJsonArray messagesOf(qint64 contact)
    {
        const Reply r = call(m_agent, QStringLiteral("contact.messages"), { { QStringLiteral("id"), contact } });
        EXPECT_TRUE(r.ok) << qPrintable(r.error.message);
        return r.data.value(QStringLiteral("messages")).toArray();
    }

    // The contact's outgoing messages whose text holds `text`.
    QJsonArray outgoing(qint64 contact, const QString &text)
    {
        QJsonArray out;
        for (const QJsonValue &v : messagesOf(contact)) {
            const QJsonObject m = v.toObject();
            if (m.value(QStringLiteral("direction")).toString() == u"out"
                && m.value(QStringLiteral("text")).toString().contains(text))
                out.append(m);
        }
        return out;
    }

    // How many mails the SMTP server received addressed to `address`.
    qsizetype mailsTo(const QString &address) const
    {
        qsizetype n = 0;
        for (const QByteArray &m : m_smtp.messages())
            n += mailHeader(m, QStringLiteral("To")).contains(address);
        return n;
    }

    // How many mails the SMTP server received whose body holds `text`.
    qsizetype mailsWith(const QByteArray &text) const
    {
        qsizetype n = 0;
        for (const QByteArray &m : m_smtp.messages())
            n += mailBodyText(m).contains(text);
        return n;
    }

    QTemporaryDir m_dir;
    DovecotServer m_dovecot;
    SmtpSink m_smtp;
    InProcessCoordinator m_coordinator;
    Connection m_agent;
    QList<qint64> m_offers;
};

TEST_F(MailCommitFailureTest, ReplyWhoseCommitFailsIsNotMailedAndSentAgainArrivesOnce)
{
    FailingCommits commits(m_coordinator.db());
    ASSERT_TRUE(commits.installed()) << "no sqlite3 handle from Qt's driver";
    deliver(QStringLiteral("Kim Kettle <kim@customer.example>"), QStringLiteral("Broken kettle"),
            QStringLiteral("My kettle stopped working."), QStringLiteral("kettle1@customer.example"));
    const qint64 contact = waitForOffer();
    ASSERT_GT(contact, 0);
    ASSERT_TRUE(acceptContact(m_agent, contact).ok);
    const QString body = QStringLiteral("Please send us a photo of the type plate.");
    const QJsonObject reply { { QStringLiteral("cid"), QStringLiteral("reply-kettle-1") },
                              { QStringLiteral("id"), contact },
                              { QStringLiteral("body"), body } };

    commits.failEvery();
    const Reply refused = callWrite(m_agent, QStringLiteral("contact.reply"), reply);
    commits.stop();
    EXPECT_GE(commits.failed(), 1);
    // The composer keeps the text and shows the error; the agent sends again.
    EXPECT_FALSE(refused.ok) << "the agent was told a lost reply was sent";
    EXPECT_EQ(errorName(refused).toStdString(), "internal");
    EXPECT_EQ(refused.error.message.toStdString(), kNotSaved.toStdString());
    EXPECT_TRUE(outgoing(contact, body).isEmpty());

    // Sent again with the same cid: applied once, and mailed once.
    const Reply sent = callWrite(m_agent, QStringLiteral("contact.reply"), reply);
    ASSERT_TRUE(sent.ok) << qPrintable(sent.error.message);
    const qint64 messageId
        = sent.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toInteger();
    // One mail thread sends in order: once a later reply has arrived, a mail of the lost one would have.
    const QString marker = QStringLiteral("A courier collects it tomorrow.");
    ASSERT_TRUE(replyToContact(m_agent, contact, marker).ok);
    ASSERT_TRUE(QTest::qWaitFor([&] { return mailsWith(marker.toUtf8()) == 1; }, 30000)) << "nothing was mailed";
    EXPECT_EQ(mailsWith(body.toUtf8()), 1) << "the reply whose commit failed was mailed too";
    const QJsonArray stored = outgoing(contact, body);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().toObject().value(QStringLiteral("id")).toInteger(), messageId);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return outgoing(contact, body).first().toObject().value(QStringLiteral("status")).toString() == u"sent";
        },
        15000));
}

// The SMTP server is down when the agent answers, so the reply fails and waits for a retry.
class MailRetryCommitFailureTest : public MailCommitFailureTest
{
protected:
    QUrl smtpUrl() const override { return QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(m_deadPort.port())); }
    // The server that is back, on the port that was dead.
    QString startServerAgain()
    {
        QString error;
        return m_back.start(&error, m_deadPort.port()) ? QString() : error;
    }
    qsizetype mailsBackWith(const QByteArray &text) const
    {
        qsizetype n = 0;
        for (const QByteArray &m : m_back.messages())
            n += mailBodyText(m).contains(text);
        return n;
    }
    QString statusOf(qint64 contact, qint64 message)
    {
        for (const QJsonValue &v : messagesOf(contact)) {
            if (v.toObject().value(QStringLiteral("id")).toInteger() == message)
                return v.toObject().value(QStringLiteral("status")).toString();
        }
        return {};
    }
    DeadPort m_deadPort;
    SmtpSink m_back;
};

TEST_F(MailRetryCommitFailureTest, RetryWhoseCommitFailsIsNotMailedAndSentAgainArrivesOnce)
{
    ASSERT_NE(m_deadPort.port(), 0);
    FailingCommits commits(m_coordinator.db());
    ASSERT_TRUE(commits.installed()) << "no sqlite3 handle from Qt's driver";
    deliver(QStringLiteral("Tim Toaster <tim@customer.example>"), QStringLiteral("Burnt toast"),
            QStringLiteral("My toaster burns everything."), QStringLiteral("toaster1@customer.example"));
    const qint64 contact = waitForOffer();
    ASSERT_GT(contact, 0);
    ASSERT_TRUE(acceptContact(m_agent, contact).ok);
    const QString body = QStringLiteral("Please try the lowest setting first.");
    const Reply sent = replyToContact(m_agent, contact, body);
    ASSERT_TRUE(sent.ok) << qPrintable(sent.error.message);
    const qint64 message
        = sent.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toInteger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(contact, message) == u"failed"; }, 30000));
    ASSERT_EQ(startServerAgain(), QString());
    const QJsonObject retry { { QStringLiteral("cid"), QStringLiteral("retry-toaster-1") },
                              { QStringLiteral("id"), contact },
                              { QStringLiteral("message"), message } };

    commits.failEvery();
    const Reply refused = callWrite(m_agent, QStringLiteral("contact.reply.retry"), retry);
    commits.stop();
    EXPECT_GE(commits.failed(), 1);
    EXPECT_FALSE(refused.ok) << "the agent was told a lost retry was sent";
    EXPECT_EQ(errorName(refused).toStdString(), "internal");
    EXPECT_EQ(refused.error.message.toStdString(), kNotSaved.toStdString());
    EXPECT_EQ(statusOf(contact, message), QStringLiteral("failed")) << "the lost retry left the reply sending";

    // Sent again with the same cid: applied once, and mailed once.
    const Reply retried = callWrite(m_agent, QStringLiteral("contact.reply.retry"), retry);
    ASSERT_TRUE(retried.ok) << qPrintable(retried.error.message);
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(contact, message) == u"sent"; }, 30000));
    // One mail thread sends in order: once a later reply has arrived, a mail of the lost retry would have.
    const QString marker = QStringLiteral("Or send it to us for a check.");
    ASSERT_TRUE(replyToContact(m_agent, contact, marker).ok);
    ASSERT_TRUE(QTest::qWaitFor([&] { return mailsBackWith(marker.toUtf8()) == 1; }, 30000)) << "nothing was mailed";
    EXPECT_EQ(mailsBackWith(body.toUtf8()), 1) << "the retry whose commit failed was mailed too";
}

// With [mail] acknowledge on, a new e-mail contact is answered automatically.
class MailAcknowledgementCommitFailureTest : public MailCommitFailureTest
{
protected:
    QString extraMailSettings() override { return QStringLiteral("acknowledge=true\n"); }
};

TEST_F(MailAcknowledgementCommitFailureTest, AcknowledgementWhoseCommitFailsIsNotSentAndTheMailIsTakenAgain)
{
    FailingCommits commits(m_coordinator.db());
    ASSERT_TRUE(commits.installed()) << "no sqlite3 handle from Qt's driver";
    const QString address = QStringLiteral("nora@customer.example");

    // The intake's commit, which stores the mail, its new contact and the acknowledgement, fails once.
    commits.failWriting("contact_messages");
    deliver(QStringLiteral("Nora Newcomer <%1>").arg(address), QStringLiteral("Question"),
            QStringLiteral("Do you ship to Norway?"), QStringLiteral("norway1@customer.example"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return commits.failed() > 0; }, 30000)) << "the mail was never stored";
    commits.stop();

    // The mailbox kept the message and the next poll takes it again: this time it is stored and offered.
    const qint64 contact = waitForOffer();
    EXPECT_GT(contact, 0) << "the mail whose commit failed was lost";

    // One mail thread sends in order: once a later contact's acknowledgement has arrived, every
    // acknowledgement queued before it has. Only a contact that was kept is acknowledged.
    const QString later = QStringLiteral("lars@customer.example");
    deliver(QStringLiteral("Lars Later <%1>").arg(later), QStringLiteral("Opening hours"),
            QStringLiteral("When are you open?"), QStringLiteral("hours1@customer.example"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return mailsTo(later) == 1; }, 30000)) << "the later mail was not acknowledged";
    EXPECT_EQ(mailsTo(address), contact > 0 ? 1 : 0)
        << "the acknowledgement of the contact the commit took back was sent";

    ASSERT_GT(contact, 0);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return m_dovecot.uids(QStringLiteral("UNKEYWORD SpocsProcessed")).isEmpty(); }, 15000));
    const QJsonArray messages = messagesOf(contact);
    ASSERT_EQ(messages.size(), 2) << "the customer's mail, stored once, and its acknowledgement";
    EXPECT_EQ(messages.at(0).toObject().value(QStringLiteral("direction")).toString(), QStringLiteral("in"));
    EXPECT_EQ(messages.at(1).toObject().value(QStringLiteral("direction")).toString(), QStringLiteral("out"));
    for (const QByteArray &mail : m_smtp.messages()) {
        if (mailHeader(mail, QStringLiteral("To")).contains(address)) {
            EXPECT_TRUE(mailHeader(mail, QStringLiteral("Subject")).contains(QStringLiteral("-%1]").arg(contact)));
        }
    }
}

} // namespace
} // namespace spocs::test
