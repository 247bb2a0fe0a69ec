// Panels driven against the scripted peer (no coordinator process): the session behind the
// panel sends the requests, the panel only shows what came back.
#include "support/ClientHelpers.h"
#include "support/ScriptedPeer.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/ActiveContact.h"
#include "models/ArticleLoader.h"
#include "models/ContactSession.h"
#include "models/OrderLinesModel.h"
#include "models/ProductSearchModel.h"
#include "models/ReviewQueueModel.h"
#include "widgets/ArticleReader.h"
#include "widgets/CancelOrderDialog.h"
#include "widgets/ContactPanel.h"
#include "widgets/OrderDialog.h"
#include "widgets/ProposeEditDialog.h"
#include "widgets/ReviewDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

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

// An active contact of Ann Example's as the coordinator sends it, with `extra` on top.
QJsonObject annsContact(qint64 id, const QString &channel, const QJsonObject &extra)
{
    QJsonObject contact { { QStringLiteral("id"), id },
                          { QStringLiteral("channel"), channel },
                          { QStringLiteral("state"), QStringLiteral("active") },
                          { QStringLiteral("version"), 2 },
                          { QStringLiteral("customer"),
                            QJsonObject { { QStringLiteral("id"), QStringLiteral("C-1042") },
                                          { QStringLiteral("name"), QStringLiteral("Ann Example") } } } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        contact.insert(it.key(), it.value());
    return contact;
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

TEST(ScriptedPanels, ChangeOrderDialogEditsAQuantityWithF2)
{
    ScriptedPeer peer;
    Connection connection;
    ASSERT_TRUE(loginAndWait(connection, peer.url(), QStringLiteral("agent1")).ok);
    Order order = Order::fromJson(orderJson(3, QStringLiteral("placed")));
    order.currency = QStringLiteral("EUR");
    for (const char *sku : { "P-1", "P-2" }) {
        order.lines.append(OrderLine { QString::fromLatin1(sku), QStringLiteral("Charger %1").arg(QLatin1String(sku)),
                                       2, Money { 1000 }, Money { 2000 } });
    }
    CustomerView customer;
    customer.customer.id = QStringLiteral("C-1000");
    OrderDialog dialog(&connection, customer, order);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *lines = dialog.findChild<QTreeView *>(QStringLiteral("orderLinesEdit"));
    ASSERT_NE(lines, nullptr);
    ASSERT_EQ(dialog.linesModel()->rowCount(), 2);

    // Tab into the lines, Down to the second, F2, a new quantity, Enter: no mouse needed.
    lines->setFocus(Qt::TabFocusReason);
    QTest::keyClick(lines, Qt::Key_Down);
    QTest::keyClick(lines, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    ASSERT_TRUE(editor && lines->isAncestorOf(editor) && editor != lines) << "F2 opened no editor";
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("5"));
    QTest::keyClick(editor, Qt::Key_Return);
    const auto quantity = [&](int row) {
        return dialog.linesModel()->index(row, OrderLinesModel::QuantityColumn).data(Qt::EditRole).toInt();
    };
    EXPECT_TRUE(QTest::qWaitFor([&] { return quantity(1) == 5; }, 5000)) << quantity(1); // committed queued
    EXPECT_EQ(quantity(0), 2);
}

// Someone else changed the order while the agent edited it: the dialog shows what it holds now,
// keeps the agent's lines to send on top of it, and shows their delivery address where the agent
// left the address alone (sending the old one would undo theirs).
TEST(ScriptedPanels, ChangeOrderDialogShowsTheirOrderAfterAConflictAndKeepsYourLines)
{
    ScriptedPeer peer;
    Connection connection;
    ASSERT_TRUE(loginAndWait(connection, peer.url(), QStringLiteral("agent1")).ok);
    Order mine = Order::fromJson(orderJson(3, QStringLiteral("placed")));
    mine.currency = QStringLiteral("EUR");
    mine.shippingAddress = Address { QStringLiteral("Alte Str. 1"), QStringLiteral("Berlin"), QStringLiteral("10115"),
                                     QStringLiteral("DE") };
    for (const char *sku : { "P-1", "P-2" }) {
        mine.lines.append(OrderLine { QString::fromLatin1(sku), QStringLiteral("Charger %1").arg(QLatin1String(sku)), 2,
                                      Money { 1000 }, Money { 2000 } });
    }
    Order theirs = mine;
    theirs.version = 4;
    theirs.lines
        = { OrderLine { QStringLiteral("P-1"), QStringLiteral("Charger P-1"), 1, Money { 1000 }, Money { 1000 } } };
    theirs.shippingAddress.city = QStringLiteral("Potsdam");
    const QString changeOp = QString::fromUtf16(op::OrderChange);
    peer.fail(changeOp, ErrorCode::VersionConflict);
    peer.answer(QString::fromUtf16(op::OrderGet), QJsonObject { { QStringLiteral("order"), theirs.toJson() } });
    Order saved = theirs;
    saved.version = 5;
    peer.answer(changeOp, QJsonObject { { QStringLiteral("order"), saved.toJson() } });

    OrderDialog dialog(&connection, CustomerView {}, mine);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *city = dialog.findChild<QLineEdit *>(QStringLiteral("shipCityEdit"));
    auto *submit = dialog.findChild<QPushButton *>(QStringLiteral("submitOrderButton"));
    ASSERT_NE(city, nullptr);
    ASSERT_NE(submit, nullptr);
    ASSERT_TRUE(
        dialog.linesModel()->setData(dialog.linesModel()->index(0, OrderLinesModel::QuantityColumn), 5, Qt::EditRole));
    ASSERT_TRUE(QTest::qWaitFor([&] { return submit->isEnabled(); }, 5000));
    submit->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.errorMessage().isEmpty(); }, 5000));
    EXPECT_TRUE(dialog.errorMessage().contains(QStringLiteral("It now holds: 1 × Charger P-1.")))
        << qPrintable(dialog.errorMessage());
    EXPECT_EQ(city->text(), QStringLiteral("Potsdam")) << "their address, since the agent left it alone";
    ASSERT_EQ(dialog.linesModel()->rowCount(), 2) << "the agent's lines stay";
    EXPECT_EQ(dialog.linesModel()->index(0, OrderLinesModel::QuantityColumn).data(Qt::EditRole).toInt(), 5);
    // What the agent sees, when SPOCS_VIEW_SCREENSHOTS names a folder (as in CustomerViewTest).
    if (const QString shots = qEnvironmentVariable("SPOCS_VIEW_SCREENSHOTS"); !shots.isEmpty()) {
        QTest::qWait(100); // the layout the button's text change asked for
        dialog.grab().save(shots + QStringLiteral("/order-conflict.png"));
    }

    // Sent again on their version: the agent's lines, and no address (theirs stays).
    QSignalSpy savedSpy(&dialog, &OrderDialog::orderSaved);
    ASSERT_TRUE(QTest::qWaitFor([&] { return submit->isEnabled(); }, 5000));
    submit->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return savedSpy.count() == 1; }, 5000));
    const QJsonObject args = peer.requestsFor(changeOp).last().request.args;
    EXPECT_EQ(args.value(QStringLiteral("version")).toInteger(), 4);
    EXPECT_EQ(args.value(QStringLiteral("lines")).toArray().size(), 2);
    EXPECT_FALSE(args.contains(QStringLiteral("shippingAddress")));
}

