#pragma once

#include "models/CommerceData.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace spocs {

// The recent history of the open customer (notes, contacts, orders, ...), newest first as
// delivered. HistoryFilterModel narrows it down by type for the History tab.
class CustomerHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, TypeColumn, AuthorColumn, TextColumn, RefColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { TimestampRole = Qt::UserRole + 1, TypeRole, RefRole, PendingRole, AuthorLoginRole };

    explicit CustomerHistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<HistoryItem> &entries);
    void clear() { setEntries({}); }
    const QList<HistoryItem> &entries() const { return m_entries; }
    // Notes the agent wrote that wait in the offline outbox (oldest first): shown on top,
    // marked as waiting, until the coordinator has them.
    void setPendingNotes(const QList<HistoryItem> &notes);
    int pendingCount() const { return int(m_pending.size()); }
    // Colleagues' names by login, for the author column; a login without a name shows as it is.
    void setAuthorNames(const QHash<QString, QString> &namesByLogin);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The history types the coordinator stores, translated; unknown ones as they come.
    static QString typeText(const QString &type);
    static QStringList knownTypes();

private:
    const HistoryItem &entryAt(int row, bool *pending) const;

    QList<HistoryItem> m_entries;
    QList<HistoryItem> m_pending; // newest first, like m_entries
    QHash<QString, QString> m_authorNames;
};

// The History tab's timeline: filters by type (empty: all) and by text.
class HistoryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit HistoryFilterModel(QObject *parent = nullptr);

    void setTypeFilter(const QString &type);
    QString typeFilter() const { return m_type; }
    void setTextFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_type;
    QString m_text;
};

} // namespace spocs
