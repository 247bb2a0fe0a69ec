#include "models/OrderLinesModel.h"

#include "models/MoneyText.h"
#include "models/ProductSearchModel.h"

#include <QBrush>
#include <QColor>
#include <QJsonObject>

namespace spocs {

OrderLinesModel::OrderLinesModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{ }

int OrderLinesModel::addProduct(const Product &product, int quantity)
{
    quantity = qBound(1, quantity, MaxQuantity);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).product.sku == product.sku) {
            m_rows[i].product = product;
            m_rows[i].stockKnown = true;
            m_rows[i].quantity = qMin(MaxQuantity, m_rows.at(i).quantity + quantity);
            rowChanged(i);
            Q_EMIT linesChanged();
            return i;
        }
    }
    if (m_rows.size() >= MaxLines)
        return -1;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Line { product, true, quantity, 0 });
    if (m_currency.isEmpty())
        m_currency = product.currency;
    endInsertRows();
    Q_EMIT linesChanged();
    return row;
}

void OrderLinesModel::setOrderLines(const QList<OrderLine> &lines, const QString &currency)
{
    QList<Line> rows;
    m_currency = currency;
    for (const OrderLine &l : lines) {
        Line line;
        line.product.sku = l.sku;
        line.product.name = l.name;
        line.product.price = l.unitPrice;
        line.product.currency = currency;
        line.quantity = l.quantity;
        line.reservedByOrder = l.quantity;
        rows.append(line);
    }
    resetRows(std::move(rows));
    Q_EMIT linesChanged();
}

bool OrderLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    removeRowAt(row);
    Q_EMIT linesChanged();
    return true;
}

bool OrderLinesModel::setQuantity(int row, int quantity)
{
    if (row < 0 || row >= m_rows.size() || quantity < 1 || quantity > MaxQuantity)
        return false;
    if (m_rows.at(row).quantity == quantity)
        return true;
    m_rows[row].quantity = quantity;
    rowChanged(row);
    Q_EMIT linesChanged();
    return true;
}

void OrderLinesModel::clear()
{
    resetRows({});
    Q_EMIT linesChanged();
}

bool OrderLinesModel::applyProduct(const Product &product)
{
    bool changed = false;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).product.sku != product.sku)
            continue;
        m_rows[i].product = product;
        m_rows[i].stockKnown = true;
        if (m_currency.isEmpty())
            m_currency = product.currency;
        rowChanged(i);
        changed = true;
    }
    if (changed)
        Q_EMIT linesChanged();
    return changed;
}

QStringList OrderLinesModel::skus() const
{
    QStringList out;
    for (const Line &l : m_rows)
        out << l.product.sku;
    return out;
}

QJsonArray OrderLinesModel::toJson() const
{
    QJsonArray out;
    for (const Line &l : m_rows)
        out.append(
            QJsonObject { { QStringLiteral("sku"), l.product.sku }, { QStringLiteral("quantity"), l.quantity } });
    return out;
}

Money OrderLinesModel::lineTotal(const Line &line) const
{
    return Money { line.product.price.cents * line.quantity };
}

Money OrderLinesModel::estimatedTotal() const
{
    qint64 total = 0;
    for (const Line &l : m_rows)
        total += lineTotal(l).cents;
    return Money { total };
}

QString OrderLinesModel::currency() const
{
    return m_currency;
}

QString OrderLinesModel::problem(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Line &l = m_rows.at(row);
    if (!l.stockKnown)
        return {};
    const QString name = l.product.name.isEmpty() ? l.product.sku : l.product.name;
    const int extra = l.quantity - l.reservedByOrder; // units the order needs on top of what it holds
    if (l.product.discontinued && extra > 0)
        return tr("%1 is discontinued and can no longer be ordered.").arg(name);
    if (extra > l.product.available) {
        const int canHave = l.product.available + l.reservedByOrder;
        if (canHave <= 0) { // not "only 0 available"
            return l.product.leadTimeDays > 0
                ? tr("%1 is out of stock, more in %n day(s).", nullptr, l.product.leadTimeDays).arg(name)
                : tr("%1 is out of stock.").arg(name);
        }
        if (l.product.leadTimeDays > 0)
            return tr("%1: only %2 available, more in %n day(s).", nullptr, l.product.leadTimeDays)
                .arg(name)
                .arg(canHave);
        return tr("%1: only %2 available.").arg(name).arg(canHave);
    }
    return {};
}

QStringList OrderLinesModel::problems() const
{
    QStringList out;
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString p = problem(i);
        if (!p.isEmpty())
            out << p;
    }
    return out;
}

QVariant OrderLinesModel::rowData(const OrderLineDraft &l, const QModelIndex &index, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case ProductColumn:
            return l.product.name.isEmpty() ? l.product.sku
                                            : QStringLiteral("%1 (%2)").arg(l.product.name, l.product.sku);
        case QuantityColumn:
            return l.quantity;
        case PriceColumn:
            return moneyText(l.product.price, l.product.currency.isEmpty() ? m_currency : l.product.currency);
        case TotalColumn:
            return moneyText(lineTotal(l), l.product.currency.isEmpty() ? m_currency : l.product.currency);
        case AvailabilityColumn: {
            if (!l.stockKnown)
                return tr("Checking…");
            const QString p = problem(index.row());
            if (!p.isEmpty())
                return ProductSearchModel::availabilityText(l.product, l.quantity - l.reservedByOrder);
            return ProductSearchModel::availabilityText(l.product);
        }
        }
        return {};
    case Qt::ToolTipRole:
        return problem(index.row()).isEmpty() ? QVariant() : problem(index.row());
    case Qt::ForegroundRole:
        if (index.column() == AvailabilityColumn && !problem(index.row()).isEmpty())
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == QuantityColumn || index.column() == PriceColumn || index.column() == TotalColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SkuRole:
        return l.product.sku;
    case ProblemRole:
        return problem(index.row());
    }
    return {};
}

bool OrderLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != QuantityColumn)
        return false;
    bool ok = false;
    const int q = value.toInt(&ok);
    return ok && setQuantity(index.row(), q);
}

Qt::ItemFlags OrderLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == QuantityColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QStringList OrderLinesModel::columnTitles() const
{
    return { tr("Product"), tr("Quantity"), tr("Unit price"), tr("Line total"), tr("Availability") };
}

} // namespace spocs
