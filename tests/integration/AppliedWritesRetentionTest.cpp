#include "ClientHelpers.h"
#include "CoordinatorProcess.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::test;

// Stored write answers (they hold customer data) are kept for the retention, then pruned.

namespace {

// Runs one statement on the stopped coordinator's database; returns the first column.
QVariant sql(const QString &path, const QString &statement)
{
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("retention-test"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(statement) && q.next())
                result = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("retention-test"));
    return result;
}

} // namespace

TEST(AppliedWritesRetention, AnswersOlderThanTheRetentionArePrunedAndRecentOnesKept)
{
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 30, {} })) << coordinator.output().toStdString();
    {
        Connection agent;
        ASSERT_TRUE(loginAndWait(agent, coordinator.url(), QStringLiteral("agent1")).ok);
        for (const char *cid : { "retention-old-0001", "retention-new-0001" }) {
            const Reply r = callWrite(agent, QStringLiteral("customer.note.add"),
                                      { { QStringLiteral("customer"), QStringLiteral("C-1001") },
                                        { QStringLiteral("text"), QStringLiteral("called back") },
                                        { QStringLiteral("cid"), QString::fromLatin1(cid) } });
            ASSERT_TRUE(r.ok) << r.error.message.toStdString();
        }
    }
    coordinator.stop();
    sql(coordinator.dbPath(),
        QStringLiteral("UPDATE applied_writes SET created_at = '2020-01-01T00:00:00.000Z' "
                       "WHERE cid = 'retention-old-0001'"));
    ASSERT_TRUE(coordinator.restart()) << coordinator.output().toStdString();
    coordinator.stop();
    EXPECT_EQ(sql(coordinator.dbPath(),
                  QStringLiteral("SELECT COUNT(*) FROM applied_writes WHERE cid = 'retention-old-0001'"))
                  .toInt(),
              0)
        << "an answer from 2020 outlived the 7-day retention";
    EXPECT_EQ(sql(coordinator.dbPath(),
                  QStringLiteral("SELECT COUNT(*) FROM applied_writes WHERE cid = 'retention-new-0001'"))
                  .toInt(),
              1);
}
