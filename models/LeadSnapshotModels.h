#pragma once

#include "models/RowModel.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace spocs {

// One queue row of lead.snapshot.
struct QueueStats
{
    QString queue;
    QString label;
    int waiting = 0;
    int offered = 0;
    int active = 0;
    int longestWaitSec = 0; // as of the snapshot's "at"
    int answeredToday = 0;
    int abandonedToday = 0;
    std::optional<double> serviceLevelToday;
    std::optional<double> asaSecToday;
    std::optional<double> abandonRateToday;

    static QueueStats fromJson(const QJsonObject &obj);
    bool operator==(const QueueStats &) const = default;
};

// A RowTableModel with one column that shows time passing (a wait, a time in state): the 1 s
// tick's setNow() moves the clock and refreshes that column. Tests set a fixed time; an invalid
// one (the default) means the current time.
template<typename Row> class TickingTableModel : public RowTableModel<Row>
{
public:
    TickingTableModel(int columns, int tickingColumn, QObject *parent)
        : RowTableModel<Row>(columns, parent)
        , m_tickingColumn(tickingColumn)
    { }

    void setNow(const QDateTime &now)
    {
        m_now = now;
        this->columnChanged(m_tickingColumn);
    }
    void clear() { this->clearRows(); }

protected:
    QDateTime currentTime() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }

    QDateTime m_now;

private:
    int m_tickingColumn;
};

// Per-queue live figures: waiting, longest wait (ticking), service level, ASA and abandonment today.
class QueueStatsModel : public TickingTableModel<QueueStats>
{
    Q_OBJECT

public:
    enum Column {
        QueueColumn,
        WaitingColumn,
        OfferedColumn,
        ActiveColumn,
        LongestWaitColumn,
        ServiceLevelColumn,
        AsaColumn,
        AbandonRateColumn,
        AnsweredColumn,
        AbandonedColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        QueueRole = Qt::UserRole + 1, // the queue's code
        WaitingRole,
        LongestWaitSecRole, // includes the time since the snapshot
        BelowTargetRole, // service level today below the target
    };
    Q_ENUM(Role)

    explicit QueueStatsModel(QObject *parent = nullptr);

    // Rows are matched by queue code: a known queue is updated in place (selection stays).
    void setQueues(const QJsonArray &queues, const QDateTime &at);
    void setServiceLevelTarget(double target) { m_target = target; }

    QueueStats queueAt(int row) const { return m_rows.value(row); }
    // Each queue's code with the name users know it by.
    QHash<QString, QString> labels() const;
    int rowOf(const QString &queue) const;
    int longestWaitSec(int row) const;

private:
    QVariant rowData(const QueueStats &q, const QModelIndex &index, int role) const override;
    QStringList columnTitles() const override;
    QDateTime m_at;
    double m_target = 0.8;
};

// One agent of lead.snapshot (the contacts they work on included).
struct AgentStatus
{
    struct Contact
    {
        qint64 id = 0;
        QString channel;
        QString customerId;
        QString customerName;
        QString reason;
        QString state;
        QDateTime since;
        bool operator==(const Contact &) const = default;
    };
    qint64 userId = 0;
    QString login;
    QString name;
    QString role;
    QString state;
    QString reason;
    QDateTime since;
    int voiceLoad = 0;
    int textLoad = 0;
    QStringList skills;
    QHash<QString, int> skillLevels; // skill code -> level 1..5
    QList<Contact> contacts;

    QString displayName() const { return name.isEmpty() ? login : name; }
    static AgentStatus fromJson(const QJsonObject &obj);
    bool operator==(const AgentStatus &) const = default;
};

// The agents grid: state, time in state (ticking), current contact and its reason.
class AgentGridModel : public TickingTableModel<AgentStatus>
{
    Q_OBJECT

public:
    enum Column { AgentColumn, StateColumn, TimeInStateColumn, ContactColumn, ReasonColumn, LoadColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        UserIdRole = Qt::UserRole + 1,
        LoginRole,
        StateRole, // wire name: available, on_contact, ...
        SecondsInStateRole,
        ContactIdRole, // the first contact, 0 when none
    };
    Q_ENUM(Role)

    explicit AgentGridModel(QObject *parent = nullptr);

    void setAgents(const QJsonArray &agents);
    // A presence.changed event: state and time in state change at once, before the next snapshot.
    bool applyPresence(const QJsonObject &presence);

    AgentStatus agentAt(int row) const { return m_rows.value(row); }
    int rowOfUser(qint64 userId) const;
    int rowOfLogin(const QString &login) const;

private:
    QVariant rowData(const AgentStatus &a, const QModelIndex &index, int role) const override;
    QStringList columnTitles() const override;
};

// Alerts: service-level breach, long contact, after-contact work, overdue follow-up. Newest first.
class AlertListModel : public RowListModel<QJsonObject>
{
    Q_OBJECT

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        KindRole,
        SeverityRole,
        SinceRole,
        QueueRole,
        ContactRole,
        UserLoginRole,
    };
    Q_ENUM(Role)

    explicit AlertListModel(QObject *parent = nullptr);

    void setAlerts(const QJsonArray &alerts);
    // An alert.raised event: shown at once (the next snapshot confirms or drops it).
    void addAlert(const QJsonObject &alert);
    void clear();
    // The names the alerts show for queue codes (QueueStatsModel::labels()).
    void setQueueLabels(const QHash<QString, QString> &labels);

    QJsonObject alertAt(int row) const { return m_rows.value(row); }
    int rowOfKey(const QString &key) const;
    // What the alert says, in the user's language from its kind and fields; the coordinator's
    // English message for a kind this desktop does not know.
    QString text(const QJsonObject &alert) const;

private:
    QVariant rowData(const QJsonObject &a, const QModelIndex &index, int role) const override;

    QHash<QString, QString> m_queueLabels;
};

// Contacts waiting (queued or offered), so a lead can move one to an agent. Taken from the snapshot
// when it lists them, and kept current from queue.changed events.
class WaitingContactModel : public TickingTableModel<QJsonObject>
{
    Q_OBJECT

public:
    enum Column {
        CustomerColumn,
        PriorityColumn,
        QueueColumn,
        ChannelColumn,
        WaitColumn,
        OfferedToColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        ContactIdRole = Qt::UserRole + 1,
        StateRole,
        WaitSecRole,
        PriorityRole,
    };
    Q_ENUM(Role)

    explicit WaitingContactModel(QObject *parent = nullptr);

    // A Contact from queue.changed: added or updated while queued/offered, removed otherwise.
    void applyContact(const QJsonObject &contact);
    // Replaces the list (a snapshot that lists the waiting contacts).
    void setContacts(const QJsonArray &contacts);
    // The names the queue column shows for the queue codes contacts carry (QueueStatsModel::labels()).
    void setQueueLabels(const QHash<QString, QString> &labels);

    QJsonObject contactAt(int row) const { return m_rows.value(row); }
    qint64 contactIdAt(int row) const;
    int rowOfContact(qint64 id) const;

private:
    QVariant rowData(const QJsonObject &c, const QModelIndex &index, int role) const override;
    QStringList columnTitles() const override;
    static bool isWaiting(const QJsonObject &contact);

    QHash<QString, QString> m_queueLabels;
    // When each listed contact's current wait began, worked out once from its state changes as it
    // arrives, not on every paint of the ticking wait column.
    QHash<qint64, QDateTime> m_waitStart;
};

} // namespace spocs
