// Every window, as an agent and as a lead sees it, at the screen sizes call centres use most
// (1280×720 laptops, 1920×1080 monitors) and the desktop's default 1200×800. The screenshots land in the tests' output
// folder (SPOCS_VIEW_SCREENSHOTS, by default screenshots/ under the build's test folder) so a reviewer can look.
#include "support/ClientHelpers.h"
#include "support/CoordinatorProcess.h"

#include "client/Connection.h"
#include "models/CustomerHistoryModel.h"
#include "models/CustomerLoader.h"
#include "models/CustomerSearchModel.h"
#include "widgets/CustomerPage.h"
#include "widgets/FloorView.h"
#include "widgets/LeadWorkspace.h"
#include "widgets/LoginDialog.h"
#include "widgets/MainWindow.h"

#include <QAbstractButton>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

#include <iostream>

using namespace spocs;

namespace {

constexpr int kLongWait = 20000;

QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("SPOCS_VIEW_SCREENSHOTS");
    return dir.isEmpty() ? QDir::current().filePath(QStringLiteral("screenshots")) : dir;
}

class WindowLayoutTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(m_coordinator.start()) << qPrintable(m_coordinator.output());
    }

    void signIn(MainWindow &window, Connection &connection, const QString &user)
    {
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.loginWith(m_coordinator.url(), user, QStringLiteral("demo"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return connection.state() == Connection::State::Connected; }, kLongWait));
        ASSERT_TRUE(QTest::qWaitFor([&] { return !window.loginDialog(); }, kLongWait));
    }

    QString save(QWidget *window, const QString &name)
    {
        QDir().mkpath(screenshotDir());
        QTest::qWait(300); // let the views settle
        const QString path = QDir(screenshotDir()).filePath(name + QStringLiteral(".png"));
        window->grab().save(path);
        std::cout << "screenshot: " << qPrintable(path) << std::endl;
        return path;
    }

    test::CoordinatorProcess m_coordinator;
};

QRect globalRect(const QWidget *w)
{
    return QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size());
}

bool isAncestor(const QWidget *ancestor, const QWidget *w)
{
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if (p == ancestor)
            return true;
    }
    return false;
}

bool insideScrollArea(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (p->inherits("QAbstractScrollArea"))
            return true;
    }
    return false;
}

// What a user would call broken: a button under a tab bar it does not belong to, a button cut off by
// the window's edge, a status-bar label narrower than its text.
void expectNothingOverlapsOrIsClipped(QWidget *window, const QString &where)
{
    const QRect inside = window->rect();
    const auto buttons = window->findChildren<QAbstractButton *>();
    const auto tabBars = window->findChildren<QTabBar *>();
    for (const QAbstractButton *button : buttons) {
        if (!button->isVisible() || button->text().isEmpty() || button->visibleRegion().isEmpty())
            continue;
        const QRect r = globalRect(button);
        // Inside a scroll area a button may be partly scrolled away; anywhere else it must show whole.
        if (!insideScrollArea(button)) {
            EXPECT_TRUE(inside.contains(r)) << qPrintable(where) << ": " << qPrintable(button->text()) << " is cut off";
            EXPECT_EQ(button->visibleRegion().boundingRect().size(), button->size())
                << qPrintable(where) << ": " << qPrintable(button->text()) << " is partly hidden";
            // A layout out of room squeezes a button below its text's width: the label is cut.
            EXPECT_GE(button->width(), button->sizeHint().width())
                << qPrintable(where) << ": " << qPrintable(button->text()) << " is squeezed";
        }
        for (const QTabBar *bar : tabBars) {
            if (!bar->isVisible() || isAncestor(bar, button))
                continue;
            EXPECT_FALSE(globalRect(bar).intersects(r))
                << qPrintable(where) << ": " << qPrintable(button->text()) << " lies under a tab bar";
        }
    }
    auto *status = qobject_cast<QMainWindow *>(window)->statusBar();
    for (const QLabel *label : status->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty() && !label->wordWrap()) {
            EXPECT_GE(label->width(), label->minimumSizeHint().width())
                << qPrintable(where) << ": status bar clips " << qPrintable(label->text());
        }
    }
}

} // namespace

TEST_F(WindowLayoutTest, LeadWindowAtEachScreenSize)
{
    Connection connection;
    MainWindow window(&connection);
    signIn(window, connection, QStringLiteral("lead1"));
    auto *lead = window.findChild<LeadWorkspace *>();
    ASSERT_NE(lead, nullptr);
    auto *queues = lead->floorView()->findChild<QTableView *>(QStringLiteral("floorQueues"));
    ASSERT_NE(queues, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return queues->model()->rowCount() > 0; }, kLongWait));
    for (const QSize size : { QSize(1200, 800), QSize(1280, 720), QSize(1920, 1080) }) {
        const QString name = QStringLiteral("lead-%1x%2").arg(size.width()).arg(size.height());
        window.resize(size);
        lead->showFloor();
        save(&window, name + QStringLiteral("-floor"));
        EXPECT_EQ(lead->tabs()->currentWidget(), lead->floorView()) << "the floor is the lead's main view";
        EXPECT_GE(lead->floorView()->width(), size.width() * 6 / 10) << qPrintable(name);
        expectNothingOverlapsOrIsClipped(&window, name + QStringLiteral(" floor"));
        if (size.height() >= 1080) {
            EXPECT_FALSE(queues->verticalScrollBar()->isVisible()) << "every queue shows without scrolling";
        }

        window.openCustomer(QStringLiteral("C-1001"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.customerPage()->isVisible(); }, kLongWait));
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return window.customerPage()->loader()->state() == CustomerLoader::State::Loaded; }, kLongWait));
        save(&window, name + QStringLiteral("-customer"));
        expectNothingOverlapsOrIsClipped(&window, name + QStringLiteral(" customer"));
    }
}

TEST_F(WindowLayoutTest, AgentWindowAtEachScreenSize)
{
    Connection connection;
    MainWindow window(&connection);
    signIn(window, connection, QStringLiteral("agent1"));
    window.openCustomer(QStringLiteral("C-1001"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window.customerPage()->loader()->state() == CustomerLoader::State::Loaded; }, kLongWait));
    auto *history = window.findChild<QTreeView *>(QStringLiteral("customerHistory"));
    ASSERT_NE(history, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return history->model()->rowCount() > 0; }, kLongWait));
    auto *results = window.findChild<QTreeView *>(QStringLiteral("customerSearchResults"));
    ASSERT_NE(results, nullptr);
    for (const QSize size : { QSize(1200, 800), QSize(1280, 720), QSize(1920, 1080) }) {
        const QString name = QStringLiteral("agent-%1x%2").arg(size.width()).arg(size.height());
        window.resize(size);
        save(&window, name);
        expectNothingOverlapsOrIsClipped(&window, name);
        // The search results show the name at least as wide as the company, without scrolling sideways.
        EXPECT_GE(results->header()->sectionSize(CustomerSearchModel::NameColumn),
                  results->header()->sectionSize(CustomerSearchModel::CompanyColumn))
            << qPrintable(name);
        EXPECT_LE(results->header()->length(), results->viewport()->width()) << qPrintable(name);
        // The history's text is what the agent reads: wider than the date beside it.
        EXPECT_GT(history->columnWidth(CustomerHistoryModel::TextColumn),
                  history->columnWidth(CustomerHistoryModel::TimeColumn))
            << qPrintable(name);
    }
}
