#include "coordinator/leads/SurveyRecording.h"

#include "coordinator/contacts/FollowUpStore.h"
#include "coordinator/server/CoordinatorServer.h"
#include "core/Ops.h"
#include "core/Try.h"

namespace spocs {

Result<QJsonObject> recordSurvey(CoordinatorServer &server, qint64 contactId, std::optional<int> csat,
                                 std::optional<int> nps, const QString &comment, bool requireClosed)
{
    FollowUpStore store(server.db());
    SPOCS_TRY_LET(survey, store.recordSurvey(contactId, csat, nps, comment, requireClosed));
    const QJsonObject data { { QStringLiteral("contactId"), contactId }, { QStringLiteral("survey"), *survey } };
    const QString kind = QString::fromUtf16(event::SurveyRecorded);
    SPOCS_TRY(server.events().publish(QStringLiteral("queue"), kind, data));
    SPOCS_TRY(server.events().publish(QStringLiteral("contact:%1").arg(contactId), kind, data));
    return survey;
}

} // namespace spocs
