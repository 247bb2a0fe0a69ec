#include "BenchSupport.h"

#include <QDate>
#include <QElapsedTimer>

using namespace spocs;
using namespace spocs::bench;

namespace {

// A lead's round trip for one op with fixed args, as percentiles (the demo world has 30
// days of contact history, so these run over real volumes: ~40 contacts a day per 200 customers).
void leadRoundTrip(benchmark::State &state, const QString &op, const QJsonObject &args)
{
    if (!BenchCoordinator::instance().ok()) {
        state.SkipWithError("no coordinator");
        return;
    }
    Connection c;
    if (!login(c, QStringLiteral("lead1"))) {
        state.SkipWithError("login failed");
        return;
    }
    std::vector<double> samples;
    QElapsedTimer timer;
    for (auto _ : state) {
        timer.start();
        const Reply r = syncCall(c, op, args);
        samples.push_back(double(timer.nsecsElapsed()) / 1000.0);
        if (!r.ok)
            state.SkipWithError("lead op failed");
    }
    reportPercentiles(state, std::move(samples));
}

// What the floor view asks for after every queue or presence event (debounced).
void BM_LeadSnapshotRoundTrip(benchmark::State &state)
{
    leadRoundTrip(state, QStringLiteral("lead.snapshot"), {});
}
BENCHMARK(BM_LeadSnapshotRoundTrip)->Unit(benchmark::kMicrosecond)->Iterations(300);

// The reports view's default range: the last 30 days, all queues.
void BM_Report30DaysRoundTrip(benchmark::State &state)
{
    const QDate today = QDate::currentDate();
    leadRoundTrip(state, QStringLiteral("report.get"),
                  { { QStringLiteral("from"), today.addDays(-30).toString(Qt::ISODate) },
                    { QStringLiteral("to"), today.toString(Qt::ISODate) } });
}
BENCHMARK(BM_Report30DaysRoundTrip)->Unit(benchmark::kMicrosecond)->Iterations(100);

} // namespace
