#include "models/CustomerDetails.h"

#include <QJsonArray>
#include <QSet>

namespace spocs {
namespace {
QString str(const QJsonObject &obj, const char16_t *key)
{
    const QJsonValue v = obj.value(QString::fromUtf16(key));
    // Amounts may arrive as numbers from a lenient server; keep them readable.
    if (v.isDouble())
        return QString::number(v.toDouble(), 'f', 2);
    return v.toString();
}

QStringList strings(const QJsonObject &obj, const char16_t *key)
{
    QStringList out;
    const QJsonValue v = obj.value(QString::fromUtf16(key));
    if (v.isString()) { // tolerate a single value where a list is expected
        out << v.toString();
        return out;
    }
    for (const QJsonValue &item : v.toArray()) {
        if (!item.toString().isEmpty())
            out << item.toString();
    }
    return out;
}
} // namespace

AgentRef AgentRef::fromJson(const QJsonObject &obj)
{
    AgentRef a;
    a.id = obj.value(QStringLiteral("id")).toInteger();
    a.login = obj.value(QStringLiteral("login")).toString();
    a.name = obj.value(QStringLiteral("name")).toString();
    a.presence = obj.value(QStringLiteral("presence")).toString();
    return a;
}

AccountInfo AccountInfo::fromJson(const QJsonObject &obj)
{
    AccountInfo a;
    a.number = str(obj, u"number");
    a.status = str(obj, u"status");
    a.plan = str(obj, u"plan");
    a.balance = str(obj, u"balance");
    a.currency = str(obj, u"currency");
    a.creditLimit = str(obj, u"creditLimit");
    a.openedOn = QDate::fromString(str(obj, u"openedOn").left(10), Qt::ISODate);
    return a;
}

PostalAddress PostalAddress::fromJson(const QJsonObject &obj)
{
    PostalAddress a;
    a.street = str(obj, u"street");
    a.city = str(obj, u"city");
    a.postcode = str(obj, u"postcode");
    a.country = str(obj, u"country");
    return a;
}

HistoryEntry HistoryEntry::fromJson(const QJsonObject &obj)
{
    HistoryEntry h;
    h.id = obj.value(QStringLiteral("id")).isDouble() ? QString::number(obj.value(QStringLiteral("id")).toInteger())
                                                      : obj.value(QStringLiteral("id")).toString();
    h.at = QDateTime::fromString(obj.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    h.type = obj.value(QStringLiteral("type")).toString();
    h.author = obj.value(QStringLiteral("author")).toString();
    h.text = obj.value(QStringLiteral("text")).toString();
    h.ref = obj.value(QStringLiteral("ref")).toString();
    return h;
}

void CustomerDetails::applyCustomer(const QJsonObject &c)
{
    id = str(c, u"id");
    name = str(c, u"name");
    company = str(c, u"company");
    emails = strings(c, u"emails");
    phones = strings(c, u"phones");
    address = PostalAddress::fromJson(c.value(QStringLiteral("address")).toObject());
    language = str(c, u"language");
    flags = strings(c, u"flags");
    notes = str(c, u"notes");
    preferredChannel = str(c, u"preferredChannel");
    expectedResponseHours = int(c.value(QStringLiteral("expectedResponseHours")).toInteger());
    version = c.value(QStringLiteral("version")).toInteger();
    createdAt = QDateTime::fromString(str(c, u"createdAt"), Qt::ISODateWithMs);
    updatedAt = QDateTime::fromString(str(c, u"updatedAt"), Qt::ISODateWithMs);
    owner = AgentRef::fromJson(c.value(QStringLiteral("owner")).toObject());
    backup = AgentRef::fromJson(c.value(QStringLiteral("backup")).toObject());
    account = AccountInfo::fromJson(c.value(QStringLiteral("account")).toObject());
}

CustomerDetails CustomerDetails::fromJson(const QJsonObject &data)
{
    CustomerDetails d;
    d.applyCustomer(data.value(QStringLiteral("customer")).toObject());
    for (const QJsonValue &v : data.value(QStringLiteral("recentHistory")).toArray())
        d.recentHistory.append(HistoryEntry::fromJson(v.toObject()));
    const QJsonArray open = data.value(QStringLiteral("openOrders")).toArray();
    d.openOrderCount = int(open.size());
    for (const QJsonValue &v : open) {
        const OrderSummary o = OrderSummary::fromJson(v.toObject());
        if (!o.number.isEmpty())
            d.openOrders.append(o);
    }
    for (const QJsonValue &v : data.value(QStringLiteral("orders")).toArray()) {
        const OrderSummary o = OrderSummary::fromJson(v.toObject());
        if (!o.number.isEmpty())
            d.orders.append(o);
    }
    for (const QJsonValue &v : data.value(QStringLiteral("invoices")).toArray()) {
        const InvoiceSummary i = InvoiceSummary::fromJson(v.toObject());
        if (!i.number.isEmpty())
            d.invoices.append(i);
    }
    d.balance = BalanceInfo::fromJson(data.value(QStringLiteral("balance")).toObject());
    for (const QJsonValue &v : data.value(QStringLiteral("cards")).toArray())
        d.cards.append(CardInfo::fromJson(v.toObject()));
    for (const QJsonValue &v : data.value(QStringLiteral("openContacts")).toArray())
        d.openContacts.append(OpenContact::fromJson(v.toObject()));
    for (const QJsonValue &v : data.value(QStringLiteral("viewers")).toArray()) {
        const Viewer viewer = Viewer::fromJson(v.toObject());
        if (!viewer.user.isEmpty())
            d.viewers.append(viewer);
    }
    return d;
}

QList<OrderSummary> CustomerDetails::allOrders() const
{
    QList<OrderSummary> out = openOrders;
    QSet<QString> seen;
    for (const OrderSummary &o : openOrders)
        seen.insert(o.number);
    for (const OrderSummary &o : orders) {
        if (!seen.contains(o.number)) {
            seen.insert(o.number);
            out.append(o);
        }
    }
    return out;
}

} // namespace spocs
