// What the coordinator's loop spends on the lead's alerts and the follow-up check, which it runs
// every second, on a large floor: the demo world's closed contacts copied until 30 days hold
// about 60,000 (a floor of some 80 agents). While the loop runs these, no request is answered.
#include "BenchSupport.h"

#include "coordinator/contacts/ContactStore.h"
#include "coordinator/contacts/FollowUpStore.h"
#include "coordinator/leads/LeadStore.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/ServerConfig.h"
#include "coordinator/storage/Database.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace spocs;
using namespace spocs::bench;

namespace {

constexpr int kCopies = 49; // each closed contact 50 times in all

// The service's parts the housekeeping uses, over one database.
struct Housekeeping
{
    Housekeeping(const ServerConfig &config, Database &db)
        : server(config, db)
        , contacts(db)
        , followUps(db)
        , lead(server, contacts, followUps)
    { }
    CoordinatorServer server;
    ContactStore contacts;
    FollowUpStore followUps;
    LeadStore lead;
};

class LargeFloor
{
public:
    static LargeFloor &instance()
    {
        static LargeFloor floor;
        return floor;
    }
    bool ok() const { return m_service != nullptr; }
    LeadStore &lead() { return m_service->lead; }
    FollowUpStore &followUps() { return m_service->followUps; }
    ManualClock &clock() { return *m_clock; }
    qint64 contacts() const { return m_contacts; }

    // Before QCoreApplication goes: the service's last commit needs the SQL driver.
    void shutdown()
    {
        m_service.reset();
        m_db.reset();
    }

private:
    LargeFloor()
    {
        onShutdown([] { instance().shutdown(); });
        const QString cached = cachedDemoDatabase(benchCustomers());
        const QString path = m_dir.filePath(QStringLiteral("floor.db"));
        if (cached.isEmpty() || !QFile::copy(cached, path))
            return;
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto db = Database::open(path);
        if (!db)
            return;
        m_db = std::move(db).value();
        if (!enlarge())
            return;
        // An hour after the newest contact, so the 30 days hold them all however old the cache is.
        QSqlQuery newest = m_db->prepare(QStringLiteral("SELECT max(created_at), count(*) FROM contacts"));
        if (!newest.exec() || !newest.next())
            return;
        m_contacts = newest.value(1).toLongLong();
        const QDateTime start = QDateTime::fromString(newest.value(0).toString(), Qt::ISODateWithMs).addSecs(3600);
        m_clock = std::make_shared<ManualClock>(start);
        m_db->setClock(m_clock);
        m_service = std::make_unique<Housekeeping>(m_config, *m_db);
    }

    bool enlarge()
    {
        const QString offset = QStringLiteral("k.n * 10000000");
        const QStringList statements {
            QStringLiteral("CREATE TEMP TABLE copies(n INTEGER)"),
            QStringLiteral("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < %1) "
                           "INSERT INTO copies SELECT n FROM c")
                .arg(kCopies),
            QStringLiteral("BEGIN"),
            QStringLiteral("INSERT INTO contacts(id, channel, customer_id, owner_user_id, state, outcome, version, "
                           "created_at, updated_at, closed_at, queue, answered_at, abandoned, forwarded, "
                           "transfer_count, consult_count, notes, priority, direction) "
                           "SELECT c.id + %1, channel, customer_id, owner_user_id, state, outcome, version, "
                           "created_at, updated_at, closed_at, queue, answered_at, abandoned, forwarded, "
                           "transfer_count, consult_count, notes, priority, direction "
                           "FROM contacts c, copies k WHERE c.state = 'closed' AND c.id < 10000000")
                .arg(offset),
            QStringLiteral("INSERT INTO contact_transitions(contact_id, state, at, user_id) "
                           "SELECT t.contact_id + %1, t.state, t.at, t.user_id FROM contact_transitions t "
                           "JOIN contacts c ON c.id = t.contact_id, copies k WHERE c.state = 'closed' "
                           "AND c.id < 10000000")
                .arg(offset),
            QStringLiteral("INSERT INTO contact_contact_reasons(contact_id, reason_id) "
                           "SELECT r.contact_id + %1, r.reason_id FROM contact_contact_reasons r "
                           "JOIN contacts c ON c.id = r.contact_id, copies k WHERE c.state = 'closed' "
                           "AND c.id < 10000000")
                .arg(offset),
            QStringLiteral("COMMIT"),
        };
        return std::all_of(statements.cbegin(), statements.cend(),
                           [this](const QString &statement) { return m_db->exec(statement).ok(); });
    }

    QTemporaryDir m_dir;
    ServerConfig m_config;
    std::unique_ptr<Database> m_db;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Housekeeping> m_service;
    qint64 m_contacts = 0;
};

// One housekeeping second as the loop spends it: the follow-up check and the alerts, each a
// minute after the last, so the 30-day usual handle times are due every time. What the read
// worker does meanwhile is not timed; its answers land between iterations.
void BM_LeadHousekeepingOnALargeFloor(benchmark::State &state)
{
    auto &floor = LargeFloor::instance();
    if (!floor.ok()) {
        state.SkipWithError("no large floor");
        return;
    }
    const QJsonArray queues;
    // Not timed: the first usual handle times are worked out on the loop, once, at start-up.
    if (!floor.lead().alerts(floor.clock().now(), queues, {}).ok()) {
        state.SkipWithError("the housekeeping failed");
        return;
    }
    timeEachIteration(
        state, "the housekeeping failed",
        [&] {
            floor.clock().advance(61 * 1000);
            const QDateTime now = floor.clock().now();
            return floor.followUps().dueNotices(now, 15).ok() && floor.lead().alerts(now, queues, {}).ok();
        },
        [] { QCoreApplication::processEvents(); });
    state.counters["contacts"] = double(floor.contacts());
}
BENCHMARK(BM_LeadHousekeepingOnALargeFloor)->Unit(benchmark::kMillisecond)->Iterations(30);

} // namespace
