#pragma once

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace spocs {

// Row::fromJson of each object in a JSON array (a search answer's "items", a snapshot's list).
template<typename Row> QList<Row> rowsFromJson(const QJsonArray &array)
{
    QList<Row> rows;
    rows.reserve(array.size());
    for (const QJsonValue &value : array)
        rows.append(Row::fromJson(value.toObject()));
    return rows;
}

// A model's roleNames(): the standard names plus its own, one name per role in the order of its
// Role enum (whose values follow each other from firstRole).
QHash<int, QByteArray> withRoleNames(QHash<int, QByteArray> names, int firstRole,
                                     std::initializer_list<const char *> namesInRoleOrder);

// The frame the flat models share: their rows, rowCount(), a data() that checks the index and
// hands the row to rowData(), replacing every row, and finding, changing, adding or dropping one.
// Base is QAbstractListModel or QAbstractTableModel (see RowTableModel).
template<typename Row, typename Base> class RowModel : public Base
{
public:
    using Base::Base;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        using Check = QAbstractItemModel::CheckIndexOption;
        if (!this->checkIndex(index, Check::IndexIsValid | Check::ParentIsInvalid))
            return {};
        return rowData(m_rows.at(index.row()), index, role);
    }

protected:
    // What data() answers for one row (index gives the column).
    virtual QVariant rowData(const Row &row, const QModelIndex &index, int role) const = 0;

    // The row at `row`, or an empty one out of range.
    Row rowAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Row {}; }

    // The first row for which matches(row) holds, or -1.
    template<typename Predicate> int rowWhere(Predicate matches) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (matches(m_rows.at(i)))
                return i;
        }
        return -1;
    }

    void resetRows(QList<Row> rows)
    {
        this->beginResetModel();
        m_rows = std::move(rows);
        this->endResetModel();
    }
    // Drops every row (no reset when there are none).
    void clearRows()
    {
        if (!m_rows.isEmpty())
            resetRows({});
    }

    // Tells the views that every column of rows first..last changed.
    void rowsChanged(int first, int last)
    {
        const QAbstractItemModel *model = this; // columnCount() is private in QAbstractListModel
        Q_EMIT this->dataChanged(this->index(first, 0), this->index(last, model->columnCount() - 1));
    }
    void rowChanged(int row) { rowsChanged(row, row); }
    void allRowsChanged()
    {
        if (!m_rows.isEmpty())
            rowsChanged(0, int(m_rows.size()) - 1);
    }
    // Tells the views that one column changed in every row (a clock moved, say).
    void columnChanged(int column)
    {
        if (!m_rows.isEmpty())
            Q_EMIT this->dataChanged(this->index(0, column), this->index(int(m_rows.size()) - 1, column));
    }

    void insertRowAt(int at, Row row)
    {
        this->beginInsertRows({}, at, at);
        m_rows.insert(at, std::move(row));
        this->endInsertRows();
    }
    void appendRow(Row row) { insertRowAt(int(m_rows.size()), std::move(row)); }
    void removeRowAt(int row)
    {
        this->beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        this->endRemoveRows();
    }

    // Makes the rows those of incoming (a snapshot) while the known ones stay in place, so a view
    // keeps its selection: rows whose key is gone are removed, known ones replaced where they
    // differ, new ones appended. keyOf gives what identifies a row.
    template<typename KeyOf> void mergeRows(const QList<Row> &incoming, KeyOf keyOf)
    {
        const auto isIncoming = [&](const Row &known) {
            return std::any_of(incoming.cbegin(), incoming.cend(),
                               [&](const Row &row) { return keyOf(row) == keyOf(known); });
        };
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) { // from the back, so rows stay valid
            if (!isIncoming(m_rows.at(i)))
                removeRowAt(i);
        }
        for (const Row &row : incoming) {
            const int at = rowWhere([&](const Row &known) { return keyOf(known) == keyOf(row); });
            if (at < 0) {
                appendRow(row);
            } else if (!(m_rows.at(at) == row)) {
                m_rows[at] = row;
                rowChanged(at);
            }
        }
    }

    QList<Row> m_rows;
};

template<typename Row> using RowListModel = RowModel<Row, QAbstractListModel>;

// A RowModel with a fixed number of columns whose horizontal header shows columnTitles(). Base is
// QAbstractTableModel or a subclass of it (SearchModel).
template<typename Row, typename Base = QAbstractTableModel> class RowTableModel : public RowModel<Row, Base>
{
public:
    explicit RowTableModel(int columns, QObject *parent = nullptr)
        : RowModel<Row, Base>(parent)
        , m_columns(columns)
    { }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return Base::headerData(section, orientation, role);
        const QStringList titles = columnTitles();
        return section >= 0 && section < titles.size() ? QVariant(titles.at(section)) : QVariant();
    }

protected:
    // One translated title per column, in column order.
    virtual QStringList columnTitles() const = 0;

private:
    int m_columns;
};

} // namespace spocs
