#pragma once

#include "core/Protocol.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSortFilterProxyModel>

namespace spocs {

// The queues an agent serves with how many contacts wait in each (queue.waiting).
class QueueWaitingModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Queue
    {
        QString code;
        QString label;
        int waiting = 0;
        QDateTime oldestSince;
    };
    QList<Queue> m_queues;
    QDateTime m_now;
};

// Customers this user opened during this session, the latest first (at most `limit`). Kept in
// memory only: a customer list on the workstation's disk would outlive the session.
class RecentCustomersModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { CustomerIdRole = Qt::UserRole + 1, OpenedAtRole };

    explicit RecentCustomersModel(QObject *parent = nullptr);

    void noteOpened(const QString &customerId, const QString &name, const QDateTime &at);
    void setLimit(int limit) { m_limit = limit; }
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QString id;
        QString name;
        QDateTime at;
    };
    QList<Entry> m_entries;
    int m_limit = 10;
};

// The contacts this user holds (ContactSession::contactsInHand), oldest first.
class ContactsInHandModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { ContactIdRole = Qt::UserRole + 1, CustomerIdRole };

    explicit ContactsInHandModel(QObject *parent = nullptr);

    void setContacts(const QList<QJsonObject> &contacts);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<QJsonObject> m_contacts;
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
