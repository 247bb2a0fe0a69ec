#include "support/CoordinatorProcess.h"
#include "support/WidgetLookup.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/CustomerLoader.h"
#include "models/CustomerSearchModel.h"
#include "widgets/ConnectionStatusWidget.h"
#include "widgets/CustomerPage.h"
#include "widgets/CustomerSearchPanel.h"
#include "widgets/LoginDialog.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

#include <chrono>
#include <iostream>

using namespace spocs;
using spocs::test::child;
using namespace std::chrono_literals;

namespace {

// QTest::keyClicks asserts on characters outside ASCII; customers are called Müller
// and Łukasiewicz, so type key events that carry the text instead.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 128)
            QTest::keyClick(widget, char(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}
constexpr int kLongWait = 20000;

// Finds a customer name the demo data certainly has, by asking the server directly:
// the test must not depend on which names the demo generator picks.
QString someCustomerName(Connection &connection)
{
    QString name;
    for (const char16_t letter : u"aeimnorsu") {
        bool done = false;
        QObject context; // the handler must not outlive the locals it writes to
        connection.request(
            QString::fromUtf16(op::CustomerSearch),
            QJsonObject { { QStringLiteral("q"), QString(QChar(letter)) }, { QStringLiteral("limit"), 5 } }, &context,
            [&](const Reply &reply) {
                const QJsonArray items = reply.data.value(QStringLiteral("items")).toArray();
                if (reply.ok && !items.isEmpty())
                    name = items.first().toObject().value(QStringLiteral("name")).toString();
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, kLongWait))
            break;
        if (name.size() >= 3)
            return name;
    }
    return name;
}

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear(); // test-mode settings; start without a remembered user
        ASSERT_TRUE(m_coordinator.start()) << qPrintable(m_coordinator.output());
    }

    void TearDown() override
    {
        if (HasFailure()) // the coordinator's log explains most failures
            std::cerr << "--- coordinator output (tail) ---\n"
                      << qPrintable(m_coordinator.output().right(3000)) << std::endl;
    }

    // agent1 signed in with a customer's History (and its note field) in front; null when that failed.
    CustomerPage *historyOfACustomer(MainWindow &window, Connection &connection)
    {
        window.show();
        window.loginWith(m_coordinator.url(), QStringLiteral("agent1"), QStringLiteral("demo"));
        if (!QTest::qWaitFor([&] { return connection.state() == Connection::State::Connected; }, kLongWait))
            return nullptr;
        window.openCustomer(QStringLiteral("C-1001"));
        CustomerPage *page = window.customerPage();
        if (!QTest::qWaitFor([&] { return page->loader()->state() == CustomerLoader::State::Loaded; }, kLongWait))
            return nullptr;
        page->showSection(CustomerPage::HistorySection);
        return page;
    }

    test::CoordinatorProcess m_coordinator;
};
} // namespace

TEST_F(MainWindowTest, LoginSearchAndOpenCustomer)
{
    Connection connection;
    MainWindow window(&connection);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    LoginDialog *dialog = window.showLoginDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    auto *serverEdit = child<QLineEdit>(dialog, "serverUrlEdit");
    auto *userEdit = child<QLineEdit>(dialog, "userNameEdit");
    auto *passwordEdit = child<QLineEdit>(dialog, "passwordEdit");
    auto *loginButton = child<QPushButton>(dialog, "loginButton");
    ASSERT_TRUE(serverEdit && userEdit && passwordEdit && loginButton);

    serverEdit->clear();
    QTest::keyClicks(serverEdit, m_coordinator.url().toString());
    userEdit->clear();
    QTest::keyClicks(userEdit, QStringLiteral("agent1"));
    QTest::keyClicks(passwordEdit, QStringLiteral("demo"));
    QTest::mouseClick(loginButton, Qt::LeftButton);

    ASSERT_TRUE(QTest::qWaitFor([&] { return connection.state() == Connection::State::Connected; }, kLongWait))
        << qPrintable(child<QLabel>(&window, "connectionStateLabel")->text());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.loginDialog(); }, kLongWait)) << "the dialog did not close";

    auto *userLabel = child<QLabel>(&window, "signedInUserLabel");
    ASSERT_NE(userLabel, nullptr);
    const UserInfo user = connection.user();
    EXPECT_EQ(user.login, QStringLiteral("agent1"));
    EXPECT_TRUE(userLabel->text().contains(user.displayName.isEmpty() ? user.login : user.displayName))
        << qPrintable(userLabel->text());
    // The user name is remembered, the password is not.
    QSettings settings;
    EXPECT_EQ(settings.value(QStringLiteral("connection/userName")).toString(), QStringLiteral("agent1"));
    for (const QString &key : settings.allKeys())
        EXPECT_FALSE(settings.value(key).toString().contains(QStringLiteral("demo"))) << qPrintable(key);

    const QString name = someCustomerName(connection);
    ASSERT_GE(name.size(), 3) << "the demo data has no customers the search can find";

    // Ctrl+F focuses the search box; type a prefix and wait for the type-ahead results.
    window.activateWindow();
    auto *searchEdit = child<QLineEdit>(&window, "customerSearchEdit");
    auto *results = child<QTreeView>(&window, "customerSearchResults");
    ASSERT_TRUE(searchEdit && results);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    searchEdit->setFocus(); // offscreen windows may not take the shortcut focus reliably
    typeText(searchEdit, name.left(3));
    ASSERT_TRUE(QTest::qWaitFor([&] { return results->model()->rowCount() > 0; }, kLongWait))
        << "no results for " << qPrintable(name.left(3));

    // Down moves into the list, Enter opens the highlighted customer.
    QTest::keyClick(searchEdit, Qt::Key_Down);
    ASSERT_TRUE(results->currentIndex().isValid());
    const QString expected = results->currentIndex().siblingAtColumn(CustomerSearchModel::NameColumn).data().toString();
    QTest::keyClick(results, Qt::Key_Return);

    auto *nameLabel = child<QLabel>(&window, "customerNameLabel");
    ASSERT_NE(nameLabel, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return nameLabel->text() == expected; }, kLongWait))
        << qPrintable(nameLabel->text()) << " != " << qPrintable(expected);
    EXPECT_TRUE(nameLabel->isVisible());
    EXPECT_TRUE(connection.topics().contains(window.customerPage()->loader()->topic()));

    // For the README: SPOCS_GUI_SCREENSHOT=docs/images/desktop.png saves what the agent sees.
    if (const QString shot = qEnvironmentVariable("SPOCS_GUI_SCREENSHOT"); !shot.isEmpty()) {
        QTest::qWait(300); // let the history view and presence dots settle
        window.grab().save(shot);
    }
}

