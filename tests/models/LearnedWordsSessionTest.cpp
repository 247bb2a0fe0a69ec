#include "SessionTestSupport.h"

#include "core/Ops.h"
#include "models/LearnedWordsModel.h"
#include "models/LearnedWordsSession.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>

using namespace spocs;
using namespace spocs::test;

namespace {

QJsonObject word(const QString &w, qint64 helped, qint64 notHelped)
{
    return { { QStringLiteral("word"), w },
             { QStringLiteral("helped"), helped },
             { QStringLiteral("notHelped"), notHelped } };
}

QJsonObject shownAs(QJsonObject word, const QString &shown)
{
    word.insert(QStringLiteral("shown"), shown);
    return word;
}

QJsonObject learned(qint64 id, const QJsonArray &words)
{
    return { { QStringLiteral("articleId"), id }, { QStringLiteral("words"), words } };
}

class LearnedWordsSessionTest : public ScriptedSessionTest
{
protected:
    void SetUp() override
    {
        ScriptedSessionTest::SetUp();
        session.setConnection(&connection);
    }

    QStringList words() const
    {
        QStringList out;
        for (int row = 0; row < session.model()->rowCount(); ++row)
            out.append(session.model()->wordAt(row).word);
        return out;
    }

    const QString learnedOp = QString::fromUtf16(op::KbLearned);
    const QString forgetOp = QString::fromUtf16(op::KbLearnedForget);
    LearnedWordsSession session;
    QAbstractItemModelTester tester { session.model(), QAbstractItemModelTester::FailureReportingMode::Fatal };
};

} // namespace

TEST_F(LearnedWordsSessionTest, LoadsAnArticlesWordsAndForgetsOneThenAll)
{
    peer.answer(learnedOp,
                learned(12,
                        { word(QStringLiteral("consignment"), 3, 0),
                          shownAs(word(QStringLiteral("refun"), 1, 1), QStringLiteral("refunds")) }));
    QSignalSpy loaded(&session, &LearnedWordsSession::loaded);
    session.load(12);
    EXPECT_TRUE(session.isBusy());
    ASSERT_TRUE(loaded.wait(5000));
    EXPECT_FALSE(session.isBusy());
    EXPECT_EQ(lastArgs(learnedOp).value(QStringLiteral("articleId")).toInteger(), 12);
    EXPECT_EQ(words(), (QStringList { QStringLiteral("consignment"), QStringLiteral("refun") }));
    const QAbstractItemModel *model = session.model();
    EXPECT_EQ(model->columnCount(), int(LearnedWordsModel::ColumnCount));
    EXPECT_EQ(model->index(0, LearnedWordsModel::HelpedColumn).data().toLongLong(), 3);
    EXPECT_EQ(model->index(1, LearnedWordsModel::NotHelpedColumn).data().toLongLong(), 1);
    EXPECT_EQ(model->index(1, 0).data(LearnedWordsModel::WordRole).toString(), QStringLiteral("refun"));
    EXPECT_EQ(model->index(1, 0).data().toString(), QStringLiteral("refunds")) << "the list reads as typed";
    EXPECT_EQ(model->index(0, 0).data().toString(), QStringLiteral("consignment")) << "without a typed form: the key";

    // One word: the coordinator answers with the rest, which the model shows.
    QSignalSpy forgotten(&session, &LearnedWordsSession::forgotten);
    peer.answer(forgetOp,
                QJsonObject { { QStringLiteral("articleId"), 12 },
                              { QStringLiteral("words"), QJsonArray { word(QStringLiteral("consignment"), 3, 0) } },
                              { QStringLiteral("forgotten"), 1 } });
    session.forget(QStringLiteral("refun"));
    ASSERT_TRUE(forgotten.wait(5000));
    const QJsonObject one = lastArgs(forgetOp);
    EXPECT_EQ(one.value(QStringLiteral("articleId")).toInteger(), 12);
    EXPECT_EQ(one.value(QStringLiteral("word")).toString(), QStringLiteral("refun"));
    EXPECT_FALSE(one.value(QStringLiteral("cid")).toString().isEmpty()) << "a write, applied once";
    EXPECT_EQ(forgotten.at(0).at(0).toString(), QStringLiteral("refun"));
    EXPECT_EQ(forgotten.at(0).at(1).toInt(), 1);
    EXPECT_EQ(words(), QStringList { QStringLiteral("consignment") });

    // All: no word at all, never an empty one.
    peer.forgetAnswers(forgetOp);
    peer.answer(forgetOp,
                QJsonObject { { QStringLiteral("articleId"), 12 },
                              { QStringLiteral("words"), QJsonArray {} },
                              { QStringLiteral("forgotten"), 1 } });
    session.forgetAll();
    ASSERT_TRUE(forgotten.wait(5000));
    EXPECT_FALSE(lastArgs(forgetOp).contains(QStringLiteral("word")));
    EXPECT_TRUE(forgotten.at(1).at(0).toString().isEmpty());
    EXPECT_EQ(session.model()->rowCount(), 0);

    session.forget(QString());
    QTest::qWait(50);
    EXPECT_EQ(sent(forgetOp), 2) << "an empty word is not sent";
}

TEST_F(LearnedWordsSessionTest, AnAnswerForAnArticleNoLongerShownIsDropped)
{
    peer.onRequest = [](const protocol::Request &req) -> std::optional<protocol::Response> {
        const qint64 id = req.args.value(QStringLiteral("articleId")).toInteger();
        return protocol::okResponse(
            req.id, learned(id, { word(id == 12 ? QStringLiteral("twelve") : QStringLiteral("thirteen"), 1, 0) }));
    };
    QSignalSpy loaded(&session, &LearnedWordsSession::loaded);
    session.load(12);
    session.load(13);
    ASSERT_TRUE(loaded.wait(5000));
    QTest::qWait(50);
    EXPECT_EQ(loaded.count(), 1);
    EXPECT_EQ(session.articleId(), 13);
    EXPECT_EQ(words(), QStringList { QStringLiteral("thirteen") });

    // Closing the article drops what is on its way and forgets nothing.
    session.load(12);
    session.clear();
    QTest::qWait(100);
    EXPECT_EQ(session.model()->rowCount(), 0);
    EXPECT_FALSE(session.isBusy());
    session.forgetAll();
    QTest::qWait(50);
    EXPECT_EQ(sent(forgetOp), 0);
}

TEST_F(LearnedWordsSessionTest, ARefusalIsReportedAndTheListStays)
{
    peer.answer(learnedOp, learned(12, { word(QStringLiteral("consignment"), 3, 0) }));
    QSignalSpy loaded(&session, &LearnedWordsSession::loaded);
    session.load(12);
    ASSERT_TRUE(loaded.wait(5000));
    peer.fail(forgetOp, ErrorCode::Forbidden);
    QSignalSpy failed(&session, &LearnedWordsSession::failed);
    QSignalSpy forgotten(&session, &LearnedWordsSession::forgotten);
    session.forget(QStringLiteral("consignment"));
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.at(0).at(0).value<Error>().code, ErrorCode::Forbidden);
    EXPECT_EQ(forgotten.count(), 0);
    EXPECT_FALSE(session.isBusy());
    EXPECT_EQ(words(), QStringList { QStringLiteral("consignment") });
}
