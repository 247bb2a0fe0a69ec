#include "TestDatabase.h"

#include "coordinator/auth/AuthStore.h"
#include "coordinator/knowledge/KbImport.h"
#include "coordinator/knowledge/KnowledgeRanking.h"
#include "coordinator/knowledge/KnowledgeStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace spocs;
using namespace spocs::test;

namespace {

QStringList titles(KnowledgeStore &store, const QString &text, int limit = 10)
{
    KnowledgeStore::SearchQuery q;
    q.text = text;
    q.limit = limit;
    auto r = store.search(q);
    EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
    QStringList out;
    if (r.ok()) {
        for (const QJsonValue &v : r->value(QStringLiteral("items")).toArray())
            out.append(v.toObject().value(QStringLiteral("title")).toString());
    }
    return out;
}

qint64 add(KnowledgeStore &store, const QString &title, const QString &body)
{
    KnowledgeStore::Content c;
    c.title = title;
    c.body = body;
    auto id = store.addPublished(c, 0, QStringLiteral("test"));
    EXPECT_TRUE(id.ok());
    return id.ok() ? id.value() : 0;
}

} // namespace

TEST(KnowledgeRanking, InflectedWordsFindTheirStemButExactWordsRankHigher)
{
    TempDatabase db;
    KnowledgeStore store(*db);
    add(store, QStringLiteral("Keeping the router firmware current"), QStringLiteral("The router upgrades itself."));
    add(store, QStringLiteral("Router upgraded overnight"), QStringLiteral("It was upgraded by the provider."));
    const QStringList hits = titles(store, QStringLiteral("router upgraded"));
    ASSERT_EQ(hits.size(), 2) << "\"upgraded\" also finds \"upgrades\"";
    EXPECT_EQ(hits.first(), QStringLiteral("Router upgraded overnight"));
}

TEST(KnowledgeRanking, TheExactWordBreaksTheTieBetweenTwoFormsOfIt)
{
    TempDatabase db;
    KnowledgeStore store(*db);
    // The same text but for the form of one word; the older article would win a tie.
    add(store, QStringLiteral("Router upgrades overnight"), QStringLiteral("The provider upgrades it."));
    add(store, QStringLiteral("Router upgraded overnight"), QStringLiteral("The provider upgraded it."));
    EXPECT_EQ(
        titles(store, QStringLiteral("router upgraded")),
        QStringList({ QStringLiteral("Router upgraded overnight"), QStringLiteral("Router upgrades overnight") }));
    EXPECT_EQ(titles(store, QStringLiteral("router upgrades")).value(0), QStringLiteral("Router upgrades overnight"));
}

TEST(KnowledgeRanking, AnArticleWithEveryWordInItsTitleRanksFirst)
{
    TempDatabase db;
    KnowledgeStore store(*db);
    add(store, QStringLiteral("Paying by card"),
        QStringLiteral("Invoices can be paid by card. An invoice paid by card is booked at once. Card card card."));
    add(store, QStringLiteral("Pay an invoice by card"), QStringLiteral("Open the portal."));
    EXPECT_EQ(titles(store, QStringLiteral("pay invoice card")).value(0), QStringLiteral("Pay an invoice by card"));
}

TEST(KnowledgeRanking, ARareWordFindsItsArticleAmongHundredsThatShareTheCommonOne)
{
    TempDatabase db;
    KnowledgeStore store(*db);
    add(store, QStringLiteral("Where is my invoice?"), QStringLiteral("In the customer portal."));
    add(store, QStringLiteral("Router lights"), QStringLiteral("What the router's lights say about the invoice."));
    // More articles with the common word than a search scores: only the rare word's are.
    ASSERT_TRUE(db->write([&]() -> Result<void> {
                      for (int i = 0; i < KnowledgeRanker::kCandidateBudget + 100; ++i)
                          add(store, QStringLiteral("Notice %1").arg(i),
                              QStringLiteral("Each invoice is a notice; this is notice %1.").arg(i));
                      return {};
                  }).ok());
    EXPECT_EQ(titles(store, QStringLiteral("router invoice ")).value(0), QStringLiteral("Router lights"));
    // Every word common: the article with it in its title still comes first, even the oldest.
    EXPECT_EQ(titles(store, QStringLiteral("invoice ")).value(0), QStringLiteral("Where is my invoice?"));
    EXPECT_EQ(titles(store, QStringLiteral("invo")).value(0), QStringLiteral("Where is my invoice?"));
}

