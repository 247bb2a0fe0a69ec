// The shared item-view helpers: a column that gives way shows its whole text in a tooltip, and the columns a
// narrow view cannot hold go first, to come back when it widens.
#include "widgets/ItemViews.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace spocs;

namespace {

// The tooltip the view shows over cell (row, column), or "" for none.
QString tooltipOver(QAbstractItemView *view, int row, int column)
{
    QToolTip::hideText();
    (void)QTest::qWaitFor([] { return !QToolTip::isVisible(); }, 2000); // it fades out
    const QPoint at = view->visualRect(view->model()->index(row, column)).center();
    QHelpEvent event(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(view->viewport(), &event);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

} // namespace

TEST(ItemViews, ACutCellShowsItsWholeTextInItsTooltip)
{
    QStandardItemModel model(2, 1);
    const QString reason = QStringLiteral("Where is my order, and when will the replacement arrive?");
    model.setItem(0, 0, new QStandardItem(reason));
    auto *own = new QStandardItem(QStringLiteral("Short"));
    own->setToolTip(QStringLiteral("Its own tooltip"));
    model.setItem(1, 0, own);
    QTableView view;
    view.setModel(&model);
    view.setWordWrap(false);
    tipElidedText(&view);
    view.resize(400, 200);
    view.setColumnWidth(0, 80);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));

    EXPECT_EQ(tooltipOver(&view, 0, 0), reason);
    EXPECT_EQ(tooltipOver(&view, 1, 0), QStringLiteral("Its own tooltip")); // whole: the model's tooltip only
    view.setColumnWidth(0, view.fontMetrics().horizontalAdvance(reason) + 40);
    EXPECT_EQ(tooltipOver(&view, 0, 0), QString()) << "a whole text needs no tooltip";
    QToolTip::hideText();
}

TEST(ItemViews, ColumnsThatDoNotFitGoFirstAndComeBack)
{
    QTreeWidget tree;
    tree.setHeaderLabels({ QStringLiteral("Product"), QStringLiteral("SKU"), QStringLiteral("Line total") });
    tree.header()->setStretchLastSection(false);
    tree.header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree.header()->setSectionResizeMode(0, QHeaderView::Stretch);
    hideColumnsThatDoNotFit(&tree, { 1 });
    new QTreeWidgetItem(
        &tree,
        { QStringLiteral("A rather long product name"), QStringLiteral("P-10127"), QStringLiteral("1,579.20 USD") });
    const int wide
        = tree.fontMetrics().horizontalAdvance(QStringLiteral("A rather long product name P-10127 1,579.20 USD")) + 120;
    tree.resize(wide, 200);
    tree.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&tree));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !tree.isColumnHidden(1); }, 2000));

    tree.resize(tree.fontMetrics().horizontalAdvance(QStringLiteral("A rather long product name 1,579.20 USD")) + 40,
                200);
    EXPECT_TRUE(QTest::qWaitFor([&] { return tree.isColumnHidden(1); }, 2000)) << "the SKU stayed in a narrow view";
    EXPECT_FALSE(tree.isColumnHidden(0));
    EXPECT_FALSE(tree.isColumnHidden(2));

    tree.resize(wide, 200);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !tree.isColumnHidden(1); }, 2000)) << "the SKU did not come back";
}
