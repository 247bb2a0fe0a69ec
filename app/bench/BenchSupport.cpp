#include "BenchSupport.h"

#include "coordinator/auth/AuthStore.h"
#include "coordinator/demo/DemoSeeder.h"
#include "coordinator/storage/Database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

// The migrations are a resource of the static coordinator library; register them here,
// at global scope as Q_INIT_RESOURCE requires.
static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace spocs::bench {

namespace {
std::vector<std::function<void()>> &shutdownHooks()
{
    static std::vector<std::function<void()>> hooks;
    return hooks;
}
} // namespace

void onShutdown(std::function<void()> fn)
{
    shutdownHooks().push_back(std::move(fn));
}

void runShutdownHooks()
{
    for (const auto &fn : shutdownHooks())
        fn();
    shutdownHooks().clear();
}

int benchCustomers()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("SPOCS_BENCH_CUSTOMERS", &ok);
    return ok && n > 0 ? n : 2000;
}

QString cachedDemoDatabase(int customers)
{
    static QHash<int, QString> done;
    if (done.contains(customers))
        return done.value(customers);
    initMigrationResources();
    QString dir = qEnvironmentVariable("SPOCS_BENCH_DB_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/spocs-bench");
    QDir().mkpath(dir);
    const QString path
        = QDir(dir).filePath(QStringLiteral("demo-%1-s%2.db").arg(customers).arg(Database::latestSchemaVersion()));
    if (!QFile::exists(path)) {
        std::fprintf(stderr, "spocs-bench: seeding %d customers into %s (once; later runs reuse it)\n", customers,
                     qPrintable(path));
        const QString partial = path + QStringLiteral(".partial");
        QFile::remove(partial);
        {
            auto db = Database::open(partial);
            if (!db) {
                std::fprintf(stderr, "spocs-bench: %s\n", qPrintable(db.error().message));
                return {};
            }
            AuthStore auth(*db.value());
            QElapsedTimer timer;
            timer.start();
            auto seeded = DemoSeeder::seed(*db.value(), auth, customers);
            if (!seeded) {
                std::fprintf(stderr, "spocs-bench: seeding failed: %s\n", qPrintable(seeded.error().message));
                return {};
            }
            std::fprintf(stderr, "spocs-bench: seeded in %.1f s\n", double(timer.elapsed()) / 1000.0);
            db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        } // closed: the WAL is checkpointed into the file
        if (!QFile::rename(partial, path))
            return {};
    }
    done.insert(customers, path);
    return path;
}

BenchCoordinator &BenchCoordinator::instance()
{
    static BenchCoordinator coordinator;
    return coordinator;
}

BenchCoordinator::BenchCoordinator()
{
    m_customers = benchCustomers();
    const QString cached = cachedDemoDatabase(m_customers);
    // A copy: the benchmarks write (notes, audit) and the cache stays pristine.
    const QString dbPath = QDir(m_dir.path()).filePath(QStringLiteral("bench.db"));
    if (cached.isEmpty() || !QFile::copy(cached, dbPath)) {
        std::fprintf(stderr, "spocs-bench: no demo database\n");
        return;
    }
    if (!m_process.start(m_dir.path(), dbPath))
        std::fprintf(stderr, "spocs-bench: the coordinator did not start\n");
}

QString coordinatorProgram()
{
    return qEnvironmentVariable("SPOCS_COORDINATOR", QStringLiteral(SPOCS_COORDINATOR_BIN));
}

CoordinatorProcess::~CoordinatorProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        m_process->waitForFinished(10000);
    }
}

