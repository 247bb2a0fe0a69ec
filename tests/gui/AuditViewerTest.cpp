#include "support/ClientHelpers.h"
#include "support/CoordinatorProcess.h"

#include "client/Connection.h"
#include "models/AuditSession.h"
#include "models/ReportCsv.h"
#include "widgets/AuditDialog.h"
#include "widgets/LoginDialog.h"
#include "widgets/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace spocs;

// An admin reads the audit log in the desktop (Admin > Audit Log), filters it by customer and
// exports what they see as CSV; nobody else gets the menu.

namespace {
constexpr int kLongWait = 20000;

bool signIn(MainWindow &window, Connection &connection, const QUrl &url, const QString &user)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.loginWith(url, user, QStringLiteral("demo"));
    return QTest::qWaitFor([&] { return connection.state() == Connection::State::Connected; }, kLongWait);
}
} // namespace

TEST(AuditViewer, AnAdminFindsWhoReadACustomerAndExportsItAsCsv)
{
    QSettings().clear();
    test::CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start()) << qPrintable(coordinator.output());
    {
        Connection agent;
        ASSERT_TRUE(test::loginAndWait(agent, coordinator.url(), QStringLiteral("agent2")).ok);
        ASSERT_TRUE(
            test::call(agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-1007") } })
                .ok);
    }

    Connection connection;
    MainWindow window(&connection);
    ASSERT_TRUE(signIn(window, connection, coordinator.url(), QStringLiteral("admin")));
    QAction *open = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            open = window.findChild<QAction *>(QStringLiteral("auditLogAction"));
            return open && open->isEnabled();
        },
        kLongWait))
        << "no Admin > Audit Log for an admin";
    EXPECT_EQ(open->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U));
    open->trigger();
    AuditDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (dialog = window.findChild<AuditDialog *>()); }, kLongWait));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));

    auto *customer = dialog->findChild<QLineEdit *>(QStringLiteral("auditCustomerEdit"));
    auto *search = dialog->findChild<QPushButton *>(QStringLiteral("auditSearchButton"));
    auto *exportButton = dialog->findChild<QPushButton *>(QStringLiteral("auditExportButton"));
    auto *table = dialog->findChild<QTableView *>(QStringLiteral("auditTable"));
    ASSERT_TRUE(customer && search && exportButton && table);
    // The dialog opens with a search of its own; Search is disabled until that answer is in.
    ASSERT_TRUE(QTest::qWaitFor([&] { return search->isEnabled(); }, kLongWait));
    QTest::keyClicks(customer, QStringLiteral("C-1007"));
    QTest::mouseClick(search, Qt::LeftButton);
    const auto shows = [&](const QString &action, const QString &who) {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, AuditLogModel::Action).data().toString() == action
                && table->model()->index(row, AuditLogModel::User).data(AuditLogModel::RawRole).toString() == who)
                return true;
        }
        return false;
    };
    // The dialog opens with everything of the last week; the search narrows it to C-1007.
    const auto onlyAboutTheCustomer = [&] {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, AuditLogModel::Subject).data().toString() != u"customer:C-1007")
                return false;
        }
        return true;
    };
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return onlyAboutTheCustomer() && shows(QStringLiteral("customer.get"), QStringLiteral("agent2")); },
        kLongWait))
        << "the agent's read of C-1007 is not listed, or the search did not narrow the list to it";
    EXPECT_TRUE(exportButton->isEnabled());
    // What the admin sees, when SPOCS_VIEW_SCREENSHOTS names a folder (as in CustomerViewTest).
    if (const QString shots = qEnvironmentVariable("SPOCS_VIEW_SCREENSHOTS"); !shots.isEmpty())
        dialog->grab().save(shots + QStringLiteral("/audit-log.png"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    ASSERT_TRUE(dialog->exportTo(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto csv = reportcsv::read(QString::fromUtf8(file.readAll()));
    ASSERT_TRUE(csv.has_value());
    ASSERT_GE(csv->size(), 2);
    EXPECT_TRUE(csv->at(1).contains(QStringLiteral("customer.get")));
    EXPECT_TRUE(csv->at(1).contains(QStringLiteral("agent2")));

    // The underlined letter (Alt+X) and Ctrl+E both ask where to save; the question is declined here.
    for (const QKeyCombination key : { QKeyCombination(Qt::ALT, Qt::Key_X), QKeyCombination(Qt::CTRL, Qt::Key_E) }) {
        QApplication::setActiveWindow(dialog);
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
        bool asked = false;
        QTimer decline;
        QObject::connect(&decline, &QTimer::timeout, [&] {
            if (auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                asked = true;
                files->reject();
            }
        });
        decline.start(50);
        QTest::keyClick(dialog, key.key(), key.keyboardModifiers());
        EXPECT_TRUE(QTest::qWaitFor([&] { return asked; }, 5000))
            << qPrintable(QKeySequence(key).toString()) << " did not start the export";
    }
}

TEST(AuditViewer, OnlyAdminsGetTheAdminMenu)
{
    QSettings().clear();
    test::CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 30, {} })) << qPrintable(coordinator.output());
    Connection connection;
    MainWindow window(&connection);
    ASSERT_TRUE(signIn(window, connection, coordinator.url(), QStringLiteral("lead1")));
    // Signed in once the lead's own menu is there.
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return window.findChild<QMenu *>(QStringLiteral("leadMenu")) != nullptr; }, kLongWait));
    auto *adminMenu = window.menuBar()->findChild<QMenu *>(QStringLiteral("adminMenu"));
    ASSERT_NE(adminMenu, nullptr);
    EXPECT_FALSE(adminMenu->menuAction()->isVisible());
    auto *audit = window.findChild<QAction *>(QStringLiteral("auditLogAction"));
    ASSERT_NE(audit, nullptr);
    EXPECT_FALSE(audit->isEnabled()) << "Ctrl+Alt+U must not open the audit log for a lead";
}

