#include "ClientHelpers.h"
#include "CommerceTestSupport.h"
#include "CoordinatorProcess.h"
#include "RawPeer.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::test;

namespace {

ReconnectPolicy fastPolicy()
{
    return ReconnectPolicy(std::chrono::milliseconds(50), std::chrono::milliseconds(500));
}

QList<protocol::Event> eventsOf(const QSignalSpy &spy)
{
    QList<protocol::Event> out;
    for (const auto &args : spy)
        out.append(args.at(0).value<protocol::Event>());
    return out;
}

Reply addNote(Connection &c, const QString &customer, const QString &text)
{
    return callWrite(c, QStringLiteral("customer.note.add"),
                     { { QStringLiteral("customer"), customer }, { QStringLiteral("text"), text } });
}

} // namespace

TEST(Sync, PresenceChangeReachesTheOtherDesktop)
{
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 50, {} })) << coordinator.output().toStdString();
    Connection watcher;
    watcher.subscribe(protocol::presenceTopic());
    ASSERT_TRUE(loginAndWait(watcher, coordinator.url(), QStringLiteral("lead1")).ok);
    Connection agent;
    ASSERT_TRUE(loginAndWait(agent, coordinator.url(), QStringLiteral("agent4")).ok);

    QSignalSpy spy(&watcher, &Connection::eventReceived);
    const Reply set = call(agent, QStringLiteral("presence.set"),
                           { { QStringLiteral("state"), QStringLiteral("break") },
                             { QStringLiteral("reason"), QStringLiteral("lunch") } });
    ASSERT_TRUE(set.ok) << set.error.message.toStdString();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (const auto &e : eventsOf(spy)) {
                if (e.data.value(QStringLiteral("state")).toString() == u"break"
                    && e.data.value(QStringLiteral("user")).toObject().value(QStringLiteral("login")).toString()
                        == u"agent4")
                    return true;
            }
            return false;
        },
        10000));
    const auto events = eventsOf(spy);
    const auto it = std::find_if(events.begin(), events.end(), [](const protocol::Event &e) {
        return e.data.value(QStringLiteral("state")).toString() == u"break";
    });
    EXPECT_EQ(it->data.value(QStringLiteral("reason")).toString(), QStringLiteral("lunch"));
    EXPECT_EQ(it->kind, QStringLiteral("presence.changed"));

    const Reply bad
        = call(agent, QStringLiteral("presence.set"), { { QStringLiteral("state"), QStringLiteral("asleep") } });
    EXPECT_EQ(bad.error.code, ErrorCode::BadRequest);
}

TEST(Sync, ReconnectReplaysExactlyTheMissedEventsInOrder)
{
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 50, {} })) << coordinator.output().toStdString();
    const QString topic = protocol::customerTopic(QStringLiteral("C-1005"));

    Connection follower;
    follower.setReconnectPolicy(fastPolicy());
    follower.subscribe(topic);
    ASSERT_TRUE(loginAndWait(follower, coordinator.url(), QStringLiteral("agent1")).ok);
    Connection writer;
    ASSERT_TRUE(loginAndWait(writer, coordinator.url(), QStringLiteral("agent2")).ok);

    QSignalSpy spy(&follower, &Connection::eventReceived);
    ASSERT_TRUE(addNote(writer, QStringLiteral("C-1005"), QStringLiteral("before the drop")).ok);
    ASSERT_TRUE(QTest::qWaitFor([&] { return spy.size() == 1; }, 10000));

    // Hold the follower offline while three notes are written.
    follower.setReconnectPolicy(ReconnectPolicy(std::chrono::seconds(2), std::chrono::seconds(2)));
    follower.simulateNetworkDrop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return follower.state() == Connection::State::Reconnecting; }, 5000));
    for (int i = 1; i <= 3; ++i)
        ASSERT_TRUE(addNote(writer, QStringLiteral("C-1005"), QStringLiteral("missed %1").arg(i)).ok);
    // Also an event on a topic the follower does not follow: it must not arrive.
    ASSERT_TRUE(addNote(writer, QStringLiteral("C-1006"), QStringLiteral("other customer")).ok);

    ASSERT_TRUE(QTest::qWaitFor([&] { return follower.state() == Connection::State::Connected; }, 15000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return spy.size() >= 4; }, 10000));
    QTest::qWait(300); // nothing more may follow
    const auto events = eventsOf(spy);
    ASSERT_EQ(events.size(), 4);
    for (int i = 1; i <= 3; ++i) {
        EXPECT_EQ(events.at(i).data.value(QStringLiteral("note")).toObject().value(QStringLiteral("text")).toString(),
                  QStringLiteral("missed %1").arg(i));
        EXPECT_GT(events.at(i).seq, events.at(i - 1).seq);
        EXPECT_EQ(events.at(i).topic, topic);
    }
}

