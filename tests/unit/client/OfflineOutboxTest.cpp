#include "client/OfflineOutbox.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace spocs;

namespace {

QJsonObject noteArgs(const QString &cid, const QString &text)
{
    return QJsonObject { { QStringLiteral("cid"), cid },
                         { QStringLiteral("customer"), QStringLiteral("C-1") },
                         { QStringLiteral("text"), text } };
}

} // namespace

TEST(OfflineOutbox, WritesSurviveReopeningTheFileInTheirOrder)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("nested/agent1.sqlite"));
    {
        OfflineOutbox outbox;
        ASSERT_TRUE(outbox.open(path).ok());
        ASSERT_TRUE(
            outbox.append(QStringLiteral("customer.note.add"), noteArgs(QStringLiteral("c-1"), QStringLiteral("first")))
                .ok());
        ASSERT_TRUE(outbox
                        .append(QStringLiteral("order.change"),
                                QJsonObject { { QStringLiteral("cid"), QStringLiteral("c-2") },
                                              { QStringLiteral("number"), QStringLiteral("O-1") } })
                        .ok());
        ASSERT_TRUE(
            outbox.append(QStringLiteral("customer.note.add"), noteArgs(QStringLiteral("c-3"), QStringLiteral("third")))
                .ok());
        EXPECT_TRUE(outbox.remove(QStringLiteral("c-2")));
        EXPECT_TRUE(outbox.markRejected(QStringLiteral("c-3"),
                                        makeError(ErrorCode::VersionConflict, QStringLiteral("stale"),
                                                  QJsonObject { { QStringLiteral("current"), 4 } })));
    } // closed as a quitting desktop closes it

    OfflineOutbox reopened;
    ASSERT_TRUE(reopened.open(path).ok());
    const auto entries = reopened.entries();
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(0).cid, QStringLiteral("c-1"));
    EXPECT_EQ(entries.at(0).op, QStringLiteral("customer.note.add"));
    EXPECT_EQ(entries.at(0).args.value(QStringLiteral("text")).toString(), QStringLiteral("first"));
    EXPECT_FALSE(entries.at(0).rejection.has_value());
    EXPECT_EQ(entries.at(1).cid, QStringLiteral("c-3"));
    ASSERT_TRUE(entries.at(1).rejection.has_value());
    EXPECT_EQ(entries.at(1).rejection->code, ErrorCode::VersionConflict);
    EXPECT_EQ(entries.at(1).rejection->details.value(QStringLiteral("current")).toInt(), 4);
    EXPECT_LT(entries.at(0).seq, entries.at(1).seq);
    EXPECT_EQ(reopened.pendingCount(), 1);
    EXPECT_EQ(reopened.rejectedCount(), 1);
}

TEST(OfflineOutbox, RetryMakesARejectedWritePendingAgainUnderItsNewCid)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("agent1.sqlite"));
    OfflineOutbox outbox;
    ASSERT_TRUE(outbox.open(path).ok());
    ASSERT_TRUE(
        outbox.append(QStringLiteral("customer.note.add"), noteArgs(QStringLiteral("old"), QStringLiteral("hi"))).ok());
    ASSERT_TRUE(outbox.markRejected(QStringLiteral("old"), makeError(ErrorCode::Internal, QStringLiteral("disk"))));
    QSignalSpy changed(&outbox, &OfflineOutbox::changed);
    ASSERT_TRUE(outbox.retry(QStringLiteral("old"), noteArgs(QStringLiteral("new"), QStringLiteral("hi"))));
    EXPECT_EQ(changed.count(), 1);
    outbox.close();
    ASSERT_TRUE(outbox.open(path).ok());
    ASSERT_EQ(outbox.entries().size(), 1);
    EXPECT_EQ(outbox.entries().first().cid, QStringLiteral("new"));
    EXPECT_FALSE(outbox.entries().first().rejection.has_value());
    EXPECT_FALSE(outbox.find(QStringLiteral("old")).has_value());
}

TEST(OfflineOutbox, FileIsReadableByItsOwnerOnly)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("agent1.sqlite"));
    OfflineOutbox outbox;
    ASSERT_TRUE(outbox.open(path).ok());
    const auto permissions = QFileInfo(path).permissions();
    EXPECT_TRUE(permissions & QFileDevice::ReadOwner);
    EXPECT_FALSE(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther));
}

TEST(OfflineOutbox, OneFilePerUserAndServerWithASafeName)
{
    const QString a
        = OfflineOutbox::fileName(QUrl(QStringLiteral("wss://spocs.example.com:7400")), QStringLiteral("agent1"));
    EXPECT_EQ(a, QStringLiteral("agent1@spocs.example.com_7400.sqlite"));
    EXPECT_NE(a, OfflineOutbox::fileName(QUrl(QStringLiteral("ws://127.0.0.1:7400")), QStringLiteral("agent1")));
    EXPECT_NE(a,
              OfflineOutbox::fileName(QUrl(QStringLiteral("wss://spocs.example.com:7400")), QStringLiteral("agent2")));
    const QString odd = OfflineOutbox::fileName(QUrl(QStringLiteral("ws://127.0.0.1:7400")), QStringLiteral("../x/y"));
    EXPECT_FALSE(odd.contains(u'/'));
    EXPECT_FALSE(odd.contains(u'\\'));
}