TEST(KnowledgeRanking, SynonymsFindOtherWordsForTheSameThing)
{
    TempDatabase db;
    KnowledgeStore store(*db);
    add(store, QStringLiteral("How do I put a package on hold?"), QStringLiteral("Use apt-mark hold."));
    add(store, QStringLiteral("What is a package?"), QStringLiteral("An archive with files."));
    // "prevent" and "keep" are in one seeded group; "upgraded" and "upgrade" share a stem.
    KnowledgeSynonyms synonyms(*db);
    auto set = synonyms.setGroups({ { QStringLiteral("Prevent"), QStringLiteral("hold"), QStringLiteral("keep") } });
    ASSERT_TRUE(set.ok());
    EXPECT_EQ(set->first(),
              (QStringList { QStringLiteral("prevent"), QStringLiteral("hold"), QStringLiteral("keep") }));
    EXPECT_EQ(titles(store, QStringLiteral("prevent a package from being upgraded")).value(0),
              QStringLiteral("How do I put a package on hold?"));
    // Without the group, the other article is as good a guess.
    ASSERT_TRUE(synonyms.setGroups({}).ok());
    EXPECT_EQ(synonyms.groups()->size(), 0);
}

TEST(KnowledgeRanking, SynonymGroupsAreCheckedAndNameTheBadGroup)
{
    TempDatabase db;
    KnowledgeSynonyms synonyms(*db);
    auto lonely
        = synonyms.setGroups({ { QStringLiteral("bill"), QStringLiteral("invoice") }, { QStringLiteral("x") } });
    ASSERT_FALSE(lonely.ok());
    EXPECT_EQ(lonely.error().code, ErrorCode::BadRequest);
    EXPECT_EQ(lonely.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("groups[1]"));
    // A rejected list changes nothing: the seeded groups are still there.
    EXPECT_GT(synonyms.groups()->size(), 5);
    EXPECT_FALSE(synonyms.setGroups({ { QString(50, u'a'), QStringLiteral("b") } }).ok());
}

TEST(KnowledgeRanking, HelpedArticlesRiseButOnlyBoundedly)
{
    TempDatabase db;
    AuthStore auth(*db);
    const qint64 agent
        = auth.addUserWithHash(QStringLiteral("agent1"), QStringLiteral("A"), Role::Agent, QStringLiteral("x"))->id;
    KnowledgeStore store(*db);
    const qint64 first = add(store, QStringLiteral("Resetting the modem"), QStringLiteral("Hold the reset pin."));
    const qint64 second = add(store, QStringLiteral("Resetting the modem safely"), QStringLiteral("Hold the pin."));
    Q_UNUSED(first);
    const QString query = QStringLiteral("resetting modem");
    const QString before = titles(store, query).value(0);
    // Agents found the second one helpful many times: it rises above its twin...
    const qint64 favoured = before == QStringLiteral("Resetting the modem") ? second : first;
    for (int i = 0; i < 20; ++i)
        ASSERT_TRUE(store.feedback({ agent, Role::Agent }, favoured, true, {}).ok());
    EXPECT_NE(titles(store, query).value(0), before);
    // ...but no amount of votes lifts an article that does not match the question's words.
    const qint64 unrelated = add(store, QStringLiteral("Opening hours"), QStringLiteral("We are open on modem days."));
    for (int i = 0; i < 50; ++i)
        ASSERT_TRUE(store.feedback({ agent, Role::Agent }, unrelated, true, {}).ok());
    EXPECT_NE(titles(store, query).value(0), QStringLiteral("Opening hours"));
}

