#include "coordinator/auth/LoginGuard.h"

#include <gtest/gtest.h>

using namespace spocs;

namespace {
const QHostAddress kAttacker(QStringLiteral("198.51.100.7"));
const QHostAddress kOffice(QStringLiteral("203.0.113.20"));
constexpr qint64 kT0 = 1'700'000'000'000;
} // namespace

TEST(LoginGuard, AnAttackerElsewhereCannotLockTheRealUserOut)
{
    AuthPolicy policy;
    policy.lockoutFailures = 3;
    policy.throttleFreeFailures = 1000;
    LoginGuard guard(policy);
    for (int i = 0; i < 3; ++i) {
        auto attempt = guard.admit(QStringLiteral("lead1"), kAttacker, kT0 + i);
        ASSERT_TRUE(attempt.ok());
        guard.finished(); // wrong password: the reserved failure stays
    }
    EXPECT_EQ(guard.admit(QStringLiteral("lead1"), kAttacker, kT0 + 10).error().code, ErrorCode::AccountLocked);
    EXPECT_EQ(guard.admit(QStringLiteral("LEAD1"), kAttacker, kT0 + 10).error().code, ErrorCode::AccountLocked)
        << "the login's case does not open a new count";
    auto real = guard.admit(QStringLiteral("lead1"), kOffice, kT0 + 20);
    ASSERT_TRUE(real.ok()) << "the real user, at the office, is not locked out";
    EXPECT_EQ(real->delayMs, 0);
}

TEST(LoginGuard, FailuresAreReservedBeforeTheCheckAndWithdrawnOnSuccess)
{
    AuthPolicy policy;
    policy.lockoutFailures = 2;
    policy.throttleFreeFailures = 1000;
    LoginGuard guard(policy);
    auto a = guard.admit(QStringLiteral("agent1"), kOffice, kT0);
    auto b = guard.admit(QStringLiteral("agent1"), kOffice, kT0 + 1);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(guard.pending(), 2);
    // Both still being checked: a third is refused, though neither has failed yet.
    EXPECT_EQ(guard.admit(QStringLiteral("agent1"), kOffice, kT0 + 2).error().code, ErrorCode::AccountLocked);
    guard.succeeded(*a);
    guard.finished();
    guard.finished();
    EXPECT_EQ(guard.pending(), 0);
    EXPECT_TRUE(guard.admit(QStringLiteral("agent1"), kOffice, kT0 + 3).ok()) << "a success clears the count";
}

TEST(LoginGuard, AFailingAddressWaitsLongerEachTimeThenIsRefused)
{
    AuthPolicy policy;
    policy.throttleFreeFailures = 2;
    policy.throttleBaseDelayMs = 100;
    policy.throttleMaxDelayMs = 500;
    policy.throttleRefuseFailures = 6;
    policy.lockoutFailures = 1000;
    LoginGuard guard(policy);
    QList<int> delays;
    for (int i = 0; i < 6; ++i) {
        auto attempt = guard.admit(QStringLiteral("user%1").arg(i), kAttacker, kT0 + i);
        ASSERT_TRUE(attempt.ok());
        delays.append(attempt->delayMs);
        guard.finished();
    }
    EXPECT_EQ(delays, QList<int>({ 0, 0, 100, 200, 400, 500 }));
    auto refused = guard.admit(QStringLiteral("user9"), kAttacker, kT0 + 10);
    EXPECT_EQ(refused.error().code, ErrorCode::RateLimited);
    EXPECT_TRUE(guard.admit(QStringLiteral("user9"), kOffice, kT0 + 10).ok()) << "other addresses are served";
    // After the window the address is forgiven.
    EXPECT_TRUE(guard.admit(QStringLiteral("user9"), kAttacker, kT0 + 31 * 60 * 1000).ok());
}

TEST(LoginGuard, TheCheckQueueIsBounded)
{
    AuthPolicy policy;
    policy.maxPendingLogins = 2;
    LoginGuard guard(policy);
    ASSERT_TRUE(guard.admit(QStringLiteral("a1"), kOffice, kT0).ok());
    ASSERT_TRUE(guard.admit(QStringLiteral("a2"), kOffice, kT0).ok());
    EXPECT_EQ(guard.admit(QStringLiteral("a3"), kOffice, kT0).error().code, ErrorCode::RateLimited);
    guard.finished();
    EXPECT_TRUE(guard.admit(QStringLiteral("a3"), kOffice, kT0).ok());
}

TEST(LoginGuard, AnIPv6SubscriberIsOneAddressAcrossTheirSlash64)
{
    const auto key = [](const char *a) {
        return LoginGuard::addressKey(QHostAddress(QString::fromLatin1(a)));
    };
    EXPECT_EQ(key("2001:db8:1:2::1"), key("2001:db8:1:2:ffff:ee:dd:cc"))
        << "a subscriber may use any address of their /64";
    EXPECT_EQ(key("2001:db8:1:2::1"), QStringLiteral("2001:db8:1:2::/64"));
    EXPECT_NE(key("2001:db8:1:2::1"), key("2001:db8:1:3::1")) << "the next /64 is someone else";
    EXPECT_EQ(key("::ffff:198.51.100.7"), QStringLiteral("198.51.100.7"));
    EXPECT_EQ(key("::1"), QStringLiteral("::1"));

    // So rotating addresses inside the /64 does not reset the lockout.
    AuthPolicy policy;
    policy.lockoutFailures = 3;
    policy.throttleFreeFailures = 1000;
    LoginGuard guard(policy);
    for (int i = 0; i < 3; ++i) {
        const QHostAddress rotated(QStringLiteral("2001:db8:1:2::%1").arg(i + 1));
        ASSERT_TRUE(guard.admit(QStringLiteral("lead1"), rotated, kT0 + i).ok());
        guard.finished();
    }
    EXPECT_EQ(
        guard.admit(QStringLiteral("lead1"), QHostAddress(QStringLiteral("2001:db8:1:2::99")), kT0 + 10).error().code,
        ErrorCode::AccountLocked);
}
