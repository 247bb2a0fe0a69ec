#include "TestDatabase.h"

#include "coordinator/auth/AuthStore.h"
#include "coordinator/demo/DemoSeeder.h"
#include "coordinator/knowledge/KnowledgeStore.h"

#include <QJsonArray>

using namespace spocs;
using namespace spocs::test;

namespace {

QString str(const char16_t *s)
{
    return QString::fromUtf16(s);
}

class KnowledgeStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db->setClock(clock.asClock());
        auth = std::make_unique<AuthStore>(*db);
        store = std::make_unique<KnowledgeStore>(*db);
        agent = { auth->addUserWithHash(str(u"agent1"), str(u"Agent One"), Role::Agent, str(u"x"))->id, Role::Agent };
        other = { auth->addUserWithHash(str(u"agent2"), str(u"Agent Two"), Role::Agent, str(u"x"))->id, Role::Agent };
        lead = { auth->addUserWithHash(str(u"lead1"), str(u"Lead One"), Role::Lead, str(u"x"))->id, Role::Lead };
    }

    qint64 add(const QString &title, const QString &body, const QStringList &tags = {},
               const QString &visibility = QStringLiteral("public"), const QString &language = QStringLiteral("en"),
               const QStringList &products = {}, const QStringList &reasons = {})
    {
        KnowledgeStore::Content c;
        c.title = title;
        c.body = body;
        c.tags = tags;
        c.visibility = visibility;
        c.language = language;
        c.products = products;
        c.reasons = reasons;
        auto id = store->addPublished(c, lead.userId, str(u"test"));
        EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : id.error().message.toStdString());
        return id.ok() ? id.value() : 0;
    }

    // Titles of the hits, best first.
    QStringList titles(const KnowledgeStore::SearchQuery &q)
    {
        auto r = store->search(q);
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        QStringList out;
        for (const QJsonValue &v : r->value(str(u"items")).toArray())
            out.append(v.toObject().value(str(u"title")).toString());
        return out;
    }
    QStringList titles(const QString &text)
    {
        KnowledgeStore::SearchQuery q;
        q.text = text;
        return titles(q);
    }

    // A fixture where the right answer to each question is known.
    void addFaq()
    {
        add(str(u"How do I return a product?"),
            str(u"Create a return label from the order page and send the parcel within 30 days."), { str(u"returns") });
        add(str(u"Invoice explained"),
            str(u"The invoice lists each order line. To return a product, see the returns article."),
            { str(u"billing") });
        add(str(u"Router: no internet after setup"),
            str(u"Restart the modem first, then the router. Reset with the pin for 10 seconds."),
            { str(u"troubleshooting") }, str(u"public"), str(u"en"), { str(u"P-10001") }, { str(u"technical_issue") });
        add(str(u"Rücksendung innerhalb von 30 Tagen"),
            str(u"Produkte können innerhalb von 30 Tagen zurückgegeben werden. Die Erstattung folgt."),
            { str(u"rückgabe") }, str(u"public"), str(u"de"), {}, { str(u"return_request") });
        add(str(u"Goodwill credits for agents"),
            str(u"Agents may grant a goodwill credit up to EUR 50 without approval."), { str(u"billing") },
            str(u"internal"));
        add(str(u"Paying an overdue invoice"),
            str(u"Pay by card, by bank transfer or in the portal. Reminder fees are waived within 7 days."),
            { str(u"billing") }, str(u"public"), str(u"en"), {}, { str(u"payment_failed") });
    }

    TempDatabase db;
    TestClock clock;
    std::unique_ptr<AuthStore> auth;
    std::unique_ptr<KnowledgeStore> store;
    KnowledgeStore::Actor agent, other, lead;
};

QJsonObject articleOf(const Result<KnowledgeStore::Change> &c)
{
    return c.ok() ? c->article : QJsonObject {};
}

} // namespace

TEST_F(KnowledgeStoreTest, TitleMatchRanksAboveBodyMention)
{
    addFaq();
    const QStringList hits = titles(str(u"return product"));
    ASSERT_GE(hits.size(), 2);
    EXPECT_EQ(hits.first(), str(u"How do I return a product?")) << "the title match must beat the body mention";
    EXPECT_TRUE(hits.contains(str(u"Invoice explained")));
}

