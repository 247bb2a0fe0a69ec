#include "models/KnowledgeSearchModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace spocs;

namespace {
const QChar kOpen(0xE000);
const QChar kClose(0xE001);

QJsonObject hit(qint64 id, const QString &title, const QString &snippet = {})
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("title"), title },
                         { QStringLiteral("snippet"), snippet },
                         { QStringLiteral("tags"), QJsonArray { QStringLiteral("billing") } },
                         { QStringLiteral("visibility"), QStringLiteral("public") },
                         { QStringLiteral("status"), QStringLiteral("published") },
                         { QStringLiteral("language"), QStringLiteral("en") },
                         { QStringLiteral("score"), 1.5 } };
}

QJsonObject answer(const QJsonArray &items, int total = -1)
{
    return QJsonObject { { QStringLiteral("items"), items },
                         { QStringLiteral("total"), total < 0 ? items.size() : total } };
}
} // namespace

TEST(KnowledgeSearchModel, PassesModelTester)
{
    KnowledgeSearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResults(QJsonArray { hit(1, QStringLiteral("Refund")), hit(2, QStringLiteral("Reset password")),
                                  hit(3, QStringLiteral("Invoice copy")) });
    EXPECT_TRUE(model.removeArticle(2));
    EXPECT_FALSE(model.removeArticle(99));
    model.setResults(QJsonArray {});
    model.setResults(QJsonArray { hit(4, QStringLiteral("Delivery")) });
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(KnowledgeSearchModel, ExposesHitRolesAndBoldSnippet)
{
    KnowledgeSearchModel model;
    const QString snippet
        = QStringLiteral("how to ") + kOpen + QStringLiteral("refund") + kClose + QStringLiteral(" <fast> & safe");
    model.setResults(QJsonArray { hit(42, QStringLiteral("Refunds"), snippet) }, 9);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.total(), 9);
    const QModelIndex i = model.index(0, 0);
    EXPECT_EQ(i.data().toString(), QStringLiteral("Refunds"));
    EXPECT_EQ(i.data(KnowledgeSearchModel::IdRole).toLongLong(), 42);
    EXPECT_EQ(i.data(KnowledgeSearchModel::SnippetRole).toString(), snippet);
    EXPECT_EQ(i.data(KnowledgeSearchModel::SnippetHtmlRole).toString(),
              QStringLiteral("how to <b>refund</b> &lt;fast&gt; &amp; safe"));
    EXPECT_EQ(i.data(Qt::ToolTipRole).toString(), QStringLiteral("how to refund <fast> & safe"));
    EXPECT_EQ(i.data(KnowledgeSearchModel::TagsRole).toStringList(), QStringList { QStringLiteral("billing") });
    EXPECT_EQ(i.data(KnowledgeSearchModel::VisibilityRole).toString(), QStringLiteral("public"));
    EXPECT_EQ(model.rowOf(42), 0);
    EXPECT_EQ(model.articleIdAt(5), 0);
}

TEST(KnowledgeSearchModel, AnArticleFoundOnlyByAgentsEarlierSearchesSaysSo)
{
    KnowledgeSearchModel model;
    QJsonObject learnedOnly = hit(7, QStringLiteral("Can you do my homework?"));
    learnedOnly.insert(QStringLiteral("learned"), true);
    QJsonObject learnedAndMatched = hit(8, QStringLiteral("Assignments"), QStringLiteral("an assignment is"));
    learnedAndMatched.insert(QStringLiteral("learned"), true);
    model.setResults(QJsonArray { learnedOnly, learnedAndMatched, hit(9, QStringLiteral("Refunds")) });
    const QModelIndex only = model.index(0, 0);
    EXPECT_TRUE(only.data(KnowledgeSearchModel::LearnedRole).toBool());
    EXPECT_EQ(only.data(Qt::ToolTipRole).toString(),
              QStringLiteral("Agents found this article with searches like this one."))
        << "no word matched: the tooltip says why the article is listed";
    EXPECT_EQ(model.index(1, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("an assignment is"));
    EXPECT_FALSE(model.index(2, 0).data(KnowledgeSearchModel::LearnedRole).toBool());
    EXPECT_TRUE(model.index(2, 0).data(Qt::ToolTipRole).toString().isEmpty());
}

TEST(KnowledgeSearchModel, SnippetMarkersAreEscapedAndBalanced)
{
    EXPECT_EQ(snippetToHtml(kOpen + QStringLiteral("<b>x</b>")), QStringLiteral("<b>&lt;b&gt;x&lt;/b&gt;</b>"));
    // A stray closing marker is dropped; an unclosed one runs to the end.
    EXPECT_EQ(snippetToHtml(QStringLiteral("a") + kClose + QStringLiteral("b")), QStringLiteral("ab"));
    EXPECT_EQ(snippetToHtml(QStringLiteral("a ") + kOpen + QStringLiteral("b c")), QStringLiteral("a <b>b c</b>"));
    EXPECT_EQ(snippetToHtml(QString()), QString());
}

TEST(KnowledgeSearchModel, StaleAnswersAreDropped)
{
    KnowledgeSearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const quint64 first = model.beginQuery(KnowledgeSearchModel::Mode::Search, QStringLiteral("ref"));
    const quint64 second = model.beginQuery(KnowledgeSearchModel::Mode::Search, QStringLiteral("refund"));
    EXPECT_TRUE(model.isBusy());
    EXPECT_FALSE(model.applyAnswer(first, answer(QJsonArray { hit(1, QStringLiteral("old")) })));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(model.applyAnswer(second, answer(QJsonArray { hit(2, QStringLiteral("new")) })));
    EXPECT_FALSE(model.isBusy());
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.articleIdAt(0), 2);
    EXPECT_EQ(model.mode(), KnowledgeSearchModel::Mode::Search);
    EXPECT_EQ(model.query(), QStringLiteral("refund"));
}

