// The web chat widget and the survey page in a real browser (Debian's headless Chromium through
// playwright-core, tests/channels/browser/) against the real coordinator, with the agent on the
// real client library and a real SMTP server for what goes out by e-mail.
#include "WidgetBrowserFixture.h"

#include <QProcess>

using namespace spocs;
using namespace spocs::test;

namespace {

class WidgetBrowserTest : public WidgetBrowserFixture
{
};

TEST_F(WidgetBrowserTest, FaqSuggestionsAppearWhileTypingAndHelpedIsRecorded)
{
    BrowserScript browser;
    START(browser, "faq");
    ASSERT_FALSE(step(browser, QStringLiteral("helped")).contains(QStringLiteral("failed")));
    // The self-service answer is stored against the article the visitor opened, with their question.
    const QVariantList row
        = queryRow(QStringLiteral("SELECT a.title, s.query FROM faq_self_service s JOIN kb_articles a "
                                  "ON a.id = s.article_id ORDER BY s.id DESC LIMIT 1"),
                   {});
    ASSERT_EQ(row.size(), 2) << "no self-service answer was recorded";
    EXPECT_EQ(row.at(0).toString(), QStringLiteral("Where is my order? Tracking a delivery"));
    EXPECT_EQ(row.at(1).toString(), QStringLiteral("where is my order tracking"));
    browser.go();
    FINISH(browser);
}

TEST_F(WidgetBrowserTest, MessageWrittenWhileTheServerIsAwayIsSentOnceAfterReconnect)
{
    ASSERT_TRUE(setAvailable());
    BrowserScript browser;
    START(browser, "reconnect");
    ASSERT_FALSE(step(browser, QStringLiteral("chat-started")).contains(QStringLiteral("failed")));
    const qint64 id = waitForOffer();
    ASSERT_GT(id, 0);
    ASSERT_TRUE(accept(id));
    browser.go();

    ASSERT_FALSE(step(browser, QStringLiteral("agent-joined")).contains(QStringLiteral("failed")));
    m_coordinator.stop();
    browser.go();

    ASSERT_FALSE(step(browser, QStringLiteral("typed-offline")).contains(QStringLiteral("failed")));
    ASSERT_TRUE(m_coordinator.restart()) << qPrintable(m_coordinator.output());
    browser.go();

    ASSERT_FALSE(step(browser, QStringLiteral("delivered")).contains(QStringLiteral("failed")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_agent.state() == Connection::State::Connected; }, 30000));
    const QJsonArray messages = messagesOf(id);
    const auto copies = std::count_if(messages.cbegin(), messages.cend(), [](const QJsonValue &m) {
        return m.toObject().value(QStringLiteral("text")).toString() == u"Sent while you were away";
    });
    EXPECT_EQ(copies, 1) << "the message was lost or sent twice";
    browser.go();
    FINISH(browser);
}

TEST_F(WidgetBrowserTest, ExportedFaqSiteOnAnotherOriginCarriesAWorkingWidget)
{
    const QString site = m_dir.filePath(QStringLiteral("site"));
    const CliResult exported
        = runCli({ QStringLiteral("--db"), m_coordinator.dbPath(), QStringLiteral("kb-export"),
                   QStringLiteral("--public"), site, QStringLiteral("--widget-url"), widgetUrl() });
    ASSERT_EQ(exported.exitCode, 0) << qPrintable(exported.err);
    // Another web server on another port: to the browser, someone else's site.
    const quint16 sitePort = freeLoopbackPort();
    QProcess server;
    server.start(QStringLiteral("python3"),
                 { QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(sitePort),
                   QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--directory"), site });
    ASSERT_TRUE(server.waitForStarted(10000));
    ASSERT_TRUE(waitForPort(sitePort, 30000)) << server.readAllStandardError().toStdString();
    BrowserScript browser;
    QString startError;
    ASSERT_TRUE(browser.start(QStringLiteral("embedded"),
                              QStringLiteral("http://127.0.0.1:%1/index.html").arg(sitePort), &startError))
        << qPrintable(startError);
    FINISH(browser);
    server.terminate();
    server.waitForFinished(10000);
}

TEST_F(WidgetBrowserTest, PhoneSizedScreenGetsTheWholeScreenInGerman)
{
    BrowserScript browser;
    START(browser, "mobile");
    FINISH(browser);
}

} // namespace
