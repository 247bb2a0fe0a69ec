#pragma once

#include "models/CommerceData.h"
#include "models/RowModel.h"

#include <QJsonArray>

namespace spocs {

// One line of an order being written: the product and how many.
struct OrderLineDraft
{
    Product product;
    bool stockKnown = false; // product data loaded (not just the order line)
    int quantity = 1;
    int reservedByOrder = 0; // units this order already holds (when changing it)
};

// The lines of an order being placed or changed. The quantity is editable; prices and the
// total are estimates from the product data (the coordinator computes the real ones).
// applyProduct() keeps availability current from product.updated events.
class OrderLinesModel : public RowTableModel<OrderLineDraft>
{
    Q_OBJECT

public:
    enum Column { ProductColumn, QuantityColumn, PriceColumn, TotalColumn, AvailabilityColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { SkuRole = Qt::UserRole + 1, ProblemRole };
    Q_ENUM(Role)

    static constexpr int MaxQuantity = 1000;
    static constexpr int MaxLines = 100;

    using Line = OrderLineDraft;

    explicit OrderLinesModel(QObject *parent = nullptr);

    // Adds a product, or raises the quantity of its line. Returns the row, -1 when full.
    int addProduct(const Product &product, int quantity = 1);
    // The lines of an existing order (for order.change); stock is unknown until applyProduct().
    void setOrderLines(const QList<OrderLine> &lines, const QString &currency);
    bool removeLine(int row);
    bool setQuantity(int row, int quantity);
    void clear();
    bool applyProduct(const Product &product);

    const QList<Line> &lines() const { return m_rows; }
    QStringList skus() const;
    bool isEmpty() const { return m_rows.isEmpty(); }
    // [{"sku","quantity"}] for order.place / order.change; prices are never sent.
    QJsonArray toJson() const;
    Money estimatedTotal() const;
    QString currency() const;
    // A sentence for the first line that cannot be ordered as it stands (empty: none).
    QString problem(int row) const;
    QStringList problems() const;

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void linesChanged();

private:
    QVariant rowData(const OrderLineDraft &l, const QModelIndex &index, int role) const override;
    QStringList columnTitles() const override;
    Money lineTotal(const Line &line) const;

    QString m_currency;
};

} // namespace spocs
