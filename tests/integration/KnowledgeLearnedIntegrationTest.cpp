#include "KnowledgeTestSupport.h"

#include <QDateTime>
#include <QJsonArray>

#include <gtest/gtest.h>

// kb.learned and kb.learned.forget: a lead sees the words agents' searches taught an article and
// undoes a wrong lesson, so later searches in those words stop finding the article by them.

using namespace spocs;
using namespace spocs::test;

namespace {

class KnowledgeLearnedTest : public KnowledgeSuite
{
protected:
    // The id of the first published public article a search for q finds.
    qint64 firstHit(const QString &q)
    {
        const Reply r
            = call(m_agent, QStringLiteral("kb.search"),
                   { { QStringLiteral("q"), q }, { QStringLiteral("visibility"), QStringLiteral("public") } });
        EXPECT_TRUE(r.ok) << r.error.message.toStdString();
        return r.data.value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("id")).toInteger();
    }

    // The article's hit in a search for q (empty when it is not listed).
    QJsonObject hitFor(qint64 id, const QString &q)
    {
        const Reply r = call(m_agent, QStringLiteral("kb.search"), { { QStringLiteral("q"), q } });
        EXPECT_TRUE(r.ok) << r.error.message.toStdString();
        for (const QJsonValue &item : r.data.value(QStringLiteral("items")).toArray()) {
            if (item.toObject().value(QStringLiteral("id")).toInteger() == id)
                return item.toObject();
        }
        return {};
    }

    void helped(qint64 id, const QString &query)
    {
        const Reply r = callWrite(
            m_agent, QStringLiteral("kb.feedback"),
            { { QStringLiteral("id"), id }, { QStringLiteral("helped"), true }, { QStringLiteral("query"), query } });
        ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    }

    static QStringList wordsOf(const Reply &r)
    {
        QStringList out;
        for (const QJsonValue &w : r.data.value(QStringLiteral("words")).toArray())
            out.append(w.toObject().value(QStringLiteral("word")).toString());
        return out;
    }
};

} // namespace

TEST_F(KnowledgeLearnedTest, ALeadSeesWhatSearchesTaughtAnArticleAndForgetsAWrongLesson)
{
    const qint64 id = firstHit(QStringLiteral("tracking"));
    ASSERT_GT(id, 0);
    const QString article = QStringLiteral("articleId");
    const Reply none = call(m_lead, QStringLiteral("kb.learned"), { { article, id } });
    ASSERT_TRUE(none.ok) << none.error.message.toStdString();
    EXPECT_EQ(none.data.value(article).toInteger(), id);
    EXPECT_TRUE(wordsOf(none).isEmpty());

    ASSERT_NO_FATAL_FAILURE(helped(id, QStringLiteral("whereabouts of my consignment")));
    ASSERT_NO_FATAL_FAILURE(helped(id, QStringLiteral("consignment voucher")));
    const Reply learned = call(m_lead, QStringLiteral("kb.learned"), { { article, id } });
    ASSERT_TRUE(learned.ok) << learned.error.message.toStdString();
    const QStringList words = wordsOf(learned);
    ASSERT_EQ(words.size(), 3) << qPrintable(words.join(u','));
    const QJsonObject top = learned.data.value(QStringLiteral("words")).toArray().at(0).toObject();
    EXPECT_EQ(top.value(QStringLiteral("word")).toString(), QStringLiteral("consignment")) << "most helped first";
    EXPECT_EQ(top.value(QStringLiteral("helped")).toInteger(), 2);
    EXPECT_EQ(top.value(QStringLiteral("notHelped")).toInteger(), 0);
    EXPECT_TRUE(hitFor(id, QStringLiteral("consignment")).value(QStringLiteral("learned")).toBool());
    EXPECT_TRUE(hitFor(id, QStringLiteral("voucher")).value(QStringLiteral("learned")).toBool());

    // "voucher" was a wrong lesson: the lead forgets that word, and only that word.
    const QString voucher = QStringLiteral("voucher");
    ASSERT_TRUE(words.contains(voucher)) << qPrintable(words.join(u','));
    const Reply forgot = callWrite(m_lead, QStringLiteral("kb.learned.forget"),
                                   { { article, id }, { QStringLiteral("word"), voucher } });
    ASSERT_TRUE(forgot.ok) << forgot.error.message.toStdString();
    EXPECT_EQ(forgot.data.value(QStringLiteral("forgotten")).toInteger(), 1);
    QStringList rest = words;
    rest.removeAll(voucher);
    EXPECT_EQ(wordsOf(forgot), rest) << "the answer is the remaining list";
    EXPECT_EQ(wordsOf(call(m_lead, QStringLiteral("kb.learned"), { { article, id } })), rest);
    EXPECT_FALSE(hitFor(id, QStringLiteral("voucher")).value(QStringLiteral("learned")).toBool())
        << "a later search no longer finds the article by the forgotten word";
    EXPECT_TRUE(hitFor(id, QStringLiteral("consignment")).value(QStringLiteral("learned")).toBool())
        << "the other words still count";

    // A word it has not learned removes nothing.
    const Reply again = callWrite(m_lead, QStringLiteral("kb.learned.forget"),
                                  { { article, id }, { QStringLiteral("word"), voucher } });
    ASSERT_TRUE(again.ok) << again.error.message.toStdString();
    EXPECT_EQ(again.data.value(QStringLiteral("forgotten")).toInteger(), 0);
    EXPECT_EQ(wordsOf(again), rest);

    // Without a word, every learned word of the article goes.
    const Reply all = callWrite(m_lead, QStringLiteral("kb.learned.forget"), { { article, id } });
    ASSERT_TRUE(all.ok) << all.error.message.toStdString();
    EXPECT_EQ(all.data.value(QStringLiteral("forgotten")).toInteger(), rest.size());
    EXPECT_TRUE(wordsOf(all).isEmpty());
    EXPECT_FALSE(hitFor(id, QStringLiteral("consignment")).value(QStringLiteral("learned")).toBool());
    EXPECT_FALSE(hitFor(id, QStringLiteral("whereabouts")).value(QStringLiteral("learned")).toBool());

    // Audited against the article, with the count and never the word (it may be a customer's name).
    Connection admin;
    ASSERT_TRUE(loginAndWait(admin, s_coordinator->url(), QStringLiteral("admin")).ok);
    const Reply audit
        = call(admin, QStringLiteral("audit.query"),
               { { QStringLiteral("user"), QStringLiteral("lead1") },
                 { QStringLiteral("from"), QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate) },
                 { QStringLiteral("to"), QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate) } });
    ASSERT_TRUE(audit.ok) << audit.error.message.toStdString();
    QStringList details;
    for (const QJsonValue &v : audit.data.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("action")).toString() != QLatin1String("kb.learned.forget"))
            continue;
        EXPECT_EQ(e.value(QStringLiteral("subject")).toString(), QStringLiteral("kb:%1").arg(id));
        details.append(e.value(QStringLiteral("detail")).toString());
    }
    EXPECT_EQ(details.size(), 3);
    EXPECT_FALSE(details.join(u' ').contains(QStringLiteral("voucher")));
}

