// An article's version list against the real coordinator: a lead sees who changed what, compares an
// earlier version with the live one and rolls back; an agent who does not own the article sees the
// list without the rollback button.
#include "support/ClientHelpers.h"
#include "support/CoordinatorProcess.h"

#include "GuiTestSupport.h"

#include "client/Connection.h"
#include "models/ArticleLoader.h"
#include "models/ArticleVersionsModel.h"
#include "widgets/ArticleReader.h"
#include "widgets/ArticleVersionsDialog.h"

#include <QAction>
#include <QJsonArray>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace spocs;
using spocs::test::child;

namespace {

constexpr int kLongWait = 20000;

QJsonObject articleOf(Connection &c, qint64 id)
{
    const Reply r = test::call(c, QStringLiteral("kb.get"), { { QStringLiteral("id"), id } });
    EXPECT_TRUE(r.ok) << qPrintable(r.error.message);
    return r.data.value(QStringLiteral("article")).toObject();
}

ArticleVersionsDialog *openVersions(ArticleReader &reader, qint64 id)
{
    reader.openArticle(id);
    if (!QTest::qWaitFor([&] { return reader.loader()->article().id == id; }, kLongWait))
        return nullptr;
    child<QAction>(reader, "articleVersionsAction")->trigger();
    auto *dialog = reader.findChild<ArticleVersionsDialog *>();
    if (!dialog || !QTest::qWaitFor([&] { return dialog->versions()->rowCount() >= 2; }, kLongWait))
        return nullptr;
    return dialog;
}

} // namespace

TEST(ArticleVersions, LeadComparesAnEarlierVersionWithTheLiveOneAndRollsBack)
{
    QSettings().clear();
    test::CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start()) << qPrintable(coordinator.output());
    Connection lead, agent;
    ASSERT_TRUE(test::loginAndWait(lead, coordinator.url(), QStringLiteral("lead1")).ok);
    ASSERT_TRUE(test::loginAndWait(agent, coordinator.url(), QStringLiteral("agent1")).ok);

    // An article that changed once: an agent proposes new text, the lead publishes it.
    const Reply hits
        = test::call(agent, QStringLiteral("kb.search"), { { QStringLiteral("q"), QStringLiteral("warranty") } });
    ASSERT_TRUE(hits.ok);
    const QJsonArray items = hits.data.value(QStringLiteral("items")).toArray();
    ASSERT_FALSE(items.isEmpty());
    const qint64 id = items.first().toObject().value(QStringLiteral("id")).toInteger();
    const QJsonObject before = articleOf(agent, id);
    const qint64 original = before.value(QStringLiteral("version")).toInteger();
    const Reply proposal
        = test::callWrite(agent, QStringLiteral("kb.propose"),
                          { { QStringLiteral("id"), id },
                            { QStringLiteral("version"), original },
                            { QStringLiteral("title"), before.value(QStringLiteral("title")) },
                            { QStringLiteral("body"), QStringLiteral("Warranty: three years, no exceptions.") },
                            { QStringLiteral("visibility"), before.value(QStringLiteral("visibility")) },
                            { QStringLiteral("changeNote"), QStringLiteral("new terms") } });
    ASSERT_TRUE(proposal.ok) << qPrintable(proposal.error.message);
    const qint64 proposed
        = proposal.data.value(QStringLiteral("proposal")).toObject().value(QStringLiteral("version")).toInteger();
    ASSERT_TRUE(test::callWrite(lead, QStringLiteral("kb.review"),
                                { { QStringLiteral("id"), id },
                                  { QStringLiteral("version"), proposed },
                                  { QStringLiteral("action"), QStringLiteral("publish") } })
                    .ok);

    // The agent (not the owner) reads the list but cannot roll back.
    {
        ArticleReader reader(&agent);
        ArticleVersionsDialog *dialog = openVersions(reader, id);
        ASSERT_NE(dialog, nullptr);
        EXPECT_FALSE(dialog->findChild<QPushButton *>(QStringLiteral("articleRollBackButton"))->isVisibleTo(dialog));
        dialog->close();
    }

    ArticleReader reader(&lead);
    reader.resize(500, 700);
    reader.show();
    ArticleVersionsDialog *dialog = openVersions(reader, id);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->liveVersion(), proposed);
    auto *rollBack = dialog->findChild<QPushButton *>(QStringLiteral("articleRollBackButton"));
    auto *selectedPane = dialog->findChild<QTextBrowser *>(QStringLiteral("articleVersionSelected"));
    auto *livePane = dialog->findChild<QTextBrowser *>(QStringLiteral("articleVersionLive"));
    ASSERT_TRUE(rollBack && selectedPane && livePane);
    // It opens on the version the live one replaced, beside the live text.
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return livePane->toPlainText().contains(QStringLiteral("three years")); }, kLongWait));
    EXPECT_FALSE(selectedPane->toPlainText().contains(QStringLiteral("three years")));
    EXPECT_TRUE(rollBack->isVisible());
    EXPECT_TRUE(rollBack->isEnabled());
    spocs::test::screenshot(dialog, QStringLiteral("article-versions"));

    // The live version cannot be rolled back to itself.
    dialog->selectVersion(proposed);
    EXPECT_FALSE(rollBack->isEnabled());
    dialog->selectVersion(original);
    ASSERT_TRUE(rollBack->isEnabled());

    dialog->rollBackToSelected();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->statusText().contains(QStringLiteral("live again")); }, kLongWait))
        << qPrintable(dialog->statusText());
    const QJsonObject after = articleOf(agent, id);
    EXPECT_EQ(after.value(QStringLiteral("body")).toString(), before.value(QStringLiteral("body")).toString());
    EXPECT_EQ(after.value(QStringLiteral("version")).toInteger(), proposed + 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->versions()->rowCount() == int(proposed + 1); }, kLongWait))
        << "the list shows the new live version; nothing was deleted";
    EXPECT_TRUE(QTest::qWaitFor([&] { return reader.loader()->article().version == proposed + 1; }, kLongWait))
        << "the reader shows the live text again";
}

