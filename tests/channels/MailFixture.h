#pragma once

#include "ClientHelpers.h"
#include "CoordinatorProcess.h"
#include "MailServers.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

namespace spocs::test {

// A coordinator reading a real Dovecot mailbox every second, and agent1 available for offers.
class MailFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_dovecot.start(&error)) << qPrintable(error);
        ASSERT_TRUE(startCoordinator(extraMailSettings()));
        ASSERT_TRUE(loginAgent());
    }

    // How often the coordinator polls the mailbox (IDLE wakes it sooner).
    virtual int pollSeconds() { return 1; }
    // More [mail] lines (SMTP, acknowledgement) for the suites that need them.
    virtual QString extraMailSettings() { return QStringLiteral("max_attachment_bytes=1024\n"); }

    bool startCoordinator(const QString &extra)
    {
        const QString path = m_dir.filePath(QStringLiteral("coordinator.ini"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(QStringLiteral("[mail]\nserver=%1\nuser=%2\npassword_file=%3\nqueue=general\npoll_seconds=%4\n")
                       .arg(m_dovecot.url().toString(), m_dovecot.user(), m_dovecot.passwordFile())
                       .arg(pollSeconds())
                       .toUtf8()
                   + extra.toUtf8());
        file.close();
        CoordinatorProcess::Options options;
        options.demoCustomers = 30;
        options.extraArgs = { QStringLiteral("--config"), path };
        return m_coordinator.start(options);
    }

    bool loginAgent()
    {
        if (!loginAndWait(m_agent, m_coordinator.url(), QStringLiteral("agent1")).ok)
            return false;
        const Reply me = call(m_agent, QStringLiteral("session.me"));
        m_agentId = me.data.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger();
        QObject::connect(&m_agent, &Connection::eventReceived, &m_agent, [this](const protocol::Event &e) {
            if (e.kind == u"contact.offered")
                m_offers.append(
                    e.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger());
            if (e.kind == u"contact.message")
                m_messageEvents.append(e.data);
        });
        m_agent.subscribe(QStringLiteral("user:%1").arg(m_agentId));
        return call(m_agent, QStringLiteral("presence.set"),
                    { { QStringLiteral("state"), QStringLiteral("available") } })
            .ok;
    }

    qint64 waitForOffer(int timeoutMs = 30000)
    {
        (void)QTest::qWaitFor([&] { return !m_offers.isEmpty(); }, timeoutMs);
        return m_offers.isEmpty() ? 0 : m_offers.takeFirst();
    }

    // Takes the offer and makes the agent available for the next one (up to three text contacts).
    bool accept(qint64 contactId) { return acceptContact(m_agent, contactId).ok; }

    QJsonArray messagesOf(qint64 contactId)
    {
        const Reply r = call(m_agent, QStringLiteral("contact.messages"), { { QStringLiteral("id"), contactId } });
        EXPECT_TRUE(r.ok) << qPrintable(r.error.message);
        return r.data.value(QStringLiteral("messages")).toArray();
    }

    QJsonObject contact(qint64 contactId)
    {
        return call(m_agent, QStringLiteral("contact.get"), { { QStringLiteral("id"), contactId } })
            .data.value(QStringLiteral("contact"))
            .toObject();
    }

    QJsonObject customer(const QString &customerId)
    {
        return call(m_agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), customerId } }).data;
    }

    // A demo customer's public id and first e-mail address.
    std::pair<QString, QString> someCustomer(int index = 0)
    {
        const Reply r = call(m_agent, QStringLiteral("customer.search"),
                             { { QStringLiteral("q"), QStringLiteral("a") }, { QStringLiteral("limit"), 20 } });
        const QJsonArray items = r.data.value(QStringLiteral("items")).toArray();
        int seen = 0;
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            if (item.value(QStringLiteral("email")).toString().isEmpty())
                continue;
            if (seen++ == index)
                return { item.value(QStringLiteral("id")).toString(), item.value(QStringLiteral("email")).toString() };
        }
        return {};
    }

    void deliver(const QByteArray &message)
    {
        QString error;
        ASSERT_TRUE(m_dovecot.deliver(message, &error)) << qPrintable(error);
    }

    QTemporaryDir m_dir;
    DovecotServer m_dovecot;
    CoordinatorProcess m_coordinator;
    Connection m_agent;
    qint64 m_agentId = 0;
    QList<qint64> m_offers;
    QList<QJsonObject> m_messageEvents;
};

} // namespace spocs::test
