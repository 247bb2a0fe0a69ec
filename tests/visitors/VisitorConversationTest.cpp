#include "VisitorFixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace spocs::test {
namespace {

using VisitorConversationTest = VisitorFixture;

qint64 idOf(const QJsonObject &response)
{
    return dataOf(response).value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toInteger();
}

bool readFlag(VisitorPeer &peer, qint64 messageId)
{
    for (const QJsonValue &m :
         dataOf(peer.request(QStringLiteral("chat.history"))).value(QStringLiteral("messages")).toArray()) {
        if (m.toObject().value(QStringLiteral("id")).toInteger() == messageId)
            return m.toObject().value(QStringLiteral("read")).toBool();
    }
    return false;
}

TEST_F(VisitorConversationTest, TypingAndReadMarksReachTheOtherSide)
{
    auto peer = visitor();
    ASSERT_TRUE(peer);
    const qint64 contact = acceptedChat(*peer, QStringLiteral("tina.typist@example.org"));
    ASSERT_GT(contact, 0);
    QList<QJsonObject> staffEvents;
    QObject::connect(&m_agent, &Connection::eventReceived, &m_agent, [&](const protocol::Event &e) {
        if (e.kind == u"contact.typing" || e.kind == u"contact.read")
            staffEvents.append(QJsonObject { { QStringLiteral("kind"), e.kind }, { QStringLiteral("data"), e.data } });
    });

    // The visitor types: the agent sees it (ephemeral).
    EXPECT_TRUE(peer->request(QStringLiteral("chat.typing"), { { QStringLiteral("typing"), true } })
                    .value(QStringLiteral("ok"))
                    .toBool());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !staffEvents.isEmpty(); }, 15000));
    EXPECT_EQ(staffEvents.first().value(QStringLiteral("kind")).toString(), u"contact.typing");
    EXPECT_TRUE(staffEvents.first().value(QStringLiteral("data")).toObject().value(QStringLiteral("typing")).toBool());

    // The agent types: the widget shows who.
    ASSERT_TRUE(call(m_agent, QStringLiteral("contact.typing"),
                     { { QStringLiteral("id"), contact }, { QStringLiteral("typing"), true } })
                    .ok);
    const auto agentTyping = peer->waitForEvent(QStringLiteral("chat.typing"));
    ASSERT_TRUE(agentTyping);
    EXPECT_TRUE(agentTyping->value(QStringLiteral("typing")).toBool());
    EXPECT_FALSE(agentTyping->value(QStringLiteral("name")).toString().isEmpty());

    // The agent reads the visitor's line: the visitor sees the read tick.
    const qint64 visitorLine = idOf(peer->request(
        QStringLiteral("chat.send"),
        { { QStringLiteral("cid"), QStringLiteral("t-1") }, { QStringLiteral("text"), QStringLiteral("Anyone?") } }));
    ASSERT_GT(visitorLine, 0);
    EXPECT_FALSE(readFlag(*peer, visitorLine));
    ASSERT_TRUE(call(m_agent, QStringLiteral("contact.read"),
                     { { QStringLiteral("id"), contact }, { QStringLiteral("upTo"), visitorLine } })
                    .ok);
    const auto readByAgent = peer->waitForEvent(QStringLiteral("chat.read"));
    ASSERT_TRUE(readByAgent);
    EXPECT_EQ(readByAgent->value(QStringLiteral("upTo")).toInteger(), visitorLine);
    EXPECT_TRUE(readFlag(*peer, visitorLine));

    // The visitor reads the agent's answer: the agent gets contact.read.
    const Reply answered = reply(contact, QStringLiteral("Yes, here."));
    ASSERT_TRUE(answered.ok);
    const qint64 agentLine
        = answered.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toInteger();
    staffEvents.clear();
    ASSERT_TRUE(peer->request(QStringLiteral("chat.read"), { { QStringLiteral("upTo"), agentLine } })
                    .value(QStringLiteral("ok"))
                    .toBool());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return std::any_of(staffEvents.cbegin(), staffEvents.cend(), [&](const QJsonObject &e) {
                return e.value(QStringLiteral("kind")).toString() == u"contact.read"
                    && e.value(QStringLiteral("data")).toObject().value(QStringLiteral("upTo")).toInteger()
                    == agentLine;
            });
        },
        15000));
    EXPECT_TRUE(readFlag(*peer, agentLine));
}

