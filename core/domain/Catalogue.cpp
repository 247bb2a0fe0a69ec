#include "core/domain/Catalogue.h"

#include "core/domain/JsonIo.h"

namespace spocs::domain {

SPOCS_WIRE_ENUM_NAMES(DemandClass, "a", "b", "c")

namespace {

template<typename Io, typename T> void articleRefFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, id, title);
}

template<typename Io, typename T> void reasonFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, id, parent, code, label, demandClass, forwardOnly, skill, forwardTo, archived, articles);
}

template<typename Io, typename T> void skillFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, code, label);
}

template<typename Io, typename T> void skillLevelFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, skill, level);
}

} // namespace

SPOCS_JSON_RECORD(ArticleRef, articleRefFields)
SPOCS_JSON_RECORD(Reason, reasonFields)
SPOCS_JSON_RECORD(Skill, skillFields)
SPOCS_JSON_RECORD(SkillLevel, skillLevelFields)

} // namespace spocs::domain
