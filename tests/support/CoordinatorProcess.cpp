#include "CoordinatorProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QRegularExpression>
#include <QTest>

namespace spocs::test {

CoordinatorProcess::CoordinatorProcess() = default;

CoordinatorProcess::~CoordinatorProcess()
{
    if (isRunning())
        kill();
}

QString CoordinatorProcess::dbPath() const
{
    if (!m_options.databasePath.isEmpty())
        return m_options.databasePath;
    return QDir(m_dir.path()).filePath(QStringLiteral("coordinator.db"));
}

bool CoordinatorProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

int CoordinatorProcess::exitCode() const
{
    return m_process ? m_process->exitCode() : -1;
}

bool CoordinatorProcess::start(const Options &options)
{
    m_options = options;
    // The web endpoint on a free port too: tests run side by side.
    QStringList args { QStringLiteral("--db"),       dbPath(),
                       QStringLiteral("--listen"),   QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--web-port"), QStringLiteral("0") };
    if (options.demoCustomers > 0 && options.databasePath.isEmpty())
        args << QStringLiteral("--demo=%1").arg(options.demoCustomers);
    args << options.extraArgs;
    return launch(args);
}

bool CoordinatorProcess::restart()
{
    if (isRunning())
        stop();
    // Same database, same ports when they are still free, so clients (desktops, and browsers on
    // the web endpoint) reconnect to the same URLs.
    QStringList args { QStringLiteral("--db"),       dbPath(),
                       QStringLiteral("--listen"),   QStringLiteral("127.0.0.1:%1").arg(m_url.port()),
                       QStringLiteral("--web-port"), QString::number(qMax(0, m_webUrl.port())) };
    args << m_options.extraArgs;
    if (launch(args))
        return true;
    args[3] = QStringLiteral("127.0.0.1:0");
    args[5] = QStringLiteral("0");
    return launch(args);
}

bool CoordinatorProcess::launch(const QStringList &args)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral(SPOCS_COORDINATOR_BIN));
    m_process->setArguments(args);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start();
    if (!m_process->waitForStarted(10000))
        return false;
    static const QRegularExpression listening(QStringLiteral("^listening on (wss?://\\S+)$"));
    static const QRegularExpression webListening(QStringLiteral("^web endpoint listening on (https?://\\S+)$"));
    QByteArray stdoutText;
    const QDeadlineTimer deadline(60000); // seeding a demo world on a loaded machine can take a while
    while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(100);
        stdoutText += m_process->readAllStandardOutput();
        m_output += QString::fromUtf8(m_process->readAllStandardError());
        for (const QByteArray &line : stdoutText.split('\n')) {
            if (const auto web = webListening.match(QString::fromUtf8(line).trimmed()); web.hasMatch())
                m_webUrl = QUrl(web.captured(1));
            const auto match = listening.match(QString::fromUtf8(line).trimmed());
            if (match.hasMatch()) {
                m_url = QUrl(match.captured(1));
                // Keep reading stderr so a chatty coordinator never blocks on a full pipe.
                QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(),
                                 [this] { m_output += QString::fromUtf8(m_process->readAllStandardError()); });
                return true;
            }
        }
    }
    m_output += QString::fromUtf8(m_process->readAllStandardError());
    return false;
}

QUrl CoordinatorProcess::visitorUrl() const
{
    QUrl url = m_webUrl;
    url.setScheme(m_webUrl.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/visitor"));
    return url;
}

void CoordinatorProcess::stop()
{
    if (!isRunning())
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(15000))
        kill();
}

void CoordinatorProcess::kill()
{
    if (!isRunning())
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
}

CliResult runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SPOCS_COORDINATOR_BIN), args);
    CliResult r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("time-out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace spocs::test
