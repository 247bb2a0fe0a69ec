#include "models/MyDayModels.h"

#include "models/FollowUpModel.h"

#include <QJsonValue>

namespace spocs {

namespace {

QDateTime nowOr(const QDateTime &fixed)
{
    return fixed.isValid() ? fixed : QDateTime::currentDateTimeUtc();
}

// "12 min", "2 h 05 min": how long the oldest contact has waited.
QString waitedText(qint64 seconds)
{
    if (seconds < 60)
        return QObject::tr("%n s", nullptr, int(qMax<qint64>(seconds, 0)));
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QObject::tr("%n min", nullptr, int(minutes));
    return QObject::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QueueWaitingModel::QueueWaitingModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void QueueWaitingModel::setQueues(const QJsonArray &queues)
{
    beginResetModel();
    m_queues.clear();
    for (const QJsonValue &v : queues) {
        const QJsonObject o = v.toObject();
        Queue q;
        q.code = o.value(QStringLiteral("queue")).toString();
        q.label = o.value(QStringLiteral("label")).toString();
        q.waiting = o.value(QStringLiteral("waiting")).toInt();
        q.oldestSince = QDateTime::fromString(o.value(QStringLiteral("oldestSince")).toString(), Qt::ISODateWithMs);
        if (!q.code.isEmpty())
            m_queues.append(q);
    }
    endResetModel();
}

int QueueWaitingModel::totalWaiting() const
{
    int total = 0;
    for (const Queue &q : m_queues)
        total += q.waiting;
    return total;
}

void QueueWaitingModel::clear()
{
    setQueues({});
}

int QueueWaitingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_queues.size());
}

int QueueWaitingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueWaitingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Queue &q = m_queues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QueueColumn:
            return q.label.isEmpty() ? q.code : q.label;
        case WaitingColumn:
            return q.waiting;
        case OldestColumn:
            return q.oldestSince.isValid() ? waitedText(q.oldestSince.secsTo(nowOr(m_now))) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%n contact(s) waiting in %1", nullptr, q.waiting).arg(q.label.isEmpty() ? q.code : q.label);
    case Qt::TextAlignmentRole:
        return index.column() == QueueColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case QueueCodeRole:
        return q.code;
    case WaitingRole:
        return q.waiting;
    }
    return {};
}

QVariant QueueWaitingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QueueColumn:
        return tr("Queue");
    case WaitingColumn:
        return tr("Waiting");
    case OldestColumn:
        return tr("Longest wait");
    }
    return {};
}

RecentCustomersModel::RecentCustomersModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void RecentCustomersModel::noteOpened(const QString &customerId, const QString &name, const QDateTime &at)
{
    if (customerId.isEmpty())
        return;
    beginResetModel();
    m_entries.removeIf([&](const Entry &e) { return e.id == customerId; });
    m_entries.prepend(Entry { customerId, name, at });
    while (m_entries.size() > m_limit)
        m_entries.removeLast();
    endResetModel();
}

void RecentCustomersModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int RecentCustomersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant RecentCustomersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.name.isEmpty() ? e.id : tr("%1 (%2)").arg(e.name, e.id);
    case Qt::ToolTipRole:
        return tr("Opened at %1").arg(QLocale().toString(e.at.toLocalTime().time(), QLocale::ShortFormat));
    case CustomerIdRole:
        return e.id;
    case OpenedAtRole:
        return e.at;
    }
    return {};
}

ContactsInHandModel::ContactsInHandModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ContactsInHandModel::setContacts(const QList<QJsonObject> &contacts)
{
    beginResetModel();
    m_contacts = contacts;
    endResetModel();
}

int ContactsInHandModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

QVariant ContactsInHandModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &c = m_contacts.at(index.row());
    const QJsonObject customer = c.value(QStringLiteral("customer")).toObject();
    const QString customerId = customer.value(QStringLiteral("id")).toString();
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = customer.value(QStringLiteral("name")).toString();
        return tr("%1 · %2 · %3")
            .arg(c.value(QStringLiteral("channel")).toString(), name.isEmpty() ? customerId : name,
                 c.value(QStringLiteral("state")).toString());
    }
    case ContactIdRole:
        return c.value(QStringLiteral("id")).toInteger();
    case CustomerIdRole:
        return customerId;
    }
    return {};
}

FollowUpsDueTodayFilter::FollowUpsDueTodayFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void FollowUpsDueTodayFilter::setNow(const QDateTime &now)
{
    m_now = now;
    invalidateFilter();
}

bool FollowUpsDueTodayFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto status = index.data(FollowUpModel::StatusRole).value<FollowUpModel::Status>();
    if (status == FollowUpModel::Status::Done)
        return false;
    if (status == FollowUpModel::Status::Overdue || status == FollowUpModel::Status::DueSoon)
        return true;
    const QDateTime due = index.data(FollowUpModel::DueRole).toDateTime();
    const QDateTime now = nowOr(m_now).toLocalTime();
    const QDateTime endOfToday(now.date().addDays(1), QTime(0, 0));
    return due.isValid() && due < endOfToday;
}

} // namespace spocs
