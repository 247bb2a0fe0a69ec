#include "MailServers.h"

#include "coordinator/channels/CurlTransfer.h"
#include "coordinator/channels/MailboxPoller.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace spocs::test {
namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Root cannot run Dovecot's mail and login processes as itself: whether we are root is
// read from the owner of a file we just created (portable, no getuid()).
bool runningAsRoot(const QString &dir)
{
    const QString probe = QDir(dir).filePath(QStringLiteral("owner-probe"));
    writeFile(probe, "x");
    return QFileInfo(probe).ownerId() == 0;
}

// SIGTERM (both servers stop their children cleanly), SIGKILL if that takes too long.
void stopServer(std::unique_ptr<QProcess> &process)
{
    if (!process)
        return;
    process->terminate();
    if (!process->waitForFinished(10000))
        process->kill();
    process->waitForFinished(5000);
    process.reset();
}

} // namespace

quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

DeadPort::DeadPort()
    : m_socket(std::make_unique<QTcpSocket>())
{
    if (m_socket->bind(QHostAddress::LocalHost, 0, QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint))
        m_port = m_socket->localPort();
}

DeadPort::~DeadPort() = default;

bool waitForPort(quint16 port, int timeoutMs)
{
    return QTest::qWaitFor(
        [port] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            return socket.waitForConnected(200);
        },
        timeoutMs);
}

QString mailHeader(const QByteArray &message, const QString &name)
{
    const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(name),
                                QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromUtf8(message));
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

QByteArray mailBodyText(const QByteArray &message)
{
    return QByteArray(message).replace("=\r\n", "").replace("=\n", "");
}

QByteArray mailMessage(const QString &from, const QString &to, const QString &subject, const QString &body,
                       const QString &messageId, const QStringList &extraHeaders)
{
    QStringList lines { QStringLiteral("From: ") + from, QStringLiteral("To: ") + to,
                        QStringLiteral("Subject: ") + subject,
                        QStringLiteral("Date: ") + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date),
                        QStringLiteral("MIME-Version: 1.0") };
    if (!messageId.isEmpty())
        lines << QStringLiteral("Message-ID: <%1>").arg(messageId);
    lines << extraHeaders;
    if (!extraHeaders.join(u'\n').contains(QStringLiteral("Content-Type"), Qt::CaseInsensitive))
        lines << QStringLiteral("Content-Type: text/plain; charset=utf-8")
              << QStringLiteral("Content-Transfer-Encoding: 8bit");
    lines << QString() << body;
    return lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

DovecotServer::DovecotServer() = default;

DovecotServer::~DovecotServer()
{
    stop();
}

QUrl DovecotServer::url() const
{
    return QUrl(QStringLiteral("imap://127.0.0.1:%1").arg(m_port));
}

QString DovecotServer::passwordFile() const
{
    return QDir(m_dir.path()).filePath(QStringLiteral("mail-password"));
}

QString DovecotServer::log() const
{
    return readFile(QDir(m_dir.path()).filePath(QStringLiteral("dovecot.log")));
}

