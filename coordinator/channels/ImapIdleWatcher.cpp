#include "coordinator/channels/ImapIdleWatcher.h"

#include "coordinator/channels/ChannelLog.h"

#include <QSslSocket>
#include <QTimer>

namespace spocs {

namespace {

constexpr int kReidleMs = 25 * 60 * 1000;
constexpr int kRetryMs = 30 * 1000;
constexpr int kMaxLine = 64 * 1024; // a server line longer than this is not IMAP we idle on

} // namespace

ImapIdleWatcher::ImapIdleWatcher(MailboxSettings mailbox, QObject *parent)
    : QObject(parent)
    , m_mailbox(std::move(mailbox))
{ }

ImapIdleWatcher::~ImapIdleWatcher() = default;

void ImapIdleWatcher::start()
{
    m_reidle = new QTimer(this);
    m_reidle->setSingleShot(true);
    connect(m_reidle, &QTimer::timeout, this, [this] {
        if (m_state == State::Idling) {
            m_state = State::Done;
            m_socket->write("DONE\r\n");
        }
    });
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &ImapIdleWatcher::connectToServer);
    connectToServer();
}

void ImapIdleWatcher::connectToServer()
{
    if (m_socket) {
        m_socket->disconnect(this); // its lambdas would act on the new socket
        m_socket->deleteLater();
    }
    m_socket = new QSslSocket(this);
    m_buffer.clear();
    m_hasIdle = false;
    connect(m_socket, &QSslSocket::readyRead, this, &ImapIdleWatcher::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] { fail(m_socket->errorString()); });
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        if (m_state != State::Off && m_state != State::Unsupported)
            fail(QStringLiteral("the server closed the connection"));
    });
    m_state = State::Greeting;
    const QUrl &url = m_mailbox.server;
    if (url.scheme() == u"imaps")
        m_socket->connectToHostEncrypted(url.host(), quint16(url.port(993)));
    else
        m_socket->connectToHost(url.host(), quint16(url.port(143)));
}

void ImapIdleWatcher::fail(const QString &why)
{
    if (m_state == State::Off || m_state == State::Unsupported)
        return;
    qCInfo(lcMail) << "mailbox" << m_mailbox.name << "IDLE connection lost (" << why
                   << "); polling meanwhile, trying again in" << kRetryMs / 1000 << "s";
    m_state = State::Off;
    m_reidle->stop();
    m_socket->abort();
    m_retry->start(kRetryMs);
}

void ImapIdleWatcher::send(const QByteArray &command)
{
    m_tag = "i" + QByteArray::number(++m_tagCounter);
    m_socket->write(m_tag + ' ' + command + "\r\n");
}

QByteArray ImapIdleWatcher::quoted(const QString &text)
{
    QByteArray out = text.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + out + '"';
}

void ImapIdleWatcher::onReadyRead()
{
    m_buffer += m_socket->readAll();
    qsizetype end;
    while ((end = m_buffer.indexOf("\r\n")) >= 0) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        onLine(line);
        if (!m_socket || m_state == State::Off || m_state == State::Unsupported)
            return;
    }
    if (m_buffer.size() > kMaxLine)
        fail(QStringLiteral("a line longer than %1 bytes").arg(kMaxLine));
}

void ImapIdleWatcher::onLine(const QByteArray &line)
{
    const bool tagged = !m_tag.isEmpty() && line.startsWith(QByteArray(m_tag + ' '));
    const bool ok = tagged && line.mid(m_tag.size() + 1).startsWith("OK");
    if (tagged && !ok && m_state != State::Capability) {
        fail(QString::fromUtf8(line.mid(m_tag.size() + 1).left(200)));
        return;
    }
    // The capabilities come untagged, or in the greeting's or the login's OK response code.
    QByteArray upper = line.toUpper();
    if (upper.startsWith("* CAPABILITY ") || upper.contains("[CAPABILITY "))
        m_hasIdle = upper.replace(']', ' ').split(' ').contains("IDLE");
    switch (m_state) {
    case State::Greeting:
        if (!line.startsWith("* OK"))
            return fail(QStringLiteral("no greeting"));
        // Plain IMAP only on loopback: anywhere else the connection upgrades first.
        if (m_mailbox.server.scheme() == u"imap" && !MailSettings::isLoopback(m_mailbox.server)) {
            m_state = State::StartTls;
            send("STARTTLS");
        } else {
            m_state = State::Capability;
            send("CAPABILITY");
        }
        return;
    case State::StartTls:
        if (ok) {
            m_socket->startClientEncryption();
            m_state = State::Capability;
            send("CAPABILITY");
        }
        return;
    case State::Capability:
        if (!tagged)
            return;
        if (!ok || !m_hasIdle) {
            qCInfo(lcMail) << "mailbox" << m_mailbox.name << "offers no IMAP IDLE: polling only";
            m_state = State::Unsupported;
            m_socket->disconnectFromHost();
            return;
        }
        m_state = State::Login;
        send("LOGIN " + quoted(m_mailbox.user) + ' ' + quoted(m_mailbox.password));
        return;
    case State::Login:
        if (ok) {
            m_state = State::Select;
            send("SELECT " + quoted(m_mailbox.folder));
        }
        return;
    case State::Select:
        if (ok) {
            m_state = State::Idling;
            send("IDLE");
            m_reidle->start(kReidleMs);
            qCInfo(lcMail) << "mailbox" << m_mailbox.name << "idling: new mail is read at once";
            Q_EMIT mailboxChanged(); // whatever came while we were away
        }
        return;
    case State::Idling:
    case State::Done:
        // "* 12 EXISTS": a message arrived (RECENT, EXPUNGE and FETCH need no poll).
        if (line.startsWith("* ") && line.endsWith(" EXISTS"))
            Q_EMIT mailboxChanged();
        if (m_state == State::Done && ok) { // the server ended the IDLE we ended: idle again
            m_state = State::Idling;
            send("IDLE");
            m_reidle->start(kReidleMs);
        }
        return;
    case State::Off:
    case State::Unsupported:
        return;
    }
}

} // namespace spocs
