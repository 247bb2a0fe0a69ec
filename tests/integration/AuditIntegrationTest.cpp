#include "ClientHelpers.h"
#include "CoordinatorProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::test;

// An audit log that can be trusted and read: hash-chained and append-only, checked by
// `audit verify`; sign-ins, failures and admin actions in it; reads audited before the
// answer leaves; audit.query for admins.

namespace {

// Like test::runCli, with stdout and stderr merged in the order they were written.
CliResult cli(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(SPOCS_COORDINATOR_BIN), args);
    CliResult r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAll());
    return r;
}

// Runs statements on a stopped coordinator's database as an attacker with file access would.
void tamper(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            EXPECT_TRUE(q.exec(s)) << s.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

QString copyOf(const QString &db, QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QFile::remove(path);
    EXPECT_TRUE(QFile::copy(db, path));
    return path;
}

QJsonArray auditEntries(Connection &admin, const QJsonObject &filter)
{
    QJsonObject args = filter;
    args.insert(QStringLiteral("from"), QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate));
    args.insert(QStringLiteral("to"), QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate));
    const Reply r = call(admin, QStringLiteral("audit.query"), args);
    EXPECT_TRUE(r.ok) << r.error.message.toStdString();
    return r.data.value(QStringLiteral("entries")).toArray();
}

QStringList actionsOf(const QJsonArray &entries)
{
    QStringList actions;
    for (const QJsonValue &v : entries)
        actions.append(v.toObject().value(QStringLiteral("action")).toString());
    return actions;
}

// Transactions committed into a WAL file since it was last reset: frames that carry the
// database size after a commit, counted while their salt matches the header's (SQLite's
// own rule for which frames are valid). With synchronous=FULL each is one fsync.
int walCommits(const QString &dbPath)
{
    QFile wal(dbPath + QStringLiteral("-wal"));
    if (!wal.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray bytes = wal.readAll();
    if (bytes.size() < 32)
        return 0;
    const auto be32 = [&bytes](qsizetype at) {
        return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16)
            | (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
    };
    const qsizetype pageSize = be32(8);
    const QByteArray salt = bytes.mid(16, 8);
    int commits = 0;
    for (qsizetype frame = 32; frame + 24 + pageSize <= bytes.size(); frame += 24 + pageSize) {
        if (bytes.mid(frame + 8, 8) != salt)
            break;
        commits += be32(frame + 4) != 0;
    }
    return commits;
}

} // namespace

TEST(AuditChain, VerifyReportsTheFirstEditedInsertedOrDeletedRow)
{
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 30, {} })) << coordinator.output().toStdString();
    {
        Connection agent;
        ASSERT_TRUE(loginAndWait(agent, coordinator.url(), QStringLiteral("agent1")).ok);
        for (const char *id : { "C-1001", "C-1002", "C-1003" })
            ASSERT_TRUE(
                call(agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), QString::fromLatin1(id) } }).ok);
    }
    coordinator.stop();
    const QString db = coordinator.dbPath();
    const CliResult intact = cli({ QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("verify") });
    EXPECT_EQ(intact.exitCode, 0) << intact.out.toStdString();
    EXPECT_TRUE(intact.out.contains(QStringLiteral("intact"))) << intact.out.toStdString();

    // SQL cannot change the log...
    QTemporaryDir dir;
    {
        const QString copy = copyOf(db, dir, QStringLiteral("locked.db"));
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("append-only"));
        sql.setDatabaseName(copy);
        ASSERT_TRUE(sql.open());
        QSqlQuery q(sql);
        EXPECT_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE id = 2")));
        EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("append-only"));

    // ... and whoever drops the triggers to do it is found out, at the first changed row.
    const QStringList unlock { QStringLiteral("DROP TRIGGER audit_log_no_update"),
                               QStringLiteral("DROP TRIGGER audit_log_no_delete") };
    const auto verify = [](const QString &path) {
        return cli({ QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify") });
    };
    const QString edited = copyOf(db, dir, QStringLiteral("edited.db"));
    tamper(edited,
           unlock + QStringList { QStringLiteral("UPDATE audit_log SET subject = 'customer:C-9999' WHERE id = 3") });
    CliResult r = verify(edited);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("first bad row 3"))) << r.out.toStdString();

    const QString deleted = copyOf(db, dir, QStringLiteral("deleted.db"));
    tamper(deleted, unlock + QStringList { QStringLiteral("DELETE FROM audit_log WHERE id = 2") });
    r = verify(deleted);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("first bad row 3"))) << r.out.toStdString();

    const QString inserted = copyOf(db, dir, QStringLiteral("inserted.db"));
    tamper(inserted,
           { QStringLiteral("INSERT INTO audit_log(id, at, user_id, action, subject, prev_hash, hash) "
                            "SELECT MAX(id) + 1, '2026-01-01T00:00:00.000Z', 1, 'customer.get', "
                            "'customer:C-1001', 'forged', 'forged' FROM audit_log") });
    r = verify(inserted);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("first bad row"))) << r.out.toStdString();
}

