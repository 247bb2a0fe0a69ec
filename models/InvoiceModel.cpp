#include "models/InvoiceModel.h"

#include "models/MoneyText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace spocs {

InvoiceModel::InvoiceModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void InvoiceModel::setInvoices(const QList<InvoiceSummary> &invoices)
{
    beginResetModel();
    m_invoices = invoices;
    endResetModel();
}

void InvoiceModel::upsert(const InvoiceSummary &invoice)
{
    const bool unpaid = invoice.balance.cents > 0;
    const int row = rowOf(invoice.number);
    if (row >= 0 && !unpaid) {
        beginRemoveRows({}, row, row);
        m_invoices.removeAt(row);
        endRemoveRows();
    } else if (row >= 0) {
        m_invoices[row] = invoice;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (unpaid) {
        const int at = int(m_invoices.size());
        beginInsertRows({}, at, at);
        m_invoices.append(invoice);
        endInsertRows();
    }
}

InvoiceSummary InvoiceModel::invoiceAt(int row) const
{
    return row >= 0 && row < m_invoices.size() ? m_invoices.at(row) : InvoiceSummary {};
}

int InvoiceModel::rowOf(const QString &number) const
{
    for (int i = 0; i < m_invoices.size(); ++i) {
        if (m_invoices.at(i).number == number)
            return i;
    }
    return -1;
}

QString InvoiceModel::statusText(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Open:
        return tr("Open");
    case InvoiceStatus::Paid:
        return tr("Paid");
    case InvoiceStatus::Void:
        return tr("Void");
    case InvoiceStatus::Disputed:
        return tr("Disputed");
    }
    return {};
}

QString InvoiceModel::statusText(const QString &wireName)
{
    const auto status = domain::fromWireName<InvoiceStatus>(wireName);
    return status ? statusText(*status) : wireName;
}

int InvoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_invoices.size());
}

int InvoiceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InvoiceSummary &i = m_invoices.at(index.row());
    const auto date = [](const QString &day) {
        const QDate d = wireDate(day);
        return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return i.number;
        case IssuedColumn:
            return date(i.issuedOn);
        case DueColumn:
            return date(i.dueOn);
        case StatusColumn: {
            QString text = i.overdue ? tr("%1, overdue").arg(statusText(i.status)) : statusText(i.status);
            if (i.pendingCredit.cents > 0)
                text = tr("%1, %2 credit pending").arg(text, moneyText(i.pendingCredit, i.currency));
            return text;
        }
        case TotalColumn:
            return moneyText(i.total, i.currency);
        case BalanceColumn:
            return moneyText(i.balance, i.currency);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TotalColumn || index.column() == BalanceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (i.overdue && (index.column() == DueColumn || index.column() == StatusColumn))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case SortRole:
        switch (index.column()) {
        case IssuedColumn:
            return wireDate(i.issuedOn);
        case DueColumn:
            return wireDate(i.dueOn);
        case TotalColumn:
            return i.total.cents;
        case BalanceColumn:
            return i.balance.cents;
        case StatusColumn:
            return statusText(i.status);
        default:
            return i.number;
        }
    case NumberRole:
        return i.number;
    case StatusRole:
        return domain::wireName(i.status);
    case OverdueRole:
        return i.overdue;
    case PendingCreditRole:
        return i.pendingCredit.cents;
    }
    return {};
}

QVariant InvoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Invoice");
    case IssuedColumn:
        return tr("Issued");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case TotalColumn:
        return tr("Total");
    case BalanceColumn:
        return tr("Open amount");
    }
    return {};
}

} // namespace spocs
