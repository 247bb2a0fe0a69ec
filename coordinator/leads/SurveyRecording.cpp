#include "coordinator/leads/SurveyRecording.h"

#include "coordinator/contacts/FollowUpStore.h"
#include "coordinator/server/CoordinatorServer.h"
#include "core/Ops.h"

namespace spocs {

Result<QJsonObject> recordSurvey(CoordinatorServer &server, qint64 contactId, std::optional<int> csat,
                                 std::optional<int> nps, const QString &comment, bool requireClosed)
{
    FollowUpStore store(server.db());
    auto survey = store.recordSurvey(contactId, csat, nps, comment, requireClosed);
    if (!survey)
        return survey.error();
    const QJsonObject data { { QStringLiteral("contactId"), contactId }, { QStringLiteral("survey"), *survey } };
    const QString kind = QString::fromUtf16(event::SurveyRecorded);
    if (auto s = server.events().publish(QStringLiteral("queue"), kind, data); !s)
        return s.error();
    if (auto s = server.events().publish(QStringLiteral("contact:%1").arg(contactId), kind, data); !s)
        return s.error();
    return survey;
}

} // namespace spocs