TEST(ArticleVersions, AVersionWithAnotherTitleShowsAndCountsTheTitle)
{
    QSettings().clear();
    test::CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start()) << qPrintable(coordinator.output());
    Connection lead;
    ASSERT_TRUE(test::loginAndWait(lead, coordinator.url(), QStringLiteral("lead1")).ok);

    // A lead renames an article and publishes it; the text stays as it was.
    const Reply hits
        = test::call(lead, QStringLiteral("kb.search"), { { QStringLiteral("q"), QStringLiteral("warranty") } });
    ASSERT_TRUE(hits.ok);
    const QJsonArray items = hits.data.value(QStringLiteral("items")).toArray();
    ASSERT_FALSE(items.isEmpty());
    const qint64 id = items.first().toObject().value(QStringLiteral("id")).toInteger();
    const QJsonObject before = articleOf(lead, id);
    const QString oldTitle = before.value(QStringLiteral("title")).toString();
    const Reply proposal
        = test::callWrite(lead, QStringLiteral("kb.propose"),
                          { { QStringLiteral("id"), id },
                            { QStringLiteral("version"), before.value(QStringLiteral("version")) },
                            { QStringLiteral("title"), QStringLiteral("Warranty in short") },
                            { QStringLiteral("body"), before.value(QStringLiteral("body")) },
                            { QStringLiteral("visibility"), before.value(QStringLiteral("visibility")) },
                            { QStringLiteral("changeNote"), QStringLiteral("shorter title") } });
    ASSERT_TRUE(proposal.ok) << qPrintable(proposal.error.message);
    ASSERT_TRUE(test::callWrite(
                    lead, QStringLiteral("kb.review"),
                    { { QStringLiteral("id"), id },
                      { QStringLiteral("version"),
                        proposal.data.value(QStringLiteral("proposal")).toObject().value(QStringLiteral("version")) },
                      { QStringLiteral("action"), QStringLiteral("publish") } })
                    .ok);

    // The versions open on the one the rename replaced: its title beside the new one, counted.
    ArticleReader reader(&lead);
    ArticleVersionsDialog *dialog = openVersions(reader, id);
    ASSERT_NE(dialog, nullptr);
    auto *selectedPane = dialog->findChild<QTextBrowser *>(QStringLiteral("articleVersionSelected"));
    auto *livePane = dialog->findChild<QTextBrowser *>(QStringLiteral("articleVersionLive"));
    ASSERT_TRUE(selectedPane && livePane);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return livePane->toPlainText().contains(QStringLiteral("Title: Warranty in short")); }, kLongWait))
        << qPrintable(livePane->toPlainText());
    EXPECT_TRUE(selectedPane->toPlainText().contains(QStringLiteral("Title: ") + oldTitle));
    EXPECT_TRUE(dialog->statusText().startsWith(QStringLiteral("1 line"))) << qPrintable(dialog->statusText());
}
