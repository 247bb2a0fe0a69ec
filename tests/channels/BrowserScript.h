#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace spocs::test {

// One scenario of tests/channels/browser/ (node + playwright-core + Debian's Chromium) run as a
// child process that steps in lock-step with the test: the script prints "READY <step> [json]"
// when the page reached a state, the test checks the server side and answers "GO [json]"; the
// script ends with "DONE" or "FAIL <reason>". Screenshots go to screenshotDir().
class BrowserScript
{
public:
    BrowserScript();
    ~BrowserScript();

    // Starts `node tests/channels/browser/<scenario>.mjs <url> <screenshot dir>`; false with the
    // reason in `error` (node or the npm packages missing).
    bool start(const QString &scenario, const QString &url, QString *error);
    // Waits until the script reports `step`; its payload, or nullopt-like empty object with the
    // reason (the script's FAIL line, its exit, a time-out, another step) in `error`.
    bool waitReady(const QString &step, QJsonObject *payload, QString *error, int timeoutMs = 60000);
    void go(const QJsonObject &payload = {});
    // Waits for DONE and a clean exit.
    bool finish(QString *error, int timeoutMs = 60000);

    static QString screenshotDir();

private:
    bool nextLine(QString *line, QString *error, int timeoutMs);
    QString failure(const QString &what) const;

    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdout;
    QString m_scenario;
};

} // namespace spocs::test
