#include "models/ExpertDirectoryModel.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/PersonName.h"

#include <QDateTime>

namespace spocs {

namespace {

QJsonObject userOf(const QJsonObject &row)
{
    return row.value(QStringLiteral("user")).toObject();
}

int loadOf(const QJsonObject &row)
{
    const QJsonObject load = row.value(QStringLiteral("load")).toObject();
    return load.value(QStringLiteral("voice")).toInt() + load.value(QStringLiteral("text")).toInt()
        + load.value(QStringLiteral("consults")).toInt();
}

} // namespace

ExpertDirectoryModel::ExpertDirectoryModel(QObject *parent)
    : RowModel(parent)
    , m_typeAhead(new TypeAhead(DefaultDebounceMs, this))
{
    connect(m_typeAhead, &TypeAhead::due, this, &ExpertDirectoryModel::fetch);
    connect(m_typeAhead, &TypeAhead::busyChanged, this, &ExpertDirectoryModel::busyChanged);
}

ExpertDirectoryModel::~ExpertDirectoryModel() = default;

void ExpertDirectoryModel::setConnection(Connection *connection)
{
    m_connection = connection;
}

void ExpertDirectoryModel::setDebounceInterval(int ms)
{
    m_typeAhead->setDebounceInterval(ms);
}

void ExpertDirectoryModel::setSkill(const QString &skill)
{
    if (skill == m_skill)
        return;
    m_skill = skill;
    m_typeAhead->restart();
}

void ExpertDirectoryModel::setQuery(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_query)
        return;
    m_query = trimmed;
    m_typeAhead->restart();
}

void ExpertDirectoryModel::refresh()
{
    m_typeAhead->stop();
    fetch();
}

void ExpertDirectoryModel::fetch()
{
    if (!m_connection || m_connection->state() == Connection::State::Offline)
        return;
    QJsonObject args { { QStringLiteral("limit"), 50 } };
    if (!m_skill.isEmpty())
        args.insert(QStringLiteral("skill"), m_skill);
    if (!m_query.isEmpty())
        args.insert(QStringLiteral("query"), m_query);
    const quint64 generation = m_typeAhead->next();
    m_typeAhead->setBusy(true);
    m_connection->request(QString::fromUtf16(op::ExpertFind), args, this, [this, generation](const Reply &reply) {
        if (!m_typeAhead->isCurrent(generation))
            return; // a newer search is on its way
        m_typeAhead->setBusy(false);
        if (!reply.ok) {
            Q_EMIT findFailed(reply.error);
            return;
        }
        setExperts(reply.data.value(QStringLiteral("experts")).toArray());
    });
}

void ExpertDirectoryModel::setExperts(const QJsonArray &experts)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(experts.size());
    for (const QJsonValue &value : experts) {
        const QJsonObject row = value.toObject();
        if (userOf(row).value(QStringLiteral("id")).toInteger() > 0)
            m_rows.append(row);
    }
    m_hasAnswer = true;
    endResetModel();
    Q_EMIT expertsReplaced();
}

bool ExpertDirectoryModel::applyPresence(const QJsonObject &presence)
{
    const int row = rowOfUser(userOf(presence).value(QStringLiteral("id")).toInteger());
    if (row < 0)
        return false;
    QJsonObject &expert = m_rows[row];
    expert.insert(QStringLiteral("state"), presence.value(QStringLiteral("state")));
    expert.insert(QStringLiteral("reason"), presence.value(QStringLiteral("reason")).toString());
    expert.insert(QStringLiteral("since"), presence.value(QStringLiteral("since")));
    rowChanged(row);
    return true;
}

void ExpertDirectoryModel::clear()
{
    m_typeAhead->next();
    m_typeAhead->stop();
    m_typeAhead->setBusy(false);
    beginResetModel();
    m_rows.clear();
    m_hasAnswer = false;
    endResetModel();
}

QJsonObject ExpertDirectoryModel::expertAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QJsonObject();
}

qint64 ExpertDirectoryModel::userIdAt(int row) const
{
    return userOf(expertAt(row)).value(QStringLiteral("id")).toInteger();
}

int ExpertDirectoryModel::rowOfUser(qint64 userId) const
{
    if (userId <= 0)
        return -1;
    return rowWhere(
        [&](const QJsonObject &row) { return userOf(row).value(QStringLiteral("id")).toInteger() == userId; });
}

QVariant ExpertDirectoryModel::rowData(const QJsonObject &row, const QModelIndex &, int role) const
{
    const QJsonObject user = userOf(row);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return personName(user);
    case Qt::ToolTipRole: {
        QStringList skills;
        for (const QJsonValue &s : row.value(QStringLiteral("skills")).toArray())
            skills << tr("%1 (level %2)")
                          .arg(s.toObject().value(QStringLiteral("skill")).toString())
                          .arg(s.toObject().value(QStringLiteral("level")).toInt());
        return tr("%1\nSkills: %2\nCurrent load: %3")
            .arg(user.value(QStringLiteral("login")).toString(),
                 skills.isEmpty() ? tr("none") : skills.join(QStringLiteral(", ")))
            .arg(loadOf(row));
    }
    case UserIdRole:
        return user.value(QStringLiteral("id")).toInteger();
    case LoginRole:
        return user.value(QStringLiteral("login")).toString();
    case StateRole:
        return row.value(QStringLiteral("state")).toString();
    case ReasonRole:
        return row.value(QStringLiteral("reason")).toString();
    case SinceRole:
        return QDateTime::fromString(row.value(QStringLiteral("since")).toString(), Qt::ISODateWithMs);
    case LoadRole:
        return loadOf(row);
    case LevelRole:
        return row.value(QStringLiteral("level")).toInt();
    case SkillsRole: {
        QStringList skills;
        for (const QJsonValue &s : row.value(QStringLiteral("skills")).toArray())
            skills << QStringLiteral("%1 %2")
                          .arg(s.toObject().value(QStringLiteral("skill")).toString())
                          .arg(s.toObject().value(QStringLiteral("level")).toInt());
        return skills;
    }
    case PersonRole:
        return user;
    default:
        return {};
    }
}

QHash<int, QByteArray> ExpertDirectoryModel::roleNames() const
{
    return withRoleNames(
        QAbstractListModel::roleNames(), UserIdRole,
        { "userId", "login", "name", "presence", "reason", "since", "load", "level", "skills", "person" });
}

} // namespace spocs
