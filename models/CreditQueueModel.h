#pragma once

#include "core/domain/Commerce.h"
#include "models/RowModel.h"

#include <QHash>

namespace spocs {

// The leads' approval queue: credit notes and refunds waiting for a second person, oldest
// first. credit.updated keeps it current: a pending request is added or updated, a decided
// one leaves.
class CreditQueueModel : public RowTableModel<domain::CreditRequest>
{
    Q_OBJECT

public:
    enum Column {
        RequestedColumn,
        RequestedByColumn,
        CustomerColumn,
        InvoiceColumn,
        KindColumn,
        AmountColumn,
        ReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1, RequestedByRole, VersionRole };
    Q_ENUM(Role)

    explicit CreditQueueModel(QObject *parent = nullptr);

    void setRequests(const QList<domain::CreditRequest> &requests);
    void upsert(const domain::CreditRequest &request);
    const QList<domain::CreditRequest> &requests() const { return m_rows; }
    domain::CreditRequest requestAt(int row) const { return rowAt(row); }
    int rowOf(qint64 id) const;

    static QString kindText(domain::CreditKind kind);

    // Who asked, by name (the login until the names are known or for someone not listed).
    void setNames(const QHash<QString, QString> &namesByLogin);

private:
    QVariant rowData(const domain::CreditRequest &r, const QModelIndex &index, int role) const override;
    QStringList columnTitles() const override;

    QHash<QString, QString> m_names;
};

} // namespace spocs
