#include "SessionTestSupport.h"

#include "core/Ops.h"
#include "models/CustomerHistoryModel.h"
#include "models/CustomerLoader.h"
#include "models/OrderModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace spocs;

namespace {
// customer.get's answer, built from the same domain values the coordinator writes it with.
domain::CustomerView customerView()
{
    domain::CustomerView view;
    domain::Customer &c = view.customer;
    c.id = QStringLiteral("C-1042");
    c.name = QStringLiteral("Jürgen Müller");
    c.company = QStringLiteral("Müller GmbH");
    c.emails = { QStringLiteral("j.mueller@example.de") };
    c.phones = { QStringLiteral("+49 30 1234567"), QStringLiteral("+49 171 555") };
    c.address = domain::Address { QStringLiteral("Hauptstr. 1"), QStringLiteral("Berlin"), QStringLiteral("10115"),
                                  QStringLiteral("DE") };
    c.language = QStringLiteral("de");
    c.flags = { QStringLiteral("vip") };
    c.notes = QStringLiteral("Prefers mornings");
    c.preferredChannel = QStringLiteral("phone");
    c.version = 3;
    c.owner = domain::Person { 3, QStringLiteral("agent3"), QStringLiteral("Agent Three"), PresenceState::Available };
    c.backup = domain::Person { 4, QStringLiteral("agent4"), QStringLiteral("Agent Four"), PresenceState::Offline };
    domain::Account account;
    account.number = QStringLiteral("A-101042");
    account.plan = QStringLiteral("Business");
    account.balance = domain::Money { 12050 };
    account.currency = QStringLiteral("EUR");
    account.creditLimit = domain::Money { 100000 };
    c.account = account;
    view.openOrders = { domain::OrderSummary { QStringLiteral("O-1"), domain::OrderStatus::Placed },
                        domain::OrderSummary { QStringLiteral("O-2"), domain::OrderStatus::Shipped } };
    view.recentHistory = {
        domain::HistoryItem { 2,
                              QStringLiteral("2024-05-02T09:30:00Z"),
                              QStringLiteral("note"),
                              QStringLiteral("agent3"),
                              QStringLiteral("Called about invoice"),
                              {} },
        domain::HistoryItem { 1,
                              QStringLiteral("2024-05-01T12:00:00.250Z"),
                              QStringLiteral("call"),
                              QStringLiteral("agent4"),
                              QStringLiteral("Inbound call"),
                              {} },
    };
    return view;
}

QJsonObject customerGetAnswer()
{
    return customerView().toJson();
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

TEST(CustomerView, ReadsBackWhatTheCoordinatorWrites)
{
    const CustomerView d = CustomerView::fromJson(customerGetAnswer());
    EXPECT_EQ(d, customerView());
    const domain::Customer &c = d.customer;
    EXPECT_EQ(c.id, QStringLiteral("C-1042"));
    ASSERT_TRUE(c.owner && c.backup && c.account);
    EXPECT_EQ(presenceWireName(*c.owner), QStringLiteral("available"));
    EXPECT_EQ(d.openOrders.size(), 2);
    ASSERT_EQ(d.recentHistory.size(), 2);
    EXPECT_TRUE(wireTime(d.recentHistory.at(0).at).isValid());
    EXPECT_TRUE(wireTime(d.recentHistory.at(1).at).isValid());
}

TEST(CustomerView, EveryFieldIsOptional)
{
    const CustomerView empty = CustomerView::fromJson(QJsonObject {});
    EXPECT_TRUE(empty.isEmpty());
    EXPECT_FALSE(empty.customer.owner);
    EXPECT_FALSE(empty.customer.account);
    EXPECT_TRUE(empty.recentHistory.isEmpty());

    const CustomerView minimal = CustomerView::fromJson(QJsonObject {
        { QStringLiteral("customer"), QJsonObject { { QStringLiteral("id"), QStringLiteral("C-7") } } } });
    EXPECT_EQ(minimal.customer.id, QStringLiteral("C-7"));
    EXPECT_TRUE(minimal.customer.name.isEmpty());
    EXPECT_FALSE(minimal.customer.backup);
}

TEST(CustomerHistoryModel, PassesModelTester)
{
    CustomerHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const CustomerView d = CustomerView::fromJson(customerGetAnswer());
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

TEST(CustomerHistoryModel, ARefetchUpdatesRowsInPlaceSoTheSelectionStays)
{
    const auto item = [](qint64 id, const QString &text) {
        HistoryItem h;
        h.id = id;
        h.at = QStringLiteral("2026-12-07T10:00:0%1.000Z").arg(id);
        h.type = QStringLiteral("note");
        h.text = text;
        return h;
    };
    CustomerHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries({ item(2, QStringLiteral("two")), item(1, QStringLiteral("one")) });
    const QPersistentModelIndex selected = model.index(1, CustomerHistoryModel::TextColumn);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // A new item on top, one changed: inserted and updated, not reset.
    model.setEntries(
        { item(3, QStringLiteral("three")), item(2, QStringLiteral("two, edited")), item(1, QStringLiteral("one")) });
    EXPECT_EQ(resets.count(), 0);
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 0);
    EXPECT_EQ(changed.count(), 1);
    ASSERT_TRUE(selected.isValid());
    EXPECT_EQ(selected.row(), 2);
    EXPECT_EQ(selected.data().toString(), QStringLiteral("one"));
    EXPECT_EQ(model.index(1, CustomerHistoryModel::TextColumn).data().toString(), QStringLiteral("two, edited"));

    // The same again: no signal at all.
    model.setEntries(
        { item(3, QStringLiteral("three")), item(2, QStringLiteral("two, edited")), item(1, QStringLiteral("one")) });
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(changed.count(), 1);

    // One gone: removed, the rest stay.
    model.setEntries({ item(3, QStringLiteral("three")), item(1, QStringLiteral("one")) });
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(selected.row(), 1);

    // Another order is a new list.
    model.setEntries({ item(1, QStringLiteral("one")), item(3, QStringLiteral("three")) });
    EXPECT_EQ(resets.count(), 1);
    EXPECT_EQ(model.index(0, CustomerHistoryModel::TextColumn).data().toString(), QStringLiteral("one"));
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
    EXPECT_EQ(loader.details().customer.company, QStringLiteral("Müller GmbH"));
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
    EXPECT_EQ(presenceWireName(*loader.details().customer.backup), QStringLiteral("available"));
    EXPECT_EQ(presenceWireName(*loader.details().customer.owner), QStringLiteral("available"));
    EXPECT_TRUE(loader.handleEvent(presenceEvent(3, QString(), QStringLiteral("break"))));
    EXPECT_EQ(presenceWireName(*loader.details().customer.owner), QStringLiteral("break"));
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
    EXPECT_EQ(loader.details().customer.name, QStringLiteral("Jürgen Müller"));
}

namespace {

domain::OrderSummary orderNumbered(int n)
{
    domain::OrderSummary o { QStringLiteral("O-%1").arg(n), domain::OrderStatus::Delivered };
    o.createdAt = QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC).addDays(n).toString(Qt::ISODateWithMs);
    return o;
}

domain::HistoryItem itemNumbered(int n)
{
    return domain::HistoryItem {
        n,
        QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC).addSecs(n).toString(Qt::ISODateWithMs),
        QStringLiteral("note"),
        QStringLiteral("agent1"),
        QStringLiteral("note %1").arg(n),
        {}
    };
}

// customer.get for a customer with orders O-1..O-<newest> and history items 1..<newest>: the
// newest 20 orders and 50 items, and more of each.
QJsonObject longStandingCustomer(int newestOrder, int newestItem)
{
    domain::CustomerView view = customerView();
    view.openOrders.clear();
    view.orders.clear();
    for (int n = newestOrder; n > newestOrder - 20; --n)
        view.orders.append(orderNumbered(n));
    view.moreOrders = true;
    view.recentHistory.clear();
    for (int n = newestItem; n > newestItem - 50; --n)
        view.recentHistory.append(itemNumbered(n));
    view.moreHistory = true;
    return view.toJson();
}

QStringList shownOrders(const CustomerLoader &loader)
{
    QStringList out;
    for (const OrderSummary &o : loader.orderModel()->orders())
        out.append(o.number);
    return out;
}

class CustomerPagingTest : public test::ScriptedSessionTest
{
protected:
    void SetUp() override
    {
        ScriptedSessionTest::SetUp();
        loader.setConnection(&connection);
    }
    void openLongStandingCustomer()
    {
        peer.answer(QString::fromUtf16(op::CustomerGet), longStandingCustomer(30, 100));
        loader.open(QStringLiteral("C-1042"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return loader.state() == RecordLoader::State::Loaded; }, 5000));
    }
    CustomerLoader loader;
};

} // namespace

