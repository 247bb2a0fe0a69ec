#include "KnowledgeTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::test;

namespace {

class KnowledgeTest : public KnowledgeSuite
{
};

QList<protocol::Event> eventsOf(const QSignalSpy &spy, const QString &kind)
{
    QList<protocol::Event> out;
    for (const auto &args : spy) {
        const auto e = args.at(0).value<protocol::Event>();
        if (e.kind == kind)
            out.append(e);
    }
    return out;
}

QJsonArray itemsOf(const Reply &r)
{
    return r.data.value(QStringLiteral("items")).toArray();
}

// The first published demo article of this visibility that a search finds.
QJsonObject firstHit(Connection &c, const QString &q, const QString &visibility)
{
    const Reply r = call(c, QStringLiteral("kb.search"),
                         { { QStringLiteral("q"), q }, { QStringLiteral("visibility"), visibility } });
    EXPECT_TRUE(r.ok) << r.error.message.toStdString();
    return itemsOf(r).at(0).toObject();
}

// kb.propose: a new article (id 0) or a proposal over `version` of article `id`, public, edited from
// version `base` (0: none sent, the live one).
Reply propose(Connection &c, qint64 id, qint64 version, const QString &title, const QString &body, qint64 base = 0)
{
    QJsonObject args { { QStringLiteral("title"), title },
                       { QStringLiteral("body"), body },
                       { QStringLiteral("visibility"), QStringLiteral("public") },
                       { QStringLiteral("changeNote"), QStringLiteral("test") } };
    if (id > 0) {
        args.insert(QStringLiteral("id"), id);
        args.insert(QStringLiteral("version"), version);
    }
    if (base > 0)
        args.insert(QStringLiteral("base"), base);
    return callWrite(c, QStringLiteral("kb.propose"), args);
}

qint64 proposedVersion(const Reply &r)
{
    return r.data.value(QStringLiteral("proposal")).toObject().value(QStringLiteral("version")).toInteger();
}

Reply rollBack(Connection &c, qint64 id, qint64 newest, qint64 to)
{
    return callWrite(
        c, QStringLiteral("kb.rollback"),
        { { QStringLiteral("id"), id }, { QStringLiteral("version"), newest }, { QStringLiteral("to"), to } });
}

QJsonObject articleOf(Connection &c, qint64 id)
{
    return call(c, QStringLiteral("kb.get"), { { QStringLiteral("id"), id } })
        .data.value(QStringLiteral("article"))
        .toObject();
}

} // namespace

// Regression: a proposal without its optional change note failed with a storage error (the
// missing note was stored as NULL in a NOT NULL column).
TEST_F(KnowledgeTest, AProposalWithoutAChangeNoteIsTaken)
{
    const Reply proposed = callWrite(m_agent, QStringLiteral("kb.propose"),
                                     { { QStringLiteral("title"), QStringLiteral("Pairing a second headset") },
                                       { QStringLiteral("body"), QStringLiteral("Hold the button for five seconds.") },
                                       { QStringLiteral("visibility"), QStringLiteral("internal") } });
    ASSERT_TRUE(proposed.ok) << proposed.error.message.toStdString();
    EXPECT_EQ(proposed.data.value(QStringLiteral("article")).toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("in_review"));
}

TEST_F(KnowledgeTest, SearchFindsDemoArticlesWithHighlightedSnippets)
{
    const Reply r = call(m_agent, QStringLiteral("kb.search"), { { QStringLiteral("q"), QStringLiteral("modem") } });
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    ASSERT_FALSE(itemsOf(r).isEmpty());
    const QJsonObject hit = itemsOf(r).at(0).toObject();
    EXPECT_EQ(hit.value(QStringLiteral("title")).toString(), QStringLiteral("Router: no internet after setup"));
    EXPECT_TRUE(hit.value(QStringLiteral("snippet")).toString().contains(QChar(0xE000)));
    EXPECT_GE(r.data.value(QStringLiteral("total")).toInteger(), 1);

    // Type-ahead, diacritics-insensitive (German demo article "Rücksendung ...").
    const Reply de = call(
        m_agent, QStringLiteral("kb.search"),
        { { QStringLiteral("q"), QStringLiteral("rucksend") }, { QStringLiteral("language"), QStringLiteral("de") } });
    ASSERT_TRUE(de.ok);
    ASSERT_FALSE(itemsOf(de).isEmpty());
    EXPECT_TRUE(itemsOf(de).at(0).toObject().value(QStringLiteral("title")).toString().startsWith(u"Rücksendung"));

    // kb.get counts a view.
    const qint64 id = hit.value(QStringLiteral("id")).toInteger();
    const Reply first = call(m_agent, QStringLiteral("kb.get"), { { QStringLiteral("id"), id } });
    const Reply second = call(m_agent, QStringLiteral("kb.get"), { { QStringLiteral("id"), id } });
    ASSERT_TRUE(first.ok && second.ok);
    const auto views = [](const Reply &r) {
        return r.data.value(QStringLiteral("article"))
            .toObject()
            .value(QStringLiteral("stats"))
            .toObject()
            .value(QStringLiteral("views"))
            .toInteger();
    };
    EXPECT_EQ(views(second), views(first) + 1);
}