TEST_F(KnowledgeStoreTest, KnownAnswersRankFirst)
{
    addFaq();
    EXPECT_EQ(titles(str(u"router internet")).value(0), str(u"Router: no internet after setup"));
    EXPECT_EQ(titles(str(u"overdue invoice")).value(0), str(u"Paying an overdue invoice"));
    EXPECT_EQ(titles(str(u"goodwill")).value(0), str(u"Goodwill credits for agents"));
    // Natural questions with words no article has still find the best one (any-word fallback).
    EXPECT_EQ(titles(str(u"my router has no internet at all since yesterday")).value(0),
              str(u"Router: no internet after setup"));
}

TEST_F(KnowledgeStoreTest, LastWordIsAPrefixWhileTyping)
{
    addFaq();
    EXPECT_EQ(titles(str(u"rou")).value(0), str(u"Router: no internet after setup"));
    EXPECT_EQ(titles(str(u"overdue inv")).value(0), str(u"Paying an overdue invoice"));
    // After a space the word is complete: "rou " is not a prefix any more.
    EXPECT_TRUE(titles(str(u"rou ")).isEmpty());
}

TEST_F(KnowledgeStoreTest, SearchIgnoresDiacritics)
{
    addFaq();
    EXPECT_EQ(titles(str(u"rucksendung")).value(0), str(u"Rücksendung innerhalb von 30 Tagen"));
    EXPECT_EQ(titles(str(u"RÜCKSENDUNG")).value(0), str(u"Rücksendung innerhalb von 30 Tagen"));
}

TEST_F(KnowledgeStoreTest, SnippetMarksMatchedWords)
{
    addFaq();
    KnowledgeStore::SearchQuery q;
    q.text = str(u"modem");
    auto r = store->search(q);
    ASSERT_TRUE(r.ok());
    const QString snippet = r->value(str(u"items")).toArray().at(0).toObject().value(str(u"snippet")).toString();
    EXPECT_TRUE(snippet.contains(QString(QChar(0xE000)) + str(u"modem") + QChar(0xE001))) << snippet.toStdString();
}

TEST_F(KnowledgeStoreTest, FiltersNarrowTheResults)
{
    addFaq();
    KnowledgeStore::SearchQuery q;
    q.text = str(u"overdue"); // "invoice" would also find "billing" (a synonym of bill)
    q.visibility = str(u"internal");
    EXPECT_TRUE(titles(q).isEmpty());
    q.text.clear();
    EXPECT_EQ(titles(q), QStringList { str(u"Goodwill credits for agents") });
    q = {};
    q.tags = { str(u"billing") };
    EXPECT_EQ(titles(q).size(), 3);
    q = {};
    q.language = str(u"de");
    EXPECT_EQ(titles(q), QStringList { str(u"Rücksendung innerhalb von 30 Tagen") });
    q = {};
    q.product = str(u"P-10001");
    EXPECT_EQ(titles(q), QStringList { str(u"Router: no internet after setup") });
    q = {};
    q.reason = str(u"payment_failed");
    EXPECT_EQ(titles(q), QStringList { str(u"Paying an overdue invoice") });
}

TEST_F(KnowledgeStoreTest, QuerySyntaxFromUsersIsHarmless)
{
    addFaq();
    for (const QString &q : { str(u"\"router"), str(u"router*"), str(u"NEAR(router modem)"), str(u"title:router"),
                              str(u"router OR"), str(u"-router"), str(u"(((") }) {
        KnowledgeStore::SearchQuery query;
        query.text = q;
        EXPECT_TRUE(store->search(query).ok()) << q.toStdString();
    }
    KnowledgeStore::SearchQuery bad;
    bad.status = str(u"deleted");
    EXPECT_EQ(store->search(bad).error().code, ErrorCode::BadRequest);
}