// The agent pages back through a customer's orders and history; what was loaded stays shown when a
// new order and note arrive and the view's newest 20 and 50 move on, with nothing lost in between.
TEST_F(CustomerPagingTest, OlderPagesStayShownWithoutAGapAsTheRecentListsMoveOn)
{
    openLongStandingCustomer();
    QAbstractItemModelTester orders(loader.orderModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_TRUE(loader.hasOlderOrders());
    EXPECT_TRUE(loader.hasOlderHistory());
    EXPECT_EQ(loader.orderModel()->rowCount(), 20);

    QJsonArray page;
    for (int n = 10; n >= 1; --n)
        page.append(orderNumbered(n).toJson());
    peer.answer(QString::fromUtf16(op::CustomerOrders),
                QJsonObject { { QStringLiteral("orders"), page }, { QStringLiteral("more"), false } });
    loader.loadOlderOrders();
    ASSERT_TRUE(QTest::qWaitFor([&] { return loader.orderModel()->rowCount() == 30; }, 5000));
    EXPECT_EQ(lastArgs(QString::fromUtf16(op::CustomerOrders)).value(QStringLiteral("before")).toString(),
              QStringLiteral("O-11"));
    EXPECT_FALSE(loader.hasOlderOrders());

    QJsonArray items;
    for (int n = 50; n >= 1; --n)
        items.append(itemNumbered(n).toJson());
    peer.answer(QString::fromUtf16(op::CustomerHistory),
                QJsonObject { { QStringLiteral("items"), items }, { QStringLiteral("more"), false } });
    loader.loadOlderHistory();
    ASSERT_TRUE(QTest::qWaitFor([&] { return loader.historyModel()->rowCount() == 100; }, 5000));
    EXPECT_EQ(lastArgs(QString::fromUtf16(op::CustomerHistory)).value(QStringLiteral("before")).toInteger(), 51);
    EXPECT_FALSE(loader.hasOlderHistory());

    // Two new orders and notes: O-11, O-12 and items 51, 52 leave the view's recent lists.
    peer.forgetAnswers(QString::fromUtf16(op::CustomerGet));
    peer.answer(QString::fromUtf16(op::CustomerGet), longStandingCustomer(32, 102));
    loader.refresh();
    ASSERT_TRUE(QTest::qWaitFor([&] { return loader.orderModel()->rowCount() == 32; }, 5000));
    QStringList expected;
    for (int n = 32; n >= 1; --n)
        expected.append(QStringLiteral("O-%1").arg(n));
    EXPECT_EQ(shownOrders(loader), expected);
    EXPECT_FALSE(loader.hasOlderOrders()) << "the last page said there was no more";
    ASSERT_EQ(loader.historyModel()->rowCount(), 102);
    for (int row = 0; row < 102; ++row) {
        EXPECT_EQ(loader.historyModel()->entries().at(row).id, 102 - row) << "newest first, none missing";
    }

    // Another customer: nothing of this one's pages.
    peer.forgetAnswers(QString::fromUtf16(op::CustomerGet));
    domain::CustomerView other = customerView();
    other.customer.id = QStringLiteral("C-2000");
    peer.answer(QString::fromUtf16(op::CustomerGet), other.toJson());
    loader.open(QStringLiteral("C-2000"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return loader.details().customer.id == QStringLiteral("C-2000"); }, 5000));
    EXPECT_EQ(shownOrders(loader), QStringList({ QStringLiteral("O-1"), QStringLiteral("O-2") }));
    EXPECT_EQ(loader.historyModel()->rowCount(), 2);
}

