#include "GuiTestSupport.h"
#include "support/ClientHelpers.h"
#include "support/CoordinatorProcess.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/AccountDraft.h"
#include "models/CustomerHistoryModel.h"
#include "models/CustomerLoader.h"
#include "models/InvoiceModel.h"
#include "models/OrderLinesModel.h"
#include "models/OrderModel.h"
#include "models/ProductSearchModel.h"
#include "widgets/AccountTab.h"
#include "widgets/CancelOrderDialog.h"
#include "widgets/CollisionBanner.h"
#include "widgets/ConflictDialog.h"
#include "widgets/CustomerPage.h"
#include "widgets/ErrorText.h"
#include "widgets/LoginDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/OrderDialog.h"
#include "widgets/OrdersTab.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <iostream>

using namespace spocs;
using namespace spocs::test;

namespace {
constexpr int kLongWait = 20000;

// Presses a shortcut like a user would; when the offscreen platform does not deliver it to
// the shortcut map (no active window), the action runs directly so the test can go on.
void pressShortcut(QWidget *window, QAction *action, Qt::Key key, Qt::KeyboardModifiers mods,
                   const std::function<bool()> &done)
{
    QApplication::setActiveWindow(window);
    QTest::keyClick(window, key, mods);
    if (!QTest::qWaitFor(done, 1000))
        action->trigger();
}

class CustomerViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(m_coordinator.start()) << qPrintable(m_coordinator.output());
    }

    void TearDown() override
    {
        if (HasFailure())
            std::cerr << "--- coordinator output (tail) ---\n"
                      << qPrintable(m_coordinator.output().right(3000)) << std::endl;
    }

    // A product the demo data has in stock, found through the real product.search.
    Product productInStock(Connection &connection)
    {
        const Reply r = call(connection, QString::fromUtf16(op::ProductSearch),
                             QJsonObject { { QStringLiteral("q"), QString() }, { QStringLiteral("limit"), 50 } });
        EXPECT_TRUE(r.ok) << qPrintable(errorName(r));
        for (const QJsonValue &v : r.data.value(QStringLiteral("items")).toArray()) {
            const Product p = Product::fromJson(v.toObject());
            if (!p.discontinued && p.available >= 5)
                return p;
        }
        return {};
    }

    CoordinatorProcess m_coordinator;
};
} // namespace

