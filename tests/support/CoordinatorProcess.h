#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace spocs::test {

// Starts the real spocs-coordinator binary on a free loopback port with a database in
// a temporary folder, and waits for its "listening on ws://HOST:PORT" line.
class CoordinatorProcess
{
public:
    struct Options
    {
        int demoCustomers = 200; // 0: no --demo
        QStringList extraArgs; // e.g. {"--config", path}
        QString databasePath; // serve this existing database (never seeded) instead of a fresh temporary one
    };

    CoordinatorProcess();
    ~CoordinatorProcess();

    bool start(const Options &options);
    bool start() { return start(Options {}); }
    // Starts again on the same database (and the same port when it is free).
    bool restart();
    void stop(); // SIGTERM, wait for a clean exit
    void kill(); // SIGKILL, as a crash would
    bool isRunning() const;

    QUrl url() const { return m_url; }
    // The web endpoint (chat widget, survey page): http://127.0.0.1:PORT/, on a free port.
    QUrl webUrl() const { return m_webUrl; }
    // Its visitor WebSocket: ws://127.0.0.1:PORT/visitor.
    QUrl visitorUrl() const;
    QString dbPath() const;
    QString output() const { return m_output; }
    int exitCode() const;

private:
    bool launch(const QStringList &args);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    Options m_options;
    QUrl m_url;
    QUrl m_webUrl;
    QString m_output;
};

// What a run of the coordinator's admin CLI printed (user, audit, kb-import...).
struct CliResult
{
    int exitCode = -1; // -1: crashed or timed out
    QString out;
    QString err;
};

// Runs spocs-coordinator with `args` and waits up to two minutes; err says "time-out" then.
CliResult runCli(const QStringList &args);

} // namespace spocs::test
