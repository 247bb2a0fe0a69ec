#include "coordinator/auth/AuthStore.h"

#include "coordinator/auth/PasswordHasher.h"
#include "coordinator/server/Log.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <mutex>

namespace spocs {
namespace {

constexpr qsizetype kMaxPasswordLength = 1024; // bounds the Argon2 input an attacker can send
constexpr qsizetype kMaxDisplayName = 128;

QDateTime parseStamp(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.toUTC();
}

UserInfo userFrom(const QSqlQuery &q, int first)
{
    UserInfo u;
    u.id = q.value(first).toLongLong();
    u.login = q.value(first + 1).toString();
    u.displayName = q.value(first + 2).toString();
    u.role = roleFromName(q.value(first + 3).toString()).value_or(Role::Agent);
    return u;
}

// A valid hash of a random password: verifying against it for unknown logins makes
// "no such user" take as long as "wrong password".
const QString &dummyHash()
{
    static std::once_flag once;
    static QString hash;
    std::call_once(once, [] { hash = PasswordHasher::hash(PasswordHasher::newToken()); });
    return hash;
}

// The user with this login, or not_found: for the admin commands that change one.
Result<UserInfo> knownUser(AuthStore &auth, const QString &login)
{
    const auto user = auth.userByLogin(login);
    if (!user)
        return makeError(ErrorCode::NotFound, QStringLiteral("no user %1").arg(login));
    return *user;
}

} // namespace

AuthStore::AuthStore(Database &db, AuthPolicy policy)
    : m_db(db)
    , m_policy(policy)
{ }

QDateTime AuthStore::now() const
{
    return m_db.now();
}

QString AuthStore::stamp(const QDateTime &t) const
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// ---------------------------------------------------------------- login

std::optional<AuthStore::LoginCandidate> AuthStore::findLogin(const QString &login)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, login, display_name, role, password_hash, disabled "
                                              "FROM users WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec()) {
        sqlError(q, "find login");
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    LoginCandidate c;
    c.user = userFrom(q, 0);
    c.passwordHash = q.value(4).toString();
    c.disabled = q.value(5).toBool();
    return c;
}

std::optional<QDateTime> AuthStore::lockedUntil(qint64 userId)
{
    const int threshold = qMax(1, m_policy.lockoutFailures);
    const QDateTime current = now();
    // Only failures that can still hold a lock matter: a lock started at a failure
    // within the last lockoutDuration, by failures within lockoutWindow before it.
    const QDateTime since = current.addSecs(-(m_policy.lockoutWindow + m_policy.lockoutDuration).count());
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT at FROM login_failures WHERE user_id = ? AND at >= ? "
                                              "ORDER BY at"));
    q.addBindValue(userId);
    q.addBindValue(stamp(since));
    if (!q.exec()) {
        sqlError(q, "check lockout");
        return std::nullopt;
    }
    QList<QDateTime> times;
    while (q.next())
        times.append(parseStamp(q.value(0)));
    QDateTime until;
    const qint64 windowMs = std::chrono::duration_cast<std::chrono::milliseconds>(m_policy.lockoutWindow).count();
    for (qsizetype i = threshold - 1; i < times.size(); ++i) {
        // threshold failures within the window lock the account from the last of them.
        if (times[i - threshold + 1].msecsTo(times[i]) < windowMs) {
            const QDateTime end = times[i].addSecs(m_policy.lockoutDuration.count());
            if (!until.isValid() || end > until)
                until = end;
        }
    }
    if (until.isValid() && until > current)
        return until;
    return std::nullopt;
}

Result<void> AuthStore::checkLockout(qint64 userId)
{
    const auto until = lockedUntil(userId);
    if (!until)
        return {};
    const qint64 retryAfter = (now().msecsTo(*until) + 999) / 1000;
    qCInfo(lcAuth) << "login refused: account locked, user id" << userId << "retry after" << retryAfter << "s";
    return makeError(ErrorCode::AccountLocked, QStringLiteral("too many failed logins; try again later"),
                     QJsonObject { { QStringLiteral("retryAfterSeconds"), retryAfter } });
}

