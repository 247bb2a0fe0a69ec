#include "models/ProductSearchModel.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/ModelsLog.h"
#include "models/MoneyText.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QTimer>

namespace spocs {

ProductSearchModel::ProductSearchModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DefaultDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ProductSearchModel::searchNow);
}

void ProductSearchModel::setConnection(Connection *connection)
{
    m_connection = connection;
}

void ProductSearchModel::setDebounceInterval(int ms)
{
    m_debounce->setInterval(ms);
}

void ProductSearchModel::setQuery(const QString &text)
{
    m_query = text.trimmed();
    if (m_query.isEmpty()) {
        m_debounce->stop();
        ++m_generation; // drop answers in flight
        setBusy(false);
        clear();
        Q_EMIT resultsReplaced();
        return;
    }
    m_debounce->start();
}

void ProductSearchModel::searchNow()
{
    m_debounce->stop();
    if (m_query.isEmpty() || !m_connection)
        return;
    const quint64 generation = ++m_generation;
    setBusy(true);
    m_connection->request(QString::fromUtf16(op::ProductSearch),
                          QJsonObject { { QStringLiteral("q"), m_query }, { QStringLiteral("limit"), Limit } }, this,
                          [this, generation](const Reply &reply) {
                              if (generation != m_generation)
                                  return; // a newer query is running
                              setBusy(false);
                              if (!reply.ok) {
                                  qCInfo(lcModels) << "product.search failed:" << errorCodeName(reply.error.code);
                                  Q_EMIT searchFailed(reply.error);
                                  return;
                              }
                              QList<Product> rows;
                              for (const QJsonValue &v : reply.data.value(QStringLiteral("items")).toArray()) {
                                  const Product p = Product::fromJson(v.toObject());
                                  if (!p.sku.isEmpty())
                                      rows.append(p);
                              }
                              setProducts(rows);
                              Q_EMIT resultsReplaced();
                          });
}

void ProductSearchModel::setProducts(const QList<Product> &products)
{
    beginResetModel();
    m_rows = products;
    endResetModel();
}

bool ProductSearchModel::applyProduct(const Product &product)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).sku == product.sku) {
            m_rows[i] = product;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return true;
        }
    }
    return false;
}

Product ProductSearchModel::productAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Product {};
}

void ProductSearchModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
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

int ProductSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProductSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product &p = m_rows.at(index.row());
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

QVariant ProductSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Product");
    case SkuColumn:
        return tr("SKU");
    case PriceColumn:
        return tr("Price");
    case AvailabilityColumn:
        return tr("Availability");
    }
    return {};
}

} // namespace spocs
