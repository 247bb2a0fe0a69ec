#include "client/ReconnectPolicy.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace spocs;
using namespace std::chrono_literals;

TEST(ReconnectPolicy, CeilingDoublesFrom250msAndIsCappedAt30s)
{
    const ReconnectPolicy policy;
    EXPECT_EQ(policy.ceilingFor(0), 250ms);
    EXPECT_EQ(policy.ceilingFor(1), 500ms);
    EXPECT_EQ(policy.ceilingFor(2), 1000ms);
    EXPECT_EQ(policy.ceilingFor(6), 16000ms);
    EXPECT_EQ(policy.ceilingFor(7), 30000ms);
    EXPECT_EQ(policy.ceilingFor(1000), 30000ms); // no overflow for long outages
}

TEST(ReconnectPolicy, DelaysStayBetweenHalfAndFullCeiling)
{
    ReconnectPolicy policy;
    for (int round = 0; round < 20; ++round) {
        policy.reset();
        for (int attempt = 0; attempt < 12; ++attempt) {
            const auto ceiling = policy.ceilingFor(attempt);
            EXPECT_EQ(policy.attempt(), attempt);
            const auto delay = policy.nextDelay();
            EXPECT_GE(delay, ceiling / 2) << "attempt " << attempt;
            EXPECT_LE(delay, ceiling) << "attempt " << attempt;
        }
    }
}

TEST(ReconnectPolicy, ResetStartsOverFromTheInitialDelay)
{
    ReconnectPolicy policy;
    for (int i = 0; i < 10; ++i)
        policy.nextDelay();
    EXPECT_EQ(policy.attempt(), 10);
    policy.reset();
    EXPECT_EQ(policy.attempt(), 0);
    const auto delay = policy.nextDelay();
    EXPECT_GE(delay, 125ms);
    EXPECT_LE(delay, 250ms);
    EXPECT_EQ(policy.attempt(), 1);
}

TEST(ReconnectPolicy, DelaysAreJittered)
{
    ReconnectPolicy policy;
    QSet<qint64> seen;
    for (int i = 0; i < 50; ++i) {
        policy.reset();
        for (int n = 0; n < 5; ++n)
            policy.nextDelay();
        seen.insert(policy.nextDelay().count()); // attempt 5: drawn from [4 s, 8 s]
    }
    EXPECT_GT(seen.size(), 1);
}

TEST(ReconnectPolicy, CustomInitialAndCapAreHonoured)
{
    ReconnectPolicy policy(20ms, 100ms);
    EXPECT_EQ(policy.initial(), 20ms);
    EXPECT_EQ(policy.cap(), 100ms);
    EXPECT_EQ(policy.ceilingFor(0), 20ms);
    EXPECT_EQ(policy.ceilingFor(2), 80ms);
    EXPECT_EQ(policy.ceilingFor(3), 100ms);
    for (int i = 0; i < 20; ++i)
        EXPECT_LE(policy.nextDelay(), 100ms);
}
