#include "models/CustomerSearchModel.h"

#include "core/Ops.h"

namespace spocs {

CustomerSearchModel::CustomerSearchModel(QObject *parent)
    : SearchRowModel(ColumnCount, parent)
{ }

quint64 CustomerSearchModel::beginQuery(const QString &text)
{
    return beginGeneration(text, !text.trimmed().isEmpty());
}

void CustomerSearchModel::sendSearch()
{
    request(beginQuery(query()), op::CustomerSearch, { { QStringLiteral("q"), query() } });
}

QString CustomerSearchModel::customerIdAt(int row) const
{
    return customerAt(row).id;
}

QString CustomerSearchModel::recordLinkAt(int row) const
{
    const CustomerSummary c = customerAt(row);
    if (c.number.isEmpty() || (c.match != u"order" && c.match != u"invoice"))
        return {};
    return c.match + u':' + c.number;
}

QVariant CustomerSearchModel::rowData(const CustomerSummary &c, const QModelIndex &index, int role) const
{
    const QString ownerName = c.owner ? c.owner->name : QString();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case CompanyColumn:
            return c.company;
        case AccountColumn:
            return c.account;
        case OwnerColumn:
            return ownerName.isEmpty() && c.owner ? c.owner->login : ownerName;
        case EmailColumn:
            return c.email;
        case PhoneColumn:
            return c.phone;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines { c.name };
        for (const QString &s : { c.company, c.email, c.phone, c.account })
            if (!s.isEmpty())
                lines << s;
        if (c.match == u"order" && !c.number.isEmpty())
            lines << tr("Found by order %1").arg(c.number);
        else if (c.match == u"invoice" && !c.number.isEmpty())
            lines << tr("Found by invoice %1").arg(c.number);
        return lines.join(QLatin1Char('\n'));
    }
    case IdRole:
        return c.id;
    case NameRole:
        return c.name;
    case CompanyRole:
        return c.company;
    case EmailRole:
        return c.email;
    case PhoneRole:
        return c.phone;
    case AccountRole:
        return c.account;
    case OwnerNameRole:
        return ownerName;
    case MatchRole:
        return c.match;
    }
    return {};
}

QStringList CustomerSearchModel::columnTitles() const
{
    return { tr("Name"), tr("Company"), tr("Account"), tr("Owner"), tr("Email"), tr("Phone") };
}

QHash<int, QByteArray> CustomerSearchModel::roleNames() const
{
    return withRoleNames(QAbstractTableModel::roleNames(), IdRole,
                         { "customerId", "name", "company", "email", "phone", "account", "ownerName", "match" });
}

} // namespace spocs