TEST_F(KnowledgeTest, SuggestForAReasonReturnsLinkedArticles)
{
    const Reply r
        = call(m_agent, QStringLiteral("kb.suggest"),
               { { QStringLiteral("reason"), QStringLiteral("return_request") }, { QStringLiteral("limit"), 3 } });
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    ASSERT_FALSE(itemsOf(r).isEmpty());
    const QString title = itemsOf(r).at(0).toObject().value(QStringLiteral("title")).toString();
    EXPECT_TRUE(title.contains(u"Return") || title.contains(u"Rücksendung")) << title.toStdString();
}

TEST_F(KnowledgeTest, PublishingUpdatesEveryOpenKnowledgePanelLive)
{
    Connection panelA;
    Connection panelB;
    panelA.subscribe(QStringLiteral("kb"));
    panelB.subscribe(QStringLiteral("kb"));
    ASSERT_TRUE(loginAndWait(panelA, s_coordinator->url(), QStringLiteral("agent5")).ok);
    ASSERT_TRUE(loginAndWait(panelB, s_coordinator->url(), QStringLiteral("expert2")).ok);
    QSignalSpy spyA(&panelA, &Connection::eventReceived);
    QSignalSpy spyB(&panelB, &Connection::eventReceived);

    const Reply proposed
        = callWrite(m_agent, QStringLiteral("kb.propose"),
                    { { QStringLiteral("title"), QStringLiteral("Replacing a lost remote control") },
                      { QStringLiteral("body"), QStringLiteral("Order part R-7 from the spares shop.") },
                      { QStringLiteral("tags"), QJsonArray { QStringLiteral("spares") } },
                      { QStringLiteral("visibility"), QStringLiteral("public") },
                      { QStringLiteral("changeNote"), QStringLiteral("new article") } });
    ASSERT_TRUE(proposed.ok) << proposed.error.message.toStdString();
    const QJsonObject article = proposed.data.value(QStringLiteral("article")).toObject();
    const qint64 id = article.value(QStringLiteral("id")).toInteger();
    EXPECT_EQ(article.value(QStringLiteral("status")).toString(), QStringLiteral("in_review"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !eventsOf(spyA, QStringLiteral("kb.proposed")).isEmpty(); }, 10000));

    const Reply published = callWrite(m_lead, QStringLiteral("kb.review"),
                                      { { QStringLiteral("id"), id },
                                        { QStringLiteral("version"), 1 },
                                        { QStringLiteral("action"), QStringLiteral("publish") } });
    ASSERT_TRUE(published.ok) << published.error.message.toStdString();
    for (QSignalSpy *spy : { &spyA, &spyB }) {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !eventsOf(*spy, QStringLiteral("kb.published")).isEmpty(); }, 10000));
        const QJsonObject live
            = eventsOf(*spy, QStringLiteral("kb.published")).first().data.value(QStringLiteral("article")).toObject();
        EXPECT_EQ(live.value(QStringLiteral("id")).toInteger(), id);
        EXPECT_EQ(live.value(QStringLiteral("status")).toString(), QStringLiteral("published"));
        EXPECT_EQ(live.value(QStringLiteral("title")).toString(), QStringLiteral("Replacing a lost remote control"));
    }
    const Reply archived = callWrite(m_lead, QStringLiteral("kb.review"),
                                     { { QStringLiteral("id"), id },
                                       { QStringLiteral("version"), 1 },
                                       { QStringLiteral("action"), QStringLiteral("archive") } });
    ASSERT_TRUE(archived.ok) << archived.error.message.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !eventsOf(spyB, QStringLiteral("kb.archived")).isEmpty(); }, 10000));
    EXPECT_EQ(eventsOf(spyB, QStringLiteral("kb.archived")).first().data.value(QStringLiteral("id")).toInteger(), id);
}

