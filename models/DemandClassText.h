#pragma once

#include <QString>

namespace spocs {

// The one wording of the demand classes, for every screen that shows them:
// a avoidable (the cause can be eliminated at the root: work that should not exist),
// b unavoidable, needs an immediate and complete answer, c can wait.
namespace demandclass {
QString shortText(const QString &demandClass); // "a – avoidable", ...; "–" for none
QString description(const QString &demandClass); // a sentence for tooltips
} // namespace demandclass

} // namespace spocs
