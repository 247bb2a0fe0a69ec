#include "TestDatabase.h"

#include "coordinator/auth/AuthStore.h"
#include "coordinator/auth/PasswordHasher.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>

using namespace spocs;
using namespace spocs::test;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

class AuthStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db->setClock(clock.asClock());
        auth = std::make_unique<AuthStore>(*db);
        // Argon2 is slow on purpose: hash the shared password once for the whole suite.
        static const QString hash = PasswordHasher::hash(kPassword);
        auto user = auth->addUserWithHash(QStringLiteral("alice"), QStringLiteral("Alice Ångström"), Role::Agent, hash);
        ASSERT_TRUE(user.ok()) << user.error().message.toStdString();
        alice = *user;
    }

    AuthStore::IssuedSession login()
    {
        auto s = auth->createSession(alice.id, QStringLiteral("test/1"));
        EXPECT_TRUE(s.ok());
        return s.ok() ? s.value() : AuthStore::IssuedSession {};
    }

    TempDatabase db;
    TestClock clock;
    std::unique_ptr<AuthStore> auth;
    UserInfo alice;
};

} // namespace

TEST_F(AuthStoreTest, FindLoginIsCaseInsensitiveAndCarriesTheHash)
{
    const auto found = auth->findLogin(QStringLiteral("ALICE"));
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->user.id, alice.id);
    EXPECT_EQ(found->user.displayName, QStringLiteral("Alice Ångström"));
    EXPECT_TRUE(PasswordHasher::verify(found->passwordHash, kPassword));
    EXPECT_FALSE(found->disabled);
    EXPECT_FALSE(auth->findLogin(QStringLiteral("bob")).has_value());
}

TEST_F(AuthStoreTest, SessionTokenIsStoredOnlyHashed)
{
    const auto issued = login();
    ASSERT_GE(QByteArray::fromBase64(issued.token.toLatin1(), QByteArray::Base64UrlEncoding).size() * 8, 128);
    const QByteArray rawToken = QByteArray::fromBase64(issued.token.toLatin1(), QByteArray::Base64UrlEncoding);

    QSqlQuery q = db->prepare(QStringLiteral("SELECT * FROM sessions"));
    ASSERT_TRUE(q.exec());
    int rows = 0;
    while (q.next()) {
        ++rows;
        for (int c = 0; c < q.record().count(); ++c) {
            const QVariant v = q.value(c);
            EXPECT_FALSE(v.toString().contains(issued.token)) << "column " << c;
            EXPECT_FALSE(v.toByteArray().contains(issued.token.toLatin1())) << "column " << c;
            EXPECT_FALSE(v.toByteArray().contains(rawToken)) << "column " << c;
        }
    }
    EXPECT_EQ(rows, 1);
    QSqlQuery h = db->prepare(QStringLiteral("SELECT token_hash FROM sessions"));
    ASSERT_TRUE(h.exec() && h.next());
    EXPECT_EQ(h.value(0).toByteArray(), PasswordHasher::tokenHash(issued.token));

    // Nowhere in the database files either (main file and WAL).
    QDirIterator it(db.dir.path(), QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        EXPECT_FALSE(bytes.contains(issued.token.toLatin1())) << f.fileName().toStdString();
        EXPECT_FALSE(bytes.contains(rawToken)) << f.fileName().toStdString();
    }
}

TEST_F(AuthStoreTest, ValidateSucceedsForFreshSessionAndUpdatesLastSeen)
{
    const auto issued = login();
    clock.advance(60);
    auto info = auth->validate(issued.token);
    ASSERT_TRUE(info.ok()) << info.error().message.toStdString();
    EXPECT_EQ(info->sessionId, issued.info.sessionId);
    EXPECT_EQ(info->user.login, QStringLiteral("alice"));
    EXPECT_EQ(info->lastSeenAt, clock.now);
    EXPECT_EQ(info->expiresAt, issued.info.createdAt.addSecs(12 * 3600));
}

TEST_F(AuthStoreTest, UnknownTokenIsUnauthenticated)
{
    login();
    for (const QString &token : { QString(), QStringLiteral("nope"), PasswordHasher::newToken() }) {
        auto info = auth->validate(token);
        ASSERT_FALSE(info.ok());
        EXPECT_EQ(info.error().code, ErrorCode::Unauthenticated);
        EXPECT_TRUE(info.error().message.contains(QStringLiteral("unknown")));
    }
}

TEST_F(AuthStoreTest, SessionExpiresAfterAbsoluteLifetimeEvenWhenActive)
{
    const auto issued = login();
    // Active every 20 minutes for almost 12 hours: still valid.
    for (int i = 0; i < 35; ++i) {
        clock.advance(20 * 60);
        ASSERT_TRUE(auth->validate(issued.token).ok()) << "step " << i;
    }
    clock.now = issued.info.createdAt.addSecs(12 * 3600 - 1);
    EXPECT_TRUE(auth->validate(issued.token).ok());
    clock.now = issued.info.createdAt.addSecs(12 * 3600);
    auto info = auth->validate(issued.token);
    ASSERT_FALSE(info.ok());
    EXPECT_EQ(info.error().code, ErrorCode::Unauthenticated);
    EXPECT_TRUE(info.error().message.contains(QStringLiteral("expired")));
}

