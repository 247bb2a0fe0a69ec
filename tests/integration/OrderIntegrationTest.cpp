#include "CommerceTestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace spocs;
using namespace spocs::test;
using namespace spocs::test::commerce;

namespace {

// One coordinator with the demo world for the whole suite. The demo seeder puts every
// 20th product (P-10020, P-10040, ...) on sale with exactly one unit free; each test that
// sells a last unit uses its own SKU.
class OrderTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_coordinator = new CoordinatorProcess;
        ASSERT_TRUE(s_coordinator->start()) << s_coordinator->output().toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_coordinator;
        s_coordinator = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(loginAndWait(m_agent, s_coordinator->url(), QStringLiteral("agent1")).ok);
        ASSERT_TRUE(loginAndWait(m_other, s_coordinator->url(), QStringLiteral("agent2")).ok);
    }

    // A product on sale with at least `units` available.
    QJsonObject productWithStock(int units)
    {
        for (int i = 1; i <= 200; ++i) {
            const QJsonObject p = product(m_agent, QStringLiteral("P-%1").arg(10000 + i));
            if (!p.value(QStringLiteral("discontinued")).toBool()
                && p.value(QStringLiteral("available")).toInteger() >= units && i % 20 != 0)
                return p;
        }
        ADD_FAILURE() << "no product with " << units << " units";
        return {};
    }

    // An order of a demo customer in the given status: {number, version, customer}.
    QJsonObject orderInStatus(const QString &status)
    {
        for (int n = 1000; n < 1200; ++n) {
            const QString id = QStringLiteral("C-%1").arg(n);
            for (const QJsonValue &o : view(m_agent, id).value(QStringLiteral("orders")).toArray()) {
                QJsonObject order = o.toObject();
                if (order.value(QStringLiteral("status")).toString() == status) {
                    order.insert(QStringLiteral("customer"), id);
                    return order;
                }
            }
        }
        ADD_FAILURE() << "no order in status " << status.toStdString();
        return {};
    }

    Reply place(Connection &c, const QString &customer, const QJsonArray &lines, const QString &cid = {})
    {
        QJsonObject args { { QStringLiteral("customer"), customer }, { QStringLiteral("lines"), lines } };
        if (!cid.isEmpty())
            args.insert(QStringLiteral("cid"), cid);
        return callWrite(c, QStringLiteral("order.place"), args);
    }

    // Imports an old placed order of `units` × `sku` for C-1001 (imports are history and
    // reserve nothing): {number, version, currency}.
    QJsonObject importOldOrder(const QString &number, const QString &sku, int units)
    {
        QTemporaryDir dir;
        const auto write = [&dir](const QString &name, const QByteArray &text) {
            QFile file(dir.filePath(name));
            EXPECT_TRUE(file.open(QIODevice::WriteOnly));
            file.write(text);
            return file.fileName();
        };
        const QString orders
            = write(QStringLiteral("orders.csv"),
                    QStringLiteral("number,customer,status,currency\n%1,C-1001,placed,EUR\n").arg(number).toUtf8());
        const QString lines
            = write(QStringLiteral("order-lines.csv"),
                    QStringLiteral("order,sku,quantity\n%1,%2,%3\n").arg(number, sku).arg(units).toUtf8());
        const CliResult imported
            = runCli({ QStringLiteral("--db"), s_coordinator->dbPath(), QStringLiteral("import"),
                       QStringLiteral("--orders"), orders, QStringLiteral("--order-lines"), lines });
        EXPECT_EQ(imported.exitCode, 0) << imported.out.toStdString() << imported.err.toStdString();
        const Reply get = call(m_agent, QStringLiteral("order.get"), { { QStringLiteral("number"), number } });
        EXPECT_TRUE(get.ok) << number.toStdString() << ": " << get.error.message.toStdString();
        return get.data.value(QStringLiteral("order")).toObject();
    }

    static QJsonArray oneLine(const QString &sku, int quantity)
    {
        return QJsonArray { QJsonObject { { QStringLiteral("sku"), sku }, { QStringLiteral("quantity"), quantity } } };
    }

    static CoordinatorProcess *s_coordinator;
    Connection m_agent;
    Connection m_other;
};
CoordinatorProcess *OrderTest::s_coordinator = nullptr;