bool DovecotServer::start(QString *error)
{
    const QString dovecot = QStandardPaths::findExecutable(
        QStringLiteral("dovecot"), { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin") });
    if (dovecot.isEmpty()) {
        *error = QStringLiteral("dovecot is not installed (Debian package dovecot-imapd; ./scripts/install-deps)");
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    const QString root = m_dir.path();
    // Dovecot's unprivileged processes must reach the folder.
    QFile::setPermissions(root,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                              | QFileDevice::ExeOther);
    QDir(root).mkpath(QStringLiteral("mail"));
    const bool asRoot = runningAsRoot(root);
    QString internalUser, loginUser, mailUser;
    if (asRoot) {
        internalUser = QStringLiteral("dovecot");
        loginUser = QStringLiteral("dovenull");
        mailUser = QStringLiteral("dovecot");
        QProcess::execute(QStringLiteral("chown"),
                          { QStringLiteral("-R"), QStringLiteral("dovecot:dovecot"), root + QStringLiteral("/mail") });
    } else {
        internalUser = loginUser = mailUser = QFileInfo(root).owner();
    }
    m_port = freeLoopbackPort();
    const QString config = QStringLiteral(R"(# Throw-away configuration of the channels tests.
base_dir = %1/run
state_dir = %1/state
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = %2
default_internal_group = %2
default_login_user = %3
first_valid_uid = 0
log_path = %1/dovecot.log
auth_verbose = yes
mail_location = maildir:%1/mail/%u
# IDLE clients hear of new mail within a second (inotify may not reach every sandbox).
mailbox_idle_check_interval = 1 secs
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u %1/passwd
}
userdb {
  driver = static
  args = uid=%4 gid=%4 home=%1/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = %5
  }
  inet_listener imaps {
    port = 0
  }
  chroot =
}
service anvil {
  chroot =
}
)")
                               .arg(root, internalUser, loginUser, mailUser)
                               .arg(m_port);
    const QString configPath = QDir(root).filePath(QStringLiteral("dovecot.conf"));
    if (!writeFile(configPath, config.toUtf8())
        || !writeFile(QDir(root).filePath(QStringLiteral("passwd")),
                      (user() + QStringLiteral(":{PLAIN}") + password() + u'\n').toUtf8())
        || !writeFile(passwordFile(), password().toUtf8() + '\n')) {
        *error = QStringLiteral("cannot write the Dovecot configuration");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(dovecot, { QStringLiteral("-F"), QStringLiteral("-c"), configPath });
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("dovecot did not start: ") + m_process->errorString();
        return false;
    }
    if (!waitForPort(m_port, 20000) || m_process->state() != QProcess::Running) {
        *error = QStringLiteral("dovecot did not listen on %1: %2 %3")
                     .arg(m_port)
                     .arg(QString::fromUtf8(m_process->readAll()), log());
        return false;
    }
    // Creates the mailbox and proves that logging in works (the auth service may start a
    // moment after the listener).
    CurlTransfer imap(url(), user(), password(), nullptr);
    Result<QByteArray> probe = makeError(ErrorCode::Unavailable, QStringLiteral("not tried"));
    (void)QTest::qWaitFor(
        [&] {
            probe = imap.imap(QStringLiteral("INBOX"), QStringLiteral("NOOP"));
            return probe.ok();
        },
        15000);
    if (!probe) {
        *error = QStringLiteral("dovecot does not answer IMAP: %1\n%2").arg(probe.error().message, log());
        return false;
    }
    return true;
}

void DovecotServer::stop()
{
    stopServer(m_process);
}

bool DovecotServer::deliver(const QByteArray &message, QString *error)
{
    CurlTransfer imap(url(), user(), password(), nullptr);
    auto r = imap.imapAppend(QStringLiteral("INBOX"), message);
    if (!r && error)
        *error = r.error().message;
    return r.ok();
}

QList<qint64> DovecotServer::uids(const QString &searchKey)
{
    CurlTransfer imap(url(), user(), password(), nullptr);
    auto answer = imap.imap(QStringLiteral("INBOX"), QStringLiteral("UID SEARCH ") + searchKey);
    QList<qint64> out;
    if (!answer)
        return out;
    for (const QByteArray &line : answer->split('\n')) {
        if (!line.startsWith("* SEARCH"))
            continue;
        for (const QByteArray &word : line.mid(8).trimmed().split(' ')) {
            if (word.toLongLong() > 0)
                out.append(word.toLongLong());
        }
    }
    return out;
}

bool DovecotServer::unmarkAll()
{
    CurlTransfer imap(url(), user(), password(), nullptr);
    return imap
        .imap(QStringLiteral("INBOX"),
              QStringLiteral("UID STORE 1:* -FLAGS (%1)").arg(MailboxPoller::processedKeyword()))
        .ok();
}

SmtpSink::SmtpSink() = default;

SmtpSink::~SmtpSink()
{
    stop();
}

QUrl SmtpSink::url() const
{
    return QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(m_port));
}

bool SmtpSink::start(QString *error, quint16 port)
{
    // Debian's python3 (with python3-aiosmtpd), not whatever python3 comes first in PATH.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), { QStringLiteral("/usr/bin") });
    if (python.isEmpty()) {
        *error = QStringLiteral("/usr/bin/python3 is missing (Debian package python3-aiosmtpd)");
        return false;
    }
    m_port = port ? port : freeLoopbackPort();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(python,
                     { QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"), QStringLiteral("-l"),
                       QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("-c"),
                       QStringLiteral("aiosmtpd.handlers.Mailbox"),
                       QDir(m_dir.path()).filePath(QStringLiteral("maildir")) });
    if (!m_process->waitForStarted(10000) || !waitForPort(m_port, 20000) || m_process->state() != QProcess::Running) {
        *error = QStringLiteral("aiosmtpd did not listen on %1 (Debian package python3-aiosmtpd): %2")
                     .arg(m_port)
                     .arg(QString::fromUtf8(m_process->readAll()));
        return false;
    }
    return true;
}

void SmtpSink::stop()
{
    stopServer(m_process);
}

QList<QByteArray> SmtpSink::messages() const
{
    QList<QByteArray> out;
    QDir dir(QDir(m_dir.path()).filePath(QStringLiteral("maildir/new")));
    const auto files = dir.entryInfoList(QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo &file : files) {
        QFile f(file.filePath());
        if (f.open(QIODevice::ReadOnly))
            out.append(f.readAll());
    }
    return out;
}

} // namespace spocs::test
