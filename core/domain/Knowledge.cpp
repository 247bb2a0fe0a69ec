#include "core/domain/Knowledge.h"

#include "core/domain/JsonIo.h"

namespace spocs::domain {

SPOCS_WIRE_ENUM_NAMES(ArticleStatus, "draft", "in_review", "published", "archived")
SPOCS_WIRE_ENUM_NAMES(Visibility, "internal", "public")

namespace {

template<typename Io, typename T> void statsFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, views, sends, helped, notHelped);
}

template<typename Io, typename T> void articleFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, id, title, body, tags, products, reasons, language, visibility, status, owner,
                      lastReviewedAt, stale, version, liveVersion, stats, createdAt, updatedAt);
}

} // namespace

SPOCS_JSON_RECORD(ArticleStats, statsFields)
SPOCS_JSON_RECORD(Article, articleFields)

} // namespace spocs::domain
