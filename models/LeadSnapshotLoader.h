#pragma once

#include "core/Protocol.h"
#include "core/Result.h"
#include "models/LeadSnapshotModels.h"
#include "models/SharedLookup.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QTimer;

namespace spocs {

class Connection;

// Feeds the floor view: follows the "queue" and "presence" topics and asks for lead.snapshot at
// most DebounceMs after a change (one request in flight at a time), and ticks every second so
// times in state and waits grow.
class LeadSnapshotLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 200;
    static constexpr int RefreshMs = 15000; // a full refresh even when nothing was announced

    explicit LeadSnapshotLoader(QObject *parent = nullptr);
    ~LeadSnapshotLoader() override;

    void setConnection(Connection *connection);
    // Starts following and loading (when connected); stop() unsubscribes.
    void start();
    void stop();
    // Ask for a snapshot soon (debounced).
    void scheduleRefresh();
    void refreshNow();

    // The lead's floor actions; the floor refreshes after each. contact.assign offers a waiting
    // contact to an agent; presence.setFor sets an agent's state.
    void assignContact(qint64 contactId, qint64 userId, QObject *context, WriteDone done);
    void setAgentState(qint64 userId, const QString &state, const QString &reason, QObject *context, WriteDone done);

    // Applies a lead.snapshot answer (tests feed JSON directly).
    void applySnapshot(const QJsonObject &snapshot);
    void applyEvent(const protocol::Event &event);
    void tick(const QDateTime &now);

    QueueStatsModel *queues() const { return m_queues; }
    AgentGridModel *agents() const { return m_agents; }
    AlertListModel *alerts() const { return m_alerts; }
    WaitingContactModel *waiting() const { return m_waiting; }
    QJsonObject lastSnapshot() const { return m_last; }
    int snapshotsApplied() const { return m_applied; }
    int serviceLevelSeconds() const { return m_slSeconds; }
    double serviceLevelTarget() const { return m_slTarget; }
    // The day the queues' today figures count and its time zone (the coordinator's UTC day, not
    // necessarily the lead's own); invalid and empty until a snapshot names them.
    QDate day() const { return m_day; }
    QString dayZone() const { return m_dayZone; }

Q_SIGNALS:
    void snapshotApplied();
    void loadFailed(const spocs::Error &error);
    // An alert.raised event, announced once the first snapshot has named the queues (its text
    // reads with them); an alert the snapshot no longer lists is not announced.
    void alertRaised(const QJsonObject &alert);

private:
    void onStateChanged();
    void announceHeldAlerts();

    QPointer<Connection> m_connection;
    QueueStatsModel *m_queues = nullptr;
    AgentGridModel *m_agents = nullptr;
    AlertListModel *m_alerts = nullptr;
    WaitingContactModel *m_waiting = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_refresh = nullptr;
    QJsonObject m_last;
    QList<QJsonObject> m_heldAlerts; // raised before the first snapshot
    bool m_started = false;
    bool m_inFlight = false;
    bool m_dirty = false;
    int m_applied = 0;
    int m_slSeconds = 20;
    double m_slTarget = 0.8;
    QDate m_day;
    QString m_dayZone;
};

} // namespace spocs