TEST(KnowledgeRanking, LearnedKeysAreTheQueryWordsBaseForms)
{
    EXPECT_EQ(KnowledgeRanker::learnedKeys(QStringLiteral("How do I stop the Upgrades?")),
              (QStringList { QStringLiteral("stop"), QStringLiteral("upgrad") }));
    EXPECT_EQ(KnowledgeRanker::learnedKeys(QStringLiteral("upgrading upgraded upgrade upgrades")),
              QStringList { QStringLiteral("upgrad") })
        << "every form of a word is remembered under one key";
}

namespace {

struct LearningWorld
{
    TempDatabase db;
    KnowledgeStore store { *db };
    KnowledgeStore::Actor agent;
    qint64 homework = 0;
    qint64 hours = 0;

    LearningWorld()
    {
        AuthStore auth(*db);
        agent = {
            auth.addUserWithHash(QStringLiteral("agent1"), QStringLiteral("A"), Role::Agent, QStringLiteral("x"))->id,
            Role::Agent
        };
        // The answer uses none of the words a student would ask in.
        homework = add(store, QStringLiteral("I have to write a program for homework. Can you help?"),
                       QStringLiteral("No. Ask your teacher; we answer questions about the compiler."));
        add(store, QStringLiteral("Why can't I use an assignment in an expression?"),
            QStringLiteral("An assignment is a statement, not an expression."));
        hours
            = add(store, QStringLiteral("Opening hours of the support desk"), QStringLiteral("Weekdays from 9 to 5."));
    }
};

} // namespace

TEST(KnowledgeRanking, AnArticleIsFoundInTheWordsAgentsSearchedWithWhenItHelped)
{
    LearningWorld w;
    const QString question = QStringLiteral("will you do my school assignment");
    const QString title = QStringLiteral("I have to write a program for homework. Can you help?");
    ASSERT_FALSE(titles(w.store, question).contains(title)) << "the article has none of the question's words";

    // An agent searched in these words, found the article and marked it helped.
    ASSERT_TRUE(w.store.feedback(w.agent, w.homework, true, {}, QStringLiteral("school assignment help")).ok());
    EXPECT_TRUE(titles(w.store, question).contains(title)) << "a later search in some of the same words finds it";
    KnowledgeStore::SearchQuery q;
    q.text = question;
    for (const QJsonValue &item : w.store.search(q)->value(QStringLiteral("items")).toArray()) {
        const QJsonObject hit = item.toObject();
        EXPECT_EQ(hit.value(QStringLiteral("learned")).toBool(), hit.value(QStringLiteral("title")).toString() == title)
            << "only the article agents' searches led to is marked learned";
    }
    EXPECT_TRUE(titles(w.store, QStringLiteral("school")).contains(title)) << "even when no article has the word";
    // A second agent confirms: the words now count fully, and the article ranks first.
    ASSERT_TRUE(w.store.feedback(w.agent, w.homework, true, {}, QStringLiteral("my school assignments")).ok());
    EXPECT_EQ(titles(w.store, question).value(0), title);
    // Feedback without a search (a link, a suggestion) teaches no words.
    EXPECT_FALSE(titles(w.store, QStringLiteral("opening hours")).contains(title));
}

TEST(KnowledgeRanking, DidNotHelpInTheSameWordsUndoesWhatWasLearned)
{
    LearningWorld w;
    const QString title = QStringLiteral("I have to write a program for homework. Can you help?");
    ASSERT_TRUE(w.store.feedback(w.agent, w.homework, true, {}, QStringLiteral("school assignment")).ok());
    ASSERT_TRUE(titles(w.store, QStringLiteral("school assignment")).contains(title));
    ASSERT_TRUE(
        w.store
            .feedback(w.agent, w.homework, false, QStringLiteral("wrong answer"), QStringLiteral("school assignments"))
            .ok());
    EXPECT_FALSE(titles(w.store, QStringLiteral("school assignment")).contains(title));
}

