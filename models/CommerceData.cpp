#include "models/CommerceData.h"

#include <QJsonArray>

namespace spocs {
namespace {
QString str(const QJsonObject &obj, const char16_t *key)
{
    const QJsonValue v = obj.value(QString::fromUtf16(key));
    if (v.isDouble()) // a lenient server may send amounts as numbers
        return QString::number(v.toDouble(), 'f', 2);
    return v.toString();
}

int integer(const QJsonObject &obj, const char16_t *key)
{
    const QJsonValue v = obj.value(QString::fromUtf16(key));
    if (v.isString())
        return v.toString().toInt();
    return int(v.toInteger());
}

QDateTime when(const QJsonObject &obj, const char16_t *key)
{
    return QDateTime::fromString(obj.value(QString::fromUtf16(key)).toString(), Qt::ISODateWithMs);
}

QDate day(const QJsonObject &obj, const char16_t *key)
{
    const QString s = obj.value(QString::fromUtf16(key)).toString();
    const QDate d = QDate::fromString(s.left(10), Qt::ISODate);
    return d;
}
} // namespace

OrderSummary OrderSummary::fromJson(const QJsonObject &obj)
{
    OrderSummary o;
    o.number = str(obj, u"number");
    o.status = str(obj, u"status");
    o.total = str(obj, u"total");
    o.currency = str(obj, u"currency");
    o.createdAt = when(obj, u"createdAt");
    o.promisedOn = day(obj, u"promisedOn");
    o.lineCount = integer(obj, u"lineCount");
    if (o.lineCount == 0 && obj.value(QStringLiteral("lines")).isArray())
        o.lineCount = int(obj.value(QStringLiteral("lines")).toArray().size());
    o.version = obj.value(QStringLiteral("version")).toInteger();
    return o;
}

OrderLine OrderLine::fromJson(const QJsonObject &obj)
{
    OrderLine l;
    l.sku = str(obj, u"sku");
    l.name = str(obj, u"name");
    l.quantity = integer(obj, u"quantity");
    l.unitPrice = str(obj, u"unitPrice");
    l.lineTotal = str(obj, u"lineTotal");
    return l;
}

OrderEvent OrderEvent::fromJson(const QJsonObject &obj)
{
    OrderEvent e;
    e.at = when(obj, u"at");
    e.author = str(obj, u"author");
    e.action = str(obj, u"action");
    e.detail = str(obj, u"detail");
    return e;
}

Order Order::fromJson(const QJsonObject &obj)
{
    Order o;
    o.number = str(obj, u"number");
    o.customer = str(obj, u"customer");
    o.status = str(obj, u"status");
    for (const QJsonValue &v : obj.value(QStringLiteral("lines")).toArray())
        o.lines.append(OrderLine::fromJson(v.toObject()));
    o.total = str(obj, u"total");
    o.currency = str(obj, u"currency");
    o.shippingAddress = PostalAddress::fromJson(obj.value(QStringLiteral("shippingAddress")).toObject());
    o.promisedOn = day(obj, u"promisedOn");
    o.createdAt = when(obj, u"createdAt");
    o.updatedAt = when(obj, u"updatedAt");
    o.version = obj.value(QStringLiteral("version")).toInteger();
    for (const QJsonValue &v : obj.value(QStringLiteral("history")).toArray())
        o.history.append(OrderEvent::fromJson(v.toObject()));
    o.cancelReason = str(obj, u"cancelReason");
    return o;
}

OrderSummary Order::summary() const
{
    OrderSummary s;
    s.number = number;
    s.status = status;
    s.total = total;
    s.currency = currency;
    s.createdAt = createdAt;
    s.promisedOn = promisedOn;
    s.lineCount = int(lines.size());
    s.version = version;
    return s;
}

bool orderLinesChangeable(const QString &status)
{
    return status == QLatin1String("draft") || status == QLatin1String("placed");
}

bool orderAddressChangeable(const QString &status)
{
    return orderLinesChangeable(status) || status == QLatin1String("picked");
}

bool orderCancellable(const QString &status)
{
    return orderAddressChangeable(status);
}

bool orderIsOpen(const QString &status)
{
    return !(status == QLatin1String("delivered") || status == QLatin1String("cancelled")
             || status == QLatin1String("returned"));
}

InvoiceSummary InvoiceSummary::fromJson(const QJsonObject &obj)
{
    InvoiceSummary i;
    i.number = str(obj, u"number");
    i.issuedOn = day(obj, u"issuedOn");
    i.dueOn = day(obj, u"dueOn");
    i.total = str(obj, u"total");
    i.balance = str(obj, u"balance");
    i.currency = str(obj, u"currency");
    i.status = str(obj, u"status");
    i.overdue = obj.value(QStringLiteral("overdue")).toBool();
    return i;
}

BalanceInfo BalanceInfo::fromJson(const QJsonObject &obj)
{
    BalanceInfo b;
    b.amount = str(obj, u"amount");
    b.currency = str(obj, u"currency");
    b.overdue = str(obj, u"overdue");
    return b;
}

CardInfo CardInfo::fromJson(const QJsonObject &obj)
{
    CardInfo c;
    c.brand = str(obj, u"brand");
    // Keep only what a masked card may show, whatever the server sends.
    c.bin = str(obj, u"bin").left(6);
    c.last4 = str(obj, u"last4").right(4);
    return c;
}

Product Product::fromJson(const QJsonObject &obj)
{
    Product p;
    p.sku = str(obj, u"sku");
    p.name = str(obj, u"name");
    p.description = str(obj, u"description");
    p.price = str(obj, u"price");
    p.currency = str(obj, u"currency");
    p.stockOnHand = integer(obj, u"stockOnHand");
    p.reserved = integer(obj, u"reserved");
    p.available
        = obj.contains(QStringLiteral("available")) ? integer(obj, u"available") : qMax(0, p.stockOnHand - p.reserved);
    p.leadTimeDays = integer(obj, u"leadTimeDays");
    p.discontinued = obj.value(QStringLiteral("discontinued")).toBool();
    p.version = obj.value(QStringLiteral("version")).toInteger();
    return p;
}

Viewer Viewer::fromJson(const QJsonObject &obj)
{
    Viewer v;
    v.user = AgentRef::fromJson(obj.value(QStringLiteral("user")).toObject());
    v.onContact = obj.value(QStringLiteral("onContact")).toBool();
    return v;
}

OpenContact OpenContact::fromJson(const QJsonObject &obj)
{
    OpenContact c;
    c.id = str(obj, u"id");
    c.kind = str(obj, u"kind");
    if (c.kind.isEmpty())
        c.kind = str(obj, u"type");
    c.reason = str(obj, u"reason");
    c.status = str(obj, u"status");
    c.owner = AgentRef::fromJson(obj.value(QStringLiteral("owner")).toObject());
    c.since = when(obj, u"createdAt");
    if (!c.since.isValid())
        c.since = when(obj, u"since");
    return c;
}

bool parseCents(const QString &amount, qint64 *cents)
{
    QString s = amount.trimmed();
    if (s.isEmpty())
        return false;
    bool negative = false;
    if (s.startsWith(QLatin1Char('-'))) {
        negative = true;
        s.remove(0, 1);
    }
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? s : s.left(dot);
    QString frac = dot < 0 ? QString() : s.mid(dot + 1);
    if (frac.size() > 2)
        return false;
    frac = frac.leftJustified(2, QLatin1Char('0'));
    bool ok1 = false, ok2 = false;
    const qint64 w = whole.isEmpty() ? 0 : whole.toLongLong(&ok1);
    const qint64 f = frac.toLongLong(&ok2);
    if ((!whole.isEmpty() && !ok1) || !ok2)
        return false;
    *cents = (w * 100 + f) * (negative ? -1 : 1);
    return true;
}

QString formatCents(qint64 cents)
{
    const bool negative = cents < 0;
    const qint64 a = negative ? -cents : cents;
    return (negative ? QStringLiteral("-") : QString()) + QString::number(a / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

} // namespace spocs
