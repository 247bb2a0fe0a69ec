#include "VisitorFixture.h"

#include <QJsonDocument>

namespace spocs::test {
namespace {

using VisitorChatTest = VisitorFixture;

QString textOf(const QJsonObject &message)
{
    return message.value(QStringLiteral("text")).toString();
}

TEST_F(VisitorChatTest, VisitorAndAgentChatBothWays)
{
    auto peer = visitor();
    ASSERT_TRUE(peer);
    EXPECT_EQ(peer->token().size(), 43); // 256 bits, base64url
    const QJsonObject topics = dataOf(peer->request(QStringLiteral("chat.topics")));
    EXPECT_TRUE(topics.value(QStringLiteral("open")).toBool());
    const qint64 account = topic(*peer, QStringLiteral("Account"));
    ASSERT_GT(account, 0);
    for (const QJsonValue &t : topics.value(QStringLiteral("topics")).toArray()) {
        if (t.toObject().value(QStringLiteral("id")).toInteger() == account) {
            EXPECT_TRUE(t.toObject().value(QStringLiteral("available")).toBool());
        }
    }

    const QJsonObject started
        = startChat(*peer, QStringLiteral("vera.visitor@example.org"), QStringLiteral("My bill?"));
    ASSERT_TRUE(started.value(QStringLiteral("ok")).toBool()) << qPrintable(VisitorPeer::errorCode(started));
    const QJsonObject chat = dataOf(started).value(QStringLiteral("chat")).toObject();
    EXPECT_EQ(chat.value(QStringLiteral("status")).toString(), u"queued");
    EXPECT_EQ(chat.value(QStringLiteral("topic")).toObject().value(QStringLiteral("name")).toString(), u"Account");
    EXPECT_TRUE(chat.value(QStringLiteral("agent")).isNull());

    // Routed like any contact: the agent is offered it, accepts, and the visitor sees who.
    const qint64 contact = waitForOffer();
    ASSERT_EQ(contact, chat.value(QStringLiteral("contact")).toInteger());
    ASSERT_TRUE(accept(contact).ok);
    const auto active = peer->waitForEvent(QStringLiteral("chat.status"));
    ASSERT_TRUE(active);
    EXPECT_EQ(active->value(QStringLiteral("status")).toString(), u"active");
    EXPECT_FALSE(active->value(QStringLiteral("agent")).toObject().value(QStringLiteral("name")).toString().isEmpty());
    EXPECT_EQ(active->value(QStringLiteral("agent")).toObject().value(QStringLiteral("initials")).toString().size(), 2);

    // The agent reads the visitor's first line as a chat message of the contact.
    const Reply listed = call(m_agent, QStringLiteral("contact.messages"), { { QStringLiteral("id"), contact } });
    ASSERT_TRUE(listed.ok);
    const QJsonArray staffLines = listed.data.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(staffLines.size(), 1);
    EXPECT_EQ(staffLines.at(0).toObject().value(QStringLiteral("direction")).toString(), u"in");
    EXPECT_EQ(staffLines.at(0).toObject().value(QStringLiteral("channel")).toString(), u"chat");
    EXPECT_EQ(textOf(staffLines.at(0).toObject()), u"My bill?");

    // Visitor -> agent: a contact.message event on the contact's topic.
    follow(contact);
    const QJsonObject sent = peer->request(
        QStringLiteral("chat.send"),
        { { QStringLiteral("cid"), QStringLiteral("c-1") }, { QStringLiteral("text"), QStringLiteral("Invoice 7?") } });
    ASSERT_TRUE(sent.value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(dataOf(sent).value(QStringLiteral("message")).toObject().value(QStringLiteral("from")).toString(),
              u"visitor");
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return std::any_of(m_staffMessages.cbegin(), m_staffMessages.cend(), [](const QJsonObject &e) {
                return textOf(e.value(QStringLiteral("message")).toObject()) == u"Invoice 7?";
            });
        },
        15000));

    // Agent -> visitor: contact.reply on a chat contact is a chat.message in the widget.
    const Reply answered = reply(contact, QStringLiteral("It is paid, thank you."));
    ASSERT_TRUE(answered.ok) << qPrintable(answered.error.message);
    std::optional<QJsonObject> line;
    while ((line = peer->waitForEvent(QStringLiteral("chat.message")))
           && line->value(QStringLiteral("from")).toString() != u"agent") { }
    ASSERT_TRUE(line);
    EXPECT_EQ(textOf(*line), u"It is paid, thank you.");
    EXPECT_EQ(line->value(QStringLiteral("initials")).toString().size(), 2);

