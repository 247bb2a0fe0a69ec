#include "GuiTestSupport.h"
#include "support/ClientHelpers.h"
#include "support/CoordinatorProcess.h"

#include "client/Connection.h"
#include "models/BillingSession.h"
#include "models/CreditQueueModel.h"
#include "models/CustomerHistoryModel.h"
#include "models/CustomerLoader.h"
#include "models/InvoiceModel.h"
#include "widgets/BillingTab.h"
#include "widgets/CreditApprovalsDialog.h"
#include "widgets/CustomerPage.h"
#include "widgets/HistoryTab.h"
#include "widgets/InvoiceActionDialog.h"
#include "widgets/LoginDialog.h"
#include "widgets/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUuid>

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <memory>

using namespace spocs;
using namespace spocs::test;

// The Billing tab's actions (payment, credit or refund, dispute, withdraw) and the lead's
// approval queue, clicked through offscreen against the real coordinator.
namespace {
constexpr int kLongWait = 20000;

class BillingActionsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(m_dir.isValid());
        const QString config = m_dir.filePath(QStringLiteral("billing.ini"));
        QFile file(config);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("[billing]\ncredit_limit=5.00\n");
        file.close();
        CoordinatorProcess::Options options;
        options.extraArgs = { QStringLiteral("--config"), config };
        ASSERT_TRUE(m_coordinator.start(options)) << qPrintable(m_coordinator.output());
    }

    void TearDown() override
    {
        if (HasFailure())
            std::cerr << "--- coordinator output (tail) ---\n"
                      << qPrintable(m_coordinator.output().right(3000)) << std::endl;
    }

    // A demo customer's open, not overdue invoice with at least 50.00 open: {customer, number}.
    std::pair<QString, QString> openInvoice(Connection &connection)
    {
        for (int n = 1000; n < 1200; ++n) {
            const QString id = QStringLiteral("C-%1").arg(n);
            const Reply r = call(connection, QStringLiteral("customer.get"), { { QStringLiteral("id"), id } });
            for (const QJsonValue &v : r.data.value(QStringLiteral("invoices")).toArray()) {
                const auto invoice = domain::InvoiceSummary::fromJson(v.toObject());
                if (invoice.status == domain::InvoiceStatus::Open && !invoice.overdue && invoice.balance.cents >= 5000)
                    return { id, invoice.number };
            }
        }
        ADD_FAILURE() << "no open invoice in the demo data";
        return {};
    }

    // The invoice's row in the Billing tab's list, as the agent reads it.
    static QString rowText(BillingTab *tab, const QString &number, int column)
    {
        const QAbstractItemModel *model = tab->invoicesView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(InvoiceModel::NumberRole).toString() == number)
                return model->index(row, column).data().toString();
        }
        return {};
    }

    // Opens the action's dialog with its shortcut (the action directly when offscreen does not route it).
    static InvoiceActionDialog *openDialog(QWidget *window, BillingTab *tab, QAction *action, Qt::Key key)
    {
        EXPECT_TRUE(QTest::qWaitFor([&] { return action->isEnabled(); }, kLongWait)) << qPrintable(action->text());
        QApplication::setActiveWindow(window);
        QTest::keyClick(window, key, Qt::ControlModifier | Qt::ShiftModifier);
        if (!QTest::qWaitFor([&] { return tab->findChild<InvoiceActionDialog *>() != nullptr; }, 1000))
            action->trigger();
        auto *dialog = tab->findChild<InvoiceActionDialog *>();
        EXPECT_NE(dialog, nullptr);
        return dialog;
    }

    static void fillAndSend(InvoiceActionDialog *dialog, const QString &amount, const QString &reason)
    {
        if (auto *edit
            = dialog->findChild<QLineEdit *>(QStringLiteral("invoiceActionAmount"))) { // payments and credits only
            edit->selectAll();
            QTest::keyClicks(edit, amount);
        }
        if (auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("invoiceActionReason"))) // all but payments
            QTest::keyClicks(edit, reason);
        auto *send = child<QPushButton>(dialog, "invoiceActionSubmit");
        ASSERT_NE(send, nullptr);
        ASSERT_TRUE(send->isEnabled()) << qPrintable(dialog->windowTitle());
        QTest::mouseClick(send, Qt::LeftButton);
    }

    // agent1's window on a customer's Billing tab with an open invoice selected and explained.
    void openBillingTab()
    {
        m_window = std::make_unique<MainWindow>(&m_connection);
        m_window->resize(1280, 860);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->loginWith(m_coordinator.url(), QStringLiteral("agent1"), QStringLiteral("demo"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_connection.state() == Connection::State::Connected; }, kLongWait));
        const auto [customer, number] = openInvoice(m_connection);
        m_number = number;
        m_window->openCustomer(customer);
        m_window->customerPage()->showSection(CustomerPage::BillingSection);
        m_tab = m_window->customerPage()->billingTab();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !rowText(m_tab, m_number, 0).isEmpty(); }, kLongWait));
        m_tab->selectInvoice(m_number);
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_tab->session()->invoice().number == m_number; }, kLongWait));
    }

    QTemporaryDir m_dir;
    CoordinatorProcess m_coordinator;
    Connection m_connection;
    std::unique_ptr<MainWindow> m_window;
    BillingTab *m_tab = nullptr;
    QString m_number;
};
} // namespace

