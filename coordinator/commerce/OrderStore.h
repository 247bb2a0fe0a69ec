#pragma once

#include "core/Result.h"
#include "core/domain/Commerce.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace spocs {

class Database;

// Orders: reads, and the writes that reserve stock. Every write runs inside one
// Database::write() (BEGIN IMMEDIATE, joining the caller's transaction): availability is
// checked and reserved in the same transaction, so two agents selling the last unit
// serialise and exactly one succeeds. Totals come from the catalogue prices, never from
// the client. Order = {number, customer, status, lines:[{sku,name,quantity,unitPrice,
// lineTotal}], subtotal, shipping, tax, total, currency, shippingAddress, promisedOn,
// createdAt, updatedAt, version, history:[{at,author,action,detail}], cancelReason}.
class OrderStore
{
public:
    struct Line
    {
        QString sku;
        int quantity = 0;
    };
    struct Address
    {
        QString street;
        QString city;
        QString postcode;
        QString country;
    };
    // What a write did: the order after it, its customer, and the SKUs whose
    // reservations changed (product.updated goes out for each).
    struct Outcome
    {
        QJsonObject order;
        QString customerId;
        QStringList changedSkus;
    };

    explicit OrderStore(Database &db);

    Result<QJsonObject> get(const QString &number); // {"order": Order}

    Result<Outcome> place(const QString &customerId, const QList<Line> &lines, const std::optional<Address> &address,
                          const QString &promisedOn, qint64 authorUserId);
    Result<Outcome> change(const QString &number, qint64 expectedVersion, const std::optional<QList<Line>> &lines,
                           const std::optional<Address> &address, qint64 authorUserId);
    Result<Outcome> cancel(const QString &number, qint64 expectedVersion, const QString &reason, qint64 authorUserId);

    // VAT by shipping country (the demo world's rates); 0 for others.
    static int taxPercentFor(const QString &country);
    // Free shipping from this subtotal; below it a flat fee.
    static constexpr qint64 kFreeShippingFromCents = 10000;
    static constexpr qint64 kShippingCents = 490;
    static constexpr int kMaxLines = 100;
    static constexpr int kMaxQuantity = 1000;

private:
    struct Row;
    Result<Row> load(const QString &number);
    Result<QJsonObject> orderJson(qint64 orderId);
    Result<domain::Order> readOrder(qint64 orderId);
    // Reserves (delta > 0) or releases (delta < 0) units per product, in `order` order;
    // the first product short of stock fails the whole write.
    Result<void> reserve(const QList<qint64> &order, const QHash<qint64, qint64> &deltas, QStringList *changedSkus);
    // Replaces the order's lines; `held` is the units the order holds per product, recorded on
    // its lines in line order.
    Result<void> writeLines(qint64 orderId, const QList<Line> &lines, QHash<qint64, qint64> held, qint64 *subtotal);
    // Units per product that the order's lines hold, and their quantities, in line order.
    struct Holding
    {
        QList<qint64> order;
        QHash<qint64, qint64> quantity;
        QHash<qint64, qint64> held;
    };
    Result<Holding> holding(qint64 orderId);
    Result<void> writeTotals(qint64 orderId, qint64 subtotal, const QString &country);
    Result<void> logEvent(qint64 orderId, qint64 customerRowId, const QString &number, const QString &action,
                          const QString &detail, qint64 authorUserId, const QString &at);

    Database &m_db;
};

} // namespace spocs
