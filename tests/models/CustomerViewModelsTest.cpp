#include "models/AccountDraft.h"
#include "models/CustomerHistoryModel.h"
#include "models/CustomerLoader.h"
#include "models/InvoiceModel.h"
#include "models/MoneyText.h"
#include "models/OrderLinesModel.h"
#include "models/OrderModel.h"
#include "models/ProductSearchModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <gtest/gtest.h>

using namespace spocs;

namespace {
// The fixtures are the domain values the coordinator writes customer.get with; the models
// read them back from that JSON, as they do from the wire.
OrderSummary order(const QString &number, OrderStatus status, qint64 totalCents, const QString &created)
{
    OrderSummary o;
    o.number = number;
    o.status = status;
    o.total = Money { totalCents };
    o.currency = QStringLiteral("EUR");
    o.createdAt = created;
    o.promisedOn = QStringLiteral("2024-06-01");
    o.lineCount = 2;
    o.version = 1;
    return o;
}

InvoiceSummary invoice(const QString &number, qint64 balanceCents, bool overdue)
{
    InvoiceSummary i;
    i.number = number;
    i.issuedOn = QStringLiteral("2024-04-01");
    i.dueOn = QStringLiteral("2024-05-01");
    i.total = Money { 10000 };
    i.balance = Money { balanceCents };
    i.currency = QStringLiteral("EUR");
    i.overdue = overdue;
    return i;
}

Person agent(qint64 id, const QString &login)
{
    return Person { id, login, QStringLiteral("Agent %1").arg(id), {} };
}

CustomerView customerView()
{
    CustomerView view;
    domain::Customer &c = view.customer;
    c.id = QStringLiteral("C-1042");
    c.name = QStringLiteral("Jürgen Müller");
    c.emails = { QStringLiteral("j@example.de") };
    c.phones = { QStringLiteral("+49 30 1234567") };
    c.address = Address { QStringLiteral("Hauptstr. 1"), QStringLiteral("Berlin"), QStringLiteral("10115"),
                          QStringLiteral("DE") };
    c.flags = { QStringLiteral("vip") };
    c.notes = QStringLiteral("Prefers mornings");
    c.preferredChannel = QStringLiteral("phone");
    c.expectedResponseHours = 4;
    c.version = 3;
    domain::Account account;
    account.number = QStringLiteral("A-101042");
    account.plan = QStringLiteral("Business");
    account.openedOn = QStringLiteral("2020-01-15");
    c.account = account;
    const OrderSummary open
        = order(QStringLiteral("O-200002"), OrderStatus::Placed, 9990, QStringLiteral("2024-05-02T10:00:00.000Z"));
    view.openOrders = { open };
    view.orders = { open,
                    order(QStringLiteral("O-200001"), OrderStatus::Delivered, 120000,
                          QStringLiteral("2024-01-02T10:00:00.000Z")) };
    view.invoices = { invoice(QStringLiteral("I-300001"), 4000, true) };
    view.balance = Balance { Money { 12050 }, QStringLiteral("EUR"), Money { 4000 } };
    view.cards = { Card { QStringLiteral("visa"), QStringLiteral("411111"), QStringLiteral("1111") } };
    view.recentHistory
        = { HistoryItem { 7, QStringLiteral("2024-05-02T10:00:00.000Z"), QStringLiteral("order"),
                          QStringLiteral("agent3"), QStringLiteral("Order placed"), QStringLiteral("O-200002") },
            HistoryItem { 6,
                          QStringLiteral("2024-05-01T10:00:00.000Z"),
                          QStringLiteral("note"),
                          QStringLiteral("agent4"),
                          QStringLiteral("Asked about delivery"),
                          {} } };
    view.viewers
        = { Viewer { agent(7, QStringLiteral("agent7")), true }, Viewer { agent(1, QStringLiteral("agent1")), false } };
    return view;
}

// customer.get's answer as the coordinator sends it.
QJsonObject customerGetAnswer()
{
    return customerView().toJson();
}

Product product(const QString &sku, qint64 priceCents, int available, int lead = 0, bool discontinued = false)
{
    Product p;
    p.sku = sku;
    p.name = QStringLiteral("Product ") + sku;
    p.price = Money { priceCents };
    p.currency = QStringLiteral("EUR");
    p.stockOnHand = available;
    p.available = available;
    p.leadTimeDays = lead;
    p.discontinued = discontinued;
    return p;
}

protocol::Event customerEvent(const QString &kind, const QJsonObject &data)
{
    protocol::Event e;
    e.topic = protocol::customerTopic(QStringLiteral("C-1042"));
    e.kind = kind;
    e.data = data;
    return e;
}
} // namespace

