#include "coordinator/auth/LoginGuard.h"

#include "coordinator/server/Log.h"
#include "coordinator/storage/Database.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace spocs {
namespace {

constexpr qsizetype kPruneAllAbove = 50000; // keys; bounds memory under a spray of logins

qint64 ms(std::chrono::seconds s)
{
    return qint64(s.count()) * 1000;
}

} // namespace

LoginGuard::LoginGuard(const AuthPolicy &policy, Database *db)
    : m_policy(policy)
    , m_db(db)
{ }

QString LoginGuard::accountKey(const QString &login, const QString &addressKey)
{
    const QByteArray key = (login.toCaseFolded() + u'\n' + addressKey).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex());
}

QString LoginGuard::loginKey(const QString &login)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(login.toCaseFolded().toUtf8(), QCryptographicHash::Sha256).toHex());
}

int LoginGuard::exponentialDelay(int failures, int free, int baseMs, int maxMs)
{
    if (failures < free)
        return 0;
    const int doublings = std::min(failures - free, 20);
    return int(std::min<qint64>(qint64(baseMs) << doublings, maxMs));
}

qint64 LoginGuard::oldestCounted(qint64 nowMs) const
{
    // A failure counts for the window, and may hold a lock for the duration after it.
    return nowMs - ms(m_policy.lockoutWindow) - ms(m_policy.lockoutDuration);
}

Result<void> LoginGuard::load(qint64 nowMs)
{
    if (!m_db)
        return {};
    const qint64 oldest = oldestCounted(nowMs);
    auto pruned = m_db->write([&]() -> Result<void> {
        QSqlQuery q = m_db->prepare(QStringLiteral("DELETE FROM failed_logins WHERE at_ms < ?"));
        if (!execWith(q, { oldest }))
            return sqlError(q, "prune failed logins");
        return {};
    });
    if (!pruned)
        return pruned;
    QSqlQuery q = m_db->prepare(QStringLiteral("SELECT account_key, address, at_ms, login_key FROM failed_logins "
                                               "WHERE at_ms >= ? ORDER BY at_ms, id"));
    if (!execWith(q, { oldest }))
        return sqlError(q, "read failed logins");
    m_byAccount.clear();
    m_byAddress.clear();
    m_byLogin.clear();
    while (q.next()) {
        const qint64 at = q.value(2).toLongLong();
        if (!q.value(0).isNull())
            m_byAccount[q.value(0).toString()].append(at);
        m_byAddress[q.value(1).toString()].append(at);
        if (!q.value(3).isNull())
            m_byLogin[q.value(3).toString()].append({ at, q.value(1).toString() });
    }
    if (!m_byAccount.isEmpty() || !m_byAddress.isEmpty())
        qCInfo(lcAuth) << "restored failed logins for" << m_byAddress.size() << "addresses";
    return {};
}

void LoginGuard::store(Attempt &attempt)
{
    if (!m_db)
        return;
    const auto r = m_db->write([&]() -> Result<void> {
        QSqlQuery q = m_db->prepare(
            QStringLiteral("INSERT INTO failed_logins(account_key, login_key, address, at_ms) VALUES (?, ?, ?, ?)"));
        if (!execWith(q, { attempt.accountKey, attempt.loginKey, attempt.addressKey, attempt.atMs }))
            return sqlError(q, "store a failed login");
        attempt.storedId = q.lastInsertId().toLongLong();
        return {};
    });
    if (!r) // still counted in memory: only a restart would forget it
        qCWarning(lcAuth) << "could not store a failed login";
}

void LoginGuard::forgetStored(const Attempt &attempt)
{
    if (!m_db)
        return;
    const auto r = m_db->write([&]() -> Result<void> {
        // This attempt leaves the address's count too; earlier failures of the login from this
        // address stay in the address's count only, as in memory.
        QSqlQuery drop = m_db->prepare(QStringLiteral("DELETE FROM failed_logins WHERE id = ?"));
        if (!execWith(drop, { attempt.storedId }))
            return sqlError(drop, "forget a failed login");
        QSqlQuery clear
            = m_db->prepare(QStringLiteral("UPDATE failed_logins SET account_key = NULL WHERE account_key = ?"));
        if (!execWith(clear, { attempt.accountKey }))
            return sqlError(clear, "clear a login's failures");
        // ... and the login's failures from this address leave its count across addresses.
        QSqlQuery share = m_db->prepare(
            QStringLiteral("UPDATE failed_logins SET login_key = NULL WHERE login_key = ? AND address = ?"));
        if (!execWith(share, { attempt.loginKey, attempt.addressKey }))
            return sqlError(share, "clear an address's share of a login's failures");
        return {};
    });
    if (!r)
        qCWarning(lcAuth) << "could not clear stored failed logins";
}

