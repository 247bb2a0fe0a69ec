#pragma once

#include "core/Protocol.h"
#include "core/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>

#include <deque>
#include <vector>

namespace spocs {

class Database;

// Every state change becomes an event with a per-epoch, gap-free seq. Events are stored
// in the events table inside the writer's transaction, then delivered only after the
// commit; the most recent ones stay in memory so a reconnecting client gets exactly
// what it missed. Each event is serialised once and the same text goes to every subscriber.
class EventBus : public QObject
{
    Q_OBJECT

public:
    struct Stored
    {
        qint64 seq;
        QString topic;
        QString text; // the encoded evt frame
    };

    EventBus(Database &db, int keep, QObject *parent = nullptr);

    // Loads the epoch (creating one on a new database) and the recent log.
    Result<void> load();

    QString epoch() const { return m_epoch; }
    // The last seq handed out, including events whose transaction has not committed yet.
    qint64 head() const { return m_head; }
    // The last seq whose transaction committed: what a welcome may promise.
    qint64 committedHead() const { return m_committedHead; }
    qint64 oldestKept() const;

    // Inside a Database::write(): stores the event and queues it for delivery.
    Result<qint64> publish(const QString &topic, const QString &kind, const QJsonObject &data);
    // publish(), then data with the event's "seq": the answer of a write that announces data.
    Result<QJsonObject> publishAndAnswer(const QString &topic, const QString &kind, QJsonObject data);
    // After the transaction: deliver (commit) or forget (rollback) what publish() queued.
    void commitPending();
    void discardPending();
    // One write inside a commit group: its events are dropped alone when it rolls back.
    struct Mark
    {
        qint64 head;
        size_t pending;
    };
    Mark mark() const { return Mark { m_head, m_pending.size() }; }
    void rollbackTo(const Mark &mark);
    // An event that is not stored and never replayed (seq 0): goes out at once.
    void publishEphemeral(const QString &topic, const QString &kind, const QJsonObject &data);

    // The events after `seq` on the given topics, in order; ResyncRequired when the
    // epoch differs or some of them are no longer kept.
    Result<std::vector<const Stored *>> replayAfter(const QString &epoch, qint64 seq,
                                                    const QSet<QString> &topics) const;

Q_SIGNALS:
    // One committed event, ready to send: text is the whole encoded evt frame.
    void delivered(const QString &topic, const QString &text);

private:
    void remember(Stored stored);
    void prune();

    Database &m_db;
    int m_keep;
    QString m_epoch;
    qint64 m_head = 0;
    qint64 m_committedHead = 0;
    std::deque<Stored> m_recent;
    std::vector<Stored> m_pending;
};

} // namespace spocs
