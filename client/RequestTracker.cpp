#include "client/RequestTracker.h"

#include "client/Log.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace spocs {

struct RequestTracker::Pending
{
    Outgoing request;
    QPointer<QObject> context;
    bool hasContext = false;
    ReplyHandler handler;
    QDeadlineTimer deadline;
    bool sent = false;
};

RequestTracker::RequestTracker(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RequestTracker::expire);
}

RequestTracker::~RequestTracker() = default;

void RequestTracker::add(Outgoing request, QObject *context, ReplyHandler handler, int timeoutMs)
{
    auto p = std::make_shared<Pending>();
    p->request = std::move(request);
    p->context = context;
    p->hasContext = context != nullptr;
    p->handler = std::move(handler);
    p->deadline = QDeadlineTimer(std::max(0, timeoutMs));
    m_pending.insert(p->request.id, p);
    armTimer();
}

bool RequestTracker::finish(qint64 id, const Reply &reply)
{
    const auto p = m_pending.take(id);
    if (!p)
        return false;
    armTimer();
    deliver(*p, reply);
    return true;
}

void RequestTracker::failLater(QObject *context, ReplyHandler handler, const Error &error)
{
    auto p = std::make_shared<Pending>();
    p->context = context;
    p->hasContext = context != nullptr;
    p->handler = std::move(handler);
    QMetaObject::invokeMethod(
        this,
        [p, error] {
            deliver(*p, Reply { false, {}, error });
        },
        Qt::QueuedConnection);
}

QList<RequestTracker::Outgoing> RequestTracker::unsent() const
{
    QList<Outgoing> out;
    for (const auto &p : m_pending) {
        if (!p->sent)
            out.append(p->request);
    }
    std::sort(out.begin(), out.end(), [](const Outgoing &a, const Outgoing &b) { return a.id < b.id; });
    return out;
}

QList<qint64> RequestTracker::sent() const
{
    QList<qint64> ids;
    for (const auto &p : m_pending) {
        if (p->sent)
            ids.append(p->request.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void RequestTracker::markSent(qint64 id)
{
    if (const auto p = m_pending.value(id))
        p->sent = true;
}

void RequestTracker::markAllUnsent()
{
    for (const auto &p : std::as_const(m_pending))
        p->sent = false;
}

RequestTracker::Batch RequestTracker::takeAll()
{
    QList<qint64> ids = m_pending.keys();
    std::sort(ids.begin(), ids.end());
    Batch batch;
    for (qint64 id : std::as_const(ids))
        batch.append(m_pending.value(id));
    m_pending.clear();
    m_timer->stop();
    return batch;
}

void RequestTracker::fail(const Batch &batch, const Error &error)
{
    for (const auto &p : batch)
        deliver(*p, Reply { false, {}, error });
}

void RequestTracker::deliver(const Pending &pending, const Reply &reply)
{
    if (pending.hasContext && !pending.context) {
        qCDebug(lcClient) << "answer dropped, its context is gone, id" << pending.request.id;
        return;
    }
    if (pending.handler)
        pending.handler(reply);
}

void RequestTracker::armTimer()
{
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const auto &p : std::as_const(m_pending))
        earliest = std::min(earliest, std::max<qint64>(0, p->deadline.remainingTime()));
    if (earliest == std::numeric_limits<qint64>::max())
        m_timer->stop();
    else
        m_timer->start(std::chrono::milliseconds(earliest));
}

void RequestTracker::expire()
{
    QList<qint64> expired;
    for (const auto &p : std::as_const(m_pending)) {
        if (p->deadline.hasExpired())
            expired.append(p->request.id);
    }
    std::sort(expired.begin(), expired.end());
    for (qint64 id : std::as_const(expired)) {
        const auto p = m_pending.value(id);
        if (!p)
            continue; // an earlier handler in this loop finished it
        qCInfo(lcClient) << "request timed out:" << p->request.op << "id" << id;
        finish(id,
               Reply { false,
                       {},
                       makeError(ErrorCode::Timeout, QStringLiteral("no answer to %1 in time").arg(p->request.op)) });
    }
    armTimer(); // a timer may fire a little early; re-arm for what is left
}

} // namespace spocs
