#pragma once

#include "models/CommerceData.h"
#include "models/RowModel.h"

namespace spocs {

// The customer's unpaid invoices for the Billing tab; overdue ones and credits waiting for a
// lead's approval are marked.
class InvoiceModel : public RowTableModel<InvoiceSummary>
{
    Q_OBJECT

public:
    enum Column { NumberColumn, IssuedColumn, DueColumn, StatusColumn, TotalColumn, BalanceColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { NumberRole = Qt::UserRole + 1, StatusRole, OverdueRole, SortRole, PendingCreditRole };
    Q_ENUM(Role)

    explicit InvoiceModel(QObject *parent = nullptr);

    void setInvoices(const QList<InvoiceSummary> &invoices);
    void clear() { setInvoices({}); }
    // invoice.updated: updates the row, adds an unpaid one, drops one that no longer is.
    void upsert(const InvoiceSummary &invoice);
    const QList<InvoiceSummary> &invoices() const { return m_rows; }
    InvoiceSummary invoiceAt(int row) const { return rowAt(row); }
    int rowOf(const QString &number) const;

    static QString statusText(InvoiceStatus status);
    static QString statusText(const QString &wireName);

private:
    QVariant rowData(const InvoiceSummary &i, const QModelIndex &index, int role) const override;
    QStringList columnTitles() const override;
};

} // namespace spocs
