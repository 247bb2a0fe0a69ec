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
QJsonObject order(const QString &number, const QString &status, const QString &total, const QString &created)
{
    return QJsonObject {
        { QStringLiteral("number"), number },     { QStringLiteral("status"), status },
        { QStringLiteral("total"), total },       { QStringLiteral("currency"), QStringLiteral("EUR") },
        { QStringLiteral("createdAt"), created }, { QStringLiteral("promisedOn"), QStringLiteral("2024-06-01") },
        { QStringLiteral("lineCount"), 2 },       { QStringLiteral("version"), 1 }
    };
}

QJsonObject invoice(const QString &number, const QString &balance, bool overdue)
{
    return QJsonObject { { QStringLiteral("number"), number },
                         { QStringLiteral("issuedOn"), QStringLiteral("2024-04-01") },
                         { QStringLiteral("dueOn"), QStringLiteral("2024-05-01") },
                         { QStringLiteral("total"), QStringLiteral("100.00") },
                         { QStringLiteral("balance"), balance },
                         { QStringLiteral("currency"), QStringLiteral("EUR") },
                         { QStringLiteral("status"), QStringLiteral("open") },
                         { QStringLiteral("overdue"), overdue } };
}

QJsonObject agent(qint64 id, const QString &login)
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("login"), login },
                         { QStringLiteral("name"), QStringLiteral("Agent %1").arg(id) } };
}

QJsonObject customerView()
{
    const QJsonObject customer {
        { QStringLiteral("id"), QStringLiteral("C-1042") },
        { QStringLiteral("name"), QStringLiteral("Jürgen Müller") },
        { QStringLiteral("emails"), QJsonArray { QStringLiteral("j@example.de") } },
        { QStringLiteral("phones"), QJsonArray { QStringLiteral("+49 30 1234567") } },
        { QStringLiteral("address"),
          QJsonObject { { QStringLiteral("street"), QStringLiteral("Hauptstr. 1") },
                        { QStringLiteral("city"), QStringLiteral("Berlin") },
                        { QStringLiteral("postcode"), QStringLiteral("10115") },
                        { QStringLiteral("country"), QStringLiteral("DE") } } },
        { QStringLiteral("flags"), QJsonArray { QStringLiteral("vip") } },
        { QStringLiteral("notes"), QStringLiteral("Prefers mornings") },
        { QStringLiteral("preferredChannel"), QStringLiteral("phone") },
        { QStringLiteral("expectedResponseHours"), 4 },
        { QStringLiteral("version"), 3 },
        { QStringLiteral("account"),
          QJsonObject { { QStringLiteral("number"), QStringLiteral("A-101042") },
                        { QStringLiteral("plan"), QStringLiteral("Business") },
                        { QStringLiteral("openedOn"), QStringLiteral("2020-01-15") } } },
    };
    return QJsonObject {
        { QStringLiteral("customer"), customer },
        { QStringLiteral("openOrders"),
          QJsonArray { order(QStringLiteral("O-200002"), QStringLiteral("placed"), QStringLiteral("99.90"),
                             QStringLiteral("2024-05-02T10:00:00.000Z")) } },
        { QStringLiteral("orders"),
          QJsonArray { order(QStringLiteral("O-200002"), QStringLiteral("placed"), QStringLiteral("99.90"),
                             QStringLiteral("2024-05-02T10:00:00.000Z")),
                       order(QStringLiteral("O-200001"), QStringLiteral("delivered"), QStringLiteral("1200.00"),
                             QStringLiteral("2024-01-02T10:00:00.000Z")) } },
        { QStringLiteral("invoices"),
          QJsonArray { invoice(QStringLiteral("I-300001"), QStringLiteral("40.00"), true) } },
        { QStringLiteral("balance"),
          QJsonObject { { QStringLiteral("amount"), QStringLiteral("120.50") },
                        { QStringLiteral("currency"), QStringLiteral("EUR") },
                        { QStringLiteral("overdue"), QStringLiteral("40.00") } } },
        { QStringLiteral("cards"),
          QJsonArray { QJsonObject { { QStringLiteral("brand"), QStringLiteral("visa") },
                                     { QStringLiteral("bin"), QStringLiteral("411111") },
                                     { QStringLiteral("last4"), QStringLiteral("1111") } } } },
        { QStringLiteral("recentHistory"),
          QJsonArray { QJsonObject { { QStringLiteral("id"), 7 },
                                     { QStringLiteral("at"), QStringLiteral("2024-05-02T10:00:00.000Z") },
                                     { QStringLiteral("type"), QStringLiteral("order") },
                                     { QStringLiteral("author"), QStringLiteral("agent3") },
                                     { QStringLiteral("text"), QStringLiteral("Order placed") },
                                     { QStringLiteral("ref"), QStringLiteral("O-200002") } },
                       QJsonObject { { QStringLiteral("id"), 6 },
                                     { QStringLiteral("at"), QStringLiteral("2024-05-01T10:00:00.000Z") },
                                     { QStringLiteral("type"), QStringLiteral("note") },
                                     { QStringLiteral("author"), QStringLiteral("agent4") },
                                     { QStringLiteral("text"), QStringLiteral("Asked about delivery") } } } },
        { QStringLiteral("openContacts"), QJsonArray {} },
        { QStringLiteral("viewers"),
          QJsonArray { QJsonObject { { QStringLiteral("user"), agent(7, QStringLiteral("agent7")) },
                                     { QStringLiteral("onContact"), true } },
                       QJsonObject { { QStringLiteral("user"), agent(1, QStringLiteral("agent1")) } } } },
    };
}

