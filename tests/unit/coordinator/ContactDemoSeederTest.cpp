#include "TestDatabase.h"

#include "coordinator/auth/AuthStore.h"
#include "coordinator/demo/ContactDemoSeeder.h"
#include "coordinator/demo/DemoSeeder.h"

#include <QSqlQuery>

using namespace spocs;
using namespace spocs::test;

namespace {

const QDate kToday(2026, 11, 23);

void seedDemo(TempDatabase &db, int customers = 200)
{
    AuthStore auth(*db);
    auto summary = DemoSeeder::seed(*db, auth, customers, kToday);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
}

QString text(TempDatabase &db, const QString &sql)
{
    QSqlQuery q = db->prepare(sql);
    EXPECT_TRUE(q.exec() && q.next()) << sql.toStdString();
    return q.value(0).toString();
}

} // namespace

TEST(ContactDemoSeeder, ThirtyDaysOfClosedContactHistory)
{
    TempDatabase db;
    seedDemo(db);
    const qint64 contacts = db.scalar(QStringLiteral("SELECT count(*) FROM contacts"));
    EXPECT_GE(contacts, 30 * 30); // about 40 a day
    EXPECT_LE(contacts, 30 * 50);
    // Every day of the last 30 has contacts; today and the future have none (live traffic's).
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(DISTINCT substr(created_at, 1, 10)) FROM contacts")), 30);
    EXPECT_EQ(text(db, QStringLiteral("SELECT min(substr(created_at, 1, 10)) FROM contacts")),
              QStringLiteral("2026-10-24"));
    EXPECT_EQ(text(db, QStringLiteral("SELECT max(substr(created_at, 1, 10)) FROM contacts")),
              QStringLiteral("2026-11-22"));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE state <> 'closed' OR closed_at IS NULL")),
              0);
    // Answered ones have an owner, an answer time between creation and closing, reasons and an outcome.
    EXPECT_EQ(db.scalar(QStringLiteral(
                  "SELECT count(*) FROM contacts WHERE abandoned = 0 AND (answered_at IS NULL OR owner_user_id IS NULL "
                  "OR answered_at < created_at OR closed_at < answered_at OR outcome IS NULL)")),
              0);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM contacts c WHERE NOT EXISTS "
                                       "(SELECT 1 FROM contact_contact_reasons r WHERE r.contact_id = c.id)")),
              0);
    // Abandoned callers: a few percent, never answered.
    const qint64 abandoned = db.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE abandoned = 1"));
    EXPECT_GT(abandoned, contacts / 50);
    EXPECT_LT(abandoned, contacts / 8);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE abandoned = 1 AND (answered_at IS NOT NULL "
                                       "OR owner_user_id IS NOT NULL OR channel = 'email')")),
              0);
    // Mostly resolved, a service level a lead can judge (some answered within 20 s, not all).
    const qint64 handled = contacts - abandoned;
    const qint64 resolved = db.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE outcome = 'resolved'"));
    EXPECT_GT(resolved, handled * 7 / 10);
    EXPECT_LT(resolved, handled * 95 / 100);
    const qint64 fast = db.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE abandoned = 0 AND "
                                                 "(julianday(answered_at) - julianday(created_at)) * 86400 <= 20"));
    EXPECT_GT(fast, handled / 2);
    EXPECT_LT(fast, handled);
    // A few transfers and consults, with their rows.
    EXPECT_GT(db.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE transfer_count > 0")), 0);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT sum(consult_count) FROM contacts")),
              db.scalar(QStringLiteral("SELECT count(*) FROM consults")));
    EXPECT_GT(db.scalar(QStringLiteral("SELECT count(*) FROM consults")), 0);
    EXPECT_GT(db.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE forwarded = 1")), 0);
    // Surveys for about a third of the handled contacts, within range.
    const qint64 surveys = db.scalar(QStringLiteral("SELECT count(*) FROM surveys"));
    EXPECT_GT(surveys, handled / 5);
    EXPECT_LT(surveys, handled / 2);
    EXPECT_EQ(db.scalar(QStringLiteral(
                  "SELECT count(*) FROM surveys s JOIN contacts c ON c.id = s.contact_id WHERE c.abandoned = 1")),
              0);
    // No open follow-up is left in the past but the one the seeder leaves overdue (OpenFollowUpsAreDueToday):
    // nobody starts with a wall of overdue warnings.
    EXPECT_GT(db.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE outcome = 'follow_up'")), 0);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE outcome = 'follow_up' AND "
                                       "(follow_up_due IS NULL OR follow_up_owner_user_id IS NULL OR "
                                       "follow_up_done_at >= '2026-11-23')")),
              0);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE outcome = 'follow_up' AND "
                                       "follow_up_done_at IS NULL")),
              5);
    // Forward-only reasons are never closed as resolved.
    EXPECT_EQ(db.scalar(QStringLiteral(
                  "SELECT count(*) FROM contacts c JOIN contact_contact_reasons cr ON cr.contact_id = c.id "
                  "JOIN contact_reasons r ON r.id = cr.reason_id WHERE r.forward_only = 1 AND c.outcome = 'resolved'")),
              0);
    // A Pareto-like spread: the top reason clearly leads, many reasons occur.
    const qint64 top = db.scalar(
        QStringLiteral("SELECT count(*) AS n FROM contact_contact_reasons GROUP BY reason_id ORDER BY n DESC LIMIT 1"));
    EXPECT_GT(top, contacts / 6);
    EXPECT_GE(db.scalar(QStringLiteral("SELECT count(DISTINCT reason_id) FROM contact_contact_reasons")), 10);
}

