#include "SessionTestSupport.h"

#include "core/Ops.h"
#include "models/CustomerHistoryModel.h"
#include "models/CustomerLoader.h"
#include "models/PresenceDirectory.h"
#include "models/ReasonCatalogue.h"
#include "models/SkillDirectory.h"
#include "models/VersionedWrite.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>

using namespace spocs;
using namespace spocs::test;

namespace {

QString wire(const char16_t *name)
{
    return QString::fromUtf16(name);
}

QJsonObject skill(const QString &code, const QString &label)
{
    return QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("label"), label } };
}

QJsonObject reason(qint64 id, const QString &code, const QString &label)
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("code"), code },
                         { QStringLiteral("label"), label } };
}

QJsonObject presenceRow(qint64 id, const QString &login, const QString &state)
{
    return QJsonObject {
        { QStringLiteral("user"),
          QJsonObject { { QStringLiteral("id"), id },
                        { QStringLiteral("login"), login },
                        { QStringLiteral("name"), login.toUpper() },
                        { QStringLiteral("role"), QStringLiteral("agent") } } },
        { QStringLiteral("state"), state },
        { QStringLiteral("since"), QStringLiteral("2026-12-01T08:00:00.000Z") },
    };
}

class LookupSessionsTest : public ScriptedSessionTest
{
};

} // namespace

TEST_F(LookupSessionsTest, PanelsShareOneSkillListPerConnection)
{
    peer.answer(wire(op::SkillList),
                QJsonObject { { QStringLiteral("skills"),
                                QJsonArray { skill(QStringLiteral("billing"), QStringLiteral("Billing")),
                                             skill(QStringLiteral("returns"), QString()) } } });
    SkillDirectory *first = SkillDirectory::of(&connection);
    SkillDirectory *second = SkillDirectory::of(&connection);
    ASSERT_EQ(first, second) << "one directory per connection";
    QSignalSpy changed(first, &SharedLookup::changed);
    first->load();
    second->load(); // a second panel asks too
    ASSERT_TRUE(QTest::qWaitFor([&] { return first->isLoaded(); }, 5000));
    EXPECT_EQ(sent(wire(op::SkillList)), 1) << "the second panel gets the loaded list";
    ASSERT_EQ(first->skills().size(), 2);
    EXPECT_EQ(first->labelFor(QStringLiteral("billing")), QStringLiteral("Billing"));
    EXPECT_EQ(first->labelFor(QStringLiteral("returns")), QStringLiteral("returns")) << "no label: the code";

    // skills.changed (a lead edited someone's skills) reloads the list once.
    peer.publish(protocol::presenceTopic(), wire(event::SkillsChanged), {});
    ASSERT_TRUE(waitSent(wire(op::SkillList), 2));
    ASSERT_TRUE(QTest::qWaitFor([&] { return changed.count() >= 2; }, 5000));
}

TEST_F(LookupSessionsTest, SkillListFailureIsReportedAndRetriedOnTheNextLoad)
{
    peer.fail(wire(op::SkillList), ErrorCode::Internal);
    peer.answer(
        wire(op::SkillList),
        QJsonObject { { QStringLiteral("skills"), QJsonArray { skill(QStringLiteral("x"), QStringLiteral("X")) } } });
    SkillDirectory *skills = SkillDirectory::of(&connection);
    QSignalSpy failed(skills, &SharedLookup::loadFailed);
    skills->load();
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 1; }, 5000));
    EXPECT_FALSE(skills->isLoaded());
    skills->load();
    ASSERT_TRUE(QTest::qWaitFor([&] { return skills->isLoaded(); }, 5000));
    EXPECT_EQ(skills->skills().value(0).code, QStringLiteral("x"));
}

