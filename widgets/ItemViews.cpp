#include "widgets/ItemViews.h"

#include "widgets/WidgetNames.h"

#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

namespace spocs {

QTreeView *makeRecordTree(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                          QWidget *parent)
{
    auto *view = new QTreeView(parent);
    setNames(view, objectName, accessibleName);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

QTableView *makeRecordTable(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                            QWidget *parent)
{
    auto *view = new QTableView(parent);
    setNames(view, objectName, accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace spocs