TEST(ScriptedPanels, OrderDialogAddsTheProductWithEnterInTheQuantity)
{
    ScriptedPeer peer;
    Connection connection;
    ASSERT_TRUE(loginAndWait(connection, peer.url(), QStringLiteral("agent1")).ok);
    Product charger;
    charger.sku = QStringLiteral("P-7");
    charger.name = QStringLiteral("Eco Charger");
    charger.price = Money { 2928 };
    charger.currency = QStringLiteral("EUR");
    charger.stockOnHand = charger.available = 400;
    charger.version = 1;
    peer.answer(QString::fromUtf16(op::ProductSearch),
                QJsonObject { { QStringLiteral("items"), QJsonArray { charger.toJson() } } });
    CustomerView customer;
    customer.customer.id = QStringLiteral("C-1000");
    OrderDialog dialog(&connection, customer, Order {});
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("productSearchEdit"));
    auto *quantity = dialog.findChild<QSpinBox *>(QStringLiteral("orderQuantitySpin"));
    ASSERT_TRUE(search && quantity);
    QTest::keyClicks(search, QStringLiteral("Eco"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.searchModel()->rowCount() == 1; }, 5000));

    // Type the product, Tab to the quantity, type it, Enter: as Enter in the search adds one.
    quantity->setFocus(Qt::TabFocusReason);
    QTest::keyClick(quantity, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(quantity, QStringLiteral("3"));
    QTest::keyClick(quantity, Qt::Key_Return);
    ASSERT_EQ(dialog.linesModel()->rowCount(), 1) << "Enter in the quantity added nothing";
    EXPECT_EQ(dialog.linesModel()->index(0, OrderLinesModel::QuantityColumn).data(Qt::EditRole).toInt(), 3);
    EXPECT_EQ(quantity->value(), 1) << "the next product starts from one again";
}

