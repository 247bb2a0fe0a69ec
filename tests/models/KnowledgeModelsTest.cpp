#include "core/Ops.h"
#include "models/ArticleLoader.h"
#include "models/ArticleVersionsModel.h"
#include "models/KnowledgeArticle.h"
#include "models/ReviewQueueModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace spocs;

namespace {

QJsonObject article(qint64 id, const QString &title, int helped = 0, int notHelped = 0, qint64 version = 1)
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("title"), title },
        { QStringLiteral("body"), QStringLiteral("## Steps\n\n1. Open *Settings*") },
        { QStringLiteral("tags"), QJsonArray { QStringLiteral("router"), QStringLiteral("wifi") } },
        { QStringLiteral("products"), QJsonArray { QStringLiteral("SKU-7") } },
        { QStringLiteral("language"), QStringLiteral("de") },
        { QStringLiteral("visibility"), QStringLiteral("internal") },
        { QStringLiteral("status"), QStringLiteral("published") },
        { QStringLiteral("owner"),
          QJsonObject { { QStringLiteral("id"), 9 },
                        { QStringLiteral("login"), QStringLiteral("expert1") },
                        { QStringLiteral("name"), QStringLiteral("Eva Expert") } } },
        { QStringLiteral("lastReviewedAt"), QStringLiteral("2024-01-02T03:04:05Z") },
        { QStringLiteral("stale"), true },
        { QStringLiteral("version"), version },
        { QStringLiteral("stats"),
          QJsonObject { { QStringLiteral("views"), 10 },
                        { QStringLiteral("sends"), 2 },
                        { QStringLiteral("helped"), helped },
                        { QStringLiteral("notHelped"), notHelped } } },
    };
}

QJsonObject proposal(qint64 id, const QString &title, qint64 version, const QString &note)
{
    return QJsonObject { { QStringLiteral("article"), article(id, title, 0, 0, version) },
                         { QStringLiteral("version"), version },
                         { QStringLiteral("author"),
                           QJsonObject { { QStringLiteral("login"), QStringLiteral("agent1") },
                                         { QStringLiteral("name"), QStringLiteral("Anna Agent") } } },
                         { QStringLiteral("changeNote"), note },
                         { QStringLiteral("at"), QStringLiteral("2024-05-06T07:08:09Z") } };
}

QJsonObject diffLine(const char *op, const QString &text)
{
    return QJsonObject { { QStringLiteral("op"), QString::fromLatin1(op) }, { QStringLiteral("text"), text } };
}

} // namespace

TEST(KnowledgeArticle, ParsesEveryContractField)
{
    const KnowledgeArticle a = KnowledgeArticle::fromJson(article(5, QStringLiteral("WLAN einrichten"), 3, 1, 4));
    EXPECT_EQ(a.id, 5);
    EXPECT_EQ(a.title, QStringLiteral("WLAN einrichten"));
    EXPECT_EQ(a.tags, (QStringList { QStringLiteral("router"), QStringLiteral("wifi") }));
    EXPECT_EQ(a.products, QStringList { QStringLiteral("SKU-7") });
    EXPECT_EQ(a.ownerLogin, QStringLiteral("expert1"));
    EXPECT_EQ(a.ownerName, QStringLiteral("Eva Expert"));
    EXPECT_EQ(a.lastReviewedAt, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC));
    EXPECT_TRUE(a.stale);
    EXPECT_EQ(a.version, 4);
    EXPECT_EQ(a.stats.views, 10);
    EXPECT_EQ(a.stats.helped, 3);
    EXPECT_EQ(a.stats.notHelped, 1);

    const KnowledgeArticle empty = KnowledgeArticle::fromJson(QJsonObject { { QStringLiteral("tags"), 7 } });
    EXPECT_TRUE(empty.isEmpty());
    EXPECT_TRUE(empty.tags.isEmpty());
    EXPECT_FALSE(empty.lastReviewedAt.isValid());
}

