#include "ClientHelpers.h"
#include "CoordinatorProcess.h"
#include "RawPeer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::test;

// Sessions end when they must: revoked from the admin CLI (a separate process), logged
// out on one socket, idle or past their lifetime, without waiting for the next request.

namespace {

using test::CliResult;
using test::runCli;

QString codeOf(const std::optional<QJsonObject> &frame)
{
    return frame ? frame->value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
                 : QStringLiteral("<no frame>");
}

// A hello with this token on a fresh connection: "welcome" or the error code.
QString helloWith(const QUrl &url, const QString &token)
{
    RawPeer peer;
    if (!peer.open(url))
        return QStringLiteral("<no connection>");
    protocol::Hello hello;
    hello.token = token;
    peer.sendText(protocol::encodeText(hello));
    const auto frame = peer.waitFor([](const QJsonObject &o) {
        const QString t = o.value(QStringLiteral("t")).toString();
        return t == u"welcome" || t == u"res" || t == u"err";
    });
    if (frame && frame->value(QStringLiteral("t")).toString() == u"welcome")
        return QStringLiteral("welcome");
    return codeOf(frame);
}

QString writeConfig(QTemporaryDir &dir, const QByteArray &ini)
{
    const QString path = dir.filePath(QStringLiteral("coordinator.conf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(ini);
    return path;
}

class SessionSecurityTest : public ::testing::Test
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
    static QStringList db() { return { QStringLiteral("--db"), s_coordinator->dbPath() }; }
    static CoordinatorProcess *s_coordinator;
};
CoordinatorProcess *SessionSecurityTest::s_coordinator = nullptr;

} // namespace

TEST_F(SessionSecurityTest, DisablingAUserFromTheCliClosesTheirOpenDesktopWithinSeconds)
{
    RawPeer peer;
    ASSERT_TRUE(peer.open(s_coordinator->url()));
    ASSERT_TRUE(peer.login(QStringLiteral("agent4"), QStringLiteral("demo"), { QStringLiteral("presence") }));
    const QString token = peer.token();

    const CliResult cli
        = runCli(db() + QStringList { QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("agent4") });
    ASSERT_EQ(cli.exitCode, 0) << cli.err.toStdString();
    QElapsedTimer clock;
    clock.start();
    const qint64 id
        = peer.sendRequest(QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-1000") } });
    const auto answer = peer.waitResponse(id, 5000);
    if (answer) { // answered before the revocation was noticed, or refused: never after
        EXPECT_TRUE(answer->value(QStringLiteral("ok")).toBool() || codeOf(answer) == u"unauthenticated");
    }
    ASSERT_TRUE(peer.waitClosed(5000)) << "still open after the CLI disabled the user";
    EXPECT_LT(clock.elapsed(), 5000);
    EXPECT_EQ(peer.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    EXPECT_EQ(helloWith(s_coordinator->url(), token), QStringLiteral("unauthenticated"));
}

TEST_F(SessionSecurityTest, PasswordChangeFromTheCliSignsTheUserOut)
{
    RawPeer peer;
    ASSERT_TRUE(peer.open(s_coordinator->url()));
    ASSERT_TRUE(peer.login(QStringLiteral("agent5"), QStringLiteral("demo")));
    QTemporaryDir dir;
    const QString passwordFile = dir.filePath(QStringLiteral("pw"));
    QFile file(passwordFile);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("a-new-long-password\n");
    file.close();
    const CliResult cli
        = runCli(db()
                 + QStringList { QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("agent5"),
                                 QStringLiteral("--password-file"), passwordFile });
    ASSERT_EQ(cli.exitCode, 0) << cli.err.toStdString();
    ASSERT_TRUE(peer.waitClosed(5000));
    EXPECT_EQ(peer.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
}

TEST_F(SessionSecurityTest, RoleChangeFromTheCliSignsTheUserOutAndTheNewRoleApplies)
{
    RawPeer peer;
    ASSERT_TRUE(peer.open(s_coordinator->url()));
    ASSERT_TRUE(peer.login(QStringLiteral("agent6"), QStringLiteral("demo")));
    const CliResult cli
        = runCli(db()
                 + QStringList { QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("agent6"),
                                 QStringLiteral("--role"), QStringLiteral("integration") });
    ASSERT_EQ(cli.exitCode, 0) << cli.err.toStdString();
    ASSERT_TRUE(peer.waitClosed(5000));
    EXPECT_EQ(peer.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);

    Connection again;
    ASSERT_TRUE(loginAndWait(again, s_coordinator->url(), QStringLiteral("agent6")).ok);
    EXPECT_EQ(again.user().role, Role::Integration);
    EXPECT_EQ(
        call(again, QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-1000") } }).error.code,
        ErrorCode::Forbidden);
}

TEST_F(SessionSecurityTest, LogoutClosesEverySocketOpenedWithThatToken)
{
    RawPeer first;
    ASSERT_TRUE(first.open(s_coordinator->url()));
    ASSERT_TRUE(first.login(QStringLiteral("agent9"), QStringLiteral("demo")));
    RawPeer second;
    ASSERT_TRUE(second.open(s_coordinator->url()));
    protocol::Hello hello;
    hello.token = first.token();
    second.sendText(protocol::encodeText(hello));
    ASSERT_TRUE(
        second.waitFor([](const QJsonObject &o) { return o.value(QStringLiteral("t")).toString() == u"welcome"; }));

    const qint64 id = first.sendRequest(QStringLiteral("auth.logout"));
    const auto answer = first.waitResponse(id);
    ASSERT_TRUE(answer.has_value());
    EXPECT_TRUE(answer->value(QStringLiteral("ok")).toBool());
    EXPECT_TRUE(first.waitClosed(5000));
    EXPECT_TRUE(second.waitClosed(5000)) << "the second socket of the same token stayed open";
}

TEST(SessionExpiry, IdleSessionIsClosedWithoutWaitingForARequest)
{
    QTemporaryDir dir;
    const QString config = writeConfig(dir, "[auth]\nsession_idle_seconds=2\n");
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 30, { QStringLiteral("--config"), config } }))
        << coordinator.output().toStdString();
    RawPeer idle;
    ASSERT_TRUE(idle.open(coordinator.url()));
    ASSERT_TRUE(idle.login(QStringLiteral("agent1"), QStringLiteral("demo"), { QStringLiteral("presence") }));
    idle.frames().clear();
    ASSERT_TRUE(idle.waitClosed(6000)) << "an idle session stayed open";
    EXPECT_EQ(idle.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
}

TEST(SessionExpiry, AutomaticRefreshesDoNotKeepASessionAliveButAPersonDoes)
{
    QTemporaryDir dir;
    const QString config = writeConfig(dir, "[auth]\nsession_idle_seconds=2\n");
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 30, { QStringLiteral("--config"), config } }))
        << coordinator.output().toStdString();
    RawPeer floor; // the lead floor refreshing on its own
    ASSERT_TRUE(floor.open(coordinator.url()));
    ASSERT_TRUE(floor.login(QStringLiteral("lead1"), QStringLiteral("demo")));
    RawPeer person; // an agent who keeps working
    ASSERT_TRUE(person.open(coordinator.url()));
    ASSERT_TRUE(person.login(QStringLiteral("agent2"), QStringLiteral("demo")));

