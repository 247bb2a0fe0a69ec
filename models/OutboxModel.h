#pragma once

#include "client/OfflineOutbox.h"
#include "models/RowModel.h"

#include <QPointer>
#include <QSet>

namespace spocs {

class Connection;

// The writes in the connection's offline outbox, oldest first, for the status bar and the
// review dialog: what each one is ("Note for customer C-1003"), whether it waits to be
// sent or was refused, and the user's two answers to a refusal (reapply, discard).
class OutboxModel : public RowListModel<OfflineOutbox::Entry>
{
    Q_OBJECT

public:
    enum Role { CidRole = Qt::UserRole + 1, OpRole, RejectedRole, ErrorCodeRole, CreatedRole };
    Q_ENUM(Role)

    explicit OutboxModel(Connection *connection, QObject *parent = nullptr);

    int pendingCount() const;
    int rejectedCount() const;
    OfflineOutbox::Entry entryAt(int row) const { return m_rows.value(row); }
    // What the write does, for a list or a message.
    static QString describe(const OfflineOutbox::Entry &entry);
    // The text a held note carries (a customer note, a contact's notes), or "" for other writes.
    static QString noteText(const OfflineOutbox::Entry &entry);

    // Where the desktop shows the item itself: notes waiting for a customer (oldest first)
    // and the orders with a change or cancellation waiting.
    static QList<OfflineOutbox::Entry> notesFor(const QList<OfflineOutbox::Entry> &entries, const QString &customerId);
    static QSet<QString> ordersWithWaitingChanges(const QList<OfflineOutbox::Entry> &entries);

    bool reapply(int row);
    bool discard(int row);

    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countsChanged();
    // A write was refused after the agent had moved on: the window says so.
    void rejected(const QString &description, const spocs::Error &error);

private:
    QVariant rowData(const OfflineOutbox::Entry &e, const QModelIndex &index, int role) const override;
    void reload();

    QPointer<Connection> m_connection;
};

} // namespace spocs