TEST_F(AuthStoreTest, SessionExpiresAfterIdleTimeout)
{
    const auto issued = login();
    clock.advance(29 * 60);
    ASSERT_TRUE(auth->validate(issued.token).ok()); // resets the idle clock
    clock.advance(29 * 60);
    ASSERT_TRUE(auth->validate(issued.token).ok());
    clock.advance(30 * 60);
    auto info = auth->validate(issued.token);
    ASSERT_FALSE(info.ok());
    EXPECT_EQ(info.error().code, ErrorCode::Unauthenticated);
    EXPECT_TRUE(info.error().message.contains(QStringLiteral("expired")));
}

TEST_F(AuthStoreTest, TouchKeepsSessionAlive)
{
    const auto issued = login();
    clock.advance(25 * 60);
    auth->touch(issued.info.sessionId);
    clock.advance(25 * 60);
    EXPECT_TRUE(auth->validate(issued.token).ok());
}

TEST_F(AuthStoreTest, ExpiryHelpersFollowThePolicy)
{
    const auto issued = login();
    EXPECT_FALSE(auth->isExpired(issued.info));
    EXPECT_FALSE(auth->isIdleExpired(issued.info, clock.now));
    clock.advance(30 * 60);
    EXPECT_TRUE(auth->isIdleExpired(issued.info, issued.info.lastSeenAt));
    EXPECT_FALSE(auth->isIdleExpired(issued.info, clock.now.addSecs(-60)));
    clock.advance(12 * 3600);
    EXPECT_TRUE(auth->isExpired(issued.info));
}

TEST_F(AuthStoreTest, RevokedSessionFails)
{
    const auto a = login();
    const auto b = login();
    auth->revoke(a.info.sessionId);
    auto info = auth->validate(a.token);
    ASSERT_FALSE(info.ok());
    EXPECT_EQ(info.error().code, ErrorCode::Unauthenticated);
    EXPECT_TRUE(auth->validate(b.token).ok());
    auth->revokeAllFor(alice.id);
    EXPECT_FALSE(auth->validate(b.token).ok());
}

TEST_F(AuthStoreTest, TenFailuresWithinWindowLockAccountEvenForRightPassword)
{
    for (int i = 0; i < 10; ++i) {
        auto r = auth->login(QStringLiteral("alice"), QStringLiteral("wrong password"), QStringLiteral("t"));
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::InvalidCredentials) << "attempt " << i;
        clock.advance(30);
    }
    auto locked = auth->login(QStringLiteral("alice"), kPassword, QStringLiteral("t"));
    ASSERT_FALSE(locked.ok());
    EXPECT_EQ(locked.error().code, ErrorCode::AccountLocked);
    const qint64 retryAfter = locked.error().details.value(QStringLiteral("retryAfterSeconds")).toInteger();
    EXPECT_GT(retryAfter, 0);
    EXPECT_LE(retryAfter, 15 * 60);
    EXPECT_EQ(auth->checkLockout(alice.id).error().code, ErrorCode::AccountLocked);
}

TEST_F(AuthStoreTest, LockLiftsFifteenMinutesAfterTenthFailure)
{
    for (int i = 0; i < 10; ++i) {
        auth->recordFailure(alice.id);
        clock.advance(10);
    }
    const QDateTime tenth = clock.now.addSecs(-10);
    ASSERT_FALSE(auth->checkLockout(alice.id).ok());
    clock.now = tenth.addSecs(15 * 60 - 1);
    ASSERT_FALSE(auth->checkLockout(alice.id).ok());
    clock.now = tenth.addSecs(15 * 60);
    EXPECT_TRUE(auth->checkLockout(alice.id).ok());
    auto r = auth->login(QStringLiteral("alice"), kPassword, QStringLiteral("t"));
    EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
}

TEST_F(AuthStoreTest, FailuresSpreadBeyondWindowDoNotLock)
{
    for (int i = 0; i < 12; ++i) {
        auth->recordFailure(alice.id);
        ASSERT_TRUE(auth->checkLockout(alice.id).ok()) << "failure " << i;
        clock.advance(2 * 60); // 10 failures span 18 minutes
    }
    EXPECT_TRUE(auth->login(QStringLiteral("alice"), kPassword, QStringLiteral("t")).ok());
}

TEST_F(AuthStoreTest, SuccessfulLoginClearsFailures)
{
    for (int i = 0; i < 9; ++i)
        auth->recordFailure(alice.id);
    ASSERT_TRUE(auth->login(QStringLiteral("alice"), kPassword, QStringLiteral("t")).ok());
    auth->recordFailure(alice.id);
    EXPECT_TRUE(auth->checkLockout(alice.id).ok());
}

TEST_F(AuthStoreTest, UnknownLoginAndWrongPasswordAreIndistinguishable)
{
    auto unknown = auth->login(QStringLiteral("mallory"), kPassword, QStringLiteral("t"));
    auto wrong = auth->login(QStringLiteral("alice"), QStringLiteral("nope nope"), QStringLiteral("t"));
    ASSERT_FALSE(unknown.ok());
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::InvalidCredentials);
    EXPECT_EQ(wrong.error().code, ErrorCode::InvalidCredentials);
    EXPECT_EQ(unknown.error().message, wrong.error().message);
}

