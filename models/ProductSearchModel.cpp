#include "models/ProductSearchModel.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/ModelsLog.h"
#include "models/MoneyText.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>

namespace spocs {

ProductSearchModel::ProductSearchModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
    , m_typeAhead(new TypeAhead(DefaultDebounceMs, this))
{
    connect(m_typeAhead, &TypeAhead::due, this, &ProductSearchModel::searchNow);
    connect(m_typeAhead, &TypeAhead::busyChanged, this, &ProductSearchModel::busyChanged);
}

void ProductSearchModel::setConnection(Connection *connection)
{
    m_connection = connection;
}

void ProductSearchModel::setDebounceInterval(int ms)
{
    m_typeAhead->setDebounceInterval(ms);
}

void ProductSearchModel::setQuery(const QString &text)
{
    m_query = text.trimmed();
    if (m_query.isEmpty()) {
        m_typeAhead->stop();
        m_typeAhead->next(); // drop answers in flight
        m_typeAhead->setBusy(false);
        clear();
        Q_EMIT resultsReplaced();
        return;
    }
    m_typeAhead->restart();
}

void ProductSearchModel::searchNow()
{
    m_typeAhead->stop();
    if (m_query.isEmpty() || !m_connection)
        return;
    const quint64 generation = m_typeAhead->next();
    m_typeAhead->setBusy(true);
    m_connection->request(QString::fromUtf16(op::ProductSearch),
                          QJsonObject { { QStringLiteral("q"), m_query }, { QStringLiteral("limit"), Limit } }, this,
                          [this, generation](const Reply &reply) {
                              if (!m_typeAhead->isCurrent(generation))
                                  return; // a newer query is running
                              m_typeAhead->setBusy(false);
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
