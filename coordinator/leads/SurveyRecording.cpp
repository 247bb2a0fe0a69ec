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
    const QString kind = QString::fromUtf16(event::SurveyRecorded);
    // The customer's comment only where the contact may be read (contact:<id>); the queue's
    // followers include admins, who read no contacts, so they get the scores alone.
    QJsonObject scores = *survey;
    scores.remove(QStringLiteral("comment"));
    SPOCS_TRY(server.events().publish(
        QStringLiteral("queue"), kind,
        QJsonObject { { QStringLiteral("contactId"), contactId }, { QStringLiteral("survey"), scores } }));
    SPOCS_TRY(server.events().publish(
        QStringLiteral("contact:%1").arg(contactId), kind,
        QJsonObject { { QStringLiteral("contactId"), contactId }, { QStringLiteral("survey"), *survey } }));
    return survey;
}

} // namespace spocs
