#include "models/ActiveContact.h"

#include "core/Ops.h"
#include "models/CommerceData.h"
#include "models/WireText.h"

#include <QCoreApplication>

namespace spocs {

QString channelText(const QString &wireName)
{
    static constexpr WireText texts[] = {
        { "phone", QT_TRANSLATE_NOOP("ContactText", "Phone") },
        { "email", QT_TRANSLATE_NOOP("ContactText", "Email") },
        { "chat", QT_TRANSLATE_NOOP("ContactText", "Chat") },
    };
    return wireText("ContactText", texts, wireName);
}

QString taskKindText(const QString &wireName)
{
    static constexpr WireText texts[] = {
        { "availability_price", QT_TRANSLATE_NOOP("ContactText", "Availability and price") },
        { "place_order", QT_TRANSLATE_NOOP("ContactText", "Place an order") },
        { "change_order", QT_TRANSLATE_NOOP("ContactText", "Change an order") },
        { "cancel_order", QT_TRANSLATE_NOOP("ContactText", "Cancel an order") },
        { "order_status", QT_TRANSLATE_NOOP("ContactText", "Order status") },
        { "billing_question", QT_TRANSLATE_NOOP("ContactText", "Billing question") },
        { "account_change", QT_TRANSLATE_NOOP("ContactText", "Account set-up or change") },
        { "specialist_request", QT_TRANSLATE_NOOP("ContactText", "Specialist request") },
        { "other", QT_TRANSLATE_NOOP("ContactText", "Other") },
    };
    return wireText("ContactText", texts, wireName);
}

QString contactStateText(const QString &wireName)
{
    static constexpr WireText texts[] = {
        { "queued", QT_TRANSLATE_NOOP("ContactText", "Waiting in the queue") },
        { "offered", QT_TRANSLATE_NOOP("ContactText", "Offered") },
        { "active", QT_TRANSLATE_NOOP("ContactText", "Active") },
        { "after_contact_work", QT_TRANSLATE_NOOP("ContactText", "After-contact work") },
        { "closed", QT_TRANSLATE_NOOP("ContactText", "Closed") },
    };
    return wireText("ContactText", texts, wireName);
}

QString outcomeText(const QString &wireName)
{
    static constexpr WireText texts[] = {
        { "resolved", QT_TRANSLATE_NOOP("ContactText", "Resolved on this contact") },
        { "follow_up", QT_TRANSLATE_NOOP("ContactText", "Follow-up") },
    };
    return wireText("ContactText", texts, wireName);
}

// --- ContactTaskModel

ContactTaskModel::ContactTaskModel(QObject *parent)
    : RowModel(parent)
{ }

void ContactTaskModel::setTasks(const QJsonArray &tasks, bool editable)
{
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue &v : tasks) {
        const QJsonObject o = v.toObject();
        m_rows.append(Task { o.value(QStringLiteral("id")).toInteger(), o.value(QStringLiteral("kind")).toString(),
                             o.value(QStringLiteral("resolved")).toBool() });
    }
    m_editable = editable;
    endResetModel();
}

int ContactTaskModel::openCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Task &t) { return !t.resolved; }));
}

QVariant ContactTaskModel::rowData(const ContactTaskRow &t, const QModelIndex &, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return taskKindText(t.kind);
    case Qt::CheckStateRole:
        return t.resolved ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return t.resolved ? tr("Resolved") : tr("Open: check when done");
    case TaskIdRole:
        return t.id;
    case KindRole:
        return t.kind;
    case ResolvedRole:
        return t.resolved;
    default:
        return {};
    }
}

bool ContactTaskModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::CheckStateRole || !m_editable)
        return false;
    const Task &t = m_rows.at(index.row());
    // Only open → resolved exists on the wire; the row changes when the server confirms.
    if (!t.resolved && value.value<Qt::CheckState>() == Qt::Checked)
        Q_EMIT resolveRequested(t.id);
    return false;
}

Qt::ItemFlags ContactTaskModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_editable && !m_rows.at(index.row()).resolved)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

// --- ActiveContact

