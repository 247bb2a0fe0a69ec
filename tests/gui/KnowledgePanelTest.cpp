#include "GuiTestSupport.h"
#include "support/ClientHelpers.h"
#include "support/CoordinatorProcess.h"
#include "support/WidgetLookup.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/ArticleLoader.h"
#include "models/ArticleVersionsModel.h"
#include "models/KnowledgeSearchModel.h"
#include "models/ReviewQueueModel.h"
#include "widgets/ArticleReader.h"
#include "widgets/CustomerPage.h"
#include "widgets/FeedbackDialog.h"
#include "widgets/KnowledgePanel.h"
#include "widgets/LoginDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/ProposeEditDialog.h"
#include "widgets/ReviewDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

#include <iostream>

using namespace spocs;
using spocs::test::child;

namespace {

constexpr int kLongWait = 20000;

// Stands in for the web browser and mail program: records what the desktop asks to open.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

// Clicks the link with this target in a text browser, where the agent would click it.
bool clickLink(QTextBrowser *browser, const QString &href)
{
    QTextDocument *doc = browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position() + fragment.length() / 2);
            const QPoint at = browser->cursorRect(cursor).center();
            browser->ensureCursorVisible();
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
            return true;
        }
    }
    return false;
}

QString wire(const char16_t *name)
{
    return QString::fromUtf16(name);
}

class KnowledgePanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(m_coordinator.start()) << qPrintable(m_coordinator.output());
    }

    void TearDown() override
    {
        if (HasFailure())
            std::cerr << "--- coordinator output (tail) ---\n"
                      << qPrintable(m_coordinator.output().right(3000)) << std::endl;
    }

    // Signs in through the real main window, as the desktop does at start.
    void signIn(MainWindow &window, Connection &connection, const QString &user)
    {
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.loginWith(m_coordinator.url(), user, QStringLiteral("demo"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return connection.state() == Connection::State::Connected; }, kLongWait));
        // The panel follows "kb" once connected.
        ASSERT_TRUE(QTest::qWaitFor([&] { return connection.topics().contains(QStringLiteral("kb")); }, kLongWait));
    }

    // A lead proposes and publishes an article; returns its id.
    qint64 publishAsLead(Connection &lead, const QString &title, const QString &body, const QJsonArray &reasons = {})
    {
        const Reply proposed = test::callWrite(
            lead, wire(op::KbPropose),
            QJsonObject { { QStringLiteral("title"), title },
                          { QStringLiteral("body"), body },
                          { QStringLiteral("tags"), QJsonArray { QStringLiteral("test") } },
                          { QStringLiteral("reasons"), reasons },
                          { QStringLiteral("visibility"), QStringLiteral("public") },
                          { QStringLiteral("changeNote"), QStringLiteral("written by the GUI test") } });
        EXPECT_TRUE(proposed.ok) << qPrintable(test::errorName(proposed));
        const qint64 id
            = proposed.data.value(QStringLiteral("article")).toObject().value(QStringLiteral("id")).toInteger();
        const qint64 version
            = proposed.data.value(QStringLiteral("proposal")).toObject().value(QStringLiteral("version")).toInteger();
        const Reply reviewed = test::callWrite(lead, wire(op::KbReview),
                                               QJsonObject { { QStringLiteral("id"), id },
                                                             { QStringLiteral("version"), version },
                                                             { QStringLiteral("action"), QStringLiteral("publish") } });
        EXPECT_TRUE(reviewed.ok) << qPrintable(test::errorName(reviewed));
        return id;
    }

    // Publishes an article and has an agent propose a new title for it; returns its id.
    qint64 proposeNewTitle(Connection &lead)
    {
        const qint64 id = publishAsLead(lead, QStringLiteral("Resetting the modem"),
                                        QStringLiteral("Unplug the modem.\nPlug it in."));
        Connection agent;
        EXPECT_TRUE(test::loginAndWait(agent, m_coordinator.url(), QStringLiteral("agent3")).ok);
        const Reply current = test::call(agent, wire(op::KbGet), QJsonObject { { QStringLiteral("id"), id } });
        EXPECT_TRUE(current.ok);
        const Reply proposed = test::callWrite(
            agent, wire(op::KbPropose),
            QJsonObject { { QStringLiteral("id"), id },
                          { QStringLiteral("version"),
                            current.data.value(QStringLiteral("article")).toObject().value(QStringLiteral("version")) },
                          { QStringLiteral("title"), QStringLiteral("Restarting the modem") },
                          { QStringLiteral("body"), QStringLiteral("Unplug the modem.\nPlug it in.") },
                          { QStringLiteral("changeNote"), QStringLiteral("the word customers use") } });
        EXPECT_TRUE(proposed.ok) << qPrintable(test::errorName(proposed));
        return id;
    }

    // Opens the lead's review queue on the proposal for article id, its diff loaded.
    ReviewDialog *reviewProposal(MainWindow &window, qint64 id)
    {
        ReviewDialog *review = window.knowledgePanel()->showReviewQueue();
        EXPECT_NE(review, nullptr);
        if (!review)
            return nullptr;
        auto *view = child<QTreeView>(review, "reviewProposalsView");
        auto *proposals = qobject_cast<ReviewQueueModel *>(view->model());
        int row = -1;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                for (int r = 0; r < proposals->rowCount(); ++r) {
                    if (proposals->itemAt(r).article.id == id)
                        row = r;
                }
                return row >= 0;
            },
            kLongWait));
        QSignalSpy loaded(review, &ReviewDialog::diffLoaded);
        view->setCurrentIndex(proposals->index(row, 0));
        EXPECT_TRUE(QTest::qWaitFor([&] { return loaded.count() > 0; }, kLongWait));
        return review;
    }

    test::CoordinatorProcess m_coordinator;
};

} // namespace

