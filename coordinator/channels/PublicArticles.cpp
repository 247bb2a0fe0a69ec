#include "coordinator/channels/PublicArticles.h"

#include "coordinator/knowledge/KnowledgeStore.h"
#include "core/Try.h"

#include <QJsonObject>

namespace spocs {

Result<QStringList> publicArticleTexts(KnowledgeStore &knowledge, const QList<qint64> &articleIds)
{
    QStringList parts;
    for (const qint64 articleId : articleIds) {
        SPOCS_TRY_LET(article, knowledge.article(articleId));
        if (article->value(QStringLiteral("visibility")).toString() != u"public"
            || article->value(QStringLiteral("status")).toString() != u"published")
            return makeError(ErrorCode::BadRequest, QStringLiteral("article %1 is not public").arg(articleId),
                             QJsonObject { { QStringLiteral("field"), QStringLiteral("articles") } });
        parts << article->value(QStringLiteral("title")).toString() + QStringLiteral("\n\n")
                + article->value(QStringLiteral("body")).toString().trimmed();
    }
    return parts;
}

} // namespace spocs