TEST_F(KnowledgeStoreTest, SuggestPutsReasonAndProductLinksFirst)
{
    addFaq();
    auto r = store->suggest(str(u"technical_issue"), str(u"P-10001"), str(u"invoice"), 3);
    ASSERT_TRUE(r.ok());
    const QJsonArray items = r->value(str(u"items")).toArray();
    ASSERT_GE(items.size(), 2);
    EXPECT_EQ(items.at(0).toObject().value(str(u"title")).toString(), str(u"Router: no internet after setup"));
    auto text = store->suggest({}, {}, str(u"the customer wants to send the product back"), 3);
    ASSERT_TRUE(text.ok());
    EXPECT_EQ(text->value(str(u"items")).toArray().at(0).toObject().value(str(u"title")).toString(),
              str(u"How do I return a product?"));
}

TEST_F(KnowledgeStoreTest, ProposalIsReviewedByLeadOrOwnerOnly)
{
    KnowledgeStore::Content c;
    c.title = str(u"Exchanging a broken charger");
    c.body = str(u"Send a replacement first.");
    auto proposed = store->propose(agent, std::nullopt, 0, c, str(u"new"), false);
    ASSERT_TRUE(proposed.ok()) << proposed.error().message.toStdString();
    const qint64 id = proposed->article.value(str(u"id")).toInteger();
    EXPECT_EQ(proposed->article.value(str(u"status")).toString(), str(u"in_review"));
    EXPECT_EQ(proposed->event, KnowledgeStore::Change::Event::Proposed);

    EXPECT_EQ(store->review(other, id, 1, str(u"publish"), {}).error().code, ErrorCode::Forbidden);
    auto changes = store->review(lead, id, 1, str(u"request_changes"), str(u"add the return steps"));
    ASSERT_TRUE(changes.ok());
    EXPECT_EQ(articleOf(changes).value(str(u"status")).toString(), str(u"draft"));

    // The author revises; a stale version is refused.
    c.body = str(u"Send a replacement first, then a return label for the broken one.");
    EXPECT_EQ(store->propose(agent, id, 5, c, str(u"steps"), false).error().code, ErrorCode::VersionConflict);
    auto revised = store->propose(agent, id, 1, c, str(u"steps"), false);
    ASSERT_TRUE(revised.ok());
    EXPECT_EQ(revised->version, 2);

    auto queue = store->reviewQueue();
    ASSERT_TRUE(queue.ok());
    ASSERT_EQ(queue->value(str(u"proposals")).toArray().size(), 1);
    EXPECT_EQ(queue->value(str(u"proposals")).toArray().at(0).toObject().value(str(u"version")).toInteger(), 2);

    EXPECT_EQ(store->review(lead, id, 1, str(u"publish"), {}).error().code, ErrorCode::VersionConflict);
    auto published = store->review(lead, id, 2, str(u"publish"), {});
    ASSERT_TRUE(published.ok()) << published.error().message.toStdString();
    EXPECT_EQ(published->event, KnowledgeStore::Change::Event::Published);
    EXPECT_EQ(articleOf(published).value(str(u"status")).toString(), str(u"published"));
    EXPECT_FALSE(articleOf(published).value(str(u"lastReviewedAt")).isNull());
    EXPECT_EQ(titles(str(u"return label")).value(0), str(u"Exchanging a broken charger"));
    EXPECT_TRUE(store->reviewQueue()->value(str(u"proposals")).toArray().isEmpty());
}

TEST_F(KnowledgeStoreTest, EditOfPublishedArticleStaysOutOfSearchUntilPublished)
{
    const qint64 id = add(str(u"Shipping costs"), str(u"Shipping is free above EUR 50."));
    KnowledgeStore::Content c;
    c.title = str(u"Shipping costs");
    c.body = str(u"Shipping is free above EUR 80 since March.");
    auto proposed = store->propose(other, id, 1, c, str(u"new threshold"), false);
    ASSERT_TRUE(proposed.ok());
    EXPECT_EQ(proposed->article.value(str(u"status")).toString(), str(u"published"));
    EXPECT_EQ(proposed->article.value(str(u"body")).toString(), str(u"Shipping is free above EUR 50."));
    EXPECT_TRUE(titles(str(u"march")).isEmpty());

    auto diff = store->diff(id, 1, 2);
    ASSERT_TRUE(diff.ok());
    const QJsonArray lines = diff->value(str(u"lines")).toArray();
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines.at(0).toObject().value(str(u"op")).toString(), str(u"-"));
    EXPECT_EQ(lines.at(1).toObject().value(str(u"op")).toString(), str(u"+"));

    // The owner (lead) rejects; the live text stays.
    auto rejected = store->review(lead, id, 2, str(u"reject"), str(u"not decided yet"));
    ASSERT_TRUE(rejected.ok());
    EXPECT_EQ(articleOf(rejected).value(str(u"status")).toString(), str(u"published"));
    EXPECT_EQ(titles(str(u"shipping")).value(0), str(u"Shipping costs"));
}