TEST_F(CustomerViewTest, PlaceOrderAndFollowAnotherAgentsChangesLive)
{
    Connection connection;
    MainWindow window(&connection);
    window.resize(1280, 860);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.loginWith(m_coordinator.url(), QStringLiteral("agent1"), QStringLiteral("demo"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return connection.state() == Connection::State::Connected; }, kLongWait));

    // Search a customer by the first letters of a name the server knows, open it with Enter.
    const Reply found
        = call(connection, QString::fromUtf16(op::CustomerSearch),
               QJsonObject { { QStringLiteral("q"), QStringLiteral("a") }, { QStringLiteral("limit"), 5 } });
    ASSERT_TRUE(found.ok) << qPrintable(errorName(found));
    const QJsonArray items = found.data.value(QStringLiteral("items")).toArray();
    ASSERT_FALSE(items.isEmpty());
    const QString customerId = items.first().toObject().value(QStringLiteral("id")).toString();
    auto *searchEdit = child<QLineEdit>(&window, "customerSearchEdit");
    auto *results = child<QTreeView>(&window, "customerSearchResults");
    ASSERT_TRUE(searchEdit && results);
    searchEdit->setFocus();
    QTest::keyClicks(searchEdit, customerId);
    ASSERT_TRUE(QTest::qWaitFor([&] { return results->model()->rowCount() > 0; }, kLongWait));
    QTest::keyClick(searchEdit, Qt::Key_Down);
    QTest::keyClick(results, Qt::Key_Return);
    CustomerPage *page = window.customerPage();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return page->loader()->state() == CustomerLoader::State::Loaded && page->customerId() == customerId; },
        kLongWait));

    // Ctrl+2 shows the orders.
    QAction *showOrders = child<QAction>(page, "showOrdersAction");
    ASSERT_NE(showOrders, nullptr);
    pressShortcut(&window, showOrders, Qt::Key_2, Qt::ControlModifier,
                  [&] { return page->tabs()->currentIndex() == CustomerPage::OrdersSection; });
    EXPECT_EQ(page->tabs()->currentIndex(), int(CustomerPage::OrdersSection));

    // Ctrl+N opens the order dialog; type a product, Enter adds it, Ctrl+Return places the order.
    const Product stocked = productInStock(connection);
    ASSERT_FALSE(stocked.sku.isEmpty()) << "the demo data has no product in stock";
    const int ordersBefore = page->loader()->orderModel()->rowCount();
    pressShortcut(&window, page->ordersTab()->newOrderAction(), Qt::Key_N, Qt::ControlModifier,
                  [&] { return window.findChild<OrderDialog *>() != nullptr; });
    OrderDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (dialog = window.findChild<OrderDialog *>()) != nullptr; }, kLongWait));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    auto *productEdit = child<QLineEdit>(dialog, "productSearchEdit");
    ASSERT_NE(productEdit, nullptr);
    productEdit->setFocus();
    QTest::keyClicks(productEdit, stocked.sku);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->searchModel()->rowCount() > 0; }, kLongWait));
    EXPECT_FALSE(dialog->searchModel()->index(0, ProductSearchModel::AvailabilityColumn).data().toString().isEmpty());
    QTest::keyClick(productEdit, Qt::Key_Return);
    ASSERT_EQ(dialog->linesModel()->rowCount(), 1);
    EXPECT_EQ(dialog->linesModel()->skus(), QStringList { stocked.sku });
    // The line's product is subscribed for live availability while the dialog is open.
    EXPECT_TRUE(QTest::qWaitFor([&] { return connection.topics().contains(QStringLiteral("product:") + stocked.sku); },
                                kLongWait));
    screenshot(dialog, QStringLiteral("order-dialog"));
    QPointer<OrderDialog> guard(dialog);
    QApplication::setActiveWindow(dialog);
    QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
    if (!QTest::qWaitFor([&] { return !guard || !guard->isVisible(); }, 3000) && guard)
        guard->submit();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !guard || !guard->isVisible(); }, kLongWait))
        << qPrintable(guard ? guard->errorMessage() : QString());

    // The new order is listed, selected, and the server's total is reported.
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->loader()->orderModel()->rowCount() > ordersBefore; }, kLongWait));
    const Order placed = page->ordersTab()->currentOrder();
    ASSERT_FALSE(placed.isEmpty());
    EXPECT_EQ(placed.status, OrderStatus::Placed);
    auto *message = child<QLabel>(page, "ordersMessageLabel");
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->text().contains(placed.number)) << qPrintable(message->text());
    EXPECT_GT(placed.total.cents, 0);
    EXPECT_TRUE(connection.topics().filter(QStringLiteral("product:")).isEmpty())
        << "the dialog unsubscribes its products when it closes";
    screenshot(&window, QStringLiteral("tab-orders"));

    // A second agent opens the same customer: the banner names them.
    Connection other;
    ASSERT_TRUE(loginAndWait(other, m_coordinator.url(), QStringLiteral("agent7")).ok);
    other.subscribe(protocol::customerTopic(customerId));
    auto *banner = page->collisionBanner();
    const QString otherName = other.user().displayName.isEmpty() ? other.user().login : other.user().displayName;
    EXPECT_TRUE(QTest::qWaitFor([&] { return banner->viewersText().contains(otherName); }, kLongWait))
        << qPrintable(banner->viewersText());
    EXPECT_TRUE(banner->isVisible());

    // The agent starts editing the phone on the Account tab...
    page->showSection(CustomerPage::AccountSection);
    auto *phones = child<QLineEdit>(page, "accountPhonesEdit");
    auto *notesEdit = child<QPlainTextEdit>(page, "accountNotesEdit");
    ASSERT_TRUE(phones && notesEdit);
    phones->setFocus();
    phones->selectAll();
    QTest::keyClicks(phones, QStringLiteral("+49 30 5550 1234"));
    EXPECT_TRUE(page->accountTab()->draft()->isDirty(AccountDraft::Phones));

    // ...while the other agent adds a note and changes the notes: both show up within seconds,
    // and what the first agent is typing stays.
    const QString noteText = QStringLiteral("Customer called about order %1").arg(placed.number);
    const Reply note
        = callWrite(other, QString::fromUtf16(op::CustomerNoteAdd),
                    QJsonObject { { QStringLiteral("customer"), customerId }, { QStringLiteral("text"), noteText } });
    ASSERT_TRUE(note.ok) << qPrintable(errorName(note));
    const auto historyHas = [&](const QString &text) {
        for (const HistoryItem &e : page->loader()->historyModel()->entries())
            if (e.text == text)
                return true;
        return false;
    };
    EXPECT_TRUE(QTest::qWaitFor([&] { return historyHas(noteText); }, 5000)) << "the note did not arrive";
    page->showSection(CustomerPage::OverviewSection);
    screenshot(&window, QStringLiteral("tab-overview-open-order")); // docs/images/desktop.png
    page->showSection(CustomerPage::AccountSection);

    const Reply current
        = call(other, QString::fromUtf16(op::CustomerGet), QJsonObject { { QStringLiteral("id"), customerId } });
    ASSERT_TRUE(current.ok);
    const qint64 version
        = current.data.value(QStringLiteral("customer")).toObject().value(QStringLiteral("version")).toInteger();
    const QString theirNotes = QStringLiteral("Prefers email after 5 pm.");
    const Reply update = callWrite(
        other, QString::fromUtf16(op::AccountUpdate),
        QJsonObject { { QStringLiteral("customer"), customerId },
                      { QStringLiteral("version"), version },
                      { QStringLiteral("changes"), QJsonObject { { QStringLiteral("notes"), theirNotes } } } });
    ASSERT_TRUE(update.ok) << qPrintable(errorName(update));
    auto *overviewNotes = child<QLabel>(page, "customerNotes");
    ASSERT_NE(overviewNotes, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return overviewNotes->text() == theirNotes; }, 5000))
        << qPrintable(overviewNotes->text());
    EXPECT_TRUE(QTest::qWaitFor([&] { return notesEdit->toPlainText() == theirNotes; }, 5000))
        << "a field nobody edits here follows the server";
    EXPECT_EQ(phones->text(), QStringLiteral("+49 30 5550 1234")) << "the field being edited was clobbered";

    // Both edit the notes: the save meets version_conflict, the dialog shows both values,
    // and "Reapply my changes" saves mine on the new version.
    notesEdit->setFocus();
    notesEdit->selectAll();
    QTest::keyClicks(notesEdit, QStringLiteral("Call only in the morning."));
    const Reply again
        = call(other, QString::fromUtf16(op::CustomerGet), QJsonObject { { QStringLiteral("id"), customerId } });
    const qint64 v2
        = again.data.value(QStringLiteral("customer")).toObject().value(QStringLiteral("version")).toInteger();
    ASSERT_TRUE(callWrite(other, QString::fromUtf16(op::AccountUpdate),
                          QJsonObject { { QStringLiteral("customer"), customerId },
                                        { QStringLiteral("version"), v2 },
                                        { QStringLiteral("changes"),
                                          QJsonObject { { QStringLiteral("notes"), QStringLiteral("Theirs.") } } } })
                    .ok);
    auto *notesHint = child<QLabel>(page, "accountNotesEditHint");
    ASSERT_NE(notesHint, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return notesHint->isVisible(); }, 5000)) << "no 'changed on server' hint";
    screenshot(&window, QStringLiteral("tab-account"));
    pressShortcut(&window, child<QAction>(page->accountTab(), "saveAccountAction"), Qt::Key_S, Qt::ControlModifier,
                  [&] { return page->accountTab()->conflictDialog() != nullptr; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->accountTab()->conflictDialog() != nullptr; }, kLongWait))
        << qPrintable(page->accountTab()->statusText());
    ConflictDialog *conflict = page->accountTab()->conflictDialog();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(conflict));
    EXPECT_GE(child<QTreeWidget>(conflict, "conflictTable")->topLevelItemCount(), 1);
    screenshot(conflict, QStringLiteral("conflict-dialog"));
    QTest::mouseClick(child<QPushButton>(conflict, "reapplyButton"), Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            const Reply r = call(other, QString::fromUtf16(op::CustomerGet),
                                 QJsonObject { { QStringLiteral("id"), customerId } });
            return r.data.value(QStringLiteral("customer")).toObject().value(QStringLiteral("notes")).toString()
                == QStringLiteral("Call only in the morning.");
        },
        kLongWait))
        << qPrintable(page->accountTab()->statusText());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !page->accountTab()->draft()->isDirty(); }, kLongWait));

    // Cancel the placed order with a reason (keyboard: Ctrl+Shift+Delete, type, Ctrl+Return).
    page->showSection(CustomerPage::OrdersSection);
    page->ordersTab()->selectOrder(placed.number);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->ordersTab()->cancelOrderAction()->isEnabled(); }, kLongWait));
    pressShortcut(&window, page->ordersTab()->cancelOrderAction(), Qt::Key_Delete,
                  Qt::ControlModifier | Qt::ShiftModifier,
                  [&] { return window.findChild<CancelOrderDialog *>() != nullptr; });
    CancelOrderDialog *cancel = nullptr;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return (cancel = window.findChild<CancelOrderDialog *>()) != nullptr; }, kLongWait));
    QTest::keyClicks(child<QPlainTextEdit>(cancel, "cancelReasonEdit"), QStringLiteral("Ordered twice by mistake"));
    QPointer<CancelOrderDialog> cancelGuard(cancel);
    cancel->submit();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !cancelGuard || !cancelGuard->isVisible(); }, kLongWait))
        << qPrintable(cancelGuard ? cancelGuard->errorMessage() : QString());
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return page->ordersTab()->currentOrder().status == OrderStatus::Cancelled; }, kLongWait));
    EXPECT_FALSE(page->ordersTab()->cancelOrderAction()->isEnabled()) << "a cancelled order cannot be cancelled again";

    // Screenshots of every section (for the README and to look at the layout).
    for (int s = 0; s < CustomerPage::SectionCount; ++s) {
        page->showSection(s);
        const char *names[]
            = { "tab-overview", "tab-orders-cancelled", "tab-billing", "tab-account-saved", "tab-history" };
        screenshot(&window, QString::fromLatin1(names[s]));
    }

    // The second agent leaves: the banner goes away.
    other.unsubscribe(protocol::customerTopic(customerId));
    EXPECT_TRUE(QTest::qWaitFor([&] { return banner->viewersText().isEmpty(); }, kLongWait))
        << qPrintable(banner->viewersText());
}