    QElapsedTimer clock;
    clock.start();
    qint64 next = 1000000;
    while (clock.elapsed() < 4500 && floor.isOpen()) {
        floor.sendJson({ { QStringLiteral("t"), QStringLiteral("req") },
                         { QStringLiteral("id"), ++next },
                         { QStringLiteral("op"), QStringLiteral("lead.snapshot") },
                         { QStringLiteral("auto"), true } });
        const qint64 id = person.sendRequest(QStringLiteral("session.me"));
        EXPECT_TRUE(person.waitResponse(id, 3000).has_value());
        QTest::qWait(400);
    }
    EXPECT_TRUE(floor.waitClosed(3000)) << "automatic refreshes kept an idle session alive";
    EXPECT_TRUE(person.isOpen()) << "a person's requests must keep the session alive";
}

TEST(SessionRevocation, OffersOfARevokedAgentGoBackToTheQueueAndTheyTurnOffline)
{
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 30, {} })) << coordinator.output().toStdString();
    Connection lead;
    ASSERT_TRUE(loginAndWait(lead, coordinator.url(), QStringLiteral("lead1")).ok);
    Connection telephony;
    ASSERT_TRUE(loginAndWait(telephony, coordinator.url(), QStringLiteral("telephony")).ok);
    // Only one agent is signed in, so the offer goes to them.
    Connection agent;
    ASSERT_TRUE(loginAndWait(agent, coordinator.url(), QStringLiteral("agent3")).ok);
    const qint64 agentId = agent.user().id;
    const Reply in = callWrite(telephony, QStringLiteral("contact.inbound"),
                               { { QStringLiteral("channel"), QStringLiteral("phone") },
                                 { QStringLiteral("customer"), QStringLiteral("C-1003") } });
    ASSERT_TRUE(in.ok) << in.error.message.toStdString();
    const qint64 contactId
        = in.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger();
    const auto offeredTo = [&]() {
        const Reply r = call(lead, QStringLiteral("contact.get"), { { QStringLiteral("id"), contactId } });
        return r.data.value(QStringLiteral("contact"))
            .toObject()
            .value(QStringLiteral("offeredTo"))
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return offeredTo() == agentId; }, 10000));

    const CliResult cli = runCli({ QStringLiteral("--db"), coordinator.dbPath(), QStringLiteral("user"),
                                   QStringLiteral("disable"), QStringLiteral("agent3") });
    ASSERT_EQ(cli.exitCode, 0) << cli.err.toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return offeredTo() == 0; }, 5000)) << "the offer outlived the revocation";
    const auto presenceOf = [&]() {
        const Reply r = call(lead, QStringLiteral("presence.list"));
        for (const QJsonValue &v : r.data.value(QStringLiteral("users")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger() == agentId)
                return o.value(QStringLiteral("state")).toString();
        }
        return QString();
    };
    EXPECT_EQ(presenceOf(), QStringLiteral("offline"));
}