QJsonObject orderOf(const Reply &r)
{
    return r.data.value(QStringLiteral("order")).toObject();
}

} // namespace

TEST_F(OrderTest, ProductSearchAndGetShowPriceAvailabilityAndLeadTime)
{
    const Reply search = call(m_agent, QStringLiteral("product.search"),
                              { { QStringLiteral("q"), QStringLiteral("router") }, { QStringLiteral("limit"), 50 } });
    ASSERT_TRUE(search.ok) << search.error.message.toStdString();
    const QJsonArray items = search.data.value(QStringLiteral("items")).toArray();
    ASSERT_FALSE(items.isEmpty());
    for (const QJsonValue &v : items) {
        const QJsonObject p = v.toObject();
        EXPECT_TRUE(p.value(QStringLiteral("name")).toString().contains(QStringLiteral("Router")));
        EXPECT_EQ(p.value(QStringLiteral("available")).toInteger(),
                  p.value(QStringLiteral("stockOnHand")).toInteger() - p.value(QStringLiteral("reserved")).toInteger());
        EXPECT_GT(cents(p.value(QStringLiteral("price"))), 0);
        EXPECT_FALSE(p.value(QStringLiteral("currency")).toString().isEmpty());
    }
    // Exact SKU first.
    const Reply bySku
        = call(m_agent, QStringLiteral("product.search"), { { QStringLiteral("q"), QStringLiteral("P-10007") } });
    ASSERT_TRUE(bySku.ok);
    EXPECT_EQ(bySku.data.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("sku")),
              QStringLiteral("P-10007"));

    // Out of stock: available 0 and a lead time.
    bool sawOutOfStock = false;
    for (int i = 1; i <= 200 && !sawOutOfStock; ++i) {
        const QJsonObject p = product(m_agent, QStringLiteral("P-%1").arg(10000 + i));
        if (p.value(QStringLiteral("stockOnHand")).toInteger() == 0) {
            sawOutOfStock = true;
            EXPECT_EQ(p.value(QStringLiteral("available")).toInteger(), 0);
            EXPECT_GT(p.value(QStringLiteral("leadTimeDays")).toInteger(), 0);
        }
    }
    EXPECT_TRUE(sawOutOfStock);
    EXPECT_EQ(call(m_agent, QStringLiteral("product.get"), { { QStringLiteral("sku"), QStringLiteral("P-99999") } })
                  .error.code,
              ErrorCode::NotFound);
    EXPECT_EQ(call(m_agent, QStringLiteral("product.search"), { { QStringLiteral("limit"), 500 } }).error.code,
              ErrorCode::BadRequest);
}

