#include "coordinator/auth/AuditCommand.h"

#include "coordinator/auth/AuditLog.h"
#include "coordinator/server/Log.h"

#include <QCoreApplication>

namespace spocs {

int runAuditCommand(const QStringList &args, Database &db, QTextStream &out, QTextStream &err)
{
    if (args != QStringList { QStringLiteral("verify") }) {
        err << "usage: spocs-coordinator audit verify\n";
        err.flush();
        return 2;
    }
    const auto v = AuditLog::verify(db);
    if (!v) {
        err << "error: " << v.error().message << "\n";
        err.flush();
        return 1;
    }
    // The head goes out either way: compared with one saved elsewhere, it shows a log that
    // was cut and re-anchored as a whole.
    const auto head = [&] {
        if (v->headId > 0)
            out << "head: row " << v->headId << ", hash " << v->headHash << "\n";
    };
    if (v->firstBadRow) {
        out << "audit log tampered: first bad row " << *v->firstBadRow << ": " << v->problem << "\n";
        head();
        out.flush();
        return 1;
    }
    out << "audit log intact: " << v->rows << " chained rows";
    if (v->unchained > 0)
        out << " (" << v->unchained << " older rows from before the chain)";
    out << "\n";
    head();
    out.flush();
    return 0;
}

AuditLog::Entry adminCommandEntry(const QStringList &command, const QString &subject, int exitCode)
{
    AuditLog::Entry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.action = QStringLiteral("admin.") + command.value(0);
    e.subject = subject;
    e.detail = command.join(u' ').left(1000) + QStringLiteral(" -> exit %1").arg(exitCode);
    return e;
}

void recordAdminCommand(Database &db, const QStringList &command, int exitCode)
{
    if (command.isEmpty() || command.first() == u"user" || command.first() == u"mail-template")
        return;
    AuditLog log(db);
    if (auto r = log.recordNow(adminCommandEntry(command, QString(), exitCode)); !r)
        qCWarning(lcAudit) << "could not audit an admin command";
}

} // namespace spocs
