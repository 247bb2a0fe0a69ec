#include "models/LeadSnapshotModels.h"

#include "core/domain/ContactSegments.h"
#include "models/LeadText.h"
#include "models/PersonName.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <tuple>

namespace spocs {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 secondsBetween(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    return std::max<qint64>(0, from.secsTo(to));
}

// When the waiting contact's current wait began: a forwarded or reopened contact waited and was
// handled before. A contact that carries no state changes waits since it was created.
QDateTime waitStart(const QJsonObject &contact)
{
    QList<domain::Transition> transitions;
    for (const QJsonValue &v : contact.value(QStringLiteral("transitions")).toArray())
        transitions.append(domain::Transition::fromJson(v.toObject()));
    return domain::ContactSegments::of(transitions)
        .waitingSince()
        .value_or(leadtext::utcTime(contact.value(QStringLiteral("createdAt"))));
}

} // namespace

// --- QueueStatsModel ---------------------------------------------------------------------------

QueueStats QueueStats::fromJson(const QJsonObject &obj)
{
    QueueStats q;
    q.queue = str(obj, "queue");
    q.label = str(obj, "label");
    q.waiting = obj.value(QStringLiteral("waiting")).toInt();
    q.offered = obj.value(QStringLiteral("offered")).toInt();
    q.active = obj.value(QStringLiteral("active")).toInt();
    q.longestWaitSec = obj.value(QStringLiteral("longestWaitSec")).toInt();
    q.answeredToday = obj.value(QStringLiteral("answeredToday")).toInt();
    q.abandonedToday = obj.value(QStringLiteral("abandonedToday")).toInt();
    q.serviceLevelToday = leadtext::number(obj.value(QStringLiteral("serviceLevelToday")));
    q.asaSecToday = leadtext::number(obj.value(QStringLiteral("asaSecToday")));
    q.abandonRateToday = leadtext::number(obj.value(QStringLiteral("abandonRateToday")));
    return q;
}

QueueStatsModel::QueueStatsModel(QObject *parent)
    : TickingTableModel(ColumnCount, LongestWaitColumn, parent)
{ }

int QueueStatsModel::rowOf(const QString &queue) const
{
    return rowWhere([&](const QueueStats &q) { return q.queue == queue; });
}

QHash<QString, QString> QueueStatsModel::labels() const
{
    QHash<QString, QString> labels;
    for (const QueueStats &q : m_rows) {
        if (!q.label.isEmpty())
            labels.insert(q.queue, q.label);
    }
    return labels;
}

void QueueStatsModel::setQueues(const QJsonArray &queues, const QDateTime &at)
{
    m_at = at;
    if (!m_now.isValid() || m_now < at)
        m_now = at;
    mergeRows(rowsFromJson<QueueStats>(queues), [](const QueueStats &q) { return q.queue; });
    // Waits are relative to "at", so every row's wait may have moved.
    allRowsChanged();
}

int QueueStatsModel::longestWaitSec(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return 0;
    const QueueStats &q = m_rows.at(row);
    if (q.waiting + q.offered == 0)
        return 0;
    return q.longestWaitSec + int(secondsBetween(m_at, m_now));
}

QVariant QueueStatsModel::rowData(const QueueStats &q, const QModelIndex &index, int role) const
{
    const bool belowTarget = q.serviceLevelToday && *q.serviceLevelToday < m_target;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QueueColumn:
            return q.label.isEmpty() ? q.queue : q.label;
        case WaitingColumn:
            return q.waiting;
        case OfferedColumn:
            return q.offered;
        case ActiveColumn:
            return q.active;
        case LongestWaitColumn:
            return leadtext::duration(longestWaitSec(index.row()));
        case ServiceLevelColumn:
            return leadtext::percent(q.serviceLevelToday);
        case AsaColumn:
            return leadtext::duration(q.asaSecToday);
        case AbandonRateColumn:
            return leadtext::percent(q.abandonRateToday);
        case AnsweredColumn:
            return q.answeredToday;
        case AbandonedColumn:
            return q.abandonedToday;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == QueueColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                             : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        if (index.column() == ServiceLevelColumn && belowTarget)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ServiceLevelColumn)
            return tr("Answered within the target time today: %1 answered, %2 abandoned")
                .arg(q.answeredToday)
                .arg(q.abandonedToday);
        return {};
    case QueueRole:
        return q.queue;
    case WaitingRole:
        return q.waiting;
    case LongestWaitSecRole:
        return longestWaitSec(index.row());
    case BelowTargetRole:
        return belowTarget;
    }
    return {};
}