TEST_F(VisitorConversationTest, ARepeatedReadMarkIsPublishedOnce)
{
    auto peer = visitor();
    ASSERT_TRUE(peer);
    const qint64 contact = acceptedChat(*peer, QStringLiteral("rita.reader@example.org"));
    ASSERT_GT(contact, 0);
    int reads = 0;
    QObject::connect(&m_agent, &Connection::eventReceived, &m_agent,
                     [&](const protocol::Event &e) { reads += e.kind == u"contact.read"; });
    const Reply answered = reply(contact, QStringLiteral("Hello Rita."));
    ASSERT_TRUE(answered.ok);
    const qint64 agentLine
        = answered.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toInteger();

    // A widget (or anyone holding the token) sends the same mark again and again: one event, one
    // durable row in the event log that every desktop's resume window is made of.
    for (int i = 0; i < 10; ++i)
        ASSERT_TRUE(peer->request(QStringLiteral("chat.read"), { { QStringLiteral("upTo"), agentLine } })
                        .value(QStringLiteral("ok"))
                        .toBool());
    // Then a chat line: the agent has every event before it once the line is there.
    m_staffMessages.clear();
    ASSERT_TRUE(peer->request(QStringLiteral("chat.send"),
                              { { QStringLiteral("cid"), QStringLiteral("r-1") },
                                { QStringLiteral("text"), QStringLiteral("Thanks") } })
                    .value(QStringLiteral("ok"))
                    .toBool());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_staffMessages.isEmpty(); }, 15000));
    EXPECT_EQ(reads, 1);
}

TEST_F(VisitorConversationTest, VisitorLeavesAndRatesOnce)
{
    auto peer = visitor();
    ASSERT_TRUE(peer);
    const qint64 contact = acceptedChat(*peer, QStringLiteral("lea.leaving@example.org"));
    ASSERT_GT(contact, 0);
    QList<qint64> surveyEvents;
    QObject::connect(&m_agent, &Connection::eventReceived, &m_agent, [&](const protocol::Event &e) {
        if (e.kind == u"survey.recorded")
            surveyEvents.append(e.data.value(QStringLiteral("contactId")).toInteger());
    });

    const QJsonObject ended = peer->request(QStringLiteral("chat.end"));
    ASSERT_TRUE(ended.value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(dataOf(ended).value(QStringLiteral("chat")).toObject().value(QStringLiteral("status")).toString(),
              u"ended");
    // The agent's chat says so.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return std::any_of(m_staffMessages.cbegin(), m_staffMessages.cend(), [](const QJsonObject &e) {
                return e.value(QStringLiteral("message")).toObject().value(QStringLiteral("system")).toBool();
            });
        },
        15000));
    EXPECT_EQ(VisitorPeer::errorCode(peer->request(QStringLiteral("chat.send"),
                                                   { { QStringLiteral("cid"), QStringLiteral("late") },
                                                     { QStringLiteral("text"), QStringLiteral("x") } })),
              u"invalid_state");

    const QJsonObject rated = peer->request(
        QStringLiteral("chat.rate"),
        { { QStringLiteral("score"), 5 }, { QStringLiteral("comment"), QStringLiteral("Quick and kind") } });
    ASSERT_TRUE(rated.value(QStringLiteral("ok")).toBool()) << qPrintable(VisitorPeer::errorCode(rated));
    ASSERT_TRUE(QTest::qWaitFor([&] { return surveyEvents.contains(contact); }, 15000));
    EXPECT_EQ(VisitorPeer::errorCode(peer->request(QStringLiteral("chat.rate"), { { QStringLiteral("score"), 1 } })),
              u"invalid_state");
    EXPECT_TRUE(dataOf(peer->request(QStringLiteral("chat.history")))
                    .value(QStringLiteral("chat"))
                    .toObject()
                    .value(QStringLiteral("rated"))
                    .toBool());
    EXPECT_EQ(VisitorPeer::errorCode(peer->request(QStringLiteral("chat.rate"), { { QStringLiteral("score"), 9 } })),
              u"bad_request");
}

TEST_F(VisitorConversationTest, RatingWithoutAChatIsInvalid)
{
    auto peer = visitor();
    ASSERT_TRUE(peer);
    EXPECT_EQ(VisitorPeer::errorCode(peer->request(QStringLiteral("chat.rate"), { { QStringLiteral("score"), 4 } })),
              u"invalid_state");
    EXPECT_EQ(VisitorPeer::errorCode(peer->request(QStringLiteral("chat.end"))), u"invalid_state");
}

TEST_F(VisitorConversationTest, AgentClosingEndsTheChat)
{
    auto peer = visitor();
    ASSERT_TRUE(peer);
    const qint64 contact = acceptedChat(*peer, QStringLiteral("carl.closed@example.org"));
    ASSERT_GT(contact, 0);
    ASSERT_TRUE(closeContact(contact).ok);
    std::optional<QJsonObject> status;
    while ((status = peer->waitForEvent(QStringLiteral("chat.status")))
           && status->value(QStringLiteral("status")).toString() != u"ended") { }
    ASSERT_TRUE(status);
}