TEST(ScriptedPanels, RemovingTheRefusedLineTakesTheOrderDialogsErrorAway)
{
    ScriptedPeer peer;
    Connection connection;
    ASSERT_TRUE(loginAndWait(connection, peer.url(), QStringLiteral("agent1")).ok);
    peer.fail(QString::fromUtf16(op::OrderPlace), ErrorCode::InsufficientStock,
              QJsonObject { { QStringLiteral("sku"), QStringLiteral("P-8") } });
    Product chair;
    chair.sku = QStringLiteral("P-8");
    chair.name = QStringLiteral("Classic Office Chair");
    chair.price = Money { 26319 };
    chair.currency = QStringLiteral("EUR");
    chair.stockOnHand = chair.available = 3;
    CustomerView customer;
    customer.customer.id = QStringLiteral("C-1000");
    customer.customer.address = Address { QStringLiteral("127 Mill Lane"), QStringLiteral("Manchester"),
                                          QStringLiteral("M1 1AE"), QStringLiteral("GB") };
    OrderDialog dialog(&connection, customer, Order {});
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.linesModel()->addProduct(chair, 1);
    dialog.submit();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.errorMessage().isEmpty(); }, 5000));

    // The agent takes the line out: the refusal about it goes too.
    auto *lines = dialog.findChild<QTreeView *>(QStringLiteral("orderLinesEdit"));
    ASSERT_NE(lines, nullptr);
    lines->setFocus();
    lines->setCurrentIndex(dialog.linesModel()->index(0, OrderLinesModel::QuantityColumn));
    QTest::keyClick(lines, Qt::Key_Delete);
    ASSERT_EQ(dialog.linesModel()->rowCount(), 0);
    EXPECT_TRUE(dialog.errorMessage().isEmpty()) << qPrintable(dialog.errorMessage());
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
    const QJsonObject contact = annsContact(52, QStringLiteral("email"), { { QStringLiteral("continues"), 37 } });
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

// A web chat reached the record of whoever owns the address the visitor typed: the agent is told
// to check who they are talking to; a phone contact says nothing of the kind.
TEST(ScriptedPanels, ContactPanelWarnsWhenTheIdentityWasOnlyTypedOnTheWebsite)
{
    ScriptedPeer peer;
    Connection connection;
    ASSERT_TRUE(loginAndWait(connection, peer.url(), QStringLiteral("agent1")).ok);
    ContactSession session(&connection);
    ContactPanel panel(&session);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    QJsonObject contact = annsContact(61, QStringLiteral("chat"), { { QStringLiteral("identityTyped"), true } });
    session.active()->setContact(contact);
    auto *header = panel.findChild<QLabel *>(QStringLiteral("contactHeaderLabel"));
    ASSERT_NE(header, nullptr);
    EXPECT_TRUE(header->text().contains(QStringLiteral("Identity not checked"))) << qPrintable(header->text());

    contact.insert(QStringLiteral("id"), 62);
    contact.insert(QStringLiteral("channel"), QStringLiteral("phone"));
    contact.insert(QStringLiteral("identityTyped"), false);
    session.active()->setContact(contact);
    EXPECT_FALSE(header->text().contains(QStringLiteral("Identity not checked"))) << qPrintable(header->text());
}