TEST(KnowledgeDiff, SideBySideLinesUpChangedRuns)
{
    const QJsonArray lines { diffLine(" ", QStringLiteral("same")),  diffLine("-", QStringLiteral("old 1")),
                             diffLine("-", QStringLiteral("old 2")), diffLine("+", QStringLiteral("new 1")),
                             diffLine(" ", QStringLiteral("tail")),  diffLine("+", QStringLiteral("appended")) };
    const SideBySideDiff d = SideBySideDiff::fromLines(lines);
    ASSERT_EQ(d.left.size(), d.right.size());
    ASSERT_EQ(d.left.size(), 5);
    EXPECT_EQ(d.removed, 2);
    EXPECT_EQ(d.added, 2);
    // Left: ' ' and '-' lines; right: ' ' and '+' lines; blanks keep them aligned.
    EXPECT_EQ(d.left[1].kind, DiffLine::Kind::Removed);
    EXPECT_EQ(d.right[1].text, QStringLiteral("new 1"));
    EXPECT_EQ(d.left[2].text, QStringLiteral("old 2"));
    EXPECT_EQ(d.right[2].kind, DiffLine::Kind::Blank);
    EXPECT_EQ(d.left[3].text, QStringLiteral("tail"));
    EXPECT_EQ(d.right[3].text, QStringLiteral("tail"));
    EXPECT_EQ(d.left[4].kind, DiffLine::Kind::Blank);
    EXPECT_EQ(d.right[4].text, QStringLiteral("appended"));
}