// An agent searches a long-standing customer's oldest order by its number: the customer opens at
// that order, in the Orders section, although it is older than the orders listed; the orders in
// between come with "Show Older Orders".
TEST_F(CustomerViewTest, SearchByAnOldOrderNumberOpensThatOrderAndOlderOnesLoadOnRequest)
{
    QTemporaryDir dir;
    const auto write = [&dir](const QString &name, const QString &text) {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        return file.fileName();
    };
    QString orders = QStringLiteral("number,customer,status,currency,created_at\n");
    QString lines = QStringLiteral("order,sku,quantity\n");
    for (int i = 0; i < 25; ++i) {
        const QString number = QStringLiteral("O-9910%1").arg(i, 2, 10, QLatin1Char('0'));
        orders += QStringLiteral("%1,C-990002,delivered,EUR,%2T08:00:00Z\n")
                      .arg(number, QDate(2024, 2, 1).addDays(i).toString(Qt::ISODate));
        lines += number + QStringLiteral(",OLD-1,1\n");
    }
    const CliResult imported = runCli(
        { QStringLiteral("--db"), m_coordinator.dbPath(), QStringLiteral("import"), QStringLiteral("--customers"),
          write(QStringLiteral("c.csv"),
                QStringLiteral("id,name,account,currency\nC-990002,Olga Oldorder,A-990002,EUR\n")),
          QStringLiteral("--products"),
          write(QStringLiteral("p.csv"), QStringLiteral("sku,name,price,currency\nOLD-1,Old part,2.00,EUR\n")),
          QStringLiteral("--orders"), write(QStringLiteral("o.csv"), orders), QStringLiteral("--order-lines"),
          write(QStringLiteral("l.csv"), lines) });
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.out) << qPrintable(imported.err);

    Connection connection;
    MainWindow window(&connection);
    window.resize(1280, 860);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.loginWith(m_coordinator.url(), QStringLiteral("agent1"), QStringLiteral("demo"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return connection.state() == Connection::State::Connected; }, kLongWait));

    auto *searchEdit = child<QLineEdit>(&window, "customerSearchEdit");
    auto *results = child<QTreeView>(&window, "customerSearchResults");
    ASSERT_TRUE(searchEdit && results);
    searchEdit->setFocus();
    QTest::keyClicks(searchEdit, QStringLiteral("O-991000"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return results->model()->rowCount() > 0; }, kLongWait));
    QTest::keyClick(searchEdit, Qt::Key_Down);
    QTest::keyClick(results, Qt::Key_Return);

    CustomerPage *page = window.customerPage();
    OrdersTab *ordersTab = page->ordersTab();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return page->customerId() == QStringLiteral("C-990002") && ordersTab->currentOrder().lines.size() == 1; },
        kLongWait));
    EXPECT_EQ(page->tabs()->currentIndex(), int(CustomerPage::OrdersSection));
    EXPECT_EQ(ordersTab->currentOrder().number, QStringLiteral("O-991000"));
    EXPECT_EQ(ordersTab->ordersView()->currentIndex().data(OrderModel::NumberRole).toString(),
              QStringLiteral("O-991000"));
    EXPECT_TRUE(child<QLabel>(ordersTab, "orderTitleLabel")->text().contains(QStringLiteral("O-991000")));

    // The newest 20 and the one opened; the four in between come on request, and then there are no more.
    OrderModel *model = page->loader()->orderModel();
    EXPECT_EQ(model->rowCount(), 21);
    auto *older = child<QPushButton>(ordersTab, "olderOrdersButton");
    ASSERT_NE(older, nullptr);
    EXPECT_TRUE(older->isVisible());
    screenshot(&window, QStringLiteral("orders-with-older-ones"));
    older->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount() == 25 && !older->isVisible(); }, kLongWait));
    EXPECT_EQ(ordersTab->currentOrder().number, QStringLiteral("O-991000")) << "the selection stays";
    screenshot(&window, QStringLiteral("orders-opened-by-number"));
}

