#include "MailServers.h"
#include "VisitorFixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace spocs::test {
namespace {

// The web chat's mail: transcripts and survey links reach a real aiosmtpd.
class WebChatMailTest : public VisitorFixture
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_smtp.start(&error)) << qPrintable(error);
        VisitorFixture::SetUp();
    }

    QStringList extraArgs() override
    {
        const QString path = m_dir.filePath(QStringLiteral("coordinator.ini"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(QStringLiteral("[mail]\nsmtp_server=%1\nfrom_address=support@shop.example\nfrom_name=Shop "
                                      "Support\n")
                           .arg(m_smtp.url().toString())
                           .toUtf8());
        return { QStringLiteral("--config"), path };
    }

    // The mail to this address, decoded; empty until it arrives.
    QByteArray mailTo(const QString &address)
    {
        for (const QByteArray &m : m_smtp.messages()) {
            if (m.contains(address.toUtf8()))
                return mailBodyText(m);
        }
        return {};
    }

    QTemporaryDir m_dir;
    SmtpSink m_smtp;
};

TEST_F(WebChatMailTest, TranscriptArrivesWithEveryLine)
{
    auto peer = visitor();
    ASSERT_TRUE(peer);
    const qint64 contact = acceptedChat(*peer, QStringLiteral("tom.transcript@example.org"));
    ASSERT_GT(contact, 0);
    ASSERT_TRUE(peer->request(QStringLiteral("chat.send"),
                              { { QStringLiteral("cid"), QStringLiteral("tr-1") },
                                { QStringLiteral("text"), QStringLiteral("Where is parcel 4711?") } })
                    .value(QStringLiteral("ok"))
                    .toBool());
    ASSERT_TRUE(reply(contact, QStringLiteral("It arrives tomorrow before noon.")).ok);
    const QJsonObject sent = peer->request(QStringLiteral("chat.transcript"));
    ASSERT_TRUE(sent.value(QStringLiteral("ok")).toBool()) << qPrintable(VisitorPeer::errorCode(sent));
    EXPECT_EQ(dataOf(sent).value(QStringLiteral("to")).toString(), u"t***@example.org");
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !mailTo(QStringLiteral("tom.transcript@example.org")).isEmpty(); }, 30000));
    const QByteArray body = mailTo(QStringLiteral("tom.transcript@example.org"));
    EXPECT_TRUE(body.contains("Hello?")) << body.constData();
    EXPECT_TRUE(body.contains("Where is parcel 4711?"));
    EXPECT_TRUE(body.contains("It arrives tomorrow before noon."));
}

TEST_F(WebChatMailTest, ClosedEmailContactGetsAOneTimeSurveyLink)
{
    auto peer = visitor();
    ASSERT_TRUE(peer);
    // An e-mail contact from the offline form, answered and closed by agent1.
    const QJsonObject left = peer->request(QStringLiteral("message.leave"),
                                           { { QStringLiteral("name"), QStringLiteral("Sue Survey") },
                                             { QStringLiteral("email"), QStringLiteral("sue.survey@example.org") },
                                             { QStringLiteral("topic"), topic(*peer, QStringLiteral("Account")) },
                                             { QStringLiteral("text"), QStringLiteral("Change my address") } });
    ASSERT_TRUE(left.value(QStringLiteral("ok")).toBool()) << qPrintable(VisitorPeer::errorCode(left));
    const qint64 contact = dataOf(left).value(QStringLiteral("contact")).toInteger();
    ASSERT_EQ(waitForOffer(), contact);
    ASSERT_TRUE(accept(contact).ok);
    const Reply closed = closeContact(contact);
    ASSERT_TRUE(closed.ok) << qPrintable(closed.error.message);

    ASSERT_TRUE(QTest::qWaitFor([&] { return mailTo(QStringLiteral("sue.survey@example.org")).contains("/survey?t="); },
                                30000));
    // mailBodyText joins quoted-printable's soft breaks; the link's "=" is still "=3D".
    const QByteArray body = mailTo(QStringLiteral("sue.survey@example.org")).replace("=3D", "=");
    static const QRegularExpression link(QStringLiteral("/survey\\?t=([A-Za-z0-9_-]+)"));
    const QString token = link.match(QString::fromUtf8(body)).captured(1);
    ASSERT_EQ(token.size(), 43) << body.constData();
    EXPECT_TRUE(body.contains(QByteArray(m_coordinator.webUrl().toString().toUtf8().chopped(1) + "/survey?t=")));

    auto page = visitor();
    ASSERT_TRUE(page);
    const QJsonObject survey
        = dataOf(page->request(QStringLiteral("survey.get"), { { QStringLiteral("token"), token } }))
              .value(QStringLiteral("survey"))
              .toObject();
    EXPECT_EQ(survey.value(QStringLiteral("channel")).toString(), u"email");
    EXPECT_FALSE(survey.value(QStringLiteral("answered")).toBool());
    EXPECT_TRUE(survey.value(QStringLiteral("agent")).toString().endsWith(u'.'));
    EXPECT_TRUE(page->request(QStringLiteral("survey.answer"),
                              { { QStringLiteral("token"), token }, { QStringLiteral("score"), 4 } })
                    .value(QStringLiteral("ok"))
                    .toBool());
    EXPECT_EQ(
        VisitorPeer::errorCode(page->request(QStringLiteral("survey.answer"),
                                             { { QStringLiteral("token"), token }, { QStringLiteral("score"), 1 } })),
        u"invalid_state");
    EXPECT_EQ(VisitorPeer::errorCode(page->request(
                  QStringLiteral("survey.get"),
                  { { QStringLiteral("token"), QString(token).replace(0, 1, token.startsWith(u'x') ? u'y' : u'x') } })),
              u"not_found");
    const Reply stored = call(m_agent, QStringLiteral("contact.get"), { { QStringLiteral("id"), contact } });
    EXPECT_EQ(stored.data.value(QStringLiteral("contact"))
                  .toObject()
                  .value(QStringLiteral("survey"))
                  .toObject()
                  .value(QStringLiteral("csat"))
                  .toInt(),
              4);
}

} // namespace
} // namespace spocs::test