TEST_F(OrderTest, PlacingAnOrderReservesStockAndTheCoordinatorComputesTotals)
{
    const QJsonObject p = productWithStock(5);
    const QString sku = p.value(QStringLiteral("sku")).toString();
    const qint64 reservedBefore = p.value(QStringLiteral("reserved")).toInteger();

    // The other desktop has the customer and the product open.
    QSignalSpy events(&m_other, &Connection::eventReceived);
    m_other.subscribe(QStringLiteral("customer:C-1030"));
    m_other.subscribe(QStringLiteral("product:") + sku);
    QTest::qWait(300);

    // A client-sent price and total are ignored.
    const QJsonArray lines { QJsonObject { { QStringLiteral("sku"), sku },
                                           { QStringLiteral("quantity"), 2 },
                                           { QStringLiteral("unitPrice"), QStringLiteral("0.01") },
                                           { QStringLiteral("lineTotal"), QStringLiteral("0.02") } } };
    const Reply r = callWrite(m_agent, QStringLiteral("order.place"),
                              { { QStringLiteral("customer"), QStringLiteral("C-1030") },
                                { QStringLiteral("lines"), lines },
                                { QStringLiteral("total"), QStringLiteral("0.02") } });
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    const QJsonObject order = orderOf(r);
    EXPECT_EQ(order.value(QStringLiteral("status")).toString(), QStringLiteral("placed"));
    EXPECT_TRUE(order.value(QStringLiteral("number")).toString().startsWith(QStringLiteral("O-")));
    const QJsonObject line = order.value(QStringLiteral("lines")).toArray().first().toObject();
    EXPECT_EQ(line.value(QStringLiteral("unitPrice")), p.value(QStringLiteral("price")));
    EXPECT_EQ(cents(line.value(QStringLiteral("lineTotal"))), 2 * cents(p.value(QStringLiteral("price"))));
    EXPECT_EQ(cents(order.value(QStringLiteral("total"))),
              cents(order.value(QStringLiteral("subtotal"))) + cents(order.value(QStringLiteral("shipping")))
                  + cents(order.value(QStringLiteral("tax"))));
    EXPECT_EQ(cents(order.value(QStringLiteral("subtotal"))), cents(line.value(QStringLiteral("lineTotal"))));
    EXPECT_EQ(order.value(QStringLiteral("history")).toArray().first().toObject().value(QStringLiteral("action")),
              QStringLiteral("placed"));

    const QJsonObject after = product(m_agent, sku);
    EXPECT_EQ(after.value(QStringLiteral("reserved")).toInteger(), reservedBefore + 2);

    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return !eventsOf(events, QStringLiteral("order.updated")).isEmpty()
                && !eventsOf(events, QStringLiteral("product.updated")).isEmpty();
        },
        10000));
    const auto updates = eventsOf(events, QStringLiteral("order.updated"));
    ASSERT_FALSE(updates.isEmpty());
    EXPECT_EQ(updates.last().data.value(QStringLiteral("order")).toObject().value(QStringLiteral("number")),
              order.value(QStringLiteral("number")));
    const auto stock = eventsOf(events, QStringLiteral("product.updated"));
    ASSERT_FALSE(stock.isEmpty());
    EXPECT_EQ(
        stock.last().data.value(QStringLiteral("product")).toObject().value(QStringLiteral("reserved")).toInteger(),
        reservedBefore + 2);

    // The order is in the customer's view and timeline.
    const QJsonObject v = view(m_agent, QStringLiteral("C-1030"));
    EXPECT_EQ(v.value(QStringLiteral("openOrders")).toArray().first().toObject().value(QStringLiteral("number")),
              order.value(QStringLiteral("number")));
    EXPECT_EQ(v.value(QStringLiteral("recentHistory")).toArray().first().toObject().value(QStringLiteral("ref")),
              order.value(QStringLiteral("number")));
}

TEST_F(OrderTest, TwoAgentsSellingTheLastUnitExactlyOneSucceeds)
{
    const QString sku = QStringLiteral("P-10040");
    ASSERT_EQ(product(m_agent, sku).value(QStringLiteral("available")).toInteger(), 1);

    std::optional<Reply> first, second;
    m_agent.write(
        QStringLiteral("order.place"),
        { { QStringLiteral("customer"), QStringLiteral("C-1040") }, { QStringLiteral("lines"), oneLine(sku, 1) } },
        &m_agent, [&](const Reply &r) { first = r; });
    m_other.write(
        QStringLiteral("order.place"),
        { { QStringLiteral("customer"), QStringLiteral("C-1041") }, { QStringLiteral("lines"), oneLine(sku, 1) } },
        &m_other, [&](const Reply &r) { second = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return first && second; }, 15000));
    EXPECT_EQ(int(first->ok) + int(second->ok), 1) << "exactly one sale";
    const Reply &loser = first->ok ? *second : *first;
    EXPECT_EQ(loser.error.code, ErrorCode::InsufficientStock);
    EXPECT_EQ(loser.error.details.value(QStringLiteral("sku")).toString(), sku);
    EXPECT_EQ(loser.error.details.value(QStringLiteral("available")).toInteger(), 0);
    EXPECT_EQ(loser.error.details.value(QStringLiteral("requested")).toInteger(), 1);
    EXPECT_TRUE(loser.error.details.contains(QStringLiteral("leadTimeDays")));

    const QJsonObject after = product(m_agent, sku);
    EXPECT_EQ(after.value(QStringLiteral("available")).toInteger(), 0);
    EXPECT_EQ(after.value(QStringLiteral("reserved")).toInteger(), 1);
}