QJsonObject contactAsLeadSees(Connection &lead, qint64 id)
{
    return call(lead, QStringLiteral("contact.get"), { { QStringLiteral("id"), id } })
        .data.value(QStringLiteral("contact"))
        .toObject();
}

QString stateOf(Connection &lead, qint64 id)
{
    return contactAsLeadSees(lead, id).value(QStringLiteral("state")).toString();
}

TEST_F(VisitorConversationTest, AVisitorWhoLeavesAQueuedChatAbandonsIt)
{
    Connection lead;
    ASSERT_TRUE(loginAndWait(lead, m_coordinator.url(), QStringLiteral("lead1")).ok);
    auto peer = visitor();
    ASSERT_TRUE(peer);
    ASSERT_TRUE(startChat(*peer, QStringLiteral("wanda.waiting@example.org")).value(QStringLiteral("ok")).toBool());
    const qint64 contact = waitForOffer();
    ASSERT_GT(contact, 0);
    // agent1, the only one signed in, lets it go: it waits in the queue.
    ASSERT_TRUE(callWrite(m_agent, QStringLiteral("contact.decline"),
                          { { QStringLiteral("cid"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                            { QStringLiteral("id"), contact } })
                    .ok);
    ASSERT_TRUE(QTest::qWaitFor([&] { return stateOf(lead, contact) == u"queued"; }, 15000));

    ASSERT_TRUE(peer->request(QStringLiteral("chat.end")).value(QStringLiteral("ok")).toBool());
    const QJsonObject gone = contactAsLeadSees(lead, contact);
    EXPECT_EQ(gone.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    EXPECT_TRUE(gone.value(QStringLiteral("abandoned")).toBool());
    EXPECT_TRUE(gone.value(QStringLiteral("owner")).isNull());
    // Back and ready, agent1 is offered nothing.
    ASSERT_TRUE(setPresence(QStringLiteral("break")));
    ASSERT_TRUE(setPresence(QStringLiteral("available")));
    EXPECT_EQ(stateOf(lead, contact), QStringLiteral("closed"));
    EXPECT_TRUE(m_offers.isEmpty());
}

TEST_F(VisitorConversationTest, AVisitorWhoLeavesWhileTheChatIsOfferedWithdrawsTheOffer)
{
    Connection lead;
    ASSERT_TRUE(loginAndWait(lead, m_coordinator.url(), QStringLiteral("lead1")).ok);
    QList<QJsonObject> updates;
    QObject::connect(&m_agent, &Connection::eventReceived, &m_agent, [&](const protocol::Event &e) {
        if (e.kind == u"contact.updated" && e.topic == QStringLiteral("user:%1").arg(m_agentId))
            updates.append(e.data.value(QStringLiteral("contact")).toObject());
    });
    auto peer = visitor();
    ASSERT_TRUE(peer);
    ASSERT_TRUE(startChat(*peer, QStringLiteral("otto.offered@example.org")).value(QStringLiteral("ok")).toBool());
    const qint64 contact = waitForOffer();
    ASSERT_GT(contact, 0);

    ASSERT_TRUE(peer->request(QStringLiteral("chat.end")).value(QStringLiteral("ok")).toBool());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return std::any_of(updates.cbegin(), updates.cend(), [&](const QJsonObject &c) {
                return c.value(QStringLiteral("id")).toInteger() == contact
                    && c.value(QStringLiteral("state")).toString() == u"closed";
            });
        },
        15000))
        << "the offer card goes";
    EXPECT_TRUE(contactAsLeadSees(lead, contact).value(QStringLiteral("abandoned")).toBool());
    EXPECT_EQ(errorName(acceptContact(m_agent, contact)), QStringLiteral("invalid_state"));
}

