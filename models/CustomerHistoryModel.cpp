#include "models/CustomerHistoryModel.h"

#include <QLocale>

namespace spocs {

CustomerHistoryModel::CustomerHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CustomerHistoryModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int CustomerHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CustomerHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomerHistoryModel::typeText(const QString &type) const
{
    // The history types the coordinator stores (0003_customers.sql); unknown ones from a
    // newer server are shown as they come.
    if (type == QLatin1String("note"))
        return tr("Note");
    if (type == QLatin1String("contact"))
        return tr("Contact");
    if (type == QLatin1String("order"))
        return tr("Order");
    if (type == QLatin1String("invoice"))
        return tr("Invoice");
    if (type == QLatin1String("article"))
        return tr("Article");
    if (type == QLatin1String("consult"))
        return tr("Consult");
    return type;
}

QVariant CustomerHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return e.at.isValid() ? QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat) : QString();
        case TypeColumn:
            return typeText(e.type);
        case AuthorColumn:
            return e.author;
        case TextColumn:
            return e.text;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? e.text : QVariant();
    case TimestampRole:
        return e.at;
    case TypeRole:
        return e.type;
    }
    return {};
}

QVariant CustomerHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("When");
    case TypeColumn:
        return tr("Type");
    case AuthorColumn:
        return tr("Author");
    case TextColumn:
        return tr("Text");
    }
    return {};
}

} // namespace spocs
