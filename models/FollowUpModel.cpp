#include "models/FollowUpModel.h"

#include "core/Ops.h"
#include "models/CommerceData.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace spocs {

namespace {

QDateTime parseDue(const QString &text, bool *isDate)
{
    *isDate = false;
    if (!text.contains(u'T')) {
        // A date means the end of that day, UTC (Qt would read it as local midnight).
        const QDate d = QDate::fromString(text.left(10), Qt::ISODate);
        if (!d.isValid())
            return {};
        *isDate = true;
        return QDateTime(d, QTime(23, 59, 59, 999), Qt::UTC);
    }
    return wireTime(text);
}

} // namespace

FollowUpModel::FollowUpModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{ }

void FollowUpModel::setNow(const QDateTime &now)
{
    m_now = now;
}

QDateTime FollowUpModel::now() const
{
    if (m_now.isValid())
        return m_now;
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void FollowUpModel::setReasonLabeler(std::function<QString(const QString &)> labeler)
{
    m_labeler = std::move(labeler);
    columnChanged(ReasonColumn);
}

FollowUpModel::Item FollowUpModel::fromJson(const QJsonObject &o)
{
    Item item;
    item.json = o;
    const QJsonValue contact = o.value(QStringLiteral("contact"));
    if (contact.isObject()) {
        const QJsonObject c = contact.toObject();
        item.contactId = c.value(QStringLiteral("id")).toInteger();
        item.channel = c.value(QStringLiteral("channel")).toString();
        const QJsonObject customer = c.value(QStringLiteral("customer")).toObject();
        item.customerId = customer.value(QStringLiteral("id")).toString();
        item.customerName = customer.value(QStringLiteral("name")).toString();
        for (const QJsonValue &r : c.value(QStringLiteral("reasons")).toArray())
            item.reasons.append(r.isObject() ? r.toObject().value(QStringLiteral("code")).toString() : r.toString());
    } else {
        item.contactId = contact.toInteger();
    }
    if (item.contactId == 0)
        item.contactId = o.value(QStringLiteral("contactId")).toInteger();
    item.due = parseDue(o.value(QStringLiteral("due")).toString(), &item.dueIsDate);
    const QString done = o.value(QStringLiteral("doneAt")).toString();
    if (!done.isEmpty()) {
        bool ignored = false;
        item.doneAt = parseDue(done, &ignored);
    }
    item.serverDueSoon = o.value(QStringLiteral("dueSoon")).toBool();
    item.serverOverdue = o.value(QStringLiteral("overdue")).toBool();
    item.updates = o.value(QStringLiteral("updates")).toArray();
    return item;
}

FollowUpModel::Status FollowUpModel::statusOf(const Item &item) const
{
    if (item.doneAt.isValid())
        return Status::Done;
    const QDateTime t = now();
    if (item.serverOverdue || (item.due.isValid() && item.due <= t))
        return Status::Overdue;
    if (item.serverDueSoon
        || (m_warningMinutes > 0 && item.due.isValid() && t.secsTo(item.due) <= qint64(m_warningMinutes) * 60))
        return Status::DueSoon;
    return Status::Open;
}

void FollowUpModel::sort()
{
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Item &a, const Item &b) {
        if (a.due != b.due)
            return a.due < b.due;
        return a.contactId < b.contactId;
    });
}

void FollowUpModel::setFollowUps(const QJsonArray &followUps)
{
    beginResetModel();
    m_rows.clear();
    m_lastStatus.clear();
    for (const QJsonValue &v : followUps) {
        Item item = fromJson(v.toObject());
        if (item.contactId == 0 || (item.doneAt.isValid() && !m_showDone))
            continue;
        m_rows.append(item);
    }
    sort();
    for (const Item &item : std::as_const(m_rows))
        m_lastStatus.insert(item.contactId, statusOf(item));
    endResetModel();
}

void FollowUpModel::upsert(const QJsonObject &followUp)
{
    Item item = fromJson(followUp);
    if (item.contactId == 0)
        return;
    const int row = rowForContact(item.contactId);
    if (row >= 0) {
        const Item &old = m_rows.at(row);
        // Events may carry less than the list did (no customer, no reasons): keep what we knew.
        if (item.customerName.isEmpty()) {
            item.customerName = old.customerName;
            item.customerId = old.customerId;
            item.channel = old.channel;
        }
        if (item.reasons.isEmpty())
            item.reasons = old.reasons;
        if (!followUp.contains(QStringLiteral("updates")))
            item.updates = old.updates;
        item.serverDueSoon = item.serverDueSoon || (old.serverDueSoon && item.due == old.due);
        removeRowAt(row);
    }
    if (item.doneAt.isValid() && !m_showDone) {
        m_lastStatus.remove(item.contactId);
        return;
    }
    auto it = std::upper_bound(m_rows.begin(), m_rows.end(), item, [](const Item &a, const Item &b) {
        if (a.due != b.due)
            return a.due < b.due;
        return a.contactId < b.contactId;
    });
    insertRowAt(int(it - m_rows.begin()), item);
    const Status status = statusOf(item);
    const Status before = m_lastStatus.value(item.contactId, Status::Open);
    m_lastStatus.insert(item.contactId, status);
    if (status != before)
        announce(item.contactId, status, item.customerName);
}

