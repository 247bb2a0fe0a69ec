#pragma once

#include "models/KnowledgeArticle.h"

#include <QString>

namespace spocs {

// One side of a knowledge diff as an HTML table: removed lines red with "−", added green with "+",
// padding grey; every text escaped. The review dialog and the version list show it.
QString diffHtml(const QList<DiffLine> &lines);

} // namespace spocs
