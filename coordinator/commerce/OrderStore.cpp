#include "coordinator/commerce/OrderStore.h"

#include "coordinator/customers/CustomerHistory.h"
#include "coordinator/customers/CustomerStore.h"
#include "coordinator/storage/Database.h"
#include "coordinator/storage/SqlValues.h"
#include "core/Try.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>

namespace spocs {
namespace {

Error notFound(const QString &number)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("no order %1").arg(number.left(32)),
                     QJsonObject { { QStringLiteral("number"), number.left(32) } });
}

Error invalidState(const QString &status, const QStringList &allowed, const QString &what)
{
    return makeError(ErrorCode::InvalidState, QStringLiteral("%1 is not possible in status %2").arg(what, status),
                     QJsonObject { { QStringLiteral("status"), status },
                                   { QStringLiteral("allowed"), QJsonArray::fromStringList(allowed) } });
}

Error mixedCurrencies(const QString &sku)
{
    return makeError(
        ErrorCode::BadRequest, QStringLiteral("the products of one order must share a currency"),
        QJsonObject { { QStringLiteral("field"), QStringLiteral("lines") }, { QStringLiteral("sku"), sku.left(32) } });
}

QString linesText(int lines)
{
    return lines == 1 ? QStringLiteral("1 line") : QStringLiteral("%1 lines").arg(lines);
}

} // namespace

struct OrderStore::Row
{
    qint64 id = 0;
    qint64 customerRowId = 0;
    QString customerId;
    QString status;
    qint64 version = 0;
    QString country;
    QString currency;
};

OrderStore::OrderStore(Database &db)
    : m_db(db)
{ }

int OrderStore::taxPercentFor(const QString &country)
{
    static const QHash<QString, int> rates {
        { QStringLiteral("DE"), 19 }, { QStringLiteral("GB"), 20 }, { QStringLiteral("US"), 0 },
        { QStringLiteral("FR"), 20 }, { QStringLiteral("ES"), 21 }, { QStringLiteral("PL"), 23 },
        { QStringLiteral("IT"), 22 }, { QStringLiteral("DK"), 25 }, { QStringLiteral("SE"), 25 },
        { QStringLiteral("TR"), 20 }, { QStringLiteral("VN"), 10 }, { QStringLiteral("CN"), 13 },
    };
    return rates.value(country.toUpper(), 0);
}

Result<OrderStore::Row> OrderStore::load(const QString &number)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral(
                       "SELECT o.id, o.customer_id, c.public_id, o.status, o.version, COALESCE(o.ship_country, ''), "
                       "o.currency FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.number = ?"),
                   { number }, "load order"));
    if (!q.next())
        return notFound(number);
    Row row;
    row.id = q.value(0).toLongLong();
    row.customerRowId = q.value(1).toLongLong();
    row.customerId = q.value(2).toString();
    row.status = q.value(3).toString();
    row.version = q.value(4).toLongLong();
    row.country = q.value(5).toString();
    row.currency = q.value(6).toString();
    return row;
}

Result<QJsonObject> OrderStore::get(const QString &number)
{
    SPOCS_TRY_LET(row, load(number));
    SPOCS_TRY_LET(order, orderJson(row->id));
    return QJsonObject { { QStringLiteral("order"), order.value() } };
}

Result<QJsonObject> OrderStore::orderJson(qint64 orderId)
{
    SPOCS_TRY_LET(o, readOrder(orderId));
    return o->toJson();
}