TEST(Sync, AcknowledgedWritesSurviveSigkillAndClientsReconnect)
{
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 50, {} })) << coordinator.output().toStdString();
    Connection agent;
    agent.setReconnectPolicy(fastPolicy());
    agent.subscribe(protocol::customerTopic(QStringLiteral("C-1007")));
    ASSERT_TRUE(loginAndWait(agent, coordinator.url(), QStringLiteral("agent5")).ok);

    QStringList acknowledged;
    for (int i = 0; i < 20; ++i) {
        const QString text = QStringLiteral("durable note %1").arg(i);
        if (addNote(agent, QStringLiteral("C-1007"), text).ok)
            acknowledged << text;
    }
    ASSERT_EQ(acknowledged.size(), 20);
    QSignalSpy resync(&agent, &Connection::resyncRequired);

    coordinator.kill();
    ASSERT_TRUE(QTest::qWaitFor([&] { return agent.state() == Connection::State::Reconnecting; }, 10000));
    ASSERT_TRUE(coordinator.restart()) << coordinator.output().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return agent.state() == Connection::State::Connected; }, 20000))
        << "the client reconnects by itself with its token";
    EXPECT_EQ(resync.size(), 0) << "the event log survived the crash, so a resume is possible";

    const Reply view
        = call(agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-1007") } });
    ASSERT_TRUE(view.ok) << view.error.message.toStdString();
    QStringList stored;
    for (const QJsonValue &item : view.data.value(QStringLiteral("recentHistory")).toArray())
        stored << item.toObject().value(QStringLiteral("text")).toString();
    for (const QString &text : acknowledged)
        EXPECT_TRUE(stored.contains(text)) << text.toStdString();
}

// The restore procedure of docs/operations.md: an older database is put back, and the event
// log's epoch row is deleted so the coordinator starts a new one. A desktop that had seen events
// past the backup must resync rather than resume: new events will reuse the numbers it saw.
TEST(Sync, ADesktopThatSawEventsPastARestoredBackupResyncs)
{
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 50, {} })) << coordinator.output().toStdString();
    Connection agent;
    // Back after the colleagues below have written (the danger: their events reuse its numbers).
    agent.setReconnectPolicy(ReconnectPolicy(std::chrono::milliseconds(3000), std::chrono::milliseconds(3000)));
    agent.subscribe(protocol::customerTopic(QStringLiteral("C-1007")));
    ASSERT_TRUE(loginAndWait(agent, coordinator.url(), QStringLiteral("agent5")).ok);

    QTemporaryDir backups;
    const QString backup = backups.filePath(QStringLiteral("nightly.db"));
    {
        // An online backup, as `sqlite3 … ".backup …"` or VACUUM INTO takes it.
        QSqlDatabase live = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
        live.setDatabaseName(coordinator.dbPath());
        ASSERT_TRUE(live.open());
        QSqlQuery q(live);
        ASSERT_TRUE(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(backup))) << q.lastError().text().toStdString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup"));
    QSignalSpy events(&agent, &Connection::eventReceived);
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(addNote(agent, QStringLiteral("C-1007"), QStringLiteral("after the backup %1").arg(i)).ok);
    ASSERT_TRUE(QTest::qWaitFor([&] { return events.size() >= 5; }, 10000)) << "the desktop saw them";
    QSignalSpy resync(&agent, &Connection::resyncRequired);

    coordinator.stop();
    const QString db = coordinator.dbPath();
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(db + suffix);
    ASSERT_TRUE(QFile::copy(backup, db));
    {
        QSqlDatabase restored = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("restore"));
        restored.setDatabaseName(db);
        ASSERT_TRUE(restored.open());
        QSqlQuery q(restored);
        ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM meta WHERE key = 'epoch'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("restore"));
    ASSERT_TRUE(coordinator.restart()) << coordinator.output().toStdString();
    Connection colleague;
    ASSERT_TRUE(loginAndWait(colleague, coordinator.url(), QStringLiteral("agent6")).ok);
    for (int i = 0; i < 10; ++i)
        ASSERT_TRUE(addNote(colleague, QStringLiteral("C-1007"), QStringLiteral("after the restore %1").arg(i)).ok);
    ASSERT_NE(agent.state(), Connection::State::Connected) << "the colleague wrote before the desktop was back";

    ASSERT_TRUE(QTest::qWaitFor([&] { return agent.state() == Connection::State::Connected; }, 20000))
        << "its session was in the backup, so it signs in again by itself";
    EXPECT_TRUE(QTest::qWaitFor([&] { return resync.size() == 1; }, 5000))
        << "a new epoch: what the desktop shows is fetched anew";
}

