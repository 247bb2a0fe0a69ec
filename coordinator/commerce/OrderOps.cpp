#include "coordinator/server/ClientSession.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/FeatureOps.h"
#include "coordinator/server/RequestHandlers.h"
#include "core/Args.h"
#include "core/Ops.h"

#include <QDate>
#include <QJsonArray>

// Order ops: read, place, change, cancel. Writes reserve stock inside their transaction
// (OrderStore), audit the customer record and publish order.updated on the customer's
// topic and product.updated for each product whose availability changed.
namespace spocs {
namespace {

// lines: 1..100 objects {sku, quantity 1..1000}; anything else in a line (a price, a
// total) is ignored: the coordinator prices from the catalogue.
Result<QList<OrderStore::Line>> readLines(const QJsonValue &value)
{
    const QString field = QStringLiteral("lines");
    if (!value.isArray())
        return badField(field, QStringLiteral("lines must be an array"));
    const QJsonArray array = value.toArray();
    if (array.isEmpty() || array.size() > OrderStore::kMaxLines)
        return badField(field, QStringLiteral("an order has 1 to %1 lines").arg(OrderStore::kMaxLines));
    QList<OrderStore::Line> lines;
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            return badField(field, QStringLiteral("each line must be an object with sku and quantity"));
        Args line(item.toObject());
        OrderStore::Line l;
        l.sku = line.string(QStringLiteral("sku"), 64);
        l.quantity = int(line.integer(QStringLiteral("quantity"), 1, OrderStore::kMaxQuantity));
        if (!line.ok())
            return badField(field, line.error().message);
        lines.append(l);
    }
    return lines;
}

Result<OrderStore::Address> readAddress(const QJsonValue &value)
{
    const QString field = QStringLiteral("shippingAddress");
    if (!value.isObject())
        return badField(field, QStringLiteral("shippingAddress must be an object"));
    Args a(value.toObject());
    OrderStore::Address address;
    address.street = a.string(QStringLiteral("street"), 200).trimmed();
    address.city = a.string(QStringLiteral("city"), 100).trimmed();
    address.postcode = a.optString(QStringLiteral("postcode"), {}, 20).trimmed();
    address.country = a.string(QStringLiteral("country"), 2).toUpper();
    if (!a.ok())
        return badField(field, a.error().message);
    if (address.street.isEmpty() || address.city.isEmpty() || address.country.size() != 2
        || !address.country.at(0).isLetter() || !address.country.at(1).isLetter())
        return badField(field, QStringLiteral("shippingAddress needs street, city and a two-letter country"));
    return address;
}

// Audit, order.updated and product.updated, inside the write's transaction.
Result<QJsonObject> finishWrite(RequestHandlers &h, ClientSession *session, const QString &op,
                                const OrderStore::Outcome &outcome)
{
    const QString number = outcome.order.value(QStringLiteral("number")).toString();
    if (auto a = h.server().audit().recordNow(
            RequestHandlers::auditEntry(session, op, protocol::customerTopic(outcome.customerId), number));
        !a)
        return a.error();
    auto seq = h.server().events().publish(
        protocol::customerTopic(outcome.customerId), QString::fromUtf16(event::OrderUpdated),
        QJsonObject { { QStringLiteral("customer"), outcome.customerId }, { QStringLiteral("order"), outcome.order } });
    if (!seq)
        return seq.error();
    for (const QString &sku : outcome.changedSkus) {
        auto product = h.server().products().get(sku);
        if (!product)
            return product.error();
        if (auto p = h.server().events().publish(QStringLiteral("product:") + sku,
                                                 QString::fromUtf16(event::ProductUpdated), product.value());
            !p)
            return p.error();
    }
    return QJsonObject { { QStringLiteral("order"), outcome.order }, { QStringLiteral("seq"), *seq } };
}

Result<QJsonObject> orderGet(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString number = args.string(QStringLiteral("number"), 32);
    if (!args.ok())
        return args.error();
    auto order = h.server().orders().get(number);
    if (!order)
        return order.error();
    const QString customer
        = order->value(QStringLiteral("order")).toObject().value(QStringLiteral("customer")).toString();
    h.server().audit().record(RequestHandlers::auditEntry(session, QString::fromUtf16(op::OrderGet),
                                                          protocol::customerTopic(customer), number));
    return order;
}

Result<QJsonObject> orderPlace(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const QString customer = args.string(QStringLiteral("customer"), 64);
    const QString promisedOn = args.optString(QStringLiteral("promisedOn"), {}, 10);
    if (!args.ok())
        return args.error();
    if (!promisedOn.isEmpty() && !QDate::fromString(promisedOn, Qt::ISODate).isValid())
        return badField(QStringLiteral("promisedOn"), QStringLiteral("promisedOn must be a date YYYY-MM-DD"));
    auto lines = readLines(args.value(QStringLiteral("lines")));
    if (!lines)
        return lines.error();
    std::optional<OrderStore::Address> address;
    if (args.has(QStringLiteral("shippingAddress")) && !args.value(QStringLiteral("shippingAddress")).isNull()) {
        auto a = readAddress(args.value(QStringLiteral("shippingAddress")));
        if (!a)
            return a.error();
        address = a.value();
    }
    const QString op = QString::fromUtf16(op::OrderPlace);
    return h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        auto placed = h.server().orders().place(customer, lines.value(), address, promisedOn, session->userId());
        if (!placed)
            return placed.error();
        return finishWrite(h, session, op, placed.value());
    });
}