TEST_F(OrderTest, ALineShortOfStockFailsTheWholeOrderAndReservesNothing)
{
    const QJsonObject good = productWithStock(3);
    const QString goodSku = good.value(QStringLiteral("sku")).toString();
    const QJsonArray lines { QJsonObject { { QStringLiteral("sku"), goodSku }, { QStringLiteral("quantity"), 1 } },
                             QJsonObject { { QStringLiteral("sku"), QStringLiteral("P-10060") },
                                           { QStringLiteral("quantity"), 2 } } };
    const Reply r = place(m_agent, QStringLiteral("C-1042"), lines);
    EXPECT_EQ(r.error.code, ErrorCode::InsufficientStock);
    EXPECT_EQ(r.error.details.value(QStringLiteral("sku")).toString(), QStringLiteral("P-10060"));
    EXPECT_EQ(r.error.details.value(QStringLiteral("available")).toInteger(), 1);
    EXPECT_EQ(product(m_agent, goodSku).value(QStringLiteral("reserved")), good.value(QStringLiteral("reserved")));
    EXPECT_EQ(product(m_agent, QStringLiteral("P-10060")).value(QStringLiteral("reserved")).toInteger(), 0);

    EXPECT_EQ(place(m_agent, QStringLiteral("C-1042"), oneLine(QStringLiteral("P-99999"), 1)).error.code,
              ErrorCode::NotFound);
    EXPECT_EQ(place(m_agent, QStringLiteral("C-1042"), QJsonArray {}).error.code, ErrorCode::BadRequest);
    EXPECT_EQ(place(m_agent, QStringLiteral("C-1042"), oneLine(goodSku, 0)).error.code, ErrorCode::BadRequest);
    EXPECT_EQ(place(m_agent, QStringLiteral("C-999999"), oneLine(goodSku, 1)).error.code, ErrorCode::NotFound);
}

TEST_F(OrderTest, RetriedCidIsAppliedOnceAndReservesStockOnce)
{
    const QJsonObject p = productWithStock(4);
    const QString sku = p.value(QStringLiteral("sku")).toString();
    const QString cid = freshCid();
    const Reply first = place(m_agent, QStringLiteral("C-1043"), oneLine(sku, 3), cid);
    ASSERT_TRUE(first.ok) << first.error.message.toStdString();
    const Reply retry = place(m_agent, QStringLiteral("C-1043"), oneLine(sku, 3), cid);
    ASSERT_TRUE(retry.ok);
    EXPECT_EQ(retry.data, first.data) << "a retry gets the original answer";
    EXPECT_EQ(product(m_agent, sku).value(QStringLiteral("reserved")).toInteger(),
              p.value(QStringLiteral("reserved")).toInteger() + 3);
}