void FollowUpModel::announce(qint64 contactId, Status status, const QString &customerName)
{
    if (status != Status::DueSoon && status != Status::Overdue)
        return;
    const QPair<qint64, bool> key { contactId, status == Status::Overdue };
    if (m_announced.contains(key))
        return;
    m_announced.insert(key);
    Q_EMIT warning(contactId, key.second, customerName);
}

bool FollowUpModel::handleEvent(const protocol::Event &event)
{
    return handleEvent(event.kind, event.data);
}

bool FollowUpModel::handleEvent(const QString &kind, const QJsonObject &data)
{
    if (kind == QStringView(event::FollowUpUpdated)) {
        upsert(data.value(QStringLiteral("followUp")).toObject());
        return true;
    }
    if (kind == QStringView(event::FollowUpDue)) {
        QJsonObject f = data.value(QStringLiteral("followUp")).toObject();
        // The warning itself is the news: mark it, whatever the follow-up's own flags say.
        if (data.value(QStringLiteral("overdue")).toBool())
            f.insert(QStringLiteral("overdue"), true);
        else
            f.insert(QStringLiteral("dueSoon"), true);
        upsert(f);
        // The coordinator sends each warning once: say it even if the list already showed it.
        const qint64 id = fromJson(f).contactId;
        if (const int row = rowForContact(id); row >= 0)
            announce(id, statusAt(row), m_rows.at(row).customerName);
        return true;
    }
    return false;
}

void FollowUpModel::tick()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const Item &item = m_rows.at(row);
        const Status status = statusOf(item);
        const Status before = m_lastStatus.value(item.contactId, Status::Open);
        if (status == before)
            continue;
        m_lastStatus.insert(item.contactId, status);
        rowChanged(row);
        announce(item.contactId, status, item.customerName);
    }
}

void FollowUpModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_lastStatus.clear();
    m_announced.clear();
    endResetModel();
}

int FollowUpModel::rowForContact(qint64 contactId) const
{
    return rowWhere([&](const Item &item) { return item.contactId == contactId; });
}

FollowUpModel::Status FollowUpModel::statusAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? statusOf(m_rows.at(row)) : Status::Open;
}

int FollowUpModel::countWithStatus(Status status) const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [&](const Item &item) { return statusOf(item) == status; }));
}

QVariant FollowUpModel::rowData(const FollowUpRow &item, const QModelIndex &index, int role) const
{
    const Status status = statusOf(item);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            if (!item.due.isValid())
                return tr("no due time");
            return item.dueIsDate ? QLocale().toString(item.due.date(), QLocale::ShortFormat)
                                  : QLocale().toString(item.due.toLocalTime(), QLocale::ShortFormat);
        case CustomerColumn:
            return item.customerName.isEmpty() ? tr("Contact %1").arg(item.contactId) : item.customerName;
        case ReasonColumn: {
            QStringList labels;
            for (const QString &code : item.reasons)
                labels.append(m_labeler ? m_labeler(code) : code);
            return labels.join(QStringLiteral(", "));
        }
        case StatusColumn:
            switch (status) {
            case Status::Open:
                return item.updates.isEmpty() ? tr("Open")
                                              : tr("Open, %n update(s)", nullptr, int(item.updates.size()));
            case Status::DueSoon:
                return tr("Due soon");
            case Status::Overdue:
                return tr("Overdue");
            case Status::Done:
                return tr("Done");
            }
        }
        return {};
    case Qt::ForegroundRole:
        if (status == Status::Overdue)
            return QColor(0xc6, 0x28, 0x28);
        if (status == Status::DueSoon)
            return QColor(0xb2, 0x5e, 0x00);
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const QJsonValue &v : item.updates) {
            const QJsonObject u = v.toObject();
            lines.append(tr("%1: %2").arg(u.value(QStringLiteral("at")).toString().left(16).replace(u'T', u' '),
                                          u.value(QStringLiteral("note")).toString()));
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case ContactIdRole:
        return item.contactId;
    case DueRole:
        return item.due;
    case StatusRole:
        return QVariant::fromValue(status);
    case UpdatesRole:
        return item.updates;
    case CustomerIdRole:
        return item.customerId;
    case PayloadRole:
        return item.json;
    default:
        return {};
    }
}

QStringList FollowUpModel::columnTitles() const
{
    return { tr("Due"), tr("Customer"), tr("Reason"), tr("Status") };
}

} // namespace spocs
