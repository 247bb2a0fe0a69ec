// Panels driven against the scripted peer (no coordinator process): the session behind the
// panel sends the requests, the panel only shows what came back.
#include "support/ClientHelpers.h"
#include "support/ScriptedPeer.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/ActiveContact.h"
#include "models/ContactSession.h"
#include "widgets/CancelOrderDialog.h"
#include "widgets/ContactPanel.h"

#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::test;

namespace {

QJsonObject orderJson(qint64 version, const QString &status)
{
    return QJsonObject { { QStringLiteral("number"), QStringLiteral("SO-9") },
                         { QStringLiteral("status"), status },
                         { QStringLiteral("version"), version } };
}

} // namespace

TEST(ScriptedPanels, CancelOrderDialogExplainsRefusalsAndCancelsOnTheCurrentVersion)
{
    ScriptedPeer peer;
    Connection connection;
    ASSERT_TRUE(loginAndWait(connection, peer.url(), QStringLiteral("agent1")).ok);
    const QString cancelOp = QString::fromUtf16(op::OrderCancel);
    peer.fail(cancelOp, ErrorCode::VersionConflict);
    peer.fail(cancelOp, ErrorCode::InvalidState,
              QJsonObject { { QStringLiteral("status"), QStringLiteral("shipped") } });
    peer.answer(cancelOp, QJsonObject { { QStringLiteral("order"), orderJson(5, QStringLiteral("cancelled")) } });
    peer.answer(QString::fromUtf16(op::OrderGet),
                QJsonObject { { QStringLiteral("order"), orderJson(4, QStringLiteral("placed")) } });

    CancelOrderDialog dialog(&connection, Order::fromJson(orderJson(3, QStringLiteral("placed"))));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *reason = dialog.findChild<QPlainTextEdit *>(QStringLiteral("cancelReasonEdit"));
    auto *confirm = dialog.findChild<QPushButton *>(QStringLiteral("confirmCancelButton"));
    ASSERT_NE(reason, nullptr);
    ASSERT_NE(confirm, nullptr);
    EXPECT_FALSE(confirm->isEnabled()) << "a reason is required";
    QTest::keyClicks(reason, QStringLiteral("Ordered twice"));
    ASSERT_TRUE(confirm->isEnabled());

    // Someone changed the order meanwhile: the dialog says so and the current order is loaded.
    confirm->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.errorMessage().isEmpty(); }, 5000));
    EXPECT_TRUE(dialog.errorMessage().contains(QStringLiteral("changed order SO-9 meanwhile")))
        << qPrintable(dialog.errorMessage());
    EXPECT_EQ(peer.requestsFor(QString::fromUtf16(op::OrderGet)).size(), 1);

    // Sent again on the current version, and refused: it shipped.
    ASSERT_TRUE(QTest::qWaitFor([&] { return confirm->isEnabled(); }, 5000));
    confirm->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.errorMessage().contains(QStringLiteral("shipped")); }, 5000))
        << qPrintable(dialog.errorMessage());
    EXPECT_EQ(peer.requestsFor(cancelOp).last().request.args.value(QStringLiteral("version")).toInteger(), 4);

    // The third try goes through and closes the dialog with the stored order.
    QSignalSpy saved(&dialog, &CancelOrderDialog::orderSaved);
    confirm->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return saved.count() == 1; }, 5000));
    EXPECT_EQ(saved.at(0).at(0).value<Order>().status, OrderStatus::Cancelled);
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
    EXPECT_EQ(peer.requestsFor(cancelOp).last().request.args.value(QStringLiteral("reason")).toString(),
              QStringLiteral("Ordered twice"));
}

TEST(ScriptedPanels, ContactPanelSaysWhichClosedContactAnEMailReplyContinues)
{
    ScriptedPeer peer;
    Connection connection;
    ASSERT_TRUE(loginAndWait(connection, peer.url(), QStringLiteral("agent1")).ok);
    ContactSession session(&connection);
    ContactPanel panel(&session);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    const QJsonObject contact { { QStringLiteral("id"), 52 },
                                { QStringLiteral("channel"), QStringLiteral("email") },
                                { QStringLiteral("state"), QStringLiteral("active") },
                                { QStringLiteral("version"), 2 },
                                { QStringLiteral("customer"),
                                  QJsonObject { { QStringLiteral("id"), QStringLiteral("C-1042") },
                                                { QStringLiteral("name"), QStringLiteral("Ann Example") } } },
                                { QStringLiteral("continues"), 37 } };
    session.active()->setContact(contact);
    auto *header = panel.findChild<QLabel *>(QStringLiteral("contactHeaderLabel"));
    ASSERT_NE(header, nullptr);
    EXPECT_TRUE(header->text().contains(QStringLiteral("A reply to closed contact 37"))) << qPrintable(header->text());

    // A contact that continues none says nothing of the kind.
    QJsonObject other = contact;
    other.insert(QStringLiteral("id"), 53);
    other.remove(QStringLiteral("continues"));
    session.active()->setContact(other);
    EXPECT_FALSE(header->text().contains(QStringLiteral("closed contact"))) << qPrintable(header->text());
}
