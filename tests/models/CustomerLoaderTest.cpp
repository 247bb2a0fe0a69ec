#include "models/CustomerLoader.h"
#include "models/CustomerHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace spocs;

namespace {
QJsonObject customerGetAnswer()
{
    const QJsonObject customer {
        { QStringLiteral("id"), QStringLiteral("C-1042") },
        { QStringLiteral("name"), QStringLiteral("Jürgen Müller") },
        { QStringLiteral("company"), QStringLiteral("Müller GmbH") },
        { QStringLiteral("emails"), QJsonArray { QStringLiteral("j.mueller@example.de") } },
        { QStringLiteral("phones"), QJsonArray { QStringLiteral("+49 30 1234567"), QStringLiteral("+49 171 555") } },
        { QStringLiteral("address"),
          QJsonObject { { QStringLiteral("street"), QStringLiteral("Hauptstr. 1") },
                        { QStringLiteral("city"), QStringLiteral("Berlin") },
                        { QStringLiteral("postcode"), QStringLiteral("10115") },
                        { QStringLiteral("country"), QStringLiteral("DE") } } },
        { QStringLiteral("language"), QStringLiteral("de") },
        { QStringLiteral("flags"), QJsonArray { QStringLiteral("vip") } },
        { QStringLiteral("notes"), QStringLiteral("Prefers mornings") },
        { QStringLiteral("preferredChannel"), QStringLiteral("phone") },
        { QStringLiteral("version"), 3 },
        { QStringLiteral("owner"),
          QJsonObject { { QStringLiteral("id"), 3 },
                        { QStringLiteral("login"), QStringLiteral("agent3") },
                        { QStringLiteral("name"), QStringLiteral("Agent Three") },
                        { QStringLiteral("presence"), QStringLiteral("available") } } },
        { QStringLiteral("backup"),
          QJsonObject { { QStringLiteral("id"), 4 },
                        { QStringLiteral("login"), QStringLiteral("agent4") },
                        { QStringLiteral("name"), QStringLiteral("Agent Four") },
                        { QStringLiteral("presence"), QStringLiteral("offline") } } },
        { QStringLiteral("account"),
          QJsonObject { { QStringLiteral("number"), QStringLiteral("A-101042") },
                        { QStringLiteral("status"), QStringLiteral("active") },
                        { QStringLiteral("plan"), QStringLiteral("Business") },
                        { QStringLiteral("balance"), QStringLiteral("120.50") },
                        { QStringLiteral("currency"), QStringLiteral("EUR") },
                        { QStringLiteral("creditLimit"), QStringLiteral("1000.00") } } },
    };
    const QJsonArray history {
        QJsonObject { { QStringLiteral("at"), QStringLiteral("2024-05-02T09:30:00Z") },
                      { QStringLiteral("type"), QStringLiteral("note") },
                      { QStringLiteral("author"), QStringLiteral("agent3") },
                      { QStringLiteral("text"), QStringLiteral("Called about invoice") } },
        QJsonObject { { QStringLiteral("at"), QStringLiteral("2024-05-01T12:00:00.250Z") },
                      { QStringLiteral("type"), QStringLiteral("call") },
                      { QStringLiteral("author"), QStringLiteral("agent4") },
                      { QStringLiteral("text"), QStringLiteral("Inbound call") } },
    };
    return QJsonObject { { QStringLiteral("customer"), customer },
                         { QStringLiteral("openOrders"), QJsonArray { QJsonObject {}, QJsonObject {} } },
                         { QStringLiteral("recentHistory"), history } };
}

protocol::Event presenceEvent(qint64 id, const QString &login, const QString &state)
{
    protocol::Event e;
    e.topic = protocol::presenceTopic();
    e.kind = QStringLiteral("presence.changed");
    e.data = QJsonObject { { QStringLiteral("user"),
                             QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("login"), login } } },
                           { QStringLiteral("state"), state } };
    return e;
}
} // namespace

TEST(CustomerDetails, ParsesEveryField)
{
    const CustomerDetails d = CustomerDetails::fromJson(customerGetAnswer());
    EXPECT_EQ(d.id, QStringLiteral("C-1042"));
    EXPECT_EQ(d.name, QStringLiteral("Jürgen Müller"));
    EXPECT_EQ(d.emails, QStringList { QStringLiteral("j.mueller@example.de") });
    EXPECT_EQ(d.phones.size(), 2);
    EXPECT_EQ(d.address.city, QStringLiteral("Berlin"));
    EXPECT_EQ(d.flags, QStringList { QStringLiteral("vip") });
    EXPECT_EQ(d.version, 3);
    EXPECT_EQ(d.owner.name, QStringLiteral("Agent Three"));
    EXPECT_EQ(d.owner.presence, QStringLiteral("available"));
    EXPECT_EQ(d.backup.login, QStringLiteral("agent4"));
    EXPECT_EQ(d.account.balance, QStringLiteral("120.50"));
    EXPECT_EQ(d.account.currency, QStringLiteral("EUR"));
    EXPECT_EQ(d.openOrderCount, 2);
    ASSERT_EQ(d.recentHistory.size(), 2);
    EXPECT_TRUE(d.recentHistory.at(0).at.isValid());
    EXPECT_TRUE(d.recentHistory.at(1).at.isValid());
}

