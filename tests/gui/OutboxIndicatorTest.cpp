#include "support/ClientHelpers.h"
#include "support/CoordinatorProcess.h"
#include "support/WidgetLookup.h"

#include "client/Connection.h"
#include "client/OfflineOutbox.h"
#include "models/CustomerHistoryModel.h"
#include "models/CustomerLoader.h"
#include "models/OrderModel.h"
#include "widgets/CustomerPage.h"
#include "widgets/HistoryTab.h"
#include "widgets/LoginDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/OutboxDialog.h"
#include "widgets/OutboxIndicator.h"

#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <iostream>

using namespace spocs;
using namespace spocs::test;
using namespace std::chrono_literals;

namespace {

constexpr int kLongWait = 20000;

class OutboxIndicatorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(outboxDir.isValid());
        ASSERT_TRUE(coordinator.start()) << qPrintable(coordinator.output());
        connection.setReconnectPolicy(ReconnectPolicy(50ms, 500ms));
        connection.setOutboxDirectory(outboxDir.path());
        window = std::make_unique<MainWindow>(&connection);
        window->resize(1280, 860);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->loginWith(coordinator.url(), QStringLiteral("agent1"), QStringLiteral("demo"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return connection.state() == Connection::State::Connected; }, kLongWait));
        m_customer = customerWithAPlacedOrder();
        ASSERT_FALSE(m_customer.isEmpty()) << "no placed order in the demo world";
        window->openCustomer(m_customer);
        ASSERT_TRUE(QTest::qWaitFor([&] { return loader()->state() == CustomerLoader::State::Loaded; }, kLongWait));
    }

    void TearDown() override
    {
        window.reset();
        if (HasFailure())
            std::cerr << "--- coordinator output (tail) ---\n"
                      << qPrintable(coordinator.output().right(3000)) << std::endl;
    }

    QString customerWithAPlacedOrder()
    {
        for (int n = 1000; n < 1200; ++n) {
            const QString id = QStringLiteral("C-%1").arg(n);
            const Reply r = call(connection, QStringLiteral("customer.get"), { { QStringLiteral("id"), id } });
            for (const QJsonValue &o : r.data.value(QStringLiteral("orders")).toArray()) {
                if (o.toObject().value(QStringLiteral("status")).toString() == u"placed")
                    return id;
            }
        }
        return {};
    }

    CustomerLoader *loader() const { return window->customerPage()->loader(); }
    OutboxIndicator *indicator() const { return window->outboxIndicator(); }

    // The history rows showing this text, and how many of them are marked as waiting.
    std::pair<int, int> historyRows(const QString &text) const
    {
        const CustomerHistoryModel *model = loader()->historyModel();
        int rows = 0, waiting = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex idx = model->index(r, CustomerHistoryModel::TextColumn);
            if (idx.data().toString() == text) {
                ++rows;
                waiting += idx.data(CustomerHistoryModel::PendingRole).toBool();
            }
        }
        return { rows, waiting };
    }

    QJsonObject placedOrder() const
    {
        const OrderModel *orders = loader()->orderModel();
        for (const OrderSummary &o : orders->orders()) {
            if (o.status == OrderStatus::Placed)
                return QJsonObject { { QStringLiteral("number"), o.number }, { QStringLiteral("version"), o.version } };
        }
        return {};
    }

    QString orderStatusText(const QString &number) const
    {
        const OrderModel *orders = loader()->orderModel();
        return orders->index(orders->rowOf(number), OrderModel::StatusColumn).data().toString();
    }

    void takeCoordinatorDown()
    {
        coordinator.stop();
        ASSERT_TRUE(QTest::qWaitFor([&] { return connection.state() == Connection::State::Reconnecting; }, kLongWait));
    }

    void addNoteThroughTheHistoryTab(const QString &text)
    {
        HistoryTab *tab = window->customerPage()->historyTab();
        auto *edit = child<QLineEdit>(tab, "noteEdit");
        auto *add = child<QPushButton>(tab, "addNoteButton");
        ASSERT_TRUE(edit && add);
        edit->setText(text);
        ASSERT_TRUE(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return edit->text().isEmpty(); }, kLongWait))
            << "the note stayed in the field: the agent would type it twice";
    }

    QTemporaryDir outboxDir;
    CoordinatorProcess coordinator;
    Connection connection;
    std::unique_ptr<MainWindow> window;
    QString m_customer;
};

} // namespace