Product product(const QString &sku, const QString &price, int available, int lead = 0, bool discontinued = false)
{
    Product p;
    p.sku = sku;
    p.name = QStringLiteral("Product ") + sku;
    p.price = price;
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
    const CustomerDetails d = CustomerDetails::fromJson(customerView());
    EXPECT_EQ(d.expectedResponseHours, 4);
    EXPECT_EQ(d.account.openedOn, QDate(2020, 1, 15));
    ASSERT_EQ(d.openOrders.size(), 1);
    EXPECT_EQ(d.orders.size(), 2);
    EXPECT_EQ(d.allOrders().size(), 2) << "open and recent orders are merged by number";
    ASSERT_EQ(d.invoices.size(), 1);
    EXPECT_TRUE(d.invoices.first().overdue);
    EXPECT_EQ(d.balance.amount, QStringLiteral("120.50"));
    EXPECT_EQ(d.balance.overdue, QStringLiteral("40.00"));
    ASSERT_EQ(d.cards.size(), 1);
    EXPECT_EQ(d.cards.first().last4, QStringLiteral("1111"));
    EXPECT_EQ(d.viewers.size(), 2);
    EXPECT_TRUE(d.viewers.first().onContact);
    EXPECT_EQ(d.recentHistory.first().ref, QStringLiteral("O-200002"));
    EXPECT_EQ(d.recentHistory.first().id, QStringLiteral("7"));
}

TEST(CustomerViewData, CardsKeepOnlyMaskedDigits)
{
    const CardInfo c
        = CardInfo::fromJson(QJsonObject { { QStringLiteral("brand"), QStringLiteral("visa") },
                                           { QStringLiteral("bin"), QStringLiteral("4111111111") },
                                           { QStringLiteral("last4"), QStringLiteral("4111111111111111") } });
    EXPECT_EQ(c.bin, QStringLiteral("411111"));
    EXPECT_EQ(c.last4, QStringLiteral("1111"));
}