TEST_F(KnowledgePanelTest, AgentSearchesReadsSendsAndGivesFeedback)
{
    Connection connection;
    MainWindow window(&connection);
    ASSERT_NO_FATAL_FAILURE(signIn(window, connection, QStringLiteral("agent1")));
    KnowledgePanel *panel = window.knowledgePanel();
    ASSERT_NE(panel, nullptr);
    EXPECT_TRUE(child<QDockWidget>(window, "knowledgeDock")->isVisible());
    EXPECT_FALSE(child<QPushButton>(panel, "knowledgeReviewButton")->isVisible()) << "agents have no review queue";

    // The lead and the check of the customer's history use connections of their own.
    Connection lead;
    ASSERT_TRUE(test::loginAndWait(lead, m_coordinator.url(), QStringLiteral("lead1")).ok);
    Connection checker;
    ASSERT_TRUE(test::loginAndWait(checker, m_coordinator.url(), QStringLiteral("agent2")).ok);

    // Demo data should hold articles; if the seeder has none yet, make one.
    const Reply probe
        = test::call(checker, wire(op::KbSearch), QJsonObject { { QStringLiteral("q"), QStringLiteral("return") } });
    ASSERT_TRUE(probe.ok) << qPrintable(test::errorName(probe));
    if (probe.data.value(QStringLiteral("items")).toArray().isEmpty())
        publishAsLead(lead, QStringLiteral("Returning a product"), QStringLiteral("Customers may return products."));

    // Open a customer so "send to customer" has a target.
    const Reply customers
        = test::call(checker, wire(op::CustomerSearch),
                     QJsonObject { { QStringLiteral("q"), QStringLiteral("a") }, { QStringLiteral("limit"), 1 } });
    const QString customerId = customers.data.value(QStringLiteral("items"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
    ASSERT_FALSE(customerId.isEmpty());
    window.openCustomer(customerId);
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->reader()->customerId() == customerId; }, kLongWait));

    // Ctrl+K shows the dock and focuses the knowledge search.
    child<QDockWidget>(window, "knowledgeDock")->hide();
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    EXPECT_TRUE(child<QDockWidget>(window, "knowledgeDock")->isVisible());
    QLineEdit *search = child<QLineEdit>(panel, "knowledgeSearchEdit");
    EXPECT_TRUE(QTest::qWaitFor([&] { return search->hasFocus(); }, 5000)) << "Ctrl+K did not focus the search";
    search->setFocus();

    // Search as you type: results with highlighted snippets.
    QListView *results = child<QListView>(panel, "knowledgeResults");
    auto *hits = qobject_cast<KnowledgeSearchModel *>(results->model());
    ASSERT_NE(hits, nullptr);
    // With a customer open and nothing typed, the panel suggests articles for the contact.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return hits->mode() == KnowledgeSearchModel::Mode::Suggestions && hits->rowCount() > 0; }, kLongWait))
        << "no suggestions for the open customer";
    QTest::keyClicks(search, QStringLiteral("return"));
    // Wait for the search answer itself, not the suggestions that were listed before typing.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return hits->mode() == KnowledgeSearchModel::Mode::Search && !hits->hasPendingQuery()
                && hits->rowCount() > 0;
        },
        kLongWait))
        << qPrintable(child<QLabel>(panel, "knowledgeSearchStatus")->text());
    bool anyBold = false;
    for (int row = 0; row < results->model()->rowCount(); ++row)
        anyBold = anyBold
            || results->model()
                   ->index(row, 0)
                   .data(KnowledgeSearchModel::SnippetHtmlRole)
                   .toString()
                   .contains(QStringLiteral("<b>"));
    EXPECT_TRUE(anyBold) << "no snippet highlights the matched word";

    // Enter opens the first hit in the reader.
    const QString firstTitle = results->model()->index(0, 0).data().toString();
    QTest::keyClick(search, Qt::Key_Return);
    auto *title = child<QLabel>(panel, "articleTitleLabel");
    ASSERT_TRUE(QTest::qWaitFor([&] { return title->text() == firstTitle; }, kLongWait)) << qPrintable(title->text());
    const qint64 articleId = panel->reader()->loader()->articleId();
    EXPECT_FALSE(child<QTextBrowser>(panel, "articleBody")->toPlainText().isEmpty());

    // Double-click opens an article too.
    if (results->model()->rowCount() > 1) {
        const QModelIndex second = results->model()->index(1, 0);
        const QRect rect = results->visualRect(second);
        // An item view acts on a double click only after the press that started it.
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(results->viewport(), Qt::LeftButton, {}, rect.center());
        EXPECT_TRUE(QTest::qWaitFor([&] { return title->text() == second.data().toString(); }, kLongWait))
            << qPrintable(title->text());
        const QPoint first = results->visualRect(results->model()->index(0, 0)).center();
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, first);
        QTest::mouseDClick(results->viewport(), Qt::LeftButton, {}, first);
        ASSERT_TRUE(QTest::qWaitFor([&] { return title->text() == firstTitle; }, kLongWait));
    }

    // Send to the open customer: confirmed in the status bar, recorded in the history.
    ArticleReader *reader = panel->reader();
    auto *send = child<QAction>(reader, "articleSendAction");
    ASSERT_TRUE(send);
    ASSERT_TRUE(QTest::qWaitFor([&] { return send->isEnabled(); }, kLongWait));
    QTest::mouseClick(child<QToolButton>(reader, "articleSendActionButton"), Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.statusBar()->currentMessage().contains(firstTitle); }, kLongWait))
        << qPrintable(window.statusBar()->currentMessage());
    const Reply customer
        = test::call(checker, wire(op::CustomerGet), QJsonObject { { QStringLiteral("id"), customerId } });
    ASSERT_TRUE(customer.ok) << qPrintable(test::errorName(customer));
    bool recorded = false;
    for (const QJsonValue &item : customer.data.value(QStringLiteral("recentHistory")).toArray()) {
        const QJsonObject h = item.toObject();
        recorded = recorded
            || (h.value(QStringLiteral("type")).toString() == QStringLiteral("article")
                && h.value(QStringLiteral("ref")).toString() == QStringLiteral("KB-%1").arg(articleId));
    }
    EXPECT_TRUE(recorded) << "the customer's history has no article entry for KB-" << articleId;

    // "Did not help" asks for a comment, then counts.
    const int notHelpedBefore = reader->loader()->article().stats.notHelped;
    auto *notHelped = child<QAction>(reader, "articleNotHelpedAction");
    ASSERT_TRUE(notHelped);
    ASSERT_TRUE(QTest::qWaitFor([&] { return notHelped->isEnabled(); }, kLongWait));
    QTest::mouseClick(child<QToolButton>(reader, "articleNotHelpedActionButton"), Qt::LeftButton);
    FeedbackDialog *feedback = nullptr;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return (feedback = reader->findChild<FeedbackDialog *>()) != nullptr; }, kLongWait));
    QTest::keyClicks(child<QPlainTextEdit>(feedback, "feedbackCommentEdit"), QStringLiteral("steps are outdated"));
    QTest::mouseClick(child<QPushButton>(feedback, "feedbackSendButton"), Qt::LeftButton);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return reader->loader()->article().stats.notHelped == notHelpedBefore + 1; }, kLongWait))
        << reader->loader()->article().stats.notHelped;

    // Live update: a word nothing matches yet; the lead publishes an article with it and
    // the agent's results show it without any refresh.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("quokkaflux"));
    // The cleared field showed suggestions meanwhile; wait for the search's own answer.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return panel->model()->mode() == KnowledgeSearchModel::Mode::Search && !panel->model()->hasPendingQuery()
                && panel->model()->hasAnswer() && !panel->model()->isBusy();
        },
        kLongWait));
    EXPECT_EQ(results->model()->rowCount(), 0);
    const qint64 published = publishAsLead(lead, QStringLiteral("Quokkaflux router reset"),
                                           QStringLiteral("Hold the quokkaflux button for 10 seconds."));
    EXPECT_TRUE(QTest::qWaitFor([&] { return panel->model()->rowOf(published) >= 0; }, kLongWait))
        << "the published article did not appear live";

    if (const QString shot = qEnvironmentVariable("SPOCS_KB_SCREENSHOT"); !shot.isEmpty()) {
        window.resize(1440, 860);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("return"));
        (void)QTest::qWaitFor([&] { return results->model()->rowCount() > 0; }, kLongWait);
        QTest::keyClick(search, Qt::Key_Return);
        (void)QTest::qWaitFor([&] { return reader->loader()->state() == ArticleLoader::State::Loaded; }, kLongWait);
        QTest::qWait(400);
        window.grab().save(shot);
    }
}

