// The desktop at 1024×640, its smallest supported size, in English and in German (the longer words): the report
// figures, the customer's section tabs and My day's section titles read whole, not cut to "…" or scrolled behind
// arrows.
#include "TranslatedWindowTest.h"

#include "client/Connection.h"
#include "models/CustomerLoader.h"
#include "models/ReportModels.h"
#include "widgets/CustomerPage.h"
#include "widgets/LeadWorkspace.h"
#include "widgets/LoginDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/MyDayPage.h"
#include "widgets/ReportsView.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <gtest/gtest.h>

#include <iostream>

using namespace spocs;

namespace {

constexpr int kLongWait = 20000;

class SmallWindow : public test::TranslatedWindowTest
{
protected:
    SmallWindow()
        : TranslatedWindowTest(QSize(1024, 640))
    { }

    void screenshot(QWidget *window, const QString &name)
    {
        const QString path
            = QStringLiteral("%1/spocs-small-%2-%3.png").arg(QDir::tempPath(), name, QString::fromLatin1(GetParam()));
        window->grab().save(path);
        std::cout << "screenshot: " << qPrintable(path) << std::endl;
    }
};

} // namespace

TEST_P(SmallWindow, EveryReportFigureReadsWhole)
{
    Connection connection;
    MainWindow window(&connection);
    ASSERT_NO_FATAL_FAILURE(signIn(window, connection, QStringLiteral("lead1")));
    LeadWorkspace *lead = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (lead = window.findChild<LeadWorkspace *>()); }, kLongWait));
    lead->reportsAction()->trigger();
    ReportsView *reports = lead->reportsView();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return reports->loader()->hasReport() && !reports->loader()->isBusy(); }, kLongWait));
    QTest::qWait(100); // let the figures' new texts lay out
    const auto captions = reports->findChildren<QLabel *>(QRegularExpression(QStringLiteral("^reportTileCaption_")));
    ASSERT_EQ(captions.size(), 11);
    for (const QLabel *caption : captions) {
        const QString figure = caption->objectName().section(u'_', 1);
        const auto *value = reports->findChild<QLabel *>(QStringLiteral("reportTile_") + figure);
        ASSERT_NE(value, nullptr) << qPrintable(figure);
        EXPECT_GE(caption->width(), caption->sizeHint().width()) << qPrintable(caption->text()) << " is cut";
        EXPECT_GE(value->width(), value->sizeHint().width())
            << qPrintable(caption->text()) << ": " << qPrintable(value->text()) << " is cut";
    }
    // The range and the buttons above the figures: in two rows when one does not hold them.
    for (const char *name :
         { "reportTodayButton", "report7DaysButton", "report30DaysButton", "reportShowButton", "reportExportButton" }) {
        const auto *button = reports->findChild<QWidget *>(QString::fromLatin1(name));
        ASSERT_NE(button, nullptr) << name;
        EXPECT_GE(button->width(), button->sizeHint().width()) << name << " is cut";
    }
    for (const QLabel *label : reports->findChildren<QLabel *>()) {
        if (label->buddy()) {
            EXPECT_GE(label->width(), label->sizeHint().width()) << qPrintable(label->text()) << " is cut";
        }
    }
    // The demand headline wraps rather than running out of the frame.
    const auto *headline = reports->findChild<QLabel *>(QStringLiteral("reportAvoidableHeadline"));
    ASSERT_NE(headline, nullptr);
    EXPECT_GE(headline->height(), headline->heightForWidth(headline->width())) << qPrintable(headline->text());
    EXPECT_LE(headline->geometry().right(), headline->parentWidget()->contentsRect().right())
        << qPrintable(headline->text());
    screenshot(&window, QStringLiteral("reports"));
}

TEST_P(SmallWindow, MyDaysSectionTitlesReadWhole)
{
    Connection connection;
    MainWindow window(&connection);
    ASSERT_NO_FATAL_FAILURE(signIn(window, connection, QStringLiteral("agent1")));
    MyDayPage *page = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            page = window.findChild<MyDayPage *>(QStringLiteral("myDayPage"));
            return page && page->isVisible();
        },
        kLongWait));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return page->view(MyDayPage::QueuesSection)->model()->rowCount() > 0; }, kLongWait));
    QTest::qWait(100); // let the page lay out the queues
    const auto titles = page->findChildren<QLabel *>(QRegularExpression(QStringLiteral("^myDay.*Title$")));
    ASSERT_EQ(titles.size(), MyDayPage::SectionCount);
    for (const QLabel *title : titles) {
        EXPECT_TRUE(title->isVisible()) << qPrintable(title->text());
        EXPECT_GE(title->width(), title->minimumSizeHint().width()) << qPrintable(title->text()) << " is cut";
        EXPECT_GE(title->height(), title->heightForWidth(title->width())) << qPrintable(title->text()) << " is cut";
        EXPECT_TRUE(page->rect().contains(QRect(title->mapTo(page, QPoint(0, 0)), title->size())))
            << qPrintable(title->text()) << " lies outside the page";
    }
    // Nothing of the page lies beyond its right edge (where the window would cut it).
    for (const QWidget *child : page->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child->isVisible()) {
            EXPECT_LE(child->geometry().right(), page->rect().right()) << qPrintable(child->objectName());
        }
    }
    screenshot(&window, QStringLiteral("my-day"));
}

TEST_P(SmallWindow, TheCustomerSectionTabsShowWithoutScrolling)
{
    Connection connection;
    MainWindow window(&connection);
    ASSERT_NO_FATAL_FAILURE(signIn(window, connection, QStringLiteral("agent1")));
    window.openCustomer(QStringLiteral("C-1001"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window.customerPage()->loader()->state() == CustomerLoader::State::Loaded; }, kLongWait));
    auto *tabs = window.customerPage()->findChild<QTabWidget *>(QStringLiteral("customerTabs"));
    ASSERT_NE(tabs, nullptr);
    QTest::qWait(100); // let the page lay out the customer
    const QTabBar *bar = tabs->tabBar();
    int needed = 0;
    for (int i = 0; i < bar->count(); ++i)
        needed += bar->tabRect(i).width();
    EXPECT_LE(needed, bar->width()) << "the section tabs need " << needed << " px of " << bar->width();
    for (const QToolButton *arrow : bar->findChildren<QToolButton *>())
        EXPECT_FALSE(arrow->isVisible()) << "the section tabs scroll";
    screenshot(&window, QStringLiteral("customer"));
}

TEST_P(SmallWindow, TheCustomerSectionsButtonsReadWhole)
{
    Connection connection;
    MainWindow window(&connection);
    ASSERT_NO_FATAL_FAILURE(signIn(window, connection, QStringLiteral("agent1")));
    window.openCustomer(QStringLiteral("C-1001"));
    CustomerPage *page = window.customerPage();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->loader()->state() == CustomerLoader::State::Loaded; }, kLongWait));
    const char *names[] = { "overview", "orders", "billing", "account", "history" };
    for (int section = 0; section < CustomerPage::SectionCount; ++section) {
        page->showSection(section);
        QTest::qWait(100); // let the section lay out
        for (const QPushButton *button : page->tabs()->currentWidget()->findChildren<QPushButton *>()) {
            if (button->isVisible()) {
                EXPECT_GE(button->width(), button->sizeHint().width())
                    << names[section] << ": " << qPrintable(button->text()) << " is cut";
            }
        }
        screenshot(&window, QStringLiteral("customer-") + QString::fromLatin1(names[section]));
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, SmallWindow, ::testing::Values("en", "de"),
                         [](const ::testing::TestParamInfo<const char *> &info) { return std::string(info.param); });