TEST_F(OutboxIndicatorTest, WritesMadeOfflineShowAsWaitingInTheStatusBarAndOnTheirItemsUntilSent)
{
    EXPECT_FALSE(indicator()->isVisible()); // nothing waits
    const QJsonObject order = placedOrder();
    const QString number = order.value(QStringLiteral("number")).toString();
    ASSERT_FALSE(number.isEmpty());

    takeCoordinatorDown();
    const QString text = QStringLiteral("Promised a call back on Monday");
    addNoteThroughTheHistoryTab(text);
    EXPECT_EQ(historyRows(text), std::make_pair(1, 1));
    ASSERT_TRUE(indicator()->isVisible());
    // Plural forms come from the English translation the GUI tests load.
    EXPECT_TRUE(indicator()->text().startsWith(QStringLiteral("1 change waiting"))) << qPrintable(indicator()->text());
    EXPECT_TRUE(indicator()->text().contains(QStringLiteral("waiting to be sent")));

    std::optional<Reply> queued;
    connection.write(QStringLiteral("order.change"),
                     { { QStringLiteral("number"), number },
                       { QStringLiteral("version"), order.value(QStringLiteral("version")) },
                       { QStringLiteral("shippingAddress"),
                         QJsonObject { { QStringLiteral("street"), QStringLiteral("Ring 7") },
                                       { QStringLiteral("city"), QStringLiteral("Bonn") },
                                       { QStringLiteral("postcode"), QStringLiteral("53111") },
                                       { QStringLiteral("country"), QStringLiteral("DE") } } } },
                     &connection, [&](const Reply &r) { queued = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return queued.has_value(); }, kLongWait));
    EXPECT_TRUE(indicator()->text().startsWith(QStringLiteral("2 changes waiting"))) << qPrintable(indicator()->text());
    EXPECT_TRUE(orderStatusText(number).contains(QStringLiteral("waiting to be sent")))
        << qPrintable(orderStatusText(number));

    ASSERT_TRUE(coordinator.restart()) << qPrintable(coordinator.output());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !indicator()->isVisible(); }, kLongWait));
    // The note is now a real history entry, once; the order is no longer marked.
    ASSERT_TRUE(QTest::qWaitFor([&] { return historyRows(text) == std::make_pair(1, 0); }, kLongWait))
        << historyRows(text).first << " rows, " << historyRows(text).second << " waiting";
    EXPECT_FALSE(orderStatusText(number).contains(QStringLiteral("waiting to be sent")));
}

TEST_F(OutboxIndicatorTest, RefusedChangeIsShownWithItsReasonAndReapplyingSendsIt)
{
    const QJsonObject order = placedOrder();
    const QString number = order.value(QStringLiteral("number")).toString();
    ASSERT_FALSE(number.isEmpty());
    const qint64 version = order.value(QStringLiteral("version")).toInteger();

    takeCoordinatorDown();
    // Written against a version someone else has already replaced.
    std::optional<Reply> queued;
    connection.write(QStringLiteral("order.change"),
                     { { QStringLiteral("number"), number },
                       { QStringLiteral("version"), version + 7 },
                       { QStringLiteral("shippingAddress"),
                         QJsonObject { { QStringLiteral("street"), QStringLiteral("Weg 3") },
                                       { QStringLiteral("city"), QStringLiteral("Kiel") },
                                       { QStringLiteral("postcode"), QStringLiteral("24103") },
                                       { QStringLiteral("country"), QStringLiteral("DE") } } } },
                     &connection, [&](const Reply &r) { queued = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return queued.has_value(); }, kLongWait));
    ASSERT_TRUE(coordinator.restart()) << qPrintable(coordinator.output());

    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return indicator()->text().startsWith(QStringLiteral("1 change"))
                && indicator()->text().contains(QStringLiteral("refused"));
        },
        kLongWait))
        << qPrintable(indicator()->text());
    EXPECT_TRUE(indicator()->isVisible());

    indicator()->reviewAction()->trigger(); // Ctrl+Alt+P
    OutboxDialog *dialog = indicator()->dialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->detailText().contains(number)) << qPrintable(dialog->detailText());
    EXPECT_TRUE(dialog->detailText().contains(QStringLiteral("Reapply puts your change over theirs")))
        << qPrintable(dialog->detailText());
    auto *reapply = child<QPushButton>(dialog, "reapplyButton");
    ASSERT_TRUE(reapply && reapply->isEnabled());
    QTest::mouseClick(reapply, Qt::LeftButton);

    ASSERT_TRUE(QTest::qWaitFor([&] { return !indicator()->isVisible(); }, kLongWait));
    const Reply after = call(connection, QStringLiteral("order.get"), { { QStringLiteral("number"), number } });
    ASSERT_TRUE(after.ok);
    const QJsonObject changed = after.data.value(QStringLiteral("order")).toObject();
    EXPECT_EQ(changed.value(QStringLiteral("version")).toInteger(), version + 1);
    EXPECT_EQ(changed.value(QStringLiteral("shippingAddress")).toObject().value(QStringLiteral("city")).toString(),
              QStringLiteral("Kiel"));
}

// A note held offline shows its text in the review dialog: on one line, cut to "…" when long, whole in the
// tooltip (the dialog said only "Note for customer C-1001 waits to be sent").
TEST_F(OutboxIndicatorTest, TheReviewShowsTheTextOfAHeldNote)
{
    takeCoordinatorDown();
    const QString text = QStringLiteral("Promised a call back on Monday about the refund for the damaged parcel, "
                                        "after the warehouse has checked the returned goods and the courier's photos");
    addNoteThroughTheHistoryTab(text);
    indicator()->reviewAction()->trigger(); // Ctrl+Alt+P
    OutboxDialog *dialog = indicator()->dialog();
    ASSERT_NE(dialog, nullptr);
    auto *list = child<QListView>(dialog, "outboxList");
    auto *note = child<QLabel>(dialog, "outboxNote");
    ASSERT_TRUE(list && note);
    list->setCurrentIndex(list->model()->index(0, 0));
    QCoreApplication::processEvents();
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("Promised a call back"))) << qPrintable(note->text());
    EXPECT_LE(note->fontMetrics().horizontalAdvance(note->text()), note->contentsRect().width())
        << qPrintable(note->text()) << " runs past the dialog";
    EXPECT_EQ(note->toolTip(), text);
    EXPECT_EQ(list->model()->index(0, 0).data(Qt::ToolTipRole).toString(), text);
}