TEST_F(KnowledgeTest, OnlyLeadOrOwnerReviewsAndOnlyLeadsSeeTheQueue)
{
    const QJsonObject hit = firstHit(m_agent, QStringLiteral("warranty"), QStringLiteral("public"));
    const qint64 id = hit.value(QStringLiteral("id")).toInteger();
    const Reply get = call(m_agent, QStringLiteral("kb.get"), { { QStringLiteral("id"), id } });
    const qint64 version
        = get.data.value(QStringLiteral("article")).toObject().value(QStringLiteral("version")).toInteger();

    const Reply proposal = callWrite(m_agent, QStringLiteral("kb.propose"),
                                     { { QStringLiteral("id"), id },
                                       { QStringLiteral("version"), version },
                                       { QStringLiteral("title"), hit.value(QStringLiteral("title")).toString() },
                                       { QStringLiteral("body"), QStringLiteral("Three years for every model now.") },
                                       { QStringLiteral("visibility"), QStringLiteral("public") },
                                       { QStringLiteral("changeNote"), QStringLiteral("new warranty terms") } });
    ASSERT_TRUE(proposal.ok) << proposal.error.message.toStdString();
    const qint64 proposed
        = proposal.data.value(QStringLiteral("proposal")).toObject().value(QStringLiteral("version")).toInteger();
    EXPECT_EQ(proposed, version + 1);

    // agent1 neither leads nor owns the demo article (owned by an expert or lead1).
    const Reply denied = callWrite(m_agent, QStringLiteral("kb.review"),
                                   { { QStringLiteral("id"), id },
                                     { QStringLiteral("version"), proposed },
                                     { QStringLiteral("action"), QStringLiteral("publish") } });
    EXPECT_EQ(denied.error.code, ErrorCode::Forbidden);
    EXPECT_EQ(call(m_agent, QStringLiteral("kb.reviewQueue")).error.code, ErrorCode::Forbidden);

    const Reply queue = call(m_lead, QStringLiteral("kb.reviewQueue"));
    ASSERT_TRUE(queue.ok) << queue.error.message.toStdString();
    bool listed = false;
    for (const QJsonValue &p : queue.data.value(QStringLiteral("proposals")).toArray())
        listed = listed
            || p.toObject().value(QStringLiteral("article")).toObject().value(QStringLiteral("id")).toInteger() == id;
    EXPECT_TRUE(listed);
    EXPECT_FALSE(queue.data.value(QStringLiteral("stale")).toArray().isEmpty()) << "demo data has stale articles";
    EXPECT_FALSE(queue.data.value(QStringLiteral("worst")).toArray().isEmpty());

    const Reply diff = call(
        m_lead, QStringLiteral("kb.diff"),
        { { QStringLiteral("id"), id }, { QStringLiteral("from"), version }, { QStringLiteral("to"), proposed } });
    ASSERT_TRUE(diff.ok) << diff.error.message.toStdString();
    EXPECT_FALSE(diff.data.value(QStringLiteral("lines")).toArray().isEmpty());

    const Reply published = callWrite(m_lead, QStringLiteral("kb.review"),
                                      { { QStringLiteral("id"), id },
                                        { QStringLiteral("version"), proposed },
                                        { QStringLiteral("action"), QStringLiteral("publish") } });
    ASSERT_TRUE(published.ok) << published.error.message.toStdString();

    // Roll back to the text before the proposal.
    const Reply rolled = callWrite(
        m_lead, QStringLiteral("kb.rollback"),
        { { QStringLiteral("id"), id }, { QStringLiteral("version"), proposed }, { QStringLiteral("to"), version } });
    ASSERT_TRUE(rolled.ok) << rolled.error.message.toStdString();
    EXPECT_EQ(rolled.data.value(QStringLiteral("article")).toObject().value(QStringLiteral("body")).toString(),
              get.data.value(QStringLiteral("article")).toObject().value(QStringLiteral("body")).toString());
    const Reply versions = call(m_agent, QStringLiteral("kb.versions"), { { QStringLiteral("id"), id } });
    ASSERT_TRUE(versions.ok);
    EXPECT_EQ(versions.data.value(QStringLiteral("versions")).toArray().size(), proposed + 1);
}

