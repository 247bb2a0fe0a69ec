#pragma once

#include "models/CommerceData.h"
#include "models/RowModel.h"

#include <QSet>

namespace spocs {

// The customer's orders (open ones and the recent ones) for the Orders tab. Sort with a
// QSortFilterProxyModel on SortRole: it holds raw values (dates, cents, counts).
class OrderModel : public RowTableModel<OrderSummary>
{
    Q_OBJECT

public:
    enum Column { NumberColumn, StatusColumn, CreatedColumn, PromisedColumn, LinesColumn, TotalColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { NumberRole = Qt::UserRole + 1, StatusRole, VersionRole, SortRole, OpenRole, PendingRole };
    Q_ENUM(Role)

    explicit OrderModel(QObject *parent = nullptr);

    void setOrders(const QList<OrderSummary> &orders);
    void clear() { setOrders({}); }
    // Inserts or updates one order (order.updated, a placed order); returns its row.
    int upsert(const OrderSummary &order);
    const QList<OrderSummary> &orders() const { return m_rows; }
    OrderSummary orderAt(int row) const { return rowAt(row); }
    int rowOf(const QString &number) const;
    // Orders with a change or cancellation waiting in the offline outbox: marked in the status column.
    void setPendingChanges(const QSet<QString> &numbers);

    static QString statusText(OrderStatus status);
    // An order status as the wire names it (error details); an unknown one as it came.
    static QString statusText(const QString &wireName);

private:
    QVariant rowData(const OrderSummary &o, const QModelIndex &index, int role) const override;
    QStringList columnTitles() const override;

    QSet<QString> m_pending;
};

} // namespace spocs
