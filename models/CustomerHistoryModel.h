#pragma once

#include "models/CustomerDetails.h"

#include <QAbstractTableModel>

namespace spocs {

// The recent history of the open customer (notes, contacts), newest first as delivered.
class CustomerHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, TypeColumn, AuthorColumn, TextColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { TimestampRole = Qt::UserRole + 1, TypeRole };

    explicit CustomerHistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<HistoryEntry> &entries);
    void clear() { setEntries({}); }
    const QList<HistoryEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString typeText(const QString &type) const;

    QList<HistoryEntry> m_entries;
};

} // namespace spocs