TEST_F(KnowledgeTest, SendingAnArticleRecordsItInTheCustomerHistory)
{
    const qint64 id = firstHit(m_agent, QStringLiteral("tracking"), QStringLiteral("public"))
                          .value(QStringLiteral("id"))
                          .toInteger();
    const Reply sent = callWrite(m_agent, QStringLiteral("kb.send"),
                                 { { QStringLiteral("id"), id },
                                   { QStringLiteral("customer"), QStringLiteral("C-1003") },
                                   { QStringLiteral("channel"), QStringLiteral("email") } });
    ASSERT_TRUE(sent.ok) << sent.error.message.toStdString();
    const QJsonObject item = sent.data.value(QStringLiteral("history")).toObject();
    EXPECT_EQ(item.value(QStringLiteral("type")).toString(), QStringLiteral("article"));
    EXPECT_EQ(item.value(QStringLiteral("ref")).toString(), QStringLiteral("KB-%1").arg(id));

    const Reply view
        = call(m_agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-1003") } });
    ASSERT_TRUE(view.ok);
    bool found = false;
    for (const QJsonValue &h : view.data.value(QStringLiteral("recentHistory")).toArray())
        found = found || h.toObject().value(QStringLiteral("ref")).toString() == QStringLiteral("KB-%1").arg(id);
    EXPECT_TRUE(found);

    const Reply article = call(m_agent, QStringLiteral("kb.get"), { { QStringLiteral("id"), id } });
    EXPECT_GE(article.data.value(QStringLiteral("article"))
                  .toObject()
                  .value(QStringLiteral("stats"))
                  .toObject()
                  .value(QStringLiteral("sends"))
                  .toInteger(),
              1);

    // Internal articles never go to a customer; unknown customers are not found.
    const qint64 internal = firstHit(m_agent, QStringLiteral("goodwill"), QStringLiteral("internal"))
                                .value(QStringLiteral("id"))
                                .toInteger();
    EXPECT_EQ(
        callWrite(m_agent, QStringLiteral("kb.send"),
                  { { QStringLiteral("id"), internal }, { QStringLiteral("customer"), QStringLiteral("C-1003") } })
            .error.code,
        ErrorCode::InvalidState);
    EXPECT_EQ(callWrite(m_agent, QStringLiteral("kb.send"),
                        { { QStringLiteral("id"), id }, { QStringLiteral("customer"), QStringLiteral("C-999999") } })
                  .error.code,
              ErrorCode::NotFound);
}

TEST_F(KnowledgeTest, AnArticleSentAfterASearchIsFoundByTheWordsOfThatSearch)
{
    const qint64 id = firstHit(m_agent, QStringLiteral("tracking"), QStringLiteral("public"))
                          .value(QStringLiteral("id"))
                          .toInteger();
    const auto finds = [&](const QString &q) {
        const Reply found = call(m_agent, QStringLiteral("kb.search"), { { QStringLiteral("q"), q } });
        EXPECT_TRUE(found.ok) << found.error.message.toStdString();
        for (const QJsonValue &item : found.data.value(QStringLiteral("items")).toArray()) {
            if (item.toObject().value(QStringLiteral("id")).toInteger() == id)
                return true;
        }
        return false;
    };
    ASSERT_FALSE(finds(QStringLiteral("consignment whereabouts")));
    // The agent searched in the customer's words and sent the article: that answered it.
    const Reply sent = callWrite(m_agent, QStringLiteral("kb.send"),
                                 { { QStringLiteral("id"), id },
                                   { QStringLiteral("customer"), QStringLiteral("C-1003") },
                                   { QStringLiteral("query"), QStringLiteral("whereabouts of my consignment") } });
    ASSERT_TRUE(sent.ok) << sent.error.message.toStdString();
    EXPECT_TRUE(finds(QStringLiteral("consignment whereabouts")));

    const Reply bad = callWrite(m_agent, QStringLiteral("kb.send"),
                                { { QStringLiteral("id"), id },
                                  { QStringLiteral("customer"), QStringLiteral("C-1003") },
                                  { QStringLiteral("query"), QJsonArray { QStringLiteral("parcel") } } });
    EXPECT_EQ(bad.error.code, ErrorCode::BadRequest);
    EXPECT_EQ(bad.error.details.value(QStringLiteral("field")).toString(), QStringLiteral("query"));
}

TEST_F(KnowledgeTest, RetriedProposalWithTheSameCidIsAppliedOnce)
{
    const QJsonObject args { { QStringLiteral("cid"), QStringLiteral("kb-retry-0001") },
                             { QStringLiteral("title"), QStringLiteral("Gift wrapping zyxwv") },
                             { QStringLiteral("body"), QStringLiteral("Available for EUR 3.") },
                             { QStringLiteral("changeNote"), QStringLiteral("new") } };
    const Reply first = call(m_agent, QStringLiteral("kb.propose"), args);
    ASSERT_TRUE(first.ok) << first.error.message.toStdString();
    const Reply retry = call(m_agent, QStringLiteral("kb.propose"), args);
    ASSERT_TRUE(retry.ok);
    EXPECT_EQ(retry.data, first.data);
    const Reply found = call(m_agent, QStringLiteral("kb.search"),
                             { { QStringLiteral("q"), QStringLiteral("zyxwv") },
                               { QStringLiteral("status"), QStringLiteral("in_review") } });
    ASSERT_TRUE(found.ok);
    EXPECT_EQ(found.data.value(QStringLiteral("total")).toInteger(), 1);
}

TEST_F(KnowledgeTest, BadInputGetsTypedErrors)
{
    EXPECT_EQ(call(m_agent, QStringLiteral("kb.search"),
                   { { QStringLiteral("q"), QStringLiteral("x") }, { QStringLiteral("limit"), 500 } })
                  .error.code,
              ErrorCode::BadRequest);
    EXPECT_EQ(call(m_agent, QStringLiteral("kb.search"), { { QStringLiteral("q"), 42 } }).error.code,
              ErrorCode::BadRequest);
    EXPECT_EQ(call(m_agent, QStringLiteral("kb.get"), { { QStringLiteral("id"), QStringLiteral("KB-1") } }).error.code,
              ErrorCode::BadRequest);
    EXPECT_EQ(call(m_agent, QStringLiteral("kb.get"), { { QStringLiteral("id"), 987654 } }).error.code,
              ErrorCode::NotFound);
    EXPECT_EQ(callWrite(m_lead, QStringLiteral("kb.review"),
                        { { QStringLiteral("id"), 1 }, { QStringLiteral("version"), 1 } })
                  .error.code,
              ErrorCode::BadRequest);
    EXPECT_EQ(
        call(m_agent, QStringLiteral("kb.propose"),
             { { QStringLiteral("title"), QStringLiteral("t") }, { QStringLiteral("body"), QStringLiteral("b") } })
            .error.details.value(QStringLiteral("field"))
            .toString(),
        QStringLiteral("cid"));
    EXPECT_EQ(callWrite(m_agent, QStringLiteral("kb.propose"),
                        { { QStringLiteral("id"), 1 },
                          { QStringLiteral("title"), QStringLiteral("t") },
                          { QStringLiteral("body"), QStringLiteral("b") } })
                  .error.details.value(QStringLiteral("field"))
                  .toString(),
              QStringLiteral("version"));
    EXPECT_EQ(callWrite(m_agent, QStringLiteral("kb.feedback"), { { QStringLiteral("id"), 1 } }).error.code,
              ErrorCode::BadRequest);
    // The search that led to the article is a short string, or absent.
    for (const QJsonValue &query : { QJsonValue(42), QJsonValue(QString(501, u'a')) }) {
        const Reply r = callWrite(
            m_agent, QStringLiteral("kb.feedback"),
            { { QStringLiteral("id"), 1 }, { QStringLiteral("helped"), true }, { QStringLiteral("query"), query } });
        EXPECT_EQ(r.error.code, ErrorCode::BadRequest);
        EXPECT_EQ(r.error.details.value(QStringLiteral("field")).toString(), QStringLiteral("query"));
    }

    Connection admin;
    ASSERT_TRUE(loginAndWait(admin, s_coordinator->url(), QStringLiteral("admin")).ok);
    EXPECT_EQ(call(admin, QStringLiteral("events.subscribe"),
                   { { QStringLiteral("topics"), QJsonArray { QStringLiteral("kb") } } })
                  .error.code,
              ErrorCode::Forbidden);
    EXPECT_EQ(call(admin, QStringLiteral("kb.search"), { { QStringLiteral("q"), QStringLiteral("x") } }).error.code,
              ErrorCode::Forbidden);
}

TEST_F(KnowledgeTest, OnlyAdminsEditSynonymsAndSearchUsesThemAtOnce)
{
    Connection admin;
    ASSERT_TRUE(loginAndWait(admin, s_coordinator->url(), QStringLiteral("admin")).ok);
    const QJsonObject groups { { QStringLiteral("groups"),
                                 QJsonArray {
                                     QJsonArray { QStringLiteral("bill"), QStringLiteral("invoice") },
                                     QJsonArray { QStringLiteral("zorbleflux"), QStringLiteral("router") } } } };
    // Agents and leads may not change them; leads may read them.
    EXPECT_EQ(callWrite(m_agent, QStringLiteral("kb.synonyms.set"), groups).error.code, ErrorCode::Forbidden);
    EXPECT_EQ(callWrite(m_lead, QStringLiteral("kb.synonyms.set"), groups).error.code, ErrorCode::Forbidden);
    EXPECT_EQ(call(m_agent, QStringLiteral("kb.synonyms.get")).error.code, ErrorCode::Forbidden);
    const Reply seeded = call(m_lead, QStringLiteral("kb.synonyms.get"));
    ASSERT_TRUE(seeded.ok) << seeded.error.message.toStdString();
    EXPECT_TRUE(seeded.data.value(QStringLiteral("groups"))
                    .toArray()
                    .contains(QJsonArray { QStringLiteral("bill"), QStringLiteral("invoice") }));

    // A word nobody writes finds nothing until it is a synonym of one that articles use.
    const Reply before
        = call(m_agent, QStringLiteral("kb.search"), { { QStringLiteral("q"), QStringLiteral("zorbleflux ") } });
    ASSERT_TRUE(before.ok);
    EXPECT_TRUE(itemsOf(before).isEmpty());
    const Reply set = callWrite(admin, QStringLiteral("kb.synonyms.set"), groups);
    ASSERT_TRUE(set.ok) << set.error.message.toStdString();
    EXPECT_EQ(set.data.value(QStringLiteral("groups")).toArray().size(), 2);
    const Reply after
        = call(m_agent, QStringLiteral("kb.search"), { { QStringLiteral("q"), QStringLiteral("zorbleflux ") } });
    ASSERT_TRUE(after.ok);
    EXPECT_FALSE(itemsOf(after).isEmpty()) << "the synonym applies from the next query on";

    // Bad lists get typed errors naming the group, and change nothing.
    const Reply lonely
        = callWrite(admin, QStringLiteral("kb.synonyms.set"),
                    { { QStringLiteral("groups"), QJsonArray { QJsonArray { QStringLiteral("alone") } } } });
    EXPECT_EQ(lonely.error.code, ErrorCode::BadRequest);
    EXPECT_EQ(lonely.error.details.value(QStringLiteral("field")).toString(), QStringLiteral("groups[0]"));
    EXPECT_EQ(callWrite(admin, QStringLiteral("kb.synonyms.set"), { { QStringLiteral("groups"), 42 } }).error.code,
              ErrorCode::BadRequest);
    EXPECT_EQ(call(m_lead, QStringLiteral("kb.synonyms.get")).data.value(QStringLiteral("groups")).toArray().size(), 2);
    // The other tests share this coordinator: the seeded list goes back.
    ASSERT_TRUE(callWrite(admin, QStringLiteral("kb.synonyms.set"),
                          { { QStringLiteral("groups"), seeded.data.value(QStringLiteral("groups")) } })
                    .ok);
}

// kb.get is a read: its view count is kept in memory and stored in batches, yet the reader
// sees its own view at once and a clean restart keeps every count.
TEST(KnowledgeViews, ViewCountsAreBatchedAndSurviveARestart)
{
    CoordinatorProcess coordinator;
    CoordinatorProcess::Options options;
    options.demoCustomers = 20;
    ASSERT_TRUE(coordinator.start(options)) << coordinator.output().toStdString();
    Connection agent;
    agent.setReconnectPolicy(ReconnectPolicy(std::chrono::milliseconds(50), std::chrono::milliseconds(500)));
    ASSERT_TRUE(loginAndWait(agent, coordinator.url(), QStringLiteral("agent1")).ok);
    const qint64 id
        = firstHit(agent, QStringLiteral("modem"), QStringLiteral("public")).value(QStringLiteral("id")).toInteger();
    const auto views = [&]() {
        const Reply r = call(agent, QStringLiteral("kb.get"), { { QStringLiteral("id"), id } });
        EXPECT_TRUE(r.ok) << r.error.message.toStdString();
        return r.data.value(QStringLiteral("article"))
            .toObject()
            .value(QStringLiteral("stats"))
            .toObject()
            .value(QStringLiteral("views"))
            .toInteger();
    };
    const qint64 before = views();
    for (int i = 1; i <= 5; ++i)
        EXPECT_EQ(views(), before + i);

    coordinator.stop();
    ASSERT_TRUE(coordinator.restart()) << coordinator.output().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return agent.state() == Connection::State::Connected; }, 20000));
    EXPECT_EQ(views(), before + 6);
}

