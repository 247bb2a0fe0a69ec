#include "coordinator/server/ClientSession.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/FeatureOps.h"
#include "coordinator/server/RequestHandlers.h"
#include "core/Args.h"
#include "core/Ops.h"
#include "core/Try.h"

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
    SPOCS_TRY(h.server().audit().recordNow(
        RequestHandlers::auditEntry(session, op, protocol::customerTopic(outcome.customerId), number)));
    SPOCS_TRY_LET(seq,
                  h.server().events().publish(protocol::customerTopic(outcome.customerId),
                                              QString::fromUtf16(event::OrderUpdated),
                                              QJsonObject { { QStringLiteral("customer"), outcome.customerId },
                                                            { QStringLiteral("order"), outcome.order } }));
    for (const QString &sku : outcome.changedSkus) {
        SPOCS_TRY_LET(product, h.server().products().get(sku));
        SPOCS_TRY(h.server().events().publish(QStringLiteral("product:") + sku,
                                              QString::fromUtf16(event::ProductUpdated), product.value()));
    }
    return QJsonObject { { QStringLiteral("order"), outcome.order }, { QStringLiteral("seq"), *seq } };
}

// Runs write() (an OrderStore change) once per cid, then finishWrite.
template<typename Write>
Result<QJsonObject> applyOrderWrite(RequestHandlers &h, ClientSession *session, const char16_t *opName,
                                    const QString &cid, Write write)
{
    const QString op = QString::fromUtf16(opName);
    return h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(outcome, write());
        return finishWrite(h, session, op, outcome.value());
    });
}

// An argument that may be left out or null, read with read() when it is there.
template<typename T>
Result<std::optional<T>> optionalArg(Args &args, const QString &key, Result<T> (*read)(const QJsonValue &))
{
    if (!args.has(key) || args.value(key).isNull())
        return std::optional<T>();
    SPOCS_TRY_LET(value, read(args.value(key)));
    return std::optional<T>(std::move(value).value());
}

Result<QJsonObject> orderGet(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString number = args.string(QStringLiteral("number"), 32);
    if (!args.ok())
        return args.error();
    SPOCS_TRY_LET(order, h.server().orders().get(number));
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
    SPOCS_TRY_LET(lines, readLines(args.value(QStringLiteral("lines"))));
    const auto address = optionalArg(args, QStringLiteral("shippingAddress"), readAddress);
    if (!address)
        return address.error();
    return applyOrderWrite(h, session, op::OrderPlace, cid, [&] {
        return h.server().orders().place(customer, lines.value(), *address, promisedOn, session->userId());
    });
}

Result<QJsonObject> orderChange(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const QString number = args.string(QStringLiteral("number"), 32);
    const qint64 expected = args.integer(QStringLiteral("version"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    const auto lines = optionalArg(args, QStringLiteral("lines"), readLines);
    if (!lines)
        return lines.error();
    const auto address = optionalArg(args, QStringLiteral("shippingAddress"), readAddress);
    if (!address)
        return address.error();
    if (!lines->has_value() && !address->has_value())
        return badField(QStringLiteral("lines"), QStringLiteral("give lines, shippingAddress or both"));
    return applyOrderWrite(h, session, op::OrderChange, cid, [&] {
        return h.server().orders().change(number, expected, *lines, *address, session->userId());
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
    return applyOrderWrite(h, session, op::OrderCancel, cid,
                           [&] { return h.server().orders().cancel(number, expected, reason, session->userId()); });
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
