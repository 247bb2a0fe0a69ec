#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QTreeView;
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

} // namespace spocs
