#include "client/UnsureWrites.h"

#include <gtest/gtest.h>

using namespace spocs;

namespace {

const QString kReply = QStringLiteral("contact.reply");

QJsonObject replyArgs(const QString &body)
{
    return { { QStringLiteral("id"), 7 }, { QStringLiteral("body"), body } };
}

} // namespace

TEST(UnsureWrites, OnlyAMissingAnswerLeavesTheOutcomeUnknown)
{
    EXPECT_TRUE(UnsureWrites::isUnsure(Error { ErrorCode::Timeout, {}, {} }));
    EXPECT_TRUE(UnsureWrites::isUnsure(Error { ErrorCode::Unavailable, {}, {} }));
    EXPECT_TRUE(UnsureWrites::isUnsure(Error { ErrorCode::TooLarge, {}, {} })); // the link closed on it
    EXPECT_FALSE(UnsureWrites::isUnsure(Error { ErrorCode::Conflict, {}, {} }));
    EXPECT_FALSE(UnsureWrites::isUnsure(Error { ErrorCode::BadRequest, {}, {} }));
}

TEST(UnsureWrites, TheSameWriteIsKnownWhateverItsCid)
{
    QJsonObject withCid = replyArgs(QStringLiteral("Your refund left today."));
    withCid.insert(QStringLiteral("cid"), QStringLiteral("first"));
    EXPECT_EQ(UnsureWrites::keyOf(kReply, withCid),
              UnsureWrites::keyOf(kReply, replyArgs(QStringLiteral("Your refund left today."))));
    EXPECT_NE(UnsureWrites::keyOf(kReply, replyArgs(QStringLiteral("a"))),
              UnsureWrites::keyOf(kReply, replyArgs(QStringLiteral("b"))));
    EXPECT_NE(UnsureWrites::keyOf(kReply, replyArgs(QStringLiteral("a"))),
              UnsureWrites::keyOf(QStringLiteral("consult.message"), replyArgs(QStringLiteral("a"))));
}

TEST(UnsureWrites, ACidIsGivenOnceAndOnlyWhileFresh)
{
    UnsureWrites writes;
    const QString key = UnsureWrites::keyOf(kReply, replyArgs(QStringLiteral("Hello")));
    writes.remember(key, QStringLiteral("cid-1"), 1000);
    EXPECT_EQ(writes.take(key, 2000), QStringLiteral("cid-1"));
    EXPECT_TRUE(writes.take(key, 2000).isEmpty()) << "taken: the next send is a write of its own";

    writes.remember(key, QStringLiteral("cid-2"), 1000);
    EXPECT_TRUE(writes.take(key, 1000 + UnsureWrites::kKeepMs + 1).isEmpty());
}

TEST(UnsureWrites, KeepsTheNewestWhenFull)
{
    UnsureWrites writes;
    for (int i = 0; i <= UnsureWrites::kMaxKept; ++i)
        writes.remember(QString::number(i), QStringLiteral("cid-%1").arg(i), 1000 + i);
    EXPECT_TRUE(writes.take(QStringLiteral("0"), 2000).isEmpty());
    EXPECT_EQ(writes.take(QString::number(UnsureWrites::kMaxKept), 2000),
              QStringLiteral("cid-%1").arg(UnsureWrites::kMaxKept));
}