TEST_F(KnowledgePanelTest, TheArticlesKeysWorkFromTheKnowledgeSearch)
{
    Connection connection;
    MainWindow window(&connection);
    ASSERT_NO_FATAL_FAILURE(signIn(window, connection, QStringLiteral("agent1")));
    KnowledgePanel *panel = window.knowledgePanel();
    ASSERT_NE(panel, nullptr);
    Connection lead;
    ASSERT_TRUE(test::loginAndWait(lead, m_coordinator.url(), QStringLiteral("lead1")).ok);
    publishAsLead(lead, QStringLiteral("Quokkaflux router reset"),
                  QStringLiteral("Hold the quokkaflux button for 10 seconds."));

    // Search, Enter reads the first hit, and the focus stays in the search field.
    QApplication::setActiveWindow(&window);
    QLineEdit *search = child<QLineEdit>(panel, "knowledgeSearchEdit");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("quokkaflux"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel->model()->hasPendingQuery() && panel->model()->rowCount() > 0; },
                                kLongWait));
    QTest::keyClick(search, Qt::Key_Return);
    ArticleReader *reader = panel->reader();
    auto *notHelped = child<QAction>(reader, "articleNotHelpedAction");
    ASSERT_TRUE(QTest::qWaitFor([&] { return notHelped->isEnabled(); }, kLongWait));
    ASSERT_TRUE(search->hasFocus());

    // The article's keys (here Ctrl+Shift+N, "did not help") work from there, without first
    // tabbing into the article.
    QTest::keyClick(search, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return reader->findChild<FeedbackDialog *>() != nullptr; }, 5000))
        << "Ctrl+Shift+N in the knowledge search asked nothing";
}