// Group commit under load: several desktops keep writes in flight while the coordinator is
// killed. Every acknowledged write is on disk, and a write retried with its cid after the
// restart is stored once: nothing lost, nothing twice.
TEST(Sync, ConcurrentWritesAcrossSigkillAreNeitherLostNorDuplicated)
{
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 50, {} })) << coordinator.output().toStdString();
    struct Write
    {
        QString text;
        QString cid;
        bool acknowledged = false;
        bool inFlight = false;
    };
    constexpr int kWriters = 4;
    constexpr int kDepth = 4; // writes in flight per desktop
    std::vector<std::unique_ptr<Connection>> desktops;
    std::vector<std::vector<Write>> writes(kWriters);
    for (int w = 0; w < kWriters; ++w) {
        desktops.push_back(std::make_unique<Connection>());
        desktops.back()->setReconnectPolicy(fastPolicy());
        ASSERT_TRUE(loginAndWait(*desktops.back(), coordinator.url(), QStringLiteral("agent%1").arg(w + 1)).ok);
    }
    int acknowledged = 0;
    bool issuing = true;
    std::function<void(int, size_t)> send = [&](int w, size_t i) {
        Write &write = writes[w][i];
        write.inFlight = true;
        desktops[w]->write(QStringLiteral("customer.note.add"),
                           { { QStringLiteral("customer"), QStringLiteral("C-%1").arg(1010 + w) },
                             { QStringLiteral("text"), write.text },
                             { QStringLiteral("cid"), write.cid } },
                           desktops[w].get(), [&, w, i](const Reply &r) {
                               Write &done = writes[w][i];
                               done.inFlight = false;
                               if (r.ok && !done.acknowledged) {
                                   done.acknowledged = true;
                                   ++acknowledged;
                               }
                               if (issuing) {
                                   writes[w].push_back(
                                       Write { QStringLiteral("load %1-%2").arg(w).arg(writes[w].size()),
                                               QUuid::createUuid().toString(QUuid::WithoutBraces) });
                                   send(w, writes[w].size() - 1);
                               }
                           });
    };
    for (int w = 0; w < kWriters; ++w) {
        for (int d = 0; d < kDepth; ++d) {
            writes[w].push_back(Write { QStringLiteral("load %1-%2").arg(w).arg(d),
                                        QUuid::createUuid().toString(QUuid::WithoutBraces) });
            send(w, size_t(d));
        }
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return acknowledged >= 300; }, 60000)) << acknowledged;
    coordinator.kill(); // with writes in flight
    issuing = false;
    for (auto &d : desktops)
        ASSERT_TRUE(QTest::qWaitFor([&] { return d->state() != Connection::State::Connected; }, 10000));
    ASSERT_TRUE(coordinator.restart()) << coordinator.output().toStdString();
    for (auto &d : desktops)
        ASSERT_TRUE(QTest::qWaitFor([&] { return d->state() == Connection::State::Connected; }, 20000));

    // Whatever was not acknowledged is retried with its cid, as the desktop's outbox does.
    const auto allSettled = [&] {
        for (const auto &list : writes) {
            for (const Write &write : list) {
                if (write.inFlight)
                    return false;
            }
        }
        return true;
    };
    ASSERT_TRUE(QTest::qWaitFor(allSettled, 30000));
    for (int w = 0; w < kWriters; ++w) {
        for (size_t i = 0; i < writes[w].size(); ++i) {
            if (!writes[w][i].acknowledged)
                send(w, i);
        }
    }
    ASSERT_TRUE(QTest::qWaitFor(allSettled, 30000));
    qsizetype issued = 0;
    for (const auto &list : writes) {
        issued += qsizetype(list.size());
        for (const Write &write : list)
            EXPECT_TRUE(write.acknowledged) << write.text.toStdString();
    }
    const QString db = coordinator.dbPath();
    EXPECT_EQ(commerce::dbScalar(db,
                                 QStringLiteral("SELECT COUNT(DISTINCT summary) FROM history WHERE type = 'note' "
                                                "AND summary LIKE 'load %'")),
              issued)
        << "every write is stored";
    EXPECT_EQ(commerce::dbScalar(db,
                                 QStringLiteral("SELECT COUNT(*) FROM history WHERE type = 'note' "
                                                "AND summary LIKE 'load %'")),
              issued)
        << "and none twice";
}

