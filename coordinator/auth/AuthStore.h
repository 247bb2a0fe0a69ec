#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace spocs {

class Database;

struct AuthPolicy
{
    std::chrono::seconds absoluteLifetime { std::chrono::hours(12) };
    std::chrono::seconds idleTimeout { std::chrono::minutes(30) };
    int lockoutFailures = 10;
    std::chrono::seconds lockoutWindow { std::chrono::minutes(15) };
    std::chrono::seconds lockoutDuration { std::chrono::minutes(15) };
    // Per source address (LoginGuard): after this many failed logins within lockoutWindow,
    // each further attempt waits throttleBaseDelayMs, doubling up to throttleMaxDelayMs ...
    int throttleFreeFailures = 5;
    int throttleBaseDelayMs = 250;
    int throttleMaxDelayMs = 4000;
    // ... and from this many on, the address is refused (rate_limited) until they age out.
    int throttleRefuseFailures = 100;
    // Per login, across every address (a guessing run spread over many addresses): after this
    // many failed logins of one login, each attempt at it waits loginThrottleBaseDelayMs,
    // doubling up to loginThrottleMaxDelayMs. Never refused: the real user is slowed, not locked out.
    int loginThrottleFreeFailures = 10;
    int loginThrottleBaseDelayMs = 250;
    int loginThrottleMaxDelayMs = 8000;
    // A login that failed from this many addresses is reported (audit auth.login.spread).
    int loginSpreadAddresses = 10;
    // Logins waiting for or in the password check; more are answered rate_limited.
    int maxPendingLogins = 32;
};

// Users, sessions and the login lockout, stored in the coordinator's database.
// Lives on the database's thread; only PasswordHasher::verify() is meant to run elsewhere.
class AuthStore
{
public:
    struct LoginCandidate
    {
        UserInfo user;
        QString passwordHash;
        bool disabled = false;
    };
    struct SessionInfo
    {
        QString sessionId;
        UserInfo user;
        QDateTime createdAt;
        QDateTime lastSeenAt;
        QDateTime expiresAt;
    };
    struct IssuedSession
    {
        QString token; // give to the client once; never stored or logged
        SessionInfo info;
    };
    struct UserRow
    {
        UserInfo user;
        bool disabled = false;
        QDateTime createdAt;
        QString team;
    };

    explicit AuthStore(Database &db, AuthPolicy policy = {});

    const AuthPolicy &policy() const { return m_policy; }
    // The database's clock: every expiry and lockout decision uses it.
    QDateTime now() const;

    // --- login ---
    std::optional<LoginCandidate> findLogin(const QString &login);
    // AccountLocked with details {"retryAfterSeconds": n} while the lockout holds.
    Result<void> checkLockout(qint64 userId);
    void recordFailure(qint64 userId);
    void clearFailures(qint64 userId);
    // The whole login on the calling thread (lookup, lockout, Argon2 verify, session):
    // InvalidCredentials for an unknown login or wrong password, AccountLocked when
    // locked or disabled. The server may instead run the steps itself to verify off-thread.
    Result<IssuedSession> login(const QString &login, const QString &password, const QString &client);

    // --- sessions ---
    Result<IssuedSession> createSession(qint64 userId, const QString &client);
    // Unauthenticated when unknown, revoked, expired (absolute or idle) or the user is
    // disabled. On success last_seen_at becomes now.
    Result<SessionInfo> validate(const QString &token);
    void touch(const QString &sessionId);
    bool isExpired(const SessionInfo &info) const;
    bool isIdleExpired(const SessionInfo &info, const QDateTime &lastActivity) const;
    Result<void> revoke(const QString &sessionId);
    Result<void> revokeAllFor(qint64 userId);

    // --- administration ---
    // login: 2..64 of [A-Za-z0-9._-]; password >= 8 characters unless allowWeak (demo users).
    Result<UserInfo> addUser(const QString &login, const QString &displayName, Role role, const QString &password,
                             bool allowWeak = false);
    // Same, with an already encoded Argon2id hash (the demo seeder hashes "demo" once).
    Result<UserInfo> addUserWithHash(const QString &login, const QString &displayName, Role role,
                                     const QString &encodedHash);
    // Also revokes the user's sessions and clears their failed logins.
    Result<void> setPassword(const QString &login, const QString &password, bool allowWeak = false);
    // Also revokes the user's sessions.
    Result<void> disableUser(const QString &login);
    // Also revokes the user's sessions: they sign in again with the new rights.
    Result<void> setRole(const QString &login, Role role);
    Result<void> enableUser(const QString &login);
    // A plain team name (at most 64 characters, trimmed); empty takes the user out of their team.
    Result<void> setTeam(const QString &login, const QString &team);
    // The user's team, empty without one (or for an unknown user).
    Result<QString> teamOf(qint64 userId);
    QList<UserRow> listUsers();
    std::optional<UserInfo> userById(qint64 id);
    std::optional<UserInfo> userByLogin(const QString &login);
    QList<UserInfo> allUsers();
    int userCount();

    static Result<void> validateLogin(const QString &login);
    static Result<void> validatePassword(const QString &password, bool allowWeak);

private:
    QString stamp(const QDateTime &t) const;
    QString nowStamp() const { return stamp(now()); }
    Result<SessionInfo> sessionByTokenHash(const QByteArray &tokenHash);
    std::optional<QDateTime> lockedUntil(qint64 userId);

    Database &m_db;
    AuthPolicy m_policy;
};

} // namespace spocs