// An order opened by number (a search hit, a link) that is older than those listed joins the list;
// another customer's order does not.
TEST_F(CustomerPagingTest, AnOrderOpenedByNumberJoinsTheListOnlyIfItIsThisCustomers)
{
    openLongStandingCustomer();
    QSignalSpy loaded(&loader, &CustomerLoader::orderLoaded);
    domain::Order old = domain::Order::fromSummary(orderNumbered(2));
    old.customer = QStringLiteral("C-1042");
    domain::Order foreign = domain::Order::fromSummary(orderNumbered(3));
    foreign.customer = QStringLiteral("C-9");
    peer.answer(QString::fromUtf16(op::OrderGet), QJsonObject { { QStringLiteral("order"), old.toJson() } });
    peer.answer(QString::fromUtf16(op::OrderGet), QJsonObject { { QStringLiteral("order"), foreign.toJson() } });
    loader.loadOrder(QStringLiteral("O-2"));
    ASSERT_TRUE(loaded.wait(5000));
    EXPECT_GE(loader.orderModel()->rowOf(QStringLiteral("O-2")), 0);
    loader.loadOrder(QStringLiteral("O-3"));
    ASSERT_TRUE(loaded.wait(5000));
    EXPECT_LT(loader.orderModel()->rowOf(QStringLiteral("O-3")), 0);

    // It stays across a refetch.
    loader.refresh();
    ASSERT_TRUE(waitSent(QString::fromUtf16(op::CustomerGet), 2));
    QTest::qWait(100);
    EXPECT_GE(loader.orderModel()->rowOf(QStringLiteral("O-2")), 0);
    EXPECT_EQ(loader.orderModel()->rowCount(), 21);
}
