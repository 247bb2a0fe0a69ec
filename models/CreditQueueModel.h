#pragma once

#include "core/domain/Commerce.h"

#include <QAbstractTableModel>

namespace spocs {

// The leads' approval queue: credit notes and refunds waiting for a second person, oldest
// first. credit.updated keeps it current: a pending request is added or updated, a decided
// one leaves.
class CreditQueueModel : public QAbstractTableModel
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
    const QList<domain::CreditRequest> &requests() const { return m_requests; }
    domain::CreditRequest requestAt(int row) const;
    int rowOf(qint64 id) const;

    static QString kindText(domain::CreditKind kind);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<domain::CreditRequest> m_requests;
};

} // namespace spocs