Result<domain::Order> OrderStore::readOrder(qint64 orderId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery o,
        m_db.query(
            QStringLiteral(
                "SELECT o.number, c.public_id, o.status, o.subtotal_cents, o.shipping_cents, o.tax_cents, "
                "o.total_cents, "
                "o.currency, o.ship_street, o.ship_city, o.ship_postcode, o.ship_country, o.promised_on, o.created_at, "
                "o.updated_at, o.version, o.cancel_reason FROM orders o JOIN customers c ON c.id = o.customer_id "
                "WHERE o.id = ?"),
            { orderId }, "read order"));
    if (!o.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("order is gone"));
    domain::Order order;
    order.number = o.value(0).toString();
    order.customer = o.value(1).toString();
    domain::fromWireName(o.value(2).toString(), &order.status);
    order.subtotal = domain::Money { o.value(3).toLongLong() };
    order.shipping = domain::Money { o.value(4).toLongLong() };
    order.tax = domain::Money { o.value(5).toLongLong() };
    order.total = domain::Money { o.value(6).toLongLong() };
    order.currency = o.value(7).toString();
    order.shippingAddress = domain::Address { o.value(8).toString(), o.value(9).toString(), o.value(10).toString(),
                                              o.value(11).toString() };
    order.promisedOn = sqlvalues::optText(o, 12);
    order.createdAt = o.value(13).toString();
    order.updatedAt = o.value(14).toString();
    order.version = o.value(15).toLongLong();
    order.cancelReason = sqlvalues::optText(o, 16);

    SPOCS_TRY_ASSIGN(
        QSqlQuery l,
        m_db.query(
            QStringLiteral("SELECT COALESCE(p.sku, ''), l.description, l.quantity, l.unit_price_cents, l.total_cents "
                           "FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = ? "
                           "ORDER BY l.line_no"),
            { orderId }, "read order lines"));
    while (l.next()) {
        order.lines.append(domain::OrderLine { l.value(0).toString(), l.value(1).toString(), l.value(2).toLongLong(),
                                               domain::Money { l.value(3).toLongLong() },
                                               domain::Money { l.value(4).toLongLong() } });
    }

    SPOCS_TRY_ASSIGN(QSqlQuery h,
                     m_db.query(QStringLiteral("SELECT e.at, COALESCE(u.login, ''), e.action, e.detail "
                                               "FROM order_events e LEFT JOIN users u ON u.id = e.author_user_id "
                                               "WHERE e.order_id = ? ORDER BY e.id"),
                                { orderId }, "read order history"));
    while (h.next()) {
        domain::OrderEvent event { h.value(0).toString(), h.value(1).toString(), {}, h.value(3).toString() };
        domain::fromWireName(h.value(2).toString(), &event.action);
        order.history.append(event);
    }
    if (order.history.isEmpty()) {
        // Orders from before the order log (demo data, imports): their creation is known.
        order.history.append(domain::OrderEvent { order.createdAt, QString(), domain::OrderAction::Placed,
                                                  linesText(int(order.lines.size())) });
    }
    return order;
}

Result<void> OrderStore::reserve(const QList<qint64> &order, const QHash<qint64, qint64> &deltas,
                                 QStringList *changedSkus)
{
    QSqlQuery info = m_db.prepare(QStringLiteral("SELECT sku, stock_on_hand - reserved, lead_time_days, discontinued "
                                                 "FROM products WHERE id = ?"));
    // The availability condition sits in the UPDATE itself: check and reserve are one step.
    QSqlQuery take = m_db.prepare(QStringLiteral("UPDATE products SET reserved = reserved + ?, version = version + 1 "
                                                 "WHERE id = ? AND stock_on_hand - reserved >= ?"));
    QSqlQuery release = m_db.prepare(
        QStringLiteral("UPDATE products SET reserved = MAX(0, reserved - ?), version = version + 1 WHERE id = ?"));
    for (qint64 productId : order) {
        const qint64 delta = deltas.value(productId);
        if (delta == 0)
            continue;
        info.bindValue(0, productId);
        if (!info.exec() || !info.next())
            return sqlError(info, "product availability");
        const QString sku = info.value(0).toString();
        const qint64 available = std::max<qint64>(0, info.value(1).toLongLong());
        const qint64 leadTime = info.value(2).toLongLong();
        const bool discontinued = info.value(3).toInt() != 0;
        info.finish();
        if (delta > 0) {
            if (discontinued) {
                return makeError(ErrorCode::InvalidState, QStringLiteral("product %1 is discontinued").arg(sku),
                                 QJsonObject { { QStringLiteral("sku"), sku },
                                               { QStringLiteral("status"), QStringLiteral("discontinued") },
                                               { QStringLiteral("allowed"), QJsonArray {} } });
            }
            take.bindValue(0, delta);
            take.bindValue(1, productId);
            take.bindValue(2, delta);
            if (!take.exec())
                return sqlError(take, "reserve stock");
            if (take.numRowsAffected() != 1) {
                return makeError(ErrorCode::InsufficientStock,
                                 QStringLiteral("only %1 of %2 available").arg(available).arg(sku),
                                 QJsonObject { { QStringLiteral("sku"), sku },
                                               { QStringLiteral("requested"), delta },
                                               { QStringLiteral("available"), available },
                                               { QStringLiteral("leadTimeDays"), leadTime } });
            }
        } else {
            release.bindValue(0, -delta);
            release.bindValue(1, productId);
            if (!release.exec())
                return sqlError(release, "release stock");
        }
        changedSkus->append(sku);
    }
    return {};
}

