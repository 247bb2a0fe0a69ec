// Routing at scale: what one presence change costs the coordinator's event loop when many
// contacts wait and many people are signed in. In this process, on a fresh database: the demo
// world of 100 customers plus agents up to `agents`, all available, and `waiting` phone
// contacts in a queue none of them serves, so every pass looks at every contact and every
// person and offers nothing (the worst case: nothing changes, the next change pays again).
#include "BenchSupport.h"

#include "coordinator/auth/AuthStore.h"
#include "coordinator/contacts/ContactRouter.h"
#include "coordinator/demo/DemoSeeder.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/RequestHandlers.h"
#include "coordinator/server/ServerConfig.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace spocs;
using namespace spocs::bench;

namespace {

class RoutingFloor
{
public:
    RoutingFloor(int waiting, int agents)
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("routing.db")));
        if (!db)
            return;
        m_db = std::move(db).value();
        m_server = std::make_unique<CoordinatorServer>(m_config, *m_db);
        if (!DemoSeeder::seed(*m_db, m_server->auth(), 100))
            return;
        ContactRouter &router = m_server->handlers().contactRouter();
        const auto filled = m_db->write([&]() -> Result<void> {
            SPOCS_TRY(m_db->exec(QStringLiteral(
                "INSERT INTO skills(code, label, position) VALUES ('bench_rare', 'Nobody has it', 99)")));
            int count = 0;
            for (const UserInfo &u : m_server->auth().allUsers())
                count += u.role == Role::Agent ? 1 : 0;
            for (int i = count; i < agents; ++i) {
                SPOCS_TRY(m_server->auth().addUserWithHash(QStringLiteral("floor%1").arg(i),
                                                           QStringLiteral("Floor Agent %1").arg(i), Role::Agent,
                                                           QStringLiteral("not-a-login")));
            }
            for (int i = 0; i < waiting; ++i) {
                SPOCS_TRY(router.store().create(QStringLiteral("phone"), QStringLiteral("C-%1").arg(1000 + i % 100),
                                                std::nullopt, QStringLiteral("bench_rare")));
            }
            return {};
        });
        if (!filled)
            return;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const UserInfo &u : m_server->auth().allUsers()) {
            if (u.role == Role::Agent)
                m_server->presence().connectionOpened(u, now);
        }
        m_someone = m_server->auth().userByLogin(QStringLiteral("agent1")).value_or(UserInfo {}).id;
        pass(); // the router's first pass, scheduled when it was created
        m_ok = true;
    }
    ~RoutingFloor()
    {
        m_server.reset();
        m_db.reset();
    }
    bool ok() const { return m_ok; }

    // A presence change and the routing pass it schedules.
    void pass()
    {
        ContactRouter &router = m_server->handlers().contactRouter();
        Q_EMIT m_server->presenceChanged(m_someone);
        QCoreApplication::sendPostedEvents(&router, QEvent::MetaCall);
    }

private:
    QTemporaryDir m_dir;
    ServerConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CoordinatorServer> m_server;
    qint64 m_someone = 0;
    bool m_ok = false;
};

void BM_RoutingPassAfterAPresenceChange(benchmark::State &state)
{
    RoutingFloor floor(int(state.range(0)), int(state.range(1)));
    if (!floor.ok()) {
        state.SkipWithError("could not build the floor");
        return;
    }
    timeEachIteration(state, [&] { floor.pass(); });
}
BENCHMARK(BM_RoutingPassAfterAPresenceChange)
    ->ArgNames({ "waiting", "agents" })
    ->Args({ 50, 125 })
    ->Args({ 200, 500 })
    ->Args({ 400, 1000 })
    ->Unit(benchmark::kMicrosecond)
    ->Iterations(30);

} // namespace
