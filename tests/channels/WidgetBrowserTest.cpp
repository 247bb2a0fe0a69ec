// The web chat widget and the survey page in a real browser (Debian's headless Chromium through
// playwright-core, tests/channels/browser/) against the real coordinator, with the agent on the
// real client library and a real SMTP server for what goes out by e-mail.
#include "BrowserScript.h"
#include "ClientHelpers.h"
#include "CoordinatorProcess.h"
#include "MailServers.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::test;

namespace {

class WidgetBrowserTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_smtp.start(&error)) << qPrintable(error);
        m_webPort = freeLoopbackPort();
        const QString path = m_dir.filePath(QStringLiteral("coordinator.ini"));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[mail]\nsmtp_server=%1\nfrom_address=support@shop.example\nfrom_name=Shop Support\n"
                                  "[web]\nport=%2\nlisten=127.0.0.1\npublic_url=http://127.0.0.1:%2\n")
                       .arg(m_smtp.url().toString())
                       .arg(m_webPort)
                       .toUtf8());
        file.close();
        CoordinatorProcess::Options options;
        options.demoCustomers = 30;
        options.extraArgs = { QStringLiteral("--config"), path };
        ASSERT_TRUE(m_coordinator.start(options)) << qPrintable(m_coordinator.output());
        ASSERT_TRUE(waitForPort(m_webPort, 30000)) << "no web endpoint on port " << m_webPort;
        ASSERT_TRUE(loginAndWait(m_agent, m_coordinator.url(), QStringLiteral("agent1")).ok);
        const Reply me = call(m_agent, QStringLiteral("session.me"));
        const QJsonObject user = me.data.value(QStringLiteral("user")).toObject();
        m_agentId = user.value(QStringLiteral("id")).toInteger();
        m_agentName = user.value(QStringLiteral("name")).toString();
        QObject::connect(&m_agent, &Connection::eventReceived, &m_agent,
                         [this](const protocol::Event &e) { m_events.append(e); });
        m_agent.subscribe(QStringLiteral("user:%1").arg(m_agentId));
    }

    QString widgetUrl() const { return QStringLiteral("http://127.0.0.1:%1/").arg(m_webPort); }

    // A write by the agent; a refusal is reported with its reason.
    bool agentWrite(const QString &op, const QJsonObject &args)
    {
        const Reply r = callWrite(m_agent, op, args);
        EXPECT_TRUE(r.ok) << qPrintable(op) << ": " << qPrintable(r.error.message);
        return r.ok;
    }

    bool setPresence(const QString &state)
    {
        return call(m_agent, QStringLiteral("presence.set"), { { QStringLiteral("state"), state } }).ok;
    }
    bool setAvailable() { return setPresence(QStringLiteral("available")); }

    // The first event of `kind` (seen since the test started) that `match` accepts.
    QJsonObject waitForEvent(const QString &kind, const std::function<bool(const QJsonObject &)> &match,
                             int timeoutMs = 30000)
    {
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                for (const protocol::Event &e : std::as_const(m_events))
                    if (e.kind == kind && match(e.data)) {
                        found = e.data;
                        return true;
                    }
                return false;
            },
            timeoutMs);
        return found;
    }

    qint64 waitForOffer()
    {
        const QJsonObject offer
            = waitForEvent(QStringLiteral("contact.offered"), [](const QJsonObject &) { return true; });
        return offer.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger();
    }

    bool accept(qint64 contactId)
    {
        const bool ok
            = callWrite(m_agent, QStringLiteral("contact.accept"), { { QStringLiteral("id"), contactId } }).ok;
        m_agent.subscribe(QStringLiteral("contact:%1").arg(contactId));
        return ok;
    }

    QJsonObject contact(qint64 contactId)
    {
        return call(m_agent, QStringLiteral("contact.get"), { { QStringLiteral("id"), contactId } })
            .data.value(QStringLiteral("contact"))
            .toObject();
    }

    QJsonArray messagesOf(qint64 contactId)
    {
        return call(m_agent, QStringLiteral("contact.messages"), { { QStringLiteral("id"), contactId } })
            .data.value(QStringLiteral("messages"))
            .toArray();
    }

    // One row of the coordinator's database, read beside it (WAL lets a reader in at any time).
    QVariantList queryRow(const QString &sql, const QVariantList &binds)
    {
        QVariantList row;
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_coordinator.dbPath());
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(sql);
                for (const QVariant &b : binds)
                    q.addBindValue(b);
                if (q.exec() && q.next())
                    for (int i = 0; i < q.record().count(); ++i)
                        row.append(q.value(i));
            }
        }
        QSqlDatabase::removeDatabase(name);
        return row;
    }

    // The contact's survey answer: {csat, comment}, empty when there is none.
    QVariantList surveyOf(qint64 contactId)
    {
        return queryRow(QStringLiteral("SELECT csat, comment FROM surveys WHERE contact_id = ?"),
                        { QVariant(contactId) });
    }

    // The mail to `address` that SMTP received and that `match` accepts.
    QByteArray waitForMail(const QString &address, const std::function<bool(const QByteArray &)> &match)
    {
        QByteArray found;
        (void)QTest::qWaitFor(
            [&] {
                for (const QByteArray &m : m_smtp.messages())
                    if (mailHeader(m, QStringLiteral("To")).contains(address) && match(m)) {
                        found = m;
                        return true;
                    }
                return false;
            },
            30000);
        return found;
    }

    // Steps of the browser script; a failing step ends the test with the script's reason.
    QJsonObject step(BrowserScript &browser, const QString &name)
    {
        QJsonObject payload;
        QString error;
        EXPECT_TRUE(browser.waitReady(name, &payload, &error)) << qPrintable(error);
        return error.isEmpty() ? payload : QJsonObject { { QStringLiteral("failed"), true } };
    }

    QTemporaryDir m_dir;
    SmtpSink m_smtp;
    CoordinatorProcess m_coordinator;
    quint16 m_webPort = 0;
    Connection m_agent;
    qint64 m_agentId = 0;
    QString m_agentName;
    QList<protocol::Event> m_events;
};