QStringList QueueStatsModel::columnTitles() const
{
    return { tr("Queue"),         tr("Waiting"), tr("Offered"),     tr("Active"),   tr("Longest wait"),
             tr("Service level"), tr("ASA"),     tr("Abandoned %"), tr("Answered"), tr("Abandoned") };
}

// --- AgentGridModel ----------------------------------------------------------------------------

AgentStatus AgentStatus::fromJson(const QJsonObject &obj)
{
    AgentStatus a;
    const QJsonObject user = obj.value(QStringLiteral("user")).toObject();
    a.userId = user.value(QStringLiteral("id")).toInteger();
    a.login = str(user, "login");
    a.name = str(user, "name");
    a.role = str(obj, "role");
    if (a.role.isEmpty())
        a.role = str(user, "role");
    a.state = str(obj, "state");
    a.reason = str(obj, "reason");
    a.since = leadtext::utcTime(obj.value(QStringLiteral("since")));
    const QJsonObject load = obj.value(QStringLiteral("load")).toObject();
    a.voiceLoad = load.value(QStringLiteral("voice")).toInt();
    a.textLoad = load.value(QStringLiteral("text")).toInt();
    for (const QJsonValue &s : obj.value(QStringLiteral("skills")).toArray()) {
        const QString code = s.isObject() ? s.toObject().value(QStringLiteral("skill")).toString() : s.toString();
        if (!code.isEmpty()) {
            a.skills.append(code);
            a.skillLevels.insert(code, s.toObject().value(QStringLiteral("level")).toInt(1));
        }
    }
    for (const QJsonValue &v : obj.value(QStringLiteral("contacts")).toArray()) {
        const QJsonObject c = v.toObject();
        Contact contact;
        contact.id = c.value(QStringLiteral("id")).toInteger();
        contact.channel = str(c, "channel");
        const QJsonObject customer = c.value(QStringLiteral("customer")).toObject();
        contact.customerId = str(customer, "id");
        contact.customerName = str(customer, "name");
        contact.reason = str(c, "reason");
        contact.state = str(c, "state");
        contact.since = leadtext::utcTime(c.value(QStringLiteral("since")));
        a.contacts.append(contact);
    }
    return a;
}

AgentGridModel::AgentGridModel(QObject *parent)
    : TickingTableModel(ColumnCount, TimeInStateColumn, parent)
{ }

int AgentGridModel::rowOfUser(qint64 userId) const
{
    return rowWhere([&](const AgentStatus &a) { return a.userId == userId; });
}

int AgentGridModel::rowOfLogin(const QString &login) const
{
    return rowWhere([&](const AgentStatus &a) { return a.login == login; });
}

void AgentGridModel::setAgents(const QJsonArray &agents)
{
    mergeRows(rowsFromJson<AgentStatus>(agents), [](const AgentStatus &a) { return a.userId; });
}

bool AgentGridModel::applyPresence(const QJsonObject &presence)
{
    const QJsonObject user = presence.value(QStringLiteral("user")).toObject();
    const int row = rowOfUser(user.value(QStringLiteral("id")).toInteger());
    if (row < 0)
        return false;
    AgentStatus &a = m_rows[row];
    a.state = str(presence, "state");
    a.reason = str(presence, "reason");
    const QDateTime since = leadtext::utcTime(presence.value(QStringLiteral("since")));
    if (since.isValid())
        a.since = since;
    rowChanged(row);
    return true;
}