// The review queue shows who owns an article and when it was last reviewed in full, not as
// "27 Feb 2026 09:4…" in a column of a fixed width.
TEST(ScriptedPanels, ReviewQueueShowsOwnersAndReviewDatesWhole)
{
    ScriptedPeer peer;
    Connection connection;
    ASSERT_TRUE(loginAndWait(connection, peer.url(), QStringLiteral("lead1")).ok);
    const auto article = [](qint64 id, const QString &title, const QString &ownerName, const QString &reviewed) {
        return QJsonObject { { QStringLiteral("id"), id },
                             { QStringLiteral("title"), title },
                             { QStringLiteral("status"), QStringLiteral("published") },
                             { QStringLiteral("owner"),
                               QJsonObject { { QStringLiteral("id"), id + 100 },
                                             { QStringLiteral("login"), QStringLiteral("expert%1").arg(id) },
                                             { QStringLiteral("name"), ownerName } } },
                             { QStringLiteral("lastReviewedAt"), reviewed },
                             { QStringLiteral("stale"), true },
                             { QStringLiteral("version"), 1 } };
    };
    peer.answer(QString::fromUtf16(op::KbReviewQueue),
                QJsonObject { { QStringLiteral("proposals"), QJsonArray {} },
                              { QStringLiteral("worst"), QJsonArray {} },
                              { QStringLiteral("stale"),
                                QJsonArray { article(1, QStringLiteral("Mouse: cursor jumps or lags"),
                                                     QStringLiteral("Dr. Katrin Vogel-Lindqvist"),
                                                     QStringLiteral("2026-02-27T09:45:12.000Z")),
                                             article(2, QStringLiteral("Router: no internet after setup"),
                                                     QStringLiteral("Marek Dvořák"),
                                                     QStringLiteral("2025-11-22T14:23:41.000Z")) } } });

    ReviewDialog dialog(&connection);
    dialog.resize(960, 640);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *stale = dialog.findChild<QTreeView *>(QStringLiteral("reviewStaleView"));
    ASSERT_NE(stale, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return stale->model()->rowCount() == 2; }, 5000));
    auto *tabs = dialog.findChild<QTabWidget *>();
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentWidget(stale);
    ASSERT_TRUE(QTest::qWaitFor([&] { return stale->isVisible(); }, 5000));
    QTest::qWait(50); // let the columns fit
    for (const int column : { int(ReviewQueueModel::WhoColumn), int(ReviewQueueModel::WhenColumn) }) {
        EXPECT_GE(stale->columnWidth(column), static_cast<QAbstractItemView *>(stale)->sizeHintForColumn(column))
            << "review queue column " << column << " is cut";
    }
}

