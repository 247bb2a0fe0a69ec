#include "AdminCommandRun.h"
#include "TestDatabase.h"

#include "coordinator/auth/AuthStore.h"
#include "coordinator/auth/PasswordHasher.h"
#include "coordinator/auth/UserAdminCommand.h"

#include <QFile>

using namespace spocs;
using namespace spocs::test;

namespace {

CommandResult run(Database &db, const QStringList &args, const QString &input = {})
{
    return runAdminCommand(runUserCommand, db, args, input);
}

} // namespace

TEST(UserAdminCommand, AddListPasswdDisable)
{
    TempDatabase db;
    auto add = run(*db,
                   { QStringLiteral("add"), QStringLiteral("jdoe"), QStringLiteral("--role"), QStringLiteral("expert"),
                     QStringLiteral("--name"), QStringLiteral("Jane Doë") },
                   QStringLiteral("first password\nignored second line\n"));
    ASSERT_EQ(add.code, 0) << add.err.toStdString();
    EXPECT_TRUE(add.out.contains(QStringLiteral("jdoe")));

    AuthStore auth(*db);
    auto user = auth.findLogin(QStringLiteral("jdoe"));
    ASSERT_TRUE(user.has_value());
    EXPECT_EQ(user->user.role, Role::Expert);
    EXPECT_EQ(user->user.displayName, QStringLiteral("Jane Doë"));
    EXPECT_TRUE(PasswordHasher::verify(user->passwordHash, QStringLiteral("first password")));

    auto list = run(*db, { QStringLiteral("list") });
    ASSERT_EQ(list.code, 0);
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("ID")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral("jdoe")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral("Jane Doë")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral("expert")));
    EXPECT_TRUE(lines[1].trimmed().endsWith(QStringLiteral("no")));

    const auto session = auth.createSession(user->user.id, QStringLiteral("t"));
    ASSERT_TRUE(session.ok());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("pw"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("second password\n");
    }
    auto passwd
        = run(*db, { QStringLiteral("passwd"), QStringLiteral("jdoe"), QStringLiteral("--password-file"), file });
    ASSERT_EQ(passwd.code, 0) << passwd.err.toStdString();
    EXPECT_TRUE(PasswordHasher::verify(auth.findLogin(QStringLiteral("jdoe"))->passwordHash,
                                       QStringLiteral("second password")));
    EXPECT_FALSE(auth.validate(session->token).ok());

    auto disable = run(*db, { QStringLiteral("disable"), QStringLiteral("jdoe") });
    ASSERT_EQ(disable.code, 0);
    EXPECT_TRUE(auth.findLogin(QStringLiteral("jdoe"))->disabled);
    EXPECT_TRUE(run(*db, { QStringLiteral("list") })
                    .out.split(u'\n', Qt::SkipEmptyParts)[1]
                    .trimmed()
                    .endsWith(QStringLiteral("yes")));
}

TEST(UserAdminCommand, UsageErrorsReturnTwo)
{
    TempDatabase db;
    for (const QStringList &args :
         { QStringList {}, QStringList { QStringLiteral("frobnicate") }, QStringList { QStringLiteral("add") },
           QStringList { QStringLiteral("add"), QStringLiteral("x1") },
           QStringList { QStringLiteral("add"), QStringLiteral("x1"), QStringLiteral("--role"),
                         QStringLiteral("king") },
           QStringList { QStringLiteral("add"), QStringLiteral("x1"), QStringLiteral("--role") },
           QStringList { QStringLiteral("add"), QStringLiteral("x1"), QStringLiteral("--role=agent"),
                         QStringLiteral("--colour"), QStringLiteral("red") },
           QStringList { QStringLiteral("disable") },
           QStringList { QStringLiteral("list"), QStringLiteral("extra") } }) {
        const auto r = run(*db, args, QStringLiteral("password123\n"));
        EXPECT_EQ(r.code, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("usage:"))) << args.join(u' ').toStdString();
    }
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM users")), 0);
}

