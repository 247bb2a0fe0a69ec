#include "ConfigFile.h"

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::test;

// Desktops replay a queued write by themselves for up to six days with its cid; the coordinator
// must remember applied cids longer, or a replay whose first answer was lost applies twice.
TEST(ServerConfig, AppliedWritesAreRememberedLongerThanDesktopsReplayThem)
{
    ServerConfig tooShort;
    const auto refused = loadConfig(tooShort, "[storage]\napplied_writes_days=6\n");
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("applied_writes_days")))
        << qPrintable(refused.error().message);

    ServerConfig week;
    ASSERT_TRUE(loadConfig(week, "[storage]\napplied_writes_days=7\n").ok());
    EXPECT_EQ(week.appliedWritesRetentionDays, 7);
}
