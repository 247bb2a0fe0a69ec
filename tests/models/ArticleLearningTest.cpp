#include "SessionTestSupport.h"

#include "core/Ops.h"
#include "models/ArticleLoader.h"

#include <QJsonArray>

using namespace spocs;
using namespace spocs::test;

namespace {

QJsonObject article(qint64 id)
{
    return { { QStringLiteral("article"),
               QJsonObject { { QStringLiteral("id"), id },
                             { QStringLiteral("title"), QStringLiteral("Can you do my homework?") },
                             { QStringLiteral("body"), QStringLiteral("No.") },
                             { QStringLiteral("visibility"), QStringLiteral("public") },
                             { QStringLiteral("status"), QStringLiteral("published") },
                             { QStringLiteral("version"), 1 } } } };
}

class ArticleLearningTest : public ScriptedSessionTest
{
protected:
    void open(ArticleLoader &loader, qint64 id, const QString &foundBy = {})
    {
        peer.forgetAnswers(getOp);
        peer.answer(getOp, article(id));
        loader.open(id, foundBy);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return loader.state() == ArticleLoader::State::Loaded && loader.articleId() == id; }, 5000));
    }

    const QString getOp = QString::fromUtf16(op::KbGet);
    const QString feedbackOp = QString::fromUtf16(op::KbFeedback);
    const QString sendOp = QString::fromUtf16(op::KbSend);
};

} // namespace

// The coordinator learns which words led agents to an article; the loader tells it.
TEST_F(ArticleLearningTest, FeedbackAndSendCarryTheSearchTheArticleWasOpenedFrom)
{
    ArticleLoader loader;
    loader.setConnection(&connection);
    ASSERT_NO_FATAL_FAILURE(open(loader, 12, QStringLiteral("  school assignment ")));
    peer.answer(feedbackOp, QJsonObject { { QStringLiteral("stats"), QJsonObject {} } });
    loader.sendFeedback(true, {}, &loader, [](const Result<QJsonObject> &) {});
    ASSERT_TRUE(waitSent(feedbackOp));
    EXPECT_EQ(lastArgs(feedbackOp).value(QStringLiteral("query")).toString(), QStringLiteral("school assignment"));
    peer.answer(sendOp, QJsonObject { { QStringLiteral("customer"), QStringLiteral("C-1003") } });
    loader.sendToCustomer(QStringLiteral("C-1003"), &loader, [](const Result<QJsonObject> &) {});
    ASSERT_TRUE(waitSent(sendOp));
    EXPECT_EQ(lastArgs(sendOp).value(QStringLiteral("query")).toString(), QStringLiteral("school assignment"));

    // Opened from a link in another article: no search to learn from.
    ASSERT_NO_FATAL_FAILURE(open(loader, 13));
    peer.answer(feedbackOp, QJsonObject { { QStringLiteral("stats"), QJsonObject {} } });
    loader.sendFeedback(false, QStringLiteral("outdated"), &loader, [](const Result<QJsonObject> &) {});
    ASSERT_TRUE(waitSent(feedbackOp, 2));
    EXPECT_FALSE(lastArgs(feedbackOp).contains(QStringLiteral("query")));
}
