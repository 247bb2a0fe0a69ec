#include "TestDatabase.h"

#include "coordinator/consults/ConsultStore.h"
#include "coordinator/consults/ExpertDirectory.h"
#include "coordinator/contacts/TelephonyAdapter.h"

#include <QJsonArray>

#include <gtest/gtest.h>

// The expert ranking (pure) and the consult store's bookkeeping.

using namespace spocs;
using namespace spocs::test;

namespace {

ExpertDirectory::Entry person(qint64 id, const QString &name, PresenceState state, int load, std::optional<int> level)
{
    ExpertDirectory::Entry e;
    e.user.id = id;
    e.user.displayName = name;
    e.state = state;
    e.text = load;
    e.level = level;
    return e;
}

QList<qint64> ids(const QList<ExpertDirectory::Entry> &entries)
{
    QList<qint64> out;
    for (const auto &e : entries)
        out.append(e.user.id);
    return out;
}

} // namespace

TEST(ExpertDirectory, RanksByPresenceThenLoadThenLevelThenName)
{
    QList<ExpertDirectory::Entry> entries {
        person(1, QStringLiteral("Offline Olga"), PresenceState::Offline, 0, 5),
        person(2, QStringLiteral("Busy Bert"), PresenceState::OnContact, 0, 5),
        person(3, QStringLiteral("Loaded Lena"), PresenceState::Available, 2, 5),
        person(4, QStringLiteral("Zoe"), PresenceState::Available, 0, 3),
        person(5, QStringLiteral("Adam"), PresenceState::Available, 0, 3),
        person(6, QStringLiteral("Master Mia"), PresenceState::Available, 0, 5),
        person(7, QStringLiteral("Break Ben"), PresenceState::Break, 0, 5),
        person(8, QStringLiteral("Wrapping Wu"), PresenceState::AfterContactWork, 0, std::nullopt),
    };
    ExpertDirectory::rank(entries);
    EXPECT_EQ(ids(entries), (QList<qint64> { 6, 5, 4, 3, 2, 8, 7, 1 }));
}

TEST(ExpertDirectory, ConsultsCountAsLoad)
{
    auto a = person(1, QStringLiteral("A"), PresenceState::Available, 0, 5);
    a.consults = 2;
    auto b = person(2, QStringLiteral("B"), PresenceState::Available, 1, 1);
    QList<ExpertDirectory::Entry> entries { a, b };
    ExpertDirectory::rank(entries);
    EXPECT_EQ(ids(entries), (QList<qint64> { 2, 1 }));
    EXPECT_EQ(entries.at(1).toJson().value(QStringLiteral("load")).toObject().value(QStringLiteral("consults")).toInt(),
              2);
    EXPECT_TRUE(entries.at(0).toJson().value(QStringLiteral("since")).isNull());
}

TEST(ConsultStore, ReceiptsMarkOnlyTheOtherPartysMessagesUpToTheGivenOne)
{
    TempDatabase db;
    ASSERT_TRUE(
        db->write([&]() -> Result<void> {
              QSqlQuery q = db->prepare(QStringLiteral(
                  "INSERT INTO users(id, login, display_name, role, password_hash, created_at) VALUES "
                  "(1, 'rep', 'Rep', 'agent', 'x', '2026-01-01'), (2, 'exp', 'Exp', 'expert', 'x', '2026-01-01')"));
              if (!q.exec())
                  return sqlError(q, "users");
              QSqlQuery c = db->prepare(QStringLiteral("INSERT INTO customers(id, public_id, name, created_at, "
                                                       "updated_at) VALUES (1, 'C-1', 'Cu', '2026', '2026')"));
              if (!c.exec())
                  return sqlError(c, "customer");
              QSqlQuery k = db->prepare(QStringLiteral(
                  "INSERT INTO contacts(id, channel, customer_id, owner_user_id, state, notes, created_at, updated_at) "
                  "VALUES (1, 'phone', 1, 1, 'active', 'the story so far', '2026', '2026')"));
              if (!k.exec())
                  return sqlError(k, "contact");
              return {};
          }).ok());
    ConsultStore store(*db);
    qint64 consult = 0, m1 = 0, m2 = 0, m3 = 0;
    ASSERT_TRUE(
        db->write([&]() -> Result<void> {
              auto id = store.create(1, 1, 2, {}, QStringLiteral("Why?"), { 2 });
              if (!id)
                  return id.error();
              consult = *id;
              ConsultStore::Change change { QStringLiteral("active") };
              change.expert = 2;
              if (auto u = store.update(consult, change); !u)
                  return u;
              m1 = store.addMessage(consult, 1, QStringLiteral("one"))->value(QStringLiteral("id")).toInteger();
              m2 = store.addMessage(consult, 2, QStringLiteral("two"))->value(QStringLiteral("id")).toInteger();
              m3 = store.addMessage(consult, 1, QStringLiteral("three"))->value(QStringLiteral("id")).toInteger();
              return {};
          }).ok());
    // The expert read up to m2: only the rep's m1 is theirs to mark.
    Result<int> marked = 0;
    ASSERT_TRUE(db->write([&]() -> Result<void> {
                      marked = store.markReceipt(consult, 2, m2, true);
                      return {};
                  }).ok());
    ASSERT_TRUE(marked.ok());
    EXPECT_EQ(*marked, 1);
    auto json = store.json(consult);
    ASSERT_TRUE(json.ok());
    const QJsonArray messages = json->value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 3);
    EXPECT_FALSE(messages.at(0).toObject().value(QStringLiteral("readAt")).isNull());
    EXPECT_FALSE(messages.at(0).toObject().value(QStringLiteral("deliveredAt")).isNull()); // read implies delivered
    EXPECT_TRUE(messages.at(1).toObject().value(QStringLiteral("readAt")).isNull());
    EXPECT_TRUE(messages.at(2).toObject().value(QStringLiteral("readAt")).isNull());
    EXPECT_EQ(json->value(QStringLiteral("notes")).toString(), QStringLiteral("the story so far"));
    EXPECT_EQ(json->value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    EXPECT_FALSE(json->value(QStringLiteral("answeredAt")).isNull());
    EXPECT_EQ(m3, m1 + 2);
    auto readable = store.mayRead(consult, 2);
    ASSERT_TRUE(readable.ok());
    EXPECT_TRUE(*readable);
    auto stranger = store.mayRead(consult, 99);
    ASSERT_TRUE(stranger.ok());
    EXPECT_FALSE(*stranger);
}

TEST(TelephonyAdapter, LoopbackAcceptsEveryRequest)
{
    LoopbackTelephony pbx;
    TelephonyAdapter &adapter = pbx;
    EXPECT_EQ(adapter.name(), QStringLiteral("loopback"));
    EXPECT_TRUE(adapter.ring(QStringLiteral("call-1"), 10));
    EXPECT_TRUE(adapter.conference(QStringLiteral("call-1"), 11));
    EXPECT_TRUE(adapter.transfer(QStringLiteral("call-1"), 10, 11, true));
    EXPECT_TRUE(adapter.hangUp(QStringLiteral("call-1")));
}