// The coordinator stores a search's count as "1 results" in the append-only log; the admin reads it in
// proper English ("1 result"), and the CSV keeps what is stored.
TEST(AuditViewer, ASearchThatFoundOneCustomerReadsOneResult)
{
    QSettings().clear();
    test::CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start()) << qPrintable(coordinator.output());
    {
        Connection agent;
        ASSERT_TRUE(test::loginAndWait(agent, coordinator.url(), QStringLiteral("agent2")).ok);
        const Reply found = test::call(agent, QStringLiteral("customer.search"),
                                       { { QStringLiteral("q"), QStringLiteral("C-1007") } });
        ASSERT_TRUE(found.ok);
        ASSERT_EQ(found.data.value(QStringLiteral("items")).toArray().size(), 1);
    }

    Connection connection;
    MainWindow window(&connection);
    ASSERT_TRUE(signIn(window, connection, coordinator.url(), QStringLiteral("admin")));
    QAction *open = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            open = window.findChild<QAction *>(QStringLiteral("auditLogAction"));
            return open && open->isEnabled();
        },
        kLongWait));
    open->trigger();
    AuditDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (dialog = window.findChild<AuditDialog *>()); }, kLongWait));
    auto *table = dialog->findChild<QTableView *>(QStringLiteral("auditTable"));
    ASSERT_NE(table, nullptr);
    int row = -1;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                if (table->model()->index(r, AuditLogModel::Action).data().toString() == u"customer.search")
                    row = r;
            }
            return row >= 0;
        },
        kLongWait))
        << "the agent's search is not listed";
    const QModelIndex detail = table->model()->index(row, AuditLogModel::Detail);
    EXPECT_EQ(detail.data().toString(), QStringLiteral("1 result"));
    EXPECT_EQ(detail.data(AuditLogModel::RawRole).toString(), QStringLiteral("1 results"));
}
