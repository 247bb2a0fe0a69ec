#pragma once

#include "models/CommerceData.h"

#include <QAbstractTableModel>
#include <QJsonArray>

namespace spocs {

// The lines of an order being placed or changed. The quantity is editable; prices and the
// total are estimates from the product data (the coordinator computes the real ones).
// applyProduct() keeps availability current from product.updated events.
class OrderLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ProductColumn, QuantityColumn, PriceColumn, TotalColumn, AvailabilityColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { SkuRole = Qt::UserRole + 1, ProblemRole };
    Q_ENUM(Role)

    static constexpr int MaxQuantity = 1000;
    static constexpr int MaxLines = 100;

    struct Line
    {
        Product product;
        bool stockKnown = false; // product data loaded (not just the order line)
        int quantity = 1;
        int reservedByOrder = 0; // units this order already holds (when changing it)
    };

    explicit OrderLinesModel(QObject *parent = nullptr);

    // Adds a product, or raises the quantity of its line. Returns the row, -1 when full.
    int addProduct(const Product &product, int quantity = 1);
    // The lines of an existing order (for order.change); stock is unknown until applyProduct().
    void setOrderLines(const QList<OrderLine> &lines, const QString &currency);
    bool removeLine(int row);
    bool setQuantity(int row, int quantity);
    void clear();
    bool applyProduct(const Product &product);

    const QList<Line> &lines() const { return m_lines; }
    QStringList skus() const;
    bool isEmpty() const { return m_lines.isEmpty(); }
    // [{"sku","quantity"}] for order.place / order.change; prices are never sent.
    QJsonArray toJson() const;
    Money estimatedTotal() const;
    QString currency() const;
    // A sentence for the first line that cannot be ordered as it stands (empty: none).
    QString problem(int row) const;
    QStringList problems() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void linesChanged();

private:
    Money lineTotal(const Line &line) const;

    QList<Line> m_lines;
    QString m_currency;
};

} // namespace spocs