TEST(Sync, GracefulShutdownSendsCloseFramesAndExitsCleanly)
{
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 50, {} })) << coordinator.output().toStdString();
    RawPeer peer;
    ASSERT_TRUE(peer.open(coordinator.url()));
    ASSERT_TRUE(peer.login(QStringLiteral("agent1"), QStringLiteral("demo")));
    coordinator.stop();
    EXPECT_FALSE(coordinator.isRunning());
    EXPECT_EQ(coordinator.exitCode(), 0) << coordinator.output().toStdString();
    ASSERT_TRUE(peer.waitClosed());
    EXPECT_EQ(peer.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    const auto notice
        = peer.waitFor([](const QJsonObject &o) { return o.value(QStringLiteral("t")).toString() == u"err"; }, 1000);
    ASSERT_TRUE(notice.has_value());
    EXPECT_EQ(notice->value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("unavailable"));
}

TEST(Sync, ResumeFromAForeignEpochRequiresResync)
{
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 50, {} })) << coordinator.output().toStdString();
    RawPeer peer;
    ASSERT_TRUE(peer.open(coordinator.url()));
    ASSERT_TRUE(peer.login(QStringLiteral("agent1"), QStringLiteral("demo")));
    RawPeer again;
    ASSERT_TRUE(again.open(coordinator.url()));
    protocol::Hello hello;
    hello.token = peer.token();
    hello.resume = protocol::ResumePoint { QStringLiteral("some-other-epoch"), 5 };
    again.sendText(protocol::encodeText(hello));
    const auto welcome
        = again.waitFor([](const QJsonObject &o) { return o.value(QStringLiteral("t")).toString() == u"welcome"; });
    ASSERT_TRUE(welcome.has_value());
    EXPECT_EQ(welcome->value(QStringLiteral("resume")).toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("resync_required"));
}

TEST(Sync, AgentTurnsOfflineOnlyAfterTheGracePeriod)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("c.conf"));
    QFile file(config);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[server]\npresence_grace_ms=400\n");
    file.close();
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 50, { QStringLiteral("--config"), config } }))
        << coordinator.output().toStdString();

    Connection watcher;
    watcher.subscribe(protocol::presenceTopic());
    ASSERT_TRUE(loginAndWait(watcher, coordinator.url(), QStringLiteral("lead1")).ok);
    QSignalSpy spy(&watcher, &Connection::eventReceived);
    auto statesOf = [&](const QString &login) {
        QStringList states;
        for (const auto &e : eventsOf(spy)) {
            if (e.data.value(QStringLiteral("user")).toObject().value(QStringLiteral("login")).toString() == login)
                states << e.data.value(QStringLiteral("state")).toString();
        }
        return states;
    };

    Connection agent;
    ASSERT_TRUE(loginAndWait(agent, coordinator.url(), QStringLiteral("agent9")).ok);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return statesOf(QStringLiteral("agent9")) == QStringList { QStringLiteral("available") }; }, 10000));
    agent.disconnectFromServer();
    ASSERT_TRUE(QTest::qWaitFor([&] { return statesOf(QStringLiteral("agent9")).size() == 2; }, 10000));
    EXPECT_EQ(statesOf(QStringLiteral("agent9")).last(), QStringLiteral("offline"));

    const Reply list = call(watcher, QStringLiteral("presence.list"));
    ASSERT_TRUE(list.ok);
    int listed = 0;
    for (const QJsonValue &v : list.data.value(QStringLiteral("users")).toArray()) {
        const QJsonObject entry = v.toObject();
        if (entry.value(QStringLiteral("user")).toObject().value(QStringLiteral("login")).toString() == u"lead1") {
            EXPECT_EQ(entry.value(QStringLiteral("state")).toString(), QStringLiteral("available"));
            ++listed;
        }
    }
    EXPECT_EQ(listed, 1);
    EXPECT_GE(list.data.value(QStringLiteral("users")).toArray().size(), 27) << "every user, seen or not";
}