TEST_F(OrderTest, ChangeIsAllowedWhilePlacedAndReReservesOnlyTheDifference)
{
    const QJsonObject p = productWithStock(6);
    const QString sku = p.value(QStringLiteral("sku")).toString();
    const qint64 reserved = p.value(QStringLiteral("reserved")).toInteger();
    const Reply placed = place(m_agent, QStringLiteral("C-1044"), oneLine(sku, 2));
    ASSERT_TRUE(placed.ok) << placed.error.message.toStdString();
    const QJsonObject order = orderOf(placed);
    const QString number = order.value(QStringLiteral("number")).toString();
    const qint64 version = order.value(QStringLiteral("version")).toInteger();

    const Reply changed = callWrite(m_agent, QStringLiteral("order.change"),
                                    { { QStringLiteral("number"), number },
                                      { QStringLiteral("version"), version },
                                      { QStringLiteral("lines"), oneLine(sku, 5) },
                                      { QStringLiteral("shippingAddress"),
                                        QJsonObject { { QStringLiteral("street"), QStringLiteral("Hauptstraße 5") },
                                                      { QStringLiteral("city"), QStringLiteral("Berlin") },
                                                      { QStringLiteral("postcode"), QStringLiteral("10115") },
                                                      { QStringLiteral("country"), QStringLiteral("DE") } } } });
    ASSERT_TRUE(changed.ok) << changed.error.message.toStdString();
    const QJsonObject after = orderOf(changed);
    EXPECT_EQ(after.value(QStringLiteral("version")).toInteger(), version + 1);
    EXPECT_EQ(
        after.value(QStringLiteral("lines")).toArray().first().toObject().value(QStringLiteral("quantity")).toInteger(),
        5);
    EXPECT_EQ(after.value(QStringLiteral("shippingAddress")).toObject().value(QStringLiteral("city")).toString(),
              QStringLiteral("Berlin"));
    EXPECT_EQ(after.value(QStringLiteral("history")).toArray().last().toObject().value(QStringLiteral("action")),
              QStringLiteral("changed"));
    EXPECT_EQ(product(m_agent, sku).value(QStringLiteral("reserved")).toInteger(), reserved + 5);

    // A stale screen gets version_conflict with the current version, and nothing changes.
    const Reply stale = callWrite(m_agent, QStringLiteral("order.change"),
                                  { { QStringLiteral("number"), number },
                                    { QStringLiteral("version"), version },
                                    { QStringLiteral("lines"), oneLine(sku, 1) } });
    EXPECT_EQ(stale.error.code, ErrorCode::VersionConflict);
    EXPECT_EQ(stale.error.details.value(QStringLiteral("current")).toInteger(), version + 1);
    EXPECT_EQ(product(m_agent, sku).value(QStringLiteral("reserved")).toInteger(), reserved + 5);

    // Cancelling releases the reservation.
    const Reply cancelled = callWrite(m_agent, QStringLiteral("order.cancel"),
                                      { { QStringLiteral("number"), number },
                                        { QStringLiteral("version"), version + 1 },
                                        { QStringLiteral("reason"), QStringLiteral("Customer changed their mind") } });
    ASSERT_TRUE(cancelled.ok) << cancelled.error.message.toStdString();
    EXPECT_EQ(orderOf(cancelled).value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    EXPECT_EQ(orderOf(cancelled).value(QStringLiteral("cancelReason")).toString(),
              QStringLiteral("Customer changed their mind"));
    EXPECT_EQ(product(m_agent, sku).value(QStringLiteral("reserved")).toInteger(), reserved);

    // A cancelled order cannot be changed.
    const Reply again = callWrite(m_agent, QStringLiteral("order.change"),
                                  { { QStringLiteral("number"), number },
                                    { QStringLiteral("version"), version + 2 },
                                    { QStringLiteral("lines"), oneLine(sku, 1) } });
    EXPECT_EQ(again.error.code, ErrorCode::InvalidState);
}

TEST_F(OrderTest, CancelOrChangeAfterShippingIsRejectedWithInvalidState)
{
    const QJsonObject shipped = orderInStatus(QStringLiteral("shipped"));
    const QString number = shipped.value(QStringLiteral("number")).toString();
    ASSERT_FALSE(number.isEmpty());
    const qint64 version = shipped.value(QStringLiteral("version")).toInteger();

    const Reply cancel = callWrite(m_agent, QStringLiteral("order.cancel"),
                                   { { QStringLiteral("number"), number },
                                     { QStringLiteral("version"), version },
                                     { QStringLiteral("reason"), QStringLiteral("Too late") } });
    EXPECT_EQ(cancel.error.code, ErrorCode::InvalidState);
    EXPECT_EQ(cancel.error.details.value(QStringLiteral("status")).toString(), QStringLiteral("shipped"));
    EXPECT_TRUE(cancel.error.details.value(QStringLiteral("allowed")).toArray().contains(QStringLiteral("placed")));

    const Reply change = callWrite(m_agent, QStringLiteral("order.change"),
                                   { { QStringLiteral("number"), number },
                                     { QStringLiteral("version"), version },
                                     { QStringLiteral("lines"), oneLine(QStringLiteral("P-10001"), 1) } });
    EXPECT_EQ(change.error.code, ErrorCode::InvalidState);
    EXPECT_EQ(change.error.details.value(QStringLiteral("status")).toString(), QStringLiteral("shipped"));

    const Reply get = call(m_agent, QStringLiteral("order.get"), { { QStringLiteral("number"), number } });
    ASSERT_TRUE(get.ok);
    EXPECT_EQ(orderOf(get).value(QStringLiteral("status")).toString(), QStringLiteral("shipped"));
    EXPECT_EQ(orderOf(get).value(QStringLiteral("version")).toInteger(), version);
    EXPECT_FALSE(orderOf(get).value(QStringLiteral("history")).toArray().isEmpty());

    EXPECT_EQ(callWrite(m_agent, QStringLiteral("order.cancel"),
                        { { QStringLiteral("number"), number },
                          { QStringLiteral("version"), version },
                          { QStringLiteral("reason"), QString() } })
                  .error.code,
              ErrorCode::BadRequest);
}

// Regression: an order for a customer whose account is in another currency was labelled
// with the account's currency while carrying the catalogue's (EUR) numbers.
TEST_F(OrderTest, OrderKeepsTheCatalogueCurrencyWhateverTheAccountCurrency)
{
    QString customer;
    QString accountCurrency;
    for (int n = 1000; n < 1200 && customer.isEmpty(); ++n) {
        const QString id = QStringLiteral("C-%1").arg(n);
        const Reply view = call(m_agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), id } });
        const QString c = view.data.value(QStringLiteral("customer"))
                              .toObject()
                              .value(QStringLiteral("account"))
                              .toObject()
                              .value(QStringLiteral("currency"))
                              .toString();
        if (view.ok && !c.isEmpty() && c != u"EUR") {
            customer = id;
            accountCurrency = c;
        }
    }
    ASSERT_FALSE(customer.isEmpty()) << "the demo world has accounts in several currencies";
    const QJsonObject p = productWithStock(2);
    ASSERT_NE(p.value(QStringLiteral("currency")).toString(), accountCurrency);
    const Reply r = callWrite(m_agent, QStringLiteral("order.place"),
                              { { QStringLiteral("customer"), customer },
                                { QStringLiteral("lines"),
                                  QJsonArray { QJsonObject { { QStringLiteral("sku"), p.value(QStringLiteral("sku")) },
                                                             { QStringLiteral("quantity"), 1 } } } } });
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    EXPECT_EQ(orderOf(r).value(QStringLiteral("currency")).toString(), p.value(QStringLiteral("currency")).toString());
}

