#pragma once

#include "models/SharedLookup.h"

namespace spocs {

// The skills (skill.list: code and label) that the consult finder, the reports' queue filter,
// the reason editor and the lead's skill editor offer. One per connection; reloaded on
// skills.changed. Also writes an agent's skills (skill.set).
class SkillDirectory : public SharedLookup
{
    Q_OBJECT

public:
    struct Skill
    {
        QString code;
        QString label; // the code when the server has no label
    };

    explicit SkillDirectory(Connection *connection);
    // The connection's one directory (created on first use; nullptr without a connection).
    static SkillDirectory *of(Connection *connection);

    QList<Skill> skills() const;
    QString labelFor(const QString &code) const;

    // skill.set for one user: skills are [{"skill": code, "level": 1..5}]. done gets the saved
    // answer ({"user":…, "skills":[…]}).
    void saveFor(qint64 userId, const QJsonArray &skills, QObject *context, WriteDone done);
};

} // namespace spocs