namespace {

QStringList learnedWords(KnowledgeStore &store, qint64 id)
{
    QStringList out;
    const auto learned = store.learnedWords(id);
    EXPECT_TRUE(learned.ok()) << (learned.ok() ? std::string() : learned.error().message.toStdString());
    if (learned.ok()) {
        for (const QJsonValue &w : learned->value(QStringLiteral("words")).toArray())
            out.append(w.toObject().value(QStringLiteral("word")).toString());
    }
    return out;
}

} // namespace

TEST(KnowledgeRanking, AForgottenWordNoLongerFindsTheArticle)
{
    LearningWorld w;
    const QString title = QStringLiteral("I have to write a program for homework. Can you help?");
    const qint64 hours = w.hours;
    ASSERT_TRUE(w.store.feedback(w.agent, w.homework, true, {}, QStringLiteral("school assignment")).ok());
    ASSERT_TRUE(w.store.feedback(w.agent, w.homework, true, {}, QStringLiteral("school")).ok());
    ASSERT_TRUE(w.store.feedback(w.agent, hours, true, {}, QStringLiteral("school holidays")).ok());
    EXPECT_EQ(learnedWords(w.store, w.homework),
              (QStringList { QStringLiteral("school"), QStringLiteral("assignment") }))
        << "most helped first";
    ASSERT_EQ(titles(w.store, QStringLiteral("school")).value(0), title);

    auto forgot = w.store.forgetLearned(w.homework, QStringLiteral("school"));
    ASSERT_TRUE(forgot.ok());
    EXPECT_EQ(forgot->value(QStringLiteral("forgotten")).toInteger(), 1);
    EXPECT_EQ(learnedWords(w.store, w.homework), QStringList { QStringLiteral("assignment") });
    EXPECT_EQ(learnedWords(w.store, hours), (QStringList { QStringLiteral("holiday"), QStringLiteral("school") }))
        << "another article's lesson in the same word stays";
    EXPECT_FALSE(titles(w.store, QStringLiteral("school")).contains(title));
    EXPECT_TRUE(titles(w.store, QStringLiteral("school assignment")).contains(title)) << "the other word still counts";

    forgot = w.store.forgetLearned(w.homework, std::nullopt);
    ASSERT_TRUE(forgot.ok());
    EXPECT_EQ(forgot->value(QStringLiteral("forgotten")).toInteger(), 1);
    EXPECT_TRUE(learnedWords(w.store, w.homework).isEmpty());
    EXPECT_FALSE(titles(w.store, QStringLiteral("school assignment")).contains(title));
    EXPECT_EQ(learnedWords(w.store, hours).size(), 2);

    EXPECT_EQ(w.store.learnedWords(987654).error().code, ErrorCode::NotFound);
    EXPECT_EQ(w.store.forgetLearned(987654, std::nullopt).error().code, ErrorCode::NotFound);
}