TEST_F(CustomerViewTest, OrderDialogExplainsOutOfStockAndDiscontinued)
{
    Connection connection;
    ASSERT_TRUE(loginAndWait(connection, m_coordinator.url(), QStringLiteral("agent1")).ok);
    CustomerView customer;
    customer.customer.id = QStringLiteral("C-1000");
    OrderDialog dialog(&connection, customer, Order {});
    const Product stocked = productInStock(connection);
    ASSERT_FALSE(stocked.sku.isEmpty());
    // Ask for more than there is: the dialog says so before sending, and the server agrees.
    dialog.linesModel()->addProduct(stocked, qMin(OrderLinesModel::MaxQuantity, stocked.available + 1));
    if (stocked.available + 1 <= OrderLinesModel::MaxQuantity) {
        ASSERT_EQ(dialog.linesModel()->problems().size(), 1);
        EXPECT_TRUE(dialog.linesModel()->problems().first().contains(QString::number(stocked.available)));
        dialog.submit();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.errorMessage().isEmpty(); }, kLongWait));
        EXPECT_TRUE(dialog.errorMessage().contains(stocked.sku)) << qPrintable(dialog.errorMessage());
        EXPECT_TRUE(dialog.isVisible() || !dialog.result());
    }
}

TEST(CustomerViewWidgets, CollisionBannerWarnsAboutAnotherAgentsOpenContact)
{
    CustomerPage page(nullptr);
    page.resize(900, 600);
    page.loader()->setSelf(1, QStringLiteral("agent1"));
    const QJsonObject owner7 { { QStringLiteral("id"), 7 },
                               { QStringLiteral("login"), QStringLiteral("agent7") },
                               { QStringLiteral("name"), QStringLiteral("Petra Schulz") } };
    const QJsonObject data {
        { QStringLiteral("customer"),
          QJsonObject { { QStringLiteral("id"), QStringLiteral("C-1042") },
                        { QStringLiteral("name"), QStringLiteral("Jürgen Müller") } } },
        { QStringLiteral("openContacts"),
          QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("K-9") },
                                     { QStringLiteral("kind"), QStringLiteral("contact") },
                                     { QStringLiteral("reason"), QStringLiteral("Damaged delivery") },
                                     { QStringLiteral("owner"), owner7 } } } },
        { QStringLiteral("viewers"),
          QJsonArray { QJsonObject { { QStringLiteral("user"), owner7 }, { QStringLiteral("onContact"), true } },
                       QJsonObject { { QStringLiteral("user"),
                                       QJsonObject { { QStringLiteral("id"), 1 },
                                                     { QStringLiteral("login"), QStringLiteral("agent1") } } } } } },
    };
    page.loader()->setDetails(data);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    CollisionBanner *banner = page.collisionBanner();
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->viewersText(), QStringLiteral("Also open by Petra Schulz (on a contact)"));
    EXPECT_TRUE(banner->escalationText().contains(QStringLiteral("owned by Petra Schulz")))
        << qPrintable(banner->escalationText());
    EXPECT_TRUE(banner->escalationText().contains(QStringLiteral("Damaged delivery")));
    screenshot(&page, QStringLiteral("collision-banner"));

    // Own contacts and own sessions raise nothing.
    QJsonObject mine = data;
    mine.insert(
        QStringLiteral("openContacts"),
        QJsonArray { QJsonObject {
            { QStringLiteral("owner"),
              QJsonObject { { QStringLiteral("id"), 1 }, { QStringLiteral("login"), QStringLiteral("agent1") } } } } });
    mine.insert(QStringLiteral("viewers"), QJsonArray {});
    page.loader()->setDetails(mine);
    EXPECT_TRUE(banner->escalationText().isEmpty());
    EXPECT_FALSE(banner->isVisible());
}

