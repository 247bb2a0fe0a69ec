#include "support/WidgetLookup.h"

#include "client/Connection.h"
#include "models/ConsultChatModel.h"
#include "models/ConsultSession.h"
#include "models/ExpertDirectoryModel.h"
#include "widgets/ConsultChatView.h"
#include "widgets/ConsultPanel.h"
#include "widgets/TransferDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetrics>
#include <QJsonArray>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

// The consult panel's parts on their own, without a coordinator: how they lay out and take the keys.

using namespace spocs;
using spocs::test::child;

// In the narrow dock an expert's line ("Dr. Katrin Vogel — On a contact · load 2 · level 5") ends in "…" rather
// than scrolling the list sideways; the scroll bar took the room of one of the few rows.
TEST(ConsultPanelWidgets, ALongExpertLineIsElidedNotScrolled)
{
    Connection connection;
    ConsultPanel panel(&connection);
    const auto expert = [](qint64 id, const char *name) {
        return QJsonObject { { QStringLiteral("user"),
                               QJsonObject { { QStringLiteral("id"), id },
                                             { QStringLiteral("login"), QStringLiteral("expert%1").arg(id) },
                                             { QStringLiteral("name"), QString::fromUtf8(name) } } },
                             { QStringLiteral("state"), QStringLiteral("on_contact") },
                             { QStringLiteral("load"), 2 },
                             { QStringLiteral("level"), 5 } };
    };
    panel.session()->experts()->setExperts(
        { expert(1, "Dr. Katrin Vogel-Oberhuber-Schmidt"), expert(2, "Aylin Demir") });
    panel.resize(340, 760);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    auto *list = child<QListView>(panel, "consultExpertList");
    QCoreApplication::processEvents();
    EXPECT_FALSE(list->horizontalScrollBar()->isVisible());
    for (int row = 0; row < list->model()->rowCount(); ++row)
        EXPECT_LE(list->visualRect(list->model()->index(row, 0)).right(), list->viewport()->rect().right()) << row;
}

TEST(ConsultPanelWidgets, ForwardDialogOffersForwardOnlyReasonsWithTheirTarget)
{
    TransferDialog dialog(TransferDialog::Mode::Forward);
    QSignalSpy forwarded(&dialog, &TransferDialog::forwardRequested);
    dialog.setReasons(
        QJsonArray { QJsonObject { { QStringLiteral("code"), QStringLiteral("press") },
                                   { QStringLiteral("label"), QStringLiteral("Press enquiry") } },
                     QJsonObject { { QStringLiteral("code"), QStringLiteral("investor.relations") },
                                   { QStringLiteral("label"), QStringLiteral("Investor relations") },
                                   { QStringLiteral("forwardTo"),
                                     QJsonObject { { QStringLiteral("id"), 30 },
                                                   { QStringLiteral("login"), QStringLiteral("lead1") },
                                                   { QStringLiteral("name"), QStringLiteral("Lena Lead") } } } } },
        QStringLiteral("investor.relations"));
    ASSERT_EQ(child<QComboBox>(dialog, "forwardReasonBox")->count(), 2);
    EXPECT_EQ(dialog.reason(), QStringLiteral("investor.relations"));
    EXPECT_EQ(child<QComboBox>(dialog, "forwardReasonBox")->currentText(),
              QStringLiteral("Investor relations → Lena Lead"));
    child<QPlainTextEdit>(dialog, "transferNoteEdit")->setPlainText(QStringLiteral("Asks about the dividend"));
    dialog.accept();
    ASSERT_EQ(forwarded.count(), 1);
    EXPECT_EQ(forwarded.first().at(0).toString(), QStringLiteral("investor.relations"));
    EXPECT_EQ(forwarded.first().at(1).toString(), QStringLiteral("Asks about the dividend"));

    // Cold transfer: people on a break or offline are listed but cannot be picked.
    TransferDialog cold(TransferDialog::Mode::Cold);
    auto row = [](qint64 id, const char *login, const char *state) {
        return QJsonObject { { QStringLiteral("user"),
                               QJsonObject { { QStringLiteral("id"), id },
                                             { QStringLiteral("login"), QString::fromLatin1(login) } } },
                             { QStringLiteral("state"), QString::fromLatin1(state) } };
    };
    cold.setTargets({ row(5, "agent5", "break"), row(6, "agent6", "available") }, 5);
    EXPECT_EQ(cold.target(), 6) << "the break one is skipped";
    child<QComboBox>(cold, "transferTargetBox")->setCurrentIndex(0);
    EXPECT_EQ(cold.target(), 0);
    EXPECT_FALSE(cold.findChild<QPushButton *>(QStringLiteral("transferOkButton"))->isEnabled());
}

// The warm transfer to the consulted expert opens with the expert chosen: the agent types the
// note at once (the keys went to the expert list, and Enter then did nothing).
TEST(ConsultPanelWidgets, TransferDialogWithTheTargetChosenTakesTheNoteFirst)
{
    TransferDialog dialog(TransferDialog::Mode::Warm);
    const QJsonObject expert { { QStringLiteral("user"),
                                 QJsonObject { { QStringLiteral("id"), 7 },
                                               { QStringLiteral("login"), QStringLiteral("expert1") } } },
                               { QStringLiteral("state"), QStringLiteral("available") } };
    dialog.setTargets({ expert }, 7);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto *note = child<QPlainTextEdit>(dialog, "transferNoteEdit");
    ASSERT_EQ(QApplication::focusWidget(), note);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Refund the second payment"));
    EXPECT_EQ(note->toPlainText(), QStringLiteral("Refund the second payment"));
    EXPECT_EQ(dialog.target(), 7);
    EXPECT_TRUE(dialog.findChild<QPushButton *>(QStringLiteral("transferOkButton"))->isEnabled());

    // Nobody chosen yet: the list comes first.
    TransferDialog cold(TransferDialog::Mode::Cold);
    cold.setTargets({ expert });
    cold.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&cold));
    EXPECT_EQ(QApplication::focusWidget(), child<QComboBox>(cold, "transferTargetBox"));
}

// A notice is drawn in italics, which run wider: its bubble is as tall as the italic text wraps at
// any width ("Dr. Katrin Vogel hat die Rückfrage angenommen." lost its last word in the dock).
TEST(ConsultPanelWidgets, ANoticeBubbleHoldsItsItalicTextAtEveryWidth)
{
    const QString text = QStringLiteral("Dr. Katrin Vogel hat die Rückfrage angenommen.");
    QStandardItemModel model;
    auto *notice = new QStandardItem;
    notice->setData(QVariant::fromValue(ConsultChatModel::Kind::Notice), ConsultChatModel::KindRole);
    notice->setData(text, ConsultChatModel::BodyRole);
    notice->setData(QDateTime::currentDateTimeUtc(), ConsultChatModel::AtRole);
    model.appendRow(notice);
    ConsultChatView view;
    view.setModel(&model);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    // The delegate's measures: 6 px around a bubble, 8 inside, the time above in a 0.85 font.
    QFont italic = view.font();
    italic.setItalic(true);
    QFont small = view.font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    const int header = QFontMetrics(small).height() + 2;
    for (int width = 160; width <= 480; width += 4) {
        view.resize(width, 300);
        QCoreApplication::processEvents();
        const int inner = view.viewport()->width() - 2 * 6 - 2 * 8;
        const int body = QFontMetrics(italic).boundingRect(QRect(0, 0, inner, 100000), Qt::TextWordWrap, text).height();
        EXPECT_GE(view.sizeHintForRow(0), header + body + 2 * 8 + 6) << "at " << width << " px the text is cut";
    }
}