TEST(OfflineOutbox, OnlyWritesThatStillMatterLaterAreKept)
{
    EXPECT_TRUE(OfflineOutbox::keepsAcrossRestart(QStringLiteral("customer.note.add")));
    EXPECT_TRUE(OfflineOutbox::keepsAcrossRestart(QStringLiteral("order.change")));
    EXPECT_FALSE(OfflineOutbox::keepsAcrossRestart(QStringLiteral("presence.set")));
    EXPECT_FALSE(OfflineOutbox::keepsAcrossRestart(QStringLiteral("contact.accept")));
    EXPECT_FALSE(OfflineOutbox::keepsAcrossRestart(QStringLiteral("customer.get")));
    // A status update is kept; one that starts an outbound call now is not replayed later.
    EXPECT_TRUE(OfflineOutbox::keepsAcrossRestart(QStringLiteral("followup.update"),
                                                  { { QStringLiteral("note"), QStringLiteral("left a message") } }));
    EXPECT_FALSE(
        OfflineOutbox::keepsAcrossRestart(QStringLiteral("followup.update"), { { QStringLiteral("outbound"), true } }));
}

// The coordinator forgets applied write ids after [storage] applied_writes_days (7): a write kept
// longer is not sent again by itself, or one it applied without the answer arriving would apply twice.
TEST(OfflineOutbox, AWriteKeptForDaysWaitsForTheUserInsteadOfBeingSentAgain)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("agent1.sqlite"));
    {
        OfflineOutbox outbox;
        ASSERT_TRUE(outbox.open(path).ok());
        ASSERT_TRUE(
            outbox.append(QStringLiteral("customer.note.add"), noteArgs(QStringLiteral("old"), QStringLiteral("a")))
                .ok());
        ASSERT_TRUE(
            outbox.append(QStringLiteral("customer.note.add"), noteArgs(QStringLiteral("recent"), QStringLiteral("b")))
                .ok());
    }
    {
        // The desktop was closed with both unsent; one of them a week ago.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("age"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE outbox SET created_at = '%1' WHERE cid = 'old'")
                               .arg(QDateTime::currentDateTimeUtc().addDays(-7).toString(Qt::ISODateWithMs))));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE outbox SET created_at = '%1' WHERE cid = 'recent'")
                               .arg(QDateTime::currentDateTimeUtc().addDays(-5).toString(Qt::ISODateWithMs))));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("age"));

    OfflineOutbox outbox;
    ASSERT_TRUE(outbox.open(path).ok());
    EXPECT_EQ(outbox.pendingCount(), 1) << "five days old is still sent";
    EXPECT_EQ(outbox.rejectedCount(), 1);
    const auto old = outbox.find(QStringLiteral("old"));
    ASSERT_TRUE(old && old->rejection);
    EXPECT_EQ(old->rejection->code, ErrorCode::InvalidState);
    EXPECT_EQ(old->rejection->details.value(QStringLiteral("heldDays")).toInt(), OfflineOutbox::kMaxReplayDays);
    outbox.close();
    // And it stays held: the decision is stored, not made again at every start.
    OfflineOutbox again;
    ASSERT_TRUE(again.open(path).ok());
    EXPECT_TRUE(again.find(QStringLiteral("old"))->rejection);
}

// A desktop left running through a long outage: the age check is made again at every welcome,
// not only when the outbox is opened.
TEST(OfflineOutbox, AWriteThatAgesWhileTheDesktopRunsIsHeldAtTheNextCheck)
{
    QTemporaryDir dir;
    OfflineOutbox outbox;
    ASSERT_TRUE(outbox.open(QDir(dir.path()).filePath(QStringLiteral("agent1.sqlite"))).ok());
    ASSERT_TRUE(
        outbox.append(QStringLiteral("customer.note.add"), noteArgs(QStringLiteral("aging"), QStringLiteral("c")))
            .ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    outbox.holdStaleWrites(now.addDays(OfflineOutbox::kMaxReplayDays - 1));
    EXPECT_EQ(outbox.pendingCount(), 1);
    outbox.holdStaleWrites(now.addDays(OfflineOutbox::kMaxReplayDays + 1));
    EXPECT_EQ(outbox.pendingCount(), 0);
    ASSERT_EQ(outbox.rejectedCount(), 1);
    EXPECT_EQ(outbox.find(QStringLiteral("aging"))->rejection->code, ErrorCode::InvalidState);
}
