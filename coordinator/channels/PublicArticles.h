#pragma once

#include "core/Result.h"

#include <QList>
#include <QStringList>

namespace spocs {

class KnowledgeStore;

// The text of the knowledge articles an agent sends with an answer (e-mail or chat): title, a
// blank line, the body. Only what a customer may read: published public articles; anything
// else is bad_request naming "articles".
Result<QStringList> publicArticleTexts(KnowledgeStore &knowledge, const QList<qint64> &articleIds);

} // namespace spocs