TEST_F(KnowledgePanelTest, AnArticleThatHelpedIsFoundByTheNextAgentInTheWordsOfTheSearch)
{
    Connection lead;
    ASSERT_TRUE(test::loginAndWait(lead, m_coordinator.url(), QStringLiteral("lead1")).ok);
    const qint64 article = publishAsLead(lead, QStringLiteral("Can you do my homework?"),
                                         QStringLiteral("No: we answer questions about our products."));
    Connection other;
    ASSERT_TRUE(test::loginAndWait(other, m_coordinator.url(), QStringLiteral("agent2")).ok);
    const auto otherFinds = [&](const QString &q) {
        const Reply found = test::call(other, wire(op::KbSearch), QJsonObject { { QStringLiteral("q"), q } });
        EXPECT_TRUE(found.ok) << qPrintable(test::errorName(found));
        for (const QJsonValue &item : found.data.value(QStringLiteral("items")).toArray()) {
            if (item.toObject().value(QStringLiteral("id")).toInteger() == article)
                return true;
        }
        return false;
    };
    ASSERT_FALSE(otherFinds(QStringLiteral("school assignment"))) << "the article has none of these words";

    // agent1 searches in their own words, opens the article from the results and says it helped.
    Connection connection;
    MainWindow window(&connection);
    ASSERT_NO_FATAL_FAILURE(signIn(window, connection, QStringLiteral("agent1")));
    KnowledgePanel *panel = window.knowledgePanel();
    QLineEdit *search = child<QLineEdit>(panel, "knowledgeSearchEdit");
    search->setFocus();
    // Types the search and waits until its answer lists the article.
    const auto searchUntilListed = [&](const QString &words) {
        search->clear();
        QTest::keyClicks(search, words);
        return QTest::qWaitFor(
            [&] {
                return panel->model()->mode() == KnowledgeSearchModel::Mode::Search
                    && !panel->model()->hasPendingQuery() && panel->model()->rowOf(article) >= 0;
            },
            kLongWait);
    };
    ASSERT_TRUE(searchUntilListed(QStringLiteral("homework school assignment")));
    QListView *results = child<QListView>(panel, "knowledgeResults");
    results->setCurrentIndex(results->model()->index(panel->model()->rowOf(article), 0));
    QTest::keyClick(results, Qt::Key_Return);
    ArticleReader *reader = panel->reader();
    ASSERT_TRUE(QTest::qWaitFor([&] { return reader->loader()->articleId() == article; }, kLongWait));
    auto *helped = child<QAction>(reader, "articleHelpedAction");
    ASSERT_TRUE(QTest::qWaitFor([&] { return helped->isEnabled(); }, kLongWait));
    QTest::mouseClick(child<QToolButton>(reader, "articleHelpedActionButton"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return reader->loader()->article().stats.helped == 1; }, kLongWait));

    // The next agent asks in other words that share some of agent1's: the article is found.
    EXPECT_TRUE(otherFinds(QStringLiteral("school assignment")));

    // In the panel, where none of the words is in the article, its row says why it is listed.
    ASSERT_TRUE(searchUntilListed(QStringLiteral("school assignment")));
    const QModelIndex row = panel->model()->index(panel->model()->rowOf(article), 0);
    EXPECT_TRUE(row.data(KnowledgeSearchModel::LearnedRole).toBool());
    EXPECT_EQ(row.data(Qt::ToolTipRole).toString(),
              QStringLiteral("Agents found this article with searches like this one."));
    if (const QString dir = qEnvironmentVariable("SPOCS_KB_SCREENSHOT"); !dir.isEmpty())
        panel->grab().save(QDir(dir).filePath(QStringLiteral("knowledge-learned.png")));
}