ActiveContact::ActiveContact(QObject *parent)
    : QObject(parent)
    , m_tasks(new ContactTaskModel(this))
{ }

void ActiveContact::setContact(const QJsonObject &contact)
{
    const qint64 newId = contact.value(QStringLiteral("id")).toInteger();
    const bool switched = newId != id();
    if (!switched && contact.value(QStringLiteral("version")).toInteger() < version())
        return; // an older answer arriving after a newer event
    if (!switched && contact == m_contact)
        return; // the same news twice (the answer and its event, or two topics)
    m_contact = contact;
    if (switched)
        m_notesDraft.reset();
    m_tasks->setTasks(contact.value(QStringLiteral("tasks")).toArray(), isActive() && isMine());
    Q_EMIT contactChanged();
    if (switched)
        Q_EMIT currentChanged(newId);
}

void ActiveContact::clear()
{
    if (m_contact.isEmpty())
        return;
    m_contact = {};
    m_notesDraft.reset();
    m_tasks->setTasks({}, false);
    Q_EMIT contactChanged();
    Q_EMIT currentChanged(0);
}

std::optional<QString> ActiveContact::unsavedNotes() const
{
    if (!m_notesDraft || *m_notesDraft == notes())
        return std::nullopt;
    return m_notesDraft;
}

bool ActiveContact::handleEvent(const protocol::Event &event)
{
    if (isEmpty() || event.kind != QStringView(event::ContactUpdated))
        return false;
    const QJsonObject contact = event.data.value(QStringLiteral("contact")).toObject();
    if (contact.value(QStringLiteral("id")).toInteger() != id())
        return false;
    setContact(contact);
    return true;
}

qint64 ActiveContact::id() const
{
    return m_contact.value(QStringLiteral("id")).toInteger();
}

qint64 ActiveContact::version() const
{
    return m_contact.value(QStringLiteral("version")).toInteger();
}

QString ActiveContact::state() const
{
    return m_contact.value(QStringLiteral("state")).toString();
}

QString ActiveContact::channel() const
{
    return m_contact.value(QStringLiteral("channel")).toString();
}

QString ActiveContact::customerId() const
{
    return m_contact.value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")).toString();
}

QString ActiveContact::customerName() const
{
    return m_contact.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString();
}

qint64 ActiveContact::ownerId() const
{
    return m_contact.value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toInteger();
}

QString ActiveContact::notes() const
{
    return m_contact.value(QStringLiteral("notes")).toString();
}

QStringList ActiveContact::reasons() const
{
    QStringList out;
    for (const QJsonValue &v : m_contact.value(QStringLiteral("reasons")).toArray())
        out.append(v.toString());
    return out;
}

QString ActiveContact::outcome() const
{
    return m_contact.value(QStringLiteral("outcome")).toString();
}

QJsonArray ActiveContact::participants() const
{
    return m_contact.value(QStringLiteral("participants")).toArray();
}

QJsonObject ActiveContact::followUp() const
{
    return m_contact.value(QStringLiteral("followUp")).toObject();
}

QDateTime ActiveContact::activeSince() const
{
    const QDateTime answered = wireTime(m_contact.value(QStringLiteral("answeredAt")).toString());
    if (answered.isValid())
        return answered;
    const QJsonArray transitions = m_contact.value(QStringLiteral("transitions")).toArray();
    for (qsizetype i = transitions.size() - 1; i >= 0; --i) {
        const QJsonObject t = transitions.at(i).toObject();
        if (t.value(QStringLiteral("state")).toString() == u"active")
            return wireTime(t.value(QStringLiteral("at")).toString());
    }
    return wireTime(m_contact.value(QStringLiteral("createdAt")).toString());
}

QDateTime ActiveContact::closedAt() const
{
    return wireTime(m_contact.value(QStringLiteral("closedAt")).toString());
}

qint64 ActiveContact::handledSeconds() const
{
    const QDateTime since = activeSince();
    if (!since.isValid())
        return 0;
    const QDateTime closed = closedAt();
    const QDateTime until = isClosed() && closed.isValid() ? closed : now();
    return qMax<qint64>(0, since.secsTo(until));
}

} // namespace spocs