TEST_F(LookupSessionsTest, SavingAgentSkillsSendsSkillSetAndReturnsTheStoredSkills)
{
    const QJsonArray stored { QJsonObject { { QStringLiteral("skill"), QStringLiteral("billing") },
                                            { QStringLiteral("level"), 4 } } };
    peer.answer(wire(op::SkillSet), QJsonObject { { QStringLiteral("skills"), stored } });
    std::optional<Result<QJsonObject>> result;
    SkillDirectory::of(&connection)->saveFor(12, stored, &connection, [&](const Result<QJsonObject> &r) {
        result = r;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
    ASSERT_TRUE(result->ok());
    EXPECT_EQ((*result)->value(QStringLiteral("skills")).toArray(), stored);
    EXPECT_EQ(lastArgs(wire(op::SkillSet)).value(QStringLiteral("user")).toInteger(), 12);
    EXPECT_FALSE(lastArgs(wire(op::SkillSet)).value(QStringLiteral("cid")).toString().isEmpty()) << "a write";
}

TEST_F(LookupSessionsTest, ReasonCatalogueAppliesReasonsChangedWithoutAskingAgain)
{
    peer.answer(wire(op::ReasonList),
                QJsonObject { { QStringLiteral("reasons"),
                                QJsonArray { reason(1, QStringLiteral("billing"), QStringLiteral("Billing")) } } });
    ReasonCatalogue *reasons = ReasonCatalogue::of(&connection);
    reasons->load();
    ASSERT_TRUE(QTest::qWaitFor([&] { return reasons->isLoaded(); }, 5000));
    EXPECT_TRUE(connection.topics().contains(QStringLiteral("reasons")));
    QSignalSpy one(reasons, &ReasonCatalogue::reasonChanged);
    peer.publish(QStringLiteral("reasons"), wire(event::ReasonsChanged),
                 QJsonObject { { QStringLiteral("reason"),
                                 reason(2, QStringLiteral("billing.refund"), QStringLiteral("Refund")) } });
    ASSERT_TRUE(QTest::qWaitFor([&] { return one.count() == 1; }, 5000));
    EXPECT_EQ(reasons->items().size(), 2);
    EXPECT_EQ(reasons->reason(QStringLiteral("billing.refund")).value(QStringLiteral("id")).toInteger(), 2);
    EXPECT_EQ(sent(wire(op::ReasonList)), 1);

    // Saving one: stored at once, and its echo as an event changes nothing more.
    const QJsonObject renamed = reason(1, QStringLiteral("billing"), QStringLiteral("Billing and payments"));
    peer.answer(wire(op::ReasonSave), QJsonObject { { QStringLiteral("reason"), renamed } });
    std::optional<Result<QJsonObject>> saved;
    reasons->save(renamed, &connection, [&](const Result<QJsonObject> &r) { saved = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return saved.has_value(); }, 5000));
    ASSERT_TRUE(saved->ok());
    EXPECT_EQ(reasons->reason(QStringLiteral("billing")).value(QStringLiteral("label")).toString(),
              QStringLiteral("Billing and payments"));
    EXPECT_EQ(one.count(), 2);
}

TEST_F(LookupSessionsTest, PresenceDirectoryFollowsPresenceChanged)
{
    peer.answer(wire(op::PresenceList),
                QJsonObject { { QStringLiteral("users"),
                                QJsonArray { presenceRow(3, QStringLiteral("agent1"), QStringLiteral("available")),
                                             presenceRow(7, QStringLiteral("agent7"), QStringLiteral("break")) } } });
    PresenceDirectory *presence = PresenceDirectory::of(&connection);
    presence->load();
    ASSERT_TRUE(QTest::qWaitFor([&] { return presence->isLoaded(); }, 5000));
    EXPECT_EQ(presence->self().userId, 3);
    EXPECT_EQ(presence->self().state, QStringLiteral("available"));
    QSignalSpy changed(presence, &PresenceDirectory::presenceChanged);
    QJsonObject news = presenceRow(7, QStringLiteral("agent7"), QStringLiteral("available"));
    news.insert(QStringLiteral("user"), QJsonObject { { QStringLiteral("id"), 7 } });
    peer.publish(protocol::presenceTopic(), wire(event::PresenceChanged), news);
    ASSERT_TRUE(QTest::qWaitFor([&] { return changed.count() == 1; }, 5000));
    const auto entries = presence->entries();
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(1).state, QStringLiteral("available"));
    EXPECT_EQ(entries.at(1).name, QStringLiteral("AGENT7")) << "the name from the list stays";
    EXPECT_EQ(sent(wire(op::PresenceList)), 1);
}

