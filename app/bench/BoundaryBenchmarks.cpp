// Server-side ("service boundary") latency: the coordinator's own request handlers run
// in this process on the cached demo database, from a decoded request to the handler's
// result, without sockets or the client's event loop. Same ops and inputs as the round
// trips in ServiceBenchmarks.cpp, so the two sets of figures can be compared.
#include "BenchSupport.h"

#include "coordinator/auth/AuthStore.h"
#include "coordinator/customers/CustomerStore.h"
#include "coordinator/server/ClientSession.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/RequestHandlers.h"
#include "coordinator/server/ServerConfig.h"
#include "coordinator/storage/Database.h"
#include "core/Protocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QWebSocket>

#include <algorithm>

using namespace spocs;
using namespace spocs::bench;

namespace {

// A coordinator without a listening socket: its services, a second RequestHandlers on
// it, and one signed-in session of agent1 whose answers go nowhere.
class InProcessCoordinator
{
public:
    static InProcessCoordinator &instance()
    {
        static InProcessCoordinator coordinator;
        return coordinator;
    }
    bool ok() const { return m_session != nullptr; }
    int customers() const { return m_customers; }
    CustomerStore &store() { return m_server->customers(); }
    Database &db() { return *m_db; }

    void handle(const QString &op, const QJsonObject &args)
    {
        protocol::Request request;
        request.id = ++m_requestId;
        request.op = op;
        request.args = args;
        m_handlers->handle(m_session.get(), request);
    }

    // Before QCoreApplication goes: the audit log's last flush needs the SQL driver.
    void shutdown()
    {
        m_session.reset();
        m_handlers.reset();
        m_server.reset();
        m_db.reset();
    }

private:
    InProcessCoordinator()
    {
        onShutdown([] { instance().shutdown(); });
        m_customers = benchCustomers();
        const QString cached = cachedDemoDatabase(m_customers);
        const QString path = m_dir.filePath(QStringLiteral("boundary.db"));
        if (cached.isEmpty() || !QFile::copy(cached, path))
            return;
        auto db = Database::open(path);
        if (!db)
            return;
        m_db = std::move(db).value();
        m_server = std::make_unique<CoordinatorServer>(m_config, *m_db);
        m_handlers = std::make_unique<RequestHandlers>(*m_server);
        const auto user = m_server->auth().userByLogin(QStringLiteral("agent1"));
        if (!user)
            return;
        auto issued = m_server->auth().createSession(user->id, QStringLiteral("spocs-bench"));
        if (!issued)
            return;
        m_session = std::make_unique<ClientSession>(new QWebSocket, m_config);
        m_session->setSession(issued->info);
    }

