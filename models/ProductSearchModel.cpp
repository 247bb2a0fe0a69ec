#include "models/ProductSearchModel.h"

#include "core/Ops.h"
#include "models/MoneyText.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>

namespace spocs {

ProductSearchModel::ProductSearchModel(QObject *parent)
    : SearchRowModel(ColumnCount, parent)
{
    setDebounceInterval(DefaultDebounceMs);
}

void ProductSearchModel::sendSearch()
{
    request(beginGeneration(query(), true), op::ProductSearch, { { QStringLiteral("q"), query() } });
}

void ProductSearchModel::takeRows(const QJsonArray &items)
{
    QList<Product> rows;
    for (const QJsonValue &v : items) {
        const Product p = Product::fromJson(v.toObject());
        if (!p.sku.isEmpty()) // an order line needs the sku
            rows.append(p);
    }
    setProducts(rows);
}

void ProductSearchModel::setProducts(const QList<Product> &products)
{
    resetRows(products);
}

bool ProductSearchModel::applyProduct(const Product &product)
{
    const int row = rowWhere([&](const Product &p) { return p.sku == product.sku; });
    if (row < 0)
        return false;
    m_rows[row] = product;
    rowChanged(row);
    return true;
}

QString ProductSearchModel::availabilityText(const Product &p, int requested)
{
    if (p.discontinued)
        return p.available > 0 ? tr("Discontinued (%n left)", nullptr, p.available) : tr("Discontinued");
    if (p.available <= 0) {
        return p.leadTimeDays > 0 ? tr("Out of stock - back in %n day(s)", nullptr, p.leadTimeDays)
                                  : tr("Out of stock");
    }
    if (requested > p.available) {
        return p.leadTimeDays > 0
            ? tr("Only %1 available - more in %n day(s)", nullptr, p.leadTimeDays).arg(p.available)
            : tr("Only %1 available").arg(p.available);
    }
    return tr("%n available", nullptr, p.available);
}

QVariant ProductSearchModel::rowData(const Product &p, const QModelIndex &index, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p.name;
        case SkuColumn:
            return p.sku;
        case PriceColumn:
            return moneyText(p.price, p.currency);
        case AvailabilityColumn:
            return availabilityText(p);
        }
        return {};
    case Qt::ToolTipRole:
        return p.description.isEmpty() ? QVariant() : p.description;
    case Qt::ForegroundRole:
        if (index.column() == AvailabilityColumn && (p.discontinued || p.available <= 0))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SkuRole:
        return p.sku;
    case AvailableRole:
        return p.available;
    case LeadTimeRole:
        return p.leadTimeDays;
    case DiscontinuedRole:
        return p.discontinued;
    case OrderableRole:
        return !p.discontinued && p.available > 0;
    }
    return {};
}

QStringList ProductSearchModel::columnTitles() const
{
    return { tr("Product"), tr("SKU"), tr("Price"), tr("Availability") };
}

} // namespace spocs