// Rows cut from the start or the end of the chain leave no gap inside it; the recorded start
// and head show them, and the head is printed for comparison with a copy kept elsewhere.
TEST(AuditChain, VerifyReportsDeletedOldestAndNewestRows)
{
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 30, {} })) << coordinator.output().toStdString();
    {
        Connection agent;
        ASSERT_TRUE(loginAndWait(agent, coordinator.url(), QStringLiteral("agent1")).ok);
        for (const char *id : { "C-1001", "C-1002", "C-1003", "C-1004" })
            ASSERT_TRUE(
                call(agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), QString::fromLatin1(id) } }).ok);
    }
    coordinator.stop();
    const QString db = coordinator.dbPath();
    const auto verify = [](const QString &path) {
        return cli({ QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify") });
    };
    QTemporaryDir dir;
    const QStringList unlock { QStringLiteral("DROP TRIGGER audit_log_no_update"),
                               QStringLiteral("DROP TRIGGER audit_log_no_delete") };

    const QString intactCopy = copyOf(db, dir, QStringLiteral("intact.db"));
    qint64 newest = 0;
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newest"));
        sql.setDatabaseName(intactCopy);
        ASSERT_TRUE(sql.open());
        QSqlQuery q(sql);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT MAX(id) FROM audit_log")) && q.next());
        newest = q.value(0).toLongLong();
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newest"));
    ASSERT_GE(newest, 5); // the sign-in and the four reads
    const CliResult intact = verify(intactCopy);
    EXPECT_EQ(intact.exitCode, 0) << intact.out.toStdString();
    EXPECT_TRUE(intact.out.contains(QStringLiteral("head: row %1, hash ").arg(newest))) << intact.out.toStdString();

    const QString oldest = copyOf(db, dir, QStringLiteral("oldest.db"));
    tamper(oldest, unlock + QStringList { QStringLiteral("DELETE FROM audit_log WHERE id <= 2") });
    CliResult r = verify(oldest);
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("first bad row 3"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("oldest"))) << r.out.toStdString();

    const QString newestCut = copyOf(db, dir, QStringLiteral("newest.db"));
    tamper(newestCut, unlock + QStringList { QStringLiteral("DELETE FROM audit_log WHERE id > %1").arg(newest - 2) });
    r = verify(newestCut);
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("first bad row %1").arg(newest - 1))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("newest"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("head: row %1, hash ").arg(newest - 2))) << r.out.toStdString();
    // Writing on (verify itself is audited) does not paper over the cut.
    r = verify(newestCut);
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("missing"))) << r.out.toStdString();
}