    QTemporaryDir m_dir;
    ServerConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CoordinatorServer> m_server;
    std::unique_ptr<RequestHandlers> m_handlers;
    std::unique_ptr<ClientSession> m_session;
    int m_customers = 0;
    qint64 m_requestId = 0;
};

// Lets timers (the audit log's flush) run between requests, as the server's event loop does.
void idle()
{
    QCoreApplication::processEvents();
}

void BM_CustomerGetServer(benchmark::State &state)
{
    auto &c = InProcessCoordinator::instance();
    if (!c.ok()) {
        state.SkipWithError("no in-process coordinator");
        return;
    }
    if (!c.store().get(QStringLiteral("C-1000"))) {
        state.SkipWithError("customer.get fails");
        return;
    }
    QRandomGenerator rng(42);
    timeEachIteration(
        state,
        [&] {
            const QString id = QStringLiteral("C-%1").arg(1000 + rng.bounded(c.customers()));
            c.handle(QStringLiteral("customer.get"), { { QStringLiteral("id"), id } });
        },
        idle);
}
BENCHMARK(BM_CustomerGetServer)->Unit(benchmark::kMicrosecond)->Iterations(5000);

// Type-ahead prefixes (the round-trip benchmark's) plus exact numbers: customer, account,
// order and invoice numbers and phone suffixes taken from the database.
QStringList searchQueries(InProcessCoordinator &c)
{
    QStringList queries { QStringLiteral("mü"), QStringLiteral("sch"), QStringLiteral("nguy"), QStringLiteral("and"),
                          QStringLiteral("jo"), QStringLiteral("gar"), QStringLiteral("kow"),  QStringLiteral("ber") };
    QSqlQuery q = c.db().prepare(
        QStringLiteral("SELECT (SELECT public_id FROM customers ORDER BY id DESC LIMIT 1), "
                       "(SELECT number FROM accounts ORDER BY id LIMIT 1 OFFSET 17), "
                       "(SELECT number FROM orders ORDER BY id LIMIT 1 OFFSET 23), "
                       "(SELECT number FROM invoices ORDER BY id LIMIT 1 OFFSET 29), "
                       "(SELECT substr(digits, -6) FROM customer_phones ORDER BY id LIMIT 1 OFFSET 31)"));
    if (q.exec() && q.next()) {
        for (int i = 0; i < 5; ++i) {
            if (!q.value(i).toString().isEmpty())
                queries.append(q.value(i).toString());
        }
    }
    return queries;
}

void BM_CustomerSearchServer(benchmark::State &state)
{
    auto &c = InProcessCoordinator::instance();
    if (!c.ok()) {
        state.SkipWithError("no in-process coordinator");
        return;
    }
    const QStringList queries = searchQueries(c);
    int i = 0;
    timeEachIteration(
        state,
        [&] {
            const QString q = queries.at(i++ % queries.size());
            c.handle(QStringLiteral("customer.search"), { { QStringLiteral("q"), q } });
        },
        idle);
}
BENCHMARK(BM_CustomerSearchServer)->Unit(benchmark::kMicrosecond)->Iterations(5000);

// customer.search p99 for every kind of query an agent types, one benchmark per kind, each
// cycling through its queries (numbers and phones taken from the database): the type-ahead
// goal is p99 <= 10 ms at 100,000 customers for every kind, not only on average.
struct SearchKind
{
    const char *name;
    QStringList queries;
};

QList<SearchKind> searchKinds(InProcessCoordinator &c)
{
    QStringList fromDb;
    QSqlQuery q = c.db().prepare(QStringLiteral(
        "SELECT (SELECT public_id FROM customers ORDER BY id LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM customers)), "
        "(SELECT number FROM accounts ORDER BY id LIMIT 1 OFFSET (SELECT COUNT(*) / 3 FROM accounts)), "
        "(SELECT number FROM orders ORDER BY id LIMIT 1 OFFSET (SELECT COUNT(*) / 4 FROM orders)), "
        "(SELECT number FROM invoices ORDER BY id LIMIT 1 OFFSET (SELECT COUNT(*) / 5 FROM invoices)), "
        "(SELECT digits FROM customer_phones ORDER BY id LIMIT 1 OFFSET (SELECT COUNT(*) / 6 FROM customer_phones)), "
        "(SELECT raw FROM customer_phones ORDER BY id LIMIT 1 OFFSET (SELECT COUNT(*) / 7 FROM customer_phones)), "
        "(SELECT email FROM customer_emails ORDER BY id LIMIT 1 OFFSET (SELECT COUNT(*) / 8 FROM customer_emails))"));
    if (!q.exec() || !q.next())
        return {};
    for (int i = 0; i < 7; ++i)
        fromDb.append(q.value(i).toString());
    const QString customer = fromDb.at(0), account = fromDb.at(1), order = fromDb.at(2), invoice = fromDb.at(3);
    const QString digits = fromDb.at(4), raw = fromDb.at(5), email = fromDb.at(6);
    // The first characters of a number as it is typed: "C-1", "C-12", ... up to the whole.
    const auto typed = [](const QString &number, int from, int to) {
        QStringList out;
        for (int n = from; n <= std::min(to, int(number.size())); ++n)
            out.append(number.left(n));
        return out;
    };
    return {
        { "one letter", { QStringLiteral("m"), QStringLiteral("s"), QStringLiteral("a"), QStringLiteral("j") } },
        { "two letters",
          { QStringLiteral("mü"), QStringLiteral("jo"), QStringLiteral("an"), QStringLiteral("be"),
            QStringLiteral("sc"), QStringLiteral("ng"), QStringLiteral("ko"), QStringLiteral("ga") } },
        { "name prefix",
          { QStringLiteral("sch"), QStringLiteral("nguy"), QStringLiteral("and"), QStringLiteral("gar"),
            QStringLiteral("kow"), QStringLiteral("ber"), QStringLiteral("müll"), QStringLiteral("schmi") } },
        { "two words",
          { QStringLiteral("anna m"), QStringLiteral("jo sch"), QStringLiteral("maria gar"),
            QStringLiteral("mü gmbh") } },
        { "customer number", typed(customer, 3, 12) },
        { "account number", typed(account, 3, 12) },
        { "order number", typed(order, 3, 12) },
        { "invoice number", typed(invoice, 3, 12) },
        { "bare digits", { digits.right(4), account.mid(2), order.mid(2), customer.mid(2) } },
        { "phone", { digits.right(4), digits.right(6), digits, raw } },
        { "e-mail", { email, email.section(u'@', 0, 0), email.left(5) } },
    };
}

void BM_CustomerSearchServerByKind(benchmark::State &state)
{
    auto &c = InProcessCoordinator::instance();
    if (!c.ok()) {
        state.SkipWithError("no in-process coordinator");
        return;
    }
    const QList<SearchKind> kinds = searchKinds(c);
    if (state.range(0) >= kinds.size()) {
        state.SkipWithError("no such kind");
        return;
    }
    const SearchKind &kind = kinds.at(state.range(0));
    state.SetLabel(QStringLiteral("%1: %2").arg(QString::fromLatin1(kind.name), kind.queries.join(u'|')).toStdString());
    int i = 0;
    timeEachIteration(
        state,
        [&] {
            const QString q = kind.queries.at(i++ % kind.queries.size());
            c.handle(QStringLiteral("customer.search"), { { QStringLiteral("q"), q } });
        },
        idle);
}
BENCHMARK(BM_CustomerSearchServerByKind)->DenseRange(0, 10)->Unit(benchmark::kMicrosecond)->Iterations(400);

} // namespace