TEST(CustomerViewData, ParsesOrdersInvoicesBalanceCardsAndViewers)
{
    const CustomerView d = CustomerView::fromJson(customerGetAnswer());
    EXPECT_EQ(d, customerView()) << "what the coordinator writes reads back the same";
    EXPECT_EQ(d.customer.expectedResponseHours, 4);
    ASSERT_TRUE(d.customer.account);
    EXPECT_EQ(wireDate(d.customer.account->openedOn), QDate(2020, 1, 15));
    ASSERT_EQ(d.openOrders.size(), 1);
    EXPECT_EQ(d.orders.size(), 2);
    EXPECT_EQ(d.allOrders().size(), 2) << "open and recent orders are merged by number";
    ASSERT_EQ(d.invoices.size(), 1);
    EXPECT_TRUE(d.invoices.first().overdue);
    EXPECT_EQ(d.balance.amount.toString(), QStringLiteral("120.50"));
    EXPECT_EQ(d.balance.overdue.toString(), QStringLiteral("40.00"));
    ASSERT_EQ(d.cards.size(), 1);
    EXPECT_EQ(d.cards.first().last4, QStringLiteral("1111"));
    EXPECT_EQ(d.viewers.size(), 2);
    EXPECT_TRUE(d.viewers.first().onContact);
    EXPECT_EQ(d.recentHistory.first().ref, QStringLiteral("O-200002"));
    EXPECT_EQ(d.recentHistory.first().id, 7);
}

TEST(CustomerViewData, CardsKeepOnlyMaskedDigits)
{
    CustomerView view = customerView();
    view.cards = { Card { QStringLiteral("visa"), QStringLiteral("4111111111"), QStringLiteral("4111111111111111") } };
    CustomerLoader loader;
    loader.setDetails(view.toJson());
    ASSERT_EQ(loader.details().cards.size(), 1);
    EXPECT_EQ(loader.details().cards.first().bin, QStringLiteral("411111"));
    EXPECT_EQ(loader.details().cards.first().last4, QStringLiteral("1111"));
}

TEST(CustomerViewData, MoneyIsShownWithoutFloatingPoint)
{
    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(moneyText(QStringLiteral("1200.5"), QStringLiteral("EUR")), QStringLiteral("1200.50 EUR"));
    EXPECT_EQ(moneyText(Money { 123456789 }, QStringLiteral("EUR")), QStringLiteral("1234567.89 EUR"));
    EXPECT_EQ(moneyText(Money { -6000 }, QString()), QStringLiteral("-60.00"));
    EXPECT_EQ(moneyText(QStringLiteral("abc"), QStringLiteral("EUR")), QStringLiteral("abc EUR"))
        << "an unparsable amount is shown as it came";
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(moneyText(QStringLiteral("1200.5"), QStringLiteral("EUR")), QStringLiteral("1.200,50 EUR"));
    QLocale::setDefault(QLocale::c());
}