void AuthStore::recordFailure(qint64 userId)
{
    const QDateTime current = now();
    m_db.write([&]() -> Result<void> {
        SPOCS_TRY(m_db.query(QStringLiteral("INSERT INTO login_failures(user_id, at) VALUES (?, ?)"),
                             { userId, stamp(current) }, "record login failure"));
        // Keep the table small: older failures can no longer contribute to a lock.
        QSqlQuery prune = m_db.prepare(QStringLiteral("DELETE FROM login_failures WHERE user_id = ? AND at < ?"));
        if (!execWith(
                prune,
                { userId, stamp(current.addSecs(-(m_policy.lockoutWindow + m_policy.lockoutDuration).count() * 2)) }))
            return sqlError(prune, "prune login failures");
        return {};
    });
    const QString login = userById(userId).value_or(UserInfo {}).login;
    qCInfo(lcAuth) << "login failed: wrong password for" << login << "id" << userId;
    if (lockedUntil(userId))
        qCWarning(lcAuth) << "account locked after repeated failed logins:" << login << "id" << userId;
}

void AuthStore::clearFailures(qint64 userId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM login_failures WHERE user_id = ?"));
    if (!execWith(q, { userId }))
        sqlError(q, "clear login failures");
}

Result<AuthStore::IssuedSession> AuthStore::login(const QString &login, const QString &password, const QString &client)
{
    const auto invalid = [] {
        return makeError(ErrorCode::InvalidCredentials, QStringLiteral("wrong user name or password"));
    };
    if (password.size() > kMaxPasswordLength)
        return invalid();
    const auto candidate = findLogin(login);
    if (!candidate) {
        PasswordHasher::verify(dummyHash(), password);
        // Not the typed name: it is often a password typed into the wrong field.
        qCInfo(lcAuth) << "login failed: unknown login";
        return invalid();
    }
    SPOCS_TRY(checkLockout(candidate->user.id));
    if (!PasswordHasher::verify(candidate->passwordHash, password)) {
        recordFailure(candidate->user.id);
        return invalid();
    }
    if (candidate->disabled) {
        qCInfo(lcAuth) << "login refused: account disabled," << candidate->user.login << "id" << candidate->user.id;
        return makeError(ErrorCode::AccountLocked, QStringLiteral("account disabled"),
                         QJsonObject { { QStringLiteral("disabled"), true } });
    }
    clearFailures(candidate->user.id);
    return createSession(candidate->user.id, client);
}

// ---------------------------------------------------------------- sessions

Result<AuthStore::IssuedSession> AuthStore::createSession(qint64 userId, const QString &client)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery u,
        m_db.query(QStringLiteral("SELECT id, login, display_name, role, disabled FROM users WHERE id = ?"), { userId },
                   "find session user"));
    if (!u.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no such user"));
    if (u.value(4).toBool())
        return makeError(ErrorCode::AccountLocked, QStringLiteral("account disabled"));

    IssuedSession issued;
    issued.token = PasswordHasher::newToken();
    SessionInfo &info = issued.info;
    info.sessionId = QString::fromLatin1(
        PasswordHasher::randomBytes(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    info.user = userFrom(u, 0);
    // Whole milliseconds, so the values read back from the database compare equal.
    info.createdAt = QDateTime::fromMSecsSinceEpoch(now().toMSecsSinceEpoch(), Qt::UTC);
    info.lastSeenAt = info.createdAt;
    info.expiresAt = info.createdAt.addSecs(m_policy.absoluteLifetime.count());

    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO sessions(id, token_hash, user_id, client, created_at, "
                                              "last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!execWith(q,
                  { info.sessionId, PasswordHasher::tokenHash(issued.token), userId, client.left(128),
                    stamp(info.createdAt), stamp(info.lastSeenAt), stamp(info.expiresAt) }))
        return sqlError(q, "create session");
    qCInfo(lcAuth) << "login succeeded:" << info.user.login << "id" << userId << "session" << info.sessionId;
    return issued;
}

Result<AuthStore::SessionInfo> AuthStore::sessionByTokenHash(const QByteArray &tokenHash)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(
            QStringLiteral("SELECT s.id, s.created_at, s.last_seen_at, s.expires_at, s.revoked_at, u.disabled, "
                           "u.id, u.login, u.display_name, u.role FROM sessions s JOIN users u ON u.id = s.user_id "
                           "WHERE s.token_hash = ?"),
            { tokenHash }, "look up session"));
    const auto unauthenticated = [](const QString &why) {
        return makeError(ErrorCode::Unauthenticated, why);
    };
    if (!q.next())
        return unauthenticated(QStringLiteral("unknown session"));
    SessionInfo info;
    info.sessionId = q.value(0).toString();
    info.createdAt = parseStamp(q.value(1));
    info.lastSeenAt = parseStamp(q.value(2));
    info.expiresAt = parseStamp(q.value(3));
    info.user = userFrom(q, 6);
    if (!q.value(4).isNull())
        return unauthenticated(QStringLiteral("session revoked"));
    if (q.value(5).toBool())
        return unauthenticated(QStringLiteral("account disabled"));
    if (isExpired(info))
        return unauthenticated(QStringLiteral("session expired"));
    if (isIdleExpired(info, info.lastSeenAt))
        return unauthenticated(QStringLiteral("session expired after inactivity"));
    return info;
}

