#include "VisitorFixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace spocs::test {
namespace {

using VisitorSecurityTest = VisitorFixture;

QString errorOfFrame(const QJsonObject &frame)
{
    return frame.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

TEST_F(VisitorSecurityTest, BadFramesGetTypedErrorsAndTheConnectionServesOn)
{
    auto peer = visitor();
    ASSERT_TRUE(peer);
    peer->sendText(QStringLiteral("{not json"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return peer->errors().size() == 1; }, 15000));
    EXPECT_EQ(errorOfFrame(peer->errors().at(0)), u"bad_request");

    const QJsonObject unknown = peer->request(QStringLiteral("chat.teleport"));
    EXPECT_EQ(VisitorPeer::errorCode(unknown), u"bad_request");
    EXPECT_EQ(unknown.value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("details"))
                  .toObject()
                  .value(QStringLiteral("op"))
                  .toString(),
              u"chat.teleport");
    // Staff ops do not exist here, whatever the visitor sends.
    for (const char *staffOp : { "customer.get", "auth.login", "contact.reply", "presence.set" }) {
        const QJsonObject staff
            = peer->request(QString::fromLatin1(staffOp), { { QStringLiteral("id"), QStringLiteral("C-1") } });
        EXPECT_EQ(VisitorPeer::errorCode(staff), u"bad_request") << staffOp;
    }

    const QJsonObject wrongType = peer->request(QStringLiteral("chat.start"),
                                                { { QStringLiteral("name"), 7 },
                                                  { QStringLiteral("email"), QStringLiteral("a@example.org") },
                                                  { QStringLiteral("topic"), QStringLiteral("billing") } });
    EXPECT_EQ(VisitorPeer::errorCode(wrongType), u"bad_request");
    const QJsonObject badAddress = peer->request(QStringLiteral("chat.start"),
                                                 { { QStringLiteral("name"), QStringLiteral("X") },
                                                   { QStringLiteral("email"), QStringLiteral("not an address") },
                                                   { QStringLiteral("topic"), 1 } });
    EXPECT_EQ(badAddress.value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("details"))
                  .toObject()
                  .value(QStringLiteral("field"))
                  .toString(),
              u"email");
    const QJsonObject noChat = peer->request(
        QStringLiteral("chat.send"),
        { { QStringLiteral("cid"), QStringLiteral("x") }, { QStringLiteral("text"), QStringLiteral("hi") } });
    EXPECT_EQ(VisitorPeer::errorCode(noChat), u"invalid_state");

    // Still served after all that.
    EXPECT_TRUE(peer->request(QStringLiteral("chat.topics")).value(QStringLiteral("ok")).toBool());
}

