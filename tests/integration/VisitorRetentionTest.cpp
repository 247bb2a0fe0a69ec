#include "VisitorFixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>

// Every page view with the chat widget leaves a visitor row: expired ones are pruned when the
// coordinator starts and hourly, but never a visitor whose chat still names them.

namespace spocs::test {
namespace {

// Runs statements on the stopped coordinator's database; returns the last one's first column.
QVariant sql(const QString &path, const QStringList &statements)
{
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("visitor-retention"));
        db.setDatabaseName(path);
        if (db.open()) {
            for (const QString &statement : statements) {
                QSqlQuery q(db);
                result = q.exec(statement) && q.next() ? q.value(0) : QVariant();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("visitor-retention"));
    return result;
}

using VisitorRetentionTest = VisitorFixture;

TEST_F(VisitorRetentionTest, ExpiredVisitorsAndSpentRecordsArePrunedButChatsKeepTheirVisitor)
{
    auto browsing = visitor();
    ASSERT_TRUE(browsing);
    auto chatting = visitor();
    ASSERT_TRUE(chatting);
    const QJsonObject started = startChat(*chatting, QStringLiteral("vera.retention@example.org"));
    ASSERT_TRUE(started.value(QStringLiteral("ok")).toBool());
    const qint64 contact = waitForOffer();
    ASSERT_GT(contact, 0);
    browsing.reset();
    chatting.reset();

    m_coordinator.stop();
    const QString db = m_coordinator.dbPath();
    ASSERT_EQ(sql(db, { QStringLiteral("SELECT COUNT(*) FROM visitors") }).toInt(), 2);
    ASSERT_GE(sql(db, { QStringLiteral("SELECT COUNT(*) FROM visitor_actions") }).toInt(), 1);
    // Two days on: both tokens expired, the chat's rate-limit record is old, a survey link too.
    sql(db,
        { QStringLiteral("UPDATE visitors SET expires_at = '2020-01-01T00:00:00.000Z'"),
          QStringLiteral("UPDATE visitor_actions SET at = '2020-01-01T00:00:00.000Z'"),
          QStringLiteral("INSERT INTO survey_tokens (token_hash, contact_id, created_at, expires_at) VALUES "
                         "('expired-link', %1, '2019-12-01T00:00:00.000Z', '2019-12-15T00:00:00.000Z')")
              .arg(contact) });
    ASSERT_TRUE(m_coordinator.restart()) << qPrintable(m_coordinator.output());
    m_coordinator.stop();

    EXPECT_EQ(sql(db, { QStringLiteral("SELECT COUNT(*) FROM visitors") }).toInt(), 1)
        << "the visitor who only browsed is gone";
    EXPECT_EQ(sql(db,
                  { QStringLiteral("SELECT COUNT(*) FROM chats c JOIN visitors v ON v.id = c.visitor_id "
                                   "WHERE c.contact_id = %1")
                        .arg(contact) })
                  .toInt(),
              1)
        << "the chat keeps its visitor";
    EXPECT_EQ(sql(db, { QStringLiteral("SELECT COUNT(*) FROM visitor_actions") }).toInt(), 0);
    EXPECT_EQ(sql(db, { QStringLiteral("SELECT COUNT(*) FROM survey_tokens") }).toInt(), 0);
    EXPECT_TRUE(m_coordinator.output().contains(QStringLiteral("expired visitor rows")))
        << qPrintable(m_coordinator.output());
}

} // namespace
} // namespace spocs::test