// An order that never reserved its units (imported history) must not free units
// that other orders hold when it is cancelled: the last unit would be sold twice.
TEST_F(OrderTest, CancellingAnOrderThatHeldNoReservationFreesNoOneElsesUnit)
{
    const QString sku = QStringLiteral("P-10120");
    const QJsonObject old = importOldOrder(QStringLiteral("O-900001"), sku, 3);
    ASSERT_EQ(product(m_agent, sku).value(QStringLiteral("available")).toInteger(), 1);
    ASSERT_EQ(product(m_agent, sku).value(QStringLiteral("reserved")).toInteger(), 0);

    const Reply sold = place(m_agent, QStringLiteral("C-1045"), oneLine(sku, 1));
    ASSERT_TRUE(sold.ok) << sold.error.message.toStdString();

    const Reply cancelled = callWrite(m_other, QStringLiteral("order.cancel"),
                                      { { QStringLiteral("number"), old.value(QStringLiteral("number")) },
                                        { QStringLiteral("version"), old.value(QStringLiteral("version")) },
                                        { QStringLiteral("reason"), QStringLiteral("Duplicate") } });
    ASSERT_TRUE(cancelled.ok) << cancelled.error.message.toStdString();
    const QJsonObject after = product(m_agent, sku);
    EXPECT_EQ(after.value(QStringLiteral("reserved")).toInteger(), 1) << "the sold unit stays held";
    EXPECT_EQ(after.value(QStringLiteral("available")).toInteger(), 0);

    const Reply again = place(m_other, QStringLiteral("C-1046"), oneLine(sku, 1));
    EXPECT_EQ(again.error.code, ErrorCode::InsufficientStock) << "the last unit is sold once";
}

