#pragma once

#include "coordinator/auth/AuthStore.h"
#include "core/Result.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace spocs {

class Database;

// Decides, before the slow password check, whether a login may be tried at all, and
// counts it as failed until it succeeds, so that many attempts sent at once cannot all
// slip past the lockout while Argon2 runs.
//
// - Per source address: failed logins slow the address down (exponential delay before the
//   check) and, past a limit, refuse it (rate_limited). The account's real user, elsewhere,
//   is not slowed.
// - Per login and source address: lockoutFailures failures within lockoutWindow lock that
//   login for that address for lockoutDuration (account_locked). An attacker cannot lock
//   the real user out from another address; and a login that does not exist is counted and
//   locked exactly like one that does, so answers never tell which logins exist.
// - Per login, across all addresses: a guessing run spread over many addresses is slowed
//   (exponential delay before the check, capped), never refused, so the real user is delayed
//   at worst. A success clears that address's share of the login's failures. A login failing
//   from loginSpreadAddresses addresses is reported once (spreadToReport()).
// - At most maxPendingLogins logins wait for or run the password check (rate_limited beyond).
// Lives on the event loop's thread; every decision is made there, in order.
//
// Given a database, every reserved failure is also stored (table failed_logins) and load()
// reads back those still in reach, so a restart neither lifts a lockout nor resets an
// address's throttle. Logins are kept only as a hash: a mistyped name may be a password.
class LoginGuard
{
public:
    struct Attempt
    {
        QString accountKey; // hash of the login and the address
        QString loginKey; // hash of the login
        QString addressKey;
        qint64 atMs = 0;
        qint64 storedId = 0; // its failed_logins row, when stored
        int delayMs = 0; // wait this long before checking the password
    };

    explicit LoginGuard(const AuthPolicy &policy, Database *db = nullptr);

    // Reads the stored failures that still count at nowMs, and forgets older ones.
    Result<void> load(qint64 nowMs);

    // Refused (rate_limited or account_locked), or admitted with the failure reserved.
    Result<Attempt> admit(const QString &login, const QHostAddress &address, qint64 nowMs);
    // The password matched: the reserved failure is withdrawn and the login's count cleared.
    void succeeded(const Attempt &attempt);
    // The check is over (either way): frees its place in the queue.
    void finished();
    int pending() const { return m_pending; }
    // Whether this login is locked for this address now.
    bool isLocked(const QString &login, const QHostAddress &address, qint64 nowMs);
    // After a failed attempt: how many addresses its login failed from, when that reached
    // loginSpreadAddresses and was not reported yet in the counted time; else 0.
    int spreadToReport(const Attempt &attempt, qint64 nowMs);

    static QString addressKey(const QHostAddress &address);

private:
    static QString accountKey(const QString &login, const QString &addressKey);
    static QString loginKey(const QString &login);
    qint64 oldestCounted(qint64 nowMs) const;
    void store(Attempt &attempt);
    void forgetStored(const Attempt &attempt);

    struct LoginFailure
    {
        qint64 atMs = 0;
        QString addressKey;
    };
    void prune(QList<qint64> &times, qint64 nowMs) const;
    void prune(QList<LoginFailure> &failures, qint64 nowMs) const;
    static int exponentialDelay(int failures, int free, int baseMs, int maxMs);
    void pruneAll(qint64 nowMs);
    qint64 lockedUntil(QList<qint64> &times, qint64 nowMs) const;

    AuthPolicy m_policy;
    Database *m_db = nullptr;
    QHash<QString, QList<qint64>> m_byAccount; // failure times, oldest first
    QHash<QString, QList<qint64>> m_byAddress;
    QHash<QString, QList<LoginFailure>> m_byLogin; // oldest first
    QHash<QString, qint64> m_spreadReported; // login key -> when its spread was reported
    int m_pending = 0;
};

} // namespace spocs
