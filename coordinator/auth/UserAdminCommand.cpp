#include "coordinator/auth/UserAdminCommand.h"

#include "coordinator/auth/AuthStore.h"
#include "coordinator/storage/Database.h"

#include <QFile>
#include <QHash>

#include <optional>

namespace spocs {
namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;

int usage(QTextStream &err, const QString &problem = {})
{
    if (!problem.isEmpty())
        err << "error: " << problem << "\n";
    err << "usage: spocs-coordinator user add LOGIN --role agent|expert|lead|admin|integration "
           "[--name \"Full Name\"] [--password-file FILE]\n"
           "       spocs-coordinator user passwd LOGIN [--password-file FILE]\n"
           "       spocs-coordinator user role LOGIN --role agent|expert|lead|admin|integration\n"
           "       spocs-coordinator user disable LOGIN\n"
           "       spocs-coordinator user enable LOGIN\n"
           "       spocs-coordinator user team LOGIN --team NAME (--team= takes them out of their team)\n"
           "       spocs-coordinator user list\n"
           "Without --password-file the password is read from the first line of standard input.\n";
    err.flush();
    return kUsage;
}

struct Parsed
{
    QStringList positional;
    QHash<QString, QString> options;
    QString problem;
};

// "--opt value" or "--opt=value"; only the options in `known` are accepted.
Parsed parse(const QStringList &args, const QStringList &known)
{
    Parsed p;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QStringLiteral("--"))) {
            p.positional.append(a);
            continue;
        }
        QString key = a.mid(2);
        QString value;
        if (const qsizetype eq = key.indexOf(u'='); eq >= 0) {
            value = key.mid(eq + 1);
            key.truncate(eq);
        } else if (i + 1 < args.size()) {
            value = args.at(++i);
        } else {
            p.problem = QStringLiteral("option --%1 needs a value").arg(key);
            return p;
        }
        if (!known.contains(key)) {
            p.problem = QStringLiteral("unknown option --%1").arg(key);
            return p;
        }
        p.options.insert(key, value);
    }
    return p;
}

