#include "models/CustomerDetails.h"

#include <QJsonArray>

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
    h.at = QDateTime::fromString(obj.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    h.type = obj.value(QStringLiteral("type")).toString();
    h.author = obj.value(QStringLiteral("author")).toString();
    h.text = obj.value(QStringLiteral("text")).toString();
    return h;
}

CustomerDetails CustomerDetails::fromJson(const QJsonObject &data)
{
    const QJsonObject c = data.value(QStringLiteral("customer")).toObject();
    CustomerDetails d;
    d.id = str(c, u"id");
    d.name = str(c, u"name");
    d.company = str(c, u"company");
    d.emails = strings(c, u"emails");
    d.phones = strings(c, u"phones");
    d.address = PostalAddress::fromJson(c.value(QStringLiteral("address")).toObject());
    d.language = str(c, u"language");
    d.flags = strings(c, u"flags");
    d.notes = str(c, u"notes");
    d.preferredChannel = str(c, u"preferredChannel");
    d.version = c.value(QStringLiteral("version")).toInteger();
    d.owner = AgentRef::fromJson(c.value(QStringLiteral("owner")).toObject());
    d.backup = AgentRef::fromJson(c.value(QStringLiteral("backup")).toObject());
    d.account = AccountInfo::fromJson(c.value(QStringLiteral("account")).toObject());
    for (const QJsonValue &v : data.value(QStringLiteral("recentHistory")).toArray())
        d.recentHistory.append(HistoryEntry::fromJson(v.toObject()));
    d.openOrderCount = int(data.value(QStringLiteral("openOrders")).toArray().size());
    return d;
}

} // namespace spocs
