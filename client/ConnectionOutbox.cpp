// The Connection's queued writes: the half of Connection that stores writes in the offline
// outbox, sends them in order when the session is open and settles their answers.
#include "client/Connection.h"

#include "client/Log.h"
#include "client/OfflineOutbox.h"
#include "client/RequestTracker.h"

#include <QDir>
#include <QJsonValue>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace spocs {
namespace {

constexpr int kMinRetryMs = 1000;

Reply queuedReply()
{
    return Reply { false, {}, makeError(ErrorCode::Queued, QStringLiteral("the write waits in the offline outbox")) };
}

// Answers that say "not now" rather than "no": the write stays queued and is sent again.
bool isTransient(ErrorCode code)
{
    return code == ErrorCode::Timeout || code == ErrorCode::Unavailable || code == ErrorCode::RateLimited;
}

QString newCid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

void Connection::setOutboxDirectory(const QString &directory)
{
    m_outboxDirectory = directory;
}

void Connection::openOutbox()
{
    if (m_outboxDirectory.isEmpty() || m_user.login.isEmpty())
        return;
    const QString path = QDir(m_outboxDirectory).filePath(OfflineOutbox::fileName(m_url, m_user.login));
    if (m_outbox->isOpen() && m_outbox->filePath() == path)
        return;
    m_outboxWaiters.clear();
    m_outboxInFlight.clear();
    m_tooLargeSuspects.clear();
    if (auto opened = m_outbox->open(path); !opened)
        qCWarning(lcClient) << "writes stay in memory only:" << opened.error().message;
}

qint64 Connection::writeDurably(const QString &op, const QJsonObject &args, QObject *context, ReplyHandler handler)
{
    const qint64 id = m_requests->allocateId();
    if (protocol::encode(protocol::Request { id, op, args }).size() > protocol::MaxMessageBytes) {
        m_requests->failLater(
            context, std::move(handler),
            makeError(ErrorCode::TooLarge, QStringLiteral("request exceeds %1 bytes").arg(protocol::MaxMessageBytes)));
        return id;
    }
    const auto entry = m_outbox->append(op, args);
    if (!entry) {
        qCWarning(lcClient) << "write kept in memory only:" << entry.error().message;
        return request(op, args, context, std::move(handler));
    }
    if (!m_sessionOpen) {
        // Reconnecting: the caller learns now that the write is safe and will go out later.
        m_requests->failLater(context, std::move(handler), queuedReply().error);
        return id;
    }
    m_outboxWaiters.insert(entry->cid, OutboxWaiter { context, context != nullptr, std::move(handler) });
    sendQueuedWrites();
    return id;
}

void Connection::sendQueuedWrites()
{
    if (!m_sessionOpen || !m_outbox->isOpen())
        return;
    // Oldest first, so the coordinator applies them in the order the agent made them.
    const QList<OfflineOutbox::Entry> entries = m_outbox->entries();
    for (const OfflineOutbox::Entry &e : entries) {
        if (e.rejection || m_outboxInFlight.contains(e.cid))
            continue;
        const qint64 id = m_requests->allocateId();
        m_outboxInFlight.insert(e.cid, id);
        m_requests->add(
            RequestTracker::Outgoing { id, e.op, protocol::encodeText(protocol::Request { id, e.op, e.args }), false },
            this, [this, cid = e.cid, id](const Reply &reply) { onQueuedWriteAnswered(cid, id, reply); },
            m_requestTimeoutMs);
    }
    flushOutbox();
}

void Connection::requeueInFlightWrites()
{
    // Sent on a socket that is gone: they go out again, in order, after the next welcome.
    const QList<qint64> ids = m_outboxInFlight.values();
    for (qint64 id : ids)
        m_requests->finish(id,
                           Reply { false, {}, makeError(ErrorCode::Unavailable, QStringLiteral("connection lost")) });
    m_outboxInFlight.clear();
}

void Connection::failTooLargeSuspects(const Error &error)
{
    // A queued write goes out again after a too_large close, with its cid. In flight at the
    // next such close as well, it is most likely the one the coordinator cannot read: it
    // fails (its caller, or the user in the outbox, decides) instead of closing every session.
    const QHash<QString, qint64> inFlight = m_outboxInFlight;
    for (auto it = inFlight.cbegin(); it != inFlight.cend(); ++it) {
        if (m_tooLargeSuspects.remove(it.key()))
            m_requests->finish(it.value(), Reply { false, {}, error });
        else
            m_tooLargeSuspects.insert(it.key());
    }
}

void Connection::onQueuedWriteAnswered(const QString &cid, qint64 id, const Reply &reply)
{
    if (m_outboxInFlight.value(cid) == id)
        m_outboxInFlight.remove(cid);
    if (reply.ok || !isTransient(reply.error.code))
        m_tooLargeSuspects.remove(cid); // answered (or failed for good)
    const OutboxWaiter waiter = m_outboxWaiters.take(cid);
    const bool waiting = waiter.handler && (!waiter.hasContext || waiter.context);
    const auto entry = m_outbox->find(cid);
    if (!entry) { // discarded meanwhile, or another user's outbox is open now
        if (waiting)
            waiter.handler(reply);
        return;
    }
    if (reply.ok) {
        m_outbox->remove(cid);
        if (waiting)
            waiter.handler(reply);
        else
            Q_EMIT queuedWriteApplied(entry->op, entry->args, reply.data);
        return;
    }
    if (isTransient(reply.error.code)) {
        qCInfo(lcClient) << entry->op << "stays queued:" << errorCodeName(reply.error.code);
        if (waiting)
            waiter.handler(queuedReply());
        if (reply.error.code != ErrorCode::Unavailable) {
            // Still connected (a slow answer, a rate limit): try again on this session.
            const int retryMs
                = std::max(kMinRetryMs, reply.error.details.value(QStringLiteral("retryAfterMs")).toInt());
            QTimer::singleShot(retryMs, this, &Connection::sendQueuedWrites);
        }
        return;
    }
    if (waiting) {
        // The caller is still there and shows the error itself (a dialog reloads on a version conflict).
        m_outbox->remove(cid);
        waiter.handler(reply);
        return;
    }
    qCInfo(lcClient) << "queued" << entry->op << "rejected:" << errorCodeName(reply.error.code);
    m_outbox->markRejected(cid, reply.error);
    Q_EMIT queuedWriteRejected(cid, reply.error);
}

bool Connection::reapplyQueuedWrite(const QString &cid)
{
    const auto entry = m_outbox->find(cid);
    if (!entry || !entry->rejection)
        return false;
    QJsonObject args = entry->args;
    const QJsonValue current = entry->rejection->details.value(QStringLiteral("current"));
    if (entry->rejection->code == ErrorCode::VersionConflict && args.contains(QStringLiteral("version"))
        && current.isDouble())
        args.insert(QStringLiteral("version"), current);
    args.insert(QStringLiteral("cid"), newCid());
    if (!m_outbox->retry(cid, args))
        return false;
    sendQueuedWrites();
    return true;
}

bool Connection::discardQueuedWrite(const QString &cid)
{
    const auto entry = m_outbox->find(cid);
    if (!entry || !entry->rejection)
        return false;
    return m_outbox->remove(cid);
}

} // namespace spocs