std::optional<QString> readPassword(const Parsed &p, QTextStream &in, QTextStream &err)
{
    QString line;
    if (p.options.contains(QStringLiteral("password-file"))) {
        const QString path = p.options.value(QStringLiteral("password-file"));
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

int fail(QTextStream &err, const Error &e)
{
    err << "error: " << e.message << "\n";
    err.flush();
    return kFailed;
}

int addCommand(const QStringList &args, AuthStore &auth, QTextStream &in, QTextStream &out, QTextStream &err)
{
    const Parsed p = parse(args, { QStringLiteral("role"), QStringLiteral("name"), QStringLiteral("password-file") });
    if (!p.problem.isEmpty())
        return usage(err, p.problem);
    if (p.positional.size() != 1)
        return usage(err, QStringLiteral("user add needs exactly one LOGIN"));
    if (!p.options.contains(QStringLiteral("role")))
        return usage(err, QStringLiteral("user add needs --role"));
    const auto role = roleFromName(p.options.value(QStringLiteral("role")));
    if (!role)
        return usage(err, QStringLiteral("unknown role %1").arg(p.options.value(QStringLiteral("role"))));
    const QString login = p.positional.first();
    if (auto r = AuthStore::validateLogin(login); !r)
        return fail(err, r.error());
    if (auth.userByLogin(login))
        return fail(err, makeError(ErrorCode::Conflict, QStringLiteral("login %1 already exists").arg(login)));
    const auto password = readPassword(p, in, err);
    if (!password)
        return kFailed;
    auto user = auth.addUser(login, p.options.value(QStringLiteral("name")), *role, *password);
    if (!user)
        return fail(err, user.error());
    out << "user " << user->login << " added (id " << user->id << ", role " << roleName(user->role) << ")\n";
    out.flush();
    return kOk;
}

int passwdCommand(const QStringList &args, AuthStore &auth, QTextStream &in, QTextStream &out, QTextStream &err)
{
    const Parsed p = parse(args, { QStringLiteral("password-file") });
    if (!p.problem.isEmpty())
        return usage(err, p.problem);
    if (p.positional.size() != 1)
        return usage(err, QStringLiteral("user passwd needs exactly one LOGIN"));
    const QString login = p.positional.first();
    if (!auth.userByLogin(login))
        return fail(err, makeError(ErrorCode::NotFound, QStringLiteral("no user %1").arg(login)));
    const auto password = readPassword(p, in, err);
    if (!password)
        return kFailed;
    if (auto r = auth.setPassword(login, *password); !r)
        return fail(err, r.error());
    out << "password of " << login << " changed; their sessions were signed out\n";
    out.flush();
    return kOk;
}

int roleCommand(const QStringList &args, AuthStore &auth, QTextStream &out, QTextStream &err)
{
    const Parsed p = parse(args, { QStringLiteral("role") });
    if (!p.problem.isEmpty())
        return usage(err, p.problem);
    if (p.positional.size() != 1)
        return usage(err, QStringLiteral("user role needs exactly one LOGIN"));
    const auto role = roleFromName(p.options.value(QStringLiteral("role")));
    if (!role)
        return usage(err, QStringLiteral("user role needs --role agent|expert|lead|admin|integration"));
    const QString login = p.positional.first();
    if (auto r = auth.setRole(login, *role); !r)
        return fail(err, r.error());
    out << "role of " << login << " is now " << roleName(*role) << "; their sessions were signed out\n";
    out.flush();
    return kOk;
}

int teamCommand(const QStringList &args, AuthStore &auth, QTextStream &out, QTextStream &err)
{
    const Parsed p = parse(args, { QStringLiteral("team") });
    if (!p.problem.isEmpty())
        return usage(err, p.problem);
    if (p.positional.size() != 1)
        return usage(err, QStringLiteral("user team needs exactly one LOGIN"));
    if (!p.options.contains(QStringLiteral("team")))
        return usage(err, QStringLiteral("user team needs --team NAME"));
    const QString login = p.positional.first();
    const QString team = p.options.value(QStringLiteral("team")).trimmed();
    if (auto r = auth.setTeam(login, team); !r)
        return fail(err, r.error());
    if (team.isEmpty())
        out << "user " << login << " is in no team now\n";
    else
        out << "user " << login << " is in team " << team << " now\n";
    out.flush();
    return kOk;
}

int enableCommand(const QStringList &args, AuthStore &auth, QTextStream &out, QTextStream &err, bool enable)
{
    const Parsed p = parse(args, {});
    if (!p.problem.isEmpty())
        return usage(err, p.problem);
    if (p.positional.size() != 1)
        return usage(err, QStringLiteral("user %1 needs exactly one LOGIN").arg(enable ? u"enable" : u"disable"));
    const QString login = p.positional.first();
    if (auto r = enable ? auth.enableUser(login) : auth.disableUser(login); !r)
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
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &line : std::as_const(table)) {
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[c] = qMax(widths[c], line.at(c).size());
    }
    for (const QStringList &line : std::as_const(table)) {
        QString text;
        for (qsizetype c = 0; c < line.size(); ++c) {
            text += c + 1 < line.size() ? line.at(c).leftJustified(widths[c] + 2) : line.at(c);
        }
        out << text << "\n";
    }
    out.flush();
    return kOk;
}

} // namespace

int runUserCommand(const QStringList &args, Database &db, QTextStream &in, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty())
        return usage(err);
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    AuthStore auth(db);
    if (command == u"add")
        return addCommand(rest, auth, in, out, err);
    if (command == u"passwd")
        return passwdCommand(rest, auth, in, out, err);
    if (command == u"role")
        return roleCommand(rest, auth, out, err);
    if (command == u"disable")
        return enableCommand(rest, auth, out, err, false);
    if (command == u"enable")
        return enableCommand(rest, auth, out, err, true);
    if (command == u"list")
        return listCommand(rest, auth, out, err);
    if (command == u"team")
        return teamCommand(rest, auth, out, err);
    if (command == u"help" || command == u"--help" || command == u"-h") {
        usage(out);
        return kOk;
    }
    return usage(err, QStringLiteral("unknown command user %1").arg(command));
}

} // namespace spocs