// Plural forms come from the English translation, which the GUI tests load as the desktop does.
TEST(CustomerViewWidgets, PluralsReadAsInTheProgram)
{
    CustomerPage page(nullptr);
    const auto customer = [](int hours) {
        return QJsonObject { { QStringLiteral("customer"),
                               QJsonObject { { QStringLiteral("id"), QStringLiteral("C-7") },
                                             { QStringLiteral("name"), QStringLiteral("Jane Roe") },
                                             { QStringLiteral("expectedResponseHours"), hours } } } };
    };
    page.loader()->setDetails(customer(2));
    auto *responseTime = child<QLabel>(&page, "customerResponseTime");
    ASSERT_TRUE(responseTime);
    EXPECT_EQ(responseTime->text(), QStringLiteral("within 2 hours")) << qPrintable(responseTime->text());
    page.loader()->setDetails(customer(1));
    EXPECT_EQ(responseTime->text(), QStringLiteral("within 1 hour")) << qPrintable(responseTime->text());
}

TEST(CustomerViewWidgets, RuleMessagesNameTheProblem)
{
    const Error stock = makeError(ErrorCode::InsufficientStock, QStringLiteral("x"),
                                  QJsonObject { { QStringLiteral("sku"), QStringLiteral("SKU-7") },
                                                { QStringLiteral("requested"), 5 },
                                                { QStringLiteral("available"), 2 },
                                                { QStringLiteral("leadTimeDays"), 14 } });
    EXPECT_TRUE(errorDetailText(stock).contains(QStringLiteral("Only 2 of SKU-7")));
    EXPECT_TRUE(errorDetailText(stock).contains(QStringLiteral("14")));
    const Error shipped = makeError(
        ErrorCode::InvalidState, QStringLiteral("x"),
        QJsonObject { { QStringLiteral("status"), QStringLiteral("shipped") },
                      { QStringLiteral("allowed"),
                        QJsonArray { QStringLiteral("draft"), QStringLiteral("placed"), QStringLiteral("picked") } } });
    EXPECT_TRUE(errorDetailText(shipped).contains(QStringLiteral("Shipped"))) << qPrintable(errorDetailText(shipped));
    EXPECT_TRUE(errorDetailText(shipped).contains(QStringLiteral("Placed")));
}