// Everything SQLite holds for the coordinator, main file and write-ahead log, as bytes: text is
// stored as UTF-8, so a number that is anywhere in any table is in here.
QByteArray databaseBytes(const QString &path)
{
    QByteArray all;
    for (const QString &file : QStringList { path, path + QStringLiteral("-wal") }) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

TEST_F(VisitorSecurityTest, CardNumbersVisitorsSendAreMaskedBeforeAnythingKeepsThem)
{
    auto peer = visitor();
    ASSERT_TRUE(peer);
    const QJsonObject started = startChat(*peer, QStringLiteral("pan.paster@example.org"),
                                          QStringLiteral("charge my card 4111 1111 1111 1111 please"));
    ASSERT_TRUE(started.value(QStringLiteral("ok")).toBool()) << qPrintable(VisitorPeer::errorCode(started));
    const qint64 contact = waitForOffer();
    ASSERT_GT(contact, 0);
    ASSERT_TRUE(accept(contact).ok);
    follow(contact);
    const QJsonObject sent = peer->request(QStringLiteral("chat.send"),
                                           { { QStringLiteral("cid"), QStringLiteral("c-pan") },
                                             { QStringLiteral("text"), QStringLiteral("or 5555555555554444") } });
    ASSERT_TRUE(sent.value(QStringLiteral("ok")).toBool());
    // The visitor's own echo already shows what was kept.
    EXPECT_EQ(dataOf(sent).value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString(),
              QStringLiteral("or ••••••••••••4444"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_staffMessages.isEmpty(); }, 15000));
    EXPECT_EQ(
        m_staffMessages.last().value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString(),
        QStringLiteral("or ••••••••••••4444"));

    const Reply listed = call(m_agent, QStringLiteral("contact.messages"), { { QStringLiteral("id"), contact } });
    ASSERT_TRUE(listed.ok);
    QStringList texts;
    for (const QJsonValue &m : listed.data.value(QStringLiteral("messages")).toArray())
        texts.append(m.toObject().value(QStringLiteral("text")).toString());
    EXPECT_EQ(texts,
              QStringList({ QStringLiteral("charge my card •••• •••• •••• 1111 please"),
                            QStringLiteral("or ••••••••••••4444") }));

    // The offline form too.
    ASSERT_TRUE(peer->request(QStringLiteral("message.leave"),
                              { { QStringLiteral("name"), QStringLiteral("Pat 6011 1111 1111 1117") },
                                { QStringLiteral("email"), QStringLiteral("pan.paster@example.org") },
                                { QStringLiteral("topic"), topic(*peer, QStringLiteral("Account")) },
                                { QStringLiteral("text"), QStringLiteral("new card 378282246310005") } })
                    .value(QStringLiteral("ok"))
                    .toBool());

    // Nothing the coordinator stored (messages, contacts, customers, the event log) has any of them.
    const QByteArray stored = databaseBytes(m_coordinator.dbPath());
    ASSERT_FALSE(stored.isEmpty());
    EXPECT_TRUE(stored.contains("charge my card"));
    for (const char *pan : { "4111 1111 1111 1111", "5555555555554444", "6011 1111 1111 1117", "378282246310005" })
        EXPECT_FALSE(stored.contains(pan)) << pan;
}

TEST_F(VisitorSecurityTest, RequestBeforeHelloIsUnauthenticated)
{
    VisitorPeer peer;
    ASSERT_TRUE(peer.open(m_coordinator.visitorUrl()));
    EXPECT_EQ(VisitorPeer::errorCode(peer.request(QStringLiteral("chat.topics"))), u"unauthenticated");
}

