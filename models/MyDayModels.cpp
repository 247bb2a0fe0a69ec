#include "models/MyDayModels.h"

#include "models/ActiveContact.h"
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
    : RowTableModel(ColumnCount, parent)
{ }

void QueueWaitingModel::setQueues(const QJsonArray &queues)
{
    QList<Queue> rows;
    for (const QJsonValue &v : queues) {
        const QJsonObject o = v.toObject();
        Queue q;
        q.code = o.value(QStringLiteral("queue")).toString();
        q.label = o.value(QStringLiteral("label")).toString();
        q.waiting = o.value(QStringLiteral("waiting")).toInt();
        q.oldestSince = QDateTime::fromString(o.value(QStringLiteral("oldestSince")).toString(), Qt::ISODateWithMs);
        if (!q.code.isEmpty())
            rows.append(q);
    }
    resetRows(std::move(rows));
}

int QueueWaitingModel::totalWaiting() const
{
    int total = 0;
    for (const Queue &q : m_rows)
        total += q.waiting;
    return total;
}

void QueueWaitingModel::clear()
{
    setQueues({});
}

QVariant QueueWaitingModel::rowData(const WaitingQueue &q, const QModelIndex &index, int role) const
{
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

QStringList QueueWaitingModel::columnTitles() const
{
    return { tr("Queue"), tr("Waiting"), tr("Longest wait") };
}

RecentCustomersModel::RecentCustomersModel(QObject *parent)
    : RowModel(parent)
{ }

void RecentCustomersModel::noteOpened(const QString &customerId, const QString &name, const QDateTime &at)
{
    if (customerId.isEmpty())
        return;
    beginResetModel();
    m_rows.removeIf([&](const Entry &e) { return e.id == customerId; });
    m_rows.prepend(Entry { customerId, name, at });
    while (m_rows.size() > m_limit)
        m_rows.removeLast();
    endResetModel();
}

void RecentCustomersModel::clear()
{
    resetRows({});
}

QVariant RecentCustomersModel::rowData(const RecentCustomer &e, const QModelIndex &, int role) const
{
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
    : RowModel(parent)
{ }

void ContactsInHandModel::setContacts(const QList<QJsonObject> &contacts)
{
    resetRows(contacts);
}

QVariant ContactsInHandModel::rowData(const QJsonObject &c, const QModelIndex &, int role) const
{
    const QJsonObject customer = c.value(QStringLiteral("customer")).toObject();
    const QString customerId = customer.value(QStringLiteral("id")).toString();
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = customer.value(QStringLiteral("name")).toString();
        return tr("%1 · %2 · %3")
            .arg(channelText(c.value(QStringLiteral("channel")).toString()), name.isEmpty() ? customerId : name,
                 contactStateText(c.value(QStringLiteral("state")).toString()));
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
