#pragma once

#include "core/domain/Customer.h"
#include "models/SearchModel.h"

namespace spocs {

// One row of a customer.search answer.
using CustomerSummary = domain::CustomerSearchHit;

// Type-ahead customer search: customer.search on the SearchModel frame.
class CustomerSearchModel : public SearchRowModel<CustomerSummary>
{
    Q_OBJECT

public:
    enum Column { NameColumn, CompanyColumn, AccountColumn, OwnerColumn, EmailColumn, PhoneColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        CompanyRole,
        EmailRole,
        PhoneRole,
        AccountRole,
        OwnerNameRole,
        MatchRole,
    };
    Q_ENUM(Role)

    explicit CustomerSearchModel(QObject *parent = nullptr);

    // Starts a new query generation; answers for older generations are stale.
    quint64 beginQuery(const QString &text);

    CustomerSummary customerAt(int row) const { return rowAt(row); }
    QString customerIdAt(int row) const;
    // The order or invoice the query found this customer by, as a customer page link
    // ("order:O-200311", "invoice:I-5001"); empty when it matched the customer itself.
    QString recordLinkAt(int row) const;

    QHash<int, QByteArray> roleNames() const override;

private:
    void sendSearch() override;
    QVariant rowData(const CustomerSummary &c, const QModelIndex &index, int role) const override;
    QStringList columnTitles() const override;
};

} // namespace spocs
