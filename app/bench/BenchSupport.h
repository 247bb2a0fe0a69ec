#pragma once

#include "client/Connection.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <benchmark/benchmark.h>

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

// One real coordinator for the whole run, on a free loopback port, serving a copy of the
// cached demo world of SPOCS_BENCH_CUSTOMERS customers in a temporary folder.
class BenchCoordinator
{
public:
    static BenchCoordinator &instance();
    QUrl url() const { return m_url; }
    // The web endpoint's visitor socket (ws://127.0.0.1:PORT/visitor), on a free port.
    QUrl visitorUrl() const { return m_visitorUrl; }
    int customers() const { return m_customers; }
    bool ok() const { return m_url.isValid(); }
    ~BenchCoordinator();

private:
    BenchCoordinator();
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QUrl m_visitorUrl;
    int m_customers = 2000;
};

// Runs the event loop until done() or the time-out; returns done().
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 30000);
Reply syncCall(Connection &c, const QString &op, const QJsonObject &args);
// Signs in with the demo password, to the bench coordinator or to url. The session does not
// ping: a bench step that keeps this thread busy must not make it reconnect mid-run.
bool login(Connection &c, const QString &user);
bool login(Connection &c, const QUrl &url, const QString &user);

// Latency samples in microseconds -> p50/p90/p99 counters on the benchmark state, named with the
// prefix ("cpu_" for CPU time beside the wall-clock "").
void reportPercentiles(benchmark::State &state, std::vector<double> samplesUs, const std::string &prefix = {});

} // namespace spocs::bench