QVariant AgentGridModel::rowData(const AgentStatus &a, const QModelIndex &index, int role) const
{
    const QDateTime now = currentTime();
    const qint64 inState = secondsBetween(a.since, now);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AgentColumn:
            return a.displayName();
        case StateColumn:
            return a.state; // the view shows it translated, with a coloured dot
        case TimeInStateColumn:
            return a.since.isValid() ? leadtext::duration(double(inState)) : QStringLiteral("–");
        case ContactColumn: {
            QStringList parts;
            for (const AgentStatus::Contact &c : a.contacts)
                parts.append(c.customerName.isEmpty() ? tr("#%1").arg(c.id)
                                                      : tr("%1 (#%2)").arg(c.customerName).arg(c.id));
            return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral(", "));
        }
        case ReasonColumn: {
            QStringList reasons;
            for (const AgentStatus::Contact &c : a.contacts) {
                if (!c.reason.isEmpty() && !reasons.contains(c.reason))
                    reasons.append(c.reason);
            }
            if (reasons.isEmpty() && !a.reason.isEmpty())
                return a.reason; // a break reason
            return reasons.isEmpty() ? QStringLiteral("–") : reasons.join(QStringLiteral(", "));
        }
        case LoadColumn:
            return tr("%1 voice, %2 text").arg(a.voiceLoad).arg(a.textLoad);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == AgentColumn)
            return tr("%1 (%2)").arg(a.displayName(), a.login);
        if (index.column() == ContactColumn && !a.contacts.isEmpty()) {
            QStringList lines;
            for (const AgentStatus::Contact &c : a.contacts)
                lines.append(tr("#%1 %2, %3 since %4")
                                 .arg(c.id)
                                 .arg(c.channel, c.state, leadtext::duration(double(secondsBetween(c.since, now)))));
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case UserIdRole:
        return a.userId;
    case LoginRole:
        return a.login;
    case StateRole:
        return a.state;
    case SecondsInStateRole:
        return inState;
    case ContactIdRole:
        return a.contacts.isEmpty() ? qint64(0) : a.contacts.first().id;
    }
    return {};
}

QStringList AgentGridModel::columnTitles() const
{
    return { tr("Agent"), tr("State"), tr("Time in state"), tr("Contact"), tr("Reason"), tr("Load") };
}

// --- AlertListModel ----------------------------------------------------------------------------

AlertListModel::AlertListModel(QObject *parent)
    : RowModel(parent)
{ }

int AlertListModel::rowOfKey(const QString &key) const
{
    return rowWhere([&](const QJsonObject &a) { return str(a, "key") == key; });
}

void AlertListModel::setAlerts(const QJsonArray &alerts)
{
    QList<QJsonObject> incoming;
    for (const QJsonValue &v : alerts)
        incoming.append(v.toObject());
    // Newest first; the key breaks ties so the order is stable.
    std::stable_sort(incoming.begin(), incoming.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const QString sa = str(a, "since");
        const QString sb = str(b, "since");
        return sa != sb ? sa > sb : str(a, "key") < str(b, "key");
    });
    if (incoming == m_rows)
        return;
    resetRows(incoming);
}

void AlertListModel::addAlert(const QJsonObject &alert)
{
    const int row = rowOfKey(str(alert, "key"));
    if (row >= 0) {
        m_rows[row] = alert;
        rowChanged(row);
        return;
    }
    insertRowAt(0, alert);
}

void AlertListModel::clear()
{
    clearRows();
}

void AlertListModel::setQueueLabels(const QHash<QString, QString> &labels)
{
    if (labels == m_queueLabels)
        return;
    m_queueLabels = labels;
    allRowsChanged();
}

