#include "ClientHelpers.h"
#include "CoordinatorProcess.h"
#include "RawPeer.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::test;

// Who may do and follow what: the integration role for service users, contact topics for
// the people on the contact, four eyes on publishing, one topic limit everywhere.

namespace {

class AccessControlTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_coordinator = new CoordinatorProcess;
        ASSERT_TRUE(s_coordinator->start({ 50, {} })) << s_coordinator->output().toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_coordinator;
        s_coordinator = nullptr;
    }
    static QUrl url() { return s_coordinator->url(); }
    static CoordinatorProcess *s_coordinator;
};
CoordinatorProcess *AccessControlTest::s_coordinator = nullptr;

qint64 contactIdOf(const Reply &r)
{
    return r.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger();
}

} // namespace

TEST_F(AccessControlTest, OnlyIntegrationsLeadsAndAdminsCreateAbandonAndRateContacts)
{
    Connection agent;
    ASSERT_TRUE(loginAndWait(agent, url(), QStringLiteral("agent12")).ok);
    const QJsonObject inbound { { QStringLiteral("channel"), QStringLiteral("phone") },
                                { QStringLiteral("customer"), QStringLiteral("C-1004") } };
    EXPECT_EQ(callWrite(agent, QStringLiteral("contact.inbound"), inbound).error.code, ErrorCode::Forbidden);

    Connection telephony;
    ASSERT_TRUE(loginAndWait(telephony, url(), QStringLiteral("telephony")).ok);
    EXPECT_EQ(telephony.user().role, Role::Integration);
    const Reply created = callWrite(telephony, QStringLiteral("contact.inbound"), inbound);
    ASSERT_TRUE(created.ok) << created.error.message.toStdString();
    const qint64 id = contactIdOf(created);

    EXPECT_EQ(callWrite(agent, QStringLiteral("contact.abandon"), { { QStringLiteral("id"), id } }).error.code,
              ErrorCode::Forbidden)
        << "an agent must not hang up on a waiting caller";
    EXPECT_EQ(
        callWrite(agent, QStringLiteral("survey.record"),
                  { { QStringLiteral("contact"), id }, { QStringLiteral("csat"), 5 }, { QStringLiteral("nps"), 10 } })
            .error.code,
        ErrorCode::Forbidden)
        << "an agent must not rate contacts";
    const Reply abandoned = callWrite(telephony, QStringLiteral("contact.abandon"), { { QStringLiteral("id"), id } });
    EXPECT_TRUE(abandoned.ok) << abandoned.error.message.toStdString();

    // A service user works no contacts and reads no customer records.
    EXPECT_EQ(call(telephony, QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-1004") } })
                  .error.code,
              ErrorCode::Forbidden);
}

TEST_F(AccessControlTest, UserAddAcceptsTheIntegrationRole)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("users.db"));
    QProcess add;
    add.start(QStringLiteral(SPOCS_COORDINATOR_BIN),
              { QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("mailbridge"),
                QStringLiteral("--role"), QStringLiteral("integration") });
    ASSERT_TRUE(add.waitForStarted());
    add.write("a-long-service-password\n");
    add.closeWriteChannel();
    ASSERT_TRUE(add.waitForFinished(60000));
    EXPECT_EQ(add.exitCode(), 0) << add.readAllStandardError().toStdString();
    EXPECT_TRUE(QString::fromUtf8(add.readAllStandardOutput()).contains(QStringLiteral("role integration")));
}

