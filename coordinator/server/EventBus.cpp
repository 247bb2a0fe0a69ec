#include "coordinator/server/EventBus.h"

#include "coordinator/auth/PasswordHasher.h"
#include "coordinator/server/Log.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace spocs {

EventBus::EventBus(Database &db, int keep, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_keep(keep)
{ }

Result<void> EventBus::load()
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'epoch'"));
    if (!q.exec())
        return sqlError(q, "read epoch");
    if (q.next()) {
        m_epoch = q.value(0).toString();
    } else {
        // A new event log: clients holding a seq from any other database must resync.
        m_epoch = QString::fromLatin1(PasswordHasher::randomBytes(9).toBase64(QByteArray::Base64UrlEncoding));
        SPOCS_TRY(
            m_db.query(QStringLiteral("INSERT INTO meta(key, value) VALUES ('epoch', ?)"), { m_epoch }, "store epoch"));
    }
    QSqlQuery head = m_db.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events"));
    if (!head.exec() || !head.next())
        return sqlError(head, "read event head");
    m_head = m_committedHead = head.value(0).toLongLong();

    SPOCS_TRY_ASSIGN(QSqlQuery recent,
                     m_db.query(QStringLiteral("SELECT seq, topic, kind, data FROM events WHERE seq > ? ORDER BY seq"),
                                { m_head - m_keep }, "load event log"));
    while (recent.next()) {
        protocol::Event e { recent.value(0).toLongLong(), recent.value(1).toString(), recent.value(2).toString(),
                            QJsonDocument::fromJson(recent.value(3).toByteArray()).object() };
        remember(Stored { e.seq, e.topic, protocol::encodeText(e) });
    }
    qCInfo(lcEvents) << "event log epoch" << m_epoch << "head" << m_head << "kept in memory" << m_recent.size();
    return {};
}

qint64 EventBus::oldestKept() const
{
    return m_recent.empty() ? m_committedHead + 1 : m_recent.front().seq;
}

Result<qint64> EventBus::publish(const QString &topic, const QString &kind, const QJsonObject &data)
{
    Q_ASSERT(m_db.inTransaction());
    const qint64 seq = m_head + 1;
    const QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);
    SPOCS_TRY(
        m_db.query(QStringLiteral("INSERT INTO events(seq, topic, kind, data, created_at) VALUES (?, ?, ?, ?, ?)"),
                   { seq, topic, kind, QString::fromUtf8(json), m_db.nowStamp() }, "append event"));
    m_head = seq;
    m_pending.push_back(Stored { seq, topic, protocol::encodeText(protocol::Event { seq, topic, kind, data }) });
    return seq;
}

Result<QJsonObject> EventBus::publishAndAnswer(const QString &topic, const QString &kind, QJsonObject data)
{
    SPOCS_TRY_LET(seq, publish(topic, kind, data));
    data.insert(QStringLiteral("seq"), *seq);
    return data;
}

void EventBus::commitPending()
{
    std::vector<Stored> pending;
    pending.swap(m_pending);
    const qint64 before = m_committedHead;
    for (Stored &s : pending) {
        m_committedHead = s.seq;
        const QString topic = s.topic;
        const QString text = s.text;
        remember(std::move(s));
        Q_EMIT delivered(topic, text);
    }
    if (m_committedHead / 1000 != before / 1000)
        prune();
}

void EventBus::rollbackTo(const Mark &mark)
{
    m_pending.erase(m_pending.begin() + qsizetype(std::min(m_pending.size(), mark.pending)), m_pending.end());
    m_head = mark.head;
}

void EventBus::publishEphemeral(const QString &topic, const QString &kind, const QJsonObject &data)
{
    Q_EMIT delivered(topic, protocol::encodeText(protocol::Event { 0, topic, kind, data }));
}

void EventBus::discardPending()
{
    m_pending.clear();
    m_head = m_committedHead;
}

void EventBus::remember(Stored stored)
{
    m_recent.push_back(std::move(stored));
    while (m_recent.size() > size_t(m_keep))
        m_recent.pop_front();
}

void EventBus::prune()
{
    // Older events than the kept window can never be replayed; drop them from disk too.
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM events WHERE seq <= ?"));
    if (!execWith(q, { m_committedHead - m_keep }))
        qCWarning(lcEvents) << "pruning the event log failed";
}

Result<std::vector<const EventBus::Stored *>> EventBus::replayAfter(const QString &epoch, qint64 seq,
                                                                    const QSet<QString> &topics) const
{
    if (epoch != m_epoch || seq > m_committedHead || seq + 1 < oldestKept())
        return makeError(ErrorCode::ResyncRequired, QStringLiteral("the missed events are no longer available"));
    std::vector<const Stored *> out;
    // m_recent is ordered by seq; find the first event after `seq`.
    auto it = std::lower_bound(m_recent.begin(), m_recent.end(), seq + 1,
                               [](const Stored &s, qint64 v) { return s.seq < v; });
    for (; it != m_recent.end(); ++it) {
        if (topics.contains(it->topic))
            out.push_back(&*it);
    }
    return out;
}

} // namespace spocs