// Customer data is text, not markup: a name such as "<b>x</b>" shows its angle brackets, and no
// label renders a customer's field as rich text.
TEST(CustomerViewWidgets, CustomerFieldsWithMarkupShowLiterally)
{
    const QString markup = QStringLiteral("<b>x</b>");
    CustomerPage page(nullptr);
    page.resize(1100, 700);
    const QJsonObject order { { QStringLiteral("number"), QStringLiteral("SO-1") },
                              { QStringLiteral("status"), QStringLiteral("placed") },
                              { QStringLiteral("total"), QStringLiteral("10.00") },
                              { QStringLiteral("currency"), QStringLiteral("EUR") },
                              { QStringLiteral("version"), 1 },
                              { QStringLiteral("shippingAddress"),
                                QJsonObject { { QStringLiteral("street"), markup },
                                              { QStringLiteral("city"), markup },
                                              { QStringLiteral("postcode"), QStringLiteral("1") },
                                              { QStringLiteral("country"), QStringLiteral("DE") } } } };
    page.loader()->setDetails(QJsonObject {
        { QStringLiteral("customer"),
          QJsonObject { { QStringLiteral("id"), QStringLiteral("C-7") },
                        { QStringLiteral("name"), markup },
                        { QStringLiteral("company"), markup },
                        { QStringLiteral("emails"), QJsonArray { markup } },
                        { QStringLiteral("phones"), QJsonArray { markup } },
                        { QStringLiteral("flags"), QJsonArray { markup } },
                        { QStringLiteral("notes"), markup },
                        { QStringLiteral("address"),
                          QJsonObject { { QStringLiteral("street"), markup },
                                        { QStringLiteral("city"), markup },
                                        { QStringLiteral("country"), QStringLiteral("DE") } } },
                        { QStringLiteral("owner"),
                          QJsonObject { { QStringLiteral("id"), 7 },
                                        { QStringLiteral("login"), QStringLiteral("agent7") },
                                        { QStringLiteral("name"), markup } } },
                        { QStringLiteral("account"),
                          QJsonObject { { QStringLiteral("number"), markup }, { QStringLiteral("plan"), markup } } },
                        { QStringLiteral("version"), 1 } } },
        { QStringLiteral("orders"), QJsonArray { order } },
        { QStringLiteral("openOrders"), QJsonArray { order } },
    });
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));

    auto *name = child<QLabel>(&page, "customerNameLabel");
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(name->text(), markup);
    EXPECT_EQ(name->textFormat(), Qt::PlainText);
    int shown = 0;
    for (QLabel *label : page.findChildren<QLabel *>()) {
        if (label->text().contains(markup)) {
            ++shown;
            EXPECT_EQ(label->textFormat(), Qt::PlainText) << qPrintable(label->objectName());
        }
        if (label->textFormat() != Qt::PlainText) { // rich labels carry the field escaped
            EXPECT_FALSE(label->text().contains(markup)) << qPrintable(label->objectName());
        }
    }
    EXPECT_GE(shown, 5); // name, company line, e-mail, address, notes, ...
    const auto owner = child<QLabel>(&page, "customerOwner");
    ASSERT_NE(owner, nullptr);
    EXPECT_TRUE(owner->text().contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;"))) << qPrintable(owner->text());
    screenshot(&page, QStringLiteral("customer-markup-literal"));
}

// Every flag the coordinator accepts reads as words in the badge, never as its wire name.
TEST(CustomerViewWidgets, FlagBadgeNamesEveryKnownFlag)
{
    CustomerPage page(nullptr);
    page.loader()->setDetails(QJsonObject {
        { QStringLiteral("customer"),
          QJsonObject { { QStringLiteral("id"), QStringLiteral("C-7") },
                        { QStringLiteral("name"), QStringLiteral("Jane Roe") },
                        { QStringLiteral("flags"),
                          QJsonArray { QStringLiteral("vip"), QStringLiteral("at_risk"), QStringLiteral("dunning"),
                                       QStringLiteral("key_account"), QStringLiteral("gdpr_restricted") } } } } });
    auto *flags = child<QLabel>(&page, "customerFlagsLabel");
    ASSERT_NE(flags, nullptr);
    EXPECT_EQ(flags->text(), QStringLiteral("VIP, At risk, In dunning, Key account, GDPR restricted"))
        << qPrintable(flags->text());
}

