#pragma once

#include "ClientHelpers.h"
#include "CoordinatorProcess.h"

#include <gtest/gtest.h>

namespace spocs::test {

// The knowledge suites: one coordinator with demo data for the whole suite (it takes a while to
// seed), agent1 and lead1 signed in afresh for each test.
class KnowledgeSuite : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_coordinator = new CoordinatorProcess;
        CoordinatorProcess::Options options;
        options.demoCustomers = 50;
        ASSERT_TRUE(s_coordinator->start(options)) << s_coordinator->output().toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_coordinator;
        s_coordinator = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(loginAndWait(m_agent, s_coordinator->url(), QStringLiteral("agent1")).ok);
        ASSERT_TRUE(loginAndWait(m_lead, s_coordinator->url(), QStringLiteral("lead1")).ok);
    }

    static inline CoordinatorProcess *s_coordinator = nullptr;
    Connection m_agent;
    Connection m_lead;
};

} // namespace spocs::test