TEST_F(BillingActionsTest, ACustomerEventKeepsTheHistorySelectionAndTheInvoiceExplanation)
{
    ASSERT_NO_FATAL_FAILURE(openBillingTab());
    CustomerPage *page = m_window->customerPage();
    const QString customer = page->customerId();
    Connection lead;
    ASSERT_TRUE(loginAndWait(lead, m_coordinator.url(), QStringLiteral("lead1")).ok);
    const auto addNote = [&](const QString &text) {
        ASSERT_TRUE(callWrite(lead, QStringLiteral("customer.note.add"),
                              { { QStringLiteral("cid"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                                { QStringLiteral("customer"), customer },
                                { QStringLiteral("text"), text } })
                        .ok);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                const QList<HistoryItem> &items = page->loader()->historyModel()->entries();
                return std::any_of(items.cbegin(), items.cend(), [&](const HistoryItem &h) { return h.text == text; });
            },
            kLongWait));
    };
    ASSERT_NO_FATAL_FAILURE(addNote(QStringLiteral("Asked for a copy of the invoice.")));
    ASSERT_NO_FATAL_FAILURE(addNote(QStringLiteral("Sent the copy.")));
    // Answers come in order: one more round trip brings any invoice.explain sent before it.
    ASSERT_TRUE(call(m_connection, QStringLiteral("session.me")).ok);
    QCoreApplication::processEvents();

    page->showSection(CustomerPage::HistorySection);
    auto *history = child<QTreeView>(page->historyTab(), "historyView");
    ASSERT_TRUE(history);
    const QModelIndexList older
        = history->model()->match(history->model()->index(0, CustomerHistoryModel::TextColumn), Qt::DisplayRole,
                                  QStringLiteral("Asked for a copy of the invoice."), 1, Qt::MatchExactly);
    ASSERT_EQ(older.size(), 1);
    history->setCurrentIndex(older.first());
    QSignalSpy explained(page->loader(), &CustomerLoader::invoiceExplained);

    // Another note: the customer is read again.
    ASSERT_NO_FATAL_FAILURE(addNote(QStringLiteral("Called back about the parcel.")));
    ASSERT_TRUE(call(m_connection, QStringLiteral("session.me")).ok);
    QCoreApplication::processEvents();

    ASSERT_TRUE(history->currentIndex().isValid()) << "the selection stays";
    EXPECT_EQ(history->currentIndex().siblingAtColumn(CustomerHistoryModel::TextColumn).data().toString(),
              QStringLiteral("Asked for a copy of the invoice."));
    EXPECT_EQ(explained.count(), 0) << "the invoice did not change: it is not explained again";
    EXPECT_EQ(m_tab->session()->invoice().number, m_number);
}

