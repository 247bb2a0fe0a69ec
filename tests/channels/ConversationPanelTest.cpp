#include "DesktopSignIn.h"
#include "MailFixture.h"
#include "Screenshots.h"
#include "support/WidgetLookup.h"

#include "core/Ops.h"
#include "models/ArticleLoader.h"
#include "models/ConversationModel.h"
#include "models/ConversationSession.h"
#include "models/KnowledgeArticle.h"
#include "widgets/ArticleReader.h"
#include "widgets/ContactPanel.h"
#include "widgets/ContactWorkspace.h"
#include "widgets/ConversationView.h"
#include "widgets/KnowledgePanel.h"
#include "widgets/LoginDialog.h" // MainWindow.h needs it complete
#include "widgets/MainWindow.h"
#include "widgets/OfferNotification.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTest>
#include <QTextBrowser>

#include <iostream>

using namespace spocs;
using namespace spocs::test;

namespace {

constexpr int kLongWait = 30000;

// The agent's desktop answers an e-mail in the contact panel: a real Dovecot delivers the
// customer's mail, a real aiosmtpd receives the answer.
class ConversationPanelTest : public MailFixture
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        QString error;
        if (m_smtpPort == 0) { // the failure test starts its server later, on the dead port
            ASSERT_TRUE(m_smtp.start(&error)) << qPrintable(error);
        }
        MailFixture::SetUp();
    }

    QString extraMailSettings() override
    {
        const QUrl smtp = m_smtpPort ? QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(m_smtpPort)) : m_smtp.url();
        return QStringLiteral("smtp_server=%1\nfrom_address=support@shop.example\nfrom_name=Shop Support\n")
            .arg(smtp.toString());
    }

    void TearDown() override
    {
        if (HasFailure())
            std::cerr << "--- coordinator output (tail) ---\n"
                      << qPrintable(m_coordinator.output().right(3000)) << std::endl;
    }

    // agent1's desktop in a real main window, signed in and ready for offers.
    ContactWorkspace *openDesktop(MainWindow &window, Connection &connection)
    {
        window.resize(1400, 900);
        return signInDesktop(window, connection, m_coordinator.url(), QStringLiteral("agent1"), kLongWait);
    }

    // A new mail from a demo customer, offered to the desktop and accepted there.
    ConversationView *acceptMail(ContactWorkspace *workspace, const QByteArray &message)
    {
        deliver(message);
        OfferNotification *notification = workspace->notification();
        if (!QTest::qWaitFor([&] { return notification->isVisible(); }, kLongWait))
            return nullptr;
        workspace->acceptFirstOffer();
        ConversationView *view = workspace->contactPanel()->conversationView();
        if (!QTest::qWaitFor([&] { return view->isVisible() && workspace->conversation()->messages()->rowCount() > 0; },
                             kLongWait))
            return nullptr;
        return view;
    }

    // A published article's id and title (public or internal), found as an agent would search for it.
    std::pair<qint64, QString> someArticle(const QString &visibility)
    {
        const Reply r = call(
            m_agent, QString::fromUtf16(op::KbSearch),
            { { QStringLiteral("q"), QStringLiteral("payment") }, { QStringLiteral("visibility"), visibility } });
        const QJsonObject first = r.data.value(QStringLiteral("items")).toArray().first().toObject();
        return { first.value(QStringLiteral("id")).toInteger(), first.value(QStringLiteral("title")).toString() };
    }

    SmtpSink m_smtp;
    quint16 m_smtpPort = 0; // a dead SMTP port, for the failure test
};

} // namespace

