#include "models/VersionedWrite.h"

#include "client/Connection.h"
#include "models/ModelsLog.h"

#include <QPointer>

namespace spocs {

qint64 VersionedWrite::Outcome::version() const
{
    return record.value(QStringLiteral("version")).toInteger();
}

void VersionedWrite::send(Connection *connection, QObject *context, Done done) const
{
    if (!connection) {
        done(Outcome { Outcome::Kind::Failed, {}, {}, makeError(ErrorCode::Unavailable, QStringLiteral("offline")) });
        return;
    }
    QPointer<Connection> guard(connection);
    QPointer<QObject> owner(context);
    const VersionedWrite write = *this;
    connection->write(op, args, context, [guard, owner, write, done](const Reply &reply) {
        if (reply.ok) {
            done(Outcome { Outcome::Kind::Saved, reply.data.value(write.recordKey).toObject(), reply.data, {} });
            return;
        }
        qCInfo(lcModels) << write.op << "failed:" << errorCodeName(reply.error.code);
        if (reply.error.code != ErrorCode::VersionConflict || write.refetchOp.isEmpty() || !guard || !owner) {
            done(Outcome { Outcome::Kind::Failed, {}, {}, reply.error });
            return;
        }
        // Someone else saved first: read what they saved, so the user can compare and reapply.
        const Error conflict = reply.error;
        guard->request(write.refetchOp, write.refetchArgs, owner, [write, done, conflict](const Reply &current) {
            Outcome outcome { Outcome::Kind::Conflict, {}, {}, conflict };
            if (current.ok) {
                outcome.record = current.data.value(write.recordKey).toObject();
                outcome.data = current.data;
            }
            done(outcome);
        });
    });
}

} // namespace spocs