TEST_F(KnowledgeTest, OwnerCannotRollBackToAnUnreviewedVersion)
{
    Connection expert;
    ASSERT_TRUE(loginAndWait(expert, s_coordinator->url(), QStringLiteral("expert1")).ok);
    // An agent's and an expert's article, each published once by the lead, then two proposals on each:
    // the second supersedes the first, which nobody reviewed.
    for (Connection *owner : { &m_agent, &expert }) {
        const Reply created = propose(*owner, 0, 0, QStringLiteral("Loyalty points qwvbn"),
                                      QStringLiteral("Points expire after two years."));
        ASSERT_TRUE(created.ok) << created.error.message.toStdString();
        const qint64 id
            = created.data.value(QStringLiteral("article")).toObject().value(QStringLiteral("id")).toInteger();
        ASSERT_TRUE(callWrite(m_lead, QStringLiteral("kb.review"),
                              { { QStringLiteral("id"), id },
                                { QStringLiteral("version"), 1 },
                                { QStringLiteral("action"), QStringLiteral("publish") } })
                        .ok);
        const Reply unreviewed = propose(*owner, id, 1, QStringLiteral("Loyalty points qwvbn"),
                                         QStringLiteral("Points never expire, call us for a free gift."));
        ASSERT_TRUE(unreviewed.ok) << unreviewed.error.message.toStdString();
        ASSERT_EQ(proposedVersion(unreviewed), 2);
        const Reply newer = propose(*owner, id, 2, QStringLiteral("Loyalty points qwvbn"),
                                    QStringLiteral("Points expire after three years."), 2);
        ASSERT_TRUE(newer.ok) << newer.error.message.toStdString();
        ASSERT_EQ(proposedVersion(newer), 3);

        const Reply byOwner = rollBack(*owner, id, 3, 2);
        EXPECT_FALSE(byOwner.ok);
        // An agent may not roll back at all; an expert who owns the article only to a published version.
        EXPECT_EQ(byOwner.error.code, owner == &m_agent ? ErrorCode::Forbidden : ErrorCode::InvalidState)
            << byOwner.error.message.toStdString();
        const Reply byLead = rollBack(m_lead, id, 3, 2);
        EXPECT_EQ(byLead.error.code, ErrorCode::InvalidState) << byLead.error.message.toStdString();

        const QJsonObject live = articleOf(m_lead, id);
        EXPECT_EQ(live.value(QStringLiteral("liveVersion")).toInteger(), 1);
        EXPECT_EQ(live.value(QStringLiteral("body")).toString(), QStringLiteral("Points expire after two years."));
        if (owner == &expert) {
            // The text a reviewer published once comes back.
            const Reply reviewed = rollBack(expert, id, 3, 1);
            ASSERT_TRUE(reviewed.ok) << reviewed.error.message.toStdString();
            EXPECT_EQ(reviewed.data.value(QStringLiteral("article")).toObject().value(QStringLiteral("liveVersion")),
                      4);
        }
    }
}