QString AlertListModel::text(const QJsonObject &a) const
{
    const QString kind = str(a, "kind");
    const QString contact = QString::number(a.value(QStringLiteral("contact")).toInteger());
    const auto has = [&a](const char *key) {
        return a.value(QLatin1String(key)).isDouble();
    };
    const auto count = [&a](const char *key) {
        return int(a.value(QLatin1String(key)).toInteger());
    };
    const auto percent = [&a](const char *key) {
        return QLocale().toString(qRound(a.value(QLatin1String(key)).toDouble() * 100));
    };
    // A kind this desktop has no sentence for, or an alert without its values, shows the coordinator's message.
    if (kind == u"service_level" && has("level") && has("target")) {
        const QString queue = str(a, "queue");
        return tr("%1: service level today %2 % (target %3 %)")
            .arg(m_queueLabels.value(queue, queue), percent("level"), percent("target"));
    }
    if (kind == u"long_wait" && has("seconds") && has("waiting")) {
        const QString queue = str(a, "queue");
        return tr("%1: a contact has waited %2 (%n waiting)", nullptr, count("waiting"))
            .arg(m_queueLabels.value(queue, queue), leadtext::duration(double(count("seconds"))));
    }
    if (kind == u"long_contact" && has("minutes") && has("usualMinutes")) {
        // Only leads are told whose contact it is.
        if (!a.contains(QStringLiteral("customerName")))
            return tr("Contact %1 runs %n min (usually %2 min)", nullptr, count("minutes"))
                .arg(contact, QLocale().toString(count("usualMinutes")));
        return tr("Contact with %1 runs %n min (usually %2 min)", nullptr, count("minutes"))
            .arg(str(a, "customerName"), QLocale().toString(count("usualMinutes")));
    }
    if (kind == u"after_contact_work" && has("minutes"))
        return tr("%1 in after-contact work for %n min", nullptr, count("minutes"))
            .arg(personName(a.value(QStringLiteral("user")).toObject()));
    if (kind == u"follow_up_due_soon" && has("contact") && has("minutes"))
        return tr("Follow-up of contact %1 is due within %n min", nullptr, count("minutes")).arg(contact);
    if (kind == u"follow_up_overdue" && has("contact"))
        return tr("Follow-up of contact %1 is overdue").arg(contact);
    if (kind == u"follow_up_overdue_more" && has("count"))
        return tr("%n more follow-ups are overdue", nullptr, count("count"));
    const QString message = str(a, "message");
    return message.isEmpty() ? kind : message;
}

QVariant AlertListModel::rowData(const QJsonObject &a, const QModelIndex &, int role) const
{
    const bool critical = str(a, "severity") == QLatin1String("critical");
    switch (role) {
    case Qt::DisplayRole:
        return text(a);
    case Qt::ToolTipRole: {
        const QDateTime since = leadtext::utcTime(a.value(QStringLiteral("since")));
        return since.isValid() ? tr("Since %1").arg(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat))
                               : QString();
    }
    case Qt::DecorationRole:
        return critical ? QColor(0xc6, 0x28, 0x28) : QColor(0xef, 0x6c, 0x00);
    case KeyRole:
        return str(a, "key");
    case KindRole:
        return str(a, "kind");
    case SeverityRole:
        return str(a, "severity");
    case SinceRole:
        return leadtext::utcTime(a.value(QStringLiteral("since")));
    case QueueRole:
        return str(a, "queue");
    case ContactRole:
        return a.value(QStringLiteral("contact")).toInteger();
    case UserLoginRole:
        return a.value(QStringLiteral("user")).toObject().value(QStringLiteral("login")).toString();
    }
    return {};
}

// --- WaitingContactModel -----------------------------------------------------------------------

WaitingContactModel::WaitingContactModel(QObject *parent)
    : TickingTableModel(ColumnCount, WaitColumn, parent)
{ }

bool WaitingContactModel::isWaiting(const QJsonObject &contact)
{
    const QString state = str(contact, "state");
    return state == QLatin1String("queued") || state == QLatin1String("offered");
}

qint64 WaitingContactModel::contactIdAt(int row) const
{
    return m_rows.value(row).value(QStringLiteral("id")).toInteger();
}

int WaitingContactModel::rowOfContact(qint64 id) const
{
    return rowWhere([&](const QJsonObject &c) { return c.value(QStringLiteral("id")).toInteger() == id; });
}