QString LoginGuard::addressKey(const QHostAddress &address)
{
    // 127.0.0.1 and ::ffff:127.0.0.1 are one address.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv6Protocol)
        return address.toString();
    // One IPv6 subscriber gets a whole /64 and can use any address in it: one key for all.
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

void LoginGuard::prune(QList<qint64> &times, qint64 nowMs) const
{
    const qint64 oldest = oldestCounted(nowMs);
    while (!times.isEmpty() && times.first() < oldest)
        times.removeFirst();
}

void LoginGuard::prune(QList<LoginFailure> &failures, qint64 nowMs) const
{
    const qint64 oldest = oldestCounted(nowMs);
    while (!failures.isEmpty() && failures.first().atMs < oldest)
        failures.removeFirst();
}

void LoginGuard::pruneAll(qint64 nowMs)
{
    for (auto *map : { &m_byAccount, &m_byAddress }) {
        for (auto it = map->begin(); it != map->end();) {
            prune(*it, nowMs);
            it = it->isEmpty() ? map->erase(it) : std::next(it);
        }
    }
    for (auto it = m_byLogin.begin(); it != m_byLogin.end();) {
        prune(*it, nowMs);
        it = it->isEmpty() ? m_byLogin.erase(it) : std::next(it);
    }
    const qint64 oldest = oldestCounted(nowMs);
    for (auto it = m_spreadReported.begin(); it != m_spreadReported.end();)
        it = *it < oldest ? m_spreadReported.erase(it) : std::next(it);
    if (auto r = load(nowMs); !r) // the same pruning on disk
        qCWarning(lcAuth) << "could not prune stored failed logins";
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
    auto it = m_byAccount.find(accountKey(login, addressKey(address)));
    return it != m_byAccount.end() && lockedUntil(*it, nowMs) > 0;
}

Result<LoginGuard::Attempt> LoginGuard::admit(const QString &login, const QHostAddress &address, qint64 nowMs)
{
    if (m_byAccount.size() + m_byAddress.size() + m_byLogin.size() > kPruneAllAbove)
        pruneAll(nowMs);
    Attempt attempt;
    attempt.addressKey = addressKey(address);
    attempt.accountKey = accountKey(login, attempt.addressKey);
    attempt.loginKey = loginKey(login);
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
    // Whichever is slower: this address's failures, or the login's from every address.
    QList<LoginFailure> &ofLogin = m_byLogin[attempt.loginKey];
    prune(ofLogin, nowMs);
    attempt.delayMs = std::max(exponentialDelay(failures, m_policy.throttleFreeFailures, m_policy.throttleBaseDelayMs,
                                                m_policy.throttleMaxDelayMs),
                               exponentialDelay(int(ofLogin.size()), m_policy.loginThrottleFreeFailures,
                                                m_policy.loginThrottleBaseDelayMs, m_policy.loginThrottleMaxDelayMs));
    // Counted as failed now; withdrawn only when the password matches.
    forAccount.append(nowMs);
    fromAddress.append(nowMs);
    ofLogin.append({ nowMs, attempt.addressKey });
    store(attempt);
    ++m_pending;
    return attempt;
}

void LoginGuard::succeeded(const Attempt &attempt)
{
    forgetStored(attempt);
    m_byAccount.remove(attempt.accountKey);
    if (auto login = m_byLogin.find(attempt.loginKey); login != m_byLogin.end()) {
        login->removeIf([&](const LoginFailure &f) { return f.addressKey == attempt.addressKey; });
        if (login->isEmpty())
            m_byLogin.erase(login);
    }
    auto it = m_byAddress.find(attempt.addressKey);
    if (it != m_byAddress.end()) {
        if (const qsizetype i = it->lastIndexOf(attempt.atMs); i >= 0)
            it->removeAt(i);
        if (it->isEmpty())
            m_byAddress.erase(it);
    }
}

int LoginGuard::spreadToReport(const Attempt &attempt, qint64 nowMs)
{
    auto it = m_byLogin.find(attempt.loginKey);
    if (it == m_byLogin.end())
        return 0;
    prune(*it, nowMs);
    QSet<QString> addresses;
    for (const LoginFailure &f : std::as_const(*it))
        addresses.insert(f.addressKey);
    if (addresses.size() < m_policy.loginSpreadAddresses)
        return 0;
    const auto reported = m_spreadReported.constFind(attempt.loginKey);
    if (reported != m_spreadReported.cend() && *reported >= oldestCounted(nowMs))
        return 0;
    m_spreadReported.insert(attempt.loginKey, nowMs);
    return int(addresses.size());
}

void LoginGuard::finished()
{
    m_pending = std::max(0, m_pending - 1);
}

} // namespace spocs
