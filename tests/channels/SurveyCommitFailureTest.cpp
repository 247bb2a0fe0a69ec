#include "ClientHelpers.h"
#include "InProcessCoordinator.h"
#include "MailServers.h"
#include "VisitorPeer.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace spocs::test {
namespace {

// A survey link whose token the commit took back would be dead: no mail goes out for it. The
// coordinator runs in this process so that SQLite's commit hook can make that commit fail; the
// mail goes to a real aiosmtpd.
class SurveyCommitFailureTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_smtp.start(&error)) << qPrintable(error);
        const QString config = m_dir.filePath(QStringLiteral("coordinator.ini"));
        QFile file(config);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[mail]\nsmtp_server=%1\nfrom_address=support@shop.example\nfrom_name=Shop Support\n")
                       .arg(m_smtp.url().toString())
                       .toUtf8());
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

    // An e-mail contact left on the web form by `email`, accepted by agent1; 0 when that failed.
    qint64 acceptedMessage(VisitorPeer &visitor, const QString &email)
    {
        if (!visitor.open(m_coordinator.visitorUrl()) || visitor.hello().isEmpty())
            return 0;
        qint64 topic = 0;
        const QJsonObject topics = visitor.request(QStringLiteral("chat.topics"));
        for (const QJsonValue &t :
             topics.value(QStringLiteral("data")).toObject().value(QStringLiteral("topics")).toArray())
            if (t.toObject().value(QStringLiteral("name")).toString() == u"Account")
                topic = t.toObject().value(QStringLiteral("id")).toInteger();
        const QJsonObject left = visitor.request(QStringLiteral("message.leave"),
                                                 { { QStringLiteral("name"), QStringLiteral("Sue Survey") },
                                                   { QStringLiteral("email"), email },
                                                   { QStringLiteral("topic"), topic },
                                                   { QStringLiteral("text"), QStringLiteral("Change my address") } });
        const qint64 contact
            = left.value(QStringLiteral("data")).toObject().value(QStringLiteral("contact")).toInteger();
        if (!contact || !QTest::qWaitFor([&] { return m_offers.contains(contact); }, 30000))
            return 0;
        m_offers.removeAll(contact);
        return acceptContact(m_agent, contact).ok ? contact : 0;
    }

    Reply closeContact(qint64 contact)
    {
        const qint64 version = call(m_agent, QStringLiteral("contact.get"), { { QStringLiteral("id"), contact } })
                                   .data.value(QStringLiteral("contact"))
                                   .toObject()
                                   .value(QStringLiteral("version"))
                                   .toInteger();
        return callWrite(m_agent, QStringLiteral("contact.close"),
                         { { QStringLiteral("id"), contact },
                           { QStringLiteral("version"), version },
                           { QStringLiteral("reasons"), QJsonArray { QStringLiteral("account.update") } },
                           { QStringLiteral("outcome"), QStringLiteral("resolved") } });
    }

    // Whether a mail with a survey link reached this address.
    bool surveyMailedTo(const QString &address) const
    {
        for (const QByteArray &m : m_smtp.messages()) {
            if (m.contains(address.toUtf8()) && mailBodyText(m).contains("/survey?t="))
                return true;
        }
        return false;
    }

    qint64 tokensOf(qint64 contact)
    {
        QSqlQuery q
            = m_coordinator.db().prepare(QStringLiteral("SELECT COUNT(*) FROM survey_tokens WHERE contact_id = ?"));
        q.addBindValue(contact);
        EXPECT_TRUE(q.exec() && q.next());
        return q.value(0).toLongLong();
    }

    QTemporaryDir m_dir;
    SmtpSink m_smtp;
    InProcessCoordinator m_coordinator;
    Connection m_agent;
    QList<qint64> m_offers;
};

TEST_F(SurveyCommitFailureTest, SurveyLinkWhoseTokenWasNotSavedIsNeverMailed)
{
    FailingCommits commits(m_coordinator.db());
    ASSERT_TRUE(commits.installed()) << "no sqlite3 handle from Qt's driver";
    VisitorPeer lostVisitor;
    VisitorPeer keptVisitor;
    const QString lost = QStringLiteral("lost.link@example.org");
    const QString kept = QStringLiteral("kept.link@example.org");
    const qint64 lostContact = acceptedMessage(lostVisitor, lost);
    ASSERT_GT(lostContact, 0);
    const qint64 keptContact = acceptedMessage(keptVisitor, kept);
    ASSERT_GT(keptContact, 0);

    // The close commits; the survey's own commit, which stores the token, fails.
    commits.failWriting("survey_tokens");
    const Reply closed = closeContact(lostContact);
    ASSERT_TRUE(closed.ok) << qPrintable(closed.error.message);
    ASSERT_TRUE(QTest::qWaitFor([&] { return commits.failed() > 0; }, 15000)) << "no survey token was written";
    commits.stop();
    EXPECT_EQ(tokensOf(lostContact), 0);

    // One mail thread sends in order: once the next contact's link has arrived, the lost one would have.
    const Reply keptClosed = closeContact(keptContact);
    ASSERT_TRUE(keptClosed.ok) << qPrintable(keptClosed.error.message);
    ASSERT_TRUE(QTest::qWaitFor([&] { return surveyMailedTo(kept); }, 30000));
    EXPECT_EQ(tokensOf(keptContact), 1);
    EXPECT_FALSE(surveyMailedTo(lost)) << "a survey link to a token that was never saved was mailed";
}

} // namespace
} // namespace spocs::test