// A new user's My day lists follow-ups due today, and the lead sees one overdue: agent1 has the
// latest two of their own follow-ups due today and the one before overdue since yesterday,
// agent2 and agent3 one due today each; each on a contact its owner handled, with its reasons.
TEST(ContactDemoSeeder, OpenFollowUpsAreDueToday)
{
    TempDatabase db;
    seedDemo(db);
    const QString open = QStringLiteral(
        "SELECT count(*) FROM contacts c JOIN users u ON u.id = c.follow_up_owner_user_id WHERE u.login = '%1' "
        "AND c.outcome = 'follow_up' AND c.follow_up_done_at IS NULL AND c.follow_up_due = '%2' "
        "AND c.owner_user_id = u.id AND c.forwarded = 0");
    EXPECT_EQ(db.scalar(open.arg(QLatin1String("agent1"), QLatin1String("2026-11-23"))), 2);
    EXPECT_EQ(db.scalar(open.arg(QLatin1String("agent1"), QLatin1String("2026-11-22"))), 1);
    EXPECT_EQ(db.scalar(open.arg(QLatin1String("agent2"), QLatin1String("2026-11-23"))), 1);
    EXPECT_EQ(db.scalar(open.arg(QLatin1String("agent3"), QLatin1String("2026-11-23"))), 1);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM contacts c WHERE c.follow_up_done_at IS NULL AND "
                                       "c.outcome = 'follow_up' AND NOT EXISTS (SELECT 1 FROM contact_contact_reasons "
                                       "r WHERE r.contact_id = c.id)")),
              0);
    // agent1's overdue one is older than the two due today: the latest are the ones still to do today.
    EXPECT_LT(text(db,
                   QStringLiteral("SELECT c.created_at FROM contacts c JOIN users u ON u.id = c.owner_user_id "
                                  "WHERE u.login = 'agent1' AND c.follow_up_done_at IS NULL AND "
                                  "c.follow_up_due = '2026-11-22'")),
              text(db,
                   QStringLiteral("SELECT min(c.created_at) FROM contacts c JOIN users u ON u.id = "
                                  "c.owner_user_id WHERE u.login = 'agent1' AND c.follow_up_done_at IS NULL AND "
                                  "c.follow_up_due = '2026-11-23'")));
}

