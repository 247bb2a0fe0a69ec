#include "ClientHelpers.h"
#include "CoordinatorProcess.h"
#include "RawPeer.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using namespace spocs;
using namespace spocs::test;

// Logins and floods: the lockout holds under concurrency, unknown logins look like known
// ones, an address that keeps failing is slowed then refused, the password check queue and
// the number of connections are bounded, and frames before hello are rate limited.

namespace {

QString codeOf(const std::optional<QJsonObject> &frame)
{
    if (!frame)
        return QStringLiteral("<no frame>");
    if (frame->value(QStringLiteral("ok")).toBool())
        return QStringLiteral("ok");
    return frame->value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

struct Coordinator
{
    QTemporaryDir dir;
    CoordinatorProcess process;
    bool start(const QByteArray &ini)
    {
        const QString path = dir.filePath(QStringLiteral("c.conf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(ini);
        file.close();
        return process.start({ 30, { QStringLiteral("--config"), path } });
    }
};

QJsonObject credentials(const QString &user, const QString &password)
{
    return { { QStringLiteral("user"), user }, { QStringLiteral("password"), password } };
}

// Sends one login and returns the answer's code.
QString loginCode(RawPeer &peer, const QString &user, const QString &password, QJsonObject *error = nullptr)
{
    const qint64 id = peer.sendRequest(QStringLiteral("auth.login"), credentials(user, password));
    const auto answer = peer.waitResponse(id, 30000);
    if (error && answer)
        *error = answer->value(QStringLiteral("error")).toObject();
    return codeOf(answer);
}

} // namespace

TEST(LoginFlood, WrongPasswordsSentAtOnceCannotOutrunTheLockout)
{
    Coordinator c;
    ASSERT_TRUE(c.start("[auth]\nlockout_failures=10\nthrottle_free_failures=100000\nthrottle_refuse_failures=100000\n"
                        "max_pending_logins=1000\n"))
        << c.process.output().toStdString();
    std::vector<std::unique_ptr<RawPeer>> peers;
    QList<QPair<RawPeer *, qint64>> sent;
    for (int p = 0; p < 4; ++p) {
        peers.push_back(std::make_unique<RawPeer>());
        ASSERT_TRUE(peers.back()->open(c.process.url()));
    }
    for (int i = 0; i < 20; ++i) {
        for (auto &peer : peers)
            sent.append({ peer.get(),
                          peer->sendRequest(QStringLiteral("auth.login"),
                                            credentials(QStringLiteral("agent7"), QStringLiteral("wrong"))) });
    }
    int checked = 0;
    int locked = 0;
    for (const auto &[peer, id] : sent) {
        const QString code = codeOf(peer->waitResponse(id, 60000));
        checked += code == u"invalid_credentials";
        locked += code == u"account_locked";
    }
    EXPECT_EQ(checked, 10) << "every attempt past the limit must be refused before its password is checked";
    EXPECT_EQ(locked, 70);
}

TEST(LoginFlood, AnUnknownLoginIsAnsweredExactlyLikeAKnownOne)
{
    Coordinator c;
    ASSERT_TRUE(c.start("[auth]\nlockout_failures=3\nthrottle_free_failures=1000\n"))
        << c.process.output().toStdString();
    RawPeer peer;
    ASSERT_TRUE(peer.open(c.process.url()));
    QStringList known;
    QStringList unknown;
    QJsonObject knownError;
    QJsonObject unknownError;
    for (int i = 0; i < 4; ++i) {
        known.append(loginCode(peer, QStringLiteral("agent8"), QStringLiteral("wrong"), &knownError));
        unknown.append(loginCode(peer, QStringLiteral("nobody-here"), QStringLiteral("wrong"), &unknownError));
    }
    EXPECT_EQ(known,
              QStringList({ QStringLiteral("invalid_credentials"), QStringLiteral("invalid_credentials"),
                            QStringLiteral("invalid_credentials"), QStringLiteral("account_locked") }));
    EXPECT_EQ(unknown, known) << "a lock (or its absence) tells an attacker which logins exist";
    EXPECT_EQ(unknownError.value(QStringLiteral("message")), knownError.value(QStringLiteral("message")));
    EXPECT_EQ(unknownError.value(QStringLiteral("details")).toObject().keys(),
              knownError.value(QStringLiteral("details")).toObject().keys());
}

TEST(LoginFlood, ALockoutAndAnAddressThrottleSurviveARestart)
{
    Coordinator c;
    ASSERT_TRUE(c.start("[auth]\nlockout_failures=3\nthrottle_free_failures=1000\nthrottle_refuse_failures=5\n"))
        << c.process.output().toStdString();
    {
        RawPeer peer;
        ASSERT_TRUE(peer.open(c.process.url()));
        for (int i = 0; i < 3; ++i)
            EXPECT_EQ(loginCode(peer, QStringLiteral("agent10"), QStringLiteral("wrong")),
                      QStringLiteral("invalid_credentials"));
        EXPECT_EQ(loginCode(peer, QStringLiteral("agent11"), QStringLiteral("wrong")),
                  QStringLiteral("invalid_credentials"));
        EXPECT_EQ(loginCode(peer, QStringLiteral("agent10"), QStringLiteral("demo")), QStringLiteral("account_locked"));
    }
    // A restart (a crash, an update, or an attacker who knows how to cause one) lifts nothing.
    ASSERT_TRUE(c.process.restart()) << c.process.output().toStdString();
    RawPeer peer;
    ASSERT_TRUE(peer.open(c.process.url()));
    EXPECT_EQ(loginCode(peer, QStringLiteral("agent10"), QStringLiteral("demo")), QStringLiteral("account_locked"))
        << "the lockout was lifted by the restart";
    // Four failures from this address were counted before; the fifth reaches the limit.
    EXPECT_EQ(loginCode(peer, QStringLiteral("agent12"), QStringLiteral("wrong")),
              QStringLiteral("invalid_credentials"));
    EXPECT_EQ(loginCode(peer, QStringLiteral("agent12"), QStringLiteral("demo")), QStringLiteral("rate_limited"))
        << "the address's failures were forgotten by the restart";
}

TEST(LoginFlood, AnAddressThatKeepsFailingIsSlowedThenRefused)
{
    Coordinator c;
    ASSERT_TRUE(c.start("[auth]\nthrottle_free_failures=2\nthrottle_base_delay_ms=50\nthrottle_max_delay_ms=200\n"
                        "throttle_refuse_failures=6\n"))
        << c.process.output().toStdString();
    RawPeer peer;
    ASSERT_TRUE(peer.open(c.process.url()));
    // Different logins each time, so no single account locks: the address is what is counted.
    for (int i = 0; i < 6; ++i)
        EXPECT_EQ(loginCode(peer, QStringLiteral("agent%1").arg(i + 1), QStringLiteral("wrong")),
                  QStringLiteral("invalid_credentials"));
    QJsonObject error;
    EXPECT_EQ(loginCode(peer, QStringLiteral("agent9"), QStringLiteral("demo"), &error),
              QStringLiteral("rate_limited"));
    EXPECT_GT(error.value(QStringLiteral("details")).toObject().value(QStringLiteral("retryAfterMs")).toInteger(), 0);
}

TEST(LoginFlood, AFullPasswordCheckQueueAnswersRateLimited)
{
    Coordinator c;
    ASSERT_TRUE(c.start("[auth]\nmax_pending_logins=2\nthrottle_free_failures=1000\n"))
        << c.process.output().toStdString();
    RawPeer peer;
    ASSERT_TRUE(peer.open(c.process.url()));
    QList<qint64> ids;
    for (int i = 0; i < 12; ++i)
        ids.append(peer.sendRequest(QStringLiteral("auth.login"),
                                    credentials(QStringLiteral("agent%1").arg(i + 1), QStringLiteral("wrong"))));
    int limited = 0;
    for (qint64 id : ids)
        limited += codeOf(peer.waitResponse(id, 60000)) == u"rate_limited";
    EXPECT_GT(limited, 0);
    // Once the queue drains, logins are served again.
    EXPECT_EQ(loginCode(peer, QStringLiteral("agent20"), QStringLiteral("demo")), QStringLiteral("ok"));
}

TEST(ConnectionCaps, ConnectionsThatHaveNotSaidHelloAreCapped)
{
    Coordinator c;
    ASSERT_TRUE(c.start("[limits]\nmax_connections_without_hello=3\n")) << c.process.output().toStdString();
    std::vector<std::unique_ptr<RawPeer>> waiting;
    for (int i = 0; i < 3; ++i) {
        waiting.push_back(std::make_unique<RawPeer>());
        ASSERT_TRUE(waiting.back()->open(c.process.url()));
    }
    RawPeer refused;
    EXPECT_FALSE(refused.open(c.process.url(), 3000)) << "a fourth connection without hello was accepted";
    // One of them signs in: its place is free again.
    ASSERT_TRUE(waiting.front()->login(QStringLiteral("agent1"), QStringLiteral("demo")));
    RawPeer next;
    EXPECT_TRUE(next.open(c.process.url()));
}

TEST(ConnectionCaps, ConnectionsFromOneAddressAreCapped)
{
    Coordinator c;
    ASSERT_TRUE(c.start("[limits]\nmax_connections_per_address=2\nper_address_exempt_loopback=false\n"))
        << c.process.output().toStdString();
    auto first = std::make_unique<RawPeer>();
    ASSERT_TRUE(first->open(c.process.url()));
    RawPeer second;
    ASSERT_TRUE(second.open(c.process.url()));
    RawPeer third;
    EXPECT_FALSE(third.open(c.process.url(), 3000));
    first.reset(); // closing one frees its place
    RawPeer again;
    EXPECT_TRUE(QTest::qWaitFor([&] { return again.open(c.process.url(), 2000); }, 10000));
}

TEST(ConnectionCaps, FramesBeforeHelloCountAgainstTheRateLimit)
{
    Coordinator c;
    ASSERT_TRUE(c.start("[limits]\nrequests_per_second=1\nrequest_burst=5\n")) << c.process.output().toStdString();
    RawPeer peer;
    ASSERT_TRUE(peer.open(c.process.url()));
    for (int i = 0; i < 30; ++i)
        peer.sendText(QStringLiteral("not json %1").arg(i));
    const auto limited = peer.waitFor([](const QJsonObject &o) {
        return o.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() == u"rate_limited";
    });
    EXPECT_TRUE(limited.has_value()) << "garbage before hello was answered without limit";
}