TEST(CustomerViewData, MoneyIsParsedWithoutFloatingPoint)
{
    qint64 cents = 0;
    ASSERT_TRUE(parseCents(QStringLiteral("120.5"), &cents));
    EXPECT_EQ(cents, 12050);
    ASSERT_TRUE(parseCents(QStringLiteral("-60.00"), &cents));
    EXPECT_EQ(cents, -6000);
    EXPECT_FALSE(parseCents(QStringLiteral("12.345"), &cents));
    EXPECT_FALSE(parseCents(QStringLiteral("abc"), &cents));
    EXPECT_EQ(formatCents(123456789), QStringLiteral("1234567.89"));
    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(moneyText(QStringLiteral("1200.5"), QStringLiteral("EUR")), QStringLiteral("1200.50 EUR"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(moneyText(QStringLiteral("1200.5"), QStringLiteral("EUR")), QStringLiteral("1.200,50 EUR"));
    QLocale::setDefault(QLocale::c());
}

TEST(OrderModel, PassesModelTesterAndSortsByRawValues)
{
    OrderModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const CustomerDetails d = CustomerDetails::fromJson(customerView());
    model.setOrders(d.allOrders());
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
    placed.status = QStringLiteral("placed");
    EXPECT_EQ(model.upsert(placed), 0);
    EXPECT_EQ(model.rowCount(), 3);
    placed.status = QStringLiteral("cancelled");
    model.upsert(placed);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(model.rowOf(QStringLiteral("O-200003")), OrderModel::StatusColumn).data().toString(),
              QStringLiteral("Cancelled"));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(OrderModel, RulesForChangeAndCancel)
{
    EXPECT_TRUE(orderCancellable(QStringLiteral("placed")));
    EXPECT_TRUE(orderCancellable(QStringLiteral("picked")));
    EXPECT_FALSE(orderCancellable(QStringLiteral("shipped")));
    EXPECT_FALSE(orderLinesChangeable(QStringLiteral("picked")));
    EXPECT_TRUE(orderAddressChangeable(QStringLiteral("picked")));
    EXPECT_FALSE(orderAddressChangeable(QStringLiteral("shipped")));
}

TEST(InvoiceModel, PassesModelTesterAndDropsPaidInvoices)
{
    InvoiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setInvoices(CustomerDetails::fromJson(customerView()).invoices);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_TRUE(model.index(0, 0).data(InvoiceModel::OverdueRole).toBool());
    EXPECT_TRUE(model.index(0, InvoiceModel::StatusColumn).data().toString().contains(QStringLiteral("overdue")));
    EXPECT_TRUE(model.index(0, InvoiceModel::DueColumn).data(Qt::ForegroundRole).isValid());

    model.upsert(InvoiceSummary::fromJson(invoice(QStringLiteral("I-300002"), QStringLiteral("10.00"), false)));
    EXPECT_EQ(model.rowCount(), 2);
    model.upsert(InvoiceSummary::fromJson(invoice(QStringLiteral("I-300001"), QStringLiteral("0.00"), false)));
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
    model.setEntries(CustomerDetails::fromJson(customerView()).recentHistory);
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
    model.setProducts({ product(QStringLiteral("SKU-1"), QStringLiteral("19.90"), 12),
                        product(QStringLiteral("SKU-2"), QStringLiteral("5.00"), 0, 14),
                        product(QStringLiteral("SKU-3"), QStringLiteral("7.00"), 0, 0, true) });
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
    EXPECT_TRUE(model.applyProduct(product(QStringLiteral("SKU-2"), QStringLiteral("5.00"), 3)));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(model.index(1, ProductSearchModel::AvailabilityColumn).data().toString(), QStringLiteral("3 available"));
    EXPECT_FALSE(model.applyProduct(product(QStringLiteral("SKU-9"), QStringLiteral("1.00"), 1)));

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
    EXPECT_EQ(model.addProduct(product(QStringLiteral("SKU-1"), QStringLiteral("19.90"), 12), 2), 0);
    EXPECT_EQ(model.addProduct(product(QStringLiteral("SKU-1"), QStringLiteral("19.90"), 12), 1), 0)
        << "the same product raises the quantity";
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.lines().first().quantity, 3);
    EXPECT_EQ(model.addProduct(product(QStringLiteral("SKU-2"), QStringLiteral("5.00"), 2, 14), 1), 1);
    EXPECT_EQ(model.estimatedTotal(), QStringLiteral("64.70"));
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
    EXPECT_TRUE(model.applyProduct(product(QStringLiteral("SKU-2"), QStringLiteral("5.00"), 50)));
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
    line.unitPrice = QStringLiteral("10.00");
    model.setOrderLines({ line }, QStringLiteral("EUR"));
    EXPECT_EQ(model.index(0, OrderLinesModel::AvailabilityColumn).data().toString(), QStringLiteral("Checking…"));
    // Nothing left in stock, but the order already holds its 4 units.
    model.applyProduct(product(QStringLiteral("SKU-1"), QStringLiteral("10.00"), 0, 7));
    EXPECT_TRUE(model.problems().isEmpty());
    model.setQuantity(0, 5);
    EXPECT_EQ(model.problems().size(), 1);
}

TEST(AccountDraft, ServerUpdatesNeverClobberFieldsBeingEdited)
{
    AccountDraft draft;
    CustomerDetails d = CustomerDetails::fromJson(customerView());
    draft.setServer(d);
    EXPECT_FALSE(draft.isDirty());
    EXPECT_EQ(draft.value(AccountDraft::Emails), QStringLiteral("j@example.de"));
    EXPECT_EQ(draft.version(), 3);

    draft.setValue(AccountDraft::Notes, QStringLiteral("Call after 2pm"));
    EXPECT_TRUE(draft.isDirty(AccountDraft::Notes));
    EXPECT_EQ(draft.changes().keys(), QStringList { QStringLiteral("notes") });

    // Someone else changes the city: the field follows, the edit stays, the version moves on.
    QSignalSpy followed(&draft, &AccountDraft::serverValuesChanged);
    d.address.city = QStringLiteral("Hamburg");
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
    draft.setServer(CustomerDetails::fromJson(customerView()));
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
    loader.setDetails(customerView());
    ASSERT_EQ(loader.otherViewers().size(), 1);
    EXPECT_EQ(loader.otherViewers().first().user.login, QStringLiteral("agent7"));

    QSignalSpy viewers(&loader, &CustomerLoader::viewersChanged);
    QSignalSpy failed(&loader, &CustomerLoader::loadFailed);
    EXPECT_TRUE(loader.handleEvent(customerEvent(
        QStringLiteral("customer.viewers"),
        QJsonObject { { QStringLiteral("customer"), QStringLiteral("C-1042") },
                      { QStringLiteral("viewers"),
                        QJsonArray { QJsonObject { { QStringLiteral("user"), agent(1, QStringLiteral("agent1")) } },
                                     QJsonObject { { QStringLiteral("user"), agent(9, QStringLiteral("agent9")) } },
                                     QJsonObject { { QStringLiteral("user"), agent(9, QStringLiteral("agent9")) },
                                                   { QStringLiteral("onContact"), true } } } } })));
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
    QJsonObject data = customerView();
    data.insert(QStringLiteral("openContacts"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("K-1") },
                                           { QStringLiteral("kind"), QStringLiteral("followup") },
                                           { QStringLiteral("owner"), agent(7, QStringLiteral("agent7")) } },
                             QJsonObject { { QStringLiteral("id"), QStringLiteral("K-2") },
                                           { QStringLiteral("owner"), agent(1, QStringLiteral("agent1")) } } });
    loader.setDetails(data);
    ASSERT_EQ(loader.foreignOpenContacts().size(), 1);
    EXPECT_EQ(loader.foreignOpenContacts().first().owner.login, QStringLiteral("agent7"));
}

