#pragma once

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

    QJsonObject toJson() const;
    static ArticleRef fromJson(const QJsonObject &obj);
    friend bool operator==(const ArticleRef &, const ArticleRef &) = default;
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

    QJsonObject toJson() const;
    static Reason fromJson(const QJsonObject &obj);
    friend bool operator==(const Reason &, const Reason &) = default;
};

struct Skill
{
    QString code;
    QString label;

    QJsonObject toJson() const;
    static Skill fromJson(const QJsonObject &obj);
    friend bool operator==(const Skill &, const Skill &) = default;
};

// A person's level in one skill.
struct SkillLevel
{
    QString skill;
    int level = 1; // 1..5

    QJsonObject toJson() const;
    static SkillLevel fromJson(const QJsonObject &obj);
    friend bool operator==(const SkillLevel &, const SkillLevel &) = default;
};

} // namespace spocs::domain
