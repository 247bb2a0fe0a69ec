// spocs-bench: Google Benchmark over the codec and the real coordinator on loopback.
#include "BenchSupport.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    // The exact command, with the sizes that shape the figures.
    std::printf("command: SPOCS_BENCH_CUSTOMERS=%s SPOCS_BENCH_ARTICLES=%s",
                qEnvironmentVariable("SPOCS_BENCH_CUSTOMERS", QStringLiteral("2000")).toUtf8().constData(),
                qEnvironmentVariable("SPOCS_BENCH_ARTICLES", QStringLiteral("10000")).toUtf8().constData());
    for (int i = 0; i < argc; ++i)
        std::printf(" %s", argv[i]);
    std::printf("\n");
    benchmark::RunSpecifiedBenchmarks();
    spocs::bench::runShutdownHooks();
    benchmark::Shutdown();
    return 0;
}