TEST_F(ConversationPanelTest, AgentReadsTheMailAndAnswersWithAnArticleFromTheKnowledgePanel)
{
    Connection connection;
    MainWindow window(&connection);
    ContactWorkspace *workspace = openDesktop(window, connection);
    ASSERT_NE(workspace, nullptr);
    const auto [customerId, address] = someCustomer();
    ASSERT_FALSE(address.isEmpty());

    // An HTML mail with a script and a remote image: neither reaches the agent's screen.
    const QByteArray mail = mailMessage(
        address, QStringLiteral("support@shop.example"), QStringLiteral("Refund for order 1042"),
        QStringLiteral("<p>Hello, where is my <b>refund</b>?</p><script>alert('x')</script>"
                       "<img src=\"http://tracker.example/pixel.png\">"),
        QStringLiteral("refund-1@customer.example"), { QStringLiteral("Content-Type: text/html; charset=utf-8") });
    ConversationView *view = acceptMail(workspace, mail);
    ASSERT_NE(view, nullptr);
    auto *transcript = child<QTextBrowser>(view, "conversationTranscript");
    auto *composer = child<QPlainTextEdit>(view, "conversationComposer");
    auto *send = child<QPushButton>(view, "conversationSendButton");
    auto *retry = child<QPushButton>(view, "conversationRetryButton");
    auto *articles = child<QLabel>(view, "conversationArticlesLabel");
    auto *error = child<QLabel>(view, "conversationErrorLabel");
    auto *senderNotice = child<QLabel>(view, "conversationSenderNotice");
    ASSERT_TRUE(transcript && composer && send && retry && articles && error && senderNotice);
    const QString shown = transcript->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("where is my refund?"))) << qPrintable(shown);
    EXPECT_TRUE(shown.contains(QStringLiteral("Refund for order 1042"))) << qPrintable(shown);
    EXPECT_FALSE(transcript->toHtml().contains(QStringLiteral("alert(")));
    EXPECT_FALSE(transcript->toHtml().contains(QStringLiteral("tracker.example")));
    EXPECT_FALSE(retry->isVisible()) << "nothing failed";
    EXPECT_FALSE(send->isEnabled()) << "nothing to send yet";
    EXPECT_FALSE(senderNotice->isVisible()) << "this coordinator checks no sender: no note on every mail";

    // An internal article never goes to a customer; a public one goes under the answer.
    ArticleReader *reader = window.knowledgePanel()->reader();
    QAction *insert = child<QAction>(reader, "articleInsertIntoReplyAction");
    const auto [internalId, internalTitle] = someArticle(QStringLiteral("internal"));
    ASSERT_GT(internalId, 0);
    window.knowledgePanel()->openArticle(internalId);
    ASSERT_TRUE(QTest::qWaitFor([&] { return reader->loader()->article().id == internalId; }, kLongWait));
    EXPECT_TRUE(insert->isVisible());
    EXPECT_FALSE(insert->isEnabled()) << qPrintable(internalTitle);
    const auto [articleId, articleTitle] = someArticle(QStringLiteral("public"));
    ASSERT_GT(articleId, 0);
    window.knowledgePanel()->openArticle(articleId);
    ASSERT_TRUE(QTest::qWaitFor([&] { return insert->isEnabled(); }, kLongWait));
    EXPECT_TRUE(insert->isVisible());
    insert->trigger();
    EXPECT_TRUE(articles->isVisible());
    EXPECT_TRUE(articles->text().contains(articleTitle)) << qPrintable(articles->text());

    QTest::keyClicks(composer, QStringLiteral("Your refund left our account today."));
    EXPECT_TRUE(send->isEnabled());
    saveScreenshot(&window, QStringLiteral("contact-email-composing"));
    QApplication::setActiveWindow(&window);
    composer->setFocus();
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
    if (!QTest::qWaitFor([&] { return !m_smtp.messages().isEmpty(); }, 3000))
        view->send(); // the offscreen platform did not route the shortcut: press the button's action
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_smtp.messages().isEmpty(); }, kLongWait))
        << qPrintable(error->text() + QLatin1Char('\n') + transcript->toPlainText());
    const QByteArray sent = mailBodyText(m_smtp.messages().first());
    EXPECT_TRUE(sent.contains("Your refund left our account today.")) << sent.left(2000).constData();
    EXPECT_TRUE(sent.contains("In-Reply-To: <refund-1@customer.example>")) << sent.left(2000).constData();

    // The answer is in the conversation as sent; the composer and the article list are empty again.
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return transcript->toPlainText().contains(QStringLiteral("Sent ✓")); }, kLongWait))
        << qPrintable(transcript->toPlainText());
    EXPECT_TRUE(transcript->toPlainText().contains(QStringLiteral("Your refund left our account today.")));
    // The newest message is on screen: the transcript followed it down (a long answer once
    // left its "Sent" line below the fold).
    QScrollBar *bar = transcript->verticalScrollBar();
    EXPECT_GT(bar->maximum(), 0) << "the answer with its article is longer than the panel";
    EXPECT_TRUE(QTest::qWaitFor([&] { return bar->value() == bar->maximum(); }, 2000))
        << bar->value() << " of " << bar->maximum();
    EXPECT_TRUE(composer->toPlainText().isEmpty());
    EXPECT_FALSE(articles->isVisible());
    saveScreenshot(&window, QStringLiteral("contact-email-answered"));
}

// The SMTP server is down: the answer shows as not sent with the server's reason, and Retry
// sends it once the server is back.
class ConversationPanelFailureTest : public ConversationPanelTest
{
protected:
    void SetUp() override
    {
        m_smtpPort = m_deadPort.port();
        ConversationPanelTest::SetUp();
    }
    DeadPort m_deadPort;
};