bool CoordinatorProcess::start(const QString &dir, const QString &db, const QStringList &extraArgs)
{
    const QString config = QDir(dir).filePath(QStringLiteral("bench.conf"));
    QFile file(config);
    if (file.open(QIODevice::WriteOnly))
        file.write("[limits]\nrequests_per_second=1000000\nrequest_burst=1000000\n"
                   "[web]\nport=0\nrequests_per_second=100000\nrequest_burst=100000\n");
    file.close();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(coordinatorProgram(),
                     QStringList { QStringLiteral("--config"), config, QStringLiteral("--db"), db,
                                   QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") }
                         + extraArgs);
    static const QRegularExpression listening(QStringLiteral("listening on (wss?://\\S+)"));
    QByteArray out;
    QDeadlineTimer deadline(600000);
    while (!deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
        m_process->waitForReadyRead(200);
        out += m_process->readAllStandardOutput();
        if (const auto match = listening.match(QString::fromUtf8(out)); match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            // Printed before the line above.
            static const QRegularExpression web(QStringLiteral("web endpoint listening on http://(\\S+?)/?\\s"));
            const auto webMatch = web.match(QString::fromUtf8(out));
            if (webMatch.hasMatch())
                m_visitorUrl = QUrl(QStringLiteral("ws://%1/visitor").arg(webMatch.captured(1)));
            return true;
        }
    }
    return false;
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    return done();
}

Reply syncCall(Connection &c, const QString &op, const QJsonObject &args)
{
    std::optional<Reply> reply;
    c.request(op, args, &c, [&](const Reply &r) { reply = r; });
    spinUntil([&] { return reply.has_value(); });
    return reply.value_or(Reply { false, {}, makeError(ErrorCode::Timeout, {}) });
}

bool login(Connection &c, const QString &user)
{
    return login(c, BenchCoordinator::instance().url(), user);
}

bool login(Connection &c, const QUrl &url, const QString &user)
{
    c.setKeepAlive(0, 0);
    std::optional<Reply> reply;
    c.login(url, user, QStringLiteral("demo"), [&](const Reply &r) { reply = r; });
    spinUntil([&] { return reply.has_value(); });
    if (!reply || !reply->ok)
        return false;
    // A first connection makes its user available, and for 10 s after it closes: a benchmark's
    // session must not take the contacts another benchmark routes (BM_ChatLineDelivery).
    return syncCall(c, QStringLiteral("presence.set"),
                    { { QStringLiteral("state"), QStringLiteral("break") },
                      { QStringLiteral("reason"), QStringLiteral("benchmark") } })
        .ok;
}

bool loginOrSkip(benchmark::State &state, Connection &c, const QString &user)
{
    return loginOrSkip(state, c, BenchCoordinator::instance().url(), user);
}

bool loginOrSkip(benchmark::State &state, Connection &c, const QUrl &url, const QString &user)
{
    if (!url.isValid()) {
        state.SkipWithError("no coordinator");
        return false;
    }
    if (!login(c, url, user)) {
        state.SkipWithError("login failed");
        return false;
    }
    return true;
}

void timeEachIteration(benchmark::State &state, const char *failure, const std::function<bool()> &step,
                       const std::function<void()> &between)
{
    std::vector<double> samples;
    QElapsedTimer timer;
    for (auto _ : state) {
        timer.start();
        const bool ok = step();
        samples.push_back(double(timer.nsecsElapsed()) / 1000.0);
        if (!ok) {
            state.SkipWithError(failure);
            break;
        }
        if (between) {
            state.PauseTiming();
            between();
            state.ResumeTiming();
        }
    }
    reportPercentiles(state, std::move(samples));
}

void timeEachIteration(benchmark::State &state, const std::function<void()> &step, const std::function<void()> &between)
{
    timeEachIteration(
        state, "",
        [&] {
            step();
            return true;
        },
        between);
}

void reportPercentiles(benchmark::State &state, std::vector<double> samplesUs, const std::string &prefix)
{
    if (samplesUs.empty())
        return;
    std::sort(samplesUs.begin(), samplesUs.end());
    auto at = [&](double p) {
        return samplesUs[std::min(samplesUs.size() - 1, size_t(p * double(samplesUs.size())))];
    };
    state.counters[prefix + "p50_us"] = at(0.50);
    state.counters[prefix + "p90_us"] = at(0.90);
    state.counters[prefix + "p99_us"] = at(0.99);
    state.counters[prefix + "max_us"] = samplesUs.back();
}

} // namespace spocs::bench
