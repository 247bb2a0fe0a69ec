#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace spocs::test {

// A real Dovecot IMAP server on a free loopback port with a throw-away configuration and
// one mailbox (user "support"), all in a temporary folder. As root (CI) its processes run as
// Debian's dovecot/dovenull users; otherwise as the current user.
class DovecotServer
{
public:
    DovecotServer();
    ~DovecotServer();

    // Starts it and waits until it answers; false with the reason (and its log) in `error`.
    bool start(QString *error);
    void stop();

    QUrl url() const; // imap://127.0.0.1:PORT
    QString user() const { return QStringLiteral("support"); }
    QString password() const { return QStringLiteral("secret"); }
    QString passwordFile() const; // holds password()

    // Delivers a message into the INBOX (IMAP APPEND through the server).
    bool deliver(const QByteArray &message, QString *error = nullptr);
    // UIDs of the messages with / without the coordinator's processed keyword.
    QList<qint64> uids(const QString &searchKey);
    // Takes the processed keyword off every message (as if the coordinator had died after
    // committing and before marking).
    bool unmarkAll();
    QString log() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

// A real SMTP server (python3-aiosmtpd from Debian) on a free loopback port that stores every
// message it accepts in a Maildir.
class SmtpSink
{
public:
    SmtpSink();
    ~SmtpSink();

    // On `port`, or on a free one when 0.
    bool start(QString *error, quint16 port = 0);
    void stop();
    QUrl url() const; // smtp://127.0.0.1:PORT
    // Every message received so far, oldest first.
    QList<QByteArray> messages() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

// A free TCP port on 127.0.0.1 (bound and released).
quint16 freeLoopbackPort();

// A loopback port that refuses connections (a mail server that is down) and stays this test's:
// it is held by a bound socket that does not listen, so no other process picks it while the test
// runs, yet a server started later with SO_REUSEADDR (aiosmtpd does) can take it over on Linux.
// A port merely freed and reused later could be taken in between by a parallel test.
class DeadPort
{
public:
    DeadPort();
    ~DeadPort();
    quint16 port() const { return m_port; }

private:
    std::unique_ptr<QTcpSocket> m_socket;
    quint16 m_port = 0;
};
// Spins the event loop until something accepts connections on the port.
bool waitForPort(quint16 port, int timeoutMs);

// A simple RFC 5322 message; `extraHeaders` lines without the final CRLF.
QByteArray mailMessage(const QString &from, const QString &to, const QString &subject, const QString &body,
                       const QString &messageId, const QStringList &extraHeaders = {});

// The value of a header of a message as SMTP received it (empty when it has none).
QString mailHeader(const QByteArray &message, const QString &name);
// The body as text: quoted-printable soft line breaks joined (the rest is ASCII in these tests).
QByteArray mailBodyText(const QByteArray &message);

} // namespace spocs::test