Result<AuthStore::SessionInfo> AuthStore::validate(const QString &token)
{
    if (token.isEmpty() || token.size() > 256)
        return makeError(ErrorCode::Unauthenticated, QStringLiteral("unknown session"));
    auto info = sessionByTokenHash(PasswordHasher::tokenHash(token));
    if (!info) {
        if (info.error().code == ErrorCode::Unauthenticated)
            qCInfo(lcAuth) << "session refused:" << info.error().message;
        return info;
    }
    SessionInfo s = std::move(info).value();
    s.lastSeenAt = QDateTime::fromMSecsSinceEpoch(now().toMSecsSinceEpoch(), Qt::UTC);
    touch(s.sessionId);
    return s;
}

void AuthStore::touch(const QString &sessionId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE id = ?"));
    if (!execWith(q, { nowStamp(), sessionId }))
        sqlError(q, "touch session");
}

bool AuthStore::isExpired(const SessionInfo &info) const
{
    return !info.expiresAt.isValid() || now() >= info.expiresAt;
}

bool AuthStore::isIdleExpired(const SessionInfo &info, const QDateTime &lastActivity) const
{
    const QDateTime last = lastActivity.isValid() ? lastActivity : info.lastSeenAt;
    return !last.isValid() || now() >= last.addSecs(m_policy.idleTimeout.count());
}

Result<void> AuthStore::revoke(const QString &sessionId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
                   { nowStamp(), sessionId }, "revoke session"));
    if (q.numRowsAffected() > 0)
        qCInfo(lcAuth) << "session revoked" << sessionId;
    return {};
}

Result<void> AuthStore::revokeAllFor(qint64 userId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"),
                   { nowStamp(), userId }, "revoke sessions"));
    if (q.numRowsAffected() > 0)
        qCInfo(lcAuth) << "revoked" << q.numRowsAffected() << "sessions of user id" << userId;
    return {};
}

// ---------------------------------------------------------------- administration

Result<void> AuthStore::validateLogin(const QString &login)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{2,64}$"));
    if (!re.match(login).hasMatch()) {
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("login must be 2 to 64 characters of A-Z, a-z, 0-9, '.', '_', '-'"),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("login") } });
    }
    return {};
}

Result<void> AuthStore::validatePassword(const QString &password, bool allowWeak)
{
    const QJsonObject field { { QStringLiteral("field"), QStringLiteral("password") } };
    if (password.isEmpty())
        return makeError(ErrorCode::BadRequest, QStringLiteral("password must not be empty"), field);
    if (!allowWeak && password.size() < 8)
        return makeError(ErrorCode::BadRequest, QStringLiteral("password must have at least 8 characters"), field);
    if (password.size() > kMaxPasswordLength)
        return makeError(ErrorCode::BadRequest, QStringLiteral("password is too long"), field);
    return {};
}

Result<UserInfo> AuthStore::addUser(const QString &login, const QString &displayName, Role role,
                                    const QString &password, bool allowWeak)
{
    SPOCS_TRY(validateLogin(login));
    SPOCS_TRY(validatePassword(password, allowWeak));
    if (userByLogin(login))
        return makeError(ErrorCode::Conflict, QStringLiteral("login %1 already exists").arg(login));
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return makeError(ErrorCode::Internal, QStringLiteral("password hashing failed"));
    return addUserWithHash(login, displayName, role, hash);
}

Result<UserInfo> AuthStore::addUserWithHash(const QString &login, const QString &displayName, Role role,
                                            const QString &encodedHash)
{
    SPOCS_TRY(validateLogin(login));
    const QString name = displayName.trimmed().isEmpty() ? login : displayName.trimmed();
    if (name.size() > kMaxDisplayName)
        return makeError(ErrorCode::BadRequest, QStringLiteral("name is too long"),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("name") } });
    if (userByLogin(login))
        return makeError(ErrorCode::Conflict, QStringLiteral("login %1 already exists").arg(login));
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral("INSERT INTO users(login, display_name, role, password_hash, created_at) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   { login, name, roleName(role), encodedHash, nowStamp() }, "add user"));
    UserInfo u;
    u.id = q.lastInsertId().toLongLong();
    u.login = login;
    u.displayName = name;
    u.role = role;
    qCInfo(lcAuth) << "user added:" << login << "id" << u.id << "role" << roleName(role);
    return u;
}

