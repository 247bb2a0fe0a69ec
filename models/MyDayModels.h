#pragma once

#include "core/Protocol.h"
#include "models/RowModel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSortFilterProxyModel>

namespace spocs {

// One queue.waiting row.
struct WaitingQueue
{
    QString code;
    QString label;
    int waiting = 0;
    QDateTime oldestSince;
};

// The queues an agent serves with how many contacts wait in each (queue.waiting).
class QueueWaitingModel : public RowTableModel<WaitingQueue>
{
    Q_OBJECT

public:
    enum Column { QueueColumn, WaitingColumn, OldestColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { QueueCodeRole = Qt::UserRole + 1, WaitingRole };

    explicit QueueWaitingModel(QObject *parent = nullptr);

    // queues: queue.waiting's array.
    void setQueues(const QJsonArray &queues);
    // The clock for "waiting for" (tests set a fixed one); invalid: now.
    void setNow(const QDateTime &now) { m_now = now; }
    int totalWaiting() const;
    void clear();

private:
    QVariant rowData(const WaitingQueue &q, const QModelIndex &index, int role) const override;
    QStringList columnTitles() const override;
    using Queue = WaitingQueue;
    QDateTime m_now;
};

// A customer opened in this session, and when.
struct RecentCustomer
{
    QString id;
    QString name;
    QDateTime at;
};

// Customers this user opened during this session, the latest first (at most `limit`). Kept in
// memory only: a customer list on the workstation's disk would outlive the session.
class RecentCustomersModel : public RowListModel<RecentCustomer>
{
    Q_OBJECT

public:
    enum Role { CustomerIdRole = Qt::UserRole + 1, OpenedAtRole };

    explicit RecentCustomersModel(QObject *parent = nullptr);

    void noteOpened(const QString &customerId, const QString &name, const QDateTime &at);
    void setLimit(int limit) { m_limit = limit; }
    void clear();

private:
    QVariant rowData(const RecentCustomer &e, const QModelIndex &index, int role) const override;
    using Entry = RecentCustomer;
    int m_limit = 10;
};

// The contacts this user holds (ContactSession::contactsInHand), oldest first.
class ContactsInHandModel : public RowListModel<QJsonObject>
{
    Q_OBJECT

public:
    enum Role { ContactIdRole = Qt::UserRole + 1, CustomerIdRole };

    explicit ContactsInHandModel(QObject *parent = nullptr);

    void setContacts(const QList<QJsonObject> &contacts);

private:
    QVariant rowData(const QJsonObject &c, const QModelIndex &index, int role) const override;
};

// The follow-ups to act on today: overdue, due soon, or due before the end of today (local
// time). Sits on the contact session's FollowUpModel, so it follows its live updates.
class FollowUpsDueTodayFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FollowUpsDueTodayFilter(QObject *parent = nullptr);
    // The clock for "today" (tests set a fixed one); invalid: now.
    void setNow(const QDateTime &now);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QDateTime m_now;
};

} // namespace spocs
