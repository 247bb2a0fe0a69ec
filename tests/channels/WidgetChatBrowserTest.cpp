// A chat and a message left offline, with the survey page, in a real browser (Debian's headless Chromium through
// playwright-core, tests/channels/browser/) against the real coordinator, with the agent on the
// real client library and a real SMTP server for what goes out by e-mail.
#include "WidgetBrowserFixture.h"

#include <QRegularExpression>

using namespace spocs;
using namespace spocs::test;

namespace {

class WidgetChatBrowserTest : public WidgetBrowserFixture
{
};

TEST_F(WidgetChatBrowserTest, ChatWithAnAgentBothWaysThenTranscriptAndRating)
{
    ASSERT_TRUE(setAvailable());
    BrowserScript browser;
    START(browser, "chat");
    const QJsonObject started = step(browser, QStringLiteral("chat-started"));
    ASSERT_FALSE(started.contains(QStringLiteral("failed")));

    // The pre-chat form became a chat contact, offered to the available agent.
    const qint64 id = waitForOffer();
    ASSERT_GT(id, 0) << "the chat was not offered";
    const QJsonObject c = contact(id);
    EXPECT_EQ(c.value(QStringLiteral("channel")).toString(), QStringLiteral("chat"));
    QJsonArray messages = messagesOf(id);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.first().toObject().value(QStringLiteral("text")).toString(),
              QStringLiteral("My invoice is wrong"));
    EXPECT_EQ(messages.first().toObject().value(QStringLiteral("direction")).toString(), QStringLiteral("in"));
    ASSERT_TRUE(accept(id));
    browser.go();

    const QJsonObject joined = step(browser, QStringLiteral("agent-joined"));
    EXPECT_EQ(joined.value(QStringLiteral("name")).toString(), m_agentName);
    ASSERT_TRUE(agentWrite(QStringLiteral("contact.typing"),
                           { { QStringLiteral("id"), id }, { QStringLiteral("typing"), true } }));
    browser.go();

    ASSERT_FALSE(step(browser, QStringLiteral("agent-typing-shown")).contains(QStringLiteral("failed")));
    const Reply reply = callWrite(m_agent, QStringLiteral("contact.reply"),
                                  { { QStringLiteral("id"), id },
                                    { QStringLiteral("body"), QStringLiteral("Let me check that <b>for you</b>.") } });
    ASSERT_TRUE(reply.ok) << qPrintable(reply.error.message);
    const qint64 replyId
        = reply.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toInteger();
    browser.go();

    ASSERT_FALSE(step(browser, QStringLiteral("agent-message-shown")).contains(QStringLiteral("failed")));
    // The open widget told the agent that the visitor read the reply.
    const QJsonObject read = waitForEvent(QStringLiteral("contact.read"), [&](const QJsonObject &d) {
        return d.value(QStringLiteral("upTo")).toInteger() >= replyId;
    });
    EXPECT_FALSE(read.isEmpty()) << "the agent never saw that the visitor read the reply";
    browser.go();

    ASSERT_FALSE(step(browser, QStringLiteral("visitor-typing")).contains(QStringLiteral("failed")));
    EXPECT_FALSE(waitForEvent(QStringLiteral("contact.typing"),
                              [&](const QJsonObject &d) { return d.value(QStringLiteral("typing")).toBool(); })
                     .isEmpty())
        << "the agent never saw the visitor typing";
    browser.go();

    ASSERT_FALSE(step(browser, QStringLiteral("visitor-message-delivered")).contains(QStringLiteral("failed")));
    const QJsonObject inbound = waitForEvent(QStringLiteral("contact.message"), [&](const QJsonObject &d) {
        return d.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString()
            == u"It is invoice 4711";
    });
    ASSERT_FALSE(inbound.isEmpty()) << "the visitor's message did not reach the agent";
    const qint64 inboundId
        = inbound.value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toInteger();
    ASSERT_TRUE(agentWrite(QStringLiteral("contact.read"),
                           { { QStringLiteral("id"), id }, { QStringLiteral("upTo"), inboundId } }));
    browser.go();