// Two leads: lead1 reviewing their own proposal is told that lead2 publishes it, and the refusal says
// why. Publish stays enabled there, because were lead2 disabled, lead1 alone could publish it.
TEST(ScriptedPanels, ReviewQueueSaysAnotherLeadPublishesYourOwnProposal)
{
    ScriptedPeer peer;
    peer.user = QJsonObject { { QStringLiteral("id"), 5 },
                              { QStringLiteral("login"), QStringLiteral("lead1") },
                              { QStringLiteral("name"), QStringLiteral("Lena Lead") },
                              { QStringLiteral("role"), QStringLiteral("lead") } };
    Connection connection;
    ASSERT_TRUE(loginAndWait(connection, peer.url(), QStringLiteral("lead1")).ok);
    const auto proposal = [](qint64 id, qint64 authorId, const QString &login, const QString &name) {
        return QJsonObject { { QStringLiteral("article"),
                               QJsonObject { { QStringLiteral("id"), id },
                                             { QStringLiteral("title"), QStringLiteral("Article %1").arg(id) },
                                             { QStringLiteral("status"), QStringLiteral("in_review") },
                                             { QStringLiteral("version"), 1 } } },
                             { QStringLiteral("version"), 1 },
                             { QStringLiteral("author"),
                               QJsonObject { { QStringLiteral("id"), authorId },
                                             { QStringLiteral("login"), login },
                                             { QStringLiteral("name"), name } } },
                             { QStringLiteral("changeNote"), QStringLiteral("new") },
                             { QStringLiteral("at"), QStringLiteral("2026-12-07T09:00:00.000Z") } };
    };
    peer.answer(QString::fromUtf16(op::KbReviewQueue),
                QJsonObject { { QStringLiteral("proposals"),
                                QJsonArray { proposal(1, 6, QStringLiteral("lead2"), QStringLiteral("Leo Lead")),
                                             proposal(2, 5, QStringLiteral("lead1"), QStringLiteral("Lena Lead")) } },
                              { QStringLiteral("worst"), QJsonArray {} },
                              { QStringLiteral("stale"), QJsonArray {} } });
    peer.fail(QString::fromUtf16(op::KbReview), ErrorCode::Forbidden);

    ReviewDialog dialog(&connection);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *proposals = dialog.findChild<QTreeView *>(QStringLiteral("reviewProposalsView"));
    auto *publish = dialog.findChild<QPushButton *>(QStringLiteral("reviewPublishButton"));
    auto *own = dialog.findChild<QLabel *>(QStringLiteral("reviewOwnProposalLabel"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("reviewStatusLabel"));
    ASSERT_NE(proposals, nullptr);
    ASSERT_NE(publish, nullptr);
    ASSERT_NE(own, nullptr);
    ASSERT_NE(status, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return proposals->model()->rowCount() == 2; }, 5000));

    // lead2's proposal: lead1 publishes it as always.
    dialog.selectProposal(0);
    EXPECT_FALSE(own->isVisible());
    EXPECT_TRUE(publish->isEnabled());
    EXPECT_FALSE(publish->toolTip().contains(QStringLiteral("another lead")));

    // lead1's own: the dialog says so beside the button and in its tooltip.
    dialog.selectProposal(1);
    EXPECT_TRUE(own->isVisible());
    EXPECT_TRUE(own->text().contains(QStringLiteral("You wrote this version"))) << qPrintable(own->text());
    EXPECT_TRUE(publish->toolTip().contains(QStringLiteral("another lead"))) << qPrintable(publish->toolTip());
    EXPECT_TRUE(publish->isEnabled());

    // The coordinator refuses (lead2 is enabled): the refusal names the reason, not only "not allowed".
    QTest::mouseClick(publish, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return status->text().contains(QStringLiteral("Not published")); }, 5000))
        << qPrintable(status->text());
    EXPECT_TRUE(status->text().contains(QStringLiteral("another lead"))) << qPrintable(status->text());
}