// End to end: what an agent's search taught an article shows under it in the lead's knowledge
// dock, and the word the lead forgets there no longer finds it.
TEST_F(KnowledgePanelTest, ALeadForgetsAWordAnAgentsSearchTaughtAnArticle)
{
    Connection lead;
    ASSERT_TRUE(test::loginAndWait(lead, m_coordinator.url(), QStringLiteral("lead1")).ok);
    const qint64 article = publishAsLead(lead, QStringLiteral("Can you do my homework?"),
                                         QStringLiteral("No: we answer questions about our products."));
    Connection agent;
    ASSERT_TRUE(test::loginAndWait(agent, m_coordinator.url(), QStringLiteral("agent1")).ok);
    const Reply helped
        = test::callWrite(agent, wire(op::KbFeedback),
                          QJsonObject { { QStringLiteral("id"), article },
                                        { QStringLiteral("helped"), true },
                                        { QStringLiteral("query"), QStringLiteral("school assignment") } });
    ASSERT_TRUE(helped.ok) << qPrintable(test::errorName(helped));
    const auto learnedHit = [&](const QString &q) {
        const Reply found = test::call(agent, wire(op::KbSearch), QJsonObject { { QStringLiteral("q"), q } });
        EXPECT_TRUE(found.ok) << qPrintable(test::errorName(found));
        for (const QJsonValue &item : found.data.value(QStringLiteral("items")).toArray()) {
            if (item.toObject().value(QStringLiteral("id")).toInteger() == article)
                return item.toObject().value(QStringLiteral("learned")).toBool();
        }
        return false;
    };
    ASSERT_TRUE(learnedHit(QStringLiteral("school")));

    Connection connection;
    MainWindow window(&connection);
    ASSERT_NO_FATAL_FAILURE(signIn(window, connection, QStringLiteral("lead1")));
    ArticleReader *reader = window.knowledgePanel()->reader();
    reader->openArticle(article);
    auto *list = child<QTreeView>(reader, "learnedWordsList");
    ASSERT_TRUE(list);
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->isVisible() && list->model()->rowCount() == 2; }, kLongWait));
    EXPECT_EQ(list->model()->index(0, 0).data().toString(), QStringLiteral("assignment"));
    EXPECT_EQ(list->model()->index(1, 0).data().toString(), QStringLiteral("school"));
    test::screenshot(&window, QStringLiteral("knowledge-learned-words"));
    list->setFocus();
    list->setCurrentIndex(list->model()->index(1, 0));
    QTest::keyClick(list, Qt::Key_Delete);
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->model()->rowCount() == 1; }, kLongWait));
    EXPECT_EQ(list->model()->index(0, 0).data().toString(), QStringLiteral("assignment"));
    EXPECT_FALSE(learnedHit(QStringLiteral("school")));
    EXPECT_TRUE(learnedHit(QStringLiteral("assignment")));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("school")))
        << qPrintable(window.statusBar()->currentMessage());
}

TEST_F(KnowledgePanelTest, AnOpenContactsReasonSuggestsTheArticlesLinkedToIt)
{
    Connection lead;
    ASSERT_TRUE(test::loginAndWait(lead, m_coordinator.url(), QStringLiteral("lead1")).ok);
    // Articles are linked by reason code ("account.update"), the customer view shows its label.
    const QString title = QStringLiteral("Changing the postal address on file");
    publishAsLead(lead, title, QStringLiteral("Open Account, then Details."), { QStringLiteral("account.update") });
    const Reply customers
        = test::call(lead, wire(op::CustomerSearch),
                     QJsonObject { { QStringLiteral("q"), QStringLiteral("a") }, { QStringLiteral("limit"), 1 } });
    const QString customerId = customers.data.value(QStringLiteral("items"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
    ASSERT_FALSE(customerId.isEmpty());
    const Reply inbound = test::callWrite(lead, wire(op::ContactInbound),
                                          { { QStringLiteral("channel"), QStringLiteral("phone") },
                                            { QStringLiteral("customer"), customerId },
                                            { QStringLiteral("reason"), QStringLiteral("account.update") } });
    ASSERT_TRUE(inbound.ok) << qPrintable(test::errorName(inbound));

    Connection connection;
    MainWindow window(&connection);
    ASSERT_NO_FATAL_FAILURE(signIn(window, connection, QStringLiteral("agent1")));
    KnowledgePanel *panel = window.knowledgePanel();
    ASSERT_NE(panel, nullptr);
    window.openCustomer(customerId);
    auto *hits = qobject_cast<KnowledgeSearchModel *>(child<QListView>(panel, "knowledgeResults")->model());
    ASSERT_NE(hits, nullptr);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return hits->mode() == KnowledgeSearchModel::Mode::Suggestions && hits->rowCount() > 0
                && hits->index(0, 0).data(KnowledgeSearchModel::TitleRole).toString() == title;
        },
        kLongWait))
        << "the article linked to the open contact's reason is not the first suggestion: "
        << qPrintable(hits->rowCount() > 0 ? hits->index(0, 0).data(KnowledgeSearchModel::TitleRole).toString()
                                           : QStringLiteral("(none)"));
}