TEST(CustomerDetails, EveryFieldIsOptional)
{
    const CustomerDetails empty = CustomerDetails::fromJson(QJsonObject {});
    EXPECT_TRUE(empty.isEmpty());
    EXPECT_TRUE(empty.owner.isEmpty());
    EXPECT_TRUE(empty.account.isEmpty());
    EXPECT_TRUE(empty.recentHistory.isEmpty());

    const CustomerDetails minimal = CustomerDetails::fromJson(QJsonObject {
        { QStringLiteral("customer"), QJsonObject { { QStringLiteral("id"), QStringLiteral("C-7") } } } });
    EXPECT_EQ(minimal.id, QStringLiteral("C-7"));
    EXPECT_TRUE(minimal.name.isEmpty());
    EXPECT_TRUE(minimal.backup.isEmpty());
}

TEST(CustomerHistoryModel, PassesModelTester)
{
    CustomerHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const CustomerDetails d = CustomerDetails::fromJson(customerGetAnswer());
    model.setEntries(d.recentHistory);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, CustomerHistoryModel::AuthorColumn).data().toString(), QStringLiteral("agent3"));
    EXPECT_EQ(model.index(0, CustomerHistoryModel::TextColumn).data().toString(),
              QStringLiteral("Called about invoice"));
    EXPECT_FALSE(model.index(0, CustomerHistoryModel::TimeColumn).data().toString().isEmpty());
    EXPECT_EQ(model.index(1, 0).data(CustomerHistoryModel::TypeRole).toString(), QStringLiteral("call"));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(CustomerLoader, SetDetailsFillsDataAndHistory)
{
    CustomerLoader loader;
    QAbstractItemModelTester tester(loader.historyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&loader, &CustomerLoader::detailsChanged);
    loader.setDetails(customerGetAnswer());
    EXPECT_EQ(loader.state(), CustomerLoader::State::Loaded);
    EXPECT_EQ(loader.customerId(), QStringLiteral("C-1042"));
    EXPECT_EQ(loader.topic(), QStringLiteral("customer:C-1042"));
    EXPECT_EQ(loader.details().company, QStringLiteral("Müller GmbH"));
    EXPECT_EQ(loader.historyModel()->rowCount(), 2);
    EXPECT_EQ(changed.count(), 1);

    loader.close();
    EXPECT_EQ(loader.state(), CustomerLoader::State::Empty);
    EXPECT_TRUE(loader.details().isEmpty());
    EXPECT_EQ(loader.historyModel()->rowCount(), 0);
}

TEST(CustomerLoader, OpenWithoutConnectionFails)
{
    CustomerLoader loader;
    QSignalSpy failed(&loader, &CustomerLoader::loadFailed);
    loader.open(QStringLiteral("C-1042"));
    EXPECT_EQ(loader.state(), CustomerLoader::State::Failed);
    EXPECT_TRUE(loader.hasError());
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(loader.lastError().code, ErrorCode::Unavailable);
}

TEST(CustomerLoader, PresenceEventsUpdateOwnerAndBackup)
{
    CustomerLoader loader;
    loader.setDetails(customerGetAnswer());
    QSignalSpy changed(&loader, &CustomerLoader::detailsChanged);

    EXPECT_TRUE(loader.handleEvent(presenceEvent(4, QStringLiteral("agent4"), QStringLiteral("available"))));
    EXPECT_EQ(loader.details().backup.presence, QStringLiteral("available"));
    EXPECT_EQ(loader.details().owner.presence, QStringLiteral("available"));
    EXPECT_TRUE(loader.handleEvent(presenceEvent(3, QString(), QStringLiteral("break"))));
    EXPECT_EQ(loader.details().owner.presence, QStringLiteral("break"));
    EXPECT_EQ(changed.count(), 2);

    // Someone unrelated: nothing changes.
    EXPECT_FALSE(loader.handleEvent(presenceEvent(99, QStringLiteral("agent99"), QStringLiteral("offline"))));
    EXPECT_EQ(changed.count(), 2);
}

TEST(CustomerLoader, OtherCustomersEventsAreIgnored)
{
    CustomerLoader loader;
    loader.setDetails(customerGetAnswer());
    protocol::Event other;
    other.topic = protocol::customerTopic(QStringLiteral("C-9999"));
    other.kind = QStringLiteral("customer.note.added");
    EXPECT_FALSE(loader.handleEvent(other));
    EXPECT_EQ(loader.state(), CustomerLoader::State::Loaded);

    // The open customer's own event triggers a refetch (which fails here: no connection),
    // and the loaded data stays on screen.
    protocol::Event own = other;
    own.topic = protocol::customerTopic(QStringLiteral("C-1042"));
    QSignalSpy failed(&loader, &CustomerLoader::loadFailed);
    EXPECT_TRUE(loader.handleEvent(own));
    // The refetch is coalesced with other events of the same burst, so it comes a moment later.
    EXPECT_TRUE(failed.count() == 1 || failed.wait(5000));
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(loader.state(), CustomerLoader::State::Loaded);
    EXPECT_EQ(loader.details().name, QStringLiteral("Jürgen Müller"));
}
