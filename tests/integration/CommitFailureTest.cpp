#include "ClientHelpers.h"
#include "InProcessCoordinator.h"
#include "RawPeer.h"
#include "VisitorPeer.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::test;

// A commit group whose COMMIT fails (the disk is full, the device errs): nothing in it may be
// reported as done, its events reach nobody, and the service goes on with the next group. The
// coordinator runs in this process so that SQLite's commit hook can make its commits fail.

namespace {

// What the coordinator answers for a write its group's commit lost (CoordinatorServer::commitGroup).
const QString kNotSaved = QStringLiteral("storage error: the write was not saved");

bool isEvent(const QJsonObject &frame, const QString &kind)
{
    return frame.value(QStringLiteral("t")).toString() == u"evt"
        && frame.value(QStringLiteral("kind")).toString() == kind;
}

QJsonObject errorOf(const QJsonObject &response)
{
    return response.value(QStringLiteral("error")).toObject();
}

} // namespace

TEST(CommitFailure, StaffWriteInAFailedGroupIsNotSavedNorPublishedAndTheNextGroupServes)
{
    InProcessCoordinator coordinator;
    QString error;
    ASSERT_TRUE(coordinator.start(30, {}, &error)) << qPrintable(error);
    FailingCommits commits(coordinator.db());
    ASSERT_TRUE(commits.installed()) << "no sqlite3 handle from Qt's driver";
    const QString customer = QStringLiteral("C-1001");
    RawPeer writer;
    RawPeer watcher;
    ASSERT_TRUE(writer.open(coordinator.url()) && writer.login(QStringLiteral("agent1"), QStringLiteral("demo")));
    ASSERT_TRUE(watcher.open(coordinator.url())
                && watcher.login(QStringLiteral("agent2"), QStringLiteral("demo"),
                                 { QStringLiteral("customer:%1").arg(customer) }));
    const QJsonObject note { { QStringLiteral("customer"), customer },
                             { QStringLiteral("text"), QStringLiteral("Promised a call back on Friday.") },
                             { QStringLiteral("cid"), QStringLiteral("commit-fail-note-1") } };

    commits.failEvery();
    const auto refused = writer.waitResponse(writer.sendRequest(QStringLiteral("customer.note.add"), note));
    commits.stop();
    ASSERT_TRUE(refused);
    EXPECT_GE(commits.failed(), 1);
    EXPECT_FALSE(refused->value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(errorOf(*refused).value(QStringLiteral("code")).toString().toStdString(), "internal");
    EXPECT_EQ(errorOf(*refused).value(QStringLiteral("message")).toString().toStdString(), kNotSaved.toStdString());

    // The same write (same cid) in the next group: the ledger did not keep the lost one, so it is
    // applied now, answered ok, and its event is the first and only one the watcher gets.
    const auto saved = writer.waitResponse(writer.sendRequest(QStringLiteral("customer.note.add"), note));
    ASSERT_TRUE(saved);
    ASSERT_TRUE(saved->value(QStringLiteral("ok")).toBool())
        << qPrintable(errorOf(*saved).value(QStringLiteral("message")).toString());
    ASSERT_TRUE(
        watcher.waitFor([](const QJsonObject &f) { return isEvent(f, QStringLiteral("customer.note.added")); }));
    for (const QJsonObject &frame : watcher.frames())
        EXPECT_FALSE(isEvent(frame, QStringLiteral("customer.note.added"))) << "the lost note's event went out";

    const auto view = writer.waitResponse(
        writer.sendRequest(QStringLiteral("customer.get"), { { QStringLiteral("id"), customer } }));
    ASSERT_TRUE(view && view->value(QStringLiteral("ok")).toBool());
    int copies = 0;
    for (const QJsonValue &item :
         view->value(QStringLiteral("data")).toObject().value(QStringLiteral("recentHistory")).toArray())
        copies += item.toObject().value(QStringLiteral("text")).toString()
            == note.value(QStringLiteral("text")).toString();
    EXPECT_EQ(copies, 1);
}

namespace {

// agent1, available, on a coordinator in this process: takes the chat a visitor starts.
struct ChatDesk
{
    InProcessCoordinator coordinator;
    Connection agent;
    QList<qint64> offers;
    QStringList linesSeen; // text of every contact.message the agent got

    bool start(QString *error)
    {
        if (!coordinator.start(30, {}, error))
            return false;
        if (!loginAndWait(agent, coordinator.url(), QStringLiteral("agent1")).ok)
            return false;
        const qint64 me = signedInUserId(agent);
        QObject::connect(&agent, &Connection::eventReceived, &agent, [this](const protocol::Event &e) {
            if (e.kind == u"contact.offered")
                offers.append(
                    e.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger());
            if (e.kind == u"contact.message")
                linesSeen.append(
                    e.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString());
        });
        agent.subscribe(QStringLiteral("user:%1").arg(me));
        return call(agent, QStringLiteral("presence.set"), { { QStringLiteral("state"), QStringLiteral("available") } })
            .ok;
    }

    // The visitor's chat, accepted by agent1, who follows its topic; 0 when that failed.
    qint64 acceptedChat(VisitorPeer &visitor)
    {
        qint64 topic = 0;
        const QJsonObject topics = visitor.request(QStringLiteral("chat.topics"));
        for (const QJsonValue &t :
             topics.value(QStringLiteral("data")).toObject().value(QStringLiteral("topics")).toArray())
            if (t.toObject().value(QStringLiteral("name")).toString() == u"Account")
                topic = t.toObject().value(QStringLiteral("id")).toInteger();
        const QJsonObject started = visitor.request(QStringLiteral("chat.start"),
                                                    { { QStringLiteral("name"), QStringLiteral("Vera Visitor") },
                                                      { QStringLiteral("email"), QStringLiteral("vera@example.org") },
                                                      { QStringLiteral("topic"), topic } });
        if (!started.value(QStringLiteral("ok")).toBool())
            return 0;
        if (!QTest::qWaitFor([&] { return !offers.isEmpty(); }, 30000))
            return 0;
        const qint64 contact = offers.takeFirst();
        if (!acceptContact(agent, contact).ok)
            return 0;
        agent.subscribe(QStringLiteral("contact:%1").arg(contact));
        (void)call(agent, QStringLiteral("session.me")); // requests run in order: subscribed by now
        return visitor.waitForEvent(QStringLiteral("chat.status")) ? contact : 0;
    }

    // The texts of the contact's stored messages.
    QStringList storedLines(qint64 contact)
    {
        QStringList out;
        const Reply r = call(agent, QStringLiteral("contact.messages"), { { QStringLiteral("id"), contact } });
        EXPECT_TRUE(r.ok) << qPrintable(r.error.message);
        for (const QJsonValue &m : r.data.value(QStringLiteral("messages")).toArray())
            out.append(m.toObject().value(QStringLiteral("text")).toString());
        return out;
    }
};

} // namespace

TEST(CommitFailure, VisitorLineInAFailedGroupIsRefusedUnseenAndCanBeSentAgain)
{
    ChatDesk desk;
    QString error;
    ASSERT_TRUE(desk.start(&error)) << qPrintable(error);
    FailingCommits commits(desk.coordinator.db());
    ASSERT_TRUE(commits.installed()) << "no sqlite3 handle from Qt's driver";
    VisitorPeer visitor;
    ASSERT_TRUE(visitor.open(desk.coordinator.visitorUrl()));
    ASSERT_FALSE(visitor.hello().isEmpty());
    const qint64 contact = desk.acceptedChat(visitor);
    ASSERT_GT(contact, 0);
    const QString text = QStringLiteral("My parcel 4711 never came.");
    const QJsonObject line { { QStringLiteral("cid"), QStringLiteral("line-1") }, { QStringLiteral("text"), text } };

    commits.failEvery();
    const QJsonObject refused = visitor.request(QStringLiteral("chat.send"), line);
    commits.stop();
    EXPECT_GE(commits.failed(), 1);
    // The widget shows such a line "Not sent" with "Please try again" and keeps its text.
    EXPECT_FALSE(refused.value(QStringLiteral("ok")).toBool()) << "the visitor was told a lost line was sent";
    EXPECT_EQ(VisitorPeer::errorCode(refused).toStdString(), "internal");
    EXPECT_EQ(errorOf(refused).value(QStringLiteral("message")).toString().toStdString(), kNotSaved.toStdString());
    EXPECT_FALSE(desk.storedLines(contact).contains(text));

    // Sent again (the same cid, as the widget's outbox would): stored once, and the agent sees it once.
    const QJsonObject sent = visitor.request(QStringLiteral("chat.send"), line);
    ASSERT_TRUE(sent.value(QStringLiteral("ok")).toBool()) << qPrintable(VisitorPeer::errorCode(sent));
    ASSERT_TRUE(QTest::qWaitFor([&] { return desk.linesSeen.contains(text); }, 15000));
    EXPECT_EQ(desk.linesSeen.count(text), 1) << "the agent saw the lost line";
    EXPECT_EQ(desk.storedLines(contact).count(text), 1);
}
