#include "models/InvoiceModel.h"

#include "models/MoneyText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace spocs {

InvoiceModel::InvoiceModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{ }

void InvoiceModel::setInvoices(const QList<InvoiceSummary> &invoices)
{
    resetRows(invoices);
}

void InvoiceModel::upsert(const InvoiceSummary &invoice)
{
    const bool unpaid = invoice.balance.cents > 0;
    const int row = rowOf(invoice.number);
    if (row >= 0 && !unpaid) {
        removeRowAt(row);
    } else if (row >= 0) {
        m_rows[row] = invoice;
        rowChanged(row);
    } else if (unpaid) {
        appendRow(invoice);
    }
}

int InvoiceModel::rowOf(const QString &number) const
{
    return rowWhere([&](const InvoiceSummary &i) { return i.number == number; });
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

QVariant InvoiceModel::rowData(const InvoiceSummary &i, const QModelIndex &index, int role) const
{
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

QStringList InvoiceModel::columnTitles() const
{
    return { tr("Invoice"), tr("Issued"), tr("Due"), tr("Status"), tr("Total"), tr("Open amount") };
}

} // namespace spocs
