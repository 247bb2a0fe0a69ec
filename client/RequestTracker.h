#pragma once

#include "client/Reply.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

class QTimer;

namespace spocs {

// The request side of a Connection: ids, one deadline timer for all time-outs, which
// requests are on the wire and which wait in the outbox, and the rule that a handler
// runs exactly once (or never, when its context object was destroyed first).
class RequestTracker : public QObject
{
    Q_OBJECT

    struct Pending;

public:
    struct Outgoing
    {
        qint64 id = 0;
        QString op;
        QString text; // the encoded req frame; sent again unchanged after a reconnect
        bool beforeHello = false; // may be sent before welcome (auth.login)
    };
    using Batch = QList<std::shared_ptr<Pending>>;

    explicit RequestTracker(QObject *parent = nullptr);
    ~RequestTracker() override;

    qint64 allocateId() { return m_nextId++; }
    // Tracks a request until it is answered, fails or times out (timeoutMs after now).
    void add(Outgoing request, QObject *context, ReplyHandler handler, int timeoutMs);
    bool contains(qint64 id) const { return m_pending.contains(id); }
    // Runs the handler of request id, once; false when id is unknown or already finished.
    bool finish(qint64 id, const Reply &reply);
    // Answers a request that was never tracked, from the event loop (never re-entrantly).
    void failLater(QObject *context, ReplyHandler handler, const Error &error);

    // Outbox: requests not yet written to the current socket, in id order.
    QList<Outgoing> unsent() const;
    QList<qint64> sent() const;
    void markSent(qint64 id);
    void markAllUnsent(); // the socket is gone: everything goes out again after resume

    // Takes every request out first, so handlers may add new ones while the batch fails.
    Batch takeAll();
    static void fail(const Batch &batch, const Error &error);

private:
    static void deliver(const Pending &pending, const Reply &reply);
    void armTimer();
    void expire();

    QHash<qint64, std::shared_ptr<Pending>> m_pending;
    QTimer *m_timer = nullptr;
    qint64 m_nextId = 1;
};

} // namespace spocs
