#include "models/OrderLinesModel.h"

#include "models/MoneyText.h"
#include "models/ProductSearchModel.h"

#include <QBrush>
#include <QColor>
#include <QJsonObject>

namespace spocs {

OrderLinesModel::OrderLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int OrderLinesModel::addProduct(const Product &product, int quantity)
{
    quantity = qBound(1, quantity, MaxQuantity);
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).product.sku == product.sku) {
            m_lines[i].product = product;
            m_lines[i].stockKnown = true;
            m_lines[i].quantity = qMin(MaxQuantity, m_lines.at(i).quantity + quantity);
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            Q_EMIT linesChanged();
            return i;
        }
    }
    if (m_lines.size() >= MaxLines)
        return -1;
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(Line { product, true, quantity, 0 });
    if (m_currency.isEmpty())
        m_currency = product.currency;
    endInsertRows();
    Q_EMIT linesChanged();
    return row;
}

void OrderLinesModel::setOrderLines(const QList<OrderLine> &lines, const QString &currency)
{
    beginResetModel();
    m_lines.clear();
    m_currency = currency;
    for (const OrderLine &l : lines) {
        Line line;
        line.product.sku = l.sku;
        line.product.name = l.name;
        line.product.price = l.unitPrice;
        line.product.currency = currency;
        line.quantity = l.quantity;
        line.reservedByOrder = l.quantity;
        m_lines.append(line);
    }
    endResetModel();
    Q_EMIT linesChanged();
}

bool OrderLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return false;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    Q_EMIT linesChanged();
    return true;
}

bool OrderLinesModel::setQuantity(int row, int quantity)
{
    if (row < 0 || row >= m_lines.size() || quantity < 1 || quantity > MaxQuantity)
        return false;
    if (m_lines.at(row).quantity == quantity)
        return true;
    m_lines[row].quantity = quantity;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT linesChanged();
    return true;
}

void OrderLinesModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
    Q_EMIT linesChanged();
}

bool OrderLinesModel::applyProduct(const Product &product)
{
    bool changed = false;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).product.sku != product.sku)
            continue;
        m_lines[i].product = product;
        m_lines[i].stockKnown = true;
        if (m_currency.isEmpty())
            m_currency = product.currency;
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        changed = true;
    }
    if (changed)
        Q_EMIT linesChanged();
    return changed;
}

QStringList OrderLinesModel::skus() const
{
    QStringList out;
    for (const Line &l : m_lines)
        out << l.product.sku;
    return out;
}

QJsonArray OrderLinesModel::toJson() const
{
    QJsonArray out;
    for (const Line &l : m_lines)
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
    for (const Line &l : m_lines)
        total += lineTotal(l).cents;
    return Money { total };
}

QString OrderLinesModel::currency() const
{
    return m_currency;
}

QString OrderLinesModel::problem(int row) const
{
    if (row < 0 || row >= m_lines.size())
        return {};
    const Line &l = m_lines.at(row);
    if (!l.stockKnown)
        return {};
    const QString name = l.product.name.isEmpty() ? l.product.sku : l.product.name;
    const int extra = l.quantity - l.reservedByOrder; // units the order needs on top of what it holds
    if (l.product.discontinued && extra > 0)
        return tr("%1 is discontinued and can no longer be ordered.").arg(name);
    if (extra > l.product.available) {
        const int canHave = l.product.available + l.reservedByOrder;
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
    for (int i = 0; i < m_lines.size(); ++i) {
        const QString p = problem(i);
        if (!p.isEmpty())
            out << p;
    }
    return out;
}

int OrderLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int OrderLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &l = m_lines.at(index.row());
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

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case QuantityColumn:
        return tr("Quantity");
    case PriceColumn:
        return tr("Unit price");
    case TotalColumn:
        return tr("Line total");
    case AvailabilityColumn:
        return tr("Availability");
    }
    return {};
}

} // namespace spocs