TEST(OrderModel, PassesModelTesterAndSortsByRawValues)
{
    OrderModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setOrders(customerView().allOrders());
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, OrderModel::StatusColumn).data().toString(), QStringLiteral("Placed"));
    EXPECT_EQ(model.index(0, OrderModel::NumberColumn).data(OrderModel::OpenRole).toBool(), true);
    EXPECT_EQ(model.index(1, OrderModel::NumberColumn).data(OrderModel::OpenRole).toBool(), false);

    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setSortRole(OrderModel::SortRole);
    proxy.sort(OrderModel::TotalColumn, Qt::DescendingOrder);
    // 1200.00 sorts above 99.90 (numbers, not strings).
    EXPECT_EQ(proxy.index(0, 0).data(OrderModel::NumberRole).toString(), QStringLiteral("O-200001"));

    OrderSummary placed;
    placed.number = QStringLiteral("O-200003");
    placed.status = OrderStatus::Placed;
    EXPECT_EQ(model.upsert(placed), 0);
    EXPECT_EQ(model.rowCount(), 3);
    placed.status = OrderStatus::Cancelled;
    model.upsert(placed);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(model.rowOf(QStringLiteral("O-200003")), OrderModel::StatusColumn).data().toString(),
              QStringLiteral("Cancelled"));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(InvoiceModel, PassesModelTesterAndDropsPaidInvoices)
{
    InvoiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setInvoices(customerView().invoices);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_TRUE(model.index(0, 0).data(InvoiceModel::OverdueRole).toBool());
    EXPECT_TRUE(model.index(0, InvoiceModel::StatusColumn).data().toString().contains(QStringLiteral("overdue")));
    EXPECT_TRUE(model.index(0, InvoiceModel::DueColumn).data(Qt::ForegroundRole).isValid());

    model.upsert(invoice(QStringLiteral("I-300002"), 1000, false));
    EXPECT_EQ(model.rowCount(), 2);
    model.upsert(invoice(QStringLiteral("I-300001"), 0, false));
    EXPECT_EQ(model.rowCount(), 1) << "a paid invoice leaves the unpaid list";
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("I-300002"));
}

TEST(HistoryModel, FiltersByTypeAndText)
{
    CustomerHistoryModel model;
    HistoryFilterModel filter;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&model);
    model.setEntries(customerView().recentHistory);
    EXPECT_EQ(filter.rowCount(), 2);
    EXPECT_EQ(model.index(0, CustomerHistoryModel::RefColumn).data().toString(), QStringLiteral("O-200002"));
    filter.setTypeFilter(QStringLiteral("note"));
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(filter.index(0, CustomerHistoryModel::TextColumn).data().toString(),
              QStringLiteral("Asked about delivery"));
    filter.setTypeFilter(QString());
    filter.setTextFilter(QStringLiteral("o-200002"));
    EXPECT_EQ(filter.rowCount(), 1);
    filter.setTextFilter(QString());
    EXPECT_EQ(filter.rowCount(), 2);
}