// What the log kept while it ran.
QStringList logged(const std::function<void()> &run)
{
    static QStringList lines;
    lines.clear();
    const QtMessageHandler previous
        = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &m) { lines.append(m); });
    run();
    qInstallMessageHandler(previous);
    return lines;
}

TEST_F(AuthStoreTest, AnUnknownLoginIsNotWrittenToTheLog)
{
    // Typed into the user field by mistake, a password would otherwise sit in the log.
    const QStringList lines = logged(
        [&] { EXPECT_FALSE(auth->login(QStringLiteral("Correct-Horse-9"), kPassword, QStringLiteral("t")).ok()); });
    EXPECT_FALSE(lines.isEmpty()) << "the failure is still logged";
    EXPECT_FALSE(lines.join(u'\n').contains(QStringLiteral("Correct-Horse-9"))) << lines.join(u'\n').toStdString();
}

TEST_F(AuthStoreTest, DisablingUserKillsTheirSessionsAndBlocksLogin)
{
    const auto issued = login();
    ASSERT_TRUE(auth->disableUser(QStringLiteral("alice")).ok());
    auto info = auth->validate(issued.token);
    ASSERT_FALSE(info.ok());
    EXPECT_EQ(info.error().code, ErrorCode::Unauthenticated);
    EXPECT_EQ(auth->createSession(alice.id, QStringLiteral("t")).error().code, ErrorCode::AccountLocked);
    EXPECT_EQ(auth->login(QStringLiteral("alice"), kPassword, QStringLiteral("t")).error().code,
              ErrorCode::AccountLocked);
    EXPECT_TRUE(auth->findLogin(QStringLiteral("alice"))->disabled);
    ASSERT_TRUE(auth->enableUser(QStringLiteral("alice")).ok());
    EXPECT_TRUE(auth->login(QStringLiteral("alice"), kPassword, QStringLiteral("t")).ok());
}

TEST_F(AuthStoreTest, SetPasswordRevokesSessionsAndChangesThePassword)
{
    const auto issued = login();
    ASSERT_TRUE(auth->setPassword(QStringLiteral("alice"), QStringLiteral("new password 2")).ok());
    EXPECT_FALSE(auth->validate(issued.token).ok());
    EXPECT_FALSE(auth->login(QStringLiteral("alice"), kPassword, QStringLiteral("t")).ok());
    EXPECT_TRUE(auth->login(QStringLiteral("alice"), QStringLiteral("new password 2"), QStringLiteral("t")).ok());
    EXPECT_EQ(auth->setPassword(QStringLiteral("nobody"), QStringLiteral("12345678")).error().code,
              ErrorCode::NotFound);
}

TEST_F(AuthStoreTest, DuplicateLoginIsConflict)
{
    auto dup = auth->addUser(QStringLiteral("Alice"), QStringLiteral("Other"), Role::Expert, kPassword);
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().code, ErrorCode::Conflict);
}

TEST_F(AuthStoreTest, LoginAndPasswordRulesAreEnforced)
{
    for (const QString &bad : { QStringLiteral("a"), QStringLiteral("has space"), QStringLiteral("ümlaut"),
                                QString(65, u'x'), QStringLiteral("semi;colon") }) {
        auto r = auth->addUser(bad, QString(), Role::Agent, kPassword);
        ASSERT_FALSE(r.ok()) << bad.toStdString();
        EXPECT_EQ(r.error().code, ErrorCode::BadRequest);
    }
    EXPECT_EQ(auth->addUser(QStringLiteral("bob"), QString(), Role::Agent, QStringLiteral("short")).error().code,
              ErrorCode::BadRequest);
    auto weak = auth->addUser(QStringLiteral("demo.user_1"), QString(), Role::Lead, QStringLiteral("demo"), true);
    ASSERT_TRUE(weak.ok());
    EXPECT_EQ(weak->displayName, QStringLiteral("demo.user_1"));
    EXPECT_EQ(weak->role, Role::Lead);
}

TEST_F(AuthStoreTest, ListsAndLooksUpUsers)
{
    ASSERT_TRUE(
        auth->addUserWithHash(QStringLiteral("bob"), QStringLiteral("Bob"), Role::Admin, QStringLiteral("x")).ok());
    ASSERT_TRUE(auth->disableUser(QStringLiteral("bob")).ok());
    const auto rows = auth->listUsers();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].user.login, QStringLiteral("alice"));
    EXPECT_FALSE(rows[0].disabled);
    EXPECT_EQ(rows[0].createdAt, clock.now);
    EXPECT_EQ(rows[1].user.role, Role::Admin);
    EXPECT_TRUE(rows[1].disabled);
    EXPECT_EQ(auth->allUsers().size(), 2);
    EXPECT_EQ(auth->userById(alice.id)->login, QStringLiteral("alice"));
    EXPECT_FALSE(auth->userById(999).has_value());
}
