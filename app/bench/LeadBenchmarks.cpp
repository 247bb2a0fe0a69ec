#include "BenchSupport.h"

#include <QDate>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <functional>

using namespace spocs;
using namespace spocs::bench;

namespace {

// A lead's round trip for one op with fixed args, as percentiles (the demo world has 30
// days of contact history, so these run over real volumes: ~40 contacts a day per 200 customers).
void leadRoundTrip(benchmark::State &state, const QString &op, const QJsonObject &args)
{
    Connection c;
    if (!loginOrSkip(state, c, QStringLiteral("lead1")))
        return;
    timeEachIteration(state, "lead op failed", [&] { return syncCall(c, op, args).ok; });
}

// What the floor view asks for after every queue or presence event (debounced).
void BM_LeadSnapshotRoundTrip(benchmark::State &state)
{
    leadRoundTrip(state, QStringLiteral("lead.snapshot"), {});
}
BENCHMARK(BM_LeadSnapshotRoundTrip)->Unit(benchmark::kMicrosecond)->Iterations(300);

// A call an integration reports, until a lead's floor view hears of it (queue.changed on
// `queue`): the live path behind "a queued contact shows on the floor within a second". No agent
// is signed in, so the call waits; each one is abandoned between iterations (not timed).
void BM_QueuedContactReachesTheLead(benchmark::State &state)
{
    Connection bridge;
    Connection lead;
    lead.subscribe(QStringLiteral("queue"));
    if (!loginOrSkip(state, bridge, QStringLiteral("lead1")) || !loginOrSkip(state, lead, QStringLiteral("lead1")))
        return;
    QSet<qint64> heard;
    QObject::connect(&lead, &Connection::eventReceived, &lead, [&](const protocol::Event &e) {
        if (e.topic == u"queue")
            heard.insert(e.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger());
    });
    const auto cid = [] {
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    };
    qint64 id = 0;
    timeEachIteration(
        state, "the lead did not hear of the queued call",
        [&] {
            const Reply r = syncCall(bridge, QStringLiteral("contact.inbound"),
                                     { { QStringLiteral("cid"), cid() },
                                       { QStringLiteral("channel"), QStringLiteral("phone") },
                                       { QStringLiteral("customer"), QStringLiteral("C-1003") } });
            id = r.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger();
            return r.ok && spinUntil([&] { return heard.contains(id); }, 5000);
        },
        [&] {
            syncCall(bridge, QStringLiteral("contact.abandon"),
                     { { QStringLiteral("cid"), cid() }, { QStringLiteral("id"), id } });
            heard.clear();
        });
}
BENCHMARK(BM_QueuedContactReachesTheLead)->Unit(benchmark::kMicrosecond)->Iterations(200);

// The reports view's default range: the last 30 days, all queues.
void BM_Report30DaysRoundTrip(benchmark::State &state)
{
    const QDate today = QDate::currentDate();
    leadRoundTrip(state, QStringLiteral("report.get"),
                  { { QStringLiteral("from"), today.addDays(-30).toString(Qt::ISODate) },
                    { QStringLiteral("to"), today.toString(Qt::ISODate) } });
}
BENCHMARK(BM_Report30DaysRoundTrip)->Unit(benchmark::kMicrosecond)->Iterations(100);

// An agent opening customers while a lead's year-long report is counted, again and again:
// the agent's customer.get round trip is what the read worker protects. Counters: the
// reports finished meanwhile and how long each took.
void BM_CustomerGetWhileAYearReportRuns(benchmark::State &state)
{
    Connection lead;
    Connection agent;
    lead.setRequestTimeout(120000);
    if (!loginOrSkip(state, lead, QStringLiteral("lead1")) || !loginOrSkip(state, agent, QStringLiteral("agent1")))
        return;
    const QDate today = QDate::currentDate();
    const QJsonObject year { { QStringLiteral("from"), today.addDays(-365).toString(Qt::ISODate) },
                             { QStringLiteral("to"), today.toString(Qt::ISODate) } };
    int reports = 0;
    bool stop = false;
    bool reportFailed = false;
    std::vector<double> reportMs;
    QElapsedTimer reportTimer;
    std::function<void()> nextReport = [&] {
        reportTimer.start();
        lead.request(QStringLiteral("report.get"), year, &lead, [&](const Reply &r) {
            reportMs.push_back(double(reportTimer.nsecsElapsed()) / 1e6);
            reportFailed = reportFailed || !r.ok;
            ++reports;
            if (!stop)
                nextReport();
        });
    };
    nextReport();
    QRandomGenerator rng(42);
    const int customers = BenchCoordinator::instance().customers();
    timeEachIteration(state, "customer.get failed", [&] {
        const QString id = QStringLiteral("C-%1").arg(1000 + rng.bounded(customers));
        return syncCall(agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), id } }).ok;
    });
    stop = true;
    const int started = reports + 1;
    spinUntil([&] { return reports == started; }, 120000);
    if (reportFailed)
        state.SkipWithError("report.get failed");
    state.counters["reports"] = reports;
    if (!reportMs.empty()) {
        std::sort(reportMs.begin(), reportMs.end());
        state.counters["report_p50_ms"] = reportMs[reportMs.size() / 2];
        state.counters["report_max_ms"] = reportMs.back();
    }
}
BENCHMARK(BM_CustomerGetWhileAYearReportRuns)->Unit(benchmark::kMicrosecond)->Iterations(2000);

} // namespace