TEST(AuditTrail, SignInsFailuresLogoutsAndAdminActionsAreRecordedAndAdminsCanQueryThem)
{
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 30, {} })) << coordinator.output().toStdString();
    {
        Connection wrong;
        EXPECT_FALSE(loginAndWait(wrong, coordinator.url(), QStringLiteral("agent4"), QStringLiteral("nope")).ok);
        Connection agent;
        ASSERT_TRUE(loginAndWait(agent, coordinator.url(), QStringLiteral("agent4")).ok);
        ASSERT_TRUE(
            call(agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-1004") } }).ok);
        agent.logout();
        EXPECT_TRUE(QTest::qWaitFor([&] { return agent.state() == Connection::State::Offline; }, 10000));
    }
    const CliResult disabled = cli({ QStringLiteral("--db"), coordinator.dbPath(), QStringLiteral("user"),
                                     QStringLiteral("disable"), QStringLiteral("agent4") });
    ASSERT_EQ(disabled.exitCode, 0) << disabled.out.toStdString();

    Connection admin;
    ASSERT_TRUE(loginAndWait(admin, coordinator.url(), QStringLiteral("admin")).ok);
    const QStringList byUser = actionsOf(auditEntries(admin, { { QStringLiteral("user"), QStringLiteral("agent4") } }));
    for (const char *action : { "auth.login.failed", "auth.login", "customer.get", "auth.logout" })
        EXPECT_TRUE(byUser.contains(QString::fromLatin1(action)))
            << action << " missing from " << byUser.join(u',').toStdString();
    const QJsonArray byCustomer = auditEntries(admin, { { QStringLiteral("customer"), QStringLiteral("C-1004") } });
    ASSERT_FALSE(byCustomer.isEmpty());
    EXPECT_EQ(byCustomer.first()
                  .toObject()
                  .value(QStringLiteral("user"))
                  .toObject()
                  .value(QStringLiteral("login"))
                  .toString(),
              QStringLiteral("agent4"));
    const QStringList all = actionsOf(auditEntries(admin, {}));
    EXPECT_TRUE(all.contains(QStringLiteral("admin.user"))) << "the CLI's user disable is not in the audit log";

    Connection agent;
    ASSERT_TRUE(loginAndWait(agent, coordinator.url(), QStringLiteral("agent5")).ok);
    EXPECT_EQ(call(agent, QStringLiteral("audit.query"),
                   { { QStringLiteral("from"), QStringLiteral("2020-01-01") },
                     { QStringLiteral("to"), QStringLiteral("2030-01-01") } })
                  .error.code,
              ErrorCode::Forbidden);
}

TEST(AuditTrail, AReadTheUserSawIsAuditedEvenIfTheCoordinatorDiesRightAfter)
{
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 30, {} })) << coordinator.output().toStdString();
    {
        Connection agent;
        ASSERT_TRUE(loginAndWait(agent, coordinator.url(), QStringLiteral("agent6")).ok);
        ASSERT_TRUE(
            call(agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-1006") } }).ok);
        coordinator.kill(); // as a crash would, the moment the answer arrived
    }
    ASSERT_TRUE(coordinator.restart()) << coordinator.output().toStdString();
    Connection admin;
    ASSERT_TRUE(loginAndWait(admin, coordinator.url(), QStringLiteral("admin")).ok);
    const QStringList actions
        = actionsOf(auditEntries(admin, { { QStringLiteral("customer"), QStringLiteral("C-1006") } }));
    EXPECT_TRUE(actions.contains(QStringLiteral("customer.get"))) << "the read was answered but not audited";
}

TEST(AuditTrail, ReadsThatArriveTogetherShareOneCommitOfTheirAudit)
{
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 30, {} })) << coordinator.output().toStdString();
    Connection agent;
    ASSERT_TRUE(loginAndWait(agent, coordinator.url(), QStringLiteral("agent7")).ok);
    ASSERT_TRUE(call(agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-1001") } }).ok);
    // Start from an empty WAL, so no automatic checkpoint resets it while we count.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("checkpoint"));
        db.setDatabaseName(coordinator.dbPath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        ASSERT_TRUE(q.next());
        ASSERT_EQ(q.value(0).toInt(), 0) << "the checkpoint was blocked";
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("checkpoint"));
    const int before = walCommits(coordinator.dbPath());

    // A desktop opening a customer sends several reads at once; so do many desktops.
    constexpr int kReads = 30; // under the outstanding-request limit
    int answered = 0;
    for (int i = 0; i < kReads; ++i) {
        agent.request(QStringLiteral("customer.get"),
                      { { QStringLiteral("id"), QStringLiteral("C-%1").arg(1001 + i % 20) } }, &agent,
                      [&](const Reply &r) { answered += r.ok ? 1 : 0; });
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return answered == kReads; }, 30000)) << answered << " of " << kReads;
    const int commits = walCommits(coordinator.dbPath()) - before;
    ASSERT_GT(commits, 0) << "no commit counted: the audit rows are not in the WAL, or it was reset meanwhile";
    EXPECT_LE(commits, kReads / 4) << commits << " commits for " << kReads << " audited reads";

    // Batched, yet every answered read is in the log.
    Connection admin;
    ASSERT_TRUE(loginAndWait(admin, coordinator.url(), QStringLiteral("admin")).ok);
    int reads = 0;
    for (const QJsonValue &v : auditEntries(admin, { { QStringLiteral("user"), QStringLiteral("agent7") } }))
        reads += v.toObject().value(QStringLiteral("action")).toString() == u"customer.get";
    EXPECT_EQ(reads, kReads + 1);
}