TEST_F(BillingActionsTest, AgentCreditsDisputesAndPaysWhileALeadApprovesFromTheQueue)
{
    ASSERT_NO_FATAL_FAILURE(openBillingTab());
    MainWindow &window = *m_window;
    BillingTab *tab = m_tab;
    const QString number = m_number;
    const qint64 balance = tab->session()->invoice().balance.cents;
    auto *payment = child<QAction>(tab, "recordPaymentAction");
    auto *credit = child<QAction>(tab, "creditInvoiceAction");
    auto *dispute = child<QAction>(tab, "disputeInvoiceAction");
    auto *withdraw = child<QAction>(tab, "withdrawDisputeAction");
    ASSERT_TRUE(payment && credit && dispute && withdraw);
    EXPECT_FALSE(withdraw->isEnabled()); // not disputed
    for (QAction *a : { payment, credit, dispute }) {
        EXPECT_FALSE(a->shortcut().isEmpty()) << qPrintable(a->text());
        EXPECT_TRUE(a->isEnabled()) << qPrintable(a->text());
    }

    // A credit above the limit waits for a lead and shows as pending on the invoice.
    InvoiceActionDialog *dialog = openDialog(&window, tab, credit, Qt::Key_R);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->action(), InvoiceActionDialog::Action::CreditOrRefund);
    fillAndSend(dialog, QStringLiteral("20.00"), QStringLiteral("Router arrived broken"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return tab->findChild<InvoiceActionDialog *>() == nullptr; }, kLongWait));
    EXPECT_TRUE(tab->messageText().contains(QStringLiteral("approval"))) << qPrintable(tab->messageText());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return rowText(tab, number, InvoiceModel::StatusColumn).contains(QStringLiteral("pending")); },
        kLongWait))
        << qPrintable(rowText(tab, number, InvoiceModel::StatusColumn));
    EXPECT_EQ(tab->session()->invoice().pendingCredit.cents, 2000);
    screenshot(&window, QStringLiteral("billing-actions"));

    // The lead sees it in the approval queue, live; their own request they cannot decide.
    Connection leadConnection;
    ASSERT_TRUE(loginAndWait(leadConnection, m_coordinator.url(), QStringLiteral("lead1")).ok);
    const Reply own = callWrite(leadConnection, QStringLiteral("invoice.credit"),
                                { { QStringLiteral("invoice"), number },
                                  { QStringLiteral("amount"), QStringLiteral("6.00") },
                                  { QStringLiteral("reason"), QStringLiteral("Goodwill") } });
    ASSERT_TRUE(own.ok) << qPrintable(own.error.message);
    CreditApprovalsDialog approvals(&leadConnection);
    approvals.show();
    CreditQueueModel *queue = approvals.session()->approvals();
    ASSERT_TRUE(QTest::qWaitFor([&] { return queue->rowCount() == 2; }, kLongWait));
    auto *approve = child<QPushButton>(&approvals, "approveCreditButton");
    auto *reject = child<QPushButton>(&approvals, "rejectCreditButton");
    child<QTreeView>(approvals, "creditApprovalsView")
        ->setCurrentIndex(queue->index(
            queue->rowOf(own.data.value(QStringLiteral("credit")).toObject().value(QStringLiteral("id")).toInteger()),
            0));
    EXPECT_FALSE(approve->isEnabled());
    EXPECT_FALSE(reject->isEnabled());
    screenshot(&approvals, QStringLiteral("credit-approvals"));
    int agentsRow = -1;
    for (int row = 0; row < queue->rowCount(); ++row)
        if (queue->index(row, 0).data(CreditQueueModel::RequestedByRole).toString() == u"agent1")
            agentsRow = row;
    ASSERT_GE(agentsRow, 0);
    child<QTreeView>(approvals, "creditApprovalsView")->setCurrentIndex(queue->index(agentsRow, 0));
    ASSERT_TRUE(approve->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&approvals, "creditDecisionNote"), QStringLiteral("photo seen"));
    QTest::mouseClick(approve, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return queue->rowCount() == 1; }, kLongWait));
    EXPECT_TRUE(approvals.statusText().contains(QStringLiteral("approved"))) << qPrintable(approvals.statusText());

    // The agent's open view follows: 20.00 less open, the credit note in the explanation.
    ASSERT_TRUE(QTest::qWaitFor([&] { return tab->session()->invoice().balance.cents == balance - 2000; }, kLongWait));
    auto *explanation = child<QTreeWidget>(tab, "invoiceExplanationView");
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !explanation->findItems(QStringLiteral("Credit note"), Qt::MatchStartsWith, 0).isEmpty(); },
        kLongWait));

    // Dispute: the invoice leaves dunning; then the dispute is withdrawn.
    dialog = openDialog(&window, tab, dispute, Qt::Key_D);
    ASSERT_NE(dialog, nullptr);
    fillAndSend(dialog, {}, QStringLiteral("Never ordered the second router"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return withdraw->isEnabled(); }, kLongWait));
    EXPECT_FALSE(dispute->isEnabled());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return rowText(tab, number, InvoiceModel::StatusColumn).startsWith(QStringLiteral("Disputed")); },
        kLongWait));
    dialog = openDialog(&window, tab, withdraw, Qt::Key_W);
    ASSERT_NE(dialog, nullptr);
    fillAndSend(dialog, {}, {});
    ASSERT_TRUE(QTest::qWaitFor([&] { return dispute->isEnabled(); }, kLongWait));

    // A payment by bank transfer lowers the open amount.
    dialog = openDialog(&window, tab, payment, Qt::Key_P);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(child<QComboBox>(dialog, "invoiceActionChoice")->currentText(), QStringLiteral("Bank transfer"));
    fillAndSend(dialog, QStringLiteral("1.00"), {});
    ASSERT_TRUE(QTest::qWaitFor([&] { return tab->session()->invoice().balance.cents == balance - 2100; }, kLongWait));
    EXPECT_TRUE(tab->messageText().contains(QStringLiteral("Payment recorded"))) << qPrintable(tab->messageText());
}