// Agents turn offline 300 ms after their last connection closes.
class OwnerOfflineTest : public VisitorFixture
{
protected:
    QStringList extraArgs() override
    {
        const QString path = m_dir.filePath(QStringLiteral("coordinator.ini"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write("[server]\npresence_grace_ms=300\n");
        return { QStringLiteral("--config"), path };
    }

    QTemporaryDir m_dir;
};

TEST_F(OwnerOfflineTest, AChatWhoseAgentWentOfflineGoesBackToTheQueueWithItsLines)
{
    Connection lead;
    ASSERT_TRUE(loginAndWait(lead, m_coordinator.url(), QStringLiteral("lead1")).ok);
    auto peer = visitor();
    ASSERT_TRUE(peer);
    const qint64 chat = acceptedChat(*peer, QStringLiteral("olga.orphan@example.org"));
    ASSERT_GT(chat, 0);
    // An e-mail in hand as well: it can wait for them.
    const Reply mail = callWrite(lead, QStringLiteral("contact.inbound"),
                                 { { QStringLiteral("cid"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                                   { QStringLiteral("channel"), QStringLiteral("email") },
                                   { QStringLiteral("customer"), QStringLiteral("C-1003") } });
    ASSERT_TRUE(mail.ok) << qPrintable(errorName(mail));
    const qint64 mailId = mail.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger();
    ASSERT_EQ(waitForOffer(), mailId);
    ASSERT_TRUE(accept(mailId).ok);

    // agent1's desktop dies.
    m_agent.disconnectFromServer();
    ASSERT_TRUE(QTest::qWaitFor([&] { return stateOf(lead, chat) == u"queued"; }, 15000));
    const QJsonObject waiting = contactAsLeadSees(lead, chat);
    EXPECT_TRUE(waiting.value(QStringLiteral("owner")).isNull());
    const QJsonObject kept = contactAsLeadSees(lead, mailId);
    EXPECT_EQ(kept.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    EXPECT_EQ(kept.value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toInteger(), m_agentId);

    // The visitor is still in the chat, and the next agent finds the conversation so far.
    EXPECT_EQ(dataOf(peer->request(QStringLiteral("chat.history")))
                  .value(QStringLiteral("chat"))
                  .toObject()
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("queued"));
    Connection next;
    ASSERT_TRUE(loginAndWait(next, m_coordinator.url(), QStringLiteral("agent2")).ok);
    ASSERT_TRUE(QTest::qWaitFor([&] { return stateOf(lead, chat) == u"offered"; }, 15000));
    ASSERT_TRUE(acceptContact(next, chat).ok);
    const Reply lines = call(next, QStringLiteral("contact.messages"), { { QStringLiteral("id"), chat } });
    ASSERT_TRUE(lines.ok) << qPrintable(errorName(lines));
    const QJsonArray messages = lines.data.value(QStringLiteral("messages")).toArray();
    EXPECT_TRUE(std::any_of(messages.begin(), messages.end(), [](const QJsonValue &m) {
        return m.toObject().value(QStringLiteral("text")).toString() == u"Hello?";
    })) << QJsonDocument(messages).toJson().toStdString();
}

TEST_F(VisitorConversationTest, CannedAnswersComeInEnglishAndGerman)
{
    const Reply canned = call(m_agent, QStringLiteral("canned.list"));
    ASSERT_TRUE(canned.ok);
    QSet<QString> languages;
    for (const QJsonValue &a : canned.data.value(QStringLiteral("answers")).toArray()) {
        languages.insert(a.toObject().value(QStringLiteral("language")).toString());
        EXPECT_FALSE(a.toObject().value(QStringLiteral("body")).toString().isEmpty());
    }
    EXPECT_TRUE(languages.contains(QStringLiteral("en")));
    EXPECT_TRUE(languages.contains(QStringLiteral("de")));
}

TEST_F(VisitorConversationTest, AnAgentHoldsAtMostThreeChats)
{
    std::vector<std::unique_ptr<VisitorPeer>> peers;
    for (int i = 0; i < 3; ++i) {
        peers.push_back(visitor());
        ASSERT_TRUE(peers.back());
        ASSERT_GT(acceptedChat(*peers.back(), QStringLiteral("busy%1@example.org").arg(i)), 0) << i;
    }
    // agent1 is the only one signed in: with three chats nobody can take a fourth.
    auto fourth = visitor();
    ASSERT_TRUE(fourth);
    const QJsonObject topics = dataOf(fourth->request(QStringLiteral("chat.topics")));
    for (const QJsonValue &t : topics.value(QStringLiteral("topics")).toArray()) {
        if (t.toObject().value(QStringLiteral("name")).toString() == u"Account") {
            EXPECT_FALSE(t.toObject().value(QStringLiteral("available")).toBool());
        }
    }
    EXPECT_EQ(VisitorPeer::errorCode(startChat(*fourth, QStringLiteral("fourth@example.org"))), u"unavailable");
    // Typing marks need a chat that exists.
    EXPECT_EQ(errorName(call(m_agent, QStringLiteral("contact.typing"),
                             { { QStringLiteral("id"), 999999 }, { QStringLiteral("typing"), true } })),
              u"not_found");
}

} // namespace
} // namespace spocs::test
