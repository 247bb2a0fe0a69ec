// The lead's Team tab against the real coordinator: pick a person, see their customers and open
// follow-ups, open a customer with Enter, and move everything to a colleague with Reassign….
#include "support/ClientHelpers.h"
#include "support/CoordinatorProcess.h"

#include "GuiTestSupport.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/CustomerLoader.h"
#include "models/CustomerSearchModel.h"
#include "models/ReassignSession.h"
#include "widgets/CustomerPage.h"
#include "widgets/LeadWorkspace.h"
#include "widgets/LoginDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/ReassignDialog.h"
#include "widgets/TeamView.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

#include <iostream>

using namespace spocs;
using spocs::test::child;

namespace {

constexpr int kLongWait = 20000;

qint64 ownerIdOf(Connection &connection, const QString &customer)
{
    const Reply r = test::call(connection, QString::fromUtf16(op::CustomerGet), { { QStringLiteral("id"), customer } });
    EXPECT_TRUE(r.ok) << qPrintable(r.error.message);
    return r.data.value(QStringLiteral("customer"))
        .toObject()
        .value(QStringLiteral("owner"))
        .toObject()
        .value(QStringLiteral("id"))
        .toInteger();
}

} // namespace

TEST(TeamView, LeadSeesSomeonesCustomersOpensOneAndMovesThemAllToAColleague)
{
    QSettings().clear();
    test::CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start()) << qPrintable(coordinator.output());
    Connection connection;
    MainWindow window(&connection);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.loginWith(coordinator.url(), QStringLiteral("lead1"), QStringLiteral("demo"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.findChild<LeadWorkspace *>() != nullptr; }, kLongWait));
    LeadWorkspace *lead = window.findChild<LeadWorkspace *>();
    TeamView *team = lead->teamView();
    ASSERT_NE(team, nullptr);
    EXPECT_EQ(child<QAction>(lead, "leadTeamAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));

    const qint64 leaver = ownerIdOf(connection, QStringLiteral("C-1001"));
    ASSERT_GT(leaver, 0);
    child<QAction>(lead, "leadTeamAction")->trigger();
    ASSERT_EQ(lead->tabs()->currentWidget(), team);
    auto *personBox = team->findChild<QComboBox *>(QStringLiteral("teamPersonCombo"));
    auto *customers = team->findChild<QTreeView *>(QStringLiteral("teamCustomers"));
    ASSERT_TRUE(personBox && customers);
    ASSERT_TRUE(QTest::qWaitFor([&] { return personBox->findData(leaver) > 0; }, kLongWait));
    team->setPerson(leaver);
    ASSERT_TRUE(QTest::qWaitFor([&] { return customers->model()->rowCount() > 0; }, kLongWait))
        << qPrintable(team->statusText());
    const int before = customers->model()->rowCount();
    bool listed = false;
    for (int row = 0; row < before; ++row)
        listed = listed || team->session()->customers()->customerIdAt(row) == QStringLiteral("C-1001");
    EXPECT_TRUE(listed) << "C-1001 is among the customers they own";
    spocs::test::screenshot(&window, QStringLiteral("lead-team-view"));

    // Enter on a customer opens it on the Customer tab.
    customers->setFocus();
    customers->setCurrentIndex(customers->model()->index(0, 0));
    const QString first = team->session()->customers()->customerIdAt(0);
    QTest::keyClick(customers, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.customerPage()->isVisible(); }, kLongWait));
    EXPECT_EQ(window.customerPage()->loader()->customerId(), first);

    // Reassign… opens the dialog preset to this person; moving leaves them with nothing.
    child<QAction>(lead, "leadTeamAction")->trigger();
    team->findChild<QPushButton *>(QStringLiteral("teamReassignButton"))->click();
    ReassignDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (dialog = window.findChild<ReassignDialog *>()) != nullptr; }, 5000));
    auto *from = dialog->findChild<QComboBox *>(QStringLiteral("reassignFromCombo"));
    auto *to = dialog->findChild<QComboBox *>(QStringLiteral("reassignToCombo"));
    ASSERT_TRUE(from && to);
    EXPECT_EQ(from->currentData().toLongLong(), leaver);
    int heirIndex = -1;
    for (int i = 1; i < to->count() && heirIndex < 0; ++i) {
        if (to->itemData(i).toLongLong() != leaver)
            heirIndex = i;
    }
    ASSERT_GT(heirIndex, 0);
    to->setCurrentIndex(heirIndex);
    dialog->findChild<QPushButton *>(QStringLiteral("reassignButton"))->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->statusText().contains(QStringLiteral("Moved")); }, kLongWait))
        << qPrintable(dialog->statusText());
    EXPECT_TRUE(QTest::qWaitFor([&] { return customers->model()->rowCount() == 0; }, kLongWait))
        << "the Team view follows: nothing is left with them";
    EXPECT_NE(ownerIdOf(connection, QStringLiteral("C-1001")), leaver);
    dialog->close();
}
