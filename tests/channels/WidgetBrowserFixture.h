#pragma once

#include "BrowserScript.h"
#include "ClientHelpers.h"
#include "CoordinatorProcess.h"
#include "MailServers.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <functional>

namespace spocs::test {

// The real coordinator (demo data, SMTP to a real aiosmtpd) with agent1 signed in on the real
// client library, for the browser scenarios of tests/channels/browser/.
class WidgetBrowserFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_smtp.start(&error)) << qPrintable(error);
        const QString path = m_dir.filePath(QStringLiteral("coordinator.ini"));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[mail]\nsmtp_server=%1\nfrom_address=support@shop.example\nfrom_name=Shop Support\n")
                       .arg(m_smtp.url().toString())
                       .toUtf8());
        file.close();
        CoordinatorProcess::Options options;
        options.demoCustomers = 30;
        options.extraArgs = { QStringLiteral("--config"), path };
        ASSERT_TRUE(m_coordinator.start(options)) << qPrintable(m_coordinator.output());
        ASSERT_TRUE(m_coordinator.webUrl().isValid()) << "no web endpoint";
        ASSERT_TRUE(loginAndWait(m_agent, m_coordinator.url(), QStringLiteral("agent1")).ok);
        const Reply me = call(m_agent, QStringLiteral("session.me"));
        const QJsonObject user = me.data.value(QStringLiteral("user")).toObject();
        m_agentId = user.value(QStringLiteral("id")).toInteger();
        m_agentName = user.value(QStringLiteral("name")).toString();
        QObject::connect(&m_agent, &Connection::eventReceived, &m_agent,
                         [this](const protocol::Event &e) { m_events.append(e); });
        m_agent.subscribe(QStringLiteral("user:%1").arg(m_agentId));
    }

    QString widgetUrl() const { return m_coordinator.webUrl().toString(); }

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

} // namespace spocs::test