TEST_F(KnowledgeLearnedTest, OnlyLeadsForgetAndAgentsDoNotReadWhatWasLearned)
{
    const qint64 id = firstHit(QStringLiteral("tracking"));
    ASSERT_GT(id, 0);
    const QJsonObject args { { QStringLiteral("articleId"), id } };
    EXPECT_EQ(call(m_agent, QStringLiteral("kb.learned"), args).error.code, ErrorCode::Forbidden);
    EXPECT_EQ(callWrite(m_agent, QStringLiteral("kb.learned.forget"), args).error.code, ErrorCode::Forbidden);
    Connection admin;
    ASSERT_TRUE(loginAndWait(admin, s_coordinator->url(), QStringLiteral("admin")).ok);
    const Reply read = call(admin, QStringLiteral("kb.learned"), args);
    EXPECT_TRUE(read.ok) << read.error.message.toStdString();
    EXPECT_EQ(callWrite(admin, QStringLiteral("kb.learned.forget"), args).error.code, ErrorCode::Forbidden);
}

TEST_F(KnowledgeLearnedTest, BadInputGetsTypedErrors)
{
    const QString article = QStringLiteral("articleId");
    const QString word = QStringLiteral("word");
    EXPECT_EQ(call(m_lead, QStringLiteral("kb.learned"), { { article, 987654 } }).error.code, ErrorCode::NotFound);
    EXPECT_EQ(callWrite(m_lead, QStringLiteral("kb.learned.forget"), { { article, 987654 } }).error.code,
              ErrorCode::NotFound);
    for (const QJsonValue &bad : { QJsonValue(QStringLiteral("KB-1")), QJsonValue(0), QJsonValue() }) {
        const Reply r = call(m_lead, QStringLiteral("kb.learned"), { { article, bad } });
        EXPECT_EQ(r.error.code, ErrorCode::BadRequest);
        EXPECT_EQ(r.error.details.value(QStringLiteral("field")).toString(), article);
    }
    const qint64 id = firstHit(QStringLiteral("tracking"));
    // A word that is not a plain word is an error, never "forget them all".
    for (const QJsonValue &bad : { QJsonValue(42), QJsonValue(QString()), QJsonValue(QJsonValue::Null),
                                   QJsonValue(QString(65, u'a')), QJsonValue(QJsonArray { QStringLiteral("a") }) }) {
        const Reply r = callWrite(m_lead, QStringLiteral("kb.learned.forget"), { { article, id }, { word, bad } });
        EXPECT_EQ(r.error.code, ErrorCode::BadRequest);
        EXPECT_EQ(r.error.details.value(QStringLiteral("field")).toString(), word);
    }
    const Reply noCid = call(m_lead, QStringLiteral("kb.learned.forget"), { { article, id } });
    EXPECT_EQ(noCid.error.code, ErrorCode::BadRequest);
    EXPECT_EQ(noCid.error.details.value(QStringLiteral("field")).toString(), QStringLiteral("cid"));
}