Result<QJsonObject> orderChange(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const QString number = args.string(QStringLiteral("number"), 32);
    const qint64 expected = args.integer(QStringLiteral("version"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    std::optional<QList<OrderStore::Line>> lines;
    if (args.has(QStringLiteral("lines")) && !args.value(QStringLiteral("lines")).isNull()) {
        auto l = readLines(args.value(QStringLiteral("lines")));
        if (!l)
            return l.error();
        lines = l.value();
    }
    std::optional<OrderStore::Address> address;
    if (args.has(QStringLiteral("shippingAddress")) && !args.value(QStringLiteral("shippingAddress")).isNull()) {
        auto a = readAddress(args.value(QStringLiteral("shippingAddress")));
        if (!a)
            return a.error();
        address = a.value();
    }
    if (!lines && !address)
        return badField(QStringLiteral("lines"), QStringLiteral("give lines, shippingAddress or both"));
    const QString op = QString::fromUtf16(op::OrderChange);
    return h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        auto changed = h.server().orders().change(number, expected, lines, address, session->userId());
        if (!changed)
            return changed.error();
        return finishWrite(h, session, op, changed.value());
    });
}

Result<QJsonObject> orderCancel(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const QString number = args.string(QStringLiteral("number"), 32);
    const qint64 expected = args.integer(QStringLiteral("version"), 1, protocol::MaxSafeInteger);
    const QString reason = args.string(QStringLiteral("reason"), 500).trimmed();
    if (!args.ok())
        return args.error();
    if (reason.isEmpty())
        return badField(QStringLiteral("reason"), QStringLiteral("give a reason for the cancellation"));
    const QString op = QString::fromUtf16(op::OrderCancel);
    return h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        auto cancelled = h.server().orders().cancel(number, expected, reason, session->userId());
        if (!cancelled)
            return cancelled.error();
        return finishWrite(h, session, op, cancelled.value());
    });
}

} // namespace

void registerOrderOps(RequestHandlers &handlers)
{
    FeatureOps<RequestHandlers> ops(handlers, handlers);
    ops.add(op::OrderGet, orderGet);
    ops.add(op::OrderPlace, orderPlace);
    ops.add(op::OrderChange, orderChange);
    ops.add(op::OrderCancel, orderCancel);
}

} // namespace spocs
