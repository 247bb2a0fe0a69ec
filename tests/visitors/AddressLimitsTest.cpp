#include "VisitorFixture.h"

#include <QFile>
#include <QTemporaryDir>

namespace spocs::test {
namespace {

// A visitor token costs one hello, so per-token limits alone stop nobody: what one address does
// is counted across all its visitors. Every test peer comes from 127.0.0.1.
class AddressLimitsTest : public VisitorFixture
{
protected:
    QStringList extraArgs() override
    {
        const QString path = m_dir.filePath(QStringLiteral("coordinator.ini"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write("[web]\nactions_per_address_per_hour=2\nnew_visitors_per_address_per_hour=3\n");
        return { QStringLiteral("--config"), path };
    }

    QJsonObject leaveMessage(VisitorPeer &peer, const QString &text)
    {
        return peer.request(QStringLiteral("message.leave"),
                            { { QStringLiteral("name"), QStringLiteral("Sam") },
                              { QStringLiteral("email"), QStringLiteral("sam@example.org") },
                              { QStringLiteral("topic"), topic(peer, QStringLiteral("Account")) },
                              { QStringLiteral("text"), text } });
    }

    QTemporaryDir m_dir;
};

TEST_F(AddressLimitsTest, AFreshTokenDoesNotResetWhatTheAddressMayDo)
{
    auto first = visitor();
    ASSERT_TRUE(first);
    ASSERT_TRUE(leaveMessage(*first, QStringLiteral("One")).value(QStringLiteral("ok")).toBool());
    ASSERT_TRUE(leaveMessage(*first, QStringLiteral("Two")).value(QStringLiteral("ok")).toBool());

    // Within its own limit of three a token, but the address has had its two.
    auto second = visitor();
    ASSERT_TRUE(second);
    const QJsonObject third = leaveMessage(*second, QStringLiteral("Three"));
    EXPECT_EQ(VisitorPeer::errorCode(third), u"rate_limited");
    EXPECT_TRUE(third.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("address")));

    // Other kinds are counted apart: a chat may still start.
    EXPECT_TRUE(startChat(*second, QStringLiteral("sam@example.org")).value(QStringLiteral("ok")).toBool());
}

TEST_F(AddressLimitsTest, NewVisitorsFromOneAddressAreLimitedAndKnownOnesStayWelcome)
{
    auto first = visitor();
    ASSERT_TRUE(first);
    const QString token = first->token();
    ASSERT_TRUE(visitor());
    ASSERT_TRUE(visitor());

    // The fourth new visitor within the hour gets rate_limited, and no row.
    VisitorPeer fourth;
    ASSERT_TRUE(fourth.open(m_coordinator.visitorUrl()));
    EXPECT_TRUE(fourth.hello().isEmpty());
    ASSERT_FALSE(fourth.errors().isEmpty());
    EXPECT_EQ(
        fourth.errors().first().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        u"rate_limited");

    // A visitor who already has a token comes back as before (another tab, a reload).
    auto again = visitor(token);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->token(), token);
    EXPECT_TRUE(again->request(QStringLiteral("chat.topics")).value(QStringLiteral("ok")).toBool());
}

} // namespace
} // namespace spocs::test
