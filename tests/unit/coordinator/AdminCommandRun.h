#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace spocs {
class Database;
}

namespace spocs::test {

// What an admin CLI command (`spocs-coordinator user ...`, `mail-template ...`) printed and returned.
struct CommandResult
{
    int code;
    QString out;
    QString err;
};

using AdminCommand = int (*)(const QStringList &, Database &, QTextStream &, QTextStream &, QTextStream &);

// Runs `command` with `input` as its standard input.
inline CommandResult runAdminCommand(AdminCommand command, Database &db, const QStringList &args,
                                     const QString &input = {})
{
    QString inText = input, outText, errText;
    QTextStream in(&inText, QIODevice::ReadOnly);
    QTextStream out(&outText);
    QTextStream err(&errText);
    const int code = command(args, db, in, out, err);
    out.flush();
    err.flush();
    return { code, outText, errText };
}

} // namespace spocs::test
