#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace spocs::bench {

BenchCoordinator &BenchCoordinator::instance()
{
    static BenchCoordinator coordinator;
    return coordinator;
}

BenchCoordinator::BenchCoordinator()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("SPOCS_BENCH_CUSTOMERS", &ok);
    if (ok && n > 0)
        m_customers = n;
    const QString program = qEnvironmentVariable("SPOCS_COORDINATOR", QStringLiteral(SPOCS_COORDINATOR_BIN));
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // One benchmark connection sends thousands of requests a second; the per-connection
    // flood limits (50/s by default) would measure themselves instead of the service.
    const QString config = QDir(m_dir.path()).filePath(QStringLiteral("bench.conf"));
    QFile file(config);
    if (file.open(QIODevice::WriteOnly))
        file.write("[limits]\nrequests_per_second=1000000\nrequest_burst=1000000\n");
    file.close();
    m_process->start(program,
                     { QStringLiteral("--config"), config, QStringLiteral("--db"),
                       QDir(m_dir.path()).filePath(QStringLiteral("bench.db")), QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--demo=%1").arg(m_customers) });
    static const QRegularExpression listening(QStringLiteral("listening on (wss?://\\S+)"));
    QByteArray out;
    QDeadlineTimer deadline(600000);
    while (!deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
        m_process->waitForReadyRead(200);
        out += m_process->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return;
        }
    }
    std::fprintf(stderr, "spocs-bench: the coordinator did not start\n");
}

BenchCoordinator::~BenchCoordinator()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        m_process->waitForFinished(10000);
    }
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
    std::optional<Reply> reply;
    c.login(BenchCoordinator::instance().url(), user, QStringLiteral("demo"), [&](const Reply &r) { reply = r; });
    spinUntil([&] { return reply.has_value(); });
    return reply && reply->ok;
}

void reportPercentiles(benchmark::State &state, std::vector<double> samplesUs)
{
    if (samplesUs.empty())
        return;
    std::sort(samplesUs.begin(), samplesUs.end());
    auto at = [&](double p) {
        return samplesUs[std::min(samplesUs.size() - 1, size_t(p * double(samplesUs.size())))];
    };
    state.counters["p50_us"] = at(0.50);
    state.counters["p90_us"] = at(0.90);
    state.counters["p99_us"] = at(0.99);
    state.counters["max_us"] = samplesUs.back();
}

} // namespace spocs::bench