    // An answer with a public article carries the article's text; an internal one is refused.
    const QJsonArray hits
        = dataOf(peer->request(QStringLiteral("faq.search"), { { QStringLiteral("q"), QStringLiteral("invoice") } }))
              .value(QStringLiteral("items"))
              .toArray();
    ASSERT_FALSE(hits.isEmpty());
    const QJsonObject article = hits.at(0).toObject();
    ASSERT_TRUE(reply(contact, QStringLiteral("This explains it:"), { article.value(QStringLiteral("id")) }).ok);
    while ((line = peer->waitForEvent(QStringLiteral("chat.message")))
           && !textOf(*line).startsWith(u"This explains it:")) { }
    ASSERT_TRUE(line);
    EXPECT_TRUE(textOf(*line).contains(article.value(QStringLiteral("title")).toString()));
    const Reply internal
        = call(m_agent, QStringLiteral("kb.search"), { { QStringLiteral("visibility"), QStringLiteral("internal") } });
    const qint64 internalId = internal.data.value(QStringLiteral("items"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toInteger();
    ASSERT_GT(internalId, 0);
    EXPECT_EQ(errorName(reply(contact, QStringLiteral("Secret:"), { internalId })), u"bad_request");
}

TEST_F(VisitorChatTest, ReconnectWithTheSameTokenLosesNothing)
{
    auto peer = visitor();
    ASSERT_TRUE(peer);
    const QString token = peer->token();
    const qint64 contact = acceptedChat(*peer, QStringLiteral("rita.reconnect@example.org"));
    ASSERT_GT(contact, 0);
    const QJsonObject first = peer->request(QStringLiteral("chat.send"),
                                            { { QStringLiteral("cid"), QStringLiteral("line-1") },
                                              { QStringLiteral("text"), QStringLiteral("Still there?") } });
    ASSERT_TRUE(first.value(QStringLiteral("ok")).toBool());
    const qint64 firstId
        = dataOf(first).value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toInteger();
    peer->close();

    // While the visitor is away the agent answers twice.
    const Reply away = reply(contact, QStringLiteral("Yes, one moment."));
    ASSERT_TRUE(away.ok) << qPrintable(away.error.message) << qPrintable(m_coordinator.output().right(1500));
    ASSERT_TRUE(reply(contact, QStringLiteral("Done: your refund is on its way.")).ok);

    auto again = visitor(token);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->token(), token);
    const QJsonObject history
        = dataOf(again->request(QStringLiteral("chat.history"), { { QStringLiteral("after"), firstId } }));
    EXPECT_EQ(history.value(QStringLiteral("chat")).toObject().value(QStringLiteral("status")).toString(), u"active");
    const QJsonArray missed = history.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(missed.size(), 2);
    EXPECT_EQ(textOf(missed.at(0).toObject()), u"Yes, one moment.");
    EXPECT_EQ(textOf(missed.at(1).toObject()), u"Done: your refund is on its way.");
    EXPECT_GT(missed.at(0).toObject().value(QStringLiteral("id")).toInteger(), firstId);

    // The line sent before the drop, sent again with its cid, is the same line, stored once.
    const QJsonObject resent = again->request(QStringLiteral("chat.send"),
                                              { { QStringLiteral("cid"), QStringLiteral("line-1") },
                                                { QStringLiteral("text"), QStringLiteral("Still there?") } });
    ASSERT_TRUE(resent.value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(dataOf(resent).value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toInteger(),
              firstId);
    const QJsonArray all
        = dataOf(again->request(QStringLiteral("chat.history"))).value(QStringLiteral("messages")).toArray();
    EXPECT_EQ(std::count_if(all.cbegin(), all.cend(),
                            [](const QJsonValue &m) { return textOf(m.toObject()) == u"Still there?"; }),
              1);
}

TEST_F(VisitorChatTest, WelcomeCarriesTheCurrentChat)
{
    auto peer = visitor();
    ASSERT_TRUE(peer);
    const qint64 contact = acceptedChat(*peer, QStringLiteral("wanda.welcome@example.org"));
    ASSERT_GT(contact, 0);
    const QString token = peer->token();
    peer->close();
    VisitorPeer again;
    ASSERT_TRUE(again.open(m_coordinator.visitorUrl()));
    const QJsonObject welcome = again.hello(token);
    const QJsonObject chat = welcome.value(QStringLiteral("chat")).toObject();
    EXPECT_EQ(chat.value(QStringLiteral("contact")).toInteger(), contact);
    EXPECT_EQ(chat.value(QStringLiteral("status")).toString(), u"active");
    EXPECT_FALSE(welcome.value(QStringLiteral("expires")).toString().isEmpty());
}

// Whoever types a customer's address on the website reaches that customer's record: the agent
// is told the identity was only typed, for chats and for messages left alike.
TEST_F(VisitorChatTest, WebContactsSayTheIdentityWasOnlyTyped)
{
    QString known;
    for (const QJsonValue &item :
         call(m_agent, QStringLiteral("customer.search"),
              { { QStringLiteral("q"), QStringLiteral("a") }, { QStringLiteral("limit"), 20 } })
             .data.value(QStringLiteral("items"))
             .toArray()) {
        if (known.isEmpty())
            known = item.toObject().value(QStringLiteral("email")).toString();
    }
    ASSERT_FALSE(known.isEmpty());
    auto peer = visitor();
    ASSERT_TRUE(peer);
    const QJsonObject started = startChat(*peer, known);
    ASSERT_TRUE(started.value(QStringLiteral("ok")).toBool()) << qPrintable(VisitorPeer::errorCode(started));
    const qint64 chat
        = dataOf(started).value(QStringLiteral("chat")).toObject().value(QStringLiteral("contact")).toInteger();
    const auto identityTyped = [&](qint64 id) {
        return call(m_agent, QStringLiteral("contact.get"), { { QStringLiteral("id"), id } })
            .data.value(QStringLiteral("contact"))
            .toObject()
            .value(QStringLiteral("identityTyped"));
    };
    EXPECT_EQ(identityTyped(chat), QJsonValue(true));

    auto other = visitor();
    ASSERT_TRUE(other);
    const QJsonObject left = other->request(QStringLiteral("message.leave"),
                                            { { QStringLiteral("name"), QStringLiteral("Someone") },
                                              { QStringLiteral("email"), known },
                                              { QStringLiteral("topic"), topic(*other, QStringLiteral("Account")) },
                                              { QStringLiteral("text"), QStringLiteral("Send me my invoices") } });
    ASSERT_TRUE(left.value(QStringLiteral("ok")).toBool()) << qPrintable(VisitorPeer::errorCode(left));
    EXPECT_EQ(identityTyped(dataOf(left).value(QStringLiteral("contact")).toInteger()), QJsonValue(true));
}

TEST_F(VisitorChatTest, UnknownAddressBecomesAProspect)
{
    auto peer = visitor();
    ASSERT_TRUE(peer);
    ASSERT_TRUE(startChat(*peer, QStringLiteral("new.person@example.net")).value(QStringLiteral("ok")).toBool());
    const qint64 contact = waitForOffer();
    ASSERT_GT(contact, 0);
    const Reply got = call(m_agent, QStringLiteral("contact.get"), { { QStringLiteral("id"), contact } });
    ASSERT_TRUE(got.ok) << qPrintable(got.error.message);
    const QJsonObject c = got.data.value(QStringLiteral("contact")).toObject();
    EXPECT_EQ(c.value(QStringLiteral("channel")).toString(), u"chat");
    const QString customer = c.value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")).toString();
    const Reply person = call(m_agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), customer } });
    ASSERT_TRUE(person.ok) << qPrintable(person.error.message);
    const QJsonObject profile = person.data.value(QStringLiteral("customer")).toObject();
    ASSERT_FALSE(profile.isEmpty()) << QJsonDocument(person.data).toJson().left(600).constData();
    EXPECT_EQ(profile.value(QStringLiteral("name")).toString(), u"Vera Visitor");
    EXPECT_EQ(profile.value(QStringLiteral("account")).toObject().value(QStringLiteral("status")).toString(),
              u"prospect");
    EXPECT_EQ(profile.value(QStringLiteral("emails")).toArray().first().toString(), u"new.person@example.net");
}

TEST_F(VisitorChatTest, NobodyAvailableMeansUnavailable)
{
    ASSERT_TRUE(setPresence(QStringLiteral("break")));
    auto peer = visitor();
    ASSERT_TRUE(peer);
    const QJsonObject topics = dataOf(peer->request(QStringLiteral("chat.topics")));
    for (const QJsonValue &t : topics.value(QStringLiteral("topics")).toArray())
        EXPECT_FALSE(t.toObject().value(QStringLiteral("available")).toBool());
    const QJsonObject started = startChat(*peer, QStringLiteral("late@example.org"));
    EXPECT_EQ(VisitorPeer::errorCode(started), u"unavailable");
}

} // namespace
} // namespace spocs::test
