#pragma once

#include "core/domain/DomainValue.h"
#include "core/domain/Person.h"
#include "core/domain/WireEnum.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The lookup data several panels share: contact reasons and skills (reason.list,
// skill.list, user.skills and the reasons.changed / skills.changed events).
namespace spocs::domain {

// How a reason's demand is classed in reports: a avoidable (the cause can be eliminated at the
// root), b unavoidable and needs an immediate, complete answer, c can wait.
enum class DemandClass { A, B, C };
SPOCS_WIRE_ENUM(DemandClass)

// An article named by another record.
struct ArticleRef
{
    qint64 id = 0;
    QString title;

    SPOCS_DOMAIN_VALUE(ArticleRef);
};

struct Reason
{
    qint64 id = 0;
    std::optional<qint64> parent;
    QString code;
    QString label;
    DemandClass demandClass = DemandClass::A;
    bool forwardOnly = false;
    std::optional<QString> skill;
    std::optional<Person> forwardTo;
    bool archived = false;
    QList<ArticleRef> articles; // published articles linked to the reason

    SPOCS_DOMAIN_VALUE(Reason);
};

struct Skill
{
    QString code;
    QString label;

    SPOCS_DOMAIN_VALUE(Skill);
};

// A person's level in one skill.
struct SkillLevel
{
    QString skill;
    int level = 1; // 1..5

    SPOCS_DOMAIN_VALUE(SkillLevel);
};

} // namespace spocs::domain
