// The article open in the reader follows kb.proposed: a new proposal on it exists.
#include "SessionTestSupport.h"

#include "core/Ops.h"
#include "models/ArticleLoader.h"

#include <QSignalSpy>

using namespace spocs;
using namespace spocs::test;

namespace {

QJsonObject article(qint64 id, const QString &status, qint64 version, qint64 live, const QString &title,
                    const QString &body)
{
    return { { QStringLiteral("article"),
               QJsonObject { { QStringLiteral("id"), id },
                             { QStringLiteral("title"), title },
                             { QStringLiteral("body"), body },
                             { QStringLiteral("visibility"), QStringLiteral("public") },
                             { QStringLiteral("status"), status },
                             { QStringLiteral("version"), version },
                             { QStringLiteral("liveVersion"), live } } } };
}

QJsonObject proposed(qint64 id, qint64 version, const QString &title)
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("version"), version }, { QStringLiteral("title"), title } };
}

class ArticleLoaderTest : public ScriptedSessionTest
{
protected:
    void SetUp() override
    {
        ScriptedSessionTest::SetUp();
        loader.setConnection(&connection);
        // As the knowledge panel does: the "kb" events reach the loader.
        QObject::connect(&connection, &Connection::eventReceived, &loader, &ArticleLoader::handleEvent);
    }

    void open(qint64 id, const QJsonObject &answer)
    {
        peer.forgetAnswers(getOp);
        peer.answer(getOp, answer);
        loader.open(id);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return loader.state() == ArticleLoader::State::Loaded && loader.articleId() == id; }, 5000));
    }

    void publishProposed(qint64 id, qint64 version, const QString &title)
    {
        peer.publish(kb::topic(), QString::fromUtf16(event::KbProposed), proposed(id, version, title));
        ++published;
    }

    // Every event published so far was handled, and whatever the loader asked in answer reached the
    // peer (a later request on the same socket is answered after it).
    bool settled()
    {
        if (!QTest::qWaitFor([&] { return connection.lastSeq() >= published; }, 5000))
            return false;
        bool answered = false;
        connection.request(QString::fromUtf16(op::PresenceList), {}, &loader, [&](const Reply &) { answered = true; });
        return QTest::qWaitFor([&] { return answered; }, 5000);
    }

    const QString getOp = QString::fromUtf16(op::KbGet);
    ArticleLoader loader;
    qint64 published = 0;
};

} // namespace

// A proposal on a published article stays out of what agents read until a lead publishes it:
// the reader keeps the live title and text and asks nothing (no view counted), and only the
// newest version moves, so an edit proposed next is checked against it.
TEST_F(ArticleLoaderTest, AProposalOnAPublishedArticleKeepsTheLiveTextAndMovesTheNewestVersion)
{
    ASSERT_NO_FATAL_FAILURE(open(12,
                                 article(12, QStringLiteral("published"), 3, 3, QStringLiteral("Router lights"),
                                         QStringLiteral("Green is fine."))));
    QSignalSpy changed(&loader, &ArticleLoader::articleChanged);

    publishProposed(12, 4, QStringLiteral("Router lights (new firmware)"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return changed.count() > 0; }, 5000));
    const KnowledgeArticle &a = loader.article();
    EXPECT_EQ(a.title, QStringLiteral("Router lights"));
    EXPECT_EQ(a.body, QStringLiteral("Green is fine."));
    EXPECT_EQ(a.status, QStringLiteral("published"));
    EXPECT_EQ(a.liveVersion, 3);
    EXPECT_EQ(a.version, 4);
    EXPECT_EQ(loader.state(), ArticleLoader::State::Loaded);
    ASSERT_TRUE(settled());
    EXPECT_EQ(sent(getOp), 1) << "a proposal on a published article is not fetched";

    // Another article's proposal changes nothing here.
    changed.clear();
    publishProposed(13, 9, QStringLiteral("Other"));
    ASSERT_TRUE(settled());
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(loader.article().version, 4);
    EXPECT_EQ(sent(getOp), 1);
}

// An article never published shows its newest proposal: the reader fetches it.
TEST_F(ArticleLoaderTest, AProposalOnAnUnpublishedArticleShowsTheNewText)
{
    ASSERT_NO_FATAL_FAILURE(open(20,
                                 article(20, QStringLiteral("in_review"), 1, 1, QStringLiteral("Parcel lockers"),
                                         QStringLiteral("Pick-up within 7 days."))));
    peer.forgetAnswers(getOp);
    peer.answer(getOp,
                article(20, QStringLiteral("in_review"), 2, 2, QStringLiteral("Parcel lockers"),
                        QStringLiteral("Pick-up within 10 days.")));

    publishProposed(20, 2, QStringLiteral("Parcel lockers"));
    ASSERT_TRUE(waitSent(getOp, 2));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return loader.state() == ArticleLoader::State::Loaded && loader.article().version == 2; }, 5000));
    EXPECT_EQ(loader.article().body, QStringLiteral("Pick-up within 10 days."));
    EXPECT_EQ(loader.article().liveVersion, 2);
    EXPECT_EQ(lastArgs(getOp).value(QStringLiteral("id")).toInteger(), 20);
}

// A proposal that arrives late (replayed after a reconnect, behind a newer one) does not move
// the newest version back.
TEST_F(ArticleLoaderTest, AnOlderProposalDoesNotMoveTheNewestVersionBack)
{
    ASSERT_NO_FATAL_FAILURE(open(12,
                                 article(12, QStringLiteral("published"), 5, 3, QStringLiteral("Router lights"),
                                         QStringLiteral("Green is fine."))));
    QSignalSpy changed(&loader, &ArticleLoader::articleChanged);
    publishProposed(12, 4, QStringLiteral("Router lights"));
    ASSERT_TRUE(settled());
    EXPECT_EQ(loader.article().version, 5);
    EXPECT_EQ(loader.article().liveVersion, 3);
    EXPECT_EQ(sent(getOp), 1);
}

// No article open: nothing to follow, nothing fetched.
TEST_F(ArticleLoaderTest, AProposalWithNoArticleOpenIsIgnored)
{
    QSignalSpy changed(&loader, &ArticleLoader::articleChanged);
    publishProposed(12, 4, QStringLiteral("Router lights"));
    ASSERT_TRUE(settled());
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(sent(getOp), 0);
    EXPECT_TRUE(loader.article().isEmpty());
}
