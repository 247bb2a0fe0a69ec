#include "models/OrderModel.h"

#include "models/MoneyText.h"

#include <QLocale>

namespace spocs {

OrderModel::OrderModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{ }

void OrderModel::setOrders(const QList<OrderSummary> &orders)
{
    resetRows(orders);
}

int OrderModel::upsert(const OrderSummary &order)
{
    const int row = rowOf(order.number);
    if (row >= 0) {
        m_rows[row] = order;
        rowChanged(row);
        return row;
    }
    insertRowAt(0, order); // newest first
    return 0;
}

int OrderModel::rowOf(const QString &number) const
{
    return rowWhere([&](const OrderSummary &o) { return o.number == number; });
}

QString OrderModel::statusText(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Draft:
        return tr("Draft");
    case OrderStatus::Placed:
        return tr("Placed");
    case OrderStatus::Picked:
        return tr("Picked");
    case OrderStatus::Shipped:
        return tr("Shipped");
    case OrderStatus::Delivered:
        return tr("Delivered");
    case OrderStatus::Cancelled:
        return tr("Cancelled");
    case OrderStatus::Returned:
        return tr("Returned");
    }
    return {};
}

QString OrderModel::statusText(const QString &wireName)
{
    OrderStatus status;
    return domain::fromWireName(wireName, &status) ? statusText(status) : wireName;
}

void OrderModel::setPendingChanges(const QSet<QString> &numbers)
{
    if (numbers == m_pending)
        return;
    m_pending = numbers;
    allRowsChanged();
}

QVariant OrderModel::rowData(const OrderSummary &o, const QModelIndex &index, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return o.number;
        case StatusColumn:
            if (m_pending.contains(o.number))
                return tr("%1 (change waiting to be sent)").arg(statusText(o.status));
            return statusText(o.status);
        case CreatedColumn: {
            const QDateTime created = wireTime(o.createdAt);
            return created.isValid() ? QLocale().toString(created.toLocalTime().date(), QLocale::ShortFormat)
                                     : QString();
        }
        case PromisedColumn: {
            const QDate promised = wireDate(o.promisedOn);
            return promised.isValid() ? QLocale().toString(promised, QLocale::ShortFormat) : QString();
        }
        case LinesColumn:
            return o.lineCount;
        case TotalColumn:
            return moneyText(o.total, o.currency);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LinesColumn || index.column() == TotalColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case CreatedColumn:
            return wireTime(o.createdAt);
        case PromisedColumn:
            return wireDate(o.promisedOn);
        case LinesColumn:
            return o.lineCount;
        case TotalColumn:
            return o.total.cents;
        case StatusColumn:
            return statusText(o.status);
        default:
            return o.number;
        }
    case NumberRole:
        return o.number;
    case StatusRole:
        return domain::wireName(o.status);
    case VersionRole:
        return o.version;
    case OpenRole:
        return domain::isOpen(o.status);
    case PendingRole:
        return m_pending.contains(o.number);
    }
    return {};
}

QStringList OrderModel::columnTitles() const
{
    return { tr("Order"), tr("Status"), tr("Placed on"), tr("Promised for"), tr("Lines"), tr("Total") };
}

} // namespace spocs