// The overview names the account's plan as words, not as the wire name.
TEST(CustomerViewWidgets, OverviewNamesThePlan)
{
    CustomerPage page(nullptr);
    page.loader()->setDetails(
        QJsonObject { { QStringLiteral("customer"),
                        QJsonObject { { QStringLiteral("id"), QStringLiteral("C-7") },
                                      { QStringLiteral("name"), QStringLiteral("Jane Roe") },
                                      { QStringLiteral("account"),
                                        QJsonObject { { QStringLiteral("number"), QStringLiteral("A-7") },
                                                      { QStringLiteral("plan"), QStringLiteral("premium") } } } } } });
    auto *plan = child<QLabel>(&page, "accountPlan");
    ASSERT_NE(plan, nullptr);
    EXPECT_EQ(plan->text(), QStringLiteral("Premium")) << qPrintable(plan->text());
}

// Beside the search and the docks the customer page is narrow (about 420 pixels in the default
// window): the orders' dates and totals still show whole, not as "15 Nov 20…".
TEST(CustomerViewWidgets, OrderDatesAndTotalsShowWholeInANarrowPage)
{
    CustomerPage page(nullptr);
    page.resize(420, 700);
    const QJsonObject order { { QStringLiteral("number"), QStringLiteral("O-200990") },
                              { QStringLiteral("status"), QStringLiteral("delivered") },
                              { QStringLiteral("total"), QStringLiteral("1766.82") },
                              { QStringLiteral("currency"), QStringLiteral("USD") },
                              { QStringLiteral("createdAt"), QStringLiteral("2025-11-15T15:01:24.000Z") },
                              { QStringLiteral("promisedOn"), QStringLiteral("2025-11-21") },
                              { QStringLiteral("version"), 1 } };
    page.loader()->setDetails(QJsonObject { { QStringLiteral("customer"),
                                              QJsonObject { { QStringLiteral("id"), QStringLiteral("C-7") },
                                                            { QStringLiteral("name"), QStringLiteral("Jane Roe") } } },
                                            { QStringLiteral("orders"), QJsonArray { order } } });
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.showSection(CustomerPage::OrdersSection);
    auto *orders = child<QTreeView>(&page, "ordersView");
    ASSERT_NE(orders, nullptr);
    ASSERT_EQ(orders->model()->rowCount(), 1);
    QTest::qWait(50); // let the columns fit
    for (const int column :
         { int(OrderModel::CreatedColumn), int(OrderModel::PromisedColumn), int(OrderModel::TotalColumn) }) {
        EXPECT_GE(orders->columnWidth(column), static_cast<QAbstractItemView *>(orders)->sizeHintForColumn(column))
            << "order column " << column << " is cut";
    }
}

// Notes have no reference: while no entry has one, the history gives the reference column's room
// to the text, which in a narrow page was narrower than the date beside it.
TEST(CustomerViewWidgets, HistoryGivesAnEmptyReferenceColumnsRoomToTheText)
{
    const auto entry = [](qint64 id, const QString &type, const QString &ref) {
        QJsonObject e { { QStringLiteral("id"), id },
                        { QStringLiteral("at"), QStringLiteral("2026-03-24T14:44:57.000Z") },
                        { QStringLiteral("type"), type },
                        { QStringLiteral("author"), QStringLiteral("agent19") },
                        { QStringLiteral("text"),
                          QStringLiteral("Complained about a late delivery and asked for a call back") } };
        if (!ref.isEmpty())
            e.insert(QStringLiteral("ref"), ref);
        return e;
    };
    const auto details = [](const QJsonArray &history) {
        return QJsonObject { { QStringLiteral("customer"),
                               QJsonObject { { QStringLiteral("id"), QStringLiteral("C-7") },
                                             { QStringLiteral("name"), QStringLiteral("Jane Roe") } } },
                             { QStringLiteral("recentHistory"), history } };
    };
    CustomerPage page(nullptr);
    page.resize(420, 700);
    page.loader()->setDetails(
        details(QJsonArray { entry(1, QStringLiteral("note"), {}), entry(2, QStringLiteral("note"), {}) }));
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.showSection(CustomerPage::HistorySection);
    auto *history = child<QTreeView>(&page, "historyView");
    ASSERT_NE(history, nullptr);
    ASSERT_EQ(history->model()->rowCount(), 2);
    QTest::qWait(50); // let the columns fit
    EXPECT_TRUE(history->isColumnHidden(CustomerHistoryModel::RefColumn));
    EXPECT_GT(history->columnWidth(CustomerHistoryModel::TextColumn),
              history->columnWidth(CustomerHistoryModel::TimeColumn));

    page.loader()->setDetails(details(QJsonArray { entry(1, QStringLiteral("note"), {}),
                                                   entry(3, QStringLiteral("order"), QStringLiteral("O-200990")) }));
    EXPECT_FALSE(history->isColumnHidden(CustomerHistoryModel::RefColumn)) << "an entry with a reference shows it";
}

