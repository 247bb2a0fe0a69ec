#include "ClientHelpers.h"
#include "CoordinatorProcess.h"
#include "RawPeer.h"

#include "coordinator/server/Platform.h"

#include <QJsonDocument>
#include <QTimer>
#include <QWebSocket>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using namespace spocs;
using namespace spocs::test;

namespace {

constexpr int kSessions = 2000;
constexpr int kChanges = 20;
const QString kPublisher = QStringLiteral("agent20");

// One desktop's socket, reduced to what the test checks: welcomed, and the publisher's
// presence changes received, each once and in seq order.
struct Follower
{
    QWebSocket socket;
    bool welcomed = false;
    int changes = 0;
    qint64 lastSeq = 0;
    bool inOrder = true;
};

} // namespace

// Shift change: 2,000 desktops follow presence while one agent changes state twenty times.
// Every desktop receives every change, once and in order, and none is dropped for being slow.
// Like desktops, each pings every 10 s (its keep-alive), and every ping is answered.
TEST(Scale, TwoThousandSessionsReceiveEveryPresenceChange)
{
    ASSERT_GE(raiseOpenFileLimit(), 2 * kSessions + 100) << "the test needs a descriptor per socket";
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 20, {} })) << coordinator.output().toStdString();

    // Tokens of ten agents; each serves 200 of the sessions (one person, many desktops).
    QStringList tokens;
    for (int i = 1; i <= 10; ++i) {
        RawPeer peer;
        ASSERT_TRUE(peer.open(coordinator.url()));
        ASSERT_TRUE(peer.login(QStringLiteral("agent%1").arg(i), QStringLiteral("demo")));
        tokens << peer.token();
    }
    // The publisher is a desktop too; the deadline is long because this process is as busy
    // as the coordinator, and a late pong here says nothing about the link.
    Connection publisher;
    publisher.setKeepAlive(10000, 60000);
    ASSERT_TRUE(loginAndWait(publisher, coordinator.url(), kPublisher).ok);
    int publisherReconnects = 0;
    QObject::connect(&publisher, &Connection::stateChanged, &publisher, [&](Connection::State state) {
        publisherReconnects += state == Connection::State::Reconnecting ? 1 : 0;
    });

    std::vector<std::unique_ptr<Follower>> followers;
    followers.reserve(kSessions);
    int welcomed = 0;
    qint64 received = 0;
    for (int i = 0; i < kSessions; ++i) {
        auto follower = std::make_unique<Follower>();
        Follower *f = follower.get();
        f->socket.setParent(nullptr);
        QObject::connect(&f->socket, &QWebSocket::connected, &f->socket, [f, token = tokens.at(i % tokens.size())] {
            protocol::Hello hello;
            hello.client = QStringLiteral("scale-test");
            hello.token = token;
            hello.topics = { protocol::presenceTopic() };
            f->socket.sendTextMessage(protocol::encodeText(hello));
        });
        QObject::connect(&f->socket, &QWebSocket::textMessageReceived, &f->socket, [&, f](const QString &text) {
            const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString type = frame.value(QStringLiteral("t")).toString();
            if (type == u"welcome") {
                f->welcomed = true;
                ++welcomed;
                return;
            }
            if (type != u"evt" || frame.value(QStringLiteral("kind")).toString() != u"presence.changed")
                return;
            const QJsonObject user
                = frame.value(QStringLiteral("data")).toObject().value(QStringLiteral("user")).toObject();
            if (user.value(QStringLiteral("login")).toString() != kPublisher)
                return;
            const qint64 seq = frame.value(QStringLiteral("seq")).toInteger();
            f->inOrder = f->inOrder && seq > f->lastSeq;
            f->lastSeq = seq;
            ++f->changes;
            ++received;
        });
        followers.push_back(std::move(follower));
    }
    // The desktops' keep-alive: a tenth of them ping each second, so each pings every 10 s.
    int pings = 0;
    int pongs = 0;
    for (auto &f : followers) {
        QObject::connect(&f->socket, &QWebSocket::pong, &f->socket, [&pongs](quint64, const QByteArray &) { ++pongs; });
    }
    QTimer keepAlive;
    int tick = 0;
    QObject::connect(&keepAlive, &QTimer::timeout, &keepAlive, [&] {
        for (size_t i = size_t(tick++ % 10); i < followers.size(); i += 10) {
            if (followers[i]->welcomed) {
                followers[i]->socket.ping();
                ++pings;
            }
        }
    });
    keepAlive.start(1000);
    // Connect in batches of 250, as desktops arriving at a shift change.
    for (int start = 0; start < kSessions; start += 250) {
        for (int i = start; i < std::min(kSessions, start + 250); ++i)
            followers[size_t(i)]->socket.open(coordinator.url());
        const int target = std::min(kSessions, start + 250);
        ASSERT_TRUE(QTest::qWaitFor([&] { return welcomed >= target; }, 60000)) << welcomed << " of " << target;
    }

    for (int i = 0; i < kChanges; ++i) {
        // Back to back: the next change is made while the last one still fans out.
        const Reply r
            = call(publisher, QStringLiteral("presence.set"),
                   { { QStringLiteral("state"), i % 2 == 0 ? QStringLiteral("break") : QStringLiteral("available") } });
        ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    }
    const qint64 expected = qint64(kSessions) * kChanges;
    EXPECT_TRUE(QTest::qWaitFor([&] { return received >= expected; }, 120000)) << received << " of " << expected;
    int incomplete = 0, disordered = 0, closed = 0;
    for (const auto &f : followers) {
        incomplete += f->changes != kChanges ? 1 : 0;
        disordered += f->inOrder ? 0 : 1;
        closed += f->socket.state() == QAbstractSocket::ConnectedState ? 0 : 1;
    }
    keepAlive.stop();
    EXPECT_TRUE(QTest::qWaitFor([&] { return pongs >= pings; }, 30000)) << pongs << " pongs for " << pings << " pings";
    EXPECT_EQ(received, expected);
    EXPECT_EQ(incomplete, 0);
    EXPECT_EQ(disordered, 0);
    EXPECT_EQ(closed, 0);
    EXPECT_EQ(publisherReconnects, 0);
    for (auto &f : followers)
        f->socket.abort();
}
