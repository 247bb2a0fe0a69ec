#pragma once

#include "coordinator/auth/AuditLog.h"

#include <QStringList>
#include <QTextStream>

namespace spocs {

class Database;

// `spocs-coordinator audit verify`: walks the audit hash chain and reports the first row
// that was edited, inserted or deleted (exit 1), or how many rows check out (exit 0).
int runAuditCommand(const QStringList &args, Database &db, QTextStream &out, QTextStream &err);

// Records an admin CLI action (import, kb-import, kb-export, audit) in the audit log: the command
// and its arguments (never a password: those come from a file or stdin) and its exit code. `user`
// and `mail-template` audit themselves (runUserCommand, runMailTemplateCommand), a change in the
// change's transaction.
void recordAdminCommand(Database &db, const QStringList &command, int exitCode);
// The audit row of an admin CLI command: action admin.<command>, the subject, the command line
// and the exit code.
AuditLog::Entry adminCommandEntry(const QStringList &command, const QString &subject, int exitCode);

} // namespace spocs
