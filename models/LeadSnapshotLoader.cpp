#include "models/LeadSnapshotLoader.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/LeadText.h"
#include "models/ModelsLog.h"
#include "models/PresenceDirectory.h"

#include <QTimer>

#include <utility>

namespace spocs {

namespace {

QString queueTopic()
{
    return QStringLiteral("queue");
}

} // namespace

LeadSnapshotLoader::LeadSnapshotLoader(QObject *parent)
    : QObject(parent)
    , m_queues(new QueueStatsModel(this))
    , m_agents(new AgentGridModel(this))
    , m_alerts(new AlertListModel(this))
    , m_waiting(new WaitingContactModel(this))
    , m_debounce(new QTimer(this))
    , m_tick(new QTimer(this))
    , m_refresh(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &LeadSnapshotLoader::refreshNow);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this,
            [this] { tick(m_connection ? m_connection->serverNow() : QDateTime::currentDateTimeUtc()); });
    m_refresh->setInterval(RefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &LeadSnapshotLoader::scheduleRefresh);
}

LeadSnapshotLoader::~LeadSnapshotLoader() = default;

void LeadSnapshotLoader::setConnection(Connection *connection)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    if (!connection)
        return;
    connect(connection, &Connection::eventReceived, this, &LeadSnapshotLoader::applyEvent);
    connect(connection, &Connection::stateChanged, this, &LeadSnapshotLoader::onStateChanged);
    connect(connection, &Connection::resyncRequired, this, &LeadSnapshotLoader::scheduleRefresh);
}

void LeadSnapshotLoader::start()
{
    m_started = true;
    m_tick->start();
    m_refresh->start();
    if (m_connection) {
        m_connection->subscribe(queueTopic());
        m_connection->subscribe(protocol::presenceTopic());
    }
    onStateChanged();
}

void LeadSnapshotLoader::stop()
{
    m_started = false;
    m_tick->stop();
    m_refresh->stop();
    m_debounce->stop();
    // "presence" stays: the customer page follows it too.
    if (m_connection)
        m_connection->unsubscribe(queueTopic());
}

void LeadSnapshotLoader::onStateChanged()
{
    if (m_started && m_connection && m_connection->state() == Connection::State::Connected)
        refreshNow();
}

void LeadSnapshotLoader::scheduleRefresh()
{
    // Not restarted by later events: a busy floor still refreshes every DebounceMs.
    if (m_started && !m_debounce->isActive())
        m_debounce->start();
}

void LeadSnapshotLoader::refreshNow()
{
    m_debounce->stop();
    if (!m_connection || m_connection->state() != Connection::State::Connected)
        return;
    if (m_inFlight) {
        m_dirty = true; // asked again as soon as this answer is in
        return;
    }
    m_inFlight = true;
    m_dirty = false;
    // Nobody asked for this refresh: it must not keep the lead's idle session alive.
    m_connection->requestAutomatic(QString::fromUtf16(op::LeadSnapshot), {}, this, [this](const Reply &reply) {
        m_inFlight = false;
        if (reply.ok) {
            applySnapshot(reply.data);
        } else {
            qCInfo(lcModels) << "lead.snapshot failed:" << errorCodeName(reply.error.code);
            Q_EMIT loadFailed(reply.error);
            announceHeldAlerts(); // with the codes: better than never
        }
        if (m_dirty)
            scheduleRefresh();
    });
}

void LeadSnapshotLoader::assignContact(qint64 contactId, qint64 userId, QObject *context, WriteDone done)
{
    if (!m_connection) {
        done(makeError(ErrorCode::Unavailable, QStringLiteral("offline")));
        return;
    }
    QPointer<LeadSnapshotLoader> self(this);
    m_connection->write(QString::fromUtf16(op::ContactAssign),
                        QJsonObject { { QStringLiteral("id"), contactId }, { QStringLiteral("to"), userId } }, context,
                        [self, done](const Reply &reply) {
                            if (self)
                                self->scheduleRefresh();
                            if (reply.ok)
                                done(reply.data);
                            else
                                done(reply.error);
                        });
}