// Copy puts on the clipboard what the reader shows: a pasted remote image would have the mail
// program of whoever reads the mail fetch it, and a path names a file on the agent's computer.
TEST(ScriptedPanels, CopiedArticleCarriesNoImageFromElsewhere)
{
    ScriptedPeer peer;
    Connection connection;
    ASSERT_TRUE(loginAndWait(connection, peer.url(), QStringLiteral("agent1")).ok);
    const QString dot = QStringLiteral("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4"
                                       "nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");
    peer.answer(QString::fromUtf16(op::KbGet),
                QJsonObject { { QStringLiteral("article"),
                                QJsonObject { { QStringLiteral("id"), 7 },
                                              { QStringLiteral("title"), QStringLiteral("Router: lights") },
                                              { QStringLiteral("body"),
                                                QStringLiteral("Look at the back.\n\n"
                                                               "![The back panel](https://cdn.example/back.png)\n\n"
                                                               "![A local copy](/home/agent1/back.png)\n\n"
                                                               "![Green light](%1)")
                                                    .arg(dot) },
                                              { QStringLiteral("status"), QStringLiteral("published") },
                                              { QStringLiteral("visibility"), QStringLiteral("public") },
                                              { QStringLiteral("version"), 1 } } } });

    ArticleReader reader(&connection);
    reader.show();
    reader.openArticle(7);
    ASSERT_TRUE(QTest::qWaitFor([&] { return reader.loader()->article().id == 7; }, 5000));
    auto *copy = reader.findChild<QAction *>(QStringLiteral("articleCopyAction"));
    ASSERT_NE(copy, nullptr);
    QApplication::clipboard()->clear();
    copy->trigger();

    const QMimeData *mime = QApplication::clipboard()->mimeData();
    ASSERT_NE(mime, nullptr);
    const QString html = mime->html();
    EXPECT_TRUE(html.contains(QStringLiteral("Look at the back."))) << qPrintable(html);
    EXPECT_FALSE(html.contains(QStringLiteral("cdn.example"))) << qPrintable(html);
    EXPECT_FALSE(html.contains(QStringLiteral("/home/agent1"))) << qPrintable(html);
    EXPECT_TRUE(html.contains(QStringLiteral("The back panel"))) << qPrintable(html);
    EXPECT_TRUE(html.contains(QStringLiteral("A local copy"))) << qPrintable(html);
    // The inline picture travels with the text, as the reader shows it.
    EXPECT_TRUE(html.contains(QStringLiteral("<img src=\"%1\" alt=\"Green light\"").arg(dot))) << qPrintable(html);
}

// A proposal on the published article being read leaves its text as it is, and the version the
// reader names is the one of that text, not the proposal's.
TEST(ScriptedPanels, ArticleReaderNamesTheLiveVersionWhileAProposalWaits)
{
    ScriptedPeer peer;
    Connection connection;
    ASSERT_TRUE(loginAndWait(connection, peer.url(), QStringLiteral("agent1")).ok);
    peer.answer(QString::fromUtf16(op::KbGet),
                QJsonObject { { QStringLiteral("article"),
                                QJsonObject { { QStringLiteral("id"), 7 },
                                              { QStringLiteral("title"), QStringLiteral("Router: lights") },
                                              { QStringLiteral("body"), QStringLiteral("Green is fine.") },
                                              { QStringLiteral("status"), QStringLiteral("published") },
                                              { QStringLiteral("visibility"), QStringLiteral("public") },
                                              { QStringLiteral("version"), 3 },
                                              { QStringLiteral("liveVersion"), 3 } } } });
    ArticleReader reader(&connection);
    // As the knowledge panel does: the "kb" events reach the open article.
    QObject::connect(&connection, &Connection::eventReceived, reader.loader(), &ArticleLoader::handleEvent);
    reader.show();
    reader.openArticle(7);
    auto *meta = reader.findChild<QLabel *>(QStringLiteral("articleMetaLabel"));
    ASSERT_NE(meta, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return meta->text().contains(QStringLiteral("version 3")); }, 5000))
        << qPrintable(meta->text());

    peer.publish(QStringLiteral("kb"), QString::fromUtf16(event::KbProposed),
                 QJsonObject { { QStringLiteral("id"), 7 },
                               { QStringLiteral("version"), 4 },
                               { QStringLiteral("title"), QStringLiteral("Router: lights (new)") } });
    ASSERT_TRUE(QTest::qWaitFor([&] { return reader.loader()->article().version == 4; }, 5000));
    EXPECT_TRUE(meta->text().contains(QStringLiteral("version 3"))) << qPrintable(meta->text());
    EXPECT_FALSE(meta->text().contains(QStringLiteral("version 4"))) << qPrintable(meta->text());
    auto *body = reader.findChild<QTextBrowser *>(QStringLiteral("articleBody"));
    ASSERT_NE(body, nullptr);
    EXPECT_TRUE(body->toPlainText().contains(QStringLiteral("Green is fine.")));
}

