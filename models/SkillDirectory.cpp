#include "models/SkillDirectory.h"

#include "core/Ops.h"

namespace spocs {

SkillDirectory::SkillDirectory(Connection *connection)
    : SharedLookup(connection, op::SkillList, QStringLiteral("skills"), protocol::presenceTopic(), event::SkillsChanged)
{
    setObjectName(QStringLiteral("skillDirectory"));
}

SkillDirectory *SkillDirectory::of(Connection *connection)
{
    return instanceFor<SkillDirectory>(connection);
}

QList<SkillDirectory::Skill> SkillDirectory::skills() const
{
    QList<Skill> out;
    for (const QJsonValue &v : items()) {
        const QJsonObject skill = v.toObject();
        const QString code = skill.value(QStringLiteral("code")).toString();
        if (code.isEmpty())
            continue;
        const QString label = skill.value(QStringLiteral("label")).toString();
        out.append(Skill { code, label.isEmpty() ? code : label });
    }
    return out;
}

QString SkillDirectory::labelFor(const QString &code) const
{
    for (const Skill &skill : skills()) {
        if (skill.code == code)
            return skill.label;
    }
    return code;
}

void SkillDirectory::saveFor(qint64 userId, const QJsonArray &skills, QObject *context, WriteDone done)
{
    write(op::SkillSet, QJsonObject { { QStringLiteral("user"), userId }, { QStringLiteral("skills"), skills } },
          context, QString(), std::move(done));
}

} // namespace spocs