TEST_F(KnowledgePanelTest, LeadReviewsProposalSideBySideAndPublishes)
{
    Connection connection;
    MainWindow window(&connection);
    ASSERT_NO_FATAL_FAILURE(signIn(window, connection, QStringLiteral("lead1")));
    KnowledgePanel *panel = window.knowledgePanel();
    auto *reviewButton = child<QPushButton>(panel, "knowledgeReviewButton");
    ASSERT_TRUE(reviewButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return reviewButton->isVisible(); }, kLongWait))
        << "a lead sees the review queue";

    // An agent publishes nothing, but proposes an edit of a published article.
    Connection agent;
    ASSERT_TRUE(test::loginAndWait(agent, m_coordinator.url(), QStringLiteral("agent3")).ok);
    const qint64 id = publishAsLead(connection, QStringLiteral("Resetting the modem"),
                                    QStringLiteral("Unplug the modem.\nWait 10 seconds.\nPlug it in."));
    const Reply current = test::call(agent, wire(op::KbGet), QJsonObject { { QStringLiteral("id"), id } });
    ASSERT_TRUE(current.ok);
    const qint64 version
        = current.data.value(QStringLiteral("article")).toObject().value(QStringLiteral("version")).toInteger();
    const Reply proposed = test::callWrite(
        agent, wire(op::KbPropose),
        QJsonObject { { QStringLiteral("id"), id },
                      { QStringLiteral("version"), version },
                      { QStringLiteral("title"), QStringLiteral("Resetting the modem") },
                      { QStringLiteral("body"), QStringLiteral("Unplug the modem.\nWait 30 seconds.\nPlug it in.") },
                      { QStringLiteral("changeNote"), QStringLiteral("30 s is what the vendor says") } });
    ASSERT_TRUE(proposed.ok) << qPrintable(test::errorName(proposed));

    ReviewDialog *review = panel->showReviewQueue();
    ASSERT_NE(review, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(review));
    QTreeView *proposalsView = child<QTreeView>(review, "reviewProposalsView");
    ASSERT_TRUE(proposalsView);
    auto *proposals = qobject_cast<ReviewQueueModel *>(proposalsView->model());
    ASSERT_TRUE(proposals);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (int r = 0; r < proposals->rowCount(); ++r)
                if (proposals->itemAt(r).article.id == id)
                    return true;
            return false;
        },
        kLongWait));
    for (int r = 0; r < proposals->rowCount(); ++r)
        if (proposals->itemAt(r).article.id == id)
            proposalsView->setCurrentIndex(proposals->index(r, 0));

    // Left: the published text with the removed line; right: the proposal with the added one.
    auto *left = child<QTextBrowser>(review, "reviewDiffLeft");
    auto *right = child<QTextBrowser>(review, "reviewDiffRight");
    ASSERT_TRUE(left && right);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return right->toPlainText().contains(QStringLiteral("30 seconds")); }, kLongWait));
    EXPECT_TRUE(left->toPlainText().contains(QStringLiteral("10 seconds")));
    EXPECT_FALSE(left->toPlainText().contains(QStringLiteral("30 seconds")));
    EXPECT_TRUE(left->toPlainText().contains(QStringLiteral("Unplug the modem.")));
    EXPECT_GE(child<QComboBox>(review, "reviewCompareCombo")->count(), 2) << "the versions to compare with";

    // Request changes needs a comment; publish does not.
    auto *requestChanges = child<QPushButton>(review, "reviewRequestChangesButton");
    ASSERT_TRUE(requestChanges);
    EXPECT_FALSE(requestChanges->isEnabled());
    QTest::keyClicks(child<QLineEdit>(review, "reviewCommentEdit"), QStringLiteral("Thanks, checked with the vendor."));
    EXPECT_TRUE(requestChanges->isEnabled());

    if (const QString shot = qEnvironmentVariable("SPOCS_KB_REVIEW_SCREENSHOT"); !shot.isEmpty())
        review->grab().save(shot);

    QTest::mouseClick(child<QPushButton>(review, "reviewPublishButton"), Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            const Reply a = test::call(agent, wire(op::KbGet), QJsonObject { { QStringLiteral("id"), id } });
            return a.data.value(QStringLiteral("article"))
                .toObject()
                .value(QStringLiteral("body"))
                .toString()
                .contains(QStringLiteral("30 seconds"));
        },
        kLongWait));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            for (int r = 0; r < proposals->rowCount(); ++r)
                if (proposals->itemAt(r).article.id == id)
                    return false;
            return true;
        },
        kLongWait))
        << "the published proposal left the queue";
}

