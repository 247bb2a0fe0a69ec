#include "core/domain/Catalogue.h"

#include "core/domain/JsonIo.h"

namespace spocs::domain {

SPOCS_WIRE_ENUM_NAMES(DemandClass, "a", "b", "c")

namespace {

template<typename Io, typename T> void articleRefFields(Io &io, T &v)
{
    io("id", v.id);
    io("title", v.title);
}

template<typename Io, typename T> void reasonFields(Io &io, T &v)
{
    io("id", v.id);
    io("parent", v.parent);
    io("code", v.code);
    io("label", v.label);
    io("demandClass", v.demandClass);
    io("forwardOnly", v.forwardOnly);
    io("skill", v.skill);
    io("forwardTo", v.forwardTo);
    io("archived", v.archived);
    io("articles", v.articles);
}

template<typename Io, typename T> void skillFields(Io &io, T &v)
{
    io("code", v.code);
    io("label", v.label);
}

template<typename Io, typename T> void skillLevelFields(Io &io, T &v)
{
    io("skill", v.skill);
    io("level", v.level);
}

} // namespace

SPOCS_JSON_RECORD(ArticleRef, articleRefFields)
SPOCS_JSON_RECORD(Reason, reasonFields)
SPOCS_JSON_RECORD(Skill, skillFields)
SPOCS_JSON_RECORD(SkillLevel, skillLevelFields)

} // namespace spocs::domain
