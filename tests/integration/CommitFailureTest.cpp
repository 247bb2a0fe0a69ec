#include "ClientHelpers.h"
#include "InProcessCoordinator.h"
#include "RawPeer.h"

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