TEST_F(KnowledgePanelTest, TheReviewCountsANewTitleAsAChangedLine)
{
    Connection connection;
    MainWindow window(&connection);
    ASSERT_NO_FATAL_FAILURE(signIn(window, connection, QStringLiteral("lead1")));
    qint64 id = 0;
    ASSERT_NO_FATAL_FAILURE(id = proposeNewTitle(connection));
    ReviewDialog *review = nullptr;
    ASSERT_NO_FATAL_FAILURE(review = reviewProposal(window, id));
    ASSERT_TRUE(child<QTextBrowser>(review, "reviewDiffRight")->toPlainText().contains(QStringLiteral("Restarting")));
    // The diff shows the old title removed and the new one added; the count says the same.
    const QString status = child<QLabel>(review, "reviewStatusLabel")->text();
    EXPECT_TRUE(status.startsWith(QStringLiteral("1 line")) && status.contains(QStringLiteral(", 1 line")))
        << qPrintable(status);
}

TEST_F(KnowledgePanelTest, AltUAndCtrlReturnPublishAProposal)
{
    Connection connection;
    MainWindow window(&connection);
    ASSERT_NO_FATAL_FAILURE(signIn(window, connection, QStringLiteral("lead1")));
    for (const bool altU : { true, false }) {
        qint64 id = 0;
        ASSERT_NO_FATAL_FAILURE(id = proposeNewTitle(connection));
        ReviewDialog *review = nullptr;
        ASSERT_NO_FATAL_FAILURE(review = reviewProposal(window, id));
        QApplication::setActiveWindow(review);
        ASSERT_TRUE(QTest::qWaitForWindowActive(review));
        // P&ublish: the letter it underlines works as well as Ctrl+Return.
        if (altU)
            QTest::keyClick(review, Qt::Key_U, Qt::AltModifier);
        else
            QTest::keyClick(child<QLineEdit>(review, "reviewCommentEdit"), Qt::Key_Return, Qt::ControlModifier);
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                const Reply a = test::call(connection, wire(op::KbGet), QJsonObject { { QStringLiteral("id"), id } });
                return a.data.value(QStringLiteral("article")).toObject().value(QStringLiteral("title")).toString()
                    == QStringLiteral("Restarting the modem");
            },
            5000))
            << (altU ? "Alt+U" : "Ctrl+Return") << " did not publish";
    }
}

TEST_F(KnowledgePanelTest, ALeadsAltLetterOpensTheReviewQueueBesideTheFloor)
{
    Connection connection;
    MainWindow window(&connection);
    ASSERT_NO_FATAL_FAILURE(signIn(window, connection, QStringLiteral("lead1")));
    auto *review = child<QPushButton>(window.knowledgePanel(), "knowledgeReviewButton");
    ASSERT_TRUE(QTest::qWaitFor([&] { return review->isVisible(); }, kLongWait));
    // The floor in front underlines "Queues": the button's letter must be its own, or Alt only
    // moves the focus between the two.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (const QLabel *label : window.findChildren<QLabel *>()) {
                if (label->text() == QStringLiteral("Q&ueues") && label->isVisible())
                    return true;
            }
            return false;
        },
        kLongWait))
        << "the lead's floor is not in front";
    const QKeySequence key = QKeySequence::mnemonic(review->text());
    ASSERT_FALSE(key.isEmpty());
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key(key[0].key()), key[0].keyboardModifiers());
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.knowledgePanel()->findChild<ReviewDialog *>() != nullptr; }, 5000))
        << qPrintable(key.toString()) << " did not open the review queue";
}