// The customer's history names its authors as colleagues know them, not by their login.
TEST_F(LookupSessionsTest, CustomerHistoryNamesItsAuthorsFromThePresenceDirectory)
{
    peer.answer(wire(op::PresenceList),
                QJsonObject { { QStringLiteral("users"),
                                QJsonArray { presenceRow(3, QStringLiteral("agent1"), QStringLiteral("available")),
                                             presenceRow(7, QStringLiteral("agent7"), QStringLiteral("break")) } } });
    CustomerLoader loader;
    QAbstractItemModelTester tester(loader.historyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    loader.setConnection(&connection);
    const auto note = [](qint64 id, const QString &author) {
        return QJsonObject { { QStringLiteral("id"), id },
                             { QStringLiteral("at"), QStringLiteral("2026-12-01T09:00:00.000Z") },
                             { QStringLiteral("type"), QStringLiteral("note") },
                             { QStringLiteral("author"), author },
                             { QStringLiteral("text"), QStringLiteral("Called back") } };
    };
    loader.setDetails(QJsonObject {
        { QStringLiteral("customer"),
          QJsonObject { { QStringLiteral("id"), QStringLiteral("C-7") },
                        { QStringLiteral("name"), QStringLiteral("Jane Roe") } } },
        { QStringLiteral("recentHistory"),
          QJsonArray { note(1, QStringLiteral("agent7")), note(2, QStringLiteral("agent99")), note(3, QString()) } } });
    const CustomerHistoryModel *history = loader.historyModel();
    ASSERT_EQ(history->rowCount(), 3);
    const auto author = [&](int row) {
        return history->index(row, CustomerHistoryModel::AuthorColumn).data().toString();
    };
    EXPECT_TRUE(QTest::qWaitFor([&] { return author(0) == QStringLiteral("AGENT7"); }, 5000)) << qPrintable(author(0));
    EXPECT_EQ(author(1), QStringLiteral("agent99")) << "a login the directory does not list shows as it is";
    EXPECT_EQ(author(2), QString()) << "the system writes without an author";

    // Filtering by the login still finds the entry the name is shown for.
    HistoryFilterModel filter;
    filter.setSourceModel(loader.historyModel());
    filter.setTextFilter(QStringLiteral("agent7"));
    EXPECT_EQ(filter.rowCount(), 1);
    filter.setTextFilter(QStringLiteral("Agent7"));
    EXPECT_EQ(filter.rowCount(), 1);
}

// The orders' change history names who changed an order the same way.
TEST_F(LookupSessionsTest, CustomerLoaderNamesAnAuthorByTheirLogin)
{
    peer.answer(wire(op::PresenceList),
                QJsonObject { { QStringLiteral("users"),
                                QJsonArray { presenceRow(7, QStringLiteral("agent7"), QStringLiteral("break")) } } });
    CustomerLoader loader;
    QSignalSpy named(&loader, &CustomerLoader::authorNamesChanged);
    EXPECT_EQ(loader.authorName(QStringLiteral("agent7")), QStringLiteral("agent7")) << "before the names are in";
    loader.setConnection(&connection);
    ASSERT_TRUE(QTest::qWaitFor([&] { return named.count() > 0; }, 5000));
    EXPECT_EQ(loader.authorName(QStringLiteral("agent7")), QStringLiteral("AGENT7"));
    EXPECT_EQ(loader.authorName(QStringLiteral("agent99")), QStringLiteral("agent99"));
    EXPECT_EQ(loader.authorName(QString()), QString()) << "the system changes orders without an author";
}

TEST_F(LookupSessionsTest, VersionedWriteLoadsTheCurrentRecordOnConflict)
{
    peer.fail(wire(op::OrderChange), ErrorCode::VersionConflict, QJsonObject { { QStringLiteral("current"), 5 } });
    peer.answer(wire(op::OrderGet),
                QJsonObject { { QStringLiteral("order"),
                                QJsonObject { { QStringLiteral("number"), QStringLiteral("SO-1") },
                                              { QStringLiteral("version"), 5 } } } });
    const VersionedWrite write {
        wire(op::OrderChange),
        QJsonObject { { QStringLiteral("number"), QStringLiteral("SO-1") }, { QStringLiteral("version"), 4 } },
        wire(op::OrderGet), QJsonObject { { QStringLiteral("number"), QStringLiteral("SO-1") } },
        QStringLiteral("order")
    };
    std::optional<VersionedWrite::Outcome> outcome;
    write.send(&connection, &connection, [&](const VersionedWrite::Outcome &o) { outcome = o; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return outcome.has_value(); }, 5000));
    EXPECT_TRUE(outcome->conflict());
    EXPECT_EQ(outcome->version(), 5) << "the version someone else saved";
    EXPECT_EQ(outcome->error.code, ErrorCode::VersionConflict);
    EXPECT_EQ(sent(wire(op::OrderGet)), 1);

    // Other errors fail without a refetch.
    peer.fail(wire(op::OrderCancel), ErrorCode::InvalidState);
    const VersionedWrite cancel { wire(op::OrderCancel), {}, wire(op::OrderGet), {}, QStringLiteral("order") };
    outcome.reset();
    cancel.send(&connection, &connection, [&](const VersionedWrite::Outcome &o) { outcome = o; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return outcome.has_value(); }, 5000));
    EXPECT_EQ(outcome->kind, VersionedWrite::Outcome::Kind::Failed);
    EXPECT_EQ(outcome->error.code, ErrorCode::InvalidState);
    EXPECT_EQ(sent(wire(op::OrderGet)), 1);
}
