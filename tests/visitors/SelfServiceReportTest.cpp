#include "VisitorFixture.h"

#include <QDate>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace spocs::test {
namespace {

using SelfServiceReportTest = VisitorFixture;

// How often the coordinator recorded that `article` helped since `from` (a read-only look; WAL allows it).
qint64 helpedSince(const QString &dbPath, qint64 article, const QDate &from)
{
    const QString name = QUuid::createUuid().toString();
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        QSqlQuery q(db);
        if (db.open()
            && q.prepare(QStringLiteral("SELECT COUNT(*) FROM faq_self_service WHERE article_id = ? AND at >= ?"))) {
            q.addBindValue(article);
            q.addBindValue(from.toString(Qt::ISODate));
            if (q.exec() && q.next())
                count = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

// The lead's report counts the questions the public FAQ answered without a contact, and names
// the articles that answered most.
TEST_F(SelfServiceReportTest, TheLeadsReportCountsFaqAnswersAndTheirArticles)
{
    Connection lead;
    ASSERT_TRUE(loginAndWait(lead, m_coordinator.url(), QStringLiteral("lead1")).ok);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto selfService = [&] {
        const Reply r = call(lead, QStringLiteral("report.get"),
                             { { QStringLiteral("from"), today.addDays(-1).toString(Qt::ISODate) },
                               { QStringLiteral("to"), today.toString(Qt::ISODate) } });
        EXPECT_TRUE(r.ok) << qPrintable(errorName(r));
        return r.data.value(QStringLiteral("selfService")).toObject();
    };
    const qint64 before = selfService().value(QStringLiteral("helped")).toInteger();

    auto peer = visitor();
    auto secondVisitor = visitor();
    auto thirdVisitor = visitor();
    ASSERT_TRUE(peer && secondVisitor && thirdVisitor);
    const QJsonArray items
        = dataOf(peer->request(QStringLiteral("faq.search"), { { QStringLiteral("q"), QStringLiteral("invoice") } }))
              .value(QStringLiteral("items"))
              .toArray();
    ASSERT_GE(items.size(), 2);
    const qint64 first = items.at(0).toObject().value(QStringLiteral("id")).toInteger();
    const qint64 second = items.at(1).toObject().value(QStringLiteral("id")).toInteger();
    // One visitor counts once per article: peer's second and third "first" are answered, not counted.
    for (VisitorPeer *who : { peer.get(), peer.get(), secondVisitor.get(), peer.get() })
        ASSERT_TRUE(
            who->request(QStringLiteral("faq.helped"),
                         { { QStringLiteral("id"), first }, { QStringLiteral("q"), QStringLiteral("invoice") } })
                .value(QStringLiteral("ok"))
                .toBool());
    ASSERT_TRUE(peer->request(QStringLiteral("faq.helped"),
                              { { QStringLiteral("id"), second }, { QStringLiteral("q"), QStringLiteral("invoice") } })
                    .value(QStringLiteral("ok"))
                    .toBool());
    // The query is optional: without it the answer still counts (it once failed as a storage error).
    const QJsonObject withoutQuery
        = thirdVisitor->request(QStringLiteral("faq.helped"), { { QStringLiteral("id"), first } });
    ASSERT_TRUE(withoutQuery.value(QStringLiteral("ok")).toBool()) << qPrintable(VisitorPeer::errorCode(withoutQuery));

    const QJsonObject after = selfService();
    EXPECT_EQ(after.value(QStringLiteral("helped")).toInteger(), before + 4);
    const double share = after.value(QStringLiteral("share")).toDouble();
    EXPECT_GT(share, 0.0);
    EXPECT_LE(share, 1.0);
    const QJsonArray top = after.value(QStringLiteral("topArticles")).toArray();
    ASSERT_FALSE(top.isEmpty());
    EXPECT_EQ(top.at(0).toObject().value(QStringLiteral("articleId")).toInteger(), first);
    EXPECT_GE(top.at(0).toObject().value(QStringLiteral("count")).toInteger(), 3);
    EXPECT_EQ(top.at(0).toObject().value(QStringLiteral("title")).toString(),
              items.at(0).toObject().value(QStringLiteral("title")).toString());
    // The second article is named too, unless five others helped at least as often: the demo data's answers
    // of the day before fill the list on some days.
    bool secondListed = false;
    for (const QJsonValue &row : top)
        secondListed = secondListed || row.toObject().value(QStringLiteral("articleId")).toInteger() == second;
    if (!secondListed) {
        ASSERT_EQ(top.size(), 5);
        EXPECT_GE(top.last().toObject().value(QStringLiteral("count")).toInteger(),
                  helpedSince(m_coordinator.dbPath(), second, today.addDays(-1)));
    }
}

// A visitor's repeated "helped" does not inflate the report, and an address is limited per hour.
class FaqHelpedLimitTest : public VisitorFixture
{
protected:
    QStringList extraArgs() override
    {
        const QString path = m_dir.filePath(QStringLiteral("coordinator.ini"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write("[web]\nactions_per_address_per_hour=3\n");
        return { QStringLiteral("--config"), path };
    }

    QTemporaryDir m_dir;
};

TEST_F(FaqHelpedLimitTest, FaqHelpedCountsOncePerVisitorAndArticle)
{
    Connection lead;
    ASSERT_TRUE(loginAndWait(lead, m_coordinator.url(), QStringLiteral("lead1")).ok);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto helpedCount = [&] {
        const Reply r = call(lead, QStringLiteral("report.get"),
                             { { QStringLiteral("from"), today.addDays(-1).toString(Qt::ISODate) },
                               { QStringLiteral("to"), today.toString(Qt::ISODate) } });
        EXPECT_TRUE(r.ok) << qPrintable(errorName(r));
        return r.data.value(QStringLiteral("selfService")).toObject().value(QStringLiteral("helped")).toInteger();
    };
    const qint64 before = helpedCount();
    const Reply publicArticles
        = call(m_agent, QStringLiteral("kb.search"),
               { { QStringLiteral("visibility"), QStringLiteral("public") }, { QStringLiteral("limit"), 10 } });
    const QJsonArray items = publicArticles.data.value(QStringLiteral("items")).toArray();
    ASSERT_GE(items.size(), 4);
    QList<qint64> ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(QStringLiteral("id")).toInteger());

    auto peer = visitor();
    ASSERT_TRUE(peer);
    const auto helped = [&](qint64 id) {
        return peer->request(QStringLiteral("faq.helped"),
                             { { QStringLiteral("id"), id }, { QStringLiteral("q"), QString(200, u'x') } });
    };
    // A few (a burst of requests is rate limited on its own).
    for (int i = 0; i < 4; ++i)
        ASSERT_TRUE(helped(ids.at(0)).value(QStringLiteral("ok")).toBool()) << i;
    EXPECT_EQ(helpedCount(), before + 1);

    // Three articles an hour from one address; the fourth is refused, not counted.
    const QJsonObject second = helped(ids.at(1));
    ASSERT_TRUE(second.value(QStringLiteral("ok")).toBool()) << qPrintable(VisitorPeer::errorCode(second));
    ASSERT_TRUE(helped(ids.at(2)).value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(VisitorPeer::errorCode(helped(ids.at(3))), u"rate_limited");
    EXPECT_EQ(helpedCount(), before + 3);
}

} // namespace
} // namespace spocs::test
