#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QAbstractItemView;
class QObject;
class QSortFilterProxyModel;
class QTableView;
class QTreeView;
class QTreeWidget;
class QWidget;

namespace spocs {

// A read-only list of records as a tree view without branches: rows of the same height, named
// for tests and screen readers. Callers add what differs (selection, column sizes, colours).
QTreeView *makeRecordTree(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                          QWidget *parent);

// The same as a table (the lead's floor and reports): whole rows selected, alternating colours,
// compact rows, no row numbers, the last column stretched.
QTableView *makeRecordTable(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                            QWidget *parent);

// A list the widget fills with items itself (order lines, payments): named, with column titles,
// without branches.
QTreeWidget *makeItemTree(const QStringList &titles, const QString &objectName, const QString &accessibleName,
                          QWidget *parent);

// Rows as high as their text wrapped in the column's width, kept so as the columns are resized:
// for values a user must read whole (the two sides of a conflict), not cut to "…".
void wrapRowsInColumns(QTreeView *view);

// A cell whose text the column cuts to "…" shows it whole in its tooltip (above the model's own tooltip, if any),
// for columns that give way when the view is narrow.
void tipElidedText(QAbstractItemView *view);

// Hides columns, first to last of dropFirst, while the view's columns need more than its width, and shows them
// again when there is room: for columns the page shows beside the list too, so the rest read whole rather than
// scroll sideways.
void hideColumnsThatDoNotFit(QTreeView *view, const QList<int> &dropFirst);

// A proxy that sorts model's rows by sortRole, for a view whose header sorts.
QSortFilterProxyModel *makeSortProxy(QAbstractItemModel *model, int sortRole, QObject *parent);

// Makes row sourceRow of the proxy's source model current in view, which shows proxy, and scrolls
// to it.
void selectSourceRow(QAbstractItemView *view, QSortFilterProxyModel *proxy, int sourceRow);

// Makes the first row current, if view has one.
void selectFirstRow(QAbstractItemView *view);

} // namespace spocs
