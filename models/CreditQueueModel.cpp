#include "models/CreditQueueModel.h"

#include "models/CommerceData.h"
#include "models/MoneyText.h"

#include <QLocale>

namespace spocs {

CreditQueueModel::CreditQueueModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{ }

void CreditQueueModel::setRequests(const QList<domain::CreditRequest> &requests)
{
    QList<domain::CreditRequest> pending;
    for (const domain::CreditRequest &r : requests) {
        if (r.isPending())
            pending.append(r);
    }
    resetRows(std::move(pending));
}

void CreditQueueModel::upsert(const domain::CreditRequest &request)
{
    const int row = rowOf(request.id);
    if (row >= 0 && !request.isPending()) {
        removeRowAt(row);
    } else if (row >= 0) {
        m_rows[row] = request;
        rowChanged(row);
    } else if (request.isPending() && request.id > 0) {
        appendRow(request); // newest last, as credit.list sends them
    }
}

int CreditQueueModel::rowOf(qint64 id) const
{
    return rowWhere([&](const domain::CreditRequest &r) { return r.id == id; });
}

void CreditQueueModel::setNames(const QHash<QString, QString> &namesByLogin)
{
    if (namesByLogin == m_names)
        return;
    m_names = namesByLogin;
    columnChanged(RequestedByColumn);
}

QString CreditQueueModel::kindText(domain::CreditKind kind)
{
    return kind == domain::CreditKind::Refund ? tr("Refund") : tr("Credit note");
}

QVariant CreditQueueModel::rowData(const domain::CreditRequest &r, const QModelIndex &index, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RequestedColumn: {
            const QDateTime at = wireTime(r.requestedAt);
            return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : r.requestedAt;
        }
        case RequestedByColumn:
            return m_names.value(r.requestedBy, r.requestedBy);
        case CustomerColumn:
            return r.customer;
        case InvoiceColumn:
            return r.invoice;
        case KindColumn:
            return kindText(r.kind);
        case AmountColumn:
            return moneyText(r.amount, r.currency);
        case ReasonColumn:
            return r.reason;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return r.id;
    case RequestedByRole:
        return r.requestedBy;
    case VersionRole:
        return r.version;
    }
    return {};
}

QStringList CreditQueueModel::columnTitles() const
{
    return { tr("Requested"), tr("By"), tr("Customer"), tr("Invoice"), tr("Kind"), tr("Amount"), tr("Reason") };
}

} // namespace spocs