TEST(UserAdminCommand, FailuresReturnOneWithMessage)
{
    TempDatabase db;
    const QStringList add { QStringLiteral("add"), QStringLiteral("ann"), QStringLiteral("--role=agent") };
    ASSERT_EQ(run(*db, add, QStringLiteral("long enough\n")).code, 0);

    const auto dup = run(*db, add, QStringLiteral("long enough\n"));
    EXPECT_EQ(dup.code, 1);
    EXPECT_TRUE(dup.err.contains(QStringLiteral("already exists")));

    const auto weak = run(*db, { QStringLiteral("add"), QStringLiteral("bob"), QStringLiteral("--role=lead") },
                          QStringLiteral("short\n"));
    EXPECT_EQ(weak.code, 1);
    EXPECT_TRUE(weak.err.contains(QStringLiteral("8 characters")));

    const auto noPassword
        = run(*db, { QStringLiteral("add"), QStringLiteral("bob"), QStringLiteral("--role=lead") }, QString());
    EXPECT_EQ(noPassword.code, 1);
    EXPECT_TRUE(noPassword.err.contains(QStringLiteral("no password")));

    const auto badLogin
        = run(*db, { QStringLiteral("add"), QStringLiteral("bad login!"), QStringLiteral("--role=lead") },
              QStringLiteral("long enough\n"));
    EXPECT_EQ(badLogin.code, 1);

    const auto missingFile = run(*db,
                                 { QStringLiteral("passwd"), QStringLiteral("ann"), QStringLiteral("--password-file"),
                                   QStringLiteral("/nonexistent/pw") });
    EXPECT_EQ(missingFile.code, 1);
    EXPECT_TRUE(missingFile.err.contains(QStringLiteral("cannot read")));

    EXPECT_EQ(run(*db, { QStringLiteral("disable"), QStringLiteral("nobody") }).code, 1);
    EXPECT_EQ(run(*db, { QStringLiteral("passwd"), QStringLiteral("nobody") }, QStringLiteral("long enough\n")).code,
              1);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM users")), 1);
}

TEST(UserAdminCommand, TeamPutsAUserInATeamAndTakesThemOut)
{
    TempDatabase db;
    ASSERT_EQ(run(*db, { QStringLiteral("add"), QStringLiteral("lea"), QStringLiteral("--role=lead") },
                  QStringLiteral("a long password\n"))
                  .code,
              0);
    AuthStore auth(*db);
    const qint64 id = auth.findLogin(QStringLiteral("lea"))->user.id;
    EXPECT_EQ(auth.teamOf(id).value(), QString());

    auto set = run(
        *db, { QStringLiteral("team"), QStringLiteral("lea"), QStringLiteral("--team"), QStringLiteral(" North ") });
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    EXPECT_EQ(auth.teamOf(id).value(), QStringLiteral("North"));
    EXPECT_TRUE(run(*db, { QStringLiteral("list") })
                    .out.split(u'\n', Qt::SkipEmptyParts)[1]
                    .trimmed()
                    .endsWith(QStringLiteral("North")));

    ASSERT_EQ(run(*db, { QStringLiteral("team"), QStringLiteral("lea"), QStringLiteral("--team=") }).code, 0);
    EXPECT_EQ(auth.teamOf(id).value(), QString());

    // Unknown users, missing or overlong names change nothing.
    EXPECT_EQ(run(*db, { QStringLiteral("team"), QStringLiteral("nobody"), QStringLiteral("--team=North") }).code, 1);
    EXPECT_EQ(run(*db, { QStringLiteral("team"), QStringLiteral("lea") }).code, 2);
    EXPECT_EQ(
        run(*db, { QStringLiteral("team"), QStringLiteral("lea"), QStringLiteral("--team"), QString(65, u'x') }).code,
        1);
    EXPECT_EQ(auth.teamOf(id).value(), QString());
}