Result<void> OrderStore::writeLines(qint64 orderId, const QList<Line> &lines, QHash<qint64, qint64> held,
                                    qint64 *subtotal)
{
    SPOCS_TRY(
        m_db.query(QStringLiteral("DELETE FROM order_lines WHERE order_id = ?"), { orderId }, "replace order lines"));
    QSqlQuery product = m_db.prepare(QStringLiteral("SELECT id, name, price_cents FROM products WHERE sku = ?"));
    QSqlQuery ins = m_db.prepare(
        QStringLiteral("INSERT INTO order_lines(order_id, line_no, product_id, description, "
                       "quantity, unit_price_cents, total_cents, reserved) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    *subtotal = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        product.bindValue(0, lines.at(i).sku);
        if (!product.exec() || !product.next())
            return sqlError(product, "order line product");
        const qint64 productId = product.value(0).toLongLong();
        const qint64 price = product.value(2).toLongLong();
        const qint64 total = price * lines.at(i).quantity;
        const qint64 reserved = std::min<qint64>(lines.at(i).quantity, held.value(productId));
        held[productId] -= reserved;
        ins.bindValue(0, orderId);
        ins.bindValue(1, int(i + 1));
        ins.bindValue(2, productId);
        ins.bindValue(3, product.value(1));
        ins.bindValue(4, lines.at(i).quantity);
        ins.bindValue(5, price);
        ins.bindValue(6, total);
        ins.bindValue(7, reserved);
        product.finish();
        if (!ins.exec())
            return sqlError(ins, "write order line");
        *subtotal += total;
    }
    return {};
}

Result<OrderStore::Holding> OrderStore::holding(qint64 orderId)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("SELECT product_id, SUM(quantity), SUM(reserved) FROM order_lines "
                                               "WHERE order_id = ? AND product_id IS NOT NULL "
                                               "GROUP BY product_id ORDER BY MIN(line_no)"),
                                { orderId }, "order reservations"));
    Holding out;
    while (q.next()) {
        const qint64 productId = q.value(0).toLongLong();
        out.order.append(productId);
        out.quantity.insert(productId, q.value(1).toLongLong());
        out.held.insert(productId, q.value(2).toLongLong());
    }
    return out;
}

Result<void> OrderStore::writeTotals(qint64 orderId, qint64 subtotal, const QString &country)
{
    const qint64 shipping = subtotal >= kFreeShippingFromCents ? 0 : kShippingCents;
    const qint64 tax = (subtotal + shipping) * taxPercentFor(country) / 100;
    SPOCS_TRY(m_db.query(QStringLiteral("UPDATE orders SET subtotal_cents = ?, shipping_cents = ?, "
                                        "tax_cents = ?, total_cents = ? WHERE id = ?"),
                         { subtotal, shipping, tax, subtotal + shipping + tax, orderId }, "order totals"));
    return {};
}

