#include "models/ReviewSession.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/KnowledgeArticle.h"
#include "models/ModelsLog.h"
#include "models/ReviewQueueModel.h"

namespace spocs {

ReviewSession::ReviewSession(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    if (!connection)
        return;
    connection->subscribe(kb::topic());
    connect(connection, &Connection::eventReceived, this, [this](const protocol::Event &event) {
        if (event.topic == kb::topic() && event.kind.startsWith(QLatin1String("kb.")))
            Q_EMIT queueChanged();
    });
}

void ReviewSession::call(const char16_t *op, const QJsonObject &args, bool write, WriteDone done)
{
    if (!m_connection) {
        done(makeError(ErrorCode::Unavailable, QStringLiteral("offline")));
        return;
    }
    const QString name = QString::fromUtf16(op);
    auto answer = [name, done](const Reply &reply) {
        if (reply.ok) {
            done(reply.data);
            return;
        }
        qCInfo(lcModels) << name << "failed:" << errorCodeName(reply.error.code);
        done(reply.error);
    };
    if (write)
        m_connection->write(name, args, this, answer);
    else
        m_connection->request(name, args, this, answer);
}

void ReviewSession::loadQueue(WriteDone done)
{
    call(op::KbReviewQueue, {}, false, std::move(done));
}

void ReviewSession::loadVersions(qint64 articleId, WriteDone done)
{
    call(op::KbVersions, { { QStringLiteral("id"), articleId } }, false, std::move(done));
}

void ReviewSession::loadDiff(qint64 articleId, qint64 from, qint64 to, WriteDone done)
{
    call(op::KbDiff,
         { { QStringLiteral("id"), articleId }, { QStringLiteral("from"), from }, { QStringLiteral("to"), to } }, false,
         std::move(done));
}

void ReviewSession::review(qint64 articleId, qint64 version, const QString &action, const QString &comment,
                           WriteDone done)
{
    QJsonObject args { { QStringLiteral("id"), articleId },
                       { QStringLiteral("version"), version },
                       { QStringLiteral("action"), action } };
    if (!comment.trimmed().isEmpty())
        args.insert(QStringLiteral("comment"), comment.trimmed());
    call(op::KbReview, args, true, std::move(done));
}

void ReviewSession::rollback(qint64 articleId, qint64 newest, qint64 to, WriteDone done)
{
    call(op::KbRollback,
         { { QStringLiteral("id"), articleId }, { QStringLiteral("version"), newest }, { QStringLiteral("to"), to } },
         true, std::move(done));
}

bool ReviewSession::isOwnProposal(const ReviewQueueItem &item) const
{
    return m_connection && item.authorId > 0 && item.authorId == m_connection->user().id;
}

} // namespace spocs
