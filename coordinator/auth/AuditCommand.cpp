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

void recordAdminCommand(Database &db, const QStringList &command, int exitCode)
{
    if (command.isEmpty())
        return;
    AuditLog::Entry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.action = QStringLiteral("admin.") + command.first();
    // "user passwd agent3" is about user:agent3, "mail-template set de greeting" about
    // mail_template:de/greeting; other commands name their files.
    if (command.first() == u"user" && command.size() >= 3)
        e.subject = QStringLiteral("user:") + command.at(2);
    else if (command.first() == u"mail-template" && command.size() >= 4)
        e.subject = QStringLiteral("mail_template:%1/%2").arg(command.at(2), command.at(3));
    e.detail = command.join(u' ').left(1000) + QStringLiteral(" -> exit %1").arg(exitCode);
    AuditLog log(db);
    if (auto r = log.recordNow(e); !r)
        qCWarning(lcAudit) << "could not audit an admin command";
}

} // namespace spocs
