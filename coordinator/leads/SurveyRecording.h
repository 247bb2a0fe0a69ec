#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace spocs {

class CoordinatorServer;

// A customer's survey answer for a contact, inside the caller's write: stored in `surveys` and
// published as survey.recorded on "queue" and "contact:<id>". Returns the Survey JSON. The lead's
// survey.record, the chat widget's rating and the survey page all record through here.
// `requireClosed`: a chat the visitor left may be rated before the agent closes it.
Result<QJsonObject> recordSurvey(CoordinatorServer &server, qint64 contactId, std::optional<int> csat,
                                 std::optional<int> nps, const QString &comment, bool requireClosed = true);

} // namespace spocs
