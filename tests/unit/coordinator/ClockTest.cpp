#include "ConfigFile.h"
#include "TestDatabase.h"

#include "coordinator/auth/AuthStore.h"
#include "coordinator/channels/ContactMessageStore.h"
#include "coordinator/contacts/ContactStore.h"
#include "coordinator/demo/DemoSeeder.h"
#include "coordinator/knowledge/KnowledgeStore.h"
#include "coordinator/server/ServerConfig.h"
#include "core/Clock.h"

#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::test;

namespace {

const QDateTime kMorning(QDate(2031, 1, 2), QTime(3, 4, 5), Qt::UTC);

QString text(Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST(Clock, ShiftedClockStartsWhereToldAndRunsOn)
{
    const ShiftedClock clock(kMorning);
    const QDateTime first = clock.now();
    EXPECT_GE(first, kMorning);
    EXPECT_LT(first, kMorning.addSecs(60));
    EXPECT_EQ(first.timeSpec(), Qt::UTC);
    EXPECT_EQ(clock.today(), QDate(2031, 1, 2));
    EXPECT_TRUE(QTest::qWaitFor([&] { return clock.now() > first; }, 5000)) << "a shifted clock keeps running";
}

TEST(Clock, ManualClockMovesOnlyWhenTold)
{
    ManualClock clock(kMorning);
    EXPECT_EQ(clock.now(), kMorning);
    clock.advance(90'000);
    EXPECT_EQ(clock.now(), kMorning.addSecs(90));
    clock.set(kMorning.addDays(1));
    EXPECT_EQ(clock.today(), QDate(2031, 1, 3));
}

// What the coordinator stores is stamped by the database's clock, not the wall clock,
// and the demo history ends the day before that clock's today.
TEST(Clock, StoredTimestampsAndDemoHistoryFollowTheDatabaseClock)
{
    TempDatabase db;
    auto clock = std::make_shared<ManualClock>(kMorning);
    db->setClock(clock);
    AuthStore auth(*db);
    ASSERT_TRUE(DemoSeeder::seed(*db, auth, 20).ok());
    EXPECT_EQ(text(*db, QStringLiteral("SELECT max(substr(created_at, 1, 10)) FROM contacts")),
              QStringLiteral("2031-01-01"));

    clock->advance(60'000);
    const auto agent = auth.findLogin(QStringLiteral("agent1"));
    ASSERT_TRUE(agent.has_value());
    ContactStore contacts(*db);
    Result<qint64> id = makeError(ErrorCode::Internal, QStringLiteral("not run"));
    ASSERT_TRUE(db->write([&]() -> Result<void> {
                      id = contacts.create(QStringLiteral("phone"), QStringLiteral("C-1001"), agent->user.id);
                      if (!id)
                          return id.error();
                      return {};
                  }).ok());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(text(*db, QStringLiteral("SELECT created_at FROM contacts WHERE id = %1").arg(*id)),
              kMorning.addSecs(60).toString(Qt::ISODateWithMs));

    // A customer's mail and a knowledge article written by staff follow the same clock.
    clock->advance(60'000);
    InboundMail mail;
    mail.fromAddress = QStringLiteral("ann@example.com");
    mail.subject = QStringLiteral("Where is my order?");
    mail.text = QStringLiteral("It has not arrived.");
    Result<qint64> message = makeError(ErrorCode::Internal, QStringLiteral("not run"));
    ASSERT_TRUE(db->write([&]() -> Result<void> {
                      message = ContactMessageStore(*db).addInboundMail(*id, QStringLiteral("test:1"), mail);
                      if (!message)
                          return message.error();
                      return {};
                  }).ok());
    ASSERT_TRUE(message.ok()) << message.error().message.toStdString();
    EXPECT_EQ(text(*db, QStringLiteral("SELECT created_at FROM contact_messages WHERE id = %1").arg(*message)),
              kMorning.addSecs(120).toString(Qt::ISODateWithMs));
    KnowledgeStore::Content article;
    article.title = QStringLiteral("Tracking a parcel");
    article.body = QStringLiteral("Use the tracking link in the dispatch mail.");
    const auto published = KnowledgeStore(*db).addPublished(article, 0, QStringLiteral("test"));
    ASSERT_TRUE(published.ok());
    EXPECT_EQ(text(*db, QStringLiteral("SELECT updated_at FROM kb_articles WHERE id = %1").arg(*published)),
              kMorning.addSecs(120).toString(Qt::ISODateWithMs));
}

// The test-only config key: an ISO instant in UTC, anything else names the key.
TEST(Clock, ConfigClockStartIsReadAndChecked)
{
    ServerConfig config;
    EXPECT_FALSE(config.clockStart.isValid()) << "the wall clock unless a test asks otherwise";
    ASSERT_TRUE(loadConfig(config, "[testing]\nclock_start=2031-01-02T03:04:05Z\n").ok());
    EXPECT_EQ(config.clockStart, kMorning);

    ServerConfig bad;
    const auto r = loadConfig(bad, "[testing]\nclock_start=tomorrow\n");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("testing/clock_start"))) << r.error().message.toStdString();
    ServerConfig local;
    EXPECT_FALSE(loadConfig(local, "[testing]\nclock_start=2031-01-02T03:04:05\n").ok()) << "a time without a zone";
}