void WaitingContactModel::applyContact(const QJsonObject &contact)
{
    const qint64 id = contact.value(QStringLiteral("id")).toInteger();
    if (id <= 0)
        return;
    const int row = rowOfContact(id);
    if (!isWaiting(contact)) {
        if (row >= 0) {
            removeRowAt(row);
        }
        m_waitStart.remove(id);
        return;
    }
    // Higher priority (VIP, at risk, urgent reasons) first, as routing offers them, then the longest
    // current wait: a forwarded or reopened contact sorts by when it began waiting again.
    const auto key = [this](const QJsonObject &c) {
        const qint64 contactId = c.value(QStringLiteral("id")).toInteger();
        return std::tuple(-c.value(QStringLiteral("priority")).toInteger(), m_waitStart.value(contactId), contactId);
    };
    if (row >= 0) {
        const auto was = key(m_rows.at(row));
        m_waitStart.insert(id, waitStart(contact));
        if (key(contact) == was) {
            m_rows[row] = contact;
            rowChanged(row);
            return;
        }
        removeRowAt(row); // its place changed
    } else {
        m_waitStart.insert(id, waitStart(contact));
    }
    const auto newKey = key(contact);
    int at = int(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        if (newKey < key(m_rows.at(i))) {
            at = i;
            break;
        }
    }
    insertRowAt(at, contact);
}

void WaitingContactModel::setContacts(const QJsonArray &contacts)
{
    resetRows({});
    m_waitStart.clear();
    for (const QJsonValue &v : contacts)
        applyContact(v.toObject());
}

QVariant WaitingContactModel::rowData(const QJsonObject &c, const QModelIndex &index, int role) const
{
    const QDateTime now = currentTime();
    const qint64 waited = secondsBetween(m_waitStart.value(c.value(QStringLiteral("id")).toInteger()), now);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CustomerColumn: {
            const QJsonObject customer = c.value(QStringLiteral("customer")).toObject();
            const QString name = personName(customer);
            const QString who = name.isEmpty() ? str(customer, "id") : name;
            // Only leads are told whose contact it is.
            if (who.isEmpty())
                return tr("#%1").arg(contactIdAt(index.row()));
            return tr("%1 (#%2)").arg(who).arg(contactIdAt(index.row()));
        }
        case QueueColumn: {
            QString queue = str(c, "queue");
            if (queue.isEmpty())
                queue = QStringLiteral("general");
            return m_queueLabels.value(queue, queue);
        }
        case PriorityColumn: {
            const qint64 priority = c.value(QStringLiteral("priority")).toInteger();
            return priority > 0 ? tr("+%1").arg(priority) : QStringLiteral("–");
        }
        case ChannelColumn:
            return str(c, "channel");
        case WaitColumn:
            return leadtext::duration(double(waited));
        case OfferedToColumn: {
            const QJsonObject to = c.value(QStringLiteral("offeredTo")).toObject();
            return to.isEmpty() ? QStringLiteral("–") : personName(to);
        }
        }
        return {};
    case ContactIdRole:
        return contactIdAt(index.row());
    case StateRole:
        return str(c, "state");
    case WaitSecRole:
        return waited;
    case PriorityRole:
        return c.value(QStringLiteral("priority")).toInteger();
    case Qt::ToolTipRole:
        if (index.column() == PriorityColumn)
            return tr("Offered before callers with a lower priority: VIP +2, at risk +1, urgent reason +1");
        return {};
    }
    return {};
}

void WaitingContactModel::setQueueLabels(const QHash<QString, QString> &labels)
{
    if (labels == m_queueLabels)
        return;
    m_queueLabels = labels;
    columnChanged(QueueColumn);
}

QStringList WaitingContactModel::columnTitles() const
{
    return { tr("Waiting contact"), tr("Priority"), tr("Queue"), tr("Channel"), tr("Waiting for"), tr("Offered to") };
}

} // namespace spocs