TEST_F(KnowledgeTest, ProposalOverAnUnseenOpenProposalIsAConflict)
{
    Connection other;
    ASSERT_TRUE(loginAndWait(other, s_coordinator->url(), QStringLiteral("agent2")).ok);
    const Reply created
        = propose(m_lead, 0, 0, QStringLiteral("Parcel lockers zqxjk"), QStringLiteral("Pick-up within 7 days."));
    ASSERT_TRUE(created.ok) << created.error.message.toStdString();
    const qint64 id = created.data.value(QStringLiteral("article")).toObject().value(QStringLiteral("id")).toInteger();
    ASSERT_TRUE(callWrite(m_lead, QStringLiteral("kb.review"),
                          { { QStringLiteral("id"), id },
                            { QStringLiteral("version"), 1 },
                            { QStringLiteral("action"), QStringLiteral("publish") } })
                    .ok);
    // agent1 proposes version 2; agent2 reads the article: the live text of version 1, the newest version 2.
    const Reply first
        = propose(m_agent, id, 1, QStringLiteral("Parcel lockers zqxjk"), QStringLiteral("Pick-up within 5 days."));
    ASSERT_TRUE(first.ok) << first.error.message.toStdString();
    const QJsonObject seen = articleOf(other, id);
    ASSERT_EQ(seen.value(QStringLiteral("version")).toInteger(), 2);
    ASSERT_EQ(seen.value(QStringLiteral("liveVersion")).toInteger(), 1);

    // agent2's edit of the live text, with the newest version and with its base, does not replace version 2.
    for (const qint64 base : { qint64(0), qint64(1) }) {
        const Reply second = propose(other, id, 2, QStringLiteral("Parcel lockers zqxjk"),
                                     QStringLiteral("Pick-up within 10 days."), base);
        ASSERT_EQ(second.error.code, ErrorCode::VersionConflict) << second.error.message.toStdString();
        const QJsonObject open = second.error.details.value(QStringLiteral("openProposal")).toObject();
        EXPECT_EQ(open.value(QStringLiteral("version")).toInteger(), 2);
        EXPECT_EQ(open.value(QStringLiteral("author")).toObject().value(QStringLiteral("login")).toString(),
                  QStringLiteral("agent1"));
        EXPECT_EQ(second.error.details.value(QStringLiteral("current")).toInteger(), 2);
    }
    const auto statusOf = [&](qint64 version) {
        const Reply versions = call(m_lead, QStringLiteral("kb.versions"), { { QStringLiteral("id"), id } });
        for (const QJsonValue &v : versions.data.value(QStringLiteral("versions")).toArray())
            if (v.toObject().value(QStringLiteral("version")).toInteger() == version)
                return v.toObject().value(QStringLiteral("status")).toString();
        return QString();
    };
    EXPECT_EQ(statusOf(2), QStringLiteral("in_review"));

    // Having seen it, agent2 may replace it on purpose.
    const Reply replaced
        = propose(other, id, 2, QStringLiteral("Parcel lockers zqxjk"), QStringLiteral("Pick-up within 10 days."), 2);
    ASSERT_TRUE(replaced.ok) << replaced.error.message.toStdString();
    EXPECT_EQ(proposedVersion(replaced), 3);
    EXPECT_EQ(statusOf(2), QStringLiteral("superseded"));
}