TEST_F(KnowledgeStoreTest, RollbackCreatesANewPublishedVersion)
{
    const qint64 id = add(str(u"Opening hours"), str(u"Mon-Fri 8-18"));
    KnowledgeStore::Content c;
    c.title = str(u"Opening hours");
    c.body = str(u"Mon-Sat 8-20");
    ASSERT_TRUE(store->propose(agent, id, 1, c, str(u"Saturdays"), false).ok());
    ASSERT_TRUE(store->review(lead, id, 2, str(u"publish"), {}).ok());
    EXPECT_EQ(store->article(id)->value(str(u"body")).toString(), str(u"Mon-Sat 8-20"));

    EXPECT_EQ(store->rollback(agent, id, 2, 1).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(store->rollback(lead, id, 1, 1).error().code, ErrorCode::VersionConflict);
    EXPECT_EQ(store->rollback(lead, id, 2, 2).error().code, ErrorCode::BadRequest);
    auto rolled = store->rollback(lead, id, 2, 1);
    ASSERT_TRUE(rolled.ok()) << rolled.error().message.toStdString();
    EXPECT_EQ(articleOf(rolled).value(str(u"version")).toInteger(), 3);
    EXPECT_EQ(articleOf(rolled).value(str(u"body")).toString(), str(u"Mon-Fri 8-18"));
    EXPECT_EQ(titles(str(u"sat")).size(), 0);

    auto versions = store->versions(id);
    ASSERT_TRUE(versions.ok());
    const QJsonArray list = versions->value(str(u"versions")).toArray();
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list.at(0).toObject().value(str(u"changeNote")).toString(), str(u"Rolled back to version 1"));
    EXPECT_EQ(list.at(0).toObject().value(str(u"author")).toObject().value(str(u"login")).toString(), str(u"lead1"));
}

TEST_F(KnowledgeStoreTest, ArchivedArticleLeavesTheSearch)
{
    const qint64 id = add(str(u"Old promotion"), str(u"Ten percent off in May."));
    auto archived = store->review(lead, id, 1, str(u"archive"), {});
    ASSERT_TRUE(archived.ok());
    EXPECT_EQ(archived->event, KnowledgeStore::Change::Event::Archived);
    EXPECT_TRUE(titles(str(u"promotion")).isEmpty());
    EXPECT_EQ(store->review(lead, id, 1, str(u"archive"), {}).error().code, ErrorCode::InvalidState);
}

TEST_F(KnowledgeStoreTest, StaleAndWorstArticlesLeadTheQueue)
{
    const qint64 old = add(str(u"Old article"), str(u"text"));
    clock.advance(200 * 86400);
    const qint64 fresh = add(str(u"Fresh article"), str(u"text"));
    EXPECT_TRUE(store->article(old)->value(str(u"stale")).toBool());
    EXPECT_FALSE(store->article(fresh)->value(str(u"stale")).toBool());

    ASSERT_TRUE(store->feedback(agent, fresh, false, str(u"outdated")).ok());
    ASSERT_TRUE(store->feedback(agent, fresh, false, {}).ok());
    auto stats = store->feedback(agent, old, true, {});
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->value(str(u"stats")).toObject().value(str(u"helped")).toInteger(), 1);
    EXPECT_EQ(store->feedback(agent, 9999, true, {}).error().code, ErrorCode::NotFound);

    auto queue = store->reviewQueue();
    ASSERT_TRUE(queue.ok());
    EXPECT_EQ(queue->value(str(u"worst")).toArray().at(0).toObject().value(str(u"id")).toInteger(), fresh);
    EXPECT_EQ(queue->value(str(u"stale")).toArray().size(), 1);
    EXPECT_EQ(queue->value(str(u"stale")).toArray().at(0).toObject().value(str(u"id")).toInteger(), old);

    // Publishing the live version again confirms it: no longer stale.
    ASSERT_TRUE(store->review(lead, old, 1, str(u"publish"), {}).ok());
    EXPECT_FALSE(store->article(old)->value(str(u"stale")).toBool());
}