TEST(ContactTopicAccess, OnlyPeopleOnAContactFollowItsTopic)
{
    // Its own coordinator: nobody else is signed in, so the offer goes to agent13.
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 30, {} })) << coordinator.output().toStdString();
    const auto url = [&] {
        return coordinator.url();
    };
    Connection telephony;
    ASSERT_TRUE(loginAndWait(telephony, url(), QStringLiteral("telephony")).ok);
    Connection owner;
    ASSERT_TRUE(loginAndWait(owner, url(), QStringLiteral("agent13")).ok);
    QList<qint64> offers;
    QObject::connect(&owner, &Connection::eventReceived, &owner, [&](const protocol::Event &e) {
        if (e.kind == u"contact.offered")
            offers.append(e.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger());
    });
    owner.subscribe(QStringLiteral("user:%1").arg(owner.user().id));
    const Reply created = callWrite(telephony, QStringLiteral("contact.inbound"),
                                    { { QStringLiteral("channel"), QStringLiteral("chat") },
                                      { QStringLiteral("customer"), QStringLiteral("C-1005") } });
    ASSERT_TRUE(created.ok) << created.error.message.toStdString();
    const qint64 id = contactIdOf(created);
    ASSERT_TRUE(QTest::qWaitFor([&] { return offers.contains(id); }, 10000));
    ASSERT_TRUE(callWrite(owner, QStringLiteral("contact.accept"), { { QStringLiteral("id"), id } }).ok);
    const QString topic = QStringLiteral("contact:%1").arg(id);

    const auto subscribe = [&](Connection &c) {
        return call(c, QStringLiteral("events.subscribe"), { { QStringLiteral("topics"), QJsonArray { topic } } });
    };
    EXPECT_TRUE(subscribe(owner).ok);
    Connection curious;
    ASSERT_TRUE(loginAndWait(curious, url(), QStringLiteral("agent14")).ok);
    EXPECT_EQ(subscribe(curious).error.code, ErrorCode::Forbidden) << "a colleague not on the contact";
    Connection lead;
    ASSERT_TRUE(loginAndWait(lead, url(), QStringLiteral("lead1")).ok);
    EXPECT_TRUE(subscribe(lead).ok);

    // The same rule for a topic named in hello: dropped, so no event of it arrives.
    RawPeer peer;
    ASSERT_TRUE(peer.open(url()));
    ASSERT_TRUE(peer.login(QStringLiteral("agent15"), QStringLiteral("demo"), { topic }));
    const Reply notes
        = callWrite(owner, QStringLiteral("contact.notes.set"),
                    { { QStringLiteral("id"), id }, { QStringLiteral("notes"), QStringLiteral("private") } });
    EXPECT_TRUE(notes.ok) << notes.error.message.toStdString();
    const auto leaked = peer.waitFor(
        [&](const QJsonObject &o) {
            return o.value(QStringLiteral("t")).toString() == u"evt"
                && o.value(QStringLiteral("topic")).toString() == topic;
        },
        1500);
    EXPECT_FALSE(leaked.has_value()) << "a hello topic bypassed the contact rule";
}

TEST_F(AccessControlTest, HelloWithMoreThanTheTopicLimitIsRefused)
{
    RawPeer peer;
    ASSERT_TRUE(peer.open(url()));
    const qint64 id = peer.sendRequest(QStringLiteral("auth.login"),
                                       { { QStringLiteral("user"), QStringLiteral("agent16") },
                                         { QStringLiteral("password"), QStringLiteral("demo") } });
    const auto login = peer.waitResponse(id, 20000);
    ASSERT_TRUE(login && login->value(QStringLiteral("ok")).toBool());
    protocol::Hello hello;
    hello.token = login->value(QStringLiteral("data")).toObject().value(QStringLiteral("token")).toString();
    for (int i = 0; i < 501; ++i)
        hello.topics.append(QStringLiteral("customer:C-%1").arg(1000 + i));
    peer.sendText(protocol::encodeText(hello));
    const auto answer = peer.waitFor([](const QJsonObject &o) {
        const QString t = o.value(QStringLiteral("t")).toString();
        return t == u"welcome" || t == u"err" || t == u"res";
    });
    ASSERT_TRUE(answer.has_value());
    EXPECT_NE(answer->value(QStringLiteral("t")).toString(), QStringLiteral("welcome"));
    EXPECT_EQ(answer->value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("bad_request"));
}

TEST_F(AccessControlTest, AnAuthorCannotPublishTheirOwnArticle)
{
    Connection expert;
    ASSERT_TRUE(loginAndWait(expert, url(), QStringLiteral("expert3")).ok);
    const Reply proposed = callWrite(expert, QStringLiteral("kb.propose"),
                                     { { QStringLiteral("title"), QStringLiteral("Resetting the router") },
                                       { QStringLiteral("body"), QStringLiteral("Hold the button for ten seconds.") },
                                       { QStringLiteral("visibility"), QStringLiteral("internal") },
                                       { QStringLiteral("changeNote"), QStringLiteral("new article") } });
    ASSERT_TRUE(proposed.ok) << proposed.error.message.toStdString();
    const QJsonObject article = proposed.data.value(QStringLiteral("article")).toObject();
    const qint64 id = article.value(QStringLiteral("id")).toInteger();
    const qint64 version = article.value(QStringLiteral("version")).toInteger();
    const QJsonObject publish { { QStringLiteral("id"), id },
                                { QStringLiteral("version"), version },
                                { QStringLiteral("action"), QStringLiteral("publish") } };
    EXPECT_EQ(callWrite(expert, QStringLiteral("kb.review"), publish).error.code, ErrorCode::Forbidden);

    Connection lead;
    ASSERT_TRUE(loginAndWait(lead, url(), QStringLiteral("lead1")).ok);
    const Reply published = callWrite(lead, QStringLiteral("kb.review"), publish);
    EXPECT_TRUE(published.ok) << published.error.message.toStdString();
}
