#include "TestDatabase.h"

#include "coordinator/auth/AuthStore.h"
#include "coordinator/contacts/FollowUpStore.h"
#include "coordinator/demo/DemoSeeder.h"

using namespace spocs;
using namespace spocs::test;

// Regression: a survey with a score but no comment failed with "storage error" because
// the absent comment was bound as NULL into a NOT NULL column.
TEST(FollowUpStore, SurveyWithoutCommentIsRecorded)
{
    TempDatabase db;
    AuthStore auth(*db);
    ASSERT_TRUE(DemoSeeder::seed(*db, auth, 20, QDate(2026, 11, 23)).ok());
    const qint64 contact
        = db.scalar(QStringLiteral("SELECT min(id) FROM contacts k WHERE state = 'closed' AND abandoned = 0 "
                                   "AND NOT EXISTS (SELECT 1 FROM surveys s WHERE s.contact_id = k.id)"));
    ASSERT_GT(contact, 0);
    FollowUpStore store(*db);
    Result<QJsonObject> survey = makeError(ErrorCode::Internal, QStringLiteral("not run"));
    const auto written = db->write([&]() -> Result<void> {
        survey = store.recordSurvey(contact, std::nullopt, 9, {});
        if (!survey)
            return survey.error();
        return {};
    });
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_EQ(survey.value().value(QStringLiteral("nps")).toInt(), 9);
    EXPECT_EQ(survey.value().value(QStringLiteral("comment")).toString(), QString());
    EXPECT_EQ(
        db.scalar(QStringLiteral("SELECT count(*) FROM surveys WHERE contact_id = %1 AND comment = ''").arg(contact)),
        1);
}
