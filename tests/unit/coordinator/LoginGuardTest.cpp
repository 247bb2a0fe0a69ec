#include "TestDatabase.h"

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

namespace {

// 40 addresses that each stay far below the per-address limits.
QHostAddress spreadAddress(int i)
{
    return QHostAddress(QStringLiteral("127.0.%1.%2").arg(i / 200).arg(i % 200 + 2));
}

AuthPolicy spreadPolicy()
{
    AuthPolicy policy;
    policy.loginThrottleFreeFailures = 10;
    policy.loginThrottleBaseDelayMs = 250;
    policy.loginThrottleMaxDelayMs = 8000;
    policy.loginSpreadAddresses = 10;
    return policy;
}

// One failed attempt at `login` from each of `count` addresses; the delays they were given.
QList<int> failFromManyAddresses(LoginGuard &guard, const QString &login, int count, qint64 at)
{
    QList<int> delays;
    for (int i = 0; i < count; ++i) {
        auto attempt = guard.admit(login, spreadAddress(i), at + i);
        EXPECT_TRUE(attempt.ok()) << "attempt " << i;
        if (!attempt.ok())
            break;
        delays.append(attempt->delayMs);
        guard.finished();
    }
    return delays;
}

} // namespace

TEST(LoginGuard, OneLoginFailingFromManyAddressesWaitsLongerButIsNeverRefused)
{
    LoginGuard guard(spreadPolicy());
    const QList<int> delays = failFromManyAddresses(guard, QStringLiteral("lead1"), 40, kT0);
    ASSERT_EQ(delays.size(), 40);
    EXPECT_EQ(delays.mid(0, 10), QList<int>(10, 0)) << "each address failed once: only the login's count slows";
    EXPECT_EQ(delays.mid(10, 7), QList<int>({ 250, 500, 1000, 2000, 4000, 8000, 8000 }));
    EXPECT_EQ(delays.last(), 8000) << "capped";

    // The next attempt, from anywhere, waits; the real user at the office is slowed, not refused.
    auto next = guard.admit(QStringLiteral("lead1"), spreadAddress(41), kT0 + 100);
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(next->delayMs, 8000);
    guard.finished();
    auto office = guard.admit(QStringLiteral("LEAD1"), kOffice, kT0 + 101);
    ASSERT_TRUE(office.ok()) << "the real user is never locked out by failures elsewhere";
    EXPECT_EQ(office->delayMs, 8000);
    guard.succeeded(*office);
    guard.finished();
    EXPECT_TRUE(guard.admit(QStringLiteral("lead1"), kOffice, kT0 + 102).ok());
    guard.finished();
    // Other logins are not slowed.
    auto other = guard.admit(QStringLiteral("agent1"), spreadAddress(0), kT0 + 103);
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(other->delayMs, 0);

    // A login that does not exist is counted exactly like one that does.
    LoginGuard fresh(spreadPolicy());
    EXPECT_EQ(failFromManyAddresses(fresh, QStringLiteral("nobody-here"), 40, kT0), delays);
}

TEST(LoginGuard, ASuccessClearsOnlyThatAddresssShareOfTheLoginsFailures)
{
    LoginGuard guard(spreadPolicy());
    // 12 failures: 9 from nine addresses, 3 from the office.
    ASSERT_EQ(failFromManyAddresses(guard, QStringLiteral("agent3"), 9, kT0).size(), 9);
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(guard.admit(QStringLiteral("agent3"), kOffice, kT0 + 20 + i).ok());
        guard.finished();
    }
    auto ok = guard.admit(QStringLiteral("agent3"), kOffice, kT0 + 30);
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok->delayMs, 1000) << "12 failures counted";
    guard.succeeded(*ok);
    guard.finished();
    // The office's four (three failed, one reserved) are gone; the other nine still count.
    auto after = guard.admit(QStringLiteral("agent3"), spreadAddress(20), kT0 + 40);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->delayMs, 0) << "9 failures left, below the 10 that start the delay";
    guard.finished();
    auto more = guard.admit(QStringLiteral("agent3"), spreadAddress(21), kT0 + 41);
    ASSERT_TRUE(more.ok());
    EXPECT_EQ(more->delayMs, 250);
    guard.finished();
}

TEST(LoginGuard, FailuresFromManyAddressesAreReportedOnce)
{
    LoginGuard guard(spreadPolicy());
    QList<int> reported;
    for (int i = 0; i < 40; ++i) {
        auto attempt = guard.admit(QStringLiteral("lead1"), spreadAddress(i), kT0 + i);
        ASSERT_TRUE(attempt.ok());
        guard.finished();
        if (const int spread = guard.spreadToReport(*attempt, kT0 + i))
            reported.append(spread);
    }
    EXPECT_EQ(reported, QList<int>({ 10 })) << "once, when the tenth address failed";
    // Many failures from one address are that address's lockout, not a spread.
    LoginGuard single(spreadPolicy());
    for (int i = 0; i < 9; ++i) {
        auto attempt = single.admit(QStringLiteral("lead1"), kOffice, kT0 + i);
        ASSERT_TRUE(attempt.ok());
        single.finished();
        EXPECT_EQ(single.spreadToReport(*attempt, kT0 + i), 0);
    }
}

TEST(LoginGuard, ALoginsFailuresFromManyAddressesSurviveARestart)
{
    test::TempDatabase db;
    {
        LoginGuard guard(spreadPolicy(), db.db.get());
        ASSERT_TRUE(guard.load(kT0).ok());
        ASSERT_EQ(failFromManyAddresses(guard, QStringLiteral("lead1"), 40, kT0).size(), 40);
        // The office's share of the count: one failure, then a success clears it.
        ASSERT_TRUE(guard.admit(QStringLiteral("agent4"), kOffice, kT0 + 50).ok());
        guard.finished();
        auto ok = guard.admit(QStringLiteral("agent4"), kOffice, kT0 + 51);
        ASSERT_TRUE(ok.ok());
        guard.succeeded(*ok);
        guard.finished();
    }
    LoginGuard restarted(spreadPolicy(), db.db.get());
    ASSERT_TRUE(restarted.load(kT0 + 100).ok());
    auto next = restarted.admit(QStringLiteral("lead1"), kOffice, kT0 + 100);
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(next->delayMs, 8000) << "the restart forgot the login's failures";
    restarted.finished();
    auto cleared = restarted.admit(QStringLiteral("agent4"), spreadAddress(0), kT0 + 101);
    ASSERT_TRUE(cleared.ok());
    EXPECT_EQ(cleared->delayMs, 0);
    restarted.finished();
}