TEST_F(OrderTest, ChangingAnOrderThatHeldNoReservationFreesNoOneElsesUnit)
{
    const QString sku = QStringLiteral("P-10140");
    const QJsonObject old = importOldOrder(QStringLiteral("O-900002"), sku, 3);
    ASSERT_EQ(product(m_agent, sku).value(QStringLiteral("available")).toInteger(), 1);

    const Reply sold = place(m_agent, QStringLiteral("C-1047"), oneLine(sku, 1));
    ASSERT_TRUE(sold.ok) << sold.error.message.toStdString();

    // The old order drops the product for another one in its currency.
    QString other;
    for (int i = 1; i <= 200 && other.isEmpty(); ++i) {
        const QJsonObject p = product(m_agent, QStringLiteral("P-%1").arg(10000 + i));
        if (i % 20 != 0 && !p.value(QStringLiteral("discontinued")).toBool()
            && p.value(QStringLiteral("available")).toInteger() >= 1
            && p.value(QStringLiteral("currency")) == old.value(QStringLiteral("currency")))
            other = p.value(QStringLiteral("sku")).toString();
    }
    ASSERT_FALSE(other.isEmpty());
    const Reply changed = callWrite(m_other, QStringLiteral("order.change"),
                                    { { QStringLiteral("number"), old.value(QStringLiteral("number")) },
                                      { QStringLiteral("version"), old.value(QStringLiteral("version")) },
                                      { QStringLiteral("lines"), oneLine(other, 1) } });
    ASSERT_TRUE(changed.ok) << changed.error.message.toStdString();
    EXPECT_EQ(product(m_agent, sku).value(QStringLiteral("reserved")).toInteger(), 1) << "the sold unit stays held";

    const Reply again = place(m_other, QStringLiteral("C-1048"), oneLine(sku, 1));
    EXPECT_EQ(again.error.code, ErrorCode::InsufficientStock) << "the last unit is sold once";
}

// An order's totals are in one currency: a change may not bring in a product priced in
// another, just as placing may not.
TEST_F(OrderTest, ChangingLinesRefusesAProductInAnotherCurrency)
{
    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("products.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("sku,name,price,currency,stock_on_hand\nP-USD-1,Travel Adapter,12.00,USD,5\n");
    csv.close();
    const CliResult imported = runCli({ QStringLiteral("--db"), s_coordinator->dbPath(), QStringLiteral("import"),
                                        QStringLiteral("--products"), csv.fileName() });
    ASSERT_EQ(imported.exitCode, 0) << imported.out.toStdString() << imported.err.toStdString();
    const QString usd = QStringLiteral("P-USD-1");
    ASSERT_EQ(product(m_agent, usd).value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));

    const QJsonObject p = productWithStock(1);
    const QString eur = p.value(QStringLiteral("sku")).toString();
    ASSERT_EQ(p.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    const Reply placed = place(m_agent, QStringLiteral("C-1049"), oneLine(eur, 1));
    ASSERT_TRUE(placed.ok) << placed.error.message.toStdString();
    const QString number = orderOf(placed).value(QStringLiteral("number")).toString();
    const qint64 version = orderOf(placed).value(QStringLiteral("version")).toInteger();

    for (const QJsonArray &lines :
         { oneLine(usd, 1), QJsonArray { oneLine(eur, 1).first(), oneLine(usd, 2).first() } }) {
        const Reply changed = callWrite(m_agent, QStringLiteral("order.change"),
                                        { { QStringLiteral("number"), number },
                                          { QStringLiteral("version"), version },
                                          { QStringLiteral("lines"), lines } });
        EXPECT_EQ(changed.error.code, ErrorCode::BadRequest);
        EXPECT_EQ(changed.error.details.value(QStringLiteral("field")).toString(), QStringLiteral("lines"));
        EXPECT_EQ(changed.error.details.value(QStringLiteral("sku")).toString(), usd);
    }
    EXPECT_EQ(product(m_agent, usd).value(QStringLiteral("reserved")).toInteger(), 0);
    const Reply get = call(m_agent, QStringLiteral("order.get"), { { QStringLiteral("number"), number } });
    ASSERT_TRUE(get.ok);
    EXPECT_EQ(orderOf(get).value(QStringLiteral("version")).toInteger(), version);
    EXPECT_EQ(orderOf(get).value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
}