TEST_F(MainWindowTest, StatusBarFollowsCoordinatorRestart)
{
    Connection connection;
    // Short back-off so the test does not wait for the production 30 s cap.
    connection.setReconnectPolicy(ReconnectPolicy(250ms, 2s));
    MainWindow window(&connection);
    window.show();
    window.loginWith(m_coordinator.url(), QStringLiteral("agent1"), QStringLiteral("demo"));

    auto *stateLabel = child<QLabel>(&window, "connectionStateLabel");
    ASSERT_NE(stateLabel, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return stateLabel->text() == QStringLiteral("Connected"); }, kLongWait))
        << qPrintable(stateLabel->text());
    EXPECT_FALSE(window.loginDialog()) << "the scripted login must not show the dialog";
    EXPECT_TRUE(window.signedInUserText().contains(connection.user().displayName))
        << qPrintable(window.signedInUserText());

    m_coordinator.stop();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QString t = stateLabel->text();
            return t.startsWith(QStringLiteral("Reconnecting")) || t == QStringLiteral("Offline");
        },
        kLongWait))
        << qPrintable(stateLabel->text());

    ASSERT_TRUE(m_coordinator.restart()) << qPrintable(m_coordinator.output());
    EXPECT_TRUE(QTest::qWaitFor([&] { return stateLabel->text() == QStringLiteral("Connected"); }, 30000))
        << qPrintable(stateLabel->text());
}

TEST_F(MainWindowTest, WrongPasswordShowsTranslatedError)
{
    Connection connection;
    MainWindow window(&connection);
    window.show();
    window.loginWith(m_coordinator.url(), QStringLiteral("agent1"), QStringLiteral("wrong"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.loginDialog() != nullptr; }, kLongWait));
    auto *error = child<QLabel>(window.loginDialog(), "loginMessageLabel");
    ASSERT_NE(error, nullptr);
    EXPECT_EQ(error->text(), QStringLiteral("The user name or password is wrong."));
    EXPECT_NE(connection.state(), Connection::State::Connected);
}

TEST_F(MainWindowTest, AgentsAltDIsNotTakenByTheHiddenAdminMenu)
{
    Connection connection;
    MainWindow window(&connection);
    CustomerPage *page = historyOfACustomer(window, connection);
    ASSERT_NE(page, nullptr);

    // The admin menu (on D until it moved to I) is not the agent's: Alt+D presses "A&dd Note" rather than only
    // moving the focus to it and away again.
    auto *note = child<QLineEdit>(page, "noteEdit");
    ASSERT_NE(note, nullptr);
    QTest::keyClicks(note, QStringLiteral("Prefers e-mail."));
    QSignalSpy added(page->loader(), &CustomerLoader::noteAdded);
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_D, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return added.count() == 1; }, kLongWait))
        << "Alt+D did not add the note; the focus is on "
        << qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString());
}

TEST_F(MainWindowTest, AltDWithNothingTypedGoesToTheNoteField)
{
    Connection connection;
    MainWindow window(&connection);
    CustomerPage *page = historyOfACustomer(window, connection);
    ASSERT_NE(page, nullptr);
    auto *note = child<QLineEdit>(page, "noteEdit");
    ASSERT_NE(note, nullptr);
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    child<QWidget>(page, "customerTabs")->setFocus();

    // The note field has no letter of its own: "A&dd Note" with nothing typed goes there.
    QSignalSpy added(page->loader(), &CustomerLoader::noteAdded);
    QTest::keyClick(&window, Qt::Key_D, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return note->hasFocus(); }, 5000));
    EXPECT_EQ(added.count(), 0);
}