    // "Email me the transcript": the whole conversation goes to the address from the form.
    ASSERT_FALSE(step(browser, QStringLiteral("transcript-requested")).contains(QStringLiteral("failed")));
    const QByteArray transcript = waitForMail(QStringLiteral("vera.visitor@example.net"), [](const QByteArray &m) {
        return mailBodyText(m).contains("It is invoice 4711");
    });
    ASSERT_FALSE(transcript.isEmpty()) << "no transcript reached the SMTP server";
    EXPECT_TRUE(mailBodyText(transcript).contains("My invoice is wrong"));
    EXPECT_TRUE(mailBodyText(transcript).contains("Let me check that"));
    browser.go();

    // The visitor ended the chat and rated it: the agent sees who left, the rating is the contact's.
    ASSERT_FALSE(step(browser, QStringLiteral("rated")).contains(QStringLiteral("failed")));
    messages = messagesOf(id);
    EXPECT_TRUE(std::any_of(messages.cbegin(), messages.cend(), [](const QJsonValue &m) {
        return m.toObject().value(QStringLiteral("system")).toBool()
            && m.toObject().value(QStringLiteral("text")).toString().contains(QStringLiteral("left"));
    })) << "no system line about the visitor leaving";
    const QVariantList survey = surveyOf(id);
    ASSERT_EQ(survey.size(), 2) << "no rating stored for the contact";
    EXPECT_EQ(survey.at(0).toInt(), 4);
    EXPECT_EQ(survey.at(1).toString(), QStringLiteral("Quick and friendly"));
    browser.go();
    FINISH(browser);
}

TEST_F(WidgetChatBrowserTest, NobodyAvailableLeavesAMessageAndItsSurveyIsAnsweredOnce)
{
    // agent1 (available from signing in) is on a break: nobody can take a chat.
    ASSERT_TRUE(setPresence(QStringLiteral("break")));
    BrowserScript browser;
    START(browser, "offline");
    ASSERT_FALSE(step(browser, QStringLiteral("message-left")).contains(QStringLiteral("failed")));

    // The message is an e-mail contact with the text as its inbound message.
    ASSERT_TRUE(setAvailable());
    const qint64 id = waitForOffer();
    ASSERT_GT(id, 0) << "the message did not become a contact";
    EXPECT_EQ(contact(id).value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
    const QJsonArray messages = messagesOf(id);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.first().toObject().value(QStringLiteral("text")).toString(),
              QStringLiteral("Please call me back about my order."));

    // The agent closes it; the survey link arrives by e-mail.
    ASSERT_TRUE(accept(id));
    const qint64 version = contact(id).value(QStringLiteral("version")).toInteger();
    const Reply closed = callWrite(m_agent, QStringLiteral("contact.close"),
                                   { { QStringLiteral("id"), id },
                                     { QStringLiteral("version"), version },
                                     { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } },
                                     { QStringLiteral("outcome"), QStringLiteral("resolved") } });
    ASSERT_TRUE(closed.ok) << qPrintable(closed.error.message);
    const QByteArray mail = waitForMail(QStringLiteral("otto.offline@example.net"),
                                        [](const QByteArray &m) { return mailBodyText(m).contains("/survey?t="); });
    ASSERT_FALSE(mail.isEmpty()) << "no survey e-mail";
    static const QRegularExpression link(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/survey\\?t=[A-Za-z0-9_-]+)"));
    // The body is quoted-printable: the link's "t=" arrives as "t=3D".
    const auto match
        = link.match(QString::fromUtf8(mailBodyText(mail)).replace(QStringLiteral("=3D"), QStringLiteral("=")));
    ASSERT_TRUE(match.hasMatch()) << mailBodyText(mail).toStdString();
    browser.go({ { QStringLiteral("surveyUrl"), match.captured(1) } });

    ASSERT_FALSE(step(browser, QStringLiteral("survey-answered")).contains(QStringLiteral("failed")));
    const QVariantList survey = surveyOf(id);
    ASSERT_EQ(survey.size(), 2) << "no survey answer stored for the contact";
    EXPECT_EQ(survey.at(0).toInt(), 5);
    EXPECT_EQ(survey.at(1).toString(), QStringLiteral("Called back the same day"));
    browser.go();
    FINISH(browser);
}

} // namespace
