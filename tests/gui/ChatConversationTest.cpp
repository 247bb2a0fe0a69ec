#include "support/ClientHelpers.h"
#include "support/CoordinatorProcess.h"
#include "support/DesktopSignIn.h"
#include "support/Screenshots.h"
#include "support/VisitorPeer.h"
#include "support/WidgetLookup.h"

#include "models/ConversationModel.h"
#include "models/ConversationSession.h"
#include "widgets/ContactPanel.h"
#include "widgets/ConversationView.h"
#include "widgets/OfferNotification.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <memory>

using namespace spocs;
using namespace spocs::test;

namespace {

constexpr int kLongWait = 20000;

QString textOf(const QJsonObject &message)
{
    return message.value(QStringLiteral("text")).toString();
}

// The agent's desktop on a web chat: a visitor on the real visitor endpoint (what the widget
// does), the agent in the real main window against the real coordinator.
class ChatConversationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        CoordinatorProcess::Options options;
        options.demoCustomers = 30;
        ASSERT_TRUE(m_coordinator.start(options)) << qPrintable(m_coordinator.output());
        ASSERT_TRUE(m_coordinator.webUrl().isValid()) << "no web endpoint";
    }

    void TearDown() override
    {
        if (HasFailure())
            std::cerr << "--- coordinator output (tail) ---\n"
                      << qPrintable(m_coordinator.output().right(3000)) << std::endl;
    }

    std::unique_ptr<VisitorPeer> visitor()
    {
        auto peer = std::make_unique<VisitorPeer>();
        if (!peer->open(m_coordinator.visitorUrl()) || peer->hello().isEmpty())
            return nullptr;
        return peer;
    }

    static qint64 topicNamed(VisitorPeer &peer, const QString &name)
    {
        const QJsonObject res = peer.request(QStringLiteral("chat.topics"));
        for (const QJsonValue &t :
             res.value(QStringLiteral("data")).toObject().value(QStringLiteral("topics")).toArray())
            if (t.toObject().value(QStringLiteral("name")).toString() == name)
                return t.toObject().value(QStringLiteral("id")).toInteger();
        return 0;
    }

    // Waits for the visitor's next chat.message from the agent.
    static std::optional<QJsonObject> agentLine(VisitorPeer &peer)
    {
        std::optional<QJsonObject> line;
        while ((line = peer.waitForEvent(QStringLiteral("chat.message")))
               && line->value(QStringLiteral("from")).toString() != u"agent") { }
        return line;
    }

    CoordinatorProcess m_coordinator;
};

} // namespace

