#pragma once

#include <QStringList>
#include <QTextStream>

namespace spocs {

class Database;

// `spocs-coordinator audit verify`: walks the audit hash chain and reports the first row
// that was edited, inserted or deleted (exit 1), or how many rows check out (exit 0).
int runAuditCommand(const QStringList &args, Database &db, QTextStream &out, QTextStream &err);

// Records an admin CLI action (user, import, kb-import, kb-export, audit) in the audit log:
// the command and its arguments (never a password: those come from a file or stdin) and
// its exit code.
void recordAdminCommand(Database &db, const QStringList &command, int exitCode);

} // namespace spocs