TEST(KnowledgeSearchModel, ErrorClearsRowsAndIsReported)
{
    KnowledgeSearchModel model;
    QSignalSpy failed(&model, &KnowledgeSearchModel::searchFailed);
    model.setResults(QJsonArray { hit(1, QStringLiteral("a")) });
    const quint64 g = model.beginQuery(KnowledgeSearchModel::Mode::Search, QStringLiteral("x"));
    EXPECT_TRUE(model.applyError(g, makeError(ErrorCode::RateLimited, QStringLiteral("slow down"))));
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.first().first().value<Error>().code, ErrorCode::RateLimited);
}

TEST(KnowledgeSearchModel, BlankQueryWithoutContextShowsNothing)
{
    KnowledgeSearchModel model;
    model.setResults(QJsonArray { hit(1, QStringLiteral("a")) });
    model.setQuery(QStringLiteral("refund"));
    EXPECT_TRUE(model.hasPendingQuery());
    model.setQuery(QStringLiteral("   "));
    EXPECT_FALSE(model.hasPendingQuery());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.mode(), KnowledgeSearchModel::Mode::Idle);
    EXPECT_FALSE(model.isBusy());
}

TEST(KnowledgeSearchModel, BlankQueryWithContextAsksForSuggestions)
{
    // No connection: the suggestion request fails at once with unavailable, which shows
    // that a blank query with a context asks for suggestions instead of clearing.
    KnowledgeSearchModel model;
    QSignalSpy failed(&model, &KnowledgeSearchModel::searchFailed);
    model.setSuggestionContext({ QStringLiteral("SKU-1") });
    EXPECT_TRUE(model.hasSuggestionContext());
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.first().first().value<Error>().code, ErrorCode::Unavailable);
    EXPECT_EQ(model.mode(), KnowledgeSearchModel::Mode::Suggestions);

    model.setSuggestionContext({});
    EXPECT_EQ(model.mode(), KnowledgeSearchModel::Mode::Idle);
    EXPECT_EQ(failed.size(), 1);
}

TEST(KnowledgeSearchModel, SuggestionAnswerKeepsSuggestionMode)
{
    KnowledgeSearchModel model;
    const quint64 g = model.beginQuery(KnowledgeSearchModel::Mode::Suggestions);
    EXPECT_TRUE(model.applyAnswer(
        g, QJsonObject { { QStringLiteral("items"), QJsonArray { hit(7, QStringLiteral("Router setup")) } } }));
    EXPECT_EQ(model.mode(), KnowledgeSearchModel::Mode::Suggestions);
    EXPECT_EQ(model.total(), 1); // no "total" on kb.suggest: the row count
    EXPECT_TRUE(model.query().isEmpty());
}

TEST(KnowledgeSearchModel, MissingFieldsReadAsEmpty)
{
    KnowledgeSearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResults(QJsonArray { QJsonObject {}, QJsonValue(42), hit(3, QStringLiteral("ok")) });
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.articleIdAt(0), 0);
    EXPECT_TRUE(model.index(0, 0).data().toString().isEmpty());
    EXPECT_TRUE(model.index(1, 0).data(KnowledgeSearchModel::SnippetHtmlRole).toString().isEmpty());
}

TEST(KnowledgeSearchModel, ProblemTextAloneIsASuggestionContext)
{
    // With no contact reason or product yet, what the customer's last contact was about
    // still asks for suggestions.
    KnowledgeSearchModel model;
    QSignalSpy failed(&model, &KnowledgeSearchModel::searchFailed);
    model.setSuggestionContext({}, {}, QStringLiteral("E-mail: request for a quote"));
    EXPECT_TRUE(model.hasSuggestionContext());
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(model.mode(), KnowledgeSearchModel::Mode::Suggestions);
    model.setSuggestionContext({}, {}, {});
    EXPECT_EQ(model.mode(), KnowledgeSearchModel::Mode::Idle);
}

TEST(KnowledgeSearchModel, NotesAskForSuggestionsOnceTheAgentPauses)
{
    // No connection: each suggestion request fails at once with unavailable, so the failures
    // count the requests the notes caused.
    KnowledgeSearchModel model;
    model.setNotesDebounceInterval(50);
    QSignalSpy failed(&model, &KnowledgeSearchModel::searchFailed);
    for (const QString &typed : { QStringLiteral("cus"), QStringLiteral("customer wants to"),
                                  QStringLiteral("customer wants to stop the upgrade") }) {
        model.setNotesText(typed);
        EXPECT_TRUE(model.hasPendingNotes());
    }
    EXPECT_EQ(failed.size(), 0) << "nothing is asked while the agent types";
    // (QTRY_* would return silently inside a gtest TEST instead of failing it.)
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.size() >= 1; }, 5000)) << "no suggestion after the pause";
    EXPECT_EQ(failed.size(), 1) << "one request for the whole burst of typing";
    EXPECT_EQ(model.mode(), KnowledgeSearchModel::Mode::Suggestions);
    EXPECT_EQ(model.suggestionText(), QStringLiteral("customer wants to stop the upgrade"));
    // The notes come first, the problem the contact is about after them.
    model.setSuggestionContext({}, QStringLiteral("technical_issue"), QStringLiteral("router"));
    EXPECT_EQ(model.suggestionText(), QStringLiteral("customer wants to stop the upgrade router"));
    // The same text again asks nothing new.
    const qsizetype before = failed.size();
    model.setNotesText(QStringLiteral("customer  wants to stop the upgrade "));
    QTest::qWait(200);
    EXPECT_EQ(failed.size(), before);
}