TEST(AuditTrail, UserRoleWithOptionFirstIsAuditedAgainstTheUser)
{
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 30, {} })) << coordinator.output().toStdString();
    coordinator.stop();
    const QString db = coordinator.dbPath();
    const auto lastAdminUserRow = [&] {
        QStringList row;
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit-read"));
            sql.setDatabaseName(db);
            EXPECT_TRUE(sql.open());
            QSqlQuery q(sql);
            EXPECT_TRUE(q.exec(QStringLiteral(
                "SELECT subject, detail FROM audit_log WHERE action = 'admin.user' ORDER BY id DESC LIMIT 1")));
            if (q.next())
                row = QStringList { q.value(0).toString(), q.value(1).toString() };
            q.finish();
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("audit-read"));
        return row;
    };
    const auto roleOf = [&](const QString &login) {
        QString role;
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("role-read"));
            sql.setDatabaseName(db);
            EXPECT_TRUE(sql.open());
            QSqlQuery q(sql);
            q.prepare(QStringLiteral("SELECT role FROM users WHERE login = ?"));
            q.addBindValue(login);
            if (q.exec() && q.next())
                role = q.value(0).toString();
            q.finish();
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("role-read"));
        return role;
    };

    // The option before the login: audited against agent3, not against "--role".
    const CliResult changed = runCli({ QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("role"),
                                       QStringLiteral("--role"), QStringLiteral("expert"), QStringLiteral("agent3") });
    ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();
    EXPECT_EQ(roleOf(QStringLiteral("agent3")), QStringLiteral("expert"));
    const QStringList row = lastAdminUserRow();
    ASSERT_EQ(row.size(), 2);
    EXPECT_EQ(row.at(0), QStringLiteral("user:agent3"));
    EXPECT_EQ(row.at(1), QStringLiteral("user role --role expert agent3 -> exit 0"));

    // A change whose audit row cannot be written is not made.
    tamper(db,
           { QStringLiteral("CREATE TRIGGER refuse_admin_user BEFORE INSERT ON audit_log "
                            "WHEN NEW.action = 'admin.user' BEGIN SELECT RAISE(ABORT, 'audit refused'); END") });
    const CliResult refused = runCli({ QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("role"),
                                       QStringLiteral("--role"), QStringLiteral("lead"), QStringLiteral("agent3") });
    EXPECT_NE(refused.exitCode, 0) << refused.out.toStdString();
    tamper(db, { QStringLiteral("DROP TRIGGER refuse_admin_user") });
    EXPECT_EQ(roleOf(QStringLiteral("agent3")), QStringLiteral("expert"));
}