TEST(KnowledgeRanking, TheLeadReadsALearnedWordAsAnAgentLastTypedIt)
{
    LearningWorld w;
    ASSERT_TRUE(w.store.feedback(w.agent, w.homework, true, {}, QStringLiteral("School assignments")).ok());
    ASSERT_TRUE(w.store.feedback(w.agent, w.homework, true, {}, QStringLiteral("assignment")).ok());
    const auto learned = w.store.learnedWords(w.homework);
    ASSERT_TRUE(learned.ok());
    QHash<QString, QString> shownByKey;
    for (const QJsonValue &v : learned->value(QStringLiteral("words")).toArray())
        shownByKey.insert(v.toObject().value(QStringLiteral("word")).toString(),
                          v.toObject().value(QStringLiteral("shown")).toString());
    EXPECT_EQ(shownByKey.value(QStringLiteral("assignment")), QStringLiteral("assignment")) << "the latest form";
    EXPECT_EQ(shownByKey.value(QStringLiteral("school")), QStringLiteral("school")) << "lower case, as searched";
    ASSERT_EQ(shownByKey.size(), 2);

    // "upgrades" is kept under "upgrad", but read as typed; forgetting takes the key.
    ASSERT_TRUE(w.store.feedback(w.agent, w.homework, true, {}, QStringLiteral("upgrades")).ok());
    const auto again = w.store.learnedWords(w.homework);
    ASSERT_TRUE(again.ok());
    bool seen = false;
    for (const QJsonValue &v : again->value(QStringLiteral("words")).toArray()) {
        if (v.toObject().value(QStringLiteral("word")).toString() == u"upgrad") {
            EXPECT_EQ(v.toObject().value(QStringLiteral("shown")).toString(), QStringLiteral("upgrades"));
            seen = true;
        }
    }
    EXPECT_TRUE(seen);
    auto forgot = w.store.forgetLearned(w.homework, QStringLiteral("upgrad"));
    ASSERT_TRUE(forgot.ok());
    EXPECT_EQ(forgot->value(QStringLiteral("forgotten")).toInteger(), 1);
}

TEST(KnowledgeRanking, LearnedArticlesStillObeyTheSearchFilters)
{
    LearningWorld w;
    KnowledgeStore::Content internal;
    internal.title = QStringLiteral("Goodwill credit for a late delivery");
    internal.body = QStringLiteral("Up to 10 % of the order.");
    internal.visibility = QStringLiteral("internal");
    auto id = w.store.addPublished(internal, 0, QStringLiteral("test"));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(w.store.feedback(w.agent, id.value(), true, {}, QStringLiteral("parcel came a week late")).ok());
    KnowledgeStore::SearchQuery q;
    q.text = QStringLiteral("parcel late");
    ASSERT_EQ(w.store.search(q)->value(QStringLiteral("items")).toArray().size(), 1) << "agents find it";
    q.visibility = QStringLiteral("public");
    EXPECT_TRUE(w.store.search(q)->value(QStringLiteral("items")).toArray().isEmpty())
        << "what the customer's FAQ search shows stays public";
}

TEST(KnowledgeRanking, ParaphrasesOverDebianFaqsKeepTheirTopThreeScore)
{
    TempDatabase db;
    QString out, err;
    QTextStream o(&out), e(&err);
    ASSERT_EQ(runKbImportCommand({ QStringLiteral("/usr/share/doc/debian/FAQ/index.en.html"),
                                   QStringLiteral("/usr/share/doc/python3.11/html/faq/index.html"),
                                   QStringLiteral("/usr/share/doc/sqlite3/faq.html") },
                                 *db, o, e),
              0)
        << err.toStdString() << ": the Debian FAQ packages are test dependencies (scripts/install-deps)";
    KnowledgeStore store(*db);
    QFile file(QStringLiteral(SPOCS_SOURCE_DIR "/tests/fixtures/kb/faq-paraphrases.tsv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    int asked = 0, top3 = 0;
    QStringList misses;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QStringList cols = line.split(u'\t');
        if (cols.size() != 3 || cols.at(0) != u"tune")
            continue;
        ++asked;
        const QStringList hits = titles(store, cols.at(1) + u' ', 3);
        if (hits.contains(cols.at(2)))
            ++top3;
        else
            misses.append(cols.at(1) + QStringLiteral(" -> ") + hits.join(QStringLiteral(" | ")));
    }
    ASSERT_GE(asked, 25);
    // 26 of 30 when the ranking was written (86.7 %): the set must not lose any of them.
    EXPECT_GE(top3 * 30, asked * 26) << top3 << "/" << asked << " in the top 3; misses:\n"
                                     << misses.join(u'\n').toStdString();
}
