#include "models/CustomerHistoryModel.h"

#include <QFont>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace spocs {

CustomerHistoryModel::CustomerHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CustomerHistoryModel::setEntries(const QList<HistoryItem> &entries)
{
    // In place where it can be (the same items, some changed, new ones among them), so a view
    // keeps its selection and where it is scrolled to when a customer event refetches the history.
    QSet<qint64> ids;
    for (const HistoryItem &item : entries)
        ids.insert(item.id);
    const auto reset = [&] {
        beginResetModel();
        m_entries = entries;
        endResetModel();
    };
    if (ids.size() != entries.size())
        return reset(); // without one id per item, no row can be told from another
    const int offset = int(m_pending.size());
    for (int i = int(m_entries.size()) - 1; i >= 0; --i) {
        if (!ids.contains(m_entries.at(i).id)) {
            beginRemoveRows({}, offset + i, offset + i);
            m_entries.removeAt(i);
            endRemoveRows();
        }
    }
    for (int row = 0; row < entries.size(); ++row) {
        const HistoryItem &item = entries.at(row);
        if (row < m_entries.size() && m_entries.at(row).id == item.id) {
            if (!(m_entries.at(row) == item)) {
                m_entries[row] = item;
                Q_EMIT dataChanged(index(offset + row, 0), index(offset + row, ColumnCount - 1));
            }
            continue;
        }
        const bool later = std::any_of(m_entries.cbegin() + row, m_entries.cend(),
                                       [&](const HistoryItem &known) { return known.id == item.id; });
        if (later)
            return reset(); // moved: not the newest-first order it had
        beginInsertRows({}, offset + row, offset + row);
        m_entries.insert(row, item);
        endInsertRows();
    }
}

void CustomerHistoryModel::setPendingNotes(const QList<HistoryItem> &notes)
{
    QList<HistoryItem> newestFirst(notes.crbegin(), notes.crend());
    if (newestFirst == m_pending)
        return;
    beginResetModel();
    m_pending = newestFirst;
    endResetModel();
}

const HistoryItem &CustomerHistoryModel::entryAt(int row, bool *pending) const
{
    *pending = row < m_pending.size();
    return *pending ? m_pending.at(row) : m_entries.at(row - m_pending.size());
}

int CustomerHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pending.size() + m_entries.size());
}

int CustomerHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList CustomerHistoryModel::knownTypes()
{
    return { QStringLiteral("note"),    QStringLiteral("contact"), QStringLiteral("order"),
             QStringLiteral("invoice"), QStringLiteral("article"), QStringLiteral("consult") };
}

QString CustomerHistoryModel::typeText(const QString &type)
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
    bool pending = false;
    const HistoryItem &e = entryAt(index.row(), &pending);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: {
            if (pending)
                return tr("Waiting to be sent");
            const QDateTime at = wireTime(e.at);
            return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
        }
        case TypeColumn:
            return typeText(e.type);
        case AuthorColumn:
            return m_authorNames.value(e.author, e.author);
        case TextColumn:
            return e.text;
        case RefColumn:
            return e.ref.value_or(QString());
        }
        return {};
    case Qt::ToolTipRole:
        if (pending)
            return tr("Saved on this computer; it will be sent as soon as the connection is back.");
        return index.column() == TextColumn ? e.text : QVariant();
    case Qt::FontRole:
        if (pending) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case PendingRole:
        return pending;
    case TimestampRole:
        return wireTime(e.at);
    case TypeRole:
        return e.type;
    case RefRole:
        return e.ref.value_or(QString());
    case AuthorLoginRole:
        return e.author;
    }
    return {};
}

void CustomerHistoryModel::setAuthorNames(const QHash<QString, QString> &namesByLogin)
{
    if (namesByLogin == m_authorNames)
        return;
    m_authorNames = namesByLogin;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, AuthorColumn), index(rowCount() - 1, AuthorColumn), { Qt::DisplayRole });
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
    case RefColumn:
        return tr("Reference");
    }
    return {};
}

HistoryFilterModel::HistoryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void HistoryFilterModel::setTypeFilter(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateFilter();
}

void HistoryFilterModel::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool HistoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_type.isEmpty() && idx.data(CustomerHistoryModel::TypeRole).toString() != m_type)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c : { int(CustomerHistoryModel::TextColumn), int(CustomerHistoryModel::AuthorColumn),
                   int(CustomerHistoryModel::RefColumn) }) {
        if (idx.siblingAtColumn(c).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    // The author column shows a name; the login still finds the entry.
    return idx.data(CustomerHistoryModel::AuthorLoginRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace spocs