TEST_F(BillingActionsTest, RefusedAmountIsExplainedInTheDialogWhichStaysOpen)
{
    ASSERT_NO_FATAL_FAILURE(openBillingTab());
    MainWindow &window = *m_window;
    BillingTab *tab = m_tab;
    const QString number = m_number;

    InvoiceActionDialog *dialog = openDialog(&window, tab, child<QAction>(tab, "creditInvoiceAction"), Qt::Key_R);
    ASSERT_NE(dialog, nullptr);
    fillAndSend(dialog, QStringLiteral("999999.00"), QStringLiteral("Too much"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->errorMessage().isEmpty(); }, kLongWait));
    EXPECT_TRUE(dialog->errorMessage().contains(QStringLiteral("At most"))) << qPrintable(dialog->errorMessage());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(tab->session()->invoice().pendingCredit.cents, 0);
}

// The coordinator's explanation label is English; the desktop words each line from its kind and
// record, so a German agent reads German (GermanTranslation checks the strings are translated).
TEST(BillingText, ExplanationLinesAreWordedByTheDesktopFromTheirKindAndRecord)
{
    using spocs::BillingTab;
    using namespace spocs::domain;
    const auto line = [](ExplanationKind kind, const QString &ref = {}, std::optional<Payment> payment = {}) {
        return ExplanationLine { kind, QStringLiteral("wire label"), Money { 100 }, ref, payment };
    };
    EXPECT_EQ(BillingTab::explanationText(line(ExplanationKind::Total)), QStringLiteral("Invoice total"));
    EXPECT_EQ(BillingTab::explanationText(line(ExplanationKind::CreditNote, QStringLiteral("CN-7"))),
              QStringLiteral("Credit note CN-7"));
    EXPECT_EQ(BillingTab::explanationText(line(ExplanationKind::Refund, QStringLiteral("CN-8"))),
              QStringLiteral("Refunded to the customer (CN-8)"));
    EXPECT_EQ(BillingTab::explanationText(line(ExplanationKind::Balance)), QStringLiteral("Balance"));

    const Payment byCard { QStringLiteral("2024-04-02"), Money { 6000 }, PaymentMethod::Card,
                           Card { QStringLiteral("visa"), std::nullopt, QStringLiteral("1111") } };
    const QString day = QLocale().toString(QDate(2024, 4, 2), QLocale::ShortFormat);
    EXPECT_EQ(BillingTab::explanationText(line(ExplanationKind::Payment, {}, byCard)),
              QStringLiteral("Payment %1 (Visa •••• 1111)").arg(day));
    const Payment byDebit { QStringLiteral("2024-04-03"), Money { 500 }, PaymentMethod::DirectDebit, std::nullopt };
    EXPECT_EQ(
        BillingTab::explanationText(line(ExplanationKind::Payment, {}, byDebit)),
        QStringLiteral("Payment %1 (Direct debit)").arg(QLocale().toString(QDate(2024, 4, 3), QLocale::ShortFormat)));
    // A payment line without its payment falls back to what the coordinator said.
    EXPECT_EQ(BillingTab::explanationText(line(ExplanationKind::Payment)), QStringLiteral("wire label"));
}