Result<void> AuthStore::setPassword(const QString &login, const QString &password, bool allowWeak)
{
    SPOCS_TRY(validatePassword(password, allowWeak));
    SPOCS_TRY_LET(user, knownUser(*this, login));
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return makeError(ErrorCode::Internal, QStringLiteral("password hashing failed"));
    auto r = m_db.write([&]() -> Result<void> {
        SPOCS_TRY(m_db.query(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), { hash, user->id },
                             "set password"));
        SPOCS_TRY(revokeAllFor(user->id));
        clearFailures(user->id);
        return {};
    });
    if (r)
        qCInfo(lcAuth) << "password changed for" << user->login << "id" << user->id;
    return r;
}

Result<void> AuthStore::disableUser(const QString &login)
{
    SPOCS_TRY_LET(user, knownUser(*this, login));
    auto r = m_db.write([&]() -> Result<void> {
        SPOCS_TRY(
            m_db.query(QStringLiteral("UPDATE users SET disabled = 1 WHERE id = ?"), { user->id }, "disable user"));
        return revokeAllFor(user->id);
    });
    if (r)
        qCInfo(lcAuth) << "user disabled:" << user->login << "id" << user->id;
    return r;
}

Result<void> AuthStore::setRole(const QString &login, Role role)
{
    SPOCS_TRY_LET(user, knownUser(*this, login));
    auto r = m_db.write([&]() -> Result<void> {
        SPOCS_TRY(m_db.query(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), { roleName(role), user->id },
                             "set role"));
        return revokeAllFor(user->id);
    });
    if (r)
        qCInfo(lcAuth) << "role changed for" << user->login << "id" << user->id << "to" << roleName(role);
    return r;
}

Result<void> AuthStore::enableUser(const QString &login)
{
    SPOCS_TRY_LET(user, knownUser(*this, login));
    SPOCS_TRY(m_db.query(QStringLiteral("UPDATE users SET disabled = 0 WHERE id = ?"), { user->id }, "enable user"));
    qCInfo(lcAuth) << "user enabled:" << user->login << "id" << user->id;
    return {};
}

Result<void> AuthStore::setTeam(const QString &login, const QString &team)
{
    const QString name = team.trimmed();
    if (name.size() > 64)
        return makeError(ErrorCode::BadRequest, QStringLiteral("a team name has at most 64 characters"));
    SPOCS_TRY_LET(user, knownUser(*this, login));
    SPOCS_TRY(m_db.query(QStringLiteral("UPDATE users SET team = ? WHERE id = ?"), { name, user->id }, "set team"));
    qCInfo(lcAuth) << "team changed for" << user->login << "id" << user->id;
    return {};
}

Result<QString> AuthStore::teamOf(qint64 userId)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("SELECT team FROM users WHERE id = ?"), { userId }, "team of user"));
    return q.next() ? q.value(0).toString() : QString();
}

QList<AuthStore::UserRow> AuthStore::listUsers()
{
    QList<UserRow> rows;
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id, login, display_name, role, disabled, created_at, team FROM users ORDER BY id"));
    if (!q.exec()) {
        sqlError(q, "list users");
        return rows;
    }
    while (q.next())
        rows.append(UserRow { userFrom(q, 0), q.value(4).toBool(), parseStamp(q.value(5)), q.value(6).toString() });
    return rows;
}

std::optional<UserInfo> AuthStore::userById(qint64 id)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, login, display_name, role FROM users WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return userFrom(q, 0);
}

std::optional<UserInfo> AuthStore::userByLogin(const QString &login)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, login, display_name, role FROM users WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return userFrom(q, 0);
}

QList<UserInfo> AuthStore::allUsers()
{
    QList<UserInfo> users;
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, login, display_name, role FROM users ORDER BY id"));
    if (!q.exec()) {
        sqlError(q, "all users");
        return users;
    }
    while (q.next())
        users.append(userFrom(q, 0));
    return users;
}

int AuthStore::userCount()
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace spocs