TEST_F(ChatConversationTest, AgentChatsWithAVisitorWithTypingCannedAnswerAndReadTicks)
{
    Connection connection;
    MainWindow window(&connection);
    window.resize(1400, 900);
    ContactWorkspace *workspace = signInDesktop(window, connection, m_coordinator.url(), QStringLiteral("agent1"));
    ASSERT_NE(workspace, nullptr);

    auto peer = visitor();
    ASSERT_TRUE(peer);
    const QJsonObject started
        = peer->request(QStringLiteral("chat.start"),
                        { { QStringLiteral("name"), QStringLiteral("Vera Visitor") },
                          { QStringLiteral("email"), QStringLiteral("vera@example.org") },
                          { QStringLiteral("topic"), topicNamed(*peer, QStringLiteral("Account")) },
                          { QStringLiteral("text"), QStringLiteral("I cannot sign in to my account") } });
    ASSERT_TRUE(started.value(QStringLiteral("ok")).toBool()) << qPrintable(VisitorPeer::errorCode(started));

    // Offered like a call; accepting it shows the chat in the contact panel.
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspace->notification()->isVisible(); }, kLongWait));
    workspace->acceptFirstOffer();
    ConversationView *view = workspace->contactPanel()->conversationView();
    auto *transcript = child<QTextBrowser>(view, "conversationTranscript");
    auto *composer = child<QPlainTextEdit>(view, "conversationComposer");
    auto *typingLabel = child<QLabel>(view, "conversationTypingLabel");
    auto *cannedMenu = child<QMenu>(view, "cannedAnswerMenu");
    ASSERT_TRUE(transcript && composer && typingLabel && cannedMenu);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return view->isVisible() && transcript->toPlainText().contains(QStringLiteral("cannot sign in")); },
        kLongWait))
        << qPrintable(transcript->toPlainText());
    ASSERT_TRUE(peer->waitForEvent(QStringLiteral("chat.status")));

    // The visitor types: the agent sees it; their message replaces the indicator.
    ASSERT_TRUE(peer->request(QStringLiteral("chat.typing"), { { QStringLiteral("typing"), true } })
                    .value(QStringLiteral("ok"))
                    .toBool());
    EXPECT_TRUE(QTest::qWaitFor([&] { return typingLabel->isVisible(); }, kLongWait));
    ASSERT_TRUE(peer->request(QStringLiteral("chat.send"),
                              { { QStringLiteral("cid"), QStringLiteral("v-1") },
                                { QStringLiteral("text"), QStringLiteral("It says my password is wrong") } })
                    .value(QStringLiteral("ok"))
                    .toBool());
    EXPECT_TRUE(QTest::qWaitFor([&] { return transcript->toPlainText().contains(QStringLiteral("password is wrong")); },
                                kLongWait));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !typingLabel->isVisible(); }, kLongWait));

    // The agent starts from a canned answer; the visitor sees them typing, then the message.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !cannedMenu->actions().isEmpty(); }, kLongWait))
        << "canned.list gave nothing";
    // The visitor is a new English-speaking prospect: only the English answers are offered.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto actions = cannedMenu->actions();
            return !actions.isEmpty() && std::none_of(actions.cbegin(), actions.cend(), [](const QAction *a) {
                return a->text().contains(QStringLiteral("(DE)")) || a->text().contains(QStringLiteral("(EN)"));
            });
        },
        kLongWait))
        << "the canned answers were not narrowed to the customer's language";
    cannedMenu->actions().first()->trigger();
    const QString canned = composer->toPlainText();
    EXPECT_FALSE(canned.isEmpty());
    EXPECT_FALSE(canned.contains(QStringLiteral("Guten Tag"))) << qPrintable(canned);
    QTest::keyClicks(composer, QStringLiteral(" I have sent you a reset link."));
    const auto typing = peer->waitForEvent(QStringLiteral("chat.typing"));
    ASSERT_TRUE(typing);
    EXPECT_TRUE(typing->value(QStringLiteral("typing")).toBool());
    saveScreenshot(&window, QStringLiteral("contact-chat"));
    view->send();
    const auto line = agentLine(*peer);
    ASSERT_TRUE(line);
    EXPECT_TRUE(textOf(*line).contains(QStringLiteral("reset link"))) << qPrintable(textOf(*line));
    EXPECT_TRUE(composer->toPlainText().isEmpty());

    // The desktop acknowledged the visitor's lines as read; the visitor reads the answer: ✓✓.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            const QJsonObject history
                = peer->request(QStringLiteral("chat.history")).value(QStringLiteral("data")).toObject();
            for (const QJsonValue &m : history.value(QStringLiteral("messages")).toArray())
                if (m.toObject().value(QStringLiteral("from")).toString() == u"visitor"
                    && !m.toObject().value(QStringLiteral("read")).toBool())
                    return false;
            return true;
        },
        kLongWait))
        << "the agent's desktop had the chat on screen but did not mark it read";
    ASSERT_TRUE(
        peer->request(QStringLiteral("chat.read"), { { QStringLiteral("upTo"), line->value(QStringLiteral("id")) } })
            .value(QStringLiteral("ok"))
            .toBool());
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return transcript->toPlainText().contains(QStringLiteral("Read ✓✓")); }, kLongWait))
        << qPrintable(transcript->toPlainText());

    // The visitor leaves: the agent reads it in the chat.
    ASSERT_TRUE(peer->request(QStringLiteral("chat.end")).value(QStringLiteral("ok")).toBool());
    EXPECT_TRUE(QTest::qWaitFor([&] { return transcript->toPlainText().contains(QStringLiteral("left")); }, kLongWait))
        << qPrintable(transcript->toPlainText());
    saveScreenshot(&window, QStringLiteral("contact-chat-ended"));
}
