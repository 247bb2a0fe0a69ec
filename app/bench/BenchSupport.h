#pragma once

#include "client/Connection.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <benchmark/benchmark.h>

#include <functional>
#include <memory>
#include <vector>

namespace spocs::bench {

// The demo world of `customers` customers, seeded once into a cache file and reused by
// later runs: $SPOCS_BENCH_DB_DIR, default <generic cache>/spocs-bench (~/.cache/spocs-bench),
// file demo-<customers>-s<schema version>.db. Seeding 100,000 customers takes minutes;
// delete the file to reseed (e.g. after the demo seeder changed). Empty on failure.
QString cachedDemoDatabase(int customers);
int benchCustomers(); // SPOCS_BENCH_CUSTOMERS, default 2,000

// Work to do after the last benchmark, while QCoreApplication (and its SQL driver) lives.
void onShutdown(std::function<void()> fn);
void runShutdownHooks();

// The spocs-coordinator program ($SPOCS_COORDINATOR, default the one built beside the bench).
QString coordinatorProgram();

// A spocs-coordinator process on a free loopback port (its web endpoint on another), stopped when this
// goes. Its config (written into dir) lifts the per-connection flood limits: one benchmark connection
// sends thousands of requests a second, and the limits (50/s by default) would measure themselves
// instead of the service.
class CoordinatorProcess
{
public:
    CoordinatorProcess() = default;
    ~CoordinatorProcess();
    CoordinatorProcess(const CoordinatorProcess &) = delete;
    CoordinatorProcess &operator=(const CoordinatorProcess &) = delete;

    // Serves db (extraArgs after the usual ones) and waits up to 10 minutes until it listens;
    // false when it did not start.
    bool start(const QString &dir, const QString &db, const QStringList &extraArgs = {});
    QUrl url() const { return m_url; }
    QUrl visitorUrl() const { return m_visitorUrl; }

private:
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QUrl m_visitorUrl;
};

// One real coordinator for the whole run, on a free loopback port, serving a copy of the
// cached demo world of SPOCS_BENCH_CUSTOMERS customers in a temporary folder.
class BenchCoordinator
{
public:
    static BenchCoordinator &instance();
    QUrl url() const { return m_process.url(); }
    // The web endpoint's visitor socket (ws://127.0.0.1:PORT/visitor), on a free port.
    QUrl visitorUrl() const { return m_process.visitorUrl(); }
    int customers() const { return m_customers; }
    bool ok() const { return url().isValid(); }

private:
    BenchCoordinator();
    QTemporaryDir m_dir;
    CoordinatorProcess m_process;
    int m_customers = 2000;
};

// Runs the event loop until done() or the time-out; returns done().
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 30000);
Reply syncCall(Connection &c, const QString &op, const QJsonObject &args);
// Signs in with the demo password, to the bench coordinator or to url. The session does not
// ping: a bench step that keeps this thread busy must not make it reconnect mid-run.
bool login(Connection &c, const QString &user);
bool login(Connection &c, const QUrl &url, const QString &user);
// The same for a benchmark: false, with the benchmark skipped, when the coordinator at url did not
// start or the login fails.
bool loginOrSkip(benchmark::State &state, Connection &c, const QString &user);
bool loginOrSkip(benchmark::State &state, Connection &c, const QUrl &url, const QString &user);

// Times step() once per iteration and reports the percentiles (reportPercentiles). step() returns
// false when what it measured failed: the benchmark is then skipped with `failure`. between(), when
// given, runs after each step with the benchmark's timing paused.
void timeEachIteration(benchmark::State &state, const char *failure, const std::function<bool()> &step,
                       const std::function<void()> &between = {});
// The same for a step that cannot fail.
void timeEachIteration(benchmark::State &state, const std::function<void()> &step,
                       const std::function<void()> &between = {});

// Latency samples in microseconds -> p50/p90/p99 counters on the benchmark state, named with the
// prefix ("cpu_" for CPU time beside the wall-clock "").
void reportPercentiles(benchmark::State &state, std::vector<double> samplesUs, const std::string &prefix = {});

} // namespace spocs::bench
