#include "models/ConsultChatModel.h"

#include "core/Ops.h"
#include "models/PersonName.h"
#include "models/RowModel.h"

#include <QJsonArray>

#include "models/RowModel.h"
#include <algorithm>

namespace spocs {

namespace {

QDateTime timeOf(const QJsonObject &object, const QString &key)
{
    const QString text = object.value(key).toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

qint64 idOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("id")).toInteger();
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

ConsultChatModel::ConsultChatModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ConsultChatModel::setSelf(qint64 userId)
{
    if (userId == m_self)
        return;
    m_self = userId;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

qint64 ConsultChatModel::consultId() const
{
    return idOf(m_consult);
}

qint64 ConsultChatModel::contactId() const
{
    const QJsonValue contact = m_consult.value(QStringLiteral("contact"));
    return contact.isObject() ? idOf(contact.toObject()) : contact.toInteger();
}

QString ConsultChatModel::state() const
{
    return m_consult.value(QStringLiteral("state")).toString();
}

QJsonObject ConsultChatModel::requester() const
{
    return m_consult.value(QStringLiteral("requester")).toObject();
}

QJsonObject ConsultChatModel::expert() const
{
    return m_consult.value(QStringLiteral("expert")).toObject();
}

QJsonObject ConsultChatModel::otherParty() const
{
    const QJsonObject rep = requester();
    if (idOf(rep) != m_self)
        return rep;
    const QJsonObject exp = expert();
    return exp.isEmpty() ? m_consult.value(QStringLiteral("target")).toObject() : exp;
}

void ConsultChatModel::setConsult(const QJsonObject &consult)
{
    if (idOf(consult) <= 0)
        return;
    const bool same = idOf(consult) == consultId();
    if (same
        && consult.value(QStringLiteral("version")).toInteger()
            < m_consult.value(QStringLiteral("version")).toInteger())
        return; // an older copy arriving late
    if (!same)
        m_messages.clear();
    m_consult = consult;
    m_consult.remove(QStringLiteral("messages"));
    for (const QJsonValue &value : consult.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject message = value.toObject();
        const qint64 id = idOf(message);
        auto it
            = std::find_if(m_messages.begin(), m_messages.end(), [id](const QJsonObject &m) { return idOf(m) == id; });
        if (it != m_messages.end())
            *it = message; // newer receipts
        else
            m_messages.append(message);
    }
    std::sort(m_messages.begin(), m_messages.end(),
              [](const QJsonObject &a, const QJsonObject &b) { return idOf(a) < idOf(b); });
    rebuild();
    Q_EMIT consultChanged();
}

void ConsultChatModel::clear()
{
    beginResetModel();
    m_consult = {};
    m_messages.clear();
    m_rows.clear();
    endResetModel();
    Q_EMIT consultChanged();
}

bool ConsultChatModel::addMessage(const QJsonObject &message)
{
    const qint64 id = idOf(message);
    if (id <= 0 || consultId() <= 0)
        return false;
    if (std::any_of(m_messages.cbegin(), m_messages.cend(), [id](const QJsonObject &m) { return idOf(m) == id; }))
        return false;
    auto at = std::upper_bound(m_messages.begin(), m_messages.end(), id,
                               [](qint64 value, const QJsonObject &m) { return value < idOf(m); });
    m_messages.insert(at, message);
    rebuild();
    if (idOf(message.value(QStringLiteral("author")).toObject()) != m_self)
        Q_EMIT incomingMessage(message);
    return true;
}

bool ConsultChatModel::applyReceipt(qint64 upTo, const QString &kind, qint64 by, const QDateTime &at)
{
    const bool read = kind == QLatin1String("read");
    if (!read && kind != QLatin1String("delivered"))
        return false;
    const QString when = at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : nowIso();
    bool changed = false;
    for (QJsonObject &message : m_messages) {
        // Only messages the receipt's sender received: written by someone else.
        if (idOf(message) > upTo || (by > 0 && idOf(message.value(QStringLiteral("author")).toObject()) == by))
            continue;
        if (message.value(QStringLiteral("deliveredAt")).toString().isEmpty()) {
            message.insert(QStringLiteral("deliveredAt"), when);
            changed = true;
        }
        if (read && message.value(QStringLiteral("readAt")).toString().isEmpty()) {
            message.insert(QStringLiteral("readAt"), when);
            changed = true;
        }
    }
    if (changed)
        rebuild();
    return changed;
}

bool ConsultChatModel::handleEvent(const protocol::Event &event)
{
    const QJsonObject &data = event.data;
    if (event.kind == QStringView(event::ConsultUpdated)) {
        const QJsonObject consult = data.value(QStringLiteral("consult")).toObject();
        if (idOf(consult) != consultId())
            return false;
        setConsult(consult);
        return true;
    }
    if (data.value(QStringLiteral("consultId")).toInteger() != consultId() || consultId() <= 0)
        return false;
    if (event.kind == QStringView(event::ConsultMessageAdded))
        return addMessage(data.value(QStringLiteral("message")).toObject());
    if (event.kind == QStringView(event::ConsultReceipt)) {
        const QJsonValue by = data.value(QStringLiteral("by"));
        return applyReceipt(data.value(QStringLiteral("upTo")).toInteger(),
                            data.value(QStringLiteral("kind")).toString(),
                            by.isObject() ? idOf(by.toObject()) : by.toInteger(), timeOf(data, QStringLiteral("at")));
    }
    return false;
}

qint64 ConsultChatModel::unacknowledgedUpTo(const QString &kind) const
{
    const QString key = kind == QLatin1String("read") ? QStringLiteral("readAt") : QStringLiteral("deliveredAt");
    qint64 upTo = 0;
    for (const QJsonObject &message : m_messages) {
        if (idOf(message.value(QStringLiteral("author")).toObject()) == m_self)
            continue;
        if (message.value(key).toString().isEmpty())
            upTo = std::max(upTo, idOf(message));
    }
    return upTo;
}

QString ConsultChatModel::noticeText(const QString &what) const
{
    const QString expertName = personName(expert());
    if (what == QLatin1String("accepted"))
        return tr("%1 accepted the consult.").arg(expertName);
    if (what == QLatin1String("declined")) {
        QString who = personName(m_consult.value(QStringLiteral("target")).toObject());
        for (const QJsonValue &offer : m_consult.value(QStringLiteral("offers")).toArray()) {
            if (offer.toObject().value(QStringLiteral("state")).toString() == QLatin1String("declined"))
                who = personName(offer.toObject().value(QStringLiteral("user")).toObject());
        }
        const QString reason = m_consult.value(QStringLiteral("declineReason")).toString();
        if (who.isEmpty())
            return reason.isEmpty() ? tr("The consult was declined.") : tr("The consult was declined: %1").arg(reason);
        return reason.isEmpty() ? tr("%1 declined.").arg(who) : tr("%1 declined: %2").arg(who, reason);
    }
    if (what == QLatin1String("expired"))
        return tr("Nobody accepted in time.");
    if (what == QLatin1String("cancelled"))
        return tr("The question was withdrawn.");
    if (what == QLatin1String("ended")) {
        const QString answer = m_consult.value(QStringLiteral("answer")).toString();
        return answer.isEmpty() ? tr("The consult ended.") : tr("The consult ended. Answer: %1").arg(answer);
    }
    return what;
}

QList<ConsultChatModel::Row> ConsultChatModel::buildRows() const
{
    QList<Row> rows;
    if (consultId() <= 0)
        return rows;
    const QString st = state();
    const QDateTime created = timeOf(m_consult, QStringLiteral("createdAt"));
    const QDateTime answered = timeOf(m_consult, QStringLiteral("answeredAt"));
    const QDateTime ended = timeOf(m_consult, QStringLiteral("endedAt"));

    rows.append({ QStringLiteral("question"), Kind::Question, requester(),
                  m_consult.value(QStringLiteral("question")).toString(), created, -1 });
    if (!expert().isEmpty())
        rows.append({ QStringLiteral("accepted"), Kind::Notice, expert(), noticeText(QStringLiteral("accepted")),
                      answered.isValid() ? answered : created, -1 });
    else if (st == QLatin1String("declined") || st == QLatin1String("expired") || st == QLatin1String("cancelled"))
        rows.append({ st,
                      Kind::Notice,
                      {},
                      noticeText(st),
                      ended.isValid() ? ended : (answered.isValid() ? answered : created),
                      -1 });
    for (int i = 0; i < m_messages.size(); ++i) {
        const QJsonObject &m = m_messages.at(i);
        rows.append({ QStringLiteral("m%1").arg(idOf(m)), Kind::Message, m.value(QStringLiteral("author")).toObject(),
                      m.value(QStringLiteral("body")).toString(), timeOf(m, QStringLiteral("sentAt")), i });
    }
    if (st == QLatin1String("ended"))
        rows.append({ QStringLiteral("ended"), Kind::Notice, {}, noticeText(st), ended, -1 });
    return rows;
}

void ConsultChatModel::rebuild()
{
    QList<Row> rows = buildRows();
    // Keep views calm: a growing chat inserts rows, a changed receipt changes data.
    bool prefix = rows.size() >= m_rows.size();
    for (int i = 0; prefix && i < m_rows.size(); ++i)
        prefix = rows.at(i).key == m_rows.at(i).key;
    if (!prefix) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    const int old = int(m_rows.size());
    if (rows.size() > old) {
        beginInsertRows(QModelIndex(), old, int(rows.size()) - 1);
        m_rows = std::move(rows);
        endInsertRows();
    } else {
        m_rows = std::move(rows);
    }
    if (old > 0)
        Q_EMIT dataChanged(index(0), index(old - 1));
}

int ConsultChatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConsultChatModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QJsonObject message = row.message >= 0 ? m_messages.at(row.message) : QJsonObject();
    const bool mine = row.kind != Kind::Notice && idOf(row.author) == m_self && m_self > 0;
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return row.body;
    case Qt::AccessibleTextRole:
        if (row.kind == Kind::Notice)
            return row.body;
        return tr("%1: %2").arg(personName(row.author), row.body);
    case KindRole:
        return QVariant::fromValue(row.kind);
    case MessageIdRole:
        return idOf(message);
    case AuthorIdRole:
        return idOf(row.author);
    case AuthorNameRole:
        return personName(row.author);
    case AtRole:
        return row.at;
    case DeliveredAtRole:
        return timeOf(message, QStringLiteral("deliveredAt"));
    case ReadAtRole:
        return timeOf(message, QStringLiteral("readAt"));
    case MineRole:
        return mine;
    case TicksRole: {
        if (row.kind != Kind::Message || !mine)
            return QVariant::fromValue(Ticks::None);
        if (!message.value(QStringLiteral("readAt")).toString().isEmpty())
            return QVariant::fromValue(Ticks::Read);
        if (!message.value(QStringLiteral("deliveredAt")).toString().isEmpty())
            return QVariant::fromValue(Ticks::Delivered);
        return QVariant::fromValue(Ticks::Sent);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ConsultChatModel::roleNames() const
{
    return withRoleNames(
        QAbstractListModel::roleNames(), KindRole,
        { "kind", "messageId", "authorId", "authorName", "body", "at", "deliveredAt", "readAt", "mine", "ticks" });
}

} // namespace spocs
