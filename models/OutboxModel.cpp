#include "models/OutboxModel.h"

#include "client/Connection.h"
#include "core/Ops.h"

#include <QLocale>

#include <algorithm>

namespace spocs {

OutboxModel::OutboxModel(Connection *connection, QObject *parent)
    : RowModel(parent)
    , m_connection(connection)
{
    if (!connection)
        return;
    connect(connection->outbox(), &OfflineOutbox::changed, this, &OutboxModel::reload);
    connect(connection, &Connection::queuedWriteRejected, this, [this](const QString &cid, const Error &error) {
        if (!m_connection)
            return;
        if (const auto entry = m_connection->outbox()->find(cid))
            Q_EMIT rejected(describe(*entry), error);
    });
    reload();
}

void OutboxModel::reload()
{
    // The outbox holds a handful of writes: a reset is simpler than diffing and cheap.
    beginResetModel();
    m_rows = m_connection ? m_connection->outbox()->entries() : QList<OfflineOutbox::Entry> {};
    endResetModel();
    Q_EMIT countsChanged();
}

int OutboxModel::pendingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const auto &e) { return !e.rejection; }));
}

int OutboxModel::rejectedCount() const
{
    return int(m_rows.size()) - pendingCount();
}

QString OutboxModel::describe(const OfflineOutbox::Entry &entry)
{
    const QString customer = entry.args.value(QStringLiteral("customer")).toString();
    const QString number = entry.args.value(QStringLiteral("number")).toString();
    const QString op = entry.op;
    if (op == QStringView(op::CustomerNoteAdd))
        return tr("Note for customer %1").arg(customer);
    if (op == QStringView(op::OrderChange))
        return tr("Change to order %1").arg(number);
    if (op == QStringView(op::OrderCancel))
        return tr("Cancellation of order %1").arg(number);
    if (op == QStringView(op::OrderPlace))
        return tr("New order for customer %1").arg(customer);
    if (op == QStringView(op::AccountUpdate))
        return tr("Account change for customer %1").arg(customer);
    if (op == QStringView(op::ContactNotesSet))
        return tr("Notes on contact %1").arg(entry.args.value(QStringLiteral("id")).toInteger());
    if (op == QStringView(op::ContactTaskAdd) || op == QStringView(op::ContactTaskResolve))
        return tr("Task on a contact");
    if (op == QStringView(op::FollowUpUpdate) || op == QStringView(op::FollowUpDone))
        return tr("Follow-up");
    return op;
}

QString OutboxModel::noteText(const OfflineOutbox::Entry &entry)
{
    if (entry.op == QStringView(op::CustomerNoteAdd))
        return entry.args.value(QStringLiteral("text")).toString();
    if (entry.op == QStringView(op::ContactNotesSet))
        return entry.args.value(QStringLiteral("notes")).toString();
    return {};
}

QList<OfflineOutbox::Entry> OutboxModel::notesFor(const QList<OfflineOutbox::Entry> &entries, const QString &customerId)
{
    QList<OfflineOutbox::Entry> notes;
    for (const auto &e : entries) {
        if (e.op == QStringView(op::CustomerNoteAdd)
            && e.args.value(QStringLiteral("customer")).toString() == customerId)
            notes.append(e);
    }
    return notes;
}

QSet<QString> OutboxModel::ordersWithWaitingChanges(const QList<OfflineOutbox::Entry> &entries)
{
    QSet<QString> numbers;
    for (const auto &e : entries) {
        if (e.op == QStringView(op::OrderChange) || e.op == QStringView(op::OrderCancel))
            numbers.insert(e.args.value(QStringLiteral("number")).toString());
    }
    return numbers;
}

bool OutboxModel::reapply(int row)
{
    if (!m_connection || row < 0 || row >= m_rows.size())
        return false;
    return m_connection->reapplyQueuedWrite(m_rows.at(row).cid);
}

bool OutboxModel::discard(int row)
{
    if (!m_connection || row < 0 || row >= m_rows.size())
        return false;
    return m_connection->discardQueuedWrite(m_rows.at(row).cid);
}

QVariant OutboxModel::rowData(const OfflineOutbox::Entry &e, const QModelIndex &, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        const QString when = QLocale().toString(e.createdAt.toLocalTime(), QLocale::ShortFormat);
        return e.rejection ? tr("%1 (%2): refused").arg(describe(e), when)
                           : tr("%1 (%2): waiting to be sent").arg(describe(e), when);
    }
    case Qt::ToolTipRole: {
        const QString note = noteText(e);
        return note.isEmpty() ? QVariant() : QVariant(note);
    }
    case CidRole:
        return e.cid;
    case OpRole:
        return e.op;
    case RejectedRole:
        return e.rejection.has_value();
    case ErrorCodeRole:
        return e.rejection ? errorCodeName(e.rejection->code) : QString();
    case CreatedRole:
        return e.createdAt;
    }
    return {};
}

QHash<int, QByteArray> OutboxModel::roleNames() const
{
    return withRoleNames(QAbstractListModel::roleNames(), CidRole, { "cid", "op", "rejected", "errorCode", "created" });
}

} // namespace spocs
