#include "core/domain/ContactSegments.h"

#include <gtest/gtest.h>

using namespace spocs::domain;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

TEST(ContactSegments, OffersAndDeclinesStayInOneWait)
{
    ContactSegments s;
    s.add(ContactState::Queued, at("2026-03-02T09:00:00Z"));
    s.add(ContactState::Offered, at("2026-03-02T09:00:20Z"));
    s.add(ContactState::Queued, at("2026-03-02T09:00:40Z")); // declined
    EXPECT_EQ(s.waitingSince(), at("2026-03-02T09:00:00Z"));
    s.add(ContactState::Offered, at("2026-03-02T09:01:00Z"));
    s.add(ContactState::Active, at("2026-03-02T09:01:10Z"));
    ASSERT_EQ(s.waits().size(), 1);
    EXPECT_EQ(s.waits().first().msecs(), 70000);
    EXPECT_FALSE(s.waitingSince());
    EXPECT_EQ(s.handlingSince(), at("2026-03-02T09:01:10Z"));
    s.add(ContactState::AfterContactWork, at("2026-03-02T09:06:10Z"));
    s.add(ContactState::Closed, at("2026-03-02T09:06:10Z"));
    ASSERT_EQ(s.handlings().size(), 1);
    EXPECT_EQ(s.handledMsecs(), 300000);
    EXPECT_FALSE(s.handlingSince());
    EXPECT_FALSE(s.reopenedAfterHandling());
}

TEST(ContactSegments, ReopenedContactWaitsAndIsHandledAgain)
{
    ContactSegments s;
    s.add(ContactState::Queued, at("2026-03-02T09:00:00Z"));
    s.add(ContactState::Active, at("2026-03-02T09:05:00Z"));
    s.add(ContactState::AfterContactWork, at("2026-03-02T09:15:00Z"));
    s.add(ContactState::Closed, at("2026-03-02T09:15:00Z"));
    s.add(ContactState::Queued, at("2026-03-04T10:00:00Z"));
    EXPECT_EQ(s.waitingSince(), at("2026-03-04T10:00:00Z"));
    EXPECT_TRUE(s.reopenedAfterHandling());
    s.add(ContactState::Active, at("2026-03-04T10:10:00Z"));
    EXPECT_EQ(s.handlingSince(), at("2026-03-04T10:10:00Z"));
    s.add(ContactState::Closed, at("2026-03-04T10:20:00Z"));
    EXPECT_EQ(s.waits().size(), 2);
    EXPECT_EQ(s.handledMsecs(), 20 * 60 * 1000);
}

TEST(ContactSegments, ForwardEndsTheHandlingAndStartsAWait)
{
    ContactSegments s;
    s.add(ContactState::Queued, at("2026-03-02T09:00:00Z"));
    s.add(ContactState::Active, at("2026-03-02T09:00:10Z"));
    s.add(ContactState::Queued, at("2026-03-02T09:03:00Z"));
    EXPECT_EQ(s.waitingSince(), at("2026-03-02T09:03:00Z"));
    EXPECT_FALSE(s.handlingSince());
    s.add(ContactState::Closed, at("2026-03-02T09:08:00Z")); // left waiting
    EXPECT_EQ(s.handledMsecs(), 170000);
    ASSERT_EQ(s.waits().size(), 2);
    EXPECT_EQ(s.waits().last().msecs(), 300000);
    EXPECT_FALSE(s.reopenedAfterHandling()) << "an abandon is not a handling that closed it";
}

TEST(ContactSegments, AbandonedThenReopenedWasNeverClosedByAHandling)
{
    ContactSegments s;
    s.add(ContactState::Queued, at("2026-03-02T09:00:00Z"));
    s.add(ContactState::Closed, at("2026-03-02T09:01:00Z"));
    s.add(ContactState::Queued, at("2026-03-03T09:00:00Z"));
    EXPECT_FALSE(s.reopenedAfterHandling());
    EXPECT_EQ(s.handledMsecs(), 0);
}

TEST(ContactSegments, OutboundContactIsHandledFromItsStart)
{
    const ContactSegments s = ContactSegments::of(
        { Transition { ContactState::Active, QStringLiteral("2026-03-02T15:00:00.000Z") },
          Transition { ContactState::AfterContactWork, QStringLiteral("2026-03-02T15:02:00.000Z") },
          Transition { ContactState::Closed, QStringLiteral("2026-03-02T15:02:00.000Z") } });
    EXPECT_TRUE(s.waits().isEmpty());
    EXPECT_EQ(s.handledMsecs(), 120000);
}
