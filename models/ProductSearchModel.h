#pragma once

#include "core/Result.h"
#include "models/CommerceData.h"
#include "models/RowModel.h"
#include "models/TypeAhead.h"

#include <QPointer>

namespace spocs {

class Connection;

// Type-ahead product search for the order dialog: product.search, debounced;
// only the answer to the latest query is applied. applyProduct() keeps rows
// current from product.updated events.
class ProductSearchModel : public RowTableModel<Product>
{
    Q_OBJECT

public:
    enum Column { NameColumn, SkuColumn, PriceColumn, AvailabilityColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { SkuRole = Qt::UserRole + 1, AvailableRole, LeadTimeRole, DiscontinuedRole, OrderableRole };
    Q_ENUM(Role)

    static constexpr int DefaultDebounceMs = 200;
    static constexpr int Limit = 20;

    explicit ProductSearchModel(QObject *parent = nullptr);

    void setConnection(Connection *connection);
    void setDebounceInterval(int ms);
    void setQuery(const QString &text);
    QString query() const { return m_query; }
    void searchNow();

    void setProducts(const QList<Product> &products);
    void clear() { setProducts({}); }
    // Updates the row of the same sku, if shown. Returns true if one changed.
    bool applyProduct(const Product &product);
    Product productAt(int row) const { return rowAt(row); }
    const QList<Product> &products() const { return m_rows; }
    bool isBusy() const { return m_typeAhead->isBusy(); }

    // "12 available", "Out of stock - back in 14 days", "Discontinued"... for
    // requested units (0: just the stock). A product without known stock (sku
    // only) reads as empty.
    static QString availabilityText(const Product &product, int requested = 0);

Q_SIGNALS:
    void resultsReplaced();
    void searchFailed(const spocs::Error &error);
    void busyChanged(bool busy);

private:
    QVariant rowData(const Product &p, const QModelIndex &index, int role) const override;
    QStringList columnTitles() const override;

    QPointer<Connection> m_connection;
    TypeAhead *m_typeAhead;
    QString m_query;
};

} // namespace spocs