TEST(PresenceAcrossRestart, AnAgentOnBreakIsStillOnBreakAfterTheCoordinatorRestarts)
{
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 30, {} })) << coordinator.output().toStdString();
    QString token;
    QString epoch;
    {
        RawPeer peer;
        ASSERT_TRUE(peer.open(coordinator.url()));
        ASSERT_TRUE(peer.login(QStringLiteral("agent2"), QStringLiteral("demo")));
        token = peer.token();
        const qint64 id = peer.sendRequest(QStringLiteral("presence.set"),
                                           { { QStringLiteral("state"), QStringLiteral("break") },
                                             { QStringLiteral("reason"), QStringLiteral("lunch") } });
        ASSERT_EQ(codeOf(peer.waitResponse(id)), QString()) << "presence.set failed";
    }
    coordinator.stop();
    ASSERT_TRUE(coordinator.restart()) << coordinator.output().toStdString();

    RawPeer again; // the desktop reconnecting with its token
    ASSERT_TRUE(again.open(coordinator.url()));
    protocol::Hello hello;
    hello.token = token;
    hello.resume = protocol::ResumePoint { QStringLiteral("old-epoch"), 1 };
    again.sendText(protocol::encodeText(hello));
    const auto welcome
        = again.waitFor([](const QJsonObject &o) { return o.value(QStringLiteral("t")).toString() == u"welcome"; });
    ASSERT_TRUE(welcome.has_value());
    EXPECT_EQ(welcome->value(QStringLiteral("user")).toObject().value(QStringLiteral("presence")).toString(),
              QStringLiteral("break"));
    const qint64 id = again.sendRequest(QStringLiteral("presence.list"));
    const auto list = again.waitResponse(id);
    ASSERT_TRUE(list.has_value());
    QString reason;
    for (const QJsonValue &v :
         list->value(QStringLiteral("data")).toObject().value(QStringLiteral("users")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("user")).toObject().value(QStringLiteral("login")).toString() == u"agent2")
            reason = o.value(QStringLiteral("reason")).toString();
    }
    EXPECT_EQ(reason, QStringLiteral("lunch"));
}

// A logout whose revocation fails must say so: the token is still alive, so "ok" would lie.
TEST(SessionLogout, AFailedRevocationIsReportedAndTheSessionStaysUsable)
{
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 30, {} })) << coordinator.output().toStdString();
    RawPeer peer;
    ASSERT_TRUE(peer.open(coordinator.url()));
    ASSERT_TRUE(peer.login(QStringLiteral("agent9"), QStringLiteral("demo")));

    // Make the database refuse the revocation, as a full disk or a broken file would.
    const QString name = QStringLiteral("refuse-revoke");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(coordinator.dbPath());
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA busy_timeout = 5000")));
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TRIGGER refuse_revoke BEFORE UPDATE OF revoked_at ON sessions "
                                          "BEGIN SELECT RAISE(ABORT, 'revocation refused'); END")))
            << q.lastError().text().toStdString();
    }

    const qint64 id = peer.sendRequest(QStringLiteral("auth.logout"));
    const auto answer = peer.waitResponse(id);
    ASSERT_TRUE(answer.has_value());
    EXPECT_FALSE(answer->value(QStringLiteral("ok")).toBool()) << "logout answered ok although the token lives on";
    const qint64 me = peer.sendRequest(QStringLiteral("session.me"));
    const auto still = peer.waitResponse(me);
    ASSERT_TRUE(still.has_value()) << "the socket was closed although the session was not ended";
    EXPECT_TRUE(still->value(QStringLiteral("ok")).toBool());

    {
        QSqlDatabase db = QSqlDatabase::database(name);
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER refuse_revoke")));
    }
    QSqlDatabase::removeDatabase(name);
    const qint64 again = peer.sendRequest(QStringLiteral("auth.logout"));
    const auto done = peer.waitResponse(again);
    ASSERT_TRUE(done.has_value());
    EXPECT_TRUE(done->value(QStringLiteral("ok")).toBool());
    EXPECT_TRUE(peer.waitClosed(5000));
}
