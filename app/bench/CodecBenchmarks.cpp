#include "core/Protocol.h"

#include <benchmark/benchmark.h>

using namespace spocs;

namespace {

// Encoding an event happens once per event (fan-out reuses the text).
void BM_EncodeEvent(benchmark::State &state)
{
    const protocol::Event e { 123456, QStringLiteral("customer:C-1042"), QStringLiteral("customer.note.added"),
                              QJsonObject {
                                  { QStringLiteral("customer"), QStringLiteral("C-1042") },
                                  { QStringLiteral("text"), QStringLiteral("Called about invoice I-300211.") } } };
    for (auto _ : state)
        benchmark::DoNotOptimize(protocol::encode(e));
}
BENCHMARK(BM_EncodeEvent);

// Decoding happens for every incoming request.
void BM_DecodeRequest(benchmark::State &state)
{
    const QByteArray frame = R"({"t":"req","id":17,"op":"customer.search","args":{"q":"müller","limit":20}})";
    for (auto _ : state)
        benchmark::DoNotOptimize(protocol::decode(QByteArrayView(frame)));
}
BENCHMARK(BM_DecodeRequest);

} // namespace