TEST(ProductSearchModel, PassesModelTesterAndFollowsProductUpdates)
{
    ProductSearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProducts({ product(QStringLiteral("SKU-1"), 1990, 12), product(QStringLiteral("SKU-2"), 500, 0, 14),
                        product(QStringLiteral("SKU-3"), 700, 0, 0, true) });
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, ProductSearchModel::AvailabilityColumn).data().toString(), QStringLiteral("12 available"));
    // "day(s)" without the English plural translation loaded.
    EXPECT_TRUE(model.index(1, ProductSearchModel::AvailabilityColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Out of stock - back in 14 day")));
    EXPECT_EQ(model.index(2, ProductSearchModel::AvailabilityColumn).data().toString(), QStringLiteral("Discontinued"));
    EXPECT_FALSE(model.index(1, 0).data(ProductSearchModel::OrderableRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    EXPECT_TRUE(model.applyProduct(product(QStringLiteral("SKU-2"), 500, 3)));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(model.index(1, ProductSearchModel::AvailabilityColumn).data().toString(), QStringLiteral("3 available"));
    EXPECT_FALSE(model.applyProduct(product(QStringLiteral("SKU-9"), 100, 1)));

    // Without a connection a query does nothing harmful; a blank one clears.
    model.setQuery(QStringLiteral("abc"));
    model.searchNow();
    model.setQuery(QString());
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(OrderLinesModel, PassesModelTesterAndExplainsStockProblems)
{
    OrderLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.addProduct(product(QStringLiteral("SKU-1"), 1990, 12), 2), 0);
    EXPECT_EQ(model.addProduct(product(QStringLiteral("SKU-1"), 1990, 12), 1), 0)
        << "the same product raises the quantity";
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.lines().first().quantity, 3);
    EXPECT_EQ(model.addProduct(product(QStringLiteral("SKU-2"), 500, 2, 14), 1), 1);
    EXPECT_EQ(model.estimatedTotal().toString(), QStringLiteral("64.70"));
    EXPECT_TRUE(model.problems().isEmpty());

    // Edit the quantity as a view would.
    EXPECT_TRUE(model.flags(model.index(1, OrderLinesModel::QuantityColumn)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.flags(model.index(1, OrderLinesModel::PriceColumn)) & Qt::ItemIsEditable);
    EXPECT_TRUE(model.setData(model.index(1, OrderLinesModel::QuantityColumn), 5));
    EXPECT_FALSE(model.setData(model.index(1, OrderLinesModel::QuantityColumn), 0));
    ASSERT_EQ(model.problems().size(), 1);
    EXPECT_TRUE(model.problems().first().contains(QStringLiteral("only 2 available, more in 14 day")))
        << qPrintable(model.problems().first());

    // Stock arrives (product.updated): the problem goes away.
    EXPECT_TRUE(model.applyProduct(product(QStringLiteral("SKU-2"), 500, 50)));
    EXPECT_TRUE(model.problems().isEmpty());

    // Only sku and quantity go to the server: it computes prices.
    const QJsonArray json = model.toJson();
    ASSERT_EQ(json.size(), 2);
    EXPECT_EQ(json.at(1).toObject().value(QStringLiteral("quantity")).toInt(), 5);
    EXPECT_FALSE(json.at(0).toObject().contains(QStringLiteral("unitPrice")));

    EXPECT_TRUE(model.removeLine(0));
    EXPECT_EQ(model.skus(), QStringList { QStringLiteral("SKU-2") });
}

TEST(OrderLinesModel, ChangingAnOrderCountsItsOwnReservation)
{
    OrderLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    OrderLine line;
    line.sku = QStringLiteral("SKU-1");
    line.name = QStringLiteral("Widget");
    line.quantity = 4;
    line.unitPrice = Money { 1000 };
    model.setOrderLines({ line }, QStringLiteral("EUR"));
    EXPECT_EQ(model.index(0, OrderLinesModel::AvailabilityColumn).data().toString(), QStringLiteral("Checking…"));
    // Nothing left in stock, but the order already holds its 4 units.
    model.applyProduct(product(QStringLiteral("SKU-1"), 1000, 0, 7));
    EXPECT_TRUE(model.problems().isEmpty());
    model.setQuantity(0, 5);
    EXPECT_EQ(model.problems().size(), 1);
}

TEST(OrderLinesModel, AProductOutOfStockIsSaidSoNotOnlyZeroAvailable)
{
    OrderLinesModel model;
    model.addProduct(product(QStringLiteral("SKU-1"), 26319, 0, 35), 1);
    model.addProduct(product(QStringLiteral("SKU-2"), 500, 0), 1);
    ASSERT_EQ(model.problems().size(), 2);
    EXPECT_TRUE(model.problems().first().startsWith(QStringLiteral("Product SKU-1 is out of stock, more in 35 day")))
        << qPrintable(model.problems().first());
    EXPECT_EQ(model.problems().last(), QStringLiteral("Product SKU-2 is out of stock."));
    // Some left: how many.
    model.applyProduct(product(QStringLiteral("SKU-2"), 500, 1));
    model.setQuantity(1, 3);
    EXPECT_EQ(model.problems().last(), QStringLiteral("Product SKU-2: only 1 available."));
}

TEST(AccountDraft, ServerUpdatesNeverClobberFieldsBeingEdited)
{
    AccountDraft draft;
    domain::Customer d = customerView().customer;
    draft.setServer(d);
    EXPECT_FALSE(draft.isDirty());
    EXPECT_EQ(draft.value(AccountDraft::Emails), QStringLiteral("j@example.de"));
    EXPECT_EQ(draft.version(), 3);

    draft.setValue(AccountDraft::Notes, QStringLiteral("Call after 2pm"));
    EXPECT_TRUE(draft.isDirty(AccountDraft::Notes));
    EXPECT_EQ(draft.changes().keys(), QStringList { QStringLiteral("notes") });

    // Someone else changes the city: the field follows, the edit stays, the version moves on.
    QSignalSpy followed(&draft, &AccountDraft::serverValuesChanged);
    d.address->city = QStringLiteral("Hamburg");
    d.version = 4;
    draft.setServer(d);
    EXPECT_EQ(draft.value(AccountDraft::City), QStringLiteral("Hamburg"));
    EXPECT_EQ(draft.value(AccountDraft::Notes), QStringLiteral("Call after 2pm"));
    EXPECT_EQ(followed.count(), 1);
    EXPECT_TRUE(draft.conflicts().isEmpty());
    EXPECT_EQ(draft.version(), 4);

    // Someone else changes the notes too: now it is a conflict; the edit is still kept.
    d.notes = QStringLiteral("Only by email");
    d.version = 5;
    draft.setServer(d);
    EXPECT_EQ(draft.value(AccountDraft::Notes), QStringLiteral("Call after 2pm"));
    EXPECT_TRUE(draft.changedOnServer(AccountDraft::Notes));
    EXPECT_EQ(draft.conflicts(), QList<AccountDraft::Field> { AccountDraft::Notes });
    EXPECT_EQ(draft.version(), 4) << "a save must meet version_conflict";

    draft.rebase(); // "Reapply my changes"
    EXPECT_EQ(draft.version(), 5);
    EXPECT_TRUE(draft.conflicts().isEmpty());
    EXPECT_EQ(draft.changes().value(QStringLiteral("notes")).toString(), QStringLiteral("Call after 2pm"));

    draft.reset();
    EXPECT_FALSE(draft.isDirty());
    EXPECT_EQ(draft.value(AccountDraft::Notes), QStringLiteral("Only by email"));
}

TEST(AccountDraft, ChangesUseTheWireShapes)
{
    AccountDraft draft;
    draft.setServer(customerView().customer);
    draft.setValue(AccountDraft::Emails, QStringLiteral("a@example.de; b@example.de,"));
    draft.setValue(AccountDraft::City, QStringLiteral("Köln"));
    draft.setValue(AccountDraft::Flags, QStringLiteral("at_risk, vip"));
    const QJsonObject c = draft.changes();
    EXPECT_EQ(c.value(QStringLiteral("emails")).toArray().size(), 2);
    EXPECT_EQ(c.value(QStringLiteral("address")).toObject().value(QStringLiteral("city")).toString(),
              QStringLiteral("Köln"));
    EXPECT_EQ(c.value(QStringLiteral("address")).toObject().value(QStringLiteral("street")).toString(),
              QStringLiteral("Hauptstr. 1"))
        << "the address is sent whole";
    EXPECT_EQ(c.value(QStringLiteral("flags")).toArray().size(), 2);
    EXPECT_FALSE(c.contains(QStringLiteral("phones")));
}

TEST(CustomerLoader, ViewersEventUpdatesTheBannerDataWithoutSelf)
{
    CustomerLoader loader;
    loader.setSelf(1, QStringLiteral("agent1"));
    loader.setDetails(customerGetAnswer());
    ASSERT_EQ(loader.otherViewers().size(), 1);
    EXPECT_EQ(loader.otherViewers().first().user.login, QStringLiteral("agent7"));

    QSignalSpy viewers(&loader, &CustomerLoader::viewersChanged);
    QSignalSpy failed(&loader, &CustomerLoader::loadFailed);
    EXPECT_TRUE(loader.handleEvent(customerEvent(
        QStringLiteral("customer.viewers"),
        QJsonObject { { QStringLiteral("customer"), QStringLiteral("C-1042") },
                      { QStringLiteral("viewers"),
                        QJsonArray { Viewer { agent(1, QStringLiteral("agent1")), false }.toJson(),
                                     Viewer { agent(9, QStringLiteral("agent9")), false }.toJson(),
                                     Viewer { agent(9, QStringLiteral("agent9")), true }.toJson() } } })));
    EXPECT_EQ(viewers.count(), 1);
    ASSERT_EQ(loader.otherViewers().size(), 1) << "one line per user";
    EXPECT_EQ(loader.otherViewers().first().user.login, QStringLiteral("agent9"));
    EXPECT_TRUE(loader.otherViewers().first().onContact);
    QTest::qWait(300);
    EXPECT_EQ(failed.count(), 0) << "viewers come from the event itself: no refetch";
}

TEST(CustomerLoader, ForeignOpenContactsWarnAboutDuplicateEscalation)
{
    CustomerLoader loader;
    loader.setSelf(1, QStringLiteral("agent1"));
    CustomerView view = customerView();
    OpenContact followUp;
    followUp.id = 1;
    followUp.kind = QStringLiteral("followup");
    followUp.owner = agent(7, QStringLiteral("agent7"));
    OpenContact mine;
    mine.id = 2;
    mine.owner = agent(1, QStringLiteral("agent1"));
    view.openContacts = { followUp, mine };
    loader.setDetails(view.toJson());
    ASSERT_EQ(loader.foreignOpenContacts().size(), 1);
    ASSERT_TRUE(loader.foreignOpenContacts().first().owner);
    EXPECT_EQ(loader.foreignOpenContacts().first().owner->login, QStringLiteral("agent7"));
}

TEST(CustomerLoader, EventsUpdateModelsAtOnceAndRefetchOnce)
{
    CustomerLoader loader;
    QAbstractItemModelTester orders(loader.orderModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester invoices(loader.invoiceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    loader.setDetails(customerGetAnswer());
    EXPECT_EQ(loader.orderModel()->rowCount(), 2);
    EXPECT_EQ(loader.invoiceModel()->rowCount(), 1);

    QSignalSpy orderUpdated(&loader, &CustomerLoader::orderUpdated);
    QSignalSpy failed(&loader, &CustomerLoader::loadFailed); // the refetch fails here: no connection
    Order placed;
    placed.number = QStringLiteral("O-200009");
    placed.total = Money { 1000 };
    placed.currency = QStringLiteral("EUR");
    placed.createdAt = QStringLiteral("2024-05-03T10:00:00.000Z");
    OrderLine line;
    line.sku = QStringLiteral("SKU-1");
    placed.lines = { line };
    loader.handleEvent(
        customerEvent(QStringLiteral("order.updated"), QJsonObject { { QStringLiteral("order"), placed.toJson() } }));
    loader.handleEvent(customerEvent(
        QStringLiteral("invoice.updated"),
        QJsonObject { { QStringLiteral("invoice"), invoice(QStringLiteral("I-300001"), 0, false).toJson() } }));
    EXPECT_EQ(orderUpdated.count(), 1);
    EXPECT_EQ(loader.orderModel()->rowCount(), 3);
    EXPECT_EQ(loader.invoiceModel()->rowCount(), 0);
    EXPECT_TRUE(failed.wait(3000));
    QTest::qWait(300);
    EXPECT_EQ(failed.count(), 1) << "a burst of events causes one refetch";

    // customer.updated carries the customer: applied without a round trip.
    domain::Customer customer = customerView().customer;
    customer.notes = QStringLiteral("Changed elsewhere");
    loader.handleEvent(customerEvent(QStringLiteral("customer.updated"),
                                     QJsonObject { { QStringLiteral("customer"), customer.toJson() } }));
    EXPECT_EQ(loader.details().customer.notes, QStringLiteral("Changed elsewhere"));
    EXPECT_EQ(loader.orderModel()->rowCount(), 3) << "orders stay as they are";
}