TEST(KnowledgeFourEyes, NobodyPublishesTheirOwnProposalUnlessTheOnlyLead)
{
    CoordinatorProcess coordinator;
    CoordinatorProcess::Options options;
    options.demoCustomers = 20;
    ASSERT_TRUE(coordinator.start(options)) << coordinator.output().toStdString();
    QTemporaryDir dir;
    const QString passwordFile = dir.filePath(QStringLiteral("password"));
    {
        QFile f(passwordFile);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("second-lead-pass\n");
    }
    const auto user = [&](const QStringList &args) {
        return runCli(QStringList { QStringLiteral("--db"), coordinator.dbPath(), QStringLiteral("user") } + args);
    };
    Connection lead;
    ASSERT_TRUE(loginAndWait(lead, coordinator.url(), QStringLiteral("lead1")).ok);
    const auto proposeAndPublish = [&](Connection &reviewer, const QString &title) {
        const Reply created = propose(lead, 0, 0, title, QStringLiteral("Written by lead1."));
        EXPECT_TRUE(created.ok) << created.error.message.toStdString();
        return callWrite(reviewer, QStringLiteral("kb.review"),
                         { { QStringLiteral("id"),
                             created.data.value(QStringLiteral("article")).toObject().value(QStringLiteral("id")) },
                           { QStringLiteral("version"), 1 },
                           { QStringLiteral("action"), QStringLiteral("publish") } });
    };

    // With a second lead, lead1's own proposal waits for them.
    const CliResult added = user({ QStringLiteral("add"), QStringLiteral("lead2"), QStringLiteral("--role"),
                                   QStringLiteral("lead"), QStringLiteral("--password-file"), passwordFile });
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    Connection second;
    ASSERT_TRUE(
        loginAndWait(second, coordinator.url(), QStringLiteral("lead2"), QStringLiteral("second-lead-pass")).ok);
    EXPECT_EQ(proposeAndPublish(lead, QStringLiteral("Own proposal kqzvw")).error.code, ErrorCode::Forbidden);
    const Reply byOther = proposeAndPublish(second, QStringLiteral("Reviewed proposal kqzvw"));
    EXPECT_TRUE(byOther.ok) << byOther.error.message.toStdString();

    // The only lead left may, or nobody could ever publish what they wrote.
    ASSERT_EQ(user({ QStringLiteral("disable"), QStringLiteral("lead2") }).exitCode, 0);
    const Reply alone = proposeAndPublish(lead, QStringLiteral("Single lead kqzvw"));
    EXPECT_TRUE(alone.ok) << alone.error.message.toStdString();
}
