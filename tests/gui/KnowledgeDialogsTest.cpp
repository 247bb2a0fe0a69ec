// The knowledge dialogs from the keyboard, without a coordinator: the letters of Propose Edit's pages
// take the focus into them; the feedback comment is sent with Ctrl+Return; the review queue fits its screen.
#include "support/WidgetLookup.h"

#include "client/Connection.h"
#include "widgets/FeedbackDialog.h"
#include "widgets/ProposeEditDialog.h"
#include "widgets/ReviewDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScreen>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace spocs;
using spocs::test::child;

TEST(ProposeEditDialogKeys, AltTAndAltWTakeTheFocusIntoTheTextAndThePreview)
{
    ProposeEditDialog dialog(nullptr);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto *title = child<QLineEdit>(dialog, "proposeTitleEdit");
    auto *body = child<QPlainTextEdit>(dialog, "proposeBodyEdit");
    auto *preview = child<QTextBrowser>(dialog, "proposePreview");
    ASSERT_TRUE(title && body && preview);
    title->setFocus();

    // The text page is already shown: Alt+T still takes the focus there, so the text is typed
    // into the article, not into its title.
    QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return body->hasFocus(); }, 5000));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Steps"));
    EXPECT_EQ(body->toPlainText(), QStringLiteral("Steps"));
    EXPECT_TRUE(title->text().isEmpty());

    QTest::keyClick(&dialog, Qt::Key_W, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return preview->hasFocus(); }, 5000)) << "Alt+W did not reach the preview";
}

TEST(FeedbackDialogKeys, CtrlReturnSendsTheCommentEnterStartsANewLine)
{
    FeedbackDialog dialog(QStringLiteral("Cancelling an order before it ships"));
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto *comment = child<QPlainTextEdit>(dialog, "feedbackCommentEdit");
    ASSERT_NE(comment, nullptr);
    comment->setFocus();
    QTest::keyClicks(comment, QStringLiteral("Card refunds"));
    QTest::keyClick(comment, Qt::Key_Return);
    QTest::keyClicks(comment, QStringLiteral("are missing"));
    EXPECT_TRUE(dialog.isVisible());
    QTest::keyClick(comment, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
    EXPECT_EQ(dialog.comment(), QStringLiteral("Card refunds\nare missing"));
}

// The review queue opens within the room its screen has, not at 980x700 past the edges of a small screen (the
// offscreen one is 800x600).
TEST(ReviewDialogSize, OpensWithinTheScreensAvailableArea)
{
    Connection connection;
    ReviewDialog dialog(&connection);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    const QRect room = dialog.screen()->availableGeometry();
    EXPECT_LE(dialog.frameGeometry().width(), room.width());
    EXPECT_LE(dialog.frameGeometry().height(), room.height());
}
