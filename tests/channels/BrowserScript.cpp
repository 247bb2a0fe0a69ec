#include "BrowserScript.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

namespace spocs::test {

namespace {

QString browserDir()
{
    return QStringLiteral(SPOCS_SOURCE_DIR "/tests/channels/browser");
}

} // namespace

BrowserScript::BrowserScript() = default;

BrowserScript::~BrowserScript()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel(); // the script ends when its stdin closes
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
}

QString BrowserScript::screenshotDir()
{
    return QStringLiteral(SPOCS_SCREENSHOT_DIR);
}

bool BrowserScript::start(const QString &scenario, const QString &url, QString *error)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        *error = QStringLiteral("node is not installed (scripts/install-deps installs nodejs)");
        return false;
    }
    if (!QFileInfo::exists(browserDir() + QStringLiteral("/node_modules/playwright-core"))) {
        *error
            = QStringLiteral("playwright-core is missing: run scripts/install-deps (npm ci in %1)").arg(browserDir());
        return false;
    }
    QDir().mkpath(screenshotDir());
    m_scenario = scenario;
    m_process = std::make_unique<QProcess>();
    m_process->setWorkingDirectory(browserDir());
    m_process->setProgram(node);
    m_process->setArguments({ browserDir() + u'/' + scenario + QStringLiteral(".mjs"), url, screenshotDir() });
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("node did not start: %1").arg(m_process->errorString());
        return false;
    }
    return true;
}

bool BrowserScript::nextLine(QString *line, QString *error, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        const qsizetype end = m_stdout.indexOf('\n');
        if (end >= 0) {
            *line = QString::fromUtf8(m_stdout.left(end)).trimmed();
            m_stdout.remove(0, end + 1);
            return true;
        }
        if (m_process->state() == QProcess::NotRunning) {
            m_stdout += m_process->readAllStandardOutput();
            if (m_stdout.contains('\n'))
                continue;
            *error = failure(QStringLiteral("the script exited (status %1)").arg(m_process->exitCode()));
            return false;
        }
        if (deadline.hasExpired()) {
            *error = failure(QStringLiteral("time-out"));
            return false;
        }
        // Spins the event loop so the test's own connections (the agent) keep working meanwhile.
        QTest::qWait(20);
        m_stdout += m_process->readAllStandardOutput();
    }
}

bool BrowserScript::waitReady(const QString &step, QJsonObject *payload, QString *error, int timeoutMs)
{
    QString line;
    if (!nextLine(&line, error, timeoutMs))
        return false;
    const QString prefix = QStringLiteral("READY ") + step;
    if (line == prefix || line.startsWith(prefix + u' ')) {
        if (payload)
            *payload = QJsonDocument::fromJson(line.mid(prefix.size()).trimmed().toUtf8()).object();
        return true;
    }
    *error = failure(QStringLiteral("expected READY %1, got: %2").arg(step, line));
    return false;
}

void BrowserScript::go(const QJsonObject &payload)
{
    QByteArray line = "GO";
    if (!payload.isEmpty())
        line += ' ' + QJsonDocument(payload).toJson(QJsonDocument::Compact);
    m_process->write(line + '\n');
}

bool BrowserScript::finish(QString *error, int timeoutMs)
{
    QString line;
    if (!nextLine(&line, error, timeoutMs))
        return false;
    if (line != u"DONE") {
        *error = failure(QStringLiteral("expected DONE, got: %1").arg(line));
        return false;
    }
    if (!m_process->waitForFinished(timeoutMs) || m_process->exitCode() != 0) {
        *error = failure(QStringLiteral("the script did not exit cleanly"));
        return false;
    }
    return true;
}

QString BrowserScript::failure(const QString &what) const
{
    return QStringLiteral("%1.mjs: %2\n--- stderr ---\n%3")
        .arg(m_scenario, what, QString::fromUtf8(m_process->readAllStandardError()));
}

} // namespace spocs::test
