#include "coordinator/auth/AuditLog.h"
#include "coordinator/server/ClientSession.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/RequestHandlers.h"
#include "core/Args.h"
#include "core/Ops.h"
#include "core/Try.h"

namespace spocs {
namespace {

Result<QDateTime> dateTimeArg(Args &args, const QString &key)
{
    const QString text = args.string(key, 40);
    if (!args.ok())
        return args.error();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            t = QDateTime(day, QTime(0, 0), Qt::UTC);
    }
    if (!t.isValid())
        return makeError(ErrorCode::BadRequest, QStringLiteral("%1 must be an ISO 8601 date or date-time").arg(key),
                         QJsonObject { { QStringLiteral("field"), key } });
    return t.toUTC();
}

// audit.query {customer?, user?, from, to, limit?}: admins only (core/Ops.cpp).
Result<QJsonObject> auditQuery(RequestHandlers &h, ClientSession *session, Args &args)
{
    AuditLog::Query query;
    query.customer = args.optString(QStringLiteral("customer"), {}, 32);
    const QString login = args.optString(QStringLiteral("user"), {}, 64);
    query.limit = int(args.optInteger(QStringLiteral("limit"), 200, 1, 1000));
    if (!args.ok())
        return args.error();
    SPOCS_TRY_LET(from, dateTimeArg(args, QStringLiteral("from")));
    SPOCS_TRY_LET(to, dateTimeArg(args, QStringLiteral("to")));
    if (*to <= *from)
        return makeError(ErrorCode::BadRequest, QStringLiteral("to must be after from"),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("to") } });
    query.from = *from;
    query.to = *to;
    if (!login.isEmpty()) {
        const auto user = h.server().auth().userByLogin(login);
        if (!user)
            return makeError(ErrorCode::NotFound, QStringLiteral("no user %1").arg(login),
                             QJsonObject { { QStringLiteral("field"), QStringLiteral("user") } });
        query.userId = user->id;
    }
    SPOCS_TRY_LET(rows, AuditLog::query(h.server().db(), query));
    // Reading the audit log is itself audited.
    QString subject = query.customer.isEmpty() ? QString() : QStringLiteral("customer:") + query.customer;
    if (!login.isEmpty())
        subject += (subject.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("user:") + login;
    h.server().audit().record(RequestHandlers::auditEntry(session, QString::fromUtf16(op::AuditQuery), subject,
                                                          QStringLiteral("%1 rows").arg(rows->size())));
    return QJsonObject { { QStringLiteral("entries"), rows.value() },
                         { QStringLiteral("truncated"), rows->size() >= query.limit } };
}

} // namespace

void registerAuditOps(RequestHandlers &handlers)
{
    handlers.registerOp(QString::fromUtf16(op::AuditQuery), [&handlers](ClientSession *session, Args &args) {
        return auditQuery(handlers, session, args);
    });
}

} // namespace spocs
