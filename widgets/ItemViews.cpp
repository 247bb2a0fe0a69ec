#include "widgets/ItemViews.h"

#include "widgets/WidgetNames.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolTip>
#include <QTreeView>
#include <QTreeWidget>

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

QTreeWidget *makeItemTree(const QStringList &titles, const QString &objectName, const QString &accessibleName,
                          QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    setNames(tree, objectName, accessibleName);
    tree->setHeaderLabels(titles);
    tree->setRootIsDecorated(false);
    return tree;
}

namespace {

// QTreeView asks for a row's height without the column's width, so wrapped text gets one line.
class ColumnWidthDelegate : public QStyledItemDelegate
{
public:
    explicit ColumnWidthDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    { }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        opt.rect.setWidth(m_view->columnWidth(index.column()));
        opt.rect.setHeight(qMax(opt.rect.height(), 1));
        return QStyledItemDelegate::sizeHint(opt, index);
    }

private:
    QTreeView *m_view;
};

// Shows the whole text of a cut cell as its tooltip.
class ElidedTextTipDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (event->type() != QEvent::ToolTip || !index.isValid() || !view)
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QRect textRect = view->style()->subElementRect(QStyle::SE_ItemViewItemText, &opt, view);
        // The style keeps this much room on either side of an item's text (QCommonStyle's item text margin).
        const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, view) + 1;
        if (opt.text.isEmpty() || opt.fontMetrics.horizontalAdvance(opt.text) <= textRect.width() - 2 * margin)
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        QString tip = opt.text;
        if (const QString own = index.data(Qt::ToolTipRole).toString(); !own.isEmpty())
            tip += QLatin1Char('\n') + own;
        QToolTip::showText(event->globalPos(), tip, view->viewport(), option.rect);
        return true;
    }
};

} // namespace

void tipElidedText(QAbstractItemView *view)
{
    view->setItemDelegate(new ElidedTextTipDelegate(view));
}

void wrapRowsInColumns(QTreeView *view)
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setItemDelegate(new ColumnWidthDelegate(view));
    QObject::connect(view->header(), &QHeaderView::sectionResized, view, &QTreeView::doItemsLayout);
}

QSortFilterProxyModel *makeSortProxy(QAbstractItemModel *model, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    return proxy;
}

void selectSourceRow(QAbstractItemView *view, QSortFilterProxyModel *proxy, int sourceRow)
{
    const QModelIndex idx = proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0));
    view->setCurrentIndex(idx);
    view->scrollTo(idx);
}

void selectFirstRow(QAbstractItemView *view)
{
    if (view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(0, 0));
}

} // namespace spocs
