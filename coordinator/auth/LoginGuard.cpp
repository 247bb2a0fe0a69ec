#include "coordinator/auth/LoginGuard.h"

#include "coordinator/server/Log.h"

#include <QJsonObject>

#include <algorithm>

namespace spocs {
namespace {

constexpr qsizetype kPruneAllAbove = 50000; // keys; bounds memory under a spray of logins

qint64 ms(std::chrono::seconds s)
{
    return qint64(s.count()) * 1000;
}

} // namespace

LoginGuard::LoginGuard(const AuthPolicy &policy)
    : m_policy(policy)
{ }

QString LoginGuard::addressKey(const QHostAddress &address)
{
    // 127.0.0.1 and ::ffff:127.0.0.1 are one address.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

void LoginGuard::prune(QList<qint64> &times, qint64 nowMs) const
{
    // A failure counts for the window, and may hold a lock for the duration after it.
    const qint64 oldest = nowMs - ms(m_policy.lockoutWindow) - ms(m_policy.lockoutDuration);
    while (!times.isEmpty() && times.first() < oldest)
        times.removeFirst();
}

void LoginGuard::pruneAll(qint64 nowMs)
{
    for (auto *map : { &m_byAccount, &m_byAddress }) {
        for (auto it = map->begin(); it != map->end();) {
            prune(*it, nowMs);
            it = it->isEmpty() ? map->erase(it) : std::next(it);
        }
    }
}

qint64 LoginGuard::lockedUntil(QList<qint64> &times, qint64 nowMs) const
{
    prune(times, nowMs);
    const int threshold = std::max(1, m_policy.lockoutFailures);
    qint64 until = 0;
    for (qsizetype i = threshold - 1; i < times.size(); ++i) {
        // threshold failures within the window lock from the last of them.
        if (times.at(i) - times.at(i - threshold + 1) < ms(m_policy.lockoutWindow))
            until = std::max(until, times.at(i) + ms(m_policy.lockoutDuration));
    }
    return until > nowMs ? until : 0;
}

bool LoginGuard::isLocked(const QString &login, const QHostAddress &address, qint64 nowMs)
{
    const QString key = login.toCaseFolded() + u'\n' + addressKey(address);
    auto it = m_byAccount.find(key);
    return it != m_byAccount.end() && lockedUntil(*it, nowMs) > 0;
}

Result<LoginGuard::Attempt> LoginGuard::admit(const QString &login, const QHostAddress &address, qint64 nowMs)
{
    if (m_byAccount.size() + m_byAddress.size() > kPruneAllAbove)
        pruneAll(nowMs);
    Attempt attempt;
    attempt.addressKey = addressKey(address);
    attempt.accountKey = login.toCaseFolded() + u'\n' + attempt.addressKey;
    attempt.atMs = nowMs;

    QList<qint64> &fromAddress = m_byAddress[attempt.addressKey];
    prune(fromAddress, nowMs);
    const int failures = int(fromAddress.size());
    if (failures >= m_policy.throttleRefuseFailures) {
        const qint64 retryAfterMs = fromAddress.first() + ms(m_policy.lockoutWindow) - nowMs;
        qCWarning(lcAuth) << "login refused: too many failed logins from" << attempt.addressKey;
        return makeError(ErrorCode::RateLimited, QStringLiteral("too many failed logins from this address"),
                         QJsonObject { { QStringLiteral("retryAfterMs"), std::max<qint64>(1000, retryAfterMs) } });
    }
    if (m_pending >= m_policy.maxPendingLogins) {
        return makeError(ErrorCode::RateLimited, QStringLiteral("too many logins being checked; try again"),
                         QJsonObject { { QStringLiteral("retryAfterMs"), 1000 } });
    }
    QList<qint64> &forAccount = m_byAccount[attempt.accountKey];
    if (const qint64 until = lockedUntil(forAccount, nowMs)) {
        qCInfo(lcAuth) << "login refused: locked after repeated failures from" << attempt.addressKey;
        return makeError(ErrorCode::AccountLocked, QStringLiteral("too many failed logins; try again later"),
                         QJsonObject { { QStringLiteral("retryAfterSeconds"), (until - nowMs + 999) / 1000 } });
    }
    if (failures >= m_policy.throttleFreeFailures) {
        const int doublings = std::min(failures - m_policy.throttleFreeFailures, 20);
        attempt.delayMs
            = int(std::min<qint64>(qint64(m_policy.throttleBaseDelayMs) << doublings, m_policy.throttleMaxDelayMs));
    }
    // Counted as failed now; withdrawn only when the password matches.
    forAccount.append(nowMs);
    fromAddress.append(nowMs);
    ++m_pending;
    return attempt;
}

void LoginGuard::succeeded(const Attempt &attempt)
{
    m_byAccount.remove(attempt.accountKey);
    auto it = m_byAddress.find(attempt.addressKey);
    if (it != m_byAddress.end()) {
        if (const qsizetype i = it->lastIndexOf(attempt.atMs); i >= 0)
            it->removeAt(i);
        if (it->isEmpty())
            m_byAddress.erase(it);
    }
}

void LoginGuard::finished()
{
    m_pending = std::max(0, m_pending - 1);
}

} // namespace spocs
