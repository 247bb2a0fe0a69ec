#pragma once

#include "client/Connection.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <benchmark/benchmark.h>

#include <memory>
#include <vector>

namespace spocs::bench {

// One real coordinator for the whole run, on a free loopback port with a demo world
// of SPOCS_BENCH_CUSTOMERS customers (default 2,000) in a temporary database.
class BenchCoordinator
{
public:
    static BenchCoordinator &instance();
    QUrl url() const { return m_url; }
    int customers() const { return m_customers; }
    bool ok() const { return m_url.isValid(); }
    ~BenchCoordinator();

private:
    BenchCoordinator();
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    int m_customers = 2000;
};

// Runs the event loop until done() or the time-out; returns done().
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 30000);
Reply syncCall(Connection &c, const QString &op, const QJsonObject &args);
bool login(Connection &c, const QString &user);

// Latency samples in microseconds -> p50/p90/p99 counters on the benchmark state.
void reportPercentiles(benchmark::State &state, std::vector<double> samplesUs);

} // namespace spocs::bench
