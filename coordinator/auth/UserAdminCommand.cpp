#include "coordinator/auth/UserAdminCommand.h"

#include "coordinator/auth/AuditCommand.h"
#include "coordinator/auth/AuthStore.h"
#include "coordinator/server/CommandLine.h"
#include "coordinator/server/Log.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"

#include <QFile>

#include <functional>
#include <optional>

namespace spocs {
namespace {

using cli::kFailed;
using cli::kOk;

constexpr char kUsageText[]
    = "usage: spocs-coordinator user add LOGIN --role agent|expert|lead|admin|integration "
      "[--name \"Full Name\"] [--password-file FILE]\n"
      "       spocs-coordinator user passwd LOGIN [--password-file FILE]\n"
      "       spocs-coordinator user role LOGIN --role agent|expert|lead|admin|integration\n"
      "       spocs-coordinator user disable LOGIN\n"
      "       spocs-coordinator user enable LOGIN\n"
      "       spocs-coordinator user team LOGIN --team NAME (--team= takes them out of their team)\n"
      "       spocs-coordinator user list\n"
      "Without --password-file the password is read from the first line of standard input.\n";

int usage(QTextStream &err, const QString &problem = {})
{
    return cli::usage(err, kUsageText, problem);
}

std::optional<QString> readPassword(const cli::Options &p, QTextStream &in, QTextStream &err)
{
    QString line;
    if (p.values.contains(QStringLiteral("password-file"))) {
        const QString path = p.values.value(QStringLiteral("password-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << "error: cannot read password file " << path << ": " << file.errorString() << "\n";
            return std::nullopt;
        }
        line = QString::fromUtf8(file.readLine());
    } else {
        line = in.readLine();
    }
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    if (line.isEmpty()) {
        err << "error: no password given (first line of the password file or standard input)\n";
        return std::nullopt;
    }
    return line;
}

// The options of `user COMMAND LOGIN …`; a problem too when there is not exactly one LOGIN.
cli::Options loginOptions(const QStringList &args, QStringView command, const QStringList &valued = {})
{
    cli::Options p = cli::parseOptions(args, valued);
    if (p.problem.isEmpty() && p.positional.size() != 1)
        p.problem = QStringLiteral("user %1 needs exactly one LOGIN").arg(command);
    return p;
}

int fail(QTextStream &err, const Error &e)
{
    return cli::fail(err, e.message);
}

// Makes a change to user LOGIN together with its audit row, in one transaction.
using Commit = std::function<Result<void>(const QString &login, const std::function<Result<void>()> &change)>;

// Every valued option of the user commands: LOGIN is what is left.
const QStringList kValuedOptions { QStringLiteral("role"), QStringLiteral("name"), QStringLiteral("password-file"),
                                   QStringLiteral("team") };

int addCommand(const QStringList &args, AuthStore &auth, const Commit &commit, QTextStream &in, QTextStream &out,
               QTextStream &err)
{
    const cli::Options p = loginOptions(
        args, u"add", { QStringLiteral("role"), QStringLiteral("name"), QStringLiteral("password-file") });
    if (!p.problem.isEmpty())
        return usage(err, p.problem);
    if (!p.values.contains(QStringLiteral("role")))
        return usage(err, QStringLiteral("user add needs --role"));
    const auto role = roleFromName(p.values.value(QStringLiteral("role")));
    if (!role)
        return usage(err, QStringLiteral("unknown role %1").arg(p.values.value(QStringLiteral("role"))));
    const QString login = p.positional.first();
    if (auto r = AuthStore::validateLogin(login); !r)
        return fail(err, r.error());
    if (auth.userByLogin(login))
        return fail(err, makeError(ErrorCode::Conflict, QStringLiteral("login %1 already exists").arg(login)));
    const auto password = readPassword(p, in, err);
    if (!password)
        return kFailed;
    std::optional<UserInfo> user;
    const auto added = commit(login, [&]() -> Result<void> {
        SPOCS_TRY_LET(u, auth.addUser(login, p.values.value(QStringLiteral("name")), *role, *password));
        user = u.value();
        return {};
    });
    if (!added)
        return fail(err, added.error());
    out << "user " << user->login << " added (id " << user->id << ", role " << roleName(user->role) << ")\n";
    out.flush();
    return kOk;
}

int passwdCommand(const QStringList &args, AuthStore &auth, const Commit &commit, QTextStream &in, QTextStream &out,
                  QTextStream &err)
{
    const cli::Options p = loginOptions(args, u"passwd", { QStringLiteral("password-file") });
    if (!p.problem.isEmpty())
        return usage(err, p.problem);
    const QString login = p.positional.first();
    if (!auth.userByLogin(login))
        return fail(err, makeError(ErrorCode::NotFound, QStringLiteral("no user %1").arg(login)));
    const auto password = readPassword(p, in, err);
    if (!password)
        return kFailed;
    if (auto r = commit(login, [&] { return auth.setPassword(login, *password); }); !r)
        return fail(err, r.error());
    out << "password of " << login << " changed; their sessions were signed out\n";
    out.flush();
    return kOk;
}

int roleCommand(const QStringList &args, AuthStore &auth, const Commit &commit, QTextStream &out, QTextStream &err)
{
    const cli::Options p = loginOptions(args, u"role", { QStringLiteral("role") });
    if (!p.problem.isEmpty())
        return usage(err, p.problem);
    const auto role = roleFromName(p.values.value(QStringLiteral("role")));
    if (!role)
        return usage(err, QStringLiteral("user role needs --role agent|expert|lead|admin|integration"));
    const QString login = p.positional.first();
    if (auto r = commit(login, [&] { return auth.setRole(login, *role); }); !r)
        return fail(err, r.error());
    out << "role of " << login << " is now " << roleName(*role) << "; their sessions were signed out\n";
    out.flush();
    return kOk;
}

int teamCommand(const QStringList &args, AuthStore &auth, const Commit &commit, QTextStream &out, QTextStream &err)
{
    const cli::Options p = loginOptions(args, u"team", { QStringLiteral("team") });
    if (!p.problem.isEmpty())
        return usage(err, p.problem);
    if (!p.values.contains(QStringLiteral("team")))
        return usage(err, QStringLiteral("user team needs --team NAME"));
    const QString login = p.positional.first();
    const QString team = p.values.value(QStringLiteral("team")).trimmed();
    if (auto r = commit(login, [&] { return auth.setTeam(login, team); }); !r)
        return fail(err, r.error());
    if (team.isEmpty())
        out << "user " << login << " is in no team now\n";
    else
        out << "user " << login << " is in team " << team << " now\n";
    out.flush();
    return kOk;
}

int enableCommand(const QStringList &args, AuthStore &auth, const Commit &commit, QTextStream &out, QTextStream &err,
                  bool enable)
{
    const cli::Options p = loginOptions(args, enable ? u"enable" : u"disable");
    if (!p.problem.isEmpty())
        return usage(err, p.problem);
    const QString login = p.positional.first();
    if (auto r = commit(login, [&] { return enable ? auth.enableUser(login) : auth.disableUser(login); }); !r)
        return fail(err, r.error());
    if (enable)
        out << "user " << login << " enabled\n";
    else
        out << "user " << login << " disabled; their sessions were signed out\n";
    out.flush();
    return kOk;
}

int listCommand(const QStringList &args, AuthStore &auth, QTextStream &out, QTextStream &err)
{
    if (!args.isEmpty())
        return usage(err, QStringLiteral("user list takes no arguments"));
    const auto rows = auth.listUsers();
    const QStringList header { QStringLiteral("ID"),   QStringLiteral("LOGIN"),    QStringLiteral("NAME"),
                               QStringLiteral("ROLE"), QStringLiteral("DISABLED"), QStringLiteral("TEAM") };
    QList<QStringList> table { header };
    for (const auto &row : rows) {
        table.append({ QString::number(row.user.id), row.user.login, row.user.displayName, roleName(row.user.role),
                       row.disabled ? QStringLiteral("yes") : QStringLiteral("no"), row.team });
    }
    cli::printColumns(out, table);
    return kOk;
}

int dispatch(const QStringList &args, AuthStore &auth, const Commit &commit, QTextStream &in, QTextStream &out,
             QTextStream &err)
{
    if (args.isEmpty())
        return usage(err);
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    if (command == u"add")
        return addCommand(rest, auth, commit, in, out, err);
    if (command == u"passwd")
        return passwdCommand(rest, auth, commit, in, out, err);
    if (command == u"role")
        return roleCommand(rest, auth, commit, out, err);
    if (command == u"disable")
        return enableCommand(rest, auth, commit, out, err, false);
    if (command == u"enable")
        return enableCommand(rest, auth, commit, out, err, true);
    if (command == u"list")
        return listCommand(rest, auth, out, err);
    if (command == u"team")
        return teamCommand(rest, auth, commit, out, err);
    if (command == u"help" || command == u"--help" || command == u"-h") {
        usage(out);
        return kOk;
    }
    return usage(err, QStringLiteral("unknown command user %1").arg(command));
}

} // namespace

QString userCommandLogin(const QStringList &args)
{
    const cli::Options p = cli::parseOptions(args.mid(1), kValuedOptions);
    return p.problem.isEmpty() && p.positional.size() == 1 ? p.positional.first() : QString();
}

int runUserCommand(const QStringList &args, Database &db, QTextStream &in, QTextStream &out, QTextStream &err)
{
    const QStringList commandLine = QStringList { QStringLiteral("user") } + args;
    // A change and its audit row commit together: a busy database that refuses the row refuses the
    // change, and nothing is changed that the audit log does not show.
    bool audited = false;
    const Commit commit = [&](const QString &login, const std::function<Result<void>()> &change) -> Result<void> {
        auto r = db.write([&]() -> Result<void> {
            SPOCS_TRY(change());
            return AuditLog(db).recordNow(adminCommandEntry(commandLine, QStringLiteral("user:") + login, kOk));
        });
        audited = bool(r);
        return r;
    };
    AuthStore auth(db);
    const int rc = dispatch(args, auth, commit, in, out, err);
    if (!audited) {
        // Nothing changed (a list, a refusal, a failure): recorded afterwards.
        const QString login = userCommandLogin(args);
        const auto r = AuditLog(db).recordNow(
            adminCommandEntry(commandLine, login.isEmpty() ? QString() : QStringLiteral("user:") + login, rc));
        if (!r)
            qCWarning(lcAudit) << "could not audit an admin command";
    }
    return rc;
}

} // namespace spocs
