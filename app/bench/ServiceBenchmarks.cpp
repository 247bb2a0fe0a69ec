#include "BenchSupport.h"

#include "core/Protocol.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>

using namespace spocs;
using namespace spocs::bench;

namespace {

// customer.get round trip through the real client library and coordinator (loopback).
void BM_CustomerGetRoundTrip(benchmark::State &state)
{
    Connection c;
    if (!loginOrSkip(state, c, QStringLiteral("agent1")))
        return;
    QRandomGenerator rng(42);
    const int customers = BenchCoordinator::instance().customers();
    timeEachIteration(state, "customer.get failed", [&] {
        const QString id = QStringLiteral("C-%1").arg(1000 + rng.bounded(customers));
        return syncCall(c, QStringLiteral("customer.get"), { { QStringLiteral("id"), id } }).ok;
    });
}
BENCHMARK(BM_CustomerGetRoundTrip)->Unit(benchmark::kMicrosecond)->Iterations(2000);

// customer.search type-ahead round trip with two- to four-letter prefixes.
void BM_CustomerSearchRoundTrip(benchmark::State &state)
{
    Connection c;
    if (!loginOrSkip(state, c, QStringLiteral("agent2")))
        return;
    const QStringList prefixes { QStringLiteral("mü"),  QStringLiteral("sch"), QStringLiteral("nguy"),
                                 QStringLiteral("and"), QStringLiteral("jo"),  QStringLiteral("gar"),
                                 QStringLiteral("kow"), QStringLiteral("ber") };
    int i = 0;
    timeEachIteration(state, "customer.search failed", [&] {
        return syncCall(c, QStringLiteral("customer.search"),
                        { { QStringLiteral("q"), prefixes.at(i++ % prefixes.size()) } })
            .ok;
    });
}
BENCHMARK(BM_CustomerSearchRoundTrip)->Unit(benchmark::kMicrosecond)->Iterations(2000);

// Time from a dropped socket to Connected again with the missed events replayed:
// the client's reconnect delay is pinned to 1 ms so the figure is the protocol's cost
// (TCP + WebSocket handshake + hello + token check + replay of `events` events).
void BM_ReconnectWithResume(benchmark::State &state)
{
    const int missed = int(state.range(0));
    const QString customer = QStringLiteral("C-1001");
    Connection follower;
    follower.setReconnectPolicy(ReconnectPolicy(std::chrono::milliseconds(1), std::chrono::milliseconds(1)));
    follower.subscribe(protocol::customerTopic(customer));
    Connection writer;
    if (!loginOrSkip(state, follower, QStringLiteral("agent3"))
        || !loginOrSkip(state, writer, QStringLiteral("agent4")))
        return;
    int received = 0;
    QObject::connect(&follower, &Connection::eventReceived, &follower, [&](const protocol::Event &) { ++received; });
    std::vector<double> samples;
    QElapsedTimer timer;
    for (auto _ : state) {
        state.PauseTiming();
        // Hold the follower away while the writer produces the events it will miss.
        follower.setReconnectPolicy(ReconnectPolicy(std::chrono::seconds(60), std::chrono::seconds(60)));
        follower.simulateNetworkDrop();
        spinUntil([&] { return follower.state() == Connection::State::Reconnecting; });
        for (int i = 0; i < missed; ++i) {
            std::optional<Reply> done;
            writer.write(
                QStringLiteral("customer.note.add"),
                { { QStringLiteral("customer"), customer }, { QStringLiteral("text"), QStringLiteral("bench") } },
                &writer, [&](const Reply &r) { done = r; });
            spinUntil([&] { return done.has_value(); });
        }
        const int target = received + missed;
        follower.setReconnectPolicy(ReconnectPolicy(std::chrono::milliseconds(1), std::chrono::milliseconds(1)));
        follower.disconnectFromServer();
        state.ResumeTiming();
        timer.start();
        std::optional<Reply> reply;
        follower.connectWithToken(BenchCoordinator::instance().url(), follower.token(),
                                  [&](const Reply &r) { reply = r; });
        spinUntil([&] { return reply.has_value() && received >= target; });
        samples.push_back(double(timer.nsecsElapsed()) / 1000.0);
        if (!reply || !reply->ok)
            state.SkipWithError("resume failed");
    }
    reportPercentiles(state, std::move(samples));
}
BENCHMARK(BM_ReconnectWithResume)->Arg(0)->Arg(10)->Arg(100)->Unit(benchmark::kMicrosecond)->Iterations(30);

} // namespace
