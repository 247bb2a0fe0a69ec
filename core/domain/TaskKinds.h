#pragma once

#include <QString>
#include <QStringList>

namespace spocs::domain {

// The kinds of task an agent records on a contact (ContactTask::kind), in the order they are offered.
const QStringList &taskKinds();

// The task an agent typically records for a contact reason, by its code: what the demo history
// and the traffic simulator record.
QString typicalTaskKind(const QString &reasonCode);

} // namespace spocs::domain
