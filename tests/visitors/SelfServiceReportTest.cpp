#include "VisitorFixture.h"

#include <QDate>

namespace spocs::test {
namespace {

using SelfServiceReportTest = VisitorFixture;

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
    ASSERT_TRUE(peer);
    const QJsonArray items
        = dataOf(peer->request(QStringLiteral("faq.search"), { { QStringLiteral("q"), QStringLiteral("invoice") } }))
              .value(QStringLiteral("items"))
              .toArray();
    ASSERT_GE(items.size(), 2);
    const qint64 first = items.at(0).toObject().value(QStringLiteral("id")).toInteger();
    const qint64 second = items.at(1).toObject().value(QStringLiteral("id")).toInteger();
    for (const qint64 id : { first, second, first })
        ASSERT_TRUE(peer->request(QStringLiteral("faq.helped"),
                                  { { QStringLiteral("id"), id }, { QStringLiteral("q"), QStringLiteral("invoice") } })
                        .value(QStringLiteral("ok"))
                        .toBool());
    // The query is optional: without it the answer still counts (it once failed as a storage error).
    const QJsonObject withoutQuery = peer->request(QStringLiteral("faq.helped"), { { QStringLiteral("id"), first } });
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
    bool secondListed = false;
    for (const QJsonValue &row : top)
        secondListed = secondListed || row.toObject().value(QStringLiteral("articleId")).toInteger() == second;
    EXPECT_TRUE(secondListed);
}

} // namespace
} // namespace spocs::test