#define START(browser, scenario)                                                                                       \
    do {                                                                                                               \
        QString startError;                                                                                            \
        ASSERT_TRUE(browser.start(QStringLiteral(scenario), widgetUrl(), &startError)) << qPrintable(startError);      \
    } while (false)

#define FINISH(browser)                                                                                                \
    do {                                                                                                               \
        QString finishError;                                                                                           \
        EXPECT_TRUE(browser.finish(&finishError)) << qPrintable(finishError);                                          \
    } while (false)

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

TEST_F(WidgetBrowserTest, ChatWithAnAgentBothWaysThenTranscriptAndRating)
{
    ASSERT_TRUE(setAvailable());
    BrowserScript browser;
    START(browser, "chat");
    const QJsonObject started = step(browser, QStringLiteral("chat-started"));
    ASSERT_FALSE(started.contains(QStringLiteral("failed")));

    // The pre-chat form became a chat contact, offered to the available agent.
    const qint64 id = waitForOffer();
    ASSERT_GT(id, 0) << "the chat was not offered";
    const QJsonObject c = contact(id);
    EXPECT_EQ(c.value(QStringLiteral("channel")).toString(), QStringLiteral("chat"));
    QJsonArray messages = messagesOf(id);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.first().toObject().value(QStringLiteral("text")).toString(),
              QStringLiteral("My invoice is wrong"));
    EXPECT_EQ(messages.first().toObject().value(QStringLiteral("direction")).toString(), QStringLiteral("in"));
    ASSERT_TRUE(accept(id));
    browser.go();

    const QJsonObject joined = step(browser, QStringLiteral("agent-joined"));
    EXPECT_EQ(joined.value(QStringLiteral("name")).toString(), m_agentName);
    ASSERT_TRUE(agentWrite(QStringLiteral("contact.typing"),
                           { { QStringLiteral("id"), id }, { QStringLiteral("typing"), true } }));
    browser.go();

    ASSERT_FALSE(step(browser, QStringLiteral("agent-typing-shown")).contains(QStringLiteral("failed")));
    const Reply reply = callWrite(m_agent, QStringLiteral("contact.reply"),
                                  { { QStringLiteral("id"), id },
                                    { QStringLiteral("body"), QStringLiteral("Let me check that <b>for you</b>.") } });
    ASSERT_TRUE(reply.ok) << qPrintable(reply.error.message);
    const qint64 replyId
        = reply.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toInteger();
    browser.go();

    ASSERT_FALSE(step(browser, QStringLiteral("agent-message-shown")).contains(QStringLiteral("failed")));
    // The open widget told the agent that the visitor read the reply.
    const QJsonObject read = waitForEvent(QStringLiteral("contact.read"), [&](const QJsonObject &d) {
        return d.value(QStringLiteral("upTo")).toInteger() >= replyId;
    });
    EXPECT_FALSE(read.isEmpty()) << "the agent never saw that the visitor read the reply";
    browser.go();

    ASSERT_FALSE(step(browser, QStringLiteral("visitor-typing")).contains(QStringLiteral("failed")));
    EXPECT_FALSE(waitForEvent(QStringLiteral("contact.typing"),
                              [&](const QJsonObject &d) { return d.value(QStringLiteral("typing")).toBool(); })
                     .isEmpty())
        << "the agent never saw the visitor typing";
    browser.go();

    ASSERT_FALSE(step(browser, QStringLiteral("visitor-message-delivered")).contains(QStringLiteral("failed")));
    const QJsonObject inbound = waitForEvent(QStringLiteral("contact.message"), [&](const QJsonObject &d) {
        return d.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString()
            == u"It is invoice 4711";
    });
    ASSERT_FALSE(inbound.isEmpty()) << "the visitor's message did not reach the agent";
    const qint64 inboundId
        = inbound.value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toInteger();
    ASSERT_TRUE(agentWrite(QStringLiteral("contact.read"),
                           { { QStringLiteral("id"), id }, { QStringLiteral("upTo"), inboundId } }));
    browser.go();

    // "Email me the transcript": the whole conversation goes to the address from the form.
    ASSERT_FALSE(step(browser, QStringLiteral("transcript-requested")).contains(QStringLiteral("failed")));
    const QByteArray transcript = waitForMail(QStringLiteral("vera.visitor@example.net"), [](const QByteArray &m) {
        return mailBodyText(m).contains("It is invoice 4711");
    });
    ASSERT_FALSE(transcript.isEmpty()) << "no transcript reached the SMTP server";
    EXPECT_TRUE(mailBodyText(transcript).contains("My invoice is wrong"));
    EXPECT_TRUE(mailBodyText(transcript).contains("Let me check that"));
    browser.go();

    // The visitor ended the chat and rated it: the agent sees who left, the rating is the contact's.
    ASSERT_FALSE(step(browser, QStringLiteral("rated")).contains(QStringLiteral("failed")));
    messages = messagesOf(id);
    EXPECT_TRUE(std::any_of(messages.cbegin(), messages.cend(), [](const QJsonValue &m) {
        return m.toObject().value(QStringLiteral("system")).toBool()
            && m.toObject().value(QStringLiteral("text")).toString().contains(QStringLiteral("left"));
    })) << "no system line about the visitor leaving";
    const QVariantList survey = surveyOf(id);
    ASSERT_EQ(survey.size(), 2) << "no rating stored for the contact";
    EXPECT_EQ(survey.at(0).toInt(), 4);
    EXPECT_EQ(survey.at(1).toString(), QStringLiteral("Quick and friendly"));
    browser.go();
    FINISH(browser);
}

