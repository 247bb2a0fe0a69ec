#pragma once

#include "support/ClientHelpers.h"
#include "support/ScriptedPeer.h"

#include "client/Connection.h"

#include <QTest>

#include <gtest/gtest.h>

namespace spocs::test {

// A Connection signed in to a ScriptedPeer: session tests script the peer's answers per op
// and check what the session sent and what it made of the answers.
class ScriptedSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(peer.isListening());
        ASSERT_TRUE(loginAndWait(connection, peer.url(), QStringLiteral("agent1")).ok);
    }

    // The requests the session sent for op so far.
    int sent(const QString &op) const { return int(peer.requestsFor(op).size()); }
    bool waitSent(const QString &op, int count = 1)
    {
        return QTest::qWaitFor([&] { return sent(op) >= count; }, 5000);
    }
    QJsonObject lastArgs(const QString &op) const
    {
        const auto all = peer.requestsFor(op);
        return all.isEmpty() ? QJsonObject() : all.last().request.args;
    }

    ScriptedPeer peer;
    Connection connection;
};

} // namespace spocs::test