TEST(ContactDemoSeeder, SkillsQueuesAndTheForwardOnlyReason)
{
    TempDatabase db;
    seedDemo(db);
    for (const char *code : { "general", "orders", "billing", "returns", "technical", "investor_relations" }) {
        EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM skills WHERE code = '%1'").arg(QLatin1String(code))),
                  1)
            << code;
    }
    // Experts: one or two skills at level 4-5; agents: one or two at level 1-3.
    EXPECT_EQ(db.scalar(QStringLiteral(
                  "SELECT count(*) FROM users u WHERE u.role = 'expert' AND (SELECT count(*) FROM user_skills s "
                  "WHERE s.user_id = u.id AND s.level >= 4) NOT BETWEEN 1 AND 2")),
              0);
    EXPECT_EQ(db.scalar(QStringLiteral(
                  "SELECT count(*) FROM users u WHERE u.role = 'agent' AND (SELECT count(*) FROM user_skills s "
                  "WHERE s.user_id = u.id AND s.level <= 3) NOT BETWEEN 1 AND 2")),
              0);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM user_skills s JOIN users u ON u.id = s.user_id "
                                       "WHERE u.role = 'agent' AND s.level > 3")),
              0);
    // Every agent skill queue has several agents.
    EXPECT_GE(db.scalar(QStringLiteral("SELECT min(n) FROM (SELECT count(*) AS n FROM user_skills s JOIN users u ON "
                                       "u.id = s.user_id WHERE u.role = 'agent' GROUP BY s.skill)")),
              3);
    // Reasons carry their queue; investor relations is forward-only to the lead.
    EXPECT_EQ(text(db, QStringLiteral("SELECT skill FROM contact_reasons WHERE code = 'orders.where'")),
              QStringLiteral("orders"));
    EXPECT_EQ(text(db, QStringLiteral("SELECT skill FROM contact_reasons WHERE code = 'billing.dispute'")),
              QStringLiteral("billing"));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM contact_reasons WHERE code LIKE 'investor%' AND "
                                       "forward_only = 1 AND skill = 'investor_relations' AND forward_to_user_id = "
                                       "(SELECT id FROM users WHERE login = 'lead1')")),
              1);
    // History contacts wait in their reason's queue.
    EXPECT_EQ(db.scalar(QStringLiteral(
                  "SELECT count(*) FROM contacts c JOIN contact_contact_reasons cr ON cr.contact_id = c.id "
                  "JOIN contact_reasons r ON r.id = cr.reason_id WHERE r.code = 'orders.where' AND c.queue <> 'orders' "
                  "AND (SELECT count(*) FROM contact_contact_reasons x WHERE x.contact_id = c.id) = 1")),
              0);
    EXPECT_GE(db.scalar(QStringLiteral("SELECT count(DISTINCT queue) FROM contacts")), 4);
}

TEST(ContactDemoSeeder, HistoryIsDeterministic)
{
    const QString dump = QStringLiteral(
        "SELECT group_concat(row, '|') FROM (SELECT c.id || c.channel || c.customer_id || coalesce(c.owner_user_id, "
        "'-') "
        "|| c.created_at || coalesce(c.answered_at, '-') || c.closed_at || coalesce(c.outcome, '-') || c.queue "
        "|| coalesce(s.csat, '-') AS row FROM contacts c LEFT JOIN surveys s ON s.contact_id = c.id ORDER BY c.id)");
    TempDatabase first;
    seedDemo(first, 50);
    TempDatabase second;
    seedDemo(second, 50);
    EXPECT_FALSE(text(first, dump).isEmpty());
    EXPECT_EQ(text(first, dump), text(second, dump));
}

TEST(ContactDemoSeeder, EmptyWorldSeedsNoHistory)
{
    // Without customers there is nobody to call: skills are seeded, no contacts.
    TempDatabase db;
    seedDemo(db, 0);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM contacts")), 0);
    EXPECT_GE(db.scalar(QStringLiteral("SELECT count(*) FROM skills")), 6);
}