TEST_F(KnowledgePanelTest, ProposeEditNeedsChangeNote)
{
    Connection connection;
    MainWindow window(&connection);
    ASSERT_NO_FATAL_FAILURE(signIn(window, connection, QStringLiteral("agent1")));
    KnowledgePanel *panel = window.knowledgePanel();
    panel->focusSearch();
    auto *search = child<QLineEdit>(panel, "knowledgeSearchEdit");
    ASSERT_TRUE(search);
    QTest::keyClicks(search, QStringLiteral("invoice"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->model()->rowCount() > 0; }, kLongWait));
    QTest::keyClick(search, Qt::Key_Return);
    ArticleReader *reader = panel->reader();
    auto *propose = child<QAction>(reader, "articleProposeEditAction");
    ASSERT_TRUE(propose);
    ASSERT_TRUE(QTest::qWaitFor([&] { return propose->isEnabled(); }, kLongWait));
    propose->trigger();
    auto *dialog = reader->findChild<ProposeEditDialog *>();
    ASSERT_NE(dialog, nullptr);
    auto *body = child<QPlainTextEdit>(dialog, "proposeBodyEdit");
    ASSERT_TRUE(body);
    EXPECT_EQ(child<QLineEdit>(dialog, "proposeTitleEdit")->text(), reader->loader()->article().title);
    EXPECT_EQ(body->toPlainText(), reader->loader()->article().body);
    EXPECT_FALSE(dialog->submitButton()->isEnabled()) << "a change note is required";
    body->appendPlainText(QStringLiteral("\nAlso check the spam folder."));
    QTest::keyClicks(child<QLineEdit>(dialog, "proposeChangeNoteEdit"), QStringLiteral("mention spam folder"));
    ASSERT_TRUE(dialog->submitButton()->isEnabled());
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.statusBar()->currentMessage().contains(QStringLiteral("review")); },
                                kLongWait))
        << qPrintable(window.statusBar()->currentMessage());
}

TEST_F(KnowledgePanelTest, ArticleShowsNoRawHtmlAndOpensOnlyWebAndMailLinksAfterAsking)
{
    Connection lead;
    ASSERT_TRUE(test::loginAndWait(lead, m_coordinator.url(), QStringLiteral("lead1")).ok);
    const qint64 id = publishAsLead(
        lead, QStringLiteral("Links in an imported answer"),
        QStringLiteral("See [the help page](https://shop.example/help) or [write to us](mailto:help@shop.example).\n\n"
                       "[Shared folder](smb://fileserver/share)\n\n<img src=x onerror=alert(1)> <b>raw</b>\n\n"
                       "<script>alert(2)</script>"));

    Connection connection;
    MainWindow window(&connection);
    ASSERT_NO_FATAL_FAILURE(signIn(window, connection, QStringLiteral("agent1")));
    ArticleReader *reader = window.knowledgePanel()->reader();
    reader->openArticle(id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return reader->loader()->article().id == id; }, kLongWait));
    QTextBrowser *body = child<QTextBrowser>(reader, "articleBody");
    ASSERT_TRUE(body);
    const auto linkQuestion = [&] {
        return reader->findChild<QMessageBox *>(QStringLiteral("articleLinkQuestion"));
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return body->toPlainText().contains(QStringLiteral("help page")); }, kLongWait));
    EXPECT_FALSE(body->toPlainText().contains(QStringLiteral("alert"))) << qPrintable(body->toPlainText());
    EXPECT_FALSE(body->toHtml().contains(QStringLiteral("<img"))) << "raw HTML is not shown";
    if (const QString shot = qEnvironmentVariable("SPOCS_KB_READER_SCREENSHOT"); !shot.isEmpty())
        reader->grab().save(shot);

    UrlRecorder browser;
    for (const char *scheme : { "https", "http", "mailto", "smb" })
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &browser, "open");
    const auto unset = qScopeGuard([] {
        for (const char *scheme : { "https", "http", "mailto", "smb" })
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    });

    // A web link asks first; Cancel opens nothing.
    ASSERT_TRUE(clickLink(body, QStringLiteral("https://shop.example/help")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return linkQuestion() && linkQuestion()->isVisible(); }, 5000));
    EXPECT_TRUE(linkQuestion()->text().contains(QStringLiteral("https://shop.example/help")));
    linkQuestion()->button(QMessageBox::Cancel)->click();
    QCoreApplication::processEvents();
    EXPECT_TRUE(browser.opened.isEmpty());

    // Open opens it in the browser.
    ASSERT_TRUE(clickLink(body, QStringLiteral("https://shop.example/help")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return linkQuestion() && linkQuestion()->isVisible(); }, 5000));
    linkQuestion()->button(QMessageBox::Open)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return browser.opened.size() == 1; }, 5000));
    EXPECT_EQ(browser.opened.first(), QUrl(QStringLiteral("https://shop.example/help")));

    // A mail link asks too.
    ASSERT_TRUE(clickLink(body, QStringLiteral("mailto:help@shop.example")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return linkQuestion() && linkQuestion()->isVisible(); }, 5000));
    linkQuestion()->button(QMessageBox::Open)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return browser.opened.size() == 2; }, 5000));

    // Any other scheme is never opened, and nobody is asked.
    ASSERT_TRUE(clickLink(body, QStringLiteral("smb://fileserver/share")));
    QCoreApplication::processEvents();
    EXPECT_FALSE(linkQuestion() && linkQuestion()->isVisible());
    EXPECT_EQ(browser.opened.size(), 2);
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("not opened")))
        << qPrintable(window.statusBar()->currentMessage());
}

#include "KnowledgePanelTest.moc"
