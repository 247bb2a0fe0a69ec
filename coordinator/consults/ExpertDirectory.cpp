#include "coordinator/consults/ExpertDirectory.h"

#include "coordinator/contacts/ContactStore.h"
#include "coordinator/contacts/PresenceRegistry.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace spocs {

QJsonObject ExpertDirectory::Entry::toJson() const
{
    QJsonArray skillArray;
    for (const SkillLevel &s : skills)
        skillArray.append(QJsonObject { { QStringLiteral("skill"), s.skill }, { QStringLiteral("level"), s.level } });
    return QJsonObject {
        { QStringLiteral("user"),
          QJsonObject { { QStringLiteral("id"), user.id },
                        { QStringLiteral("login"), user.login },
                        { QStringLiteral("name"), user.displayName } } },
        { QStringLiteral("role"), roleName(user.role) },
        { QStringLiteral("state"), presenceName(state) },
        { QStringLiteral("reason"), reason },
        { QStringLiteral("since"), since.isValid() ? QJsonValue(since.toString(Qt::ISODateWithMs)) : QJsonValue() },
        { QStringLiteral("load"),
          QJsonObject { { QStringLiteral("voice"), voice },
                        { QStringLiteral("text"), text },
                        { QStringLiteral("consults"), consults } } },
        { QStringLiteral("skills"), skillArray },
        { QStringLiteral("level"), level ? QJsonValue(*level) : QJsonValue() },
    };
}

int ExpertDirectory::presenceRank(PresenceState state)
{
    switch (state) {
    case PresenceState::Available:
        return 0;
    case PresenceState::OnContact:
        return 1;
    case PresenceState::AfterContactWork:
        return 2;
    case PresenceState::Break:
        return 3;
    case PresenceState::Offline:
        return 4;
    }
    return 5;
}

void ExpertDirectory::rank(QList<Entry> &entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (presenceRank(a.state) != presenceRank(b.state))
            return presenceRank(a.state) < presenceRank(b.state);
        if (a.load() != b.load())
            return a.load() < b.load();
        const int la = a.level.value_or(0);
        const int lb = b.level.value_or(0);
        if (la != lb)
            return la > lb;
        const int byName = QString::compare(a.user.displayName, b.user.displayName, Qt::CaseInsensitive);
        if (byName != 0)
            return byName < 0;
        return a.user.id < b.user.id;
    });
}

ExpertDirectory::ExpertDirectory(CoordinatorServer &server)
    : m_server(server)
{ }

Result<bool> ExpertDirectory::skillExists(const QString &skill)
{
    QSqlQuery q = m_server.db().prepare(QStringLiteral("SELECT 1 FROM skills WHERE code = ?"));
    if (!execWith(q, { skill }))
        return sqlError(q, "find skill");
    return q.next();
}

Result<QList<ExpertDirectory::SkillLevel>> ExpertDirectory::skillsOf(qint64 userId)
{
    QSqlQuery q = m_server.db().prepare(
        QStringLiteral("SELECT us.skill, s.label, us.level FROM user_skills us JOIN skills s ON s.code = us.skill "
                       "WHERE us.user_id = ? ORDER BY us.level DESC, s.position, us.skill"));
    if (!execWith(q, { userId }))
        return sqlError(q, "user skills");
    QList<SkillLevel> out;
    while (q.next())
        out.append(SkillLevel { q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() });
    return out;
}

Result<QList<ExpertDirectory::Entry>> ExpertDirectory::find(const Query &query)
{
    if (!query.skill.isEmpty()) {
        SPOCS_TRY_LET(exists, skillExists(query.skill));
        if (!*exists)
            return makeError(ErrorCode::BadRequest, QStringLiteral("unknown skill %1").arg(query.skill.left(64)),
                             QJsonObject { { QStringLiteral("field"), QStringLiteral("skill") } });
    }
    // Everyone's skills in one read.
    QHash<qint64, QList<SkillLevel>> skills;
    QSqlQuery s = m_server.db().prepare(
        QStringLiteral("SELECT us.user_id, us.skill, s.label, us.level FROM user_skills us JOIN skills s "
                       "ON s.code = us.skill ORDER BY us.user_id, us.level DESC, s.position, us.skill"));
    if (!s.exec())
        return sqlError(s, "skills");
    while (s.next())
        skills[s.value(0).toLongLong()].append(
            SkillLevel { s.value(1).toString(), s.value(2).toString(), s.value(3).toInt() });
    QHash<qint64, int> consults;
    QSqlQuery c = m_server.db().prepare(
        QStringLiteral("SELECT expert_user_id, count(*) FROM consults WHERE state = 'active' GROUP BY expert_user_id"));
    if (!c.exec())
        return sqlError(c, "consult loads");
    while (c.next())
        consults.insert(c.value(0).toLongLong(), c.value(1).toInt());
    ContactStore contacts(m_server.db());
    SPOCS_TRY_LET(loads, contacts.loads());

    const QString needle = query.query.trimmed();
    QList<Entry> out;
    for (const UserInfo &user : m_server.auth().allUsers()) {
        if (!worksContacts(user.role) || query.exclude.contains(user.id))
            continue;
        const QList<SkillLevel> mine = skills.value(user.id);
        Entry e;
        e.user = user;
        e.skills = mine;
        if (!query.skill.isEmpty()) {
            const auto it
                = std::find_if(mine.cbegin(), mine.cend(), [&](const SkillLevel &l) { return l.skill == query.skill; });
            if (it == mine.cend())
                continue;
            e.level = it->level;
        }
        if (!needle.isEmpty()) {
            bool matches = user.login.contains(needle, Qt::CaseInsensitive)
                || user.displayName.contains(needle, Qt::CaseInsensitive);
            for (const SkillLevel &l : mine) {
                if (l.skill.contains(needle, Qt::CaseInsensitive) || l.label.contains(needle, Qt::CaseInsensitive)) {
                    matches = true;
                    if (query.skill.isEmpty())
                        e.level = std::max(e.level.value_or(0), l.level);
                }
            }
            if (!matches)
                continue;
        } else if (query.skill.isEmpty() && user.role != Role::Expert && mine.isEmpty()) {
            continue; // the plain directory lists experts and people with skills
        }
        if (const PresenceRegistry::Entry *p = m_server.presence().find(user.id)) {
            e.state = p->state;
            e.reason = p->reason;
            e.since = p->since;
        }
        if (query.reachableOnly && !reachable(e.state))
            continue;
        e.voice = loads->value(user.id).voice;
        e.text = loads->value(user.id).text;
        e.consults = consults.value(user.id);
        out.append(e);
    }
    rank(out);
    if (out.size() > query.limit)
        out.resize(query.limit);
    return out;
}

} // namespace spocs
