#include "models/CreditQueueModel.h"

#include "models/CommerceData.h"
#include "models/MoneyText.h"

#include <QLocale>

namespace spocs {

CreditQueueModel::CreditQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CreditQueueModel::setRequests(const QList<domain::CreditRequest> &requests)
{
    beginResetModel();
    m_requests.clear();
    for (const domain::CreditRequest &r : requests) {
        if (r.isPending())
            m_requests.append(r);
    }
    endResetModel();
}

void CreditQueueModel::upsert(const domain::CreditRequest &request)
{
    const int row = rowOf(request.id);
    if (row >= 0 && !request.isPending()) {
        beginRemoveRows({}, row, row);
        m_requests.removeAt(row);
        endRemoveRows();
    } else if (row >= 0) {
        m_requests[row] = request;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (request.isPending() && request.id > 0) {
        const int at = int(m_requests.size()); // newest last, as credit.list sends them
        beginInsertRows({}, at, at);
        m_requests.append(request);
        endInsertRows();
    }
}

domain::CreditRequest CreditQueueModel::requestAt(int row) const
{
    return row >= 0 && row < m_requests.size() ? m_requests.at(row) : domain::CreditRequest {};
}

int CreditQueueModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_requests.size(); ++i) {
        if (m_requests.at(i).id == id)
            return i;
    }
    return -1;
}

QString CreditQueueModel::kindText(domain::CreditKind kind)
{
    return kind == domain::CreditKind::Refund ? tr("Refund") : tr("Credit note");
}

int CreditQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int CreditQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CreditQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::CreditRequest &r = m_requests.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RequestedColumn: {
            const QDateTime at = wireTime(r.requestedAt);
            return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : r.requestedAt;
        }
        case RequestedByColumn:
            return r.requestedBy;
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

QVariant CreditQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RequestedColumn:
        return tr("Requested");
    case RequestedByColumn:
        return tr("By");
    case CustomerColumn:
        return tr("Customer");
    case InvoiceColumn:
        return tr("Invoice");
    case KindColumn:
        return tr("Kind");
    case AmountColumn:
        return tr("Amount");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace spocs