Result<void> OrderStore::logEvent(qint64 orderId, qint64 customerRowId, const QString &number, const QString &action,
                                  const QString &detail, qint64 authorUserId, const QString &at)
{
    SPOCS_TRY(m_db.query(QStringLiteral("INSERT INTO order_events(order_id, at, author_user_id, action, detail) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         { orderId, at, authorUserId > 0 ? QVariant(authorUserId) : QVariant(), action, detail },
                         "order event"));
    // The customer's timeline shows it too.
    SPOCS_TRY_LET(h,
                  CustomerHistory(m_db).append(
                      { customerRowId, at, QStringLiteral("order"),
                        authorUserId > 0 ? std::optional<qint64>(authorUserId) : std::nullopt,
                        QStringLiteral("Order %1 %2: %3").arg(number, action, detail).left(4000), number }));
    return {};
}

namespace {

// Units per product of a set of lines, and the products in first-mention order.
struct Demand
{
    QList<qint64> order;
    QHash<qint64, qint64> units;

    void add(qint64 productId, qint64 quantity)
    {
        if (!units.contains(productId))
            order.append(productId);
        units[productId] += quantity;
    }
};

struct Product
{
    qint64 id = 0;
    QString currency;
};

// The products of an order's lines by sku, with one prepared statement for all lines.
class ProductLookup
{
public:
    explicit ProductLookup(Database &db)
        : m_q(db.prepare(QStringLiteral("SELECT id, currency FROM products WHERE sku = ?")))
    { }

    // not_found names the sku.
    Result<Product> bySku(const QString &sku)
    {
        m_q.bindValue(0, sku);
        if (!m_q.exec())
            return sqlError(m_q, "order product");
        if (!m_q.next())
            return makeError(ErrorCode::NotFound, QStringLiteral("no product %1").arg(sku.left(32)),
                             QJsonObject { { QStringLiteral("sku"), sku.left(32) } });
        Product product { m_q.value(0).toLongLong(), m_q.value(1).toString() };
        m_q.finish();
        return product;
    }

private:
    QSqlQuery m_q;
};

} // namespace

Result<OrderStore::Outcome> OrderStore::place(const QString &customerId, const QList<Line> &lines,
                                              const std::optional<Address> &address, const QString &promisedOn,
                                              qint64 authorUserId)
{
    return m_db.write([&]() -> Result<Outcome> {
        Outcome out;
        SPOCS_TRY_ASSIGN(
            QSqlQuery c,
            m_db.query(QStringLiteral("SELECT c.id, COALESCE(NULLIF(c.company, ''), c.name), a.id, a.currency, "
                                      "ad.street, ad.city, ad.postcode, "
                                      "ad.country FROM customers c LEFT JOIN accounts a ON a.id = (SELECT id FROM "
                                      "accounts WHERE customer_id = "
                                      "c.id ORDER BY id LIMIT 1) LEFT JOIN addresses ad ON ad.id = (SELECT id FROM "
                                      "addresses WHERE customer_id "
                                      "= c.id ORDER BY kind = 'billing' DESC, id LIMIT 1) WHERE c.public_id = ?"),
                       { customerId }, "order customer"));
        if (!c.next())
            return CustomerStore::notFound(customerId);
        const qint64 customerRowId = c.value(0).toLongLong();
        const QString shipName = c.value(1).toString();
        const QVariant accountId = c.value(2);
        Address ship = address.value_or(
            Address { c.value(4).toString(), c.value(5).toString(), c.value(6).toString(), c.value(7).toString() });
        c.finish();
        if (ship.street.isEmpty() || ship.city.isEmpty() || ship.country.isEmpty())
            return makeError(ErrorCode::BadRequest, QStringLiteral("the customer has no address; give one"),
                             QJsonObject { { QStringLiteral("field"), QStringLiteral("shippingAddress") } });

        // Resolve the products; their prices are the only prices used, in their own
        // currency: money is never relabelled into another currency without a rate.
        Demand demand;
        QString currency;
        ProductLookup products(m_db);
        for (const Line &line : lines) {
            SPOCS_TRY_LET(product, products.bySku(line.sku));
            if (currency.isEmpty())
                currency = product->currency;
            else if (product->currency != currency)
                return mixedCurrencies(line.sku);
            demand.add(product->id, line.quantity);
        }
        SPOCS_TRY(reserve(demand.order, demand.units, &out.changedSkus));

        QSqlQuery next = m_db.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM orders"));
        if (!next.exec() || !next.next())
            return sqlError(next, "next order id");
        qint64 orderId = next.value(0).toLongLong();
        next.finish();
        QSqlQuery taken = m_db.prepare(QStringLiteral("SELECT 1 FROM orders WHERE number = ?"));
        QString number;
        for (;; ++orderId) { // imported orders may use any number
            number = QStringLiteral("O-%1").arg(200000 + orderId);
            taken.bindValue(0, number);
            if (!taken.exec())
                return sqlError(taken, "order number");
            const bool exists = taken.next();
            taken.finish();
            if (!exists)
                break;
        }
        const QString at = m_db.nowStamp();
        QSqlQuery ins = m_db.prepare(QStringLiteral(
            "INSERT INTO orders(id, number, customer_id, account_id, status, currency, promised_on, ship_name, "
            "ship_street, ship_city, ship_postcode, ship_country, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, 'placed', ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!execWith(ins,
                      { orderId, number, customerRowId, accountId, currency,
                        promisedOn.isEmpty() ? m_db.now().date().addDays(3).toString(Qt::ISODate) : promisedOn,
                        shipName, ship.street, ship.city, ship.postcode, ship.country.toUpper(), at, at }))
            return sqlError(ins, "place order");
        qint64 subtotal = 0;
        SPOCS_TRY(writeLines(orderId, lines, demand.units, &subtotal));
        SPOCS_TRY(writeTotals(orderId, subtotal, ship.country));
        SPOCS_TRY_LET(json, orderJson(orderId));
        const QString detail
            = QStringLiteral("%1, total %2 %3")
                  .arg(linesText(int(lines.size())), json->value(QStringLiteral("total")).toString(), currency);
        SPOCS_TRY(logEvent(orderId, customerRowId, number, QStringLiteral("placed"), detail, authorUserId, at));
        SPOCS_TRY_LET(final, orderJson(orderId));
        out.order = final.value();
        out.customerId = customerId;
        return out;
    });
}

Result<OrderStore::Outcome> OrderStore::change(const QString &number, qint64 expectedVersion,
                                               const std::optional<QList<Line>> &lines,
                                               const std::optional<Address> &address, qint64 authorUserId)
{
    return m_db.write([&]() -> Result<Outcome> {
        Outcome out;
        SPOCS_TRY_LET(row, load(number));
        static const QStringList lineStates { QStringLiteral("draft"), QStringLiteral("placed") };
        static const QStringList addressStates { QStringLiteral("draft"), QStringLiteral("placed"),
                                                 QStringLiteral("picked") };
        if (lines && !lineStates.contains(row->status))
            return invalidState(row->status, lineStates, QStringLiteral("changing the lines"));
        if (address && !addressStates.contains(row->status))
            return invalidState(row->status, addressStates, QStringLiteral("changing the address"));
        if (row->version != expectedVersion)
            return versionConflict("order", row->version, expectedVersion);
        QStringList what;
        QString country = row->country;
        if (address) {
            QSqlQuery u = m_db.prepare(QStringLiteral("UPDATE orders SET ship_street = ?, ship_city = ?, "
                                                      "ship_postcode = ?, ship_country = ? WHERE id = ?"));
            if (!execWith(u,
                          { address->street, address->city, address->postcode, address->country.toUpper(), row->id }))
                return sqlError(u, "change order address");
            country = address->country.toUpper();
            what.append(QStringLiteral("shipping address"));
        }
        qint64 subtotal = -1;
        if (lines) {
            // Reserve only the added units per product; fewer units release what the order
            // holds beyond the new quantity. Lines that never held stock (imported orders,
            // lines stock could not cover) release nothing: those units are not the order's.
            SPOCS_TRY_LET(before, holding(row->id));
            Demand demand;
            ProductLookup products(m_db);
            for (const Line &line : *lines) {
                SPOCS_TRY_LET(product, products.bySku(line.sku));
                // The order's totals are in its currency: as in place, no line in another.
                if (product->currency != row->currency)
                    return mixedCurrencies(line.sku);
                demand.add(product->id, line.quantity);
            }
            QList<qint64> order = demand.order;
            for (qint64 id : std::as_const(before->order)) {
                if (!demand.units.contains(id))
                    order.append(id);
            }
            QHash<qint64, qint64> deltas;
            QHash<qint64, qint64> held;
            for (qint64 id : std::as_const(order)) {
                const qint64 wanted = demand.units.value(id);
                const qint64 had = before->quantity.value(id);
                const qint64 hadHeld = before->held.value(id);
                const qint64 nowHeld = wanted > had ? hadHeld + (wanted - had) : std::min(hadHeld, wanted);
                deltas.insert(id, nowHeld - hadHeld);
                held.insert(id, nowHeld);
            }
            SPOCS_TRY(reserve(order, deltas, &out.changedSkus));
            SPOCS_TRY(writeLines(row->id, *lines, held, &subtotal));
            what.prepend(QStringLiteral("lines (%1)").arg(linesText(int(lines->size()))));
        } else {
            QSqlQuery s = m_db.prepare(QStringLiteral("SELECT subtotal_cents FROM orders WHERE id = ?"));
            s.addBindValue(row->id);
            if (!s.exec() || !s.next())
                return sqlError(s, "order subtotal");
            subtotal = s.value(0).toLongLong();
        }
        SPOCS_TRY(writeTotals(row->id, subtotal, country));
        const QString at = m_db.nowStamp();
        SPOCS_TRY(m_db.query(QStringLiteral("UPDATE orders SET version = version + 1, updated_at = ? "
                                            "WHERE id = ?"),
                             { at, row->id }, "bump order version"));
        SPOCS_TRY(logEvent(row->id, row->customerRowId, number, QStringLiteral("changed"), what.join(u", "),
                           authorUserId, at));
        SPOCS_TRY_LET(json, orderJson(row->id));
        out.order = json.value();
        out.customerId = row->customerId;
        return out;
    });
}

Result<OrderStore::Outcome> OrderStore::cancel(const QString &number, qint64 expectedVersion, const QString &reason,
                                               qint64 authorUserId)
{
    return m_db.write([&]() -> Result<Outcome> {
        Outcome out;
        SPOCS_TRY_LET(row, load(number));
        static const QStringList allowed { QStringLiteral("draft"), QStringLiteral("placed"),
                                           QStringLiteral("picked") };
        if (!allowed.contains(row->status))
            return invalidState(row->status, allowed, QStringLiteral("cancelling"));
        if (row->version != expectedVersion)
            return versionConflict("order", row->version, expectedVersion);
        // Release what the order's lines hold, never more: the rest of the stock counted as
        // reserved belongs to other orders.
        SPOCS_TRY_LET(held, holding(row->id));
        QList<qint64> order = held->order;
        QHash<qint64, qint64> deltas;
        for (qint64 id : std::as_const(order))
            deltas.insert(id, -held->held.value(id));
        SPOCS_TRY(reserve(order, deltas, &out.changedSkus));
        const QString at = m_db.nowStamp();
        SPOCS_TRY(m_db.query(QStringLiteral("UPDATE orders SET status = 'cancelled', cancel_reason = ?, "
                                            "version = version + 1, updated_at = ? WHERE id = ?"),
                             { reason, at, row->id }, "cancel order"));
        if (auto rr
            = logEvent(row->id, row->customerRowId, number, QStringLiteral("cancelled"), reason, authorUserId, at);
            !rr)
            return rr.error();
        SPOCS_TRY_LET(json, orderJson(row->id));
        out.order = json.value();
        out.customerId = row->customerId;
        return out;
    });
}

} // namespace spocs