void LeadSnapshotLoader::setAgentState(qint64 userId, const QString &state, const QString &reason, QObject *context,
                                       WriteDone done)
{
    PresenceDirectory *presence = PresenceDirectory::of(m_connection);
    if (!presence) {
        done(makeError(ErrorCode::Unavailable, QStringLiteral("offline")));
        return;
    }
    QPointer<LeadSnapshotLoader> self(this);
    presence->setStateFor(userId, state, reason, context, [self, done](const Result<QJsonObject> &result) {
        if (self)
            self->scheduleRefresh();
        done(result);
    });
}

void LeadSnapshotLoader::applySnapshot(const QJsonObject &snapshot)
{
    m_last = snapshot;
    QDateTime at = leadtext::utcTime(snapshot.value(QStringLiteral("at")));
    if (!at.isValid())
        at = QDateTime::currentDateTimeUtc();
    const QJsonObject sl = snapshot.value(QStringLiteral("serviceLevel")).toObject();
    m_slSeconds = sl.value(QStringLiteral("seconds")).toInt(20);
    m_slTarget = sl.value(QStringLiteral("target")).toDouble(0.8);
    m_day = QDate::fromString(snapshot.value(QStringLiteral("day")).toString(), Qt::ISODate);
    m_dayZone = m_day.isValid() ? snapshot.value(QStringLiteral("dayZone")).toString() : QString();
    m_queues->setServiceLevelTarget(m_slTarget);
    m_queues->setQueues(snapshot.value(QStringLiteral("queues")).toArray(), at);
    m_waiting->setQueueLabels(m_queues->labels());
    m_alerts->setQueueLabels(m_queues->labels());
    m_agents->setAgents(snapshot.value(QStringLiteral("agents")).toArray());
    m_alerts->setAlerts(snapshot.value(QStringLiteral("alerts")).toArray());
    // The contract's snapshot has no list of waiting contacts; use one when the server sends it.
    if (snapshot.contains(QStringLiteral("waiting")))
        m_waiting->setContacts(snapshot.value(QStringLiteral("waiting")).toArray());
    ++m_applied;
    Q_EMIT snapshotApplied();
    announceHeldAlerts();
}

void LeadSnapshotLoader::announceHeldAlerts()
{
    const QList<QJsonObject> held = std::exchange(m_heldAlerts, {});
    for (const QJsonObject &alert : held) {
        const int row = m_alerts->rowOfKey(alert.value(QStringLiteral("key")).toString());
        if (row >= 0)
            Q_EMIT alertRaised(m_alerts->alertAt(row));
    }
}

void LeadSnapshotLoader::applyEvent(const protocol::Event &event)
{
    if (event.topic == queueTopic()) {
        if (event.kind == QStringView(event::QueueChanged))
            m_waiting->applyContact(event.data.value(QStringLiteral("contact")).toObject());
        if (event.kind == QStringView(event::AlertRaised)) {
            const QJsonObject alert = event.data.value(QStringLiteral("alert")).toObject();
            m_alerts->addAlert(alert);
            // Before the first snapshot no queue has its name yet: a service-level alert would
            // be announced with the queue's code. The list shows it at once and renames it then.
            if (m_applied == 0) {
                const QString key = alert.value(QStringLiteral("key")).toString();
                m_heldAlerts.removeIf(
                    [&](const QJsonObject &held) { return held.value(QStringLiteral("key")).toString() == key; });
                m_heldAlerts.append(alert);
            } else {
                Q_EMIT alertRaised(alert);
            }
        }
        scheduleRefresh();
    } else if (event.topic == protocol::presenceTopic()) {
        if (event.kind == QStringView(event::PresenceChanged))
            m_agents->applyPresence(event.data);
        scheduleRefresh();
    }
}

void LeadSnapshotLoader::tick(const QDateTime &now)
{
    m_queues->setNow(now);
    m_agents->setNow(now);
    m_waiting->setNow(now);
}

} // namespace spocs