// Beside the search and the docks the invoice list cannot show every column: what the customer
// still owes on each invoice stays in view; the status, also told by the red due date and the
// selected invoice's title, is the column that scrolls.
TEST(CustomerViewWidgets, InvoicesShowTheOpenAmountInANarrowPage)
{
    const auto invoice = [](const QString &number, const QString &status, const QString &due, bool overdue) {
        return QJsonObject { { QStringLiteral("number"), number },
                             { QStringLiteral("issuedOn"), QStringLiteral("2025-11-16") },
                             { QStringLiteral("dueOn"), due },
                             { QStringLiteral("total"), QStringLiteral("1510.82") },
                             { QStringLiteral("balance"), QStringLiteral("1510.82") },
                             { QStringLiteral("currency"), QStringLiteral("EUR") },
                             { QStringLiteral("status"), status },
                             { QStringLiteral("overdue"), overdue } };
    };
    CustomerPage page(nullptr);
    page.resize(420, 700);
    page.loader()->setDetails(QJsonObject {
        { QStringLiteral("customer"),
          QJsonObject { { QStringLiteral("id"), QStringLiteral("C-7") },
                        { QStringLiteral("name"), QStringLiteral("Jane Roe") } } },
        { QStringLiteral("invoices"),
          QJsonArray {
              invoice(QStringLiteral("I-302266"), QStringLiteral("disputed"), QStringLiteral("2025-04-08"), false),
              invoice(QStringLiteral("I-302263"), QStringLiteral("open"), QStringLiteral("2025-12-16"), true) } } });
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.showSection(CustomerPage::BillingSection);
    auto *invoices = child<QTreeView>(&page, "invoicesView");
    ASSERT_NE(invoices, nullptr);
    ASSERT_EQ(invoices->model()->rowCount(), 2);
    QTest::qWait(50); // let the columns fit
    const QHeaderView *header = invoices->header();
    for (const int column : { int(InvoiceModel::TotalColumn), int(InvoiceModel::BalanceColumn) }) {
        EXPECT_LE(header->sectionViewportPosition(column) + header->sectionSize(column), invoices->viewport()->width())
            << "invoice column " << column << " is out of view";
    }
}

// The header's second line wraps between its parts when the page is narrow, not between
// "Account" and the account's number.
TEST(CustomerViewWidgets, HeaderKeepsEachNumberWithItsLabel)
{
    CustomerPage page(nullptr);
    page.resize(420, 700);
    page.loader()->setDetails(QJsonObject {
        { QStringLiteral("customer"),
          QJsonObject { { QStringLiteral("id"), QStringLiteral("C-1545") },
                        { QStringLiteral("name"), QStringLiteral("Chloé Rodriguez") },
                        { QStringLiteral("company"), QStringLiteral("Rodriguez Inc.") },
                        { QStringLiteral("account"),
                          QJsonObject { { QStringLiteral("number"), QStringLiteral("A-101545") } } } } } });
    auto *subtitle = child<QLabel>(&page, "customerSubtitleLabel");
    ASSERT_NE(subtitle, nullptr);
    const QString nbsp(QChar::Nbsp);
    EXPECT_EQ(subtitle->text(), QStringLiteral("Rodriguez Inc. · Customer%1C-1545 · Account%1A-101545").arg(nbsp))
        << qPrintable(subtitle->text());
}

TEST(CustomerViewWidgets, ConflictDialogShowsBothLongValuesWhole)
{
    domain::Customer server;
    server.id = QStringLiteral("C-1005");
    server.name = QStringLiteral("Jonas Hoffmann");
    server.version = 3;
    AccountDraft draft;
    draft.setServer(server);
    const QString mine = QStringLiteral("Prefers calls after 4 pm; never on Fridays; send invoices by post to the "
                                        "accounting department, attention Ms Weber.");
    const QString theirs = QStringLiteral("VIP contact, call mornings only; the assistant takes messages and "
                                          "forwards them the same day.");
    draft.setValue(AccountDraft::Notes, mine);
    server.notes = theirs;
    server.version = 4;
    draft.setServer(server);
    ASSERT_EQ(draft.conflicts(), QList<AccountDraft::Field> { AccountDraft::Notes });

    ConflictDialog dialog(&draft);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *table = child<QTreeWidget>(&dialog, "conflictTable");
    ASSERT_NE(table, nullptr);
    QTest::qWait(50); // let the columns and rows lay out
    QTreeWidgetItem *notes = table->topLevelItem(0);
    ASSERT_NE(notes, nullptr);
    // Which to keep is decided by reading both: each wraps in its column, none is cut to "…".
    for (const int column : { 1, 2 }) {
        const int width = table->columnWidth(column) - 8; // the cell's margins
        const int needed = table->fontMetrics()
                               .boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, notes->text(column))
                               .height();
        EXPECT_GE(table->visualItemRect(notes).height(), needed) << "column " << column << " is cut";
    }
}