TEST(ReviewQueueModel, ProposalsPassModelTester)
{
    ReviewQueueModel model(ReviewQueueModel::Kind::Proposals);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QJsonObject queue {
        { QStringLiteral("proposals"),
          QJsonArray { proposal(1, QStringLiteral("Refunds"), 3, QStringLiteral("fix typo")),
                       proposal(2, QStringLiteral("Returns"), 1, QStringLiteral("new")) } },
        { QStringLiteral("worst"), QJsonArray { article(9, QStringLiteral("Bad")) } },
    };
    model.setFromAnswer(queue);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), int(ReviewQueueModel::ColumnCount));
    EXPECT_EQ(model.index(0, ReviewQueueModel::TitleColumn).data().toString(), QStringLiteral("Refunds"));
    EXPECT_EQ(model.index(0, ReviewQueueModel::DetailColumn).data().toString(), QStringLiteral("fix typo"));
    EXPECT_EQ(model.index(0, ReviewQueueModel::WhoColumn).data().toString(), QStringLiteral("Anna Agent"));
    EXPECT_FALSE(model.index(0, ReviewQueueModel::WhenColumn).data().toString().isEmpty());
    EXPECT_EQ(model.index(0, 0).data(ReviewQueueModel::VersionRole).toLongLong(), 3);
    EXPECT_EQ(model.index(1, 0).data(ReviewQueueModel::ArticleIdRole).toLongLong(), 2);
    EXPECT_EQ(model.itemAt(1).changeNote, QStringLiteral("new"));
    EXPECT_EQ(model.itemAt(7).article.id, 0);
    model.setFromAnswer({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(ReviewQueueModel, WorstAndStaleListsTakeTheirOwnKey)
{
    const QJsonObject queue {
        { QStringLiteral("proposals"), QJsonArray { proposal(1, QStringLiteral("P"), 2, QStringLiteral("n")) } },
        { QStringLiteral("worst"), QJsonArray { article(9, QStringLiteral("Bad"), 1, 7) } },
        { QStringLiteral("stale"),
          QJsonArray { article(4, QStringLiteral("Old")), article(5, QStringLiteral("Older")) } },
    };
    ReviewQueueModel worst(ReviewQueueModel::Kind::Worst);
    QAbstractItemModelTester worstTester(&worst, QAbstractItemModelTester::FailureReportingMode::Fatal);
    worst.setFromAnswer(queue);
    ASSERT_EQ(worst.rowCount(), 1);
    EXPECT_EQ(worst.index(0, ReviewQueueModel::TitleColumn).data().toString(), QStringLiteral("Bad"));
    EXPECT_TRUE(worst.index(0, ReviewQueueModel::DetailColumn).data().toString().contains(QLatin1Char('7')));
    EXPECT_EQ(worst.index(0, ReviewQueueModel::WhoColumn).data().toString(), QStringLiteral("Eva Expert"));

    ReviewQueueModel stale(ReviewQueueModel::Kind::Stale);
    QAbstractItemModelTester staleTester(&stale, QAbstractItemModelTester::FailureReportingMode::Fatal);
    stale.setFromAnswer(queue);
    ASSERT_EQ(stale.rowCount(), 2);
    EXPECT_EQ(stale.index(1, 0).data(ReviewQueueModel::ArticleIdRole).toLongLong(), 5);
    EXPECT_FALSE(stale.headerData(ReviewQueueModel::WhenColumn, Qt::Horizontal).toString().isEmpty());
    stale.clear();
    EXPECT_EQ(stale.rowCount(), 0);
}

TEST(ArticleVersionsModel, PassesModelTesterAndFindsPublishedBase)
{
    ArticleVersionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto version = [](qint64 v, const char *status, const QString &note) {
        return QJsonObject { { QStringLiteral("version"), v },
                             { QStringLiteral("author"),
                               QJsonObject { { QStringLiteral("login"), QStringLiteral("agent2") },
                                             { QStringLiteral("name"), QStringLiteral("Ben") } } },
                             { QStringLiteral("at"), QStringLiteral("2024-03-01T10:00:00Z") },
                             { QStringLiteral("changeNote"), note },
                             { QStringLiteral("status"), QString::fromLatin1(status) } };
    };
    model.setFromAnswer(QJsonObject {
        { QStringLiteral("versions"),
          QJsonArray { version(4, "in_review", QStringLiteral("typo")), version(3, "rejected", QStringLiteral("no")),
                       version(2, "published", QStringLiteral("update")),
                       version(1, "published", QStringLiteral("first")) } } });
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.index(0, ArticleVersionsModel::VersionColumn).data().toLongLong(), 4);
    EXPECT_EQ(model.index(0, ArticleVersionsModel::AuthorColumn).data().toString(), QStringLiteral("Ben"));
    EXPECT_EQ(model.index(2, ArticleVersionsModel::NoteColumn).data().toString(), QStringLiteral("update"));
    EXPECT_EQ(model.publishedBefore(4), 2);
    EXPECT_EQ(model.publishedBefore(1), 0);
    EXPECT_EQ(model.rowOfVersion(3), 1);
    EXPECT_EQ(model.rowOfVersion(9), -1);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(ArticleVersionsModel, ShowsEachStatusInWordsNotItsWireName)
{
    ArticleVersionsModel model;
    QJsonArray versions;
    const QStringList wire { QStringLiteral("superseded"),        QStringLiteral("rejected"),
                             QStringLiteral("changes_requested"), QStringLiteral("in_review"),
                             QStringLiteral("published"),         QStringLiteral("draft") };
    for (qsizetype i = 0; i < wire.size(); ++i) {
        versions.append(
            QJsonObject { { QStringLiteral("version"), wire.size() - i }, { QStringLiteral("status"), wire.at(i) } });
    }
    model.setFromAnswer(QJsonObject { { QStringLiteral("versions"), versions } });
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row, ArticleVersionsModel::StatusColumn).data().toString();
    EXPECT_EQ(
        shown,
        QStringList({ QStringLiteral("Superseded"), QStringLiteral("Rejected"), QStringLiteral("Changes requested"),
                      QStringLiteral("In review"), QStringLiteral("Published"), QStringLiteral("Draft") }));
    // The wire name stays available to the views that act on it.
    EXPECT_EQ(model.index(3, 0).data(ArticleVersionsModel::StatusRole).toString(), QStringLiteral("in_review"));
}

TEST(ArticleLoader, PublishedEventReplacesTheOpenArticle)
{
    ArticleLoader loader;
    loader.setArticle(QJsonObject { { QStringLiteral("article"), article(5, QStringLiteral("Old title")) } });
    ASSERT_EQ(loader.state(), ArticleLoader::State::Loaded);
    QSignalSpy changed(&loader, &ArticleLoader::articleChanged);

    protocol::Event other { 1, QStringLiteral("kb"), QString::fromUtf16(event::KbPublished),
                            QJsonObject { { QStringLiteral("article"), article(6, QStringLiteral("Other")) } } };
    EXPECT_FALSE(loader.handleEvent(other));
    EXPECT_EQ(changed.size(), 0);

    protocol::Event mine { 2, QStringLiteral("kb"), QString::fromUtf16(event::KbPublished),
                           QJsonObject {
                               { QStringLiteral("article"), article(5, QStringLiteral("New title"), 0, 0, 2) } } };
    EXPECT_TRUE(loader.handleEvent(mine));
    EXPECT_EQ(loader.article().title, QStringLiteral("New title"));
    EXPECT_EQ(loader.article().version, 2);

    protocol::Event archived { 3, QStringLiteral("kb"), QString::fromUtf16(event::KbArchived),
                               QJsonObject { { QStringLiteral("id"), 5 } } };
    EXPECT_TRUE(loader.handleEvent(archived));
    EXPECT_EQ(loader.article().status, QStringLiteral("archived"));

    loader.setStats(QJsonObject { { QStringLiteral("helped"), 11 } });
    EXPECT_EQ(loader.article().stats.helped, 11);
    loader.close();
    EXPECT_EQ(loader.state(), ArticleLoader::State::Empty);
    EXPECT_FALSE(loader.handleEvent(archived));
}

TEST(ArticleLoader, OpenWithoutConnectionFailsWithUnavailable)
{
    ArticleLoader loader;
    QSignalSpy failed(&loader, &ArticleLoader::loadFailed);
    loader.open(12);
    EXPECT_EQ(loader.state(), ArticleLoader::State::Failed);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(loader.lastError().code, ErrorCode::Unavailable);
}