TEST_F(WidgetBrowserTest, NobodyAvailableLeavesAMessageAndItsSurveyIsAnsweredOnce)
{
    // agent1 (available from signing in) is on a break: nobody can take a chat.
    ASSERT_TRUE(setPresence(QStringLiteral("break")));
    BrowserScript browser;
    START(browser, "offline");
    ASSERT_FALSE(step(browser, QStringLiteral("message-left")).contains(QStringLiteral("failed")));

    // The message is an e-mail contact with the text as its inbound message.
    ASSERT_TRUE(setAvailable());
    const qint64 id = waitForOffer();
    ASSERT_GT(id, 0) << "the message did not become a contact";
    EXPECT_EQ(contact(id).value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
    const QJsonArray messages = messagesOf(id);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.first().toObject().value(QStringLiteral("text")).toString(),
              QStringLiteral("Please call me back about my order."));

    // The agent closes it; the survey link arrives by e-mail.
    ASSERT_TRUE(accept(id));
    const qint64 version = contact(id).value(QStringLiteral("version")).toInteger();
    const Reply closed = callWrite(m_agent, QStringLiteral("contact.close"),
                                   { { QStringLiteral("id"), id },
                                     { QStringLiteral("version"), version },
                                     { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } },
                                     { QStringLiteral("outcome"), QStringLiteral("resolved") } });
    ASSERT_TRUE(closed.ok) << qPrintable(closed.error.message);
    const QByteArray mail = waitForMail(QStringLiteral("otto.offline@example.net"),
                                        [](const QByteArray &m) { return mailBodyText(m).contains("/survey?t="); });
    ASSERT_FALSE(mail.isEmpty()) << "no survey e-mail";
    static const QRegularExpression link(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/survey\\?t=[A-Za-z0-9_-]+)"));
    const auto match = link.match(QString::fromUtf8(mailBodyText(mail)));
    ASSERT_TRUE(match.hasMatch()) << mailBodyText(mail).toStdString();
    browser.go({ { QStringLiteral("surveyUrl"), match.captured(1) } });

    ASSERT_FALSE(step(browser, QStringLiteral("survey-answered")).contains(QStringLiteral("failed")));
    const QVariantList survey = surveyOf(id);
    ASSERT_EQ(survey.size(), 2) << "no survey answer stored for the contact";
    EXPECT_EQ(survey.at(0).toInt(), 5);
    EXPECT_EQ(survey.at(1).toString(), QStringLiteral("Called back the same day"));
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
