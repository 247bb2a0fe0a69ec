#pragma once

#include "ClientHelpers.h"
#include "CoordinatorProcess.h"
#include "VisitorPeer.h"

#include <QJsonArray>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>

namespace spocs::test {

// A coordinator with a demo world and agent1 available for offers; visitors connect to its
// web endpoint.
class VisitorFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        CoordinatorProcess::Options options;
        options.demoCustomers = 30;
        options.extraArgs = extraArgs();
        ASSERT_TRUE(m_coordinator.start(options)) << qPrintable(m_coordinator.output());
        ASSERT_TRUE(m_coordinator.webUrl().isValid()) << "no web endpoint line";
        ASSERT_TRUE(loginAndWait(m_agent, m_coordinator.url(), QStringLiteral("agent1")).ok);
        m_agentId = call(m_agent, QStringLiteral("session.me"))
                        .data.value(QStringLiteral("user"))
                        .toObject()
                        .value(QStringLiteral("id"))
                        .toInteger();
        QObject::connect(&m_agent, &Connection::eventReceived, &m_agent, [this](const protocol::Event &e) {
            if (e.kind == u"contact.offered")
                m_offers.append(
                    e.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger());
            if (e.kind == u"contact.message")
                m_staffMessages.append(e.data);
        });
        m_agent.subscribe(QStringLiteral("user:%1").arg(m_agentId));
        ASSERT_TRUE(setPresence(QStringLiteral("available")));
    }

    virtual QStringList extraArgs() { return {}; }

    bool setPresence(const QString &state)
    {
        return call(m_agent, QStringLiteral("presence.set"), { { QStringLiteral("state"), state } }).ok;
    }

    std::unique_ptr<VisitorPeer> visitor(const QString &token = {})
    {
        auto peer = std::make_unique<VisitorPeer>();
        if (!peer->open(m_coordinator.visitorUrl()))
            return nullptr;
        if (peer->hello(token).isEmpty())
            return nullptr;
        return peer;
    }

    // A top-level contact reason the web offers, by its label.
    qint64 topic(VisitorPeer &peer, const QString &name)
    {
        const QJsonObject res = peer.request(QStringLiteral("chat.topics"));
        for (const QJsonValue &t :
             res.value(QStringLiteral("data")).toObject().value(QStringLiteral("topics")).toArray())
            if (t.toObject().value(QStringLiteral("name")).toString() == name)
                return t.toObject().value(QStringLiteral("id")).toInteger();
        return 0;
    }

    QJsonObject startChat(VisitorPeer &peer, const QString &email, const QString &text = QStringLiteral("Hello?"))
    {
        return peer.request(QStringLiteral("chat.start"),
                            { { QStringLiteral("name"), QStringLiteral("Vera Visitor") },
                              { QStringLiteral("email"), email },
                              { QStringLiteral("topic"), topic(peer, QStringLiteral("Account")) },
                              { QStringLiteral("text"), text } });
    }

    qint64 waitForOffer(int timeoutMs = 30000)
    {
        (void)QTest::qWaitFor([&] { return !m_offers.isEmpty(); }, timeoutMs);
        return m_offers.isEmpty() ? 0 : m_offers.takeFirst();
    }

    Reply accept(qint64 contactId) { return acceptContact(m_agent, contactId); }

    Reply reply(qint64 contactId, const QString &body, const QJsonArray &articles = {})
    {
        return replyToContact(m_agent, contactId, body, articles);
    }

    // Closes an accepted contact as resolved (reason "account.update", the demo's Account topic).
    Reply closeContact(qint64 contactId)
    {
        const qint64 version = call(m_agent, QStringLiteral("contact.get"), { { QStringLiteral("id"), contactId } })
                                   .data.value(QStringLiteral("contact"))
                                   .toObject()
                                   .value(QStringLiteral("version"))
                                   .toInteger();
        return callWrite(m_agent, QStringLiteral("contact.close"),
                         { { QStringLiteral("cid"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                           { QStringLiteral("id"), contactId },
                           { QStringLiteral("version"), version },
                           { QStringLiteral("reasons"), QJsonArray { QStringLiteral("account.update") } },
                           { QStringLiteral("outcome"), QStringLiteral("resolved") } });
    }

    // The agent follows the contact's topic; requests run in order, so it does once session.me answers.
    void follow(qint64 contactId)
    {
        m_agent.subscribe(QStringLiteral("contact:%1").arg(contactId));
        (void)call(m_agent, QStringLiteral("session.me"));
    }

    // A visitor in an accepted chat; the agent follows the contact's topic.
    qint64 acceptedChat(VisitorPeer &peer, const QString &email)
    {
        const QJsonObject started = startChat(peer, email);
        if (!started.value(QStringLiteral("ok")).toBool())
            return 0;
        const qint64 contact = waitForOffer();
        if (!contact || !accept(contact).ok)
            return 0;
        follow(contact);
        return peer.waitForEvent(QStringLiteral("chat.status")) ? contact : 0;
    }

    CoordinatorProcess m_coordinator;
    Connection m_agent;
    qint64 m_agentId = 0;
    QList<qint64> m_offers;
    QList<QJsonObject> m_staffMessages;
};

inline QJsonObject dataOf(const QJsonObject &response)
{
    return response.value(QStringLiteral("data")).toObject();
}

} // namespace spocs::test
