#include "VisitorFixture.h"

#include <QFile>
#include <QTemporaryDir>

namespace spocs::test {
namespace {

// The chat is staffed on weekdays; the coordinator's clock starts on a Sunday at noon.
class OpeningHoursTest : public VisitorFixture
{
protected:
    QStringList extraArgs() override
    {
        const QString path = m_dir.filePath(QStringLiteral("coordinator.ini"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write("[web]\nopening_hours=Mon-Fri 08:00-18:00\ntimezone=+01:00\n"
                       "[testing]\nclock_start=2026-12-06T12:00:00Z\n");
        return { QStringLiteral("--config"), path };
    }

    QTemporaryDir m_dir;
};

TEST_F(OpeningHoursTest, OutsideOpeningHoursTheChatIsClosedButAMessageCanBeLeft)
{
    auto peer = visitor();
    ASSERT_TRUE(peer);
    const QJsonObject topics = dataOf(peer->request(QStringLiteral("chat.topics")));
    EXPECT_FALSE(topics.value(QStringLiteral("open")).toBool());
    EXPECT_EQ(topics.value(QStringLiteral("hours")).toString(), u"Mon-Fri 08:00-18:00");
    for (const QJsonValue &t : topics.value(QStringLiteral("topics")).toArray())
        EXPECT_FALSE(t.toObject().value(QStringLiteral("available")).toBool());
    const QJsonObject started = startChat(*peer, QStringLiteral("sunday@example.org"));
    EXPECT_EQ(VisitorPeer::errorCode(started), u"unavailable");
    EXPECT_FALSE(started.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("open"))
                     .toBool(true));

    // The offline form: an e-mail contact with the text, routed like mail.
    const QJsonObject left = peer->request(QStringLiteral("message.leave"),
                                           { { QStringLiteral("name"), QStringLiteral("Sam Sunday") },
                                             { QStringLiteral("email"), QStringLiteral("sam.sunday@example.org") },
                                             { QStringLiteral("topic"), topic(*peer, QStringLiteral("Account")) },
                                             { QStringLiteral("text"), QStringLiteral("Please call me back.") } });
    ASSERT_TRUE(left.value(QStringLiteral("ok")).toBool()) << qPrintable(VisitorPeer::errorCode(left));
    const qint64 contact = dataOf(left).value(QStringLiteral("contact")).toInteger();
    EXPECT_EQ(waitForOffer(), contact);
    const Reply got = call(m_agent, QStringLiteral("contact.get"), { { QStringLiteral("id"), contact } });
    EXPECT_EQ(got.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("channel")).toString(),
              u"email");
    const Reply messages = call(m_agent, QStringLiteral("contact.messages"), { { QStringLiteral("id"), contact } });
    ASSERT_TRUE(messages.ok);
    EXPECT_EQ(messages.data.value(QStringLiteral("messages"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("text"))
                  .toString(),
              u"Please call me back.");

    // Three messages an hour per visitor.
    for (int i = 0; i < 2; ++i)
        ASSERT_TRUE(peer->request(QStringLiteral("message.leave"),
                                  { { QStringLiteral("name"), QStringLiteral("Sam") },
                                    { QStringLiteral("email"), QStringLiteral("sam.sunday@example.org") },
                                    { QStringLiteral("topic"), topic(*peer, QStringLiteral("Account")) },
                                    { QStringLiteral("text"), QStringLiteral("Again %1").arg(i) } })
                        .value(QStringLiteral("ok"))
                        .toBool());
    EXPECT_EQ(
        VisitorPeer::errorCode(peer->request(QStringLiteral("message.leave"),
                                             { { QStringLiteral("name"), QStringLiteral("Sam") },
                                               { QStringLiteral("email"), QStringLiteral("sam.sunday@example.org") },
                                               { QStringLiteral("topic"), topic(*peer, QStringLiteral("Account")) },
                                               { QStringLiteral("text"), QStringLiteral("Fourth") } })),
        u"rate_limited");
}

// The widget lost its connection before the answer came and sends the message again: one contact.
TEST_F(OpeningHoursTest, AMessageSentAgainWithItsCidIsOneContact)
{
    auto peer = visitor();
    ASSERT_TRUE(peer);
    const auto leave = [&](const QString &cid, const QString &text) {
        return peer->request(QStringLiteral("message.leave"),
                             { { QStringLiteral("name"), QStringLiteral("Sam") },
                               { QStringLiteral("email"), QStringLiteral("sam.again@example.org") },
                               { QStringLiteral("topic"), topic(*peer, QStringLiteral("Account")) },
                               { QStringLiteral("text"), text },
                               { QStringLiteral("cid"), cid } });
    };
    const QJsonObject first = leave(QStringLiteral("0f1e2d3c-aaaa"), QStringLiteral("Call me back"));
    ASSERT_TRUE(first.value(QStringLiteral("ok")).toBool()) << qPrintable(VisitorPeer::errorCode(first));
    const qint64 contact = dataOf(first).value(QStringLiteral("contact")).toInteger();
    EXPECT_EQ(waitForOffer(), contact);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject again = leave(QStringLiteral("0f1e2d3c-aaaa"), QStringLiteral("Call me back"));
        ASSERT_TRUE(again.value(QStringLiteral("ok")).toBool()) << "a repeat is not rate limited";
        EXPECT_EQ(dataOf(again).value(QStringLiteral("contact")).toInteger(), contact);
    }
    const Reply messages = call(m_agent, QStringLiteral("contact.messages"), { { QStringLiteral("id"), contact } });
    EXPECT_EQ(messages.data.value(QStringLiteral("messages")).toArray().size(), 1);

    // Another message is another contact; a cid that is not an id is refused.
    const QJsonObject second = leave(QStringLiteral("0f1e2d3c-bbbb"), QStringLiteral("And one more thing"));
    ASSERT_TRUE(second.value(QStringLiteral("ok")).toBool());
    EXPECT_NE(dataOf(second).value(QStringLiteral("contact")).toInteger(), contact);
    EXPECT_EQ(VisitorPeer::errorCode(leave(QStringLiteral("../x"), QStringLiteral("Hi"))), u"bad_request");
}

} // namespace
} // namespace spocs::test