TEST(CustomerLoader, EventsUpdateModelsAtOnceAndRefetchOnce)
{
    CustomerLoader loader;
    QAbstractItemModelTester orders(loader.orderModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester invoices(loader.invoiceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    loader.setDetails(customerView());
    EXPECT_EQ(loader.orderModel()->rowCount(), 2);
    EXPECT_EQ(loader.invoiceModel()->rowCount(), 1);

    QSignalSpy orderUpdated(&loader, &CustomerLoader::orderUpdated);
    QSignalSpy failed(&loader, &CustomerLoader::loadFailed); // the refetch fails here: no connection
    QJsonObject o = order(QStringLiteral("O-200009"), QStringLiteral("placed"), QStringLiteral("10.00"),
                          QStringLiteral("2024-05-03T10:00:00.000Z"));
    o.insert(QStringLiteral("lines"),
             QJsonArray { QJsonObject { { QStringLiteral("sku"), QStringLiteral("SKU-1") } } });
    loader.handleEvent(customerEvent(QStringLiteral("order.updated"), QJsonObject { { QStringLiteral("order"), o } }));
    loader.handleEvent(
        customerEvent(QStringLiteral("invoice.updated"),
                      QJsonObject { { QStringLiteral("invoice"),
                                      invoice(QStringLiteral("I-300001"), QStringLiteral("0.00"), false) } }));
    EXPECT_EQ(orderUpdated.count(), 1);
    EXPECT_EQ(loader.orderModel()->rowCount(), 3);
    EXPECT_EQ(loader.invoiceModel()->rowCount(), 0);
    EXPECT_TRUE(failed.wait(3000));
    QTest::qWait(300);
    EXPECT_EQ(failed.count(), 1) << "a burst of events causes one refetch";

    // customer.updated carries the customer: applied without a round trip.
    QJsonObject customer = customerView().value(QStringLiteral("customer")).toObject();
    customer.insert(QStringLiteral("notes"), QStringLiteral("Changed elsewhere"));
    loader.handleEvent(
        customerEvent(QStringLiteral("customer.updated"), QJsonObject { { QStringLiteral("customer"), customer } }));
    EXPECT_EQ(loader.details().notes, QStringLiteral("Changed elsewhere"));
    EXPECT_EQ(loader.orderModel()->rowCount(), 3) << "orders stay as they are";
}
