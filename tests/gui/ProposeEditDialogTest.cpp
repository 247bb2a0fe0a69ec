// The Propose Edit dialog from the keyboard, without a coordinator: the letters of its pages take
// the focus into them.
#include "support/WidgetLookup.h"

#include "widgets/ProposeEditDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
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
