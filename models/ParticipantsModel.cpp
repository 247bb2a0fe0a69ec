#include "models/ParticipantsModel.h"

#include <algorithm>

namespace spocs {

namespace {

bool isActive(const QJsonObject &row)
{
    return row.value(QStringLiteral("leftAt")).toString().isEmpty();
}

QDateTime timeOf(const QJsonObject &object, const QString &key)
{
    const QString text = object.value(key).toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

ParticipantsModel::ParticipantsModel(QObject *parent)
    : RowModel(parent)
{ }

void ParticipantsModel::setContact(const QJsonObject &contact)
{
    setParticipants(contact.value(QStringLiteral("participants")).toArray(),
                    contact.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString());
}

void ParticipantsModel::setParticipants(const QJsonArray &participants, const QString &customerName)
{
    QList<QJsonObject> rows;
    for (const QJsonValue &value : participants)
        rows.append(value.toObject());
    // Those on the contact now first; otherwise in the order they joined.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const QJsonObject &a, const QJsonObject &b) { return isActive(a) && !isActive(b); });
    beginResetModel();
    m_rows = std::move(rows);
    m_customerName = customerName;
    endResetModel();
}

void ParticipantsModel::clear()
{
    setParticipants({});
}

bool ParticipantsModel::isActiveParticipant(qint64 userId) const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [userId](const QJsonObject &row) {
        return isActive(row)
            && row.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger() == userId;
    });
}

int ParticipantsModel::activeCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), isActive));
}

QString ParticipantsModel::roleText(const QString &wireRole)
{
    if (wireRole == QLatin1String("customer"))
        return tr("Customer");
    if (wireRole == QLatin1String("owner"))
        return tr("Owner");
    if (wireRole == QLatin1String("expert"))
        return tr("Expert");
    if (wireRole == QLatin1String("agent"))
        return tr("Agent");
    return wireRole;
}

QVariant ParticipantsModel::rowData(const QJsonObject &row, const QModelIndex &, int role) const
{
    const QJsonObject user = row.value(QStringLiteral("user")).toObject();
    const QString wireRole = row.value(QStringLiteral("role")).toString();
    QString name = user.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        name = user.value(QStringLiteral("login")).toString();
    if (name.isEmpty() && wireRole == QLatin1String("customer"))
        name = m_customerName.isEmpty() ? tr("Customer") : m_customerName;
    switch (role) {
    case Qt::DisplayRole:
        return isActive(row) ? tr("%1 — %2").arg(name, roleText(wireRole))
                             : tr("%1 — %2 (left)").arg(name, roleText(wireRole));
    case Qt::ToolTipRole: {
        const QDateTime joined = timeOf(row, QStringLiteral("joinedAt")).toLocalTime();
        const QDateTime left = timeOf(row, QStringLiteral("leftAt")).toLocalTime();
        const QString joinedText = joined.toString(QStringLiteral("HH:mm:ss"));
        return left.isValid() ? tr("Joined %1, left %2").arg(joinedText, left.toString(QStringLiteral("HH:mm:ss")))
                              : tr("Joined %1").arg(joinedText);
    }
    case ParticipantIdRole:
        return row.value(QStringLiteral("id")).toInteger();
    case UserIdRole:
        return user.value(QStringLiteral("id")).toInteger();
    case NameRole:
        return name;
    case ParticipantRole:
        return wireRole;
    case JoinedAtRole:
        return timeOf(row, QStringLiteral("joinedAt"));
    case LeftAtRole:
        return timeOf(row, QStringLiteral("leftAt"));
    case ActiveRole:
        return isActive(row);
    default:
        return {};
    }
}

QHash<int, QByteArray> ParticipantsModel::roleNames() const
{
    return withRoleNames(QAbstractListModel::roleNames(), ParticipantIdRole,
                         { "participantId", "userId", "name", "participantRole", "joinedAt", "leftAt", "active" });
}

} // namespace spocs
