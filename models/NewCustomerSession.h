#pragma once

#include "core/Result.h"
#include "core/domain/Customer.h"
#include "models/RowModel.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace spocs {

class Connection;

// The customers customer.create found with the same e-mail address or phone number.
class CustomerCandidatesModel : public RowTableModel<domain::CustomerSearchHit>
{
    Q_OBJECT

public:
    enum Column { NameColumn, CompanyColumn, MatchColumn, AccountColumn, OwnerColumn, ColumnCount };

    explicit CustomerCandidatesModel(QObject *parent = nullptr);

    void setCandidates(const QList<domain::CustomerSearchHit> &candidates);
    const QList<domain::CustomerSearchHit> &candidates() const { return m_rows; }
    QString customerIdAt(int row) const;

private:
    QVariant rowData(const domain::CustomerSearchHit &c, const QModelIndex &index, int role) const override;
    QStringList columnTitles() const override;
};

// "New Customer…": sends customer.create for a draft; when the coordinator knows someone with
// the same e-mail address or phone number, keeps them as candidates to open instead (create
// with `force` makes the customer all the same). The dialog only renders it.
class NewCustomerSession : public QObject
{
    Q_OBJECT

public:
    explicit NewCustomerSession(Connection *connection, QObject *parent = nullptr);

    CustomerCandidatesModel *candidates() const { return m_candidates; }
    bool isBusy() const { return m_busy; }
    bool hasDuplicates() const { return m_candidates->rowCount() > 0; }

    // What was typed into the customer search, in the field it belongs to: an e-mail address,
    // a phone number, or else a name.
    static domain::CustomerDraft draftFromSearch(const QString &typed);

    // What is wrong with a field customer.create refused (bad_request names it in details.field:
    // name, company, emails, phones, address, language), said so the agent can put it right.
    static QString problemText(const QString &field);

    void create(const domain::CustomerDraft &draft, bool force = false);

Q_SIGNALS:
    void busyChanged(bool busy);
    void created(const QString &customerId);
    void duplicatesFound(int count);
    // Any other refusal; details.field names the field at fault for bad_request.
    void failed(const spocs::Error &error);

private:
    void setBusy(bool busy);

    QPointer<Connection> m_connection;
    CustomerCandidatesModel *m_candidates;
    bool m_busy = false;
};

} // namespace spocs