TEST(ScriptedPanels, ProposeEditDialogKeepsTheTextAndRefetchesOnAConflict)
{
    ScriptedPeer peer;
    Connection connection;
    ASSERT_TRUE(loginAndWait(connection, peer.url(), QStringLiteral("agent1")).ok);
    const QString proposeOp = QString::fromUtf16(op::KbPropose);
    const auto article = [](qint64 version) {
        return QJsonObject { { QStringLiteral("id"), 12 },
                             { QStringLiteral("title"), QStringLiteral("Router setup") },
                             { QStringLiteral("body"), QStringLiteral("Restart the router.") },
                             { QStringLiteral("status"), QStringLiteral("published") },
                             { QStringLiteral("version"), version },
                             { QStringLiteral("liveVersion"), 3 } };
    };
    // Someone else's proposal, version 4, is open: the first send is a conflict naming it.
    peer.fail(
        proposeOp, ErrorCode::VersionConflict,
        QJsonObject { { QStringLiteral("current"), 4 },
                      { QStringLiteral("openProposal"),
                        QJsonObject { { QStringLiteral("version"), 4 },
                                      { QStringLiteral("author"),
                                        QJsonObject { { QStringLiteral("login"), QStringLiteral("agent2") },
                                                      { QStringLiteral("name"), QStringLiteral("Bea Berg") } } } } } });
    peer.answer(proposeOp,
                QJsonObject { { QStringLiteral("article"), article(5) },
                              { QStringLiteral("proposal"),
                                QJsonObject { { QStringLiteral("version"), 5 },
                                              { QStringLiteral("status"), QStringLiteral("in_review") } } } });
    peer.answer(QString::fromUtf16(op::KbGet), QJsonObject { { QStringLiteral("article"), article(4) } });

    ProposeEditDialog dialog(&connection);
    dialog.setArticle(KnowledgeArticle::fromJson(article(3)));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("proposeBodyEdit"));
    auto *note = dialog.findChild<QLineEdit *>(QStringLiteral("proposeChangeNoteEdit"));
    ASSERT_TRUE(body && note);
    body->setPlainText(QStringLiteral("Restart the router, then the modem."));
    QTest::keyClicks(note, QStringLiteral("modem step"));
    ASSERT_TRUE(dialog.submitButton()->isEnabled());

    dialog.submitButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.errorMessage().isEmpty(); }, 5000));
    EXPECT_TRUE(dialog.errorMessage().contains(QStringLiteral("Bea Berg"))) << qPrintable(dialog.errorMessage());
    EXPECT_EQ(peer.requestsFor(QString::fromUtf16(op::KbGet)).size(), 1);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(body->toPlainText(), QStringLiteral("Restart the router, then the modem."));
    const QJsonObject first = peer.requestsFor(proposeOp).first().request.args;
    EXPECT_EQ(first.value(QStringLiteral("version")).toInteger(), 3);
    EXPECT_EQ(first.value(QStringLiteral("base")).toInteger(), 3);

    // Sent again: over the newest version, replacing the open proposal on purpose.
    QSignalSpy proposed(&dialog, &ProposeEditDialog::proposed);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.submitButton()->isEnabled(); }, 5000));
    dialog.submitButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return proposed.count() == 1; }, 5000));
    const QJsonObject second = peer.requestsFor(proposeOp).last().request.args;
    EXPECT_EQ(second.value(QStringLiteral("version")).toInteger(), 4);
    EXPECT_EQ(second.value(QStringLiteral("base")).toInteger(), 4);
    EXPECT_EQ(second.value(QStringLiteral("body")).toString(), QStringLiteral("Restart the router, then the modem."));
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
}
