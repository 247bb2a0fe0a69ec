// "Searches that found this" under the article a lead reads, against the scripted peer: the lead
// sees the words agents' searches taught it and forgets one with Delete and all after a question;
// an agent never sees the section and never asks for it.
#include "GuiTestSupport.h"
#include "support/ClientHelpers.h"
#include "support/ScriptedPeer.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/LearnedWordsModel.h"
#include "models/LearnedWordsSession.h"
#include "widgets/ArticleReader.h"
#include "widgets/LearnedWordsView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::test;

namespace {

const QString kGet = QString::fromUtf16(op::KbGet);
const QString kLearned = QString::fromUtf16(op::KbLearned);
const QString kForget = QString::fromUtf16(op::KbLearnedForget);

QJsonObject word(const QString &w, qint64 helped, qint64 notHelped)
{
    return { { QStringLiteral("word"), w },
             { QStringLiteral("helped"), helped },
             { QStringLiteral("notHelped"), notHelped } };
}

QJsonObject words(const QJsonArray &list, int forgotten = -1)
{
    QJsonObject out { { QStringLiteral("articleId"), 12 }, { QStringLiteral("words"), list } };
    if (forgotten >= 0)
        out.insert(QStringLiteral("forgotten"), forgotten);
    return out;
}

class LearnedWordsViewTest : public ::testing::Test
{
protected:
    void signIn(const QString &login, const QString &role)
    {
        peer.user.insert(QStringLiteral("login"), login);
        peer.user.insert(QStringLiteral("role"), role);
        ASSERT_TRUE(loginAndWait(connection, peer.url(), login).ok);
        peer.answer(kGet,
                    QJsonObject { { QStringLiteral("article"),
                                    QJsonObject { { QStringLiteral("id"), 12 },
                                                  { QStringLiteral("title"), QStringLiteral("Where is my parcel?") },
                                                  { QStringLiteral("body"), QStringLiteral("Use the tracking link.") },
                                                  { QStringLiteral("visibility"), QStringLiteral("public") },
                                                  { QStringLiteral("status"), QStringLiteral("published") },
                                                  { QStringLiteral("version"), 1 } } } });
    }

    void openArticle(ArticleReader &reader)
    {
        reader.resize(420, 640);
        reader.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&reader));
        reader.openArticle(12, QStringLiteral("consignment whereabouts"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return peer.requestsFor(kGet).size() == 1; }, 5000));
    }

    ScriptedPeer peer;
    Connection connection;
};

} // namespace

TEST_F(LearnedWordsViewTest, ALeadSeesTheSearchesThatFoundAnArticleAndForgetsAWord)
{
    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("lead1"), QStringLiteral("lead")));
    peer.answer(kLearned,
                words({ word(QStringLiteral("consignment"), 3, 0), word(QStringLiteral("whereabout"), 2, 0),
                        word(QStringLiteral("voucher"), 1, 1) }));
    ArticleReader reader(&connection);
    ASSERT_NO_FATAL_FAILURE(openArticle(reader));
    auto *view = child<LearnedWordsView>(reader, "learnedWordsView");
    auto *list = child<QTreeView>(reader, "learnedWordsList");
    ASSERT_TRUE(view && list);
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->isVisible() && list->model()->rowCount() == 3; }, 5000));
    EXPECT_TRUE(view->isVisible());
    EXPECT_EQ(peer.requestsFor(kLearned).last().request.args.value(QStringLiteral("articleId")).toInteger(), 12);
    EXPECT_EQ(list->model()->index(0, LearnedWordsModel::WordColumn).data().toString(), QStringLiteral("consignment"));
    EXPECT_EQ(list->model()->index(0, LearnedWordsModel::HelpedColumn).data().toLongLong(), 3);
    EXPECT_EQ(list->model()->index(2, LearnedWordsModel::NotHelpedColumn).data().toLongLong(), 1);
    screenshot(&reader, QStringLiteral("learned-words"));

    // By keyboard: into the list, down to "voucher", Delete.
    auto *forgetButton = child<QPushButton>(reader, "learnedWordsForgetButton");
    ASSERT_TRUE(forgetButton);
    EXPECT_FALSE(forgetButton->isEnabled()) << "no word chosen yet";
    reader.activateWindow();
    list->setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->currentIndex().isValid(); }, 2000));
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Down);
    ASSERT_EQ(list->currentIndex().row(), 2);
    EXPECT_TRUE(forgetButton->isEnabled());
    peer.answer(kForget,
                words({ word(QStringLiteral("consignment"), 3, 0), word(QStringLiteral("whereabout"), 2, 0) }, 1));
    QTest::keyClick(list, Qt::Key_Delete);
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->model()->rowCount() == 2; }, 5000));
    ASSERT_EQ(peer.requestsFor(kForget).size(), 1);
    const QJsonObject args = peer.requestsFor(kForget).last().request.args;
    EXPECT_EQ(args.value(QStringLiteral("articleId")).toInteger(), 12);
    EXPECT_EQ(args.value(QStringLiteral("word")).toString(), QStringLiteral("voucher"));
    EXPECT_EQ(list->currentIndex().row(), 1) << "the next word takes its place, for the next Delete";

    // All of them, only once the lead confirms.
    peer.forgetAnswers(kForget);
    peer.answer(kForget, words({}, 2));
    QTest::keyClick(list, Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
    QMessageBox *question = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (question = reader.findChild<QMessageBox *>(QStringLiteral("learnedWordsForgetAllQuestion"))); },
        2000));
    EXPECT_TRUE(question->text().contains(QStringLiteral("Where is my parcel?"))) << qPrintable(question->text());
    EXPECT_EQ(peer.requestsFor(kForget).size(), 1) << "nothing is forgotten before the lead confirms";
    auto *confirm = child<QPushButton>(question, "learnedWordsConfirmForgetAllButton");
    ASSERT_TRUE(confirm);
    confirm->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return peer.requestsFor(kForget).size() == 2; }, 5000));
    EXPECT_FALSE(peer.requestsFor(kForget).last().request.args.contains(QStringLiteral("word")));
    auto *empty = child<QLabel>(reader, "learnedWordsEmpty");
    ASSERT_TRUE(empty);
    ASSERT_TRUE(QTest::qWaitFor([&] { return empty->isVisible(); }, 5000));
    EXPECT_FALSE(list->isVisible());
}

TEST_F(LearnedWordsViewTest, AnAgentNeverSeesWhatTheSearchLearned)
{
    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("agent1"), QStringLiteral("agent")));
    ArticleReader reader(&connection);
    ASSERT_NO_FATAL_FAILURE(openArticle(reader));
    auto *title = child<QLabel>(reader, "articleTitleLabel");
    ASSERT_TRUE(title);
    ASSERT_TRUE(QTest::qWaitFor([&] { return title->text() == QStringLiteral("Where is my parcel?"); }, 5000));
    auto *view = child<LearnedWordsView>(reader, "learnedWordsView");
    ASSERT_TRUE(view);
    EXPECT_FALSE(view->isVisible());
    QTest::qWait(100);
    EXPECT_TRUE(peer.requestsFor(kLearned).isEmpty());
}