TEST_F(VisitorSecurityTest, OversizedFrameIsTooLargeAndClosed)
{
    auto peer = visitor();
    ASSERT_TRUE(peer);
    const QJsonObject frame { { QStringLiteral("t"), QStringLiteral("req") },
                              { QStringLiteral("id"), 1 },
                              { QStringLiteral("op"), QStringLiteral("faq.search") },
                              { QStringLiteral("args"),
                                QJsonObject { { QStringLiteral("q"), QString(20000, u'a') } } } };
    peer->sendText(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    ASSERT_TRUE(peer->waitForClosed());
    ASSERT_FALSE(peer->errors().isEmpty());
    EXPECT_EQ(errorOfFrame(peer->errors().first()), u"too_large");
    EXPECT_EQ(peer->closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
}

TEST_F(VisitorSecurityTest, AVisitorCannotReachAnotherVisitorsChat)
{
    auto owner = visitor();
    ASSERT_TRUE(owner);
    ASSERT_TRUE(startChat(*owner, QStringLiteral("owner@example.org"), QStringLiteral("private matter"))
                    .value(QStringLiteral("ok"))
                    .toBool());

    auto stranger = visitor();
    ASSERT_TRUE(stranger);
    EXPECT_NE(stranger->token(), owner->token());
    EXPECT_EQ(VisitorPeer::errorCode(stranger->request(QStringLiteral("chat.history"))), u"invalid_state");
    EXPECT_EQ(VisitorPeer::errorCode(stranger->request(QStringLiteral("chat.send"),
                                                       { { QStringLiteral("cid"), QStringLiteral("x") },
                                                         { QStringLiteral("text"), QStringLiteral("hi") } })),
              u"invalid_state");

    // A guessed token (the owner's with one letter changed) is a new visitor with no chat.
    QString forged = owner->token();
    forged[5] = forged[5] == u'A' ? u'B' : u'A';
    VisitorPeer guesser;
    ASSERT_TRUE(guesser.open(m_coordinator.visitorUrl()));
    const QJsonObject welcome = guesser.hello(forged);
    EXPECT_NE(welcome.value(QStringLiteral("visitor")).toString(), forged);
    EXPECT_TRUE(welcome.value(QStringLiteral("chat")).isNull());
    EXPECT_EQ(VisitorPeer::errorCode(guesser.request(QStringLiteral("chat.history"))), u"invalid_state");
    // Nothing the stranger or the guesser sent reached the owner's chat.
    const QJsonArray lines
        = dataOf(owner->request(QStringLiteral("chat.history"))).value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines.at(0).toObject().value(QStringLiteral("text")).toString(), u"private matter");
}

TEST_F(VisitorSecurityTest, AFloodIsRateLimitedWhileAnotherVisitorIsServed)
{
    auto flooder = visitor();
    auto other = visitor();
    ASSERT_TRUE(flooder && other);
    for (int i = 0; i < 60; ++i)
        flooder->sendText(QStringLiteral("{\"t\":\"req\",\"id\":%1,\"op\":\"chat.topics\"}").arg(1000 + i));
    ASSERT_TRUE(QTest::qWaitFor([&] { return flooder->responses().size() >= 60; }, 15000));
    int limited = 0;
    for (const QJsonObject &r : flooder->responses()) {
        if (VisitorPeer::errorCode(r) == u"rate_limited") {
            ++limited;
            EXPECT_GT(r.value(QStringLiteral("error"))
                          .toObject()
                          .value(QStringLiteral("details"))
                          .toObject()
                          .value(QStringLiteral("retryAfterMs"))
                          .toInt(),
                      0);
        }
    }
    EXPECT_GE(limited, 30);
    EXPECT_TRUE(other->request(QStringLiteral("chat.topics")).value(QStringLiteral("ok")).toBool());
}

TEST_F(VisitorSecurityTest, FaqShowsOnlyPublishedPublicArticles)
{
    auto peer = visitor();
    ASSERT_TRUE(peer);
    const QJsonArray items
        = dataOf(peer->request(QStringLiteral("faq.search"), { { QStringLiteral("q"), QStringLiteral("invoice") } }))
              .value(QStringLiteral("items"))
              .toArray();
    ASSERT_FALSE(items.isEmpty());
    EXPECT_LE(items.size(), 5);
    const qint64 publicId = items.at(0).toObject().value(QStringLiteral("id")).toInteger();
    const QJsonObject article = dataOf(peer->request(QStringLiteral("faq.get"), { { QStringLiteral("id"), publicId } }))
                                    .value(QStringLiteral("article"))
                                    .toObject();
    EXPECT_TRUE(article.value(QStringLiteral("html")).toString().contains(u"<p>"));
    EXPECT_TRUE(
        peer->request(QStringLiteral("faq.helped"),
                      { { QStringLiteral("id"), publicId }, { QStringLiteral("q"), QStringLiteral("invoice") } })
            .value(QStringLiteral("ok"))
            .toBool());

    const Reply internal
        = call(m_agent, QStringLiteral("kb.search"), { { QStringLiteral("visibility"), QStringLiteral("internal") } });
    ASSERT_TRUE(internal.ok);
    const QJsonArray internalItems = internal.data.value(QStringLiteral("items")).toArray();
    ASSERT_FALSE(internalItems.isEmpty());
    const qint64 internalId = internalItems.at(0).toObject().value(QStringLiteral("id")).toInteger();
    EXPECT_EQ(
        VisitorPeer::errorCode(peer->request(QStringLiteral("faq.get"), { { QStringLiteral("id"), internalId } })),
        u"not_found");
    for (const QJsonValue &hit : items)
        EXPECT_NE(hit.toObject().value(QStringLiteral("id")).toInteger(), internalId);
}

TEST_F(VisitorSecurityTest, ARollbackNeverShowsVisitorsAnUnreviewedVersion)
{
    Connection lead;
    ASSERT_TRUE(loginAndWait(lead, m_coordinator.url(), QStringLiteral("lead1")).ok);
    const auto propose = [&](const QJsonObject &where, const QString &body) {
        QJsonObject args { { QStringLiteral("title"), QStringLiteral("Gift cards") },
                           { QStringLiteral("body"), body },
                           { QStringLiteral("visibility"), QStringLiteral("public") },
                           { QStringLiteral("changeNote"), QStringLiteral("test") } };
        for (auto it = where.begin(); it != where.end(); ++it)
            args.insert(it.key(), it.value());
        return callWrite(m_agent, QStringLiteral("kb.propose"), args);
    };
    // agent1 owns the article; the lead publishes version 1.
    const Reply created = propose({}, QStringLiteral("Gift cards are valid for three years."));
    ASSERT_TRUE(created.ok) << qPrintable(created.error.message);
    const qint64 id = created.data.value(QStringLiteral("article")).toObject().value(QStringLiteral("id")).toInteger();
    ASSERT_TRUE(callWrite(lead, QStringLiteral("kb.review"),
                          { { QStringLiteral("id"), id },
                            { QStringLiteral("version"), 1 },
                            { QStringLiteral("action"), QStringLiteral("publish") } })
                    .ok);
    // Version 2, never reviewed, then version 3 over it.
    ASSERT_TRUE(propose({ { QStringLiteral("id"), id }, { QStringLiteral("version"), 1 } },
                        QStringLiteral("Gift cards never expire and can be paid out in cash."))
                    .ok);
    ASSERT_TRUE(
        propose({ { QStringLiteral("id"), id }, { QStringLiteral("version"), 2 }, { QStringLiteral("base"), 2 } },
                QStringLiteral("Gift cards are valid for five years."))
            .ok);

    for (Connection *who : { &m_agent, &lead }) {
        const Reply rolled = callWrite(
            *who, QStringLiteral("kb.rollback"),
            { { QStringLiteral("id"), id }, { QStringLiteral("version"), 3 }, { QStringLiteral("to"), 2 } });
        EXPECT_FALSE(rolled.ok);
    }

    auto peer = visitor();
    ASSERT_TRUE(peer);
    const QString html = dataOf(peer->request(QStringLiteral("faq.get"), { { QStringLiteral("id"), id } }))
                             .value(QStringLiteral("article"))
                             .toObject()
                             .value(QStringLiteral("html"))
                             .toString();
    EXPECT_TRUE(html.contains(u"valid for three years")) << qPrintable(html);
    EXPECT_FALSE(html.contains(u"paid out in cash")) << qPrintable(html);
}

} // namespace
} // namespace spocs::test

namespace spocs::test {
namespace {

// Only the pages in [web] allowed_origins may open the visitor WebSocket.
class AllowedOriginsTest : public VisitorFixture
{
protected:
    QStringList extraArgs() override
    {
        const QString path = m_dir.filePath(QStringLiteral("coordinator.ini"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write("[web]\nallowed_origins=https://shop.example, https://www.shop.example\n");
        return { QStringLiteral("--config"), path };
    }

    QTemporaryDir m_dir;
};

TEST_F(AllowedOriginsTest, AnotherSitesPageCannotOpenTheVisitorSocket)
{
    VisitorPeer stranger;
    EXPECT_FALSE(stranger.open(m_coordinator.visitorUrl(), QStringLiteral("https://evil.example")));
    VisitorPeer shop;
    ASSERT_TRUE(shop.open(m_coordinator.visitorUrl(), QStringLiteral("https://www.shop.example")));
    EXPECT_FALSE(shop.hello().isEmpty());
}

} // namespace
} // namespace spocs::test
