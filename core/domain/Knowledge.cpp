#include "core/domain/Knowledge.h"

#include "core/domain/JsonIo.h"

namespace spocs::domain {

SPOCS_WIRE_ENUM_NAMES(ArticleStatus, "draft", "in_review", "published", "archived")
SPOCS_WIRE_ENUM_NAMES(Visibility, "internal", "public")

namespace {

template<typename Io, typename T> void statsFields(Io &io, T &v)
{
    io("views", v.views);
    io("sends", v.sends);
    io("helped", v.helped);
    io("notHelped", v.notHelped);
}

template<typename Io, typename T> void articleFields(Io &io, T &v)
{
    io("id", v.id);
    io("title", v.title);
    io("body", v.body);
    io("tags", v.tags);
    io("products", v.products);
    io("reasons", v.reasons);
    io("language", v.language);
    io("visibility", v.visibility);
    io("status", v.status);
    io("owner", v.owner);
    io("lastReviewedAt", v.lastReviewedAt);
    io("stale", v.stale);
    io("version", v.version);
    io("liveVersion", v.liveVersion);
    io("stats", v.stats);
    io("createdAt", v.createdAt);
    io("updatedAt", v.updatedAt);
}

} // namespace

SPOCS_JSON_RECORD(ArticleStats, statsFields)
SPOCS_JSON_RECORD(Article, articleFields)

} // namespace spocs::domain
