#pragma once

#include "models/CommerceData.h"
#include "models/SearchModel.h"

namespace spocs {

// Type-ahead product search for the order dialog: product.search on the
// SearchModel frame. applyProduct() keeps rows current from product.updated
// events.
class ProductSearchModel : public SearchRowModel<Product>
{
    Q_OBJECT

public:
    enum Column { NameColumn, SkuColumn, PriceColumn, AvailabilityColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { SkuRole = Qt::UserRole + 1, AvailableRole, LeadTimeRole, DiscontinuedRole, OrderableRole };
    Q_ENUM(Role)

    static constexpr int DefaultDebounceMs = 200;

    explicit ProductSearchModel(QObject *parent = nullptr);

    void setProducts(const QList<Product> &products);
    // Updates the row of the same sku, if shown. Returns true if one changed.
    bool applyProduct(const Product &product);
    Product productAt(int row) const { return rowAt(row); }
    const QList<Product> &products() const { return m_rows; }

    // "12 available", "Out of stock - back in 14 days", "Discontinued"... for
    // requested units (0: just the stock). A product without known stock (sku
    // only) reads as empty.
    static QString availabilityText(const Product &product, int requested = 0);

private:
    void sendSearch() override;
    void takeRows(const QJsonArray &items) override;
    QVariant rowData(const Product &p, const QModelIndex &index, int role) const override;
    QStringList columnTitles() const override;
};

} // namespace spocs
