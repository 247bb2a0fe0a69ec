#include "models/OrderModel.h"

#include "models/MoneyText.h"

#include <QLocale>

namespace spocs {

OrderModel::OrderModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OrderModel::setOrders(const QList<OrderSummary> &orders)
{
    beginResetModel();
    m_orders = orders;
    endResetModel();
}

int OrderModel::upsert(const OrderSummary &order)
{
    const int row = rowOf(order.number);
    if (row >= 0) {
        m_orders[row] = order;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return row;
    }
    beginInsertRows({}, 0, 0); // newest first
    m_orders.prepend(order);
    endInsertRows();
    return 0;
}

OrderSummary OrderModel::orderAt(int row) const
{
    return row >= 0 && row < m_orders.size() ? m_orders.at(row) : OrderSummary {};
}

int OrderModel::rowOf(const QString &number) const
{
    for (int i = 0; i < m_orders.size(); ++i) {
        if (m_orders.at(i).number == number)
            return i;
    }
    return -1;
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
    if (!m_orders.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_orders.size()) - 1, ColumnCount - 1));
}

int OrderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderSummary &o = m_orders.at(index.row());
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

QVariant OrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Order");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Placed on");
    case PromisedColumn:
        return tr("Promised for");
    case LinesColumn:
        return tr("Lines");
    case TotalColumn:
        return tr("Total");
    }
    return {};
}

} // namespace spocs