TEST_F(KnowledgeStoreTest, DraftFromTextHasQuestionAndAnswerSections)
{
    auto draft = store->draftFromText(agent, str(u"Can I pay in instalments?"), str(u"Yes, above EUR 300."), {}, {});
    ASSERT_TRUE(draft.ok());
    const QJsonObject a = draft->article;
    EXPECT_EQ(a.value(str(u"status")).toString(), str(u"draft"));
    EXPECT_EQ(a.value(str(u"title")).toString(), str(u"Can I pay in instalments?"));
    EXPECT_EQ(a.value(str(u"body")).toString(),
              str(u"## Question\nCan I pay in instalments?\n\n## Answer\nYes, above EUR 300."));
    EXPECT_EQ(a.value(str(u"owner")).toObject().value(str(u"login")).toString(), str(u"agent1"));
    EXPECT_EQ(store->draftFromText(agent, str(u" "), str(u"x"), {}, {}).error().code, ErrorCode::BadRequest);
}

TEST_F(KnowledgeStoreTest, InvalidContentIsRejectedWithTheField)
{
    KnowledgeStore::Content c;
    c.title = str(u"t");
    c.body = str(u"b");
    c.visibility = str(u"secret");
    auto r = store->propose(agent, std::nullopt, 0, c, {}, false);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().details.value(str(u"field")).toString(), str(u"visibility"));
    c.visibility = str(u"public");
    c.language = str(u"english!");
    EXPECT_EQ(store->propose(agent, std::nullopt, 0, c, {}, false).error().details.value(str(u"field")).toString(),
              str(u"language"));
    c.language = str(u"en");
    c.title.clear();
    EXPECT_EQ(store->propose(agent, std::nullopt, 0, c, {}, false).error().code, ErrorCode::BadRequest);
    EXPECT_EQ(store->review(lead, 424242, 1, str(u"publish"), {}).error().code, ErrorCode::NotFound);
    EXPECT_EQ(store->review(lead, 1, 1, str(u"delete"), {}).error().code, ErrorCode::BadRequest);
}

TEST_F(KnowledgeStoreTest, PlainTextDropsMarkdownSyntax)
{
    EXPECT_EQ(KnowledgeStore::plainText(str(u"## Title\n\nSee **[the docs](https://x.example/a_b)** and `code`.\n\n"
                                            u"- one\n- two\n\n```\nSELECT 1;\n```\n> quoted \\*star\\*")),
              str(u"Title See the docs and code. one two SELECT 1; quoted *star*"));
}

TEST(KnowledgeDemo, DemoSeedAddsArticlesDeterministically)
{
    const auto seeded = [](TempDatabase &db) {
        AuthStore auth(*db);
        EXPECT_TRUE(DemoSeeder::seed(*db, auth, 20, QDate(2024, 5, 6)).ok());
        QStringList rows;
        QSqlQuery q = db->prepare(QStringLiteral("SELECT id, title, visibility, language, views, last_reviewed_at "
                                                 "FROM kb_articles ORDER BY id"));
        EXPECT_TRUE(q.exec());
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < 6; ++i)
                cols.append(q.value(i).toString());
            rows.append(cols.join(u'|'));
        }
        return rows;
    };
    TempDatabase a, b;
    const QStringList first = seeded(a);
    EXPECT_GE(first.size(), 30);
    EXPECT_LE(first.size(), 60);
    EXPECT_EQ(first, seeded(b));
    EXPECT_GT(a.scalar(QStringLiteral("SELECT COUNT(*) FROM kb_articles WHERE language = 'de'")), 3);
    EXPECT_GT(a.scalar(QStringLiteral("SELECT COUNT(*) FROM kb_articles WHERE visibility = 'internal'")), 3);
    EXPECT_GT(a.scalar(QStringLiteral("SELECT COUNT(*) FROM kb_article_products")), 100);
}