TEST_F(ConversationPanelFailureTest, FailedAnswerShowsTheReasonAndRetrySendsIt)
{
    ASSERT_NE(m_deadPort.port(), 0);
    Connection connection;
    MainWindow window(&connection);
    ContactWorkspace *workspace = openDesktop(window, connection);
    ASSERT_NE(workspace, nullptr);
    const auto [customerId, address] = someCustomer();
    ASSERT_FALSE(address.isEmpty());
    ConversationView *view = acceptMail(
        workspace,
        mailMessage(address, QStringLiteral("support@shop.example"), QStringLiteral("Invoice"),
                    QStringLiteral("Please send my invoice again."), QStringLiteral("invoice-1@customer.example")));
    ASSERT_NE(view, nullptr);
    auto *transcript = child<QTextBrowser>(view, "conversationTranscript");
    auto *composer = child<QPlainTextEdit>(view, "conversationComposer");
    auto *retry = child<QPushButton>(view, "conversationRetryButton");
    ASSERT_TRUE(transcript && composer && retry);

    QTest::keyClicks(composer, QStringLiteral("Here is your invoice."));
    view->send();
    ASSERT_TRUE(QTest::qWaitFor([&] { return retry->isVisible(); }, kLongWait))
        << qPrintable(transcript->toPlainText());
    EXPECT_TRUE(transcript->toPlainText().contains(QStringLiteral("Not sent:")));
    EXPECT_TRUE(retry->isEnabled());
    saveScreenshot(&window, QStringLiteral("contact-email-failed"));

    QString error;
    ASSERT_TRUE(m_smtp.start(&error, m_smtpPort)) << qPrintable(error);
    retry->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_smtp.messages().isEmpty(); }, kLongWait));
    EXPECT_TRUE(mailBodyText(m_smtp.messages().first()).contains("Here is your invoice."));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !retry->isVisible(); }, kLongWait));
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return transcript->toPlainText().contains(QStringLiteral("Sent ✓")); }, kLongWait))
        << qPrintable(transcript->toPlainText());
}

// The organisation's mail server checks senders ([mail] trusted_authserv_id): the agent is
// warned when the newest mail's From address failed, told quietly when it could not be checked.
class ConversationPanelSenderCheckTest : public ConversationPanelTest
{
protected:
    QString extraMailSettings() override
    {
        return ConversationPanelTest::extraMailSettings() + QStringLiteral("trusted_authserv_id=mx.shop.example\n");
    }
};

TEST_F(ConversationPanelSenderCheckTest, ForgedSenderShowsTheRedWarningUntilAVerifiedMailFollows)
{
    Connection connection;
    MainWindow window(&connection);
    ContactWorkspace *workspace = openDesktop(window, connection);
    ASSERT_NE(workspace, nullptr);
    const auto [customerId, address] = someCustomer();
    ASSERT_FALSE(address.isEmpty());
    const QString domain = address.section(u'@', 1);
    ConversationView *view = acceptMail(
        workspace,
        mailMessage(address, QStringLiteral("support@shop.example"), QStringLiteral("New delivery address"),
                    QStringLiteral("Please send order 1042 to Dock 7, Harbour Road."),
                    QStringLiteral("forged-1@forger.example"),
                    { QStringLiteral("Authentication-Results: mx.shop.example; spf=fail smtp.mailfrom=forger.example;"
                                     " dmarc=fail (p=none) header.from=%1")
                          .arg(domain) }));
    ASSERT_NE(view, nullptr);
    auto *notice = child<QLabel>(view, "conversationSenderNotice");
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("failed the mail server's check")))
        << qPrintable(notice->text());
    EXPECT_TRUE(notice->styleSheet().contains(QStringLiteral("#c62828"))) << "red, like the chat's typed identity";
    saveScreenshot(&window, QStringLiteral("contact-email-sender-failed"));

    // The customer writes again through their own server: what counts is the newest mail.
    const QStringList reply { QStringLiteral("In-Reply-To: <forged-1@forger.example>"),
                              QStringLiteral("References: <forged-1@forger.example>") };
    deliver(mailMessage(address, QStringLiteral("support@shop.example"), QStringLiteral("Re: New delivery address"),
                        QStringLiteral("That was not me!"), QStringLiteral("real-1@customer.example"),
                        reply
                            + QStringList { QStringLiteral("Authentication-Results: mx.shop.example;"
                                                           " dkim=pass header.d=%1; dmarc=pass header.from=%1")
                                                .arg(domain) }));
    ConversationModel *messages = workspace->conversation()->messages();
    ASSERT_TRUE(QTest::qWaitFor([&] { return messages->rowCount() == 2; }, kLongWait));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !notice->isVisible(); }, kLongWait)) << qPrintable(notice->text());

    // One the server could not vouch for either way gets the quieter note.
    deliver(mailMessage(address, QStringLiteral("support@shop.example"), QStringLiteral("Re: New delivery address"),
                        QStringLiteral("And one more thing."), QStringLiteral("real-2@customer.example"), reply));
    ASSERT_TRUE(QTest::qWaitFor([&] { return messages->rowCount() == 3; }, kLongWait));
    EXPECT_TRUE(QTest::qWaitFor([&] { return notice->isVisible(); }, kLongWait));
    EXPECT_EQ(notice->text(), QStringLiteral("The sender's address could not be checked."));
    EXPECT_FALSE(notice->styleSheet().contains(QStringLiteral("#c62828")));
}
