#include "widgets/ItemViews.h"

#include "widgets/WidgetNames.h"

#include <QHash>
#include <QHeaderView>
#include <QHelpEvent>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolTip>
#include <QTreeView>
#include <QTreeWidget>

#include <algorithm>

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

// Keeps hideColumnsThatDoNotFit's columns shown or hidden as the view's width and contents change. A child of the
// header, so it goes with the view's parts and never works on a view half torn down.
class ColumnDropper : public QObject
{
public:
    ColumnDropper(QTreeView *view, const QList<int> &dropFirst)
        : QObject(view->header())
        , m_view(view)
        , m_dropFirst(dropFirst)
    {
        view->viewport()->installEventFilter(this);
        connect(view->header(), &QHeaderView::sectionResized, this, &ColumnDropper::schedule);
        connect(view->header(), &QHeaderView::sectionCountChanged, this, &ColumnDropper::schedule);
        // Only schedules: a model torn down with its view signals while the view is half gone.
        QAbstractItemModel *model = view->model();
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnDropper::schedule);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnDropper::schedule);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnDropper::schedule);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnDropper::schedule);
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnDropper::schedule);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            schedule();
        return QObject::eventFilter(watched, event);
    }

private:
    // Once the view has finished laying out its sections, not from inside that.
    void schedule()
    {
        if (m_scheduled)
            return;
        m_scheduled = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_scheduled = false;
                fit();
            },
            Qt::QueuedConnection);
    }

    // From the model's rows, not the view's laid-out ones: the view lays its rows out later than the model
    // signals. As QHeaderView sizes a column to its contents: never below its minimum section size, nor its
    // title's width (which the header gives only while the column shows, so it is kept).
    int needed(int column)
    {
        const QHeaderView *header = m_view->header();
        if (!m_view->isColumnHidden(column))
            m_titleWidths[column] = header->sectionSizeHint(column);
        const QAbstractItemModel *model = m_view->model();
        int width = std::max(m_titleWidths.value(column), header->minimumSectionSize());
        for (int row = 0, rows = std::min(model->rowCount(), 500); row < rows; ++row)
            width = std::max(width, m_view->sizeHintForIndex(model->index(row, column)).width());
        return width;
    }

    void fit()
    {
        const int columns = m_view->model()->columnCount();
        int width = 0;
        for (int column = 0; column < columns; ++column) {
            if (!m_dropFirst.contains(column) && !m_view->isColumnHidden(column))
                width += needed(column);
        }
        // Shown from the last to drop to the first, as long as each still fits.
        bool fits = true;
        for (qsizetype i = m_dropFirst.size() - 1; i >= 0; --i) {
            const int column = m_dropFirst.at(i);
            fits = fits && width + needed(column) <= m_view->viewport()->width();
            if (fits)
                width += needed(column);
            m_view->setColumnHidden(column, !fits);
        }
    }

    QTreeView *m_view;
    QList<int> m_dropFirst;
    QHash<int, int> m_titleWidths;
    bool m_scheduled = false;
};

} // namespace

void hideColumnsThatDoNotFit(QTreeView *view, const QList<int> &dropFirst)
{
    new ColumnDropper(view, dropFirst);
}

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
